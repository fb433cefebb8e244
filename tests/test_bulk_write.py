"""A bulk ingest on SQLite (Catalog.bulk_write): WAL checkpoints in a thread of their own, the
WAL bounded, `--jobs 1`'s larger page cache, and none of it left behind on the catalogue."""
from __future__ import annotations

import threading

import pytest

from catalog import ingest as ingest_module
from catalog.ingest import ingest_all
from catalog.store import db as db_module
from catalog.store import open_catalog
from catalog.store.writer import CaptionWriter
from catalog.synth import write_files

from test_scale import dump


@pytest.fixture
def inputs(tmp_path):
    """Six files of 200 synthetic captions."""
    write_files(1200, tmp_path / "in", seed=7, per_file=200)
    return tmp_path / "in"


def settings(conn) -> tuple:
    return tuple(conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in ("wal_autocheckpoint", "cache_size"))


def checkpoint_threads() -> list:
    return [t for t in threading.enumerate() if t.name == "catalog-checkpoints"]


@pytest.fixture
def writer_settings(monkeypatch):
    """The settings of the connection each batch was written on."""
    seen = []
    real = CaptionWriter.add_rows

    def spy(self, *args, **kwargs):
        seen.append(settings(self.session.connection()))
        return real(self, *args, **kwargs)
    monkeypatch.setattr(CaptionWriter, "add_rows", spy)
    return seen


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_writer_leaves_checkpoints_to_the_thread_and_the_catalogue_as_it_was(inputs, tmp_path, writer_settings,
                                                                                 jobs):
    cache_kib = {1: 192 * 1024, 2: 96 * 1024}[jobs]  # --jobs 2: 96 MiB of it left to the two workers
    with open_catalog(tmp_path / "catalog.db") as catalog:
        summary, _ = ingest_all(catalog, [inputs], per_line=True, jobs=jobs)
        assert summary.line() == "6 files read: 1200 captions new, 0 already present, 0 with warnings; 0 failed"
        # No checkpoint inside a commit; a larger cache, the larger the fewer the workers.
        assert set(writer_settings) == {(0, -cache_kib)}
        assert not checkpoint_threads()
        with catalog.engine.connect() as conn:  # afterwards: SQLite's own checkpoints, the usual cache
            assert settings(conn) == (1000, -db_module.SQLITE_CACHE_KIB)
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("SELECT count(*) FROM captions").scalar() == 1200


def test_the_wal_is_bounded_and_the_rows_are_the_same(inputs, tmp_path, monkeypatch):
    waits = []
    real = db_module.BackgroundCheckpoints.close

    def close(self):
        real(self)
        waits.append((self.waits, self.passes))
    monkeypatch.setattr(db_module.BackgroundCheckpoints, "close", close)
    dumps = []
    for bound in (db_module.BULK_WAL_BYTES, 1):
        monkeypatch.setattr(db_module, "BULK_WAL_BYTES", bound)
        with open_catalog(tmp_path / f"catalog-{bound}.db") as catalog:
            ingest_all(catalog, [inputs], per_line=True)
            dumps.append(dump(catalog))
    # A bound of one byte: before every file the writer waited for the checkpoint of the one
    # before (so each file's transaction starts the WAL again); each commit asked for one.
    assert waits[1][0] == 6 and waits[1][1] >= 5
    assert waits[0][0] == 0  # 200-caption files never fill 256 MiB
    assert dumps[1] == dumps[0]


def test_an_interrupt_stops_the_thread_and_keeps_the_files_before(inputs, tmp_path, monkeypatch):
    real = CaptionWriter.add_rows
    calls = []

    def interrupt_in_the_third_file(self, source_id, *args, **kwargs):
        calls.append(source_id)
        if source_id == 3:
            raise KeyboardInterrupt
        return real(self, source_id, *args, **kwargs)
    monkeypatch.setattr(CaptionWriter, "add_rows", interrupt_in_the_third_file)
    with open_catalog(tmp_path / "catalog.db") as catalog:
        with pytest.raises(KeyboardInterrupt):
            ingest_all(catalog, [inputs], per_line=True)
        assert not checkpoint_threads()
        with catalog.engine.connect() as conn:
            assert settings(conn) == (1000, -db_module.SQLITE_CACHE_KIB)
            assert conn.exec_driver_sql("SELECT count(*) FROM captions").scalar() == 400
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
