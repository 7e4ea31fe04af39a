import streamlit as st

SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = '<img src=x onerror="window.__pwned = \'img\'">'
SVG = '<svg onload="window.__pwned = \'svg\'"><circle r="1"/></svg>'
JS_LINK = "[js link](javascript:window.__pwned='link')"
ALL = f"{SCRIPT} {IMG} {SVG} {JS_LINK}"

st.title(ALL, help=IMG)
st.header(SCRIPT, anchor='"><img src=x onerror="window.__pwned=\'anchor\'">', divider=True)
st.subheader(IMG)
st.markdown(ALL, help=SCRIPT)
st.caption(ALL)
st.markdown(":red[" + IMG + "] :color[styled]{foreground=\"red;background:url(javascript:alert(1))\"}")
st.latex(r"\href{javascript:window.__pwned='latex'}{click} " + SCRIPT)
st.markdown(r"math $\href{javascript:window.__pwned='inline'}{x}$ " + IMG)
st.code(ALL, language="html")
st.code(SCRIPT, language="python", line_numbers=True)
st.text(ALL)
st.json({IMG: SCRIPT, "list": [SVG]})
st.json('{"k": "' + IMG.replace('"', '\\"') + '"}')
st.markdown(ALL + ' <a href="javascript:window.__pwned=\'a\'">html link</a> '
            '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
            unsafe_allow_html=True)
st.html(ALL + ' <a id="htmllink" href="javascript:window.__pwned=\'html\'">html link</a>'
        '<iframe srcdoc="<script>parent.__pwned=\'iframe2\'</script>"></iframe>'
        '<math><mi xlink:href="javascript:window.__pwned=\'mathml\'">m</mi></math>')
st.markdown(ALL, wrap=False)
st.button(IMG + " **label**", help=SCRIPT)
st.checkbox(SCRIPT)
st.write("done")
