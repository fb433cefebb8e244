"""Article text: `date YYYY-MM-DD` (optional), a `CITY --` dateline, body paragraphs, the
contributor line, then the photo captions, each recognised by its credit.

Body paragraphs are not captions. The article's date becomes the captions' reference
date; the dateline and the contributor line are kept on the source.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from . import Document, Item, Reader, SourceMeta, clean, register
from .text import paragraphs

DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
# `BEIJING --`, `MACON, Ga. --`, `WASHINGTON (AP) --`: a capitalised place, an optional
# agency in parentheses, then the double dash (or an em dash).
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?)"
    r"(?:\s+\([^)]{1,40}\))?\s+(?:--|\u2014)\s+")
CONTRIBUTORS = re.compile(r"^(?:Information for this article was contributed by|"
                          r"Contributing to this (?:report|article|story)|"
                          r"\w[\w ,.'\-]* contributed to this (?:report|article|story))", re.IGNORECASE)

# Credits as the caption schema lists them, at the end of a paragraph. A cheap test used to
# tell captions from body text; the parser's own credit split is asked as well (below).
_AGENCY = (r"AP|Reuters|REUTERS|AFP|Getty Images|EPA(?:-EFE)?|Xinhua|UPI|Bloomberg|Kyodo|Yonhap|dpa|ANSA|"
           r"Anadolu(?: Agency)?|Sputnik|TASS|Pool|Handout|HO")
CREDIT_TAIL = re.compile(
    r"(?:"
    r"\((?:AP Photo|Photo by|[^()]*\bvia\b|[^()]*/|Xinhua|Courtesy|Handout|Pool)[^()]*\)"  # (AP Photo/...), (X via AP)
    r"|\b(?:REUTERS|EPA-EFE|EPA|AFP PHOTO|AFP)\s*/[^()]*"  # REUTERS/Name, EPA-EFE/NAME, AFP PHOTO / NAME
    r"|(?:^|[.!?]\s+)(?:Photo by|Mandatory Credit:) [^()]+"  # Photo by Pat Benic/UPI
    r"|\((?:" + _AGENCY + r")\)"  # (AP)
    r")\s*\.?\s*$")


def looks_like_article(head: str) -> bool:
    """A leading `date YYYY-MM-DD` or a `CITY --` dateline opens an article."""
    head = head.lstrip("\ufeff \t\r\n")
    return bool(DATE_TOKEN.match(head) or DATELINE.match(head))


def has_credit(paragraph: str) -> bool:
    """Does this paragraph end in a photo credit (so it is a caption, not body text)?"""
    if CREDIT_TAIL.search(paragraph):
        return True
    from ..parse import parse_caption  # the real credit parser, once it knows more styles than we do

    return parse_caption(paragraph).credit.line is not None


def read_article(doc: Document, meta: SourceMeta) -> Iterator[Item]:
    with doc.text() as stream:
        for index, (line, text) in enumerate(paragraphs(stream)):
            text = clean(text.lstrip("\ufeff"))
            if index == 0:
                text = _read_opening(doc, meta, line, text)
                if not text:
                    continue
            if meta.contributors is None and CONTRIBUTORS.match(text):
                meta.contributors = text
            elif has_credit(text):
                yield Item(text, line)


def _read_opening(doc: Document, meta: SourceMeta, line: int, text: str) -> str:
    """Take the date token and the dateline off the first paragraph."""
    m = DATE_TOKEN.match(text)
    if m:
        try:
            meta.reference_date = dt.date.fromisoformat(m.group(1))
        except ValueError:
            meta.warnings.append(f"{doc.name}:{line}: not a date: {m.group(1)!r}; the article has no reference date")
        text = text[m.end():]
    d = DATELINE.match(text)
    if d:
        meta.dateline = d.group("place").strip()
    return text


register(Reader("article", read_article))
