"""The wasmlit gallery: every Streamlit element wasmlit renders, on one page, running in
your browser on Pyodide. One tab per family; docs/compatibility.md lists each command."""

import dataclasses
import datetime as dt
import io
import math
import struct
import time
import wave
import zlib

import streamlit as st

st.set_page_config(page_title="wasmlit gallery", page_icon="🎈", layout="wide")
st.title("wasmlit gallery")
st.caption("Every element below is drawn by an ordinary Streamlit script running in this page: "
           "Python on Pyodide, in a Web Worker, with no server.")

tab_text, tab_write, tab_status, tab_layout, tab_inputs, tab_choices, tab_data = st.tabs(
    ["Text", "Write & magic", "Status", "Layout", "Inputs", "Choices", "Data, charts & media"])

# ---- Text --------------------------------------------------------------------------------
with tab_text:
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

# ---- Write & magic -----------------------------------------------------------------------
with tab_write:
    st.title("Write and magic")

    st.header("st.write", divider="gray")
    st.write("Text is **Markdown**; other values are shown as their type suits:", 42, "and", None)
    st.write({"a dict": [1, 2, 3], "shows as": "JSON"})
    st.write(ValueError("an exception shows as st.exception"))


    @dataclasses.dataclass
    class Point:
        """A point in the plane."""

        x: float = 0.0
        y: float = 0.0

        def norm(self) -> float:
            """Distance from the origin."""
            return math.hypot(self.x, self.y)


    st.write(Point(3, 4))

    st.header("Magic", divider="gray")
    "A bare string on its own line is shown, like `st.write`."
    answer = 6 * 7
    answer
    "Several values on one line:", answer, [answer]

    st.header("st.write_stream", divider="gray")


    def words():
        for word in "Streamed text grows in place while the generator runs.".split():
            time.sleep(0.08)
            yield word + " "


    if st.button("Stream a sentence"):
        result = st.write_stream(words())
        st.caption(f"write_stream returned {len(result)} characters.")

    st.header("st.echo", divider="gray")
    with st.echo():
        squares = [n * n for n in range(6)]
        st.write("Squares:", squares)

    with st.echo(code_location="below"):
        st.write("This time the code comes **after** its output.")

    st.header("st.help", divider="gray")
    st.help(Point)

    st.header("st.metric", divider="gray")
    a, b, c = st.columns(3)
    a.metric("Temperature", "70 °F", "1.2 °F", border=True)
    b.metric("Wind", "9 mph", "-8%", border=True)
    c.metric("Humidity", "86%", "4%", delta_color="inverse", border=True)
    d, e, f = st.columns(3)
    d.metric("Revenue", 1234.5, 210, format="dollar", help="Formatted in the browser.",
             delta_description="vs last month")
    e.metric("Visitors", 5120, -120, chart_data=[40, 45, 43, 50, 58, 52, 49], chart_type="area")
    f.metric("Latency", "120 ms", "0", chart_data=[3, 5, 2, 6, 4], chart_type="bar")

    st.header("st.badge", divider="gray")
    row = st.columns(5)
    row[0].badge("New")
    row[1].badge("Success", icon="✅", color="green")
    row[2].badge("Warning", color="orange")
    row[3].badge("Error", color="red")
    row[4].badge("Muted", color="gray")

# ---- Status ------------------------------------------------------------------------------
with tab_status:
    st.title("Status")
    st.caption("Messages, progress and celebrations.")

    st.header("Alerts", divider="gray")
    st.success("Data saved.", icon="✅")
    st.info("A leading emoji becomes the icon: 👉 (this one is in the middle).")
    st.warning("⚠️ Low disk space.")
    st.error("Could not connect.", icon=":material/error:", title="Connection failed")

    st.header("st.exception", divider="gray")
    try:
        1 / 0
    except ZeroDivisionError as e:
        st.exception(e)

    st.header("st.progress", divider="gray")
    if st.button("Run a job"):
        bar = st.progress(0, text="Starting...")
        for pct in range(0, 101, 10):
            time.sleep(0.1)
            bar.progress(pct, text=f"Working... {pct}%")
        bar.progress(1.0, text="Done")
    else:
        st.progress(0.3, text="30% (a float from 0.0 to 1.0 or an int from 0 to 100)")

    st.header("st.spinner", divider="gray")
    if st.button("Think hard"):
        with st.spinner("Thinking...", show_time=True):
            time.sleep(2)
        st.write("Thought about it.")

    st.header("st.status", divider="gray")
    if st.button("Download data"):
        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
            time.sleep(0.6)
            st.write("Found URL.")
            time.sleep(0.6)
            st.write("Downloading data...")
            time.sleep(0.6)
            status.update(label="Download complete!", state="complete", expanded=False)
    st.status("A failed step", state="error").write("What went wrong.")

    st.header("st.toast", divider="gray")
    if st.button("Toast"):
        msg = st.toast("Gathering ingredients...", icon="🥞")
        time.sleep(1)
        msg.toast("Ready!", icon="🥞")
    if st.button("Sticky toast"):
        st.toast("This one stays until you close it.", duration="infinite")

    st.header("Celebrations", divider="gray")
    c1, c2 = st.columns(2)
    if c1.button("Balloons", icon="🎈"):
        st.balloons()
    if c2.button("Snow", icon="❄️"):
        st.snow()

# ---- Layout ------------------------------------------------------------------------------
with tab_layout:
    st.title("Layout")
    st.caption("Containers, columns, expanders, tabs, popovers, forms and dialogs.")

    st.header("st.columns", divider="gray")
    gap = st.radio("gap", ["xxsmall", "small", "medium", "large", "xxlarge"], index=1,
                   horizontal=True)
    align = st.radio("vertical_alignment", ["top", "center", "bottom"], horizontal=True)
    a, b, c = st.columns([2, 1, 1], gap=gap, vertical_alignment=align, border=True)
    a.write("A wide first column, twice as wide as the others, with a longer text that wraps.")
    b.write("**21 °C** in the middle column.")
    with c:
        st.write("Nested:")
        x, y = st.columns(2)
        x.button("X")
        y.button("Y")

    st.header("st.container", divider="gray")
    with st.container(border=True):
        st.write("A bordered container.")
    with st.container(height=150):
        for i in range(12):
            st.write(f"Scrolling line {i + 1}")
    with st.container(horizontal=True, horizontal_alignment="right"):
        st.button("Cancel")
        st.button("Save", type="primary")

    st.header("st.empty", divider="gray")
    slot = st.empty()
    if st.button("Fill the slot"):
        slot.success("The slot now holds this alert.")
    else:
        slot.info("This text is replaced when you press the button.")

    st.header("st.expander", divider="gray")
    with st.expander("See explanation", icon=":material/info:"):
        st.write("Expanders keep their open state across reruns.")
    with st.expander("Open by default", expanded=True):
        st.write("`expanded=True` opens it the first time.")

    st.header("st.tabs", divider="gray")
    cat, dog, owl = st.tabs(["🐱 Cat", "🐶 Dog", "🦉 Owl"])
    cat.write("A cat. The selected tab survives reruns.")
    dog.write("A dog.")
    owl.write("An owl.")

    st.header("st.popover", divider="gray")
    with st.popover("Open popover", icon=":material/settings:", help="A floating panel"):
        st.write("Hello from the popover")
        name = st.text_input("What's your name?")
    st.write(f"Your name: {name or '...'}")

    st.header("st.space", divider="gray")
    left, right = st.columns(2, vertical_alignment="bottom")
    left.text_input("Labelled input")
    with right:
        st.button("Aligned by the column")

    st.space("medium")

    st.header("st.form", divider="gray")
    with st.form("profile", clear_on_submit=False):
        first = st.text_input("First name")
        age = st.slider("Age", 0, 100, 30)
        sent = st.form_submit_button("Submit", type="primary")
    if sent:
        st.success(f"Submitted: {first}, {age}")
    else:
        st.caption("Nothing is sent until you press Submit (or Enter in the text box).")

    st.header("st.dialog", divider="gray")


    @st.dialog("Cast your vote", width="medium")
    def vote(item):
        st.write(f"Why is {item} your favorite?")
        reason = st.text_input("Because...")
        if st.button("Submit vote"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()


    if "vote" in st.session_state:
        st.write(f"You voted for {st.session_state.vote['item']}: {st.session_state.vote['reason']}")
    v1, v2 = st.columns(2)
    if v1.button("Vote A"):
        vote("A")
    if v2.button("Vote B"):
        vote("B")

    with st.sidebar:
        st.header("Sidebar")
        st.write("Use the « control to collapse it.")
        st.selectbox("A sidebar widget", ["one", "two", "three"])

# ---- Inputs ------------------------------------------------------------------------------
with tab_inputs:
    st.title("Input widgets")

    st.header("Text")
    name = st.text_input("Your name", placeholder="Ada Lovelace", max_chars=40)
    password = st.text_input("Password", type="password")
    email = st.text_input("Email", type="email")
    bio = st.text_area("About you", height=120, placeholder="A few words…")
    st.write(f"Hello **{name or 'stranger'}**" + (f" ({email})" if email else "") +
             (" — password set" if password else ""))

    st.header("Numbers")
    qty = st.number_input("Quantity", min_value=0, max_value=100, value=3)
    price = st.number_input("Unit price", min_value=0.0, value=9.99, step=0.5, format="%.2f")
    st.write(f"Total: {qty * price:.2f}")
    level = st.slider("Level", 0, 10, 5)
    span = st.slider("Range", 0.0, 1.0, (0.25, 0.75))

    st.header("Dates and times")
    day = st.date_input("Day", dt.date.today())
    trip = st.date_input("Trip", (dt.date.today(), dt.date.today() + dt.timedelta(days=7)),
                         format="DD.MM.YYYY")
    alarm = st.time_input("Alarm", dt.time(7, 30))
    when = st.slider("Appointment", value=dt.datetime(2025, 1, 1, 9, 30),
                     step=dt.timedelta(minutes=15), format="MMM D, HH:mm")
    hours = st.slider("Opening hours", value=(dt.time(9), dt.time(17)))
    st.write(f"{day} · trip {trip} · alarm {alarm} · {when} · open {hours[0]}–{hours[1]}")

    st.header("Files")
    up = st.file_uploader("Upload a CSV", type="csv")
    if up is not None:
        st.write(f"**{up.name}** ({up.size} bytes)")
        st.code(up.getvalue().decode("utf-8", "replace")[:500])
    many = st.file_uploader("Upload images", type="image", accept_multiple_files=True)
    st.write(f"{len(many)} image(s)")
    st.download_button("Download a greeting", f"Hello {name or 'world'}!\n", file_name="hello.txt")
    st.download_button("Download bytes", io.BytesIO(b"\x00\x01\x02"), file_name="data.bin",
                       type="primary")
    st.link_button("Streamlit docs", "https://docs.streamlit.io")

    st.header("Chat")
    st.session_state.setdefault("messages", [("assistant", "Hi! Say something below.")])
    for role, text in st.session_state.messages:
        with st.chat_message(role):
            st.markdown(text)
    if prompt := st.chat_input("Message the echo bot"):
        st.session_state.messages += [("user", prompt), ("assistant", f"You said: {prompt}")]
        st.rerun()

# ---- Choices -----------------------------------------------------------------------------
with tab_choices:
    st.title("Choice widgets")
    st.caption("Every option can be any Python object: the page shows its label and sends back "
               "its index.")

    st.header("multiselect")
    fruit = st.multiselect(
        "Fruit", ["apple", "banana", "cherry", "date", "elderberry"], default=["banana"],
        max_selections=3, help="At most three; type to filter")
    st.write("You picked:", ", ".join(fruit) or "nothing")
    tags = st.multiselect("Tags (add your own)", ["python", "wasm"], accept_new_options=True)
    st.write("Tags:", tags)

    st.header("select_slider")
    size = st.select_slider("T-shirt size", options=["XS", "S", "M", "L", "XL"], value="M")
    low, high = st.select_slider(
        "Opening hours", options=list(range(6, 23)), value=(9, 17), format_func=lambda h: f"{h}:00")
    st.write(f"Size {size}; open from {low}:00 to {high}:00")

    st.header("pills and segmented_control")
    mood = st.pills("Mood", ["😀 Happy", "😐 Fine", "😞 Sad"])
    days = st.segmented_control(
        "Days", ["Mon", "Tue", "Wed", "Thu", "Fri"], selection_mode="multi", default=["Mon", "Fri"])
    view = st.segmented_control(
        "View", ["list", "grid"], default="list", format_func=lambda v: f":material/{v}: {v.title()}",
        required=True)
    st.write(f"mood={mood!r} days={days} view={view!r}")

    st.header("feedback")
    c1, c2, c3 = st.columns(3)
    with c1:
        thumbs = st.feedback("thumbs")
    with c2:
        faces = st.feedback("faces")
    with c3:
        stars = st.feedback("stars", default=3)
    st.write(f"thumbs={thumbs} faces={faces} stars={stars}")

    st.header("color_picker")
    color = st.color_picker("Pick a colour", "#ff4b4b")
    st.markdown(f"The colour is `{color}`")

    st.header("selectbox and radio")
    city = st.selectbox("City", ["Paris", "Rome", "Oslo"], index=None, placeholder="Pick a city")
    town = st.selectbox("Town (or type a new one)", ["Bergen", "Tromsø"], accept_new_options=True)
    plan = st.radio("Plan", ["Free", "Pro", "Team"], captions=["No cost", "*Best* value", None],
                    horizontal=True)
    st.write(f"city={city!r} town={town!r} plan={plan!r}")

    st.header("In a form")
    with st.form("order"):
        toppings = st.multiselect("Toppings", ["cheese", "ham", "olives"])
        heat = st.select_slider("Heat", ["mild", "hot", "fire"])
        submitted = st.form_submit_button("Order")
    if submitted:
        st.success(f"Ordered {', '.join(toppings) or 'plain'} ({heat})")

    with st.sidebar:
        st.pills("Sidebar pills", ["a", "b", "c"], selection_mode="multi")

# ---- Data, charts & media ----------------------------------------------------------------
with tab_data:
    st.title("Data, charts and media")

    # ---- data ----------------------------------------------------------------------------------
    st.header("Data", divider=True)
    people = [
        {"name": "Ada", "born": 1815, "field": "mathematics", "score": 9.5},
        {"name": "Grace", "born": 1906, "field": "computing", "score": 9.75},
        {"name": "Alan", "born": 1912, "field": "logic", "score": 9.25},
        {"name": "Edsger", "born": 1930, "field": "algorithms", "score": None},
    ]
    st.subheader("st.dataframe")
    st.caption("Click a column header to sort (ascending, descending, original order).")
    st.dataframe(people)
    hide = st.toggle("Hide the index", value=False)
    st.dataframe({"x": list(range(300)), "x²": [i * i for i in range(300)],
                  "even": [i % 2 == 0 for i in range(300)]},
                 hide_index=hide, height=250, column_order=["x²", "x", "even"])

    st.caption("With `on_select`, rows can be selected; the app reruns and gets their positions.")
    event = st.dataframe(people, on_select="rerun", selection_mode="multi-row", key="picked")
    chosen = [people[i]["name"] for i in event.selection.rows]
    st.write("Selected:", ", ".join(chosen) if chosen else "nobody")

    st.subheader("st.table")
    st.table({"planet": ["Mercury", "Venus", "Earth"], "moons": [0, 0, 1],
              "radius (km)": [2439.7, 6051.8, 6371.0]})
    st.table({"alpha": 1, "beta": 2}, border="horizontal")

    # ---- charts --------------------------------------------------------------------------------
    st.header("Charts", divider=True)
    n = st.slider("Points", 5, 60, 30)
    waves = {"sin": [math.sin(i / 5) for i in range(n)], "cos": [math.cos(i / 5) for i in range(n)]}
    st.subheader("st.line_chart")
    st.line_chart(waves, x_label="t")
    st.subheader("st.area_chart")
    st.area_chart({"a": [abs(v) for v in waves["sin"]], "b": [abs(v) for v in waves["cos"]]},
                  stack="normalize")
    st.subheader("st.bar_chart")
    col1, col2 = st.columns(2)
    with col1:
        st.bar_chart({"fruit": ["apple", "pear", "plum"], "sold": [12, 7, 9]}, x="fruit", y="sold",
                     height=250)
    with col2:
        st.bar_chart({"fruit": ["apple", "pear", "plum"], "sold": [12, 7, 9]}, x="fruit", y="sold",
                     horizontal=True, sort="-sold", height=250, color="#29b09d")
    st.subheader("st.scatter_chart")
    st.scatter_chart({"x": [i % 7 for i in range(n)], "y": [(i * 37) % 11 for i in range(n)],
                      "size": [i for i in range(n)], "group": ["a", "b", "c"] * (n // 3) + ["a"] * (n % 3)},
                     x="x", y="y", size="size", color="group")
    st.subheader("st.vega_lite_chart")
    st.vega_lite_chart(
        {"k": list("ABCDE"), "v": [3, 1, 4, 1, 5]},
        {"title": "A Vega-Lite spec", "mark": {"type": "arc", "innerRadius": 40},
         "encoding": {"theta": {"field": "v", "type": "quantitative"},
                      "color": {"field": "k", "type": "nominal"}}})


    # ---- media ---------------------------------------------------------------------------------
    def png(width, height, pixel):
        def chunk(tag, body):
            return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))
        raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))
                       for y in range(height))
        return (b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


    def tone(freq=440, seconds=1.5, rate=16000):
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(b"".join(
                struct.pack("<h", int(9000 * math.sin(2 * math.pi * freq * i / rate)))
                for i in range(int(seconds * rate))))
        return buf.getvalue()


    st.header("Media", divider=True)
    st.subheader("st.image")
    gradient = png(96, 64, lambda x, y: (x * 2 % 256, y * 4 % 256, 160))
    st.image(gradient, caption="A gradient made in Python (bytes)", width=192)
    st.image([png(48, 48, lambda x, y: (255, 75, 75)), png(48, 48, lambda x, y: (0, 104, 201)),
              png(48, 48, lambda x, y: (41, 176, 157))], caption=["red", "blue", "green"])
    st.subheader("st.audio")
    st.audio(tone(), format="audio/wav")
    st.subheader("st.video")
    st.caption("From bytes, a file of the app or a URL (YouTube links use YouTube's player). "
               "Here: the tone above, with subtitles.")
    st.video(tone(330, 3), format="audio/wav", subtitles="WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nA tone\n")
