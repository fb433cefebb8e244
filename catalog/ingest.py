"""Ingest: inputs -> captions in the catalogue, in three stages kept apart on purpose:

    read   catalog.sources: a file or stdin -> Items (caption text + context), streaming
    parse  parse_item(): Item -> parsed Caption; pure, picklable (worker processes can run it)
    write  CaptionWriter: one transaction per input file

A caption's identity is a hash of its source and its normalised text, checked before
parsing: a second ingest of the same file parses nothing and stores nothing. A file that
fails leaves nothing behind (its transaction is rolled back) and the other files go on.
Ctrl-C (KeyboardInterrupt) rolls back only the file in progress.

The stages meet in batches of BATCH captions (ingest_document): one hash look-up, one
parse hand-off and one batched write each, so memory stays bounded whatever the file's
size. `--jobs N` runs the parse stage in N worker processes (ParseStage); the writing stays
in this process, one writer, so the catalogue holds exactly what `--jobs 1` stores.
"""
from __future__ import annotations

import datetime as dt
import gc
import itertools
import os
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import joinedload, selectinload

from . import parse_workers, sources
from .parse_workers import caption_facts
from .errors import InputError, StoreError
from .parse import PARSER_VERSION, parse_caption
from .parse.record import Caption as ParsedCaption
from .store.db import SQLITE_CACHE_KIB, BackgroundCheckpoints, Catalog
from .store.keys import caption_hash, caption_hasher, fold
from .store.models import Agency, Caption, CaptionPerson, CaptionPhotographer, Person, Photographer
from .store.writer import CaptionWriter, _unique_by_key, has_warnings

STDIN_ARG = "-"
# Captions read, looked up, parsed and written together (measured: see docs/performance.md).
BATCH = 2000
PARSE_CHUNK = 250  # captions per task sent to a worker process
# Batches the workers may parse ahead of the writer. The writer stops now and then (a file's
# commit; a wait for a checkpoint when the WAL passes BULK_WAL_BYTES: 23 waits, 7.5 s, at a
# million captions), and with six batches (12,000 captions, about 0.6 s of both workers'
# parsing) queued the workers go on parsing through it instead of idling (docs/performance.md, session 9).
PARSE_DEPTH = 6
# A file new to the catalogue: how many of its content hashes are kept to tell its repeats
# without asking the database (ingest_document). About 7 MB at most.
HASHES_KEPT = 50_000
# The garbage collector's youngest-generation threshold during an ingest. At Python's 700 it
# ran every few captions in the writing process, each time walking the batches in flight
# (a few thousand parse tuples), about 6 µs a caption; the batches are acyclic tuples freed
# by reference counting, so a rarer collection finds the same (no) garbage.
GC_THRESHOLD = 20_000
# The writing connection's page cache (KiB) during a `--jobs 1` ingest, instead of the usual
# 64 MiB (store.db.SQLITE_CACHE_KIB): at a million captions the random-order indexes outgrow
# 64 MiB, and each page missed is read again and spilled again (docs/performance.md, session 8).
# One process, so the memory is there: about 180 MiB with 64 MiB of cache, against a limit
# of 400 MB for the process tree.
BULK_CACHE_KIB = 192 * 1024
# With `--jobs N` the workers take their room from that cache, WORKER_CACHE_KIB each, down to the
# usual 64 MiB: `--jobs 2` writes with 96 MiB. A worker from the fork server holds about 63 MiB
# at a million captions that name a long tail of people (its parse memos full; 49 MiB in session
# 9, when the benchmark's captions named 900 people), so 32 MiB a worker put the tree at 398 MiB.
WORKER_CACHE_KIB = 48 * 1024


def bulk_cache_kib(jobs: int) -> int:
    """The writer's page cache (KiB) for an ingest with `jobs` parse processes."""
    return BULK_CACHE_KIB if jobs <= 1 else max(SQLITE_CACHE_KIB, BULK_CACHE_KIB - WORKER_CACHE_KIB * jobs)


@dataclass
class FileReport:
    """What happened to one input."""

    name: str
    kind: str | None = None
    new: int = 0
    present: int = 0
    with_warnings: int = 0
    error: str | None = None  # one line naming the file (and line); the file stored nothing
    warnings: list[str] = field(default_factory=list)  # about the file, not the parses


@dataclass
class Summary:
    files_read: int = 0
    files_failed: int = 0
    captions_new: int = 0
    captions_present: int = 0
    captions_with_warnings: int = 0

    def add(self, report: FileReport) -> None:
        if report.error:
            self.files_failed += 1
            return
        self.files_read += 1
        self.captions_new += report.new
        self.captions_present += report.present
        self.captions_with_warnings += report.with_warnings

    def line(self) -> str:
        files = f"{self.files_read} file{'' if self.files_read == 1 else 's'} read"
        return (f"{files}: {self.captions_new} caption{'' if self.captions_new == 1 else 's'} new, {self.captions_present} already present, "
                f"{self.captions_with_warnings} with warnings; {self.files_failed} failed")


# -- inputs -------------------------------------------------------------------------------------

def expand(paths: Iterable[str | os.PathLike]) -> Iterator[str | Path]:
    """Each argument as given; a directory becomes the files under it that a reader knows."""
    for arg in paths:
        if arg == STDIN_ARG:
            yield STDIN_ARG
            continue
        p = Path(arg)
        if p.is_dir():
            yield from sources.walk(p)
        else:
            yield arg


def total_bytes(paths: Iterable[str | os.PathLike]) -> int | None:
    """The bytes an ingest of `paths` will read (None with stdin: unknown): sizes the progress bar."""
    total = 0
    for p in expand(paths):
        if p == STDIN_ARG:
            return None
        try:
            total += os.stat(p).st_size
        except OSError:
            pass
    return total


def reference_date_for(document_date: dt.date | None, supplied_date: str | None) -> dt.date | None:
    """The date a caption's weekdays and yearless dates are read against: the article's date,
    else a row's own ISO `date` column."""
    if document_date is not None:
        return document_date
    if supplied_date:
        try:
            return dt.date.fromisoformat(supplied_date[:10])
        except ValueError:
            return None
    return None


def batched(iterable, size: int) -> Iterator[list]:
    it = iter(iterable)
    while batch := list(itertools.islice(it, size)):
        yield batch


# -- the parse stage ----------------------------------------------------------------------------

def parse_item(item: sources.Item) -> tuple[sources.Item, ParsedCaption]:
    """Pure and picklable: safe to run in a worker process."""
    return item, parse_caption(item.text, item.reference_date)


def parse_items(items: Iterable[sources.Item], mapper: Callable = map) -> Iterator[tuple[sources.Item, ParsedCaption]]:
    return mapper(parse_item, items)


class ParseWorkers:
    """`jobs` parse worker processes (catalog.parse_workers.serve), each with a pipe of tasks and
    a pipe of results, and nothing else: no thread in this process.

    multiprocessing.Pool, used before, runs three threads in the writing process beside the
    writer, and one of them (the worker handler) waits on the results pipe among others, so while
    a result sat unread it woke and looped again: at 300,000 captions those threads took 10.5 s
    of CPU (35 µs a caption) from the one process that bounds `--jobs 2` (docs/performance.md,
    session 9). Here a task is pickled and sent by the writer itself, to the worker with the
    fewest tasks outstanding (sent, and not yet read back; ties: the lower index); each worker
    answers its tasks in order, so a result is read from its worker's pipe when it is asked for
    (results read on the way are kept until then). The writer asks in task order.

    `waits` and `waited_s` count the times the writer found the result it asked for not yet
    there, and how long it then waited; `idle_s` is the workers' time with no task to parse
    (each reply carries its worker's total so far). CATALOG_INGEST_STATS=1 prints them at the end.
    """

    def __init__(self, jobs: int):
        import multiprocessing

        # Workers come from a fork server that has imported only the parser
        # (catalog.parse_workers), not from this process with SQLAlchemy and the page cache.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["catalog.parse_workers"])
        self._processes, self._tasks, self._results = [], [], []
        self._waiting: list[deque] = []  # per worker: ids of the tasks sent and not yet answered
        self._answered: dict[int, list] = {}  # results read before they were asked for
        self._worker_of: dict[int, int] = {}  # task -> the worker it went to, until its result is read
        self._next_task = 0
        self.waits, self.waited_s = 0, 0.0
        self._idle: list[float] = [0.0] * jobs  # per worker: its idle seconds, as last reported
        try:
            for _ in range(jobs):
                tasks_in, tasks_out = context.Pipe(duplex=False)  # (reading end, writing end)
                results_in, results_out = context.Pipe(duplex=False)
                _widen(tasks_out)
                _widen(results_in)
                process = context.Process(target=parse_workers.serve, args=(tasks_in, results_out),
                                          daemon=True)
                process.start()
                tasks_in.close()  # the worker's ends: its exit then reads as the end of its pipe
                results_out.close()
                self._processes.append(process)
                self._tasks.append(tasks_out)
                self._results.append(results_in)
                self._waiting.append(deque())
        except BaseException:
            self.close()
            raise

    def send(self, chunk: list) -> int:
        """Hand a chunk of (text, reference date) to a worker; returns the task's id."""
        task = self._next_task
        self._next_task += 1
        waiting = self._waiting
        worker = min(range(len(waiting)), key=lambda w: len(waiting[w]))  # the first of the least loaded
        try:
            self._tasks[worker].send_bytes(pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))
        except OSError:
            self._stopped(worker)
        waiting[worker].append(task)
        self._worker_of[task] = worker
        return task

    def worker_of(self, task: int) -> int | None:
        """The worker a task went to (None once its result has been read)."""
        return self._worker_of.get(task)

    @property
    def idle_s(self) -> float:
        return sum(self._idle)

    def result(self, task: int) -> list[tuple]:
        """The caption_facts() of the chunk sent as `task`, in order (waits for it)."""
        facts = self._answered.pop(task, None)
        if facts is not None:
            return facts
        worker = self._worker_of[task]
        pipe = self._results[worker]
        while True:
            try:
                if pipe.poll():
                    data = pipe.recv_bytes()
                else:
                    started = time.perf_counter()
                    data = pipe.recv_bytes()
                    self.waits += 1
                    self.waited_s += time.perf_counter() - started
                ok, value, self._idle[worker] = pickle.loads(data)
            except (EOFError, OSError):
                self._stopped(worker)
            answered = self._waiting[worker].popleft()
            del self._worker_of[answered]
            if not ok:
                raise value
            if answered == task:
                return value
            self._answered[answered] = value

    def _stopped(self, worker: int):
        process = self._processes[worker]
        process.join(1)
        raise RuntimeError(f"a parse worker stopped (exit code {process.exitcode})") from None

    def close(self) -> None:
        if self._processes and os.environ.get("CATALOG_INGEST_STATS"):
            import sys

            print(f"parse workers: {self._next_task} tasks; the writer waited for a result {self.waits} times, "
                  f"{self.waited_s:.2f} s; the workers idle {self.idle_s:.2f} s "
                  f"({', '.join(f'{s:.2f}' for s in self._idle)}); this process's CPU so far "
                  f"{os.times().user:.2f} user + {os.times().system:.2f} system s", file=sys.stderr)
        for conn in (*self._tasks, *self._results):
            conn.close()
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            process.join()
        self._processes, self._tasks, self._results = [], [], []


# Bytes a pipe to or from a worker holds (Linux; elsewhere the system's default): a batch's
# tasks, about 130 KB a worker, go in without the writer waiting for the worker to read them.
PIPE_BYTES = 2**20


def _widen(conn) -> None:
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):  # not Linux, or over /proc/sys/fs/pipe-max-size
        pass


class ParseStage:
    """Parses batches of items: in this process (`jobs` 1), or in `jobs` worker processes.

    `submit(items)` returns a function giving the batch's parses in order, as caption_facts()
    tuples (what the writer takes). With workers the
    parse runs in the background while the caller writes earlier batches; `depth` is how
    many batches may wait for their write (in-process parsing runs when it is asked for).
    """

    def __init__(self, jobs: int = 1, mapper: Callable = map):
        self.jobs = max(1, jobs)
        self.mapper = mapper
        self.depth = PARSE_DEPTH if self.jobs > 1 else 0
        self._workers: ParseWorkers | None = None

    def submit(self, items: list[sources.Item]) -> Callable[[], list[tuple]]:
        if self.jobs == 1:
            return lambda: [caption_facts(parsed) for _, parsed in self.mapper(parse_item, items)]
        if self._workers is None:
            self._workers = ParseWorkers(self.jobs)
        workers = self._workers
        work = [(item.text, item.reference_date) for item in items]
        tasks = [workers.send(work[i:i + PARSE_CHUNK]) for i in range(0, len(work), PARSE_CHUNK)]
        return lambda: list(itertools.chain.from_iterable(map(workers.result, tasks)))

    def close(self) -> None:
        if self._workers is not None:
            self._workers.close()
            self._workers = None


# -- ingest -------------------------------------------------------------------------------------

def ingest(catalog: Catalog, paths: Iterable[str | os.PathLike], *, fmt: str | None = None, per_line: bool = False,
           stdin: BinaryIO | None = None, on_bytes: Callable[[int], None] | None = None,
           mapper: Callable = map, jobs: int = 1) -> Iterator[FileReport]:
    """Ingest each path (a file, a directory, or "-" for `stdin`), yielding a report per file.

    Each file is committed before its report is yielded; an InputError fails only its file.
    `jobs` > 1 parses in that many worker processes (this process still does all the writing).
    """
    parser = ParseStage(jobs, mapper)
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_THRESHOLD), *thresholds[1:])
    try:
        with catalog.bulk_write(cache_kib=bulk_cache_kib(parser.jobs)) as checkpoints:
            yield from _ingest_paths(catalog, paths, fmt=fmt, per_line=per_line, stdin=stdin, on_bytes=on_bytes,
                                     parser=parser, checkpoints=checkpoints)
    finally:
        gc.set_threshold(*thresholds)
        parser.close()


def _ingest_paths(catalog: Catalog, paths, *, fmt, per_line, stdin, on_bytes, parser: ParseStage,
                  checkpoints: BackgroundCheckpoints | None = None):
    args = deque()  # the next argument, once peeked at for the look-ahead
    remaining = iter(expand(paths))
    ahead: _Ahead | None = None

    def look_ahead(writer: CaptionWriter, pending: set[str]) -> None:
        # Called in the current file's transaction once its items are all read: the next
        # file's first batches go to the workers while this one's last batches are written.
        nonlocal ahead
        if not args:
            args.extend(itertools.islice(remaining, 1))
        if args and args[0] != STDIN_ARG:
            ahead = _read_ahead(args[0], writer, pending, fmt=fmt, per_line=per_line, on_bytes=on_bytes,
                                parser=parser)

    try:
        while True:
            if not args:
                args.extend(itertools.islice(remaining, 1))
            if not args:
                break
            arg = args.popleft()
            mine, ahead = (ahead if ahead is not None and ahead.arg is arg else None), None
            name = STDIN_ARG if arg == STDIN_ARG else os.fspath(arg)
            report = FileReport(sources.STDIN if name == STDIN_ARG else name)
            try:
                if mine is not None:
                    doc = mine.doc
                elif name == STDIN_ARG:
                    if stdin is None:
                        raise InputError(f"{sources.STDIN}: no standard input to read")
                    doc = sources.Document.from_stream(stdin)
                else:
                    doc = sources.Document.from_path(arg)
                try:
                    if mine is not None:
                        mine.progress.release(on_bytes)
                    else:
                        doc.on_bytes = on_bytes
                    report.warnings.extend(doc.warnings)
                    if checkpoints is not None:
                        checkpoints.before_write()
                    if doc.binary_kind == "image" and fmt in (None, "auto", "image"):
                        # A photo file: its embedded fields are stored beside its caption (catalog.images).
                        from .images import ingest_image_document
                        ingest_image_document(catalog, doc, report)
                    else:
                        ingest_document(catalog, doc, report, fmt=fmt, per_line=per_line, parser=parser,
                                        ahead=mine, look_ahead=look_ahead if parser.jobs > 1 else None)
                finally:
                    doc.close()
                    if checkpoints is not None:
                        checkpoints.committed()  # (after a rollback there is nothing new to copy)
            except InputError as e:
                report.error = str(e)
                report.new = report.present = report.with_warnings = 0
            yield report
    finally:
        if ahead is not None:  # read ahead for a file not reached (an error, Ctrl-C, or the caller stopped)
            ahead.doc.close()


@dataclass
class _Ahead:
    """The next file, opened while the current one finishes, with its first batches already
    handed to the parse stage (parsed ahead; what is stored is decided again at its write)."""

    arg: str | Path
    doc: sources.Document
    meta: sources.SourceMeta
    items: Iterator[sources.Item]
    batches: list[tuple[list[sources.Item], list[str], list[str], Callable[[], list[tuple]]]]
    # each: (items, their content hashes, the hashes sent to be parsed, their parses' getter)
    progress: _HeldProgress


class _HeldProgress:
    """A progress hook that holds the bytes read ahead until the file's turn (a file left for
    its own turn is read again from the start, so what it read ahead is never reported)."""

    def __init__(self) -> None:
        self.held = 0
        self.report: Callable[[int], None] | None = None

    def __call__(self, n: int) -> None:
        if self.report is not None:
            self.report(n)
        else:
            self.held += n

    def release(self, report: Callable[[int], None] | None) -> None:
        self.report = report
        if report is not None and self.held:
            report(self.held)
        self.held = 0


def _read_ahead(arg, writer: CaptionWriter, pending: set[str], *, fmt, per_line, on_bytes,
                parser: ParseStage) -> _Ahead | None:
    """Open `arg` and send its first parser.depth batches to the parse stage.

    Best effort: a file that cannot be opened or read here is left for its own turn, which
    reads it again from the start and reports its error as its own. Captions the catalogue
    (as this transaction sees it) or the current file's batches in flight already hold are
    not parsed; its own turn checks every caption again (the current file may yet fail).
    """
    doc = None
    try:
        doc = sources.Document.from_path(arg)
        if doc.binary_kind == "image" and fmt in (None, "auto", "image"):
            doc.close()
            return None
        progress = _HeldProgress()
        doc.on_bytes = progress  # the reader's stream keeps this hook: it passes bytes on from the file's turn
        meta, items = sources.read(doc, fmt, per_line)
        ahead = _Ahead(arg, doc, meta, items, [], progress)
        sent: set[str] = set()
        known_source = writer.source_id(doc.key)  # None: no source, so no captions yet
        hash_of = caption_hasher(doc.key, meta.clean_text)
        for _ in range(parser.depth):
            chunk = list(itertools.islice(items, BATCH))
            if not chunk:
                break
            digests = [hash_of(item.text) for item in chunk]
            # A path the catalogue has no source for has no captions (the hash includes the path).
            stored = writer.stored_hashes(known_source, digests) if known_source is not None else ()
            fresh, fresh_digests = [], []
            for item, digest in zip(chunk, digests):
                # Read now, as `--jobs 1` would read it after this batch: the same date.
                if meta.reference_date is not None or item.supplied_date:
                    item.reference_date = reference_date_for(meta.reference_date, item.supplied_date)
                if digest in stored or digest in pending or digest in sent:
                    continue
                sent.add(digest)
                fresh.append(item)
                fresh_digests.append(digest)
            ahead.batches.append((chunk, digests, fresh_digests,
                                  parser.submit(fresh) if fresh else (lambda: [])))
        return ahead
    except (InputError, OSError, UnicodeDecodeError, SQLAlchemyError):
        if doc is not None:
            doc.close()
        return None
    except BaseException:
        if doc is not None:
            doc.close()
        raise


def ingest_document(catalog: Catalog, doc: sources.Document, report: FileReport, *, fmt: str | None = None,
                    per_line: bool = False, mapper: Callable = map, parser: ParseStage | None = None,
                    ahead: _Ahead | None = None,
                    look_ahead: Callable[[CaptionWriter, set[str]], None] | None = None) -> None:
    """One document in one transaction: all its new captions, or (on any error) nothing.

    Streamed in batches: read BATCH items, drop those already stored (one look-up), hand the
    rest to the parse stage, write each parsed batch with CaptionWriter.add_batch. With worker
    processes a few batches are in flight, so the workers parse while this process writes;
    results come back in submission order, so ordinals and ids follow the file's order.

    Across files: once this file is all read, `look_ahead` (given the writer and the hashes in
    flight) may open the next file and send its first batches to the workers while this one's
    last batches are written; that file comes back here as `ahead`. Its captions were parsed
    ahead, but which of them are new is decided here, in its own transaction, as for any batch.
    """
    parser = parser or ParseStage(mapper=mapper)
    meta, items = (ahead.meta, ahead.items) if ahead is not None else sources.read(doc, fmt, per_line)
    report.kind = meta.kind
    try:
        with catalog.transaction() as session:
            writer = CaptionWriter(session)
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            # Found or created safely when another ingest reads the same file at the same time.
            source = writer.source(doc.key, kind=meta.kind, sha256=doc.sha256, size=doc.size, ingested_at=now)
            ordinal = session.scalar(select(func.coalesce(func.max(Caption.ordinal), 0))
                                     .where(Caption.source_id == source.id))
            source.kind, source.sha256, source.size = meta.kind, doc.sha256, doc.size
            source.ingested_at = now
            session.flush()
            source_id = source.id

            pending: set[str] = set()  # hashes handed to the parse stage and not yet written
            # A source with no captions (new, or emptied), on SQLite: no other source can hold
            # one of its captions (the hash includes the source's path) and no other writer can
            # add one before this transaction ends (the write lock is held), so the captions
            # stored are those this file wrote. While there are at most HASHES_KEPT of them,
            # `pending` keeps them after their write too and the database is not asked.
            keep_written = writer.dialect == "sqlite" and not writer.source_has_captions(source_id)
            in_flight: deque = deque()  # (first ordinal, hashes, extras or None, parse result getter)

            def write_oldest() -> None:
                first_ordinal, hashes, extras, result = in_flight.popleft()
                facts = result()
                report.with_warnings += sum(map(has_warnings, facts))
                writer.add_rows(source_id, range(first_ordinal, first_ordinal + len(hashes)), hashes, facts, extras)
                report.new += len(hashes)
                if not keep_written:
                    pending.difference_update(hashes)

            with writer.defer_text_index():  # an error leaves the block early: the rollback restores it
                read_ahead = ahead.batches if ahead is not None else []
                reference_date = meta.reference_date
                hash_of = caption_hasher(doc.key, meta.clean_text)
                for chunk in itertools.chain(read_ahead, batched(items, BATCH)):
                    if isinstance(chunk, tuple):  # read and parsed ahead
                        chunk, digests, sent, parses = chunk
                    else:
                        digests, sent, parses = [hash_of(item.text) for item in chunk], None, None
                    if keep_written and len(pending) > HASHES_KEPT:
                        keep_written = False  # from here on the database is asked; pending: in flight only
                        pending.clear()
                        pending.update(itertools.chain.from_iterable(batch[1] for batch in in_flight))
                    # Captions already stored are counted, not parsed: one query per batch of hashes.
                    stored = () if keep_written else writer.stored_hashes(source_id, digests)
                    fresh, hashes, extras = [], [], []
                    for item, digest in zip(chunk, digests):
                        if digest in pending or digest in stored:
                            report.present += 1
                            continue
                        pending.add(digest)  # also catches the same caption twice in this file
                        if sent is None and (reference_date is not None or item.supplied_date):
                            item.reference_date = reference_date_for(reference_date, item.supplied_date)
                        fresh.append(item)
                        hashes.append(digest)
                        extras.append(item.extras())
                    if fresh:
                        in_flight.append((ordinal + 1, hashes, extras if any(extras) else None,
                                          parser.submit(fresh) if sent is None
                                          else _parses_ahead(parser, fresh, hashes, sent, parses)))
                        ordinal += len(fresh)
                    if len(in_flight) > parser.depth:
                        write_oldest()
                if look_ahead is not None:
                    look_ahead(writer, pending)
                while in_flight:
                    write_oldest()
            # Known only once the document has been read (the contributor line comes late).
            source.reference_date, source.dateline = meta.reference_date, meta.dateline
            source.contributors = meta.contributors
            report.warnings.extend(meta.warnings)
            if report.new + report.present == 0:
                report.warnings.append(f"{doc.name}: no captions found (read as {meta.kind})")
    except UnicodeDecodeError as e:  # prepare() chose the encoding, so this is rare (a changed file)
        raise InputError(f"{doc.name}: cannot decode as {doc.encoding}: {e.reason}") from None
    except OSError as e:
        raise InputError(f"{doc.name}: cannot read: {e.strerror or e}") from None
    except SQLAlchemyError as e:
        raise StoreError(f"the catalogue could not store {doc.name}: {e.__class__.__name__}: "
                         f"{str(e.orig if getattr(e, 'orig', None) else e).splitlines()[0]}") from None


def _parses_ahead(parser: ParseStage, fresh: list[sources.Item], hashes: list[str], sent: list[str],
                  parses: Callable[[], list[tuple]]) -> Callable[[], list[tuple]]:
    """The parses of a batch read ahead, in the batch's order: those parsed ahead, and (rarely:
    the file before it failed) any caption now new that was not sent then, parsed now."""
    if hashes == sent:  # the usual case: what was sent is what is new now
        return parses
    sent_set = set(sent)
    missing = [item for item, digest in zip(fresh, hashes) if digest not in sent_set]
    late = parser.submit(missing) if missing else (lambda: [])
    missing_digests = [digest for digest in hashes if digest not in sent_set]

    def result() -> list[tuple]:
        by_digest = dict(zip(sent, parses()))
        by_digest.update(zip(missing_digests, late()))
        return [by_digest[digest] for digest in hashes]
    return result


def ingest_all(catalog: Catalog, paths, **kwargs) -> tuple[Summary, list[FileReport]]:
    """Ingest everything and return the summary and the reports (for library callers and tests)."""
    summary, reports = Summary(), []
    for report in ingest(catalog, paths, **kwargs):
        summary.add(report)
        reports.append(report)
    return summary, reports


# -- reparse ------------------------------------------------------------------------------------

@dataclass
class ReparseSummary:
    captions: int = 0
    changed: int = 0

    def line(self) -> str:
        return f"{self.captions} captions reparsed with parser {PARSER_VERSION}: {self.changed} changed"


def _parsed_facts(parsed: ParsedCaption) -> tuple:
    """What the catalogue stores of a parse, names by their folded keys."""
    c, loc = parsed.credit, parsed.location
    return (parsed.description, c.line, parsed.date, parsed.date_precision, loc.venue, loc.city, loc.region,
            loc.country, fold(c.agency) if c.agency else None, fold(c.source) if c.source else None,
            bool(c.pool), bool(c.handout), bool(c.file), list(parsed.warnings),
            [(fold(p.name), p.title, p.position) for p in _unique_by_key(parsed.people)],
            [fold(n) for n in dict.fromkeys(c.photographers) if fold(n)])


def _stored_facts(row: Caption) -> tuple:
    return (row.description, row.credit_line, row.date, row.date_precision, row.venue, row.city, row.region,
            row.country, row.agency.key if row.agency else None,
            row.credit_source.key if row.credit_source else None, bool(row.is_pool), bool(row.is_handout),
            bool(row.is_file), list(row.warnings or []),
            [(cp.person.key, cp.title, cp.position) for cp in row.people],
            [cp.photographer.key for cp in row.photographers])


def reparse(catalog: Catalog, *, outdated_only: bool = False, batch_size: int = 500,
            on_batch: Callable[[int], None] | None = None) -> ReparseSummary:
    """Re-run the current parser over stored captions (not the files), in batches by id.

    Each batch is its own transaction, so an interrupted reparse keeps the batches done.
    Names no caption uses any more are removed at the end.
    """
    summary = ReparseSummary()
    last_id = 0
    try:
        while True:
            with catalog.transaction() as session:
                query = (select(Caption).where(Caption.id > last_id).order_by(Caption.id).limit(batch_size)
                         .options(joinedload(Caption.source), joinedload(Caption.agency),
                                  joinedload(Caption.credit_source),
                                  selectinload(Caption.people).joinedload(CaptionPerson.person),
                                  selectinload(Caption.photographers).joinedload(CaptionPhotographer.photographer)))
                if outdated_only:
                    query = query.where(Caption.parser_version != PARSER_VERSION)
                rows = session.scalars(query).unique().all()
                if not rows:
                    break
                writer = CaptionWriter(session)
                for row in rows:
                    if row.source.kind == "image":  # a photo's own fields fill what its caption leaves out
                        from .images import reparse_image_caption
                        parsed = reparse_image_caption(session, row)
                    else:
                        parsed = parse_caption(row.text, reference_date_for(row.source.reference_date,
                                                                            row.supplied_date))
                    if _parsed_facts(parsed) != _stored_facts(row):
                        # Old link rows go first: the new ones reuse their (caption, ordinal) keys.
                        row.people, row.photographers = [], []
                        session.flush()
                        writer.fill(row, parsed)
                        summary.changed += 1
                    else:
                        row.parser_version = PARSER_VERSION
                summary.captions += len(rows)
                last_id = rows[-1].id
            if on_batch:
                on_batch(len(rows))
        with catalog.transaction() as session:
            _remove_unused_names(session)
    except SQLAlchemyError as e:
        raise StoreError(f"reparse failed: {e.__class__.__name__}: {str(e).splitlines()[0]}") from None
    return summary


def _remove_unused_names(session) -> None:
    session.execute(delete(Person).where(~Person.id.in_(select(CaptionPerson.person_id))))
    session.execute(delete(Photographer).where(~Photographer.id.in_(select(CaptionPhotographer.photographer_id))))
    session.execute(delete(Agency).where(~Agency.id.in_(select(Caption.agency_id).where(Caption.agency_id.is_not(None))),
                                         ~Agency.id.in_(select(Caption.credit_source_id)
                                                        .where(Caption.credit_source_id.is_not(None)))))
