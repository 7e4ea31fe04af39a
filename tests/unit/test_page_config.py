"""st.set_page_config: validated like Streamlit 1.67 and sent to the page once per change."""

from __future__ import annotations

from helpers import app
from wasmlit import protocol as p


def configs(at) -> list[p.PageConfig]:
    return [m for m in at.messages if isinstance(m, p.PageConfig)]


def test_page_config_reaches_the_page_once_until_it_changes() -> None:
    at = app("""
        import streamlit as st
        st.set_page_config(page_title="Sales", page_icon="📈", layout="wide",
                           initial_sidebar_state="collapsed")
        st.write("hi")
    """)
    assert configs(at) == [p.PageConfig(title="Sales", icon="📈", layout="wide",
                                        sidebar="collapsed")]
    at.run()
    assert len(configs(at)) == 1, "an unchanged config is not sent again"


def test_bad_page_config_values_raise_streamlits_errors() -> None:
    at = app("""
        import streamlit as st
        st.set_page_config(layout="bogus")
    """)
    assert at.exception[0].message == (
        "Invalid `layout` value. Supported values: 'centered', 'wide'.")
    at = app("""
        import streamlit as st
        st.set_page_config(initial_sidebar_state="bogus")
    """)
    assert at.exception[0].message.startswith("Invalid `initial_sidebar_state` value.")
    assert configs(at) == []


def test_menu_items_go_to_the_page_with_streamlits_checks() -> None:
    at = app("""
        import streamlit as st
        st.set_page_config(menu_items={"Get Help": "https://example.com/help",
                                       " report a bug ": None,
                                       "About": '''
                                           # Hi
                                           **bold**'''})
    """)
    assert configs(at)[-1].menu_items == {"get_help": "https://example.com/help",
                                          "report_a_bug": None, "about": "\n# Hi\n**bold**"}
    for items, message in [
        ('{"Nope": "https://x.y"}', "Invalid `menu_items` value. Supported values: 'Get help', "
                                    "'Report a bug', 'About'. `nope` is not a supported menu "
                                    "item key."),
        ('{"Get help": "ftp://x"}', '"ftp://x" is not a valid URL. You must use a fully '
                                    'qualified domain beginning with "http://", "https://", '
                                    'or "mailto:".'),
        ('{"Report a bug": "nourl"}', '"nourl" is not a valid URL.'),
    ]:
        at = app(f"import streamlit as st\nst.set_page_config(menu_items={items})")
        assert at.exception[0].message.startswith(message)
