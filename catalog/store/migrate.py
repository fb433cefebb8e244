"""Alembic, run in code: the migrations ship inside the package as catalog.migrations.

The Alembic cookbook's "sharing a connection": env.py takes the connection we open here,
so a migration runs inside our transaction. `upgrade` backs an SQLite file up first
(beets' `_before_migration_backup`).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from .db import WRITE_OPTION, make_engine, resolve_url, sqlite_path

# Any fixed number, the same in every catalog process: PostgreSQL's lock on migrating.
MIGRATION_LOCK_KEY = 0x63617461  # "cata"


def migrations_dir() -> str:
    """Where the migration scripts are: the source checkout's migrations/ when running from
    one (PYTHONPATH=.: catalog.migrations is only a package once installed, and an editable
    install elsewhere would otherwise lend its own), else the installed catalog.migrations."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "migrations" / "env.py").is_file():
        return str(checkout / "migrations")
    return str(files("catalog.migrations"))


def include_name(name, type_, parent_names) -> bool:
    """What autogenerate compares: not the text-search tables and indexes, which migration
    0002_fts makes by hand rather than the models (FTS5 virtual tables and their shadow
    tables; PostgreSQL's trigram expression indexes)."""
    from .textsearch import is_search_index, is_search_table

    return not ((type_ == "table" and is_search_table(name)) or (type_ == "index" and is_search_index(name)))


def schema_differences(connection) -> list:
    """How the database differs from the models (Alembic's compare_metadata); [] when in step."""
    from alembic.autogenerate import compare_metadata

    from .models import Base

    ctx = MigrationContext.configure(connection, opts={
        "compare_type": True, "include_name": include_name,
        "render_as_batch": connection.dialect.name == "sqlite"})
    return compare_metadata(ctx, Base.metadata)


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", migrations_dir())
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return script_directory().get_current_head()


def is_known_revision(rev: str) -> bool:
    try:
        return script_directory().get_revision(rev) is not None
    except Exception:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, label: str) -> Path | None:
    """Copy an SQLite catalogue (WAL included) beside itself before it is migrated."""
    if not path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-{label}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def _run(url: str, fn, *args) -> None:
    # Foreign keys off while migrating: SQLite batch mode drops and re-creates tables,
    # and a DROP with foreign keys on would cascade into the rows that reference it.
    # Two processes opening a new catalogue at once must not both create it: the second waits
    # (SQLite's write lock, taken up front; a PostgreSQL advisory lock), then finds it at head.
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            fn(alembic_config(conn), *args)
    finally:
        engine.dispose()


def _backup_first(url: str, *, unless_at_head: bool) -> Path | None:
    """Copy an SQLite catalogue beside itself before a migration changes it."""
    path = sqlite_path(url)
    if path is None:
        return None
    engine = make_engine(url)
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    if current is None or (unless_at_head and current == script_directory().get_current_head()):
        return None
    return backup_sqlite(path, current)


def upgrade(db, revision: str = "head", *, backup: bool = True) -> Path | None:
    """Upgrade to `revision`; returns the backup file made first, if any."""
    url = resolve_url(db)
    copy = _backup_first(url, unless_at_head=True) if backup else None
    _run(url, command.upgrade, revision)
    return copy


def downgrade(db, revision: str, *, backup: bool = True) -> Path | None:
    """Downgrade to `revision` (it may drop data: an SQLite file is backed up first)."""
    url = resolve_url(db)
    copy = _backup_first(url, unless_at_head=False) if backup else None
    _run(url, command.downgrade, revision)
    return copy


def current(db) -> str | None:
    engine = make_engine(resolve_url(db))
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def history() -> list[tuple[str, str | None, str]]:
    """(revision, down revision, message) from head to base."""
    return [(s.revision, s.down_revision, s.doc) for s in script_directory().walk_revisions()]
