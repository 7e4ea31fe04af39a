"""Multipage apps under AppTest: the shapes of Streamlit's navigation docs
(tests/multipage_apps/), st.switch_page, st.page_link, the pages/ folder, errors.

Compared with Streamlit 1.67 (its AppTest, the same apps and the same steps, on 2026-12-01):
the titles shown, the pages registered (title, url_path, icon, in order), widget and session
state across page changes and the query parameters matched line for line; so did the 17
error messages of ``test_errors_read_as_streamlit``. The page-side behaviour (menus, URLs)
was compared against ``streamlit run`` in Chromium; see tests/e2e/test_multipage.py.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from wasmlit import protocol as p
from wasmlit.testing import AppTest

APPS = Path(__file__).resolve().parent.parent / "multipage_apps"


def run(name: str, entry: str = "streamlit_app.py") -> AppTest:
    return AppTest.from_file(str(APPS / name / entry)).run()


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def menu(at: AppTest) -> list[tuple[str, str, str]]:
    return [(i["title"], i["url_path"], i["icon"]) for i in last_nav(at).pages]


def last_nav(at: AppTest) -> p.Navigation:
    return [m for m in at.messages if isinstance(m, p.Navigation)][-1]


def test_files_and_callables_infer_titles_and_paths() -> None:
    at = run("files_and_callables")
    assert titles(at) == ["Page 1"]
    assert menu(at) == [("page 1", "", ""), ("page 2", "page_2", "")]
    assert last_nav(at).position == "sidebar"


def test_a_pages_widget_state_lives_while_the_page_shows_and_keys_stay() -> None:
    at = run("files_and_callables")
    at.checkbox[0].check().run()
    at.text_input[0].input("Ann").run()
    at.switch_page("page_1.py").run()
    assert titles(at) == ["Page 1"]
    assert [c.value for c in at.checkbox] == [True]
    assert at.session_state["name"] == "Ann"


def test_leaving_a_page_drops_its_widgets_but_keeps_user_state() -> None:
    at = run("pages_folder", "Hello_World.py")
    at.checkbox[0].check().run()
    at.button[0].click().run()  # st.switch_page("pages/2_📈_Plotting_Demo.py")
    assert titles(at) == ["Plotting"]
    assert at.session_state["visits"] == 3  # set by the user: kept
    at.switch_page("Hello_World.py").run()
    assert titles(at) == ["Main"]
    assert [c.value for c in at.checkbox] == [False]  # the home page's box was cleaned up


def test_sections_keep_their_headers_and_order() -> None:
    at = run("sections")
    nav = last_nav(at)
    assert nav.sections == ["Your account", "Resources"]
    assert menu(at) == [("Create your account", "", ""),
                        ("Manage your account", "manage_account", ""),
                        ("Learn about us", "learn", ""),
                        ("Try it out", "trial", ":material/science:")]
    assert [i["section"] for i in nav.pages] == ["Your account"] * 2 + ["Resources"] * 2
    at.switch_page("trial.py").run()
    assert titles(at) == ["trial"]
    assert last_nav(at).current == nav.pages[3]["hash"]


def test_top_navigation_and_external_pages() -> None:
    at = run("top")
    nav = last_nav(at)
    assert nav.position == "top"
    assert nav.sections == ["", "Work", "More"]
    assert menu(at)[-1] == ("Docs", "docs", "")
    assert nav.pages[-1]["external_url"] == "https://example.com"
    assert titles(at) == ["Home"]


def test_hidden_pages_are_reachable_by_link_and_switch_page() -> None:
    at = run("hidden")
    nav = last_nav(at)
    assert [i["hidden"] for i in nav.pages] == [False, False, True]
    link = at.main.page_link[0]
    assert link.props["page"] == "secret" and link.props["label"] == "Open the secret page"
    at.button[0].click().run()
    assert titles(at) == ["Secret"]


def test_a_url_naming_a_hidden_page_opens_it() -> None:
    at = AppTest.from_file(str(APPS / "hidden" / "streamlit_app.py"))
    at.send(p.Navigate(page_name="secret"))
    assert titles(at) == ["Secret"]


def test_an_unknown_url_page_runs_the_default_page_and_says_so() -> None:
    at = AppTest.from_file(str(APPS / "hidden" / "streamlit_app.py"))
    at.send(p.Navigate(page_name="no_such_page"))
    assert titles(at) == ["Start"]
    assert last_nav(at).not_found == "no_such_page"


def test_page_links_and_switch_page_carry_query_params() -> None:
    at = run("page_links")
    link = at.main.page_link
    assert [(x.props["page"], x.props["query"], x.props["external"]) for x in link] == [
        ("page_2", "utm_source=page_1", False), ("https://docs.streamlit.io", "", True)]
    assert at.sidebar.page_link[0].props["width"] == "stretch"  # as in the sidebar
    at.button[1].click().run()  # st.query_params["written"] = "yes"
    assert at.query_params == {"written": "yes"}
    assert [m for m in at.messages if isinstance(m, p.PageInfo)][-1].query == "written=yes"
    at.button[0].click().run()  # switch_page("page_2.py", query_params={...})
    assert titles(at) == ["Page 2"]
    assert at.query_params == {"utm_source": "button", "tag": ["a", "b"]}
    assert [m.value for m in at.markdown] == ["utm_source: button", "tags: a, b"]
    assert last_nav(at).query == "utm_source=button&tag=a&tag=b"
    at.query_params["utm_source"] = "url"
    at.run()
    assert [m.value for m in at.markdown] == ["utm_source: url", "tags: a, b"]


def test_dynamic_navigation_follows_session_state() -> None:
    at = run("dynamic")
    assert titles(at) == ["Log in"] and menu(at) == [("Log in", "", ":material/login:")]
    at.button[0].click().run()
    assert titles(at) == ["Dashboard"]
    assert menu(at) == [("Log out", "logout", ":material/logout:"), ("dashboard", "", ""),
                        ("alerts", "alerts", "")]
    assert last_nav(at).sections == ["Account", "Reports"]


def test_a_menu_goes_away_when_the_script_stops_calling_st_navigation(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        multi = st.toggle("Pages", value=True)
        def one():
            st.title("One")
        def two():
            st.title("Two")
        if multi:
            st.navigation([one, two]).run()
        else:
            st.title("Single")
    """))
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert [i["title"] for i in last_nav(at).pages] == ["one", "two"]
    at.toggle[0].set_value(False).run()
    assert titles(at) == ["Single"]
    assert last_nav(at).pages == [] and last_nav(at).current == ""
    sent = len([m for m in at.messages if isinstance(m, p.Navigation)])
    at.run()  # still no st.navigation: nothing more to say
    assert len([m for m in at.messages if isinstance(m, p.Navigation)]) == sent
    at.toggle[0].set_value(True).run()
    assert [i["title"] for i in last_nav(at).pages] == ["one", "two"]
    assert titles(at) == ["One"]


def test_pages_folder_menu_from_file_names() -> None:
    at = run("pages_folder", "Hello_World.py")
    assert menu(at) == [("Hello World", "", ""), ("mapping demo", "mapping_demo", ""),
                        ("Plotting Demo", "Plotting_Demo", "📈"), ("zeta page", "zeta_page", "")]
    at.switch_page("pages/zeta_page.py").run()
    assert titles(at) == ["Zeta"]
    configs = [m for m in at.messages if isinstance(m, p.PageConfig)]
    assert configs[-1].title == "Zeta!"


def test_entry_script_widgets_are_shared_and_equal_widgets_on_two_pages_are_not() -> None:
    at = run("shared_widgets")
    at.selectbox[0].select("B").run()
    at.checkbox[0].check().run()  # "Same label" on page one
    at.checkbox[1].check().run()  # the shared "Bar"
    assert [m.value for m in at.markdown] == ["foo is B"]
    ids_one = {c.id for c in at.checkbox}
    at.session.handle(p.Navigate(page_hash=last_nav(at).pages[1]["hash"]))
    at.session.pump()
    assert titles(at) == ["Page two"]
    assert [m.value for m in at.markdown] == ["bar is `True`"]
    same_label = [c for c in at.checkbox if c.label == "Same label"][0]
    assert same_label.value is False and same_label.id not in ids_one


def test_a_fragment_of_a_page_reruns_with_its_page_ids(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        def one():
            @st.fragment
            def frag():
                st.checkbox("In fragment")
            frag()
        def two():
            st.title("Two")
        st.navigation([one, two]).run()
    """))
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    before = at.checkbox[0].id
    at.checkbox[0].check().run()  # a fragment run
    assert at.last_run.fragment_ids and at.checkbox[0].id == before
    assert at.checkbox[0].value is True


def test_switch_page_to_an_unknown_page_fails_like_streamlit() -> None:
    at = run("files_and_callables")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("streamlit_app.py")
    with pytest.raises(ValueError, match="Could not find page 'nope.py'"):
        at.switch_page("nope.py")


ERRORS = {
    "switch_unknown": ('def a(): st.switch_page("nope.py")\nst.navigation([a, "p.py"]).run()',
                       "Could not find page: `nope.py`. You must provide a `Page` object or file "
                       "path relative to the entrypoint file. Only pages previously defined by "
                       "`st.Page` and passed to `st.navigation` are allowed."),
    "dup": ('def a(): pass\nst.navigation([st.Page(a, url_path="p"), "p.py"]).run()',
            'Two pages resolve to the URL pathname `/p`: callable titled "a" (default page) and '
            "`p.py`."),
    "missing_file": ('st.Page("zzz.py")',
                     "Unable to create Page. The file `zzz.py` could not be found."),
    "nested": ('def a(): pass\nst.Page(a, url_path="a/b")',
               "The `url_path` `a/b` cannot include `/`."),
    "ext_no_title": ('st.Page("https://x.org")',
                     "The `title` parameter is required. External URL pages require a non-empty "
                     "title. Please provide a title for the URL: https://x.org"),
    "two_default": ('def a(): pass\ndef b(): pass\n'
                    'st.navigation([st.Page(a, default=True), st.Page(b, default=True)])',
                    "Multiple Pages specified with `default=True`. At most one Page can be set "
                    "to default."),
    "run_twice": ("def a(): pass\npg = st.navigation([a])\npg.run()\npg.run()",
                  "This page cannot be called directly. Only the page returned from "
                  "st.navigation can be called once."),
    "link_ext_nolabel": ('st.page_link("https://x.org")',
                         "The `label` parameter is required. Streamlit cannot infer a label for "
                         "an external URL."),
    "switch_ext": ('def a(): st.switch_page(st.Page("https://x.org", title="X"))\n'
                   "st.navigation([a]).run()",
                   "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                   "to create a link to external pages."),
    "bad_position": ('def a(): pass\nst.navigation([a], position="left")',
                     "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'."),
    "empty_nav": ("st.navigation([])",
                  "The `pages` parameter is required. Provide at least one `st.Page`."),
    "bad_vis": ('def a(): pass\nst.Page(a, visibility="gone")',
                "Invalid `visibility` value. Supported values: visible, hidden."),
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_errors_read_as_streamlit(case: str, tmp_path: Path) -> None:
    body, message = ERRORS[case]
    (tmp_path / "p.py").write_text("import streamlit as st\nst.title('P')\n")
    (tmp_path / "app.py").write_text("import streamlit as st\n" + body + "\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert len(at.exception) == 1
    assert at.exception[0].message.startswith(message)
    assert at.status == "error"  # the app survives: the error is shown where it happened


def test_st_navigation_in_a_pages_folder_app_wins_over_the_folder(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "other.py").write_text("import streamlit as st\nst.title('Other')\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\ndef mine():\n    st.title('Mine')\nst.navigation([mine]).run()\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert titles(at) == ["Mine"]
    assert menu(at) == [("mine", "", "")]


def test_the_page_hash_and_title_follow_the_page_on_every_change() -> None:
    at = run("sections")
    navs = [m for m in at.messages if isinstance(m, p.Navigation)]
    at.run()  # a plain rerun: nothing changed, nothing sent again
    assert [m for m in at.messages if isinstance(m, p.Navigation)] == navs
    at.switch_page("learn.py").run()
    assert last_nav(at).current == last_nav(at).pages[2]["hash"]


@pytest.mark.skipif(not os.path.isdir(APPS), reason="the multipage apps are not there")
def test_every_app_folder_runs_without_errors() -> None:
    for folder in sorted(APPS.iterdir()):
        if not folder.is_dir():
            continue
        entry = next(f for f in ("streamlit_app.py", "Hello_World.py") if (folder / f).exists())
        at = AppTest.from_file(str(folder / entry)).run()
        assert not at.exception, folder.name
        assert titles(at), folder.name


# inspect.signature of Streamlit 1.67.0's commands (parameter, kind, default), recorded
# 2026-12-01; st.page_link is a DeltaGenerator method there
# and here, so its first parameter is the container.
SIGNATURES = {
    "navigation": [("pages", "POSITIONAL_OR_KEYWORD", None), ("position", "KEYWORD_ONLY", "sidebar"),
                   ("expanded", "KEYWORD_ONLY", False)],
    "Page": [("page", "POSITIONAL_OR_KEYWORD", None), ("title", "KEYWORD_ONLY", None),
             ("icon", "KEYWORD_ONLY", None), ("url_path", "KEYWORD_ONLY", None),
             ("default", "KEYWORD_ONLY", False), ("visibility", "KEYWORD_ONLY", "visible"),
             ("help", "KEYWORD_ONLY", None)],
    "switch_page": [("page", "POSITIONAL_OR_KEYWORD", None),
                    ("query_params", "KEYWORD_ONLY", None)],
    "page_link": [("page", "POSITIONAL_OR_KEYWORD", None), ("label", "KEYWORD_ONLY", None),
                  ("icon", "KEYWORD_ONLY", None), ("icon_position", "KEYWORD_ONLY", "left"),
                  ("help", "KEYWORD_ONLY", None), ("disabled", "KEYWORD_ONLY", False),
                  ("use_container_width", "KEYWORD_ONLY", None),
                  ("width", "KEYWORD_ONLY", "content"), ("query_params", "KEYWORD_ONLY", None)],
}


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_signatures_match_streamlit(name: str) -> None:
    import inspect

    import wasmlit

    params = list(inspect.signature(getattr(wasmlit, name)).parameters.values())
    if params and params[0].name == "self":
        params = params[1:]
    got = [(x.name, x.kind.name, None if x.default is inspect.Parameter.empty else x.default)
           for x in params]
    assert got == SIGNATURES[name]
