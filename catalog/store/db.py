"""Where the catalogue lives, and opening it at the right schema revision.

`--db` (or CATALOG_DB) is a file path or an SQLAlchemy URL; the default is catalog.db in
the working directory. A new database is created at head on first use; one at an older
revision is refused with the command that upgrades it (mlflow's `_verify_schema`).
"""
from __future__ import annotations

import os
import shlex
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..errors import SchemaError

DEFAULT_DB = "catalog.db"
ENV_VAR = "CATALOG_DB"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Page cache per connection (KiB): the content-hash and name indexes are written at random
# places; with SQLite's 2 MiB default a large ingest re-reads their pages from the OS again and
# again (measured: docs/performance.md). Only pages actually used take memory.
SQLITE_CACHE_KIB = 64 * 1024
# Execution option marking a connection whose transaction writes (see make_engine).
WRITE_OPTION = "catalog_writes"
# A bulk write's WAL may hold this many bytes of files already committed before the writer
# waits for the background checkpoint (BackgroundCheckpoints): the WAL's bound on disk.
BULK_WAL_BYTES = 256 * 2**20


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """A path or URL (or None: $CATALOG_DB, else ./catalog.db) -> an SQLAlchemy URL string."""
    db = os.fspath(db) if db is not None else os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None (another backend, or in memory)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine with the catalogue's connection settings for its backend."""
    if make_url(url).get_backend_name() != "sqlite":
        try:
            return create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise SchemaError(f"cannot open {display_name(url)}: the {exc.name} driver is not installed "
                              f"(for PostgreSQL: pip install 'catalog[postgres]')") from None
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # We issue BEGIN ourselves (below) so DDL and DML share real transactions:
        # a migration or a file's ingest is all or nothing.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        if sqlite_path(url) is not None:
            _use_wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A transaction that will write takes the write lock up front (BEGIN IMMEDIATE): a
        # deferred one that read first could not upgrade once another writer had committed,
        # and would fail with "database is locked" instead of waiting its turn.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

    return engine


def _use_wal(cur) -> None:
    """Switch the file to WAL once. Changing the journal mode needs the file to itself and
    SQLite answers "locked" at once rather than waiting (no busy handler), so a process that
    opens a new catalogue while another is creating it retries here, as long as the busy
    timeout, instead of failing."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Catalog:
    """An open catalogue: an engine at the head revision and a session factory."""

    def __init__(self, url: str, engine: Engine):
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}),
                                            expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self):
        """A session whose work is committed together, or not at all."""
        with self._write_sessions.begin() as session:
            yield session

    @contextmanager
    def bulk_write(self, *, cache_kib: int | None = None, max_wal_bytes: int | None = None):
        """A bulk write (ingest) on an SQLite file: WAL checkpoints move to a background thread,
        and (with `cache_kib`) the page cache of this engine's connections is that size.

        Yields a BackgroundCheckpoints (call `committed()` after each commit, `before_write()`
        before the next write transaction), or None elsewhere (other backends, in memory).
        While the block runs, this engine's connections do not checkpoint at commit; after
        it, the engine's connections are closed, so none keeps the bulk settings.
        """
        path = sqlite_path(self.url)
        if path is None:
            yield None
            return
        checkpoints = BackgroundCheckpoints(path, max_wal_bytes)

        def bulk_settings(dbapi_conn, _record, _proxy):
            dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")
            # The WAL file is cut to what it holds whenever it starts again (SQLite otherwise
            # keeps its largest size), so its size on disk is what before_write() measures.
            dbapi_conn.execute("PRAGMA journal_size_limit=0")
            if cache_kib:
                dbapi_conn.execute(f"PRAGMA cache_size=-{cache_kib}")

        event.listen(self.engine, "checkout", bulk_settings)
        try:
            yield checkpoints
        finally:
            event.remove(self.engine, "checkout", bulk_settings)
            checkpoints.close()
            self.engine.dispose()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class BackgroundCheckpoints:
    """WAL checkpoints of a bulk write, in a thread of their own.

    In WAL mode a commit appends the transaction's pages to the WAL; a checkpoint copies them
    into the database file, with an fsync of the WAL before and of the file after (the only
    fsyncs at synchronous=NORMAL). SQLite runs it inside the commit that passes 1,000 pages
    (`wal_autocheckpoint`), so the writer waited for both fsyncs once a file: at a million
    captions a file's commit leaves tens of MB in the WAL, and those waits were most of the
    wall time that was not CPU (docs/performance.md, session 8).

    Here the writer's connections do not checkpoint; after each commit `committed()` asks this
    thread, on its own connection, for a PASSIVE checkpoint (it copies what is committed,
    never waits for locks, and the writer goes on appending meanwhile), and the writer starts
    its next file at once. The WAL starts again from its beginning only when a write
    transaction begins with every frame copied, so it grows by the files written during
    checkpoints; `before_write()` bounds it: past `max_wal_bytes` the writer waits for the
    checkpoint in progress (as it always did), and its next transaction restarts the WAL.
    Crash safety is SQLite's own: a checkpoint never copies an uncommitted page, and an
    interrupted one is redone from the WAL.
    """

    def __init__(self, path: Path, max_wal_bytes: int | None = None):
        self.path = Path(path)
        self.wal = Path(f"{path}-wal")
        self.max_wal_bytes = BULK_WAL_BYTES if max_wal_bytes is None else max_wal_bytes
        self.passes = 0  # checkpoints run
        self.waits = 0  # times the writer waited for one (before_write)
        self.waited_s = 0.0  # and for how long, in all
        self._cond = threading.Condition()
        self._asked = 0  # checkpoints asked for; _done: finished
        self._done = 0
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="catalog-checkpoints", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """A write transaction committed: checkpoint what it wrote."""
        with self._cond:
            self._asked += 1
            self._cond.notify_all()

    def before_write(self) -> None:
        """Before a write transaction: wait for the checkpoint in progress if the WAL is large."""
        try:
            size = self.wal.stat().st_size
        except OSError:
            return
        if size > self.max_wal_bytes:
            self.waits += 1
            start = time.perf_counter()
            if self._thread.is_alive():
                self._wait()
            else:  # the thread could not open the file: checkpoint here, as SQLite would have
                conn = sqlite3.connect(self.path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                finally:
                    conn.close()
            self.waited_s += time.perf_counter() - start

    def _wait(self) -> None:
        with self._cond:
            asked = self._asked
            while self._done < asked and self._thread.is_alive():
                self._cond.wait()

    def close(self) -> None:
        """Finish the checkpoint asked for last and stop the thread."""
        self._wait()
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join()

    def _run(self) -> None:
        conn = None
        try:
            conn = sqlite3.connect(self.path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            while True:
                with self._cond:
                    while self._done == self._asked and not self._closing:
                        self._cond.wait()
                    if self._done == self._asked:  # closing, nothing left
                        return
                    asked = self._asked
                try:
                    # PASSIVE: copies the frames no reader still needs; never blocks the writer.
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.passes += 1
                except sqlite3.Error:
                    pass  # best effort: the next one (or the last connection's close) copies the rest
                with self._cond:
                    self._done = asked
                    self._cond.notify_all()
        finally:
            if conn is not None:
                conn.close()
            with self._cond:
                self._done = self._asked
                self._cond.notify_all()


def display_name(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path else make_url(url).render_as_string(hide_password=True)


def open_catalog(db=None, *, check_revision: bool = True) -> Catalog:
    """Open the catalogue at `db`, creating it at head when it is new."""
    from . import migrate

    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not path.parent.exists():
        raise SchemaError(f"cannot create {path}: folder {path.parent} does not exist")
    engine = make_engine(url)
    try:
        _check_connection(engine, url)
        if check_revision:
            current = migrate.current_revision(engine)
            head = migrate.head_revision()
            if current is None:
                with engine.connect() as conn:
                    tables = set(inspect(conn).get_table_names())
                # Read again: another process may have just created it between our two looks.
                current = migrate.current_revision(engine)
                if current is None and tables - {"alembic_version"}:
                    raise SchemaError(f"{display_name(url)} is not a catalog database (it has tables but no "
                                      f"catalog revision)")
            if current is None:
                migrate.upgrade(url, "head", backup=False)
            elif current != head:
                if migrate.is_known_revision(current):
                    raise SchemaError(
                        f"{display_name(url)} is at revision {current}; this catalog expects {head}. "
                        f"Run: catalog --db {db_argument(url)} db upgrade")
                raise SchemaError(f"{display_name(url)} is at revision {current}, unknown to this catalog "
                                  f"(expects {head}): it was written by a newer version of catalog")
    except Exception:
        engine.dispose()
        raise
    return Catalog(url, engine)


def _check_connection(engine: Engine, url: str) -> None:
    """Connect once, so an unreachable server is one clear line rather than a traceback."""
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else type(exc).__name__
        raise SchemaError(f"cannot open {display_name(url)}: {reason}") from None


def db_argument(url: str) -> str:
    """How to name this database on the command line (quoted for a shell when it needs it)."""
    path = sqlite_path(url)
    return shlex.quote(str(path) if path else make_url(url).render_as_string(hide_password=True))
