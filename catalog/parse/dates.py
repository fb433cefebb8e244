"""The date span -> ISO date + precision (dateparser only as a fallback).

Steps (find_date):
    scan        one regex (_SCAN) says what a written date is: `Sunday, June 18, 2023`, `Sept. 5`,
                `18 June 2023`, `JUNE 18:`, `in May 2023`, `in 1990`, `on Friday`, `2023-06-18`,
                and numeric forms (`18/06/2023`) that only dateparser reads. The dates in the
                40 characters before each year are looked at first (a full date ends with its
                year); the whole text only when those give no full date. The scans run in the
                regex engine: one pattern per first character for ASCII text, a general one else
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

try:
    import cython  # compiled: the year scan below is a typed C loop
    _COMPILED = cython.compiled
except ImportError:  # plain Python without Cython
    _COMPILED = False

__all__ = ["FoundDate", "find_date"]


class FoundDate:
    """The date found: value "YYYY-MM-DD", "YYYY-MM" or "YYYY"; precision "day", "month" or
    "year"; span, where in the description the date was written; warnings."""
    # (a plain class, not a dataclass: compiled, its __init__ costs a fraction of the generated
    # one, and one is built per caption; __eq__ and __repr__ answer as the dataclass did)
    __slots__ = ("value", "precision", "span", "warnings")

    def __init__(self, value: str | None = None, precision: str | None = None,
                 span: tuple[int, int] | None = None, warnings: list[str] | None = None):
        self.value = value
        self.precision = precision
        self.span = span
        self.warnings = [] if warnings is None else warnings

    def __repr__(self) -> str:
        return (f"FoundDate(value={self.value!r}, precision={self.precision!r}, span={self.span!r}, "
                f"warnings={self.warnings!r})")

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.value, self.precision, self.span, self.warnings) == \
            (other.value, other.precision, other.span, other.warnings)

    __hash__ = None  # (as a dataclass with eq: not hashable)


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "feburary": 2, "febuary": 2,  # (misspellings seen in print)
}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
_WD_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MON_WORDS = ("jan(?:uary)?", "feb(?:ruary|urary|uary)?",  # (two misspellings seen in print)
              "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
              "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?")
_WD_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = "(?:" + "|".join(_MON_WORDS) + ")"
_WD = "(?:" + "|".join(_WD_WORDS) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"

# The full pattern, alternatives tried in this order where a date starts (compiled by
# _general_scans, on the first text that is not ASCII).
_SCAN_PATTERN = (
    rf"""
    (?P<mdy>(?:(?P<wd1>{_WD}),?\s+)?(?P<mon1>{_MON})(?:\.\s*|\s+|\.?,\s*(?={_DAY},?\s+{_YEAR}\b)|(?={_DAY},\s*{_YEAR}\b))(?P<day1>{_DAY})\b(?:(?:[,.]?\s+|,|\s+,\s*)(?P<year1>{_YEAR})\b)?)
  | (?P<dmy>(?:(?P<wd2>{_WD}),?\s+)?(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MON})\b\.?(?:,?\s+(?P<year2>{_YEAR})\b)?)
  | (?P<iso>(?P<year3>{_YEAR})-(?P<mon3>0[1-9]|1[0-2])-(?P<day3>0[1-9]|[12]\d|3[01])\b)
  | (?P<my>(?P<mon4>{_MON})\b\.?,?\s+(?:of\s+)?(?P<year4>{_YEAR})\b)
  | (?P<num>\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b|\d{{1,2}}-\d{{1,2}}-{_YEAR}\b)
  | (?P<wd>(?P<wd5>{_WD})\b)
  | (?P<yr>(?P<year6>{_YEAR})\b(?!\s*[-–/]\s*\d)(?!\s+[A-Z0-9]))
    """
)


def _letter_rests(weekdays, months) -> dict:
    """Capital letter -> (weekdays, months) starting with it, as alternations of the rest of
    the word after that letter (None: none). Letters 2-3 must be ASCII, as `Fri` is and `Frı`
    is not (the scan's trigger); after them the match is case-insensitive like _SCAN."""
    out = {}
    for letter in dict.fromkeys(w[0] for w in (*weekdays, *months)):
        wd = [f"(?a:{w[1:3]}){w[3:]}" for w in weekdays if w[0] == letter]
        mon = [f"(?a:{w[1:3]}){w[3:]}" for w in months if w[0] == letter]
        out[letter.upper()] = (f"(?:{'|'.join(wd)})" if wd else None, f"(?:{'|'.join(mon)})" if mon else None)
    return out


def _by_first_letter(weekdays, months) -> str:
    """Whether _SCAN matches at a capital letter, as one alternative per letter (a
    case-sensitive literal the regex engine tests in one step); see _letter_rests."""
    date = rf"(?:(?:\.\s*|\s+){_DAY}\b|\b\.?,?\s+(?:of\s+)?{_YEAR}\b|\.?,\s*{_DAY},?\s+{_YEAR}\b|{_DAY},\s*{_YEAR}\b)"  # after a month: `June 4` (mdy), `June 2023` (my)
    alts = []
    for letter, (wd, mon) in _letter_rests(weekdays, months).items():
        forms = [rf"{wd}\b"] if wd else []  # a weekday (it also leads `Sunday, June 4`)
        if mon:
            forms.append(mon + date)
        alts.append(f"(?-i:{letter})(?:{'|'.join(forms)})")
    return "|".join(alts)


# Where a written date starts (general text), found by the regex engine alone: a loop of
# _SCAN.match calls from Python costs far more. A date starts a word: a capitalised month or
# weekday, or a digit. The pattern opens with one case-sensitive character class, so the
# engine skips ahead fast; at a candidate, `(?<=(?=X).)` steps back over the character just
# read and tests X there. X says whether _SCAN matches at that point (the match itself is then
# taken with _SCAN) and tests the capital letter first, so most words fail in a step or two.
_STARTS = rf"""
      {_by_first_letter(_WD_WORDS, _MON_WORDS)}
    | (?=\d)(?: {_DAY}\s+(?:of\s+)?{_MON}\b                             # 4 June
              | {_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b     # 2023-06-04
              | \d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b              # 4/6/2023
              | \d{{1,2}}-\d{{1,2}}-{_YEAR}\b                                # 16-12-2020
              | {_YEAR}\b(?!\s*[-–/]\s*\d)(?!\s+[A-Z0-9]) )             # in 2023
"""
_DATE_START_PATTERN = rf"(?-i:[JFMASONDTW\d])(?<![^\W_].)(?<=(?=(?:{_STARTS}))[\s\S])"


@functools.cache
def _general_scans() -> tuple[re.Pattern, re.Pattern]:
    """(_DATE_START, _SCAN), compiled on first use: only text that is not ASCII needs them, and
    compiling them at import costs the cold start several milliseconds."""
    return re.compile(_DATE_START_PATTERN, re.I | re.X), re.compile(_SCAN_PATTERN, re.I | re.X)


_YEAR4 = re.compile(r"[12]\d{3}")

# ASCII text (nearly every caption) has a faster scan that also does _SCAN's work: one
# alternative per first character (a literal the engine tests in one step), holding _SCAN's
# forms that start with it, in _SCAN's order, so a match is _SCAN's match. Each form is a
# numbered group: _ASCII_FORMS[m.lastindex] says which (None: a year, [12]\d{3} between
# non-digits, which the same scan reports). The written parts are read back from the text.
# Other text needs the general scan: a date may start with any digit (`٥/٦/٢٠٢٣`).
_WORD_START = r"(?<![^\W_].)"  # the character before the one just read is not alphanumeric
_DAY_AFTER = {"0": "[1-9]", "1": r"\d?", "2": r"\d?", "3": "[01]?"}  # _DAY after its first digit
_YEAR_AFTER = {"1": r"[89]\d\d", "2": r"(?:0\d\d|100)"}               # _YEAR after its first digit


def _ci(word: str) -> str:
    """A word pattern in any letter case with case-sensitive classes (`jan` -> `[jJ][aA][nN]`),
    the same as IGNORECASE on ASCII text and measured a little faster."""
    return re.sub("[a-z]", lambda m: f"[{m[0]}{m[0].upper()}]", word)


def _ascii_scan():
    forms = [None]  # group number -> (form, weekday written with it); None for a year

    def group(form: str, weekday: bool, body: str) -> str:
        forms.append((form, weekday))
        return f"({body})"

    # (a month after a weekday or a day: scoped IGNORECASE, not _ci's classes: it is written
    # twenty times, and so compiles in about two thirds of the time and matches a little faster)
    mon_ = f"(?i:{'|'.join(_MON_WORDS)})"
    suffix = f"(?:{_ci('st|nd|rd|th')})?"
    day = rf"(?:[12]\d|3[01]|0?[1-9]){suffix}"
    of = rf"(?:{_ci('of')}\s+)?"
    tail = rf"(?:,?\s+{_YEAR}\b)?"
    tail_mdy = rf"(?:(?:[,.]?\s+|,|\s+,\s*){_YEAR}\b)?"  # `August 19. 2017`: a period for the comma (a month first only);
    # `November 27,2019`: a comma without its space; DVIDS' `Aug. 15 , 2020`: a space before the comma
    # `April, 21, 2006`: a comma after the month, only in a full date with its year (`Aug., 15,
    # 1961` after an abbreviation's period too)
    # `September12, 2015`: a page that lost the space after the month, only in a full date with its year
    mon_day = rf"(?:\.\s*|\s+|\.?,\s*(?={day},?\s+{_YEAR}\b)|(?={day},\s*{_YEAR}\b))"
    alts = []
    for letter in dict.fromkeys(w[0] for w in (*_WD_WORDS, *_MON_WORDS)):
        wd = "|".join(_ci(w[1:]) for w in _WD_WORDS if w[0] == letter)
        mon = "|".join(_ci(w[1:]) for w in _MON_WORDS if w[0] == letter)
        parts = []
        if wd:    # Sunday, June 4, 2023
            parts.append(group("mdy", True, rf"(?:{wd}),?\s+{mon_}{mon_day}{day}\b{tail_mdy}"))
        if mon:   # June 4, 2023
            parts.append(group("mdy", False, rf"(?:{mon}){mon_day}{day}\b{tail_mdy}"))
        if wd:    # Sunday 4 June 2023
            parts.append(group("dmy", True, rf"(?:{wd}),?\s+{day}\s+{of}{mon_}\b\.?{tail}"))
        if mon:   # June 2023
            parts.append(group("my", False, rf"(?:{mon})\b\.?,?\s+{of}{_YEAR}\b"))  # `August of 1986` too
        if wd:    # Sunday
            parts.append(group("wd", False, rf"(?:{wd})\b"))
        # (the second letter tested first: most capitals start no month or weekday, and the
        # parts below each open a group that costs the engine a step before its first test)
        second = "".join(dict.fromkeys(w[1] + w[1].upper() for w in (*_WD_WORDS, *_MON_WORDS) if w[0] == letter))
        alts.append(f"{letter.upper()}(?=[{second}]){_WORD_START}(?:{'|'.join(parts)})")
    for digit in "0123456789":
        year = _YEAR_AFTER.get(digit)
        parts = [group("dmy", False, rf"{_DAY_AFTER.get(digit, '')}{suffix}\s+{of}{mon_}\b\.?{tail}")]
        if year:  # 2023-06-04
            parts.append(group("iso", False, rf"{year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"))
        # 4/6/2023; with dashes only before a four-digit year (Belga's and PPE's 16-12-2020),
        # so that scores and ranges (`6-4-22`) are not read as days
        parts.append(group("num", False, rf"\d?[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b|\d?-\d{{1,2}}-{_YEAR}\b"))
        if year:  # in 2023
            parts.append(group("yr", False, rf"{year}\b(?!\s*[-–/]\s*\d)(?!\s+[A-Za-z0-9])"))
        alt = f"{digit}(?:{_WORD_START}(?:{'|'.join(parts)})"
        if year:
            forms.append(None)
            alt += r"|((?<!\d.)\d{3}(?!\d))"
        alts.append(alt + ")")
    # (ASCII: the scan reads ASCII text only, where \b, \s, \d and (?i:) mean the same, and their
    # ASCII tests cost the engine less than the Unicode ones)
    return re.compile(_branch_optionals("|".join(alts)), re.ASCII), tuple(forms)


def _branch_optionals(pattern: str) -> str:
    """`(?:X)?` written `(?:X|)`: the same matches in the same order (X tried first), but the
    regex engine runs a plain branch where `?` on a group sets up its general repeat (a context
    on its stack at each try): a fifth fewer instructions a search. Every `)?` in the ASCII
    scan closes a non-capturing group (its numbered groups are never optional)."""
    return pattern.replace(")?", "|)")


_ASCII_SCAN, _ASCII_FORMS = _ascii_scan()
# (the capitals _scan_start stops at, written out there as a literal: a typed switch)
assert {w[0].upper() for w in (*_WD_WORDS, *_MON_WORDS)} == set("FJMASONDTW")


def _scan_start(text: str, pos: int) -> int:
    """(compiled only) The first position from pos where an _ASCII_SCAN match may begin: a digit
    or a month's or weekday's capital, its branches' first characters. The regex's own search
    spends ~60 instructions at each other position, this typed loop a few; plain Python, the
    regex is the faster. (The scan's text is ASCII: its bytes read straight.)"""
    if not _COMPILED or PyUnicode_KIND(text) != 1:
        return pos
    data = cython.cast(cython.p_uchar, PyUnicode_DATA(text))
    n = len(text)
    while pos < n:
        c = data[pos]
        if "0" <= c <= "9" or c in "FJMASONDTW":
            return pos
        pos += 1
    return n

# A year alone is the picture's only after `in` (`in 1990`, `in July 1969` is a month), or an
# archive print's `ca. 1930`, `circa 1936`.
_YEAR_LEAD = re.compile(r"\b(?:in|of|from|ca\.|circa)\s+$", re.I)
# the close of an anniversary's span in brackets after its first day: `(September 2, 1945 - 2023)`
_SPAN_TO_YEAR = re.compile(r"\s?[-\u2013\u2014]\s?(?:1[89]|20)\d\d\)")

# Words just before a date that make it something other than the picture's day.
# (`provided`, `supplied` only of the picture: `photo provided by X on Jan. 15`; aid `provided by Japan on April 2`
# is no release)
_RELEASE = re.compile(r"\b(?:released|issued|published|distributed|made\s+available|posted|handed\s+out|obtained|received|dated"
                      r"|transmitted|(?:photo|picture|image|photograph|handout)s?\s+(?:provided|supplied))\b", re.I)
_RELEASE_HINTS = ("releas", "issued", "publish", "distribut", "available", "posted", "handed", "obtained", "received", "dated",
                  "transmitted", "provided", "supplied")
# A label naming the day a picture was issued, not taken, right before the date.
_DATE_LABEL = re.compile(r"\b(?:issue|release|publication|embargo)\s+date:\s*(?:[A-Z][a-z]+day,?\s*)?$", re.I)
_BOUND_WORDS = frozenset(("since", "until", "till", "before", "after", "born", "died", "expire", "expires", "due", "by",
                          "between"))
_TAKEN = re.compile(r"\b(?:taken|made|shot|captured|photographed|recorded|filmed)\b", re.I)
# A verb between a release word and the date means the date belongs to another clause.
_VERB = re.compile(r"\b(?:shows?|showing|depicts?|is|are|was|were|as|while|when)\b", re.I)
_NOT_DAY = re.compile(r"\b(?:good|black|super|holy|ash|cyber|maundy|easter|palm|giving|bloody|fat|blue)\s+$", re.I)
_UNDATED = re.compile(r"\bundated\b", re.I)
# the picture called undated: no date written in the caption is its day
_UNDATED_PICTURE = re.compile(r"\bundated\s+(?:[\w-]+\s+){0,2}?(?:photo|picture|image|photograph|still|frame|video|handout)",
                              re.I)

_RANK = {"day": 0, "monthday": 1, "weekday": 2, "month": 3, "year": 4}


# Letters IGNORECASE matches to ASCII ones that str.lower() keeps apart (`Auguſt`, `Frıday`).
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})


def _name(table: dict, s: str) -> int:
    key = s.lower().rstrip(".")
    return table[key] if key in table else table[s.translate(_FOLD).lower().rstrip(".")]


def _forms(table: dict) -> dict:
    """A name table with its usual spellings (`june`, `June`, `JUNE`, `Jun.`) as keys: one look-up."""
    return {f + dot: v for k, v in table.items() for f in (k, k.title(), k.upper()) for dot in ("", ".")}


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


# Years ([12]\d{3} between non-digits) bound the windows of the fast pass. In ASCII text two
# searches that open with a literal digit are several times faster than one opening with [12].
_YEARS_ASCII = tuple((digit, re.compile(digit + r"(?<!\d.)\d{3}(?!\d)")) for digit in "12")


def _years(text: str, ascii: bool) -> list:
    """The spans of the years written in the text, in order."""
    spans = []
    if ascii and _COMPILED:
        # Compiled, a find per `1` and `2` and a few typed character tests cost a fraction of
        # the searches below (the same spans: three more digits, no digit on either side;
        # years never overlap). As plain Python the searches are the faster.
        n = len(text)
        for c in "12":
            i = text.find(c)
            while i != -1:
                if i + 4 <= n and (i == 0 or not "0" <= text[i - 1] <= "9") \
                        and "0" <= text[i + 1] <= "9" and "0" <= text[i + 2] <= "9" and "0" <= text[i + 3] <= "9" \
                        and (i + 4 == n or not "0" <= text[i + 4] <= "9"):
                    spans.append((i, i + 4))
                    i = text.find(c, i + 4)
                else:
                    i = text.find(c, i + 1)
        if len(spans) > 1:
            spans.sort()
        return spans
    if ascii:
        for digit, pattern in _YEARS_ASCII:
            m = pattern.search(text) if digit in text else None  # `in` is the faster no
            while m is not None:
                spans.append(m.span())
                m = pattern.search(text, m.end())
        if len(spans) > 1:
            spans.sort()
        return spans
    for m in _YEAR4.finditer(text):  # odd digits (`²`) count too: str.isdigit
        s, e = m.span()
        if not ((s and text[s - 1].isdigit()) or text[e:e + 1].isdigit()):
            spans.append((s, e))
    return spans


def _near_years(text: str, ascii: bool, years: list) -> list:
    """The dates starting from 40 characters before each year to its end (and after the year
    before it), each window scanned on its own: a full date ends with its year."""
    out = []
    lo = 0
    search, forms = _ASCII_SCAN.search, _ASCII_FORMS  # (looked up once, not per date)
    for s, e in years:
        if s - 40 > lo:
            lo = s - 40
        if not ascii:
            out.extend(_candidates(text, _general_dates(text, lo, e)))
            lo = e
            continue
        pos = lo
        # (a date that ends at or past the window's end ends the window: no second search)
        while pos < e and (m := search(text, _scan_start(text, pos))) is not None:
            start, pos = m.span()
            if start >= e:
                break
            written = forms[m.lastindex]
            if written is not None:  # None: a year alone
                form, weekday = written
                # the usual: a month-day date ending with its year
                if (form == "mdy" or form == "dmy") and text[pos - 4:pos].isdigit():
                    out.append((start, pos, "day", form, weekday))
                elif (kind := _kind(text, start, pos, form, weekday)) is not None:
                    out.append((start, pos, kind, form, weekday))
        lo = e
    return out


def _dates(text: str, ascii: bool):
    """The written dates, left to right and not overlapping, as (start, end, form, weekday
    written)."""
    if not ascii:
        yield from _general_dates(text, 0, len(text))
        return
    search, forms = _ASCII_SCAN.search, _ASCII_FORMS
    pos = 0
    while (m := search(text, _scan_start(text, pos))) is not None:
        start, pos = m.span()
        form = forms[m.lastindex]
        if form is not None:  # None: a year alone
            yield start, pos, *form


def _candidates(text: str, dates) -> list:
    """The dates as (start, end, kind, form, weekday written), without those that are no date
    of the picture."""
    out = []
    for start, end, form, weekday in dates:
        kind = _kind(text, start, end, form, weekday)
        if kind is not None:
            out.append((start, end, kind, form, weekday))
    return out


def _general_dates(text: str, pos: int, hi: int):
    """Dates starting in text[pos:hi] (they may run past hi) in any text, as _dates gives them."""
    date_start, scan = _general_scans()
    search, match = date_start.search, scan.match
    while (start := search(text, pos)) is not None and start.start() < hi:
        m = match(text, start.start())
        if m is None:  # cannot happen: the start pattern is _SCAN's own test
            pos = start.start() + 1
            continue
        pos = m.end()
        yield m.start(), pos, m.lastgroup, (m["wd1"] or m["wd2"]) is not None


def _kind(text: str, start: int, end: int, form: str, weekday: bool) -> str | None:
    """What a written date gives (day, monthday, weekday, month, year), or None when the
    words around it say it is not a date of the picture."""
    if form == "mdy" or form == "dmy":
        # A month-day date ends with its year, or with a day of at most two digits.
        if text[end - 4:end].isdigit():
            return "day"
        # `5 May` is rarely the 5th of May in a caption (`May` is a name or a verb) unless `on 5 May`,
        # or in the date slot after the place, ending the sentence (`in Harlem, New York, 16 May.`).
        if form == "mdy" or weekday or text[start:end].split()[-1].rstrip(".").lower() != "may" or \
                _ON_BEFORE.search(text[max(0, start - 4):start]) or (  # (a dmy date ends with its month)
                    text[start - 2:start] == ", " and text[end - 1:end + 1] in (".", ". ")):
            return "monthday"
        return None
    if form == "iso" or form == "num":
        return "day"
    if form == "my":
        return "month"
    if form == "wd":
        return None if _NOT_DAY.search(text[max(0, start - 12):start]) else "weekday"
    if _YEAR_LEAD.search(text[max(0, start - 6):start]):
        return None if text[end:end + 2] in ("'s", "\u2019s") else "year"  # (`circa 1970's`: a decade)
    if _holiday_day(text, start) is not None:
        return "year"  # `on Christmas Day, 1961`: the holiday names the day (read in _resolve)
    if text[end:end + 1] == ":" and _lead_place_year(text, start):
        return "year"
    return "year" if _place_year_end(text, start, end) else None


# Aid agencies lead with the place and the year before a colon (UNICEF's `Iraq, 2014: Displaced
# children ...`, `Democratic Republic of the Congo, 2019: ...`): the picture's year.
_LEAD_PLACE = re.compile(r"[A-Z][\w'\u2019.\-]*(?:,? (?:of |the |and |de |du )*[A-Z][\w'\u2019.\-]*){0,5}")


def _lead_place_year(text: str, start: int) -> bool:
    """The year alone after a place that opens the caption (`Mexico, 2016:`)."""
    return 3 < start < 50 and text[start - 2:start] == ", " and _LEAD_PLACE.fullmatch(text, 0, start - 2) is not None


# Holidays on a fixed day of the year, written just before a year (`on Christmas Day, 1961`,
# `New Year's Eve 1999`, `Bastille Day of 1989`): the year with the holiday gives the day. Movable
# feasts (Easter, Thanksgiving) and countries' own national days are left out.
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
             "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
             "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "st patrick's day": (3, 17),
             "halloween": (10, 31), "bastille day": (7, 14), "armistice day": (11, 11),
             "remembrance day": (11, 11), "veterans day": (11, 11), "veterans' day": (11, 11),
             "guy fawkes night": (11, 5), "bonfire night": (11, 5), "may day": (5, 1)}
_HOLIDAY_BEFORE_YEAR = re.compile(
    r"\b(" + "|".join(re.escape(h).replace("'", "['\u2019]") for h in _HOLIDAYS) + r")(?:,\s*|\s+of\s+|\s+)$", re.I)


def _holiday_day(text: str, start: int) -> tuple[int, int] | None:
    """(month, day) of a fixed holiday written right before the year at start, else None."""
    if start < 9:
        return None
    m = _HOLIDAY_BEFORE_YEAR.search(text, max(0, start - 24), start)
    return _HOLIDAYS[m.group(1).lower().replace("\u2019", "'")] if m is not None else None


def _place_year_end(text: str, start: int, end: int) -> bool:
    """`... in Berlin, Germany, 2016`: a year alone in the date slot after the place (after a
    comma and a capitalised name), the sentence's last word: the text's end, a period, or `©`;
    or set off by commas within the sentence (archive captions' `in New York, 1935, with ...`)."""
    if start < 4 or text[start - 2:start] != ", ":
        return False
    c = text[end:end + 1]
    if not (c == "" or (c == "." or c == ",") and text[end + 1:end + 2] in ("", " ") or text[end:end + 2] == " \u00a9"):
        return False
    w = text.rfind(" ", 0, start - 2)
    return text[w + 1:w + 2].isupper()


def _clause_start(before: str) -> int:
    """Where the clause holding the end of `before` starts (after a comma, semicolon or sentence end)."""
    cut = max(before.rfind(","), before.rfind(";")) + 1
    i = before.rfind(". ", cut)
    while i > 0:  # a sentence end: `2023. `, `there. ` (not `U.S. ` or `Jan. `)
        if before[i - 1].islower() or before[i - 1].isdigit():
            return i + 2
        i = before.rfind(". ", cut, i)
    return cut


def _is_release(text: str, low: str | None, start: int, prev_end: int) -> bool:
    """`released November 4`, `(issued 19 June 2023)`, `since Jan. 6, 2021`: not the picture's
    day. `low` is the text lower-cased when that keeps every position (ASCII), else None.
    The clause is looked at up to 150 characters back: a releasing body's full name is long
    (`released by the International Federation of ... Societies (IFRC) on`)."""
    lo = start - 150
    if lo < prev_end:
        lo = prev_end
    if lo < 0:
        lo = 0
    # PA's `Issue date: Monday July 19, 2021.`: a labelled release date (the label's colon first).
    if text.find("ate:", start - 24 if start > 24 else 0, start) != -1 and _DATE_LABEL.search(text, lo, start):
        return True
    # A release word ends in `ed ` or is `available`: most dates skip the clause work.
    if low is not None:
        maybe = low.find("ed ", lo, start) >= 0 or low.find("available", lo, start) >= 0
    else:
        before = text[lo:start].lower()
        maybe = "ed " in before or "available" in before
    if maybe and _released(text[lo:start]):
        return True
    # The last word before the date (or before its `on`/`in`) is a bound: `since`, `until` ...
    tail = low[max(0, start - 16):start] if low is not None else text[max(0, start - 16):start].lower()
    words = tail.rsplit(None, 2)
    if len(words) > 1 and words[-1] in ("on", "in"):
        return words[-2] in _BOUND_WORDS
    if words and words[-1] == "and":
        return _range_end(text, start)
    return bool(words) and words[-1] in _BOUND_WORDS


def _range_end(text: str, start: int) -> bool:
    """`between December 2013 and January 2014`, `between June and July of 2011`: a span's end,
    like its start (a bound), is no day the picture was taken."""
    b = text.rfind("etween ", start - 40 if start > 40 else 0, start)
    if b < 1 or text[b - 1] not in "bB":
        return False
    seg = text[b + 7:start].split()
    return 2 <= len(seg) <= 4 and seg[-1] == "and" and (seg[0] in _MONTH_FORMS or seg[0][:1].isdigit())


# `..., who died by suicide in 2016`: a year alone in a relative clause about what befell someone
# is that event's year, not the picture's.
_PAST_EVENT = re.compile(r"\b(?:who|which)\s+(?:\w+\s+){0,3}?(?:died|was\s+killed|were\s+killed|was\s+born"
                         r"|was\s+founded|was\s+built|founded|was\s+shot|was\s+assassinated)\b", re.I)


# An event noun, then `of` and its date (`the attacks of Sept. 11, 2001`, `the riot of Jan. 6`)
_EVENT_OF = re.compile(r"\b(?:attacks?|bombings?|riots?|insurrection|earthquake|quake|storms?|hurricane|fires?|floods?"
                       r"|flooding|massacre|shootings?|events|crash|tsunami|disaster|blast|explosion|uprising|siege)"
                       r"\s+of\s+$", re.I)


# `It was designed ... in 1977 ... and was completed in 1980`: a year alone after a building's
# making in the passive dates the building, not the picture.
# (or opening a clause set off by commas: `The church, built in 1890, is seen ...`)
_MADE_IN = re.compile(r"(?:\b(?:was|were)\s+|^\s*)(?:first\s+|originally\s+|later\s+)?(?:built|completed|constructed|designed"
                      r"|erected|founded|established|inaugurated)\b[^.;]{0,60}?\bin\s+$")


def _past_event(before: str) -> bool:
    """The clause just before a year alone tells of a past event (`who died ... in`, `was built in`)."""
    if ("who" in before or "which" in before) and _PAST_EVENT.search(before, _clause_start(before)) is not None:
        return True
    # (the pattern ends in `in` and spaces: a clause ending otherwise, most, skips the search)
    # (the clause sliced off: `^` in a search from a position matches only at the string's start)
    if before.rstrip()[-2:] != "in":
        return False
    # `specimens collected in 2001`, `a species discovered in 1998`: a noun's participle right before
    # `in` dates that making or finding (no `was`: a reduced clause), not the picture
    return _MADE_IN.search(before[_clause_start(before):]) is not None or _PARTICIPLE_IN.search(before) is not None


# event participles right before `in YEAR` (never a picture's own: taken, seen, pictured stay out)
_PARTICIPLE_IN = re.compile(r"\b[a-z]+\s+(?:collected|discovered|founded|established|built|born|elected|killed|opened"
                            r"|launched|introduced|painted|written|composed|excavated|unearthed|described)\s+in\s+$")


def _background_year(text: str, start: int) -> bool:
    """A later sentence opened by `In 2016,` / `In August 1914,` tells the story's background
    (`... South Sudan. In 2016, over 180,000 children were treated ...`), not the picture's date."""
    return text[start - 6:start - 5].islower() and "," in text[start:start + 16]


def _background_day(text: str, start: int, end: int) -> bool:
    """A later sentence opened by `On October 10, 2018,` / `On 25 April 2015 a quake struck` tells
    the story's background, not the picture's day (unless its sentence says the picture was taken)."""
    if not (text[start - 6].islower() or text[start - 6].isdigit()) or _picture_day(text, start, end):
        return False
    stop = text.find(". ", end)
    return _TAKEN.search(text, end, stop if stop != -1 else len(text)) is None  # (`On X, the photo was taken`)


def _since_clause(before: str) -> bool:
    """`their first win since a 1-0 victory in the top flight in November 1982`: a month or a year
    in a clause opened by `since` dates the past event it counts from, not the picture."""
    if "since " not in before:
        return False
    clause = before[_clause_start(before):]
    return clause[:6].lower() == "since " or " since " in clause.lower()


def _released(before: str) -> bool:
    """The clause just before the date says the picture was released (issued ...) then."""
    clause = before[_clause_start(before):]
    low = clause.lower()
    if ("ed " in low or "available" in low) and any(h in low for h in _RELEASE_HINTS):
        rel = None
        for rel in _RELEASE.finditer(clause):
            pass
        if rel is not None and not _taken_with(clause, rel) and not _VERB.search(clause, rel.end()):
            return True
    return False


def _taken_with(clause: str, rel) -> bool:
    """A taken word dates the picture's taking: after the release word (`released by X, taken
    on`) or joined to it (`taken and released by X on`); one before it that is not joined
    leaves the date the release's (`an image taken from NASA video released July 12`)."""
    if _TAKEN.search(clause, rel.end()) is not None:
        return True
    last = None
    for last in _TAKEN.finditer(clause, 0, rel.start()):
        pass  # (not the `made` of `made available`: the release word itself)
    return last is not None and clause[last.end():rel.start()].strip(" ,") == "and"


def _later_sentence(text: str, after: int, start: int) -> bool:
    """A sentence ends (`. ` after a lower-case word or a digit) between `after` and `start`."""
    i = text.find(". ", after, start)
    while i != -1:
        if text[i - 1].islower() or text[i - 1].isdigit():
            return True
        i = text.find(". ", i + 2, start)
    return False


def _picture_day(text: str, start: int, end: int) -> bool:
    """A later sentence's date that still dates the picture: its sentence says it was taken
    (Reuters' `... released on March 4, 2023. Picture taken March 3, 2023.`), or the date stands
    in the date slot after the place, ending the sentence (`Rescuers search ... in Kharkiv,
    Ukraine, July 11, 2023.`), not told of an event (`He was killed ... on August 23.`)."""
    i = text.rfind(". ", 0, start)
    if _TAKEN.search(text, i + 2 if i >= 0 else 0, start) is not None:
        return True
    return (start >= 4 and text[start - 2:start] == ", " and text[start - 3].isalpha()
            and text[end:end + 2] in (".", ". ", "") and text[text.rfind(" ", 0, start - 2) + 1].isupper())


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


def _dashed_day(span: str, sep: str = "-") -> _dt.date | None:
    """`16-12-2020`: the dashed numeric day is European, day first (month first only when the
    second number cannot be a month); so is the dotted one (`04.07.2025`, XPB's and the
    German desks' day), which no US desk writes."""
    day, month, year = span.split(sep)
    return _valid(int(year), int(month), int(day)) or _valid(int(year), int(day), int(month))


def _short_year_day(span: str, sep: str = ".") -> _dt.date | None:
    """`12.06.23`: day first like `04.07.2025`; a two-digit year read as strptime's `%y` does
    (69-99 the 1900s, 00-68 the 2000s). Also Reuters' slashed slug day (`01/10/2016`, `1/10/16`,
    _sports_slug_date), whose year may be whole."""
    day, month, year = (int(part) for part in span.split(sep))
    if year < 100:
        year += 1900 if year >= 69 else 2000
    return _valid(year, month, day) or _valid(year, day, month)  # (as _dashed_day: month first only if need be)


def _sports_slug_date(text: str, start: int) -> bool:
    """Reuters' sports slug (`Cricket - India v New Zealand - Eden Gardens, Kolkata - 01/10/2016.`)
    ends its dash-parted fields with the day, written day first by its London desk."""
    return text[start - 3:start] == " - " and text.count(" - ", 0, start) >= 3


def _weekday_bracket_day(text: str, start: int) -> bool:
    """Indonesian desks' `... West Java, Wednesday (1/11/2017).` (Antara, Tempo: `Rabu
    (1/11/2017)` translated): a slashed day in brackets just after a weekday is written day
    first; no US desk brackets its numeric day after the weekday."""
    if start < 9 or text[start - 2:start] != " (":
        return False
    word = text[max(0, start - 14):start - 2].rsplit(None, 1)[-1:]
    return bool(word) and word[0].rstrip(",") in _WEEKDAY_FORMS


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
        text = description or ""
        if "ndated" in text and _UNDATED_PICTURE.search(text):
            # `is seen in an undated photograph. ... received the prize Dec. 10, 2023`: the story's dates
            return FoundDate()
        ascii = text.isascii()
        # Most captions write the day in full: the dates just before a year are looked at first.
        years = _years(text, ascii)
        best = _choose(text, ascii, _near_years(text, ascii, years)) if years else None
        if best is None or best[2] != "day":
            best = _choose(text, ascii, _candidates(text, _dates(text, ascii)))
        elif best[0] > 12 and text[best[0] - 1] == " " and _past_participle_clause(text, best[0]):
            # `Gen. X, appointed ... on the night of Dec. 3, 2024, ... answers questions ... on Dec. 5.`:
            # the day in a clause about the person's past; the main clause's month-day, in that year
            later = [c for c in _candidates(text, _dates(text, ascii)) if c[0] > best[1] and c[2] in ("day", "monthday")
                     and not _later_sentence(text, best[1], c[0])]
            if later:
                day = [c for c in later if c[2] == "day"]
                return _resolve(text, day[0], reference_date) if day else \
                    _resolve(text, later[0], _dt.date(int(text[best[1] - 4:best[1]]), 12, 31))
        if (best is None or best[2] != "day") and " de " in text:
            found = _romance_day(text, reference_date)
            if found is None and (best is None or best[2] == "year") and years:
                found = _romance_month(text)  # `em maio de 2013`: the month and year, no day
            if found is not None:
                return found
        if years and (best is None or best[2] == "year"):
            found = _foreign_day(text)  # `le 24 janvier 2024`, `24. Februar 2025`
            if found is not None:
                return found
        if best is None and reference_date is not None and "esterday" in text:
            return _yesterday(text, reference_date)
        if best is None and reference_date is not None and "today" in text:
            m = _TODAY.search(text)  # `... prior to the meeting today in Omaha`: the reference day
            if m is not None and not _UNDATED.search(text):
                return FoundDate(_iso(reference_date), "day", m.span(), [])
        # (a day's own year is among `years`: another year is needed to contradict it)
        if years and (best is None or len(years) > 1) and " photo" in text:
            found = _year_photo(text, years, best)
            if found is not None:
                return found
        if years and (best is None or best[2] == "monthday" and reference_date is None):
            found = _event_year(text, best)
            if found is not None:
                if best is None:
                    return found
                # `the Simon Home Run 2020 ... on March 7`: the event's year for its month-day
                return _resolve(text, best, _dt.date(int(found.value), 12, 31))
            if best is not None:
                for ys, ye in years:  # Getty's `DONETSK, UKRAINE - MAY 9: ... in Donetsk, Ukraine, 2014.`:
                    if ys > best[1] and _place_year_end(text, ys, ye) and not _later_sentence(text, best[1], ys):
                        # (the year in the date slot after the place, in the month-day's sentence)
                        return _resolve(text, best, _dt.date(int(text[ys:ye]), 12, 31))
        return _resolve(text, best, reference_date)
    except Exception as exc:  # odd input comes back as data
        return FoundDate(warnings=[f"internal-error: date: {type(exc).__name__}"])


_YEAR_PHOTO = re.compile(r"\b[Ii]n (?:a|an|this|the) ((?:19|20)\d\d) (?:file |archive )?photo(?:graph)?\b")
_YESTERDAY = re.compile(r"\b[Yy]esterday\b")
_TODAY = re.compile(r"\btoday\b(?!['\u2019]s)")  # (lower case: `USA TODAY`, NBC's `Today` show are names)


# A clause set off by a comma after a name that tells what befell the person (`X, appointed as
# commander on the night of`, `X, arrested on`): its date is that event's, not the picture's.
_PAST_PARTICIPLE_CLAUSE = re.compile(
    r", (?:appointed|elected|named|arrested|detained|charged|indicted|sentenced|convicted|sworn\s+in|injured"
    r"|wounded|abducted|kidnapped|freed)\b[^,.;()]{0,80}$")


def _past_participle_clause(text: str, start: int) -> bool:
    return "ed " in text[max(0, start - 90):start] and \
        _PAST_PARTICIPLE_CLAUSE.search(text, max(0, start - 90), start) is not None


def _year_photo(text: str, years: list, best) -> FoundDate | None:
    """`in a 2007 photo`, `in this 2015 file photo`: that year, when no date is chosen or the one
    chosen is a day of another year (`In this 1965 file photo, ... died Wednesday, Dec. 30, 2020`)."""
    if best is not None and (best[2] != "day" or best[3] != "mdy" and best[3] != "dmy"):
        return None
    for span in years:  # a year followed by `photo`: the cheap test before _YEAR_PHOTO
        e = span[1]
        if text.startswith(" photo", e) or text.startswith(" file photo", e) or text.startswith(" archive photo", e):
            break
    else:
        return None
    m = _YEAR_PHOTO.search(text)
    if m is None or best is not None and text[best[1] - 4:best[1]] == m.group(1):
        return None
    return FoundDate(m.group(1), "year", m.span(1), [])


# The picture's year written with the picture's taking (`a photograph taken in 2014 by`) or with the
# event the picture is at (`at the 2022 Winter Olympics`, `day seven of the 2022 Championships`, `at
# the Fashion Awards 2018`): read when no date is written. An event ahead (`qualified for the 2026
# World Cup`, `ahead of the 2024 Games`) is no picture's.
_EVENT_HEADS = (r"(?:Olympics|Olympic\s+Games|Paralympics|Games|Championships?|World\s+Cup|Cup|Open|Awards"
                r"|Grand\s+Prix|Marathon|Tour|Super\s+Bowl|Finals?|Series|Expo|Summit|Gala|Tournament|Run|Rally|Fair"
                r"|Biennale|Carnival|Classic|Regatta|Derby|Masters)")
_EVENT_YEAR = re.compile(
    r"\b(?:taken|photographed|shot|captured)\s+in\s+(?P<taken>(?:19|20)\d\d)\b(?!\s*[-\u2013/])"
    r"|(?<!ahead )(?<!eve )\b(?:at|during|of)\s+the\s+(?:[Tt]he\s+)?(?P<before>(?:19|20)\d\d)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,4}?"
    + _EVENT_HEADS + r"\b"
    r"|(?<!ahead )(?<!eve )\b(?:at|during|of)\s+the\s+(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,4}?" + _EVENT_HEADS
    + r"\s+(?P<after>(?:19|20)\d\d)\b(?!\s*[-\u2013/]\d)")


# what an event's `of` follows when the picture is at the event (`day seven of the 2022 Championships`,
# `the final of the 2019 World Cup`), not a thing named after it (`a mascot of the 1980 Olympics`)
_EVENT_PART = re.compile(r"\b(?:day|days|stage|round|leg|session|night|final|finals|semifinal|quarterfinal|opening|closing"
                         r"|start|edition|heat|match|race|ceremony)(?:\s+\w+)?\s+of\s+the\s+$", re.I)


def _event_year(text: str, best) -> FoundDate | None:
    m = _EVENT_YEAR.search(text)
    while m is not None and m.group("taken") is None and text.startswith("of", m.start()) \
            and _EVENT_PART.search(text, max(0, m.start() - 30), m.start() + 7) is None:
        m = _EVENT_YEAR.search(text, m.end())
    if m is None:
        return None
    for g in ("taken", "before", "after"):
        if m.group(g) is not None:
            if best is not None and g == "taken":
                return None  # (a month-day takes only an event's year)
            return FoundDate(m.group(g), "year", m.span(g), [])
    return None


def _yesterday(text: str, ref: _dt.date) -> FoundDate:
    """`in Beijing yesterday` (China Daily, Reuters' older captions): the day before the
    reference date, when no date is written at all."""
    m = _YESTERDAY.search(text)
    if m is None or _UNDATED.search(text):
        return FoundDate()
    return FoundDate(_iso(ref - _dt.timedelta(days=1)), "day", m.span(), [])


# AP's and EFE's Spanish and Portuguese services: "el martes 22 de octubre de 2024",
# "nesta terça-feira, 22 de outubro de 2024" (the day as written; no weekday check).
_ROMANCE_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "mar\u00e7o": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12}
_ROMANCE_DAY_RE = re.compile(
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:\.?\u00ba)? de (?P<mon>" + "|".join(_ROMANCE_MONTHS) + r")\b"
    r"(?: (?:de|del) (?P<year>1[89]\d\d|20\d\d))?", re.I)


def _romance_day(text: str, ref: _dt.date | None) -> FoundDate | None:
    m = _ROMANCE_DAY_RE.search(text)
    if m is None:
        return None
    month, day = _ROMANCE_MONTHS[m.group("mon").lower()], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else _year_for(month, day, ref)
    d = _valid(year, month, day) if year else None
    if d is None:
        return None
    return FoundDate(_iso(d), "day", m.span(), [])


# The month and year alone, no day before them: `em maio de 2013`, `en abril del 2014`
_ROMANCE_MONTH_RE = re.compile(
    r"(?<!\d )(?<!\d\u00ba )(?<!\d de )\b(?P<mon>" + "|".join(_ROMANCE_MONTHS) + r") (?:de|del) (?P<year>1[89]\d\d|20\d\d)\b",
    re.I)


def _romance_month(text: str) -> FoundDate | None:
    m = _ROMANCE_MONTH_RE.search(text)
    if m is None:
        return None
    return FoundDate(f"{m.group('year')}-{_TWO[_ROMANCE_MONTHS[m.group('mon').lower()]]}", "month", m.span(), [])


# French, German, Italian and Dutch desks' day, month and year (`le 24 janvier 2024`, `am 24. Februar
# 2025`, `il 3 maggio 2024`, `op 5 maart 2024`): read when no English date is written; the year is
# required (a bare `4 mars` may be English prose). Names spelt as in English (April, November) are
# left to the English scan, which knows a release date from the picture's day.
_FOREIGN_MONTHS = {
    "janvier": 1, "f\u00e9vrier": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "ao\u00fbt": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "d\u00e9cembre": 12, "decembre": 12,
    "januar": 1, "j\u00e4nner": 1, "februar": 2, "m\u00e4rz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8}
_FOREIGN_DAY_RE = re.compile(
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|er|e)? (?P<mon>" + "|".join(_FOREIGN_MONTHS) + r")\b,? (?P<year>1[89]\d\d|20\d\d)\b",
    re.I)


def _foreign_day(text: str) -> FoundDate | None:
    m = _FOREIGN_DAY_RE.search(text)
    if m is None:
        return None
    d = _valid(int(m.group("year")), _FOREIGN_MONTHS[m.group("mon").lower()], int(m.group("day")))
    if d is None:
        return None
    return FoundDate(_iso(d), "day", m.span(), [])


# What follows `on the <date>` when the date is the day itself, not an event's name (`on the Jan. 6,
# 2021, attack`): a preposition of place or time, or the sentence's end.
_AFTER_ON_THE = re.compile(r",?\s+(?:at|in|during|near|outside|as|after|before)\b|\.(?:\s|$)|$")


# A dated dateline, then ` -- ` (Xinhua's and UPI's wire form, `UNITED NATIONS, Feb. 27, 2016 --`,
# `BEIJING, May 3, 2019 (Xinhua) --`): the day the story was filed, not the picture's.
_DATELINE_DASH = re.compile(r"(?: \([A-Z][\w.\- ]{0,30}\))? ?(?:--|\u2014|\u2013)")


def _dated_dateline(text: str, start: int, end: int) -> bool:
    """The day candidate at start..end closes a dateline: `CITY, Date --` at the caption's head."""
    return (2 <= start < 60 and end + 2 < len(text) and text.startswith(", ", start - 2)
            and (text[end + 1] in "-(\u2014\u2013" or text[end] in "-\u2014\u2013")
            and _DATELINE_DASH.match(text, end) is not None
            and text[:start - 2].upper() == text[:start - 2])


def _choose(text: str, ascii: bool, candidates: list):
    """The picture's date among the candidates: the most precise kind wins, the first of it;
    release dates and bounds are skipped."""
    best = None
    best_rank = best_weekday = None
    best_end = 0  # where the best date ends
    prev_end = 0
    low = None  # the text lower-cased when first needed (ASCII only: it keeps every position)
    dateline = None  # a dated dateline's day: the picture's only when no later day is written
    released_end = -1  # where the first release date skipped ends
    for date in candidates:
        start, end, kind, form, weekday = date
        if dateline is None and best is None and kind == "day" and start < 60 and _dated_dateline(text, start, end):
            dateline = date
            prev_end = end
            continue
        # After `, ` (the usual `Paris, June 4`) the clause before the date is empty: no release
        # word, no bound.
        if start >= 2 and text.startswith(", ", start - 2):
            release = False
        else:
            if low is None and ascii:
                low = text.lower()
            release = _is_release(text, low, start, prev_end)
        # `the Jan. 6, 2021, attack`: a month-first date after `the` names an event, not the day.
        if not release and (kind == "day" or kind == "monthday") and start >= 4 and \
                (form == "mdy" or (form == "dmy" and weekday)) and text[start - 2] in "eE":
            release = text[start - 4:start].lower() == "the "
            if release and text[start - 7:start - 4].lower() == "on " and _AFTER_ON_THE.match(text, end):
                release = False  # "speaks on the December 16, 2008, at the University": the day itself
            elif release and text[start - 11:start - 4].lower() == "during ":
                release = False  # "watching tanks during the May 9, 2021, Victory Day parade": the
                # picture is taken during the event, its day is the picture's
        if not release and start > 8 and text.startswith("of ", start - 3) and (kind == "day" or kind == "monthday"):
            # "the terrorist attacks of Sept. 11, 2001": an event's own day, not the picture's
            release = _EVENT_OF.search(text, start - 30 if start > 30 else 0, start) is not None
        if not release and kind == "day" and start > 0 and text[start - 1] == "(" and _SPAN_TO_YEAR.match(text, end):
            prev_end = end  # "National Day (September 2, 1945 - 2023)": an anniversary's span, the
            continue  # founding day to this year, not the picture's day
        story_year = False  # a year or month of the story's past (`since ... 1978`): no release date
        if not release and kind == "year" and start > 8:
            release = story_year = _past_event(text[start - 90 if start > 90 else 0:start])
        if not release and (kind == "month" or kind == "year") and start > 8:
            release = story_year = _since_clause(text[start - 90 if start > 90 else 0:start])
        if not release and (kind == "month" or kind == "year") and start > 8 and text[start - 5:start - 1] == ". In":
            release = _background_year(text, start)
        if not release and kind == "day" and start > 8 and text[start - 5:start - 1] == ". On":
            release = _background_day(text, start, end)
        if not release and kind == "year" and start > 8 and text[start - 3:start] == "in " \
                and _later_sentence(text, 0, start) and not _picture_day(text, start, end):
            prev_end = end  # "... Maguire resigned in disgrace in 2018.": a later sentence's year
            continue  # alone tells the story's past, not the picture's (no release date: the
            # dates after it, a slug's `- 07 May 2017`, still count)
        prev_end = end
        if release:
            if released_end < 0 and not story_year:  # (`... since the Constitution of 1978. April 28,
                released_end = end  # 2019.`: the later day is still the picture's)
            continue
        if released_end >= 0 and _later_sentence(text, released_end, start) and not _picture_day(text, start, end):
            continue  # "in this image from a video released May 20. X was killed on August 23.": a
            # later sentence's date after a release date tells the story, not the picture's day
        rank = _RANK[kind]
        weekday = rank == 0 and (weekday or (start >= 5 and text[start - 2] in "sS"  # (one character first)
                                             and (text[start - 8:start].lower() == "in this "
                                                  or text[start - 5:start] == "This ")))
        # ("FILE - In this Aug. 26, 2015 file photo, ...": AP's file date is the picture's day too;
        # so is "FILE - This April 22, 2015, photo shows ...")
        # AP writes the picture's day with its weekday: that one beats an earlier bare date of
        # the same sentence; a later sentence's (`FILE - ..., June 21, 2022. Macron names ...
        # Friday, Dec. 13, 2024`) tells the news, the first sentence the picture.
        if best is None or rank < best_rank or (rank == 0 == best_rank and weekday and not best_weekday
                                                and not _later_sentence(text, best_end, start)):
            best, best_rank, best_weekday, best_end = date, rank, weekday, end
            if weekday:
                break
    if dateline is not None and (best is None or best_rank != 0):
        return dateline
    return best


_TWO = tuple(f"{n:02d}" for n in range(32))


def _iso(d: _dt.date) -> str:
    """d.isoformat(), built without printf (several times faster)."""
    year = d.year
    return f"{year if year >= 1000 else f'{year:04d}'}-{_TWO[d.month]}-{_TWO[d.day]}"


_date = _dt.date  # (one global read, not a module attribute's)
_DAY_READINGS: dict = {}  # (span text, kind, form, weekday written, ref) -> (value, warning)


def _resolve(text: str, best, ref: _dt.date | None) -> FoundDate:
    """The chosen written date -> ISO value, precision, span and weekday check."""
    if best is None:
        return FoundDate()
    start, end, kind, form, weekday = best
    value = precision = d = None
    if form == "mdy" or form == "dmy":  # a day of a month, with or without its year and weekday
        # The same written day comes back caption after caption: its reading is kept (a pure
        # function of the written span, the kind, the form and the reference date).
        key = (text[start:end], kind, form, weekday, ref)
        done = _DAY_READINGS.get(key)
        if done is not None:
            value, warning = done
            if value is None:
                return FoundDate(None, None, (start, end), [])
            return FoundDate(value, "day", (start, end), [warning] if warning is not None else [])
        if len(_DAY_READINGS) >= 4096:
            _DAY_READINGS.clear()
        # _SCAN puts white space between the parts, at most `.` and `,` after them, and `of`
        # after the day in `3rd of May`.
        parts = key[0].replace(",", " ").split()
        if weekday:
            weekday = _WEEKDAY_FORMS.get(parts[0])
            if weekday is None:
                weekday = _weekday(parts[0])
            i = 1
        else:
            weekday, i = None, 0
        if form == "mdy":
            if "." in parts[i][:-1]:  # `Dec.20, 2024`: no space after the month's period
                parts[i:i + 1] = parts[i].split(".", 1)
            elif parts[i][-1:].isdigit():  # `September12, 2015`: no space after the month at all
                cut = 0
                while not parts[i][cut].isdigit():  # (a loop: Cython compiles no generator here)
                    cut += 1
                parts[i:i + 1] = [parts[i][:cut], parts[i][cut:]]
            month, day = parts[i], parts[i + 1]
        else:
            day, month = parts[i], parts[i + 1]
            if month.lower() == "of" and len(parts) > i + 2:
                month = parts[i + 2]
        month = _MONTH_FORMS.get(month) or _name(MONTHS, month)
        day = _DAY_FORMS.get(day) or _day(day)
        year = int(parts[-1]) if kind == "day" else _year_for(month, day, ref)
        try:
            d = _date(year, month, day) if year else None
        except ValueError:
            d = None
        if d is None:
            _DAY_READINGS[key] = (None, None)
            return FoundDate(None, None, (start, end), [])
        # d.isoformat() without its slow printf (d holds the year, month and day it was made of)
        value = f"{year if year >= 1000 else f'{year:04d}'}-{_TWO[month]}-{_TWO[day]}"
        warning = None
        if weekday is not None and d.weekday() != weekday:
            warning = f"weekday-mismatch: {_WD_NAMES[weekday]} is not {value}"
        _DAY_READINGS[key] = (value, warning)
        return FoundDate(value, "day", (start, end), [warning] if warning is not None else [])
    else:
        weekday = None
        if form == "iso":  # 2023-06-04
            d = _valid(int(text[start:start + 4]), int(text[start + 5:start + 7]), int(text[start + 8:start + 10]))
        elif form == "num":
            sep = text[end - 5]  # (the separator before a four-digit year; `4.6.23` has none)
            if (sep == "-" or sep == ".") and text[end - 4:end].isdigit():
                d = _dashed_day(text[start:end], sep)
            elif text[end - 3] == ".":  # `12.06.23`: dotted is day first whatever the year's length
                d = _short_year_day(text[start:end])
            elif _sports_slug_date(text, start) or _weekday_bracket_day(text, start):
                d = _short_year_day(text[start:end], "/")
            else:
                d = _dateparser_day(text[start:end])
        elif form == "my":
            value, precision = f"{int(text[end - 4:end]):04d}-{_month(text[start:end].replace(',', ' ').split()[0]):02d}", "month"
        elif form == "yr":
            holiday = _holiday_day(text, start)
            if holiday is not None:
                d = _valid(int(text[start:end]), *holiday)
            else:
                value, precision = f"{int(text[start:end]):04d}", "year"
        elif ref is not None and not _UNDATED.search(text):  # a weekday: the last one by the reference date
            wd = _weekday(text[start:end])
            if start >= 5 and text[start - 5:start].lower() == "last ":  # `last Monday`: before the reference day
                value, precision = _iso(_last_weekday(wd, ref - _dt.timedelta(days=1))), "day"
            else:
                value, precision = _iso(_last_weekday(wd, ref)), "day"
    if d is None:
        return FoundDate(value, precision, (start, end), [])
    year = d.year  # d.isoformat() without its slow printf:
    value = f"{year if year >= 1000 else f'{year:04d}'}-{_TWO[d.month]}-{_TWO[d.day]}"
    if weekday is not None and d.weekday() != weekday:
        return FoundDate(value, "day", (start, end), [f"weekday-mismatch: {_WD_NAMES[weekday]} is not {value}"])
    return FoundDate(value, "day", (start, end), [])
