"""Migrations: one head, models match, down to base and up again (on each backend), old
revisions refused."""
from __future__ import annotations

import shutil
import sqlite3
import textwrap

import pytest
from sqlalchemy import create_engine, inspect

from catalog import open_catalog
from catalog.errors import SchemaError
from catalog.store import migrate

TABLES = {"sources", "captions", "people", "caption_people", "photographers", "caption_photographers", "agencies"}


def _url(db) -> str:
    return db if "://" in str(db) else f"sqlite:///{db}"


def diff(db) -> list:
    engine = create_engine(_url(db))
    try:
        with engine.connect() as conn:
            return migrate.schema_differences(conn)
    finally:
        engine.dispose()


def tables(db) -> set[str]:
    engine = create_engine(_url(db))
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_one_head():
    assert len(migrate.script_directory().get_heads()) == 1


def test_upgrade_empty_database_matches_models(db_url):
    migrate.upgrade(db_url)
    assert migrate.current(db_url) == migrate.head_revision()
    assert TABLES <= tables(db_url)
    assert diff(db_url) == []


def test_downgrade_to_base_and_up_again(db_url):
    migrate.upgrade(db_url)
    migrate.downgrade(db_url, "base")
    assert migrate.current(db_url) is None
    assert tables(db_url) - {"alembic_version"} == set()
    migrate.upgrade(db_url)
    assert diff(db_url) == []


def test_step_through_every_revision(db_url):
    revisions = [rev for rev, _down, _doc in reversed(migrate.history())]
    for rev in revisions:
        migrate.upgrade(db_url, rev)
        assert migrate.current(db_url) == rev
    for rev in reversed(revisions[:-1]):
        migrate.downgrade(db_url, rev)
        assert migrate.current(db_url) == rev
    migrate.downgrade(db_url, "base")
    assert tables(db_url) - {"alembic_version"} == set()


def test_new_database_is_created_at_head(db_url, backend):
    with open_catalog(db_url) as catalog:
        assert catalog.dialect == backend
    assert migrate.current(db_url) == migrate.head_revision()
    assert diff(db_url) == []


def test_foreign_database_is_refused(db):  # SQLite: a file that exists but is not ours
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE other (x)")
    with pytest.raises(SchemaError, match="is not a catalog database"):
        open_catalog(db)


@pytest.fixture
def newer_migrations(tmp_path, monkeypatch):
    """The real migrations plus one more on top, so the real head becomes an old revision."""
    old_head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test.py").write_text(textwrap.dedent(f'''
        """A later revision, for the test."""
        from alembic import op
        import sqlalchemy as sa

        revision = "9999_test"
        down_revision = "{old_head}"
        branch_labels = None
        depends_on = None

        def upgrade():
            op.create_table("later", sa.Column("id", sa.Integer, primary_key=True))

        def downgrade():
            op.drop_table("later")
    '''))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: str(scripts))
    return old_head


def test_old_revision_is_refused_with_the_command_to_run(db, newer_migrations, run):
    migrate.upgrade(db, newer_migrations)
    with pytest.raises(SchemaError) as info:
        open_catalog(db)
    assert str(info.value) == (f"{db} is at revision {newer_migrations}; this catalog expects 9999_test. "
                               f"Run: catalog --db {db} db upgrade")
    result = run("list")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {info.value}\n"


def test_upgrade_backs_the_file_up_first(db, newer_migrations, run):  # SQLite only: a server has its own backups
    migrate.upgrade(db, newer_migrations)
    result = run("db", "upgrade")
    assert result.exit_code == 0, result.output
    backups = list(db.parent.glob("catalog.db.bak-*"))
    assert len(backups) == 1
    assert result.output == (f"Backed up {db} to {backups[0]}\n"
                             f"Upgraded {db} from {newer_migrations} to 9999_test\n")
    with sqlite3.connect(backups[0]) as conn:  # the copy is the database as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(newer_migrations,)]
    assert migrate.current(db) == "9999_test"
    assert run("db", "current").output == "9999_test (head)\n"


def index_names(db) -> dict[str, set[str]]:
    engine = create_engine(_url(db))
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {t: {ix["name"] for ix in found.get_indexes(t)}
                    for t in ("captions", "caption_people", "caption_photographers")}
    finally:
        engine.dispose()


PREFIX_INDEXES = {"captions": {"ix_captions_agency_id"}, "caption_people": {"ix_caption_people_person_id"},
                  "caption_photographers": {"ix_caption_photographers_photographer_id"}}


def test_0006_drops_the_prefix_indexes_and_its_downgrade_restores_them(db_url):
    # Each dropped index is a prefix of one that stays (docs/performance.md: the query plans).
    migrate.upgrade(db_url, "0005_agency_file_date")
    before = index_names(db_url)
    for table, names in PREFIX_INDEXES.items():
        assert names <= before[table]
    migrate.upgrade(db_url, "0006_drop_prefix_indexes")
    after = index_names(db_url)
    assert after == {table: before[table] - PREFIX_INDEXES[table] for table in before}
    assert {"ix_captions_agency_id_date", "ix_captions_credit_source_id"} <= after["captions"]
    assert "ix_caption_people_person_id_caption_id" in after["caption_people"]
    assert "ix_caption_photographers_photographer_id_caption_id" in after["caption_photographers"]
    migrate.downgrade(db_url, "0005_agency_file_date")
    assert index_names(db_url) == before


def _without_rowid(path) -> dict[str, bool]:
    with sqlite3.connect(path) as conn:
        return {name: "WITHOUT ROWID" in sql.upper() for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'caption\\_%' ESCAPE '\\'")}


def _assert_link_rows(path, links: dict[str, list[tuple]]) -> None:
    with sqlite3.connect(path) as conn:
        for table, rows in links.items():
            assert conn.execute(f"SELECT * FROM {table} ORDER BY caption_id, ordinal").fetchall() == rows, table


def test_0007_stores_the_link_tables_without_rowid_and_keeps_their_rows(tmp_path):  # SQLite only: no rowid on a server
    db = tmp_path / "catalog.db"
    url = f"sqlite:///{db}"
    migrate.upgrade(url, "0006_drop_prefix_indexes")
    links = {"caption_people": [(1, 1, 1, "Mayor", None), (1, 2, 2, None, "left"), (2, 1, 1, None, None)],
             "caption_photographers": [(1, 1, 1), (2, 1, 1), (2, 2, 2)]}
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO sources (id, path, kind, sha256, size, ingested_at) "
                     "VALUES (1, 'a.txt', 'lines', '', 0, '2024-01-01')")
        for i in (1, 2):
            conn.execute("INSERT INTO captions (id, source_id, ordinal, text, description, parser_version, "
                         "content_hash, is_pool, is_handout, is_file, warnings) "
                         "VALUES (?, 1, ?, 'x', 'x', 't', ?, 0, 0, 0, '[]')", (i, i, str(i)))
            conn.execute("INSERT INTO people (id, name, key) VALUES (?, ?, ?)", (i, f"P{i}", f"p{i}"))
            conn.execute("INSERT INTO photographers (id, name, key) VALUES (?, ?, ?)", (i, f"F{i}", f"f{i}"))
        conn.executemany("INSERT INTO caption_people VALUES (?, ?, ?, ?, ?)", links["caption_people"])
        conn.executemany("INSERT INTO caption_photographers VALUES (?, ?, ?)", links["caption_photographers"])
    before = index_names(url)
    assert _without_rowid(db) == {"caption_people": False, "caption_photographers": False}
    migrate.upgrade(url, "0007_link_tables_without_rowid")
    assert _without_rowid(db) == {"caption_people": True, "caption_photographers": True}
    assert index_names(url) == before
    _assert_link_rows(db, links)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {"captions_fts_ai", "people_fts_ai"} <= {name for (name,) in sqlite3.connect(db).execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    migrate.downgrade(url, "0006_drop_prefix_indexes")
    assert _without_rowid(db) == {"caption_people": False, "caption_photographers": False}
    assert index_names(url) == before
    _assert_link_rows(db, links)


def _caption_uniques(db) -> set[tuple[str, ...]]:
    engine = create_engine(_url(db))
    try:
        with engine.connect() as conn:
            return {tuple(u["column_names"]) for u in inspect(conn).get_unique_constraints("captions")}
    finally:
        engine.dispose()


def test_0008_makes_the_hash_unique_per_source_and_keeps_the_rows(db_url):
    from sqlalchemy import text

    migrate.upgrade(db_url, "0007_link_tables_without_rowid")
    engine = create_engine(_url(db_url))
    rows_sql = "SELECT id, source_id, ordinal, text, content_hash FROM captions ORDER BY id"
    try:
        with engine.begin() as conn:
            for source in (1, 2):
                conn.execute(text("INSERT INTO sources (id, path, kind, sha256, size, ingested_at) "
                                  "VALUES (:id, :path, 'lines', '', 0, '2024-01-01')"), {"id": source, "path": f"{source}.txt"})
            for i, source in ((1, 1), (2, 1), (3, 2)):
                conn.execute(text("INSERT INTO captions (id, source_id, ordinal, text, description, parser_version, "
                                  "content_hash, is_pool, is_handout, is_file, warnings) "
                                  "VALUES (:id, :source, :id, :text, 'x', 't', :hash, false, false, false, '[]')"),
                             {"id": i, "source": source, "text": f"caption {i}", "hash": f"{i:064x}"})
        with engine.connect() as conn:
            before = conn.execute(text(rows_sql)).all()
        assert ("content_hash",) in _caption_uniques(db_url)
        migrate.upgrade(db_url, "0008_hash_unique_per_source")
        uniques = _caption_uniques(db_url)
        assert ("source_id", "content_hash") in uniques and ("content_hash",) not in uniques
        assert diff(db_url) == []
        with engine.connect() as conn:
            assert conn.execute(text(rows_sql)).all() == before
            if conn.dialect.name == "sqlite":  # the re-created table has the full-text index's triggers again
                triggers = {name for (name,) in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
                assert {"captions_fts_ai", "captions_fts_ad", "captions_fts_au"} <= triggers
                conn.execute(text("INSERT INTO captions_fts(captions_fts) VALUES ('integrity-check')"))
        migrate.downgrade(db_url, "0007_link_tables_without_rowid")
        uniques = _caption_uniques(db_url)
        assert ("content_hash",) in uniques and ("source_id", "content_hash") not in uniques
        with engine.connect() as conn:
            assert conn.execute(text(rows_sql)).all() == before
    finally:
        engine.dispose()
