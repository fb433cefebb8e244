"""Reading inputs into caption items: the *read* stage of read -> parse -> store.

A reader turns one input (a file or stdin) into a stream of `Item`s, one per caption,
and fills in what the document says about itself (`SourceMeta`: an article's date,
dateline and contributor line). Readers are generators: a million captions never sit in
memory. They never parse captions and never touch the database.

Kinds: article, text (one caption per paragraph), lines (one per line), csv, json, jsonl.
The kind is taken from `--format`, else detected from binary signatures, the file
extension and the first bytes. A binary kind (the JPEG/TIFF reader of issue 8) plugs in
with `register(Reader(..., binary=True, magic=...))` and receives the raw byte stream.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError

STDIN = "<stdin>"
SNIFF_BYTES = 64 * 1024
BINARY_PROBE_BYTES = 8000  # git's heuristic: a NUL byte in the first 8000 bytes means binary
CHUNK = 1 << 20


@dataclass(slots=True)
class Item:
    """One caption as read, with where it was found and what came with it."""

    text: str
    line: int  # 1-based line of the input where the caption starts (row number for CSV)
    external_id: str | None = None
    supplied_date: str | None = None
    url: str | None = None
    filename: str | None = None
    reference_date: dt.date | None = None  # set by ingest from the document's or row's date

    def extras(self) -> dict | None:
        """The columns kept from a CSV/JSON row, as stored on the caption (None: the input
        gave none of them, as with plain text)."""
        if self.external_id is None and self.supplied_date is None and self.url is None and self.filename is None:
            return None
        return {"external_id": self.external_id, "supplied_date": self.supplied_date,
                "url": self.url, "filename": self.filename}


@dataclass
class SourceMeta:
    """What a document says about itself; filled in by its reader as it reads."""

    kind: str
    reference_date: dt.date | None = None
    clean_text: bool = False  # every item's text is clean()ed (its reader's Reader.clean)
    dateline: str | None = None
    contributors: str | None = None
    warnings: list[str] = field(default_factory=list)


class Document:
    """One input, checked and ready to read: identity, size, hash, encoding.

    `prepare()` reads the input once to hash it, reject binary or empty files and choose
    the encoding (UTF-8, else cp1252 with a warning), so a reader never fails half way
    through a file on a decoding error. Stdin is spooled to a temporary file on that pass.
    """

    def __init__(self, name: str, key: str, path: Path | None, spool: BinaryIO | None = None):
        self.name = name  # as shown to the user: the path as given, or <stdin>
        self.key = key  # the source's identity in the catalogue: absolute path, or <stdin>
        self.path = path
        self._spool = spool
        self.size = 0
        self.sha256 = ""
        self.head = b""
        self.encoding = "utf-8-sig"
        self.binary_kind: str | None = None  # a registered binary reader that claims these bytes
        self.warnings: list[str] = []
        self.on_bytes: Callable[[int], None] | None = None  # progress hook, bytes read by the reader

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def from_path(cls, path: str | os.PathLike) -> Document:
        p = Path(path)
        name = os.fspath(path)
        try:
            if p.is_dir():
                raise InputError(f"{name}: is a directory")
            if not p.exists():
                raise InputError(f"{name}: no such file")
            key = str(p.resolve())
        except OSError as e:
            raise InputError(f"{name}: {e.strerror or e}") from None
        doc = cls(name, key, p)
        doc._prepare()
        return doc

    @classmethod
    def from_stream(cls, stream: BinaryIO, name: str = STDIN) -> Document:
        spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)
        doc = cls(name, name, None, spool)
        doc._prepare(source=stream)
        return doc

    def binary(self) -> BinaryIO:
        """The raw bytes, from the start (reported to the progress hook as they are read)."""
        if self._spool is not None:
            self._spool.seek(0)
            raw = self._spool
        else:
            try:
                raw = open(self.path, "rb")
            except OSError as e:
                raise InputError(f"{self.name}: cannot read: {e.strerror or e}") from None
        return _Counting(raw, self.on_bytes) if self.on_bytes else raw

    def text(self) -> TextIO:
        """The decoded text, universal newlines."""
        errors = "replace" if self.encoding == "cp1252" else "strict"
        return io.TextIOWrapper(self.binary(), encoding=self.encoding, errors=errors, newline=None)

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()

    # -- the checking pass --------------------------------------------------------------------

    def _prepare(self, source: BinaryIO | None = None) -> None:
        digest = hashlib.sha256()
        utf8 = codecs.getincrementaldecoder("utf-8")()
        bad_utf8_line = None
        newlines = 0
        has_text = False
        head = bytearray()
        try:
            raw = source if source is not None else open(self.path, "rb")
        except OSError as e:
            raise InputError(f"{self.name}: cannot read: {e.strerror or e}") from None
        try:
            while True:
                try:
                    chunk = raw.read(CHUNK)
                except OSError as e:
                    raise InputError(f"{self.name}: cannot read: {e.strerror or e}") from None
                if not chunk:
                    break
                if len(head) < SNIFF_BYTES:
                    head += chunk[: SNIFF_BYTES - len(head)]
                if self.size == 0:
                    self._claim_for_binary_reader(chunk)  # an image: hashed, not checked as text
                if self._spool is not None:
                    self._spool.write(chunk)
                digest.update(chunk)
                self.size += len(chunk)
                if self.binary_kind is None:
                    has_text = has_text or bool(chunk.strip())
                    if bad_utf8_line is None:
                        try:
                            utf8.decode(chunk)
                        except UnicodeDecodeError as e:
                            bad_utf8_line = newlines + chunk.count(b"\n", 0, e.start) + 1
                    newlines += chunk.count(b"\n")
            if bad_utf8_line is None and self.binary_kind is None:
                try:
                    utf8.decode(b"", final=True)
                except UnicodeDecodeError:
                    bad_utf8_line = newlines + 1
        finally:
            if source is None:
                raw.close()
        self.sha256 = digest.hexdigest()
        self.head = bytes(head)
        if self.binary_kind is not None:
            return
        if self.size == 0 or not has_text:
            raise InputError(f"{self.name}: empty file")
        if self.head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self.encoding = "utf-16"
            return
        if b"\x00" in self.head[:BINARY_PROBE_BYTES]:
            raise InputError(f"{self.name}: binary file, not text")
        if bad_utf8_line is not None:
            self.encoding = "cp1252"
            self.warnings.append(f"{self.name}:{bad_utf8_line}: not valid UTF-8; read as cp1252 (Windows-1252)")

    def _claim_for_binary_reader(self, first: bytes) -> None:
        for reader in READERS.values():
            if reader.binary and any(first.startswith(m) for m in reader.magic):
                self.binary_kind = reader.kind
                return

    def head_text(self) -> str:
        return self.head.decode(self.encoding, errors="replace")


class _Counting(io.RawIOBase):
    """A byte stream that reports how much has been read (for the progress bar)."""

    def __init__(self, raw: BinaryIO, report: Callable[[int], None]):
        self._raw, self._report = raw, report

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        if n:
            self._report(n)
        return n

    def close(self) -> None:
        if not isinstance(self._raw, tempfile.SpooledTemporaryFile):
            self._raw.close()
        super().close()


# -- the reader registry ----------------------------------------------------------------------

ReadFn = Callable[[Document, SourceMeta], Iterator[Item]]


@dataclass(frozen=True)
class Reader:
    kind: str
    read: ReadFn
    extensions: tuple[str, ...] = ()
    binary: bool = False  # reads bytes (an image); text readers get decoded text
    magic: tuple[bytes, ...] = ()  # leading bytes that identify a binary kind
    clean: bool = False  # every Item's text comes through clean(): the content hash need not collapse it again


READERS: dict[str, Reader] = {}


def register(reader: Reader) -> None:
    READERS[reader.kind] = reader


def kinds() -> list[str]:
    return list(READERS)


def known_extensions() -> set[str]:
    return {ext for r in READERS.values() for ext in r.extensions}


def detect_kind(doc: Document, per_line: bool = False) -> str:
    """Binary signature, then extension, then the first bytes decide."""
    if doc.binary_kind:
        return doc.binary_kind
    suffix = doc.path.suffix.lower() if doc.path else ""
    head = doc.head_text().lstrip("\ufeff \t\r\n")
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "json" if head.startswith("[") else "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl"
    from .structured import looks_like_csv
    from .article import looks_like_article

    if looks_like_csv(head):
        return "csv"
    if looks_like_article(head):
        return "article"
    return "lines" if per_line else "text"


def read(doc: Document, fmt: str | None = None, per_line: bool = False) -> tuple[SourceMeta, Iterator[Item]]:
    """The kind of `doc` and a generator of its caption items (`fmt` overrides detection)."""
    if fmt in (None, "auto"):
        kind = detect_kind(doc, per_line)
    elif fmt == "text" and per_line:
        kind = "lines"
    else:
        kind = fmt
    if kind not in READERS:
        raise InputError(f"{doc.name}: unknown format {kind!r} (known: {', '.join(READERS)})")
    if doc.binary_kind and not READERS[kind].binary:
        raise InputError(f"{doc.name}: binary file, not {kind}")
    meta = SourceMeta(kind=kind, clean_text=READERS[kind].clean)
    return meta, READERS[kind].read(doc, meta)


def walk(path: Path) -> Iterator[Path]:
    """Files under a directory whose extension a reader knows, in a stable order; hidden ones skipped."""
    exts = known_extensions()
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in exts:
                yield Path(root, name)


def clean(text: str) -> str:
    """Spacing collapsed, ends trimmed: what `re.sub(r"\\s+", " ", text).strip()` gives (the same
    whitespace, str.isspace), in a fifth of the time."""
    return " ".join(text.split())


# Register the built-in readers (imported for their side effect).
from . import article, images, structured, text  # noqa: E402,F401
