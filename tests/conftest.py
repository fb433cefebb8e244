"""Shared fixtures.

Backends: a test that takes `db_url` (or `catalog_db`) runs once per backend: on SQLite always
(a file in tmp_path), and on PostgreSQL as well when CATALOG_TEST_POSTGRES_URL names a server
(`.ci/postgres.sh` starts one). Each PostgreSQL run gets a database of its own, created empty
for the test and dropped after it, so tests never see each other's rows. Tests that build their
own `tmp_path / "catalog.db"` keep working: nothing here touches them.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "blinken-beijing-2023-06-19.txt"
GOOD = FIXTURES / "ingest" / "good"
BAD = FIXTURES / "ingest" / "bad"


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "catalog.db"


@pytest.fixture
def run(db, monkeypatch):
    """Invoke the CLI against the test's own database; returns click's Result."""
    monkeypatch.delenv("CATALOG_DB", raising=False)

    def invoke(*args, input=None, env=None):
        return CliRunner().invoke(cli, ["--db", str(db), *map(str, args)], input=input, env=env,
                                  catch_exceptions=False)

    return invoke


class summary_line:
    """Equals an ingest summary line with these counts; the warnings count is left free, since
    it is the parser's business (the stub parser warns `no-credit` on every caption)."""

    def __init__(self, head: str, tail: str):
        import re

        self.pattern = re.compile(rf"{re.escape(head)}, \d+ with warnings; {re.escape(tail)}\n")
        self.text = f"{head}, N with warnings; {tail}"

    def __eq__(self, other):
        return isinstance(other, str) and self.pattern.fullmatch(other) is not None

    def __repr__(self):
        return repr(self.text)


# --- backends (issue 7) ---
POSTGRES_ENV = "CATALOG_TEST_POSTGRES_URL"
POSTGRES_URL = os.environ.get(POSTGRES_ENV) or None
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@pytest.fixture(autouse=True)
def _no_ambient_catalog(monkeypatch):
    """A developer's own CATALOG_DB must never be what a test writes to."""
    monkeypatch.delenv("CATALOG_DB", raising=False)


@pytest.fixture(scope="session")
def postgres_admin():
    """An AUTOCOMMIT engine on the server's test database, for CREATE/DROP DATABASE."""
    if POSTGRES_URL is None:
        raise RuntimeError(f"{POSTGRES_ENV} is not set")  # only reached through the postgresql param
    from sqlalchemy import create_engine

    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", pool_size=1)
    yield engine
    engine.dispose()


def new_postgres_database(admin) -> str:
    """Create an empty database on the test server; returns its URL."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"catalog_t_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\''))
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(admin, url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def fresh_postgres(request):
    """A factory of empty PostgreSQL databases, all dropped when the test ends."""
    admin = request.getfixturevalue("postgres_admin")
    made: list[str] = []

    def make() -> str:
        made.append(new_postgres_database(admin))
        return made[-1]

    yield make
    for url in made:
        drop_postgres_database(admin, url)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """"sqlite", and "postgresql" when a test server is configured."""
    return request.param


@pytest.fixture
def db_url(backend, tmp_path, request) -> str:
    """The URL of an empty catalogue on each backend (open_catalog creates it at head)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'catalog.db'}"
    return request.getfixturevalue("fresh_postgres")()


@pytest.fixture
def new_catalog_url(backend, tmp_path, request):
    """A factory of more empty catalogue URLs on the test's backend (beside `db_url`)."""
    made = iter(range(1, 1000))

    def make() -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / f'catalog-{next(made)}.db'}"
        return request.getfixturevalue("fresh_postgres")()

    return make


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request, tmp_path_factory):
    """`db_url` shared by a module's tests (a catalogue built once, then only read)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('catalog') / 'catalog.db'}"
        return
    admin = request.getfixturevalue("postgres_admin")
    url = new_postgres_database(admin)
    yield url
    drop_postgres_database(admin, url)


@pytest.fixture
def run_url(db_url):
    """`run`, against `db_url`: the CLI on each backend."""

    def invoke(*args, input=None, env=None):
        return CliRunner().invoke(cli, ["--db", db_url, *map(str, args)], input=input, env=env,
                                  catch_exceptions=False)

    return invoke


@pytest.fixture
def catalog_db(db_url):
    """An open catalogue at head on each backend."""
    from catalog.store import open_catalog

    catalog = open_catalog(db_url)
    yield catalog
    catalog.close()
