"""Attribution audit: the credit problems a picture desk must fix.

Each rule is a small named function registered with `@rule(code, severity, doc)`.
Caption rules look at one caption at a time and run in a single streaming pass over the
catalogue; catalogue rules (variants, affiliation, conflicting credits) are SQL aggregates
run after it. `audit()` yields `Finding`s as it goes, so a million captions never sit in
memory.

The vocabularies (agencies, their credit forms, state media, placeholder names) are data
files in catalog/audit_data/; a house's `catalog.toml` ([audit] table) extends them.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import Text, and_, cast, func, select, type_coerce

from .errors import ConfigError
from .store.keys import fold as _fold_text
from .store.models import Agency, Caption, CaptionPhotographer, Photographer, Source

SEVERITIES = ("info", "warning", "error")  # in rising order
FAIL_ON = ("error", "warning", "never")
CONFIG_NAME = "catalog.toml"
DEFAULT_FILE_PHOTO_DAYS = 30
COLUMNS = ("severity", "rule", "caption_id", "source", "ordinal", "message", "credit", "expected")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """store.keys.fold, cached: the same names and credits come back a million times."""
    if text.isascii():
        return " ".join(text.split()).casefold()
    return _fold_text(text)


@lru_cache(maxsize=4096)
def _iso_date(value: str | dt.date | None) -> dt.date | None:
    # SQLite hands the stored text over; PostgreSQL's driver a date whatever the coercion.
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10]) if value else None


# --- findings and the rule registry -------------------------------------------------------

@dataclass(slots=True)
class Finding:
    rule: str
    severity: str
    caption_id: int | None
    source: str | None
    ordinal: int | None  # the caption's position in its source
    message: str
    credit: str | None  # the credit as printed
    expected: str | None = None  # the form the rule expects, where it knows it

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in COLUMNS}


@dataclass(slots=True)
class Issue:
    """What a rule returns: the message and, where it knows it, the expected credit."""
    message: str
    expected: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: str
    doc: str
    check: Callable
    scope: str  # "caption": one caption at a time; "catalog": across captions


RULES: dict[str, Rule] = {}


def rule(code: str, severity: str, doc: str, *, scope: str = "caption"):
    """Register a rule function under `code` with its default severity and one-line doc."""
    def register(fn):
        RULES[code] = Rule(code, severity, doc, fn, scope)
        return fn
    return register


def list_rules(config: AuditConfig | None = None) -> list[dict]:
    """Every rule, with its severity and whether it runs under `config`."""
    config = config or AuditConfig()
    return [{"rule": r.code, "severity": config.severity(r.code), "enabled": config.enabled(r.code),
             "scope": r.scope, "doc": r.doc} for r in RULES.values()]


# --- configuration -------------------------------------------------------------------------

@dataclass(slots=True)
class AuditConfig:
    """The house's settings: catalog.toml's [audit] table."""
    licensed_agencies: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)  # the house list of known agencies
    state_media: list[str] | None = None  # None: the data file's list
    file_photo_days: int = DEFAULT_FILE_PHOTO_DAYS
    rules: dict[str, dict] = field(default_factory=dict)  # code -> {"enabled": bool, "severity": str}
    credit_forms: dict[str, dict] = field(default_factory=dict)  # agency -> forms / aliases / expected ...
    path: str | None = None

    def enabled(self, code: str) -> bool:
        return self.rules.get(code, {}).get("enabled", True)

    def severity(self, code: str) -> str:
        return self.rules.get(code, {}).get("severity", RULES[code].severity)


_CONFIG_KEYS = {"licensed_agencies", "agencies", "state_media", "file_photo_days", "rules", "credit_forms"}
_FORM_KEYS = {"aliases", "forms", "suffixes", "expected", "expected_pool", "expected_handout", "file_suffix"}


def load_config(path: str | Path | None = None, *, cwd: str | Path | None = None) -> AuditConfig:
    """Read `path`, else catalog.toml in `cwd` (the working directory) when there is one."""
    if path is None:
        candidate = Path(cwd or ".") / CONFIG_NAME
        if not candidate.is_file():
            return AuditConfig()
        path = candidate
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    return parse_config(data, str(path))


def parse_config(data: dict, name: str = CONFIG_NAME) -> AuditConfig:
    """Check and convert a parsed catalog.toml; a mistake is one ConfigError naming the key."""
    def bad(key, why):
        raise ConfigError(f"{name}: {key} {why}")

    for key in data:
        if key in _CONFIG_KEYS:
            bad(key, "belongs under the [audit] table")
    audit = data.get("audit", {})
    if not isinstance(audit, dict):
        bad("audit", "must be a table")
    for key in audit:
        if key not in _CONFIG_KEYS:
            bad(f"audit.{key}", f"is not a setting (known: {', '.join(sorted(_CONFIG_KEYS))})")

    def names(key):
        value = audit.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            bad(f"audit.{key}", "must be a list of names")
        return [v.strip() for v in value]

    config = AuditConfig(path=name)
    config.licensed_agencies = names("licensed_agencies") or []
    config.agencies = names("agencies") or []
    config.state_media = names("state_media")
    if "file_photo_days" in audit:
        days = audit["file_photo_days"]
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            bad("audit.file_photo_days", f"must be a whole number of days, 1 or more (got {days!r})")
        config.file_photo_days = days
    rules = audit.get("rules", {})
    if not isinstance(rules, dict):
        bad("audit.rules", "must be a table of rule codes")
    for code, setting in rules.items():
        key = f"audit.rules.{code}"
        if code not in RULES:
            bad(key, "is not a rule (see: catalog audit --list-rules)")
        if not isinstance(setting, dict):
            bad(key, 'must be a table, e.g. { enabled = false } or { severity = "warning" }')
        for k, v in setting.items():
            if k == "enabled" and not isinstance(v, bool):
                bad(f"{key}.enabled", f"must be true or false (got {v!r})")
            elif k == "severity" and v not in SEVERITIES:
                bad(f"{key}.severity", f"must be one of {', '.join(SEVERITIES)} (got {v!r})")
            elif k not in ("enabled", "severity"):
                bad(f"{key}.{k}", "is not a rule setting (enabled, severity)")
        config.rules[code] = dict(setting)
    forms = audit.get("credit_forms", {})
    if not isinstance(forms, dict):
        bad("audit.credit_forms", "must be a table of agencies")
    for agency, spec in forms.items():
        key = f'audit.credit_forms."{agency}"'
        if not isinstance(spec, dict):
            bad(key, "must be a table (forms, aliases, expected ...)")
        for k, v in spec.items():
            if k not in _FORM_KEYS:
                bad(f"{key}.{k}", f"is not a credit-form setting (known: {', '.join(sorted(_FORM_KEYS))})")
            if k in ("aliases", "forms", "suffixes"):
                if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                    bad(f"{key}.{k}", "must be a list of strings")
                if k == "forms":
                    for template in v:
                        try:
                            compile_form(template)
                        except ValueError as e:
                            bad(f"{key}.forms", f"has a bad form {template!r}: {e}")
            elif not isinstance(v, str):
                bad(f"{key}.{k}", "must be a string")
        config.credit_forms[agency] = spec
    return config


# --- vocabularies: agencies and their credit forms ---------------------------------------

_SLOT = re.compile(r"\{(name|NAME|party)\}")
_SLOT_VALUE = r"([^/\s](?:[^/]*[^/\s])?)"  # one party: no slash, no space at either end
_PARTY_VALUE = r"(?!(?i:(?:pool )?photo by ))" + _SLOT_VALUE


@dataclass(slots=True)
class Form:
    template: str
    pattern: re.Pattern
    slots: tuple[str, ...]  # "name", "NAME" or "party", in order


def compile_form(template: str) -> Form:
    """A credit template (`AP Photo/{name}`) as an anchored regular expression."""
    parts, slots, pos = [], [], 0
    for m in _SLOT.finditer(template):
        parts.append(re.escape(template[pos:m.start()]))
        # A party is an organisation: `Pool Photo by Name` in its place is a misplaced byline.
        parts.append(_PARTY_VALUE if m.group(1) == "party" else _SLOT_VALUE)
        slots.append(m.group(1))
        pos = m.end()
    literal = _SLOT.sub("", template)
    if "{" in literal or "}" in literal:
        raise ValueError("placeholders are {name}, {NAME} and {party}")
    if not literal.strip():
        raise ValueError("a form needs some fixed text, such as the agency's name")
    parts.append(re.escape(template[pos:]))
    return Form(template, re.compile("".join(parts)), tuple(slots))


@dataclass(slots=True)
class AgencyStyle:
    name: str
    aliases: list[str] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    suffixes: list[str] = field(default_factory=list)
    expected: str | None = None
    expected_pool: str | None = None
    expected_handout: str | None = None
    file_suffix: str | None = None

    def extend(self, spec: dict) -> None:
        self.aliases += spec.get("aliases", [])
        self.forms += [compile_form(t) for t in spec.get("forms", [])]
        self.suffixes += spec.get("suffixes", [])
        for key in ("expected", "expected_pool", "expected_handout", "file_suffix"):
            if spec.get(key):
                setattr(self, key, spec[key])

    def match(self, line: str) -> tuple[Form, list[str], list[str]] | None:
        """The form `line` is in: (form, slot values, suffixes found), or None."""
        return _match_form(self, line)

    def __hash__(self):
        return id(self)

    def _match(self, line: str):
        suffixes, stripped = [], True
        while stripped:
            stripped = False
            for s in self.suffixes:
                if line.endswith(s) and len(line) > len(s):
                    line, stripped = line[: -len(s)], True
                    suffixes.insert(0, s)
                    break
        for form in self.forms:
            m = form.pattern.fullmatch(line)
            if m and all(v == v.upper() for kind, v in zip(form.slots, m.groups()) if kind == "NAME"):
                return form, list(m.groups()), suffixes
        return None


@lru_cache(maxsize=100_000)
def _match_form(style: AgencyStyle, line: str):
    return style._match(line)


def _data_text(name: str) -> str:
    return resources.files("catalog.audit_data").joinpath(name).read_text(encoding="utf-8")


def _load_placeholders() -> re.Pattern:
    lines = [ln.strip() for ln in _data_text("placeholders.txt").splitlines()]
    return re.compile("|".join(f"(?:{ln})" for ln in lines if ln and not ln.startswith("#")))


def render(template: str | None, photographers: list[str], party: str | None) -> str | None:
    """A template filled with this caption's facts; None when a slot has nothing to fill it."""
    if not template:
        return None
    names = ", ".join(photographers)
    values = {"name": names, "NAME": names.upper(), "party": party}
    if any(not values[m.group(1)] for m in _SLOT.finditer(template)):
        return None
    return _SLOT.sub(lambda m: values[m.group(1)], template)


# --- the facts of one caption, as the pass reads them -------------------------------------

@dataclass(slots=True)
class CaptionFacts:
    id: int
    source: str
    ordinal: int
    text: str
    description: str
    credit: str | None
    date: str | None
    date_precision: str | None
    agency_id: int | None
    source_party_id: int | None
    pool: bool
    handout: bool
    file: bool
    warnings: str  # the stored JSON list, raw: rules look for a code in it
    reference_date: dt.date | None
    photographers: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class AgencyInfo:
    """One row of the agencies table, resolved once against the vocabularies."""
    name: str
    canonical: str | None  # the vocabulary's name for it, None when unknown
    style: AgencyStyle | None
    licensed: bool
    state_media: bool


class AuditContext:
    """Everything the rules consult: vocabularies, config, the agencies table."""

    def __init__(self, config: AuditConfig):
        self.config = config
        data = tomllib.loads(_data_text("credit_forms.toml"))
        self.styles: dict[str, AgencyStyle] = {}
        for name, spec in data["agencies"].items():
            self._style(name).extend(spec)
        for name, spec in config.credit_forms.items():
            self._style(name).extend(spec)
        self.canonical: dict[str, str] = {}  # folded name or alias -> canonical name
        for style in self.styles.values():
            for alias in [style.name, *style.aliases]:
                self.canonical.setdefault(fold(alias), style.name)
        for name in config.agencies + config.licensed_agencies:
            self.canonical.setdefault(fold(name), name)
        state = data["state_media"]
        names = config.state_media if config.state_media is not None else list(state)
        state_aliases = {}
        for name in names:
            known = next((k for k in state if fold(k) == fold(name)), None)
            for alias in (state[known] if known else [name]):
                state_aliases[fold(alias)] = known or name
                self.canonical.setdefault(fold(alias), known or name)
        self.state_media_names = {fold(self.canonical.get(a, a)) for a in state_aliases} | set(state_aliases)
        self.state_media_pattern = (re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(a) for a in sorted(state_aliases, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
            if state_aliases else None)
        self.licensed = {fold(self.canonical.get(fold(n), n)) for n in config.licensed_agencies}
        self.placeholder = _load_placeholders()
        self.agencies: dict[int, AgencyInfo] = {}
        self._placeholders: dict[str, bool] = {}

    def _style(self, name: str) -> AgencyStyle:
        key = fold(name)
        for style in self.styles.values():
            if fold(style.name) == key:
                return style
        style = self.styles[name] = AgencyStyle(name)
        return style

    def load_agencies(self, conn) -> None:
        for agency_id, name in conn.execute(select(Agency.id, Agency.name)):
            canonical = self.canonical.get(fold(name))
            key = fold(canonical or name)
            self.agencies[agency_id] = AgencyInfo(
                name=name, canonical=canonical,
                style=self.styles.get(canonical) if canonical else None,
                licensed=key in self.licensed,
                state_media=key in self.state_media_names or fold(name) in self.state_media_names)

    def agency(self, agency_id: int | None) -> AgencyInfo | None:
        return self.agencies.get(agency_id) if agency_id is not None else None

    def is_agency_name(self, name: str) -> bool:
        return fold(name) in self.canonical

    def is_placeholder(self, name: str) -> bool:
        known = self._placeholders.get(name)
        if known is None:
            known = self._placeholders[name] = self.placeholder.fullmatch(fold(name)) is not None
            if len(self._placeholders) > 100_000:
                self._placeholders.clear()
        return known


# --- caption rules --------------------------------------------------------------------------

_STRAY_SEPARATOR = re.compile(r"^\s*[/,]|[/,]\s*$|/\s*/|,\s*/|/\s*,|\bvia\s*$|^\s*via\b", re.IGNORECASE)
_EMPTY_PARENS = re.compile(r"\(\s*\)\s*\.?\s*$")


def _paren_problem(s: str) -> str | None:
    opened, closed = s.count("("), s.count(")")
    if opened == closed and (opened == 0 or (opened == 1 and s.find("(") < s.find(")"))):
        return None  # the common cases, without walking the string
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return "a closing parenthesis with no opening one"
    return "an unclosed parenthesis" if depth else None


def _credit_tail(c: CaptionFacts) -> str:
    """The credit as it stands in the text, parentheses included."""
    if c.description and c.text.startswith(c.description):
        return c.text[len(c.description):].strip()
    return c.credit or ""


def _broken_credit(c: CaptionFacts) -> str | None:
    """Why the credit is malformed, or None."""
    line = c.credit
    if line is not None and not line.strip():
        return "an empty credit"
    if line is None and _EMPTY_PARENS.search(c.text):
        return "an empty credit"
    problem = _paren_problem(_credit_tail(c)) if line else None
    if line is None:
        # No credit read: an unclosed "(AP Photo/..." near the end is a broken credit, not a missing one.
        opened, closed = c.text.rfind("("), c.text.rfind(")")
        if opened > closed and len(c.text) - opened <= 80:
            problem = "an unclosed parenthesis"
    if problem is None and c.warnings and "unbalanced-paren" in c.warnings:
        problem = "unbalanced parentheses"
    if problem:
        return f"{problem} in the credit"
    if line and _STRAY_SEPARATOR.search(line):
        return "a stray separator in the credit"
    return None


@rule("missing-credit", "error", "a caption with no credit")
def missing_credit(c: CaptionFacts, ctx: AuditContext):
    if c.credit is None and _broken_credit(c) is None:
        return Issue("no credit")


@rule("malformed-credit", "error",
      "unbalanced parentheses, an empty credit, stray separators (`AP Photo/`, `//`)")
def malformed_credit(c: CaptionFacts, ctx: AuditContext):
    problem = _broken_credit(c)
    if problem:
        return Issue(problem)


def _name_slots(c: CaptionFacts, ctx: AuditContext) -> list[str] | None:
    """The photographer slots of the credit, when it is in one of its agency's forms."""
    info = ctx.agency(c.agency_id)
    if not c.credit or not info or not info.style:
        return None
    found = info.style.match(c.credit.strip())
    if not found:
        return None
    form, values, _ = found
    return [v for kind, v in zip(form.slots, values) if kind in ("name", "NAME")]


_PARTS = re.compile(r"\s*(?:/|\bvia\b|,)\s*", re.IGNORECASE)
_HANDOUT_WORD = re.compile(r"(?i)^(?:handout|ho)$")


@rule("placeholder-photographer", "warning",
      "`Staff`, `Stringer`, `STR`, `HANDOUT`, `Uncredited`, `Contributor#123` or an agency name "
      "where the photographer belongs")
def placeholder_photographer(c: CaptionFacts, ctx: AuditContext):
    slots = _name_slots(c, ctx)
    if slots is None:
        # Not in a known form: any credit part that is a placeholder (a handout source is fine).
        parts = [p.removeprefix("Photo by ").strip() for p in _PARTS.split(c.credit or "")]
        slots = [p for p in parts if p and not _HANDOUT_WORD.match(p)]
        slots = [p for p in slots if ctx.is_placeholder(p)]
    slots += [name for _, name in c.photographers]
    for name in dict.fromkeys(slots):
        if ctx.is_placeholder(name):
            return Issue(f"placeholder {name!r} where the photographer belongs")
        if ctx.is_agency_name(name):
            return Issue(f"agency name {name!r} where the photographer belongs")


@rule("unknown-agency", "warning", "an agency in neither the agency table nor the house list")
def unknown_agency(c: CaptionFacts, ctx: AuditContext):
    info = ctx.agency(c.agency_id)
    # A handout supplied directly (`Official White House Photo`) names its source, not an agency.
    if info and info.canonical is None and not c.handout:
        return Issue(f"agency {info.name!r} is not a known agency (add it to [audit] agencies in "
                     f"{CONFIG_NAME} if it is one)")


@rule("agency-style", "warning",
      "a credit not in the form its agency requires (AP `(AP Photo/Name)`, Reuters `REUTERS/Name`, "
      "Getty `(Photo by Name/Getty Images)` ...)")
def agency_style(c: CaptionFacts, ctx: AuditContext):
    info = ctx.agency(c.agency_id)
    if not c.credit or not c.credit.strip() or not info or not info.style or not info.style.forms:
        return None
    style = info.style
    if style.match(c.credit.strip()):
        return None
    names = [name for _, name in c.photographers]
    party = ctx.agency(c.source_party_id).name if c.source_party_id is not None else None
    template = style.expected
    if c.handout and style.expected_handout and (party or not names):
        template = style.expected_handout
    elif c.pool and style.expected_pool:
        template = style.expected_pool
    expected = render(template, names, party)
    if expected and c.file and style.file_suffix:
        expected += style.file_suffix
    return Issue(f"credit not in {style.name} style", expected)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY_DATE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s*\(?\s*(?:"
    + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?"
    + r"|(\d{1,2})\s+" + _MONTH + r"(?:,?\s+(\d{4}))?)", re.IGNORECASE)


def _written_weekday_dates(c: CaptionFacts):
    """(weekday, date) for each `Sunday, June 18, 2023` written in the description."""
    text = c.description or c.text
    if "day" not in text:
        return
    for m in _WEEKDAY_DATE.finditer(text):
        weekday, mon1, day1, year1, day2, mon2, year2 = m.groups()
        month = _MONTHS[(mon1 or mon2)[:3].lower()]
        day = int(day1 or day2)
        year = year1 or year2
        if year is None:
            if c.date and len(c.date) >= 4:
                year = c.date[:4]
            elif c.reference_date:
                year = c.reference_date.year
            else:
                continue
        try:
            yield m.group(0), weekday, dt.date(int(year), month, day)
        except ValueError:
            continue


@rule("weekday-mismatch", "error", "the written weekday is not the date's")
def weekday_mismatch(c: CaptionFacts, ctx: AuditContext):
    for written, weekday, date in _written_weekday_dates(c):
        actual = _WEEKDAYS[date.weekday()]
        if weekday.lower() != actual:
            return Issue(f"{written!r}: {date.isoformat()} is a {actual.capitalize()}",
                         written.replace(weekday, actual.capitalize()))
    if c.warnings and "weekday-mismatch" in c.warnings:
        for w in json.loads(c.warnings):
            if str(w).startswith("weekday-mismatch"):
                return Issue(str(w))


@rule("parser-fault", "warning", "a caption the parser failed on in part (a bug to report): its record may lack people, place, date or credit")
def parser_fault(c: CaptionFacts, ctx: AuditContext):
    if c.warnings and "internal-error" in c.warnings:
        faults = [str(w) for w in json.loads(c.warnings) if str(w).startswith("internal-error")]
        if faults:
            return Issue("; ".join(faults) + " (run `catalog reparse` after upgrading)")


def _date_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date, month or year can mean."""
    if not value:
        return None
    try:
        if len(value) == 10:
            d = dt.date.fromisoformat(value)
            return d, d
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            first = dt.date(y, m, 1)
            last = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            return first, last
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


@rule("date-after-source", "error", "a picture dated after the document that carries it")
def date_after_source(c: CaptionFacts, ctx: AuditContext):
    bounds = _date_bounds(c.date)
    if bounds and c.reference_date and bounds[0] > c.reference_date:
        return Issue(f"dated {c.date}, after its source's date {c.reference_date.isoformat()}")


_FILE_MARK = re.compile(r"^\s*FILE\b|\bfile (?:photo|picture|image)\b|\(FILES?\)|\bfiles?\s+photo", re.IGNORECASE)
_FILE_IN_CREDIT = re.compile(r"\bfiles?\b", re.IGNORECASE)


def _marked_file(c: CaptionFacts) -> bool:
    return bool(c.file or _FILE_MARK.search(c.text) or (c.credit and _FILE_IN_CREDIT.search(c.credit)))


@rule("file-unmarked", "warning",
      "a picture dated long before its document (default 30 days, file_photo_days) not marked as file")
def file_unmarked(c: CaptionFacts, ctx: AuditContext):
    bounds = _date_bounds(c.date)
    if not bounds or not c.reference_date:
        return None
    age = (c.reference_date - bounds[1]).days
    if age > ctx.config.file_photo_days and not _marked_file(c):
        info = ctx.agency(c.agency_id)
        suffix = info.style.file_suffix if info and info.style else None
        expected = c.credit.strip() + suffix if suffix and c.credit and c.credit.strip() else None
        return Issue(f"dated {c.date}, {age} days before its source ({c.reference_date.isoformat()}), "
                     f"not marked as file", expected)


_HANDOUT_MARK = re.compile(r"(?i)\b(?:handout|ho)\b")
_NOT_A_SOURCE = re.compile(r"(?i)^(?:handout|ho|photo|handout photo|file|file photo|pool|pool photo|courtesy|"
                           r"courtesy of|provided|photo by|via)$")


@rule("handout-unsourced", "warning", "a handout that does not say who handed it out")
def handout_unsourced(c: CaptionFacts, ctx: AuditContext):
    if not c.credit or not (c.handout or _HANDOUT_MARK.search(c.credit)):
        return None
    info = ctx.agency(c.agency_id)
    if info and info.canonical is None:
        return None  # the supplier is the handing-out party itself (`Official White House Photo`)
    for part in _PARTS.split(c.credit):
        part = re.sub(r"(?i)^(?:photo by|courtesy of|provided by|handout photo by)\s+", "", part.strip())
        if part and not _NOT_A_SOURCE.match(part) and not ctx.is_agency_name(part):
            return None
    return Issue("handout with no source: say who handed it out (`<Source>/Handout via <Agency>`)")


@rule("state-media", "info",
      "a picture supplied by state media (Xinhua, KCNA, TASS, Sputnik, IRNA: the state_media list)")
def state_media(c: CaptionFacts, ctx: AuditContext):
    for party_id in (c.agency_id, c.source_party_id):
        info = ctx.agency(party_id)
        if info and info.state_media:
            return Issue(f"supplied by state media: {info.name}")
    if c.credit and ctx.state_media_pattern:
        m = ctx.state_media_pattern.search(c.credit)
        if m:
            return Issue(f"supplied by state media: {m.group(0)}")


@rule("not-licensed", "error", "an agency outside the house's licensed_agencies, when the config names them")
def not_licensed(c: CaptionFacts, ctx: AuditContext):
    if not ctx.licensed:
        return None
    info = ctx.agency(c.agency_id)
    if info is None or info.licensed:
        return None
    if c.handout and info.canonical is None:
        return None  # a handout supplied directly by its source needs no agency licence
    return Issue(f"agency {info.name!r} is not in licensed_agencies")


# --- catalogue rules ------------------------------------------------------------------------

@dataclass(slots=True)
class Spelling:
    count: int
    first_caption: int


class CatalogScan:
    """What the caption pass gathers for the catalogue rules: photographer spellings."""

    def __init__(self):
        self.spellings: dict[int, dict[str, Spelling]] = {}

    def add_spellings(self, c: CaptionFacts) -> None:
        for pid, name in c.photographers:
            spelling = _printed_spelling(name, c.credit or "")
            seen = self.spellings.setdefault(pid, {})
            entry = seen.get(spelling)
            if entry is None:
                seen[spelling] = Spelling(1, c.id)
            else:
                entry.count += 1


def _printed_spelling(name: str, credit: str) -> str:
    """`name` as this credit prints it (the stored name folds case and accents together)."""
    if name in credit:
        return name
    if name.upper() in credit:
        return name.upper()
    folded_name = fold(name)
    chars, index = [], []
    for i, ch in enumerate(credit):
        for f in fold(ch) if not ch.isspace() else " ":
            chars.append(f)
            index.append(i)
    folded = "".join(chars)
    at = folded.find(folded_name)
    if at < 0 or not folded_name:
        return name
    return credit[index[at]: index[at + len(folded_name) - 1] + 1]


def _where(stmt, where):
    return stmt.where(where) if where is not None else stmt


def _caption_refs(conn, ids: Iterable[int]) -> dict[int, tuple]:
    ids = list(ids)
    if not ids:
        return {}
    rows = conn.execute(select(Caption.id, Source.path, Caption.ordinal, Caption.credit_line)
                        .join(Source, Source.id == Caption.source_id).where(Caption.id.in_(ids)))
    return {r[0]: tuple(r[1:]) for r in rows}


def _tokens(name: str) -> list[str]:
    return fold(name).replace(".", " ").replace("-", " ").split()


class _Groups:
    """Union-find over photographer ids."""

    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, a):
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _typo_budget(length: int) -> int:
    """How many edits still count as a small typo in a (folded) name of `length` characters."""
    return 2 if length >= 12 else 1 if length >= 7 else 0


def _rare_enough(a: int, b: int) -> bool:
    """A typo is rare beside the right spelling; two well-used spellings are two people."""
    return min(a, b) <= max(2, max(a, b) // 5)


def _link_variants(names: dict[int, str], counts: dict[int, int]) -> _Groups:
    groups = _Groups()
    blocks: dict[tuple, list[int]] = {}
    toks = {pid: _tokens(name) for pid, name in names.items()}
    for pid, t in toks.items():
        if not t:
            continue
        groups.find(pid)
        blocks.setdefault(("order", tuple(sorted(t))), []).append(pid)  # word order
        if len(t) >= 2:
            blocks.setdefault(("initial", t[0][0], t[-1]), []).append(pid)  # initials
            blocks.setdefault(("first", t[0]), []).append(pid)  # typo in a later name
            blocks.setdefault(("last", t[-1]), []).append(pid)  # typo in the first name
        else:
            blocks.setdefault(("single", t[0][:2]), []).append(pid)
    for (kind, *_), members in blocks.items():
        if len(members) < 2:
            continue
        if kind == "order":
            for other in members[1:]:
                groups.union(members[0], other)
        elif kind == "initial":
            initials = [p for p in members if len(toks[p][0]) == 1]
            full = {toks[p][0] for p in members if len(toks[p][0]) > 1}
            if initials and len(full) == 1:  # `A. Wong` is `Andy Wong` only when no `Alan Wong` is about
                for p in members:
                    groups.union(initials[0], p)
        else:
            keys = [" ".join(toks[p]) for p in members]
            for i, p in enumerate(members):
                budget = _typo_budget(len(keys[i]))
                if not budget:
                    continue
                for _, dist, j in process.extract(keys[i], keys[i + 1:], scorer=OSA.distance,
                                                  score_cutoff=budget, limit=None):
                    q = members[i + 1 + j]
                    if dist and _rare_enough(counts.get(p, 0), counts.get(q, 0)):
                        groups.union(p, q)
    return groups


def _merge_house_caps(spellings: dict[str, Spelling]) -> dict[str, Spelling]:
    """`LEAH MILLIS` in a Getty or EPA credit is house style, not another spelling."""
    merged = {s: Spelling(e.count, e.first_caption) for s, e in spellings.items() if not s.isupper()}
    for s, e in spellings.items():
        if s.isupper():
            target = next((m for m in merged if m.upper() == s), None)
            if target:
                merged[target].count += e.count
                merged[target].first_caption = min(merged[target].first_caption, e.first_caption)
            else:
                merged[s] = Spelling(e.count, e.first_caption)
    return merged


@rule("photographer-variants", "warning",
      "one photographer spelled several ways across the catalogue (case, accents, initials, word order, "
      "small typos), with each variant and its count", scope="catalog")
def photographer_variants(conn, ctx: AuditContext, scan: CatalogScan, where) -> Iterator[tuple]:
    pids = list(scan.spellings)
    names = {}
    for i in range(0, len(pids), 500):
        chunk = pids[i:i + 500]
        names.update(conn.execute(select(Photographer.id, Photographer.name)
                                  .where(Photographer.id.in_(chunk))).all())
    counts = {pid: sum(s.count for s in sp.values()) for pid, sp in scan.spellings.items()}
    groups = _link_variants(names, counts)
    members: dict[int, list[int]] = {}
    for pid in pids:
        members.setdefault(groups.find(pid), []).append(pid)
    for root in sorted(members):
        spellings: dict[str, Spelling] = {}
        for pid in members[root]:
            for s, e in _merge_house_caps(scan.spellings[pid]).items():
                have = spellings.get(s)
                if have:
                    have.count += e.count
                    have.first_caption = min(have.first_caption, e.first_caption)
                else:
                    spellings[s] = Spelling(e.count, e.first_caption)
        if len(spellings) < 2:
            continue
        ranked = sorted(spellings.items(), key=lambda kv: (-kv[1].count, kv[1].first_caption))
        main, rarest = ranked[0][0], min(ranked[1:], key=lambda kv: (kv[1].count, kv[1].first_caption))
        listing = ", ".join(f"{s} ({e.count})" for s, e in ranked)
        yield (rarest[1].first_caption,
               Issue(f"{main} spelled {len(ranked)} ways: {listing}", None),
               (rarest[0], main))


@rule("photographer-affiliation", "info",
      "one photographer credited to different agencies (normal for pool work; listed for review)",
      scope="catalog")
def photographer_affiliation(conn, ctx: AuditContext, scan: CatalogScan, where) -> Iterator[tuple]:
    stmt = (select(CaptionPhotographer.photographer_id, Photographer.name, Caption.agency_id,
                   func.count(), func.min(Caption.id))
            .join(Caption, Caption.id == CaptionPhotographer.caption_id)
            .join(Photographer, Photographer.id == CaptionPhotographer.photographer_id)
            .where(Caption.agency_id.is_not(None))
            .group_by(CaptionPhotographer.photographer_id, Photographer.name, Caption.agency_id)
            .order_by(CaptionPhotographer.photographer_id))
    current, rows, rows_name = None, [], None
    rows_out = conn.execution_options(yield_per=2000).execute(_where(stmt, where))
    for pid, name, agency_id, count, first in itertools.chain(rows_out, [(None,) * 5]):
        if pid != current:
            if len(rows) > 1:
                ranked = sorted(rows, key=lambda r: (-r[1], r[2]))
                listing = ", ".join(f"{ctx.agency(a).name if ctx.agency(a) else a} ({n})" for a, n, _ in ranked)
                example = min(ranked[1:], key=lambda r: r[2])[2]
                yield example, Issue(f"{rows_name} credited to {len(rows)} agencies: {listing}"), None
            current, rows, rows_name = pid, [], name
        if pid is not None:
            rows.append((agency_id, count, first))


_CREDIT_FILE_MARK = re.compile(r"(?i)(?:,\s*|\s*/\s*)files?(?:\s+photo)?\s*$")


def _credit_key(line: str | None) -> str:
    """A credit compared for conflicts: file marks, case and spacing aside."""
    line = _CREDIT_FILE_MARK.sub("", line or "")
    return re.sub(r"\s*/\s*", "/", fold(line))


@rule("conflicting-credit", "error", "the same caption text stored with different credits", scope="catalog")
def conflicting_credit(conn, ctx: AuditContext, scan: CatalogScan, where) -> Iterator[tuple]:
    credit = func.coalesce(Caption.credit_line, "")
    dupes = _where(select(Caption.description).where(Caption.description != "")
                   .group_by(Caption.description).having(func.count(func.distinct(credit)) > 1), where)
    stmt = _where(select(Caption.id, Caption.description, Caption.credit_line)
                  .where(Caption.description.in_(dupes)).order_by(Caption.description, Caption.id), where)
    group: list[tuple] = []
    for row in itertools.chain(conn.execution_options(yield_per=2000).execute(stmt), [(None, None, None)]):
        if group and row[1] != group[0][1]:
            keys = {}
            for cid, _, line in group:
                keys.setdefault(_credit_key(line), []).append((cid, line))
            if len(keys) > 1:
                first_key = _credit_key(group[0][2])
                example = min(cid for k, v in keys.items() if k != first_key for cid, _ in v)
                listing = "; ".join(f"{v[0][1] or '(none)'} (caption {', '.join(str(c) for c, _ in v)})"
                                    for v in keys.values())
                yield example, Issue(f"same caption stored with {len(keys)} credits: {listing}"), None
            group = []
        if row[0] is not None:
            group.append(row)


# --- running the audit ------------------------------------------------------------------------

class Audit:
    """One audit run: iterate it for findings; `counts` tallies them as they go."""

    def __init__(self, catalog, config: AuditConfig | None = None, rules: Iterable[str] | None = None,
                 where=None, caption_ids=None):
        self.catalog = catalog
        self.config = config or AuditConfig()
        if rules is not None:
            rules = [r.strip() for r in rules if r.strip()]
            unknown = [r for r in rules if r not in RULES]
            if unknown:
                raise ConfigError(f"unknown rule {unknown[0]!r} (see: catalog audit --list-rules)")
            self.rules = [RULES[r] for r in dict.fromkeys(rules)]  # named explicitly: run even if disabled
        else:
            self.rules = [r for r in RULES.values() if self.config.enabled(r.code)]
        if caption_ids is not None:
            where = Caption.id.in_(caption_ids) if where is None else and_(where, Caption.id.in_(caption_ids))
        self.where = where
        self.counts: Counter = Counter()  # (rule, severity) -> findings
        self.captions = 0

    def __iter__(self) -> Iterator[Finding]:
        ctx = AuditContext(self.config)
        caption_rules = [(r.code, self.config.severity(r.code), r.check) for r in self.rules if r.scope == "caption"]
        catalog_rules = [r for r in self.rules if r.scope == "catalog"]
        scan = CatalogScan()
        want_spellings = any(r.code == "photographer-variants" for r in catalog_rules)
        with self.catalog.engine.connect() as conn:
            ctx.load_agencies(conn)
            for c in self._captions(conn):
                self.captions += 1
                if want_spellings and c.photographers:
                    scan.add_spellings(c)
                for code, severity, check in caption_rules:
                    issue = check(c, ctx)
                    if issue is not None:
                        yield self._finding(code, severity, c.id, c.source, c.ordinal, c.credit, issue)
            for r in catalog_rules:
                severity = self.config.severity(r.code)
                found = r.check(conn, ctx, scan, self.where)
                while batch := list(itertools.islice(found, 500)):  # caption details looked up 500 at a time
                    refs = _caption_refs(conn, (cid for cid, _, _ in batch))
                    for cid, issue, fix in batch:
                        source, ordinal, credit = refs.get(cid, (None, None, None))
                        if fix and credit:  # (variant, right spelling): the credit with the spelling put right
                            issue.expected = credit.replace(fix[0], fix[1]) if fix[0] in credit else fix[1]
                        yield self._finding(r.code, severity, cid, source, ordinal, credit, issue)

    def _finding(self, code, severity, cid, source, ordinal, credit, issue: Issue) -> Finding:
        self.counts[(code, severity)] += 1
        return Finding(code, severity, cid, source, ordinal, issue.message, credit, issue.expected)

    def _captions(self, conn) -> Iterator[CaptionFacts]:
        """Every caption with its photographers, streamed in id order."""
        stmt = (select(Caption.id, Source.path, Caption.ordinal, Caption.text, Caption.description,
                       Caption.credit_line, Caption.date, Caption.date_precision, Caption.agency_id,
                       Caption.credit_source_id, Caption.is_pool, Caption.is_handout, Caption.is_file,
                       cast(Caption.warnings, Text), type_coerce(Source.reference_date, Text),
                       CaptionPhotographer.photographer_id, Photographer.name)
                .join(Source, Source.id == Caption.source_id)
                .outerjoin(CaptionPhotographer, CaptionPhotographer.caption_id == Caption.id)
                .outerjoin(Photographer, Photographer.id == CaptionPhotographer.photographer_id)
                .order_by(Caption.id, CaptionPhotographer.ordinal))
        result = conn.execution_options(yield_per=2000).execute(_where(stmt, self.where))
        current = None
        for row in result:
            if current is None or row[0] != current.id:
                if current is not None:
                    yield current
                current = CaptionFacts(*row[:14], _iso_date(row[14]))
            if row[15] is not None:
                current.photographers.append((row[15], row[16]))
        if current is not None:
            yield current

    def reaches(self, fail_on: str) -> bool:
        """Did any finding reach `fail_on` (error, warning or never)?"""
        if fail_on == "never":
            return False
        floor = SEVERITIES.index(fail_on)
        return any(SEVERITIES.index(sev) >= floor for (_, sev), n in self.counts.items() if n)

    def summary(self) -> str:
        """One closing paragraph: findings per severity, then per rule."""
        by_severity = Counter()
        for (_, sev), n in self.counts.items():
            by_severity[sev] += n
        total = sum(by_severity.values())
        head = (f"audit: {self.captions} caption{'s' * (self.captions != 1)} checked, "
                f"{total} finding{'s' * (total != 1)}")
        if total:
            head += " (" + ", ".join(f"{by_severity[s]} {s}" for s in reversed(SEVERITIES) if by_severity[s]) + ")"
        lines = [head]
        for (code, sev), n in sorted(self.counts.items(), key=lambda kv: (-SEVERITIES.index(kv[0][1]), kv[0][0])):
            lines.append(f"  {code:<26} {sev:<8} {n}")
        return "\n".join(lines)


def audit(catalog, config: AuditConfig | None = None, rules: Iterable[str] | None = None, where=None,
          caption_ids=None) -> Audit:
    """Audit `catalog` (optionally only captions matching the SQLAlchemy clause `where`, or whose
    id is in the selectable `caption_ids`). Iterate the result for findings."""
    return Audit(catalog, config, rules, where, caption_ids)


# --- photo files (issue 8): the rules live in catalog/audit_images.py -------------------------
# Each needs the file's embedded fields beside the caption, so each runs as a catalogue-scope
# rule: one streamed query over the pictures (captions with embedded_metadata) under `where`.

def _register_image_rule(code: str, severity: str, doc: str, check) -> None:
    @rule(code, severity, doc, scope="catalog")
    def run(conn, ctx: AuditContext, scan, where) -> Iterator[tuple]:
        from .audit_images import iter_image_facts

        for facts in iter_image_facts(conn, where):
            problem = check(facts)
            if problem is not None:
                yield facts.caption_id, Issue(problem.message, problem.expected), None


def _register_image_rules() -> None:
    from .audit_images import IMAGE_RULES

    for code, severity, doc, check in IMAGE_RULES:
        _register_image_rule(code, severity, doc, check)


_register_image_rules()
