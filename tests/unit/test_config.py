"""Configuration: .streamlit/config.toml read at build time, st.get_option / st.set_option,
st.secrets with and without --public-secrets, runner.magicEnabled and client.showErrorDetails
(spec B48)."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path

import pytest
import wasmlit
from helpers import app
from wasmlit import config
from wasmlit import protocol as p
from wasmlit.errors import StreamlitAPIException


@pytest.fixture(autouse=True)
def fresh_config():
    config.load(None)
    wasmlit.secrets.configure("")
    yield
    config.load(None)
    wasmlit.secrets.configure("")


def check(text: str):
    return config.check_config(textwrap.dedent(text))


# ---- parsing config.toml ---------------------------------------------------------------------


def test_every_section_is_read_into_the_manifest_entry() -> None:
    options, problems = check("""
        [client]
        toolbarMode = "viewer"
        showErrorDetails = "type"
        showSidebarNavigation = false

        [runner]
        magicEnabled = false

        [theme]
        base = "dark"
        primaryColor = "#1e88e5"
        font = "serif"
        baseRadius = "none"
        showWidgetBorder = true

        [theme.sidebar]
        backgroundColor = "#102030"

        [theme.light]
        textColor = "#111111"

        [theme.dark]
        linkColor = "#abcdef"

        [theme.dark.sidebar]
        primaryColor = "#00ff00"
    """)
    assert problems == []
    entry = config.manifest_entry(options)
    assert entry["client"] == {"showErrorDetails": "type", "toolbarMode": "viewer",
                               "showSidebarNavigation": False}
    assert entry["runner"] == {"magicEnabled": False}
    assert entry["theme"] == {
        "base": "dark", "primaryColor": "#1e88e5", "font": "serif", "baseRadius": "none",
        "showWidgetBorder": True, "sidebar": {"backgroundColor": "#102030"},
        "light": {"textColor": "#111111"},
        "dark": {"linkColor": "#abcdef", "sidebar": {"primaryColor": "#00ff00"}},
    }


def test_no_file_gives_streamlits_defaults(tmp_path: Path) -> None:
    entry, problems = config.read_app_config(tmp_path)
    assert problems == []
    assert entry == {"client": {"showErrorDetails": "full", "toolbarMode": "auto",
                                "showSidebarNavigation": True},
                     "runner": {"magicEnabled": True}, "theme": {}}


def test_bad_toml_names_its_line_and_sets_nothing() -> None:
    options, problems = check("""
        [theme]
        primaryColor = "#ff0000"
        textColor = #00ff00
    """)
    assert options == {}
    assert len(problems) == 1
    assert problems[0].line == 4
    assert "not valid TOML" in str(problems[0])
    assert str(problems[0]).startswith(".streamlit/config.toml line 4:")


def test_an_unknown_key_is_named_with_its_line_and_a_suggestion() -> None:
    options, problems = check("""
        [theme]
        primaryColour = "#ff0000"
        textColor = "#222222"

        [clinet]
        toolbarMode = "viewer"
    """)
    assert options == {"theme.textColor": "#222222"}, "the good options are kept"
    assert [pr.line for pr in problems] == [3, 6]
    assert "unknown option theme.primaryColour (did you mean theme.primaryColor?)" \
        in problems[0].message
    assert "unknown section [clinet] (did you mean client?)" not in problems[1].message
    assert "unknown section [clinet]" in problems[1].message


def test_a_wrong_type_or_value_is_named_and_left_at_its_default() -> None:
    options, problems = check("""
        [runner]
        magicEnabled = "no"

        [client]
        toolbarMode = "loud"
        showErrorDetails = false
    """)
    assert options == {"client.showErrorDetails": False}, "false is Streamlit's old spelling"
    assert [pr.line for pr in problems] == [3, 6]
    assert problems[0].message == ('runner.magicEnabled must be true or false, not "no"; it is '
                                   "left at its default")
    assert 'client.toolbarMode must be "auto" or "developer" or "viewer" or "minimal"' \
        in problems[1].message


def test_server_options_and_unapplied_theme_options_build_with_a_note() -> None:
    options, problems = check("""
        [server]
        port = 8502

        [theme]
        chartCategoricalColors = ["#ff0000"]
    """)
    assert "theme.chartCategoricalColors" in options
    assert problems[0].line == 3 and "server.port has no effect in wasmlit" in problems[0].message
    assert problems[1].line == 6 and "does not apply yet" in problems[1].message


# ---- the build ---------------------------------------------------------------------------------


def make_app(folder: Path, *, config_toml: str | None = None, secrets_toml: str | None = None,
             script: str = "import streamlit as st\nst.write('hi')\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.py").write_text(script)
    if config_toml is not None or secrets_toml is not None:
        (folder / ".streamlit").mkdir()
    if config_toml is not None:
        (folder / ".streamlit" / "config.toml").write_text(textwrap.dedent(config_toml))
    if secrets_toml is not None:
        (folder / ".streamlit" / "secrets.toml").write_text(textwrap.dedent(secrets_toml))
    return folder / "app.py"


@pytest.fixture
def build(monkeypatch):
    import functools

    from wasmlit import site

    if not (site.WEB_DIR / "wasmlit.js").is_file():
        pytest.skip("the web build is missing (npm run build)")
    # No first view: these tests read app.json, and prerendering runs child processes.
    return functools.partial(site.build_site, prerender=False)


def test_a_build_writes_the_config_into_app_json_and_reports_problems(tmp_path, build, capsys):
    script = make_app(tmp_path / "src", config_toml="""
        [theme]
        primaryColor = "#1e88e5"
        [runner]
        magicEnabled = nope
    """)
    manifest = build(script, tmp_path / "site")
    written = json.loads((tmp_path / "site" / "app.json").read_text())
    assert written["config"] == manifest["config"]
    assert written["config"]["theme"] == {}, "a file that is not TOML sets nothing"
    err = capsys.readouterr().err
    assert "wasmlit: .streamlit/config.toml line 5: not valid TOML" in err
    assert written["config_notes"] == [n for n in manifest["config_notes"]]


def test_secrets_are_never_shipped_without_the_flag(tmp_path, build, capsys):
    script = make_app(tmp_path / "src", secrets_toml='api_key = "s3cret"\n',
                      config_toml='[theme]\nprimaryColor = "#123456"\n')
    (tmp_path / "src" / "secrets.toml").write_text('also = "hidden"\n')
    manifest = build(script, tmp_path / "site")
    shipped = [p for p in (tmp_path / "site").rglob("*") if p.is_file()]
    assert not any("secrets" in p.name for p in shipped)
    assert not any("s3cret" in p.read_text(errors="ignore") for p in shipped
                   if p.suffix in (".json", ".toml", ".py", ".html"))
    assert manifest["secrets"] == ""
    assert ".streamlit/config.toml" not in manifest["files"], "config goes into app.json"
    assert "secrets.toml is not published" in capsys.readouterr().err


def test_public_secrets_ships_the_file_and_says_so(tmp_path, build, capsys):
    script = make_app(tmp_path / "src", secrets_toml='api_key = "s3cret"\n')
    manifest = build(script, tmp_path / "site", public_secrets=True)
    assert manifest["secrets"] == ".streamlit/secrets.toml"
    assert ".streamlit/secrets.toml" in manifest["files"]
    assert (tmp_path / "site" / "app" / ".streamlit" / "secrets.toml").read_text() == \
        'api_key = "s3cret"\n'
    assert "every visitor can read it" in capsys.readouterr().err


# ---- st.get_option / st.set_option -------------------------------------------------------------


def test_get_option_reads_client_runner_and_theme_options() -> None:
    config.load({"client": {"toolbarMode": "viewer"}, "theme": {"primaryColor": "#00f",
                                                                "sidebar": {"font": "serif"}}})
    at = app("""
        import streamlit as st
        st.write(st.get_option("client.toolbarMode"))
        st.write(st.get_option("client.showErrorDetails"))
        st.write(str(st.get_option("theme.primaryColor")))
        st.write(str(st.get_option("theme.sidebar.font")))
        st.write(str(st.get_option("theme.textColor")))
        st.write(str(st.get_option("runner.magicEnabled")))
    """)
    assert [m.value for m in at.markdown] == ["viewer", "full", "#00f", "serif", "None", "True"]


def test_get_option_errors_have_streamlits_shape() -> None:
    with pytest.raises(RuntimeError, match=r'^Config key "client.nope" not defined\.$'):
        wasmlit.get_option("client.nope")
    with pytest.raises(RuntimeError, match=r'^Config key "server.port" is a server option'):
        wasmlit.get_option("server.port")


def test_set_option_sets_client_options_and_tells_the_page() -> None:
    at = app("""
        import streamlit as st
        st.set_option("client.toolbarMode", "minimal")
        st.write(st.get_option("client.toolbarMode"))
    """)
    assert at.markdown[0].value == "minimal"
    sent = [m for m in at.messages if isinstance(m, p.ClientConfig)]
    assert sent == [p.ClientConfig(options={"toolbarMode": "minimal",
                                            "showSidebarNavigation": True})]
    at.run()
    assert len([m for m in at.messages if isinstance(m, p.ClientConfig)]) == 1, \
        "setting the same value again sends nothing new"


def test_set_option_refuses_what_streamlit_refuses() -> None:
    with pytest.raises(StreamlitAPIException) as exc:
        wasmlit.set_option("theme.primaryColor", "#000")
    assert str(exc.value).startswith("theme.primaryColor cannot be set on the fly.")
    with pytest.raises(StreamlitAPIException, match=r"^server\.port cannot be set on the fly\."):
        wasmlit.set_option("server.port", 1)
    with pytest.raises(StreamlitAPIException, match=r"^Unrecognized config option: client\.x$"):
        wasmlit.set_option("client.x", 1)
    at = app("""
        import streamlit as st
        st.set_option("runner.magicEnabled", False)
    """)
    assert at.exception[0].message.startswith("runner.magicEnabled cannot be set on the fly.")


# ---- secrets -----------------------------------------------------------------------------------


def test_any_use_of_secrets_without_the_flag_says_why() -> None:
    for use in ('st.secrets["key"]', "st.secrets.key", '"key" in st.secrets',
                'st.secrets.get("key")', "len(st.secrets)"):
        at = app(f"""
            import streamlit as st
            {use}
        """)
        assert at.exception[0].type == "StreamlitSecretNotFoundError", use
        assert "static site" in at.exception[0].message
        assert "--public-secrets" in at.exception[0].message


def test_published_secrets_read_like_streamlits(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        'api_key = "k1"\n[db]\nuser = "ann"\nport = 5432\n')
    wasmlit.secrets.configure(".streamlit/secrets.toml", str(tmp_path))
    at = app("""
        import streamlit as st
        st.write(st.secrets["api_key"], st.secrets.db.user, str(st.secrets.db["port"]))
        st.write(str("db" in st.secrets), str(st.secrets.get("nope", "dflt")))
        st.write(str(st.secrets.to_dict()))
        st.secrets.missing
    """)
    assert [m.value for m in at.markdown][:2] == ["k1 ann 5432", "True dflt"]
    assert at.markdown[2].value == str({"api_key": "k1", "db": {"user": "ann", "port": 5432}})
    assert at.exception[0].message.startswith('st.secrets has no key "missing"')


# ---- runner.magicEnabled ------------------------------------------------------------------------


def test_magic_on_by_default_and_off_with_magic_enabled_false() -> None:
    source = """
        import streamlit as st
        "shown by magic"
        st.write("written")
    """
    assert [m.value for m in app(source).markdown] == ["shown by magic", "written"]
    config.load({"runner": {"magicEnabled": False}})
    assert [m.value for m in app(source).markdown] == ["written"]


# ---- client.showErrorDetails (B48) -------------------------------------------------------------

FAILING = """
    import streamlit as st
    def inner():
        raise ValueError("the secret path /home/ann/data.csv")
    inner()
"""


@pytest.mark.parametrize("setting, message, trace, type_", [
    ("full", True, True, True), (True, True, True, True),
    ("stacktrace", False, True, True), (False, False, True, True),
    ("type", False, False, True), ("none", False, False, False),
])
def test_show_error_details(setting, message, trace, type_, capfd) -> None:
    config.load({"client": {"showErrorDetails": setting}})
    exc = app(FAILING).exception[0]
    assert ("/home/ann/data.csv" in exc.message) is message
    if not message:
        assert exc.message == config.REDACTED_MESSAGE
        assert "/home/ann/data.csv" in capfd.readouterr().err, "the console still gets it all"
    assert any("inner()" in line for line in exc.traceback) is trace
    assert (exc.type == "ValueError") is type_
    if not type_:
        assert exc.type == ""


def test_show_error_details_also_applies_inside_a_fragment() -> None:
    config.load({"client": {"showErrorDetails": "none"}})
    at = app("""
        import streamlit as st
        @st.fragment
        def part():
            raise KeyError("hidden")
        part()
    """)
    assert at.exception[0].message == config.REDACTED_MESSAGE


def test_st_exception_itself_always_shows_everything() -> None:
    config.load({"client": {"showErrorDetails": "none"}})
    at = app("""
        import streamlit as st
        st.exception(ValueError("shown on purpose"))
    """)
    assert at.exception[0].message == "shown on purpose"
    assert at.exception[0].type == "ValueError"


def test_clear_cache_request_empties_both_caches() -> None:
    at = app("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data
        def data():
            calls.append("data")
            return 1
        @st.cache_resource
        def res():
            calls.append("res")
            return object()
        data(); res()
    """)
    at.run()
    assert at.session_state["calls"] == ["data", "res"], "cached across reruns"
    at.send(p.ClearCache()).run()
    assert at.session_state["calls"] == ["data", "res", "data", "res"]


@pytest.mark.skipif(sys.platform == "emscripten", reason="the serve watcher is a thread; "
                    "Pyodide has none")
def test_serve_rebuilds_app_json_when_config_toml_changes(tmp_path, build):
    import threading
    import time

    from wasmlit import server

    script = make_app(tmp_path / "src", config_toml='[theme]\nprimaryColor = "#111111"\n')
    out = tmp_path / "site"
    build(script, out)
    stamp, stop = server._Stamp(), threading.Event()
    watcher = threading.Thread(target=server._watch,
                               args=(script, out, {"prerender": False}, stamp, stop),
                               daemon=True)
    watcher.start()
    toml = tmp_path / "src" / ".streamlit" / "config.toml"
    try:
        toml.write_text('[theme]\nprimaryColor = "#222222"\n')
        deadline = time.monotonic() + 30
        theme, touched = None, 0
        while time.monotonic() < deadline:
            theme = json.loads((out / "app.json").read_text())["config"]["theme"]
            if theme == {"primaryColor": "#222222"}:
                break
            touched += 1  # in case the watcher's first look came after the write
            os.utime(toml, (time.time() + touched, time.time() + touched))
            time.sleep(0.25)
        assert theme == {"primaryColor": "#222222"}
    finally:
        stop.set()
        watcher.join(5)
