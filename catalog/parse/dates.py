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

_MON_WORDS = ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
              "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?")
_WD_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = "(?:" + "|".join(_MON_WORDS) + ")"
_WD = "(?:" + "|".join(_WD_WORDS) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"

# The full pattern, alternatives tried in this order where a date starts.
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


def _letter_forms(weekdays, months) -> dict:
    """Month and weekday forms that start a date, by their capital first letter: the rest of
    each form after that letter. Letters 2-3 must be ASCII, as `Fri` is and `Frı` is not;
    after them the match is case-insensitive like _SCAN."""
    tail = rf"(?:\.?\s+{_DAY}\b|\b\.?,?\s+{_YEAR}\b)"  # `June 4` (mdy) or `June 2023` (my)
    out = {}
    for letter in dict.fromkeys(w[0] for w in (*weekdays, *months)):
        forms = []
        wd = [f"(?a:{w[1:3]}){w[3:]}" for w in weekdays if w[0] == letter]
        mon = [f"(?a:{w[1:3]}){w[3:]}" for w in months if w[0] == letter]
        if wd:
            forms.append(rf"(?:{'|'.join(wd)})\b")  # a weekday (also leads `Sunday, June 4`)
        if mon:
            forms.append(f"(?:{'|'.join(mon)}){tail}")
        out[letter.upper()] = "|".join(forms)
    return out


def _by_first_letter(weekdays, months) -> str:
    """The forms above as one alternative per capital letter (a case-sensitive literal the
    regex engine tests in one step)."""
    return "|".join(f"(?-i:{letter})(?:{forms})" for letter, forms in _letter_forms(weekdays, months).items())


# Where a written date starts, found by the regex engine alone (a loop of _SCAN.match calls
# from Python costs far more). A date starts a word: a capitalised month or weekday, or a digit.
# The pattern opens with one case-sensitive character class, so the engine skips ahead fast;
# at a candidate, `(?<=(?=X).)` steps back over the character just read and tests X there.
# X says whether _SCAN matches at that point (the match itself is then taken with _SCAN) and
# tests the capital letter first, so most capitalised words fail in a step or two.
_STARTS = rf"""
      {_by_first_letter(_WD_WORDS, _MON_WORDS)}
    | (?=\d)(?: {_DAY}\s+(?:of\s+)?{_MON}\b                             # 4 June
              | {_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b     # 2023-06-04
              | \d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b              # 4/6/2023
              | {_YEAR}\b(?!\s*[-–/]\s*\d)(?!\s+[A-Z0-9]) )             # in 2023
"""
_DATE_START = re.compile(rf"(?-i:[JFMASONDTW\d])(?<![^\W_].)(?<=(?=(?:{_STARTS}))[\s\S])", re.I | re.X)

# The same for ASCII text (nearly every caption), faster: one alternative per first
# character, a literal the engine tests in one step, then the rest of that form.
# (Other text needs the one above: a date may start with any digit, `٥/٦/٢٠٢٣`.)
_WORD_START = r"(?<![^\W_].)"  # the character before the one just read is not alphanumeric
_DAY_AFTER = {"0": "[1-9]", "1": r"\d?", "2": r"\d?", "3": "[01]?"}  # _DAY after its first digit
_YEAR_AFTER = {"1": r"[89]\d\d", "2": r"(?:0\d\d|100)"}               # _YEAR after its first digit


def _ascii_starts() -> str:
    alts = [f"{letter}{_WORD_START}(?i:{forms})" for letter, forms in _letter_forms(_WD_WORDS, _MON_WORDS).items()]
    for digit in "0123456789":
        forms = [rf"{_DAY_AFTER.get(digit, '')}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b"]  # 4 June
        year = _YEAR_AFTER.get(digit)
        if year:
            forms.append(rf"{year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")       # 2023-06-04
            forms.append(rf"{year}\b(?!\s*[-–/]\s*\d)(?!\s+[A-Z0-9])")                   # in 2023
        forms.append(r"\d?[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b")                            # 4/6/2023
        alts.append(f"{digit}{_WORD_START}(?i:{'|'.join(forms)})")
    return "|".join(alts)


_DATE_START_ASCII = re.compile(_ascii_starts())

# Years ([12]\d{3} between non-digits) bound the windows of the fast pass. Two searches that
# open with a literal digit are several times faster than one that opens with `[12]`.
_YEARS = (re.compile(r"1(?<!\d.)\d{3}(?!\d)"), re.compile(r"2(?<!\d.)\d{3}(?!\d)"))
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


# Letters IGNORECASE matches to ASCII ones that str.lower() keeps apart (`Auguſt`, `Frıday`).
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})


def _name(table: dict, s: str) -> int:
    key = s.lower().rstrip(".")
    return table[key] if key in table else table[s.translate(_FOLD).lower().rstrip(".")]


def _forms(table: dict) -> dict:
    """A name table with its usual spellings (`june`, `June`, `JUNE`) as keys: one look-up."""
    return {f: v for k, v in table.items() for f in (k, k.title(), k.upper())}


_MONTH_FORMS = _forms(MONTHS)
_WEEKDAY_FORMS = _forms(WEEKDAYS)
_DAY_FORMS = {f"{p}{n}{s}": n for n in range(1, 32) for p in ("", "0")[: 2 if n < 10 else 1]
              for s in ("", "st", "nd", "rd", "th")}


def _month(s: str) -> int:
    return _MONTH_FORMS.get(s) or _name(MONTHS, s)


def _weekday(s: str) -> int:
    n = _WEEKDAY_FORMS.get(s)
    return _name(WEEKDAYS, s) if n is None else n  # Monday is 0


_DIGITS = re.compile(r"\d+")
_ON_BEFORE = re.compile(r"\bon\s+$")


def _day(s: str) -> int:
    return _DAY_FORMS.get(s) or int(_DIGITS.match(s).group())


def _years(text: str) -> list:
    """The spans of the years written in the text, in order."""
    spans = [m.span() for pattern in _YEARS for m in pattern.finditer(text)]
    if len(spans) > 1:
        spans.sort()
    if not text.isascii():  # digits the pattern does not know (`²2023`) still join a number
        spans = [(s, e) for s, e in spans if not ((s and text[s - 1].isdigit()) or text[e:e + 1].isdigit())]
    return spans


def _dates(text: str, windows=None) -> list:
    """The written dates (_SCAN matches), left to right and not overlapping: in the whole text,
    or in each of the windows (lo, hi) on its own (a date starts in it and may run past hi)."""
    search = (_DATE_START_ASCII if text.isascii() else _DATE_START).search
    out = []
    start = None  # the first date start at or after pos, found while looking in an earlier window
    for lo, hi in windows or ((0, len(text)),):
        pos = lo
        while True:
            if start is None or start.start() < pos:
                start = search(text, pos)
            if start is None or start.start() >= hi:
                break
            m = _SCAN.match(text, start.start())
            if m is None:  # cannot happen: the start pattern is _SCAN's own test
                pos = start.start() + 1
                continue
            out.append(m)
            pos = m.end()
    return out


def _windows(years: list):
    """From 40 characters before each year to its end (and after the year before it): a full
    date ends with its year."""
    lo = 0
    for s, e in years:
        yield max(lo, s - 40), e
        lo = e


def _kind(text: str, m: re.Match) -> str | None:
    """What a written date gives (day, monthday, weekday, month, year), or None when the
    words around it say it is not a date of the picture."""
    form = m.lastgroup
    if form == "mdy":
        return "day" if m["year1"] else "monthday"
    if form == "dmy":
        if m["year2"]:
            return "day"
        start = m.start()
        # `5 May` is rarely the 5th of May in a caption (`May` is a name or a verb) unless `on 5 May`.
        if m["mon2"].lower() != "may" or m["wd2"] or _ON_BEFORE.search(text[max(0, start - 4):start]):
            return "monthday"
        return None
    if form == "iso" or form == "num":
        return "day"
    if form == "my":
        return "month"
    start = m.start()
    if form == "wd":
        return None if _NOT_DAY.search(text[max(0, start - 12):start]) else "weekday"
    return "year" if _YEAR_LEAD.search(text[max(0, start - 6):start]) else None


def _clause_start(before: str) -> int:
    """Where the clause holding the end of `before` starts (after a comma, semicolon or sentence end)."""
    cut = max(before.rfind(","), before.rfind(";")) + 1
    i = before.rfind(". ", cut)
    while i > 0:  # a sentence end: `2023. `, `there. ` (not `U.S. ` or `Jan. `)
        if before[i - 1].islower() or before[i - 1].isdigit():
            return i + 2
        i = before.rfind(". ", cut, i)
    return cut


def _is_release(text: str, start: int, prev_end: int) -> bool:
    """`released November 4`, `(issued 19 June 2023)`, `since Jan. 6, 2021`: not the picture's day."""
    lo = max(0, start - 90, prev_end)
    before = text[lo:start]
    low = before.lower()
    # A release word ends in `ed ` or is `available`: most captions skip the clause work.
    if ("ed " in low or "available" in low) and _released(before):
        return True
    # The last word before the date (or before its `on`/`in`) is a bound: `since`, `until` ...
    tail = low[-16:] if start - lo >= 16 and before.isascii() else text[max(0, start - 16):start].lower()
    words = tail.rsplit(None, 2)
    if len(words) > 1 and words[-1] in ("on", "in"):
        return words[-2] in _BOUND_WORDS
    return bool(words) and words[-1] in _BOUND_WORDS


def _released(before: str) -> bool:
    """The clause just before the date says the picture was released (issued ...) then."""
    clause = before[_clause_start(before):]
    low = clause.lower()
    if ("ed " in low or "available" in low) and any(h in low for h in _RELEASE_HINTS):
        rel = None
        for rel in _RELEASE.finditer(clause):
            pass
        if rel is not None and not _TAKEN.search(clause) and not _VERB.search(clause, rel.end()):
            return True
    return False


def _is_attributive(text: str, kind: str, start: int) -> bool:
    """`the Jan. 6, 2021, attack`: a month-first date after `the` names an event, not the day."""
    return (kind == "day" or kind == "monthday") and text[start:start + 1].isalpha() and \
        text[max(0, start - 4):start].lower() == "the "


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


def _find_date(text: str, ref: _dt.date | None) -> FoundDate:
    # Most captions write the day in full: the dates just before a year are looked at first.
    years = _years(text)
    best = _choose(text, _dates(text, _windows(years))) if years else None
    if best is None or best[0] != "day":
        best = _choose(text, _dates(text))
    return _resolve(text, best, ref)


def _choose(text: str, dates: list):
    """(kind, match) of the picture's date: the most precise kind wins, the first of it;
    release dates and bounds are skipped."""
    best = None
    best_rank = best_weekday = None
    prev_end = 0
    for m in dates:
        kind = _kind(text, m)
        if kind is None:
            continue
        start = m.start()
        release = _is_release(text, start, prev_end) or _is_attributive(text, kind, start)
        prev_end = m.end()
        if release:
            continue
        rank = _RANK[kind]
        weekday = rank == 0 and (m["wd1"] or m["wd2"]) is not None
        # AP writes the picture's day with its weekday: that one beats an earlier bare date.
        if best is None or rank < best_rank or (rank == 0 == best_rank and weekday and not best_weekday):
            best, best_rank, best_weekday = (kind, m), rank, weekday
            if weekday:
                break
    return best


def _resolve(text: str, best, ref: _dt.date | None) -> FoundDate:
    """The chosen written date -> ISO value, precision, span and weekday check."""
    if best is None:
        return FoundDate()
    kind, m = best
    form = m.lastgroup
    value = precision = weekday = None
    if form == "mdy" or form == "dmy":  # a day of a month, with or without its year and weekday
        wd, mon, day, year = m.group("wd1", "mon1", "day1", "year1") if form == "mdy" else \
            m.group("wd2", "mon2", "day2", "year2")
        month, day = _month(mon), _day(day)
        if wd is not None:
            weekday = _weekday(wd)
        year = int(year) if year else _year_for(month, day, ref)
        d = _valid(year, month, day) if year else None
    elif form == "iso":
        d = _valid(int(m["year3"]), int(m["mon3"]), int(m["day3"]))
    elif form == "num":
        d = _dateparser_day(m["num"])
    else:
        d = None
        if form == "my":
            value, precision = f"{int(m['year4']):04d}-{_month(m['mon4']):02d}", "month"
        elif form == "yr":
            value, precision = f"{int(m['year6']):04d}", "year"
        elif ref is not None and not _UNDATED.search(text):  # a weekday: the last one by the reference date
            value, precision = _last_weekday(_weekday(m["wd5"]), ref).isoformat(), "day"
    warnings = []
    if d is not None:
        value, precision = d.isoformat(), "day"
        if weekday is not None and d.weekday() != weekday:
            warnings.append(f"weekday-mismatch: {_WD_NAMES[weekday]} is not {value}")
    return FoundDate(value, precision, m.span(), warnings)
