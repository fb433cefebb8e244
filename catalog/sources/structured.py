"""Structured caption files: CSV with a `caption` column; a JSON array or JSON Lines of
objects with a `caption` key. An `id`, `date`, `url` and `filename` are kept when present.

Both stream: CSV row by row, JSON Lines line by line, and a JSON array element by element
(json.JSONDecoder.raw_decode over a sliding buffer), so a large dump never sits in memory.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from ..errors import InputError
from . import Document, Item, Reader, SourceMeta, clean, register

CAPTION = "caption"
# Optional columns/keys -> Item attributes (and the caption columns they are stored in),
# with the stored column's width.
KEPT = {"id": ("external_id", 200), "date": ("supplied_date", 40), "url": ("url", 4096),
        "filename": ("filename", 1024)}
DELIMITERS = ",;\t|"


def _item(doc: Document, line: int, record: dict, skipped: list[int]) -> Item | None:
    """An Item from a row/object whose keys are already lower-cased; None for an empty caption."""
    text = record.get(CAPTION)
    if text is None or not str(text).strip():
        skipped.append(line)
        return None
    if not isinstance(text, str):
        raise InputError(f"{doc.name}:{line}: \"caption\" is not text: {json.dumps(text)[:60]}")
    item = Item(clean(text), line)
    for key, (attr, width) in KEPT.items():
        value = record.get(key)
        if value is not None and str(value).strip():
            setattr(item, attr, str(value).strip()[:width])
    return item


def _warn_skipped(doc: Document, meta: SourceMeta, skipped: list[int], what: str) -> None:
    if skipped:
        where = ", ".join(map(str, skipped[:5])) + (" ..." if len(skipped) > 5 else "")
        meta.warnings.append(f"{doc.name}: {len(skipped)} {what} with an empty caption skipped (line {where})")


# -- CSV ----------------------------------------------------------------------------------------

def looks_like_csv(head: str) -> bool:
    """A first line that is a header with a `caption` field."""
    first = head.splitlines()[0] if head else ""
    for delimiter in DELIMITERS:
        fields = [f.strip().strip('"').lower() for f in first.split(delimiter)]
        if len(fields) > 1 and CAPTION in fields:
            return True
    return first.strip().strip('"').lower() == CAPTION


def _dialect(doc: Document):
    first = doc.head_text().lstrip("\ufeff").splitlines()[0] if doc.head else ""
    counts = {d: first.count(d) for d in DELIMITERS}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    if doc.path is not None and doc.path.suffix.lower() == ".tsv":
        delimiter = "\t"
    return delimiter


def read_csv(doc: Document, meta: SourceMeta) -> Iterator[Item]:
    skipped: list[int] = []
    with doc.text() as stream:
        reader = csv.reader(stream, delimiter=_dialect(doc))
        try:
            header = next(reader, None)
        except csv.Error as e:
            raise InputError(f"{doc.name}:1: bad CSV header: {e}") from None
        columns = [h.strip().lstrip("\ufeff").lower() for h in header or []]
        if CAPTION not in columns:
            shown = ", ".join(h.strip() for h in header or []) or "none"
            raise InputError(f"{doc.name}: no \"caption\" column (columns: {shown[:200]})")
        line = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                raise InputError(f"{doc.name}:{line}: bad CSV: {e}") from None
            if row:
                item = _item(doc, line, dict(zip(columns, row)), skipped)
                if item is not None:
                    yield item
            line = reader.line_num + 1
    _warn_skipped(doc, meta, skipped, "rows")


# -- JSON Lines ---------------------------------------------------------------------------------

def _object(doc: Document, line: int, value) -> dict:
    if not isinstance(value, dict):
        raise InputError(f"{doc.name}:{line}: expected an object with a \"caption\" key, got {type(value).__name__}")
    record = {str(k).lower(): v for k, v in value.items()}
    if CAPTION not in record:
        raise InputError(f"{doc.name}:{line}: no \"caption\" key (keys: {', '.join(map(str, value))[:200]})")
    return record


def read_jsonl(doc: Document, meta: SourceMeta) -> Iterator[Item]:
    skipped: list[int] = []
    with doc.text() as stream:
        for line, text in enumerate(stream, 1):
            text = text.strip().lstrip("\ufeff")
            if not text:
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as e:
                raise InputError(f"{doc.name}:{line}: not valid JSON: {e.msg} (column {e.colno})") from None
            item = _item(doc, line, _object(doc, line, value), skipped)
            if item is not None:
                yield item
    _warn_skipped(doc, meta, skipped, "lines")


# -- JSON array ---------------------------------------------------------------------------------

def iter_json_array(stream: TextIO, name: str, chunk: int = 1 << 16) -> Iterator[tuple[int, object]]:
    """(line, element) for each element of a top-level JSON array, read incrementally."""
    decoder = json.JSONDecoder()
    buf, pos, line, eof = "", 0, 1, False

    def fill() -> bool:
        nonlocal buf, pos, eof
        data = stream.read(chunk)
        if not data:
            eof = True
            return False
        buf = buf[pos:] + data
        pos = 0
        return True

    def skip_space():
        nonlocal pos, line
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                line += buf[pos] == "\n"
                pos += 1
            if pos < len(buf) or not fill():
                return

    def fail(message: str):
        raise InputError(f"{name}:{line}: not valid JSON: {message}")

    skip_space()
    if pos >= len(buf) or buf[pos] != "[":
        fail("expected a JSON array ('[')")
    pos += 1
    first = True
    while True:
        skip_space()
        if pos >= len(buf):
            fail("the array is not closed (']' missing)")
        if buf[pos] == "]":
            pos += 1
            break
        if not first:
            if buf[pos] != ",":
                fail(f"expected ',' or ']', found {buf[pos]!r}")
            pos += 1
            skip_space()
        first = False
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
                # A number at the very end of the buffer may continue in the next chunk.
                if end == len(buf) and not eof and fill():
                    continue
                break
            except json.JSONDecodeError as e:
                if not eof and fill():
                    continue
                if not buf[e.pos:].strip():  # the file ends inside the element: name where it starts
                    raise InputError(f"{name}:{line}: not valid JSON: the file ends inside this element") from None
                line_of_error = line + buf.count("\n", pos, e.pos)
                raise InputError(f"{name}:{line_of_error}: not valid JSON: {e.msg}") from None
        start_line = line
        line += buf.count("\n", pos, end)
        pos = end
        yield start_line, value
    skip_space()
    if pos < len(buf):
        fail("unexpected text after the array")


def read_json(doc: Document, meta: SourceMeta) -> Iterator[Item]:
    skipped: list[int] = []
    with doc.text() as stream:
        if doc.head_text().lstrip("\ufeff \t\r\n").startswith("{"):
            # A .json file holding JSON Lines (common in dumps): read it as such.
            stream.close()
            yield from read_jsonl(doc, meta)
            return
        for line, value in iter_json_array(stream, doc.name):
            item = _item(doc, line, _object(doc, line, value), skipped)
            if item is not None:
                yield item
    _warn_skipped(doc, meta, skipped, "elements")


register(Reader("csv", read_csv, extensions=(".csv", ".tsv"), clean=True))
register(Reader("json", read_json, extensions=(".json",), clean=True))
register(Reader("jsonl", read_jsonl, extensions=(".jsonl", ".ndjson"), clean=True))
