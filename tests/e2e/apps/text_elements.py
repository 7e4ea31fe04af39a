import streamlit as st

st.title("Hello *World*", help="A title tooltip")
st.header("Custom anchor", anchor="my-anchor", divider="blue")
st.subheader("No anchor here", anchor=False, divider=True)
st.header("With icon", icon=":material/home:")

st.markdown("""
Plain **bold** and ~~gone~~ with :red[red text], :blue-background[blue background] and
:green-badge[badge]. Emoji :smile: :+1: and an icon :material/thumb_up: then arrows -> and <-.

| name | value |
|------|-------|
| a    | 1     |

- [x] done
- [ ] todo

Inline math $e^{i\\pi}+1=0$ costs $5 and $10.

```python
def f(x):
    return "hi"  # comment
```

## Section two
""")
st.caption("A small caption with `code`")
st.latex(r"\int_0^1 x^2\,dx = \frac{1}{3}")
st.code("import streamlit as st\nst.write('hi')  # say hi\nx = 42", line_numbers=True)
st.code("SELECT name FROM users WHERE id = 1", language="sql", wrap_lines=True)
st.text("  fixed   width\ntext")
st.divider()
st.json({"name": "wasmlit", "nested": {"list": [1, 2, 3], "flag": True, "none": None}}, expanded=1)
st.json({"collapsed": {"a": 1}}, expanded=False)
st.html("<p class='from-html'>Hello from <b>st.html</b></p>")
st.markdown("<span class='raw-html'>raw <i>html</i></span>", unsafe_allow_html=True)
st.markdown("Markdown with help", help="Markdown tooltip")
st.markdown("Code `:smile: $x$ ->` stays, time 12:30:45, price \\$5 and a:b:c")
st.markdown("## Quiet heading", anchors=False)
st.html("<style>.from-html { letter-spacing: 3px; }</style>")
st.markdown("<style>.raw-html { font-weight: 700; }</style>", unsafe_allow_html=True)
st.html("<div id='jsout'>not run</div>"
        "<script>document.getElementById('jsout').textContent = 'ran'</script>",
        unsafe_allow_javascript=True)

st.title("Centered title", anchor=False, text_alignment="center", width=500)
st.markdown("One line only: " + "long words " * 40, wrap=False)
st.subheader("A very long subheader that cannot wrap " * 6 + "\nsecond line", wrap=False)
st.code("\n".join(f"line {i}" for i in range(50)), height=120)
st.json({"nan": float("nan"), "inf": float("inf")})
st.checkbox("# Not a heading, - not a list, **bold** and :blue[blue]")

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.caption(f"full runs: {st.session_state.runs}")


@st.fragment
def counter():
    st.session_state.clicks = st.session_state.get("clicks", 0)
    if st.button("Bump"):
        st.session_state.clicks += 1
    st.code(f"clicks = {st.session_state.clicks}")
    st.latex(rf"n = {st.session_state.clicks}")


counter()

if st.button("Rerun"):
    st.write("reran")
