"""st.connection in the browser: a connection class of the app's own over sqlite3 (built into
Pyodide), and type="sql" with a sqlite:// URL, which runs on sqlite3 when SQLAlchemy is not in
the requirements. Both are made once and kept across reruns (st.cache_resource)."""

import os
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
        return [row[0] for row in self._instance.execute("select t from notes")]


notes = st.connection("notes", type=Notes)
if st.button("Add note"):
    notes.add(f"note {len(notes.all()) + 1}")
st.write(f"notes: {', '.join(notes.all()) or 'none'}")

db_file = os.path.join(os.path.dirname(__file__), "shop.db")
shop = st.connection("shop", type="sql", url=f"sqlite:///{db_file}")
db = shop.connect()
db.execute("create table if not exists items (name text)")
if st.button("Add item"):
    db.execute("insert into items values (?)", (f"item {db.execute('select count(*) from items').fetchone()[0] + 1}",))
    db.commit()
st.write(f"items: {', '.join(r[0] for r in db.execute('select name from items')) or 'none'}")
st.write(f"driver: {shop.driver}")
