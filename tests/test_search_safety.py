"""Safe by construction: hostile values are searched for literally and the catalogue is unchanged.
Every value reaches the database as a bound parameter; what goes to FTS5 MATCH (or a
PostgreSQL regex) is built from words only. Runs on each backend."""
from __future__ import annotations

import hashlib

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from catalog import open_catalog
from catalog.cli import cli
from catalog.query import caption_select, render_sql

from searchlib import build_catalog, fixture_items

TEXTS = {item["key"]: item["text"] for item in fixture_items()}


def containing(fragment: str) -> set[str]:
    """The oracle for values with no words: a plain substring test in Python."""
    return {k for k, t in TEXTS.items() if fragment in t}


HOSTILE = [
    # value, expected keys
    ("text:%", containing("%")),
    ("text:_", containing("_")),
    ("text:;", containing(";")),
    ("text:*", containing("*")),
    ("text:-", containing("-")),
    ("text:--", containing("--")),
    ("text:'", containing("'")),
    ('text:"\\""', containing('"')),
    ('text:"100%"', {"reu-4"}),
    ('"100% renewable; no excuses"', {"reu-4"}),
    ('text:"*STOP*"', {"ap-3"}),
    ("NEAR", {"ap-3"}),
    ('"NEAR(blinken qin)"', set()),
    ('"blinken NEAR qin"', set()),
    ('"blinken OR qin"', set()),
    ('"blinken AND qin"', set()),
    ('"blinken NOT qin"', set()),
    ("text:^beijing", {"art-1", "art-2", "art-3", "art-4", "art-5", "art-6", "art-7", "art-8", "xin-1", "xin-2"}),
    ('"text : blinken"', set()),
    ('"{city} : beijing"', set()),
    ("text:blink*", set()),
    ('"drop; table"', {"quote-1"}),
    ("text:\"don't\"", {"quote-1"}),
    ("person:%", set()),
    ("person:_", set()),
    ("person:'%'", set()),
    ("by:*", set()),
    ("agency:%", set()),
    ('person:"\'; DROP TABLE people; --"', set()),
    ('title:"%minister%"', set()),
    ("title:_", set()),
    ("position:%", set()),
    ("in:%", set()),
    ('in:"beijing\'; DELETE FROM captions; --"', set()),
    ('"\'); DELETE FROM captions_fts; --"', set()),
]


def snapshot(url) -> str:
    """Every row of every table (FTS shadow tables included) and the schema, hashed."""
    with open_catalog(url) as catalog, catalog.engine.connect() as conn:
        return (_sqlite_snapshot if catalog.dialect == "sqlite" else _postgres_snapshot)(conn)


def _postgres_snapshot(conn) -> str:
    """Columns, indexes (the trigram ones included) and their validity, the fold function and
    every row of every table, hashed."""
    digest = hashlib.sha256()
    schema = [
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() ORDER BY 1, 2",
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1",
        "SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() ORDER BY 1",
        "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema() AND p.proname = 'catalog_fold'",
    ]
    for sql in schema:
        for row in conn.execute(text(sql)):
            digest.update(repr(tuple(row)).encode())
    tables = conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"))
    for name in list(tables):
        for row in conn.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _sqlite_snapshot(conn) -> str:
    digest = hashlib.sha256()
    for name, sql in conn.execute(text("SELECT name, sql FROM sqlite_master ORDER BY name")):
        digest.update(f"{name}\x00{sql}".encode())
        if sql and sql.startswith("CREATE TABLE") or (sql or "").startswith("CREATE VIRTUAL TABLE"):
            for row in conn.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    conn.execute(text("INSERT INTO captions_fts(captions_fts, rank) VALUES ('integrity-check', 1)"))
    return digest.hexdigest()


@pytest.fixture(scope="module")
def built(module_db_url):
    return module_db_url, build_catalog(module_db_url)


@pytest.mark.parametrize("query,expected", HOSTILE)
def test_hostile_values_are_literal(built, query, expected):
    path, ids = built
    keys = {v: k for k, v in ids.items()}
    with open_catalog(path) as catalog, catalog.engine.connect() as conn:
        stmt = caption_select(query, dialect=catalog.dialect, columns=[caption_select("").selected_columns.id])
        assert {keys[i] for i in conn.scalars(stmt)} == expected


def test_values_never_reach_the_sql_text(built):
    path, _ = built
    with open_catalog(path) as catalog:
        stmt = caption_select('person:"x\'; DROP TABLE people; --" text:"NEAR(a b)" date:2023', dialect=catalog.dialect)
        sql = render_sql(stmt, catalog.engine.dialect).split("-- parameters:")[0]
    placeholders = sql.count("?") if catalog.dialect == "sqlite" else sql.count("%(")
    assert "DROP" not in sql and "NEAR" not in sql and "2023" not in sql and placeholders >= 4


def test_catalogue_unchanged_after_hostile_commands(built):
    path, _ = built
    before = snapshot(path)
    runner = CliRunner()
    for query, _ in HOSTILE:
        for command in (["search", "--format", "csv"], ["export", "--format", "jsonl"], ["people"], ["credits"]):
            result = runner.invoke(cli, ["--db", str(path), *command, query])
            assert result.exit_code == 0, (query, result.output)
    for query in ("; DROP TABLE captions", "' OR 1=1 --", "\" OR \"\"=\"", "person:%' OR '1'='1"):
        assert runner.invoke(cli, ["--db", str(path), "search", query]).exit_code in (0, 2)
    assert snapshot(path) == before
