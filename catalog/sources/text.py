"""Plain caption files: one caption per paragraph (blank-line separated), or one per line."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import Document, Item, Reader, SourceMeta, clean, register


def paragraphs(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(first line number, paragraph text with its lines joined) for blank-line separated text."""
    start, parts = 0, []
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not parts:
                start = number
            parts.append(line.strip())
        elif parts:
            yield start, " ".join(parts)
            parts = []
    if parts:
        yield start, " ".join(parts)


def read_paragraphs(doc: Document, meta: SourceMeta) -> Iterator[Item]:
    with doc.text() as stream:
        for number, text in paragraphs(stream):
            yield Item(clean(text), number)


def read_lines(doc: Document, meta: SourceMeta) -> Iterator[Item]:
    with doc.text() as stream:
        for number, line in enumerate(stream, 1):  # single_lines() and clean() in one step
            text = " ".join(line.split())
            if text:
                yield Item(text, number)


register(Reader("text", read_paragraphs, extensions=(".txt", ".text"), clean=True))
register(Reader("lines", read_lines, clean=True))


def read_texts(paths, *, paragraphs_mode: bool = False, stdin=None,
               on_error=None) -> Iterator[Item]:
    """Caption texts from files or stdin ("-"), one per line (or per paragraph), for
    `catalog parse`. A file that cannot be read is passed to `on_error` (an InputError) and
    skipped; the others go on."""
    from ..errors import InputError

    read = read_paragraphs if paragraphs_mode else read_lines
    for path in paths or ["-"]:
        try:
            if path == "-":
                if stdin is None:
                    raise InputError("<stdin>: no standard input to read")
                doc = Document.from_stream(stdin)
            else:
                doc = Document.from_path(path)
        except InputError as e:
            if on_error is None:
                raise
            on_error(e)
            continue
        try:
            for warning in doc.warnings:
                if on_error is not None:
                    on_error(warning)
            yield from read(doc, SourceMeta(kind="lines"))
        finally:
            doc.close()
