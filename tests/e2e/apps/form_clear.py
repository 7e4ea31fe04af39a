import streamlit as st

with st.form("note", clear_on_submit=True):
    note = st.text_input("Note")
    urgent = st.checkbox("Urgent")
    sent = st.form_submit_button("Add")
if sent:
    st.session_state.setdefault("notes", []).append(f"{note} (urgent={urgent})")
for item in st.session_state.get("notes", []):
    st.write(item)
