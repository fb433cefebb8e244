"""Word search means the same on both backends (FTS5 on SQLite, trigram regexes on PostgreSQL):
whole words and phrases, case and accents folded, punctuation a separator. Plus the
PostgreSQL side's own objects: extensions, the IMMUTABLE fold function, the GIN indexes the
planner can use, and migration 0002_fts down and up again."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import create_engine, delete, text, update

from catalog import open_catalog
from catalog.parse.record import Caption, Credit, Location, Person
from catalog.query import caption_select
from catalog.store import migrate, textsearch
from catalog.store.models import Caption as CaptionRow, Source
from catalog.store.writer import CaptionWriter

requires_postgres = pytest.mark.skipif(os.environ.get("CATALOG_TEST_POSTGRES_URL") is None,
                                       reason="PostgreSQL only: set CATALOG_TEST_POSTGRES_URL (.ci/postgres.sh)")

# key -> (caption text, person, photographer, agency, city, country)
ROWS = {
    "lodz": ("Fans cheer in Łódź, Poland, on Sunday.", "Łukasz Nowak", "Ørjan Dahl", "PAP", "Łódź", "Poland"),
    "zurich": ("Traders at the “Börse” in ZÜRICH.", "José Núñez", "Anna Keller", "Reuters", "Zürich", "Switzerland"),
    "gaza": ("Smoke rises over Gaza-City, Tuesday.", "Jean-Pierre O'Brien", "Mohammed Saber", "EPA-EFE",
             "Gaza City", "Palestinian Territories"),
    "gazan": ("A Gazan city street at dusk.", "Anna Müller", "Saber Mohammed", "AFP", "Rafah", None),
    "strasse": ("Protest on the Friedrichstraße in Berlin.", "Olaf Scholz", "Hannibal Hanschke", "dpa", "Berlin",
                "Germany"),
}

CASES = [
    ("in:zurich", {"zurich"}),
    ("ZÜRICH", {"zurich"}),
    ("börse", {"zurich"}),  # inside curly quotes
    ("borse", {"zurich"}),
    ('"gaza city"', {"gaza"}),  # the hyphen separates words
    ('in:"gaza city"', {"gaza"}),
    ('"city gaza"', set()),
    ("gaza", {"gaza"}),  # not "Gazan"
    ("gazan", {"gazan"}),
    ("city", {"gaza", "gazan"}),  # "Gaza-City" is two words, and "Gazan city street"
    ("person:josé", {"zurich"}),
    ("person:NUNEZ", {"zurich"}),
    ("person:pierre", {"gaza"}),
    ("person:o'brien", {"gaza"}),
    ("person:brien", {"gaza"}),
    ('by:"saber mohammed"', {"gazan"}),
    ('by:"mohammed saber"', {"gaza"}),
    ("agency:epa", {"gaza"}),
    ("agency:efe", {"gaza"}),
    ("agency:ep", set()),
    ("person:müller", {"gazan"}),
    ("person:muller", {"gazan"}),
    ("friedrichstraße", {"strasse"}),
    ("text:cheer,dusk", {"lodz", "gazan"}),
    ("-city", {"lodz", "zurich", "strasse"}),
    ("text:%", set()),
    ("in:'", set()),
    ("text:-", {"gaza"}),
]


def build(url) -> dict[int, str]:
    with open_catalog(url) as catalog, catalog.transaction() as session:
        source = Source(path="/wires.txt", kind="lines", sha256="0" * 64, size=1, ingested_at=dt.datetime(2024, 1, 1))
        session.add(source)
        session.flush()
        writer = CaptionWriter(session)
        keys = {}
        for n, (key, (caption, person, photographer, agency, city, country)) in enumerate(ROWS.items(), 1):
            row = writer.add(source, n, Caption(
                text=caption, description=caption, people=[Person(person)],
                location=Location(city=city, country=country),
                credit=Credit(photographers=[photographer], agency=agency)))
            keys[row.id] = key
    return keys


def found(url, keys, query) -> set[str]:
    with open_catalog(url) as catalog, catalog.engine.connect() as conn:
        stmt = caption_select(query, dialect=catalog.dialect, columns=[caption_select("").selected_columns.id])
        return {keys[i] for i in conn.scalars(stmt)}


def test_word_search_means_the_same_on_each_backend(db_url):
    keys = build(db_url)
    results = {query: found(db_url, keys, query) for query, _ in CASES}
    wrong = {q: (sorted(results[q]), sorted(expected)) for q, expected in CASES if results[q] != expected}
    assert wrong == {}, "query: (found, expected)"


@requires_postgres
def test_postgres_folds_letters_unicode_leaves_alone(fresh_postgres):
    # unaccent knows ł, ø and ß (no Unicode decomposition): `lodz` finds Łódź on the server.
    url = fresh_postgres()
    keys = build(url)
    assert found(url, keys, "in:lodz") == {"lodz"}
    assert found(url, keys, "in:łódź") == {"lodz"}
    assert found(url, keys, "person:lukasz") == {"lodz"}
    assert found(url, keys, "by:orjan") == {"lodz"}
    assert found(url, keys, "friedrichstrasse") == {"strasse"}  # FTS5 keeps ß: only ß finds it there
    with open_catalog(url) as catalog, catalog.engine.connect() as conn:
        assert conn.execute(text("SELECT catalog_fold('ŁÓDŹ Øresund Straße ﬁre “Zürich”')")).scalar() == \
            'lodz oresund strasse fire "zurich"'


@requires_postgres
def test_postgres_search_objects_at_head(fresh_postgres):
    url = fresh_postgres()
    with open_catalog(url) as catalog, catalog.engine.connect() as conn:
        extensions = set(conn.scalars(text("SELECT extname FROM pg_extension")))
        assert {"unaccent", "pg_trgm"} <= extensions
        # IMMUTABLE, or it could not be indexed
        assert conn.execute(text("SELECT provolatile FROM pg_proc WHERE proname = 'catalog_fold'")).scalar() == "i"
        indexes = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%_trgm'")).all())
        assert set(indexes) == set(textsearch.POSTGRES_INDEXES)
        assert all("USING gin (catalog_fold(" in d and "gin_trgm_ops" in d for d in indexes.values())
        assert migrate.schema_differences(conn) == []


@requires_postgres
def test_postgres_indexes_answer_word_searches_and_follow_changes(fresh_postgres):
    url = fresh_postgres()
    keys = build(url)
    with open_catalog(url) as catalog, catalog.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # a five-row table: make the planner show what it can use
        for query, index in [("smoke", "ix_captions_text_trgm"), ('in:"gaza city"', "ix_captions_city_trgm"),
                             ("person:blinken", "ix_people_key_trgm"), ("by:keller", "ix_photographers_key_trgm"),
                             ("agency:reuters", "ix_agencies_key_trgm")]:
            stmt = caption_select(query, dialect="postgresql")
            sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            conn.execute(text("SET enable_indexscan = off"))  # not the primary key in id order either
            plan = "\n".join(conn.scalars(text("EXPLAIN " + sql)))
            assert index in plan, (query, plan)
    with open_catalog(url) as catalog, catalog.transaction() as session:
        session.execute(update(CaptionRow).where(CaptionRow.city == "Zürich").values(city="Genève", text="In Genève."))
    assert found(url, keys, "in:zurich") == set()
    assert found(url, keys, "in:geneve") == {"zurich"}
    with open_catalog(url) as catalog, catalog.transaction() as session:
        session.execute(delete(Source))  # captions go by ON DELETE CASCADE
    assert found(url, keys, "in:geneve") == set()


@requires_postgres
def test_postgres_down_and_up_again(fresh_postgres):
    url = fresh_postgres()
    open_catalog(url).close()
    migrate.downgrade(url, "0001")
    with open_catalog(url, check_revision=False) as catalog, catalog.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'catalog_fold'")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%_trgm'")).scalar() == 0
    migrate.upgrade(url)
    keys = build(url)
    assert found(url, keys, "in:zurich") == {"zurich"}


@requires_postgres
def test_an_extension_the_server_refuses_is_one_clear_error(fresh_postgres, postgres_admin):
    # A user who may create tables but not extensions: the migration stops with one line,
    # and nothing of it is left behind (the upgrade is one transaction).
    from sqlalchemy.engine import make_url

    from catalog.errors import SchemaError

    url = fresh_postgres()
    database = make_url(url).database
    with postgres_admin.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS catalog_no_ext"))
        conn.execute(text("CREATE ROLE catalog_no_ext LOGIN"))
    try:
        owner = create_engine(url)
        with owner.begin() as conn:
            conn.execute(text("GRANT CREATE, USAGE ON SCHEMA public TO catalog_no_ext"))
        owner.dispose()
        limited = make_url(url).set(username="catalog_no_ext").render_as_string(hide_password=False)
        with pytest.raises(SchemaError) as info:
            open_catalog(limited)
        message = str(info.value)
        assert message.startswith("cannot create the PostgreSQL extension unaccent: permission denied")
        assert "CREATE EXTENSION IF NOT EXISTS unaccent" in message and "\n" not in message
        assert migrate.current(url) is None
    finally:
        with postgres_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text("DROP ROLE IF EXISTS catalog_no_ext"))
