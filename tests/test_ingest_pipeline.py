"""Ingest --jobs N across files: the next file is read and parsed ahead while the current one's
last batches are written, and the catalogue still holds exactly what --jobs 1 stores."""
from __future__ import annotations

import pytest

from catalog import ingest as ingest_module
from catalog import sources
from catalog.ingest import ParseStage, ingest, ingest_all, ingest_document, FileReport
from catalog.store import open_catalog
from catalog.store.writer import CaptionWriter
from catalog.synth import write_files

from conftest import BAD
from test_scale import dump


@pytest.fixture
def files(tmp_path, monkeypatch):
    """Four files of synthetic captions, several batches each; the first holds a caption twice."""
    monkeypatch.setattr(ingest_module, "BATCH", 64)
    monkeypatch.setattr(ingest_module, "PARSE_CHUNK", 16)
    paths = write_files(800, tmp_path / "in", seed=5, per_file=200)
    first = paths[0].read_text(encoding="utf-8").splitlines()[0]
    with open(paths[0], "a", encoding="utf-8") as f:
        f.write(first + "\n")
    return paths


@pytest.fixture
def read_ahead_calls(monkeypatch):
    """The files the look-ahead opened (so a test sees that it ran, not only that nothing broke)."""
    opened = []
    real = ingest_module._read_ahead

    def spy(arg, *args, **kwargs):
        ahead = real(arg, *args, **kwargs)
        opened.append((str(arg), ahead is not None))
        return ahead
    monkeypatch.setattr(ingest_module, "_read_ahead", spy)
    return opened


def outcome(reports):
    return [(r.name, r.new, r.present, r.with_warnings, r.error) for r in reports]


def test_read_ahead_stores_exactly_what_jobs_1_stores(files, tmp_path, read_ahead_calls):
    # The same file twice (all present the second time), files that fail (at once, and partway
    # through their first batch) between good ones, and the directory again at the end.
    args = [files[0], files[0], BAD / "binary.txt", files[1], BAD / "malformed.jsonl", files[2], files[3],
            tmp_path / "in"]
    dumps, results = [], []
    for jobs in (1, 2):
        with open_catalog(tmp_path / f"jobs{jobs}.db") as catalog:
            summary, reports = ingest_all(catalog, args, per_line=True, jobs=jobs)
            results.append((summary.line(), outcome(reports)))
            dumps.append(dump(catalog))
    assert results[1] == results[0]
    assert results[0][0] == "9 files read: 800 captions new, 1003 already present, 0 with warnings; 2 failed"
    errors = [r[4] for r in results[0][1] if r[4]]
    assert errors[0].startswith(f"{BAD / 'binary.txt'}: binary file") and errors[1].startswith(f"{BAD / 'malformed.jsonl'}:2: ")
    for table in dumps[0]:
        assert dumps[1][table] == dumps[0][table], table
    # Each file read without error looked at the next; the bad ones were left for their own turn.
    looked_at = [str(files[0]), str(BAD / "binary.txt"), str(BAD / "malformed.jsonl"), str(files[3])]
    looked_at += [str(p) for p in files]  # the directory, after files[3]
    assert read_ahead_calls == [(name, "bad" not in name) for name in looked_at]


def test_captions_not_parsed_ahead_are_parsed_at_their_write(files, tmp_path):
    # What the look-ahead saw as stored may be gone by the file's own turn (the file before it,
    # the same file, failed and rolled back): such captions are parsed then, in order.
    with open_catalog(tmp_path / "ref.db") as catalog:
        ingest_all(catalog, [files[1]], per_line=True)
        expected = dump(catalog)
    parser = ParseStage(jobs=2)
    try:
        with open_catalog(tmp_path / "c.db") as catalog:
            doc = sources.Document.from_path(files[1])
            meta, items = sources.read(doc, None, True)
            first = [next(items) for _ in range(64)]
            digests = [ingest_module.caption_hash(doc.key, item.text) for item in first]
            sent = [item for item in first[::2]]  # half of them were parsed ahead, half not
            ahead = ingest_module._Ahead(files[1], doc, meta, items,
                                         [(first, digests, digests[::2], parser.submit(sent))],
                                         ingest_module._HeldProgress())
            report = FileReport(str(files[1]))
            try:
                ingest_document(catalog, doc, report, per_line=True, parser=parser, ahead=ahead)
            finally:
                doc.close()
            assert (report.new, report.present, report.error) == (200, 0, None)
            assert dump(catalog) == expected
    finally:
        parser.close()


def test_interrupt_while_reading_ahead_drops_the_file_being_finished(files, tmp_path, monkeypatch):
    # Ctrl-C while the next file is read ahead: the current file's transaction is still open,
    # so it goes, with nothing of either file stored; the files committed before stay.
    real = ingest_module._read_ahead

    def interrupted(arg, *args, **kwargs):
        if str(arg) == str(files[2]):
            raise KeyboardInterrupt
        return real(arg, *args, **kwargs)
    monkeypatch.setattr(ingest_module, "_read_ahead", interrupted)
    done = []
    with open_catalog(tmp_path / "c.db") as catalog:
        with pytest.raises(KeyboardInterrupt):
            for report in ingest(catalog, files, per_line=True, jobs=2):
                done.append(report)
        assert [r.name for r in done] == [str(files[0])]
        with catalog.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM captions").scalar() == 200
            assert conn.exec_driver_sql("SELECT path FROM sources").scalars().all() == [str(files[0].resolve())]
        monkeypatch.setattr(ingest_module, "_read_ahead", real)
        summary, _ = ingest_all(catalog, files, per_line=True, jobs=2)
        assert summary.line() == "4 files read: 600 captions new, 201 already present, 0 with warnings; 0 failed"


def test_interrupt_in_a_file_read_ahead_keeps_the_file_before(files, tmp_path, monkeypatch):
    # Ctrl-C during the first write of the second file (its batches parsed ahead): the first
    # file is committed and kept, nothing of the second.
    writes = 0
    real = CaptionWriter.add_rows

    def add_rows(self, *args, **kwargs):
        nonlocal writes
        writes += 1
        if writes == 5:  # the first file has 4 batches (201 captions, one twice, batches of 64)
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)
    monkeypatch.setattr(CaptionWriter, "add_rows", add_rows)
    done = []
    with open_catalog(tmp_path / "c.db") as catalog:
        with pytest.raises(KeyboardInterrupt):
            for report in ingest(catalog, files[:2], per_line=True, jobs=2):
                done.append(report)
        assert [(r.name, r.new, r.present) for r in done] == [(str(files[0]), 200, 1)]
        with catalog.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM captions").scalar() == 200
            assert conn.exec_driver_sql("SELECT count(*) FROM sources").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name IN ('captions_fts_ai', "
                                        "'people_fts_ai', 'photographers_fts_ai', 'agencies_fts_ai')").scalar() == 4


def test_progress_counts_each_byte_once_with_files_read_ahead(files, tmp_path):
    # A file read ahead reports its bytes at its turn; a bad one left for its turn is read again
    # from the start and must not count twice.
    args = [files[0], BAD / "malformed.jsonl", files[1], files[2]]
    for jobs in (1, 2):
        seen = []
        with open_catalog(tmp_path / f"jobs{jobs}.db") as catalog:
            ingest_all(catalog, args, per_line=True, jobs=jobs, on_bytes=seen.append)
        assert sum(seen) == sum(p.stat().st_size for p in args), jobs


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_new_sources_repeats_told_by_its_own_hashes_or_by_the_database_alike(files, tmp_path, monkeypatch, jobs):
    # A source with no captions is checked against the hashes it has written itself, up to
    # HASHES_KEPT; past that the database is asked again. Both store and count the same. The
    # first file holds a caption twice (its last line repeats its first, 200 captions apart).
    results = []
    for kept in (10**6, 50):
        monkeypatch.setattr(ingest_module, "HASHES_KEPT", kept)
        with open_catalog(tmp_path / f"kept-{kept}.db") as catalog:
            summary, reports = ingest_all(catalog, [files[0], files[1], files[0]], per_line=True, jobs=jobs)
            results.append((summary.line(), outcome(reports), dump(catalog)))
    assert results[0][0] == "3 files read: 400 captions new, 202 already present, 0 with warnings; 0 failed"
    assert results[1] == results[0]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_name_cache_starting_again_stores_the_same(files, tmp_path, monkeypatch, jobs):
    # Past NAME_CACHE_SPELLINGS names the writer forgets the people and photographers it met
    # (a very large file must not hold every name of an archive); the names met after that are
    # looked up again. The same people, photographers and links are stored either way.
    from catalog.store import writer as writer_module
    forgot = []
    real_forget = CaptionWriter._forget_names

    def counting_forget(self):
        forgot.append(len(self._keys))
        real_forget(self)
    monkeypatch.setattr(CaptionWriter, "_forget_names", counting_forget)
    results = []
    for limit in (10**6, 20):
        monkeypatch.setattr(writer_module, "NAME_CACHE_SPELLINGS", limit)
        with open_catalog(tmp_path / f"names-{limit}-{jobs}.db") as catalog:
            summary, reports = ingest_all(catalog, files, per_line=True, jobs=jobs)
            results.append((summary.line(), outcome(reports), dump(catalog)))
    assert forgot and all(n > 20 for n in forgot)  # the small limit made it start again, more than once a file
    assert len(forgot) > len(files)
    assert results[1] == results[0]


def test_parse_workers_answer_in_any_order_and_raise_what_a_worker_raised():
    # Results are read from each worker's pipe in its order and kept until asked for; a chunk
    # that fails in a worker raises its exception here; a worker that dies is an error, not a hang.
    lines = ["Fans cheer in Berlin, June 3, 2023. REUTERS/Jane Doe", "A man walks. (AP Photo/John Smith)"]
    workers = ingest_module.ParseWorkers(2)
    try:
        tasks = [workers.send([(lines[k % 2], None)] * (k + 1)) for k in range(5)]
        got = {task: workers.result(task) for task in reversed(tasks)}
        for k, task in enumerate(tasks):
            assert got[task] == [ingest_module.caption_facts(ingest_module.parse_caption(lines[k % 2], None))] * (k + 1)
        bad = workers.send([(lines[0],)])  # not a (text, date) pair
        other = workers.send([(lines[1], None)])
        after = workers.send([(lines[0], None)])  # to the worker that failed
        with pytest.raises(ValueError):
            workers.result(bad)
        assert len(workers.result(after)) == len(workers.result(other)) == 1  # it goes on
        victim = workers._processes[0]
        victim.kill()
        victim.join()
        with pytest.raises(RuntimeError, match=r"a parse worker stopped \(exit code -9\)"):
            task = workers.send([(lines[0], None)])  # nothing outstanding: to the first worker
            assert workers.worker_of(task) == 0
            workers.result(task)
    finally:
        workers.close()


def test_parse_workers_give_a_task_to_the_worker_with_the_fewest_outstanding():
    # Outstanding: sent and not yet read back. Ties go to the lower index; results still come
    # back in the order asked for, whichever worker parsed them.
    lines = ["Fans cheer in Berlin, June 3, 2023. REUTERS/Jane Doe", "A man walks. (AP Photo/John Smith)"]
    workers = ingest_module.ParseWorkers(2)
    try:
        tasks = [workers.send([(lines[k % 2], None)]) for k in range(4)]
        assert [workers.worker_of(t) for t in tasks] == [0, 1, 0, 1]
        first, third = workers.result(tasks[0]), workers.result(tasks[2])  # worker 0: none left
        assert workers.worker_of(tasks[0]) is None
        more = [workers.send([(lines[0], None)]) for _ in range(4)]
        assert [workers.worker_of(t) for t in more] == [0, 0, 0, 1]  # (0, 2) (1, 2) (2, 2): a tie (3, 2)
        expected = [ingest_module.caption_facts(ingest_module.parse_caption(line, None)) for line in lines]
        assert (first, third) == ([expected[0]], [expected[0]])
        assert [workers.result(t) for t in (*tasks[1::2], *more)] == [[expected[1]]] * 2 + [[expected[0]]] * 4
        assert workers.idle_s >= 0 and workers.waits >= 0
    finally:
        workers.close()
