import streamlit as st
import streamlit.components.v1 as components

components.html("""
<p id="out">waiting</p>
<script>
  document.getElementById('out').textContent = 'script ran inside the frame';
  try { window.parent.__pwned = true; window.parent.document.title = 'pwned'; }
  catch (e) { document.body.append(' / parent blocked'); }
</script>
""", height=100)
st.button("Rerun")
