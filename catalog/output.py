"""The one output writer: rows out as table, CSV, JSON or JSON Lines, streaming.

Every command that prints rows goes through `write_rows` (sqlite-utils `output_rows()`).
Rows are dicts, or tuples in the order of `columns` (the export's fast path: no dict per
row). An iterator is consumed a row at a time (CSV: 1,000 rows at a time), so a million rows
never sit in memory (the table format looks ahead at most TABLE_LOOKAHEAD rows to size its
columns).

CSV lines are built here (`csv_line`), not by the csv module: RFC 4180 as the module writes
it (a cell quoted only when it holds a comma, a quote, CR or LF; quotes doubled; CRLF ends a
line), byte for byte (tests/test_output_csv.py compares the two on arbitrary cells). The
module scans every character of a line twice; here a batch of rows is checked a column at a
time and its lines made by joins in C (docs/performance.md, session 13).

A row source may also offer `text_batches()`: the same rows, a list at a time, each value
already the text of its cell (catalog.export.CreditRows builds them in SQL).
"""
from __future__ import annotations

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


def csv_cell(text: str) -> str:
    """`text` as a CSV cell: in quotes when it holds a comma, a quote, CR or LF, each quote
    doubled; as it is otherwise (the csv module's QUOTE_MINIMAL)."""
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def csv_line(cells: Sequence) -> str:
    """One CSV line with its CRLF, what csv.writer(out, lineterminator="\r\n").writerow(cells)
    writes: None an empty cell, any other value by str() (a float's str is its repr)."""
    texts = ["" if v is None else v if v.__class__ is str else str(v) for v in cells]
    if len(texts) == 1 and not texts[0]:
        return '""\r\n'  # the module quotes a lone empty cell, so that the line is not blank
    return ",".join(map(csv_cell, texts)) + "\r\n"


def _csv(rows, columns, out, tuples: bool = False) -> int:
    if not tuples:
        rows = ([row.get(c) for c in columns] for row in rows)
    return _csv_batches(iter(lambda: list(itertools.islice(rows, 1000)), []), columns, out)


def _csv_batches(batches, columns, out) -> int:
    """CSV from lists of rows of ready cells, one write per list, worked on column by column
    (a batch's columns are few, its rows many): a column whose text holds no comma, quote,
    CR or LF is written as it is, one holding only commas has those cells quoted, and any
    other goes through _cell (made one line: line breaks become spaces) and csv_cell. The
    lines are then joins in C, no Python per cell of a plain column."""
    out.write(csv_line(columns))
    width = len(columns)
    n = 0
    for batch in batches:
        n += len(batch)
        if width < 2 or set(map(len, batch)) - {width}:  # a lone empty cell is '""'; rows of other widths
            out.write("".join([csv_line([_cell(v) for v in row]) for row in batch]))
            continue
        cells = list(zip(*batch))
        for i, column in enumerate(cells):
            try:
                text = "".join(column)
            except TypeError:  # an int or None in the column
                cells[i] = [csv_cell(_cell(v)) for v in column]
                continue
            if '"' in text or "\n" in text or "\r" in text:
                cells[i] = [csv_cell(_cell(v)) for v in column]
            elif "," in text:
                cells[i] = ['"' + v + '"' if "," in v else v for v in column]
        if batch:
            out.write("\r\n".join(map(",".join, zip(*cells))) + "\r\n")
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
