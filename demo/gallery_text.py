"""wasmlit gallery: text elements (st.title ... st.html), all running in your browser."""

import streamlit as st

st.title("Text elements", help="Every text command Streamlit has, rendered by wasmlit.")
st.caption("Headings, markdown with Streamlit's extras, LaTeX, code, JSON and HTML.")

st.header("Headings", divider="rainbow")
st.title("A title")
st.header("A header with a blue divider", divider="blue")
st.subheader("A subheader with an icon", icon=":material/rocket_launch:", divider="gray")
st.subheader("No anchor link", anchor=False)
st.subheader("Centred, with help", text_alignment="center", help="Hover the heading for its link icon.")

st.header("Markdown", divider="orange")
st.markdown("""
*Streamlit* is **really** ***cool*** ~~or not~~.

:red[red] :orange[orange] :yellow[yellow] :green[green] :blue[blue] :violet[violet] :gray[gray]
:rainbow[rainbow] and :blue-background[highlighted] text, :green-badge[badges],
:color[custom colours]{foreground="#d50000" background="hsl(60,100%,90%)"} and :small[small text].

Emoji :tulip::cherry_blossom::rose::hibiscus::sunflower::blossom: :+1: :rocket:
and icons :material/thumb_up: :material/favorite: :material/home: :material/settings:.
Arrows -> <- <-> and >= <= ~= --.

| Feature | Status |
|---------|--------|
| Tables  | :material/check_circle: |
| Tasks   | :material/check_circle: |

- [x] Write the gallery
- [ ] Ship it

> A quote, with `inline code` and a [link](https://streamlit.io).

```python
@st.cache_data
def load(n: int) -> list[int]:
    return [i * i for i in range(n)]  # squares
```
""")
st.markdown("Inline math: $e^{i\\pi} + 1 = 0$, and money: $5 and $10 stay as they are.")
st.markdown("One line, truncated with an ellipsis: " + "lorem ipsum " * 30, wrap=False)
st.markdown("<span style='color:#1c83e1'>HTML, allowed explicitly</span>", unsafe_allow_html=True)

st.header("LaTeX", divider="green")
st.latex(r"""
a + ar + a r^2 + a r^3 + \cdots + a r^{n-1} = \sum_{k=0}^{n-1} ar^k = a \left(\frac{1-r^{n}}{1-r}\right)
""")

st.header("Code", divider="violet")
st.code("""import streamlit as st

name = st.text_input("Name", "world")
st.write(f"Hello, {name}!")  # a greeting
""", line_numbers=True)
st.code("SELECT name, COUNT(*) AS n FROM users WHERE active = 1 GROUP BY name ORDER BY n DESC;",
        language="sql", wrap_lines=True)
st.code('{"json": true, "values": [1, 2.5, null]}', language="json")
st.code("pip install wasmlit && wasmlit build app.py --out site  # build a static site", language="bash")
st.code("const greet = (name) => `Hello ${name}`;\nconsole.log(greet('wasmlit'));", language="javascript")

st.header("Text, JSON, HTML", divider="red")
st.text("Fixed width text\n    keeps   its   spaces.")
st.json({"name": "wasmlit", "runs": "in the browser", "versions": {"streamlit": "1.67", "python": 3.13},
         "tags": ["pyodide", "wasm"], "ok": True, "missing": None}, expanded=1)
st.html("<div style='padding:.75rem;border:1px dashed #a3a8b8;border-radius:.5rem'>"
        "<b>st.html</b>: sanitised HTML, no iframe.</div>")
st.divider()
st.caption("Made with wasmlit :material/favorite:")
