"""Audit rules for photo files: does the file's own metadata agree with its caption?

    embedded-byline-mismatch  the file's photographer (By-line / dc:creator) is none of the
                              caption credit's photographers (case and accents ignored)
    embedded-credit-mismatch  the file's Credit/Source names neither the caption's agency nor its source
    embedded-date-mismatch    the file's Date Created disagrees with the caption's date
    truncated-field           an IIM field cut at its length limit (a 32-byte Credit ending mid-word)

Each rule is a pure function of one picture's facts (`ImageFacts`) returning a `Problem` or
None; `iter_image_facts` streams the facts from the catalogue (pictures only: captions with
embedded metadata), and `image_findings` runs every rule. catalog/audit.py registers them as
catalogue-scope rules so `catalog audit` reports them beside the caption rules.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import aliased

from .sources.images import IIM_BY_KEY
from .store.keys import fold
from .store.models import Agency, Caption, CaptionPhotographer, EmbeddedMetadata, Photographer

# The caption-side warning CaptionWriter's image path adds when the credit came from the file:
# then the two cannot disagree and the rules stay quiet.
FROM_EMBEDDED = ("credit-from-embedded", "date-from-embedded")

# An IIM field and the XMP property that carries the same fact (for the full, uncut value).
XMP_TWIN = {"caption": "dc:description", "byline": "dc:creator", "credit": "photoshop:Credit",
            "source": "photoshop:Source", "city": "photoshop:City", "state": "photoshop:State",
            "country": "photoshop:Country", "headline": "photoshop:Headline", "byline_title":
            "photoshop:AuthorsPosition", "sublocation": "Iptc4xmpCore:Location",
            "transmission_reference": "photoshop:TransmissionReference", "writer": "photoshop:CaptionWriter"}


@dataclass(slots=True)
class ImageFacts:
    caption_id: int
    path: str
    credit_line: str | None
    agency: str | None
    credit_source: str | None
    date: str | None
    warnings: list
    file_byline: str | None
    file_credit: str | None
    file_source: str | None
    file_date: str | None
    raw: dict
    photographers: list[str] = field(default_factory=list)

    def from_file(self, what: str) -> bool:
        return any(str(w).startswith(what) for w in self.warnings or [])


@dataclass(slots=True)
class Problem:
    message: str
    expected: str | None = None


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def _names_agree(a: str, b: str) -> bool:
    """`Leah Millis` agrees with `LEAH MILLIS`, `Leah Millis/Pool` and `Léah Millis`."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def _file_names(byline: str | None) -> list[str]:
    return [n.strip() for n in re.split(r"\s*;\s*", byline or "") if n.strip()]


def _cut_from(short: str, full: str) -> bool:
    a, b = fold(short), fold(full)
    return len(a) >= 8 and len(b) > len(a) and b.startswith(a)


def byline_mismatch(f: ImageFacts) -> Problem | None:
    names = _file_names(f.file_byline)
    if not names or not f.photographers or f.from_file("credit-from-embedded"):
        return None
    if any(_names_agree(n, p) for n in names for p in f.photographers):
        return None
    return Problem(f"the file's By-line {'; '.join(names)!r} is not the caption's photographer "
                   f"{'; '.join(f.photographers)!r}", expected="; ".join(f.photographers))


def credit_mismatch(f: ImageFacts) -> Problem | None:
    file_parties = [p for p in (f.file_credit, f.file_source) if p]
    caption_parties = [p for p in (f.agency, f.credit_source) if p]
    if not file_parties or not caption_parties or f.from_file("credit-from-embedded"):
        return None
    if any(_names_agree(a, b) or _cut_from(a, b) for a in file_parties for b in caption_parties):
        return None  # a party cut at the IIM limit is truncated-field's finding, not a mismatch
    said = " / ".join(f"{k} {v!r}" for k, v in (("Credit", f.file_credit), ("Source", f.file_source)) if v)
    return Problem(f"the file's {said} names neither the caption's agency {f.agency!r}"
                   + (f" nor its source {f.credit_source!r}" if f.credit_source else ""), expected=f.agency)


def date_mismatch(f: ImageFacts) -> Problem | None:
    if not f.file_date or not f.date or f.from_file("date-from-embedded"):
        return None
    n = min(len(f.file_date), len(f.date))  # compare at the precision both have
    if f.file_date[:n] == f.date[:n]:
        return None
    return Problem(f"the file's Date Created {f.file_date} is not the caption's date {f.date}", expected=f.date)


def _full_value(xmp: dict, key: str) -> str | None:
    value = xmp.get(XMP_TWIN.get(key, ""))
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def truncated_fields(f: ImageFacts) -> Problem | None:
    iim = (f.raw or {}).get("iim") or {}
    values, lengths = iim.get("fields") or {}, iim.get("lengths") or {}
    xmp = (f.raw or {}).get("xmp") or {}
    cut = []
    expected = None
    for key, sizes in lengths.items():
        spec = IIM_BY_KEY.get(key)
        if spec is None:
            continue
        _, name, limit = spec
        for i, size in enumerate(sizes):
            value = (values.get(key) or [""])[i] if i < len(values.get(key) or []) else ""
            if size < limit or not value:
                continue
            full = _full_value(xmp, key)
            if full and len(full) > len(value) and full.startswith(value):
                cut.append(f"{name} ({limit} bytes) {value!r} is the start of the XMP value {full!r}")
                expected = expected or full
            elif value[-1].isalnum() and _continues_in_caption(value, f):
                whole = _whole_in_caption(value, f)
                cut.append(f"{name} is {limit} bytes, its limit, and ends mid-word: {value!r}"
                           + (f" (the caption's credit has {whole!r})" if whole else ""))
                expected = expected or whole
            elif value[-1].isalnum() and key in ("credit", "source", "byline", "city", "state", "caption"):
                cut.append(f"{name} is {limit} bytes, its limit, and ends in a word: {value!r} may be cut")
    if not cut:
        return None
    return Problem("; ".join(cut), expected=expected)


def _continues_in_caption(value: str, f: ImageFacts) -> bool:
    """The caption's credit line has the field's last word as the start of a longer word."""
    last = value.split()[-1] if value.split() else ""
    line = f.credit_line or ""
    return bool(last) and re.search(rf"\b{re.escape(last)}\w", line) is not None


def _whole_in_caption(value: str, f: ImageFacts) -> str | None:
    """The field's text completed to the end of its word, as the caption's credit prints it."""
    m = re.search(re.escape(value) + r"\w*", f.credit_line or "", re.IGNORECASE)
    return m.group(0) if m and len(m.group(0)) > len(value) else None


# (code, default severity, one-line doc, check)
IMAGE_RULES: list[tuple[str, str, str, Callable[[ImageFacts], Problem | None]]] = [
    ("embedded-byline-mismatch", "warning",
     "a photo file's By-line/dc:creator is not the caption's photographer (case and accents ignored)",
     byline_mismatch),
    ("embedded-credit-mismatch", "warning",
     "a photo file's Credit/Source names neither the caption's agency nor its source", credit_mismatch),
    ("embedded-date-mismatch", "warning", "a photo file's Date Created is not the caption's date", date_mismatch),
    ("truncated-field", "warning", "an IPTC IIM field cut at its length limit (a 32-byte Credit ending mid-word)",
     truncated_fields),
]


def iter_image_facts(conn, where=None, batch: int = 1000) -> Iterator[ImageFacts]:
    """Every catalogued picture with its caption's credit facts, streamed in caption order.

    `where` is an optional SQLAlchemy clause on Caption (the audit's selection)."""
    agency, party = aliased(Agency), aliased(Agency)
    stmt = (select(Caption.id, EmbeddedMetadata.path, Caption.credit_line, agency.name, party.name, Caption.date,
                   Caption.warnings, EmbeddedMetadata.byline, EmbeddedMetadata.credit, EmbeddedMetadata.source,
                   EmbeddedMetadata.date_created, EmbeddedMetadata.raw, Photographer.name)
            .join(EmbeddedMetadata, EmbeddedMetadata.caption_id == Caption.id)
            .outerjoin(agency, agency.id == Caption.agency_id)
            .outerjoin(party, party.id == Caption.credit_source_id)
            .outerjoin(CaptionPhotographer, CaptionPhotographer.caption_id == Caption.id)
            .outerjoin(Photographer, Photographer.id == CaptionPhotographer.photographer_id)
            .order_by(Caption.id, CaptionPhotographer.ordinal))
    if where is not None:
        stmt = stmt.where(where)
    current = None
    for row in conn.execution_options(yield_per=batch).execute(stmt):
        if current is None or row[0] != current.caption_id:
            if current is not None:
                yield current
            current = ImageFacts(*row[:12])
        if row[12] is not None:
            current.photographers.append(row[12])
    if current is not None:
        yield current


def image_findings(conn, where=None, codes=None) -> Iterator[tuple[str, str, int, str, Problem]]:
    """(code, severity, caption id, path, problem) for every rule (or those in `codes`) that fires."""
    rules = [r for r in IMAGE_RULES if codes is None or r[0] in codes]
    for facts in iter_image_facts(conn, where):
        for code, severity, _doc, check in rules:
            problem = check(facts)
            if problem is not None:
                yield code, severity, facts.caption_id, facts.path, problem
