import streamlit as st


def crash():
    import ctypes

    ctypes.CFUNCTYPE(None)(1)()  # a call through a bad function pointer: Pyodide dies


if st.session_state.get("doomed"):
    crash()  # every run crashes, including the first one after a restart

st.session_state.setdefault("n", 0)
if st.button("Add one"):
    st.session_state.n += 1
st.write(f"n = {st.session_state.n}")
name = st.text_input("Name")
st.write(f"Hello {name}")

if st.button("Crash Python"):
    crash()

if st.button("Eat memory"):
    hoard = []
    while True:
        hoard.append(bytearray(256 * 2**20))

if st.button("Import a broken module"):
    import faults_broken_module  # noqa: F401  (written below; raises on import)

if not st.session_state.get("wrote"):
    with open("faults_broken_module.py", "w") as f:
        f.write("raise RuntimeError('this module fails on import')\n")
    st.session_state.wrote = True

if st.button("Doom every later run"):
    st.session_state.doomed = True
