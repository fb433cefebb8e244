"""The credit tail: photographers, agency, source, pool / handout / file.

Steps (split_credit):
    strip desk tags   trailing `APTOPIX`, `** FILE **`, Reuters `TPX IMAGES OF THE DAY` ...
    find the tail     a final `( ... )` that reads as a credit, or an unbracketed tail anchored
                      on an agency or a label (`REUTERS/`, `... via REUTERS`, `Photo by`, `EPA-EFE/`)
    read the line     labels off, the last `via` splits supplier from agency, the rest splits
                      into parties (`/`, `,`, ` - `); each party is an agency, an organisation,
                      a placeholder word (STR, Handout, Pool, File) or a photographer
    mark the caption  leading `FILE -`, `In this ... file photo`, `provided by`, `handout picture`

Vocabularies (agencies, placeholder words, organisation words, ranks, tags) live in data/.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from .record import Credit

__all__ = ["split_credit", "parse_credit_line", "normal_case", "strip_leading_tags"]


# ---------------------------------------------------------------- data tables

def _data_lines(name: str):
    """Non-comment, non-blank lines of a data file."""
    text = resources.files("catalog.parse.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n")


def _key(s: str) -> str:
    """Lookup key: no accents, no case, no leading `the`, no trailing `photo`, no dots/spaces noise."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\s_]+", " ", s).strip(" .,;:-")
    s = re.sub(r"^the ", "", s)
    s = re.sub(r" (?:photos?|pictures?|images?|foto)$", "", s) if not s.endswith("getty images") else s
    return s


@dataclass(frozen=True, slots=True)
class Party:
    canonical: str
    kind: str        # wire | news | handout
    state: bool


_TIER = {"wire": 3, "news": 2, "handout": 1}


@functools.cache
def _agencies() -> dict[str, Party]:
    table: dict[str, Party] = {}
    for line in _data_lines("agencies.tsv"):
        canonical, kind, state, aliases = line.split("\t")
        party = Party(canonical, kind, state == "yes")
        for alias in [canonical, *aliases.split("|")]:
            table.setdefault(_key(alias), party)
    # `AP Images` -> `ap images` keeps `images`; also index it without.
    return table


@functools.cache
def _credit_words() -> dict[str, str]:
    return {_raw_key(w): m for w, m in (l.split("\t") for l in _data_lines("credit_words.tsv"))}


def _raw_key(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" .,;:-").casefold()


@functools.cache
def _org_words() -> tuple[frozenset, frozenset]:
    news, handout = set(), set()
    for line in _data_lines("org_words.tsv"):
        word, kind = line.split("\t")
        (handout if kind == "handout" else news).add(word.casefold())
    return frozenset(news), frozenset(handout)


@functools.cache
def _particles() -> frozenset:
    return frozenset(l.strip() for l in _data_lines("name_particles.txt"))


@functools.cache
def _rank_re() -> re.Pattern:
    ranks = sorted((l.strip() for l in _data_lines("military_ranks.txt")), key=len, reverse=True)
    alts = [re.escape(r).replace(r"\ ", r"\s+").replace("N", r"\d+(?:st|nd|rd|th)") for r in ranks]
    return re.compile(r"^(?:(?:%s)\s+)+" % "|".join(alts))


@functools.cache
def _desk_tags() -> list[tuple[re.Pattern, bool]]:
    out = []
    for line in _data_lines("desk_tags.txt"):
        pat, meaning = line.split("\t")
        out.append((re.compile(r"\s*(?:%s)\s*$" % pat, re.I), meaning == "file"))
    return out


@functools.cache
def _rights_re() -> re.Pattern:
    names, phrases = set(), []
    for line in _data_lines("rights_tags.txt"):
        if line.startswith("out:"):
            names.add(line[4:].strip())
        else:
            phrases.append(line.strip())
    try:  # countries, written in capitals before OUT
        import pycountry
        for c in pycountry.countries:
            for n in (c.name, getattr(c, "common_name", None)):
                if n and "," not in n and "(" not in n:
                    names.add(n.upper())
    except Exception:  # pragma: no cover - pycountry missing: the table still serves
        pass
    out_names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    out_tag = r"(?:(?:%s)(?:\s*(?:,|AND|&|/)\s*(?:%s))*)\s+OUT" % (out_names, out_names)
    phrase = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?:\s*[-/,]?\s*\b(?:%s|%s))+\s*$" % (out_tag, phrase))


# ---------------------------------------------------------------- patterns

_LABEL = re.compile(
    r"^(?:(?P<org>(?:Official\s+)?[A-Z][^/()]*?)\s+)?"
    r"(?:Photos?|Pictures?|Photographs?|Images?|Video\s+still)\s+(?:by|from)\s+(?P<rest>.+)$"
    r"|^(?:Mandatory\s+Credit|Credit|Photographer|Photo|Photos|Picture|Pictures|Photo\s+credit|Source)\s*:\s*(?P<rest2>.+)$",
    re.I | re.S)
_COURTESY = re.compile(r"^(?:Photo\s+|Picture\s+|Image\s+)?(?:courtesy\s+(?:of\s+)?|provided\s+by\s+)(?P<rest>.+)$", re.I | re.S)
_VIA = re.compile(r"\s*/?\s*\bvia\b\s*", re.I)
_SPLIT = re.compile(r"\s*/\s*|\s+[-–—]\s+|\s*,\s*|\s*;\s*")
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|V)$")
_WORD = re.compile(r"[\w'’.-]+")
_HAS_LETTER = re.compile(r"[^\W\d_]")

# A credit in brackets must hold one of these to be taken for a credit (else `(R)`, `(13)` ...).
_CREDITISH = re.compile(r"/|\bvia\b|\bphotos?\b|\bpictures?\b|\bcourtesy\b|\bhandout\b|\bpool\b|\bcredit\b", re.I)

# Description marks of an archive picture or of a handout.
_LEAD_TAGS = re.compile(
    r"^(?:APTOPIX\s+)?(?:(?P<file>FILE\s*(?:PHOTO|PICTURE|IMAGE)?\s*[-–—:]+|FILE\s+PHOTO|\(\s*FILES?\s*\)|\[\s*FILES?\s*\])\s*)?",
    re.I)
_FILE_PHRASE = re.compile(r"\b(?:in\s+this|this|a)\b[^.;()]{0,80}?\bfile\s+(?:photo|picture|image|photograph)", re.I)
_HANDOUT_PHRASE = re.compile(
    r"\b(?:handout\s+(?:photo|picture|image|photograph|video)|provided\s+by|courtesy\s+of|released\s+by\s+the\s+(?:press|media)|distributed\s+by)\b",
    re.I)

_SENTENCE_END = re.compile(r"[.!?;:]['\"’”]?$")
_TAIL_TOKEN = re.compile(r"\S+")


# ---------------------------------------------------------------- names

def normal_case(name: str) -> str:
    """A name printed in capitals back to normal case; mixed-case words are left alone.

    `CATRINUS VAN DER VEEN` -> `Catrinus van der Veen`; `Ludovic MARIN` -> `Ludovic Marin`;
    `CJ GUNTHER` -> `CJ Gunther` (a short capital word without vowels reads as initials).
    """
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if not (w.isupper() and len(_HAS_LETTER.findall(w)) > 1):
            out.append(w)
            continue
        letters = "".join(_HAS_LETTER.findall(w))
        if _SUFFIX.match(w) or (len(letters) <= 3 and not re.search(r"[AEIOUY]", letters)):
            out.append(w)  # initials, roman numerals
        elif i and w.lower() in _particles():
            out.append(w.lower())
        else:
            out.append("-".join(_cap_word(p) for p in w.split("-")))
    return " ".join(out)


def _cap_word(w: str) -> str:
    if not w:
        return w
    low = w.lower()
    m = re.match(r"^(o['’]|mc|d['’])(\w)(.*)$", low)
    if m and len(low) > 3:
        head = m.group(1)
        head = head[0].upper() + head[1:]
        return head + m.group(2).upper() + m.group(3)
    if low in ("al", "el") :
        return low.capitalize()
    return low[0].upper() + low[1:]


def _title_case_org(s: str) -> str:
    """An organisation printed in capitals, in normal case (`KREMLIN POOL` -> `Kremlin Pool`)."""
    if not s.isupper():
        return s
    small = {"of", "the", "and", "for", "de", "in", "on"}
    words = s.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        elif len(w) <= 4 and not re.search(r"[AEIOU]", w):
            out.append(w)  # acronyms
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


# ---------------------------------------------------------------- party classification

@dataclass(slots=True)
class _Item:
    text: str                 # as printed (rank removed)
    role: str                 # agency | org | person | placeholder | pool | handout | file
    party: Party | None = None
    label_agency: bool = False  # `AP Photo`, `AFP PHOTO`: the agency, whatever follows


def _lookup(text: str) -> Party | None:
    return _agencies().get(_key(text))


def _classify(text: str, *, person_slot: bool) -> list[_Item]:
    """One printed party -> items (a trailing HANDOUT/POOL word is split off)."""
    text = text.strip(" .,;:")
    if not text:
        return []
    words = _credit_words()
    k = _raw_key(text)
    if k in words:
        if words[k] == "pool":  # `Pool Photo`, `POOL` -> `Pool`
            return [_Item("Pool", "pool")]
        return [_Item(text, words[k])]
    party = _lookup(text)
    if party:
        label = bool(re.search(r"\s(?:photo|foto)$", text, re.I))
        return [_Item(text, "agency", party, label)]
    if re.search(r"\bpool\b", text, re.I):
        name = re.sub(r"\s+(?:photo|picture)$", "", text, flags=re.I)
        return [_Item(_title_case_org(name), "pool")]
    # `UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT`, `X PHOTO`
    m = re.match(r"^(.*\S)\s+(\S+(?:\s+(?:photo|picture))?)$", text, re.I)
    if m and _raw_key(m.group(2)) in words and words[_raw_key(m.group(2))] != "placeholder":
        return _classify(m.group(1), person_slot=person_slot) + [_Item(m.group(2), words[_raw_key(m.group(2))])]
    if m and _raw_key(m.group(2)) in words:  # trailing `Photo`
        return _classify(m.group(1), person_slot=person_slot)
    rank = _rank_re().match(text)
    if rank and rank.end() < len(text):
        return [_Item(normal_case(text[rank.end():]), "person")]
    if _looks_org(text, person_slot=person_slot):
        return [_Item(text, "org")]
    return [_Item(normal_case(text), "person")]


def _looks_org(text: str, *, person_slot: bool) -> bool:
    news, handout = _org_words()
    toks = [t.casefold().strip(".,") for t in text.split()]
    if any(t in news or t in handout for t in toks) or text.casefold().startswith("the "):
        return True
    if any(t[:1].isdigit() for t in toks):
        return True
    if len(toks) == 1:
        # One word: a mononym photographer (`Libkos`) where a photographer stands, else a body.
        return not person_slot
    return len(toks) > 5


def _org_kind(text: str) -> str:
    news, handout = _org_words()
    toks = [t.casefold().strip(".,") for t in text.split()]
    if any(t in handout for t in toks):
        return "handout"
    if any(t in news for t in toks):
        return "news"
    return "handout"


# ---------------------------------------------------------------- reading a credit line

def parse_credit_line(line: str) -> tuple[Credit, list[str]]:
    """Read a credit line (as printed, no brackets) into a Credit."""
    credit = Credit(line=line or None)
    warnings: list[str] = []
    core = _rights_re().sub("", line).strip(" .,;:/-") or line

    items: list[_Item] = []
    agency_item: _Item | None = None
    before, after = core, None

    vias = list(_VIA.finditer(core))
    if vias:
        v = vias[-1]
        before, after = core[: v.start()], core[v.end():]

    before = before.strip()
    lead: list[_Item] = []
    courtesy = _COURTESY.match(before)
    if courtesy:
        credit.handout = True
        before = ""
        who = courtesy.group("rest").strip()
        lead.append(_Item(who, "org") if _lookup(who) is None else _Item(who, "agency", _lookup(who)))
    else:
        m = _LABEL.match(before)
        if m:
            org = m.group("org")
            before = m.group("rest") or m.group("rest2") or ""
            if org:
                org = re.sub(r"^Official\s+", "", org, flags=re.I).strip()
                if org:
                    lead.extend(_classify(org, person_slot=False))
    items.extend(lead)

    parts = [p for p in _SPLIT.split(before) if p and p.strip(" .")] if before else []
    parts = _join_suffixes(parts)
    parts = _split_hyphen_agency(parts)
    parts = _split_and(parts)
    n = len(parts)
    for i, p in enumerate(parts):
        # A lone word stands for a photographer when another party follows it or a label
        # agency precedes it (`AP Photo/Libkos`, `Sputnik/Name/...`).
        # The last party before `via` is the supplier's slot (`NASA/JPL-Caltech via AP`).
        if vias and i == n - 1:
            person_slot = False
        else:
            person_slot = (i < n - 1) or (n == 1 and not vias and bool(items)) or (i > 0 and _agency_first(items))
        items.extend(_classify(p, person_slot=person_slot))

    if after is not None:
        after_parts = [p for p in _SPLIT.split(after.strip()) if p.strip(" .")]
        for j, p in enumerate(after_parts):
            its = _classify(p, person_slot=j > 0)
            if j == 0:
                for it in its:
                    if it.role in ("agency", "org", "person"):
                        it.role = "agency"
                        if it.party is None:
                            it.party = _lookup(it.text)
                        agency_item = it
                        break
                items.extend(i for i in its if i is not agency_item)
            else:
                items.extend(its)
    _settle(credit, items, agency_item, via=bool(vias), warnings=warnings)
    return credit, warnings


def _agency_first(items: list[_Item]) -> bool:
    return bool(items) and items[0].role == "agency"


def _join_suffixes(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        if out and _SUFFIX.match(p.strip()):
            out[-1] = f"{out[-1]}, {p.strip()}"
        else:
            out.append(p)
    return out


def _split_hyphen_agency(parts: list[str]) -> list[str]:
    """`Kyle Terada-USA TODAY Sports` -> person, agency (only when the right side is a known agency)."""
    out = []
    for p in parts:
        done = False
        if "-" in p and _lookup(p) is None:
            for m in re.finditer(r"-", p):
                right = p[m.end():]
                if right and _lookup(right):
                    out += [p[: m.start()], right]
                    done = True
                    break
        if not done:
            out.append(p)
    return out


def _split_and(parts: list[str]) -> list[str]:
    """`Scott Olson and Kevin Dietsch` -> two names; `Fisheries and Wildlife` stays whole."""
    out = []
    for p in parts:
        halves = _AND.split(p)
        if len(halves) > 1 and all(_is_name_like(h) for h in halves):
            out.extend(halves)
        else:
            out.append(p)
    return out


def _is_name_like(s: str) -> bool:
    toks = s.split()
    news, handout = _org_words()
    return 1 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks) and not any(
        t.casefold() in news or t.casefold() in handout for t in toks) and _lookup(s) is None


def _settle(credit: Credit, items: list[_Item], agency_item: _Item | None, *, via: bool, warnings: list[str]) -> None:
    """Choose agency and source from the classified parties; set flags; list photographers."""
    for it in items:
        if it.role == "pool":
            credit.pool = True
        elif it.role == "handout":
            credit.handout = True
        elif it.role == "file":
            credit.file = True
        elif it.party is not None and it.party.kind == "handout":
            credit.handout = True  # `NASA/JPL-Caltech via AP`: a handout supplier anywhere

    if agency_item is None:
        agency_item = _choose_agency(items)
    if agency_item is not None:
        if agency_item.party is not None:
            credit.agency = agency_item.party.canonical
            if agency_item.party.kind == "handout":
                credit.handout = True
        else:
            credit.agency = _title_case_org(agency_item.text)
            if _org_kind(agency_item.text) == "handout" and not _looks_news_name(agency_item.text):
                credit.handout = True
            if _unknown_agency_looking(agency_item.text):
                warnings.append(f"unknown-agency: {agency_item.text}")

    # Source: the last supplier before the agency (just before `via` when there is one).
    source = None
    for it in reversed(items):
        if it is agency_item:
            continue
        if it.role in ("agency", "org", "pool"):
            source = it
            break
    if source is None and via:
        # `Name via AP` where the lone party is a person-looking supplier: still the source.
        rest = [it for it in items if it is not agency_item and it.role == "person"]
        if len(rest) == 1 and len(items) == 1:
            source = rest[0]
            source.role = "org"
    if source is not None:
        if source.party is not None:
            credit.source = source.party.canonical
            if source.party.kind == "handout":
                credit.handout = True
        else:
            credit.source = _title_case_org(re.sub(r"^(?:courtesy\s+(?:of\s+)?)", "", source.text, flags=re.I))
            if source.role == "org" and _org_kind(source.text) == "handout":
                credit.handout = True
        if source.role == "pool":
            credit.pool = True

    credit.photographers = [it.text for it in items if it.role == "person"]


def _choose_agency(items: list[_Item]) -> _Item | None:
    """Without `via`: a label agency (`AP Photo`, `AFP PHOTO`) first; else the highest tier; ties -> last."""
    for it in items:
        if it.role == "agency" and it.label_agency:
            return it
    best, best_tier = None, 0
    for it in items:
        if it.role == "agency":
            tier = _TIER[it.party.kind]
        elif it.role == "org":
            tier = 1
        else:
            continue
        if tier >= best_tier:
            best, best_tier = it, tier
    return best


def _looks_news_name(text: str) -> bool:
    news, _ = _org_words()
    return any(t.casefold() in news for t in text.split()) and not re.search(r"\b(?:office|service|ministry)\b", text, re.I)


def _unknown_agency_looking(text: str) -> bool:
    """Conservative: a single capitals acronym of 2-6 letters, or `... News Agency`, not in the table."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", text) or re.search(r"\bNews\s+Agency\b|\bPress\s+Agency\b", text))


# ---------------------------------------------------------------- finding the tail

def _strip_desk_tags(text: str) -> tuple[str, bool]:
    file_flag = False
    changed = True
    while changed and text:
        changed = False
        for pat, is_file in _desk_tags():
            m = pat.search(text)
            if m and m.start() < len(text):
                text = text[: m.start()].rstrip()
                file_flag |= is_file
                changed = True
    return text, file_flag


def _bracket_tail(text: str) -> tuple[int, str, bool] | None:
    """A final `( ... )` (or an unclosed final `(`) that reads as a credit -> (start, content, unbalanced)."""
    end = len(text)
    t = text.rstrip(" .")
    if t.endswith(")"):
        depth, i = 0, len(t) - 1
        while i >= 0:
            c = t[i]
            if c == ")":
                depth += 1
            elif c == "(":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i < 0:
            return None
        content = t[i + 1: -1].strip()
        if _is_credit_content(content):
            return i, content, False
        return None
    # Unclosed: `... (AP Photo/Name` at the end.
    i = t.rfind("(")
    if i >= 0 and ")" not in t[i:] and end - i < 160:
        content = t[i + 1:].strip()
        if _is_credit_content(content) and (_VIA.search(content) or "/" in content or _LABEL.match(content)):
            return i, content, True
    return None


def _is_credit_content(content: str) -> bool:
    if not content or len(content) > 200:
        return False
    if _lookup(content) is not None:
        return True
    if not _CREDITISH.search(content):
        return False
    # `(L-R)`, `(2nd R)` or a sentence in brackets is no credit.
    if content.count(" ") > 18:
        return False
    return True


_AGENCY_FIRST = None


@functools.cache
def _anchor_res():
    """Regexes that anchor an unbracketed credit tail, built from the agency table."""
    wire_aliases = set()
    for alias, party in _agencies().items():
        if len(alias) >= 2:
            wire_aliases.add(alias)
    alts = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(wire_aliases, key=len, reverse=True))
    # `REUTERS/Name`, `EPA-EFE/NAME`, `AFP PHOTO / NAME`, `THE CANADIAN PRESS/Name`
    agency_first = re.compile(r"(?<![\w/])(?:the\s+)?(?:%s)(?:\s+(?:photo|foto))?\s*/\s*\S" % alts, re.I)
    via_end = re.compile(r"\bvia\s+(?:%s)(?:\s*/\s*[^/]+)?$" % alts, re.I)
    label = re.compile(
        r"(?<![\w(])(?:(?:Official\s+)?(?:[A-Z][\w.]*\s+){0,4})?(?:Photos?|Pictures?)\s+by\s+\S"
        r"|(?<![\w(])(?:Mandatory\s+Credit|Photographer|Photo|Picture|Credit)\s*:\s*\S", re.I)
    bare_end = re.compile(r"(?<![\w/])(?:%s)$" % alts, re.I)
    return agency_first, via_end, label, bare_end


def _is_boundary_token(tok: str) -> bool:
    """A token that ends the description: `2023.`, `Berlin.`, `podium` (lower case)."""
    if not _SENTENCE_END.search(tok):
        return False
    core = tok.rstrip(".!?;:'\"’”")
    if not core:
        return True
    if core.isdigit() or core.islower():
        return True
    return "." not in core and len(core) >= 4


def _run_start(text: str, end: int) -> int:
    """Start of the run of credit-like words that ends at `end` (for `X/Handout via REUTERS`)."""
    start = end
    connectors = {"of", "the", "and", "de", "du", "des", "la", "le", "van", "von", "for", "&", "-", "/", "der", "del", "di", "da"}
    toks = list(_TAIL_TOKEN.finditer(text, max(0, end - 200), end))
    for m in reversed(toks):
        tok = m.group()
        if _is_boundary_token(tok) or tok.endswith(","):
            break
        bare = tok.strip("()\"'")
        if bare[:1].isupper() or bare[:1].isdigit() or bare.casefold() in connectors or "/" in bare:
            start = m.start()
            continue
        break
    # Never start on a connector.
    while True:
        m = re.match(r"(?:of|the|and|for|&|-|/)\s+", text[start:end], re.I)
        if not m or text[start:start + 4].lower() == "the " and _lookup(text[start:end].split("/")[0].split(" via")[0]):
            break
        start += m.end()
    return start


def _plain_tail(text: str) -> int | None:
    """Start of an unbracketed credit at the end of `text`, or None."""
    window_start = max(0, len(text) - 220)
    agency_first, via_end, label, bare_end = _anchor_res()
    window = text[window_start:]
    candidates = []
    for rx in (agency_first, label):
        for m in rx.finditer(window):
            candidates.append(window_start + m.start())
    m = via_end.search(window)
    if m:
        candidates.append(_run_start(text, window_start + m.start()))
    m = bare_end.search(window)
    if m:
        s = window_start + m.start()
        prev = text[:s].rstrip()
        if not prev or _is_boundary_token(prev.split()[-1]):
            candidates.append(s)
    for start in sorted(set(candidates)):
        tail = text[start:]
        if _clean_tail(tail) and (start == 0 or not text[start - 1].isalnum()):
            # Extend over `X via ` before an agency-first anchor (`Action Images via Reuters/Name`).
            before = text[:start]
            mv = re.search(r"\bvia\s+$", before, re.I)
            if mv:
                start = _run_start(text, mv.start())
            return start
    return None


def _clean_tail(tail: str) -> bool:
    """The tail must not run over a sentence end or be long."""
    if len(tail) > 200:
        return False
    toks = tail.split()
    return not any(_is_boundary_token(t) and not t.endswith(":") and not re.fullmatch(r"[A-Z][a-z]?\.|(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.", t)
                   for t in toks[:-1])


def _final_period(line: str) -> str:
    if line.endswith(".") and not re.search(r"(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Co|Ltd|Corp|St))\.$", line):
        return line[:-1].rstrip()
    return line


# ---------------------------------------------------------------- entry points

def strip_leading_tags(description: str) -> tuple[str, bool]:
    """Cut `APTOPIX`, `FILE -`, `FILE PHOTO:`, `(FILES)` from the front; tell if it was a file mark."""
    m = _LEAD_TAGS.match(description)
    if not m or not m.group(0):
        return description, False
    return description[m.end():].lstrip(), bool(m.group("file"))


def split_credit(text: str) -> tuple[str, Credit, list[str]]:
    """Split caption text into (description, credit, warnings). Never raises."""
    try:
        return _split_credit(text)
    except Exception as exc:  # never let odd input escape as an exception
        return text, Credit(), ["no-credit", f"credit-error: {type(exc).__name__}"]


def _split_credit(text: str) -> tuple[str, Credit, list[str]]:
    warnings: list[str] = []
    if text.count("(") != text.count(")"):
        warnings.append("unbalanced-parenthesis")
    body, desk_file = _strip_desk_tags(text.strip())

    start, line = None, None
    found = _bracket_tail(body)
    if found:
        start, line, unclosed = found
    else:
        s = _plain_tail(body.rstrip())
        if s is not None:
            start, line = s, body[s:].strip()

    if start is None:
        description, credit = body, Credit()
        warnings.append("no-credit")
    else:
        description = body[:start].rstrip()
        line = _final_period(line.strip())
        credit, w = parse_credit_line(line)
        warnings.extend(w)

    description, lead_file = strip_leading_tags(description)
    if desk_file or lead_file or _FILE_PHRASE.search(description):
        credit.file = True
    if not credit.handout and credit.line and _HANDOUT_PHRASE.search(description):
        credit.handout = True
    return description, credit, warnings
