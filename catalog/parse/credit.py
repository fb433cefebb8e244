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

# Small patterns of the credit readers below, compiled once (not through re's cache).
_VOWEL_Y = re.compile(r"[AEIOUY]")
_VOWEL = re.compile(r"[AEIOU]")
_NAME_PREFIX = re.compile(r"^(o['’]|mc|d['’])(\w)(.*)$")
# AFP's `Firstname SURNAME` with the surname's prefix in normal case (`Sameer Al-DOUMY`, `Win McNAMEE`)
_PREFIX_THEN_CAPITALS = re.compile(r"^(Mc|Mac|Al-|El-|O['’]|D['’])([A-Z]{2}[A-Z'’-]+)$")
_PHOTO_LABEL = re.compile(r"\s(?:photo|foto)$", re.I)
_POOL_WORD = re.compile(r"\bpool\b", re.I)
_PHOTO_END = re.compile(r"\s+(?:photo|picture)$", re.I)
_LAST_WORD = re.compile(r"^(.*\S)\s+(\S+(?:\s+(?:photo|picture|pix))?)$", re.I)
_OFFICE_WORD = re.compile(r"\b(?:office|service|ministry)\b", re.I)
_CONNECTOR = re.compile(r"(?:of|the|and|for|&|-|/)\s+", re.I)
_ABBREV_TOKEN = re.compile(r"[A-Z][a-z]?\.|(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.")
_ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|JR|SR|Inc|Co|Ltd|Corp|St))\.$")


__all__ = ["split_credit", "parse_credit_line", "normal_case", "strip_leading_tags"]


# ---------------------------------------------------------------- data tables

def _data_lines(name: str):
    """Non-comment, non-blank lines of a data file."""
    text = resources.files("catalog.parse.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n")


_KEY_TAIL = re.compile(r" (?:photos?|pictures?|images?|foto|pics?)$")  # `pic`: Malay Mail's `Bernama pic`


@functools.lru_cache(maxsize=8192)
def _key(s: str) -> str:
    """Lookup key: no accents, no case, no leading `the`, no trailing `photo`."""
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = " ".join(s.casefold().split()).strip(" .,;:-")
    if s.startswith("the "):
        s = s[4:]
    if not s.endswith("getty images") and s.endswith(("photo", "photos", "picture", "pictures", "images", "foto", " pic", " pics")):
        s = _KEY_TAIL.sub("", s)
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
def _schema_names() -> frozenset:
    return frozenset(l.strip() for l in _data_lines("schema_agencies.txt"))


@functools.cache
def _spellings() -> dict[str, str]:
    """An alias without case -> the alias as the table spells it (`sipa usa` -> `Sipa USA`)."""
    table: dict[str, str] = {}
    for line in _data_lines("agencies.tsv"):
        canonical, _, _, aliases = line.split("\t")
        for alias in [canonical, *aliases.split("|")]:
            table.setdefault(" ".join(alias.casefold().split()), alias)
    return table


@functools.lru_cache(maxsize=4096)
def _party_name(text: str, canonical: str) -> str:
    """The schema's canonical name for the few it lists; any other party as printed
    (`Sipa USA` stays, not `Sipa`), spelled as the table spells that alias."""
    if canonical in _schema_names():
        return canonical
    t = re.sub(r"^Official\s+", "", text.strip(" .,;:"), flags=re.I)
    whole = _label_word_names().get(" ".join(t.casefold().split()))
    if whole:  # `UN Photo`: the label word is part of the unit's name
        return whole
    if t[-4:].casefold() == ".com" and " " not in t:
        return t  # a paper's site (`Tennessean.com`): the domain as printed, not the masthead
    for cand in (t, _FOR_CLIENT.sub("", t)):
        cand = _LABEL_END.sub("", cand)  # `AAP Image`, `KCNA Photo`: the agency's label, not its name
        if cand.isupper() and len(cand) > 7 and cand.endswith(("IMAGE", "PHOTO", "FOTO")):
            cand = cand[:-5] if cand[-5:] in ("IMAGE", "PHOTO") else cand[:-4]  # glued: `AAPIMAGE`
        spelled = _spellings().get(" ".join(cand.casefold().split()))
        if spelled:
            return spelled
    if canonical[:4] == "The " and " " not in t and t.casefold() == canonical[4:].casefold():
        return t[0] + t[1:].lower() if t.isupper() else t  # `NAME | Times`: a local paper's short name, as printed
    if t[:4] == "The " and " " not in canonical and t[4:].casefold() == canonical.casefold():
        return t  # `Name / The Forum` (Fargo's paper): a one-word masthead printed with its article is
        # the paper, not the agency the table lists by the bare word (Poland's Forum)
    return canonical


_LABEL_END = re.compile(r"\s+(?:photo|picture|image|foto)(?:\s+library)?$", re.I)  # (`ICRC Photo library`: its archive)


@functools.cache
def _label_word_names() -> dict[str, str]:
    """An alias without case -> its party's name, for parties whose very name ends in a label
    word (`UN Photo`), which _party_name must not cut to the bare organisation (`UN`)."""
    table: dict[str, str] = {}
    for line in _data_lines("agencies.tsv"):
        canonical, _, _, aliases = line.split("\t")
        if _LABEL_END.search(canonical):
            for alias in [canonical, *aliases.split("|")]:
                table.setdefault(" ".join(alias.casefold().split()), canonical)
    return table


@functools.cache
def _credit_words() -> dict[str, str]:
    return {_raw_key(w): m for w, m in (l.split("\t") for l in _data_lines("credit_words.tsv"))}


# (compiled once: re.sub with a pattern string looks it up in re's cache on every call)
_SPACE_RUN = re.compile(r"\s+")


def _raw_key(s: str) -> str:
    return _SPACE_RUN.sub(" ", s).strip(" .,;:-").casefold()


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
def _initial_given_names() -> frozenset:
    """Given names written as two capitals (`AJ`, `OJ`): kept so when a name is re-cased."""
    return frozenset(l.strip() for l in _data_lines("initial_given_names.txt") if l.strip().isupper())


@functools.cache
def _rank_re() -> re.Pattern:
    ranks = sorted((l.strip() for l in _data_lines("military_ranks.txt")), key=len, reverse=True)
    alts = [re.escape(r).replace(r"\ ", r"\s+").replace("N", r"\d+(?:st|nd|rd|th)") for r in ranks]
    # the Defense Department's credits name the service bare before the rank ("Navy Petty
    # Officer 2nd Class X, DOD", "Air Force Staff Sgt. Y"): it goes with the rank
    return re.compile(r"^(?:%s\s+)?(?:(?:%s)\s+)+" % (_BARE_SERVICES, "|".join(alts)))


_BARE_SERVICES = r"(?:Army|Navy|Air\s+Force|Marine\s+Corps|Marines?|Coast\s+Guard|Space\s+Force" \
                 r"|(?:Air\s+|Army\s+)?National\s+Guard)"


@functools.cache
def _desk_tags() -> tuple[re.Pattern, tuple[str, ...], frozenset]:
    """One end-anchored regex for all desk tags, the capital words that hint at one (a cheap
    substring test first), the file tags."""
    alts, hints, file_groups = [], [], set()
    for i, line in enumerate(_data_lines("desk_tags.txt")):
        pat, meaning = line.split("\t")
        alts.append(f"(?P<t{i}>{pat})")
        hints.append(_tag_hint(pat))
        if meaning == "file":
            file_groups.add(f"t{i}")
    rx = re.compile(r"\s*(?:%s)\s*$" % "|".join(alts), re.I)
    return rx, tuple(dict.fromkeys(hints)), frozenset(file_groups)


def _tag_hint(pat: str) -> str:
    """A desk tag's first mark, the cheap substring test before its regex: its capitals, or the
    punctuation it opens with (`**`, `==`, `|`, `+++`)."""
    lead = re.match(r"(?:\\[*=|+]|=)+", pat)
    return lead.group(0).replace("\\", "") if lead else re.findall(r"[A-Z][A-Z ]*[A-Z]", pat)[0]


@functools.cache
def _rights_tables() -> tuple[frozenset, tuple, tuple]:
    """Names written before OUT, restriction phrases, run-to-the-end notes."""
    names, phrases, rests = set(), [], []
    for line in _data_lines("rights_tags.txt"):
        if line.startswith("out:"):
            names.add(line[4:].strip())
        elif line.startswith("rest:"):
            rests.append(line[5:].strip())
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
    return frozenset(names), tuple(phrases), tuple(rests)


def _flat_alternation(words) -> str:
    """`a|b|...`, longest first; a space in a word reads `\\s+`."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _trie_alternation(words) -> str:
    """The language of _flat_alternation written as a trie (`SOUTH\\s+(?:AFRICA|KOREA)`): the
    engine tries alternatives one by one, so some 300 country names cost 300 tests at every
    position of a line, the trie a few dozen. (Only the set of texts matters here: the
    search's start, all _cut_rights reads, is the first position where any parse fits.)"""
    trie: dict = {}
    for w in sorted(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        if "" in node:
            return "(?:%s)?" % "|".join(alts)
        return alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)

    return emit(trie)


def _rights_pattern(alternation) -> str:
    names, phrases, rests = _rights_tables()
    out_names = alternation(names)
    # AFP prints the country in normal case too (`/ China OUT`); `OUT` itself in capitals, or the
    # whole tag in lower case (`netherlands out`, older AFP wire).
    out_tag = r"(?i:(?:%s)(?:\s*(?:,|AND|&|/)\s*(?:%s))*)\s+(?:OUT|out)" % (out_names, out_names)
    phrase = _flat_alternation(phrases)
    rest = _flat_alternation(rests)
    return r"(?:\s*[-/,]?\s*\b(?:%s|%s))*(?:\s*[-/,]?\s*(?:%s)(?s:.*))?\s*$" % (out_tag, phrase, rest)


@functools.cache
def _rights_re() -> re.Pattern:
    return re.compile(_rights_pattern(_trie_alternation))


@functools.cache
def _rights_rest_hints() -> tuple[str, ...]:
    """Capital words that open a run-to-the-end restriction note (a cheap test first); a word
    holding another (`EDITORS`, `EDITOR`) is left out, the shorter one finds it."""
    words = dict.fromkeys(
        re.findall(r"[A-Z]{4,}", line[5:])[0] for line in _data_lines("rights_tags.txt") if line.startswith("rest:"))
    return tuple(w for w in words if not any(o != w and o in w for o in words))


@functools.cache
def _rights_ending_tails() -> frozenset:
    """The last two characters of every rights ending of two or more (`UT` of `OUT`)."""
    return frozenset(e[-2:] for e in _rights_endings() if len(e) >= 2)


def _has_rights_tag(line: str) -> bool:
    t = line.rstrip(" .")
    tail = t[-2:]
    # Two ASCII letters or digits end the last word: it is an ending only if they end one
    # (a cheap test before splitting the word off; `Sladky` -> `KY`).
    if not (tail.isalnum() and tail.isascii()) or tail.upper() in _rights_ending_tails():
        if t.rsplit(None, 1)[-1].upper() in _rights_endings():
            return True
    for h in _rights_rest_hints():  # the notes are printed in capitals
        if h in line:
            return True
    return False


def _cut_rights(line: str) -> str:
    """The credit without its trailing rights tags (the line itself stays as printed)."""
    if not line or not _has_rights_tag(line):
        return line
    m = _rights_re().search(line)
    return line[: m.start()].strip(" .,;:/-") if m and m.group(0).strip() else line


@functools.cache
def _rights_endings() -> frozenset:
    ends = {"OUT"}
    for line in _data_lines("rights_tags.txt"):
        if not line.startswith("out:"):
            ends.add(re.split(r"[\s/]+", line.strip())[-1].upper())
    return frozenset(ends)


# ---------------------------------------------------------------- patterns

# (`Phoot by`: the label's letters transposed, a typo desks print)
_LABEL = re.compile(
    r"^(?:(?P<org>(?:Official\s+)?[A-Z][^/():]*?)\s+)?"
    r"(?:(?:Photos?|Phoots?|Pictures?|Photographs?|Photographed|Images?|Pix|Pics?\.?|Video\s+still|Photo\s+illustration)(?:\s+and\s+caption)?\s+(?:taken\s+)?(?:by|from|de)"
    r"|Fotos?\s+(?:di|von|de)|Fot\."  # Italian, German, Spanish `Foto di/von/de Name`, Polish `Fot. Name`
    r"|(?:Photo|Picture)\s+credit(?:\s+should\s+read)?:?)\s+(?P<rest>.+)$"
    r"|^(?:Mandatory\s+Credit|Credit|Photographer|Photo|Photos|Picture|Pictures|Photo\s+credit|Photo\s+illustration|Source)\s*:\s*(?P<rest2>.+)$",
    re.I | re.S)
# (the label's plural too: `Photographs: Courtesy: PIB`)
_COURTESY = re.compile(r"^(?:(?:Photo|Photograph|Picture|Image|Pic)s?:?\s+)?(?:courtesy:?\s+(?:of\s+)?|provided\s+by\s+)(?P<rest>.+)$", re.I | re.S)
_VIA = re.compile(r"\s*/?\s*\bv[ií]a\b\s*", re.I)  # Spanish desks write `Pool vía REUTERS`
# (China Daily also drops the label: `[Provided to China Daily]`)
_PROVIDED_TO = re.compile(r"^(?:(?:Photos?|Pictures?|Images?)\s+)?provided\s+to\s+(?P<rest>\S.*)$", re.I)
# `/`, `,`, `;` with any spaces around, or ` - ` (spaces needed); written so that a letter
# fails at once (the same splits as `\s*/\s*|\s+[-–—]\s+|\s*,\s*|\s*;\s*`).
_SPLIT = re.compile(r"[/,;\\]\s*|\s+(?:[/,;|]\s*|[-–—]\s+)")
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
# A photo library's picture number after the credit (`UN Photo/Name # UN7661`, `Name # 512345`)
_LIBRARY_NUMBER = re.compile(r"\s*#\s*[A-Z]{0,5}-?\d{3,}\s*$")
_REF_ID = re.compile(r"\s*\((?:ref(?:erence)?\.?:?\s*)?\d{4,}[a-z]{0,3}\)\s*$", re.I)
# A picture slug in brackets after a `Photo` label: no space, four digits (`PTI Photo(PTI4_13_2010_000005B)`)
# (a stray closer after the label goes with the slug: PTI's `... 2019. PTI Photo) (PTI3_25_2019_000177B)`,
# the label's opening bracket lost)
_SLUG_AFTER_BRACKET = re.compile(r"\)\s?\((?=[^()\s]*_\d{4}_)[A-Z]+\d[\w-]{5,40}\)$")
_PHOTO_SLUG = re.compile(r"(?<=photo)\)?\s?\((?=[^()\s]*\d{4})[A-Z][\w-]{5,40}\)$", re.I)
_FOR_CLIENT = re.compile(r"\s+for\s+.*$", re.I)
_LEAD_AND = re.compile(r"^(?:and|&)\s+", re.I)
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # `A.M.`, `P.J.`: initials, whatever their letters
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|V|Inc\.?|Ltd\.?|LLC|Corp\.?)$")  # a name's or a company's
_WORD = re.compile(r"[\w'’.-]+")
_HAS_LETTER = re.compile(r"[^\W\d_]")

# A credit in brackets must hold one of these to be taken for a credit (else `(R)`, `(13)` ...).
_CREDITISH = re.compile(r"/|\bvia\b|\bphoto(?:graph)?s?\b|\bpictures?\b|\bcourtesy\b|\bhandout\b|\bpool\b|\bcredit\b|^provided\s+by\b|^pi(?:cs?|x)\s*:|^pics?\.\s+by\b|^fotos?\s+por\b|^(?:fotograf[íi]a|kuva|fotoğraf|ảnh)\s*:", re.I)  # (`Pic: Name`, a label's short form)

# Description marks of an archive picture or of a handout.
_LEAD_TAGS = re.compile(
    r"^(?:APTOPIX\s+)?(?:(?P<file>FILE\s*(?:PHOTO|PICTURE|IMAGE)?\s*[-–—:]+|FILED\s*[-–—]+|FILE\s+PHOTO|\(\s*FILES?\s*\)|\[\s*FILES?\s*\]"
    r"|\*+\s*FILES?\s*\*+)\s*)?",  # (`**FILE** House Speaker ...`: the Washington Times' file mark; dpa's `FILED - 20 October 2023, ...`)
    re.I)
# (`In this Monday, Dec. 19, 2016 file photo`: a month's abbreviation point before the day may stand inside)
_FILE_PHRASE = re.compile(r"\b(?:in\s+this|this|a)\b(?:[^.;()]|(?<=\b[A-Z][a-z]{2})\.(?= \d)|(?<=\bSept)\.(?= \d)){0,80}?"
                          r"\bfile\s+(?:photo|picture|image|photograph)"
                          r"|\bfile\s+(?:photo|picture|image|photograph)\s+taken\b", re.I)  # Kyodo: `File photo taken May 2`
_HANDOUT_PHRASE = re.compile(
    r"\b(?:handout\s+(?:photo|picture|image|photograph|video)|courtesy\s+of|courtesy\s+(?:photo|picture|image)s?|"
    # `provided by` about the picture (`this photo provided by X`), not the story's (`aid provided by the U.S.`)
    r"(?:photo|picture|image|photograph|video|footage|handout|still|frame|grab|screenshot|imagery)s?\b[^.;]{0,60}?\bprovided\s+by|released\s+by\s+the\s+(?:press|media)|"
    # (`distributed by the official Xinhua news agency`, `distributed by Korea News Service`: a news
    # agency or news service hands out no handout)
    # (`a package being distributed by an aid group`: the picture is what was distributed, not a parcel)
    r"(?:photo|picture|image|photograph|video|footage|handout|still|frame|grab|screenshot|imagery)s?\b[^.;]{0,60}?"
    r"\bdistributed\s+by(?![^.;,]{0,50}?\bnews\s+(?:agency|service)\b))\b",
    re.I)

_SENTENCE_END = re.compile(r"[.!?;:](?:['\"’”]|'')?$")  # (`''`: two apostrophes for a closing quote)


# ---------------------------------------------------------------- names

def normal_case(name: str) -> str:
    """A name printed in capitals back to normal case; mixed-case words are left alone.

    `CATRINUS VAN DER VEEN` -> `Catrinus van der Veen`; `Ludovic MARIN` -> `Ludovic Marin`;
    `CJ GUNTHER` -> `CJ Gunther` (a short capital word without vowels reads as initials).
    """
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if (i == 0 or i == len(words) - 1) and len(w) > 2 and w.islower() and w.isalpha() \
                and w not in _particles() and len(words) > 1:
            # `sunil Ghosh`, `Kimberley johnson`: a given name or surname typed in lower case (the
            # words between may be particles the table lacks: `Rosa dela Vega`, `Munir uz Zaman`)
            out.append(w[0].upper() + w[1:])
            continue
        if not (w.isupper() and len(_HAS_LETTER.findall(w)) > 1):
            m = _PREFIX_THEN_CAPITALS.match(w) if i and w[-2:].isupper() else None  # (a mixed word ending in capitals)
            out.append(m.group(1) + "-".join(_cap_word(p) for p in m.group(2).split("-")) if m else w)
            continue
        letters = "".join(_HAS_LETTER.findall(w))
        if _SUFFIX.match(w) or (len(letters) <= 3 and not _VOWEL_Y.search(letters)) or _INITIALS.match(w) \
                or (i == 0 and len(words) > 1 and w in _initial_given_names()):  # `AJ MAST`: a given name of initials
            out.append(w if w[:2] != "JR" and w[:2] != "SR" else w[0] + w[1].lower() + w[2:])  # initials, roman numerals
        elif i and w.lower() in _particles():
            out.append(w.lower())
        else:
            out.append("-".join(_cap_word(p) for p in w.split("-")))
    return " ".join(out)


def _cap_word(w: str) -> str:
    if not w:
        return w
    low = w.lower()
    m = _NAME_PREFIX.match(low)
    if m and len(low) > 3:
        head = m.group(1)
        head = head[0].upper() + head[1:]
        return head + m.group(2).upper() + m.group(3)
    if low in ("al", "el") :
        return low.capitalize()
    return low[0].upper() + low[1:]


_UNSPOKEN_INITIALS = re.compile(r"[^AEIOUY]+|[^AEIOUY]{3}.*")


def _all_initialisms(words: list[str]) -> bool:
    """Every word a short capitals run that is no word of the prose and no given name, and one
    that cannot be a spoken word (no vowel, or three consonants opening it): initials (`DCPO PIO`,
    `MPD PAO`), not a name or words in capitals (`JOHN LEE`, `LIM WEI HONG`, `CITY FIRE`)."""
    common, given = _common_words(), _given_names()
    unspoken = False
    for w in words:
        lw = w.lower()
        if not (2 <= len(w) <= 4 and w.isalpha()) or lw in common or lw in given:
            return False
        unspoken = unspoken or _UNSPOKEN_INITIALS.fullmatch(w) is not None
    return unspoken


def _title_case_org(s: str) -> str:
    """An organisation printed in capitals, in normal case (`KREMLIN POOL` -> `Kremlin Pool`)."""
    if not s.isupper() or " " not in s and ("." in s or max(len(p) for p in s.split("-")) <= 5):
        return s  # initials or an address (`NMMA`, `KEYT-TV`, `SINA.COM`): the schema's `as written` (not a word: `INTELLIGENCER`)
    small = {"of", "the", "and", "for", "de", "in", "on"}
    words = s.split()
    if _all_initialisms(words):
        return s  # a desk named by initials only (`DCPO PIO`, `MPD PAO`): each word an acronym, as written
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        elif len(w) <= 4 and not _VOWEL.search(w):
            out.append(w)  # acronyms
        elif len(w) <= 4 and _lookup(w) is not None and lw not in _common_words():
            out.append(w)  # a known party's initials (`ABC TV`, `NASA TV`): an acronym with a vowel (not `NEWS`)
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


_LOOKUPS: dict = {}  # printed party -> its Party or None (bounded: cleared when full)
_MEMO_SIZE = 8192  # entries a bounded memo holds (_LOOKUPS, _MAY_END, _MAY_START)
_UNSEEN = object()


def _lookup(text: str) -> Party | None:
    # A plain dict read, not lru_cache: the finders call this a dozen times a caption, and a
    # compiled dict read costs a tenth of a call into the cache object.
    memo = _LOOKUPS  # (a typed local when compiled: the read is a C dict call)
    party = memo.get(text, _UNSEEN)
    if party is _UNSEEN:
        key = _key(text)
        party = _agencies().get(key)
        if party is None and key[-4:] == ".com":
            party = _paper_site(key)
        elif party is None and ".gov" in key:
            party = _government_site(text)
        elif party is None and text[-4:].casefold() in _UNLISTED_ENDS:
            party = _unlisted_party(text)
        elif party is None and ("-" in text or "\u2013" in text or "\u2014" in text):
            party = _regional_desk(text)
        if party is None and " " in text:
            party = _country_office(text)
            if party is None and key[-3:] in _VIDEO_ARM_ENDS:
                party = _video_arm(key)
            elif party is None and key[:7] == "sunday ":
                party = _sunday_edition(text, key)
        party = _remember(memo, text, party)
    return party


_UNLISTED_ENDS = frozenset(("rary", "ross", "cent", "iety"))
# A wire's television or video service (`Reuters TV`, `REUTERS Tv`, `AP Video`): the wire supplies
# the frame grab, so it names the agency; the service stays the source as printed
_VIDEO_ARM_ENDS = frozenset((" tv", "deo"))


def _video_arm(key: str) -> Party | None:
    head, _, arm = key.rpartition(" ")
    if arm != "tv" and arm != "video":
        return None
    party = _agencies().get(head)
    return party if party is not None and party.kind == "wire" else None


def _sunday_edition(text: str, key: str) -> Party | None:
    """`Sunday Times`, `SUNDAY MAIL`: a known paper's name after `Sunday` is that paper's Sunday
    title, a paper of its own, named as printed; None when the rest is no known paper."""
    paper = _agencies().get(key[7:])
    if paper is None or paper.kind != "news":
        return None
    return Party(_title_case_org(text.strip(" .,;:")), "news", False)


def _video_arm_name(text: str) -> str | None:
    """`Reuters Tv`, `REUTERS TV`, `AP Video`: the wire's video service in one spelling; None for
    anything else (a table alias that ends so is its own party)."""
    key = _key(text)
    if key[-3:] not in _VIDEO_ARM_ENDS or _agencies().get(key) is not None:
        return None
    party = _video_arm(key)
    if party is None:
        return None
    return party.canonical + (" TV" if key[-3:] == " tv" else " Video")

# A government's web address (`English.gov.cn`, `Number10.gov.uk`, `whitehouse.gov`): one word,
# a `gov` label before the country code or at the end
_GOVERNMENT_SITE = re.compile(r"(?:[a-z0-9-]+\.)+gov(?:\.[a-z]{2})?", re.I)


def _government_site(text: str) -> Party | None:
    """A government's site credited for its picture (`Photo: English.gov.cn`): a handout supplier
    (a government office), named as printed; None for anything else."""
    t = text.strip(" .,;:")
    return Party(t, "handout", False) if _GOVERNMENT_SITE.fullmatch(t) else None
_DESK_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


@functools.cache
def _us_state_names() -> frozenset:
    from . import us_states
    return frozenset(n.casefold() for n in us_states.names())


def _regional_desk(text: str) -> Party | None:
    """A known party's regional desk, the party, a dash and a US state in full (Gannett's
    `USA TODAY NETWORK - Wisconsin`, `USA TODAY Network-Tennessee`): that party, named as
    printed (the desk is the credited organisation); None otherwise."""
    dashes = list(_DESK_DASH.finditer(text))
    if not dashes:
        return None
    m = dashes[-1]
    if text[m.end():].casefold() not in _us_state_names():
        return None
    head = _agencies().get(_key(text[:m.start()]))
    return Party(text, head.kind, head.state) if head is not None else None


def _country_office(text: str) -> Party | None:
    """An aid body's country office, a known handout supplier then a country (`UNICEF Philippines`,
    `WFP South Sudan`): that supplier, named as printed (the office is the credited party); None
    otherwise. Only handout suppliers: a news agency's country desk is not a party of its own."""
    words = text.split()
    for k in (1, 2):
        if len(words) <= k:
            break
        if " ".join(words[-k:]).casefold() in _country_names():
            head = _agencies().get(_key(" ".join(words[:-k])))
            if head is not None and (head.kind == "handout" or head.kind == "news" and head.canonical not in _schema_names()):
                return Party(text, head.kind, head.state)
    return None


def _join_regional_desks(s: str, parts: list[str]) -> list[str]:
    """`Name/USA TODAY NETWORK - Wisconsin`: the dash split a regional desk from its state;
    join them back into one party (_regional_desk reads it)."""
    out = [parts[0]]
    for p in parts[1:]:
        prev = out[-1]
        if p.casefold() in _us_state_names() and _agencies().get(_key(prev)) is not None:
            i = s.find(prev)
            j = s.find(p, i + len(prev)) if i != -1 else -1
            if j != -1 and s[i + len(prev):j].strip() in ("-", "\u2013", "\u2014"):
                out[-1] = s[i:j + len(p)]
                continue
        out.append(p)
    return out
# A Red Cross or Red Crescent national society (the IFRC counts 191), named by its country:
# `Paraguayan Red Cross`, `Kenya Red Cross Society`, `Bangladesh Red Crescent`.
_NATIONAL_SOCIETY = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){1,4}Red\s+(?:Cross|Crescent)(?:\s+Society)?", re.I)
_PICTURE_LIBRARY = re.compile(r"(.+?)\s+(?:photo|picture|image|media)\s+library", re.I)


def _unlisted_party(text: str) -> Party | None:
    """A party the table does not list by that name: a known body's picture library (`ICRC
    Photo library`, `WHO Photo Library`: that body), or a national Red Cross or Red Crescent
    society (a handout supplier, named as printed)."""
    t = text.strip(" .,;:")
    lib = _PICTURE_LIBRARY.fullmatch(t)
    if lib is not None:
        return _agencies().get(_key(lib.group(1)))
    if _NATIONAL_SOCIETY.fullmatch(t) and t[:1].isupper():
        return Party(" ".join(t.split()), "handout", False)
    return None


def _photographer_of_picture_agency(who: str, after: str) -> bool:
    """`Courtesy of Name/Panos Pictures/...`: a person's name just before a picture agency is
    that agency's photographer, not the supplier (`Courtesy of Generalitat Valenciana/Handout` is)."""
    party = _lookup(after)
    if party is not None and party.kind == "handout" or party is None and _org_kind(after) != "news":
        return False
    its = _classify(who, person_slot=True)
    return len(its) == 1 and its[0].role == "person" and _is_name_like(who)


def _paper_site(key: str) -> Party | None:
    """`Tennessean.com`, `Freep.com`: a paper's news site, credited by its domain (USA TODAY
    Network papers write `Name / Tennessean.com`): the paper the table lists by the bare name."""
    stem = key[:-4]
    if not stem or " " in stem:
        return None
    party = _agencies().get(stem) or _glued_mastheads().get(stem.replace("-", ""))
    return party if party is not None and party.kind == "news" else None


@functools.cache
def _glued_mastheads() -> dict[str, Party]:
    """A news party's name of several words glued as a domain spells it (`commercialappeal` of
    `Commercialappeal.com`, `courierjournal` of `Courier-Journal.com`)."""
    return {k.replace(" ", "").replace("-", ""): party for k, party in _agencies().items()
            if party.kind == "news" and (" " in k or "-" in k)}


def _remember(memo: dict, key: str, value):
    """Store value in one of the bounded memos above and return it (a memo is cleared when full:
    the words a feed repeats come back at once, the odd ones do not). Only misses come here."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


@functools.cache
def _capital_marks() -> frozenset:
    """The short marks credit_words.tsv writes in capitals (`HO`, `STR`): abbreviations that
    close a party only so printed; in title case they are surnames (`Vicky Ho`)."""
    return frozenset(w for w in (l.split("\t")[0] for l in _data_lines("credit_words.tsv"))
                     if w.isupper() and len(w) <= 3)


def _classify(text: str, *, person_slot: bool) -> list[_Item]:
    """One printed party -> items (fresh copies: _settle may change a role)."""
    return [_Item(*f) for f in _classify_cached(text, person_slot)]


@functools.lru_cache(maxsize=8192)
def _classify_cached(text: str, person_slot: bool) -> tuple:
    return tuple((i.text, i.role, i.party, i.label_agency) for i in _classify_one(text, person_slot=person_slot))


# the position placeholders of credit_words.tsv: a party ends in one only in lower case
# (`AP Photo/A, left`); capitalised it ends an organisation's name (`Houthi Media Center`)
_SIDE_WORDS = frozenset(("left", "right", "center", "centre", "top", "bottom", "above", "below"))


# An outlet's reader or viewer who sent the picture in (`Name/VOA reader`): lower case after the outlet.
_PUBLIC_CONTRIBUTOR = re.compile(r"\S \b(?:reader|readers|viewer|viewers)$")
_PUBLIC_ENDS = frozenset(("reader", "eaders", "viewer", "iewers"))


# The Canadian Press' handout mark and its supplier, joined by a dash (spaced or not)
_HO_DASH = re.compile(r"HO[-\u2013\u2014](?=\S)")
_HO_SPACED = re.compile(r"(?<![^\s/])HO\s+[-\u2013\u2014]\s+(?=\S)")


# a web address standing as a party (`chinamil.com.cn`, `www.example.org`): host labels, then a
# generic or country top-level domain
_WEB_ADDRESS = re.compile(r"(?:www\.)?(?:[a-z0-9][a-z0-9\-]*[a-z0-9]\.)+(?:com|org|net|gov|mil|edu|int|info|news|[a-z]{2})",
                          re.I)


# `U.S. Coast Guard photo courtesy of Coast Guard Cutter Glenn Harris`: a known publisher's label,
# then the unit or body that took or supplied the picture
# Photo-sharing sites a body posts its own pictures on (`Photograph courtesy of Flickr/The White House`)
_SHARING_SITES = frozenset(("flickr", "facebook", "instagram", "twitter", "youtube"))
# Sites whose `Site/@user` names an account's post; `x` (Twitter's later name) only before a handle,
# as a bare `X/Name` is the site with its poster
_HANDLE_SITES = _SHARING_SITES | {"x"}
# A user name as printed on a site: one word glued in camel case (`OfficialAPCNg`), all in lower
# case (`davido`), or holding a digit, `_` or `.` (`gov_ng`, `ricardo.poa`)
_HANDLE_SHAPE = re.compile(r"[A-Za-z0-9_.]*(?:[a-z][A-Z]|[0-9_.])[A-Za-z0-9_.]*|[a-z][a-z0-9]{2,}")


def _bare_handle(word: str) -> bool:
    """A site's user name without its `@` (see _HANDLE_SHAPE) that no table knows as a party."""
    return _HANDLE_SHAPE.fullmatch(word) is not None and _lookup(word) is None \
        and _credit_words().get(_raw_key(word)) is None


_LABEL_COURTESY = re.compile(r"(.+?)\s+(?:photo|Photo|PHOTO|photograph|Photograph|image|Image)\s+(?:courtesy|Courtesy|COURTESY)\s+of\s+(?:the\s+)?(.+)")


def _courtesy_of_unit(text: str) -> list | None:
    """A known party's `photo courtesy of X`: the party is the agency, X the supplier (source)."""
    m = _LABEL_COURTESY.fullmatch(text)
    if m is None:
        return None
    party = _lookup(m.group(1))
    if party is None:
        return None
    who = m.group(2)
    if who[1:who.find(" ")].islower() and _is_name_like(who):
        # `White House photograph courtesy of Gabriel B. Kotico`: a person under the body's label took it
        return [_Item(who, "person"), _Item(m.group(1), "agency", party, True)]
    return [_Item(who, "org"), _Item(m.group(1), "agency", party, True)]


# a party printed as lent: `Courtesy of X`, `COURTESY OF X` (a name must follow)
_COURTESY_PART = re.compile(r"(?i:courtesy\s+of)\s+(?:the\s+)?([A-Z].*)")
# a year printed after a paper's name in its own credit (`Name/AJC 2024`)
_PARTY_YEAR = re.compile(r",? (?:19|20)\d\d$")


def _classify_one(text: str, *, person_slot: bool) -> list[_Item]:
    """One printed party -> items (a trailing HANDOUT/POOL word is split off)."""
    if "\xad" in text:  # a soft hyphen from a wire's typesetting: invisible, not part of a name
        text = text.replace("\xad", "")
    # A name ending in `Jr.` or an initial (`Rod Lamkey Jr.`, `Ronald Pena R.`) keeps its period.
    period = text[-1:] == "." and _NAME_PERIOD_END.search(text) is not None
    text = text.strip(" .,;:")
    if not text or not _HAS_LETTER.search(text):  # Getty's `Photo by -/AFP`: no photographer named
        return []
    if text[:5] == "Photo" or text[:5] == "PHOTO":  # `Associated Press/Photo by Name`, `(Photoby Name/AP Photo)`
        lead = _PHOTO_BY_LEAD.match(text)
        if lead is not None:
            text = text[lead.end():]
    elif "hoto by " in text[:16] or "HOTO BY " in text[:16]:
        lead = _SIDE_PHOTO_BY_LEAD.match(text)  # `...; right photo by Name`
        if lead is not None:
            text = text[lead.end():]
    if text[:1] in "SsFf":  # `Special to The Denver Post`, `For China Daily`: the paper itself
        lead = _CONTRIBUTOR_LEAD.match(text)
        if lead and lead.end() < len(text):
            text = text[lead.end():]
            if text[:4] == "the " and len(text) > 4:  # `Special to the News Sentinel`: the article, not the name
                text = text[4:]
    if text[:1] in "Pp" and (given := _PROVIDED_TO.match(text)) is not None and _lookup(given.group("rest")) is not None:
        # China Daily's `Photo by Name/Provided to chinadaily.com.cn`: lent to the paper, a handout it carries
        rest = given.group("rest")
        return [_Item("Handout", "handout"), _Item(rest, "agency", _lookup(rest))]
    if text[:2] == "HO" and (ho := _HO_DASH.match(text)) is not None:  # The Canadian Press' `HO-Communications Nova Scotia`, `HO - Supplier`
        supplier = text[ho.end():]
        return [_Item(text[:2], "handout"),
                _Item(supplier, "agency", _lookup(supplier)) if _lookup(supplier) else _Item(supplier, "org")]
    if text[-1:].isdigit() and (yr := _PARTY_YEAR.search(text)) is not None and _lookup(text[:yr.start()]) is not None:
        text = text[:yr.start()]  # the AJC's `Name/AJC 2024`: the paper, then the picture's year
    if text[-6:] in _PUBLIC_ENDS and _PUBLIC_CONTRIBUTOR.search(text):
        return []  # `Name/VOA reader`, `BBC News viewer`: a member of the public, no photographer or agency
    if "ourtesy of " in text:
        owned = _courtesy_of_unit(text)
        if owned:
            return owned
    if text[:1] in "Cc" and (lent := _COURTESY_PART.match(text)) is not None:
        # `AFP PHOTO / COURTESY OF JULIE BERDEAUX`, `AP Photo/Courtesy of SpaceX`: a party after the
        # agency that lent the picture: the supplier (source), a handout, never the photographer
        # (a news organisation's own picture lent is no handout, as `Image courtesy: PTI`)
        known = _lookup(lent.group(1))
        if known is None:
            return [_Item(text, "org"), _Item(text[:8], "handout")]
        lender = _Item(lent.group(1), "agency", known)
        return [lender, _Item(text[:8], "handout")] if known.kind == "handout" else [lender]
    words = _credit_words()
    k = _raw_key(text)
    if k in words:
        if words[k] == "pool":  # `Pool Photo`, `POOL` -> `Pool`
            return [_Item("Pool", "pool")]
        return [_Item(text, words[k])]
    party = _lookup(text) or _lookup(_FOR_CLIENT.sub("", text))  # `Getty Images for Live Nation`
    if not party and text[-1] == ")" and "(" in text:
        # `WANA (West Asia News Agency)`, `Korean Central News Agency (KCNA)`: a name and its expansion
        head, _, inner = text[:-1].partition("(")
        for name in (head.strip(), inner.strip()):
            if _lookup(name):
                return [_Item(head.strip() or name, "agency", _lookup(name))]
    if party:
        label = bool(_PHOTO_LABEL.search(text))
        return [_Item(text, "agency", party, label)]
    if (text[:5] == "File " or text[:5] == "FILE ") and _lookup(text[5:]) is not None:
        # AP's reprinted `Name, File AP Photo`: the archive mark, then the agency's label
        return [_Item(text[:4], "file"), _Item(text[5:], "agency", _lookup(text[5:]), bool(_PHOTO_LABEL.search(text)))]
    if "." in text and _WEB_ADDRESS.fullmatch(text):
        return [_Item(text, "org")]  # `eng.chinamil.com.cn/Photo by Name`: the site that publishes it, no person
    if _POOL_WORD.search(text):
        if _POOL_SURNAME.match(text):  # `Smiley N. Pool` is a photographer
            return [_Item(normal_case(text), "person")]
        name = _PHOTO_END.sub("", text)
        return [_Item(_title_case_org(name), "pool")]
    # `UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT`, `X PHOTO`
    m = _LAST_WORD.match(text)
    if m and m.group(2).istitle() and m.group(2).upper() in _capital_marks():
        m = None  # `Vicky Ho`: a surname, where the abbreviated mark (`HO`) is printed in capitals
    if m and _raw_key(m.group(2)) in words and words[_raw_key(m.group(2))] != "placeholder":
        meaning = words[_raw_key(m.group(2))]
        if meaning == "file" and m.group(2)[:1] == "A" and _lookup(m.group(1)) is None and not _paper_name(m.group(1)):
            # Getty's `GAB Archive/Redferns`: a collection named `... Archive` by no agency or paper is
            # the source, no archive mark (`Bernama Archive`, `ADN archive`: that party's own archive)
            return [_Item(text, "org")]
        # `VATICAN MEDIA HANDOUT`: what precedes a handout mark is the supplier, not a photographer.
        rest = _classify_one(m.group(1), person_slot=person_slot and meaning != "handout")
        if meaning == "handout":
            rest = [_Item(_title_case_org(i.text), "org") if i.role == "person" else i for i in rest]
        return rest + [_Item(m.group(2), meaning)]
    if m and _raw_key(m.group(2)) in words and not (m.group(2)[:1].isupper() and m.group(2).lower() in _SIDE_WORDS) \
            and (m.group(2)[:1] == "p" or m.group(2) not in ("Pictures", "PICTURES")):  # (capitalised, `Pictures` names the body: `Panos Pictures`)
        if m.group(2) in _PHOTO_LABEL_WORDS and " " not in m.group(1).strip() and len(m.group(1).strip()) > 1:
            # `Khaosod Photo/ Name`, `Name/OPS-NIB Photo`: one word before a capitalised `Photo` is the
            # outlet's label (a person's credit names two words at least), not a photographer
            return [_Item(m.group(1).strip(), "org")]
        return _classify_one(m.group(1), person_slot=person_slot)  # trailing `Photo` (a side word in lower case), `Name pictures`
    rank = _rank_re().match(text if not text.isupper() else normal_case(text))  # (`SERGEANT NAME` too)
    if rank and rank.end() < len(text):
        return [_Item(normal_case(text[rank.end():] + "." * period), "person")]
    if text[:1] in "DMP":
        hon = _PERSONAL_HONORIFIC.match(text)  # `Photo by Dr. Name`: the honorific goes, as in titles
        if hon and not _looks_org(text[hon.end():], person_slot=True):
            return [_Item(normal_case(text[hon.end():] + "." * period), "person")]
    if "." in text:
        served = _service_then_rank(text)  # DVIDS' `Photo by U.S. Army Sgt. 1st Class Name`
        if served is not None:
            return served
    if text[-1:] in "OSW" and _GLUED_OUTLET.fullmatch(text) is not None:
        return [_Item(text, "org")]  # `ALTERPHOTOS`, `SPORTPRESS`: one capitals word glued to an outlet's word, no name
    if _looks_org(text, person_slot=person_slot):
        return [_Item(text, "org")]
    if text.count(" ") >= 2:
        text = _undoubled(text)
    return [_Item(normal_case(text + "." * period), "person")]


# One word in capitals ending in an outlet's word, at least three letters before it
_GLUED_OUTLET = re.compile(r"[A-Z]{3,}(?:PHOTOS?|PRESS|NEWS)")
_PHOTO_LABEL_WORDS = frozenset(("Photo", "PHOTO", "Foto", "FOTO"))  # (a plural names the body: `Fox Photos`)


def _undoubled(name: str) -> str:
    """`LUIS TATOLUIS TATO` -> `LUIS TATO`: a byline pasted twice with no space between (Getty's
    `AFP PHOTO / NAME` field run into the name); else the name as it is."""
    letters = name.replace(" ", "")
    half = len(letters) // 2
    if len(letters) % 2 or letters[:half] != letters[half:]:
        return name
    seen = 0
    for k, c in enumerate(name):
        if c != " ":
            seen += 1
            if seen == half:
                return name[:k + 1]
    return name


_PERSONAL_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+(?=[A-Z][a-z]+\s+[A-Z])")


def _service_then_rank(text: str) -> list[_Item] | None:
    """`U.S. Army Sgt. 1st Class Mike Chrisman`: a known body (an army, a navy), then a rank,
    then the name -> the body and the photographer; None when the text is not so made."""
    words = text.split()
    for k in range(min(4, len(words) - 2), 0, -1):
        head = " ".join(words[:k])
        party = _lookup(head)
        if party is None:
            continue
        rest = text[text.index(words[k - 1]) + len(words[k - 1]):].lstrip()
        rank = _rank_re().match(rest)
        if rank and rank.end() < len(rest):
            return [_Item(head, "agency", party), _Item(normal_case(rest[rank.end():]), "person")]
        return None
    return None


# A photographer whose surname is Pool, written with a middle initial (no pool is named so).
_POOL_SURNAME = re.compile(r"[A-Z](?:[a-z]+|[A-Z]+) [A-Z]\. (?:Pool|POOL)$")  # (`Smiley N. Pool`, in capitals too)
# a name's last word: an initial or a suffix; joined initials too (`Jagadeesh N.V.`)
_NAME_PERIOD_END = re.compile(r"\s(?:(?:[A-Z]\.){0,2}[A-Z]|Jr|JR|Sr|SR)\.$")

# A contributor's mark before the paper's name: `Special to the Denver Post`, `For China Daily`.
_PHOTO_BY_LEAD = re.compile(r"(?i:photos?\s*by)\s+(?=[A-Z])")  # a label left inside a party
# a label naming which picture of a set the party made (`left photo by Name; right photo by Name`)
_SIDE_PHOTO_BY_LEAD = re.compile(r"(?i:(?:left|right|top|bottom|center|centre|above|below|inset)\s+photos?\s+by)\s+(?=[A-Z])")
_CONTRIBUTOR_LEAD = re.compile(r"(?:special\s+to|for)\s+(?=\S)", re.I)


# one to three initials glued to a surname with no space (`V.V.Name`, `G.Name`)
_GLUED_INITIALS_NAME = re.compile(r"(?:[A-Z]\.){1,3}[A-Z][a-z]{2,}")


def _looks_org(text: str, *, person_slot: bool) -> bool:
    news, handout = _org_words()
    toks = [t.casefold().strip(".,") for t in _org_tokens(text)]
    if any(t in news or t in handout for t in toks) or text.casefold().startswith("the "):
        return True
    if any(t[:1].isdigit() for t in toks):
        return True
    if text[-5:] == " Year" and text.endswith(" of the Year"):
        return True  # a photo competition (`Name/Wildlife Photographer of the Year`), no photographer
    if "_" in text or "@" in text:  # a user's handle (`DAVE_BLAZER`, `@nyc_scanner`): an account, no byline
        return True
    if "&" in text:  # `Lyon & Turnbull`: two photographers were split at `&` already (_split_and)
        return True
    if len(toks) > 1 and _paper_name(text):  # `Tulsa World`: a paper, not a second photographer
        return True
    if len(toks) >= 3 and text[:1].isupper() and _place_opens(toks[0] + " " + toks[1]):
        return True  # `Abu Dhabi Art`, `Hong Kong Observatory`: a body named by its town, no person
    if len(toks) == 1 and text[1:2] == "." and _GLUED_INITIALS_NAME.fullmatch(text) \
            and text.rpartition(".")[2].casefold() not in news and text.rpartition(".")[2].casefold() not in handout:
        return False  # the Indian papers' `Photo: V.V.Name`, `Photo:G.Name`: initials glued to the surname, a person
    if len(toks) == 1:
        # One word: an acronym in capitals (`PPO`, `PPAUK`) is a body; otherwise a mononym
        # photographer (`Libkos`, EFE's `ZIPI`, Getty's `ELSA`) where a photographer stands, else a body.
        return (text.isupper() and 2 <= len(text) <= 6 and _acronym_shaped(text)) or not person_slot
    return len(toks) > 5 and _run_word_count(text) > 5  # (a name's particles not counted: `Juan Carlos Hidalgo de la Fuente`)


_NOT_SPOKEN = re.compile(r"[^AEIOUY\W]{3}|^(?![BCDFGKPT][HLR]|S[CHKLMNPTW]|[KZ]H|W[HR])[^AEIOUY\W]{2}")


def _acronym_shaped(word: str) -> bool:
    """A capital word read letter by letter (`IDF`, `KCNA`, `PPAUK`), not spoken like a name
    (`ZIPI`, `GOTHAM`, `KHAM`): three letters or fewer, no vowel, three consonants running, or
    two opening consonants no English word opens with."""
    return len(word) <= 3 or not _VOWEL_Y.search(word) or _NOT_SPOKEN.search(word) is not None


def _org_tokens(text: str) -> list[str]:
    """Words of a party, a hyphened compound split (`Arkansas Democrat-Gazette`)."""
    return text.replace("-", " ").split() if "-" in text else text.split()


def _org_kind(text: str) -> str:
    news, handout = _org_words()
    toks = [t.casefold().strip(".,") for t in _org_tokens(text)]
    if any(t in handout for t in toks):
        return "handout"
    if any(t in news for t in toks):
        return "news"
    # a picture agency's coined name (`Photosport`, `Newspix`, `Fotopress`): a news organisation
    if _PICTURE_STEM.search(text):
        return "news"
    return "unknown"


_PICTURE_STEM = re.compile(r"photo|foto|pix\b|press|news|images", re.I)


# ---------------------------------------------------------------- reading a credit line

# A Nordic desk's redistribution: the source's bracketed credit, then its own name after a
# slash (TT's `(AP Photo/Name) / TT`, NTB's `(Reuters/Name) / NTB`): the desk is the agency
# the picture came through, as after `via`.
_BRACKET_DIST_RE = re.compile(r"\((?P<inner>[^()]+)\) / (?P<dist>[^()/]+)")


def _bracket_then_distributor(line: str) -> str | None:
    m = _BRACKET_DIST_RE.fullmatch(line)
    if m is None or _lookup(m.group("dist").strip()) is None:
        return None
    return f"{m.group('inner').strip()} via {m.group('dist').strip()}"


# A photographer's name printed surname first after the last slash, the surname in capitals and a
# given name after the comma (the ICRC's `ICRC/BOSSON, Christian`)
_INVERTED_NAME_END = re.compile(r"/\s*(?P<surname>[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+)?), (?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


def _inverted_name_end(line: str) -> str | None:
    """`ICRC/BOSSON, Christian` -> `ICRC/Christian BOSSON` when the part after the comma is a
    given name the tables know; None otherwise."""
    m = _INVERTED_NAME_END.search(line)
    if m is None or m.group("given").split("-")[0].casefold() not in _given_names():
        return None
    return f"{line[:m.start('surname')]}{m.group('given')} {m.group('surname')}"


def parse_credit_line(line: str) -> tuple[Credit, list[str]]:
    """Read a credit line (as printed, no brackets) into a Credit (a fresh one each call)."""
    credit, warnings = _parse_credit_line_cached(line)
    # a plain copy: dataclasses.replace costs several times more on every caption
    return Credit(credit.line, list(credit.photographers), credit.agency, credit.source,
                  credit.pool, credit.handout, credit.file), list(warnings)


@functools.lru_cache(maxsize=4096)
def _parse_credit_line_cached(line: str) -> tuple[Credit, tuple[str, ...]]:
    # Credit lines repeat across a feed (`AP Photo/Evan Vucci`): read each once.
    m = _LABEL_NO_SLASH.match(line) if " PHOTO " in line else None
    if m and _lookup(m.group(1)) is not None:  # read as its slashed twin, printed as it was
        credit, warnings = _read_credit_line(f"{m.group(1)} PHOTO / {m.group(2)}")
        credit.line = line
    else:
        colon = _agency_colon_name(line) if ": " in line else None
        by = _by_name_dash(line) if line[:3] == "By " or line[:3] == "by " or " -- " in line else None
        spaced = _name_colon_agency(line) if colon is None and " : " in line else None
        if spaced is not None:
            credit, warnings = _read_credit_line(spaced)
            credit.line = line
        elif colon is not None:  # read as its slashed twin (`Eric Gaillard/Reuters`), printed as it was
            credit, warnings = _read_credit_line(f"{colon[1]}/{colon[0]}")
            credit.line = line
        elif by is not None:
            credit, warnings = _read_credit_line(by)
            credit.line = line
        elif line[:2] == "Cr" and (studio := _STUDIO_CR_LINE.match(line)) is not None:
            credit, warnings = _read_credit_line(studio.group("core"))
            credit.line = line
        elif line[:1] == "(" and ") / " in line and (redist := _bracket_then_distributor(line)) is not None:
            credit, warnings = _read_credit_line(redist)  # read as `AP Photo/Name via TT`
            credit.line = line
        elif line[-1:] == ")" and (paren := _name_paren_agency(line)) is not None:
            credit, warnings = _read_credit_line(paren)
            credit.line = line
        elif "Photo" in line and _label_glued(line) is not None:  # `AP PhotoHussein Malla`: the slash lost
            credit, warnings = _read_credit_line(_label_glued(line))
            credit.line = line
        elif line[-6:] in _OFFICE_PHOTO_ENDS and (office := _office_photo_party(line)) is not None:
            credit, warnings = _read_credit_line(f"Photo courtesy of {office}")  # `DINGLE PNP PHOTO`: the office's handout
            initials = office.rpartition(" ")[2]
            if credit.agency is not None and credit.agency.lower() == office.lower():
                credit.agency = f"{credit.agency[:-len(initials)]}{initials}"  # the initials as printed (`Capiz PDRRMO`)
            credit.line = line
        elif " Photo " in line and (initials := _initials_photo_name(line)) is not None:  # `VNS Photo Trí Dũng`
            credit, warnings = _read_credit_line(initials)
            credit.line = line
        elif _staff_job_word(line) and (staff := _staff_byline(_BY_LABEL.sub("", line, 1))) is not None:
            credit, warnings = _read_credit_line(staff)  # The Times' `TIMES PHOTOGRAPHER JAMES GLOSSOP`: read slashed
            credit.line = line
        elif "|" in line and line[:1] in "\u00a9(" and (bar := _copyright_bar_credit(line)) is not None:
            credit, warnings = _read_credit_line(f"{bar[1]}/{bar[0]}" + (f"/{bar[2]}" if bar[2] else ""))  # `\u00a9Agency | Name`: read slashed
            if credit.agency is None and bar[0] in credit.photographers:  # (an unknown holder: still the agency)
                credit.photographers.remove(bar[0])
                credit.agency = bar[0]
            credit.line = line
        elif line[:1] in "fFp" and (foto := _FOTO_AGENCY_LINE.match(line)) is not None \
                and _lookup(foto.group("agency")) is not None:
            credit, warnings = _read_credit_line(foto.group("agency"))  # `fotoBERNAMA (2024) COPYRIGHTS RESERVED`
            credit.line = line
        elif line[:1] in "PI" and line[1:2].islower() and (bare := _bare_label_name(line)) is not None:
            credit, warnings = _read_credit_line(bare)  # `Pic Adriana Groisman Clarin`: the label's colon, the slash lost
            credit.line = line
        elif "-" in line[2:7] and (lead := _agency_hyphen_lead(line)) is not None:  # `AAP-AP-Name`: read slashed
            credit, warnings = _read_credit_line("/".join(lead))
            first, second = _lookup(lead[0]), _lookup(lead[1]) if len(lead) == 3 else None
            if second is not None and first.kind == "news" and second.kind == "wire" \
                    and credit.agency == _party_name(lead[1], second.canonical):
                credit.agency, credit.source = credit.source, credit.agency  # as _label_wire_name: AAP supplies it
            credit.line = line
        elif line[:1] == "#" and (tag := _HASHTAG_PHOTO.match(line)) is not None and _lookup(tag.group(1)) is not None:
            credit, warnings = _read_credit_line(f"{tag.group(1)} Photo/{line[tag.end():]}")  # `#APPhoto Name`: read slashed
            credit.line = line
        elif ", " in line and (inverted := _inverted_name_end(line)) is not None:
            credit, warnings = _read_credit_line(inverted)  # the ICRC's `ICRC/BOSSON, Christian`: read `ICRC/Christian BOSSON`
            credit.line = line
        else:
            credit, warnings = _read_credit_line(line)
    if credit.agency is not None and credit.agency[:1] == "@":
        credit.agency = None  # `Name / @handle`: the photographer's social handle names no organisation
    if credit.source is not None and credit.handout and not credit.photographers and "/" in line:
        _joint_handout_credit(line, credit)
    elif credit.agency is not None and credit.agency[:10].lower() == "the artist" and credit.handout:
        _artist_and_gallery(credit)
    if credit.handout and line.count(", ") >= 2 and "/" not in line:
        _comma_science_credit(line, credit)
    if ", " in line and "/" in line and credit.source is not None:
        _comma_tail_agency(line, credit)
    elif credit.source is not None and line.count("/") == 2:
        _label_wire_name(line, credit)
    return credit, tuple(warnings)


# A paper's staff byline with no mark: `TIMES PHOTOGRAPHER JAMES GLOSSOP`, `Star Tribune staff
# photographer Jim Gehrz`, `Staff photographer Jane Roe`, `Daily Courier reporter Jane Roe` (the
# name last, two to four words; a reporter who took the picture is its photographer)
@functools.cache
def _staff_byline_re() -> re.Pattern:
    # (a surname's particles inside, name_particles.txt: `Ines de la Fuente`)
    return re.compile(
        r"^(?:(?P<org>[A-Z][\w.&'\u2019-]*(?:\s+[\w.&'\u2019-]+){0,4}?)\s+)?(?:(?i:staff)\s+)?(?P<job>(?i:photographer|reporter))\s+"
        r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+(?:(?:%s)\s+){0,2}[A-Z][\w.'\u2019-]*){1,3})$" % _particle_alternation())


@functools.cache
def _particle_alternation() -> str:
    """The name particles (name_particles.txt) as a regex alternation, longest first, for the
    patterns that read a name with its particles inside."""
    return "|".join(sorted(map(re.escape, _particles()), key=len, reverse=True))


# `Photo by ` before a staff byline (`Photo by Xinhua reporter Name`): the label, not the outlet's name
_BY_LABEL = re.compile(r"^(?:Photos?|Pictures?|Images?)\s+by\s+")


def _staff_job_word(line: str) -> bool:
    """_staff_byline's cheap gate: a photographer's or a reporter's job word in the line."""
    return "hotographer " in line or "HOTOGRAPHER " in line or "eporter " in line or "EPORTER " in line


def _staff_byline(line: str) -> str | None:
    """`TIMES PHOTOGRAPHER JAMES GLOSSOP` -> `JAMES GLOSSOP/TIMES`; `Staff photographer Jane Roe` ->
    `Jane Roe`; None when the line is not of that shape."""
    m = _staff_byline_re().match(line.strip())
    if m is None:
        return None
    org = m.group("org")
    if org is None or org.casefold() == "staff":
        # (a reporter with no outlet may be the one pictured: `(reporter Jane Roe)`)
        return m.group("name") if m.group("job")[:1] in "pP" else None
    if not _news_party(org) and _lookup(org) is None:
        return None
    return f"{m.group('name')}/{org}"


# The copyright holder, a bar, the photographer: `\u00a9Belga | Jane Roe`, `(c) Wiejska Press | Jane Roe`,
# `\u00a9 2023 Belga | Jane Roe` (the year of the notice before the holder)
_COPYRIGHT_BAR = re.compile(r"^(?:\u00a9|\([cC]\))\s*(?:(?:19|20)\d\d\s+)?(?P<party>[A-Z][^|/()\u00a9]{1,40}?)\s*\|\s*(?P<name>[A-Z][^|/()\u00a9]{2,40}?)"
                           r"(?:\s*[|,]\s*(?P<mark>File|FILE|Pool|POOL))?\.?$")  # (`... | Name | File`: the archive's mark)


def _copyright_bar_credit(line: str) -> tuple[str, str, str] | None:
    """`\u00a9Agency | Name` -> (agency, name, mark): the holder before the bar is the agency (a party of
    one to five capitalised words), the name after it (two to four name words) the photographer's;
    `File` or `Pool` after them the mark (else "")."""
    m = _COPYRIGHT_BAR.match(line.strip())
    if m is None:
        return None
    party, name = m.group("party").strip(), m.group("name").strip()
    if not 1 <= len(party.split()) <= 5 or not _capitalised_party(party.split()):
        return None
    if not 2 <= len(name.split()) <= 4 or not _is_name_like(name):
        return None
    return party, name, m.group("mark") or ""


_SENTENCE_GAP = re.compile(r"[.!?\"\u201d] (?=[A-Z])")


def _staff_byline_tail(body: str) -> int | None:
    """`... on Monday. Daily Courier photographer Jane Roe`: an outlet's byline (_staff_byline's
    shape: the outlet a paper or a known party, the job, the name) after the caption's last
    sentence -> its start."""
    start = None
    for m in _SENTENCE_GAP.finditer(body, max(0, len(body) - 90)):
        start = m.end()
    if start is None or _staff_byline(body[start:]) is None:
        return None
    return start


# Film and TV publicity stills' credit: `Cr. LIAM DANIEL/NETFLIX © 2020`, `Cr: Name/HBO`, the
# studio's copyright year after it (no date of the picture)
# (the same credit ending a caption, or alone as the credit line)
_STUDIO_CR = r"Cr[.:]\s*(?P<core>[A-Z][^()/]{2,40}/[^()/]{2,40}?)(?P<rights>\s*(?:©|\(c\))\s*(?:19|20)\d\d)?"
_STUDIO_CR_TAIL = re.compile(rf"(?<=\s){_STUDIO_CR}\.?$")
_STUDIO_CR_LINE = re.compile(rf"^{_STUDIO_CR}$")


# the art press's loan credit: `Courtesy (of) the artist and Pace Gallery, New York`
_ARTIST_AND = re.compile(r"^the artists? and (?P<lender>[A-Z].+)$", re.I)


def _artist_and_gallery(credit: Credit) -> None:
    """`the artist and Miles McEnery Gallery, New York, NY` -> source `the artist`, agency the
    gallery (or collection) that lent the picture, the town after it dropped."""
    m = _ARTIST_AND.match(credit.agency)
    if m is None:
        return
    from .places import place_named  # the places step owns the town tables
    lender, _, rest = m.group("lender").partition(", ")
    if rest and not all(place_named(p.strip()) or _us_postal(p.strip()) for p in rest.split(",")):
        return
    credit.source, credit.agency = credit.agency[:m.start("lender")].rstrip()[:-4].rstrip(), lender


def _place_opens(words: str) -> bool:
    """Two words that are a town, region or country's name (`Abu Dhabi`, `New Zealand`): no
    personal name opens so."""
    from .places import place_named  # the places step owns the town tables
    return place_named(words)


def _us_postal(s: str) -> bool:
    from .us_states import name_by_any_key  # (`New York, NY`: a state by its postal code)
    return s.isupper() and len(s) == 2 and s.casefold() in name_by_any_key()


# archives and libraries hold pictures others made: a credit chain ending in one names the maker
# and its keepers (`White House Photographic Office/Reagan Library/U.S. National Archives`)
_ARCHIVE_KEEPER = re.compile(r"\b(?:Archives?|Library)\b")


def _joint_handout_credit(line: str, credit: Credit) -> None:
    """`NASA/JPL-Caltech/MSSS`: science bodies credited jointly, no photographer and no news
    organisation among them, supply the picture together: the agency is the joint credit as
    written (no one party is the source)."""
    body = _strip_labels(line)[0].strip()
    parts = body.split("/")
    low = body.lower()
    if len(parts) < 2 or "via" in low or "andout" in low or " - " in body or "@" in body:
        return  # (a handout's own office, or a distributor named after a dash, keeps the plain reading;
        # `Instagram/@user`: an account on a site, no joint body)
    if len(parts) == 2 and _raw_key(parts[0].strip()) in _SHARING_SITES and _bare_handle(parts[1].strip()):
        return  # `Twitter/gov_lagos`: the same account, its `@` left out
    for p in parts:
        p = p.strip()
        party = _lookup(p)
        if party is not None and _ARCHIVE_KEEPER.search(party.canonical):
            return  # `Maker/Reagan Library/National Archives`: a keeper's chain, not a joint credit
        if party is None and (_raw_key(p) in _credit_words() or not _looks_org(p, person_slot=True)) \
                or party is not None and party.kind != "handout":
            return
    credit.agency, credit.source = body, None


_AFFILIATION = re.compile(r"\s*\([^()]{1,40}\)$")  # `Janice Lee (STScI)`: the scientist's institute
_SCIENTIST = re.compile(r"[A-Z][\w'\u2019-]*\.?(?: [A-Z]\.)*(?: (?:[a-z]{2,3} )?[A-Z][\w'\u2019-]+){1,2}")


def _comma_science_credit(line: str, credit: Credit) -> None:
    """Space-telescope images' comma list: `NASA, ESA, CSA, STScI, Janice Lee (STScI), Thomas
    Williams (Oxford), and the PHANGS team`: handout bodies, then the scientists who processed the
    picture (institutes dropped) and a team: the first body is the agency, the scientists the
    photographers, no source."""
    parts = [q for p in _split_parties(_strip_labels(line)[0]) if (q := _LEAD_AND.sub("", p.strip()))]
    first = _lookup(parts[0]) if parts else None
    if first is None or first.kind != "handout" or len(parts) < 3:
        return
    bodies, people = 1, []
    for p in parts[1:]:
        party = _lookup(p)
        if party is not None:
            if party.kind != "handout":
                return  # (a news organisation among them: the plain reading)
            bodies += 1
            continue
        name = _AFFILIATION.sub("", p)
        if _SCIENTIST.fullmatch(name) and not _looks_org(name, person_slot=True):
            people.append(name)
        elif not p.lower().startswith("the ") and not _looks_org(p, person_slot=True):
            return  # (an unknown party: the plain reading)
    if bodies >= 2:
        credit.agency, credit.source, credit.photographers = _party_name(parts[0], first.canonical), None, people


# `CNS/Carlos Barria, Reuters`: a news agency's label and photographer, then after a comma the
# agency that made the picture (as `AP Photo/Name, Pool` names the pool): the first supplies it
_COMMA_TAIL_AGENCY = re.compile(r"^([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)/[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3}, "
                                r"([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)$")


def _comma_tail_agency(line: str, credit: Credit) -> None:
    m = _COMMA_TAIL_AGENCY.match(line)
    if m is None:
        return
    first, last = _lookup(m.group(1)), _lookup(m.group(2))
    if first is None or last is None or first.kind == "handout" or last.kind == "handout" or first is last:
        return
    if credit.agency is not None and credit.agency == _party_name(m.group(2), last.canonical):
        credit.agency, credit.source = credit.source, credit.agency


# `CNS/Reuters/John Sibley`: the same in slashes, a news agency's label, the wire agency that made
# the picture, the photographer: the first-named supplies it (as `AP Photo/Xinhua, Name` gives AP)
_LABEL_WIRE_NAME = re.compile(r"^([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)/([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)/"
                              r"[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3}$")


def _label_wire_name(line: str, credit: Credit) -> None:
    m = _LABEL_WIRE_NAME.match(line)
    if m is None or not credit.photographers:
        return
    first, second = _lookup(m.group(1)), _lookup(m.group(2))
    if first is None or second is None or first is second or first.kind != "news" or second.kind != "wire":
        return
    if credit.agency == _party_name(m.group(2), second.canonical) \
            and credit.source == _party_name(m.group(1), first.canonical):
        credit.agency, credit.source = credit.source, credit.agency


# `Reuters: Eric Gaillard`, `AP: Rick Rycroft`, `ABC News: Matt Roberts`: the Australian
# broadcasters' bracketed credit, a known agency, a colon, then the photographer's name
_AGENCY_COLON_NAME = re.compile(
    r"^(?P<org>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}): (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})$")


# `By Andy Lyons -- Getty Images`, `By Jonathan Newton -- The Washington Post`, `By Name/Agency`:
# the Washington Post's credit, a bare `By` before the name and a double hyphen for a dash
_BY_NAME = re.compile(r"^[Bb]y (?=[A-Z][\w'’.-]*(?: (?:[a-z]{2,4} ){1,2}[A-Z]| [A-Z]|/[A-Z]))")  # (`By Oscar del Pozo/`, `By Zipi/AFP`)


# The Hankyoreh's `by Name, staff photographer`: the byline's job after the name is no party
_STAFF_JOB = re.compile(r",\s*(?:senior |chief )?staff (?:photographer|photojournalist)$", re.I)


def _by_name_dash(line: str) -> str | None:
    """The credit line without the bare `By`, a trailing `, staff photographer` and with ` -- `
    as ` - `, or None when unchanged."""
    out = _BY_NAME.sub("", line, count=1).replace(" -- ", " - ")
    if out != line and "staff" in out:
        out = _STAFF_JOB.sub("", out)
    return out if out != line else None


# `Photo: David Livingston (Getty Images)`: galleries' labelled byline with the agency in brackets
_LABEL_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[.!?\"\u201d] ))((?:Photo|Photos|Photograph|Picture|Image|Credit|Photo credit|Image credit):?\s+"
    r"(?:by\s+)?)([A-Z][\w'\u2019.\-]*(?: (?:[a-z]{2,3} )?[A-Z][\w'\u2019.\-]*){1,3}) $", re.I)


def _labelled_name_before(body: str, start: int) -> int | None:
    """Where a `Label: Name ` run just before a bracketed known agency starts, or None."""
    m = _LABEL_NAME_BEFORE.search(body, max(0, start - 60), start)
    if m is None or not m.group(2)[:1].isupper() or _lookup(m.group(2)) is not None \
            or not _is_name_like(m.group(2)):
        return None
    return m.start()


_LABEL_COLON_BEFORE = re.compile(r"(?:^|(?<=[.!?\"\u201d] ))(?:Photo|Photos|Photograph|Picture|Image|Credit|Photo credit):\s+",
                                 re.I)


def _labelled_expansion_before(body: str, start: int, acronym: str) -> int | None:
    """Where a `Label: ... Name Words (NW)` credit starts when its bracket holds the initials of the
    words just before it (a party's name and its short form, not a credit of its own), or None."""
    if not acronym.isupper() or not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    j = len(acronym) - 1  # the initials read backwards; a lower-case word between may be left out (`of the`)
    for w in reversed(body[max(0, start - 80):start].split()):
        if w[0].upper() == acronym[j]:
            j -= 1
            if j < 0:
                break
        elif not w.islower():
            return None
    if j >= 0:
        return None
    m = None
    for m in _LABEL_COLON_BEFORE.finditer(body, max(0, start - 120), start):
        pass
    if m is None or body.find(". ", m.end(), start) != -1:
        return None
    return m.start()


_LABEL_LIST_BEFORE = re.compile(
    r"(?:^|(?<=[.!?\"\u201d] ))(?:Photo|Image|Credit|Photo credit|Image credit):\s+([A-Z][\w.&-]*), ", re.I)


def _labelled_list_before(body: str, start: int) -> int | None:
    """Where a labelled comma list of science bodies and their scientists (`Image: NASA, ESA,
    CSA, STScI, Joseph DePasquale (STScI)`) starts, when the bracket it ends with is a
    scientist's institute, not the credit; or None."""
    lo = max(0, start - 200)
    m = None
    for m in _LABEL_LIST_BEFORE.finditer(body, lo, start):
        pass
    if m is None or body.find(". ", m.end(), start) != -1:
        return None
    first = _lookup(m.group(1))
    return m.start() if first is not None and first.kind == "handout" else None


def _name_paren_agency(line: str) -> str | None:
    """`Photo: Name (Getty Images)` -> `Photo: Name/Getty Images`: a byline, then a known agency
    in brackets (read as its slashed twin), or None."""
    i = line.rfind(" (")
    if i <= 0 or "/" in line or _lookup(line[i + 2:-1].strip()) is None:
        return None
    name = _strip_labels(line[:i])[0].strip()
    if "by " in name:  # `Photo by Name (Reuters)`
        m = _LABEL.match(name)
        name = (m.group("rest") or "").strip() if m is not None else name
    if not name or _lookup(name) is not None or not _is_name_like(name):
        return None
    return f"{line[:i].strip()}/{line[i + 2:-1].strip()}"


_BYLINE_LABEL = re.compile(r"(?:Photo|Photograph|Picture|Image|Pic)s?\s*[:;]\s+")


def _byline_before_agency_bracket(body: str, start: int, bracket: str) -> int | None:
    """A byline standing alone after the caption's last sentence, then a known agency in brackets:
    `... de 2014. Nacho Doce (Reuters)`, or the agency spelt out before its short form,
    `... road. Picture; Name/African News Agency(ANA)` -> where the credit starts, or None."""
    head = body[:start].rstrip()
    dot = head.rfind(". ")
    if dot < 2 or start - dot > 90 or _ABBREV_END.search(head, max(0, dot - 6), dot + 1) \
            or not (head[dot - 1].islower() or head[dot - 1].isdigit()):
        return None  # (an initial's stop, `B.K. Bangash (AP)`, is no sentence end)
    chunk = head[dot + 2:]
    m = _BYLINE_LABEL.match(chunk)
    name = chunk[m.end():] if m is not None else chunk
    if "(" in name or ")" in name:
        return None
    if "/" in name:
        name, _, party = name.rpartition("/")
        spelt, short = _lookup(party.strip()), _lookup(bracket)
        if spelt is None or short is None or spelt.canonical != short.canonical:
            return None  # the bracket must be the slashed party's short form
    name = name.strip()
    if _lookup(name) is not None or not _bare_byline(name):
        return None
    return dot + 2


def _name_colon_agency(line: str) -> str | None:
    """ABC's `Name : Reuters`: a photographer, a spaced colon, a known agency -> `Name/Reuters`."""
    name, _, org = line.partition(" : ")
    if not org or _lookup(org.strip()) is None or not _is_name_like(name) or _lookup(name) is not None:
        return None
    return f"{name.strip()}/{org.strip()}"


# `AP PhotoHussein Malla`: an agency's label with the photographer's name glued on, the slash lost
_LABEL_GLUED = re.compile(r"^([A-Z][\w\-]{1,15}) Photo(?=[A-Z][a-z])([A-Z][\w'\u2019.\-]*(?: (?:[a-z]{2,4} ){0,2}[A-Z][\w'\u2019.\-]*){0,3})$")


def _label_glued(line: str) -> str | None:
    """The credit line read as its slashed twin (`AP Photo/Hussein Malla`), or None."""
    m = _LABEL_GLUED.match(line)
    if m is None or _lookup(m.group(1)) is None:
        return None
    return f"{m.group(1)} Photo/{m.group(2)}"


def _name_then_wire(parts: list[str]) -> list[str]:
    """The Los Angeles Times' `Name AFP/Getty Images`: a photographer and, with no slash between,
    the news agency in capitals that made the picture; read as `Name/AFP/Getty Images`."""
    head, _, last = parts[0].strip().rpartition(" ")
    hit = _lookup(last) if last.isupper() and 2 <= len(last) <= 7 else None
    if hit is None or hit.kind == "handout" or not _is_name_like(head) or " " not in head:
        return parts
    return [head, last] + parts[1:]


def _agency_colon_name(content: str) -> tuple[str, str] | None:
    """`Agency: Given Surname` -> (agency, name) when the agency is known and is no label word, or a
    handout word (`Supplied`) before a name or a body."""
    m = _AGENCY_COLON_NAME.match(content)
    if m is None:
        return None
    org = m.group("org")
    word = _credit_words().get(_raw_key(org))
    if word == "handout":
        return org, m.group("name")  # ABC's `(Supplied: Jane Roe)`, `(Supplied: NSW Rural Fire Service)`
    if _lookup(org) is None or word is not None or _lookup(m.group("name")) is not None:
        return None
    if _raw_key(_LABEL_END.sub("", org)) in _credit_words():
        return None  # GroundUp's `Archive Photo: Name`: a mark and its label (not the agency Archive Photos)
    return org, m.group("name")


# `BELGA PHOTO DIRK WAEM`, `ANP PHOTO KOEN VAN WEEL`: an agency's label and the photographer,
# all in capitals, with no slash between them (read as `BELGA PHOTO / DIRK WAEM`)
_LABEL_NO_SLASH = re.compile(r"([A-Z][A-Z\-]{1,15}) PHOTO ([A-Z][A-Z'\u2019\-]*\.?(?: [A-Z][A-Z'\u2019\-]*\.?){1,4})$")
_LABEL_NO_SLASH_TAIL = re.compile(r"(?<=[.!?\"\u201d] )" + _LABEL_NO_SLASH.pattern)


def _label_no_slash_tail(text: str) -> int | None:
    """Start of a `BELGA PHOTO NAME` credit ending the caption after a sentence, or None."""
    m = _LABEL_NO_SLASH_TAIL.search(text, max(0, len(text) - 90))
    return m.start() if m and _lookup(m.group(1)) is not None else None


# Vietnam News' `VNS Photo Trí Dũng`, `VNA/VNS Photo Thanh Liêm`, `UN Photo Mark Garten`: an
# organisation's initials and its `Photo` label, then the photographer, no slash between them
# (read as `VNS Photo/Trí Dũng`); the name's words may open with any capital (Đ)
_INITIALS_PHOTO_NAME = re.compile(r"((?:[A-Z]{2,6}/)?[A-Z]{2,6}) Photo ([^\W\d_][\w'\u2019.\-]*(?: [^\W\d_][\w'\u2019.\-]*){1,3})$")
_INITIALS_PHOTO_NAME_TAIL = re.compile(r"(?<=[.!?\"\u201d] )" + _INITIALS_PHOTO_NAME.pattern)


def _initials_photo_name(line: str) -> str | None:
    """A `VNS Photo Trí Dũng` credit line read as its slashed twin, or None."""
    m = _INITIALS_PHOTO_NAME.match(line)
    if m is None or not _initials_photographer(m.group(2)):
        return None
    return f"{m.group(1)} Photo/{m.group(2)}"


# A town's or province's office crediting its own picture: `DINGLE PNP PHOTO`, `Bacolod City PIO
# PHOTO` (the place in one to three words, the office's initials, the label)
_OFFICE_PHOTO = r"(?:[A-Z][\w'\u2019.\-]* ){1,3}(?:[A-Z][A-Za-z]{1,6}) (?:PHOTOS?|Photos?)"
_OFFICE_PHOTO_LINE = re.compile(_OFFICE_PHOTO)
_OFFICE_PHOTO_TAIL = re.compile(r"(?<=[.!?\"\u201d] )" + _OFFICE_PHOTO + "$")
_OFFICE_PHOTO_ENDS = frozenset((" PHOTO", "PHOTOS", " Photo", "Photos"))


@functools.cache
def _office_initials() -> frozenset:
    return frozenset(_data_lines("office_initials.txt"))


def _office_photo_party(line: str) -> str | None:
    """The office in a `DINGLE PNP PHOTO` credit line (`DINGLE PNP`), or None: its last word is
    an office's initials (office_initials.txt, or capitals with no vowel) that no table knows as
    a news organisation, and the words before it are no party of their own."""
    if _OFFICE_PHOTO_LINE.fullmatch(line) is None:
        return None
    party = line.rsplit(" ", 1)[0]
    head, _, initials = party.rpartition(" ")
    if initials not in _office_initials() and not (initials.isupper() and _VOWEL_Y.search(initials) is None):
        return None
    known = _lookup(initials)
    if known is not None and known.kind != "handout" or _lookup(head) is not None:
        return None  # `JOHN DOE AFP PHOTO`: a photographer and a wire's label
    return party


def _initials_photographer(name: str) -> bool:
    """A photographer's name after `VNS Photo`: capitalised words, no party a table knows."""
    return all(w[:1].isupper() for w in name.split(" ")) and _lookup(name) is None \
        and _credit_words().get(_raw_key(name)) is None


def _initials_photo_tail(text: str) -> int | None:
    """Start of a `VNS Photo Trí Dũng` credit ending the caption after a sentence, or None."""
    m = _INITIALS_PHOTO_NAME_TAIL.search(text, max(0, len(text) - 70))
    return m.start() if m and _initials_photographer(m.group(2)) else None


# The picture labels printed before a slashed byline with no `by` (UPI's `Photo Name/UPI`, STA's
# `Author Name/STA`, MercoPress' `Pic Name/Clarin`, `Picture Name/Paper`): the first word
_BARE_LEAD_LABELS = frozenset(("Photo", "PHOTO", "Author", "Pic", "PIC", "Picture", "PICTURE", "Foto", "FOTO"))

# A picture label with no mark after it, then the photographer and perhaps, again with no mark,
# the paper (MercoPress' `Pic Adriana Groisman Clarin`, `Photo John Mwangi`)
_BARE_LABEL_NAME = re.compile(r"(Pic|PIC|Picture|Photo|Photograph|Image) ([A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,5})")


def _bare_label_name(line: str) -> str | None:
    """`Pic Adriana Groisman Clarin` read as `Pic: Adriana Groisman/Clarin`: two or three words of a
    person's name, then a paper the agency table knows or named as papers are (`Tulsa World`), or
    nothing; else None."""
    m = _BARE_LABEL_NAME.fullmatch(line)
    if m is None:
        return None
    if _lookup(m.group(2)) is not None:
        return f"{m.group(1)}: {m.group(2)}"  # `Photo State House`, `(Photo Village Urugwiro)`: a known party after the label
    words = m.group(2).split(" ")
    split = _name_then_paper(words)
    if split is not None:
        return f"{m.group(1)}: {split[0]}/{split[1]}"
    if len(words) <= 3 and _plain_name_words(words) and _lookup(m.group(2)) is None:
        return f"{m.group(1)}: {m.group(2)}"
    return None


def _name_then_paper(words: list[str]) -> tuple[str, str] | None:
    """`Adriana Groisman Clarin` -> (`Adriana Groisman`, `Clarin`): two or three words of a person's
    name, then a paper the agency table knows (no handout body) or named as papers are."""
    for k in (3, 2, 1):
        if 2 <= len(words) - k <= 3 and _plain_name_words(words[:-k]):
            paper = " ".join(words[-k:])
            party = _lookup(paper)
            if party is not None and party.kind != "handout" or _paper_name(paper):
                return " ".join(words[:-k]), paper
    return None


# Antara's desk codes after the photographer: editors' initials and the year's two digits
# (`ANTARA FOTO/Name/ama/16`, `ANTARA/Name/Koz/mes/10`).
_ANTARA_CODES = re.compile(r"(?:/(?!(?:Pool|File|Files|Foto|Photo|HO)\b)(?:[A-Za-z][a-z]{1,3}|\d{2}))+\.?$", re.I)


def _antara_desk_codes(core: str) -> str:
    """An Antara credit without its trailing desk codes (the agency and photographer kept)."""
    first = core.find("/")
    second = core.find("/", first + 1)
    m = _ANTARA_CODES.search(core, second)
    return core[:m.start()] if m is not None and m.start() == second else core


# a picture label and its colon opening a credit (`Photo:`, `Photograph:`, `Picture:`, `Pic:`)
_INITIALS_BYLINE = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2,3}")  # `SS`, `J.W.`: a byline of initials only
_PICTURE_COLON = re.compile(r"(?:Photo(?:graph)?|Picture|Pic)s?\s*:\s*", re.I)


_SURNAME_SHAPE = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _unknown_lone_name(word: str) -> bool:
    """A single word written like a surname (`Waistell`, `O'Hara`) that names no party the tables
    know: an agency or an organisation's word (`Star`, `Police`), as _is_name_like tests, or a
    credit word (`Supplied`, `Staff`)."""
    word = word.strip(" .")
    if _SURNAME_SHAPE.fullmatch(word) is None:
        return False  # (`GCIS`, `iStock`: an acronym or a brand)
    return _is_name_like(word) and _credit_words().get(_raw_key(word)) is None


_ARCHIVE_MARK_WORDS = frozenset(("ARCHIVE", "ARCHIVES", "FILE", "FILES"))  # an agency's archive mark after its name
_FILE_MARK_TAILS = frozenset(("/FILES", " PHOTO"))  # the last six characters of `/Files`, `/File Photo`
_SIGN_BETWEEN = re.compile(r"(?<=[\w.])\s+\u00a9\s*(?=[A-Z])")  # (a year after the sign, `NETFLIX \u00a9 2023`, is the notice's)


def _read_credit_line(line: str) -> tuple[Credit, list[str]]:
    credit = Credit(line=line or None)
    warnings: list[str] = []
    core = _cut_rights(line) or line
    if core is line and line[-6:].upper() in _FILE_MARK_TAILS:
        # Reuters' file mark closes the line after a rights tag (`REUTERS/Name BEST QUALITY
        # AVAILABLE/File Photo`): the tag is cut before it, the mark kept
        head, _, mark = line.rpartition("/")
        cut = _cut_rights(head)
        if cut and cut != head:
            core = f"{cut}/{mark}"
    if "rovided to" in core:  # China Daily's `Photo provided to chinadaily.com.cn`: a handout it carries
        m = _PROVIDED_TO.match(core)
        if m:
            core = "Handout via " + m.group("rest")
    if "#" in core:
        core = _LIBRARY_NUMBER.sub("", core) or core  # `UN Photo/Name # UN7661`
        # Getty's `Name#Corbis/Corbis via Getty Images`: the archive's name glued to its photographer's
        core = _HASH_GLUED_AGENCY.sub(lambda m: "" if _lookup(m.group(1)) is not None else m.group(0), core)
    if "\u00a9" in core[1:]:
        # a copyright sign set apart between the photographer and the holder (`Photo by Name
        # \u00a9 The Peninsula`) parts them as a slash does (`Name / \u00a9 The Dallas Morning News`)
        core = _SIGN_BETWEEN.sub("/\u00a9 ", core)
    if core[-1:].isdigit() or core.endswith("."):
        core = _cut_trailing_date(core)  # `USGS photo taken by Name on October 5, 2021`
    if core.endswith(")"):
        core = _REF_ID.sub("", core) or core  # `Name/Shutterstock (14912345c)`
        core = _PHOTO_SLUG.sub("", core) or core  # `PTI Photo(PTI4_13_2010_000005B)`

    if "/" in core[:12]:  # `Pic/AFP`, `Photo / Name`: the label is no photographer
        m = _slash_label_res()[0].match(core)
        if m:
            core = core[m.end():]

    if core[:6].upper() == "ANTARA" and core.count("/") >= 2:
        core = _antara_desk_codes(core)

    items: list[_Item] = []
    agency_item: _Item | None = None
    maker: list[_Item] = []  # the body printed before `photo by` (`U.S. Army photo by Name`)
    before, after = core, None

    low_core = core.lower()
    vias = list(_VIA.finditer(core)) if "via" in low_core or "vía" in low_core else []
    if vias and vias[0].start() == 0 and len(vias) == 1:
        # the Philippine pool's `| via Name / PPA POOL`: a leading `via` only labels the credit
        before, vias = core[vias[0].end():], []
    elif vias:
        v = vias[-1]
        before, after = core[: v.start()], core[v.end():]

    before = before.strip()
    lead: list[_Item] = []
    label_org: list[_Item] = []
    low = before.lower()
    # `ourte`, `prov`: letters whose every case-insensitive match lower() finds (no i, s, k)
    courtesy = _COURTESY.match(before) if ("ourte" in low or "prov" in low) else None
    if courtesy:
        credit.handout = True
        before = ""
        who = courtesy.group("rest").strip()
        more: list[str] = []
        if "/" in who:  # `Courtesy of X/Handout via REUTERS`: the supplier, then the other parties
            who, *more = _split_parties(who) or [who]
            if more and _raw_key(who) in _SHARING_SITES:
                who = ""  # `courtesy of Flickr/The White House`: the body's own account on a site, no party
        if _credit_words().get(_raw_key(who)) == "placeholder":  # `Courtesy photo(/X)`: no party named there
            who = ""
        if who and not more and ", " in who:
            name, _, unit = who.partition(", ")
            if unit[:1].isupper() and _is_name_like(name) and _looks_org(unit, person_slot=False):
                # `Photograph courtesy Name, Icelandic Coast Guard`: the maker, then the body that lends it
                lead.append(_Item(normal_case(name), "person"))
                who, more = "", [unit]
        if who and more and _photographer_of_picture_agency(who, more[0]):
            lead.append(_Item(who, "person"))  # `Courtesy of Name/Panos Pictures/DFID`: the agency's photographer
        elif who:
            lead.append(_Item(who, "org") if _lookup(who) is None else _Item(who, "agency", _lookup(who)))
            if not more and lead[-1].party is not None and lead[-1].party.kind != "handout":
                credit.handout = False  # `Image courtesy: PTI`: a news agency's own picture, lent, no handout
        for p in more:
            lead.extend(_classify(p, person_slot=False))
    else:
        if (before[:4] == "All " or before[:4] == "ALL ") and _raw_key(before[4:].split(None, 1)[0]) in _ALL_LABEL_NOUNS:
            before, low = before[4:], low[4:]  # `All photographs: Name/Reuters`, `All photos by Name`: the label's own word
        if ":" in before or "©" in before or "(c)" in low or "copyright" in low or "credit." in low or "credit…" in low \
                or "source," in low or low[:7] == "credit " or before[:3] == "PC ":  # _strip_labels' own first test
            before, label_org = _strip_labels(before)
            lead.extend(label_org)
            low = before.lower()
        m = _LABEL.match(before) if ("by " in low or ":" in before or "credit " in low or "photo de " in low
                                    or low[:15].find(" from ") != -1 or low[:3] == "fot") else None  # (`Photo from DOTr`: the supplier follows)
        # (AFP via Getty's `Photo credit NAME/AFP via Getty Images`: the label with no "should read")
        if m:
            org = m.group("org")
            supplied = m.group("rest") is not None and before[:m.start("rest")].rstrip()[-5:].lower() == " from"
            before = m.group("rest") or m.group("rest2") or ""
            if supplied and "/" not in before and not vias:
                # `Photo from DOTr`, `Image from Law and Behold!`: one supplier, no photographer
                who = before.strip(" .,;:")
                lead.append(_Item(who, "org") if _lookup(who) is None else _Item(who, "agency", _lookup(who)))
                before = ""
            if org and _BY_LABEL.fullmatch(org + " "):
                org = None  # `Photo by Photo by Name/AP`: a web page's label printed twice, no party
            elif org and org.casefold() == "all":
                org = None  # `All photos by Name`: the label's own word, no party
            if org:
                org = re.sub(r"^Official\s+", "", org, flags=re.I).strip()
                if org:
                    maker = _label_org_items(org)
                    lead.extend(maker)
    items.extend(lead)

    lw = before.find(" ", 2, 8) + 1
    if lw and before[:lw - 1] in _BARE_LEAD_LABELS and "/" in before:
        first = before[lw:before.find("/")].strip()
        if _is_name_like(first) and " " in first:  # UPI's `Photo Name/UPI`, STA's `Author Name/STA`: the label with no `by`
            before = before[lw:]
        elif _lookup(first) is not None:  # ANSA's `Foto ANSA/Name`, `Photo Xinhua/Name`: the label, then the agency
            before = before[lw:]
    parts = _parts(before) if before else []
    if len(parts) == 2 and parts[1][:1] == "@" and _raw_key(parts[0]) in _HANDLE_SITES:
        parts.reverse()  # `Instagram/@user`, `X/@user`: the account's post on the site, read as `@user/Instagram`
    elif len(parts) == 2 and not vias and _raw_key(parts[0]) in _SHARING_SITES and _bare_handle(parts[1].strip()):
        # `Twitter/OfficialAPCNg`, `Instagram/davido`: a handle printed without its `@`, the account
        # (the source), not a photographer's byline
        items.append(_Item(parts[1].strip(), "org"))
        parts = parts[:1]
    # `Photo: Waistell`, `Picture: Okafor`: one capitalised word after a picture label that no table
    # knows as a party (agency, credit word, organisation word) is the photographer's byline
    lone_byline = len(parts) == 1 and not items and not vias and ":" in core[:12] \
        and _PICTURE_COLON.match(core) is not None and _unknown_lone_name(parts[0])
    if len(parts) == 1 and not items and not vias and 2 < parts[0].count(" ") + 1 <= 6 and ":" in core[:12] \
            and _PICTURE_COLON.match(core) is not None:
        # `Photograph: Gareth Chaney Collins`: the name, then its paper or agency with no mark (as
        # _bare_label_name reads the label without its colon)
        split = _name_then_paper(parts[0].split())
        if split is not None:
            parts = list(split)
    if len(parts) > 1 and _A_DIGIT.search(before) is not None:  # (a cheap gate: ids and dates hold digits)
        parts = [p for p in parts if not _picture_record_part(p)]
    if len(parts) > 1:
        parts = _cut_country_tags(parts)
        if " " in parts[0] and parts[0].rstrip()[-1:].isupper():
            parts = _name_then_wire(parts)
    n = len(parts)
    for i, p in enumerate(parts):
        # A lone word stands for a photographer when another party follows it or a label
        # agency precedes it (`AP Photo/Libkos`, `Sputnik/Name/...`).
        # The last party before `via` is the supplier's slot (`NASA/JPL-Caltech via AP`).
        if vias and i == n - 1:
            # `NTB/Libkos via REUTERS`: after a news agency's label, a lone unknown word is its
            # photographer's one-word byline, the agency the supplier
            person_slot = (n == 2 and len(items) == 1 and items[0].role == "agency" and items[0].party is not None
                           and items[0].party.kind != "handout" and " " not in p.strip() and p[:1].isupper()
                           and p[1:].islower() and _lookup(p) is None and _credit_words().get(_raw_key(p)) is None) \
                or n == 1 and not items and _contributor_credit(p, after)
        else:
            person_slot = (i < n - 1) or (n == 1 and not vias and (bool(items) or lone_byline)) or (
                i > 0 and bool(items) and items[0].role == "agency")  # _agency_first, inline
        # A lone word after a photographer is a body (`Name/VOIGT/Getty Images`), not a second one.
        if person_slot and " " not in p.strip() and any(it.role == "person" for it in items):
            # (`Pix by Name, Perera, Name and Name`: a lone surname inside a list of names with no
            # slash anywhere is one more photographer)
            person_slot = i < n - 1 and "/" not in before and _surname_in_name_list(p, parts[i + 1])
        # Gallo Images' `Photo by Gallo Images/Sowetan/Name Surname`: a lone word between the
        # agency and a whole name closing the line is the paper that made the picture.
        elif person_slot and i == n - 2 and i and not vias and " " not in p.strip() and items \
                and items[0].role == "agency" and items[0].party is not None and items[0].party.kind == "news" \
                and _plain_name_words(parts[-1].split()):  # (a wire's `REUTERS/A/B` is a combination picture's two)
            person_slot = False
        its = [_Item(*f) for f in _classify_cached(p, person_slot)]  # _classify, inline
        if person_slot and i == 1 and len(its) == 1 and its[0].role == "org" and items and items[-1].label_agency \
                and _INITIALS_BYLINE.fullmatch(p.strip()) and _lookup(p.strip()) is None:
            its[0] = _Item(p.strip(), "person")  # AP's archive `AP Photo/SS, File`: a staff photographer's initials
        # `Name/Icon Sportswire via Getty Images`: between a photographer and `via` stands the
        # supplier, not a second photographer.
        if vias and i == n - 1 and i and len(its) == 1 and its[0].role == "person" \
                and items and items[-1].role == "person":
            its[0] = _Item(p.strip(" .,;:"), "org")
        # `Name/Pics Action/NurPhoto via Getty Images`: a slash after a photographer, then more
        # parties: a body (two photographers are joined by `,` or `and`; Reuters' agency-first
        # `REUTERS/Name/Name/File Photo` of a combination picture is the one exception).
        elif i < n - 1 and i and len(its) == 1 and its[0].role == "person" and items and items[-1].role == "person" \
                and items[0].role != "agency" \
                and before[:before.find(p)].rstrip().endswith("/") and not _rank_re().match(p) \
                and not (i == n - 2 and _given_name_first(p) and _lookup(parts[-1]) is not None):
            its[0] = _Item(p.strip(" .,;:"), "org")
        # `Gordon Ramsay Restaurants/Handout via REUTERS`: the one party before a handout mark
        # is the supplier (a ranked name stays a photographer).
        # AFP's `Handout / SPANISH ROYAL HOUSEHOLD / AFP`: after the handout mark, the supplier.
        elif items and items[-1].role == "handout" and len(its) == 1 and its[0].role == "person" \
                and i < n - 1 and not _rank_re().match(p):
            its[0] = _Item(_title_case_org(p.strip(" .,;:")), "org")
        elif vias and n == 2 and i == 0 and not items and len(its) == 1 and its[0].role == "person" \
                and _credit_words().get(_raw_key(parts[1])) == "handout" and not _rank_re().match(p) \
                and not (_given_name_first(p) and _is_name_like(p)):  # (`Brandon Bell/Handout via REUTERS`: a photographer)
            its[0] = _Item(p.strip(" .,;:"), "org")
        if its and its[0].role == "pool" and items and _pool_name_split(items[-1], its[0]):
            items[-1] = _Item(items[-1].text + " Pool", "pool")  # `WPA/Pool`: the rota's one name
            del its[0]
        items.extend(its)

    # `PA Photo: Name/PA Wire`: the label's agency is the one named after the name.
    for it in label_org:
        if it.party is not None and any(o.party is it.party for o in items if o is not it):
            items.remove(it)

    marks: list[_Item] = []
    if after is not None:
        after_parts = _split_parties(after.strip())
        if len(after_parts) == 1 and " " in after_parts[0]:
            split = _agency_then_name(after_parts[0])  # `Xinhua via AP Ding Haitao`: the wire, then its byline
            if split is not None:
                after_parts = list(split)
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
                for it in its:
                    # AFP's `KCNA VIA KNS / AFP`: a wire agency after the via party distributes it.
                    if it.role == "agency" and it.party is not None and it.party.kind == "wire" \
                            and agency_item is not None and (agency_item.party is None or agency_item.party.kind != "wire"):
                        items.append(agency_item)
                        agency_item = it
                    elif it.role == "pool":  # `Name/The New York Times via AP, Pool`: a mark, not the source
                        marks.append(it)
                    elif _redistributor_after(it, agency_item):
                        # `Name/AFP via Getty Images/TNS`: the paper's syndicate passed the wire's
                        # picture on; neither the agency nor the source
                        it.role = "dropped"
                items.extend(i for i in its if i is not agency_item and i.role != "dropped")
    if agency_item is None and len(items) == 2 and "-" in line and "/" not in line and _wire_hyphen_national(items):
        agency_item = items[1]
    if agency_item is None and len(maker) == 1 and maker[0].role in ("agency", "org") and not vias \
            and _bodies_only(items):
        # `U.S. Army photo by Name / Arlington National Cemetery / released`: the body whose photo it
        # is (a handout supplier) is the agency; a body named after the photographer, its unit, the source
        agency_item = maker[0]
    _settle(credit, items, agency_item, via=bool(vias), warnings=warnings, marks=marks,
            by_label=bool(vias) and _BY_LABEL.match(line) is not None)
    return credit, warnings


def _surname_in_name_list(p: str, following: str) -> bool:
    """A one-word party inside a comma list of photographers (`Pix by Jane Roe, Perera, John Doe
    and Mary Major`): a capitalised surname no table knows, a person's whole name after it."""
    p = p.strip()
    words = following.split()
    return p[:1].isupper() and p[1:].islower() and p.isalpha() and _lookup(p) is None \
        and _credit_words().get(_raw_key(p)) is None and 2 <= len(words) <= 4 and _person_name_run(words)


def _agency_then_name(party: str) -> tuple[str, str] | None:
    """`AP Ding Haitao` after the last `via` (`Xinhua via AP Ding Haitao`): a known news
    agency's name, then a person's name of two or three words with no mark between (a repost
    that dropped the slash) -> (agency, name); None when the whole is a known party or the rest
    is no person's name."""
    words = party.split()
    if len(words) < 3 or _lookup(party) is not None:
        return None
    for k in (1, 2, 3):
        rest = words[k:]
        if not 2 <= len(rest) <= 3:
            continue
        head = _lookup(" ".join(words[:k]))
        if head is not None and head.kind != "handout" and _person_name_run(rest) \
                and _lookup(" ".join(rest)) is None and _lookup(" ".join(words[:k + 1])) is None:
            return " ".join(words[:k]), " ".join(rest)
    return None


# What the UN agencies' and NGOs' photo libraries print among a credit's parties that names no
# party: the picture's asset number (UNICEF's `UN0645387`, `NYHQ2015-1325`, the ICRC archive's
# `hist-00617-12`) and the month it was taken (UNHCR's `UNHCR / Name / August 2009`).
_ASSET_NUMBER = re.compile(r"[A-Za-z]{0,6}[-_]?\d{4,}(?:[-\u2013_]\d+)*")
# a month with its year, a day on either side of the month or none (`August 2009`, `5 Oct 2021`, `October 5, 2021`)
_MONTH_YEAR = (r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
               r"(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d")
_CREDIT_DATE = re.compile(_MONTH_YEAR + r"|(?:19|20)\d\d")


# The day a science or government library writes after its photographer (USGS's `USGS photo
# taken by Name on October 5, 2021`, `NPS photo by Name, May 3, 2019`): a date, not a party.
_TRAILING_CREDIT_DATE = re.compile(
    r"(?:,|\s+on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _MONTH_YEAR + r"\.?$")


# An archive print's day after its agency with no comma before it (`photo: Acme March 26, 1935`):
# a month, its day and a year (the day keeps a surname `March` before a bare year a name's)
_TRAILING_DAY_DATE = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                                r"\s+\d{1,2}\s*,\s*(?:19|20)\d\d\.?$")


def _cut_trailing_date(core: str) -> str:
    """`Name on October 5, 2021` -> `Name` (only a line ending in a year's digits pays the search)."""
    if not core.rstrip(" .")[-1:].isdigit():
        return core
    m = _TRAILING_CREDIT_DATE.search(core, max(0, len(core) - 40)) or _TRAILING_DAY_DATE.search(core, max(0, len(core) - 30))
    return core[:m.start()] if m and m.start() else core


def _picture_record_part(part: str) -> bool:
    """A credit part that is the picture's asset number or date, not a party."""
    p = part.strip(" .,;:")
    return _ASSET_NUMBER.fullmatch(p) is not None or _CREDIT_DATE.fullmatch(p) is not None


def _country_texts(*attrs: str) -> set[str]:
    """country_aliases.tsv's names and pycountry's `attrs` of every country, as written."""
    names = {line.split("\t", 1)[0].strip() for line in _data_lines("country_aliases.tsv")}
    try:
        import pycountry
        names.update(n for c in pycountry.countries for n in (getattr(c, a, None) for a in attrs) if n)
    except Exception:  # pragma: no cover - pycountry missing: the alias table still serves
        pass
    return names


@functools.cache
def _country_names() -> frozenset:
    """Country names (pycountry's and the alias table's), lower-case, for the country tag below."""
    return frozenset(n.lower() for n in _country_texts("name", "common_name"))


# (one C search: a generator over the line's characters cost a Python call for each)
_A_DIGIT = re.compile(r"\d")


def _cut_country_tags(parts: list[str]) -> list[str]:
    """The ICRC's and other aid agencies' country tag among a credit's parts (`Pakistan/ICRC`,
    `© ICRC / South Sudan / Name`): the country the picture comes from, no party. Cut only beside
    a handout supplier, so a news byline keeps its parts."""
    if not any((party := _lookup(q)) is not None and party.kind == "handout" for q in parts):
        return parts
    names = _country_names()
    return [p for p in parts if p.strip(" .,;:").lower() not in names]


def credit_date_text(line: str | None) -> str | None:
    """The date a photo library prints as the credit's last part (`UNHCR/Name/March 2008`, `Name | 12 Aug 2017`),
    for the date step when the description writes none; else None."""
    if not line or not line.rstrip(" .")[-2:].isdigit():
        return None
    cut = _cut_trailing_date(line)
    if cut is not line:  # `USGS photo taken by Name on October 5, 2021`
        return line[len(cut):].lstrip(" ,").removeprefix("on ")
    cut = line.rstrip(" .")
    bar = max(cut.rfind("/"), cut.rfind("|"))
    if bar == -1:
        return None
    last = cut[bar + 1:].strip()  # (after `/` or a bar: `Picture by Name | 12 Aug 2017`)
    if _CREDIT_DATE.fullmatch(last):
        return last
    yr = _PARTY_YEAR.search(last)  # the AJC's `Name/AJC 2024`: the paper, then the picture's year
    if yr is not None and yr.start() and _lookup(last[:yr.start()]) is not None:
        return "in " + last[yr.start():].lstrip(" ,")  # (a year alone is read after `in`)
    return None


def _redistributor_after(it: _Item, agency_item: _Item | None) -> bool:
    """A second wire after the `via` wire's slash: a syndicate that only passed the picture on."""
    return it.role == "agency" and it.party is not None and it.party.kind == "wire" and agency_item is not None \
        and agency_item.party is not None and agency_item.party.kind == "wire" and it.party is not agency_item.party


def _wire_hyphen_national(items: list[_Item]) -> bool:
    """The Korea Times' `AFP-Yonhap`, `Reuters-Yonhap`: a world wire's picture distributed by a
    national news agency, the pair alone joined by a hyphen; the national agency is the agency
    and the wire the source (as in `Name/Reuters/Yonhap`). EPA's `EPA-EFE/YONHAP` is the other
    way round: there the slash hands Yonhap's picture to the wire."""
    return _wire_then_national(*items)


def _wire_then_national(wire: _Item, national: _Item) -> bool:
    """A world wire's item, then a schema national news agency's: the national one distributes
    the wire's picture (_wire_hyphen_national, _national_distributor_last)."""
    return (wire.role == "agency" and national.role == "agency" and wire.party is not None
            and national.party is not None and wire.party.kind == "wire" and national.party.kind == "news"
            and national.party.canonical in _schema_names())


@functools.cache
def _colon_label_res() -> tuple[re.Pattern, re.Pattern]:
    """`Label:` alone, and `Agency Label:` (`PA Photo:`)."""
    labels = sorted((l.strip() for l in _data_lines("credit_labels.txt")), key=len, reverse=True)
    alts = "|".join(re.escape(l).replace(r"\ ", r"\s+") for l in labels)
    bare = re.compile(r"^(?:%s)\s*:\s*" % alts, re.I)
    with_org = re.compile(r"^(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?:%s)\s*:\s*" % alts, re.I)
    return bare, with_org


# `© `, `Copyright `, `Image copyright `, AP's `Satellite image ©2024 ` before the supplier's name; the New York
# Times' web `Credit...`
_COPYRIGHT = re.compile(r"^(?:(?:(?:satellite\s+)?(?:image|photo|picture)\s+)?(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d\b\s*)?"
                        r"|credit(?:\.\.\.|…)\s*|(?:credit|pc)\s+[-–—]\s+|image\s+source,\s*)", re.I)  # (the BBC's `Image source, EPA`;
# TIME's `Credit - Name—Agency/Getty Images`; the Sri Lankan papers' `PC – Name`, picture credit)


def _strip_labels(before: str) -> tuple[str, list[_Item]]:
    """Cut leading `Label:` marks (`Mandatory Credit: `, `Credit Image: © `); an agency printed
    before the label (`PA Photo: `) is kept as a party."""
    lead: list[_Item] = []
    low = before.lower()
    if ":" not in before and "©" not in before and "(c)" not in low and "copyright" not in low \
            and "credit." not in low and "credit…" not in low and "source," not in low and low[:7] != "credit " \
            and before[:3] != "PC ":
        return before, lead
    bare, with_org = _colon_label_res()
    for _ in range(3):
        m = bare.match(before)
        if m:
            before = before[m.end():]
            continue
        m = with_org.match(before)
        if m and (_lookup(m.group("org")) is not None or _masthead_initials(m.group("org"))
                  or _raw_key(m.group("org")) in _credit_words()):  # `FILE PHOTO:`, `STAFF PHOTO:`: a mark
            lead.extend(_classify(m.group("org"), person_slot=False))
            before = before[m.end():]
            continue
        if m and _raw_key(m.group(0).rstrip(": \t")) in _credit_words():  # `Stock picture:`: the pair is the mark
            lead.extend(_classify(m.group(0).rstrip(": \t"), person_slot=False))
            before = before[m.end():]
            continue
        c = _COPYRIGHT.match(before)
        if c:
            before = before[c.end():]
            continue
        f = _FILE_LABEL.match(before)
        if f:  # Al Jazeera's `[File: Name/Reuters]`: an archive picture
            lead.extend(_classify("File", person_slot=False))
            before = before[f.end():]
            continue
        break
    return before, lead


_FILE_LABEL = re.compile(r"^files?\s*:\s*", re.I)


def _label_org_items(org: str) -> list[_Item]:
    """The party printed before `Photo by` (`Apex MediaWire Photo by Name`, `Valley News Photo by
    Name`): a body whose photo it is, even when its two capitalised words read like a name."""
    items = _classify(org, person_slot=False)
    if len(items) == 1 and items[0].role == "person" and " " in org.strip():
        return [_Item(" ".join(org.split()), "org")]
    return items


def _masthead_initials(org: str) -> bool:
    """A paper's initials in capitals before its photo label: The Straits Times' `ST PHOTO:
    NAME`, The Business Times' `BT PHOTO:`, The New Paper's `TNP PHOTO:` (the label makes the
    letters the credited party, not a photographer); not a credit word (`FILE`, `POOL`, `STAFF`)."""
    return 2 <= len(org) <= 5 and org.isalpha() and org.isupper() and _raw_key(org) not in _credit_words()


def _split_parties(s: str) -> list[str]:
    """`_SPLIT.split(s)` without the parts that hold nothing but spaces and dots.

    The common line (no dash, no whitespace but the plain space, none at either end) is split
    by str methods, far cheaper than the regex: there `,` and `;` act as `/` does, and a
    separator takes the spaces on both sides of it."""
    if "HO " in s:  # The Canadian Press' `HO - Supplier`: the handout mark joined to its supplier, not a party break
        s = _HO_SPACED.sub("HO-", s)
    if (" - " in s or "–" in s or "—" in s or s[:1] == " " or s[-1:] == " "
            or not s.isprintable()):  # printable: no whitespace but the plain space
        parts = [p for p in _SPLIT.split(s) if p and p.strip(" .")]
        return parts if len(parts) < 2 or parts[-1].casefold() not in _us_state_names() \
            else _join_regional_desks(s, parts)
    if "," in s:
        s = s.replace(",", "/")
    if ";" in s:
        s = s.replace(";", "/")
    if "|" in s:  # `Name | Reuters`
        s = s.replace("|", "/")
    if "\\" in s:  # `Name\ apaimages`: a backslash typed for the slash
        s = s.replace("\\", "/")
    return [q for p in s.split("/") if (q := p.strip(" ")).strip(" .")]


def _parts(before: str) -> list[str]:
    """The printed parties of the credit before `via`, split at separators, a suffix joined back
    to its name, `Name-Agency` and `A and B` split. Each step runs only when a mark it splits
    at is in the text (every part is a piece of `before`)."""
    parts = _split_parties(before)
    if len(parts) > 1:
        if parts[0][-6:].casefold() == " photo":
            parts = _cut_label_repeat(parts)
        # Getty's `Name - Chelsea FC/Chelsea FC via`, `VCG/VCG`: a party printed twice is one
        # (`Name - Manchester City/Manchester City FC via`: a party the next one opens with, too)
        parts = [p for j, p in enumerate(parts) if j + 1 == len(parts) or p.casefold() != parts[j + 1].casefold()
                 and not parts[j + 1].casefold().startswith(p.casefold() + " ")]
        parts = _join_suffixes(parts)
        parts = _join_slash_names(parts)
        if "\u00a9" in before:  # `Name / \u00a9 The Dallas Morning News`: the sign is no part of the party's name
            parts = [parts[0], *(p[1:].strip() if p[:1] == "\u00a9" else p for p in parts[1:])]
    if " for " in before and len(parts) > 1:
        parts = _join_client(parts)
    if "-" in before or "\u2014" in before or any(m in before for m in _client_marks()):
        parts = _split_hyphen_agency(parts)
    if "&" in before or "and" in before.lower():  # no `and` letter has a second case form
        parts = _split_and(parts)
    if len(parts) == 1 and before[-1:].isupper() and " " in before:
        name, _, org = before.rpartition(" ")
        if _agency_capitals(org) and (2 <= len(name.split()) <= 3 and not any(w.isupper() for w in name.split())
                                      or "." in name and _plain_name_words(name.split())):
            parts = [name, org]  # `Lynsey Addario NYT`: a name, then an agency's capitals, no mark
    elif len(parts) > 1 and parts[-1][2:3].isupper() and parts[-1].isupper() and parts[-1].count(" ") >= 2:
        org, _, name = parts[-1].partition(" ")
        if _agency_capitals(org) and org.casefold() not in _given_names() and _caps_byline_words(name.split()) \
                and _lookup(parts[-1]) is None:  # (`NAME/ALAMY LIVE NEWS`: a known party's own words, no name)
            parts = [*parts[:-1], org, name]  # `AFP PHOTO/ANP KOEN VAN WEEL`: a partner's capitals before the name, no mark
    elif len(parts) == 1 and before[-6:] == " Photo" and before.count(" ") >= 3:
        name, _, org = before[:-6].rpartition(" ")
        if _agency_capitals(org) and _plain_name_words(name.split()):
            parts = [name, org + " Photo"]  # `Anupam Nath AP Photo`: the same with the agency's label
    if len(parts) > 1 and parts[-1] in _BARE_CLIENT_MARKS:
        parts = parts[:-1]  # China Daily's `Photo by Name/For`: a contributor's mark, its paper unnamed
    return parts


_BARE_CLIENT_MARKS = frozenset(("For", "for", "FOR"))
_ALL_LABEL_NOUNS = frozenset(("photo", "photos", "photograph", "photographs", "picture", "pictures", "pics", "pix", "images"))


def _cut_label_repeat(parts: list[str]) -> list[str]:
    """AFP's `AFP PHOTO / AFP PHOTO NAME`: the label printed again before the name is cut from it
    (not read as one party that the next opens with)."""
    head = parts[0].casefold() + " "
    if parts[1].casefold().startswith(head) and len(parts[1]) > len(head):
        return [parts[0], parts[1][len(head):], *parts[2:]]
    return parts


def _agency_capitals(word: str) -> bool:
    """A known agency written as 2-5 capitals (`NYT`, `AP`): what may follow a photographer's name
    with no mark between (`Lynsey Addario NYT`), both where the tail is found and where it is split."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and _lookup(word) is not None


def _plain_name_words(words: list[str]) -> bool:
    """Two to four words of a person's name in normal case, an initial allowed (`Jae C. Hong`,
    `J. Scott Applewhite`), at least two of them whole."""
    if not 2 <= len(words) <= 4:
        return False
    whole = 0
    for w in words:
        if w[:1].isupper() and w[1:].islower() and w.isalpha():
            whole += 1
        elif not (len(w) == 2 and w[1] == "." and w[0].isupper()):
            return False
    return whole >= 2


@functools.cache
def _given_names() -> frozenset:
    return frozenset(l.strip() for l in _data_lines("given_names.txt"))


def _given_name_first(p: str) -> bool:
    """`Justin E Palmer` of Getty's joint `Photo by Name / Justin E Palmer/GC Images`: a second
    photographer between the first and a known agency (a common given name, alone or opening a
    hyphened one, then name words, `McKay`, `O'Hara`, or initials), not a body (`Name/Pics
    Action/NurPhoto`)."""
    words = p.split()
    return 2 <= len(words) <= 4 and words[0].split("-", 1)[0].casefold() in _given_names() and all(
        _BYLINE_WORD.fullmatch(w) or w[:1].isupper() and w[1:] in ("", ".") for w in words)


def _agency_capitals_label(word: str) -> bool:
    """_agency_capitals, or the capitals with their `Photo` label (`Anupam Nath AP Photo`: McClatchy
    papers reprinting an AP caption)."""
    if word[-6:] == " Photo":
        word = word[:-6]
    return _agency_capitals(word)


@functools.cache
def _slash_name_heads() -> frozenset:
    """The part before the `/` of every known party whose name holds one (`sopa images` of
    `SOPA Images/LightRocket`)."""
    return frozenset(k.split("/", 1)[0].strip() for k in _agencies() if "/" in k)


def _join_slash_names(parts: list[str]) -> list[str]:
    """`SOPA Images`, `LightRocket` -> `SOPA Images/LightRocket`: a party whose printed name holds
    a `/` stays one party (the split cut it)."""
    heads = _slash_name_heads()
    out: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if i + 1 < len(parts) and p.strip().casefold() in heads:
            joined = f"{p.strip()}/{parts[i + 1].strip()}"
            if _lookup(joined) is not None:
                out.append(joined)
                i += 2
                continue
        out.append(p)
        i += 1
    return out


def _join_client(parts: list[str]) -> list[str]:
    """`Getty Images for The Met Museum`, `Vogue` -> one party: every `/` after an agency's
    `for` belongs to the client it names (`Getty Images for The Met Museum/Vogue`)."""
    for j, p in enumerate(parts[:-1]):
        if " for " in p and _lookup(_FOR_CLIENT.sub("", p)) is not None and _lookup(p.partition(" for ")[2]) is None:
            last = _lookup(parts[-1])
            if last is not None and last.kind == "wire" and j < len(parts) - 1:
                # `Invision for Mastercard/AP Images`: the distributor after the client stays apart
                return parts[:j] + ["/".join(q.strip() for q in parts[j:-1]), parts[-1]]
            return parts[:j] + ["/".join(q.strip() for q in parts[j:])]
    return parts


def _em_dash_maker(p: str, m: re.Match, right: str) -> bool:
    """TIME's `Name\u2014Agency/Getty Images`: an em dash (never inside a name) set against a
    photographer's name, then a party the table need not know (`Fantasista`)."""
    return m.group() == "\u2014" and right[:1].isupper() and _is_name_like(p[: m.start()].strip())


def _join_suffixes(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        s = p.strip()
        if out and len(s) <= 5 and _SUFFIX.match(s):  # the longest suffix (`Corp.`) has five
            out[-1] = f"{out[-1]}, {s}"
        else:
            out.append(p)
    return out


def _split_hyphen_agency(parts: list[str]) -> list[str]:
    """`Kyle Terada-USA TODAY Sports` -> person, agency (only when the right side is a known agency);
    likewise `Name for The New York Times` (a photographer working for the agency)."""
    out = []
    for p in parts:
        done = False
        # (Le Monde prints the mark in capitals: `NAME / MYOP FOR LE MONDE`)
        mark = next((m for m in _client_marks() if m in p), None)
        if mark is not None and _lookup(p) is None:
            left, _, right = p.partition(mark)
            if left.strip() and _lookup(left) is None and (_lookup(right) is not None or _for_paper(right)
                                                           or _initials_client(left, right)):
                out += [left, right]
                continue
            if left.strip() and _news_party(right.strip()) and _is_name_like(left.strip()) and _lookup(left) is None:
                out += [left, right]  # `Name for The Daily Gazette`: a paper no table lists, named as papers are
                continue
            if _agency_for_paper(left, right):
                out += [left, right]
                continue
        if p[-5:].casefold() == "-pool" and (_is_name_like(p[:-5]) or _article_surname_name(p[:-5])):
            out += [p[:-5], p[-4:]]  # Getty's `Drew Angerer-Pool/Getty Images`: a name, then the pool mark
            continue
        if ("-" in p or "\u2014" in p) and _lookup(p) is None and not _hyphenated_paper(p):
            for m in re.finditer(r"-|\u2014", p):  # (`Name\u2014Reuters`: Time's em dash)
                right = p[m.end():]
                if len(right) <= 3 and right.istitle() and m.group() == "-":
                    continue  # `Kirby Neumann-Rea`: a short word in normal case is a double surname's half, not Réa
                if right and (_lookup(right) or _em_dash_maker(p, m, right)) \
                        and not _masthead_of_site(p[: m.start()].strip()):
                    out += [p[: m.start()], right]
                    done = True
                    break
        if not done:
            out.append(p)
    return out


@functools.cache
def _client_marks() -> tuple[str, ...]:
    return tuple(f" {m.strip()} " for m in _data_lines("client_marks.txt"))


def _initials_client(left: str, right: str) -> bool:
    """`Sylvain Roe pour JA`: a person's name, then a client no table lists printed as its
    initials (a capital word read letter by letter)."""
    right = right.strip()
    return right.isupper() and right.isalpha() and _acronym_shaped(right) \
        and " " in left.strip() and _is_name_like(left.strip())


def _masthead_of_site(left: str) -> bool:
    """`The Flint Journal` of `The Flint Journal-MLive.com`: a paper the table does not list,
    joined to its owner's news site as one party (a listed agency, `Jiji Press—AFP`, is two)."""
    return _lookup(left) is None and _news_party(left)


def _agency_for_paper(left: str, right: str) -> bool:
    """`Name / MYOP for Le Monde`, `Name/Divergence for Libération`: a photographers' agency (not
    a wire) on commission for a newspaper; the paper is the agency, the photographers' agency the
    source, as `Name for The New York Times` makes the paper the agency."""
    agency, paper = _lookup(left.strip()), _lookup(right.strip())
    return (agency is not None and paper is not None and agency.kind == "news" and paper.kind == "news"
            and agency is not paper)


def _article_surname_name(s: str) -> bool:
    """`Ahmad al-Rubaye`: a name whose last word is an Arabic surname with its article."""
    head, _, last = s.rpartition(" ")
    return bool(head) and _ARTICLE_JOINED.match(last) is not None and _is_name_like(head)


def _hyphenated_paper(p: str) -> bool:
    """`The Asheville Citizen-Times`: a paper's hyphenated name (one word after the last hyphen),
    not `Name-Agency` (`Kyle Terada-USA TODAY Sports`)."""
    return " " not in p.rsplit("-", 1)[-1].strip() and _news_party(p.strip())


def _for_paper(right: str) -> bool:
    """`For the Tampa Bay Times` after `Name for` (a contributor's doubled mark): a known party or a
    paper's name after the mark."""
    lead = _CONTRIBUTOR_LEAD.match(right) if right[:1] in "SsFf" else None
    if lead is None:
        return False
    rest = right[lead.end():]
    return _lookup(rest) is not None or _news_party(rest)


def _split_and(parts: list[str]) -> list[str]:
    """`Scott Olson and Kevin Dietsch` -> two names; `Fisheries and Wildlife` stays whole."""
    out = []
    for p in parts:
        p = _LEAD_AND.sub("", p)  # `A, left, and B`
        halves = _AND.split(p)
        if len(halves) > 1 and all(_is_name_like(h) for h in halves) and not _firm_name(p, halves):
            out.extend(halves)
        elif len(halves) > 1 and _names_then_photo_noun(p, halves):
            out.extend(halves)  # a supplier's line `Jane Roe and Tom Lee photos`: two photographers
        elif len(halves) == 2 and " and " in p and _lookup(p) is None and all(_lookup(h) is not None for h in halves):
            out.extend(halves)  # Kuwait Times' `Amiri Diwan and KUNA photos`: two known suppliers
        else:
            out.append(p)
    return out


def _names_then_photo_noun(p: str, halves: list[str]) -> bool:
    """`Jane Roe and Tom Lee photos`: names joined by `and`, the picture's noun after the last
    (the noun is cut from it later, as from `Jane Roe photo`)."""
    last = halves[-1]
    sp = last.rfind(" ")
    if sp < 0 or last[sp + 1:] not in _PHOTO_NOUN_ENDS:
        return False
    cut = halves[:-1] + [last[:sp]]
    for h in cut:
        if not _is_name_like(h):
            return False
    return not _firm_name(p[:len(p) - len(last) + sp], cut)


@functools.cache
def _pool_rotas() -> frozenset:
    return frozenset(_data_lines("pool_rotas.txt"))


def _pool_name_split(prev: _Item, pool: _Item) -> bool:
    """`WPA/Pool`: a bare `Pool` right after a named press pool (pool_rotas.txt) is that pool,
    as the unslashed form prints it (`WPA Pool`)."""
    return pool.text == "Pool" and prev.party is None and prev.text in _pool_rotas()


def _firm_name(p: str, halves: list[str]) -> bool:
    """`Lyon & Turnbull`, `Marks & Spencer`: one word each side of `&` names a firm (auction
    houses, shops, studios), not two photographers, whose credits carry whole names."""
    return "&" in p and all(" " not in h for h in halves)


def _is_name_like(s: str) -> bool:
    toks = s.split()
    return 1 <= len(toks) <= 4 and all(t[:1].isupper() or (0 < i < len(toks) - 1 and (  # `Oscar del Pozo`
        t in _particles() or _lower_name_part(t))) for i, t in enumerate(toks)) and _no_org_words(toks) \
        and _lookup(s) is None


def _no_org_words(words: list[str]) -> bool:
    """No word of a news or handout body among words taken for a name (`Kremlin Press Office`)."""
    news, handout = _org_words()
    return not any(w.casefold() in news or w.casefold() in handout for w in words)


# A credit that opens with the picture's maker (`Photo by `, `Image by `): a person's name after it
# is the photographer's, even before `via`.
_BY_LABEL = re.compile(r"\(?(?:Photo|Photograph|Picture|Image)s?\s+by\s", re.I)

# Agencies that sell their contributors' pictures under `Name via AGENCY`: the name is the photographer
_CONTRIBUTOR_AGENCIES = frozenset(("Getty Images",))


def _contributor_credit(party: str, agency: str | None) -> bool:
    """Getty's `Name via Getty Images`: a plain personal name alone before a contributor agency."""
    if not agency:
        return False
    hit = _lookup(agency.strip(" .,;:()"))
    return hit is not None and hit.canonical in _CONTRIBUTOR_AGENCIES and _lookup(party.strip()) is None \
        and _plain_name_words(party.split())


def _settle(credit: Credit, items: list[_Item], agency_item: _Item | None, *, via: bool, warnings: list[str],
            marks: list[_Item] = (), by_label: bool = False) -> None:
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
            credit.agency = _party_name(agency_item.text, agency_item.party.canonical)
            if agency_item.party.kind == "handout":
                credit.handout = True
        else:
            credit.agency = _title_case_org(agency_item.text)
            if agency_item.text[:9].casefold() == "courtesy ":  # `Name/Courtesy of Georgetown University`
                credit.agency = _title_case_org(re.sub(r"^courtesy\s+(?:of\s+)?", "", agency_item.text, flags=re.I))
                credit.handout = True
            if _org_kind(agency_item.text) == "handout" and not _looks_news_name(agency_item.text):
                credit.handout = True
            if _unknown_agency_looking(agency_item.text):
                warnings.append(f"unknown-agency: {agency_item.text}")

    # Source: the last supplier before the agency (just before `via` when there is one).
    source = None
    for it in reversed(items):
        if it is agency_item or (marks and any(it is m for m in marks)):
            continue
        if it.party is not None and agency_item is not None and it.party is agency_item.party \
                and (it.text[-1:] not in "vVoO" or _video_arm_name(it.text) is None):
            continue  # `EFE/EPA/Name`, `Name/PA Wire/PA Images`: the agency named twice
        if it.role in ("agency", "org", "pool"):
            source = it
            k = items.index(it)
            if it.role == "pool" and k and items[k - 1].role == "pool" and it.text.casefold() == "pool" \
                    and items[k - 1].text.casefold() != "pool":
                source = items[k - 1]  # EPA's `Government Press Service Pool / Pool`: the qualified pool, marked again
            break
    if source is None and via and credit.agency not in _CONTRIBUTOR_AGENCIES and not by_label:
        # (`Image by Name via AP`: the label says the person took it, the photographer)
        # `Name via AP` where the lone party is a person-looking supplier: still the source
        # (but Getty's `Name via Getty Images` is its contributor's own credit: the photographer).
        rest = [it for it in items if it is not agency_item and it.role == "person"]
        if len(rest) == 1 and len(items) == 1:
            source = rest[0]
            source.role = "org"
    if source is None and agency_item is not None and agency_item.party is not None \
            and agency_item.text[-1:] in "vVoO":
        credit.source = _video_arm_name(agency_item.text)  # `via Reuters TV`: the service made the grab
    if source is not None:
        if source.party is not None:
            credit.source = _party_name(source.text, source.party.canonical)
            if source.text[-1:] in "vVoO":
                credit.source = _video_arm_name(source.text) or credit.source
            if source.text[-1:] in "oO":  # (a cheap gate: every brand in source_brands.txt ends so)
                credit.source = _source_brand(source.text, credit.source)
            if source.party.kind == "handout":
                credit.handout = True
        else:
            credit.source = _title_case_org(re.sub(r"^(?:courtesy\s+(?:of\s+)?)", "", source.text, flags=re.I))
            kind = _org_kind(source.text)
            # An unknown body supplying a picture to an agency (`SpaceX via AP`) hands it out;
            # one between a photographer and an agency (`Name/VOIGT/Getty Images`) is an agency.
            # A firm's `A & B` name with no news word (`Lyon & Turnbull/PA`): a company's picture.
            if source.role == "org" and (kind == "handout" or (kind == "unknown" and (via or "&" in source.text)
                                                                  and not _paper_name(source.text))) \
                    and not _agency_desk(source.text):
                credit.handout = True  # not a paper's name (`Florida Today via AP`)
        if source.role == "pool":
            credit.pool = True
        elif source.party is None and _unknown_agency_looking(source.text):
            warnings.append(f"unknown-agency: {source.text}")

    credit.photographers = [it.text for it in items if it.role == "person"]
    if len(credit.photographers) > 1:  # AFP's doubled `AFP PHOTO/Name / AFP PHOTO / NAME`: once each
        seen: set[str] = set()
        credit.photographers = [n for n in credit.photographers if not (n.casefold() in seen or seen.add(n.casefold()))]


@functools.cache
def _source_brands() -> frozenset:
    return frozenset(" ".join(l.casefold().split()) for l in _data_lines("source_brands.txt"))


def _source_brand(text: str, name: str) -> str:
    """`Antara Foto` as a source keeps its label (source_brands.txt); any other source keeps name."""
    k = " ".join(text.strip(" .,;:").casefold().split())
    if k in _source_brands():
        return _spellings().get(k, name)
    return name


def _choose_agency(items: list[_Item]) -> _Item | None:
    """Without `via`: a label agency (`AP Photo`, `AFP PHOTO`) first; else the highest tier; ties -> last."""
    if _relayed_wire(items):
        return items[1]
    # `REUTERS/Antara Foto/Name`: a chain opened by a bare world wire is the wire's own credit, so
    # a labelled agency inside it (`Antara Foto`) is the source, not the agency.
    wire_head = bool(items) and items[0].role == "agency" and not items[0].label_agency and items[0].party.kind == "wire"
    last = items[-1] if len(items) > 1 else None
    if last is not None and last.role == "agency" and items[0].label_agency and items[0] is not last \
            and last.party.canonical in _CONTRIBUTOR_AGENCIES:
        return last  # `AFP PHOTO / Name / Getty Images`: Getty distributes the wire's picture, as in `Name/AFP/Getty Images`
    for k, it in enumerate(items):
        if it.role == "agency" and it.label_agency and not wire_head and not _label_restated(items, k):
            return it
    best, best_tier = None, 0
    # `SIPA USA / Bildbyran/Name`: a chain that opens with an agency and ends with the photographer
    # is the distributor's, printed first; a tie goes to the first agency there, else to the last.
    first_wins = len(items) > 2 and items[0].role == "agency" and items[-1].role == "person"
    if _national_distributor_last(items):
        return items[-1]
    for it in items:
        if it.role == "agency":
            tier = _TIER[it.party.kind]
        elif it.role == "org":
            tier = 1
        else:
            continue
        if tier > best_tier or (tier == best_tier and not first_wins):
            best, best_tier = it, tier
    return best


def _bodies_only(items: list[_Item]) -> bool:
    """No news organisation nor wire among the parties: only handout suppliers and unknown bodies
    (and people, marks)."""
    for it in items:
        if it.role == "agency" and (it.party is None or it.party.kind != "handout"):
            return False
    return True


def _label_restated(items: list[_Item], k: int) -> bool:
    """Getty's copy of an AFP picture, `AFP PHOTO / NAME/AFP/Getty Images`: the label agency
    printed again later, then a wire; the tail is the whole credit and its last wire distributes."""
    party = items[k].party
    for j in range(k + 1, len(items) - 1):
        if items[j].role == "agency" and items[j].party is party:
            last = items[-1]
            return last.role == "agency" and last.party is not party and last.party.kind == "wire"
    return False


@functools.cache
def _relay_agencies() -> frozenset:
    return frozenset(_key(l) for l in _data_lines("relay_agencies.txt"))


def _relayed_wire(items: list[_Item]) -> bool:
    """Indian papers' `AP/PTI`, `AFP/PTI`: a bare world wire then the national agency that relays
    its pictures to them, the pair alone; the relaying agency is the agency, the wire the source
    (as `Invision/AP`). Reuters' own `REUTERS/SANA` keeps the wire: SANA relays nothing."""
    return (len(items) == 2 and items[0].role == "agency" and items[1].role == "agency"
            and not items[0].label_agency and items[0].party.kind == "wire"
            and _key(items[1].party.canonical) in _relay_agencies())


def _national_distributor_last(items: list[_Item]) -> bool:
    """`Photo: Name/AFP/dpa`, `Name/Reuters/Yonhap`: a national news agency printed after a
    world wire that follows the photographer distributes the wire's picture; it is the agency
    (the wire is the source), though its tier is lower."""
    if len(items) < 3:
        return False
    return items[-3].role == "person" and _wire_then_national(items[-2], items[-1])


def _agency_desk(text: str) -> bool:
    """`dpa Picture-Alliance`, `dpa-Zentralbild`: a desk or brand of a schema news agency, named by
    its first word; a news agency's own picture, not a handout."""
    head = re.split(r"[\s-]", text, maxsplit=1)[0]
    party = _lookup(head) if head != text else None
    return party is not None and party.canonical in _schema_names()


def _looks_news_name(text: str) -> bool:
    news, _ = _org_words()
    return any(t.casefold() in news for t in text.split()) and not _OFFICE_WORD.search(text)


def _unknown_agency_looking(text: str) -> bool:
    """Conservative: a single capitals acronym of 2-6 letters, or `... News Agency`, not in the table."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", text) or re.search(r"\bNews\s+Agency\b|\bPress\s+Agency\b", text))


# ---------------------------------------------------------------- finding the tail

_REUTERS_TAGS = re.compile(r"\s*\([^()]{0,80}?\bTags:[^()]*\)\s*$")
# Reuters' archive slugs after its credit: the picture number (`... - RTX1388I`) and the country
# in capitals (`REUTERS/Name (CHINA)`): desk marks, neither photographer nor source.
_REUTERS_PICTURE_ID = re.compile(r"(?<=\))\s+[-\u2013]\s+RT[RX][0-9A-Z]{3,8}$")
# A distributor's tag in its own bracket after the credit, a resale desk naming itself and its
# supplier: "(Name / Paper / Polaris) (FOTO:DUKAS/POLARIS)", "(Credit Image: © Name/ZUMA Press
# Wire (FOTO: DUKAS/ZUMA)". The credit is the one before it.
# Reuters' picture ID after an unbracketed credit (`... via REUTERS - RC2TLF9O1PGL`, `REUTERS/Name - RC2...`)
_REUTERS_ID_AFTER_AGENCY = re.compile(r"\s[-\u2013]\s(?=[A-Z0-9]*\d)R[CT][0-9A-Z]{4,12}$")
_DISTRIBUTOR_TAG = re.compile(r"\s*\((?:FOTO|PHOTO):\s*[A-Z][A-Z-]+\s*/\s*[A-Z][^()]{0,40}\)$")
_REUTERS_COUNTRY = re.compile(r"(\bREUTERS/[^()]{3,60}?)\s*\([A-Z][A-Z .'&-]*[A-Z.]\)$")


def _strip_desk_tags(text: str) -> tuple[str, bool]:
    if text.endswith(")"):
        return text, False  # no desk tag ends in a bracket (see desk_tags.txt): the common case
    rx, hints, file_groups = _desk_tags()
    file_flag = False
    for _ in range(4):  # a few tags may follow one another
        if text.endswith(("OUT", "OUT.")):  # Reuters' `... SOUTH KOREA OUT. NO RESALES.`
            m = _COUNTRY_OUT.search(text, max(0, len(text) - 50))
            if m:
                text = text[: m.start()].rstrip()
                continue
        end = text[-300:].upper()
        if not _has_desk_hint(end, _DESK_GATE or _desk_hint_gate()):
            break
        offset = max(0, len(text) - 300)
        if end.isascii():
            # Every tag opens with its hint: try the tags only where a hint stands, not at each
            # of 300 positions (the alternation tried at one position costs about a microsecond).
            m = None
            for i in sorted(_find_all(end, hints)):
                m = rx.match(text, offset + i)
                if m:
                    break
        else:  # upper() may change lengths: search the whole tail
            m = rx.search(text, offset)
        if not m:
            break
        text = text[: m.start()].rstrip()
        if text[-1:] == "," or text[-1:] == ";" or text[-1:] == "/":  # `(AP Photo/Name) JAPAN OUT, MANDATORY CREDIT`: the mark between tags
            text = text[:-1].rstrip()
        file_flag |= m.lastgroup in file_groups
    return text, file_flag


# A rights tag barring a country or a client, in capitals, ending the caption (`SOUTH KOREA OUT.`,
# `JAPAN OUT`, `NO RESALES` comes from desk_tags.txt): case matters (`... a way out.` is prose).
# Only a tag standing as its own sentence or after the bracketed credit (`(AP Photo/Name) JAPAN OUT`):
# in `EPA-EFE/NAME POLAND OUT` the tag belongs to the credit line (rights_tags.txt reads it there).
# (Not after an initial: `EPA-EFE/SEAN M. NAME POLAND OUT`.)
_COUNTRY_OUT = re.compile(r"(?<=[.!?)] )(?<![\s/][A-Z]\. )(?:[A-Z][A-Z'&-]+ ){0,3}[A-Z][A-Z'&-]+ OUT\.?$")


def _find_all(end: str, hints: tuple[str, ...]):
    """Every position of every hint in `end`."""
    for h in hints:
        i = end.find(h)
        while i != -1:
            yield i
            i = end.find(h, i + 1)


_DESK_GATE: tuple = ()  # filled by _desk_hint_gate on first use


def _desk_hint_gate() -> tuple:
    """_desk_tags' hints for the yes/no test alone, fewer of them: a hint holding another is
    dropped (`*` finds every `**`), and hints sharing a first word are tested only behind it
    (`NO ` before `NO SALES`, `NO RESALES` ...) -> ((hint or shared head, its hints or ()), ...)."""
    hints = _desk_tags()[1]
    kept = [h for h in hints if not any(o != h and o in h for o in hints)]
    # tags printed only after the bracketed credit (`(AP Photo/Name, Pool) POOL PHOTO`): tested
    # behind one test for the bracket
    after = [h for h in kept if h in _bracket_hints()]
    groups: dict[str, list[str]] = {}
    for h in kept:
        if h not in after:
            groups.setdefault(h.split(" ", 1)[0] + " " if " " in h else h, []).append(h)
    if after:
        groups[")"] = after  # (one character: the cheapest test)
    global _DESK_GATE
    _DESK_GATE = tuple((head, tuple(hs)) if len(hs) > 1 else (hs[0], ()) for head, hs in groups.items())
    return _DESK_GATE


@functools.cache
def _bracket_hints() -> frozenset:
    """The hints of desk_tags.txt's tags marked `after)`: printed only after a bracketed credit."""
    return frozenset(_tag_hint(pat) for pat, meaning in (line.split("\t") for line in _data_lines("desk_tags.txt"))
                     if meaning == "after)")


def _has_desk_hint(end: str, gate: tuple) -> bool:
    """_has_hint over _desk_hint_gate's groups: the same answer with fewer `in` tests."""
    for head, more in gate:
        if head in end:
            if not more:
                return True
            for h in more:
                if h in end:
                    return True
    return False


def _has_hint(end: str, hints: tuple[str, ...]) -> bool:
    # a few `in` tests cost far less than one regex alternation tried at every position
    for h in hints:
        if h in end:
            return True
    return False


def _bracket_tail(text: str) -> tuple[int, str, bool] | None:
    """A final `( ... )` (or an unclosed final `(`) that reads as a credit -> (start, content, unbalanced)."""
    t = text.rstrip(" .")
    if t.endswith(")"):
        # The `(` whose group closes at the end: the last one with as many `(` as `)` after it.
        i = t.rfind("(")
        if i == -1:
            return None
        inner = t[i + 1: -1]
        # the last `(` closes at the end unless a stray `)` stands between them
        if ")" in inner:
            while i != -1 and t.count("(", i) != t.count(")", i):
                i = t.rfind("(", 0, i)
            if i == -1:
                return None
            inner = t[i + 1: -1]
        content = inner.strip()
        if content[:1] == "(" and content[-1:] == ")" and content.count("(") == 1:
            content = content[1:-1].strip()  # doubled brackets: `((Name/Associated Press))`
        # _is_credit_content's first `True` (a short text with `/`), inline: the commonest credit
        if "/" in content and len(content) <= 200 and content.count(" ") <= 18 and _HAS_LETTER.search(content) is not None \
                or _is_credit_content(content):
            return i, content, False
        return None
    # Unclosed: `... (AP Photo/Name` at the end.
    i = t.rfind("(", max(0, len(t) - 160))
    if i >= 0 and ")" not in t[i:]:
        content = t[i + 1:].strip()
        if _is_credit_content(content) and (_VIA.search(content) or "/" in content or _LABEL.match(content)):
            return i, content, True
    return None


# Lower-case words a body's name may hold: `Joint Staff Office of the Defense Ministry of Japan`.
_ORG_GLUE = frozenset(("of", "the", "and", "for", "de", "du", "la", "&"))


def _bare_org_tail(text: str) -> tuple[int, str, bool] | None:
    """A final bracket holding only a body's name: `(Joint Staff Office of the Defense Ministry of
    Japan)`, or after a description that says the picture was handed out, any capitalised name:
    `in this undated handout photo. (Waymo)`. -> (start, content, False), like _bracket_tail."""
    i = text.rfind("(", max(0, len(text) - 120))
    if i < 2 or not text.endswith((". ", "."), 0, i):
        return None  # the bracket must follow the caption's last sentence
    content = text[i + 1:-1].strip()
    words = content.split()
    if not 1 <= len(words) <= 12 or len(content) < 3 or "(" in content or ")" in content:
        return None
    for w in words:
        if not (w[:1].isupper() or w in _ORG_GLUE) or w[:1].isdigit():
            return None
    if len(words) == 1 and "." in content and _WEB_ADDRESS.fullmatch(content):
        return i, content, False  # a news site's address: `... for gold. (SINA.COM)`
    mark = _credit_words().get(_raw_key(content))
    if mark == "handout":
        return i, content, False  # the Gulf papers' `... in Jeddah. (Supplied)`: a handout word alone is the credit
    if mark is not None:
        return None  # `(File)`, `(Pool)`: a mark, handled elsewhere
    if _org_kind(content) != "unknown" or _handout_hint(text[:i].lower()):
        return i, content, False  # (a person's name alone there: _bare_byline_bracket)
    return None


# A whole word of a person's name: `Arimoto`, `McDermid`, `O'Connor`, `Cohen-Magen`.
_BYLINE_WORD = re.compile(r"(?:Mc|Mac|[OD]['\u2019])?[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F]+"
                          r"(?:-[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF\u0100-\u017F]+)*")
# A name's other parts: an initial (`Toni L. Sandys`, `Jeff J Mitchell`, `B.K. Bangash`), a suffix
# (`George Walker IV`).
_BYLINE_PART = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]|Jr\.|Sr\.|II|III|IV")


def _byline_shape(words: list[str]) -> bool:
    """`... on Aug. 23. (Emiko Arimoto)`, `(Toni L. Sandys)`, `(Patricia de Melo Moreira)`,
    `(B.K. Bangash)`: two to four name-shaped words alone in the final bracket (a paper's
    photographer, no agency named), at least two of them whole (not initials, a suffix or a
    particle; one after initials) and a particle only inside; not a role, a place or a venue."""
    if not 2 <= len(words) <= 4:
        return False
    whole = []
    last = len(words) - 1
    for i, w in enumerate(words):
        if _BYLINE_WORD.fullmatch(w):
            whole.append(w)
        elif not (_BYLINE_PART.fullmatch(w) or 0 < i < last and _lower_name_part(w)):
            return False
    if len(whole) < 2 and not (len(whole) == 1 and whole[0] == words[last] and "." in words[0]):
        return False
    from .people import _vocab  # the people step owns the role table, places the place tables
    from .places import _is_venue_name, _place_kind
    v = _vocab()
    if any(w.casefold() in v["roles"] or w.casefold() in v["not_name"] or w.casefold() in v["place_nouns"]
           for w in whole):
        return False
    name = " ".join(words)
    return not _is_venue_name(name) and not _place_kind(name)


_DATE_BEFORE_BRACKET = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|(?:19|20)\d\d) $")


def _bare_byline_bracket(text: str) -> tuple[int, str, bool] | None:
    """Philippine, Japanese and other papers' bare byline: `... through JICA. (Arnold Quizol)`,
    `... on Aug. 23. (EMIKO ARIMOTO)`, a final bracket after the caption's last sentence (or a
    date's day with no stop, the name in capitals) holding only a person's name (two or three words, normal case or capitals), no party -> (start,
    content, False), like _bracket_tail."""
    i = text.rfind("(", max(0, len(text) - 60))
    if i < 2:
        return None
    content = text[i + 1:-1].strip()
    if not text.endswith((". ", "."), 0, i) and not (text[i - 2:i - 1].isdigit() and content.isupper()
                                                     and _DATE_BEFORE_BRACKET.search(text, max(0, i - 16), i)):
        return None  # (China Daily's `... in Nairobi on September 21 (NAME SURNAME)`: the date ends the caption)
    return (i, content, False) if _bare_byline(content) else None


def _bare_byline(content: str) -> bool:
    """A person's name alone (two to four words, normal case or capitals) that is no place."""
    words = content.split()
    if not 2 <= len(words) <= 4:
        return False
    if content.isupper():
        words = normal_case(content).split()
    if not _byline_shape(words) or not _is_name_like(content):
        return False
    from .places import place_named  # a bracketed place (`(Hong Kong)`) is no byline
    return not place_named(content)


def _square_tail(text: str) -> tuple[int, str] | None:
    """China Daily's and others' credit in square brackets at the end: `[Xinhua]`,
    `[Photo/IC]`, `[Photo by Name/For China Daily]` -> (start, content), or None."""
    i = text.rfind("[", max(0, len(text) - 120))
    if i == -1 or "]" in text[i:-1]:
        return None
    content = text[i + 1:-1].strip()
    if not content or len(content) > 100 or content.count(" ") > 10:
        return None
    if "/" in content or _lookup(content) is not None or _LABEL.match(content) or _PROVIDED_TO.match(content):
        return i, content
    if " | " in content and content[:content.find(" | ")].casefold() in _semicolon_labels():
        return i, content  # Kenya's `[PHOTO | NAME]`: a one-word label and a bar
    # `[Name - Anadolu Agency]`, `[NAME | Times]`, `[Photo courtesy of Name via AP]`
    if _agency_after_separator(content) or (("ourte" in content or "rovided" in content) and _COURTESY.match(content)):
        return i, content
    if ", " in content and _name_comma_agency(content):  # Kenya's `[Name, Standard]`
        return i, content
    if " via " in content and _lookup(content.rsplit(" via ", 1)[1]) is not None:
        return i, content  # `[image via AP]`, `[Photo via Getty]`: the party after the last `via` a known one
    if " " not in content and text[:i].rstrip().rstrip("\"'\u201d")[-1:] in (".", "!", "?") \
            and _bare_source_word(content):
        return i, content  # `... in Shanghai. [eastday.com]`, Kenya's `... 2025. [PSC]`
    # Kathimerini's bare byline after the last sentence: `... gracing a fountain. [Name Surname]`
    if text.endswith((". ", "."), 0, i) and _bare_byline(content):
        return i, content
    return None


def _bare_source_word(content: str) -> bool:
    """One word alone in the caption's final bracket that names its source: a news site's
    address (`eastday.com`, `SINA.COM`) or, after the last sentence, an office's initials in
    capitals (Kenya's presidential desk's `PSC`); not a credit mark (`FILE`, `POOL`)."""
    if "." in content:
        return _WEB_ADDRESS.fullmatch(content) is not None
    return 2 <= len(content) <= 6 and content.isalpha() and content.isupper() and _raw_key(content) not in _credit_words()


_AGENCY_SEPARATOR = re.compile(r"\s+(?:--|[-–—|]|for)\s+", re.I)  # `--`: the Washington Post's dash


def _agency_after_separator(content: str) -> bool:
    """`Cem Ozdel - Anadolu Agency`, `Name for The New York Times`: a known agency after the last
    ` - ` or ` for `, a short name before it."""
    if " - " not in content and " for " not in content and "–" not in content and "—" not in content \
            and " | " not in content and " -- " not in content:
        return False
    parts = _AGENCY_SEPARATOR.split(content)
    return len(parts) >= 2 and len(parts[-2].split()) <= 5 and _agency_or_paper(parts[-1])


_FILE_MARK_END = re.compile(r"\s+(?:File|FILE|Files|archive|Archive)$")


def _agency_or_paper(party: str) -> bool:
    """A known agency, or an unknown newspaper's name (`Juneau Empire`, `Juneau Empire File`:
    a trailing file mark allowed)."""
    return _lookup(party) is not None or _news_party(_FILE_MARK_END.sub("", party))


def _is_credit_content(content: str) -> bool:
    if not content or len(content) > 200:
        return False
    # `(L-R)`, `(2nd R)` or a sentence in brackets is no credit.
    short = content.count(" ") <= 18
    if "/" in content and short:  # the commonest credit mark: no table lookup needed
        return _HAS_LETTER.search(content) is not None  # (`(6/6)`, `(17/6/2024)`: a day and month, no party)
    if _lookup(content) is not None:
        return True
    if content[:7] in _CAMERA_LABELS:
        return _camera_operator(content[7:].strip())  # `(Camera: SANTIAGO GUERRA)`, never `(Camera: Canon)`
    if ": " in content and (_agency_colon_name(content) is not None  # `(Reuters: Eric Gaillard)`
                            or " : " in content and _name_colon_agency(content) is not None):  # `(Name : Reuters)`
        return True
    if "staff" in content and content[:3].lower() == "by " and _STAFF_JOB.search(content):
        return True  # `(by Name, staff photographer)`
    if ":" in content or " for " in content:  # `(Image: Reuters)`, `(Getty Images for Tribeca Festival)`
        rest = _strip_labels(content)[0] if ":" in content else content
        rest = _FOR_CLIENT.sub("", rest) if " for " in rest else rest
        if rest is not content and _lookup(rest) is not None:
            return True
    if _staff_job_word(content) and _staff_byline(content) is not None:
        return True  # `(Daily Courier photographer Jane Roe)`: the outlet's byline
    if "|" in content and content[:1] in "\u00a9(" and _copyright_bar_credit(content) is not None:
        return True  # `(\u00a9Agency | Name)`
    if content[:1] == "\u00a9" and _copyright_byline(content):
        return True  # `(\u00a9Name ALL RIGHTS RESERVED)`: a photographer's own copyright
    if " \u00a9" in content and short:
        # `(Jane Roe \u00a9 AFP)`: the sign set apart between the photographer and the holder, as a slash
        name, _, holder = content.partition(" \u00a9")
        if _plain_name_words(name.split()) and _lookup(holder.strip()) is not None:
            return True
    f = _FILE_MARK_END.search(content) if content[-1:] in "eEsS" else None
    if f is not None and _lookup(content[:f.start()]) is not None:
        return True  # `(HT File)`, `(AP File)`: an agency's own archive picture
    if content[:3] == "Pic" and _bare_label_name(content) is not None:
        return True  # `(Pic Adriana Groisman Clarin)`: the label and the byline, no mark between
    if "/" not in content and not _CREDITISH.search(content):  # `/` is the commonest mark
        return (_agency_after_separator(content) or _name_comma_agency(content)
                or "-" in content and _agency_hyphen_lead(content) is not None)
    return short


_CAMERA_LABELS = frozenset(("Camera:", "CAMERA:", "camera:"))


def _camera_operator(name: str) -> bool:
    """A camera operator's byline after `Camera:`: two to four words of a person's name, in
    capitals or opening with a common given name; a camera's make and model (`Canon EOS R5`,
    `Sony Alpha`) is not one."""
    words = name.split()
    if not _person_name_run(words):
        return False
    return all(w.isupper() for w in words) or words[0].casefold() in _given_names()


def _copyright_byline(content: str) -> bool:
    """`\u00a9 Name`, `\u00a9Name All rights reserved`: the sign, then a name (or a known party) alone."""
    rest = (_cut_rights(content) or content)[1:].strip(" .,")
    if not 0 < len(rest.split()) <= 5 or not rest[:1].isupper():
        return False
    if _lookup(rest) is not None or _is_name_like(rest):
        return True
    its = _classify(rest, person_slot=True)  # (`Robert vanWaarden`: a particle glued to the surname)
    return len(its) == 1 and its[0].role == "person"



# `AAP-AP-Name`: agencies joined to the photographer by hyphens, as a slash would join them.
_AGENCY_HYPHEN_LEAD = re.compile(r"([A-Z]{2,6})-(?:([A-Z]{2,6})-)?(?=[A-Z][a-z.])")


def _agency_hyphen_lead(part: str) -> list[str] | None:
    """`AAP-AP-Aaron Favila` -> [`AAP`, `AP`, `Aaron Favila`] when each capitals word is a known
    agency and a name follows; else None."""
    m = _AGENCY_HYPHEN_LEAD.match(part)
    if m is None:
        return None
    heads = [g for g in m.groups() if g]
    rest = part[m.end():]
    if not all(_lookup(h) is not None for h in heads) or not _is_name_like(rest):
        return None
    return heads + [rest]


def _name_comma_agency(content: str) -> bool:
    """`Helen H. Richardson, The Denver Post`: a short capitalised name, a comma, a known agency."""
    if ", " not in content:
        return False
    name, _, org = content.rpartition(", ")
    words = name.split()
    if org[:1] in "Ss":  # `Name, Special to The Denver Post`
        lead = _CONTRIBUTOR_LEAD.match(org)
        org = org[lead.end():] if lead else org
    # a particle may stand inside the name (`Salvatore di Nolfi, Star Tribune`)
    return (1 <= len(words) <= 4 and all(w[:1].isupper() or _lower_name_part(w) for w in words)
            and _agency_or_paper(org))


_LABEL_GROUPS: tuple = ()  # filled by _label_groups on first use (a global read costs less than a call)


def _label_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The tail labels of credit_tail_labels.txt grouped under their first word: a caption
    without the word skips the group (`in` costs less than a search)."""
    groups: dict[str, list[str]] = {}
    for line in _data_lines("credit_tail_labels.txt"):
        label = " ".join(line.casefold().split())
        if label.rsplit(None, 1)[-1] in ("by", "of", "courtesy", "from"):  # a word must follow
            label += " "
        groups.setdefault(re.split(r"[\s:]", label, 1)[0], []).append(label)
    # a word holding another (`photographer`, `photo`) joins the shorter one's group: fewer tests
    for w in sorted(groups, key=len, reverse=True):
        shorter = [o for o in groups if o != w and o in w]
        if shorter:
            groups[min(shorter, key=len)].extend(groups.pop(w))
    global _LABEL_GROUPS
    _LABEL_GROUPS = tuple((w, tuple(ls)) for w, ls in groups.items())
    return _LABEL_GROUPS



def _agency_before(text: str, slash: int) -> int | None:
    """Start of a known agency written just before `/` (`REUTERS/`, `AFP PHOTO /`, `THE CANADIAN PRESS/`)."""
    lo = slash - 60 if slash > 60 else 0
    if text[slash - 1: slash] != " ":  # the word just before `/`, tested before splitting off four
        last = text[text.rfind(" ", lo, slash) + 1 or lo: slash]
        if last.isprintable() and last and not _may_end_agency(last):  # printable: no other space in it
            tail = last.rpartition(".")[2]
            glued = last[-len(tail) - 2:-len(tail) - 1]
            if tail and tail != last and (glued.isdigit() or glued.islower()) and tail.isupper() \
                    and _lookup(tail) is not None:
                # `May 21, 2009.REUTERS/Name`, `... in recession.REUTERS/Name`: the agency glued to the sentence's end
                return slash - len(tail)
            return None
    words = text[lo:slash].rsplit(None, 4)[-4:]  # the last four words are enough
    if not words or not _may_end_agency(words[-1]):
        return None
    if len(words) > 1 and "/" in text[slash - 60 if slash > 60 else 0:slash]:
        words = _after_last_slash(words)  # `Name/Tampa Bay Times/TNS`: the name ends at `/`
    if len(words) > 1 and "\u2014" in text[lo:slash]:
        words = _after_last_slash(words, "\u2014")  # Time's `Name\u2014Corbis News/Getty Images`
    k = _longest_agency(words)
    if k is not None and k > 1 and not words[-k].strip(".,;:!?"):
        k -= 1  # `... 2012 . REUTERS/Name`: a full stop set apart is no word of the agency
    return None if k is None else slash - _back(text, slash, words[-k:])


def _after_last_slash(words: list[str], mark: str = "/") -> list[str]:
    """The words after the last `/` (or other `mark`) among `words` (the part of a glued word after it first)."""
    for i in range(len(words) - 1, 0, -1):
        if mark in words[i - 1]:
            head = words[i - 1].rsplit(mark, 1)[1]
            return ([head] if head else []) + words[i:]
    return words


def _longest_agency(words: list[str]) -> int | None:
    """How many of the last `words` make the longest known agency (None: none do). Only runs
    whose first word may open an agency name are looked up."""
    for k in range(len(words), 1, -1):
        if _may_start_agency(words[-k]) and _lookup(" ".join(words[-k:])) is not None:
            return k
    return 1 if _lookup(words[-1]) is not None else None


@functools.cache
def _agency_last_words() -> frozenset:
    """The last word of every agency key (`press` of `the canadian press`)."""
    return frozenset(k.rsplit(None, 1)[-1] for k in _agencies() if k.strip())


@functools.cache
def _agency_first_words() -> frozenset:
    """The first word of every agency key (`canadian` of `the canadian press`)."""
    return frozenset(k.split(None, 1)[0] for k in _agencies() if k.strip())


_KEY_STRIP = " .,;:-"          # what _key strips from both ends
_KEY_PHOTO_ENDS = ("photo", "photos", "picture", "pictures", "images", "foto", " pic", " pics")  # what _key may cut


_MAY_END: dict = {}    # printed word -> _may_end_agency's answer (bounded, like _LOOKUPS)
_MAY_START: dict = {}  # printed word -> _may_start_agency's answer


def _may_end_agency(word: str) -> bool:
    """False when no name ending in the printed `word` can be a known agency: a cheap exact
    test before the table lookups (it follows _key; odd words are let through)."""
    memo = _MAY_END  # (a plain dict read: see _lookup)
    known = memo.get(word)
    if known is None:
        known = _remember(memo, word, _may_end_agency_read(word))
    return known


def _may_end_agency_read(word: str) -> bool:
    if not word.isascii():
        return True
    t = word.lower().rstrip(_KEY_STRIP)
    if not t or t.endswith(_KEY_PHOTO_ENDS):
        return True
    last = _agency_last_words()
    if t[-4:] == ".com":  # a paper's site (_paper_site): its bare name ends an agency key
        return t in last or t[:-4] in last or t[:-4].replace("-", "") in _glued_mastheads()
    # (a country may end an aid body's or a paper's country office: `UNICEF Kenya`, `GPJ Nepal`, _country_office)
    return t in last or t.lstrip(_KEY_STRIP) in last or t in _country_names()


def _may_start_agency(word: str) -> bool:
    """False when no name of two words or more opening with the printed `word` can be a known
    agency (the mirror of _may_end_agency: _key strips the front and a leading `the`)."""
    memo = _MAY_START
    known = memo.get(word)
    if known is None:
        known = _remember(memo, word, _may_start_agency_read(word))
    return known


def _may_start_agency_read(word: str) -> bool:
    if not word.isascii():
        return True
    t = word.lower().lstrip(_KEY_STRIP)
    return not t or t == "the" or t == "sunday" or t in _agency_first_words()  # (`Sunday Times`: _sunday_edition)


def _back(text: str, slash: int, words: list[str]) -> int:
    """How far back from `slash` the given last words start."""
    i = slash
    for w in reversed(words):
        i = text.rfind(w, 0, i)
    return slash - i


_BOUNDARY_ENDS = ".!?;:'\"’”"


def _is_boundary_token(tok: str) -> bool:
    """A token that ends the description: `2023.`, `Berlin.`, `podium` (lower case)."""
    if tok[-1] not in _BOUNDARY_ENDS or not _SENTENCE_END.search(tok):
        return False
    core = tok.rstrip(".!?;:'\"’”")
    if not core:
        return True
    if core.isdigit() or core.islower() or _score(core):
        return True
    if core[-1] == ")":  # `... with Uma Bharti (R).`: a bracket closed, then the full stop
        return True
    if tok[-1] in "\"”" and tok[-2:-1] in ".!?" and len(core) >= 2 and core.isalpha() \
            and _SUFFIX.match(core) is None:
        return True  # `... from "Dune: Part Two."`: a quoted title's full stop ends the sentence
    if "." not in core and (len(core) >= 4 or core == "May"):  # (`since May.`: a month, not an abbreviation)
        return True
    # `... in Washington DC. Name/Getty Images`, `... on Christmas Day. Name/Reuters`, `... for NATO.`
    return _short_end(core)


def _past_town_stop(text: str, s: int, last: int) -> int | None:
    """`... on the beach at Hel. Name/Agency`: the run from `s` opens with a capitalised word of
    two or three letters and a full stop after a place's preposition (the caller's check): a short
    town's name ending the sentence, though the place tables may not know it (a listed
    abbreviation, `in St.`, `with Gen.`, is not) -> the start of the name after it; None otherwise."""
    sp = text.find(" ", s, last)
    if sp == -1 or text[sp - 1] != ".":
        return None
    core = text[s:sp - 1]
    if not (2 <= len(core) <= 3 and core[0].isupper() and core[1:].isalpha() and core[1:].islower()) \
            or core in _NAME_ABBREVIATIONS:
        return None
    return sp + 1 if text[sp + 1:sp + 2].isupper() else None


def _short_end(core: str) -> bool:
    """A word of one to three letters (no stop inside) that ends a sentence: a listed word, an
    acronym in capitals, or a town or country the place tables know (`... in Rio. Name/AGIF`,
    `... in Qom. Name/WANA`); an abbreviation (`Col.`, `Gen.`) never."""
    return core in _SHORT_ENDS or _capitals_end(core) or _short_place_end(core)


def _short_place_end(core: str) -> bool:
    if not (len(core) >= 2 and core[0].isupper() and core[1:].islower()) or core in _NAME_ABBREVIATIONS:
        return False
    from .places import _place_kind  # the places step owns the town tables
    return _place_kind(core) is not None


# Short words that end a sentence (short_sentence_ends.txt); its dotted codes (`U.S.`) apart, as
# printed: they end one only before a person's name. Two or three capitals (`DC`, `UK`, `NFL`)
# need no table: _capitals_end.
_SHORT_WORDS = tuple(l.strip() for l in _data_lines("short_sentence_ends.txt"))
_SHORT_ENDS = frozenset(w for w in _SHORT_WORDS if "." not in w)
_DOTTED_ENDS = frozenset(w for w in _SHORT_WORDS if "." in w)


# Abbreviations printed with a stop (`St.`, `Sgt.`, `Jr.`), in capitals: `ST.`, `SGT.`, `JR.`
_NAME_ABBREVIATIONS = frozenset(l.strip() for l in _data_lines("name_abbreviations.txt"))
_CAPITAL_ABBREVIATIONS = frozenset(w.upper() for w in _NAME_ABBREVIATIONS)


def _capitals_end(core: str) -> bool:
    """A body's or a league's acronym of two or three capitals (`AU`, `WFP`, `MAX`) before a stop
    ends the sentence; an abbreviation printed in capitals (`ST.`, `SGT.`) does not, nor one
    letter (an initial)."""
    return 2 <= len(core) <= 3 and core.isupper() and core.isalpha() and core.isascii() \
        and core not in _CAPITAL_ABBREVIATIONS


def _score(core: str) -> bool:
    """`4-3`, `104-96`: a game's score (digits on both sides of one hyphen or dash)."""
    for dash in ("-", "\u2013"):
        a, sep, b = core.partition(dash)
        if sep:
            return a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 3
    return False


def _run_start(text: str, end: int) -> int:
    """Start of the run of credit-like words that ends at `end` (for `X/Handout via REUTERS`)."""
    start = end
    connectors = {"of", "the", "and", "de", "du", "des", "la", "le", "van", "von", "for", "&", "-", "/", "|", "der", "del", "di", "da",
                  "j.g."}  # the one lower-case rank word (`Lt. j.g. Name/U.S. Navy`)
    news, handout = _org_words()
    lo = max(0, end - 200)
    for tok in reversed(text[lo:end].split()):
        if _is_boundary_token(tok) or tok.endswith(","):
            break
        bare = tok.strip("()\"'")
        # Organisation words count in lower case too: `Press service of the ... /Handout via`.
        if (bare[:1].isupper() or bare[:1].isdigit() or bare.casefold() in connectors or "/" in bare
                or bare.casefold() in news or bare.casefold() in handout
                or (start == end and bare[:1].islower() and _lookup(bare) is not None)  # `cnsphoto via REUTERS`
                or (start == end and bare == "handout")  # `... Press Service handout via Reuters`
                or (start < end and bare in _person_particles()) or ("-" in bare and _ARTICLE_JOINED.match(bare) is not None)):
            # (`Rolex dela Pena/AP`: a particle inside the name; `Essam al-Sudani/Reuters` may end it)
            start = text.rfind(tok, lo, start)  # the word just before: it holds no space
            continue
        break
    # Never start on a connector.
    while True:
        m = _CONNECTOR.match(text, start, end)
        if not m or text[start:start + 4].lower() == "the " and _lookup(text[start:end].split("/")[0].split(" via")[0]):
            break
        start = m.end()
    return start


def _doubled_name_tail(text: str) -> int | None:
    """AP's archive pages print the photographer, a comma, then the credit that names them again:
    `... 2019. Chris Pizzello, Chris Pizzello/Invision/AP`. Start of the name's first copy."""
    c = text.rfind(", ", max(0, len(text) - 70))
    slash = text.find("/", c)
    name = text[c + 2:slash]
    p = c - len(name)
    if slash == -1 or not 3 < len(name) < 40 or p < 2 or text[p:c] != name or not _after_sentence_end(text, p):
        return None
    return p if _is_name_like(name) else None


def _glued_label(text: str, i: int, label: str | None = None) -> bool:
    """The Guardian's `... 6-4Photograph: Tom Jenkins`, `... in LondonPhotograph: Name`: a
    capitalised colon label (credit_tail_labels.txt) glued to the caption's last word still
    opens the credit."""
    if not (text[i].isupper() and (text[i - 1].isdigit() or text[i - 1].islower())):
        return False
    if label is not None:
        return label[-1:] == ":"
    return text[i:i + 16].lower().startswith(_colon_labels())


@functools.cache
def _colon_labels() -> tuple:
    """The tail labels that end in a colon (`photograph:`, `photo:`, `credit:`)."""
    return tuple(lb for _, labels in _label_groups() for lb in labels if lb[-1:] == ":")


_LEAD_PICTURE_LABEL = re.compile(r"(?:Image|Picture|Pic|Photo)s?\s*:\s*(?=[A-Z])", re.I)
_FOR_WORDS = frozenset((" for ", " FOR ", " For "))


def _plain_tail(text: str) -> int | None:
    """Start of an unbracketed credit at the end of `text`, or None."""
    window_start = max(0, len(text) - 220)
    if text[-6:] in _OFFICE_PHOTO_ENDS or text[-7:] in _OFFICE_PHOTO_ENDS:
        m = _OFFICE_PHOTO_TAIL.search(text, max(0, len(text) - 80))
        if m is not None and _office_photo_party(m.group(0)) is not None:
            return m.start()  # `... Iloilo. DINGLE PNP PHOTO`
    if " PHOTO " in text[-90:]:
        s = _label_no_slash_tail(text)
        if s is not None:
            return s
    elif " Photo " in text[-60:]:
        s = _initials_photo_tail(text)
        if s is not None:
            return s
    if text.find("/", max(0, len(text) - 50)) != -1 and text.find(", ", max(0, len(text) - 70)) != -1:
        d = _doubled_name_tail(text)  # `... Awards. Matt Sayles, Matt Sayles/Invision/AP`
        if d is not None:
            return d
    candidates = []
    # Agency first: `REUTERS/Name`, `EPA-EFE/NAME`, `AFP PHOTO / NAME`, `Sputnik/Name/Pool via REUTERS`
    slash = text.find("/", window_start)
    while slash != -1:
        s = _agency_before(text, slash)
        if s is not None and (s == 0 or not text[s - 1].isalnum()) \
                and (slash - s > 2 or text[s:slash].isupper()):  # `Kim Jong Un/Getty Images`: a name's `Un`, not the UN
            candidates.append(s)
        slash = text.find("/", slash + 1)
    # `... 2023. REUTERS/Name`: the earliest clean tail wins, and none can start before a
    # sentence end, so an agency just after one needs no other finder.
    if candidates:
        s = min(candidates)
        if text[s - 5:s] in _FOR_WORDS:
            ns = _run_start(text, s - 5)  # `... 2023. MATTHEW ABBOTT FOR NATIONAL GEOGRAPHIC/PANOS PICTURES`:
            if ns < s - 5 and _person_name_run(text[ns:s - 5].split()) and _after_sentence_end(text, ns):
                s = ns  # the photographer, then the client the picture was made for
        if _after_sentence_end(text, s) and _clean_tail(text[s:]):
            return _with_label_before(text, s)
        if text[s - 2:s] == ", ":  # USA Today's `... 2017. JIM WATSON, AFP/Getty Images`: the name, a comma
            ns = _name_before_separator(text, s)
            if ns is not None:
                candidates.append(ns)
        # (an anchor glued by `/` never stands after a sentence end: moved only here)
        candidates = [_glued_start(text, c) for c in candidates]
    low = text.lower()
    # `X/Handout via REUTERS`, `Yonhap via REUTERS`: a supplier run before the last `via`
    if "via " in low:  # both forms below hold it: most captions skip the searches
        v = low.rfind(" via ", window_start)
        if v == -1:
            v = low.rfind("/via ", window_start)  # `Social media/via REUTERS`
        supplier = text[v + 5:].split("/")[0] if v != -1 else ""
        if "\u2014" in supplier:  # NYT: `Name/DPA, via Agence France-Presse \u2014 Getty Images`
            supplier = supplier.split("\u2014", 1)[0].rstrip()
        if v != -1 and (_lookup(supplier) is not None or " " in supplier and _agency_then_name(supplier) is not None):
            if text[v - 1:v] == ",":  # NYT: `Name/EPA, via Shutterstock`, `Name/Bloomberg, via Getty Images`
                cs = _run_start(text, v - 1)
                if cs < v - 1 and "/" in text[cs:v] and _after_boundary(text, cs):
                    candidates.append(cs)
            vs = _via_supplier_start(text, v + 1)
            if text[vs - 3:vs] == " | ":  # CNBC's `... 2024. Name | AFP via Getty Images`: the name before the bar
                ns = _run_start(text, vs - 3)
                if _plain_name_words(text[ns:vs - 3].split()) and _after_boundary(text, ns):
                    vs = ns
            candidates.append(vs)
    # Labels: `Photo by Name/UPI`, `Photo: Name/dpa`, `Mandatory Credit: ...`, `Official X Photo by`
    for word, labels in _LABEL_GROUPS or _label_groups():
        if word in low:
            for label in labels:
                if label in low:  # `in` costs less than rfind: most labels are absent
                    i = low.rfind(label, window_start)
                    if i != -1 and (i == 0 or not text[i - 1].isalnum() or _glued_label(text, i, label)) \
                            and ("courtesy" not in label and "provided" not in label and label[-5:] != "from "
                                 or _names_only(text, i + len(label))
                                 and (label[-5:] != "from " or _after_boundary(text, i))):  # (`a photo from 1975 shows`)
                        if label == "courtesy of " and not _after_boundary(text, i):
                            if text[i - 1:i] == "/":  # `... lines. Phil Humnicky/Courtesy of Georgetown University`
                                cs = _run_start(text, i - 1)
                                if cs < i - 1 and len(text[cs:i - 1].split()) <= 4 and _after_boundary(text, cs):
                                    candidates.append(cs)
                            continue  # `..., courtesy of the museum, ...`: a phrase of the caption
                        if "provided" in label and low[max(0, i - 6):i].split()[-1:] in (["this"], ["a"], ["the"]):
                            continue  # `..., in this photo provided by the family.`: the caption's words
                        if label[-3:] == "by " and low[max(0, i - 6):i].split()[-1:] in (["this"], ["a"], ["the"]) \
                                and not _after_boundary(text, i):
                            continue  # `..., in this photo by Name taken on May 1.`: the caption's words (_photo_by_phrase)
                        if i == 0 and text.find(". ", 30) != -1:
                            continue  # `Photo: Thousands of people filled the square. Name/Notimex`: the
                            # label heads the description, a sentence follows it, the credit is after
                        candidates.append(_label_start(text, i))
    if len(candidates) > 1 and candidates.count(0) == 1 and _LEAD_PICTURE_LABEL.match(text) is not None:
        # `Image: Rekha and Jaya Photographs: Name`: the label opening the caption heads its
        # description; the later label opens the credit
        candidates.remove(0)
    # A bare agency after a sentence end: `... 2023. REUTERS`
    words = text[window_start:].rsplit(None, 4)[-4:]  # the last four words are enough
    k = None
    if words and _may_end_agency(words[-1]):
        k = _longest_agency(words)
        if k is not None and k > 1 and words[-k] == ":":
            k -= 1  # `... announced. photo : AFP`: a label's spaced colon, not the agency's
        if k is not None:
            s = len(text) - _back(text, len(text), words[-k:])
            prev = text[:s].rsplit(None, 1)
            if not prev or _is_boundary_token(prev[-1]):
                candidates.append(s)
            elif prev[-1][-1:] == "." and _PLACE_ABBREVIATION.fullmatch(prev[-1]) and prev[0].endswith(","):
                candidates.append(s)  # `... in Omaha, Neb. ASSOCIATED PRESS`: the place's abbreviation ends the sentence
            elif prev[-1] == "/" and _after_boundary(text, len(prev[0])):
                candidates.append(s)  # AFP's `... democracies. / AFP PHOTO`: a slash set before the agency
            elif prev[-1][-1:] == ")" and _aside_after_boundary(text, s):
                candidates.append(s)  # China Daily's `... Games. (Story on P4) Xinhua`: an aside of its own, then the agency
            elif prev[0][-1:] == "," and _credit_words().get(_raw_key(prev[-1])) == "file":
                ns = _comma_name_before(text, s)  # AP's reprinted `... in Hamburg. Name, File AP Photo`
                if ns is not None:
                    candidates.append(ns)
            else:  # `... 2025. Cem Ozdel - Anadolu Agency`, `... Name for The New York Times`
                ns = _name_before_separator(text, s)
                if ns is None and prev[-1] in _DASHES and "/" in text[s - 60 if s > 60 else 0:s]:
                    # NYT: `... Monday. Name/Agence France-Presse \u2014 Getty Images`
                    ns = _name_before_separator(text, text.rfind(prev[-1][0], 0, s))
                if ns is None and prev[-1] == "|" and prev[0][-1:].isalpha() and prev[0].rsplit(None, 1)[-1].islower():
                    ns = s  # `... canceled due to the pandemic | KUNA`: a bar sets the agency off the prose
                if ns is not None:
                    candidates.append(ns)
    if k is None and len(words) > 1 and words[-1].upper() in _ARCHIVE_MARK_WORDS and _may_end_agency(words[-2]):
        # `... on June 1, 1952. ST ARCHIVES`, `... 2009. Reuters File`: a bare agency and its archive mark
        ka = _longest_agency(words[:-1])
        if ka is not None:
            s = len(text) - _back(text, len(text), words[-ka - 1:])
            prev = text[:s].rsplit(None, 1)
            if not prev or _is_boundary_token(prev[-1]):
                candidates.append(s)
    if words and words[-1][:1].isupper() and ", " in text[-60:]:
        ns = _name_comma_paper_tail(text)  # `... in Iowa City. John Schultz, Quad-City Times`
        if ns is not None:
            candidates.append(ns)
    if k is None and words and ("-" in text[-60:] or "\u2014" in text[-60:]):
        # `... 2024. Jay Biggs-USA TODAY Sports`, `... 2011. Name\u2014Reuters`
        ns = _hyphen_glued_tail(text, words)
        if ns is not None:
            candidates.append(ns)
    # A bare `Name/Agency` after a sentence end: `... 2024. Dan Holloway/PA Wire`
    # (`... 2024. Sven Hoppe/dpa`: the agency's last word is the one after the slash; CNBC's
    # `Name | Reuters` uses a bar for the slash)
    end = len(text)
    if not candidates and text.endswith(_MARK_ENDS):  # `Name/AFP/Getty Images/File`
        m = _TRAILING_MARK.search(text, max(0, end - 14))
        end = m.start() if m else end
        if m and text[end] == "/":
            # `... in Washington. J. Scott Applewhite/Pool`: a photographer's name alone
            # after a sentence end, then the mark (no agency named)
            ns = _run_start(text, end)
            if ns < end and _plain_name_words(text[ns:end].split()) and _after_boundary(text, ns):
                candidates.append(ns)
    last = -1 if candidates else max(text.rfind("/", window_start, end), text.rfind(" | ", window_start, end))
    if last != -1 and " for " in text[last - 60 if last > 60 else 0:]:  # `/Getty Images for The Met Museum/Vogue`
        f = text.rfind(" for ", window_start)
        s2 = text.rfind("/", window_start, f) if f < last else -1
        if s2 != -1 and _bare_agency_after(text, s2, end) is not None:  # else `for` is the caption's
            last = s2
    named = _bare_agency_after(text, last, end) if last != -1 and end - last < 80 else None
    if named is not None:
        s = _run_start(text, last)
        run = s
        s = _after_glued_stop(text, s, last)
        score_glued = s > run and text[s - 1].isdigit()  # (`won 6-4Name/AP`: the score ends the prose)
        prev = text[:s].rsplit(None, 1)
        if prev and "." in prev[-1][:-2]:
            t0 = text.rfind(prev[-1], 0, s)
            g = _glued_sentence_end(text, t0, last)  # `... gun violence.JAMES DUGGAN / REUTERS`
            if g > t0:
                s = g
                prev = [text[t0:s]]  # (the glued full stop ends the sentence: "violence.")
        if prev and prev[-1] in _COPYRIGHT_MARKS and not score_glued:
            m0 = text.rfind(prev[-1], 0, s)  # `... 2023. (c) Name/Agency`: the sign opens the credit
            before = text[:m0].rsplit(None, 1)
            # a lower-case `(c)` set apart opens the credit after prose too (`... in Mathare (c)
            # Name/Agency`): a frame position is written `(C)`, so the lower-case sign is the notice
            if not before or _is_boundary_token(before[-1]):
                s, prev = m0, before
            elif prev[-1] == "(c)":
                s, prev = m0, None
        if prev and prev[-1][-1] == "," and not score_glued:
            ns = _comma_name_before(text, s)  # `... 2023. Umit Bektas, Cagla Gurdogan/Reuters`
            if ns is not None:
                s, prev = ns, None
        if prev and not score_glued and not _is_boundary_token(prev[-1]):
            cap = _caps_byline_after_prose(text, s, last, prev[-1])  # `... past month BERNAT ARMANGUE/AP`
            if cap is None:
                # `... in Washington, D.C. Name/Getty Images` (`St. Louis, Mo.Name/AP`: from the glued word)
                cap = _past_place_abbreviation(text, run if s > run and not score_glued else s, last)
                if cap is None and text[:s].rstrip().endswith(","):
                    cap = _past_place_name(text, s, last)  # `... in Tulsa, Oklahoma Jane Roe/AP`
                if cap is None and s < last and (text[s].isdigit() or _MONTH_WORD.match(text, s) is not None
                                                 or text.startswith(("de ", "del "), s)):
                    cap = _past_date_year(text, s, last)  # `... damaged. Dec. 11, 2021 Name/Courier Journal`
                if cap is None and ("Jr. " in text[s:last] or "Sr. " in text[s:last]):
                    cap = _past_name_suffix(text, s, last)  # `... Martin Luther King Jr. Name/AP`
                if cap is None and prev[-1][-1:].isalnum():
                    cap = _past_prose_given_name(text, s, last, prev[-1])  # `... in Hong Kong Tyrone Siu/Reuters`
                    if cap is None and text[last - 1:last + 2] == " / ":
                        cap = _past_prose_spaced_slash(text, s, last, prev[-1])  # `... with Donegal Jane Roe / INPHO`
                if cap is None and prev[-1] in _PLACE_PREPOSITIONS and "." in text[s:s + 5]:
                    cap = _past_town_stop(text, s, last)  # `... on the beach at Hel. Name/Agency`
            s = cap
        if s is not None and s < last and _run_word_count(text[s:last]) <= (
                4 if " and " not in text[s:last] and ", " not in text[s:last] else 7):
            candidates.append(s)  # a name or two (`Evan Vucci and Alex Brandon/AP`)
    if not candidates and last != -1 and named is None and text[last] == "/":
        ns = _org_then_name(text, last)
        if ns is None:
            ns = _name_then_org(text, last)
        if ns is not None:
            candidates.append(ns)
    for start in (candidates if len(candidates) < 2 else sorted(set(candidates))):
        if text[start:start + 1].isdigit():  # the prose's score ends: `won 6-4Kyodo/via REUTERS`
            start = _after_glued_score(text, start)
        if _clean_tail(text[start:]) and (start == 0 or not text[start - 1].isalnum() or _glued_label(text, start)
                                          or text[start - 1].isdigit() and _after_glued_score(
                                              text, text.rfind(" ", 0, start) + 1) == start) \
                and _names_only(text, start):  # `The new AP/NORC poll shows ...` is prose
            # Extend over `X via ` before an agency-first anchor (`Action Images via Reuters/Name`).
            before = text[start - 6 if start > 6 else 0:start]
            mv = _VIA_BEFORE.search(text, max(0, start - 6), start) if "v" in before or "V" in before else None
            if mv:
                start = _via_supplier_start(text, mv.start())
            return _with_label_before(text, start)
    return None


_COPYRIGHT_MARKS = frozenset(("(c)", "(C)", "\u00a9"))  # a copyright sign set apart before a byline


def _run_word_count(run: str) -> int:
    """Words of a byline run before its last slash, a spaced slash counted as a glued one (reposts
    space the first slash only: `... 2020. Jane Roe / The Daily Herald/The Associated Press`).
    A name's particles are not counted: a Spanish double surname is no longer a name for its `de la`
    (`... Madrid. MARIA DEL ROSARIO GARCIA DE LA TORRE/EFE`)."""
    words = run.replace(" / ", "/").split() if " / " in run else run.split()
    particles = _person_particles()
    return sum(1 for w in words if w.casefold() not in particles)


def _comma_name_before(text: str, s: int) -> int | None:
    """Start of a first photographer's plain name, then `, `, before the name at `s` (two
    photographers sharing one agency: `... 2023. Umit Bektas, Cagla Gurdogan/Reuters`), when a
    sentence end comes before it; else None."""
    comma = text.rfind(",", 0, s)
    ns = _run_start(text, comma)
    words = text[ns:comma].split()
    if 2 <= len(words) <= 3 and _plain_name_words(words) and _after_boundary(text, ns):
        return ns
    return None


def _org_then_name(text: str, slash: int) -> int | None:
    """`... interviewed by Oprah Winfrey. Harpo Productions/Joe Pugliese`: an organisation no
    table names (its last word an organisation's: org_words.tsv), a slash and a photographer's
    name end the text after a sentence end -> the organisation's start, else None."""
    if not _plain_name_words(text[slash + 1:].split()):
        return None
    s = _run_start(text, slash)
    words = text[s:slash].split()
    if not 1 <= len(words) <= 4 or not _after_boundary(text, s):
        return None
    news, handout = _org_words()
    last = words[-1].casefold()
    return s if last in handout or last in news else None


def _name_then_org(text: str, slash: int) -> int | None:
    """`... in Shanghai. Dana Lee/Patagonia`: a photographer's plain name after a sentence end, a
    slash, then one capitalised word no table names (a company, a small outlet) end the text ->
    the name's start, else None. (Two words after the slash may be a second name.)"""
    party = text[slash + 1:].rstrip(".")
    if not party[:1].isupper() or not party.replace("'", "").isalnum() and not _org_worded_party(party):
        return None
    s = _run_start(text, slash)
    if not _plain_name_words(text[s:slash].split()) or not _after_boundary(text, s):
        return None
    return s


def _org_worded_party(party: str) -> bool:
    """`Lagos State Government`, `Kenya Presidency`, `Harbour Daily News`: two to five capitalised
    words whose last is an organisation's (org_words.tsv): a body the tables do not name."""
    words = party.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and w.replace("'", "").isalpha() for w in words):
        return False
    news, handout = _org_words()
    last = words[-1].casefold()
    return last in handout or last in news


def _after_glued_stop(text: str, s: int, end: int) -> int:
    """`... May 17, 2021.Michele Tantussi | Reuters`: a sentence's full stop glued to the
    credit's first word (a scraped page's lost space) -> the start after the stop, else `s`.
    The stop may close a later word of the run when capitals before it joined the run (`... the
    U.S. Open.Ana Ruiz/AP`); a score or a year may be glued with no stop (`... won 6-4Kyodo/via
    REUTERS`)."""
    m = None
    for m in _GLUED_SCORE.finditer(text, s, end):  # (a short run: the last score glued in it)
        pass
    if m is not None:
        return m.end()
    dot = text.rfind(".", s, end)
    while dot > s:
        word = text.rfind(" ", s, dot) + 1
        if (word <= s or dot - word >= 3) and (text[dot - 1].islower() or text[dot - 1].isdigit()) \
                and text[dot + 1:dot + 2].isupper() and (text[dot + 2:dot + 3].islower() or _caps_run_after(text, dot, end)):
            return dot + 1  # (`St.Louis`, `Mr.Name`: two letters are an abbreviation's, not a sentence's)
        dot = text.rfind(".", s, dot)
    return s


def _caps_run_after(text: str, dot: int, end: int) -> bool:
    """A byline in capitals from just after `dot` to `end` (`... Sopot, Poland.PETER VOSS/ALAMY`)."""
    return _caps_byline_words(text[dot + 1:end].split())


# A score or a year glued to a capitalised word: `6-4Kyodo`, `7-6Name`, `2024Name`
_GLUED_SCORE = re.compile(r"(?<!\S)(?:\d+(?:[-\u2013:.,]\d+)+|\d{4})(?=[A-Z][a-z])")


def _after_glued_score(text: str, s: int) -> int:
    """The start after a score or a year glued to the credit's first word, else `s`."""
    m = _GLUED_SCORE.match(text, s)
    return m.end() if m else s


def _hyphen_glued_tail(text: str, words: list[str]) -> int | None:
    """`... 2024. Jay Biggs-USA TODAY Sports`: USA Today's and Imagn's `Name-Agency`, glued by a
    hyphen and printed without its `Mandatory Credit:` label -> the name's start, or None."""
    for j in range(len(words) - 1, -1, -1):
        head, dash, first = words[j].rpartition("\u2014" if "\u2014" in words[j] else "-")
        if not dash or not head or not first[:1].isupper():
            continue
        rest = [first, *words[j + 1:]]
        if _lookup(" ".join(rest)) is None:
            continue
        ns = _name_before_separator(text, len(text) - _back(text, len(text), rest) - 1)
        return ns
    return None


_MARK_ENDS = ("File", "Files", "File Photo", "Pool", " file", " FILE")
_DASHES = frozenset(("-", "--", "\u2013", "\u2014"))
# (`Name / Reuters file`: a space before `file`, the papers' archive mark after the agency)
_TRAILING_MARK = re.compile(r"(?:/|,\s*)(?:File(?: Photo)?|Files|Pool)$|(?<=\w) (?:[Ff]ile|FILE)$")


def _bare_agency_after(text: str, slash: int, end: int) -> str | None:
    """The known agency that ends `text[:end]` after `slash` (`/dpa`, ` | Reuters`, `/Getty Images
    for Client`: the client is not looked up), or None."""
    party = text[slash + 1:end].lstrip("| ")
    if " for " in party:  # `Name/Getty Images for TAS Rights Management`
        party = party[:party.index(" for ")]
    elif " FOR " in party:  # The Times' `NAME/GETTY IMAGES FOR WORLD OF WEARABLEART`
        party = party[:party.index(" FOR ")]
    if len(party) >= 50 or not party:
        return None
    last = party.rsplit(None, 1)[-1].rsplit("/", 1)[-1]
    if (_may_end_agency(last) or "-" in last or "\u2013" in party or "\u2014" in party or " - " in party) \
            and _lookup(party) is not None:
        return party  # (`/USA TODAY NETWORK - Wisconsin`: a regional desk, _regional_desk)
    lead = _CONTRIBUTOR_LEAD.match(party) if party[:1] in "SsFf" else None
    if lead and (_lookup(party[lead.end():]) is not None or _news_party(party[lead.end():])):
        return party  # `/Special to The Denver Post`, `/For China Daily`, `/Special to the News Sentinel`
    if last[:1] in "PpSs" and _raw_key(party) in _STAFF_MARKS:  # `... Tuesday. Brett Coomer / Staff photographer`
        return party
    return party if _news_party(party) else None


# A paper's own photographer, named with no paper: `Name / Staff photographer`, `Name | Staff`,
# `Name, Staff Photographer`.
_STAFF_MARKS = frozenset(("staff photographer", "staff photo", "contributing photographer", "freelance photographer",
                          "staff", "senior photographer", "chief photographer", "senior staff photographer"))


@functools.cache
def _newspaper_heads() -> frozenset:
    """newspaper_heads.tsv less the words marked ambiguous (surnames: `Li Sun`)."""
    return frozenset(l.strip().casefold() for l in _data_lines("newspaper_heads.tsv") if "\t" not in l)


@functools.cache
def masthead_words() -> frozenset:
    """Every last word of a newspaper's name: the news words of org_words.tsv and all of
    newspaper_heads.tsv, the ambiguous ones too. The people step reads it (`Seattle Times
    photographers X`), where a plural role must follow, so a surname there does no harm."""
    news, _ = _org_words()
    return news | frozenset(l.split("\t")[0].strip().casefold() for l in _data_lines("newspaper_heads.tsv"))


def _paper_name(text: str) -> bool:
    """`Tulsa World`, `Brattleboro Reformer`, `The Daily Progress`: two to five capitalised words
    (`of`, `the`, `and` between) whose last is a masthead word of newspaper_heads.tsv."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    last = words[-1].casefold()
    if last not in _newspaper_heads() and last.rsplit("-", 1)[-1] not in _newspaper_heads():
        if last in _country_heads():  # `Mitchell Republic`, not `Czech Republic`
            return _capitalised_party(words) and _casefold_the(text) not in _republic_countries()
        # `The Republic`, `The Record` (`THE RECORD` as agencies print it): a masthead word that
        # is also a surname or an everyday word names a paper when `The` is all that stands before it
        if text.isupper():
            words = [w.title() for w in words]
        return len(words) == 2 and words[0] == "The" and words[1] in _ambiguous_heads()
    return _capitalised_party(words)


def _capitalised_party(words: list[str]) -> bool:
    """Every word capitalised, bar the small words a masthead joins with (`of`, `the`, `and`)."""
    return all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words)


def _casefold_the(text: str) -> str:
    """The party casefolded, less a leading `The` (`The Czech Republic` -> `czech republic`)."""
    key = text.casefold()
    return key[4:] if key.startswith("the ") else key


@functools.cache
def _country_heads() -> frozenset:
    """newspaper_heads.tsv's words ambiguous only with country names, casefolded (`republic`)."""
    return frozenset(l.split("\t")[0].strip().casefold() for l in _data_lines("newspaper_heads.tsv")
                     if l.rstrip().endswith("\tcountry"))


@functools.cache
def _republic_countries() -> frozenset:
    """Every country's names and official names as ISO 3166 (pycountry) writes them, with
    country_aliases.tsv's, casefolded, less a leading `The` and read both ways round
    (`Korea, Republic of` -> `republic of korea`): the parties a country head must not be."""
    keys = set()
    for name in _country_texts("name", "official_name", "common_name"):
        head, _, tail = name.partition(", ")
        keys.add(_casefold_the(f"{tail} {head}" if tail else head))
    return frozenset(keys)


@functools.cache
def _ambiguous_heads() -> frozenset:
    """newspaper_heads.tsv's words marked ambiguous, as printed (`Sun`, `Record`, `Republic`)."""
    return frozenset(l.split("\t")[0].strip() for l in _data_lines("newspaper_heads.tsv") if "\t" in l)


def _news_party(party: str) -> bool:
    """An unknown newspaper's name ending a byline (`The Minnesota Star Tribune`,
    `American-Statesman`): up to five capitalised words, the last a news word."""
    if _paper_name(party):
        return True
    words = _org_tokens(party)
    if len(words) > 1 and words[-1] in ("Staff", "staff"):  # `Name/Globe Staff`
        words.pop()
    news, _ = _org_words()
    if not words or len(words) > 5 or words[-1].casefold() not in news:
        return False
    return all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words)


_PLACE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][a-z]{1,3}\.|[A-Z][a-z]{1,4}\.")  # D.C., W.Va., Calif.


def _past_place_abbreviation(text: str, s: int, end: int) -> int | None:
    """A byline run that opens with a place abbreviation ending the sentence (`D.C. Kevin
    Dietsch/`, `Calif. Name/`): the byline starts after it when a comma stands before it and
    two to four name words follow; None otherwise."""
    toks = text[s:end].split(None, 1)
    if len(toks) < 2 or toks[0].endswith(("Jr.", "Sr.", "St.")):
        return None
    glued = 0
    if not _PLACE_ABBREVIATION.fullmatch(toks[0]):
        # `Washington, D.C.Kevin Wolf/AP`: the byline glued to the abbreviation's last stop
        m = _PLACE_ABBREVIATION.match(toks[0])
        if m is None or not toks[0][m.end():m.end() + 2].istitle() or len(toks[0]) - m.end() < 2:
            return None
        glued = m.end()
    before = text[:s].rstrip()
    if not before.endswith((",", " in", " near", " outside")) and not (
            before.endswith(" the") and toks[0] in _DOTTED_ENDS and _person_name_run(toks[1].split())):
        # (`in Lafitte, La. Name/AP`, or the state alone: `..., 2021, in La. Name/AP`; a country's
        # dotted code after `the` only before a person's name: `in the U.S. Name/Reuters`, never
        # `the U.S. Army/Sgt. Name`)
        return None
    if not 2 <= _run_word_count(toks[1]) + (glued > 0) <= 4:
        return None
    return s + glued if glued else text.index(toks[1], s)


@functools.cache
def _dateline_place_names() -> frozenset:
    """Names that close a dateline after `City,` (a US state, a region, a country), lower-case."""
    from . import us_states
    names = {n.casefold() for n in us_states.names()}
    names.update(line.split("\t", 1)[0].strip().casefold() for line in _data_lines("regions.tsv"))
    return frozenset(names | _country_names())


def _past_place_name(text: str, s: int, end: int) -> int | None:
    """A byline run that opens with the state or country closing a dateline with no stop after
    it (reposts join the credit's own line with a space: `... in Tulsa, Oklahoma Jane Roe, AP`):
    the byline starts after the place when a comma stands before it and a person's name of two
    to four words follows; None otherwise."""
    if not text[:s].rstrip().endswith(","):
        return None
    words = text[s:end].split()
    places = _dateline_place_names()
    for k in (1, 2, 3):
        if len(words) - k < 2:
            break
        if " ".join(words[:k]).casefold() in places and _person_name_run(words[k:]):
            return text.index(words[k], s + len(words[0]))
    return None


def _past_name_suffix(text: str, s: int, end: int) -> int | None:
    """A byline run that holds a person's name ending the sentence on `Jr.`/`Sr.` (`... honor
    Martin Luther King Jr. Jane Roe/AP`): the byline starts after the suffix when a person's
    name of two to four words follows it; None otherwise."""
    cut = max(text.rfind("Jr. ", s, end), text.rfind("Sr. ", s, end)) + 4
    return cut if cut > 4 and _person_name_run(text[cut:end].split()) else None


_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "outside", "from", "to", "of", "across", "around"))


def _past_prose_given_name(text: str, s: int, end: int, prev: str) -> int | None:
    """A byline in normal case run onto the caption's last word with no stop between (reposts
    that drop the credit's line break: `... on a housing estate in Hong Kong Tyrone Siu/Reuters`):
    the byline starts at the earliest common given name (given_names.txt) that opens two or three
    name words ending the run; a given name inside a place's name (`in Santa Monica`, `in Hong
    Kong`) stays with the description; the run may open on the name when the prose's last word
    is a lower-case one that does not ask for a name after it (`... drawing crowds Jane Roe/AP`,
    never `... with Jane Roe/AP`), and a known party alone may stand there (`... drawing crowds
    Whitehotpix/ZUMA`). None when no given name opens such a run."""
    words = text[s:end].split()
    n = len(words)
    lone = prev.isalpha() and prev.islower() and prev not in _NOT_PROSE_END
    if n == 1 and lone and _lookup(words[0]) is not None:
        return s  # a known party's name alone: `... drawing crowds Whitehotpix/ZUMA`
    if n < 3 - lone or n > 8:  # (two name words after at least one of the prose's)
        return None
    given = _given_names()
    for i in range(max(1 - lone, n - 3), n - 1):
        first = words[i]
        if first.split("-", 1)[0].casefold() not in given or not _person_name_run(words[i:]):
            continue
        from .places import place_named
        if place_named(" ".join(words[i:i + 2])) or i and place_named(" ".join(words[i - 1:i + 1])) \
                or (words[i - 1] if i else prev) in _PLACE_PREPOSITIONS and place_named(first):
            continue  # (`in Santa Monica Jane Roe/AP`, `in Jordan Jane Roe/AP`: the place's word)
        at = s
        for w in words[:i]:
            at = text.index(w, at) + len(w)
        return text.index(first, at)
    return None


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"))


def _past_prose_spaced_slash(text: str, s: int, slash: int, prev: str) -> int | None:
    """A byline in normal case run onto the caption's last word before a spaced slash and a known
    agency (`... the Ulster title with Donegal Jane Roe / INPHO`), its given name not one the
    table knows: read back from the slash, two or three name words after a lower-case word of the
    prose are the byline; a place's word opening the run (`Donegal`) is the prose's last word.
    None when the run is longer or not a person's name."""
    words = text[s:slash].split()
    if not 2 <= len(words) <= 4 or not prev.isalpha() or not prev.islower() or prev in _DETERMINERS:
        return None  # (`with the Sam Maguire Cup / INPHO`: a determiner opens a name of the prose)
    from .places import place_named
    lead = 0
    if len(words) >= 3 and place_named(words[0]):
        lead = 1  # `with Donegal Jane Roe`: the county ends the prose
    elif len(words) == 4:
        return None
    if not 2 <= len(words) - lead <= 3 or not _person_name_run(words[lead:]) \
            or any(w.casefold() in _NAME_CONNECTORS for w in words[lead:]):
        return None
    at = s
    for w in words[:lead]:
        at = text.index(w, at) + len(w)
    return text.index(words[lead], at)


def _person_name_run(words: list[str]) -> bool:
    """Two to four words of a person's name, in normal case or capitals, none an organisation's."""
    capitals = 2 <= len(words) <= 4 and all(w.isupper() and (w.isalpha() or len(w) == 2 and w[1] == ".") for w in words)
    if not (capitals or _plain_name_words(words)):
        return False
    return not _looks_org(" ".join(words), person_slot=True)  # (`the U.S. Army Corps/...`)


def _past_date_year(text: str, s: int, end: int) -> int | None:
    """A byline run that opens with the year of a date closing the caption (USA Today network
    galleries: `... damaged. Dec. 11, 2021 Matt Stone/Courier Journal`; a month alone before it:
    `... Kabul, Afghanistan, December 2003 Name / Reuters`): the byline starts after the year
    when a day and a comma, or a month's name, stand before it and two to four name words follow."""
    toks = text[s:end].split(None, 1)
    if len(toks) == 2 and toks[0] in ("de", "del") and _romance_month_before(text[:s].rstrip() + " de"):
        s = text.index(toks[1], s)  # `em abril de 2014 Name/UOL`: the run opened at the month's `de`
        toks = text[s:end].split(None, 1)
    if len(toks) == 2 and not toks[0][:1].isdigit() and _MONTH_WORD.fullmatch(toks[0]) is not None:
        s = text.index(toks[1], s)  # the run opened at the month: the year follows it
        toks = text[s:end].split(None, 1)
    if len(toks) < 2 or len(toks[0]) != 4 or not toks[0].isdigit() or toks[0][:2] not in ("19", "20"):
        return None
    before = text[:s].rstrip()
    if not (before.endswith(",") and before[:-1].rsplit(None, 1)[-1:][0].isdigit()
            or _MONTH_WORD.fullmatch(before.rsplit(None, 1)[-1]) is not None
            or before.endswith((" de", " del")) and _romance_month_before(before)):
        return None
    name = toks[1].split("/", 1)[0].strip()  # (`2021 Jane Roe / Pool / AFP`: the marks after the name)
    if not 2 <= len(name.split()) <= 4 or not _is_name_like(name):
        return None
    return text.index(toks[1], s)


def _romance_month_before(before: str) -> bool:
    """`... em abril de` before a year: a Spanish or Portuguese month and its `de`."""
    from .dates import _ROMANCE_MONTHS  # the dates step owns the month names
    words = before.rsplit(None, 2)
    return len(words) == 3 and words[1].casefold() in _ROMANCE_MONTHS


_MONTH_WORD = re.compile(r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_NOT_PROSE_END = frozenset(("the", "a", "an", "of", "and", "or", "with", "by", "for", "to", "from", "at", "in", "on"))


def _glued_sentence_end(text: str, s: int, slash: int) -> int:
    """`... and gun violence.JAMES LAWLER DUGGAN / REUTERS`: a page that drops the space after
    the caption's last full stop. When the credit's run opens with a lower-case word of the
    prose, a period and a capital, the credit starts after the period; else at `s`."""
    first = text[s:slash].split(None, 1)[0]
    dot = first.find(".")
    if 3 <= dot < len(first) - 2 and first[:dot].isalpha() and first[:dot].islower() \
            and first[dot + 1].isupper() and first[dot + 2].isalpha():
        return s + dot + 1
    return s


def _caps_byline_after_prose(text: str, s: int, slash: int, prev: str) -> int | None:
    """`... after the chaos of the past month BERNAT ARMANGUE/AP`: a page that prints the caption
    and its credit run together with no full stop. A name of two or three words all in capitals
    right after a lower-case word (the prose's last) is the photographer's byline; None otherwise."""
    words = text[s:slash].split()
    if words and not _caps_name_word(words[0]):
        # `... in Dublin BRIAN LAWLESS/PA`, `... by 2026 NIALL CARSON/PA`: the prose's last word
        # (a place, a year) is capitalised too and joined the run; the byline is the capitals after it.
        lead = 0
        while lead < len(words) and not _caps_name_word(words[lead]):
            w = words[lead]
            # (`... to discuss the force CHARLES NAME/AGENCY`: an organisation word in lower case
            # joined the run too; it is the prose's last word all the same)
            if not (w.isdigit() or w.isalpha() and not w[1:].isupper()):
                return None
            lead += 1
        if lead > 5 or not _caps_byline_words(words[lead:]):  # (`... between Argentina and Saudi Arabia LEE JIN-MAN/AP`: a few)
            return None
        at = s
        for w in words[:lead]:
            at = text.index(w, at) + len(w)
        return text.index(words[lead], at)
    if not prev.isalpha() or not prev.islower() or prev in _NOT_PROSE_END:
        return None  # (`with the NATO LEADERS/AP`: a determiner or preposition opens a name of the prose)
    return s if _caps_byline_words(words) else None


def _caps_byline_words(words: list[str]) -> bool:
    """Two to four words of a byline in capitals, two or more of them whole words and any other
    an initial inside the name (`JEFF J MITCHELL`, `SEAN M. HAFFEY`, `DENNIS M. RIVERA PICHARDO`);
    a party after a slash may follow (`ANDREW FOSKER/SECONDS LEFT`)."""
    if len(words) > 5:
        return False
    words = " ".join(words).split("/", 1)[0].split()
    if not 2 <= len(words) <= 4 or not _caps_name_word(words[-1]):
        return False
    whole = 0
    for w in words:
        if _caps_name_word(w):
            whole += 1
        elif not (w is not words[0] and len(w) <= 2 and w[:1].isupper() and w[1:] in ("", ".")):
            return False
    return whole >= 2


def _caps_byline_end(body: str) -> int | None:
    """`... at the Hugh Lane Gallery, Dublin NAOISE CULHANE`: a page that runs the photographer's
    name, in capitals and with no party, onto the caption's last word (in normal case) -> the
    name's start; None when the capitals are a party, a place or a body."""
    words = body[-60:].split()
    if len(words) < 4:
        return None
    n = 0
    while n < 3 and _caps_name_word(words[-1 - n]):
        n += 1
    prev = words[-1 - n]
    if n < 2 or not (prev[:1].isupper() and prev[1:].islower() and prev.isalpha()):
        return None  # (only after a capitalised last word, a place's as a rule: `owned by GENERAL MOTORS`, `leads SINN FEIN` are prose)
    name = " ".join(words[-n:])
    if _lookup(name) is not None or not _no_org_words(words[-n:]) or _has_rights_tag(name):
        return None  # (`... at Wembley Stadium in London EDITORIAL USE ONLY`: a desk's notice, no byline)
    from .places import place_named  # `... protest in NEW YORK`
    if place_named(name) or place_named(words[-1]):
        return None
    from .people import _vocab  # the people step owns the role words: `... with President JOE BIDEN`
    if prev.casefold() in _vocab()["roles"]:
        return None
    return body.rindex(words[-n])


def _caps_credit_after_prose(body: str) -> int | None:
    """The Times' credit, set on a line of its own, that the page's text joins to the caption's
    last word with no stop: `... the close of the season ROYAL NAVY`, `... on August 15 GETTY
    IMAGES`, `... at the Malvern Autumn Show SWNS`, `... in the trenches RUSSELL SACH`, `... the
    town's new sculpture trail TIMES PHOTOGRAPHER JAMES GLOSSOP` -> the credit's start. The
    capitals are a known party, a paper's staff byline, or a byline opening with a common given
    name, after a prose word (in lower case or a number; a capitalised one before a known party
    only); None otherwise (`... with the NATO`, `... leads SINN FEIN`, `... in NEW YORK`)."""
    toks = list(_TOKEN.finditer(body, max(0, len(body) - 90)))
    n = 0
    while n < len(toks) - 1 and n < 6 and toks[-1 - n].group().isupper() and toks[-1 - n].group()[:1].isalpha():
        n += 1
    if n == 0 or n >= len(toks):
        return None
    prev = toks[-1 - n].group()
    lower = prev.isalpha() and prev.islower() or prev.isdigit()
    if prev.casefold() in _NOT_PROSE_END or not (lower or prev[:1].isupper() and prev[1:].islower()):
        return None
    start = toks[-n].start()
    run = body[start:].rstrip(" .")
    words = run.split()
    if "PHOTOGRAPHER" in words:
        return start if _staff_byline(run) is not None else None
    party = _lookup(run)
    if party is not None:
        one = len(words) == 1
        # a short or a handout's one word stands only where the prose cannot go on into it: a wire's
        # own capitals (`... after the earthquake AP`), or after a date's number (`... 2021 PSCU`)
        return None if one and (len(run) < 4 or party.kind == "handout") \
            and not (party.kind == "wire" and len(run) >= 2 or prev.isdigit()) else start
    if not lower or "/" in run or not _caps_byline_words(words) or not _no_org_words(words) \
            or not _given_name_first(run.title()):
        return None
    from .places import place_named  # `... a rally in NEW YORK`
    return None if place_named(run.title()) else start


_TOKEN = re.compile(r"\S+")


def _caps_name_word(w: str) -> bool:
    """A word of a byline printed in capitals (`LAWLESS`, `O'NEILL`, `ABU-BAKR`)."""
    return len(w) >= 2 and w.isupper() and w.replace("-", "").replace("'", "").isalpha()


_VIA_BEFORE = re.compile(r"\bvia\s+$", re.I)


def _state_abbreviation(word: str) -> bool:
    """`Wis.`, `D.C.`, `Calif.`: a US state as AP abbreviates it (a place, never a party)."""
    from .us_states import name_by_any_key
    return " ".join(word.casefold().split()).strip(" .") in name_by_any_key()


def _via_supplier_start(text: str, via: int) -> int:
    """Start of the supplier before `via` in `X via Reuters/Name`. A known agency ending just
    before `via` is the supplier (`... Novak Djokovic Action Images via Reuters/Name`: the
    caption's last words, unpunctuated in Reuters sports captions, are not part of it);
    else the run of credit-like words."""
    start = _run_start(text, via)
    if text[start:start + 1].isdigit() and text[start + 4:start + 5] == " " and text[start:start + 2] in ("19", "20"):
        cut = _past_date_year(text, start, via)
        if cut is None and text[start + 5:start + 6].isupper() and text[:start].rstrip()[-2:-1].isdigit() \
                and text[:start].rstrip().endswith(","):
            cut = start + 5  # `... Maharashtra. July 23, 2021 National Disaster Response Force/Handout via`: the date's year
        if cut is not None:
            start = cut
    if text[start + 1:start + 8].find(". ") != -1 and text[:start].rstrip().endswith(","):
        first = text[start:text.find(" ", start)]
        if _PLACE_ABBREVIATION.fullmatch(first) and _state_abbreviation(first):
            start += len(first) + 1  # `... in Sheboygan, Wis. Pool via REUTERS`: the state ends the sentence
    slash = text.find("/", start, via)
    if slash != -1 or "." in text[start:via]:  # the first party may follow the caption's last words
        cut = _agency_after_prose(text, start, via if slash == -1 else slash, slash != -1)
        if cut is not None:
            return cut
    words = text[start:via].split()[-4:]
    if len(words) > 1 and _may_end_agency(words[-1]):
        k = _longest_agency(words)
        if k is not None and k < len(words):
            s = via - _back(text, via, words[-k:])
            if _slash_before(text, start, s):
                return start  # `... 2023. Name/The Dallas Morning News via AP`: the photographer's
            # `... 2024. Sarah Rice for The Washington Post via Getty Images`: the contributor too
            if text[s - 5 if s > 5 else 0:s].lower() == " for ":
                ns = _name_before_separator(text, s)
                if ns is not None:
                    return ns
            return s
    if text[start - 2:start] == ", ":  # `... 2022. Katharine Uhrich, Field Museum/Handout via REUTERS`
        ns = _name_before_separator(text, start)
        if ns is not None and _plain_name_words(text[ns:start - 2].split()):
            return ns
    return start


_GLUED_STOP = re.compile(r"[a-z0-9]\.(?=[A-Z][^.]*$)")  # the last full stop with no space after it


def _agency_after_prose(text: str, start: int, slash: int, slashed: bool) -> int | None:
    """Start of a news agency that opens `X/Name via REUTERS` after the caption's unpunctuated
    last words (Reuters sports captions: `... with Declan Rice NTB/Name via REUTERS`, `... on
    Tuesday Ritzau Scanpix/Name via REUTERS`) or glued to its final full stop (`... on
    Wednesday.Yonhap via REUTERS`), or None. Only a news agency: a government supplier often
    carries a word before its name (`Libyan Red Crescent`)."""
    head = text[start:slash].rstrip()
    glued = _GLUED_STOP.search(head) if "." in head else None  # `10 October 2023.AAP Image/`
    if glued is not None:
        rest = head[glued.end():]
        if _lookup(rest) is not None or len(rest.split()) <= 4 and _credit_words().get(_raw_key(rest)) != "placeholder":
            return start + glued.end()  # (`2019.Maxar Technologies/Handout`, `Canada.Name/Sputnik`)
    stop = head.rfind(". ")
    if stop > 0 and _credit_words().get(_raw_key(head[stop + 2:])) == "handout":
        return start + stop + 2  # `... in Louisville, Ky. Handout via REUTERS`: the mark opens the credit
    if not slashed or " " not in head or _lookup(head) is not None:
        return None
    words = head.split()
    for j in range(max(1, len(words) - 4), len(words)):
        suffix = " ".join(words[j:])
        party = _lookup(suffix)
        if party is not None:
            at = text.rfind(suffix, start, slash)
            return at if party.kind != "handout" and at > start else None
    return None


def _slash_before(text: str, start: int, s: int) -> bool:
    """The run's words before the agency at `s` hold a slash (`Name/The `, `Name/Seattle `):
    the photographer of a newspaper's `Name/Paper via AP` credit, not the caption's words."""
    return text.find("/", start + 1, s) != -1


_NAME_CONNECTORS = frozenset(("of", "the", "and", "de", "du", "des", "la", "le", "van", "von", "der", "del",
                              "di", "da", "for", "&", "-", "via",
                              # lower-case nouns of a courtesy credit (`courtesy of the artist`,
                              # `the city of Boston`, `the estate of ...`)
                              "artist", "artists", "photographer", "author", "owner", "estate", "city",
                              "county", "state", "town", "village", "collection", "archive", "archives",
                              "library", "company", "gallery", "school", "team", "league"))


@functools.cache
def _person_particles() -> frozenset:
    """Lower-case words inside a person's name (Filipino `dela`, Arabic `al`, `bin`): the people
    step's table, so a photographer's name reads as a pictured person's does."""
    return frozenset(l.strip() for l in _data_lines("person_name_particles.txt"))
_ARTICLE_JOINED = re.compile(r"(?:al|el|as|ash|ad|ed|at|az|an|ar)-[A-Z]")


def _lower_name_part(bare: str) -> bool:
    """A lower-case word inside a person's name: a particle (`dela`, `al`) or an Arabic article
    joined to the name (`al-Sudani`, `el-Sissi`)."""
    return bare in _person_particles() or (("-" in bare[:4]) and _ARTICLE_JOINED.match(bare) is not None)


def _names_only(text: str, i: int) -> bool:
    """True when the words from `i` on are a credit's (names, bodies, connectors), not a clause:
    `Photo courtesy of Loggerhead Marinelife Center` is a credit, `In this photo courtesy of the
    Delgado family, Rosa Delgado hugs her son ...` is the caption itself."""
    news, handout = _org_words()
    tail = text[i:]
    if tail[-4:] == " out":  # AFP's rights tag in lower case (`AFP PHOTO/NAME netherlands out`)
        tail = _cut_rights(tail)
    toks = _cut_trailing_date(tail).split()  # (`... by Name on May 3, 2019`: the picture's day)
    if len(toks) > 2 and _has_lower_word(toks) \
            and _lookup(" ".join(toks[1:] if toks[0][-1:] == ":" else toks).strip(" .")) is not None:
        return True  # a known party whose name holds lower-case words (`Photo: Bao Dien tu Chinh phu`)
    for j, tok in enumerate(toks):
        bare = tok.strip("()\"'.,;:")
        if not bare or tok == "(c)" or bare[:1].isupper() or bare[:1].isdigit() or "/" in bare or not bare[:1].isalpha():
            continue
        low = bare.casefold()
        if low in _NAME_CONNECTORS or low in news or low in handout or low in _credit_words() \
                or low in _particles() or low in _LOWER_CREDIT_WORDS or _lookup(bare) is not None \
                or _lower_name_part(bare):
            continue
        if j and (_lookup(f"{toks[j - 1].rsplit('/', 1)[-1]} {bare}") is not None  # `Name/picture alliance`
                  or _raw_key(f"{toks[j - 1].rsplit('/', 1)[-1]} {bare}") in _credit_words()):  # `Name/Arquivo pessoal`
            continue
        if low == "to" and j and toks[j - 1].rsplit("/", 1)[-1].casefold() == "special":  # `Name, Special to the Denver Post`, `Name/Special to`
            continue
        if j == len(toks) - 1 and j >= 2 and _courtesy_of_before(toks, j):
            continue  # `Photo: Courtesy of organizers`, `courtesy of the family`: the supplier in lower case
        if j == len(toks) - 2 and j >= 3 and toks[-1].casefold() in handout and toks[j - 1][:1].isupper() \
                and _courtesy_of_before(toks, j - 1):
            continue  # `Courtesy of Aksu prefectural government`: a body's lower-case name, its noun last
        return False
    return True


def _has_lower_word(toks: list[str]) -> bool:
    """A word of `toks` opens in lower case (a loop, not a generator: the compiled build's
    cpdef callers take no closure)."""
    for tok in toks:
        if tok[:1].islower():
            return True
    return False


def _courtesy_of_before(toks: list[str], j: int) -> bool:
    """`courtesy of` (perhaps `the`, `his`, `her`, `their`) just before toks[j]."""
    k = j - 1
    if toks[k].casefold() in ("the", "his", "her", "their"):
        k -= 1
    return k >= 1 and toks[k].casefold() == "of" and toks[k - 1].casefold() == "courtesy"


# Lower-case words a credit line may hold besides names and bodies (`Staff photo by`, `Photo courtesy`).
_LOWER_CREDIT_WORDS = frozenset(("by", "taken", "courtesy", "photo", "photos", "photograph", "photographs", "picture", "pictures",
                                 "image", "images",  # (`The Hill Times photograph by Name`)
                                 "credit", "mandatory", "file", "pool", "handout", "staff", "stringer",
                                 "illustration", "satellite", "copyright", "should", "read", "str", "provided",
                                 "source",  # (the BBC's `Image source, EPA`)
                                 "from",  # (`Photo from DOTr`)
                                 "por"))  # (the Spanish label's `Foto por: Name`)


_WEEKDAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _glued_start(text: str, s: int) -> int:
    """An agency anchor glued by `/` to the words before it (`Name/The New York Times/Redux`)
    is the middle of a credit: start at the run of credit words it belongs to."""
    if s and (text[s - 1] == "/" or "/" in text[text.rfind(" ", 0, s - 1) + 1: s]):
        if s > 3 and text[s - 2:s] == "/ ":
            glued = text[text.rfind(" ", 0, s - 2) + 1:s - 2]
            if glued[:1].islower() or glued in _WEEKDAYS:
                return s  # Kenyan papers' `... in their Group A fixture/ REUTERS/Name`, `... on Monday/
                # AFP`: the prose's last word, a slash, the credit
        return _run_start(text, s)
    if s > 2 and text[s - 2:s] == "& ":  # `Name/The News & Observer/TNS`: the anchor ends a name
        return _run_start(text, s)
    if s and text[s - 1] == "\u2014":  # Time's `Name\u2014Corbis News/Getty Images`: the name before the dash
        ns = _name_before_separator(text, s - 1)
        return s if ns is None else ns
    return s


def _after_boundary(text: str, s: int) -> bool:
    """A sentence end (or nothing) just before `s`."""
    prev = text[:s].rsplit(None, 1)
    return bool(prev) and _is_boundary_token(prev[-1])


def _aside_after_boundary(text: str, s: int) -> bool:
    """A short bracket standing as a sentence of its own just before `s` (`... Games. (Story on
    P4) Xinhua`): its `(` after a sentence end, nothing after its `)` but the space before `s`."""
    close = text.rfind(")", 0, s)
    o = text.rfind("(", max(0, close - 40), close)
    return o > 0 and text[close + 1:s].isspace() and "(" not in text[o + 1:close] and _after_boundary(text, o)


def _after_sentence_end(text: str, s: int) -> bool:
    """True when a single space and a word that _clean_tail refuses to run over (`2023.`,
    `Berlin.`: letters or digits and one closing mark) stand just before `s`, so that every
    tail starting earlier is refused, and no `via` can stand there."""
    if s < 2 or text[s - 1] != " ":
        return False
    tok = text[text.rfind(" ", 0, s - 1) + 1: s - 1]
    core = tok[:-1]
    if tok == ".":  # `... April 15, 2012 . REUTERS/Name`: a full stop set apart ends the sentence
        return True
    if len(tok) < 2 or tok[-1] not in ".!?;":
        return False
    if not core.isalnum():
        return _score(core)  # "The Bruins won 4-3. Name/AP": a final score ends the sentence
    # _is_boundary_token and _ABBREV_TOKEN for this shape, without a regex call each
    if not (core.isdigit() or core.islower() or len(core) >= 4):
        return tok[-1] == "." and _short_end(core)  # `... on Christmas Day. Name/AP`, `... in Rio. Name/AP`
    return not (tok[-1] == "." and len(core) <= 4 and core.isascii() and "A" <= core[0] <= "Z"
                and (len(core) == 1 or core[1:].isalpha() and core[1:].islower()))


def _name_comma_paper_tail(text: str) -> int | None:
    """Start of `Name, Paper` closing a caption after a sentence end, the paper one the table
    does not know but named like one (`John Schultz, Quad-City Times`), or None."""
    c = text.rfind(", ", max(0, len(text) - 60))  # (a negative start would count from the end)
    paper = text[c + 2:].rstrip(" .")
    if "/" in paper or not (_news_party(paper) or _raw_key(paper) in _STAFF_MARKS):
        return None  # (`Name, Staff Photographer`: the paper's own photographer)
    return _name_before_separator(text, c + 2)


def _name_before_separator(text: str, s: int) -> int | None:
    """Start of a short name run before ` - `, ` for ` or `, ` that ends at agency start `s`, when a
    sentence end comes before the name."""
    if text[s] in "-–—":
        end = s
    else:
        head = text[:s].rstrip()
        if head[-10:].lower() == "special to":  # `... 2018. Daniel Brenner, Special to the Denver Post`
            head = head[:-10].rstrip()
        if head.endswith(","):  # `... 2018. AAron Ontiveroz, The Denver Post`
            end = len(head) - 1
        elif not head.lower().endswith(" for"):
            if not _agency_capitals_label(text[s:].strip()):
                return None
            # `... in Kyiv. Lynsey Addario NYT`: a two- or three-word name, then the agency's
            # capitals with no mark between (blogs re-posting a paper's caption)
            ns = _run_start(text, len(head))
            words = text[ns:len(head)].split()
            prev = text[:ns].rsplit(None, 1)
            if not (2 <= len(words) <= 4 and prev and _is_boundary_token(prev[-1]) and _plain_name_words(words)):
                return None
            return ns
        else:
            end = len(head) - 4
    ns = _run_start(text, end)
    n = len(text[ns:end].split())
    prev = text[:ns].rsplit(None, 1)
    if 1 <= n <= 4 and (not prev or _is_boundary_token(prev[-1])):
        return ns
    if 5 <= n <= 7 and " and " in text[ns:end] and _after_boundary(text, ns):
        for part in text[ns:end].split(" and "):  # (a loop: no closure in a compiled function)
            if not _plain_name_words(part.split()):
                return None
        return ns  # two photographers: `... 2024. Cliff Owen and Kevin Wolf, AP`
    if 3 <= n <= 5 and prev and not _is_boundary_token(prev[-1]):
        cap = _past_place_abbreviation(text, ns, end)  # `in Louisville, Ky. Jane Doe, The Associated Press`
        return cap if cap is not None else _past_place_name(text, ns, end)
    return None


@functools.cache
def _label_before_re() -> re.Pattern:
    labels = sorted((l.strip() for l in _data_lines("credit_labels.txt")), key=len, reverse=True)
    alts = "|".join(re.escape(l).replace(r"\ ", r"\s+") for l in labels)
    return re.compile(r"(?:^|(?<=\s))(?:%s)\s*:\s*$" % alts, re.I)


def _with_label_before(text: str, start: int) -> int:
    """Extend a tail back over a `Label:` printed just before it (`Image: Handout/Getty Images`),
    or a copyright sign (`... 2023. (c) Reuters/Name`)."""
    if start > 4 and text[start - 2:start - 1] in ")\u00a9":
        sign = text[start - 4:start - 1] if text[start - 2] == ")" else "\u00a9"
        at = start - 1 - len(sign)
        if sign in _COPYRIGHT_MARKS and (text[at - 1:at] == " " and _is_boundary_token(text[:at].rsplit(None, 1)[-1])
                                         or sign == "\u00a9" and text[at - 1:at].isalnum()):
            return at  # (`... December 26, 2015\u00a9 Cricket Australia/Getty Images`: the sign glued to the date's year,
            # or to the last word, `... the Great War\u00a9 Name/TASS`)
    if start < 4 or ":" not in text[start - 3:start]:  # a label is longer than that
        return start
    m = _label_before_re().search(text, max(0, start - 40), start)
    return m.start() if m else start


def _label_start(text: str, i: int) -> int:
    """Extend a label back over `Mandatory` or an issuing body (`Official White House Photo by`)."""
    before = text[max(0, i - 12):i]
    if before.lower().endswith("mandatory "):
        return i - 10
    if before.lower().endswith(("image ", "photo ", "picture ")):  # `Image credit:`
        return i - len(before.rsplit(None, 1)[-1]) - 1
    last = before.rsplit(None, 1)[-1] if before[-1:] == " " and before.strip() else ""
    # (a word that ends a sentence is the caption's: `... at Lincoln Center. Photograph: Name/PA`)
    if last[:1].isupper() and last[-1:] != "." and _raw_key(last) in _credit_words():  # `Staff photo by`, `Handout photo by`
        return i - len(last) - 1
    if (last == "All" or last == "ALL") and _after_boundary(text, i - 4):
        return i - 4  # `... caps. All photos by Name`: the label's own word
    if last[:1].isupper() and last[-1:] != "." and _raw_key(f"{last} {text[i:i + 12].split(None, 1)[0].rstrip(':')}") in _credit_words():
        return i - len(last) - 1  # `Stock picture: Name/PA`: the mark is the pair (`Stock` alone is no credit word)
    s = _run_start(text, i)
    if s < i:
        run = text[s:i].strip()
        if " / " in run and _lookup(run) is None:
            cut = run.rfind(" / ") + 3  # the Korea Times' `... from Busan / Korea Times photo by Name`:
            if run[cut:cut + 1].isupper() and _lookup(run[cut:]) is not None:  # a spaced slash sets the credit off
                return s + cut
        if ". " in run and _lookup(run) is None:
            cut = _known_after_abbreviation(run)
            if cut:  # `... Washington, DC. Getty Images photo by`: the sentence ended on an abbreviation
                return text.find(run, s) + cut
        # (a known party before a label is printed with its capital: `... in action Photo: Name/AFP`
        # is a Reuters sports caption's last word, not Action Images)
        if run.lower().startswith("official ") or run[:1].isupper() and _lookup(run) is not None or _news_party(run) \
                or text[i:i + 6] == "PHOTO:" and _masthead_initials(run):
            if text.startswith("The ", s - 4) and (s == 4 or text[s - 6:s - 4] == ". " or text[s - 5] == " "
                                                    and _is_boundary_token(text[:s - 5].rsplit(None, 1)[-1])) \
                    and _news_party(run):
                # `... May 13. The Hill Times photograph by Name`, `... clear.' The Hill Times photograph
                # by Name`: the paper's article is its name's
                return s - 4
            return s  # `Official White House Photo by`, `Korea Times photo by`, `ST PHOTO: NAME`
    return i


def _known_after_abbreviation(run: str) -> int:
    """Where a known party starts after a word ending in a period inside `run` (`DC. Getty Images`:
    the sentence before the credit ended on an abbreviation), or 0."""
    pos = run.find(". ")
    while pos != -1:
        if _lookup(run[pos + 2:]) is not None:
            return pos + 2
        pos = run.find(". ", pos + 2)
    return 0


def _clean_tail(tail: str) -> bool:
    """The tail must not run over a sentence end or be long."""
    if len(tail) > 200:
        return False
    for t in tail.split()[:-1]:  # the last word may end the credit
        # _is_boundary_token's own first test, inline: most words end in a letter
        if t[-1] in _BOUNDARY_ENDS and _is_boundary_token(t) and not t.endswith(":") \
                and not _ABBREV_TOKEN.fullmatch(t[max(t.rfind("/"), t.rfind(":")) + 1:]) and t != "j.g.":
            # (`U.S. Army/Sgt. Name`, `Credit:J. Scott Applewhite`: an initial after the mark; `Lt. j.g.`)
            return False
    return True


def _final_period(line: str) -> str:
    # only the last few characters can hold the abbreviation (\b still sees the one before)
    if line.endswith(".") and not _ABBREV_END.search(line, max(0, len(line) - 8)):
        return line[:-1].rstrip()
    return line


# ---------------------------------------------------------------- entry points

def _bracketed_file_mark(low: str) -> bool:
    """A final bracket holding only an archive mark of credit_words.tsv (`(Arkivfoto)`, `(Archivbild)`)."""
    i = low.rfind("(", max(0, len(low) - 24))
    return i != -1 and _credit_words().get(_raw_key(low[i + 1:-1])) == "file"


def _file_phrase(description: str, low: str) -> bool:
    """`In this ... file photo`, `This file picture`: looked for only around `file photo`."""
    if "file " not in low:  # every noun below starts so
        return False
    for noun in _FILE_NOUNS:
        i = low.find(noun)
        if i != -1 and _FILE_PHRASE.search(description, max(0, i - 100), i + len(noun) + 6):
            return True
    return False


_FILE_NOUNS = ("file photo", "file picture", "file image", "file photograph")


# The first characters _LEAD_TAGS can match (`APTOPIX`, `FILE`, `(FILES)`, `[FILE]`, `**FILE**`): a cheap test first.
_LEAD_TAG_FIRST = "aAfF([*"
# A national agency's picture number before its dateline: APP's `APP18-200923 NEW YORK: ...`
# (agency letters, the day's picture count, the day as ddmmyy): a file name, not caption text
_PICTURE_SLUG = re.compile(r"[A-Z]{2,6}\d{1,3}-\d{6}\s+(?=[A-Z])")


def strip_picture_slug(description: str) -> str:
    """Cut a leading picture number (`APP03-200923 FAISALABAD: ...`) from the description."""
    if description[:1].isupper() and "-" in description[3:10]:  # cheap: most captions stop here
        m = _PICTURE_SLUG.match(description)
        if m is not None:
            return description[m.end():]
    return description


def strip_leading_tags(description: str) -> tuple[str, bool]:
    """Cut `APTOPIX`, `FILE -`, `FILE PHOTO:`, `(FILES)` from the front; tell if it was a file mark."""
    if description[:1] not in _LEAD_TAG_FIRST:
        return description, False
    m = _LEAD_TAGS.match(description)
    if not m or not m.group(0):
        return description, False
    return description[m.end():].lstrip(), bool(m.group("file"))


_RELEASED_BY = re.compile(r"\b(?:photo|picture|image|photograph|video|footage|still|frame|grab|screenshot)s?\b"
                          r"[^.;]{0,60}?\breleased\s+by\s+(?:the\s+)?((?:[\w'\u2019-]+\.?\s+){0,5}[\w'\u2019-]+)", re.I)
# (a word of the name may end in an abbreviation's stop: `released by Warner Bros. Pictures shows`)


def _released_by_body(description: str) -> bool:
    """`A photo released by the South Korean Presidential Office shows ...`: the picture was
    handed out by a body that is not a news organisation (a handout word of org_words.tsv among
    the capitalised words after `released by`; `released by KCNA` names a news agency)."""
    m = _RELEASED_BY.search(description)
    if m is None:
        return False
    news, handout = _org_words()
    words = m.group(1).split()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            if word in ("shows", "show") and i:  # AP's publicity still: `This image released by NBC shows ...`
                return _publicity_supplier(" ".join(words[:i]), news)
            return word == "family"  # (`released by the family`; a verb or a preposition ends the name)
        if word.casefold() in handout:
            return True
    return False


def _publicity_supplier(name: str, news: frozenset) -> bool:
    """The party of `image released by PARTY shows`: a studio or network handing out a still (`NBC`,
    `Searchlight Pictures`) is a handout; a wire, state media or a name with a news word
    (`Korean Central News Agency`) is not."""
    party = _lookup(name)
    if party is not None and (party.kind == "wire" or party.state):
        return False
    return not any(w.casefold() in news and w not in ("Pictures", "Television", "TV", "Media") for w in name.split())


def _provider_as_source(description: str, low: str, credit: Credit) -> None:
    """`Handout photo provided by ParalympicsGB of ... (Photo by ParalympicsGB/PA Wire)`: the
    credit's `photographer` is the body the caption says provided the picture: its supplier,
    spelt as the caption writes it (`UK Sport`, not the photographer's `Uk Sport`)."""
    for name in credit.photographers:
        i = low.find(f"provided by {name.lower()}")
        if i != -1:
            credit.photographers = [p for p in credit.photographers if p != name]
            credit.source = description[i + 12:i + 12 + len(name)]
            return


# What a caption calls a picture an artist drew (`in this courtroom sketch`): its credited maker drew it.
_DRAWN_PICTURE = re.compile(r"\b(?:courtroom|court|artist['\u2019]?s?)\s+(?:sketch|drawing)|\b(?:sketch|drawing)\s+by\b"
                            r"|\bthis\s+sketch\b", re.I)


def _maker_of_supplied_picture(description: str, low: str, credit: Credit) -> None:
    """`(Name via AP)`, a personal name alone before `via` (read as the supplier): in a courtroom
    sketch the name is the artist's, who drew it for the agency: the picture's maker, no supplier
    and no handout (`in this courtroom sketch ... (Jane Roe via AP)`)."""
    name = credit.source
    if not _plain_name_words(name.split()) or " " not in name or _lookup(name) is not None:
        return
    rest = credit.line[len(name):]
    if not _VIA.match(rest):
        return
    if _DRAWN_PICTURE.search(description) and not _HANDOUT_PHRASE.search(description):
        credit.photographers = [name]
        credit.source = None
        credit.handout = False


# The caption naming its photographer in its own words: `In this photo by Jane Roe, ...`, `...,
# in this photo taken by Jane Roe on May 1.` (the name: two to four name words, particles inside)
@functools.cache
def _photo_by_phrase_re() -> re.Pattern:
    return re.compile(r"\b[Ii]n this (?:file )?(?:photo|photograph|picture|image) (?:taken )?by "
                      r"([A-Z][\w'\u2019.-]*(?: (?:(?:%s) ){0,2}[A-Z][\w'\u2019.-]*){1,3})"
                      r"(?=[,;.]|\s+(?:taken|on|in|at|of|shows?|and|as)\b|$)" % _particle_alternation())


def _photo_by_phrase(description: str, credit: Credit) -> None:
    """`In this photo by Jane Roe, ...`: the name the caption gives as the picture's maker is the
    photographer when the credit names none; written in the caption's words, it stays among the
    people mentioned as well (the issue: people only mentioned are people)."""
    m = _photo_by_phrase_re().search(description)
    if m is not None:
        name = m.group(1).rstrip(".")
        rank = _rank_re().match(name)  # (`In this photo by MC2 Jane Roe`: the rank is no part of the name)
        if rank is not None:
            name = name[rank.end():]
        if _bare_byline(name):
            credit.photographers.append(name)
            credit.named_in_text.append(name)  # a person the caption mentions, too


def _handout_hint(low: str) -> bool:
    """A word of _HANDOUT_PHRASE in the text (the three `... by` behind one `ed by` test)."""
    if "handout" in low or "courtesy" in low:
        return True
    return "ed by" in low and ("provided by" in low or "released by" in low or "distributed by" in low)


# How AFP's restriction note after a credit bracket opens (in capitals, after `--`).
_AFP_NOTE_OPENERS = ("IMAGE RESTRICTED", "RESTRICTED TO EDITORIAL", "EDITORIAL USE ONLY")


def _cut_tag_after_bracket(body: str) -> str:
    """`(Photo by Name / AFP) / ALTERNATIVE CROP`: AFP's rights tag after the credit's bracket."""
    i = body.rfind(")", len(body) - 600 if len(body) > 600 else 0)
    if i == -1:
        return body
    opener = body[i + 1: i + 3].lstrip()[:1]
    if opener == "-":  # AFP's `) -- IMAGE RESTRICTED TO EDITORIAL USE - ... --`: a note that runs to the end
        return body[: i + 1] if body[i + 1: i + 60].lstrip(" -").startswith(_AFP_NOTE_OPENERS) else body
    tail = body[i + 1:]
    if opener != "/" and not (opener.isalpha() and opener.isupper() and tail.isupper()):
        return body  # (`) / ALTERNATIVE CROP`; AP's PA pictures: `) UNITED KINGDOM OUT - NO SALES - NO ARCHIVES`)
    if _has_rights_tag(tail) and not _cut_rights(tail).strip(" /.,;:-"):
        return body[: i + 1]
    return body


# A page's copyright notice printed after the credit's bracket (AP's pages in every language:
# `... (AP Foto/Name) Copyright 2023 The Associated Press. All rights reserved.`): the page's,
# neither the caption's nor the credit's own words.
_NOTICE_AFTER_BRACKET = re.compile(r"\)\s*(?:[Cc]opyright|COPYRIGHT|\u00a9)\s*(?:(?:19|20)\d\d\s+)?"
                                   r"(?P<party>[A-Z][^()/.]{1,50}?)\.?(?:\s+All\s+rights\s+reserved)?\.?\s*$", re.I)


def _cut_notice_after_bracket(body: str) -> str | None:
    """The body up to the credit's bracket when a copyright notice naming a known party follows
    it, else None."""
    m = _NOTICE_AFTER_BRACKET.search(body, max(0, len(body) - 100))
    if m is None or _lookup(m.group("party").strip()) is None:
        return None
    return body[:m.start() + 1]


# ---------------------------------------------------------------- two credits in a row

def _earlier_credit(body: str, start: int) -> tuple[int, str, tuple[str, str]] | None:
    """A credit bracket just before the final one (`(Photo by Name / AFP) (Photo by NAME/AFP via
    Getty Images)`: a distributor printing its credit after the original) -> (start of both,
    the line over both, (earlier content, final content)). Only a bracket naming a photographer
    or an agency (`/`, `Photo by`) counts: `(R)`, `(2nd L)` before a credit do not."""
    head = body[:start].rstrip()
    prev = _bracket_tail(head)
    if prev is None or prev[2]:
        return None
    content = prev[1]
    if "/" not in content and not _LABEL.match(content) \
            and _credit_words().get(_raw_key(content)) not in ("pool", "file"):  # Yonhap's `(Pool photo) (Yonhap)`
        return None
    seg = body[prev[0] + 1:].rstrip(" .")
    last = body[start + 1:].rstrip(" .")
    return prev[0], seg[:-1].strip() if seg.endswith(")") else seg.strip(), \
        (content, last[:-1].strip() if last.endswith(")") else last.strip())


_SHOULD_READ_HEADS = frozenset(("Photo credit", "PHOTO CREDIT", "Photo Credit"))


def _plain_credit_before(body: str, start: int, line: str) -> tuple[int, str, tuple[str, str]] | None:
    """AFP's doubled credit: `... 2014. AFP PHOTO / NAME (Photo credit should read NAME/AFP via
    Getty Images)`: an unbracketed credit just before a final `Photo credit should read` bracket
    naming the same photographer is one credit with it -> (start of both, the line over both,
    (earlier line, final line)); None otherwise."""
    if "should read" not in line[12:26].casefold():
        return None
    head = body[:start].rstrip()
    s = _plain_tail(head)
    if s is None:
        return None
    first = head[s:].strip()
    a, _ = _parse_credit_line_cached(first)
    b, _ = _parse_credit_line_cached(line)
    if not a.photographers or {p.casefold() for p in a.photographers} != {p.casefold() for p in b.photographers}:
        return None
    return s, body[s:].rstrip(" ."), (first, line)


def _merge_earlier(credit: Credit, line: str, earlier: tuple[str, str]) -> None:
    """The line over both brackets; the final credit names agency and source, the earlier one
    adds its photographers and marks."""
    credit.line = line
    first, _ = _parse_credit_line_cached(earlier[0])
    seen = {p.casefold() for p in credit.photographers}
    for p in first.photographers:
        if p.casefold() not in seen:
            credit.photographers.append(p)
            seen.add(p.casefold())
    credit.pool |= first.pool
    credit.handout |= first.handout
    credit.file |= first.file
    if credit.source is None and first.pool and first.source:  # `(Pool photo) (Yonhap)`: the pool supplies it
        credit.source = first.source


# ---------------------------------------------------------------- a credit printed first

# The first two letters of _LEAD_CREDIT in their printed cases: a cheap test first.
_LEAD_CREDIT_FIRST = frozenset(("Ma", "MA", "ma", "Cr", "CR", "cr"))
_LEAD_CREDIT = re.compile(r"(?:Mandatory\s+Credits?|Credits?(?:\s+Image)?)\s*:\s*", re.I)
# Shutterstock's picture number closes its credit: `(14501234ab)`, `(Ref: 1234567a)`
_LEAD_REF = re.compile(r"\((?:ref(?:erence)?\.?:?\s*)?\d{5,}[a-z]{0,3}\)", re.I)


def _leading_credit(body: str, label: re.Pattern = _LEAD_CREDIT) -> int | None:
    """End of a credit that opens the caption (`Mandatory Credit: Photo by Name/Shutterstock
    (14501234ab) Cillian Murphy at ...`), when a description follows it: at the agency's
    picture number, else after the last known agency of its `/` chain. None otherwise."""
    m = label.match(body)
    if not m:
        return None
    head = body[: m.end() + 200]
    ref = _LEAD_REF.search(head, m.end())
    if ref:
        end = ref.end()
    else:
        end = None
        slash = head.find("/", m.end())
        while slash != -1:  # `Name/EPA-EFE/Shutterstock Description`: the agency after each `/`
            words = head[slash + 1:].split(None, 4)[:4]
            for k in range(len(words), 0, -1):
                if _lookup(" ".join(words[:k])) is not None:
                    end = head.find(words[k - 1], slash) + len(words[k - 1])
                    break
            slash = head.find("/", slash + 1)
            if end is not None and slash > end:  # a `/` of the description
                break
    if end is None or not _clean_tail(body[:end] + " x"):
        return None
    rest = body[end:].lstrip()
    return end if rest[:1].isupper() or rest[:1].isdigit() else None


# Aid agencies print their credit first: `Photo by Name/MSF In a tent ...` (a byline and a
# known agency after its slash), or UNICEF's coded `© UNICEF/NYHQ2015-1325/Surname Description`
# (a picture number with a digit between the agency and the photographer's surname).
# Offices inside a news company: `Getty Images Chief Executive Name ...` is the caption's subject
_COMPANY_OFFICES = frozenset(("chief", "president", "vice", "chairman", "chairwoman", "ceo", "executive", "editor",
                              "director", "senior", "managing", "photographer", "photographers", "reporter",
                              "reporters", "correspondent", "journalist", "journalists", "staff", "founder", "head",
                              "spokesman", "spokeswoman", "spokesperson", "global", "executives", "employees"))


def _lead_wire_name(body: str) -> int | None:
    """A wire's name of two or three words printed before the caption, with no mark after it
    (the Washington Times' pages: `Associated Press Sen. Name said ...`, `ASSOCIATED PRESS Iranian
    cleric ...`), when no credit ends the caption -> the start of the caption after it; None
    otherwise. A one-word name (`Reuters`) may be the caption's subject and is not read."""
    words = body[:48].split(None, 4)
    for k in (2, 3):
        if len(words) <= k + 1:
            break
        if words[k - 1][-1:].isalpha() and words[k][:1].isupper() and words[k].casefold() not in _COMPANY_OFFICES:
            party = _lookup(" ".join(words[:k]))
            if party is not None and party.kind == "wire":
                return body.index(words[k], len(words[0]))
    return None


# A byline printed first as a sentence of its own (a school paper's `Photos by Name. Top photo:
# Name charging ...`): the label, a person's name (an `and` joins two), a full stop, the caption.
_LEAD_BYLINE_SENTENCE = re.compile(r"(?:Photos?|Pictures?|Photographs?)\s+by\s+([A-Z][^.!?/:;,()]{2,30}?"
                                   r"(?: and [A-Z][^.!?/:;,()]{2,30}?)?)\.\s+(?=[A-Z\"\u201c])")


def _lead_byline_sentence(body: str) -> int | None:
    """End of a `Photos by Name.` sentence opening the caption, when each name reads as a
    person's (two to four name words, no place); None otherwise."""
    m = _LEAD_BYLINE_SENTENCE.match(body)
    if m is None or not all(_bare_byline(n) for n in _AND.split(m.group(1))):
        return None
    return m.end(1) + 1  # (the full stop closes the credit: the final-stop rule drops it from the line)


def _lead_byline_paper(body: str) -> int | None:
    """End of a `Photo by Name/Paper` credit opening the caption when the paper is one the table
    does not list (`Photo by Name/The Daily Standard A judge ...`): the longest run of up to five
    words after the `/` that reads as a newspaper's name (_news_party), a capitalised description
    after it. None otherwise."""
    m = _LEAD_BYLINE.match(body)
    if m is None:
        return None
    slash = body.find("/", m.end())
    if not _bare_byline(body[m.end():slash].strip()):
        return None
    words = body[slash + 1:].split(None, 5)[:5]
    stop = next((i for i, w in enumerate(words) if w[-1:] in ".,;:!?"), None)
    if stop is not None:  # `/The Daily Standard. A judge ...`: a full stop ends the paper's name there, or nothing does
        if words[stop][-1:] != ".":
            return None
        words = words[:stop] + [words[stop][:-1]]
    end = _longest_party_end(body, slash, words, _news_party, 1 if stop is None else len(words))
    if end is None:
        return None
    if stop is not None:
        end += 1  # (the full stop closes the credit: the final-stop rule drops it from the line)
    return end if _description_follows(body, end) else None


# A credit printed first, its supplier after `via`, no mark before the caption (`NAME SURNAME
# via Getty Images Firefighters tackle ...`, `Name/AFP via Getty Images A man ...`).
_LEAD_VIA = re.compile(r"([A-Z][^.!?:;,()]{2,50}?)\s+via\s+(?=[A-Z])")


def _lead_via_credit(body: str) -> int | None:
    """End of a `Maker via Agency` credit opening the caption: the maker a person's name or a
    `Name/Party` chain, the longest known agency (one to three words) after `via`, a capitalised
    description after it. None otherwise."""
    m = _LEAD_VIA.match(body)
    if m is None:
        return None
    parts = [p.strip() for p in m.group(1).split("/")]
    if not (_bare_byline(parts[0]) or _lookup(parts[0]) is not None) \
            or any(_lookup(p) is None for p in parts[1:]):
        return None
    end = _longest_party_end(body, m.end(), body[m.end():].split(None, 4)[:3], _known_party, 1)
    return end if end is not None and _description_follows(body, end) else None


def _known_party(name: str) -> bool:
    return _lookup(name) is not None


def _longest_party_end(body: str, at: int, words: list, is_party, shortest: int) -> int | None:
    """A credit printed first: the longest run of `words` (read from `at`; `shortest` words at
    least) that `is_party` takes for its supplier -> where the run ends in `body`, else None."""
    for k in range(len(words), shortest - 1, -1):
        if is_party(" ".join(words[:k])):
            return body.find(words[k - 1], at) + len(words[k - 1])
    return None


def _description_follows(body: str, end: int) -> bool:
    """The caption's description opens after a credit printed first: a capital or a quote."""
    rest = body[end:].lstrip()
    return rest[:1].isupper() or rest[:1] in "\"\u201c"


_LEAD_BYLINE = re.compile(r"(?:Photos?|Pictures?)\s+by\s+(?=[A-Z][^/]{2,40}/)")
_LEAD_CODED_COPYRIGHT = re.compile(
    r"\u00a9 ?[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,2}/[^\s/]*\d[^\s/]*/[A-Z][\w'\u2019\-]+(?= [A-Z\u201c\"])")


def _lead_agency_credit(body: str) -> int | None:
    """End of an aid agency's credit printed before the description, or None."""
    m = _LEAD_CODED_COPYRIGHT.match(body)
    if m is not None:
        return m.end() if _lookup(body[1:m.end()].lstrip().split("/", 1)[0]) is not None else None
    return _leading_credit(body, _LEAD_BYLINE)  # (None when the byline does not open the body)


# TIME's credit printed first, set against the caption with a long dash and no spaces:
# `Name—Reuters A man walks ...`, `Jiji Press—AFP/Getty Images Former mayor ...`
_LEAD_DASH_MAKER = re.compile(r"[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){0,3}\u2014(?=\S)")


def _lead_dash_credit(body: str) -> int | None:
    """End of a `Maker—Agency` credit opening the caption, when the party after the dash (or
    after its last `/`) is a known agency and a capitalised description follows. None otherwise."""
    m = _LEAD_DASH_MAKER.match(body)
    if m is None:
        return None
    words = body[m.end():].split(None, 4)[:4]
    for k in range(len(words), 0, -1):
        party = " ".join(words[:k])
        if _lookup(party.rsplit("/", 1)[-1]) is not None:
            end = body.find(words[k - 1], m.end()) + len(words[k - 1])
            rest = body[end:].lstrip()
            return end if rest[:1].isupper() or rest[:1].isdigit() else None
    return None


# News parties printed first and set off by a spaced dash: wires joined by `/` (`AFP/ JIJI PRESS -
# The candidate ...`, `KYODO - Fans queue ...`) or a paper's name (the Japan News' `The Yomiuri
# Shimbun \u2013 Prime Minister ...`): the party's own picture.
_LEAD_NEWS_DASH = re.compile(r"((?:The )?[A-Z][\w'\u2019&.\-]*(?: ?/ ?[A-Z][\w'\u2019&.\-]*| [A-Z][\w'\u2019&.\-]*){0,4})"
                             r"\s+[-\u2013\u2014]\s+(?=[A-Z\u201c\"])")


def _lead_news_dash(body: str) -> int | None:
    """End of a credit of news parties and the spaced dash after it, opening the caption, or None:
    every part (parted by `/`) must be a party the table knows as news or a wire (a dateline's
    place, `BEIJING - `, or a handout supplier is no credit). The dash goes with the credit: the
    caller cuts it from the line."""
    m = _LEAD_NEWS_DASH.match(body)
    if m is None:
        return None
    for part in m.group(1).split("/"):
        party = _lookup(part.strip())
        if party is None or party.kind == "handout":
            return None
    return m.end()


# A credit printed first with the photographer in capitals and no bracket (Stuff's `CHRIS
# SKELTON/Stuff Emmett St resident ...`): two to four capitalised name words, `/`, the outlet.
_LEAD_CAPS_BYLINE = re.compile(r"[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019.\-]*){1,3}/(?=[A-Z])")
_LEAD_CAPS_NOT_NAMES = frozenset(("PHOTO", "PHOTOS", "PIC", "FILE", "POOL", "HANDOUT", "STAFF"))


def _lead_caps_byline(body: str) -> int | None:
    """End of a `NAME SURNAME/Outlet` credit opening the caption, when a capitalised description
    follows: the outlet is the longest known agency after the `/`, else its one word. None when
    the capitals hold an agency or a credit word (`AFP PHOTO/...`)."""
    m = _LEAD_CAPS_BYLINE.match(body)
    if m is None:
        return None
    for w in body[:m.end() - 1].split():
        if w in _LEAD_CAPS_NOT_NAMES or _lookup(w) is not None:
            return None
    words = body[m.end():].split(None, 4)[:4]
    dashed = False
    for j, w in enumerate(words):
        if w in _DASHES:  # `NAME/PN - Description`: the dash closes the credit
            words, dashed = words[:j], True
            break
    if not words:
        return None
    # an outlet the table does not list: its one word, or every capitalised word before the dash
    k = len(words) if dashed and all(w[:1].isupper() for w in words) else 1
    for n in range(len(words), 1, -1):
        if _lookup(" ".join(words[:n])) is not None:
            k = n
            break
    end = body.find(words[k - 1], m.end()) + len(words[k - 1])
    rest = body[end:].lstrip()
    if rest[:1] in _DASHES and rest[1:2] == " " and rest[2:3].isupper() and len(words) == k:
        return body.find(rest[:1], end) + 1  # the dash set between the credit and the description (cut from the line)
    return end if rest[:1].isupper() else None


def _lead_bracket_credit(body: str) -> int | None:
    """End of a bracketed credit opening the caption (the Salt Lake Tribune's `(Name  |  The Salt
    Lake Tribune) Description`, `(Name/Paper) Description`): a short bracket whose content reads
    as a credit with a `/` or `|` mark, a capitalised description after it. None otherwise."""
    close = body.find(")", 1, 120)
    if close == -1 or "(" in body[1:close]:
        return None
    content = body[1:close].strip()
    if "/" not in content and "|" not in content:
        return None
    rest = body[close + 1:].lstrip()
    if not (rest[:1].isupper() or rest[:1] in "\"\u201c") or not _is_credit_content(content):
        return None
    return close + 1


# A photographer's name after a dash that follows the caption's last sentence (Star Tribune
# galleries: `... in April. – Jim Gehrz`): two to four name words, nothing after them. The
# Philippine Daily Inquirer sets its long dash against the name: `... is illegal. —RICHARD A. REYES`.
_DASH_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|de|van|von|da|del|la)"  # (a capitalised word or a particle)
_DASH_BYLINE = re.compile(r"(?<=[.!?\"\u201d])(?: [-\u2013\u2014] |\s+[\u2013\u2014])"
                          rf"({_DASH_NAME_WORD}(?: {_DASH_NAME_WORD}){{1,3}})$")


def _dash_caps_body(body: str) -> int | None:
    """Start of a body in capitals closing the caption after a spaced hyphen (a government's own
    credit: `... Yannic Doutaz - FEDERAL CHANCELLERY`): one to five words, a known party or holding
    a body's word (org_words.tsv), no sentence end before the hyphen needed; else None."""
    k = body.rfind(" - ", max(0, len(body) - 60))
    tail = body[k + 3:].strip()
    words = tail.split()
    if not 1 <= len(words) <= 5 or not tail.isupper() or not tail.replace(" ", "").replace("-", "").isalpha():
        return None
    if _lookup(tail) is None and _no_org_words([w.capitalize() for w in words]) and not _agency_then_mark(tail):
        return None
    return k + 3


def _agency_then_mark(tail: str) -> bool:
    """A known agency, then a credit mark (`BERNAMA FILE PIX`, `BERNAMA PIX`)."""
    for _ in range(2):  # (the mark may be two words: `FILE PIX`)
        m = _LAST_WORD.match(tail)
        if m is None or _raw_key(m.group(2)) not in _credit_words():
            return False
        tail = m.group(1)
        if _lookup(tail) is not None:
            return True
    return False


def _dash_byline(body: str) -> tuple[int, int] | None:
    """(start of the dash, start of the name) of a dash byline ending the caption, or None."""
    m = _DASH_BYLINE.search(body, max(0, len(body) - 60))
    if not m or not m.group(1)[:1].isupper():
        return None
    if not _no_org_words(m.group(1).split()):
        return None  # a body after the dash is no photographer (`- Kremlin Press Office`)
    return m.start(), m.start(1)


# The photographer's name heading a dashed wire credit after the last sentence (`... in Bamako.
# Name — AFP`, `... in Kabul. NAME — AFP/Getty Images`): one to four name words. TIME's pages
# glue the name to the sentence's period, the line break lost (`... all charges.Bill Robles—AP`).
_NAME_BEFORE_DASH = re.compile(rf"(?:(?<=[.!?\"\u201d] )|(?<=[a-z\d]\.)){_DASH_NAME_WORD}(?: {_DASH_NAME_WORD}){{0,3}}$")


def _name_before_dash(body: str, end: int) -> int | None:
    """Start of the name run that ends at `end` (a spaced dash follows) and opens the caption's
    last sentence, when no word of it is a body's, or None."""
    m = _NAME_BEFORE_DASH.search(body, max(0, end - 60), end)
    return m.start() if m is not None and _no_org_words(m.group(0).split()) else None


def _dash_party(body: str) -> tuple[int, int] | None:
    """(start of the dash, start of the credit) of a wire credit after a long dash that follows the
    caption's last sentence (`... is illegal. —AFP`, `... illegal. — REUTERS/Name`), or None."""
    d = max(body.rfind("\u2014", max(0, len(body) - 80)),
            body.rfind("\u2015", max(0, len(body) - 80)),  # (Malay Mail's bar: `... 2022. \u2015 Bernama pic`)
            body.rfind(" \u2013 ", max(0, len(body) - 80)) + 1)  # (theSun's spaced en dash: `... Day. \u2013 NAME/THESUN`)
    k = d - 1
    while k > 0 and body[k] == " ":
        k -= 1
    named = None
    if d >= 2 and body[k] not in ".!?\"\u201d":
        named = _name_before_dash(body, k + 1)  # `... in Bamako. Name — AFP`
        if named is None:
            return None
    elif d < 2:
        return None  # (a dash inside the prose: `the vote —AFP reported— was close`)
    content = body[d + 1:].strip()
    if not content or not (_lookup(content) is not None or "/" in content and _is_credit_content(content)
                           or " and " in content and all(_lookup(h) is not None for h in _AND.split(content))):
        return None  # (Kuwait Times' `... – Amiri Diwan and KUNA photos`: two known suppliers)
    if named is not None:
        return named, named  # the name is the line's head: `Name — AFP`
    return k + 1, body.index(content, d)


# A supplier's closing line after a dash (the Gulf papers' `... on Tuesday. \u2013 Amiri Diwan photo`,
# the local papers' `... in Leeds. - Courtesy photo`, `\u2014 Jane Roe photo`): a dash, then a
# capitalised name or body (lower-case joining words inside it: `Ministry of Defence`), then the
# picture's noun, ending the caption. (`\u2013 photo essay`, `\u2013 a family photo` are prose.)
_SUPPLIER_WORD = r"[A-Z][\w.&'\u2019-]*"
_DASH_PHOTO_LINE = re.compile(r"(?:^|\s)(?:[\u2013\u2014\u2015]\s*|--?\s+)"
                              rf"({_SUPPLIER_WORD}(?:\s+(?:(?:of|the|and|for|de|du|des|la|le|al|el|&)\s+)*{_SUPPLIER_WORD}){{0,7}}"
                              r"\s+(?:[Pp]hotos?|PHOTOS?|[Pp]ictures?|PICTURES?|[Pp]ics?|PICS?))\s*\.?\s*$")


@functools.cache
def _common_words() -> frozenset:
    return frozenset(_data_lines("common_words.txt"))


def _dash_photo_line(body: str) -> tuple[int, int] | None:
    """(start of the dash, start of the supplier) of a supplier's closing `\u2013 X photo` line,
    or None. A lone word that is a common word of the prose (`\u2013 Family photo`, `- Team
    photo`: what the picture is) is no supplier unless a credit word (`Courtesy`, `Staff`)."""
    m = _DASH_PHOTO_LINE.search(body, max(0, len(body) - 120))
    if m is None:
        return None
    supplier = m.group(1).rsplit(None, 1)[0]
    if " " not in supplier and supplier.casefold() in _common_words() \
            and _raw_key(supplier) not in _credit_words() and _lookup(supplier) is None:
        return None
    d = m.start() if body[m.start()] in "-\u2013\u2014\u2015" else m.start() + 1
    return d, m.start(1)


_PHOTO_NOUN_ENDS = ("photo", "photos", "Photo", "Photos", "PHOTO", "PHOTOS", "picture", "pictures", "Picture",
                    "Pictures", "PICTURE", "PICTURES", "pic", "pics", "Pic", "Pics", "PIC", "PICS")


def _dash_name_paper(body: str) -> tuple[int, int, int] | None:
    """(start of the dash, start of the name, end of the credit) of `Name, Paper` after a long dash
    that follows the caption's last sentence, a date the picture was made allowed after it (the
    Chicago Tribune's galleries: `... summit. — Alex Garcia, Chicago Tribune, May 18, 2012`), or None."""
    d = body.rfind("\u2014", max(0, len(body) - 80))
    if d < 2 or body[:d].rstrip()[-1:] not in (".", "!", "?", "\"", "\u201d"):
        return None
    end = len(body)
    m = _TRAILING_CREDIT_DATE.search(body, d)
    if m is not None and m.group(0)[:1] == ",":
        end = m.start()
    content = body[d + 1:end].strip()
    if not _name_comma_agency(content):
        return None
    return d, body.index(content, d), end


def _glued_copyright(body: str) -> int | None:
    """`... Geneva, June 16\u00a9 Mikhail Metzel/TASS`: a `\u00a9` glued to the word before it
    opens the credit when a short clean run of names and a known party follows -> its start."""
    i = body.rfind("\u00a9", max(0, len(body) - 80))
    if i < 1 or body[i - 1].isspace() or body[i - 1] == "(":
        return None  # a spaced `\u00a9` is the label finders' own, a bracketed one the bracket finders'
    tail = body[i + 1:].strip()
    if not tail or not _clean_tail(tail) or not _names_only(body, i + 1):
        return None
    last = tail.rsplit("/", 1)[-1] if "/" in tail else tail
    return i if _lookup(last) is not None else None


_GLUED_NAME = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2}")
_GETTY_WHERE_END = re.compile(r"(?:19|20)\d\d,? in [A-Z][^.]{2,60}$")


def _glued_getty_name(body: str) -> int | None:
    """Getty's `... on September 9, 2011 in Toronto, Canada.Jason Merritt`: the photographer's
    name glued to the period ending the date-and-place sentence -> the name's start."""
    i = body.rfind(".", max(0, len(body) - 40))
    if i < 20 or not body[i - 1].isalpha() or not body[i + 1:i + 2].isupper():
        return None
    if _GLUED_NAME.fullmatch(body, i + 1) is None or _GETTY_WHERE_END.search(body, max(0, i - 90), i) is None:
        return None
    return i + 1


# A date closing the caption's last sentence: `... on Monday, May 1, 2023.`, `... on May 1.`, `... on Monday.`
_DATED_SENTENCE_END = re.compile(r"(?:\b(?:19|20)\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                                 r" \d{1,2}|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.$")


def _dated_bare_name_tail(body: str) -> int | None:
    """`... in Lyon, France, on Monday, May 1, 2023. Jane Roe`: a person's name alone (two to four
    name-shaped words, no verb, no party) as the last "sentence" after a sentence that closes
    with the picture's date is the photographer's credit -> the name's start."""
    i = body.rfind(". ", max(0, len(body) - 50))
    if i < 12 or _DATED_SENTENCE_END.search(body, max(0, i - 12), i + 1) is None:
        return None
    name = body[i + 2:].strip()
    if not name[:1].isupper() or not _bare_byline(name) or _lookup(name) is not None:
        return None
    words = (normal_case(name) if name.isupper() else name).split()
    if words[0].casefold() not in _given_names() and any(
            w.casefold() in _common_words() for w in words if w[:1].isupper()):
        return None  # (`Grand Final`, `Read More`: everyday words, unless a given name opens it: `Mark Price`)
    if words[0].casefold() not in _given_names() and any(w.casefold() in _club_or_body_words() for w in words):
        return None  # (`Olympique Lyonnais`, `Real Madrid`: a club's or a body's name, not a photographer's)
    return i + 2


@functools.cache
def _club_or_body_words() -> frozenset:
    """Words naming a team or club (team_words.txt: `Olympique`, `Real`, `FC`) or an organisation
    (org_words.tsv: `Press`, `Council`): a bare run holding one is no person's name."""
    news, handout = _org_words()
    clubs = frozenset(w.casefold() for w in _data_lines("team_words.txt")) - _NAME_LIKE_TEAM_WORDS
    return clubs | news | handout


# team words that are also names or nicknames (`Al Bello`, `Red Huber`, `David Villa`) or plain
# words of a place (`City`, `Town`, `County`): not enough to call a run a club
_NAME_LIKE_TEAM_WORDS = frozenset(("al", "villa", "duke", "red", "city", "town", "county", "union", "team"))


@functools.cache
def _slash_label_res() -> tuple[re.Pattern, re.Pattern]:
    """A one-word label and a slash: at a line's start (`Pic/AFP`), and as a caption's last
    sentence before a name (the NZ Herald's `... at Parliament. Photo / George Heard`)."""
    alts = "|".join(sorted(_semicolon_labels(), key=len, reverse=True))
    lead = re.compile(r"^(?:%s)\s*/\s*(?=\S)" % alts, re.I)
    # (a party may follow the name: `... in Darfur. Photo/ Name/ Afrikimages`, the label marks the credit)
    tail = re.compile(r"(?<=[.!?\"\u201d] )(?i:%s) ?/ ?[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3}"
                      r"(?: ?/ ?[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3})?$" % alts)
    return lead, tail


# The same NZ style with the party in the label's place: `... a windy night. RNZ / Name`,
# `... Tuesday's storm. Supplied / Name` (a known agency, or a handout word)
_SLASH_PARTY_TAIL = re.compile(r"(?<=[.!?\"\u201d] )([A-Z][\w\-]*(?: [A-Z][\w\-]*)?) / [A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3}$")


# A screen grab's word, a slash (or `via`) and the one-word platform it was taken from, ending the
# caption after a sentence (`... posted online. Screenshot/X`, `... Tuesday. Screengrab via Telegram`)
_GRAB_SLASH_TAIL = re.compile(r"(?<=[.!?\"\u201d] )([A-Z][a-z]+(?: [a-z]+)?)(?: ?/ ?| via )[A-Z][\w.\-]*$")


def _grab_tail(body: str) -> int | None:
    """Start of a screen grab's credit naming its platform (`Screenshot/X`, `Screen grab via
    Telegram`) after the last sentence, or None: the platform need not be a known party."""
    m = _GRAB_SLASH_TAIL.search(body, max(0, len(body) - 40))
    if m is not None and _credit_words().get(_raw_key(m.group(1))) == "placeholder":
        return m.start()
    return None


def _slash_label_tail(body: str) -> int | None:
    """Start of a `Photo / Name` (or `Agency / Name`) credit ending the caption after a sentence, or None."""
    m = _slash_label_res()[1].search(body, max(0, len(body) - 90))
    if m is not None:
        return m.start()
    m = _SLASH_PARTY_TAIL.search(body, max(0, len(body) - 60))
    if m is not None and (_lookup(m.group(1)) is not None or _credit_words().get(_raw_key(m.group(1))) == "handout"):
        return m.start()
    return _grab_tail(body)


def _copyright_tail(body: str) -> int | None:
    """Start of a copyright notice ending the caption after its last sentence (`Copyright 2024
    The Associated Press. All rights reserved.`, `Copyright AP Photo`, `\u00a9 2023 Reuters`), when
    the notice names a known party or a photographer; else None. The notice's own rights sentence
    may follow it."""
    lo = max(0, len(body) - 100)
    i = max(body.lower().rfind("copyright", lo), body.rfind("\u00a9", lo))
    if i > 8 and "/" in body[i - 2:i]:
        i = _name_before_copyright(body, i)
    if i < 2 or not _after_boundary(body, i):
        return None
    notice = _cut_rights(body[i:].rstrip(" ."))
    if not _clean_tail(notice):
        return None
    read, _ = _parse_credit_line_cached(notice)
    return i if read.agency is not None or read.photographers else None


# Bernama's credit: the label glued to the agency in capitals, its year and its notice after it,
# set off from the caption by dashes (`... on Monday. --fotoBERNAMA (2024) COPYRIGHTS RESERVED`)
_FOTO_AGENCY = r"(?:foto|Foto|pix|Pix)\s?(?P<agency>[A-Z]{3,}[A-Za-z]*)(?:\s*\((?:19|20)\d\d\))?(?:\s+COPYRIGHTS?\s+RESERVED)?"
_FOTO_AGENCY_LINE = re.compile(rf"^{_FOTO_AGENCY}\.?$")
_DASH_FOTO_TAIL = re.compile(rf"(?:^|\s|(?<=[.!?]))-{{1,2}}\s?{_FOTO_AGENCY}\.?$")


def _dash_foto_tail(body: str) -> int | None:
    """`... in Kuala Lumpur. --fotoBERNAMA (2024) COPYRIGHTS RESERVED` -> the dashes' start, when
    the glued name is a known agency; else None."""
    m = _DASH_FOTO_TAIL.search(body, max(0, len(body) - 60))
    if m is None or _lookup(m.group("agency")) is None:
        return None
    return m.start() + (body[m.start()] == " ")


def _name_before_copyright(body: str, i: int) -> int:
    """`... in Arlington. Mark M. Hancock / \u00a9 The Dallas Morning News`, `... in Doha. Jane Roe
    \u00a9 The Peninsula`: the photographer's name before the slash (or the sign set apart) opens the
    credit whose party carries the copyright sign -> the name's start, else `i` (the sign's)."""
    sl = body.rfind("/", 0, i)
    if sl < i - 3:  # no slash before the sign: the name ends at the space before it
        sl = i - 1
    ns = _run_start(body, sl)
    if ns < sl and _plain_name_words(body[ns:sl].split()) and _after_boundary(body, ns):
        return ns
    return i


def _agency_for_client_tail(body: str) -> int | None:
    """Start of a bare `Agency for Client` ending the caption after its last sentence (Getty's
    commissioned work: `... in Milan. Getty Images for IMG`, `AP Images for Invision`), else None."""
    f = body.rfind(" for ", max(0, len(body) - 60))
    client = body[f + 5:].split()
    if not 1 <= len(client) <= 5 or not client[0][:1].isupper() or "." in body[f + 5:]:
        return None
    words = body[max(0, f - 60):f].split()[-4:]
    k = _longest_agency(words) if words and _may_end_agency(words[-1]) else None
    if k is None:
        return None
    s = f - _back(body, f, words[-k:])
    return s if _after_boundary(body, s) else None


# The Korea Times sets its credit after a slash that follows the last sentence: `... Friday. /
# Courtesy of Samsung`, `... a collector./ Yonhap` (the space before the slash often lost).
_SENTENCE_SLASH_TAIL = re.compile(r"(?<=[.!?\"\u201d])\s?/\s*([A-Z][^/.]{1,60})$")
# The same credit with the last sentence's stop lost: a year or a lower-case word glued to the
# slash (`... August 22, 2019/Reuters`, `... obtained from social media/Reuters`); a known agency only
# (a capitalised word before the slash may be the photographer's: `Name/Reuters`)
_WORD_SLASH_AGENCY = re.compile(r"(?<![^\s,])(?:(?:19|20)\d\d|[a-z]+)/([A-Z][^/.]{1,40})$")


def _sentence_slash_tail(body: str) -> int | None:
    """Start of the party after a slash set right after the caption's last sentence, when the
    party is a known agency or a credit phrase (`Courtesy of ...`, `Yonhap photo`); else None."""
    m = _SENTENCE_SLASH_TAIL.search(body, max(0, len(body) - 70))
    if m is None:
        m = _WORD_SLASH_AGENCY.search(body, max(0, len(body) - 50))
        if m is not None and _lookup(m.group(1)) is not None:
            return m.start(1)  # `... Brazil August 22, 2019/Reuters`: the stop lost, the agency glued on
        return None
    party = m.group(1).rstrip()
    if _lookup(party) is not None or _CREDITISH.search(party):
        return m.start(1)
    return None


_GLUED_SLASH_BYLINE = re.compile(r"(?<=[a-z])/ ([A-Z][^/,;:()]{3,40})$")


def _glued_slash_byline(body: str) -> int | None:
    """Kenyan papers' `... in their Group A fixture/ CHARLENE MALWA`: the last sentence's final word
    (no stop) glued to a slash, a space, then a person's name alone (two to four words, capitals
    or normal case): the photographer's byline; None otherwise."""
    m = _GLUED_SLASH_BYLINE.search(body, max(0, len(body) - 50))
    if m is None or not _bare_byline(m.group(1).rstrip()):
        return None
    return m.start(1)


# A photo library's archive number after its credit, set off by a spaced slash and starting
# lower-case (`... © ICRC Photo library / hist-00617-12`): not a party of the credit.
_ARCHIVE_NUMBER_TAIL = re.compile(r"\s/\s[a-z]{1,8}[\-_]?\d[\w\-]*$")


def _archive_number_tail(body: str) -> int | None:
    """Start of a credit ending the caption before a library's archive number, or None."""
    m = _ARCHIVE_NUMBER_TAIL.search(body, max(0, len(body) - 30))
    if m is None:
        return None
    return _plain_tail(body[:m.start()])


# (the sentence end opens the pattern, no look-behind: the search skips to a `.`, `!` or `?` at once)
_SPACED_LABEL_TAIL = re.compile(
    r"[.!?] (?:photo|Photo|foto|Foto|pic|Pic|PIC|pix|Pix|PIX|picture|Picture) ([A-Z][\w'\-]+(?: (?:[a-z]{2,3} ){0,2}[A-Z][\w'\-]+){1,3})$")
# (a particle in lower case inside the name: `Picture Jacques van Wyk`, `pix Ahmad bin Ali`)


def _spaced_label_tail(body: str) -> int | None:
    """`... in Malaysia and Singapore. photo Adib Rawi Yahya`, The Citizen's `... 24 May 2021. Picture
    Anthony Grote`: a one-word label set after the last sentence with no colon, then a personal
    name to the end (after `Picture`, opening with a common given name) -> the label's start."""
    m = _SPACED_LABEL_TAIL.search(body, max(0, len(body) - 50))
    if m is None:
        return None
    if _lookup(m.group(1)) is not None:
        return m.start() + 2  # `... on Thursday. Photo State House`: a known party after the label
    if not _is_name_like(m.group(1)):
        return None
    if body[m.start() + 4:m.start() + 9] == "cture" and m.group(1).split(None, 1)[0].casefold() not in _given_names():
        return None  # (`Picture` is a word of prose too: `... Picture Perfect Studio` names no one)
    return m.start() + 2


def _semicolon_label_tail(body: str):
    """`... Abuja. PHOTO; SUNDAY AGHAEZE.`: a label's colon typed as a semicolon, the label
    starting a sentence near the end -> (start, body with that colon) or None (the caller reads
    the colon's copy and prints the line as written)."""
    i = body.rfind(";", max(0, len(body) - 60))
    if i < 5:
        return None
    j = body.rfind(" ", 0, i)
    word = body[j + 1:i].strip()
    if not word or word.casefold() not in _semicolon_labels() or j < 1 or body[j - 1] not in ".!?":
        return None
    fixed = body[:i] + ":" + body[i + 1:]
    s = _plain_tail(fixed)
    return (s, fixed) if s == j + 1 else None


@functools.cache
def _semicolon_labels() -> frozenset:
    """One-word labels of credit_labels.txt (`Photo`, `Pictures`), casefolded."""
    return frozenset(l.strip().casefold() for l in _data_lines("credit_labels.txt") if " " not in l.strip())


def _mistyped_closer(body: str) -> str:
    """`(Photo by Jane Roe/AP Photo}`: a credit's bracket closed with the wrong key (no `{`/`[`
    opened after the last `(`, which is still open) is read as closed with `)`."""
    opener = "{" if body[-1] == "}" else "["
    i = body.rfind("(")
    if i == -1 or body.rfind(opener) > i or body.find(")", i) != -1:
        return body
    return body[:-1] + ")"


_PIPE_TAIL = re.compile(r"(?<=[.!?\"\u201d]) \| ([^|()]{2,60})$")
_PIPE_TAIL_BARE = re.compile(r"(?<=\w) \| ([A-Z][^|()/]{2,40}/[A-Z][^|()/]{1,30})$")


def _pipe_tail(body: str) -> int | None:
    """`... off Shiretoko Peninsula in Hokkaido. | KYODO`: a credit after a sentence's end and a
    pipe (the Japan Times' style) when it is a known agency or reads as a credit (`REUTERS/Name`)."""
    m = _PIPE_TAIL.search(body)
    if m is None:
        # Dawn's `... at the museum in Islamabad | Name/White Star`: no full stop before the pipe,
        # so only a slashed byline of a short name counts
        m = _PIPE_TAIL_BARE.search(body, max(0, len(body) - 64))
        name = m.group(1).split("/", 1)[0] if m is not None else ""
        if " " not in name.strip() or not _is_name_like(name):
            return None
    content = m.group(1).strip()
    if _lookup(content) is not None or ("/" in content and _is_credit_content(content)):
        return m.start(1)
    if content[:4].lower() == "via " and " " in content[4:].strip() and _is_name_like(content[4:]):
        return m.start(1)  # the Philippine desks' `... rigged. | via Name`: a reader's picture
    return None


_HASH_TAIL = re.compile(r"(?<=[.!?\"\u201d]) # ([^#()]{2,60})$")


def _hash_tail(body: str) -> int | None:
    """`... at Big Air Shougang on February 14, 2022. # Name / Reuters`: the Atlantic's photo
    essays set the credit after a sentence's end and a `#` marker; taken when it reads as a credit."""
    m = _HASH_TAIL.search(body, max(0, len(body) - 64))
    if m is None:
        return None
    content = m.group(1).strip()
    if _lookup(content) is not None or ("/" in content and _is_credit_content(content)):
        return m.start(1)
    return None


# An agency's name glued by `#` to the photographer's before a slash (`Name#Corbis/Corbis via Getty Images`)
_HASH_GLUED_AGENCY = re.compile(r"(?<=[a-z])#([A-Z][\w-]{1,30})(?=\s*/)")
# A known agency's hashtag for its pictures, glued to `Photo`, then the photographer (`#APPhoto Name`)
_HASHTAG_PHOTO = re.compile(r"#([A-Z]{2,6})(?:Photo|PHOTO) (?=[A-Z])")
_HASHTAG_PHOTO_TAIL = re.compile(r"(?<=[.!?\"\u201d] )#[A-Z]{2,6}(?:Photo|PHOTO) [A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3}$")


def _hashtag_photo_tail(body: str) -> int | None:
    """AP's social posts: `... Monday, Oct. 16, 2017. #APPhoto Name`: a known agency's hashtag
    after the last sentence, then a person's name to the end -> the hashtag's start, or None."""
    m = _HASHTAG_PHOTO_TAIL.search(body, max(0, len(body) - 64))
    if m is None:
        return None
    h = _HASHTAG_PHOTO.match(body, m.start())
    if h is None or _lookup(h.group(1)) is None or not _person_name_run(body[h.end():].split()):
        return None
    return m.start()


# What archive pages print after a caption's credit bracket: the print's date (`. 30 July 1971`,
# `, Aug. 2, 1964`) or the picture's archive number (`PA-3389209`, `HF0367`).
_PAST_BRACKET_DATE = re.compile(
    r"[.,]?\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[89]|20)\d\d)\.?\s*$")  # (also `... ). 1991`, `... ). March 1965`: a year alone)
_PAST_BRACKET_ID = re.compile(r"[.,]?\s*[A-Z]{1,4}-?\d{4,}\s*$")


def _past_bracket_tail(body: str) -> tuple[str, str] | None:
    """(the body up to its credit bracket, the date written after it), or None when what
    follows the last `)` is not a date or an archive number."""
    i = body.rfind(")")
    tail = body[i + 1:]
    m = _PAST_BRACKET_DATE.match(tail)
    if m is not None:
        return body[:i + 1], m.group(1)
    if _PAST_BRACKET_ID.match(tail):
        return body[:i + 1], ""
    return None


_PAGE_COPYRIGHT_END = re.compile(r"(?<=[.!?\"\u201d] )Image (?:copyright|source,) [A-Z][^\n.]{1,50}$")


def _page_caption_after_credit(body: str) -> tuple[str, str] | None:
    """The BBC's page text: the picture's caption, its `Image copyright AFP` (or `Image source,
    Reuters`) notice, then on a new line (a space here) the page's `Image caption ...` -> (the body up to the
    notice, the page's caption line after it), or None when no notice ends the line before."""
    i = body.rfind(" Image caption ")
    head = body[:i].rstrip()
    if _PAGE_COPYRIGHT_END.search(head, max(0, len(head) - 70)) is None:
        return None
    return head, body[i + 1:].strip()


_MID_CREDIT_BRACKET = re.compile(r"(?<=[.!?] )\(([A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*)? (?:Photo|PHOTO))/ ?"
                                 r"([A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3})\) (?=[A-Z][a-z])")


def _mid_credit_bracket(body: str) -> tuple[str, str] | None:
    """A label credit bracket set between two sentences, the caption going on after it (`... on
    Tuesday, July 19, 2022. (VX Photo/ Jane Roe) Police arrived at the scene.`) -> (the body up to
    the bracket, the sentences after it), or None. Only `Agency Photo/Name` with a person's name,
    and prose after it (lower-case words, no further credit mark), counts."""
    m = None
    for m in _MID_CREDIT_BRACKET.finditer(body):
        pass
    if m is None:
        return None
    tail = body[m.end():].strip()
    words = tail.split()
    if len(words) < 5 or "/" in tail or "(" in tail or sum(w.islower() for w in words) < 3 \
            or not _person_name_run(m.group(2).split()):
        return None
    return body[:m.end()].rstrip(), tail


_FILE_PHOTO_ENDS = (" File Photo", " File Photo.", " FILE PHOTO", " File photo")

# A paper's one-word masthead and `Photo` alone after the caption's last sentence (`... on Monday.
# Gazette Photo`, `Herald Photo/Name`): the outlet's credit, as the bracketed `(Herald Photo)` is
_OUTLET_PHOTO_TAIL = re.compile(r"(?<=[.!?\"\u201d] )([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:Photo|photo|PHOTO)"
                                r"(?: ?/ ?[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){1,3})?$")


@functools.cache
def _outlet_kind_words() -> frozenset:
    return frozenset(_data_lines("outlet_kind_words.txt"))


def _outlet_photo_tail(body: str) -> int | None:
    """`... on Monday. Gazette Photo` -> the credit's start, when the word is a masthead word
    (org_words.tsv's news words, newspaper_heads.tsv less its ambiguous words) or a known news party
    (not `Team photo`, `Courtesy photo`, a surname's `Kowalski Photo`)."""
    m = _OUTLET_PHOTO_TAIL.search(body, max(0, len(body) - 60))
    if m is None:
        return None
    word = m.group(1)
    if word.casefold() in _outlet_kind_words():
        return None  # (`Radio Photo`, `Press Photo`: a kind of outlet or picture, no masthead)
    party = _lookup(word)
    if word.casefold() in _org_words()[0] or word.casefold() in _newspaper_heads() \
            or party is not None and party.kind != "handout":
        return m.start()
    return None


def _caption_acronym_party(description: str, credit: Credit) -> None:
    """A one-word \u201cphotographer\u201d printed in capitals that the caption itself spells out as a body's
    acronym in brackets (`... by the Clean Air Task Force (CATF) shows ... Photograph: CATF/Reuters`):
    the body that handed the picture out, the source, not a person."""
    for name in credit.photographers:
        acronym = name.upper()
        if " " not in name and f"({acronym})" in description and acronym in (credit.line or ""):
            credit.photographers.remove(name)
            credit.source, credit.handout = acronym, True
            return


def _file_photo_tail(body: str) -> int | None:
    """`... in 1961. UPI File Photo`: a bare agency after a sentence end, then its file mark."""
    cut = body.rstrip(".")
    cut = cut[:len(cut) - 11].rstrip()
    s = _plain_tail(cut)
    return s if s is not None and _lookup(cut[s:]) is not None else None


def _doubled_credit(line: str) -> str:
    """A credit printed twice, the page's own after the agency's (the Guardian's `(Photo by
    Name/Getty Images) Photograph: Name/Getty Images`, `(Name / Paper) (Name/Paper)`): the last
    one, when both name the same photographers (or, with none, the same agency); else the line."""
    cut = line.rfind(")")
    first, second = line[:cut].strip(" ("), line[cut + 1:].strip(" ()")
    if not first or not second or "(" in first or ")" in second:
        return line
    a, b = _parse_credit_line_cached(first)[0], _parse_credit_line_cached(second)[0]
    if a.photographers and a.photographers == b.photographers and a.agency == b.agency \
            or not a.photographers and not b.photographers and a.agency and a.agency == b.agency:
        return second
    return line


# A social-media handle set after the caption's closing credit (charities' pages: `Photographer:
# Laura Smith. @laurasmithphoto`): the photographer's account, not a party of the credit.
_ANGLE_CREDIT = re.compile(r"(?<=\s)<([^<>()]{3,80})>$")


def _angle_bracket_credit(body: str) -> str | None:
    """`... 2013. <AP Photo/Name>`: a credit in angle brackets, given back in round ones when
    the bracket reader takes it for a credit (else None: the text stays as printed)."""
    m = _ANGLE_CREDIT.search(body, max(0, len(body) - 90))
    if m is None:
        return None
    rounded = body[:m.start()] + "(" + m.group(1) + ")"
    found = _bracket_tail(rounded)
    return rounded if found and found[0] >= m.start() else None


_EMAIL_AFTER_BYLINE = re.compile(r"(?<=[a-z]) ([\w.+-]{2,30}@(?:[\w-]+(?:\.[\w-]+)*)?)\.?$")  # `Name name81@`, `Name name@yna.co.kr`
_HANDLE_AFTER_CREDIT = re.compile(r"(?<=\.)\s+@[A-Za-z0-9_.]{2,30}$")


_OWN_LINE_NOT_NAME = re.compile(r"[\d.!?:;,()]")  # marks of prose or of a dated line, not of a byline


def _own_line_credit_shape(line: str) -> bool:
    """A line that reads as a credit by itself: a known agency (`BNPS`, `PA Wire`), or one to
    five capitalised words before a slash and a known agency (`IMAGEPLOTTER/ALAMY`)."""
    if _lookup(line) is not None:
        return True
    head, slash, agency = line.rpartition("/")
    if not slash or _lookup(agency.strip()) is None or _OWN_LINE_NOT_NAME.search(head):
        return False
    words = head.replace("/", " ").split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() for w in words)


def split_own_line_credit(raw: str, text: str) -> tuple[str, Credit, list[str]] | None:
    """The caption's last line read as its credit, when split_credit found none in the text
    as read: the papers print the credit on a line of its own (`...with his family\nNAME/BNPS`),
    which normalise_text joins to the prose, so the line break (in `raw` only) is the one mark
    of where the credit begins. None unless the line is credit-shaped."""
    line = " ".join(raw.rstrip().rpartition("\n")[2].split())
    if not line or len(line) > 80 or len(line) >= len(text) or not text.endswith(line) \
            or not _own_line_credit_shape(line):
        return None
    description, rest_credit, warnings = split_credit(text[:-len(line)].rstrip())
    if rest_credit.line is not None:
        return None
    read, w = parse_credit_line(line)
    if read.line is None or read.agency is None:
        return None
    credit = Credit(read.line, read.photographers[:], read.agency, read.source, read.pool,
                    read.handout or rest_credit.handout, read.file or rest_credit.file)
    return description, credit, [x for x in warnings if x != "no-credit"] + list(w)


# A wire's story dateline opening the caption: `OKCHEON, April 29 (Yonhap) --`, `KOBE, Japan, Sept. 19 Kyodo -`
_DATELINE_AGENCY = re.compile(
    r"[A-Z][A-Z .'\-]+,(?: [A-Z][\w.'\- ]{1,30},)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},?"
    r"(?: (?:19|20)\d\d,?)? (?:\((?P<bracketed>[^()]{2,30})\)|(?P<bare>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)) ?(?:--|[-\u2013\u2014]) ")


def _dateline_agency(body: str) -> str | None:
    """The agency a story dateline names (`SEOUL, May 3 (Yonhap) --`), when the table knows it as a
    news organisation; else None. Read only when the caption prints no credit of its own."""
    m = _DATELINE_AGENCY.match(body)
    if m is None:
        return None
    name = m.group("bracketed") or m.group("bare")
    party = _lookup(name)
    return name if party is not None and party.kind != "handout" else None


def split_credit(text: str) -> tuple[str, Credit, list[str]]:
    """Split caption text into (description, credit, warnings). Never raises."""
    try:  # the body inline, not a call: it runs for every caption
        warnings: list[str] = []
        # A caption without brackets (one-character `in` tests are cheap) needs no bracket work.
        brackets = "(" in text or ")" in text
        if brackets and text.count("(") != text.count(")"):
            warnings.append("unbalanced-parenthesis")
        body, desk_file = text.strip(), False
        if brackets and (body[-1:] == "}" or body[-1:] == "]"):
            body = _mistyped_closer(body)
        elif body[-1:] == ">" and "<" in body[-90:]:
            angled = _angle_bracket_credit(body)  # the Sri Lankan papers' `... 2013. <AP Photo/Name>`
            if angled is not None:
                body, brackets = angled, True
        if brackets and body.find(" RT", max(0, len(body) - 13)) != -1:  # `(RUSSIA - Tags: POLITICS) - RTX1388I`
            body = _REUTERS_PICTURE_ID.sub("", body)
        elif body.find(" - R", max(0, len(body) - 18)) != -1:  # `Name/Pool via REUTERS - RC2TLF9O1PGL`
            m = _REUTERS_ID_AFTER_AGENCY.search(body, max(0, len(body) - 24))
            if m is not None and body.upper().find("REUTERS", max(0, m.start() - 80), m.start()) != -1:
                body = body[:m.start()]
        if body[-5:] == "(END)" and body[-6:-5].isspace():  # Yonhap's end-of-story mark after its credit:
            body = body[:-5].rstrip()  # `... 2016. (Yonhap) (END)` (desk_tags.txt holds no bracketed tag)
        if not body.endswith(")"):  # _strip_desk_tags' own first test, saving the call
            body, desk_file = _strip_desk_tags(body)
        if body.endswith(")"):  # (also once a notice after the tag is cut: `(INDIA - Tags: ...) FOR EDITORIAL USE ...`)
            if "Tags:" in body[-200:]:
                # Reuters' archive desk tag "(UNITED STATES - Tags: POLITICS)" after the credit
                body = _REUTERS_TAGS.sub("", body)
            elif body.find("REUTERS/", max(0, len(body) - 80)) != -1:
                body = _REUTERS_COUNTRY.sub(r"\1", body)
            if body.find("OTO:", max(0, len(body) - 60)) != -1:
                cut = _DISTRIBUTOR_TAG.sub("", body)
                if "(" in cut:  # another bracket, the credit's, stands before the tag
                    body = cut

        email = ""
        if "@" in body[-32:]:
            m = _HANDLE_AFTER_CREDIT.search(body, max(0, len(body) - 40))
            if m is not None:  # `... Photographer: Name. @namehandle`: the photographer's account
                body = body[:m.start()]
            else:
                m = _EMAIL_AFTER_BYLINE.search(body, max(0, len(body) - 60))
                if m is not None:  # Yonhap's `... Photo by Name name81@`: the photographer's address,
                    body, email, email_cut = body[:m.start()], m.group(1), body[m.start():]  # read without it, printed in the line
        start, line, lead, earlier = None, None, None, None
        semicolon = spaced_label = False
        found = _bracket_tail(body) if brackets else None
        if brackets and body[-1:] == ")" and "_" in body[-30:]:
            m = _SLUG_AFTER_BRACKET.search(body, max(0, len(body) - 40))
            if m is not None and body.rfind("(", 0, m.start()) > body.rfind(")", 0, m.start()):  # PTI's `(PTI Photo/Name)(PTI3_25_2019_000177B)`: the picture's slug after the credit
                body = body[:m.start() + 1]
                found = _bracket_tail(body)
        if not found and brackets:
            cut = _cut_tag_after_bracket(body)
            if cut is not body:
                body = cut
                found = _bracket_tail(body)
        if not found and brackets and body[-1:] != ")" and ("opyright" in body[-90:] or "\u00a9" in body[-90:]):
            cut = _cut_notice_after_bracket(body)  # `(AP Foto/Name) Copyright 2023 The Associated Press. All rights reserved.`
            if cut is not None:
                found = _bracket_tail(cut)
                if found:
                    body = cut
        if not found and brackets and body[-1:] == ")":
            found = _bare_org_tail(body) or _bare_byline_bracket(body)  # `... handout photo. (Waymo)`
        after_credit = ""  # a date printed after the credit's bracket, given back to the description
        whole_body = None  # the body before a page's caption line was set aside
        if not found and " Image caption " in body:
            page = _page_caption_after_credit(body)  # the BBC's `... 2018. Image copyright AFP Image caption ...`
            if page is not None:
                whole_body, (body, after_credit) = body, page
        if not found and brackets and body[-1:] != ")":
            # archive prints: `(Photo by X/Getty Images). 30 July 1971`
            moved = _past_bracket_tail(body) if ")" in body[-32:] else None
            if moved is None and ("Photo/" in body or "PHOTO/" in body):
                moved = _mid_credit_bracket(body)  # `... 2022. (VX Photo/ Name) Police arrived ...`
            if moved is not None:
                body, after_credit = moved
                found = _bracket_tail(body)
        if found:
            start, line, unclosed = found
            near = body[max(0, start - 60):start] if start > 8 and body[start - 1] == " " else ""
            if (":" in near or "by " in near) and _lookup(line) is not None:
                labelled = _labelled_name_before(body, start)  # `Photo: Name (Getty Images)`, `Photo by Name (Reuters)`
                if labelled is None and ", " in body[max(0, start - 40):start]:
                    labelled = _labelled_list_before(body, start)  # `Image: NASA, ESA, Name (STScI)`
                if labelled is None and ":" in near:
                    # `Picture: AFP PHOTO / Médecins sans Frontières (MSF)`: the bracket a party's short form
                    labelled = _labelled_expansion_before(body, start, line)
                if labelled is None and "/" in near and ". " in near:
                    # IOL's `... road. Picture: Name/African News Agency (ANA)`: the spelt agency, then its short form
                    labelled = _byline_before_agency_bracket(body, start, line)
                if labelled is not None:
                    start, line = labelled, body[labelled:].rstrip(" .")
            elif start > 8 and not unclosed and ". " in body[max(0, start - 90):start] and _lookup(line) is not None:
                before = _byline_before_agency_bracket(body, start, line)
                if before is not None:  # `... in 2014. Nacho Doce (Reuters)`, `Picture; Name/African News Agency(ANA)`
                    start, line = before, body[before:].rstrip(" .")
            if ")" in body[start - 2: start]:  # a bracket just before the credit's
                earlier = _earlier_credit(body, start)
                if earlier is not None:  # `(Photo by Name/Sipa USA)(Sipa via AP Images)`: one credit
                    start, line, earlier = earlier[0], earlier[1], earlier[2]
            elif line[:12] in _SHOULD_READ_HEADS and start > 8:
                earlier = _plain_credit_before(body, start, line)
                if earlier is not None:  # AFP's `AFP PHOTO / NAME (Photo credit should read NAME/AFP via Getty Images)`
                    start, line, earlier = earlier[0], earlier[1], earlier[2]
        else:
            # Shutterstock prints its credit first: `Mandatory Credit: Photo by Name/Shutterstock
            # (1234a) Description` (no final bracket: a credit there is the caption's own)
            if body[:2] in _LEAD_CREDIT_FIRST:
                lead = _leading_credit(body)
            elif "\u2014" in body[:40]:
                lead = _lead_dash_credit(body)  # TIME's `Name—Reuters Description`
            elif (body[:1] == "\u00a9" or body[:2] == "Ph" or body[:2] == "Pi") and "/" in body[:60]:
                lead = _lead_agency_credit(body)  # `Photo by Name/MSF Description`, `© UNICEF/Code/Name Description`
            elif "/" in body[:50] and body[1:2].isupper():
                lead = _lead_caps_byline(body)  # Stuff's `NAME SURNAME/Stuff Description`
            if lead is None and body[:1].isupper() and (" - " in body[:48] or " \u2013 " in body[:48]):
                lead = _lead_news_dash(body)  # `AFP/ JIJI PRESS - Description`, `The Yomiuri Shimbun \u2013 Description`
            if lead is None and body[:1] == "(":
                lead = _lead_bracket_credit(body)  # the Salt Lake Tribune's `(Name | Paper) Description`
            square = _square_tail(body) if body[-1:] == "]" else None
            if lead is not None:
                start, line = 0, body[:lead].strip()
                if line[-1:] in _DASHES:  # `NAME/Paper - Description`: the dash is neither's
                    line = line[:-1].rstrip()
                if line[:1] == "(" and line[-1:] == ")":
                    line = line[1:-1].strip()
                elif line[-1:] in "-\u2013\u2014":
                    line = line[:-1].rstrip()  # `AFP/ JIJI PRESS - Description`: the dash sets it off
            elif square is not None:
                start, line = square
            else:
                m = _PHOTO_SLUG.search(body, max(0, len(body) - 60)) if body[-1:] == ")" else None
                studio = _STUDIO_CR_TAIL.search(body, max(0, len(body) - 90)) if "Cr." in body[-90:] or "Cr:" in body[-90:] else None
                if studio is not None:  # a studio still's `Cr. NAME/NETFLIX © 2020`
                    m, body = None, body[:studio.end()]
                # `... Monday. PTI Photo(PTI4_13_2010_000005B)`: the desk's picture slug after the label
                s = studio.start() if studio is not None else \
                    _plain_tail(body.rstrip() if m is None else body[:m.start()].rstrip())
                if s is None and body.endswith(_FILE_PHOTO_ENDS):
                    s = _file_photo_tail(body)  # UPI's `... in 1961. UPI File Photo`
                if s is None and ("hoto" in body[-44:] or "HOTO" in body[-44:]):
                    s = _outlet_photo_tail(body.rstrip())  # `... on Monday. Gazette Photo`
                if s is None and _staff_job_word(body[-80:]):
                    s = _staff_byline_tail(body.rstrip())  # `... on Monday. Daily Courier photographer Jane Roe`
                if s is None and "/" in body[-50:]:
                    s = _slash_label_tail(body.rstrip())
                    if s is None:
                        s = _sentence_slash_tail(body.rstrip())
                    if s is None:
                        s = _archive_number_tail(body.rstrip())
                    if s is None and "/ " in body[-50:]:
                        s = _glued_slash_byline(body.rstrip())
                if s is None and "oto" in body[-50:] and "-" in body[-50:]:
                    s = _dash_foto_tail(body.rstrip())  # Bernama's `... on Monday. --fotoBERNAMA (2024) COPYRIGHTS RESERVED`
                if s is None and " via " in body[-30:] and "/" not in body[-50:]:  # (with a slash, _slash_label_tail asked)
                    s = _grab_tail(body.rstrip())  # `... online. Screenshot via X`
                if s is None and ("opyright" in body[-100:] or "\u00a9" in body[-100:]):
                    s = _copyright_tail(body.rstrip())  # `... 2024. Copyright 2024 The Associated Press. All rights reserved.`
                if s is None and " for " in body[-60:]:
                    s = _agency_for_client_tail(body.rstrip())  # `... in Milan. Getty Images for IMG`
                if s is None and ";" in body[-60:]:
                    semi = _semicolon_label_tail(body.rstrip())
                    if semi is not None:
                        s, body = semi[0], semi[1]
                        semicolon = True
                if s is None and body[-6:].casefold() == ", file":
                    s = _plain_tail(body[:-6].rstrip())  # AP's `... province. Name/AP, file`: the archive mark after an unbracketed credit
                if s is not None:
                    if body[s:s + 1] == "\u00a9" and ("/" in body[s - 2:s] or body[s - 1:s] == " "):
                        s = _name_before_copyright(body, s)  # `Name / \u00a9 Paper`, `Name \u00a9 Paper`
                    elif "\u00a9" in body[max(0, s - 60):s]:
                        g = _glued_copyright(body)  # `... September 6\u00a9 Russian Ministry of ...`: the glued
                        if g is not None and g < s:  # sign opens the credit, not the word the finder stopped at
                            s = g
                    if body[s - 2:s] in ("\u2014 ", "\u2013 "):
                        named = _name_before_dash(body, s - 3)  # `... in Kabul. Name \u2014 AFP/Getty Images`
                        if named is not None:
                            s = named
                    start, line = s, body[s:].strip()
                    if line[1:2] == " " and line[0] in "-\u2013\u2014|":
                        line = line[2:].lstrip()  # `... cornflour. - Activist Group/AP`, `... Kyoto. | AFP-JIJI`: the mark sets the credit off
                    elif line[:2] == "--" or line[:1] == "-" and line[1:2].isalpha():
                        line = line.lstrip("-").lstrip()  # `--fotoBERNAMA`: the dashes set the credit off
                elif " " in body[-40:] and ("- " in body[-40:] or "\u2013" in body[-40:] or "\u2014" in body[-40:]):
                    d = _dash_byline(body)  # `... in April. – Jim Gehrz`
                    if d is not None:
                        start, line = d[0], body[d[1]:].strip()
                if start is None and ("\u2014" in body[-80:] or "\u2015" in body[-80:] or " \u2013 " in body[-80:]):
                    d = _dash_party(body)  # the Inquirer's `... is illegal. —AFP`, `—REUTERS/Name`
                    if d is not None:
                        start, line = d[0], body[d[1]:].strip()
                    if d is None and "\u2014" in body[-80:]:
                        d = _dash_name_paper(body)  # the Tribune's `... summit. — Name, Chicago Tribune, May 18, 2012`
                        if d is not None:
                            start, line, after_credit = d[0], body[d[1]:d[2]].strip(" ,"), body[d[2]:].strip(" ,.")
                            body = body[:d[2]]
                if start is None and body.rstrip(". ").endswith(_PHOTO_NOUN_ENDS):
                    d = _dash_photo_line(body)  # the Gulf papers' `... on Tuesday. \u2013 Amiri Diwan photo`
                    if d is not None:
                        start, line = d[0], body[d[1]:].strip()

        if start is None and body[-1:].isalpha() and "." in body[-40:]:
            start = _glued_getty_name(body)  # `... in Toronto, Canada.Jason Merritt`
            if start is not None:
                line = body[start:].strip()
        if start is None and body[-1:].isalpha() and ". " in body[-50:]:
            start = _dated_bare_name_tail(body)  # `... on Monday, May 1, 2023. Jane Roe`
            if start is not None:
                line = body[start:].strip()
        if start is None and "\u00a9" in body:  # `... Geneva, June 16\u00a9 Name/TASS`: glued to the text before
            start = _glued_copyright(body)
            if start is not None:
                line = body[start:].strip()
        if start is None and " | " in body[-60:]:
            start = _pipe_tail(body)  # the Japan Times' `... in Hokkaido. | KYODO`
            if start is not None:
                line = body[start:].strip()
        if start is None and " # " in body[-64:]:
            start = _hash_tail(body)  # the Atlantic's `... in Beijing. # Name / Getty`
            if start is not None:
                line = body[start:].strip()
        if start is None and " #" in body[-64:]:
            start = _hashtag_photo_tail(body)  # AP's `... 2017. #APPhoto Name`
            if start is not None:
                line = body[start:].strip()
        if start is None and body[-1:].isalpha():
            start = _spaced_label_tail(body)  # the Malaysian desks' `... in Malaysia. photo Name Name`
            if start is not None:
                line = body[start:].strip()
                spaced_label = True
        if start is None and body[-1:].isupper() and body[-2:-1].isalpha():
            start = _caps_byline_end(body)  # The Times' `... Hugh Lane Gallery, Dublin NAOISE CULHANE`
            if start is None:
                start = _caps_credit_after_prose(body)  # `... the close of the season ROYAL NAVY`
            if start is not None:
                line = body[start:].strip()
            elif " - " in body[-60:]:
                start = _dash_caps_body(body)  # `... and Yannic Doutaz - FEDERAL CHANCELLERY`
                if start is not None:
                    line = body[start:].strip()
                    start -= 3  # (the hyphen sets the credit off: neither the description's nor the credit's)
        doubled = False
        if start is not None and earlier is None and ")" in line:
            last = _doubled_credit(line)  # `(Photo by Name/Getty Images) Photograph: Name/Getty Images`
            doubled, line = last is not line, last
        if start is None and body[:1].isupper() and " " in body[:24]:
            lead = _lead_wire_name(body)  # the Washington Times' `Associated Press Sen. Name said ...`
            if lead is None and body[:2] in ("Ph", "Pi") and " by " in body[:16]:
                lead = _lead_byline_sentence(body)  # `Photos by Name. Top photo: ...`
            if lead is None and " via " in body[:60]:
                lead = _lead_via_credit(body)  # `NAME via Getty Images Firefighters ...`
            if lead is None and body[:2] in ("Ph", "Pi") and "/" in body[:60]:
                lead = _lead_byline_paper(body)  # `Photo by Name/The Daily Standard A judge ...`
            if lead is not None:
                start, line = 0, body[:lead].strip()
        if start is None:
            description, credit = body, Credit()
            if whole_body is not None:  # (no credit found before the page's caption: the body as it was)
                description = whole_body
            wire = _dateline_agency(body) if body[:1].isupper() and ("--" in body[:70] or " - " in body[:70]) else None
            if wire is not None:  # `OKCHEON, April 29 (Yonhap) -- ...`: no credit but the dateline's wire;
                read, w = _parse_credit_line_cached(wire)  # the dateline stays the description's
                credit = Credit(read.line, read.photographers[:], read.agency, read.source,
                                read.pool, read.handout, read.file)
            else:
                warnings.append("no-credit")
        else:
            description = body[lead:].lstrip() if lead is not None else body[:start].rstrip()
            if doubled:  # the first credit's open bracket, left before the found start
                description = description.rstrip(" (")
            if description[-2:] == " |" or description[-2:] == " #" or description[-2:] in (" -", " \u2013", " \u2014") \
                    and description[-3:-2] in ".!?\"\u201d":  # the marker set before the credit (`... in Hokkaido. | KYODO`, `... year. \u2013 PIC COURTESY OF`)
                description = description[:-2].rstrip()
            elif description[-2:] in ("./", " /"):  # the slash set before it (`... a collector./ Yonhap`)
                description = description[:-1].rstrip()
            if after_credit:
                description += " " + after_credit
            if line[-1:] == ".":  # `line` comes stripped from both finders
                line = _final_period(line)
            # parse_credit_line's copy, inline: the cached record stays untouched
            read, w = _parse_credit_line_cached(line if earlier is None else earlier[1]) if not spaced_label \
                else _parse_credit_line_cached(_bare_label_name(line) or line.replace(" ", ": ", 1))  # (read as
            # `photo: Name`, or `Pic: Name/Paper` when a paper closes it: `Pic Juan Perez Clarin`)
            credit = Credit(read.line, read.photographers[:], read.agency, read.source,
                            read.pool, read.handout, read.file)
            if w:
                warnings.extend(w)
            if earlier is not None:
                _merge_earlier(credit, line, earlier)
            if semicolon and credit.line:  # printed as written: `PHOTO; NAME`
                credit.line = credit.line.replace(":", ";", 1)
            elif spaced_label and credit.line:
                credit.line = line

        if email:  # (the address cut before the credit was looked for)
            if credit.line is not None:
                credit.line += " " + email
            else:
                description += email_cut  # (no credit: the text as it was)
        if credit.photographers and credit.source is None and "(" in description:
            _caption_acronym_party(description, credit)  # `... by ... Clean Air Task Force (CATF) ... Photograph: CATF/Reuters`
        if "Original Publication:" in description:
            # Getty's archive note after the caption (`Original Publication: Picture Post - 7849 -
            # Hiroshima - pub. 1955`): where the print first ran, not what the picture shows
            description = description[:description.find("Original Publication:")].rstrip()
        lead_file = False
        if description[:1] in _LEAD_TAG_FIRST:  # strip_leading_tags' own first test, saving the call
            description, lead_file = strip_leading_tags(description)
        description = strip_picture_slug(description)
        low = description.lower()  # substring checks first: the phrase regexes are slow on long text
        if desk_file or lead_file or ("file " in low and _file_phrase(description, low)) \
                or low[-6:] == "(file)" or low[-7:] == "(file)." or low[-8:] == "(files)" \
                or low[-1:] == ")" and _bracketed_file_mark(low):  # the Indian papers' `... rally. (File)`, the Danish `(Arkivfoto)`
            credit.file = True
        if not credit.handout and ("handout" in low or "courtesy" in low or "ed by" in low and _handout_hint(low)) \
                and (_HANDOUT_PHRASE.search(description)  # the two commonest words before the call
                     or "released by" in low and _released_by_body(description)):
            credit.handout = True
        if not credit.photographers and "n this " in low and " by " in low:
            _photo_by_phrase(description, credit)  # `In this photo by Name, ...`: the caption names its photographer
        if credit.handout and credit.source is None and credit.photographers and "provided by " in low:
            _provider_as_source(description, low, credit)
        elif credit.source is not None and not credit.photographers and credit.line is not None \
                and ("sketch" in low or "drawing" in low) and credit.line.startswith(credit.source):
            _maker_of_supplied_picture(description, low, credit)
        return description, credit, warnings
    except Exception as exc:  # never let odd input escape as an exception
        return text, Credit(), ["no-credit", f"internal-error: credit: {type(exc).__name__}"]


# ---- credit-like runs the split left in the description --------------------------------------
# A credit the split above does not take as the credit line can still sit in the description
# ("... acquitted.Ida Libby Dengrove\u2014AP", "... the trophy. Source: Ann Roe", "MATTHEW ABBOTT
# FOR NATIONAL GEOGRAPHIC", "The Hill Times photographs by Ann Roe, Tom Lee."). credit_runs finds
# those runs and gives their spans; the people step drops every name starting inside one: a
# photographer, not a person pictured. Each shape is looked for behind a substring test, so a
# caption without it pays one `in` test.

# a name in capitals, then "FOR" and an outlet (or "FOR" closing the text when the split took
# the outlet), "via"/"VIA" and an outlet, or a slash: "PETER PARKS via Getty Images", "JANE ROE/AFP"
_CAPS_BYLINE_AFTER = re.compile(r"(?: FOR(?: [A-Z]{2}|\s*$)| via [A-Z]| VIA [A-Z]| ?/ ?[A-Z])")

# a trailing credit after the caption's last sentence: a name opening the last sentence, a dash
# (or a bracket) after it, then no period to the end, and an agency there ("Jung Yeon-je - pool,
# Pool", "Bill Roe\u2014AP", "Noel Celis (Agence France-Presse/Getty Images) wsj")
_TRAILING_CREDIT = re.compile(r"\s*(?:[-\u2013\u2014]+|\()[^.]{0,60}$")
_TRAILING_AGENCY = re.compile(r"\b(?:AP|AFP|Reuters|REUTERS|Getty|EPA|EPA-EFE|Pool|pool|POOL|Xinhua|Shutterstock|INPHO|PA)\b")
# where a sentence may open before such a name: an end mark (and a closing quote) and space, or
# a given name glued to the period ("acquitted.Ida Libby Dengrove"): the name after it
_SENTENCE_OPEN_BEFORE = re.compile(r"(?:[.!?][\"\u201d\u2019]?\s+|[a-z]\.[A-Z][a-z]+\s)(?=\S)")
# a name's words as the trailing credit prints them: capitalised words, initials, particles
_CREDIT_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s(?:(?:de|da|del|der|di|du|van|von|la|le|al|bin|dos|das)\s)*[A-Z][\w.'\u2019-]*)*")

# a sentence of credits: "The Hill Times photographs by Ann Roe, Tom Lee, and courtesy of
# X/Wikimedia Commons.", "Illustration by The Hill Times' Ann Roe.", "Image by Ann Roe.": (a
# publication's capitalised words, or none) then the picture's noun and "by"/"courtesy of"
# ("In this photo by X, Cpl. Y ..." opens with a lower-case word; "Ann Roe photographs by
# candlelight" names no maker: neither is one)
_CREDIT_SENTENCE_GATE = re.compile(r"(?:[Pp]hoto(?:graph)?s?|[Ii]llustrations?|[Pp]ictures?|[Ii]mages?) (?:by|courtesy of) ")
_CREDIT_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:photo(?:graph)?s?|illustrations?|pictures?|images?)"
                              r"|(?:Photo(?:graph)?s?|Illustrations?|Pictures?|Images?))\s+(?:by|courtesy of)\s+[A-Z][^.]{0,120}(?:\.|$)")

# a credit label and its colon closing the text, then only capitalised words or initials to the
# end ("... the trophy. Source: Ann Roe", "Photo : A. B. Raman"). ("Photo: A funeral was held for
# X" goes on in lower case; a label opening the text names its subject: neither is one.)
_LABEL_TAIL = re.compile(r"(?<=[.!?])\s+(?i:" + "|".join(
    re.escape(x).replace("\\ ", r"\s+")
    for x in sorted((l.strip() for l in _data_lines("credit_labels.txt")), key=len, reverse=True))
    + r")\s*:\s*(?P<names>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s*$")


def credit_runs(text: str, has_line: bool) -> list:
    """The (start, end) spans of the credit-like runs in a description: a name in capitals before
    its outlet, a name glued by a slash to its outlet in the last sentence (when the caption
    has no credit line), a name after the last sentence before a dash and an agency, a
    labelled maker closing the text, a sentence of picture credits. A name starting inside
    one is the picture's maker."""
    runs = []
    if " FOR" in text or " via " in text or " VIA " in text or "/" in text:
        _capitals_bylines(text, runs)
    if not has_line and "/" in text:
        _slash_bylines(text, runs)
    n = len(text)
    if "-" in text[-62:] or "\u2013" in text[-62:] or "\u2014" in text[-62:] or "(" in text[-62:]:
        _trailing_bylines(text, runs)
    if ":" in text[-70:]:
        c = _LABEL_TAIL.search(text, max(0, n - 80))
        if c is not None:
            runs.append((c.start("names"), n))
    if (" by " in text or " courtesy of " in text) \
            and ("hoto" in text or "llustration" in text or "icture" in text or "mage" in text) \
            and _CREDIT_SENTENCE_GATE.search(text):
        for c in _CREDIT_SENTENCE.finditer(text):
            runs.append(c.span())
    return runs


def _word_start(text: str, e: int) -> int:
    """Where the word ending at `e` starts: after a space, a slash or a dash."""
    b = text.rfind(" ", 0, e)
    for mark in ("/", "\u2014", "\u2013"):
        k = text.rfind(mark, b + 1, e)
        if k > b:
            b = k
    return b + 1


def _name_run_before(text: str, end: int, capitals: bool) -> int:
    """Where the run of name words (parted by one space) ending at `end` starts; `end` when
    there is none; with `capitals`, every word is in capitals. A word closing a sentence or a
    clause (a comma, a colon, a period after more than an initial) ends the run, and so does
    a slash or a dash; an opening bracket or quote glued to the first word is no part of it."""
    start = end
    e = end
    while e > 0:
        b = _word_start(text, e)
        w = text[b:e]
        if not w or w[-1] in ",;:" or (w[-1] == "." and len(w) > 3 and e != end):
            break
        opened = w[0] in "(\"\u201c\u2018'[" and len(w) > 1
        if opened:
            b += 1
            w = w[1:]
        if w[0].isupper():
            if capitals and not w.isupper():
                break
        elif capitals or opened or w not in _particles():
            break
        start = b
        if opened or b < 2 or text[b - 1] != " ":
            break
        e = b - 1
    while start < end:  # (a run opens with a capital, not a particle)
        sp = text.find(" ", start, end)
        if sp < 0 or text[start:sp] not in _particles():
            break
        start = sp + 1
    return start


def _capitals_bylines(text: str, runs: list) -> None:
    for c in _CAPS_BYLINE_AFTER.finditer(text):
        e = c.start()
        a = _name_run_before(text, e, True)
        if a < e and " " in text[a:e]:  # (two words at least: a name)
            runs.append((a, e))


def _slash_bylines(text: str, runs: list) -> None:
    i = text.find("/")
    while i >= 0:
        if "A" <= text[i + 1:i + 2] <= "Z" and text.find(". ", i) < 0:
            a = _name_run_before(text, i, False)
            if a < i:
                words = text[a:i].split()
                k = _longest_agency(words)
                if k is not None:  # ("Ann Roe REUTERS/Bo Lee": the agency at the slash, a person before it)
                    a = i - len(" ".join(words[-k:]))
                runs.append((a, i))
        i = text.find("/", i + 1)


def _trailing_bylines(text: str, runs: list) -> None:
    n = len(text)
    opens = [o.end() for o in _SENTENCE_OPEN_BEFORE.finditer(text, max(0, n - 90))]
    if n < 60:
        opens.insert(0, 0)  # (the text's own start)
    for s in opens:
        if s <= n - 60:
            continue
        c = _CREDIT_NAME.match(text, s)
        if c is None or c.group().count(" ") > 3 or "'s " in c.group() or "\u2019s " in c.group():
            continue  # (a photographer's name: four words at most, no possessive: "Brazil's President X")
        for z in range(s + 1, c.end() + 1):  # (the name may end before a word or a hyphen the run took: "Ann Roe-AP")
            if text[z - 1] != " " and text[z - 1] != "." and _TRAILING_CREDIT.match(text, z) and _TRAILING_AGENCY.search(text, z):
                runs.append((s, n))
                return
