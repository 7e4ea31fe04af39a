"""The build's deep links: which page folders it writes, and what is in them."""

from __future__ import annotations

from pathlib import Path

from wasmlit.site_routes import page_icon_and_name, static_page_paths, write_page_routes

APPS = Path(__file__).resolve().parent.parent / "multipage_apps"


def test_page_names_from_file_names_as_streamlit() -> None:
    # Streamlit 1.67's source_util.page_icon_and_name gave the same pairs.
    assert page_icon_and_name(Path("2_📈_Plotting_Demo.py")) == ("📈", "Plotting_Demo")
    assert page_icon_and_name(Path("01-mapping demo.py")) == ("", "mapping_demo")
    assert page_icon_and_name(Path("zeta_page.py")) == ("", "zeta_page")
    assert page_icon_and_name(Path("10.py")) == ("", "10")


def test_static_pages_of_each_shape() -> None:
    assert static_page_paths(APPS / "pages_folder" / "Hello_World.py") == [
        "Plotting_Demo", "mapping_demo", "zeta_page"]
    assert static_page_paths(APPS / "sections" / "streamlit_app.py") == [
        "create_account", "learn", "manage_account", "trial"]
    assert static_page_paths(APPS / "files_and_callables" / "streamlit_app.py") == [
        "page_1", "page_2"]
    assert "secret" in static_page_paths(APPS / "hidden" / "streamlit_app.py")


def test_routes_are_index_copies_with_a_base_at_the_site(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<html><head>\n<link rel="modulepreload" href="./wasmlit.js">\n'
        '<script type="module" src="./wasmlit.js"></script></head><body></body></html>')
    (tmp_path / "app").mkdir()
    written = write_page_routes(tmp_path, APPS / "sections" / "streamlit_app.py")
    assert written == ["create_account", "learn", "manage_account", "trial"]
    copy = (tmp_path / "learn" / "index.html").read_text()
    assert '<base href="../">' in copy and "createElement('base')" in copy
    assert 'src="./wasmlit.js"' not in copy  # loaded by the base script, against the base
    fallback = (tmp_path / "404.html").read_text()
    assert "<base href" not in fallback and "createElement('base')" in fallback


def test_routes_never_overwrite_the_sites_own_folders(tmp_path: Path) -> None:
    app = tmp_path / "src" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\ndef assets(): pass\ndef ok(): pass\n"
                   "st.navigation([ok, assets]).run()\n")
    out = tmp_path / "out"
    (out / "assets").mkdir(parents=True)
    (out / "assets" / "x.js").write_text("keep")
    (out / "index.html").write_text("<html><head></head></html>")
    assert write_page_routes(out, app) == ["ok"]
    assert not (out / "assets" / "index.html").exists()
