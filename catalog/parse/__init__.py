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
import importlib.machinery
import importlib.util
import os as _os
import sys as _sys

# CATALOG_PARSE_PURE=1 loads the plain-Python step modules even where compiled ones are built
# beside them (tools/parser_parity.py compare runs both builds on the same texts that way).
_STEP_MODULES = ("credit", "dates", "places", "people", "text")


class _PureFinder:
    """A meta-path finder that answers our step modules with their .py files (the import
    system would otherwise take the extension module that sits beside each)."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != __name__ or name not in _STEP_MODULES:
            return None
        source = _os.path.join(_os.path.dirname(__file__), name + ".py")
        return importlib.util.spec_from_file_location(fullname, source)


if _os.environ.get("CATALOG_PARSE_PURE", "") not in ("", "0"):
    if not any(isinstance(f, _PureFinder) for f in _sys.meta_path):
        _sys.meta_path.insert(0, _PureFinder())

from .record import Caption, Credit, Location, Person
from .text import normalise_text
from . import text as _text
from . import credit as _credit
from . import dates as _dates
from . import places as _places
from . import people as _people

# Bump when a change to the parser changes what it returns: stored captions
# record it and `catalog reparse` uses it to find stale parses.
PARSER_VERSION = "0.1.0"

__all__ = ["parse_caption", "Caption", "Credit", "Location", "Person", "PARSER_VERSION", "COMPILED"]

# The modules built as C extensions (setup.py, Cython; pure Python when the build had no
# compiler): the four steps and the text normaliser. COMPILED is True when all of them are.
_COMPILABLE = (_credit, _dates, _places, _people, _text)
COMPILED_STEPS = tuple(m.__name__.rpartition(".")[2] for m in _COMPILABLE
                       if (m.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)))
COMPILED = len(COMPILED_STEPS) == len(_COMPILABLE)


def _as_date(value) -> _dt.date | None:
    """Accept a date, a datetime or an ISO string; anything else means no reference."""
    if value is None:
        return None
    if type(value) is str:  # the usual: an ISO date
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _failed(name: str, warnings: list[str], exc: Exception) -> None:
    """A step that raised: its warning (the parser never raises on any input)."""
    warnings.append(f"internal-error: {name}: {type(exc).__name__}")


def parse_caption(text, reference_date=None) -> Caption:
    """Parse one caption. Never raises: any string gives a record."""
    raw, text = text, normalise_text(text)
    ref = _as_date(reference_date)
    warnings: list[str] = []
    # Each step in its own try: an exception becomes a warning and the step's empty answer.
    try:
        description, credit, credit_warnings = _credit.split_credit(text)
        if credit.line is None and type(raw) is str and "\n" in raw:
            # a credit on the last line of its own, which the text as read joins to the prose
            own_line = _credit.split_own_line_credit(raw, text)
            if own_line is not None:
                description, credit, credit_warnings = own_line
    except Exception as exc:
        _failed("credit", warnings, exc)
        description, credit, credit_warnings = text, Credit(), ["no-credit"]
    if credit_warnings:
        warnings.extend(credit_warnings)
    read = description  # what the steps read: a description set all in capitals re-cased
    if read[:2].isupper():
        read = _text.restore_capitals(read)
    try:
        found = _dates.find_date(read, ref)
    except Exception as exc:
        _failed("date", warnings, exc)
        found = _dates.FoundDate()
    if found.value is None and credit.line:
        dated = _credit.credit_date_text(credit.line)  # a photo library's `Agency/Name/Month Year`
        if dated:
            in_credit = _dates.find_date(dated, ref)
            found = _dates.FoundDate(in_credit.value, in_credit.precision, None, in_credit.warnings)
    if found.warnings:
        warnings.extend(found.warnings)
    try:
        location = _places.find_location(read, date_span=found.span, credit=credit, warnings=warnings)
    except Exception as exc:
        _failed("place", warnings, exc)
        location = Location()
    try:
        people = _people.find_people(read, credit=credit, location=location, date_span=found.span,
                                     warnings=warnings)
    except Exception as exc:
        _failed("people", warnings, exc)
        people = []
    return Caption(text, description, people, location, found.value, found.precision, credit, warnings)
