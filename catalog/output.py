"""The one output writer: rows out as table, CSV, JSON or JSON Lines, streaming.

Every command that prints rows goes through `write_rows` (sqlite-utils `output_rows()`).
Rows are dicts; an iterator is consumed one row at a time, so a million rows never sit in
memory (the table format looks ahead at most TABLE_LOOKAHEAD rows to size its columns).
"""
from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

FORMATS = ("table", "csv", "json", "jsonl")
TABLE_LOOKAHEAD = 200
TABLE_MAX_WIDTH = 60


def default_format(stream: TextIO | None = None) -> str:
    """Table on a terminal, JSON Lines into a pipe or file."""
    stream = stream or sys.stdout
    return "table" if getattr(stream, "isatty", lambda: False)() else "jsonl"


def _cell(value) -> str:
    """A value as one line of text (lists joined with '; ')."""
    if value.__class__ is str:  # the common case first: this runs for every cell of an export
        return value.replace("\r", " ").replace("\n", " ") if ("\n" in value or "\r" in value) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        try:
            return _cell("; ".join(value))  # names: all strings, joined in C
        except TypeError:
            return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value).replace("\r", " ").replace("\n", " ")


def write_rows(rows: Iterable[dict], columns: Sequence[str] | None = None, fmt: str | None = None,
               stream: TextIO | None = None, *, max_width: int | None = TABLE_MAX_WIDTH) -> int:
    """Write `rows` in `fmt`; returns how many were written. `columns` fixes order and header.
    `max_width` caps a table column (None: never cut, e.g. one record shown whole)."""
    stream = stream or sys.stdout
    fmt = fmt or default_format(stream)
    rows = iter(rows)
    if columns is None:
        first = next(rows, None)
        if first is None:
            return 0
        columns = list(first)
        rows = itertools.chain([first], rows)
    if fmt == "table":
        return _table(rows, list(columns), stream, max_width)
    writer = {"csv": _csv, "json": _json, "jsonl": _jsonl}[fmt]
    return writer(rows, list(columns), stream)


def _jsonl(rows, columns, out) -> int:
    n = 0
    for n, row in enumerate(rows, 1):
        out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, default=str) + "\n")
    return n


def _json(rows, columns, out) -> int:
    # A JSON array written element by element, so it streams too.
    n = 0
    out.write("[")
    for n, row in enumerate(rows, 1):
        out.write(("\n  " if n == 1 else ",\n  ")
                  + json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, default=str))
    out.write("\n]\n" if n else "]\n")
    return n


def _csv(rows, columns, out) -> int:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(columns)
    n = 0
    for n, row in enumerate(rows, 1):
        w.writerow([_cell(row.get(c)) for c in columns])
    return n


def _table(rows, columns, out, max_width=TABLE_MAX_WIDTH) -> int:
    head = list(itertools.islice(rows, TABLE_LOOKAHEAD))
    if not head:
        return 0
    widths = [max([len(c)] + [len(_cell(r.get(c))) for r in head]) for c in columns]
    if max_width is not None:
        widths = [min(max_width, w) for w in widths]

    def line(values):
        cells = []
        for v, w in zip(values, widths):
            v = v if len(v) <= w else v[: w - 1] + "…"
            cells.append(v.ljust(w))
        out.write("  ".join(cells).rstrip() + "\n")

    line(columns)
    line(["-" * w for w in widths])
    n = 0
    for n, row in enumerate(itertools.chain(head, rows), 1):
        line([_cell(row.get(c)) for c in columns])
    return n
