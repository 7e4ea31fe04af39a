import streamlit as st


def tiny_pdf(pages):
    """A valid PDF (correct xref offsets) with one line of text per page."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Contents {len(objects)} 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return out


st.graphviz_chart("""
digraph {
    run -> intr
    intr -> runbl
    runbl -> run
    run -> kernel
}
""", alt="Process states")
st.graphviz_chart("digraph { a -> ", width="stretch")
st.mermaid_chart("graph TD\n  Start --> Stop", alt="Start to stop")
st.mermaid_chart("graph TD\n  A --> (((")
st.echarts_chart({
    "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [120, 200, 150]}],
}, renderer="svg", height=300)
st.echarts_chart({"xAxis": {}, "yAxis": {}, "series": [{"type": "line", "data": [[1, 2], [2, 4]]}]})
st.pdf(tiny_pdf(["Page one here", "Page two here"]), height=400)
st.pdf(b"this is not a pdf", height=200)
st.write("end of diagrams")
# refused in Python (an uncaught exception ends the run, so it comes last)
st.echarts_chart({"series": [{"type": "nonsense", "data": [1]}]})
