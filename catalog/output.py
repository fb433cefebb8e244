"""The one output writer: rows out as table, CSV, JSON or JSON Lines, streaming.

Every command that prints rows goes through `write_rows` (sqlite-utils `output_rows()`).
Rows are dicts, or tuples in the order of `columns` (the export's fast path: no dict per
row). An iterator is consumed one row at a time, so a million rows never sit in memory (the
table format looks ahead at most TABLE_LOOKAHEAD rows to size its columns).

A row source may also offer `text_batches()`: the same rows, a list at a time, each value
already the text of its cell (str, int or None; catalog.export.CreditRows builds them in
SQL). CSV then writes a whole list in one call of the csv module, and only a batch holding
a line break is written again cell by cell.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
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
    cls = value.__class__
    if cls is str:  # the common case first: this runs for every cell of an export
        return value.replace("\r", " ").replace("\n", " ") if ("\n" in value or "\r" in value) else value
    if value is None:
        return ""
    if cls is bool:
        return "yes" if value else "no"
    if cls is list or cls is tuple or isinstance(value, (list, tuple)):
        try:
            joined = "; ".join(value)  # names: all strings, joined in C
        except TypeError:
            return "; ".join(_cell(v) for v in value)
        return joined.replace("\r", " ").replace("\n", " ") if ("\n" in joined or "\r" in joined) else joined
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\r", " ").replace("\n", " ")


def write_rows(rows: Iterable[Mapping | Sequence], columns: Sequence[str] | None = None, fmt: str | None = None,
               stream: TextIO | None = None, *, max_width: int | None = TABLE_MAX_WIDTH) -> int:
    """Write `rows` in `fmt`; returns how many were written. `columns` fixes order and header
    (required when rows are tuples). `max_width` caps a table column (None: never cut, e.g.
    one record shown whole)."""
    stream = stream or sys.stdout
    fmt = fmt or default_format(stream)
    if fmt == "csv" and columns is not None and hasattr(rows, "text_batches"):
        return _csv_batches(rows.text_batches(), columns, stream)
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        if columns is None:
            return 0
        first_is_tuple = False
    else:
        rows = itertools.chain([first], rows)
        first_is_tuple = not isinstance(first, Mapping)
        if columns is None:
            if first_is_tuple:
                raise ValueError("write_rows: tuple rows need `columns`")
            columns = list(first)
    columns = list(columns)
    if fmt == "csv":
        return _csv(rows, columns, stream, first_is_tuple)
    if first_is_tuple:  # the text formats want names: a dict per row is their cost anyway
        rows = (dict(zip(columns, row)) for row in rows)
    if fmt == "table":
        return _table(rows, columns, stream, max_width)
    writer = {"json": _json, "jsonl": _jsonl}[fmt]
    return writer(rows, columns, stream)


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


def _csv(rows, columns, out, tuples: bool = False) -> int:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(columns)
    n = 0
    if tuples:
        # The export's path, a million times: a one-line string, an int or None is written
        # by the csv module as _cell would write it; only the rest pays for a call.
        for n, row in enumerate(rows, 1):
            w.writerow([v if ((c := v.__class__) is str and "\n" not in v and "\r" not in v) or c is int or v is None
                        else ("yes" if v else "no") if c is bool else _cell(v) for v in row])
        return n
    for n, row in enumerate(rows, 1):
        w.writerow([_cell(row.get(c)) for c in columns])
    return n


def _csv_batches(batches, columns, out) -> int:
    """CSV from lists of rows of ready cells: one writerows per list, into a buffer, so a
    batch whose text holds a line break besides its row ends (a cell printed over two lines)
    can be written again through _cell, which makes every cell one line."""
    csv.writer(out, lineterminator="\r\n").writerow(columns)
    buffer = io.StringIO()
    w = csv.writer(buffer, lineterminator="\r\n")
    n = 0
    for batch in batches:
        w.writerows(batch)
        text = buffer.getvalue()
        if text.count("\n") != len(batch) or text.count("\r") != len(batch):
            buffer.seek(0)
            buffer.truncate()
            w.writerows([_cell(v) for v in row] for row in batch)
            text = buffer.getvalue()
        out.write(text)
        buffer.seek(0)
        buffer.truncate()
        n += len(batch)
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
