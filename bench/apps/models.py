"""The packages benchmark's app: pydantic (pydantic-core is a browser binary wheel)."""

import pydantic
import streamlit as st


class Point(pydantic.BaseModel):
    x: int
    y: int


p = Point.model_validate({"x": "3", "y": 4})
st.write(f"validated: x={p.x!r} y={p.y!r}")
