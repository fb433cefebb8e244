"""What `catalog ingest --jobs N` runs in its worker processes, and what they send back.

The workers only parse, so this module imports only the parser (no SQLAlchemy, Alembic or
click): ingest starts them from a fork server that has imported this module and nothing else
(ParseWorkers in catalog/ingest.py). A worker forked from the main process instead would hold
a copy of everything the main process had loaded, about 45 MiB more each, and the process
tree's memory is what bounds the writer's page cache with `--jobs 2` (docs/performance.md).
"""
from __future__ import annotations

import json
import pickle
import queue
import signal
import threading
from time import perf_counter

from .parse import PARSER_VERSION, parse_caption
from .parse.record import Caption as ParsedCaption

_dumps = json.dumps
NONE = 0  # "no value" in a column written as nullif(?, 0): see caption_facts()


def caption_facts(parsed: ParsedCaption) -> tuple:
    """What the catalogue stores of a parse, as plain tuples:

        (columns, agency, credit_source, people, photographers)

    `columns` is the caption's own columns as the SQLite driver binds them, in _FACT_COLUMNS
    order (catalog/store/writer.py): (text, description, credit_line, date, date_precision,
    venue, city, region, country, is_pool, is_handout, is_file, warnings, parser_version), flags
    as 0/1 and warnings as their JSON text. Python's sqlite3 binds an exact int or str directly
    but sends a bool or None through its adapter look-up (~3,000 instructions each), so the
    columns most often empty (venue, region; a person's position; the credit source, in the
    writer) carry 0 for "none", which their INSERT turns back into NULL (`nullif(?, 0)`: no
    text equals the integer 0). The writer appends the ids to it and binds it, so building it
    here (in the worker processes with `--jobs N`) keeps that work off the one writing process.
    Names are as written: people ((name, title, position), ...) as parsed, photographers (name,
    ...) without repeats. Worker processes send this back rather than the parse object: tuples
    of strings pickle and unpickle several times faster than nested dataclasses.
    """
    credit, place = parsed.credit, parsed.location
    warnings, venue, region = parsed.warnings, place.venue, place.region
    return ((parsed.text, parsed.description, credit.line, parsed.date, parsed.date_precision,
             NONE if venue is None else venue, place.city, NONE if region is None else region, place.country,
             1 if credit.pool else 0, 1 if credit.handout else 0, 1 if credit.file else 0,
             _dumps(list(warnings)) if warnings else "[]", PARSER_VERSION),
            credit.agency, credit.source,
            tuple([(p.name, p.title, NONE if p.position is None else p.position) for p in parsed.people]),
            tuple(dict.fromkeys(credit.photographers)))


def parse_chunk(work: list) -> list[tuple]:
    """A worker's job: (text, reference date) pairs -> caption_facts() of each parse, in order."""
    return [caption_facts(parse_caption(text, reference_date)) for text, reference_date in work]


def ignore_interrupts() -> None:
    """A worker's start: Ctrl-C reaches the whole process group; the main process alone decides
    what it means (roll back the file in progress) and then stops the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def serve(tasks, results) -> None:
    """A worker process's life (ParseWorkers in catalog/ingest.py starts it): take pickled chunks
    of (text, reference date) from `tasks`, send back each chunk's parse_chunk() pickled, in the
    order received, as (True, facts, idle seconds) or (False, the exception, idle seconds); stop
    when `tasks` closes.

    Two threads of this process move the bytes, so that neither side waits on a full pipe: one
    reads the tasks as they come and keeps them here (the writing process never waits to hand
    a task over), one sends the results (this process parses on while the writer has not yet
    read them: a chunk's result, about 80 KB, is more than a pipe holds). The writer sends at
    most a few batches ahead, which bounds what is kept here."""
    ignore_interrupts()
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    outbox: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        try:
            while True:
                inbox.put(tasks.recv_bytes())
        except (EOFError, OSError):
            inbox.put(None)

    def send() -> None:
        try:
            while (data := outbox.get()) is not None:
                results.send_bytes(data)
        except OSError:  # the writing process is gone
            inbox.put(None)

    threading.Thread(target=receive, daemon=True).start()
    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    idle = 0.0  # seconds this process waited with no task: sent with every reply (ParseWorkers.idle_s)
    while True:
        try:
            message = inbox.get_nowait()
        except queue.Empty:
            started = perf_counter()
            message = inbox.get()
            idle += perf_counter() - started
        if message is None:
            break
        try:
            reply = (True, parse_chunk(pickle.loads(message)), idle)
        except Exception as e:  # noqa: BLE001 - raised again in the writing process
            reply = (False, e, idle)
        try:
            data = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # noqa: BLE001 - an exception that does not pickle
            data = pickle.dumps((False, RuntimeError(f"{e.__class__.__name__}: {e}"), idle), pickle.HIGHEST_PROTOCOL)
        outbox.put(data)
    outbox.put(None)
    sender.join()
