"""The date span -> ISO date + precision (dateparser only as a fallback).

Steps (find_date):
    scan        one regex finds every written date: `Sunday, June 18, 2023`, `Sept. 5`,
                `18 June 2023`, `JUNE 18:`, `in May 2023`, `in 1990`, `on Friday`, `2023-06-18`,
                and numeric forms (`18/06/2023`) that only dateparser reads
    filter      a date written as a release or issue date (`released November 4`,
                `(issued 19 June 2023)`) or as a bound (`since`, `until`) is not the picture's
    choose      the most precise kind wins (full date > month-day > weekday > month-year >
                year); the first of that kind
    resolve     a missing year from the reference date, a weekday to the most recent such day
                on or before the reference date; a written weekday is checked against the date
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass, field

__all__ = ["FoundDate", "find_date"]


@dataclass(slots=True)
class FoundDate:
    value: str | None = None          # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    precision: str | None = None      # "day", "month", "year"
    span: tuple[int, int] | None = None  # where in the description the date was written
    warnings: list[str] = field(default_factory=list)


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
_WD_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"

# Where a date can start: a capitalised month or weekday, or a number. A bare character
# class lets the regex engine skip ahead fast; the word start and the three-letter prefix
# are checked in Python, and the full pattern below is only tried at those points.
_TRIGGER = re.compile(r"[JFMASONDTW][A-Za-z]{2}|\d+")
_YEAR4 = re.compile(r"[12]\d{3}")
_PREFIXES = frozenset(k[:3] for k in (*MONTHS, *WEEKDAYS))

# The full pattern, alternatives tried in this order at a trigger point.
_SCAN = re.compile(
    rf"""
    (?P<mdy>(?:(?P<wd1>{_WD}),?\s+)?(?P<mon1>{_MON})\.?\s+(?P<day1>{_DAY})\b(?:,?\s+(?P<year1>{_YEAR})\b)?)
  | (?P<dmy>(?:(?P<wd2>{_WD}),?\s+)?(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MON})\b\.?(?:,?\s+(?P<year2>{_YEAR})\b)?)
  | (?P<iso>(?P<year3>{_YEAR})-(?P<mon3>0[1-9]|1[0-2])-(?P<day3>0[1-9]|[12]\d|3[01])\b)
  | (?P<my>(?P<mon4>{_MON})\b\.?,?\s+(?P<year4>{_YEAR})\b)
  | (?P<num>\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b)
  | (?P<wd>(?P<wd5>{_WD})\b)
  | (?P<yr>(?P<year6>{_YEAR})\b(?!\s*[-–/]\s*\d)(?!\s+[A-Z0-9]))
    """,
    re.I | re.X,
)
# A year alone is the picture's only after `in` (`in 1990`, `in July 1969` is a month).
_YEAR_LEAD = re.compile(r"\b(?:in|of|from)\s+$", re.I)

# Words just before a date that make it something other than the picture's day.
_RELEASE = re.compile(r"\b(?:released|issued|published|distributed|made\s+available|posted|handed\s+out|obtained|received|dated)\b", re.I)
_RELEASE_HINTS = ("releas", "issued", "publish", "distribut", "available", "posted", "handed", "obtained", "received", "dated")
_BOUND_WORDS = frozenset(("since", "until", "till", "before", "after", "born", "died", "expire", "expires", "due", "by"))
_TAKEN = re.compile(r"\b(?:taken|made|shot|captured|photographed|recorded|filmed)\b", re.I)
# A verb between a release word and the date means the date belongs to another clause.
_VERB = re.compile(r"\b(?:shows?|showing|depicts?|is|are|was|were|as|while|when)\b", re.I)
_NOT_DAY = re.compile(r"\b(?:good|black|super|holy|ash|cyber|maundy|easter|palm|giving|bloody|fat|blue)\s+$", re.I)
_UNDATED = re.compile(r"\bundated\b", re.I)

_RANK = {"day": 0, "monthday": 1, "weekday": 2, "month": 3, "year": 4}


@dataclass(slots=True)
class _Cand:
    kind: str                 # day | monthday | weekday | month | year
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    dp_text: str | None = None  # numeric form for dateparser


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


_DIGITS = re.compile(r"\d+")
_ON_BEFORE = re.compile(r"\bon\s+$")


def _day(s: str) -> int:
    return int(_DIGITS.match(s).group())


def _matches(text: str, lo: int = 0, hi: int | None = None):
    """Full-pattern matches at trigger points in text[lo:hi], left to right, not overlapping."""
    end = lo
    match = _SCAN.match
    prefixes = _PREFIXES
    for t in _TRIGGER.finditer(text, lo, len(text) if hi is None else hi):
        pos = t.start()
        if pos < end or (pos and text[pos - 1].isalnum()):
            continue
        word = t.group()
        if len(word) == 3 and word.lower() not in prefixes:
            continue
        m = match(text, pos)
        if m:
            end = m.end()
            yield m


def _candidates(text: str, lo: int = 0, hi: int | None = None):
    for m in _matches(text, lo, hi):
        g = m.group
        kind = m.lastgroup
        if kind == "mdy":
            wd = WEEKDAYS[g("wd1").lower()] if g("wd1") else None
            if g("year1"):
                yield _Cand("day", m.start(), m.end(), int(g("year1")), _month(g("mon1")), _day(g("day1")), wd)
            else:
                yield _Cand("monthday", m.start(), m.end(), None, _month(g("mon1")), _day(g("day1")), wd)
        elif kind == "dmy":
            wd = WEEKDAYS[g("wd2").lower()] if g("wd2") else None
            if g("year2"):
                yield _Cand("day", m.start(), m.end(), int(g("year2")), _month(g("mon2")), _day(g("day2")), wd)
            elif g("mon2").lower() != "may" or g("wd2") or _ON_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
                yield _Cand("monthday", m.start(), m.end(), None, _month(g("mon2")), _day(g("day2")), wd)
        elif kind == "iso":
            yield _Cand("day", m.start(), m.end(), int(g("year3")), int(g("mon3")), int(g("day3")))
        elif kind == "my":
            yield _Cand("month", m.start(), m.end(), int(g("year4")), _month(g("mon4")))
        elif kind == "num":
            yield _Cand("day", m.start(), m.end(), dp_text=g("num"))
        elif kind == "wd":
            if not _NOT_DAY.search(text[max(0, m.start() - 12):m.start()]):
                yield _Cand("weekday", m.start(), m.end(), weekday=WEEKDAYS[g("wd5").lower()])
        elif kind == "yr":
            if _YEAR_LEAD.search(text[max(0, m.start() - 6):m.start()]):
                yield _Cand("year", m.start(), m.end(), int(g("year6")))


def _clause_start(before: str) -> int:
    """Where the clause holding the end of `before` starts (after a comma, semicolon or sentence end)."""
    cut = max(before.rfind(","), before.rfind(";")) + 1
    i = before.rfind(". ", cut)
    while i > 0:  # a sentence end: `2023. `, `there. ` (not `U.S. ` or `Jan. `)
        if before[i - 1].islower() or before[i - 1].isdigit():
            return i + 2
        i = before.rfind(". ", cut, i)
    return cut


def _is_release(text: str, c: _Cand, prev_end: int) -> bool:
    """`released November 4`, `(issued 19 June 2023)`, `since Jan. 6, 2021`: not the picture's day."""
    lo = max(0, c.start - 90, prev_end)
    before = text[lo:c.start]
    clause = before[_clause_start(before):]
    low = clause.lower()
    if ("ed " in low or "available" in low) and any(h in low for h in _RELEASE_HINTS):
        rel = None
        for rel in _RELEASE.finditer(clause):
            pass
        if rel is not None and not _TAKEN.search(clause) and not _VERB.search(clause, rel.end()):
            return True
    words = text[max(0, c.start - 16):c.start].lower().split()
    if words and words[-1] in ("on", "in") and len(words) > 1:
        words.pop()
    return bool(words) and words[-1] in _BOUND_WORDS


def _is_attributive(text: str, c: _Cand) -> bool:
    """`the Jan. 6, 2021, attack`: a month-first date after `the` names an event, not the day."""
    return c.kind in ("day", "monthday") and text[c.start:c.start + 1].isalpha() and \
        text[max(0, c.start - 4):c.start].lower() == "the "


def _valid(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except (ValueError, TypeError):
        return None


def _year_for(month: int, day: int, ref: _dt.date | None) -> int | None:
    """A month-day without a year takes the reference year (the year before if that lands well after it)."""
    if ref is None:
        return None
    d = _valid(ref.year, month, day)
    if d is None and month == 2 and day == 29:
        return ref.year
    if d is not None and (d - ref).days > 31:
        return ref.year - 1
    return ref.year


def _last_weekday(wd: int, ref: _dt.date) -> _dt.date:
    """The most recent `wd` on or before the reference date."""
    return ref - _dt.timedelta(days=(ref.weekday() - wd) % 7)


@functools.cache
def _date_parser():
    """dateparser is heavy to import: only when a fallback span needs it, once."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})


def _dateparser_day(span: str) -> _dt.date | None:
    try:
        data = _date_parser().get_date_data(span)
    except Exception:
        return None
    if data and data.date_obj and getattr(data, "period", "day") == "day":
        return data.date_obj.date()
    return None


def find_date(description: str, reference_date: _dt.date | None = None) -> FoundDate:
    """The day the picture was taken, as written in the description. Never raises."""
    try:
        return _find_date(description or "", reference_date)
    except Exception as exc:  # odd input comes back as data
        return FoundDate(warnings=[f"date-error: {type(exc).__name__}"])


def _year_windows(text: str):
    """(lo, hi) windows ending at each written year: a full date ends with its year."""
    lo = 0
    for m in _YEAR4.finditer(text):
        s, e = m.span()
        if (s and text[s - 1].isdigit()) or text[e:e + 1].isdigit():
            continue
        yield max(lo, s - 40), e
        lo = e


def _year_anchored(text: str):
    for lo, hi in _year_windows(text):
        yield from _candidates(text, lo, hi)


def _find_date(text: str, ref: _dt.date | None) -> FoundDate:
    # Fast path: most captions write the day in full; only the text before each year is scanned.
    best = _choose(text, _year_anchored(text))
    if best is None or best.kind != "day":
        best = _choose(text, _candidates(text))
    return _resolve(text, best, ref)


def _choose(text: str, candidates) -> _Cand | None:
    best: _Cand | None = None
    prev_end = 0
    for c in candidates:
        release = _is_release(text, c, prev_end) or _is_attributive(text, c)
        prev_end = c.end
        if release:
            continue
        # AP writes the picture's day with its weekday: that one beats an earlier bare date.
        if best is None or _RANK[c.kind] < _RANK[best.kind] or (
                c.kind == "day" == best.kind and c.weekday is not None and best.weekday is None):
            best = c
            if c.kind == "day" and c.weekday is not None:
                break
    return best


def _resolve(text: str, best: _Cand | None, ref: _dt.date | None) -> FoundDate:
    """The chosen written date -> ISO value, precision, span and weekday check."""
    if best is None:
        return FoundDate()
    out = FoundDate(span=(best.start, best.end))
    if best.kind == "day":
        d = _valid(best.year, best.month, best.day) if best.dp_text is None else _dateparser_day(best.dp_text)
        if d:
            out.value, out.precision = d.isoformat(), "day"
    elif best.kind == "monthday":
        y = _year_for(best.month, best.day, ref)
        d = _valid(y, best.month, best.day) if y else None
        if d:
            out.value, out.precision = d.isoformat(), "day"
    elif best.kind == "weekday":
        if ref is not None and not _UNDATED.search(text):
            d = _last_weekday(best.weekday, ref)
            out.value, out.precision = d.isoformat(), "day"
    elif best.kind == "month":
        out.value, out.precision = f"{best.year:04d}-{best.month:02d}", "month"
    elif best.kind == "year":
        out.value, out.precision = f"{best.year:04d}", "year"
    if out.value and best.weekday is not None and best.kind in ("day", "monthday"):
        d = _dt.date.fromisoformat(out.value)
        if d.weekday() != best.weekday:
            out.warnings.append(f"weekday-mismatch: {_WD_NAMES[best.weekday]} is not {out.value}")
    return out
