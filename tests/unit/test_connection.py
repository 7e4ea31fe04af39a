"""st.connection: an app's own BaseConnection, type="sql" (SQLAlchemy, or sqlite3 without it),
caching as Streamlit does, and clear errors for what a browser cannot connect to."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import wasmlit
from wasmlit.testing import AppTest


def run_in(folder: Path, src: str) -> AppTest:
    script = folder / "app.py"
    script.write_text(textwrap.dedent(src))
    return AppTest.from_file(str(script)).run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


@pytest.fixture(autouse=True)
def _empty_caches():
    wasmlit.cache_resource.clear()
    wasmlit.cache_data.clear()
    yield
    wasmlit.cache_resource.clear()
    wasmlit.cache_data.clear()


OWN = """
    import sqlite3
    import streamlit as st
    from streamlit.connections import BaseConnection

    class Notes(BaseConnection[sqlite3.Connection]):
        def _connect(self, **kwargs):
            db = sqlite3.connect(":memory:", check_same_thread=False)
            db.execute("create table notes (t text)")
            return db

        def add(self, text):
            self._instance.execute("insert into notes values (?)", (text,))

        def all(self):
            return [r[0] for r in self._instance.execute("select t from notes")]

        def close(self):
            self._instance.close()

    conn = st.connection("notes", type=Notes)
    if st.button("Add"):
        conn.add(f"note {len(conn.all()) + 1}")
    st.write(f"notes: {conn.all()}")
    st.write(f"same object: {st.session_state.setdefault('first', id(conn)) == id(conn)}")
    st.write(f"name: {conn._connection_name} secrets: {dict(conn._secrets)}")
"""


def test_an_apps_own_connection_is_made_once_and_kept(tmp_path: Path) -> None:
    at = run_in(tmp_path, OWN)
    assert at.exception.values == []
    assert texts(at) == ["notes: []", "same object: True", "name: notes secrets: {}"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert texts(at)[:2] == ["notes: ['note 1', 'note 2']", "same object: True"]


def test_ttl_and_the_string_path_of_a_class(tmp_path: Path) -> None:
    (tmp_path / "myconn.py").write_text(textwrap.dedent("""
        from streamlit.connections import BaseConnection
        class Counter(BaseConnection[dict]):
            def _connect(self, start=0):
                return {"n": start}
    """))
    at = run_in(tmp_path, """
        import streamlit as st
        a = st.connection("c", type="myconn.Counter", start=5)
        b = st.connection("c", type="myconn.Counter", start=5)
        c = st.connection("c", type="myconn.Counter", start=5, ttl=0)
        d = st.connection("c", type="myconn.Counter", start=5, ttl=0)
        st.write(f"{a is b} {a is c} {c is d} {a._instance['n']}")
    """)
    assert at.exception.values == []
    assert texts(at)[0] == "True False False 5"


def test_sql_on_sqlite3_without_sqlalchemy(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("pandas")
    import wasmlit.connections as connections

    monkeypatch.setattr(connections, "_sqlalchemy", lambda: None)
    at = run_in(tmp_path, """
        import os
        import streamlit as st
        db_file = os.path.join(os.path.dirname(__file__), "local.db")
        conn = st.connection("local", type="sql", url=f"sqlite:///{db_file}")
        db = conn.connect()
        db.execute("create table if not exists pets (name text, age int)")
        db.execute("delete from pets")
        db.executemany("insert into pets values (?, ?)", [("Rex", 3), ("Tom", 5)])
        db.commit()
        df = conn.query("select name, age from pets order by age", ttl=0)
        st.write(f"{list(df['name'])} {conn.driver}")
        conn.engine
    """)
    assert texts(at) == ["['Rex', 'Tom'] pysqlite"]
    assert "add sqlalchemy to the app's requirements" in at.exception[0].message
    assert (tmp_path / "local.db").is_file(), "the database file the URL names"


def test_sql_on_sqlalchemy_as_in_streamlit(tmp_path: Path) -> None:
    pytest.importorskip("sqlalchemy")
    pytest.importorskip("pandas")
    at = run_in(tmp_path, """
        import os
        import streamlit as st
        from sqlalchemy import text
        db_file = os.path.join(os.path.dirname(__file__), "pets.db")
        conn = st.connection("sql", url=f"sqlite:///{db_file}")
        with conn.session as s:
            s.execute(text("create table if not exists pets (name text, owner text)"))
            s.execute(text("delete from pets"))
            s.execute(text("insert into pets values (:n, :o)"), {"n": "Rex", "o": "Ann"})
            s.commit()
        df = conn.query("select * from pets where owner = :o", params={"o": "Ann"})
        st.write(f"{df.to_dict('records')} {conn.driver} {type(conn.engine).__name__}")
    """)
    assert at.exception.values == []
    assert texts(at) == ["[{'name': 'Rex', 'owner': 'Ann'}] pysqlite Engine"]


@pytest.mark.parametrize("call, message", [
    ('st.connection("snowflake")', "opens network sockets"),
    ('st.connection("x", type="snowflake-callers-rights")', "opens network sockets"),
    ('st.connection("mystery")', "has no type: pass `type=`"),
    ('st.connection("x", type="nope")', "Invalid connection 'nope'"),
    ('st.connection("x", type=dict)', "is not a subclass of BaseConnection"),
    ('st.connection("x", type="sql")', "needs a `url`"),
])
def test_what_cannot_connect_says_why(tmp_path: Path, call: str, message: str) -> None:
    at = run_in(tmp_path, f"import streamlit as st\n{call}\nst.write('after')\n")
    assert message in at.exception[0].message


def test_a_sql_url_of_a_server_database_without_sqlalchemy_names_the_package(
        tmp_path: Path, monkeypatch) -> None:
    import wasmlit.connections as connections

    monkeypatch.setattr(connections, "_sqlalchemy", lambda: None)
    at = run_in(tmp_path, """
        import streamlit as st
        st.connection("pg", type="sql", url="postgresql://u@h/db")
    """)
    assert "install the 'sqlalchemy' package" in at.exception[0].message


def test_settings_and_type_come_from_published_secrets(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    (tmp_path / ".streamlit").mkdir()
    db_file = tmp_path / "shop.db"
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        f'[connections.shop]\ntype = "sql"\nurl = "sqlite:///{db_file}"\n')
    wasmlit.secrets.configure(".streamlit/secrets.toml", str(tmp_path))
    try:
        at = run_in(tmp_path, """
            import streamlit as st
            conn = st.connection("shop")
            st.write(f"{type(conn).__name__} {conn._secrets['type']} {conn.query('select 41 + 1 as n')['n'][0]}")
        """)
    finally:
        wasmlit.secrets.configure("")
    assert at.exception.values == []
    assert texts(at) == ["SQLConnection sql 42"]
