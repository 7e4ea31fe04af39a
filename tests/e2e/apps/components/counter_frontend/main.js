// streamlit-component-lib's messages, written out by hand.
const send = (type, data = {}) => window.parent.postMessage({ isStreamlitMessage: true, type, ...data }, '*');
let count = null;

window.addEventListener('message', async (event) => {
  if (event.data?.type !== 'streamlit:render') return;
  const { args, theme, disabled } = event.data;
  document.getElementById('disabled').textContent = `disabled: ${disabled}`;
  document.getElementById('inc').disabled = disabled;
  if (count === null) count = args.default ?? 0;
  document.getElementById('label').textContent = `${args.label}: ${count}`;
  document.getElementById('theme').textContent = `theme: ${theme.base} ${theme.primaryColor}`;
  document.body.style.background = theme.backgroundColor;
  // A chunk loaded only now, by a URL relative to this module.
  const { describe } = await import('./chunks/lazy.js');
  document.getElementById('chunk').textContent = describe(args);
  send('streamlit:setFrameHeight', { height: args.height });
});

document.getElementById('inc').addEventListener('click', () => {
  count += 1;
  document.getElementById('label').textContent = `Clicks: ${count}`;
  send('streamlit:setComponentValue', { value: count, dataType: 'json' });
});

send('streamlit:componentReady', { apiVersion: 1 });
