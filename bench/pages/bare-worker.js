// Boot Pyodide as wasmlit's worker does (same files, same loadPyodide call) and run 1+1.
self.onmessage = async (e) => {
  const indexURL = e.data;
  const { loadPyodide } = await import(new URL('pyodide.mjs', indexURL).href);
  const pyodide = await loadPyodide({ indexURL });
  self.postMessage(String(pyodide.runPython('1+1')));
};
