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

from .record import Caption, Credit, Location, Person
from . import credit as _credit
from . import dates as _dates
from . import places as _places
from . import people as _people

# Bump when a change to the parser changes what it returns: stored captions
# record it and `catalog reparse` uses it to find stale parses.
PARSER_VERSION = "0.1.0"

__all__ = ["parse_caption", "Caption", "Credit", "Location", "Person", "PARSER_VERSION"]

_SPACE = re.compile(r"\s+")


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


def parse_caption(text, reference_date=None) -> Caption:
    """Parse one caption. Never raises: any string gives a record."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = _SPACE.sub(" ", text).strip()
    ref = _as_date(reference_date)
    warnings: list[str] = []

    description, credit, credit_warnings = _credit.split_credit(text)
    warnings.extend(credit_warnings)

    found = _dates.find_date(description, ref)
    warnings.extend(found.warnings)

    location = _places.find_location(description, date_span=found.span)
    people = _people.find_people(description, credit=credit, location=location, date_span=found.span)

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
