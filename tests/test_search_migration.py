"""Migration 0002_fts on SQLite: at head the models match, the FTS indexes and their triggers exist
and follow every change (insert, update, cascade delete); down and up again works.

SQLite only by nature: FTS5 virtual tables and triggers exist on SQLite alone. The PostgreSQL
branch of the same migration (extensions, fold function, trigram indexes) is tested in
tests/test_textsearch.py."""
from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, text, update

from catalog import open_catalog
from catalog.parse.record import Caption, Credit, Location, Person
from catalog.store import migrate, textsearch
from catalog.store.models import Base, Caption as CaptionRow, Source
from catalog.store.writer import CaptionWriter

MIGRATIONS_ENV = {"include_name": lambda name, type_, parents: not (type_ == "table" and textsearch.is_search_table(name))}


def test_models_match_head_and_triggers_exist(tmp_path):
    with open_catalog(tmp_path / "c.db") as catalog, catalog.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=MIGRATIONS_ENV), Base.metadata)
        assert diff == []
        triggers = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        assert textsearch.sqlite_triggers() <= triggers


def count(conn, table, query):
    return conn.execute(text(f"SELECT count(*) FROM {table} WHERE {table} MATCH :q"), {"q": query}).scalar()


def test_index_follows_insert_update_and_cascade_delete(tmp_path):
    db = tmp_path / "c.db"
    with open_catalog(db) as catalog:
        with catalog.transaction() as session:
            source = Source(path="/x.txt", kind="lines", sha256="0" * 64, size=1, ingested_at=dt.datetime(2024, 1, 1))
            session.add(source)
            CaptionWriter(session).add(source, 1, Caption(
                text="Antony Blinken in Bogotá", description="Antony Blinken in Bogotá",
                people=[Person("Antony Blinken")], location=Location(city="Bogotá"),
                credit=Credit(photographers=["Leah Millis"], agency="AP")))
        with catalog.engine.connect() as conn:
            assert count(conn, "captions_fts", '{city} : "bogota"') == 1
            assert count(conn, "people_fts", '"blinken"') == 1
            assert count(conn, "photographers_fts", '"millis"') == 1
        with catalog.transaction() as session:
            session.execute(update(CaptionRow).values(city="Lima", text="Someone in Lima"))
        with catalog.engine.connect() as conn:
            assert count(conn, "captions_fts", '{city} : "bogota"') == 0
            assert count(conn, "captions_fts", '"lima"') == 1
            assert count(conn, "captions_fts", '"blinken"') == 0
        with catalog.transaction() as session:
            session.execute(delete(Source))  # captions go by ON DELETE CASCADE: the triggers still fire
        with catalog.engine.connect() as conn:
            assert count(conn, "captions_fts", '"lima"') == 0
            conn.execute(text("INSERT INTO captions_fts(captions_fts, rank) VALUES ('integrity-check', 1)"))


def test_down_and_up_again(tmp_path):
    db = tmp_path / "c.db"
    open_catalog(db).close()
    migrate.downgrade(db, "0001")
    assert migrate.current(db) == "0001"
    with open_catalog(db, check_revision=False) as catalog, catalog.engine.connect() as conn:
        names = set(conn.scalars(text("SELECT name FROM sqlite_master")))
        assert not any(textsearch.is_search_table(n) for n in names)
        assert not textsearch.sqlite_triggers() & names
    migrate.upgrade(db, "head", backup=False)
    assert migrate.current(db) == migrate.head_revision()
