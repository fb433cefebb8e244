"""Caption text -> parse record. Pure: never touches the database.

One entry point, small named steps (usaddress tokenize -> tag, nameparser
pre_process -> parse_pieces -> post_process):

    split credit  (credit.py)   the credit tail, photographers, agency, source, flags
    find date     (dates.py)    the date span -> ISO date + precision
    find place    (places.py)   venue, city, region, country
    find people   (people.py)   names, titles, positions

Odd input comes back as data (a warning code), never as an exception.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from .record import Caption, Credit, Location, Person
from . import credit as _credit
from . import dates as _dates
from . import places as _places
from . import people as _people

# Bump when a change to the parser changes what it returns: stored captions
# record it and `catalog reparse` uses it to find stale parses.
PARSER_VERSION = "0.1.0"

__all__ = ["parse_caption", "Caption", "Credit", "Location", "Person", "PARSER_VERSION"]

# Control characters other than white space (binary junk, NULs) carry no caption text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b]")


def _as_date(value) -> _dt.date | None:
    """Accept a date, a datetime or an ISO string; anything else means no reference."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def normalise_text(text) -> str:
    """The caption as read: NFC, no control characters, single spaces, trimmed."""
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", "replace")
        else:
            text = "" if text is None else str(text)
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():  # cheap test first: most captions hold no control character
        text = _CONTROL.sub("", text)
    return " ".join(text.split())


def _step(name: str, warnings: list[str], fn, default, *args, **kwargs):
    """Run one step; an exception becomes a warning and the step's empty answer, which
    `default()` builds only then (most captions never need it)."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # the parser never raises on any input
        warnings.append(f"internal-error: {name}: {type(exc).__name__}")
        return default()


def _no_credit(text: str):
    return lambda: (text, Credit(), ["no-credit"])


def parse_caption(text, reference_date=None) -> Caption:
    """Parse one caption. Never raises: any string gives a record."""
    text = normalise_text(text)
    ref = _as_date(reference_date)
    warnings: list[str] = []

    description, credit, credit_warnings = _step(
        "credit", warnings, _credit.split_credit, _no_credit(text), text)
    warnings.extend(credit_warnings)

    found = _step("date", warnings, _dates.find_date, _dates.FoundDate, description, ref)
    warnings.extend(found.warnings)

    location = _step("place", warnings, _places.find_location, Location, description, date_span=found.span)
    people = _step("people", warnings, _people.find_people, list, description, credit=credit, location=location,
                   date_span=found.span)

    return Caption(
        text=text,
        description=description,
        people=people,
        location=location,
        date=found.value,
        date_precision=found.precision,
        credit=credit,
        warnings=warnings,
    )
