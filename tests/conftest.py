from __future__ import annotations

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
