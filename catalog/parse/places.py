"""Venue, city, region, country.

Steps (each a small function below):

    place chains   every "in/near/outside/at/from X, Y, Z" run of capitalised segments, plus
                   the Getty/AFP dateline (`BEIJING, CHINA - JUNE 18:`), the Reuters sports
                   header (`... - Venue, City, Country - June 11, 2023`), the USA Today one
                   (`Jun 12, 2023; Denver, Colorado, USA;`), the dpa/ZUMA date-first dateline
                   (`12 February 2025, Bavaria, Nuremberg:`), the Shutterstock place list
                   (`Event, Venue, City, Country - 21 Jun 2024`) and a capital named by its
                   demonym (`the Kenyan capital, Nairobi`)
    resolve        each segment against the tables: country (pycountry + aliases), US state
                   (`us`: full name, AP abbreviation, postal code), region, city, descriptor
                   (`capital of China`, `south of Seoul`, `northern Germany`)
    pick           the chain that says most; compatible facts of other chains fill the gaps
    venue          the named place smaller than a town: a capitalised phrase after a spatial
                   preposition with a venue head noun, a famous name, or one written just
                   before the town (`at Bharat Mandapam in New Delhi`)
    imply          a missing country from the city, the region or a famous venue; a local
                   newspaper's unnamed-state town from the paper's home country

Tables are data files under data/, loaded once (functools.cache).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from .record import Location
# US state or territory by full name, AP abbreviation or postal code (key) -> full name; and
# AP's dotted abbreviations as written (`Ky.`, `N.M.`) -> state, where `KY` must not pass
from .us_states import name_by_any_key as _us_states
from .us_states import ap_forms_without_period as _ap_state_forms
from .us_states import name_by_dotted_ap_abbreviation as _ap_state_abbreviations

try:
    import cython  # compiled: the hand-written scans below are typed C loops
    _COMPILED = cython.compiled
except ImportError:  # plain Python without Cython
    _COMPILED = False
    from . import _cython_shim as cython

_MAX_TEXT = 4000  # a place is written near the start or the date; long texts are cut here

# --------------------------------------------------------------------------- tables


# The look-up memos below are plain dicts (emptied when full, a bound on memory): called from
# the compiled build, a dict look-up costs a fraction of an lru_cache call (an argument tuple, a
# Python call and the cache's bookkeeping), and these are called dozens of times a caption.
_MEMO_SIZE = 8192
_MISS = object()  # a memo's "not there yet" (None is an answer)
_KEYS: dict = {}


def _memoised(memo: dict, fn, arg):
    """fn(arg), remembered in `memo` (fn answers the same for the same argument)."""
    hit = memo.get(arg, _MISS)
    if hit is _MISS:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        hit = memo[arg] = fn(arg)
    return hit


def _key(s: str) -> str:
    """Lookup key: no accents, no case, curly quotes straight, single spaces, no final period."""
    return _memoised(_KEYS, _key_of, s)


def _key_of(s: str) -> str:
    """_key without its memo."""
    if "&" in s:
        s = s.replace(" & ", " and ")  # "Bosnia & Herzegovina", "Trinidad & Tobago"
    if s.isascii():
        return " ".join(s.casefold().split()).strip(" .")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(s.casefold().split()).strip(" .")


def _data_lines(name: str):
    text = resources.files("catalog.parse.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.rstrip()
        if line and not line.startswith("#"):
            yield line


def _tsv(name: str) -> dict[str, tuple[str, str]]:
    """key -> (name as listed, second column)."""
    out = {}
    for line in _data_lines(name):
        a, _, b = line.partition("\t")
        out.setdefault(_key(a), (a.strip(), b.strip()))
    return out


@functools.cache
def _countries() -> dict[str, str]:
    """Any country name or alias (key) -> common English short name."""
    import pycountry

    aliases = {k: v for k, (_, v) in _tsv("country_aliases.tsv").items()}
    out: dict[str, str] = {}
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        short = getattr(c, "common_name", None) or c.name
        short = aliases.get(_key(short), short)
        for n in names:
            if n:
                out.setdefault(_key(n), aliases.get(_key(n), short))
    out.update(aliases)
    for short in set(out.values()):  # the short name itself is written too: Russia, Turkey, Brunei
        out.setdefault(_key(short), short)
    return out


@functools.cache
def _regions() -> dict[str, tuple[str, str]]:
    """key -> (name shown, country): the third column when given (`Shan State` -> Shan), else the name."""
    out = {}
    for line in _data_lines("regions.tsv"):
        cols = line.split("\t")
        if len(cols) > 1:
            shown = (cols[2] if len(cols) > 2 else cols[0]).strip()
            if shown.endswith((" region", " oblast")):  # "Kyiv Region" read whole: the generic word goes
                shown = shown.rsplit(" ", 1)[0]
            out.setdefault(_key(cols[0]), (shown, cols[1].strip()))
    return out


@functools.cache
def _squashed_regions() -> dict[str, tuple[str, str]]:
    """The regions whose name joins its parts with a hyphen or a capital inside a word
    (`KwaZulu-Natal`, `Baden-Wurttemberg`), by their key with no hyphen nor space: papers split
    and join those parts their own way (`Kwa-Zulu Natal`, `Kwazulu Natal`, `Baden Wurttemberg`)."""
    out = {}
    for k, hit in _regions().items():
        if "-" in k or any(c.isupper() for w in hit[0].split() for c in w[1:]):
            out.setdefault(k.replace("-", "").replace(" ", ""), hit)
    return out


@functools.cache
def _region_abbreviations() -> dict[str, tuple[str, str]]:
    """Canadian and Australian region abbreviation (key) -> (region, country)."""
    out = {}
    for line in _data_lines("region_abbreviations.tsv"):
        abbr, region, country = (x.strip() for x in line.split("\t"))
        out[_key(abbr)] = (region, country)
    return out


@functools.cache
def _shared_regions() -> tuple[dict[tuple[str, str], str], frozenset, frozenset]:
    """shared_regions.tsv: ((region key, country) -> region), the keys, the keys that are also towns."""
    out, towns = {}, set()
    for line in _data_lines("shared_regions.tsv"):
        cols = [x.strip() for x in line.split("\t")]
        out[(_key(cols[0]), cols[1])] = cols[0]
        if len(cols) > 2:
            towns.add(_key(cols[0]))
    return out, frozenset(k for k, _ in out), frozenset(towns)


def _region_in_country(name: str, country: str | None, after_town: bool):
    """(region, country) when `name` is a region of `country` that other countries have too
    (`Punjab` + India); a name that is also a town counts only after a town."""
    table, keys, towns = _shared_regions()
    k = _key(name)
    if country is None or k not in keys or not after_town and k in towns:
        return None
    shown = table.get((k, country))
    return (shown, country) if shown else None



def _shared_region_alone(name: str) -> str | None:
    """The region a name several countries give a region names when written alone (`Punjab`,
    `Limburg`, `Misiones`), else None; not one that is also a town of note (`La Paz`, `Santa Cruz`)."""
    table, keys, towns = _shared_regions()
    k = _key(name)
    if k not in keys or k in towns:
        return None
    return next(shown for (rk, _), shown in table.items() if rk == k)


def _shared_region_demonym(text: str, loc) -> None:
    """A region several countries have (`Punjab`), written without its country, takes the one of
    those countries the caption names by its demonym (`Pakistani villagers ... in Punjab
    province`); demonyms of two of them, or none, leave the country unknown."""
    table, _, _ = _shared_regions()
    k = _key(loc.region)
    sharing = {c for (rk, c) in table if rk == k}
    named = set()
    for word in re.findall(r"\b[A-Z][a-z]+\b", text):
        hit = _demonyms().get(_key(word))
        if hit and hit[0] in sharing:
            named.add(hit[0])
    if len(named) == 1:
        loc.country = named.pop()
        loc.region = table.get((k, loc.country), loc.region)

@functools.cache
def _cities() -> dict[str, tuple[str, str]]:
    return _tsv("world_cities.tsv")


@functools.cache
def _boroughs() -> dict[str, tuple[str, str]]:
    """city_boroughs.tsv: a borough the city table lists as a town (key) -> (borough, its city)."""
    return _tsv("city_boroughs.tsv")


def _borough_country(name: str) -> str | None:
    """The country of a borough city_boroughs.tsv lists: its city's."""
    return _city_country(_boroughs()[_key(name)][1])


# last words of a neighbourhood's name that end town names and head no venue written before a
# borough ("in Howard Beach, Queens", "in Jackson Heights, Queens", "in Long Island City, Queens";
# not Park: "in Prospect Park, Brooklyn" is the park)
_QUARTER_LAST = frozenset(("Beach", "City", "Heights", "Hills", "Hill", "Point", "Springs", "Falls"))


def _neighbourhood_of_borough(text: str, venue: str, city: str) -> bool:
    """`in Hamilton Beach, Queens, New York`: a name written after a bare `in` right before the
    borough read as the town, ending in a word that ends town names, is the borough's
    neighbourhood: no venue (neighbourhood names are not venues)."""
    return (_key(city) in _boroughs() and venue[venue.rfind(" ") + 1:] in _QUARTER_LAST
            and f"in {venue}, {city}" in text)


@functools.cache
def _the_cities() -> frozenset:
    """Towns whose name opens with `The` (`The Hague`), without it: a caption may write `the Hague`."""
    return frozenset(line.split("\t", 1)[0][4:] for line in _data_lines("world_cities.tsv")
                     if line.startswith("The "))


@functools.cache
def _geo_cities() -> dict[str, str]:
    """The large generated town table (geo_cities.tsv, from GeoNames): key -> country. Read only
    where the grammar already says place (a lone name after `in`, a dateline), after the hand
    table, so it adds towns and never denies a person."""
    # (written without accents by its builder, so a casefold is its key; not _key, whose cache of
    # the words captions use 15,000 names would flush)
    text = resources.files("catalog.parse.data").joinpath("geo_cities.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line[:1] != "#" and line:
            a, _, rest = line.partition("\t")
            out.setdefault(a.casefold(), rest.partition("\t")[0])
    return out


@functools.cache
def _geo_populations() -> dict[str, int]:
    """geo_cities.tsv's third column: key -> the town's people (GeoNames), read only where a
    rule needs a town's size (`_china_city_stem`)."""
    text = resources.files("catalog.parse.data").joinpath("geo_cities.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line[:1] != "#" and line:
            cols = line.split("\t")
            if len(cols) > 2 and cols[2].isdigit():
                out.setdefault(cols[0].casefold(), int(cols[2]))
    return out


@functools.cache
def _china_shared_city_names() -> frozenset[str]:
    """Keys of china_shared_city_names.txt: names two Chinese prefecture cities share."""
    return frozenset(_key(line) for line in _data_lines("china_shared_city_names.txt"))


# The administrative-unit chains ("Kalikapur village of Kalapara upazila", "Jiangping Village in
# Wuzhuan Township of Donglan County", "Barangay Tabuc, Jaro"): every unit word, its country, rank
# and schema role come from one table, admin_unit_words.tsv; each country's reader takes its
# words from it (a new country's units are new rows, not new code).
_UNIT_RANKS = ("village", "town", "district", "prefecture", "province")


@functools.cache
def _unit_rows() -> tuple:
    """admin_unit_words.tsv: (word, country, rank, role, where, lower) a row, in the table's order."""
    rows = []
    for line in _data_lines("admin_unit_words.tsv"):
        word, country, rank, role, where, lower = line.split("\t")
        if rank not in _UNIT_RANKS:
            raise ValueError(f"admin_unit_words.tsv: unknown rank {rank!r} for {word!r}")
        rows.append((word, country, rank, role, where, lower == "yes"))
    return tuple(rows)


def _unit_words(country=None, ranks=_UNIT_RANKS, where=None) -> tuple:
    """The unit words (as written, capitalised) of `country` (any, when None) at `ranks`."""
    return tuple(r[0] for r in _unit_rows()
                 if (country is None or r[1] == country) and r[2] in ranks and (where is None or r[4] == where))


def _unit_pattern(country, ranks, case: str = "capital") -> str:
    """A regex alternation of the unit words of `country` at `ranks`, in the table's order:
    `capital` as the table writes them, `lower` in lower case only, `either` both where the
    table's `lower` says the lower-case word names the unit too (`[Cc]ounty`, but `City`)."""
    alts = []
    for word, c, rank, _, _, lower in _unit_rows():
        if c != country or rank not in ranks or word in alts:
            continue
        if case == "lower":
            alts.append(word.lower())
        elif case == "either" and lower:
            alts.append(f"[{word[0]}{word[0].lower()}]{word[1:]}")
        else:
            alts.append(word)
    return "|".join(alts)


def _unit_named(text: str, tails: tuple) -> bool:
    """Whether any unit word's tail (`pazila`) stands in the text: the gate before a chain's search."""
    for tail in tails:
        if tail in text:
            return True
    return False


@functools.cache
def _village_unit_words() -> dict[str, str]:
    """The unit words written before a village's name (`Barangay Tabuc`, `Kelurahan Kraton`):
    the word's key (casefolded) -> the country it implies."""
    return {r[0].casefold(): r[1] for r in _unit_rows() if r[4] == "before" and r[2] == "village"}

# A Chinese prefecture-level city this big goes by its bare name in wires and in the gold
# (`Xinxiang City` -> Xinxiang, `Hegang City` -> Hegang); a smaller town keeps the noun
# (`Xingyi City`, `Wuyishan City`, `Hulunbuir City`)
CHINA_BARE_CITY_POPULATION = 500_000

_GEO_COUNTRY_MEMO: dict = {}


def _geo_country(name: str) -> str | None:
    return _memoised(_GEO_COUNTRY_MEMO, _geo_country_of, name)


def _geo_country_of(name: str) -> str | None:
    """The country of a town only the generated table knows, else None; `Pasay City`, `Taguig
    City` (as Philippine and Chinese captions name a town): the country of the town before `City`."""
    if not name[:1].isupper():
        return None
    k = _key(name)
    hit = _geo_cities().get(k)
    if hit is None and k.endswith(" city"):
        stem = k[:-5]
        hit = _geo_cities().get(stem) or (_cities()[stem][1] if stem in _cities() else None)
    elif hit is None and "-" in name and " " not in name:
        hit = _geo_cities().get(_key(name.replace("-", " ")))  # "Mazar-e-Sharif": the table's "Mazar e Sharif"
    return hit


@functools.cache
def _demonyms() -> dict[str, tuple[str, str | None]]:
    """Demonym (key) -> (country, region or None): `Lebanese` -> Lebanon, `Scottish` -> UK, Scotland."""
    out = {}
    for line in _data_lines("demonyms.tsv"):
        parts = [x.strip() for x in line.split("\t")]
        out[_key(parts[0])] = (parts[1], parts[2] if len(parts) > 2 and parts[2] else None)
    return out


# British and American spellings of a venue's last word: desks write either ("Bolshoi Theater")
_SPELLING_PAIRS = {"theatre": "Theater", "theater": "Theatre", "centre": "Center", "center": "Centre"}


@functools.cache
def _famous() -> dict[str, tuple[str, str]]:
    out = _tsv("famous_venues.tsv")
    for k, (name, country) in list(out.items()):
        head, _, last = k.rpartition(" ")
        other = _SPELLING_PAIRS.get(last)
        if head and other:  # (the name as listed, its last word in the other spelling)
            out.setdefault(head + " " + other.casefold(), (name.rpartition(" ")[0] + " " + other, country))
    return out


@functools.cache
def _venue_words() -> dict[str, frozenset]:
    sections: dict[str, set] = {}
    current = None
    for line in _data_lines("venue_words.txt"):
        if line.startswith("["):
            name = line.strip("[] ")
            current = sections.setdefault(name, set())
        elif current is not None:
            if name == "named_head" or name == "event_pair" or name == "head_pair":
                current.add(" ".join(line.split()))  # one phrase a line
            else:
                current.update(line.split())
    out = {k: frozenset(v) for k, v in sections.items()}
    out["named_first"] = frozenset(p.split()[0] for p in out["named_head"])
    out["pair_last"] = frozenset(p.split()[-1] for p in out["event_pair"])
    out["suffix"] = tuple(out["suffix"])
    # (the [harm] words no shorter one lies inside, "shooting" for "shootings": _harm_in's substrings)
    out["harm_stems"] = tuple(sorted(w for w in out["harm"] if not any(s != w and s in w for s in out["harm"])))
    out["lower_head"] = frozenset(w.lower() for w in out["head"]) - out["keep"] - out["lower_event"] - out["monument"]
    return out


# --------------------------------------------------------------------------- patterns


def _trie(words) -> str:
    """A regex matching exactly `words`, written as a letter tree (`north(?:east|ern)?|south...`).

    The regex engine rejects a branch on its first letter, so a long word list tried at every
    word of a caption costs a few steps instead of one test per word."""
    words = set(words)
    optional = "" in words
    groups: dict[str, set] = {}
    for w in words:
        if w:
            groups.setdefault(w[0], set()).add(w[1:])
    if not groups:
        return ""
    parts = []
    for prefix, rest in sorted(groups.items()):
        while "" not in rest and len({w[0] for w in rest}) == 1:  # a single path: one literal
            prefix += next(iter(rest))[0]
            rest = {w[1:] for w in rest}
        parts.append(re.escape(prefix) + _trie(rest))
    if len(parts) == 1 and not optional:
        return parts[0]
    return f"(?:{'|'.join(parts)}){'?' if optional else ''}"


_MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
           r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
# Words that never open or continue a place name: dates and credit words.
_NOT_NAME_WORDS = (
    *_MONTH_NAMES, *(m.upper() for m in _MONTH_NAMES),
    *(m[:3] + "." for m in _MONTH_NAMES if len(m) > 3), "Sept.",
    *(d + "day" for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")),
    "Photo", "PHOTO", "File", "FILE", "REUTERS", "AFP", "EPA")
# A bare month abbreviation is a date only before its day ("Mar 3"): "Del Mar", "Mar Vista" are names.
_MONTH_ABBR = _trie([m[:3] for m in _MONTH_NAMES if len(m) > 3] + ["Sept"])
# Word characters in a set: \w with the ASCII ones written out first, so the engine's bitmap
# answers for them before it asks Unicode for the category (the same set, fewer steps).
_W = r"a-zA-Z0-9_\w"
_NOT_NAME = rf"(?!{_trie(_NOT_NAME_WORDS)}(?![{_W}\-']))(?!{_MONTH_ABBR}\s*\d)"
# Four-letter abbreviations whose period does not end a name: Warner Bros. Studios, Sunset Blvd.
# (_read_name hands a name with one of them to the regex)
_LONG_ABBR_WORDS = frozenset(("Bros", "Corp", "Blvd", "Intl", "Univ", "Natl", "Assn", "Pkwy", "Dept", "Hosp"))
_LONG_ABBR = r"|(?<=\b(?:" + "|".join(sorted(_LONG_ABBR_WORDS)) + r")\.)"
# Two- and three-letter words that end a town's name and abbreviate nothing (`Plettenberg Bay.`,
# `in Rio.`, `in Hoi An.`): their period ends the sentence, not an abbreviation (the lookbehinds sit
# before the final-period test; one a word length, as a lookbehind must be of fixed width)
_SHORT_TOWN_WORDS = frozenset(_data_lines("short_town_words.txt"))
_NOT_SHORT_TOWN = "".join(
    r"(?<!\b(?:" + "|".join(sorted(w for w in _SHORT_TOWN_WORDS if len(w) == size)) + r")\.)"
    for size in sorted({len(w) for w in _SHORT_TOWN_WORDS}))
# The capitals a place name opens with, for a regex character class: ASCII, Latin-1 (À-Þ), Latin
# Extended-A (Şanlıurfa, Łódź; its capitals and small letters alternate, so the range holds both)
# and Romanian Ș, Ț. `_is_capital` is the same test for one character.
_CAPITALS = r"A-Z\u00C0-\u00DE\u0100-\u017F\u0218\u021A"
# One capitalised word (or a number such as the 10 of 10 Downing Street).
_CAP = (rf"{_NOT_NAME}(?:[{_CAPITALS}][{_W}'\u2019\-&]*(?:\.[{_W}'\u2019\-&]+)*"
        # a final period only on an abbreviation (St., U.S., D.C.), never a sentence end
        r"(?:\." + _NOT_SHORT_TOWN + r"(?:(?<=\b\w\.)|(?<=\b\w\w\.)|(?<=\b\w\w\w\.)|(?<=\.\w\.)|(?<=\.\w\w\.)" + _LONG_ABBR + "))?"
        r"|\d+\w*(?=\s+(?:de\s+|)[A-Z]))")  # (`Avenida 9 de Julio`, `Estadio 15 de Abril`)
# Lower-case glue allowed inside a name: Great Hall of the People, Arc de Triomphe.
_NAME_GLUE_WORDS = frozenset(("of", "and", "&", "de", "des", "du", "da", "do", "dos", "del", "della", "di", "la", "le", "les",
                              "el", "al", "am", "an", "upon", "sur", "en", "es", "y", "bin", "ibn", "bint", "au", "aux",
                              "alla", "dei", "degli", "delle"))  # (Teatro alla Scala, Basilica dei Frari)
_EPITHETS = _venue_words()["epithet"]  # a saint's epithet: Church of St. John the Baptist
# Two-word glue: "of the", Spanish "de la", German towns on their river ("Frankfurt an der
# Oder", "Halle an der Saale": _read_name hands these to the regex, its first word being glue).
_GLUE = (r"(?:of\s+the|de\s+l(?:a|as|os)|an\s+der|the(?=\s+" + _trie(_EPITHETS) + r"(?![\w\-']))|"
         + _trie(_NAME_GLUE_WORDS) + ")")  # "Ahmad bin Ali Stadium"
# A lower-case Arabic article or patronymic joined by a hyphen continues a name: Deir al-Balah,
# Sharm el-Sheikh, Ras al-Ain, Kafr ad-Dawwar (never opens one: al-Shifa alone is read elsewhere).
_PARTICLE = (rf"(?:(?:a[dlnrstz]|e[dlnrstz]|ash|esh|ul|um|bin|ibn)-|[dl]['\u2019])[{_CAPITALS}]")
# A month's name inside a name, a capitalised word after it (`Rungrado May Day Stadium`, `the
# October Palace` read on from its first word): no date there (`in London May 3` stops at May).
_MONTH_IN_NAME = rf"{_trie(_MONTH_NAMES)}(?=\s+[{_CAPITALS}])"
_NAME = rf"{_CAP}(?:\s+(?:{_GLUE}\s+)?(?:{_CAP}|{_MONTH_IN_NAME}|{_PARTICLE}[{_W}'\u2019\-]*))*"
# The same, never given back once read (possessive `*+`, `++`), for patterns where all that follows
# the name is optional, so the longest name wins anyway. It reads the same names, with far fewer
# engine steps: no backtracking records. `(?:X|)` is `(?:X)?` without the engine's repeat machinery.
_CAP_ONCE = (rf"{_NOT_NAME}(?:[{_CAPITALS}][{_W}'\u2019\-&]*+(?:\.[{_W}'\u2019\-&]++)*+"
             r"(?:\." + _NOT_SHORT_TOWN + r"(?:(?<=\b\w\.)|(?<=\b\w\w\.)|(?<=\b\w\w\w\.)|(?<=\.\w\.)|(?<=\.\w\w\.)" + _LONG_ABBR + ")|)"
             r"|\d++\w*+(?=\s+(?:de\s+|)[A-Z]))")
_ATOMIC_NAME = rf"(?>{_CAP_ONCE}(?:\s++(?:{_GLUE}\s++|)(?:{_CAP_ONCE}|{_MONTH_IN_NAME}|{_PARTICLE}[{_W}'\u2019\-]*+))*+)"
_DIR_WORDS = frozenset((
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "north-eastern", "north-western", "south-eastern", "south-western",
    # (AFP's and British papers' spelling: `in south-eastern DRC`, `north-western Syria`)
    "north east", "north west", "south east", "south west", "central", "northern", "southern", "eastern", "western",
    "northeastern", "northwestern", "southeastern", "southwestern", "far-eastern", "far-western",
    # Australian papers' `far western NSW`, `far north Queensland`
    "far north", "far south", "far east", "far west", "far northern", "far southern", "far eastern", "far western",
    "far north-west", "far north-east", "far south-west", "far south-east",
    "downtown", "midtown", "lower", "upper",  # (`in lower Manhattan`, `upper Manhattan`)
    # (not directions, but written the same way: "the site of ancient Olympia", "a market in old
    # Cairo", "a factory in suburban Beijing", "a clinic in rural Kenya")
    "ancient", "old", "suburban", "rural"))
# Of those, the ones that after a town's comma place it by a bigger town (`Quezon City, suburban
# Manila`): that town is not the picture's (_normal_segments drops it).
_TOWN_ADJECTIVES = frozenset(("old", "suburban", "rural"))
_DIR = _trie(_DIR_WORDS)
# the words that open a two-word direction and are none alone (`far` in `far western NSW`): the
# scan reads such a word and the direction after it as one direction word
_DIR_LEADS = frozenset(w.split(" ", 1)[0] for w in _DIR_WORDS if " " in w) - _DIR_WORDS
_DIR_LEAD_LONGEST = max(len(w) for w in _DIR_LEADS)
# the direction words that also open a two-word one (`south` in `south west London`): the scan tries
# the pair first, as _LEAD_RE's longest match does
_DIR_PAIR_LEADS = frozenset(w.split(" ", 1)[0] for w in _DIR_WORDS if " " in w) & _DIR_WORDS
# (the scan's gate before its slice and look-up, which it passes at most lower-case words: the
# lengths and first letters of those words, from the table)
_DIR_PAIR_LEAD_SHORTEST = min(len(w) for w in _DIR_PAIR_LEADS)
_DIR_PAIR_LEAD_LONGEST = max(len(w) for w in _DIR_PAIR_LEADS)
_DIR_PAIR_LEAD_INITIALS = "".join(sorted({w[0] for w in _DIR_PAIR_LEADS}))
# the scan's length gate before its set look-up, from the table itself (a hand-written four let
# `old` through in the regex reading only, and the builds parsed "in old Nizwa" differently)
_DIR_SHORTEST = min(len(w) for w in _DIR_WORDS)
# Status words written between an owner's possessive and its region ("Somalia's semi-autonomous
# Somaliland region", "Georgia's breakaway Abkhazia region", "China's restive Xinjiang region").
_REGION_STATUS = _trie(("semi-autonomous", "autonomous", "breakaway", "restive", "separatist", "self-declared",
                        "self-ruled", "self-governing", "troubled", "volatile", "remote", "mountainous",
                        "impoverished", "oil-rich", "war-torn", "war-ravaged", "coastal"))
_REGION_WORD = _trie(("region", "province", "Province", "prefecture", "Prefecture", "oblast", "Oblast", "Region",
                      "state", "State", "governorate", "Governorate", "Autonomous Region"))

_OF_NAME_RE = re.compile(rf"\s+of\s+(?P<name>{_NAME})")
_QUARTER_RE = re.compile(r" (?:district|neighbou?rhood|area|suburb|quarter|borough|township"
                         r"|(?:shopping|business|financial|entertainment|commercial|nightlife|diplomatic) district)\b")
_COMMA_RE = re.compile(rf",\s+(?=[a-z{_CAPITALS}])")  # `, İzmir, Turkey`: a Turkish capital İ too
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_QUARTER_INITIALS = frozenset("dnasqbtfec")  # the first letters of the _QUARTER_RE words
_ABBREV_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z]{2,5}")
_QUALIFIER_LOWER = (r"[a-z]+-(?:controlled|occupied|held|annexed|administered|run|backed|hit|stricken|ravaged|battered|affected"
                    r"|torn|wracked|damaged|devastated)")  # ("in war-torn South Sudan", "quake-devastated Hatay")
_QUALIFIER_LOWER_RE = re.compile(_QUALIFIER_LOWER)
# A place's generic owner in the possessive between the article and a name ("outside the country's
# Reserve Bank Building", "the nation's Supreme Court"): it says whose the place is, no part of its name.
# (Not a town's: "in the capital's Mohammadpur", "the city's Brooklyn" name a quarter of it, no town.)
_GENERIC_PLACE_OWNERS = frozenset(("country", "nation", "state", "island", "region", "province", "kingdom",
                                   "republic", "territory", "county"))
_GENERIC_OWNER_POSS = rf"(?:{'|'.join(sorted(_GENERIC_PLACE_OWNERS))})['\u2019]s"
# A measure written before a name after its determiner ("the 560-meter Charilaos Trikoupis bridge",
# "the 300-year-old Sant Pere church"): it says what the place is like, it is no part of the name.
_MEASURE = r"\d[\d,.]*-[a-z]+(?:-[a-z]+)*"
_MEASURE_RE = re.compile(_MEASURE)
# A segment of a chain: optional "the", optional direction word, a name, optional region word.
_SEGMENT_RE = re.compile(
    rf"\s*(?:the\s+|)(?:{_QUALIFIER_LOWER}\s+|)(?:(?P<dir>{_DIR}\s+)|)(?P<name>{_ATOMIC_NAME})(?:(?P<rword>\s+{_REGION_WORD}\b)|)")
# "about 180 kilometers (110 miles) east of Seoul": a distance before a direction descriptor.
_DISTANCE = (r"(?:(?:about|some|around|roughly|nearly|approximately|almost|just|over|more\s+than|less\s+than)\s+)?"
             r"\d[\d,.]*\s*(?:-\s*)?(?:km|Km|KM|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\b"  # (`455Km`)
             r"(?:\s*\([^()]{1,30}\))?\s+")
_DISTANCE_RE = re.compile(_DISTANCE)
# "some 280 km of Minsk", "30 km from Kyiv": a distance with no direction word, read as one
# (only straight after the distance's unit, so a bare "of"/"from" is never a descriptor).
_UNIT_BEFORE = "(?:" + "|".join(f"(?<={u} )" for u in ("km", "Km", "KM", "mi", "kilometers", "kilometres", "kilometer",
                                                          "kilometre", "miles", "mile", r"\)")) + ")"
# "100 km northwest from Minsk": after a distance, a direction may take "from" as well as "of".
_DISTANCE_DIR_FROM = f"{_UNIT_BEFORE}(?:{_DIR})\\s+from"
# Descriptor segments: "capital of China", "south of Seoul", "outside Saint Petersburg",
# "capital of south China's Guangdong Province", "east China's Zhejiang Province".
_DESCRIPTOR_RE = re.compile(
    rf"\s*(?:the\s+)?(?:{_DISTANCE})?(?:(?:{_DIR}|the)\s+)?(?P<kind>capital|(?:{_DIR})\s+of|{_DISTANCE_DIR_FROM}|outside|near|just\s+outside"
    rf"|{_UNIT_BEFORE}(?:of|from))"
    rf"(?:\s+of)?\s+(?:the\s+(?:(?:city|town|village)\s+of\s+)?)?(?:{_DIR}\s+)?(?P<name>{_NAME})"  # ("north of the city of Erbil")
    rf"(?:['\u2019]s\s+(?:{_REGION_STATUS}\s+|)(?P<sub>{_NAME}))?")
_POSSESSIVE_RE = re.compile(rf"\s*(?:{_DIR}\s+)?(?P<name>{_NAME})['\u2019]s\s+(?:{_REGION_STATUS}\s+|)(?P<sub>{_NAME})")
# "20 miles south of the city of ", ", northeast of the town of ": a distance or a comma, then a
# direction before a settlement's noun: the town named after it is where the place is measured from.
_MEASURED_SETTLEMENT_RE = re.compile(rf"(?:{_DISTANCE}|, )(?:{_DIR})\s+of\s+the\s+$")
# Where a place chain starts.
_TRIGGER_RE = re.compile(
    r"\b(?P<prep>in|near|outside|at|from)\s+(?:the\s+(?:\w+\s+){0,2}?(?:borough|district|neighbou?rhood|"
    r"suburb|city|town|village|port|area|section)\s+of\s+)?")
_DATELINE_RE = re.compile(
    r"^(?:\(?FILES?\)?\s*[-:]?\s*|FILE PHOTO:\s*)?(?P<chain>[A-Z][A-Z.'\u2019\- ]+(?:,\s*[A-Z][A-Z.'\u2019\- ]+){0,2}"
    r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=\s+[-\u2013\u2014]))?)"  # Kyodo's "NAGOYA, Japan - "
    r"\s*[-\u2013\u2014]+\s*(?:[A-Z]{3,9}\.?\s+\d|\(?[A-Z])")
# Antara's dateline: the town in capitals, a comma, the day/month and a dash (`JOMBANG, 1/5- ...`).
_NUMERIC_DATELINE_RE = re.compile(r"^(?P<chain>[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+){0,2}),\s+\d{1,2}/\d{1,2}\s*[-\u2013\u2014]")
# AP and newspaper datelines `JERUSALEM (AP) —`, `KYIV, Ukraine (AP) —`, and dpa's `Munich: ...`:
# where the story was filed, the town when the body names none.
# Other wires write the day first or name their own agency (KUNA's `ABU DHABI, March 5 (KUNA) --`,
# ONA's `Muscat, 14 Jan (ONA) ---`), or the country in brackets (`Astana (Kazakhstan) (AFP) –`).
_AGENCY_DATELINE_RE = re.compile(  # (the town in capitals, or as a web page prints it: `Kyiv, Ukraine (AP) —`)
    r"^(?P<chain>(?:[A-Z][A-Z.'\u2019\- ]*[A-Z.]|[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3})"
    rf"(?:,\s+(?!{_MONTHS}\.?\s+\d)[A-Z][\w.'\u2019\- ]{{1,30}}?|\s+\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?)"
    rf"(?:,?\s+(?:{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}\.?)(?:,\s+\d{{4}})?)?\s+"  # Reuters' day: `LYON, France, March 4 (Reuters) -`
    r"\((?:AP|Reuters|AFP|UPI|dpa|CP|PA|CNN|[A-Z]{2,6})\)\s*[-\u2013\u2014]")
# A wire's dateline with no agency: the town in capitals, the day and a dash (Malay Mail's
# `KUALA LUMPUR, July 20 — ...`); the day first (Bernama's `ISKANDAR PUTERI, 19 Jan — ...`), the
# country in plain case, and the agency in mixed case, bracketed or bare, before the dash
# (Yonhap's `OKCHEON, April 29 (Yonhap) -- ...`, Kyodo's `KOBE, Japan, Sept. 19 Kyodo - ...`).
_CAPS_DAY_DATELINE_RE = re.compile(
    rf"^(?P<chain>[A-Z][A-Z.'\u2019\-]*(?: [A-Z][A-Z.'\u2019\-]*){{0,2}}(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?),\s+"
    rf"(?:{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}\.?)(?:\s+\(?[A-Z][A-Za-z]{{1,8}}\)?)?\s+[-\u2013\u2014]")
# SPA's dateline: the town, the Hijri date (optional), the Gregorian date, the agency bare and a
# double dash (`Hail, Safar 04, 1439, October 24, 2017, SPA -- ...`).
_BARE_AGENCY_DATELINE_RE = re.compile(
    r"^(?P<chain>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}),\s+"
    rf"(?:[A-Z][\w'\u2019\- ]{{2,24}} \d{{1,2}}, \d{{4}}, )?{_MONTHS}\.? \d{{1,2}}, \d{{4}}, [A-Z]{{2,6}} --")
# U.S. military (DVIDS) datelines: `NORFOLK, Va. (May 2, 2018) ...`, `NAVAL STATION MAYPORT, Fla. -
# (Oct. 13, 2023)`, after the image's VIRIN (`180502-N-BB269-005 WASHINGTON (May 2, 2018)`).
_MILITARY_DATELINE_RE = re.compile(
    r"^(?:\d{6}-[A-Z]-[A-Z0-9]{2,8}-\d{3,4}\s+)?(?P<chain>[A-Z][A-Z.'\u2019\- ]*[A-Z.]"
    r"(?:,\s+[A-Z][A-Z.'\u2019\- ]*[A-Z.])?(?:,\s+[A-Z][a-z]{1,4}\.|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?)"
    rf"\s+(?:[-\u2013\u2014]\s+)?\({_MONTHS}\s+\d{{1,2}},\s+\d{{4}}\)")
# Local papers' and fire-service sites' datelines: the town, its US state's postal code or
# abbreviation (or a state or country written out) and the date before a dash (`Leominster, MA, July 9, 2018—`, `HOUSTON,TX, AUG. 14,
# 2013 –`, `Prospect Heights, Ill., July 18, 2018 - `).
# The same dateline as DVIDS' web pages print it, in plain case with a stop before the bracket
# and a colon after it: `Marine Corps Base Quantico, Virginia. (April 11, 2023): In this photo ...`
_PLAIN_MILITARY_DATELINE_RE = re.compile(
    r"^(?P<chain>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,4},\s+[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,2})"
    rf"\.\s+\({_MONTHS}\.?\s+\d{{1,2}},\s+\d{{4}}\):")
_TOWN_DATE_DATELINE_RE = re.compile(
    r"^(?P<chain>(?:[A-Z][A-Z.'\u2019\- ]*[A-Z.]|[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}),\s?"
    r"(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?))\s?,\s+"
    rf"(?i:{_MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}\s*[-\u2013\u2014]")
_DPA_DATELINE_RE = re.compile(r"^(?P<chain>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,2}(?:/[A-Z][\w\-]{1,20})?):\s+(?=[A-Z])")
# "Adre, near the border with Sudan, in eastern Chad": a clause that names the neighbour country,
# which is then not the town's country.
_BORDER_CLAUSE_RE = re.compile(
    rf",\s+(?:near|close\s+to|along|on|at)\s+the\s+border\s+with\s+(?:the\s+)?(?P<name>{_NAME}),?")
_BORDER_WORDS = ("near the border", "close to the border", "along the border", "on the border", "at the border")
# dpa (`12 February 2025, Bavaria, Nuremberg: ...`, `11.11.2024, Saxony, Leipzig: ...`) and
# ZUMA/SOPA (`March 3, 2025, Khan Younis, Gaza Strip, Palestinian Territory: ...`): the date, then
# the place, then a colon. dpa writes the place from large to small, ZUMA from small to large.
_MONTHS_UPPER = "(?:" + "|".join(m.upper() for m in _MONTH_NAMES) + ")"  # ("30 SEPTEMBER 2020 - WOODWARD, IOWA:")
_DATED_DATELINE_RE = re.compile(  # (Xinhua's magazines leave out the year: "June 17, Canberra, Australia: ...")
    rf"^(?:\d{{1,2}}\s+(?:{_MONTHS}|{_MONTHS_UPPER})\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?:,\s+|\s+[-\u2013]\s+)"
    rf"(?P<chain>[{_CAPITALS}][^:;()]{{1,90}}?)::?\s")  # (Polaris: "June 09, 2021 - Berlin, Germany::")
_USATODAY_RE = re.compile(rf"^{_MONTHS}\s+\d{{1,2}},\s+\d{{4}};\s*(?P<chain>[^;]{{3,80}});")
_SPORTS_RE = re.compile(rf"(?:^|\s-\s)(?P<chain>(?:[^-]|(?<=\w)-(?=\w)){{3,90}}?)\s-\s(?:(?:{_MONTHS})\s+\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\d{{1,2}}\s+(?:{_MONTHS})|(?:{_DAYS}),?\s)")
# What may stand between a venue and the town that follows it.
_GAP_RE = re.compile(
    rf"(?:\s*\([A-Z.\s]{{2,12}}\))?(?:\s+for(?:\s+[a-z]+){{1,3}})?(?:\s*,?\s*(?:on\s+)?(?:(?:{_DAYS}|{_MONTHS}|\d{{1,4}}(?:st|nd|rd|th)?),?\s*)+)?"
    r"\s*,?\s*(?:in|near|outside|at)?\s*(?:the\s+)?$")
# "a visit to the Zaporizhzhia region": a region named anywhere (trusted only when it agrees).
# ("Italy's Emilia Romagna region": a country's possessive stands for `the`)
# (EPA's "at an undisclosed location, Donetsk region, eastern Ukraine": set off by a comma after
# a lower-case place, the region no preposition reaches)
_REGION_MENTION_RE = re.compile(rf"(?:\b(?:the|(?P<owner>[A-Z][a-z]+)(?:'s|\u2019s))|(?<=[a-z]),)\s+(?P<name>{_NAME})(?P<rword>\s+(?:region|province|oblast|Province|Oblast|Prefecture))\b")
_TOWN_AFTER_REGION_RE = re.compile(r",?\s+(?:in|near|outside)\s+[A-Z]")
_STATE_WORD_RE = re.compile(r"\s+(?:state|State)$")


# --------------------------------------------------------------------------- resolving


class _Chain:
    """What one run of place segments says."""

    __slots__ = ("venue", "city", "region", "country", "weight", "pos", "known", "border", "near", "county")

    def __init__(self, weight: float, pos: int):
        self.venue = self.city = self.region = self.country = self.border = self.near = None
        self.county = None  # a county passed over as the town: the town when no other is named
        self.weight = weight
        self.pos = pos
        self.known = 0  # how many segments the tables recognised

    def score(self):
        filled = (self.city is not None) + (self.region is not None) + (self.country is not None)
        return (self.known + filled, self.weight, self.pos)


_COUNTRY_MEMO: dict = {}


def _country(name: str) -> str | None:
    return _memoised(_COUNTRY_MEMO, _country_of, name)


def _country_of(name: str) -> str | None:
    return _countries().get(_key(name))


_CITY_COUNTRY_MEMO: dict = {}


def _city_country(name: str) -> str | None:
    return _memoised(_CITY_COUNTRY_MEMO, _city_country_of, name)


def _city_country_of(name: str) -> str | None:
    hit = _cities().get(_key(name))
    if hit is None and "-" in name and " " not in name:
        hit = _cities().get(_key(name.replace("-", " ")))  # "Saint-Petersburg": the tables' Saint Petersburg
    return hit[1] if hit else None


_REGION_MEMO: dict = {}


def _region(name: str, after_city: bool, city_country: str | None = None):
    return _memoised(_REGION_MEMO, _region_of_key, (name, after_city, city_country))


def _region_of_key(key: tuple):
    return _region_of(*key)


def _region_of(name: str, after_city: bool, city_country: str | None = None):
    """(region, country) when `name` is a US state or a listed region, else None."""
    k = _key(name)
    if k[:3] == "co " or k[:4] == "co. ":  # Irish `Co. Galway`, `Co Meath`: County written short
        hit = _regions().get("county " + k.split(" ", 1)[1])
        if hit:
            return hit[0], hit[1]
    state = _us_states().get(k)
    if state and (after_city or len(k) > 3) and not (state == "Georgia" and city_country not in (None, "United States")):
        return state, "United States"
    hit = _regions().get(k)
    if hit:
        return hit[0], hit[1]
    if "-" in k or " " in k:
        hit = _squashed_regions().get(k.replace("-", "").replace(" ", ""))
        if hit:
            return name, hit[1]  # "Kwa-Zulu Natal": the region as written (gold keeps "Emilia Romagna"), its country
    if k[-6:] == " state" or k[-9:] == " province":
        # "in Benue State on ...": the generic word read into the name (the table lists `Benue`);
        # only the table's regions, not US states (`Ohio State`, `Penn State` are universities)
        hit = _regions().get(k.rsplit(" ", 1)[0])
        if hit:
            return hit[0], hit[1]
    if k[:12] == "republic of ":
        # "Petrozavodsk, Republic of Karelia": a region the table lists, written with its form of
        # government first (Russia's republics); not a country (the Republic of Ireland)
        hit = _regions().get(k[12:])
        if hit:
            return hit[0], hit[1]
    if after_city or k in _lone_region_abbreviations():
        return _region_abbreviations().get(k)  # "Ottawa, Ont.", "Newcastle, NSW"; "in western NSW"
    return None


@functools.cache
def _lone_region_abbreviations() -> frozenset:
    return frozenset(_key(line) for line in _data_lines("lone_region_abbreviations.txt"))


def _town_after_word(name: str, ends: frozenset, longest: int, known) -> str | None:
    """The town a name runs on into after one of `ends` (a venue's or water's last word, the
    comma lost): the last one to `longest` words after that word, when `known(town)`; else None."""
    words = name.split()
    for n in range(1, longest + 1):
        if len(words) > n + 1 and words[-n - 1] in ends:
            town = " ".join(words[-n:])
            return town if known(town) else None
    return None


def _town_after_head(name: str) -> str | None:
    """`Melbourne Airport Melbourne`, `Rod Laver Arena Melbourne`: Getty's headers drop the comma
    between a venue and its town. A town the tables know, written after the venue's head word (one
    word or two), is the town; else None."""
    return _town_after_word(name, _venue_words()["head"], 2, _city_country)


def _region_after_head(name: str) -> str | None:
    """`Crosby Beach Merseyside`, `Brighton Pier East Sussex`: the same lost comma before a
    region the tables list (no town of that name); the region, else None."""
    return _town_after_word(name, _venue_words()["head"], 2, _listed_region_only)


def _listed_region_only(name: str) -> bool:
    return _region(name, False) is not None and not _known_town(name)


def _town_after_water(name: str) -> str | None:
    """`Neva River St. Petersburg`, `Poyang Lake Nanchang`: a river's or lake's name run on into
    its town with no comma between. A town the tables know after the water word (up to three
    words; the water's own name before it, so not `Lake Washington`) is the town; else None."""
    return _town_after_word(name, _venue_words()["water"], 3, _known_town)


# Landforms named for a place they lie in (`the Swat Valley of Pakistan`): the place after `of` is where.
_LANDFORM_HEADS = frozenset(("Valley", "Valleys", "Gorge", "Plain", "Plains", "Delta", "Desert", "Highlands", "Hills",
                             "Mountains"))


def _feature_of_place(seg: tuple) -> tuple:
    """`Pech River Valley of Afghanistan's Kunar` (+ province): the landform goes, the place after
    its `of` is the segment (not `the Valley of the Kings`, a name with its article)."""
    name = seg[0]
    i = name.find(" of ")
    if i > 0 and name[i + 4:i + 5].isupper() and name[i + 4:i + 8] != "The " \
            and name[name.rfind(" ", 0, i) + 1:i] in _LANDFORM_HEADS and not _is_venue_name(name[i + 4:]):
        return (name[i + 4:],) + tuple(seg[1:])  # (`the Hayden Valley of Yellowstone National Park` stays the park's)
    return seg


def _office_of(name: str) -> bool:
    """`Governor of Lagos State`, `Minister of Finance`: a role word (people's table) before `of`
    names an office, not a town (but `King of Prussia`, a town the tables know, stays one)."""
    return name.split(None, 1)[0].casefold() in _people_vocab()["roles"] and not _city_country(name)


def _body_then_building(first: str, seg) -> bool:
    """`Office of the President`, `Ministry of Finance` (an institution's head before `of`: a body)
    followed in a comma chain by a named building that is no place (`State House`)."""
    name, direction, rword = seg
    front = first.split(" of ", 1)[0].split()
    return bool(front) and front[-1] in _venue_words()["institution"] and not direction and not rword \
        and _is_venue_name(name) and not _place_kind(name)


_IS_VENUE_NAME_MEMO: dict = {}


def _is_venue_name(name: str) -> bool:
    return _memoised(_IS_VENUE_NAME_MEMO, _is_venue_name_of, name)


def _is_venue_name_of(name: str) -> bool:
    if _key(name) in _famous():
        return True
    words = _venue_words()
    front = name.split(" of ")[0]
    if front != name and _key(front) in _famous():
        return True  # "Oval Office of the White House": a famous venue, then the place it is in
    if front != name and name[name.rfind(" ") + 1:].rstrip(".") in words["event"] and " " in name[name.rfind(" of ") + 4:]:
        return False  # "the Assembly of Manitoba Chiefs Annual General Meeting": a body's meeting, an event
        # (not "the Court of Session": the event word is the body's whole name after `of`)
    nucleus = front.split()
    if not nucleus or nucleus[-1] in words["water"] or nucleus[0] in words["water_first"] and not (
            len(nucleus) > 2 and nucleus[-1] in words["head"]):
        return False  # Lake Como, New York Harbor: water is not a venue (the Lake Charles Civic Center is)
    if any(w in words["head"] for w in nucleus) and not _is_event(nucleus):
        return not (nucleus[-1] == "Church" and front == name and _denomination(name))
    if len(nucleus) > 1 and nucleus[-1] in words["head_last"]:
        return True  # Boston Common, Hampstead Heath (but not the Common Market)
    if len(nucleus) > 1 and nucleus[0] in words["head_first"]:
        # Villa La Grange, Villa Borghese (but not Aston Villa, a club); a whole name the town
        # tables list is the town (`Villa Hayes, Paraguay`, `Villa Maria, Argentina`)
        return front != name or not _known_town(name)
    if len(nucleus) > 2 and f"{nucleus[-2]} {nucleus[-1]}" in words["head_pair"]:
        return True  # Grafenwoehr Training Area (but not the Bay Area)
    # one compound word ending in a place noun: Marienplatz, Hauptbahnhof (a hyphened temple
    # ending in any last word: Fushimi Inari-taisha)
    last = nucleus[-1]
    return (len(nucleus) == 1 or "-" in last) and last[:1].isupper() and last.lower().endswith(words["suffix"])


# what numbers an event after its word: "World War II", "World War Two", "Gulf War 1"
_EVENT_NUMBERS = frozenset(("I", "II", "III", "IV", "V", "One", "Two", "Three", "1", "2", "3"))


def _is_event(words: list[str]) -> bool:
    """A named event, never a venue: an event word last (`the Camp Fire`, `the UK Covid-19
    Inquiry`), or a storm word first or after a qualifier with no venue head after it
    (`Hurricane Helene`, `Tropical Storm Debby`; but `Hurricane Katrina Memorial` is a place)."""
    table = _venue_words()
    if words[-1].rstrip(".") in table["event"]:
        return True
    if len(words) > 1 and words[-2] in table["event"] and words[-1] in _EVENT_NUMBERS:
        return True  # "World War II", "Vatican Council II": the event's number after its word
    if len(words) > 2 and words[-2] in table["event"] and _country(words[-1]) is not None:
        return True  # "Fashion Week Australia": an event's national edition, not a venue
    if len(words) > 1 and words[-1] in table["pair_last"] and f"{words[-2]} {words[-1]}" in table["event_pair"]:
        return True  # "World Economic Forum": a venue head after a topic word
    first = table["event_first"]
    if words[0] in first or len(words) > 2 and words[1] in first:
        return not any(w in table["head"] for w in words[1:])
    return False


@functools.cache
def _named_head_re() -> re.Pattern:
    """` refugee camp`, ` nuclear power plant`: a lower-case head phrase right after a name."""
    # (the last word may be capitalised: "the Zabout refugee Camp")
    heads = sorted(_venue_words()["named_head"])
    return re.compile(rf" (?:{_trie(heads + [h[:h.rfind(' ') + 1] + h[h.rfind(' ') + 1:].capitalize() for h in heads if ' ' in h])})(?![\w\-])")


def _display(name: str) -> str:
    """A name printed in capitals gets normal case (BEIJING -> Beijing, ST. LOUIS -> St. Louis);
    a sentence's period read as an abbreviation's goes (`in La Paz.` at a caption's end)."""
    if name[-1:] == "." and name[-3:-2] != ".":
        hit = _cities().get(_key(name))
        if hit and hit[0][-1:] != "." and _key(hit[0]) == _key(name):
            name = name[:-1]
    if name.isupper() and len(name) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]{2,3}", name):
        hit = _cities().get(_key(name)) or _regions().get(_key(name))
        if hit:
            return hit[0]
        return " ".join(w if re.fullmatch(r"(?:[A-Z]\.)+", w) else w.capitalize() for w in name.split())
    return name


def _measured(m: re.Match) -> bool:
    """`Sderot, about 5 km east of the Gaza Strip, Israel`: a distance from a place says where the
    town lies, not that it lies in that place (its country is the one the chain writes, if any)."""
    return m.start("kind") - m.start() > 2 and any("0" <= c <= "9" for c in m.string[m.start():m.start("kind")])


def _apply_descriptor(chain: _Chain, m: re.Match) -> None:
    """capital of China / south of Seoul / east China's Zhejiang Province -> facts for the chain.

    `near Y` / `outside Y` only locates the town: its facts are kept aside and fill only what the
    rest of the chain leaves open (`Kfar Aza, near the Gaza Strip, southern Israel` is in Israel)."""
    name, sub = m.group("name"), m.group("sub")
    # the region's lower-case word after the owned name ("Rosario, Argentina's Santa Fe province"):
    # the table may list the region with it (`Santa Fe province`: the bare name is a town)
    rword = None
    if sub and m.string.startswith(" ", m.end()):
        w = _RWORD_AFTER_RE.match(m.string, m.end())
        rword = w.group(0) if w else None
    measured = m.re is _DESCRIPTOR_RE and _measured(m)
    if m.re is _DESCRIPTOR_RE and (m.group("kind").endswith(("near", "outside")) or measured):
        scratch = _Chain(0, 0)
        _descriptor_facts(scratch, name, sub, rword)
        chain.known += scratch.known
        town = None if sub or measured or _country(name) or _region_from_phrase(name) else name  # (a town, not a region or country)
        chain.near = (scratch.region, scratch.country, town)
        return
    _descriptor_facts(chain, name, sub, rword)


_RWORD_AFTER_RE = re.compile(r" (?:province|state|region|department|prefecture|governorate|oblast)\b")


def _descriptor_facts(chain: _Chain, name: str, sub: str | None, rword: str | None = None) -> None:
    if not sub and ("'s " in name or "\u2019s " in name):
        name, _, sub = name.replace("\u2019s ", "'s ", 1).partition("'s ")  # (a curly apostrophe: China\u2019s)
    before = (chain.city, chain.region, chain.country)
    c = _country(name)
    if c:
        chain.country = chain.country or c
    else:
        rc = _region_from_phrase(name)
        if rc:
            chain.region = chain.region or rc[0]
            chain.country = chain.country or rc[1]
        else:
            cc = _city_country(name)
            if cc:
                chain.country = chain.country or cc
    if sub:
        rc = _region_from_phrase(sub, rword)
        if rc:
            chain.region = chain.region or rc[0]
            chain.country = chain.country or rc[1] or c
    if (chain.city, chain.region, chain.country) != before:
        chain.known += 1


_SUFFIX_RE = re.compile(r"\s+(?:(?:Uygur|Uyghur|Uighur|Hui|Zhuang)\s+)?(?:Province|Prefecture|Region|Oblast|Governorate|Autonomous Region|State|Voivodeship)$")


@functools.lru_cache(maxsize=4096)
def _region_from_phrase(name: str, rword: str | None = None):
    """`Guangdong Province` -> (Guangdong, China); `Donetsk` + ' region' -> (Donetsk, Ukraine)."""
    stripped = _SUFFIX_RE.sub("", name)
    if rword or stripped != name:
        # "Free State", "Rivers State", "Sava Region": the table may list the name with its word
        known = (_region(stripped, True) or _region(stripped + " Province", True)
                 or _region(stripped + " State", True) or _region(stripped + " Region", True) or _region(name, True))
        if known is None and " " in stripped:
            adjective, _, rest = stripped.partition(" ")
            if adjective.endswith(("an", "ese")):
                inner = _region_from_phrase(rest, rword)  # "the Siberian Omsk region": an area's adjective before the region
                if inner and inner[1]:
                    return inner
        # a capital last word belongs to the name (Free State); a lower-case one is a descriptor
        # listed only because the bare name is a city (Buenos Aires province)
        shown = known[0] if known and known[0].split()[-1][:1].isupper() else stripped
        return shown, (known[1] if known else _city_country(stripped))
    return _region(name, True)


def _read_chain(text: str, pos: int, weight: float, venue_first: bool, first=None) -> _Chain | None:
    """Read comma-separated place segments from `pos`; resolve them into a chain.

    `first`: the first segment when the phrase scan has read it already (name, direction,
    region word, end)."""
    chain = _Chain(weight, pos)
    segs: list[tuple[str, str | None, str | None]] = []  # (name, direction, region word)
    i = pos
    owner = None
    if first and first[2] and text.startswith(" of ", first[3]) and first[0].endswith(_POSS) and _country(first[0][:-2]):
        # "in Peru's region of Cajamarca": a country's possessive before the region word, the
        # region's name after `of` (read as `Cajamarca region, Peru`)
        sm = _SEGMENT_RE.match(text, first[3] + 4)
        if sm and not sm.group("dir") and not sm.group("rword") and text[sm.start("name")].isupper():
            owner, first = first[0][:-2], (sm.group("name"), first[1], first[2], sm.end())
    if first:
        segs.append(first[:3])
        if owner:
            segs.append((owner, None, None))
        end = _possessive(text, first[3], segs) if not first[2] and first[0].endswith(_POSS) \
            and not _saint_town(first[0]) else first[3]
        if "s' " in first[0] or "s\u2019 " in first[0]:
            _bare_possessive(segs)
        i = _after_segment(text, end, first[2], segs)
        if i is None:
            return _resolve(chain, segs, venue_first)
    while len(segs) < 5:
        if segs:
            # the first character as a character (its tests compile to C, a 1-character string's
            # islower/isdigit answer the same)
            cc = text[i] if 0 <= i < len(text) else " "
            if cc.islower() and text.startswith(_BORDER_WORDS, i):  # "Rafah, near the border with Egypt, ...": not Egypt
                b = _BORDER_CLAUSE_RE.match(text, i - 2)
                if b:
                    chain.border = _country(b.group("name"))
                    i = _next_comma(text, b.end() - 1 if text[b.end() - 1] == "," else b.end())
                    if i is None:
                        break
                    continue
            if cc == "i" and text.startswith("in ", i):  # "Mianzhu, in southwest China's Sichuan province"
                i = _in_continuation(text, i, segs, chain)
                if i is None:
                    break
                if i < 0:  # "in the province of Al Haouz": read whole
                    i = _next_comma(text, -i)
                    if i is None:
                        break
                    continue
            cc = text[i] if 0 <= i < len(text) else " "
            if (cc == "s" and text.startswith("state of ", i)) or (cc == "p" and text.startswith("province of ", i)):
                # "in Leon, state of Guanajuato, Mexico": the region, written after its word
                sm = _SEGMENT_RE.match(text, i + 9 if cc == "s" else i + 12)
                if sm and not sm.group("dir") and not sm.group("rword") and text[sm.start("name")].isupper():
                    segs.append((sm.group("name"), None, " state of" if cc == "s" else " province of"))
                    i = _after_segment(text, sm.end(), segs[-1][2], segs)
                    if i is None:
                        break
                    continue
            d = _DESCRIPTOR_RE.match(text, i) if cc.islower() or cc.isdigit() else None
            if d:
                _apply_descriptor(chain, d)
                i = _next_comma(text, d.end())
                if i is None:
                    break
                continue
            p = _POSSESSIVE_RE.match(text, i) if (text.find("'s ", i, i + 60) != -1
                                                  or text.find("\u2019s ", i, i + 60) != -1) else None
            if p and _key(text[p.start("name"):p.end("sub")]) in _cities():
                p = None  # "Teknaf, Cox's Bazar district": a town's name, not an owner's place
            if p:
                _apply_descriptor(chain, p)
                break
        if _COMPILED and i < len(text) and "A" <= text[i] <= "Z":
            # the common case, a capital: the segment is the name at once (no "the", direction or
            # qualifier before it), which the phrase scan's reader reads without a regex
            name, rword, t1, t2, m = _read_name(text, i)
            if name is None:
                break
            dirw, start = None, i
            if type(m) is _NameSpans:  # (read by hand: its fields, not a method call by name)
                spans = m
                end = spans.rword_end if rword else spans.name_end
            else:
                end = m.end("rword" if rword else "name")
        else:
            m = _SEGMENT_RE.match(text, i)
            if not m:
                break
            name, dirw, rword = m.group("name", "dir", "rword")
            start, end = m.start("name"), m.end()
        if segs and ". " in name:
            cut = name.index(". ") + 1
            if _sentence_ending_abbreviation(name[:cut]) and _region(name, True) is None:  # (not "Ballina, Co. Mayo")
                # "in Louisville, Ky. The last time ...", "in Dubbo, NSW. Graziers ...": the state's
                # abbreviation ends the sentence
                name, rword = name[:cut], None
                end = start + cut
        if not rword and end + 1 < len(text) and text[end] == " " and text[end + 1] in "acho" \
                and text.startswith(_SPACED_QUALIFIERS, end) and _key(name) in _demonyms():
            # (two characters tested first: this runs for every segment)
            # "Srinagar, Indian controlled Kashmir": a qualifier written without its hyphen
            qm = _SEGMENT_RE.match(text, text.index(" ", end + 1))
            if qm and not qm.group("dir") and text[qm.start("name")].isupper():
                name, rword, end = qm.group("name"), qm.group("rword"), qm.end()
        segs.append((name, dirw, rword))
        end = _possessive(text, end, segs) if not rword and name.endswith(_POSS) and not _saint_town(name) else end
        if "s' " in name or "s\u2019 " in name:
            _bare_possessive(segs)
        i = _after_segment(text, end, rword, segs)
        if i is None:
            break
    if not segs:
        return None if chain.known == 0 else chain
    if len(segs) >= 4 and _enumeration(text, end, segs):
        return None
    return _resolve(chain, segs, venue_first)


def _sentence_ending_abbreviation(head: str) -> bool:
    """`head` (a name read up to a stop, the stop kept) is a state's or province's abbreviation:
    a U.S. state's (`Ky.`), or a Canadian or Australian one with its own stop or none (`Ont.`, `NSW`)."""
    k = _key(head)
    return k in _us_states() or k in _region_abbreviations() or _key(head[:-1]) in _region_abbreviations()


# the rest of a list of places after its fourth name: more names, then "and NAME"
_LIST_TAIL_RE = re.compile(r"(?:,\s+[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*)?)*,?\s+and\s+[A-Z]")


def _enumeration(text: str, end: int, segs: list) -> bool:
    """"for people in Dublin, Wicklow, Kildare, Meath, Louth, Cavan and Monaghan": four or more
    bare names, then "and" one more, are a list of places (an area served), not one place's
    town and region; no chain."""
    if not all(not d and not r for _, d, r in segs):
        return False
    last = segs[-1][0]
    k = last.find(" and ")  # ("..., Clare and Tipperary": the segment read holds the last two)
    return (k > 0 and last[k + 5:k + 6].isupper() and _place_kind(last) is None) \
        or _LIST_TAIL_RE.match(text, end) is not None


# "in the province of Al Haouz", "in the southern Mexican state of Chiapas": a region named after
# its region word, with an optional direction and country or demonym before the word.
_OF_REGION_RE = re.compile(
    rf"in\s+the\s+(?:{_DIR}\s+)?(?:(?P<owner>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?)\s+)?"
    rf"(?P<rword>province|state|region|prefecture|governorate|oblast)\s+of\s+(?P<name>{_ATOMIC_NAME})")


_OF_NOUN_REGION_RE = re.compile(
    rf"in\s+the\s+(?:{_DIR}\s+)?(?:(?P<owner>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?)\s+)?"
    rf"(?:[a-z][\w\-]*\s+){{0,3}}(?P<rword>[a-z]+)\s+of\s+(?P<name>{_ATOMIC_NAME})")


def _in_continuation(text: str, i: int, segs: list, chain: _Chain) -> int | None:
    """`, in ...` after a town: where the chain goes on (past `in`), minus the end of a region
    read whole (`in the province of Al Haouz`), or None when no place follows."""
    if segs and not segs[-1][2] and _country(segs[-1][0]):
        return None  # Reuters' "amid Russia's attack on Ukraine, in Sumy, Ukraine": nothing is in a country's chain after it
    nxt = text[i + 3:i + 4]
    if nxt.isupper():
        return i + 3
    if not text.startswith("the ", i + 3) and text[i + 3:text.find(" ", i + 3)] not in _DIR_WORDS:
        return None
    m = _OF_REGION_RE.match(text, i) if " of " in text[i:i + 60] else None
    if m is None and " of " in text[i:i + 90]:
        # `the town of Fuaa, in the northwestern Syrian last major rebel bastion of Idlib`: any
        # noun before `of`, when what follows is a region the tables know
        m = _OF_NOUN_REGION_RE.match(text, i)
        if m is not None and not _region(m.group("name"), True):
            m = None
    if m is None:
        return i + 3
    owner = m.group("owner")
    if owner:
        hit = _demonyms().get(_key(owner))
        chain.country = chain.country or (hit[0] if hit else _country(owner))
    segs.append((m.group("name"), None, " " + m.group("rword")))
    return -m.end()


_POSS = ("'s", "\u2019s")


def _saint_town(name: str) -> bool:
    """`St. John's`, `St. George's`: a saint's name in the possessive is a town's whole name
    (`in St. John's, N.L.`), not an owner of what follows."""
    return name.split(None, 1)[0] in _SAINTS and name.count(" ") == 1 and _key(name[:-2]) not in _cities()
# After "Syria's" / "Beirut's": "[northwestern] Idlib province" names the owner's region.
_POSS_REGION_RE = re.compile(rf" (?:{_REGION_STATUS} |)(?:{_DIR} |)(?P<name>{_NAME})(?P<rword> {_REGION_WORD}\b| county\b|)")


def _owner(name: str) -> str:
    """`Gaza City's Shejaiya` / `Beirut's` / `Damascus' Umayyad Square` -> the owner before the
    possessive, else the name."""
    for poss in _POSS:
        i = name.find(poss)
        if i > 0 and (i + 2 == len(name) or name[i + 2] == " "):
            return name[:i]
    for poss in ("s' ", "s\u2019 "):  # a name ending in s takes a bare apostrophe
        i = name.find(poss)
        if i > 0:
            return name[:i + 1]
    return name


def _bare_possessive(segs: list) -> None:
    """`the Philippines' Cebu province`, `the Netherlands' Limburg`: a country whose name ends in s
    takes a bare apostrophe, which the segment's name runs through; the country owns the region
    after it, as `Indonesia's Aceh province` (two segments, the owner first)."""
    name, dirw, rword = segs[-1]
    k = name.find("s' ")
    if k < 0:
        k = name.find("s\u2019 ")
    owner, sub = name[:k + 1], name[k + 3:]
    if sub[:1].isupper() and _country(owner):
        segs[-1] = (owner, dirw, None)
        segs.append((sub, None, rword))


def _possessive(text: str, end: int, segs: list) -> int:
    """A possessive segment (`Syria's northwestern Idlib province`, `Beirut's southern suburbs`):
    the owner is the place; a region named after it joins the chain. The end of what was read."""
    name, dirw, rword = segs[-1]
    segs[-1] = (name[:-2], dirw, rword)
    r = _POSS_REGION_RE.match(text, end)
    rword = r.group("rword") if r else None
    if rword == " county" and _country(name[:-2]) not in _county_countries():
        rword = None  # ("China's mountainous Luding county": a county below the province, no region)
    if r and (rword or _region(r.group("name"), True)):
        segs.append((r.group("name"), None, rword or None))
        return r.end()
    if end + 2 < len(text) and text[end] == " " and "a" <= text[end + 1] <= "z":
        return _owned_generic_place(text, end, name[:-2], segs)
    return end


# after a possessive: up to two lower-case words, then a lower-case place noun and a comma
_OWNED_GENERIC_RE = re.compile(r" (?:[a-z][a-z\-]* ){0,2}?(?P<noun>[a-z]+),")


def _owned_generic_place(text: str, end: int, owner: str, segs: list | None = None) -> int:
    """`at Gao's central market, Mali`, `at Kano's main mosque, Nigeria`: a town's possessive
    before a lower-case generic place (no venue: a generic place) and a comma: the chain goes on
    to the place written after it, the country or region that makes the owner a town. Not a person's home
    (`Johnson's farm, Iowa`: a noun of [private]), nor an owner the people tables know as a name.
    A country's possessive the same way before a town of that country (`at Nigeria's national
    stadium, Abuja`): the town, then its country, as `Abuja, Nigeria` is read (`segs` rewritten).
    The end of what was read: the comma, the town's end, or `end` when the chain stops at the owner."""
    g = _OWNED_GENERIC_RE.match(text, end)
    if g is None:
        return end
    words = _venue_words()
    noun = g.group("noun")
    if noun not in words["lower_head"] or noun in words["private"]:
        return end
    nxt = _next_name(text, g.end() + 1)
    if not nxt:
        return end
    if segs is not None and _country(owner) and not _country(nxt) \
            and (_city_country(nxt) or _geo_country(nxt)) == _country(owner):
        segs[-1] = (nxt,) + tuple(segs[-1][1:])
        segs.append((owner, None, None))
        return g.end() + 1 + len(nxt)
    if not (_country(nxt) or _region(nxt, True)
            or text.startswith((" state", " province", " region"), g.end() + 1 + len(nxt))):
        return end
    if " " not in owner and not _known_town(owner) and (_key(owner) in _people_vocab()["known"]
                                                        or _key(owner) in _people_vocab()["given"]):
        return end  # ("at Biden's beach house, Delaware": a person's)
    return g.end() - 1


def _after_segment(text: str, i: int, rword, segs: list) -> int | None:
    """Past a segment ending at `i`: "the Donetsk region of Ukraine" adds Ukraine, "the Podil
    district" skips the quarter word; the start of the next segment, or None at the chain's end."""
    if rword:
        o = _OF_NAME_RE.match(text[i:i + 80])
        owner = segs[-1][0]
        if o and _country(owner) and not _region(owner, False) and (
                _region(o.group("name"), True) or _region_in_country(o.group("name"), _country(owner), True)):
            # "the U.S. state of Georgia", "the Mexican state of ...": the country owns the region
            segs[-1] = (o.group("name"), None, rword)
            segs.append((owner, None, None))
            i += o.end()
        elif o and _country(o.group("name")):
            segs.append((o.group("name"), None, None))
            i += o.end()
    if not rword and text.startswith(" island province", i):
        rword = " island province"  # "Salcedo, Samar island province, Philippines": the province's word
        segs[-1] = segs[-1][:2] + (rword,)
        i += 16
    if not rword and text[i + 1:i + 2] in "de" and text.startswith(_OWNED_REGION_WORDS, i):
        n = _owned_region_word(text, i, segs[-1][0])
        if n:  # "Colombia's Cauca department", "Bangladesh's Sylhet division", "the UAE's Fujairah
            # emirate": a country's possessive, a name and a region word the scan does not read
            rword = text[i:i + n]
            segs[-1] = segs[-1][:2] + (rword,)
            i += n
    if not text.startswith(" ", i):
        return _next_comma(text, i)  # the common ", Ukraine": every test below reads a space first
    after = text[i + 1] if i + 1 < len(text) else " "
    if not after.islower():
        return None  # "in Kyiv (AP)": every test below reads a lower-case word after the space
    if text[i + 1:i + 2] in _QUARTER_INITIALS:
        q = _QUARTER_RE.match(text, i)
        if q:
            if not rword and (text.startswith((" district, in ", " district in "), i)
                              or len(segs) > 1 and text.startswith(" district, ", i)):
                # "Gayan district, in Paktika province", "Teknaf, Cox's Bazar district, Bangladesh": no town
                segs[-1] = (segs[-1][0] + " District",) + segs[-1][1:]
            elif not rword and text.startswith(" district of ", i) and _district_of_area(text, i + 13):
                segs[-1] = (segs[-1][0] + " District",) + segs[-1][1:]  # "the Muzaffargarh district of Pakistan's Punjab province": no town
            elif not rword and len(segs) == 1 and text.startswith(" district, ", i) and _district_region(text, i, segs):
                segs[-1] = segs[-1][:2] + (" district",)  # "in Mangwe district, Zimbabwe": the district is the region
            elif not rword and len(segs) == 1 and text.startswith(" district, ", i) and _known_town(_next_name(text, i + 11)):
                # "in Cimanggis district, Depok, West Java": a district of the town named next, no town itself
                segs[-1] = (segs[-1][0] + " District",) + segs[-1][1:]
            i = q.end()
    if text.startswith(" county", i) and not rword and text[i + 7:i + 8] in (",", " ", ".", ";", ""):
        segs[-1] = (segs[-1][0] + " County",) + segs[-1][1:]  # "Jishishan county, Gansu province": no town
        i += 7
        if text.startswith(" of ", i) and (text[i + 4:i + 5].isupper() or text[i + 4:text.find(" ", i + 4)] in _DIR_WORDS):
            return i + 4  # "Baoxing county of southwest China's Sichuan province"
    if text.startswith(" of ", i) and not rword and _OF_OWNER_RE.match(text, i):
        return i + 4  # "Huludao City of northeast China's Liaoning Province": the chain goes on
    if text.startswith((" town of ", " township of ", " village of ", " community of "), i) and not rword:
        c = _TOWN_OF_COUNTY_RE.match(text, i)  # "in Taiping town of Lushan County, Sichuan Province"
        if c:
            i = c.end()
        elif _TOWN_OF_REGION_RE.match(text, i) and not _known_town(segs[-1][0]):
            # South Asian desks' "in Nowshera town of Khyber Pakhtunkhwa province": a town the
            # tables need not know, then its region (a known town is read on its own already)
            return text.index(" of ", i) + 4
    if text.startswith((" city, ", " town, "), i) and not rword:
        if text[i + 1] == "c" and _city_country(segs[-1][0] + " City"):
            segs[-1] = (segs[-1][0] + " City",) + segs[-1][1:]  # "in Quezon city, north of Manila": the listed Quezon City
        i += 5  # "in Shimen city, central China's Hunan province": the noun goes, the town stays
    elif text.startswith(" village, ", i) and not rword:
        i += 8  # "in Denganmal village, Maharashtra": as a town's noun
    elif text.startswith(" municipality, ", i) and not rword and text[i + 15:i + 16].isupper():
        i += 13  # EPA's "in Alto Alegre municipality, Roraima state, Brazil": the town's noun
    elif text.startswith(" parish, ", i) and not rword and _PARISH_COUNTY_RE.match(text, i + 7):
        i += 7  # Baltic desks' "in the Puze parish, Ventspils county, Latvia": the parish is the town
    elif text[i + 1:i + 2] in "ao" and not rword and text.startswith(_OLD_TOWN_NOUNS, i):
        j = text.index(",", i)
        if text[j - 6:j] == "street":
            segs.pop()  # "in Qibao old street, east China's Shanghai": a street, the town after it
        i = j  # "in Wuzhen ancient town, east China's Zhejiang Province": the town's noun goes
    if not rword and text[i + 1:i + 2] in _DIR_OF_INITIALS:
        d = _DIR_OF_AFTER_RE.match(text, i)
        # "in Murkata village east of Gauhati, India": a direction descriptor with no comma before
        # it (not "the Pacific Ocean southwest of ...")
        if d and segs[-1][0].rpartition(" ")[2] not in _NOT_TOWN_LAST:
            return d.end()
    if text.startswith(" ", i) and text[i + 1:i + 2].islower() and text.find(",", i, i + 30) != -1:
        h = _named_head_re().match(text, i)  # "at the Silverstone racetrack, Silverstone, England"
        if h and text.startswith(", ", h.end()) and (text[h.end() + 2:h.end() + 3].isupper()
                and not _DATE_OPENING_RE.match(text, h.end() + 2)
                or _dir_then_name(text, h.end() + 2) and not _known_town(segs[-1][0])):
            # (or a direction and a name: "in the Zaatari refugee camp, northern Mafraq province";
            # a town's name before the noun stays the town: "in Newark market, central England",
            # "in the Jabalia refugee camp, northern Gaza Strip")
            segs[-1] = (segs[-1][0] + h.group(),) + segs[-1][1:]  # the venue keeps its noun
            i = h.end()
    return _next_comma(text, i)


# A date after a venue's noun and its comma ("at Cairo stadium, April 2, 2011", "at the Lagos
# stadium, Saturday"): the date, not the venue's town, so the name before the noun stays the town
_DATE_OPENING_RE = re.compile(rf"(?:{_DAYS}\b|{_MONTHS} \d)")


def _dir_then_name(text: str, i: int) -> bool:
    """A direction word at `i`, then a capitalised name (`northern Mafraq province`, `eastern Chad`)."""
    sp = text.find(" ", i, i + 16)
    return sp > 0 and text[i:sp] in _DIR_WORDS and text[sp + 1:sp + 2].isupper()


# Region words a country's possessive may own that the scan's _REGION_WORD leaves out (its
# county is read as `X County` above): "Colombia's Cauca department", "Bangladesh's Sylhet division".
_OWNED_REGION_WORDS = (" department", " division", " emirate")


def _owned_region_word(text: str, i: int, name: str) -> int:
    """The length of the region word at `i` (_OWNED_REGION_WORDS, a whole word) when the segment
    `name` before it is a country's possessive and a name (`Colombia's Cauca`), else 0."""
    for w in _OWNED_REGION_WORDS:
        e = i + len(w)
        if text.startswith(w, i) and (e == len(text) or not text[e].isalpha()):
            owner = _owner(name)
            return len(w) if owner != name and _country(owner) else 0
    return 0


# ", Ventspils county", ", Saue Municipality": the county or municipality a rural parish lies in
_PARISH_COUNTY_RE = re.compile(r", [A-Z][\w\-]*(?: [A-Z][\w\-]*)? (?:[Cc]ounty|[Mm]unicipality)\b")
# Xinhua's old quarters named after their town: "Wuzhen ancient town", "Qibao old street".
_OLD_TOWN_NOUNS = (" ancient town, ", " old town, ", " ancient city, ", " old street, ", " ancient street, ")
# " village east of Gauhati", " northwest of Kyiv": a town's noun and a direction descriptor after
# a town with no comma between (the chain reads the descriptor next, then the country after it)
_DIR_OF_AFTER_RE = re.compile(rf" (?:village |town )?(?=(?:{_DIR}) of (?:the )?[A-Z])")
_DIR_OF_INITIALS = frozenset("vtnsewc")
_DISTRICT_OWNER_RE = re.compile(r"(?:the )?([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3})(['\u2019]s )?")


def _known_town(name: str) -> bool:
    return bool(name) and (_city_country(name) is not None or _geo_country(name) is not None)


def _next_name(text: str, j: int) -> str:
    """The capitalised name that opens text at j (`Depok` in `Depok, West Java`), or ''."""
    m = _DISTRICT_OWNER_RE.match(text, j)
    return m.group(1) if m is not None and not m.group(2) else ""


# "in the Gorkha District of Nepal", "the Swat District of Pakistan's ... province": a district
# written with a capital, owned by a country (the lower-case "district of" is read by the scan)
_DISTRICT_OF_COUNTRY_RE = re.compile(r"\b[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)? District of (?:the )?"
                                     r"([A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,2}?)(?:'s\b|\u2019s\b|[,.;]| [a-z(]|$)")


def _district_of_country(text: str, loc) -> None:
    """`in the destroyed village of Pokharidanda, ... in the Gorkha District of Nepal`: the country
    that owns a district names the caption's country (a town's district, `Renze District of
    Xingtai City`, names no country)."""
    for m in _DISTRICT_OF_COUNTRY_RE.finditer(text):
        country = _country(m.group(1))
        if country:
            loc.country = country
            return


# "on the central Philippines island of Bacalod", "the remote Indonesian island of X": a demonym
# (or a country's name) before `island of` gives the country of an island no table knows
_DEMONYM_ISLAND_RE = re.compile(r"\bthe (?:[a-z\-]+ ){0,2}((?:[A-Z][a-z]+ ){1,2})island of [A-Z]")


def _demonym_island_country(text: str, loc) -> None:
    m = _DEMONYM_ISLAND_RE.search(text)
    if m is None:
        return
    span = m.group(1).strip()
    hit = _demonyms().get(_key(span))
    country = hit[0] if hit else _country(span)
    if country:
        loc.country = country


# A photo essay's place line, a sentence of its own: "Debris. Naveiveiwali village, Fiji."
_VILLAGE_LINE_RE = re.compile(r"(?:^|[.!?] )([A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?) village, ([A-Z][\w'\- ]{2,30}?)\.(?: |$)")


def _village_line(text: str, loc) -> None:
    """`... killed a man who was helping people out. Nasaibitu village, Fiji. Photo: Jeff Tan`:
    a sentence that is only a village and the country read names the village the town."""
    for m in _VILLAGE_LINE_RE.finditer(text):
        if _country(m.group(2)) == loc.country and not _place_kind(m.group(1)) and not _is_venue_name(m.group(1)):
            loc.city = m.group(1)
            return


def _district_of_area(text: str, j: int) -> bool:
    """`the Muzaffargarh district of Pakistan's Punjab province`, `the Nuwakot district of Nepal`:
    a district of a country or a region is an area, no town (`the Shibuya district of Tokyo`, a
    district of a town, is the town's quarter)."""
    m = _DISTRICT_OWNER_RE.match(text, j)
    if m is None:
        return False
    owner = m.group(1)
    if _city_country(owner):
        return False
    return bool(_country(owner)) or (m.group(2) is None and _region(owner, False) is not None)


def _district_region(text: str, i: int, segs: list) -> bool:
    """`Mangwe district, Zimbabwe`: a district named before its country alone (no town, no region
    between) is the region written; a town's quarter (`Ginza district, Tokyo`) is not."""
    name = segs[-1][0]
    j = i + 11  # past " district, "
    e = text.find(",", j, j + 40)
    nxt = text[j:e] if e != -1 else text[j:j + 40].split(" on ", 1)[0].rstrip(" .")
    return bool(_country(nxt)) and not _city_country(name) and "'" not in name and "\u2019" not in name


def _next_comma(text: str, i: int) -> int | None:
    """Position after a comma that directly follows `i` and is followed by a capital or a descriptor."""
    if not text.startswith(",", i):
        return None
    if text.startswith(" ", i + 1) and (  # (as a character where it can be: no slice and hash)
            ("a" <= text[i + 2] <= "z" or "A" <= text[i + 2] <= "Z") if 0 <= i < len(text) - 2
            else text[i + 2:i + 3] in _ASCII_LETTERS):
        return i + 2  # the common ", Ukraine": no regex needed
    m = _COMMA_RE.match(text, i)
    if m is None and text[i + 2:i + 3].isdigit() and _DISTANCE_RE.match(text, i + 2):
        return i + 2  # ", 237 km northeast of Seoul": a distance descriptor follows
    return m.end() if m else None


def _resolve(chain: _Chain, segs, venue_first: bool) -> _Chain:
    """The chain's facts from its segments. Memoised: the same names in the same state resolve
    the same way, and news captions name the same few hundred places over and over."""
    key = (tuple(segs), venue_first, chain.weight >= 3, chain.venue, chain.city, chain.region, chain.country,
           chain.known)
    cache = _RESOLVED
    facts = cache.get(key)
    if facts is None:
        if len(cache) >= 8192:
            cache.clear()  # a bound on memory (news names the same places: it seldom fills)
        facts = cache[key] = _resolved(*key)
    chain.venue, chain.city, chain.region, chain.country, chain.known, chain.county = facts
    if chain.near:  # "Paju, near Seoul": the neighbour's country when the chain prints none
        region, country, town = chain.near
        if town and chain.city and chain.city.endswith(_RIVER_WORDS) and not _place_kind(chain.city):
            chain.city = town  # "in the Msta River, outside Veliky Novgorod": a river is no town
        if chain.country is None or chain.country == country:
            chain.region = chain.region or region
            chain.country = chain.country or country
        elif (country and len(segs) == 1 and segs[0][2] is None and chain.region is None and chain.venue is None
              and chain.city and _key(chain.city) not in _cities()):
            # "in Ipswich, about 40km southwest of Brisbane": a town written alone, placed by a
            # neighbour in another country than the generated table gives it (its most populous
            # namesake), is that country's namesake; the hand table's towns (Tijuana, near San
            # Diego) stay where it puts them
            chain.region, chain.country = region, country
    return chain


# "Russian-controlled Ukraine", "rebel-held Idlib": a qualifier before a place name.
_QUALIFIER = r"[A-Za-z]+-(?:controlled|occupied|held|annexed|administered|run|backed)"
_QUALIFIER_RE = re.compile(rf"{_QUALIFIER}\s+(?=[A-Z])")


_SPACED_QUALIFIERS = (" controlled ", " administered ", " occupied ", " held ")


# _resolve's memo: a plain dict, whose look-up costs less than lru_cache's bookkeeping
_RESOLVED: dict = {}


# Direction adjectives that, capitalised, read into the name that follows them ("in Southern
# Greece", "Northern Italy"): a part of a country written out, not a place's own name.
_DIR_ADJECTIVES = ("Northern ", "Southern ", "Eastern ", "Western ", "Central ", "Northeastern ",
                   "Northwestern ", "Southeastern ", "Southwestern ")


def _direction_split(name: str, dirw, rword) -> tuple:
    """`Southern Greece` -> (Greece, southern): the country behind a capitalised direction word,
    unless the whole is a place of its own (Northern Ireland, Western Australia, Central Java)."""
    if dirw is None and name.startswith(_DIR_ADJECTIVES) and _place_kind(name) is None:
        head, rest = name.split(" ", 1)
        kind = _place_kind(rest)
        if kind == "country":
            return rest, head.lower() + " ", rword
        if kind == "city" and _geo_country(name) != "United States":
            return rest, head.lower() + " ", rword  # `Northern Budapest`, `Central Lisbon`: a part of the city
    elif dirw is None and name.startswith(_DIR_SPLIT) and _place_kind(name) is None \
            and _geo_country(name) != "United States":  # (`West Des Moines`, `North Las Vegas`: US towns of their own)
        head, rest = name.split(" ", 1)
        if _place_kind(rest) == "city":  # `in South Belfast`, `North London`: a quarter of the city
            return rest, head.lower() + " ", rword
    elif name.startswith("Old ") and _place_kind(name) is None and _place_kind(name[4:]) == "city":
        return name[4:], dirw, rword  # `in Old Dhaka`, `Old Delhi`: the old town is the city's quarter
    return name, dirw, rword


# Compass words that, capitalised, name a quarter of the city after them (`in South Belfast`),
# unless the whole is a town of its own (South Shields, East London, West Palm Beach).
_DIR_NOUNS = ("North ", "South ", "East ", "West ")
# The intercardinal compass words: before a city they are a direction even with its state after
# (`Northwest Houston, Texas`), where `North`, `South`, `East`, `West` begin many towns' own names
# the town table leaves out (East St. Louis, West Sacramento, South Pasadena).
_DIR_QUARTERS = ("Northwest ", "Northeast ", "Southwest ", "Southeast ")
_DIR_SPLIT = _DIR_NOUNS + _DIR_QUARTERS


def _resolved(segs, venue_first, strong, venue, city, region, country, known):
    segs = tuple((_QUALIFIER_RE.sub("", n, count=1) if "-" in n and _key(n) not in _regions() else n, d, r)
                 for n, d, r in segs)  # (a region the table lists with its qualifier: "Pakistan-administered Kashmir")
    if any(n.startswith(_DIR_ADJECTIVES) or n[:4] == "Old " for n, _, _ in segs) \
            or len(segs) == 1 and segs[0][0].startswith(_DIR_SPLIT):
        segs = tuple(_direction_split(*seg) for seg in segs)
    elif segs[0][0].startswith(_DIR_QUARTERS) and _key(segs[1][0]) in _us_states() and not segs[1][2]:
        seg = _direction_split(*segs[0])  # "Northwest Houston, Texas": a quarter of the US city, its state after
        if seg[0] != segs[0][0] and _city_country(seg[0]) == "United States":
            segs = (seg,) + tuple(segs[1:])
    if segs[0][0].endswith(_DC_TAILS) or len(segs) > 1 and segs[1][0].endswith(_DC_TAILS) or " DC. " in segs[-1][0]:
        segs = _split_dc(segs)
    if len(segs) == 1 and " " in segs[0][0] and segs[0][1] is None and segs[0][2] is None:
        segs = _split_city_region(segs)
    if " of " in segs[-1][0] and segs[-1][2] is None:  # (one segment too: "in Helmand Province of Afghanistan")
        segs = _split_region_of(segs)
    chain = _Chain(3 if strong else 0, 0)
    chain.venue, chain.city, chain.region, chain.country, chain.known = venue, city, region, country, known
    _resolve_segments(chain, segs, venue_first)
    return chain.venue, chain.city, chain.region, chain.country, chain.known, chain.county


_DC_TAILS = (" D.C.", " DC", " D.C", " DC.")  # (`DC.`: the name keeps a two-letter word's sentence stop)
_REGION_OF_RE = re.compile(r"(?P<name>.+?)(?P<rword> (?:Province|Prefecture|Oblast|Governorate|Autonomous Region|Region))"
                           r" of (?P<country>.+)")  # (`the Afar Region of Ethiopia`, as Xinhua writes it)


def _split_region_of(segs: tuple) -> tuple:
    """`Nanjing, Jiangsu Province of China` (VCG, China News Service): the last segment, read as
    one name, is a region of the country after `of`."""
    name, dirw, _ = segs[-1]
    m = _REGION_OF_RE.fullmatch(name)
    if m is None or not _country(m.group("country")):
        return segs
    return segs[:-1] + ((m.group("name"), dirw, m.group("rword")), (m.group("country"), None, None))


def _capital_direction(owner: str) -> str:
    """`East China's Jiangsu Province` (Xinhua capitalises the direction): the country the
    tables know after a direction word, else the owner as written (a country named with its
    direction word stays whole: `South Sudan's Jonglei state`, `North Korea's Ryanggang province`)."""
    head, _, rest = owner.partition(" ")
    return rest if head.lower() in _DIR_WORDS and _country(rest) and not _country(owner) else owner


def _split_city_region(segs: tuple) -> tuple:
    """`in Jaipur Rajasthan January 20` (South Asian wires write no comma): a known town, then a
    region or the country of the same country, is read as `Jaipur, Rajasthan`. Whole names stay whole
    (`New South Wales`, `Kansas City`)."""
    name = segs[0][0]
    if _city_country(name) or _region(name, False) or _country(name):
        return segs
    words = name.split(" ")
    for n in (1, 2):
        if len(words) <= n:
            break
        town, reg = " ".join(words[:-n]), " ".join(words[-n:])
        town_country = _city_country(town)
        if town_country is None:
            continue
        hit = _region(reg, True, town_country)
        if hit and hit[1] == town_country:
            return ((town, None, None), (reg, None, None))
        if _country(reg) == town_country:  # `in Kabul Afghanistan September 14`: the town, then its country
            return ((town, None, None), (reg, None, None))
    return segs


def _split_dc(segs: tuple) -> tuple:
    """`Washington D.C.` written without its comma: the town, then the district."""
    out = []
    for n, d, r in segs:
        if " DC. " in n:  # `in Washington DC. The bill ...`: the next sentence's capitals are no part of it
            n = n[:n.index(" DC. ") + 4]
        town, _, dc = n.rpartition(" ")
        if dc in ("D.C.", "DC", "D.C", "DC.") and _key(town) == "washington":
            out += [(town, d, r), ("D.C.", None, None)]
        else:
            out.append((n, d, r))
    return tuple(out)


def _of_venue(name: str) -> str | None:
    """`Lamar Valley of Yellowstone National Park`: a part that is no venue itself (a valley, a
    quarter) of a named venue; the venue, else None."""
    head, _, tail = name.partition(" of ")
    if tail[:4] == "the ":
        tail = tail[4:]
    if not tail or _is_venue_name(head) or _place_kind(head) or _place_kind(tail) or not _is_venue_name(tail):
        return None
    return tail


def _of_town(name: str) -> str | None:
    """`French Quarter of New Orleans`, `South Side of Chicago`: a named part (no venue, no
    place itself) of a town the tables know; the town, else None."""
    head, _, tail = name.partition(" of ")
    if tail[:4] == "the " and _city_country(head) and _country(tail[4:]):
        # "a screening in Seoul of the South Korea vs Russia match": the name read on over `of the`
        # into a team's country; the town the tables know is the place
        return head
    if not _city_country(tail) or _is_venue_name(head) or _place_kind(head) or _is_event(head.split()) \
            or head.rsplit(" ", 1)[-1] in _CHAIN_NOUN_HEADS:
        return None  # ("the City of London" is a place of its own)
    return tail


_CHAIN_NOUN_HEADS = frozenset(("City", "Town", "Borough", "County", "Village", "Province", "State", "Region"))


def _header_venue(segs) -> bool:
    """`Metropolitano, Madrid, Spain`: in a header (sports, USA Today) an unknown name before a
    known town that a country or region follows is the venue."""
    first, second, third = segs[0][0], segs[1][0], segs[2][0]
    if not segs[0][2] and not segs[1][2] and not _place_kind(first) and not _place_kind(second) \
            and _country(third) and not _region(second, True):
        return True  # "Jaber Al-Ahmad Stadium, Zahle, Lebanon": an unknown town before its country
    return (not segs[0][2] and not _place_kind(first) and _place_kind(second) == "city"
            and not segs[1][2] and bool(_country(third) or _region(third, True)))


# venue head words that end many US town names ("Hallandale Beach, Fla.", "Colorado Springs,
# Colo.", "Menlo Park, Calif.", "Auburn Hills, Mich.", "Sioux Falls, S.D.")
_TOWN_HEADS = frozenset(("Beach", "Springs", "Park", "Hills", "Heights", "Falls", "Gardens"))
# more last words of town names that are also venue heads ("Park City, Utah", "Luna Pier, Mich.",
# "Chapel Hill, N.C.", "Falls Church, Va.", "College Station, Texas", "Castle Rock, Colo.")
_TOWN_LAST = _TOWN_HEADS | frozenset(("City", "Pier", "Point", "Hill", "Church", "Station", "Rock", "Terrace",
                                         "Center", "Centre", "Place", "Port"))  # "Brooklyn Center, Minnesota", "Rockville Centre, N.Y.",
# "Beaumont Place, Texas" (a Houston quarter written as a town)


# last words of town names that head no venue a desk names with its country alone ("Broken Hill,
# Australia", "Crystal Springs, ..."; not Park, Station, Church: "Gorky Park, Russia" is a park)
_TOWN_BEFORE_COUNTRY = frozenset(("Hill", "Hills", "Heights", "Springs", "Falls", "Rock", "Point", "City"))


# first words of town names that also head venues (a port, a fort): before a region outside the
# US the name is the town ("Port Hedland, WA", "Fort Smith, N.W.T."); in the US `Fort X, Georgia`
# is a base (us_military_bases.tsv) and `Port Everglades, Fla.` a seaport, so not there.
_TOWN_FIRST = frozenset(("Port", "Fort", "Ft."))


def _outside_us_region(name: str) -> bool:
    hit = _region(name, True)
    return hit is not None and hit[1] != "United States"


def _town_first_abroad(loc) -> bool:
    """The chain read `Fort Nelson, B.C.` as the town, and an earlier pass its venue head: outside
    the US a `Port X` / `Fort X` read as the town is no venue as well."""
    return loc.venue[:loc.venue.find(" ")] in _TOWN_FIRST and loc.country not in (None, "United States")


# last words of water bodies that no town name ends in (unlike Bay, Harbor, River: Green Bay, Fall River)
_LOCH_HEADS = ("Lough ", "Loch ")  # (not Lake: Lake Charles, Lake Placid are towns)
_OPEN_WATER = frozenset(("Sea", "Ocean", "Gulf", "Strait", "Straits", "Lagoon", "Canal", "Reservoir"))
_WATER_LAST = _OPEN_WATER | frozenset(("River", "Lake"))  # (after `the`: "of the Teesta River")
# last words of places that are no town, before a direction ("the Pacific Ocean southwest of ...": _after_segment)
# Last words of a height or an upland, no town though a region follows (`Humboldt Peak, Colorado`,
# `Ilkley Moor, West Yorkshire`): a venue or nothing; the town tables' own (Cleator Moor) stay towns.
_LANDFORM_LAST = frozenset(("Peak", "Peaks", "Moor", "Moors", "Fell", "Fells", "Crag", "Crags", "Volcano", "Glacier"))


@functools.cache
def _water_bodies() -> frozenset:
    """water_bodies.txt: named lakes and bays that are no town (Biscayne Bay, Lake Onega)."""
    return frozenset(_key(line) for line in _data_lines("water_bodies.txt"))


def _water_body(name: str) -> bool:
    """A lake or bay water_bodies.txt names and no town table knows: water, no town."""
    return _key(name) in _water_bodies() and not _known_town(name)


def _landform(name: str) -> bool:
    """A summit's or moor's name (a name and a _LANDFORM_LAST word) no town table holds: no town
    (`Humboldt Peak`, not the village `Volcano, Hawaii` nor the town `Cleator Moor`)."""
    sp = name.rfind(" ")
    return sp > 0 and name[sp + 1:] in _LANDFORM_LAST and not _known_town(name)


_NOT_TOWN_LAST = _OPEN_WATER | frozenset(("River", "Lake", "Bay", "Strip", "Bank", "Desert", "Mountains", "Island",
                                          "Islands", "Peninsula"))


@functools.cache
def _military_bases() -> tuple:
    """us_military_bases.tsv's rows: (words, `first` or `last`, the rule the row serves)."""
    return tuple(tuple(x.strip() for x in line.split("\t")) for line in _data_lines("us_military_bases.tsv"))


def _base_words(rule: str, where: str) -> tuple:
    """One rule's words of US military base names, spaced for startswith (`Fort `) or endswith
    (` Air Force Base`): a tuple, built once at import."""
    return tuple(w + " " if where == "first" else " " + w
                 for w, at, use in _military_bases() if use == rule and at == where)


# A US military post's name: the state after it is no country (`Fort Stewart, Georgia`)
_US_BASE_FIRST = _base_words("state_after", "first")
_US_BASE_LAST = _base_words("state_after", "last")


def _us_base(venue: str | None) -> bool:
    return venue is not None and (venue.startswith(_US_BASE_FIRST) or venue.endswith(_US_BASE_LAST))


def _town_before_state(segs) -> bool:
    """`Hallandale Beach, Florida`: a name ending in a town-like head word, then a US state
    straight after it (and no more, or the country: "Clearwater Beach, Florida, U.S."), is the
    town, not a venue."""
    if len(segs) == 3 and not segs[1][1] and not segs[1][2] and (
            _country(segs[2][0]) == "United States" or segs[0][0][:segs[0][0].find(" ")] in _TOWN_FIRST
            and _country(segs[2][0])):
        segs = segs[:2]  # (and "Port Talbot, Wales, Britain": a region, then its country)
    if len(segs) != 2 or segs[0][1] or segs[0][2]:
        return False
    first, nxt = segs[0][0], segs[1][0]
    words = first.split()  # (two words only: "Yosemite National Park, Calif." is a park)
    if len(words) == 2 and words[1] in _TOWN_BEFORE_COUNTRY and _key(first) not in _famous() and _country(nxt):
        return True  # "Broken Hill, Australia", "Castle Rock, Ireland": a town's name, then its country
    if len(words) == 2 and words[0] in _TOWN_FIRST and _key(first) not in _famous() and _outside_us_region(nxt):
        return True  # "Port Talbot, Wales", "Fort Nelson, B.C." (before a country alone a port is as
        # likely as a town: "at the Port of Tanjung Pelepas, Malaysia"; the towns are in the tables)
    if _key(nxt) not in _us_states() or _city_country(nxt) or _key(first) in _famous():
        return False
    # (or a whole name the town table knows as a US town: "North Port, Florida", "Vilano Beach, Fla.")
    return len(words) == 2 and words[1] in _TOWN_LAST or 1 < len(words) <= 3 and _geo_country(first) == "United States"


def _state_then_sentence(seg: tuple) -> tuple:
    """`in Ogden, Utah The cross is all that remains`: a desk's lost period runs a US state's full
    name into the next sentence's first words; the state alone is the segment (not `New York
    City`, a name the tables know whole)."""
    name = seg[0]
    if _key(name) in _us_states():
        return seg
    words = name.split(" ")
    for n in (1, 2):
        head = " ".join(words[:n])
        if len(words) > n and len(head) > 3 and words[n][:1].isupper() and _us_states().get(_key(head)) == head:
            return (head,) + tuple(seg[1:])
    return seg


_OLD_QUARTERS = frozenset(("Old City", "Old Town", "Old Quarter"))


def _curly_owned_place(name: str) -> bool:
    """`Pakistan\u2019s Punjab`, `Lisbon\u2019s Alfama`: a country's place, or a one-word quarter of a
    town abroad (a US town's name is often a person's, its `X\u2019s Y` a shop: `Madison\u2019s Cafe`;
    `Watford\u2019s Troy Deeney` is a player)."""
    owner, _, sub = name.partition("\u2019s ")
    if _country(owner):
        return True
    if sub in _OLD_QUARTERS:  # `Jerusalem’s Old City`: the town's old quarter
        return (_city_country(owner) or _geo_country(owner)) is not None
    if " " in sub:  # only a named quarter (`New Taipei City\u2019s Tucheng District`): a town the
        # GeoNames table knows is enough for a name before a district word
        if _QUARTER_RE.match(" " + sub.rsplit(" ", 1)[-1].lower()) is None:
            # `Dhaka’s Karwan Bazar`, `Cairo’s Khan el-Khalili`: a town the hand table knows
            # abroad owns the named place after it, as with the straight apostrophe (not a
            # person's name: `Dublin’s Con O'Callaghan`)
            return _city_country(owner) not in (None, "United States") \
                and _key(sub.split(" ", 1)[0]) not in _people_vocab()["given"]
        return (_city_country(owner) or _geo_country(owner)) not in (None, "United States")
    return _city_country(owner) not in (None, "United States") and not _is_venue_name(sub)


def _municipality_town(name: str) -> str:
    """`Tianjin Municipality`, `China's Chongqing Municipality` (Xinhua): a city that ranks as a
    province is written with its rank; the name a town the tables know is the town, so the word
    goes (the schema's region stays unwritten). Another name is kept as written."""
    town = name[:-13]
    if _city_country(town[town.find("'s ") + 3:] if "'s " in town else town):
        return town
    return name


_CAPITAL_REGION_WORD_RE = re.compile(r"(?:(?P<town>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?) of )?(?P<name>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)"
                                     r" (?P<rword>Region|Oblast|Province|Prefecture)")
_CAPITAL_REGION_WORDS = (" Region", " Oblast", " Province", " Prefecture")
_OLD_QUARTER_OF_RE = re.compile(r"Old (?:City|Town|Quarter) of (.+)")
_RIVER_WORDS = (" River", " Sea", " Ocean", " Strait", " Canal", " Lagoon", " Reservoir", " Gulf")


def _normal_segments(segs) -> tuple:
    """`in Omsk Region, Russia`, `Xining of Qinghai Province, China`: a listed region written with
    a capitalised generic word reads as `Omsk region` does (the bare name may be a town too); a
    town `of` its province is that town, then the region. A town's old quarter named with it
    (`the Old City of Jerusalem`, `the Old Town of Tallinn`) is the town. (A river before the
    town it is by is left to _resolve: `in the Msta River, outside Veliky Novgorod`.)"""
    out = []
    for seg in segs:
        name, direction, rword = seg
        if out and direction and direction.strip() in _TOWN_ADJECTIVES and _place_kind(name) == "city":
            continue  # "in Quezon City, suburban Manila": the town, then the city it lies by
        if name[:4] == "Old " and " of " in name:
            quarter = _OLD_QUARTER_OF_RE.fullmatch(name)  # "the Old City of Jerusalem": the town
            if quarter and _place_kind(quarter.group(1)):
                seg = name, direction, rword = quarter.group(1), direction, rword
        if not rword and name[-11:] == " Prefecture" and " County of " in name:
            county, _, prefecture = name.partition(" of ")  # "Congjiang County of Qiandongnan Miao and
            out.append((county, direction, None))  # Dong Autonomous Prefecture": the county, then its prefecture
            out.append((prefecture, None, None))
            continue
        if not rword and " Autonomous Region" in name and " of " in name:
            town, _, region = name.partition(" of ")  # "Hulunbuir of Inner Mongolia Autonomous Region"
            if _region_from_phrase(region) and _region_from_phrase(region)[1]:
                out.append((town, direction, None))
                out.append((region, None, None))
                continue
        m = None if rword or not name.endswith(_CAPITAL_REGION_WORDS) or " Autonomous " in name \
            else _CAPITAL_REGION_WORD_RE.fullmatch(name)  # (`Tibet Autonomous Region` is read whole already)
        if m is None or not (_region(m.group("name"), True) or _region(m.group("name") + " region", True)):
            out.append(seg)
            continue
        if m.group("town"):
            out.append((m.group("town"), direction, None))
            direction = None
        out.append((m.group("name"), direction, " " + m.group("rword").lower()))
    return tuple(out)


def _resolve_segments(chain: _Chain, segs, venue_first: bool) -> None:
    k = 0
    segs = _normal_segments(segs)
    strong = weight_is_strong(chain)
    first, direction, rword = segs[0]
    owner = _owner(first) if not rword and ("'" in first or "\u2019" in first) else first
    if owner != first and _owns_places(owner, first):
        own = first[len(owner):].lstrip("'\u2019s ")
        if _is_venue_name(own) and not _place_kind(own):
            # "Kyiv's Independence Square", "Damascus' Umayyad Square": the owner is the town
            chain.venue = own
            segs = ((owner, direction, rword),) + tuple(segs[1:])
            first = owner
    sp = first.rfind(" ")
    if sp > 0 and first[sp + 1:].islower():  # "Santa Anita racetrack, Arcadia": a name and its place noun
        if venue_first:
            chain.venue = first
        else:
            first = first[:sp]
            segs = ((first, direction, rword),) + tuple(segs[1:])
    if venue_first and chain.venue == first:
        k = 1
    elif venue_first and len(segs) > 2 and " of " in first and _body_then_building(first, segs[1]):
        chain.venue = segs[1][0]  # "at the Office of the President, Harambee House, Nairobi": the body's building
        k = 2
    elif venue_first and _is_venue_name(first) and (not _place_kind(first) or _key(first) in _famous()) \
            and not _town_before_state(segs) and not (len(segs) == 1 and _geo_country(first)):  # (Port Vila)
        chain.venue = first[4:] if first[:4] == "The " and first.count(" ") > 1 else first
        k = 1
        if len(segs) > 1 and first.count(" ") > 1 and _key(first) not in _famous() \
                and not (_known_town(segs[1][0]) and not _country(segs[1][0])):
            # (a town after it already: "Queen's Park Savannah, Port of Spain" names no town Savannah)
            town = _town_after_head(first)  # Getty's lost comma: "Melbourne Airport Melbourne, Australia"
            town = town or _region_after_head(first)  # (or its region: "Crosby Beach Merseyside, United Kingdom")
            if town:
                chain.venue = chain.venue[:-len(town) - 1]
                segs = ((town, None, None),) + tuple(segs[1:])
                k = 0
    elif venue_first and len(segs) > 1 and not rword and not segs[1][2] and _key(segs[1][0]) in _famous() \
            and not _place_kind(first) and not _is_event(first.split()):
        # "at Simmonscourt, RDS", "at the Hogan Stand, Croke Park, Dublin": a hall or stand,
        # then the famous ground it is part of: one venue, named whole, in the ground's country
        # (not an event held there: "in the State Final, Lucas Oil Stadium")
        chain.venue = f"{first}, {segs[1][0]}"
        chain.country = chain.country or _famous()[_key(segs[1][0])][1] or None
        chain.known += 1
        k = 2
    elif venue_first and strong and len(segs) > 2 and _header_venue(segs):
        chain.venue = first  # Reuters sports header "Caja Magica, Madrid, Spain": venue, town, country
        k = 1
    rest = list(segs[k:])
    owned = False  # the first segment is a region its country's possessive names with a region word
    if len(rest) > 1 and not rest[-1][2] and " " in rest[-1][0] and not _place_kind(rest[-1][0]):
        rest[-1] = _state_then_sentence(rest[-1])
    if rest and not rest[0][2] and " " in rest[0][0]:
        town = _town_after_water(rest[0][0])
        if town:
            rest[0] = (town,) + tuple(rest[0][1:])  # "in the Neva River St. Petersburg, Russia": the town
    if rest and rest[0][0][-13:] == " Municipality" and not rest[0][2]:
        rest[0] = (_municipality_town(rest[0][0]),) + tuple(rest[0][1:])
    if rest and " of " in rest[0][0]:
        rest[0] = _feature_of_place(rest[0])  # "the Korengal Valley of Afghanistan's Kunar province": the province
    if rest and "\u2019s " in rest[0][0] and _curly_owned_place(rest[0][0]):
        # "Pakistan\u2019s Punjab province", "Lisbon\u2019s Alfama": as with the straight apostrophe
        rest[0] = (rest[0][0].replace("\u2019s ", "'s ", 1),) + tuple(rest[0][1:])
    if rest and "'s " in rest[0][0] and _key(rest[0][0]) not in _cities():
        owner, _, sub = rest[0][0].partition("'s ")
        if owner[:1] in "ENSWC" and " " in owner:
            owner = _capital_direction(owner)
        if rest[0][2] and _country(owner):  # "Russia's Rostov region": the region of that country
            chain.country = chain.country or _country(owner)
            rest[0] = (sub,) + tuple(rest[0][1:])
            owned = True  # (its region word makes it a region, though the tables do not know it)
        elif sub[-7:] == " County" and _country(owner) in _county_countries() and " " in sub:
            # "Kenya's Kericho county", "Liberia's Nimba County": a county, where counties are
            # the first-level regions, is the region (not China's counties: a town's county)
            listed = _region(sub, True)
            chain.region = chain.region or (listed[0] if listed else _display(sub[:-7]))
            chain.country = chain.country or _country(owner)
            chain.known += 1
            rest = rest[1:]
        elif _SUFFIX_RE.search(sub) and _country(owner):
            # "northwest China's Xinjiang Uygur Autonomous Region": that country's region
            rc = _region_from_phrase(sub)
            chain.region = chain.region or (rc[0] if rc and rc[1] in (None, _country(owner)) else None)
            chain.country = chain.country or _country(owner)
            chain.known += 1
            rest = rest[1:]
        elif not rest[0][2] and _country(owner) and _owned_region(sub, _country(owner)):
            # "in India's Kerala", "Lebanon's Akkar district": a region the tables give that country
            chain.region = chain.region or _owned_region(sub, _country(owner))
            chain.country = chain.country or _country(owner)
            chain.known += 1
            rest = rest[1:]
        elif not rest[0][2] and _country(owner) and (_city_country(sub) or _geo_country(sub)) == _country(owner):
            # "in Turkey's Samsun": that country's town (a region named like it too: "Yemen's Marib",
            # read as a lone `in Marib` is: the town)
            chain.country = chain.country or _country(owner)
            rest[0] = (sub,) + tuple(rest[0][1:])
        elif len(rest) > 1 and not rest[0][2] and _country(owner) and not _city_country(owner) \
                and " " not in sub and not _place_kind(sub) and not _is_venue_name(sub) \
                and (rest[1][2] or _SUFFIX_RE.search(rest[1][0]) or _country(rest[1][0]) == _country(owner)
                     or (_region(rest[1][0], True) or (None, None))[1] == _country(owner)):
            # "in Saudi Arabia's Qatif, Eastern Province": a town the tables do not know, then a
            # region or the country it lies in (not "Hong Kong's Admiralty": a city's quarter)
            chain.country = chain.country or _country(owner)
            chain.known += 1
            rest[0] = (sub,) + tuple(rest[0][1:])
        else:  # "Kyiv's Podil district": the town
            if owner[:4] == "Old " or owner.startswith(_DIR_NOUNS):
                # "Old Dhaka's Islambagh area", "South Delhi's Hauz Khas": the owner is a quarter of a town
                owner = _direction_split(owner, None, None)[0]
            rest = [(owner,) + tuple(rest[0][1:])] + rest[1:]
    if len(rest) > 1 and _is_county(rest[0][0]) and _key(rest[1][0]) not in _us_states():
        # "Hanyuan County, Ya'an City", "Kangdong County, Pyongyang": the county is no town
        # (a US county before its state keeps the reading it had: a schema question)
        listed = _region(rest[0][0], True)
        if listed is not None and listed[1] == (_country(rest[1][0]) or listed[1]):
            # "Yilan County, Taiwan": a county the region table lists is the region
            chain.region, chain.country = chain.region or listed[0], chain.country or listed[1]
            chain.known += 1
        elif rest[0][0][-9:] == " District" and (district := _known_district(rest[0][0][:-9], False)) is not None \
                and (_country(rest[1][0]) or district[1]) == district[1]:
            # "Kurigram District, Bangladesh": a district the tables know is the region (of the
            # country written after it, when one is); only Bangladesh's here, since a district
            # named like a listed province may lie in another one the caption writes next
            # ("in Kunar district, in the eastern province of Nangarhar": region Nangarhar)
            chain.region, chain.country = chain.region or district[0], chain.country or district[1]
            chain.known += 1
        elif not _is_district(rest[0][0]):
            chain.county = _display(rest[0][0])
        rest = rest[1:]
    if rest and rest[0][0][-5:] == " City" and not rest[0][2]:
        stem = _china_city_stem(rest[0][0])  # "in Chengdu City, capital of ... Sichuan Province": Chengdu
        if stem:
            rest[0] = (stem,) + tuple(rest[0][1:])
    if len(rest) > 1 and not rest[0][2] and not _city_country(rest[0][0]) and _is_event(rest[0][0].split()) \
            and not (" " not in rest[0][0] and _key(rest[1][0]) in _us_states() and not rest[1][2]):
        # (one word before a US state is the town though it names events: "in Marathon, Fla.")
        rest = rest[1:]  # "at the Hangzhou Asian Games, Zhejiang province": an event named for its town, no town
    for j, (name, direction, rword) in enumerate(rest):
        later = rest[j + 1:]
        if j > 0 and not rword and _is_county(name):
            listed = _region(name, True)  # "Puli, Nantou County": a county the region table lists
            if listed is not None and chain.region is None and listed[1] == (chain.country or listed[1]):
                chain.region, chain.country = listed
                chain.known += 1
            continue  # "Teknaf, Cox's Bazar district, Bangladesh": the district is no second town
        if j == 0 and not rword and _REGION_SUFFIX_RE.search(name):
            rc = _region_from_phrase(name)  # "in Qinghai Province, China": the region, not a town
            if rc and rc[1]:
                chain.region = chain.region or rc[0]
                chain.country = chain.country or rc[1]
                chain.known += 1
                continue
            if later:
                continue  # "Aba Tibetan and Qiang Autonomous Prefecture, ...": a prefecture, no town
        if j == 0 and not rword and later and name[-6:] == " State" and _country(later[0][0]) \
                and not _city_country(name):
            rc = _region_from_phrase(name)  # "Northern Bahr el Ghazal State, South Sudan", "Borno State, Nigeria"
            if rc and rc[1] in (None, _country(later[0][0])):
                chain.region = chain.region or rc[0]
                chain.known += 1
                continue
        if j == 0 and chain.venue is None and " of " in name and not rword:
            inner = _of_venue(name)
            if inner:  # "the Lamar Valley of Yellowstone National Park, Wyo.": the park is the venue
                chain.venue = inner
                continue
            town = _of_town(name)
            if town:  # "the French Quarter of New Orleans": a quarter of a town the tables know
                chain.city, chain.country = _display(town), chain.country or _city_country(town)
                chain.known += 1
                continue
        if (rword and not _STATE_WORD_RE.search(rword) or rword and _region(name, True)
                or rword and later and _country(later[0][0])  # "Kano state, Nigeria"
                or rword and j == 0 and owned  # "South Sudan's Jonglei state"
                or rword and j > 0 and not rest[j - 1][2] and _country(rest[j - 1][0]) and not _country(name)  # "Sudan's war-torn X state"
                or rword and _region(name + " State", True)):  # "Myanmar's Shan state": the listed Shan State
            if _country(name) and not _region(name, True):
                chain.country = chain.country or _country(name)  # "the southern province of Afghanistan"
                chain.known += 1
                continue
            rc = _region_from_phrase(name, rword)
            chain.region = chain.region or rc[0]
            chain.country = chain.country or rc[1]
            chain.known += 1
            continue
        rc_strip = _SUFFIX_RE.search(name)
        if rc_strip and j > 0:
            rc = _region_from_phrase(name)
            chain.region = chain.region or rc[0]
            chain.country = chain.country or rc[1]
            chain.known += 1
            continue
        c = _country(name)
        if j == 0 and not later:
            # A lone segment: a city, a region or a country.
            cc = _city_country(name)
            written = chain.country  # the owner of a region after it: "Aksu, in China's Xinjiang region"
            owner = None  # the country the tables give the name (every region hit has one)
            if written and not c:
                owner = cc or _geo_country(name)
                if not owner:
                    rg = _region(name, k == 1)
                    owner = rg[1] if rg else None
            if owner and owner != written and not _region_in_country(name, written, False):
                # a town whose name the tables give another country: the written country wins
                chain.city = _display(name)
                chain.known += 1
            elif cc and not (c and direction):
                chain.city, chain.country = _display(name), cc
                chain.known += 1
            elif c and k == 1 and c == "Georgia" and _us_base(chain.venue):
                chain.region, chain.country = "Georgia", "United States"  # "Fort Benning, Georgia": the state
                chain.known += 1
            elif c:
                chain.country = c
                chain.known += 1
            elif chain.region is not None and _key(chain.region) == _key(name):
                chain.city = _display(name)  # "in Salta, Argentina's Salta province": the region
                chain.known += 1  # written after it is its own, so the name before is its town
            else:
                rc = _region(name, k == 1) or _region_in_country(name, chain.country, False)
                # (after a venue an abbreviation counts: Camp David, Md.; "India's Punjab state")
                if rc:
                    chain.region, chain.country = rc
                    chain.known += 1
                elif not _is_county(name) and _geo_country(name):
                    chain.city, chain.country = _display(name), _geo_country(name)  # "in Gurugram on Wednesday"
                    chain.known += 1
                elif (weight_is_strong(chain) or chain.known) and not _is_venue_name(name) and not _is_county(name) \
                        and not _REGION_SUFFIX_RE.search(name) and not _is_event(name.split()) \
                        and not _landform(name):
                    # (nor "Aba ... Autonomous Prefecture", nor "the Hangzhou Asian Games": an event)
                    chain.city = _display(name)  # "Hami, northwest China's Xinjiang" (not "the Knesset, Israel's parliament")
                elif _is_county(name) and not _is_district(name):  # (the word County says it is a place)
                    chain.county = _display(name)
            break
        if j == 0:
            # A segment followed by others is the town, unless it is itself a region of what follows.
            nxt = later[0][0]
            if " of " in name and _office_of(name) and not _place_kind(nxt) and not _region(nxt, True):
                return  # "from Governor of Ogun State, Dapo Abiodun": a person's office, then the person
                # (before a place, "King of Prussia, Pa." stays a town)
            if name[name.rfind(" ") + 1:] in _OPEN_WATER and not _city_country(name):
                continue  # "the Indian River Lagoon, Fla.", "the Salton Sea, Calif.": water, not a town
            if _landform(name):
                continue  # "on Humboldt Peak, Colorado", "Ilkley Moor, England": a summit or moor, not a town
            if _water_body(name):
                chain.known += 1  # (a place the tables know: the region after it stands)
                continue  # "over Theodore Roosevelt Lake, Arizona": a lake the table names, not a town
            if name.startswith(_LOCH_HEADS) and not _city_country(name):
                continue  # "at Lough Erne, near Enniskillen": a lake, not a town
            if _uk_county_before_nation(name, nxt):
                chain.region, chain.country = _region(name, False)  # "in Norfolk, England": the county
                chain.known += 1  # is the region (the nation after it only confirms the country)
                continue
            shared = None if _city_country(name) else _region_in_country(name, _country(nxt), False)
            if shared:  # "in Punjab, India", "in Limburg, Belgium": a region other countries have too
                chain.region, chain.country = shared
                chain.known += 1
                continue
            nxt_is_region = bool(_region(nxt, True)) or bool(later[0][2]) or bool(_SUFFIX_RE.search(nxt))
            if not nxt_is_region and _region(name, False) and not _city_country(name) and not c \
                    and not (_geo_country(name) and _geo_country(name) == _country(nxt)):  # Songkhla, Thailand
                chain.region, chain.country = _region(name, False)
                chain.known += 1
                continue
            if c and not _city_country(name) and not _us_town_of_country_name(name, nxt) \
                    and _key(nxt) not in _boroughs():  # ("in Jamaica, Queens": a neighbourhood)
                chain.country = c
                chain.known += 1
                continue
            chain.city = _display(name)
            if _city_country(name):
                chain.known += 1
            continue
        if c and not (_us_states().get(_key(name)) and chain.city and _city_country(chain.city) == "United States"):
            if _key(name) == "georgia" and chain.city and (_city_country(chain.city) or _geo_country(chain.city)) != "Georgia":
                chain.region, chain.country = "Georgia", "United States"
            else:
                chain.country = chain.country or c
            chain.known += 1
            continue
        town_country = _city_country(chain.city) if chain.city else None
        rc = _region(name, True, town_country)
        if _key(name) in _shared_regions()[1]:
            # "Ludhiana, Punjab, India", "Leticia, Amazonas, Colombia", "Gujranwala, Punjab": the
            # region of the country written after it, else of the town before it
            written = _country(later[0][0]) if later else chain.country or town_country or (
                _geo_country(chain.city) if chain.city else None)
            if rc is None or rc[1] != written:
                rc = _region_in_country(name, written, True) or rc
        if rc:
            if chain.region is None:
                chain.region = rc[0]
            chain.country = chain.country or rc[1]
            chain.known += 1
            continue
        if j > 0 and chain.city and not rword and _key(name) in _boroughs() \
                and (chain.country or _city_country(chain.city) or _borough_country(name)) == _borough_country(name):
            # "in Hamilton Beach, Queens, New York", "in Jamaica, Queens": a neighbourhood, then the
            # borough it lies in: the borough is the town, as it is written alone
            chain.city = _display(name)
            chain.country = _borough_country(name)
            chain.known += 1
            continue
        if (chain.city and _city_country(name) and (not chain.country and not _city_country(chain.city)
                                                      or (chain.country or _city_country(chain.city)) == _city_country(name)
                                                      and not chain.region)
                and (not later or _country(later[0][0]))):  # not "Kihei, Maui, Hawaii": an island
            # ("in Manhattan, New York City, U.S.": a borough the table lists, then its city)
            # "in Soho, London", "in Shejaiya, Gaza City": an unknown quarter, then the city it is in
            chain.city = _display(name)
            chain.country = _city_country(name)
            chain.known += 1
            continue
        if j == 1 and later and chain.city and not chain.known and _geo_country(name) \
                and _geo_country(name) == _country(later[0][0]) and not _geo_country(chain.city):
            # "in Ain Zara, Tripoli, Libya": a quarter no table knows, then a town of the country
            # named right after it (a town the hand table leaves out as ambiguous)
            chain.city = _display(name)
            chain.known += 1
            continue
        if later and (_country(later[0][0]) or _region(later[0][0], True) or later[0][2]
                      or _REGION_SUFFIX_RE.search(later[0][0])):
            continue  # "Lahaina, Maui, Hawaii", "Osong, Cheongju, North Chungcheong Province": a part between
        if j == 1 and len(later) > 1 and not rword and not later[0][2] and _geo_country(later[0][0]) \
                and (_country(later[1][0]) or _region(later[1][0], True) or later[1][2]
                     or _REGION_SUFFIX_RE.search(later[1][0])):
            # "Sumberagung, Sumberbaru, Jember, East Java", "Yaoshang, Sanjia, Dongfang, Hainan": two
            # parts between (the village's subdistrict, then a town the tables know), then its region
            continue
        if j == 1 and not later and chain.city and not chain.known and not chain.country \
                and not _geo_country(chain.city) and _geo_country(name):
            # "in Kampung Chenulang, Kuala Krai": a village no table knows, then the town or
            # district it lies in: the village stays the town, the district gives the country
            chain.country = _geo_country(name)
            chain.known += 1
        break
    if chain.country is None and chain.city:
        chain.country = _city_country(chain.city)


def _us_town_of_country_name(name: str, state: str) -> bool:
    """`Lebanon, Tenn.`, `Peru, Ind.`, `Mexico, Mo.`: a US town named for a country, with its state
    written as AP writes it after a town, is the town (the state then gives the country)."""
    return state.rstrip(".") in _ap_state_forms() and " " not in name.strip()


# A county or district (not a town) and a region word that is never part of a town's name.
_OF_OWNER_RE = re.compile(rf" of (?:{_DIR} )(?P<owner>{_NAME})'s ")
_TOWN_OF_COUNTY_RE = re.compile(rf" (?:town|township|village|community) of {_ATOMIC_NAME}(?:(?<= County)|(?<= District))(?=,)")
# "X town of Y province": the town, then the region it lies in (lower-case region word)
_TOWN_OF_REGION_RE = re.compile(rf" (?:town|village) of {_ATOMIC_NAME} (?:province|state|region|division)\b")
_MOUNT_WORDS = frozenset(("Mount", "Mt.", "Mt", "Mont", "Monte"))
_COUNTY_RE = re.compile(r" (?:County|District|Regency)$")
_COUNTY_ONLY_RE = re.compile(r" (?:County|Regency)$")  # not District: the Peak District is a venue
_REGION_SUFFIX_RE = re.compile(r" (?:Province|Prefecture|Oblast|Governorate|Autonomous Region)$")


_UK_NATIONS = frozenset(("england", "scotland", "wales", "northern ireland", "britain", "great britain",
                         "united kingdom", "uk", "u.k"))
# counties whose county town has the county's name: before a nation these are read as the town,
# which the pictures more often show (`Durham, England`; the US Durham fills the city table)
_UK_COUNTY_TOWNS = frozenset(("durham", "armagh", "antrim", "conwy"))


def _uk_nation(name: str) -> bool:
    """England, Scotland, Wales, Northern Ireland, or the kingdom itself by any of its names."""
    return _key(name) in _UK_NATIONS


def _uk_county_before_nation(name: str, nxt: str) -> bool:
    """`Norfolk, England`, `Kent, Britain`: a UK county (regions.tsv) first, a UK nation or
    the country after it; not a UK town of the county's name (`Durham, England`)."""
    if _key(nxt) not in _UK_NATIONS or _key(name) in _UK_NATIONS or _key(name) in _UK_COUNTY_TOWNS:
        return False
    rc = _region(name, False)
    return rc is not None and rc[1] == "United Kingdom" and _city_country(name) != "United Kingdom"


def _is_county(name: str, district: bool = True) -> bool:
    """`Hanyuan County`, `Gayan District`: a county the city table does not list as a town."""
    if name[-1:] not in "ytc":
        return False
    return (_COUNTY_RE if district else _COUNTY_ONLY_RE).search(name) is not None and _key(name) not in _cities()


def _is_district(name: str) -> bool:
    """`Gayan District`, `Kunar district`: an area, never the picture's town (a county is, when
    the caption names no town in it: `in Yuexi County, Sichuan Province`)."""
    return _is_county(name) and not _is_county(name, False)


def _known_district(stem: str, regions: bool = True):
    """(region, country) for `X District` (`stem` is X) when the tables know the district, else
    None: a district of Bangladesh is the region (bangladesh_districts.txt, as a `Patuakhali
    district` reads); with `regions`, so is a name the region table lists (regions.tsv, US
    states and region abbreviations too, as _region reads after a town)."""
    if _key(stem) in _bangladesh_districts():
        return _display(stem), "Bangladesh"
    if regions:
        rc = _region(stem, True)
        if rc and rc[1]:
            return rc
    return None


def weight_is_strong(chain: _Chain) -> bool:
    return chain.weight >= 3


_PLACE_KIND_MEMO: dict = {}


def _place_kind(name: str) -> str | None:
    return _memoised(_PLACE_KIND_MEMO, _place_kind_of, name)


def place_named(name: str) -> bool:
    """`name` is a town, region or country the tables know (for the credit step: `(Hong Kong)`)."""
    return _place_kind(name) is not None


def _place_kind_of(name: str) -> str | None:
    k = _key(name)
    if k in _cities():
        return "city"
    if k in _countries():
        return "country"
    if k in _us_states() and len(k) > 3 or k in _regions():
        return "region"
    return None


# --------------------------------------------------------------------------- phrases

_PREPS = frozenset(("in", "at", "on", "inside", "outside", "near", "past", "through", "into", "onto",
                    "across", "along", "around", "beside", "behind", "toward", "towards", "under",
                    "over", "from", "overlooking", "within", "off", "above", "atop", "beyond", "throughout", "en", "em",
                    "di", "\u00e0"))
# (`a visitor to the Japan Olympic Museum`: where the visitor is pictured, unlike `a visit to`, a trip)
_PREP_PAIRS = frozenset((("out", "of"), ("next", "to"), ("visit", "to"), ("visitor", "to"), ("visitors", "to"),
                         ("trip", "to")))  # ("during a trip to Tokyo": a visit's other word)
_NOT_VERBS = frozenset(("the", "a", "an", "of", "to", "for", "by", "with", "and", "or", "as", "than",
                        "about", "that", "is", "was", "his", "her", "their", "its"))
# Lower-case particles inside a person's name (person_name_particles.txt): after a capitalised
# word they go on with the name ("Prince Khalid bin Saud, Governor of ..."), so they are no verb
# before a place's comma chain. Not the ones that are also English words ("do", "ten").
_NAME_PARTICLE_WORDS = frozenset(_data_lines("person_name_particles.txt")) - frozenset(
    ("do", "ten", "den", "lo", "st", "e", "y", "a"))
_DETERMINERS = frozenset(("the", "his", "her", "their", "its", "our"))
# what _phrases tests before the look-up (no slice and hash for "a", "and", "in", "with")
_DET_SHAPE = all(3 <= len(w) <= 5 and w[0] in "hiot" for w in _DETERMINERS)
assert _DET_SHAPE, "_phrases' cheap determiner test needs updating"
# Lower-case words that glue a phrase together (Arc de Triomphe): a capital after them continues
# the phrase before, it does not start one.
_GLUE_WORDS = frozenset(("of", "the", "de", "des", "du", "da", "del", "di", "la", "le", "el", "al", "and"))
_CHAIN_PREPS = frozenset(("in", "near", "outside", "at", "from", "inside", "in front of"))
# After these a venue name opens the chain as its venue ("outside the Knesset, Israel's parliament");
# after `in` only when no venue word stands before it ("St Mary Church in Sandringham").
_VENUE_FIRST_PREPS = frozenset(("at", "near", "outside", "from", "inside", "in front of"))
# Prepositions that name a place only loosely ("smoke rises over Idlib", "walk through Bucha,
# Ukraine", "off Sabratha, Libya"): their chain counts only when the tables know one of its names.
# Not `into`/`toward`: where one goes is not where the picture is.
_LOOSE_PREPS = frozenset(("over", "across", "around", "through", "throughout", "off", "above", "atop", "along",
                          "beyond", "en", "em",  # (AP's Spanish and Portuguese services: "en Belo Horizonte", a known town only)
                          "di", "\u00e0",  # (Antara's Indonesian "di Jakarta", AFP's French "\u00e0 Paris": the same)
                          "visit to", "trip to",  # ("during a royal visit to New Zealand": a known place only)
                          "under", "next to"))  # (a tunnel "under Seattle", a tent "next to downtown Seattle")
# Other languages' `in` (Spanish and Portuguese `en`/`em`, Indonesian `di`, French `\u00e0`)
_OTHER_LANGUAGE_IN = frozenset(("en", "em", "di", "\u00e0"))
# Prepositions that are neither glue, determiners, direction words nor part of a pair.
_SIMPLE_PREPS = _PREPS - _GLUE_WORDS - _DETERMINERS - _DIR_WORDS - {w for pair in _PREP_PAIRS for w in pair}
# "the Ukrainian capital Kyiv", "the port city Odesa": a town named right after these words.
_CHAIN_NOUNS = frozenset(("capital", "city", "town", "village"))
# A part of the place named after `of` ("the outskirts of Kyiv", "the ruins of Tacloban City":
# the ruined town is the place).
_CHAIN_PARTS = frozenset(("borough", "district", "neighborhood", "neighbourhood", "suburb", "township", "city",
                          "municipality", "commune", "locality", "community",
                          "town", "village", "port", "harbor", "harbour", "area", "section", "outskirts", "coast",
                          "shores", "island", "province", "region", "state", "part", "parts", "kibbutz",
                          "nation", "country", "kingdom", "emirate", "archipelago", "hometown", "streets", "ruins"))
# "in the north of Mali", "in the centre of Central African Republic": a part of the place after
# `of`, so in it (unlike "east of Karbala", "north of Athens" without `in the`: beside it).
_COMPASS_PARTS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "north-east", "north-west", "south-east", "south-west", "centre", "center"))
_IN_THE = (" in the ", "In the ")
_REGION_PARTS = frozenset(("province", "state", "region", "prefecture", "oblast", "governorate", "department", "canton"))
# "the Colombian department of Narino", "the canton of Aargau", "the governorate of Sharqia": a
# region only when the tables know the name (`the fire department of Tulsa`, `department of
# Health` name no region).
_KNOWN_REGION_PARTS = frozenset(("department", "canton", "governorate"))
# "the southern Lebanese village of Khiam": after these words an unknown name is still a town.
# (`locality`: Indian desks' word for a town's quarter or a village, "the locality of Panikhaiti")
_SETTLEMENTS = frozenset(("city", "town", "village", "hamlet", "township", "port", "harbor", "harbour", "municipality",
                          "kibbutz", "locality",
                          "community",  # (NGO and development desks: "families from the community of Tacopaya")
                          "hometown", "streets"))  # (`the streets of Tarin Kowt`: a town)
# "in the district of Kaisariani", "the commune of Pirque": a town's own administrative unit named
# with a bare `the` (no owner: "Beirut's suburb of Dora", "the Athens suburb of X" stay the owner's)
# is the town when no other town is read.
_ADMIN_UNIT_PARTS = frozenset(("district", "municipality", "commune", "suburb", "borough"))
# "the Russian-controlled part of Kherson region": `part of` starts a chain only after such a word.
_PART_QUALIFIER_RE = re.compile(r"(?:controlled|occupied|held|administered|annexed|[a-z]ern|central) $")
# The words before a settlement noun: "the [direction] [Demonym or Place] [adjective]", or a
# place's possessive for the article: "Nigeria's central city of Jos".
_SETTLEMENT_LEAD_RE = re.compile(
    r"(?:\bthe|(?<![\w.\-])(?P<owner>[A-Z][\w.\-]*)(?:'s|\u2019s))\s+(?P<words>(?:[\w.'\u2019\-]+\s+){0,4})$")
# The phrase scan (_phrases) finds every lower-case word that stands before a capitalised phrase
# (or a number that opens one: 10 Downing Street), with an optional determiner and direction word
# between: "at the Kremlin", "visits northern Gaza". It reads those words by hand: as one regex
# over the whole caption (` [a-z]++ (?:det |)(?:dir |)(?=[A-Z]...)`) it cost a regex attempt at
# every space, most of the step's time. Lower-case here is [a-z\u00DF-\u00F6\u00F8-\u00FF].
_LOWER = r"[a-z\u00DF-\u00F6\u00F8-\u00FF]"
# At the phrase's start one regex reads the name (with a region word after it: "the Donetsk
# region") and the two lower-case words after the name ("NATO headquarters", "Casa Rosada
# presidential palace"), so later steps need no regex call of their own. It always matches: an
# empty match (every group None) where no name opens ("in January").
_TAIL_WORD = r"[a-z]+(?=[\s,.;:)]|$)"
_NAME_AT_RE = re.compile(
    rf"(?:(?P<name>{_ATOMIC_NAME})(?:(?=(?P<rword>\s+{_REGION_WORD}\b))|)"
    rf"(?: (?P<t1>{_TAIL_WORD})(?: (?P<t2>{_TAIL_WORD})|)|)|)")
# Plain Python runs the scan as this one regex instead (a Python loop over characters costs
# more than the regex there): the lower-case word, determiner, direction word, then the name.
# (after a preposition only, a lower-case word before a direction word describes the place: _adjective_before_direction;
# the word-then-direction lookahead goes first, since the preposition's lookbehinds, one per
# preposition, would otherwise be tried at every lower-case word of the caption)
_AFTER_PREP = "(?:" + "|".join(f"(?<= {p} )" for p in sorted(_PREPS)) + ")"
_LEAD_RE = re.compile(
    rf" (?P<w>{_LOWER}++) (?:(?P<det>{_trie(_DETERMINERS)}) (?:{_MEASURE} (?=[{_CAPITALS}])|{_GENERIC_OWNER_POSS} (?=[{_CAPITALS}])|)|)(?:{_QUALIFIER_LOWER} (?=[{_CAPITALS}\d])|(?(det)(?!)|(?=[a-z][a-z-]+ (?:{_DIR}) [{_CAPITALS}]){_AFTER_PREP}(?!(?:{_DIR}|{_trie(_DIR_LEADS)}|{_trie(_PREPS)}) )[a-z][a-z-]+ (?=[a-z-]+ [{_CAPITALS}]))|)(?:(?P<dir>{_DIR}) |)"
    rf"(?=[{_CAPITALS}]|\d+\w* [A-Z])"
    rf"(?:(?=(?P<name>{_ATOMIC_NAME})(?:(?=(?P<rword>\s+{_REGION_WORD}\b))|)"
    rf"(?: (?P<t1>{_TAIL_WORD})(?: (?P<t2>{_TAIL_WORD})|)|))|)")
# A capitalised token ending just before a run of glue words (the Arc of `Arc de Triomphe`).
_CAP_END_RE = re.compile(rf"[{_CAPITALS}][\w'.\-&\u2019]*$")


# A phrase is a plain tuple, unpacked where it is read (cheaper than an object per phrase):
#   (kind, word, trigger, det, dir, name, rword, t1, t2, m)
# kind: "prep" (at, in front of), "part" (balcony of) or "verb" (passes [the]); word: that word;
# trigger: where the word stands in the text; det, dir, name, rword, t1, t2: the scan's groups
# (the determiner, direction word, capitalised name, region word after it and the two lower-case
# words after the name); m: the scan's match, whose positions run over " " + text.
_Phrase = tuple


def _continues(text: str, pos: int) -> bool:
    """True when the glue word at `pos` follows a capitalised token: the phrase goes on."""
    words = text[max(0, pos - 60):pos].split(" ")
    i = len(words) - 2  # words[-1] is the empty string before `pos`
    while i >= 0 and words[i] in _GLUE_WORDS:
        i -= 1
    return i >= 0 and _CAP_END_RE.search(words[i]) is not None


_ARRIVE_WORDS = frozenset(("arrive", "arrives", "arrived", "arriving", "arrival"))  # ("their arrival to X": the noun, as the verb)
_RETURN_WORDS = frozenset(("return", "returns", "returned", "returning"))
# the wounded or the dead carried to a named place, where the picture is taken on arrival ("a
# wounded man is rushed to Nasser Hospital in Khan Younis"), and a defendant escorted to court
# ("is escorted to the Islamabad High Court"): a named venue only, like a return
_CARRIED_WORDS = frozenset(("taken", "rushed", "brought", "transferred", "carried", "evacuated",
                            "escorted"))
# a crowd or a procession going to a named place ("shoppers throng to MG Road", "monks walk to the
# Shwedagon Pagoda"): pictured on the way or on arrival, so the goal is the place (a named venue
# only, as after the carried words); not `head to`, `fly to`, `travel to`, a journey's far end
_GOAL_WORDS = frozenset(("throng", "throngs", "thronged", "thronging", "flock", "flocks", "flocked", "flocking",
                         "stream", "streams", "streamed", "streaming", "pour", "pours", "poured", "pouring",
                         "march", "marches", "marched", "marching", "walk", "walks", "walked", "walking",
                         "commute"))
_TO_PARTS = frozenset(("entrance", "entrances", "gate", "gates", "door", "doors", "steps"))
# lower-case offices named after a place ("the mayor of Kyiv", "the bishop of London"): the place
# is the office's, not where the picture was taken
_OFFICE_OF = frozenset(("mayor", "mayors", "governor", "governors", "bishop", "bishops", "archbishop",
                        "president", "premier", "chancellor", "sheriff", "duke", "duchess", "earl",
                        "emir", "sultan", "patriarch", "mufti", "ambassador", "consul", "lord"))


_HEAD_FOR = (" heads", " headed", " heading", " head")


def _welcomed_to(text: str, pos: int) -> bool:
    """`welcomes Kishida to the White House`, `is welcomed to the National Congress`: a form of
    `welcome` shortly before the `to` at `pos`, in the same clause (no comma or sentence end)."""
    i = text.rfind(" welcom", max(0, pos - 60), pos)
    if i == -1:
        return False
    between = text[i:pos]
    return ", " not in between and "; " not in between and ". " not in between


# after a return or arrival verb, the word before `to` (`return home to`, `arrive back to`)
_HOMEWARD_WORDS = frozenset(("home", "back"))


def _return_from(text: str, pos: int, p1: str, b: int, lo: int) -> bool:
    """`return (home) to X` or `arrive home to X` with a `from` later in the sentence (the
    trip's origin): `p1` is the word before `to`, `b` the space before it."""
    if p1 in _HOMEWARD_WORDS and b != -1:
        p1 = text[text.rfind(" ", lo, b) + 1:b]  # the verb before `home`
        if p1 not in _ARRIVE_WORDS and p1 not in _RETURN_WORDS:
            return False
    elif p1 not in _RETURN_WORDS:
        return False
    f = text.find(" from ", pos, pos + 120)
    return f != -1 and ". " not in text[pos:f]


def _lead(text: str, word: str, pos: int, bare: bool):
    """(kind, word, position of the word) for the words just before a phrase, else None.

    `pos`: where `word` stands in " " + text; `bare`: no determiner or direction word follows it.
    kind: "prep" (at, in front of), "part" (balcony of) or "verb" (passes [the])."""
    if bare and (word in _DETERMINERS or word in _DIR_WORDS) and pos > 1:
        return None  # "Putin, the Kremlin": no lower-case word before the determiner
    if word in _GLUE_WORDS and word not in _NOT_VERBS and _continues(text, pos):
        return None
    if word == "for" and text.endswith(_HEAD_FOR, 0, pos - 1):
        # "heads for the Imperial Palace in Tokyo": the verb's goal, read as the verb's object
        p1 = text[text.rfind(" ", 0, pos - 1) + 1:pos - 1]
        return "verb", p1, pos - len(p1) - 1
    if word == "of" or word == "to":
        # the word before, as text[max(0, pos - 40):pos].split(" ")[-2] (found without the split)
        lo = max(0, pos - 40)
        last = text.rfind(" ", lo, pos)
        b = text.rfind(" ", lo, last) if last != -1 else -1
        p1 = "" if last == -1 else text[b + 1:last] if b != -1 else text[lo:last]
        if word == "of" and p1 == "front" and b != -1 and text[lo:b].split(" ")[-1] == "in":
            return "prep", "in front of", pos - 9
        if (p1, word) in _PREP_PAIRS:
            return "prep", f"{p1} {word}", pos - len(p1) - 1
        if p1[:1] == "V" and (p1.lower(), word) in _PREP_PAIRS:  # a sentence's first word: "Visitors to the ..."
            return "prep", f"{p1.lower()} {word}", pos - len(p1) - 1
        if word == "of":
            if p1.isalpha() and p1.islower():
                if p1 in _OFFICE_OF:
                    return None  # "the bishop of London, Richard Chartres": an office's place, not the picture's
                return "part", p1, pos - len(p1) - 1
            return None
        if p1 in _TO_PARTS:  # "the entrance to the Supreme Court": a part of the place
            return "part", p1, pos - len(p1) - 1
        if p1 in _ARRIVE_WORDS:  # "arrives to the Supreme Court": `arrive at` (`to`, `at`: two letters each)
            return "prep", "at", pos
        if _return_from(text, pos, p1, b, lo):
            # "Soldiers return home to Fort Bragg, N.C., from Kuwait": the picture is taken on
            # arrival, so the goal of a return is its place, not where the travellers came from
            return "prep", "in", pos
        if _welcomed_to(text, pos):  # "welcomes her to Parliament Hill": the host greets the guest there
            return "prep", "at", pos
        if p1 in _RETURN_WORDS or p1 in _CARRIED_WORDS or p1 in _GOAL_WORDS:
            # "the grand final returned to the MCG": a verb's goal (a named venue only)
            return "verb", p1, pos - len(p1) - 1
    if word in _PREPS:
        return "prep", word, pos
    if word in _NOT_VERBS:
        return None
    if word in _NAME_PARTICLE_WORDS and _continues(text, pos):
        return None  # "Khalid bin Saud, Governor of Tabuk Region": a name's particle, no verb
    return "verb", word, pos


# The scans index only within the text (every read is tested against its length first): in C
# without Cython's bounds and negative-index checks on each character.
@cython.boundscheck(False)
@cython.wraparound(False)
def _phrases(text: str) -> list[_Phrase]:
    """Capitalised phrases with what stands before them: a preposition, `part of`, or a verb."""
    if not _COMPILED:
        return _phrases_by_regex(text)
    out = []
    padded = " " + text  # a word at the very start has its space too
    n = len(padded)
    s = 0  # a space; the word after it may lead a phrase
    while s < n:
        j = s + 1  # the lower-case word: letters up to the next space
        while j < n and _lower_letter(padded[j]):
            j += 1
        if j == s + 1 or j >= n or padded[j] != " ":
            s = _next_space(padded, j, n)  # (from j: the letters before it hold no space)
            continue
        pos = j + 1  # where the name opens, past a determiner and a direction word if any
        det = dirw = None
        k = _word_end(padded, pos, n)  # (a determiner or direction word is all lower-case ASCII;
        # a determiner has three to five letters and starts with h, i, o or t: _DET_SHAPE)
        # the set look-ups (a slice and a hash each) only where the word after can go on to a
        # name: a capital or digit, or (after a determiner) a lower-case direction word
        if (k > pos + 2 and k + 1 < n and padded[k] == " " and k - pos <= 5 and padded[pos] in "hiot"
                and _may_follow(padded[k + 1], True) and padded[pos:k] in _DETERMINERS):
            det = padded[pos:k]
            pos = k + 1
            k = _word_end(padded, pos, n)
            if "0" <= padded[pos] <= "9":  # "the 560-meter X bridge": the measure is read past
                e = padded.find(" ", pos)
                if e != -1 and e + 1 < n and _is_capital(padded[e + 1]) and _MEASURE_RE.fullmatch(padded, pos, e):
                    pos = e + 1
                    k = _word_end(padded, pos, n)
            elif (k + 3 < n and (padded[k] == "'" or padded[k] == "\u2019") and padded[k + 1] == "s"
                  and padded[k + 2] == " " and _is_capital(padded[k + 3]) and padded[pos:k] in _GENERIC_PLACE_OWNERS):
                pos = k + 3  # "outside the country's Reserve Bank Building": the owner is no part of the name
                k = _word_end(padded, pos, n)
        if (k > pos + 4 and k + 1 < n and padded[k] == " " and _may_follow(padded[k + 1], False)
                and padded[k - 1] in "dnt" and _QUALIFIER_LOWER_RE.fullmatch(padded, pos, k) is not None):
            pos = k + 1  # "in quake-hit Luding County", "in rebel-held Idlib": the qualifier is no part
            k = _word_end(padded, pos, n)
        elif det is None and k > pos + 2 and k + 5 < n and padded[k] == " " and "a" <= padded[k + 1] <= "z":
            e = _adjective_before_direction(padded, pos, k, n)  # "in war-torn eastern Ukraine"
            if e != pos:
                pos = e + 1
                k = _word_end(padded, pos, n)
        if k - pos <= _DIR_LEAD_LONGEST and k + 1 < n and padded[k] == " " and padded[pos:k] in _DIR_LEADS:
            k = _word_end(padded, k + 1, n)  # "in far western NSW": `far` and its direction are one word here
        elif (_DIR_PAIR_LEAD_SHORTEST <= k - pos <= _DIR_PAIR_LEAD_LONGEST and padded[pos] in _DIR_PAIR_LEAD_INITIALS
              and k + 2 < n and padded[k] == " " and "a" <= padded[k + 1] <= "z" and padded[pos:k] in _DIR_PAIR_LEADS):
            e = _word_end(padded, k + 1, n)
            if padded[pos:e] in _DIR_WORDS:  # "in south west London": the longer direction, as the regex reads it
                k = e
        if (k - pos >= _DIR_SHORTEST and k + 1 < n and padded[k] == " " and _may_follow(padded[k + 1], False)
                and padded[pos:k] in _DIR_WORDS):
            dirw = padded[pos:k]
            pos = k + 1
        if pos >= n or not _opens_name(padded, pos, padded[pos]):
            s = _next_space(padded, j, n)
            continue
        w = padded[s + 1:j]
        s = _next_space(padded, pos, n)  # the next scan starts past the words read
        if pos < 4:
            continue
        name, rword, t1, t2, m = _read_name(padded, pos)
        if w in _SIMPLE_PREPS:  # the common case, "in Kyiv", "at the Kremlin": nothing to look back at
            out.append(("prep", w, j - len(w) - 1, det, dirw, name, rword, t1, t2, m))
            continue
        b = _lead(padded, w, j - len(w), det is None and dirw is None)
        if b:
            out.append((b[0], b[1], b[2] - 1, det, dirw, name, rword, t1, t2, m))
    return out


def _adjective_before_direction(padded: str, pos: int, k: int, n: int) -> int:
    """`k` (the end of the lower-case word at `pos`) when that word describes a place written with a
    direction word after it ("in congested north Chennai", "in war-torn eastern Ukraine"): the word is
    no part of the name; else `pos`. Only after a preposition; a direction word itself (`far north`) is
    left to the scan."""
    e = _word_end(padded, k + 1, n)
    if (e + 1 < n and padded[e] == " " and _is_capital(padded[e + 1]) and padded[k + 1:e] in _DIR_WORDS
            and padded[pos:k] not in _DIR_WORDS and padded[pos:k] not in _DIR_LEADS and padded[pos:k] not in _PREPS
            and padded[pos - 1] == " " and padded[padded.rfind(" ", 0, pos - 1) + 1:pos - 1] in _PREPS):
        return k
    return pos


def _phrases_by_regex(text: str) -> list[_Phrase]:
    """_phrases in plain Python: the same phrases, found by _LEAD_RE."""
    out = []
    padded = " " + text
    for m in _LEAD_RE.finditer(padded):
        if m.end() < 4:
            continue
        w, det, dirw, name, rword, t1, t2 = m.groups()
        if w in _SIMPLE_PREPS:
            out.append(("prep", w, m.start(), det, dirw, name, rword, t1, t2, m))
            continue
        b = _lead(padded, w, m.start() + 1, det is None and dirw is None)
        if b:
            out.append((b[0], b[1], b[2] - 1, det, dirw, name, rword, t1, t2, m))
    return out


def _may_follow(c, lower: bool) -> bool:
    """The character after a determiner or direction word can start what the scan reads next:
    a name (a capital, or a digit: 10 Downing Street) or, when `lower`, a direction word."""
    return _is_capital(c) or c.isdecimal() or lower and "a" <= c <= "z"


def _is_capital(c) -> bool:
    """`c` is in `_CAPITALS`."""
    return ("A" <= c <= "Z" or "\u00c0" <= c <= "\u00de" or "\u0100" <= c <= "\u017f"
            or c == "\u0218" or c == "\u021a")


def _lower_letter(c) -> bool:
    """The scan's lower-case letter: [a-z\u00DF-\u00F6\u00F8-\u00FF]."""
    return "a" <= c <= "z" or "\u00df" <= c <= "\u00f6" or "\u00f8" <= c <= "\u00ff"


@cython.boundscheck(False)
@cython.wraparound(False)
def _next_space(padded: str, i: int, n: int) -> int:
    """The first space at or after `i`, else `n`."""
    while i < n and padded[i] != " ":
        i += 1
    return i


@cython.boundscheck(False)
@cython.wraparound(False)
def _word_end(padded: str, i: int, n: int) -> int:
    """The end of the run of [a-z-] that starts at `i` (a determiner or direction word)."""
    while i < n:
        c = padded[i]
        if not ("a" <= c <= "z" or c == "-"):
            break
        i += 1
    return i


@cython.boundscheck(False)
@cython.wraparound(False)
def _opens_name(padded: str, pos: int, c) -> bool:
    """A capital at `pos` (`c`), or a number and a capitalised word after it (10 Downing Street)."""
    if _is_capital(c):
        return True
    if not c.isdecimal():
        return False
    n = len(padded)
    k = pos + 1
    while k < n:
        d = padded[k]
        if not (d.isalnum() or d == "_"):  # the regex's \w
            break
        k += 1
    if k + 1 >= n or padded[k] != " ":
        return False
    d = padded[k + 1]
    return "A" <= d <= "Z"


class _NameSpans:
    """What _NAME_AT_RE.match would answer, for a name read by hand: where its groups end in the
    padded text (-1: no such group), and the re.Match methods the later steps call on a phrase's
    match (end, group)."""

    __slots__ = ("padded", "name_end", "rword_end", "t1_end", "t2_end", "name_start")

    def end(self, group: str) -> int:
        if group == "name":
            return self.name_end
        if group == "rword":
            return self.rword_end
        return self.t1_end if group == "t1" else self.t2_end

    def group(self, group: str):  # (the later steps ask only for the name)
        return self.padded[self.name_start:self.name_end] if group == "name" and self.name_end != -1 else None


# Words the hand reader stops at: 1, no name word ("January", "FILE"); 2, a month abbreviation,
# a date only before its day ("Mar 3" but "Del Mar"), left to the regex.
_MONTH_WORDS = frozenset(_MONTH_NAMES)
_NAME_STOPS = {**{w: 1 for w in _NOT_NAME_WORDS if "." not in w},
               **{m[:3]: 2 for m in _MONTH_NAMES if len(m) > 3}, "Sept": 2}
# The stop words' first letters and lengths, the cheap test before the look-up (off if the list
# grows past them).
_STOP_GATE = all(w[:1] in "ADEFJMNOPRSTW" and 3 <= len(w) <= 9 and w.isascii() for w in _NAME_STOPS)
# and their first two letters, as a table indexed by the two codes (most words that pass the
# first test fail this one: no slice and hash for them either)
_STOP_PAIRS = bytearray(128 * 128)
for _w in _NAME_STOPS if _STOP_GATE else ():
    _STOP_PAIRS[ord(_w[0]) * 128 + ord(_w[1])] = 1
_STOP_PAIRS = bytes(_STOP_PAIRS)
_REGION_LOWER = frozenset(("region", "province", "prefecture", "oblast", "state", "governorate"))
# what _read_name tests before the look-up: the words' lengths and first letters
_REGION_SHAPE = all(5 <= len(w) <= 11 and w[0] in "goprs" for w in _REGION_LOWER)
assert _REGION_SHAPE, "_read_name's cheap region-word test needs updating"


def _name_match(padded: str, pos: int) -> tuple:
    """(name, region word, t1, t2, match) by _NAME_AT_RE: the names _read_name leaves."""
    m = _NAME_AT_RE.match(padded, pos)
    return m.group("name"), m.group("rword"), m.group("t1"), m.group("t2"), m


@cython.boundscheck(False)
@cython.wraparound(False)
def _read_name(padded: str, pos: int) -> tuple:
    """What _NAME_AT_RE.match(padded, pos) reads, as (name, region word, t1, t2, match), read by
    hand when the name is plain: ASCII capitalised words, single spaces, glue words (`Gulf of
    Mexico`, `Church of the Nativity`). Anything else (an apostrophe, a hyphen, a period after a
    short word, a digit, an accent) goes to the regex, which costs about 7k instructions a name."""
    n = len(padded)
    stops = _NAME_STOPS
    pairs = _STOP_PAIRS
    p = pos  # the start of the current word
    end = -1  # the end of the name read so far
    while True:
        c = padded[p]
        if not ("A" <= c <= "Z"):
            return _name_match(padded, pos)
        e = p + 1
        while e < n:
            c = padded[e]
            if not ("a" <= c <= "z" or "A" <= c <= "Z"):
                break
            e += 1
        e1 = e  # the end of the word's first run of letters (a stop word is a whole run)
        last = p  # the start of the word's last run of letters
        while e < n:  # "China's", "Al-Aqsa", "O'Brien", "AT&T"
            c = padded[e]
            if "a" <= c <= "z" or "A" <= c <= "Z":
                e += 1
            elif c == "'" or c == "-" or c == "&" or c == "\u2019":
                e += 1
                last = e
            else:
                break
        c = padded[e] if e < n else " "
        if c != " " and c != "." and (c > "\x7f" or c.isalnum() or c == "_" or c.isspace()):
            return _name_match(padded, pos)  # "Route66", "Zürich"
        d = padded[e1] if e1 < n else " "
        stop = 0
        if (e1 == e or d == "&" or d == "\u2019") and (
                not _STOP_GATE or 3 <= e1 - p <= 9 and padded[p] in "ADEFJMNOPRSTW"
                and pairs[ord(padded[p]) * 128 + ord(padded[p + 1])]):
            stop = stops.get(padded[p:e1], 0)  # (the gate: no slice and hash for most words)
        if stop == 2:
            if c == "." and e1 == e:  # "Oct. 10": the abbreviation with its period is no name word
                d = padded[e + 1] if e + 1 < n else " "
                stop = 2 if d.isalnum() or d == "_" or d == "-" or d == "'" else 1
            if stop == 2:
                return _name_match(padded, pos)  # "Mar 3" is a date, "Del Mar" a name
        if stop == 1:
            if end == -1:
                return _NO_NAME  # "in January": no name
            if not (c == " " and e + 1 < n and "A" <= padded[e + 1] <= "Z" and padded[p:e] in _MONTH_WORDS):
                break
            # "Rungrado May Day Stadium": a month's name with a capitalised word after it goes on
        end = e
        if e >= n:
            break
        if c == ".":
            if last != p or p == pos and pos > 0 and (padded[pos - 1].isalnum() or padded[pos - 1] == "_"):
                # a hyphen or an apostrophe in the word (or a word read from its middle): the regex
                d = padded[e + 1] if e + 1 < n else " "
                if (e - last <= 3 and padded[last:e] not in _SHORT_TOWN_WORDS or d.isalnum() or d in "_'\u2019-&"
                        or padded[last:e] in _LONG_ABBR_WORDS):
                    return _name_match(padded, pos)  # "St.", "U.S.", "St.Louis", "Warner Bros."
                break  # "in Kyiv. The ...": the sentence's period
            # periods in a word of ASCII letters, read as the regex reads them: a period and
            # letters go on with the word ("U.S", "Crypto.com"); a final period belongs to an
            # abbreviation ("St.", "Fla.", "U.S.", "Warner Bros."), else it ends the sentence
            k = e  # at a period
            seg = p  # where the letters before it start
            while True:
                d = padded[k + 1] if k + 1 < n else " "
                if "a" <= d <= "z" or "A" <= d <= "Z":
                    seg = k + 1
                    k += 2
                    while k < n and ("a" <= padded[k] <= "z" or "A" <= padded[k] <= "Z"):
                        k += 1
                    d = padded[k] if k < n else " "
                    if d == ".":
                        continue
                    if d > "\x7f" or d.isalnum() or d in "_'\u2019-&":
                        return _name_match(padded, pos)  # "U.S-based"
                    end = k  # "Crypto.com Arena": no final period
                    break
                if d > "\x7f" or d.isalnum() or d in "_'\u2019-&":
                    return _name_match(padded, pos)  # "St.-Denis"
                if k - seg <= 3 and padded[seg:k] not in _SHORT_TOWN_WORDS or padded[seg:k] in _LONG_ABBR_WORDS:
                    end = k + 1  # the abbreviation's period
                else:
                    end = k  # "in Kyiv. The ...": the sentence's period
                break
            if end >= n or padded[end] != " ":
                if end < n and padded[end].isspace():
                    return _name_match(padded, pos)  # a tab or a line break: the regex reads on
                break  # the sentence's period, a comma, the text's end
            e = end  # a space after the word: what follows is read below
        elif c != " ":
            break  # "in Kyiv, Ukraine", "(in Kyiv)"
        if e + 1 >= n:
            break
        c = padded[e + 1]
        if "A" <= c <= "Z":
            p = e + 1  # the next word
            continue
        if not ("a" <= c <= "z"):
            if c == " " or c.isspace():  # "DC  " (a header's chain): spaces to the end end the name
                k = e + 1
                while k < n and padded[k].isspace():
                    k += 1
                if k >= n:
                    break
                return _name_match(padded, pos)
            if c > "\x7f" or c.isalnum():
                return _name_match(padded, pos)
            if c == "&" and padded.startswith(" ", e + 2) and "A" <= padded[e + 3:e + 4] <= "Z":
                p = e + 3  # "Aria Resort & Casino": the ampersand joins like `and`
                continue
            break  # "Kyiv (AP)"
        k = e + 2  # a lower-case word: glue inside the name, else the name's end
        while k < n and "a" <= padded[k] <= "z":
            k += 1
        d = padded[k] if k < n else " "
        if d > "\x7f" or d.isalnum() or d in "_'-":
            return _name_match(padded, pos)  # "al-Balah", "d'Azur"
        if padded[e + 1:k] in _NAME_GLUE_WORDS:
            if d == " " and k + 1 < n and "A" <= padded[k + 1] <= "Z":
                p = k + 1  # "Gulf of Mexico"
                continue
            if padded.startswith("of the ", e + 1) and k + 5 < n and "A" <= padded[k + 5] <= "Z":
                p = k + 5  # "Church of the Nativity"
                continue
            return _name_match(padded, pos)
        if k - e == 4 and padded[e + 1:k] == "the" and d == " " and _epithet_at(padded, k + 1):
            p = k + 1  # "Cathedral of Christ the Saviour"
            continue
        break
    # past the name: a region word ("the Donetsk region") and two lower-case words
    spans = _NameSpans.__new__(_NameSpans)
    spans.padded, spans.name_start, spans.name_end = padded, pos, end
    spans.rword_end = spans.t1_end = spans.t2_end = -1
    rword = t1 = t2 = None
    if end + 1 < n and padded[end] == " " and "a" <= padded[end + 1] <= "z":
        k = end + 1
        while k < n and "a" <= padded[k] <= "z":
            k += 1
        if k >= n or padded[k].isspace() or padded[k] in ",.;:)":
            t1 = padded[end + 1:k]
            spans.t1_end = k
            if k + 1 < n and padded[k] == " " and "a" <= padded[k + 1] <= "z":
                i = k + 1
                while i < n and "a" <= padded[i] <= "z":
                    i += 1
                if i >= n or padded[i].isspace() or padded[i] in ",.;:)":
                    t2 = padded[k + 1:i]
                    spans.t2_end = i
        if (k >= n or not (padded[k].isalnum() or padded[k] == "_")) and 5 <= k - end - 1 <= 11 and (
                padded[end + 1] in "goprs") and (  # (_REGION_SHAPE)
                t1 if t1 is not None else padded[end + 1:k]) in _REGION_LOWER:
            rword = padded[end:k]
            spans.rword_end = k
    return padded[pos:end], rword, t1, t2, spans


def _epithet_at(padded: str, i: int) -> bool:
    """A saint's epithet (`Saviour`, `Baptist`) starts at `i` and ends there as a whole word."""
    k = i
    n = len(padded)
    while k < n and ("a" <= padded[k] <= "z" or "A" <= padded[k] <= "Z"):
        k += 1
    if k < n and (padded[k].isalnum() or padded[k] in "_-'"):
        return False
    return padded[i:k] in _EPITHETS


_NO_NAME = (None, None, None, None, _NameSpans.__new__(_NameSpans))
_NO_NAME[4].padded, _NO_NAME[4].name_start = "", -1
_NO_NAME[4].name_end = _NO_NAME[4].rword_end = _NO_NAME[4].t1_end = _NO_NAME[4].t2_end = -1


def _first_segment(name, dirw, rword, m) -> tuple:
    """The phrase's name as the first segment of a chain: (name, direction, region word, end)."""
    if type(m) is _NameSpans:  # (read by hand: its fields, not a method call by name)
        spans = m
        return name, dirw, rword, (spans.rword_end if rword else spans.name_end) - 1
    return name, dirw, rword, m.end("rword" if rword else "name") - 1


def _name_end(m) -> int:
    """m.end("name") of a phrase's match, read from the hand reader's spans without a method call."""
    if type(m) is _NameSpans:
        spans = m
        return spans.name_end
    return m.end("name")


# --------------------------------------------------------------------------- chains

# Cheap tests that skip the header patterns on captions that cannot hold them.
_MONTH_PREFIXES = frozenset(m[:3] for m in _MONTH_NAMES)
_MONTH_PREFIXES_LOWER = frozenset(m[:3].lower() for m in _MONTH_NAMES)
_MONTH_PREFIX_RE = "(?:" + "|".join(m[:3] for m in _MONTH_NAMES) + ")"
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'\u2019- ")


def _may_be_dateline(text: str) -> bool:
    """`BEIJING, CHINA - ...` or `(FILE) ...`: an opening parenthesis or two capitals, and a dash
    in the opening run of capitals and punctuation."""
    c = text[:1]
    return (c == "(" or "A" <= c <= "Z" and text[1:2] in _DATELINE_SECOND) and _dash_in_head(text)


def _dash_in_head(text: str) -> bool:
    """A dash among the opening characters a dateline's head is written in (capitals, spaces,
    `. , ' ’ ( ) :`): _DATELINE_RE reads its dash there, so without one (`A man walks`, `KYIV,
    Ukraine`) the regex cannot match."""
    comma = False
    for i in range(len(text)):
        c = text[i]
        if c == "-" or c == "\u2013" or c == "\u2014":
            return True
        if c == ",":
            comma = True
        elif not ("A" <= c <= "Z" or c == " " or c in ".'\u2019():" or c.isspace() or comma and "a" <= c <= "z"):
            return False  # (lower case only after a comma: Kyodo's "NAGOYA, Japan - ")
    return False


# the sports header's day in its other forms: in numbers (`- 01/10/2016`, as its London desk writes
# it), day before month (`- 1 October 2016`), a weekday first (`- Saturday, Oct. 1, 2016`)
_DASH_DAY_AT = re.compile(rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\d{{1,2}} {_MONTH_PREFIX_RE}|{_DAYS},? (?:{_MONTH_PREFIX_RE}|\d)")


def _has_dash_date(head: str) -> bool:
    """` - June 11`: a dash followed by a month, as in the Reuters sports header (or by the day
    in its other forms, _DASH_DAY_AT)."""
    i = head.find(" - ")
    while i != -1:
        if head[i + 3:i + 6] in _MONTH_PREFIXES or _DASH_DAY_AT.match(head, i + 3):
            return True
        i = head.find(" - ", i + 1)
    return False


# A dateline with no date: the town and its country or state in capitals, then a colon (the
# older AFP wire, picture agencies: `KOTULO, KENYA: Nur Ali Hilow drags ...`).
_COLON_DATELINE_RE = re.compile(r"(?P<chain>[A-Z][A-Z.'\u2019\- ]+,\s*(?P<last>[A-Z][A-Z.'\u2019\- ]+)):\s")


def _colon_dateline(text: str, out: list[_Chain]) -> None:
    m = _COLON_DATELINE_RE.match(text)
    if m is None or _place_kind(_display(m.group("last").strip())) not in ("country", "region"):
        return
    ch = _read_chain(m.group("chain") + " ", 0, 1.5, False)
    if ch and (ch.city or ch.region or ch.country):
        ch.pos = -1
        out.append(ch)


# A gallery's place line before its description (the Guardian's picture-of-the-day galleries,
# Alamy): `Athens, Greece. Protesters gather ...`, `Michoacán, Mexico. A Day of the Dead ...`:
# a town or region, then the country, alone in the first sentence.
_PLACE_LINE_RE = re.compile(r"(?P<chain>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2}"
                            r"(?:, [A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2}){0,1}"
                            r", (?P<last>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2}))(?:\.? *\n|\. )[A-Z0-9]")


def _place_line(text: str, out: list[_Chain]) -> None:
    m = _PLACE_LINE_RE.match(text)
    if m is None or _place_kind(m.group("last")) != "country":
        return
    ch = _read_chain(m.group("chain") + " ", 0, 1.5, False)
    if ch and ch.country and (ch.city and _city_country(ch.city) or ch.city is None and ch.region):
        ch.pos = -1  # (a town the tables know: not `John Smith, Britain.`)
        out.append(ch)


# The same place line when the page's text lost the line break after it: the country runs on
# into the description's first word, after a space or glued to it (`Genoa, Italy A large section
# ...`, `Lairg, UK Potential buyers ...`, `Manila, PhilippinesHomeless Filipinos ...`).
_PLACE_HEAD_RE = re.compile(r"(?P<town>[A-Z][a-z'\u2019\-]+(?: [A-Z][a-z'\u2019\-]+)?), "
                            r"(?P<last>[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2})(?: (?=[A-Z])|(?=[A-Z][a-z])"
                            # (or the day in figures, a dash on either side: `Berlin, Germany - 30.04.2019 ...`,
                            # `Milan, Italy 01-05-2015 - ...`)
                            r"|(?: [-\u2013\u2014])? (?=\d{1,2}[./-]\d{1,2}[./-]\d{4}\b))")


def _place_head(text: str, out: list[_Chain]) -> None:
    m = _PLACE_HEAD_RE.match(text)
    if m is None:
        return
    last = m.group("last")
    if " " in last and _place_kind(last) is None:
        last = last.partition(" ")[0]  # (`Taiwan People take cover`: the country is the first word)
    if not (_place_kind(last) == "country" or _uk_nation(last)):
        return
    town = m.group("town")
    ch = _read_chain(f"{town}, {last} ", 0, 1.5, False)
    if ch is not None and ch.city is None and ch.region == town and ch.country:
        ch.pos = -1  # a region and its country (`Yorkshire, UKBritain's prime minister ...`)
        out.append(ch)
        return
    if ch is None or not ch.country or ch.city != town:
        return
    known = _city_country(town)
    # a town the tables know in that country, or one word no table knows that is no given name,
    # role or common word, before a country that is no given name (`Lairg, UK`, not `Anna Berg,
    # Sweden Team captain` nor `Designer, Jordan Dalah, with model ...`)
    vocab = _people_vocab()
    if known == ch.country or known is None and " " not in town and _place_kind(town) is None \
            and not any(town.casefold() in vocab[k] for k in ("given", "roles", "common")) \
            and last.casefold() not in vocab["given"]:
        ch.pos = -1
        out.append(ch)


def _header_chains(text: str, out: list[_Chain]) -> None:
    """The dateline, USA Today and Reuters sports headers, and regions named anywhere."""
    m = _DATELINE_RE.match(text) if _may_be_dateline(text) else None
    if m:
        ch = _read_chain(m.group("chain") + " ", 0, 1.5, False)
        if ch:
            ch.pos = -1
            out.append(ch)
    if m is None and "A" <= text[1:2] <= "Z" and text.find(":", 0, 50) != -1:
        _colon_dateline(text, out)  # the older AFP wire's `KABUL, AFGHANISTAN: ...`
    if m is None and "a" <= text[1:2] <= "z" and "A" <= text[:1] <= "Z":
        k = text.find(", ", 0, 40)
        n = len(out)
        if k != -1 and (text.find(". ", k, 70) != -1 or text.find("\n", k, 70) != -1):
            _place_line(text, out)  # a gallery's `Athens, Greece. Protesters gather ...`
        if k != -1 and len(out) == n:
            _place_head(text, out)  # its line break lost: `Genoa, Italy A large section ...`
    if m is None and "A" <= text[1:2] <= "Z" and text.find("/", 0, 40) != -1:
        m = _NUMERIC_DATELINE_RE.match(text)  # Antara's `JOMBANG, 1/5 - ...`: the town, a day/month
        if m:
            ch = _read_chain(m.group("chain") + " ", 0, 1.5, False)
            if ch:
                ch.pos = -1
                out.append(ch)
    k = text.find(" (", 0, 40)  # (the town holds no "(": the dateline's is the first, two letters before ")")
    if k != -1 and text[k + 4:k + 5] == ")" and _BR_DATELINE_RE.match(text):
        _brazil_dateline(text, out)
    c1 = text[1:2]
    if "A" <= c1 <= "Z" or "0" <= c1 <= "9":
        k1 = text.find(" (", 0, 80)  # (the dateline's date opens the first bracket: a month first)
        if k1 != -1 and text[k1 + 2:k1 + 5] in _MONTH_PREFIXES:
            _military_dateline(text, out)
    elif "a" <= c1 <= "z" and "A" <= text[:1] <= "Z":
        k1 = text.find(". (", 0, 80)  # (DVIDS in plain case: `Colorado Springs, Colorado. (September 12, 2023):`)
        if k1 != -1 and text[k1 + 3:k1 + 6] in _MONTH_PREFIXES:
            _military_dateline(text, out)
    if "A" <= text[:1] <= "Z" and _dash_in(text, 70):
        _town_date_dateline(text, out)
    month_first = text[:3] in _MONTH_PREFIXES  # (for both date-first headers)
    if (text[:1].isdigit() or month_first) and text.find(":", 0, 130) != -1:
        _dated_dateline(text, out)
    m = _USATODAY_RE.match(text) if month_first else None
    if m:
        ch = _read_chain(text, m.start("chain"), 3, True)
        if ch:
            out.append(ch)
    dash = text.find(" - ")  # (one search for both dash headers below)
    if dash != -1 and dash <= 297 and _has_dash_date(text[:300]):
        m = _SPORTS_RE.search(text[:300])
        if m and " - " in text[:m.start("chain") + 3]:
            ch = _read_chain(text, m.start("chain"), 3, True)
            if ch:
                out.append(ch)
    if "capital" in text:
        _demonym_capitals(text, out)
        if "capital, " in text or "capital city, " in text:
            _bare_capitals(text, out)
    if dash != -1 and _dash_digit(text):
        _shutterstock_place(text, out)
    if "region" in text or "rovince" in text or "refecture" in text or "blast" in text:  # (an `in` a word:
        # cheaper than _lead_then's stop at every "r")
        for r in _region_mentions(text):
            rc = _region_from_phrase(r.group("name"), r.group("rword"))
            owner = r.group("owner")
            if owner is not None:  # "Italy's Emilia Romagna region": the country owns the region
                country = _country(_whole_owner(text, r.start("owner"), owner))
                if country is None or rc and rc[1] not in (None, country):
                    continue
                rc = (rc[0] if rc else _display(r.group("name")), country)
            if rc and rc[1]:
                # "hit Italy's Emilia Romagna region, in Lugo, Italy": a country's region just
                # before the town joins that town like a chain's own (a mere mention joins none)
                adjacent = owner is not None and _TOWN_AFTER_REGION_RE.match(text, r.end())
                if not adjacent and text.endswith("from ", 0, r.start()):
                    continue  # "refugees from Sudan's Darfur region walk in ... camp": where they came from
                ch = _Chain(0, r.end() if adjacent else -2)
                ch.region, ch.country = rc
                out.append(ch)


def _whole_owner(text: str, start: int, owner: str) -> str:
    """The owner a region mention's one-word owner at `start` ends, with the capitalised word before
    it when the two name a country (`South Sudan's`, `Saudi Arabia's`, `Sri Lanka's`), else `owner`."""
    if start > 2 and text[start - 1] == " " and text[start - 2].isalpha():
        prev = text[text.rfind(" ", 0, start - 1) + 1:start - 1]
        if prev[:1].isupper() and _country(f"{prev} {owner}"):
            return f"{prev} {owner}"
    return owner


def _region_mentions(text: str):
    """_REGION_MENTION_RE.finditer(text), with each search started at the last comma before the
    next region word: a match holds no comma but the one it may open with (its name is words and
    spaces), so none starts before that comma, and the regex tried at every position of the
    caption cost more."""
    search, pos = _REGION_MENTION_RE.search, 0
    while True:
        at = -1
        for word in ("region", "rovince", "blast", "refecture"):  # (each region word holds one)
            k = text.find(word, pos)
            if k != -1 and (at == -1 or k < at):
                at = k
        if at == -1:
            return
        m = search(text, max(pos, text.rfind(",", pos, at)))
        if m is None:
            return
        yield m
        pos = m.end()


# "in the Ukrainian capital", "the Kenyan capital, Nairobi", "the U.S. capital": a country's
# capital named by its demonym (or the country), with or without the town after it; EPA's
# European pages write the country as owner and set the town off (`Moldova's capital city, Chisinau`).
_DEMONYM_CAPITAL_RE = re.compile(
    r"(?:\b[Tt]he\s+(?P<dem>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?)"
    r"|\b(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['\u2019]s)\s+capital(?:\s+city)?\b"
    rf"(?:,?\s+(?:(?:city\s+|)of\s+|)(?P<name>{_NAME})|)")


def _demonym_capitals_matches(text: str):
    """_DEMONYM_CAPITAL_RE.finditer(text), with each search started no earlier than three words
    before the next "capital": a match holds at most three words before it ("the German
    capital", "Ukraine's capital"), and the regex tried at every word of the caption cost more."""
    search, pos = _DEMONYM_CAPITAL_RE.search, 0
    while (at := text.find("capital", pos)) != -1:
        for _ in range(3):  # back over three runs of whitespace, then of the rest (a lower bound)
            while at > 0 and text[at - 1].isspace():
                at -= 1
            while at > 0 and not text[at - 1].isspace():
                at -= 1
        m = search(text, max(pos, at))
        if m is None:
            return
        yield m
        pos = m.end()


def _demonym_capitals(text: str, out: list[_Chain]) -> None:
    for m in _demonym_capitals_matches(text):
        dem = m.group("dem") or m.group("owner")
        hit = _demonyms().get(_key(dem))
        country = hit[0] if hit else _country(dem)
        if country is None:
            continue
        ch = _Chain(1, m.start())
        ch.country, ch.known = country, 1
        name = m.group("name")
        if name and not name.isdigit() and _city_country(name) in (None, country) and not _place_kind(name) in ("country", "region"):
            # (a number is a day: "Kenya's capital, 12 March 2019")
            ch.city = _display(name)
        else:
            ch.city = _capital_written(text, country, m.start())
        out.append(ch)


# "in the capital, Dakar", "near the capital, N'Djamena": a capital named by no country, set off
# after its comma; the name is the town when national_capitals.tsv holds it as a country's capital
_BARE_CAPITAL_RE = re.compile(rf"\b[Tt]he capital(?: city)?, (?P<name>{_NAME})")


def _bare_capitals(text: str, out: list[_Chain]) -> None:
    """`staged protests in the capital, Dakar.`: the capital's country comes from the capitals table."""
    capitals = {_key(c): country for country, c in _national_capitals().items()}
    for m in _BARE_CAPITAL_RE.finditer(text):
        name = m.group("name")
        country = capitals.get(_key(name))
        if country is None or _city_country(name) not in (None, country) or _key(name) in _key(text[:m.start()]):
            continue  # (a town written before, `Bogotá (AFP) – ... in the capital, Bogota`, is read there in its own spelling)
        ch = _Chain(1, m.start())
        ch.city, ch.country, ch.known = _display(name), country, 1
        out.append(ch)


@functools.cache
def _national_capitals() -> dict[str, str]:
    """Country -> its capital (national_capitals.tsv)."""
    out = {}
    for line in _data_lines("national_capitals.tsv"):
        a, _, b = line.partition("\t")
        out[a.strip()] = b.strip()
    return out


def _capital_written(text: str, country: str, start: int) -> str | None:
    """`CSKA Sofia fans ... in the Bulgarian capital`, `mayor of Bogota ... in Colombia's capital
    city`: a capital named by its country alone is the town when the caption writes the capital's
    name elsewhere as a word of its own (`Sofia-Moscow` too); else None (`in the Sudanese capital`
    names no town)."""
    capital = _national_capitals().get(country)
    if capital is None:
        return None
    n, at = len(capital), text.find(capital)
    while at != -1:
        if (at == 0 or not text[at - 1].isalpha()) and not text[at + n:at + n + 1].isalpha() and at != start:
            return capital
        at = text.find(capital, at + 1)
    return None


# Shutterstock and Rex: "Event, Venue, City, Country - 21 Jun 2024" (the day before the month).
_DASH_DAY_DATE_RE = re.compile(rf"\s-\s\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b")
_NAME_SEGMENT_RE = re.compile(rf"{_NAME}")


def _dash_digit(text: str) -> bool:
    """A ` - ` followed by a digit: the cheap test before the Shutterstock date pattern."""
    i = text.find(" - ")
    while i != -1:
        if text[i + 3:i + 4].isdigit():
            return True
        i = text.find(" - ", i + 3)
    return False


def _shutterstock_place(text: str, out: list[_Chain]) -> None:
    """The place list before a ` - 21 Jun 2024` date: read from the end, a country or region,
    then the town, then a venue before it (so an event's name before them is not read as a town)."""
    m = _DASH_DAY_DATE_RE.search(text)
    if m is None:
        return
    head = text[max(0, m.start() - 150):m.start()]
    parts = head.split(", ")
    if len(parts) < 2:
        return
    i = len(parts) - 1
    if not (_place_kind(parts[i]) in ("country", "region") or _region(parts[i], True)):
        return
    while i > 0 and (_place_kind(parts[i - 1]) == "region" or _region(parts[i - 1], True)):
        i -= 1
    if i > 0 and _NAME_SEGMENT_RE.fullmatch(parts[i - 1]):
        i -= 1  # the town
        if i > 0 and _NAME_SEGMENT_RE.fullmatch(parts[i - 1]) and _is_venue_name(parts[i - 1]):
            i -= 1  # the venue
    start = m.start() - len(", ".join(parts[i:]))
    ch = _read_chain(text, start, 3, True)
    if ch and (ch.city or ch.country):
        out.append(ch)


# Agência Brasil's dateline: "Brasília (DF) 28/03/2024 - ", "Rio de Janeiro (RJ), 24/07/2024 – "
# (the town, its state's two letters, the day as dd/mm/yyyy)
_BR_DATELINE_RE = re.compile(r"^(?P<town>[A-Z\u00c0-\u00dd][\w\u00c0-\u017f'\- ]{1,40}?) \((?P<uf>[A-Z]{2})\),? "
                             r"\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013\u2014]\s")
@functools.cache
def _brazil_state(uf: str) -> str | None:
    """A Brazilian state's name from its two letters, by ISO 3166-2 (pycountry: `PE` -> Pernambuco)."""
    try:
        import pycountry

        sub = pycountry.subdivisions.get(code=f"BR-{uf}")
    except Exception:  # noqa: BLE001 - pycountry missing or its table unreadable: no state
        return None
    return sub.name if sub is not None else None


def _brazil_dateline(text: str, out: list[_Chain]) -> None:
    """The town and state of an Agência Brasil dateline (a state's two letters name it)."""
    m = _BR_DATELINE_RE.match(text)
    state = _brazil_state(m.group("uf")) if m else None
    if state is None:
        return
    ch = _Chain(3, -1)
    ch.city, ch.region, ch.country, ch.known = m.group("town").strip(), state, "Brazil", 2
    out.append(ch)


_SETTLEMENT_OPENERS = ("The town of ", "The village of ", "The city of ")
_OPENING_SETTLEMENT_RE = re.compile(r"The (?:town|village|city) of (?P<name>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2})(?=[ ,.;:])")


def _opening_settlement(text: str, loc) -> None:
    """A caption opening on the town it shows, its country written later (`The town of
    Minamisanriku is seen ..., in northeast Japan`): the town, when no table puts it elsewhere."""
    m = _OPENING_SETTLEMENT_RE.match(text)
    if m is None:
        return
    name = m.group("name")
    if _country(name) or _region(name, True):
        return
    if (_city_country(name) or _geo_country(name) or loc.country) == loc.country:
        loc.city = name


# a Brazilian state's two letters right after a town (Brazil's papers: "em Porto Alegre RS",
# "Curitiba, PR", "Santos (SP)", "Recife/PE", "Natal - RN"); not a wire's "(AP)"
_BR_STATE_AFTER_RE = re.compile(r"(?P<sep>,? | ?\(| ?/ ?| [-\u2013] )(?P<uf>[A-Z]{2})(?![\w.'\u2019])")


def _brazil_town_state(text: str, loc) -> None:
    """A town the tables know as Brazil's, its state's two letters after it: the state is the
    region, the country Brazil (not `PR` read as Puerto Rico, nor `Porto Alegre RS` as a venue)."""
    town = loc.city
    if town is None:
        venue = loc.venue  # ("Porto Alegre RS": the town and its letters read as one name)
        if not (venue and len(venue) > 5 and venue[-3] == " " and venue[-2:].isupper()):
            return
        town = venue[:-3]
    if (_city_country(town) or _geo_country(town)) != "Brazil":
        return
    at = text.find(town)
    m = _BR_STATE_AFTER_RE.match(text, at + len(town)) if at >= 0 else None
    if m is None or (m.group("uf") == "AP" and "(" in m.group("sep")):
        return
    state = _brazil_state(m.group("uf"))
    if state is not None:
        if loc.city is None:
            loc.venue = None
        loc.city, loc.region, loc.country = town, state, "Brazil"


def _military_dateline(text: str, out: list[_Chain]) -> None:
    """The place of a U.S. military dateline (`PORT CANAVERAL, Fla. (Sept. 24, 2020)`)."""
    m = _PLAIN_MILITARY_DATELINE_RE.match(text) if text[1:2].islower() else _MILITARY_DATELINE_RE.match(text)
    if m is None:
        return
    ch = _read_chain(m.group("chain") + " ", 0, 1.5, False)
    if ch and (ch.city or ch.region or ch.country):
        ch.pos = -1
        if ch.venue is None and ch.city is not None and ch.city.startswith(_MILITARY_BASE_FIRST):
            ch.venue, ch.city = ch.city, None  # "NAVAL STATION MAYPORT, Fla.": the base, no town
        out.append(ch)


def _dash_in(text: str, n: int) -> bool:
    """A dash of any width among the first n characters (the cheap test before a dash header)."""
    head = text[:n]
    return "\u2014" in head or "\u2013" in head or "-" in head


def _town_date_dateline(text: str, out: list[_Chain]) -> None:
    """The town and state of a `Town, ST, Month D, YYYY —` dateline (_TOWN_DATE_DATELINE_RE)."""
    # Neither the town nor the state holds a comma, so the month can only follow the caption's
    # second comma: test that before the costly match (an exact pre-test, no record changes).
    c = text.find(",")
    c = text.find(",", c + 1) if c != -1 else -1
    if c == -1 or not text[c + 1:c + 2].isspace():
        return
    i = c + 1
    while i < len(text) and text[i].isspace():
        i += 1
    head = text[i:i + 3]
    if head.isascii() and head.lower() not in _MONTH_PREFIXES_LOWER:
        return
    m = _TOWN_DATE_DATELINE_RE.match(text)
    if m is None:
        return
    ch = _read_chain(re.sub(r",\s?", ", ", m.group("chain")) + " ", 0, 1.5, False)  # (`HOUSTON,TX`)
    if ch and ch.city and (ch.region or ch.country):
        ch.pos = -1
        out.append(ch)


# DVIDS and military captions close the action's clause with the place and the day: `...
# during a live fire exercise, Drawsko Pomorskie, Poland, May 27, 2022.` (the town, its
# country or state, then the date), a town the tables need not know. So do archives and
# agencies with the day in other forms (`..., Ciudad del Este, Paraguay, 1932.`, `..., Krasnoyarsk,
# Russia, January 22`, `..., Pskov, Russia on 1 April`) and XPB's motor-racing lines
# (`British Grand Prix, Silverstone, England, Practice Day.`).
_TOWN_DATED_COUNTRY_RE = re.compile(
    r",\s(?P<town>[A-Z][\w'\u2019\-]+(?:\s(?:(?:de|del|da|do|la|el)\s)?[A-Z][\w'\u2019\-]+){0,2}),\s"
    r"(?P<land>[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2})(?:,\s|\son\s)"
    rf"(?:{_MONTHS}\.?\s\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTHS}|(?:19|20)\d\d\b|{_DAYS}\b|[A-Z][a-z]+\sDay\b)")


def _town_before_dated_country(text: str, loc: Location) -> None:
    """The town of a `, Town, Country, <day>` close when the caption's country is that one (or,
    with no country read, a region's: `Oban, England`) and the town is no place of another kind,
    nor a venue's name (_TOWN_DATED_COUNTRY_RE)."""
    for m in _TOWN_DATED_COUNTRY_RE.finditer(text):
        land, town = m.group("land"), m.group("town")
        country = _country(land)
        region = None
        if country is None or country != loc.country:
            if loc.country is not None or loc.region is not None:
                continue
            region = (None, country) if country else _region_of(land, True)
            if region is None:
                continue
        if _place_kind(town) is None and not _is_venue_name(town) and _country(town) is None:
            loc.city = town
            if region is not None:
                loc.region, loc.country = region
        return


# the head words that open a U.S. base's name in a dateline (a base, not a town: "Fort" is both)
_MILITARY_BASE_FIRST = _base_words("dateline", "first")


def _dated_dateline(text: str, out: list[_Chain]) -> None:
    """`12 February 2025, Bavaria, Nuremberg:` / `March 3, 2025, Kyiv, Ukraine:`: the place of a
    date-first dateline, read town first (dpa's large-to-small order turned round)."""
    m = _DATED_DATELINE_RE.match(text)
    if m is None:
        return
    segs = [s.strip() for s in m.group("chain").split(",")]
    if len(segs) > 1 and _place_kind(segs[0]) in ("region", "country") and _place_kind(segs[-1]) not in ("region", "country"):
        segs.reverse()
    river = _river_part(segs[0]) if "/" in segs[0] else None
    if river:
        segs[0] = segs[0][:-len(river) - 1]
    ch = _read_chain(", ".join(segs) + " ", 0, 3, False)
    if ch and (ch.city or ch.region or ch.country):
        ch.pos = m.start("chain")
        if river and ch.city == segs[0]:
            ch.city = f"{ch.city}/{river}"  # dpa's "Frankfurt/Main": the town as written, river and all
        out.append(ch)


_RIVER_PART_RE = re.compile(rf"[{_CAPITALS}][\w.\-]*(?: [{_CAPITALS}][\w.\-]*)?/(?P<river>[{_CAPITALS}][\w\-]{{1,20}})")


def _river_part(seg: str) -> str | None:
    """`Frankfurt/Main`, `Halle/Saale`, `Frankfurt/Oder`: dpa names a town with its river after a
    slash; the river, when the town before it is one the tables know, else None."""
    m = _RIVER_PART_RE.fullmatch(seg)
    if m is None:
        return None
    town = seg[:m.start("river") - 1]
    return m.group("river") if _city_country(town) or _geo_country(town) else None


# Result nouns whose `over` names the side beaten or led, not a place ("victory over Kerry").
_CONTEST_NOUNS = frozenset(("win", "wins", "victory", "victories", "triumph", "defeat", "lead",
                            "advantage", "edge", "success", "upset", "comeback"))


def _contest_before(text: str, at: int) -> bool:
    """The word before the `over` at `at` is a result noun (_CONTEST_NOUNS)."""
    head = text[max(0, at - 14):at].rstrip()
    return head[head.rfind(" ") + 1:].casefold() in _CONTEST_NOUNS


# Bangladesh's sub-district, the upazila: "in Tangail's Bhuapur upazila", "at Anwarpur of
# Tahirpur upazila", "in Companiganj upazila of Sylhet district". The upazila is the picture's
# town, the district that owns it the region (a village before "of" is passed over); the word
# is Bangladesh's alone, so it names the country.
# (no glue: "Anwarpur of Tahirpur" is two places; no sentence-opening preposition: "In X upazila")
_PLAIN_WORD = rf"(?!(?:In|At|On|Of|Near|From|The)\b)[{_CAPITALS}][\w\-]*"
_PLAIN_NAME = rf"(?<![\w\-'\u2019]){_PLAIN_WORD}(?: {_PLAIN_WORD}){{0,2}}"
# (the unit words are Bangladesh's rows of admin_unit_words.tsv: the town rank, the upazila, is
# the city; the district rank the region)
_UPAZILA_WORDS = _unit_pattern("Bangladesh", ("town",), "either")
_UPAZILA_RE = re.compile(rf"(?:(?P<owner>(?:{_PLAIN_WORD}['\u2019]s )?{_PLAIN_NAME})['\u2019]s )?(?P<town>{_PLAIN_NAME}) (?:{_UPAZILA_WORDS})\b"
                         rf"(?: of (?P<district>{_PLAIN_NAME})(?: (?:{_unit_pattern('Bangladesh', ('district',), 'either')})\b)?)?")
_DISTRICT_NAMED_RE = re.compile(rf"(?P<district>{_PLAIN_NAME}) (?:{_unit_pattern('Bangladesh', ('district',), 'lower')})\b")
# the cheap test before the search: each word's tail after its first letter ("pazila")
_UPAZILA_TAILS = tuple(w[1:] for w in _unit_words("Bangladesh", ("town",)))


@functools.cache
def _unit_roles() -> dict:
    """(country, rank) -> the schema field a unit of that rank fills (admin_unit_words.tsv's role)."""
    return {(r[1], r[2]): r[3] for r in _unit_rows()}


def _unit_chain(pos: int, country: str, named: tuple) -> _Chain:
    """A chain from a caption's named units, (rank, name) pairs: each name fills the field its
    rank's role gives for the country (Bangladesh's upazila the town, its district the region)."""
    ch = _Chain(3, pos)
    roles = _unit_roles()
    for rank, name in named:
        role = roles.get((country, rank))
        if name and role == "city":
            ch.city = _display(name)
        elif name and role == "region":
            ch.region = _display(name)
    ch.country, ch.known = country, 2
    return ch


def _upazila_chain(text: str, out: list[_Chain]) -> None:
    m = _UPAZILA_RE.search(text)
    if m is None:
        return
    district = m.group("owner") or m.group("district")
    if district is None:  # "... of Sunamganj district. The photo was taken at Anwarpur of Tahirpur
        named = {d.group("district") for d in _DISTRICT_NAMED_RE.finditer(text)}  # upazila": one district named
        district = named.pop() if len(named) == 1 else None
    out.append(_unit_chain(m.start("town"), "Bangladesh", (("town", m.group("town")), ("district", district))))


# The same sub-district written without the word upazila, owned by a district of Bangladesh:
# "in Bogura's Shibganj", "Keraniganj of Dhaka" (the Daily Star's style). Known districts only
# (bangladesh_districts.txt), so "Kyiv's Podil" or "Bank of England" never read so.
_DISTRICT_TOWN_RE = re.compile(rf"(?:(?P<owner>{_PLAIN_NAME})['\u2019]s (?P<town>{_PLAIN_NAME})"
                               rf"|(?P<town2>{_PLAIN_NAME}) of (?P<district>{_PLAIN_NAME}))(?![\w\-])")


@functools.cache
def _bangladesh_districts() -> frozenset:
    return frozenset(_key(l.strip()) for l in _data_lines("bangladesh_districts.txt") if l.strip())


@functools.cache
def _district_words() -> frozenset:
    """Every word of every district's name, as written (the test before _district_town_chain)."""
    return frozenset(w for line in _data_lines("bangladesh_districts.txt") for w in line.split())


def _district_named(text: str) -> bool:
    """Whether a district's name stands where _district_town_chain reads one: right after ` of `
    or right before a possessive `'s`. A few str.find calls: a regex of 75 names tried at every
    offset, or a split of every word, cost a fifth or a twentieth of the whole parse."""
    words = _district_words()
    n = len(text)
    i = text.find(" of ")
    while i != -1:
        # (every word of bangladesh_districts.txt opens with a capital: "of the", "of a" cut no word)
        if i + 4 < n and text[i + 4].isupper():
            j = text.find(" ", i + 4, i + 28)  # (the word up to its space, no split's list)
            if text[i + 4:j if j != -1 else i + 28].rstrip(".,;:)") in words:
                return True
        i = text.find(" of ", i + 4)
    for mark in ("'s ", "\u2019s "):
        i = text.find(mark)
        while i != -1:
            if text[text.rfind(" ", max(0, i - 24), i) + 1:i] in words:
                return True
            i = text.find(mark, i + 3)
    return False


def _district_town_chain(text: str, out: list[_Chain]) -> None:
    districts = _bangladesh_districts()
    for m in _DISTRICT_TOWN_RE.finditer(text):
        district, town = (m.group("owner"), m.group("town")) if m.group("owner") else (m.group("district"), m.group("town2"))
        if _key(district) not in districts or _key(town) in districts or _place_kind(town) or _is_venue_name(town):
            continue  # (a known place is read by the other rules; "High School of Kishoreganj" is a building)
        if m.group("owner") and _key(district) in _cities():
            continue  # a big town's possessive names its quarter: "Dhaka's Kamrangirchar" is in Dhaka
        out.append(_unit_chain(m.start("town") if m.group("owner") else m.start("town2"), "Bangladesh",
                               (("town", town), ("district", district))))
        return


_ARTICLE_VENUE_PREPS = frozenset(("at", "outside", "inside"))


def _article_venue(text: str, det, name: str, end: int, ch: _Chain) -> None:
    """`at the Roundhouse, London`, `at The Tramshed, Cardiff`: one unknown word after the
    article, then a comma and the town, is a venue (a town takes no article; The Hague is listed)."""
    word = name[4:] if det is None and name[:4] == "The " else name if det == "the" else ""
    if not word or " " in word or not word[:1].isupper() or not text.startswith(", ", end):
        return
    if _place_kind(word) or _place_kind("The " + word) or _key(word) in _demonyms() \
            or _key(word) == _key(ch.city) or _is_event([word]):
        return  # ("at the Olympics, Paris": an event, not a building)
    ch.venue = name


# an electoral district named by its state or town and number ("in Ohio's 9th Congressional District",
# "in the 4th District", "in Pennsylvania's 7th")
_ELECTORAL_DISTRICT_RE = re.compile(
    r"in (?:the )?(?:[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*['\u2019]s? )?\d+(?:st|nd|rd|th) "
    r"(?:(?:Congressional|congressional|Assembly|Senate|State Senate|State House|House|Legislative|legislative) )?[Dd]istrict")


# a quoted title after its verb: `titled "..."`, `entitled “...”`, `called "..."`, or after the
# work's noun: `his book "A Week in the White House"`, `the film “Night at the Museum”`
_QUOTED_TITLE_RE = re.compile(
    r"\b(?:" + _trie(("titled", "entitled", "called", "book", "novel", "memoir", "film", "movie", "documentary", "play",
                      "musical", "opera", "show", "series", "sitcom", "song", "album", "exhibition"))
    + r"),? [\"\u201c]([^\"\u201d]{3,200})[\"\u201d]")  # (a letter tree: tried at every word of a quoting caption)


def _inside_quoted_name(text: str, at: int) -> bool:
    """`at the "Music in the Park" stage`: the preposition at `at` stands inside a short quoted name
    that opens with a capital before it and closes soon after it, on the same clause."""
    start = max(0, at - 40)
    k = at - 1
    while k >= start:
        c = text[k]
        if c == "\u201c" or c == '"':
            break
        if c == "\u201d" or c == "," or c == "." or c == ";":
            return False
        k -= 1
    else:
        return False
    if not ("A" <= text[k + 1:k + 2] <= "Z"):
        return False
    if text[k] == '"' and text.count('"', 0, k) % 2:
        return False  # (a closing straight quote: the name, if any, is before it)
    close = "\u201d" if text[k] == "\u201c" else '"'
    end = text.find(close, at, at + 50)
    if end == -1:
        return False
    j = at
    while j < end:
        c = text[j]
        if c == "," or c == "." or c == ";":
            return False  # ("in Kyiv, Ukraine" quoted as speech runs on: not one name)
        j += 1
    return True


def _inside_spans(spans: tuple, at: int) -> bool:
    for a, b in spans:
        if a < at < b:
            return True
    return False


_titles_memo = [None, ()]  # the last caption read and its titles: _chains and _venue both ask


def _quoted_titles(text: str) -> tuple:
    """Where the quoted titles of hearings, books and shows stand (start, end)."""
    if _titles_memo[0] is text:  # (the memo holds the text, so the same object is the same caption)
        return _titles_memo[1]
    titles = tuple((m.start(1), m.end(1)) for m in _QUOTED_TITLE_RE.finditer(text))
    _titles_memo[0], _titles_memo[1] = text, titles
    return titles


# What may follow `in X village` for the name to be a town no table knows: the sentence or clause
# goes on (not "in X village council", "in X village school": a body or a building).
_VILLAGE_AFTER = (".", ";", " on ", " after ", " near ", " during ", " where ", " as ", " when ",
                  " while ", " before ", " following ", " amid ", " to ", " for ", " with ", " and ")


def _village_after(text: str, trigger: int, name: str, m, noun: str = "village") -> _Chain | None:
    """`girls collect wood in Habile village after it was attacked`: a name no table knows with the
    noun `village` written after it (and no place after that) is the town; so is one with `town`
    after it, `in` or `at` it, its clause going on after a comma too (`at Golarchi town`, `in
    Tomioka town, inside the exclusion zone`)."""
    k = _name_end(m)
    if text.startswith(" ", k):
        k += 1  # (the name's end may stand before or after its space)
    if not text.startswith(noun, k) or len(name.split()) > 3 or _is_venue_name(name):
        return None
    k += len(noun)
    if k < len(text) and not text.startswith(_VILLAGE_AFTER, k) and not (noun == "town" and text.startswith(", ", k)):
        return None
    ch = _Chain(2, trigger)
    ch.city = _display(name)
    # "displaced Chadian girls ... in Habile village": one nationality written before it in the
    # sentence gives the country
    start = text.rfind(". ", 0, trigger) + 1
    found = set()
    for word in text[start:trigger].split():
        if word[:1].isupper():
            hit = _demonyms().get(_key(word.strip(",;:()")))
            if hit:
                found.add(hit[0])
    if len(found) == 1:
        ch.country = found.pop()
    return ch


def _named_community(text: str, trigger: int) -> bool:
    """`the Cascadel Woods community of Madera County`: a community named before the noun (the
    town read already), its county after `of`, not a town (`the community of Tacopaya` is)."""
    j = text.rfind(" ", 0, max(0, trigger - 1))
    return text[j + 1:j + 2].isupper()


def _chains(text: str, phrases: list[_Phrase]) -> tuple[list[_Chain], list[int]]:
    """Every place chain, and where each chain's preposition stands (for venue adjacency)."""
    out, starts, weak, measured = [], [], [], []
    _header_chains(text, out)
    if _unit_named(text, _UPAZILA_TAILS):
        _upazila_chain(text, out)
    elif _district_named(text):  # (one C-level scan; captions naming no district pay nothing more)
        _district_town_chain(text, out)
    party_tags = -1  # (-1: not looked for yet; looked for once, when a phrase first needs it)
    quoting = '"' in text or "\u201c" in text
    titles = _quoted_titles(text) if quoting else ()  # (every title is quoted)
    seats = "istrict" in text  # (an electoral district's seat may be named: looked for once a caption)
    for ph in phrases:
        kind, w, trigger, det, dirw, name, rword, t1, t2, m = ph
        if titles and _inside_spans(titles, trigger):
            continue  # a hearing "titled 'Lessons from the Mueller Report, Part II'": a title's words, no place
        if quoting and kind == "prep" and _inside_quoted_name(text, trigger):
            continue  # at the "Music in the Park" stage, the "Live at the Apollo" show: a name's words, no place
        if t1 and name and _team_of_player(text, m, t1, t2):
            continue  # "under pressure of Louisville defensive back X": a team named by its town
        if kind == "prep":
            if w not in _CHAIN_PREPS:
                if w in _LOOSE_PREPS:
                    if (w == "visit to" or w == "trip to") and _trip_ahead(text, trigger):
                        continue
                    if w == "trip to" and not _DURING_TRIP_RE.search(text, max(0, trigger - 20), trigger):
                        continue  # (`ahead of a trip to China`, `back from a trip to Japan`: elsewhere)
                    if (w == "under" or w == "next to") and name and ("'s" in name or "\u2019s" in name):
                        continue  # (`next to Israel's prime minister`, `under China's rule`: an owner, not the place)
                    ch = _loose_chain(text, ph)
                    if ch:
                        out.append(ch)
                elif w == "on" and name is not None and text.startswith(", ", _name_end(m) - 1):
                    # "a strike on Tyre, southern Lebanon": a town with its country after `on`
                    ch = _loose_chain(text, ph)
                    street = None
                    if (ch is None or ch.city == name) and _street_named(name):
                        # ("on Bonifacio Drive, Iloilo City": the loose chain took the street for the town)
                        street = _street_town(text, name, _name_end(m) - 1, trigger)
                    if street:
                        out.append(street)
                    elif ch and ch.country and (ch.city or ch.region):  # ("on the Salton Sea, Calif.": its state)
                        out.append(ch)
                elif w == "into" and name is not None and det is None and text.startswith(", ", _name_end(m) - 1):
                    # "crossing the Rio Grande into Eagle Pass, Texas": a town with its state or
                    # country after `into` is where the crossing is seen
                    ch = _loose_chain(text, ph)
                    if ch and ch.city and ch.venue is None and (ch.region or ch.country):
                        out.append(ch)
                elif (w == "towards" or w == "toward") and name is not None and det is None \
                        and text.startswith(", ", _name_end(m) - 1):
                    # "a bushfire burns towards Nowra, New South Wales, Australia": the town ahead is
                    # not the picture's, but the region written with it is where the picture is
                    ch = _loose_chain(text, ph)
                    if ch and ch.region is not None and ch.venue is None and ch.city is not None:
                        ch.city = None
                        out.append(ch)
                continue
            starts.append(trigger)
        elif kind == "part":
            if w in _COMPASS_PARTS and text.endswith(_IN_THE, 0, trigger):
                pass  # "in the north of Mali", "in the centre of Central African Republic": in the place
            elif w in _SETTLEMENTS and text.endswith(" of the ", 0, trigger) and _MEASURED_SETTLEMENT_RE.search(
                    text, max(0, trigger - 60), trigger) is not None:
                if name is not None:
                    measured.append(ph)  # "in Dagami, ..., 20 miles south of the city of Tacloban": a
                continue  # reference point, as "20 miles south of Tacloban" is (its country only)
            elif (w not in _CHAIN_PARTS and not (w in _KNOWN_REGION_PARTS and name is not None and _region(name, True))
                    or w[:4] == "part" and not _PART_QUALIFIER_RE.search(text, max(0, trigger - 14), trigger)
                    or w == "community" and _named_community(text, trigger)):
                if name is not None and (det is None or det == "the"):
                    if not (w in _DIR_WORDS and (_apposition_reference(text, trigger) or _region_before(text, trigger))):
                        weak.append(ph)
                    elif text[trigger - 1] == " ":
                        measured.append(ph)  # ("in the district of X east of Karbala": Karbala's country only)
                continue
            starts.append(trigger)
        elif w not in _CHAIN_NOUNS:
            continue
        if name is None or not (det is None or det == "the"):
            continue  # "in his Kyiv office": no place chain
        if det and t1 in _LOWER_MEETS and not _has_venue_head(name):
            continue  # "at the Wimbledon championships": a meeting named for its ground
        if name[:1] in _MEET_INITIALS and name.split(" ", 1)[0] in _MEET_PARTS:
            continue  # "in Game Two of the American League Championship Series": a game, no place
        if t1 in _ABSTRACT_AFTER and det is None and w == "in":
            continue  # "few storms in U.S. history", "the first in British politics": no place
        if w == "from" and text.endswith("border ", 0, trigger):
            continue  # "across the border from El Paso": the place is on the other side
        if seats and w == "in" and kind == "prep" and _ELECTORAL_DISTRICT_RE.match(text, trigger):
            continue  # "the nominee in New York's 17th Congressional District": a seat, not where the picture is
        if party_tags == -1:
            party_tags = _has_party_tag(text)
        if party_tags and _party_tag_after(text, trigger, name):
            continue  # "a campaign assist from Sen. Rand Paul, R-Ky.,": a lawmaker, no place
        if w == "from" and (_hometown_from(text, trigger) or _person_from(text, trigger, name)
                            or text.endswith(_PICTURE_NOUNS, max(0, trigger - 12), trigger)):
            continue  # "Specialist Zachary Knight, from Spring Lake, N.C.", "teachers from Oaxaca state"
        if w == "from" and kind == "prep" and text.endswith(_TRAVEL_TIME_NOUNS, max(0, trigger - 8), trigger):
            continue  # "a town in central Tigray about two hours' drive from Mekelle": a reference point
        if w == "from" and kind == "prep" and (_journey_from(text, trigger) or _set_out_from(text, trigger)):
            continue  # "arrives at Schiphol Airport from Paris, France": where the journey set out
        if w == "in" and kind == "prep" and text.endswith(_TOPIC_IN, 0, trigger):
            continue  # "warned against military action in Ukraine": a policy's subject, not the picture's place
        if w in _PERSON_PREPS and det is None and _titled_person(name, t1):
            continue  # "a medal from President Joe Biden in Washington", "waves at King Charles in Sydney"
        if w in _NEXT_TO_PERSON_PREPS and det is None and t1 == "in" and _plain_person(name, t1) \
                and (w != "at" or _looked_at(text, trigger)):
            continue  # "a letter from Daniel Brill in Leeds": a person, the town is after `in`
        if ((w == "near" or w == "outside") and out and text.endswith(", ", 0, trigger)
                and out[-1].city and 0 < trigger - out[-1].pos < 60):
            continue  # "in Roissy, near Paris": the town before read this as its descriptor
        at = trigger + len(w) + (3 if kind == "part" else 0)
        venue_first = w in _VENUE_FIRST_PREPS or w == "in" and (not _is_venue_name(name) or not _after_venue(text, trigger)) \
            and not (det is None and " " not in name and t1 is None and _key(name) not in _famous())
        # ("in Temple, Texas", "in Castle, Okla.": a bare one-word name after `in` is read as a
        # town first, though its word heads venues elsewhere; with an article or `at` it is the venue)
        first = _first_segment(name, dirw, rword, m)
        if det == "the" and rword is None and name in _the_cities() and (
                text[first[3]:first[3] + 1] in (",", ".", ";") or text.startswith((" on ", " in "), first[3])):
            # "in the Bronx, Monday", "in the Hague on Friday": the article is part of the town's
            # name (the table lists it with `The`), read as `in The Bronx` is (not a compound:
            # "at the Hague based International Criminal Court")
            first = ("The " + name,) + first[1:]
        if rword is None and (t1 in _ORGANISATION_AFTER if t1 is not None else text.startswith(" group-", first[3])) \
                and ("'s " in name or "\u2019s " in name):
            # "in Iraq's Islamic State group", "Syria's Islamic State group-held Raqqa": an organisation, no region
            first = _owner_of_organisation(first)
        if kind == "part" and rword is None and w in _REGION_PARTS:
            if det is not None:
                continue  # "the future state of the Department of the Navy": no region is "the X"
            first = (name, dirw, f" {w} of", first[3])  # "the state of Veracruz": a region, though a town has its name
        origin = w == "from" or kind == "part" and w in _SETTLEMENTS and _from_before_part(text, trigger)
        ch = _read_chain(text, at, 1 if origin else 2, venue_first, first)
        if ch and ch.venue is None and ch.city and w in _ARTICLE_VENUE_PREPS:
            _article_venue(text, det, name, first[3], ch)
        if ch and ch.venue and w == "at" and (_goal_at(text, trigger) or _event_ahead(
                text, trigger, any(c.venue and c.pos < trigger for c in out))):
            ch.venue = None  # "on his way to a vote at the Senate in Washington": the goal's venue, not the town's
        if ch and ch.city is None and kind == "part" and (w in _SETTLEMENTS or _settlement_noun_after(text, _name_end(m))):
            if not (w == "streets" and det is not None):  # ("the streets of the Mathare slum": a
                _settlement(text, trigger, name, ch)      # town takes no article, a quarter does)
        elif ch and ch.city and ch.country and kind == "part" and w in _SETTLEMENTS and det is None:
            _namesake_abroad(text, trigger, ch)
        elif ch and ch.city is None and kind == "part" and w in _ADMIN_UNIT_PARTS and text.endswith(" the ", 0, trigger):
            _settlement(text, trigger, name, ch)
        elif ch and ch.city is None and ch.region and ch.country and w == "in" and det is None:
            ch.city = _town_before_in(text, trigger, ch.country)
        elif ch and ch.city is None and w == "capital" and kind == "verb" and det is None:
            _owned_capital(text, trigger, name, ch)
        elif (t1 == "village" and w == "in" or t1 == "town" and w in ("in", "at")) and det is None and kind == "prep" and (
                ch is None or not (ch.city or ch.region or ch.country or ch.venue)):
            ch = _village_after(text, trigger, name, m, t1)
        if ch and (ch.city or ch.region or ch.country or ch.venue):
            out.append(ch)
    if not _has_city(out):
        slot_town = None  # (_when_slot_town runs _when_town over every phrase: asked once at most)
        if weak and (weak[0][1] == "both" or weak[-1][1] == "both"):
            slot_town = _when_slot_town(text, phrases)
            if slot_town:
                weak = [ph for ph in weak if ph[1] != "both"]  # "both of Bayfield, Colorado,": their home
        if weak:
            out.extend(_weak_chains(text, weak))
        if measured and not any(ch.country for ch in out):
            out.extend(_measured_from_countries(text, measured))
        if ", of " in text and not _has_city(out):  # (the search only where no town is read)
            if slot_town is None:
                slot_town = _when_slot_town(text, phrases)
            if not slot_town:
                out.extend(_age_of_chains(text))
    if not out:
        out.extend(_verb_chains(text, phrases))
    if not out and " to " in text:
        out.extend(_to_chains(text))
    return out, starts


# the travel time a place is measured by (`two hours' drive from X`, `a short walk from X`)
_TRAVEL_TIME_NOUNS = (" drive ", " walk ", " ride ", " flight ")


def _from_before_part(text: str, trigger: int) -> bool:
    """`fled the violence from the Syrian town of Flita`: `from`, `the` and at most two adjectives
    before the settlement noun at `trigger` make its town an origin, weighed as a bare `from X`."""
    i = text.rfind(" from the ", max(0, trigger - 40), trigger)
    if i == -1:
        return False
    between = text[i + 10:trigger].split()
    return len(between) <= 2 and "," not in text[i:trigger]


# Nouns that make the capitalised name before them an organisation or its people ("the Islamic
# State group", "Houthi rebels"): written after a country's possessive, the name is the country's
# organisation, no region of it (organisation_nouns.tsv's people-collectives and `group`).
_ORGANISATION_AFTER = frozenset(("group", "groups", "movement", "militia", "militias", "militants", "fighters",
                                 "rebels", "insurgents", "jihadists", "gunmen", "militiamen", "members"))


def _owner_of_organisation(first: tuple) -> tuple:
    """The first segment cut to its owner when it is a country's possessive and a name the tables
    do not know as a region (`Iraq's Islamic State` before `group`), else as it was."""
    name = first[0]
    owner = _owner(name)
    if owner == name or not _country(owner) or _region(name[len(owner) + 3:], True):
        return first
    return (owner, first[1], None, first[3])


def _town_before_in(text: str, trigger: int, country: str) -> str | None:
    """`Flood water surrounds Upton upon Severn in Worcestershire`: a town the tables know, written
    as a verb's object just before `in <region>` (British papers' `Town in County`), is the
    region's town when it lies in the region's country."""
    words = text[trigger - 50 if trigger > 50 else 0:trigger].split()
    for n in (4, 3, 2, 1):
        if len(words) > n and words[-n - 1][:1].islower() and words[-n][:1].isupper():
            town = " ".join(words[-n:])
            if (_city_country(town) or _geo_country(town)) == country:
                return town
    return None


def _has_city(chains: list) -> bool:
    # (a loop, not any() over a generator: _chains asks it of every caption)
    for ch in chains:
        if ch.city:
            return True
    return False


_SETTLEMENT_APPOSITION_RE = re.compile(
    r", an? (?:[a-z\-]+ ){0,2}?(?:town|village|city|suburb|hamlet|municipality|community|settlement) in ")
_DISTANCE_BEFORE_RE = re.compile(r"\d\s*(?:km|kilometers|kilometres|miles|mi)\b[^.,;]{0,24}$")


def _apposition_reference(text: str, trigger: int) -> bool:
    """`in Al Qusayr, a city in western Syria about 4.8km (3 miles) southwest of Homs`: the town
    the distance is measured from, in the apposition that places the town, is not the place."""
    lo = trigger - 100 if trigger > 100 else 0
    i = text.find(", a", lo, trigger)
    if i == -1 or _DISTANCE_BEFORE_RE.search(text, i, trigger) is None:
        return False
    return _SETTLEMENT_APPOSITION_RE.match(text, i) is not None and text.find(". ", i, trigger) == -1


# "in Nagano Prefecture, northwest of Tokyo": a region's word just before the direction.
_REGION_BEFORE_DIR_RE = re.compile(r"\b(?:[Pp]rovince|[Pp]refecture|[Rr]egion|[Oo]blast|[Gg]overnorate|[Dd]epartment|state), $")


def _region_before(text: str, trigger: int) -> bool:
    """A direction right after a region written with its word measures the area from a town:
    the picture is in the region, the town it is measured from is not the place."""
    if text.startswith(", ", trigger - 2):
        return _REGION_BEFORE_DIR_RE.search(text, trigger - 16 if trigger > 16 else 0, trigger) is not None
    return text[trigger - 1:trigger] == " " and \
        _AREA_BEFORE_DIR_RE.search(text, trigger - 50 if trigger > 50 else 0, trigger) is not None


# "in Fengxian district southwest of Shanghai", "in the district of al-Hindiyah east of Karbala":
# an area named with its word, then the direction with no comma (as above)
_AREA_BEFORE_DIR_RE = re.compile(
    r"(?:\b(?:[Pp]rovince|[Pp]refecture|[Oo]blast|[Gg]overnorate|[Dd]istrict|[Cc]ounty)"
    r"|\b(?:district|province|county|governorate|prefecture) of (?:[a-z]{1,3}-)?[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*)?) $")


# a lower-case noun after a place's name that makes `in X ...` a domain, not a place
_ABSTRACT_AFTER = frozenset(("history", "politics", "law", "football", "sport", "sports"))


def _has_party_tag(text: str) -> bool:
    """", R-", ", D-" or ", I-" somewhere in the text, as a party-state tag ("R-Ky.") opens:
    found from its hyphens (a one-character find is a fast scan, a find of ", R-" is not)."""
    i = text.find("-", 3)
    while i != -1:
        if text[i - 2] == " " and text[i - 3] == "," and (text[i - 1] == "R" or text[i - 1] == "D" or text[i - 1] == "I"):
            return True
        i = text.find("-", i + 1)
    return False


def _party_tag_after(text: str, trigger: int, name: str) -> bool:
    """The name after the preposition has a US party-state tag after its comma ("Rand Paul,
    R-Ky.", "Jane Doe, D-N.Y."): a lawmaker's name, not a place's."""
    at = text.find(name, trigger)
    if at < 0:
        return False
    e = at + len(name)
    return text.startswith(", ", e) and text[e + 2:e + 3] in ("R", "D", "I") and text[e + 3:e + 4] == "-" \
        and text[e + 4:e + 5].isupper()


@functools.cache
def _hometown_people() -> frozenset:
    """Plural nouns for people (`teachers`, `fans`, `Syrians`): `from X` after one names where
    they come from, not where the picture is. people's plural role words (person_roles.txt),
    groups (group_words.txt) and the collective nouns of not_name_words.txt."""
    out = {w.casefold() for w in _data_lines("group_words.txt")}
    out.update(w.split("\t")[0].strip().casefold() for w in _data_lines("person_roles.txt")
               if w.split("\t")[0].strip().endswith("s") and not w.split("\t")[0].strip().endswith(("ss", "us")))
    out.update(("members", "people", "supporters", "fans", "protesters", "demonstrators", "residents", "visitors",
                "tourists", "workers", "officials", "soldiers", "troops", "firefighters", "rescuers", "volunteers",
                "children", "students", "delegates", "athletes", "pilgrims", "migrants", "refugees",
                "deputies", "lawmakers", "legislators", "leaders", "elders", "representatives", "stakeholders"))
    out.discard("tennis")
    return frozenset(out)


def _hometown_from(text: str, trigger: int) -> bool:
    """`from` at `trigger` follows a person (`Zachary Knight, from Spring Lake, North Carolina,`,
    `Name, 23, from ...`) or a plural noun for people (`teachers from Oaxaca state`): a hometown."""
    before = text[max(0, trigger - 40):trigger].rstrip()
    if before.endswith(","):
        toks = before[:-1].split()[-2:]
        if toks and toks[-1].isdigit() and len(toks[-1]) <= 3 and before[:-1].rstrip(" 0123456789").endswith(","):
            return True  # `Name, 23, from ...`
        # (a surname with an apostrophe or a hyphen too: `Bridget O'Regan, from Cobh`)
        return len(toks) == 2 and toks[0][:1].isupper() and toks[1][:1].isupper() and toks[0].isalpha() \
            and (toks[1].isalpha() or toks[1].replace("'", "").replace("\u2019", "").replace("-", "").isalpha()) \
            and not (_place_kind(toks[1]) and toks[0].casefold() not in _people_vocab()["given"]) \
            and not _place_kind(" ".join(toks))  # (a given name first: `Leslie Juarez, from` is a person)
    last = before[before.rfind(" ") + 1:]
    if (last[-1:] == "s" or last[-3:] == "ren") and last.casefold() in _hometown_people():
        return True
    if before.endswith(" of " + last):  # `leaders of thought from Ogun State`, `members of parliament from`
        owner = before[:-len(last) - 4]
        owner = owner[owner.rfind(" ") + 1:]
        if owner[-1:] == "s" and owner.casefold() in _hometown_people():
            return True
    if last in _FROM_GROUPS:
        return True  # `speaking to a group from the Kincaid School`, `a delegation from Taiwan`: where they come from
    if last[-1:] == "y" or last[-1:] == "e":
        return last.casefold() in _HOMETOWN_SINGULAR  # `a deputy from Guangdong Province`
    if last[-1:] == ")" or last[-8:] == "Congress" or last[-9:] == "Committee":
        return _member_of_from(text[max(0, trigger - 90):trigger])
    return False


def _person_from(text: str, trigger: int, name: str) -> bool:
    """`Zhao Hao from Chongqing celebrates ...`: a two-word name, `from` a place, then the
    sentence's verb (caption_verbs.txt): the person's hometown, not the picture's place."""
    if not text.startswith("from ", trigger) or trigger < 4 or text[trigger - 1] != " ":
        return False
    toks = text[max(0, trigger - 40):trigger].split()
    if len(toks) < 2:
        return False
    a, b = toks[-2], toks[-1]
    if not (a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha() and b[1:].islower()):
        return False
    j = text.find(name, trigger) + len(name)
    if j >= len(name) and text.startswith(", ", j):
        # "Matt Cuda from Verona, New York, wears ...": the town's state or country, then the verb
        e = text.find(", ", j + 2, j + 40)
        if e == -1 or not (_region(text[j + 2:e], True) or _country(text[j + 2:e])):
            return False
        j = e + 1
    if j < len(name) or not text.startswith(" ", j):
        return False
    k = text.find(" ", j + 1)
    verb = text[j + 1:k if k != -1 else len(text)]
    from .people import _vocab  # the people step owns the caption verbs
    if verb not in _vocab()["verbs"]:
        return False
    pair = f"{a} {b}"
    return not _place_kind(pair) and not _place_kind(b) and not _is_venue_name(pair)


def _after_award_noun(text: str, trigger: int, name: str) -> bool:
    """`in`/`from` at `trigger` follows an award's noun (award_words.txt: `the Nobel Prize in
    Physics`, `the man-of-the-match award from Sachin Tendulkar`) and names no place: the award's
    field or its giver."""
    k = text.rfind(" ", 0, trigger - 1)
    if text[trigger - 1:trigger] != " " or k == -1:
        return False
    if text[k + 1:trigger - 1].casefold() not in _people_vocab()["award_nouns"]:
        return False
    return not _place_kind(name) and _key(name) not in _famous()


# Lower-case words that may follow a person named after `from`/`at` (a venue's head noun may not:
# "at Sheikh Zayed Grand mosque", "at Santa Anita racetrack")
_AFTER_PERSON = frozenset(("in", "on", "during", "after", "as", "while", "and", "at", "near", "outside",
                           "before", "with", "for", "to"))


# prepositions whose object is often a person ("a medal from", "waves at", "crowd around")
_PERSON_PREPS = frozenset(("from", "at", "around"))
# offices whose holder goes by one name ("King Frederik", "Pope Leo")
_REGNAL_ROLES = frozenset(("king", "queen", "pope", "prince", "princess", "emperor", "empress", "sultan", "emir"))


def _role_then_person(word: str, name: str) -> bool:
    """`artist Jeff Wall`: a lower-case role word, then a given name opening the name."""
    v = _people_vocab()
    return word in v["roles"] and name[:name.find(" ")].casefold() in v["given"]


def _titled_person(name: str, after: str | None) -> bool:
    """`receives a medal from President Joe Biden in Washington`, `waves at Britain's King
    Charles in Sydney`: an office word, then one to three names (one only when a given name or
    after a monarch's office):
    a person after `from`/`at`, not the venue before the town."""
    if after is not None and after not in _AFTER_PERSON:
        return False
    words = name.split()
    if len(words) < 2 or len(words) > 5 or _is_venue_name(name) or _place_kind(name):
        return False
    v = _people_vocab()
    roles = v["roles"]
    for i in range(len(words) - 1):
        w = words[i]
        if w[:1].isupper() and w.rstrip(".").casefold() in roles:
            rest = words[i + 1:]
            if len(rest) > 3 or any(x.rstrip(".").casefold() in roles or not x[:1].isupper() for x in rest):
                return False
            return (len(rest) > 1 or rest[0].casefold() in v["given"] or w.casefold() in _REGNAL_ROLES) \
                and not _place_kind(" ".join(rest))
    return False



# prepositions after which a bare person's name stands where a venue would ("sits next to A B in
# Leeds", "a letter from A B in Leeds", "queues behind A B"): _plain_person
# ("at" only after a verb of looking, people's _LOOK_VERBS: "waves at A B"; "fans at Arthur Ashe in
# New York" is a stadium's short name)
_NEXT_TO_PERSON_PREPS = _PERSON_PREPS | frozenset(("next to", "beside", "behind", "under", "near"))


def _looked_at(text: str, trigger: int) -> bool:
    """`waves at` / `smiles at` before `trigger`: the one looked at is a person."""
    from .people import _LOOK_VERBS
    before = text[max(0, trigger - 20):trigger].split()
    return bool(before) and before[-1] in _LOOK_VERBS
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?")
_INITIAL_RE = re.compile(r"[A-Z]\.?")


def _plain_person(name: str, after: str | None) -> bool:
    """`sits next to Daniel Brill in Leeds`: a given name (given_names.txt), a surname (a middle
    given name or initial between them), no venue head word, not a famous venue, town or region,
    then a lower-case word a person's name may take after it: a person, not the venue before the
    town. Venues named after people keep their head noun (Arthur Ashe Stadium, John Lennon
    Airport); a third word that is no given name or initial keeps the name (Walt Disney World)."""
    if after is None or after not in _AFTER_PERSON:
        return False  # ("at Santa Marta, the Vatican": a comma after the name says nothing of a person)
    words = name.split()
    given = _people_vocab()["given"]
    if not 2 <= len(words) <= 3 or words[0].casefold() not in given:
        return False
    if len(words) == 3 and not (words[1].casefold() in given or _INITIAL_RE.fullmatch(words[1])):
        return False
    if not all(_NAME_WORD_RE.fullmatch(w) for w in (words[0], words[-1])):
        return False
    return not (_is_venue_name(name) or _has_venue_head(name) or _place_kind(name)
                or _place_kind(" ".join(words[1:])) or _not_venue(name))


_PEOPLE_VOCAB = None


def _people_vocab() -> dict:
    """The people step's tables (it owns the role and name words), imported once, not a call."""
    global _PEOPLE_VOCAB
    if _PEOPLE_VOCAB is None:
        from .people import _vocab
        _PEOPLE_VOCAB = _vocab()
    return _PEOPLE_VOCAB


# One delegate of a body: `from X` after them is where they come from.
_HOMETOWN_SINGULAR = frozenset(("deputy", "delegate", "lawmaker", "legislator"))
# collective nouns for a party of people: `from X` after one is their home, school or country
_FROM_GROUPS = frozenset(("group", "delegation", "contingent", "busload", "class", "troupe", "choir"))


def _member_of_from(before: str) -> bool:
    """`deputies to China's 12th National People's Congress (NPC) from ...`, `members of the
    CPPCC National Committee from ...`: people of a body, then `from` their province."""
    toks = before[before.rfind(",") + 1:].split()
    people = _hometown_people()
    for i in range(len(toks) - 2):
        if (toks[i + 1] == "to" or toks[i + 1] == "of") and \
                (toks[i].casefold() in people or toks[i].casefold() in _HOMETOWN_SINGULAR):
            return True
    return False


def _settlement_noun_after(text: str, end: int) -> bool:
    """`the rebel-held area of Kafr Nabl town`: a settlement noun written after the name (a
    wire-desk order) makes it a town as much as one written before it."""
    if text.startswith(" ", end):
        end += 1  # (the name's end may stand before or after its space)
    for noun in ("town", "village"):
        if text.startswith(noun, end):
            return not text[end + len(noun):end + len(noun) + 1].isalpha()
    return False


def _settlement(text: str, trigger: int, name: str, ch: _Chain) -> None:
    """`the southern Lebanese village of Khiam`, `the West Bank town of Huwara`: the name after a
    settlement noun is a town even when the tables do not know it; a demonym or a place written
    before the noun gives its country."""
    if _place_kind(name) or _is_venue_name(name) or _ABBREV_RE.fullmatch(name) or name[-2:] in _POSS:
        return  # (a possessive owns what follows: "the streets of Chile's capital", no town "Chile's")
    lead = _SETTLEMENT_LEAD_RE.search(text, max(0, trigger - 60), trigger)
    if not lead:
        return
    words = [w for w in lead.group("words").split() if w[:1].isupper()]
    if lead.group("owner"):
        words.insert(0, lead.group("owner"))
    country = region = None
    for n in (2, 1):  # "South Korean", "West Bank" before "Korean", "Bank"
        for i in range(len(words) - n + 1):
            span = _QUALIFIER_RE.sub("", " ".join(words[i:i + n]) + " ").strip()
            if not span:
                continue
            hit = _demonyms().get(_key(span))
            if hit:
                country, region = hit
            elif _country(span):
                country = _country(span)
            elif _region(span, False):
                region, country = _region(span, False)
            if country:
                break
        if country:
            break
    ch.city = _display(name)
    ch.region = ch.region or region
    ch.country = ch.country or country
    ch.known += 1


def _namesake_abroad(text: str, trigger: int, ch: _Chain) -> None:
    """`the Sicilian port of Augusta`: a town the tables place in one country, after a settlement
    noun led by another country's demonym, is that country's namesake (the demonym's country;
    its region only with the country changed, as the demonym writes it)."""
    lead = _SETTLEMENT_LEAD_RE.search(text, max(0, trigger - 40), trigger)
    if not lead or lead.group("owner"):
        return
    for word in lead.group("words").split():
        hit = _demonyms().get(_key(word)) if word[:1].isupper() else None
        if hit:
            if hit[0] != ch.country and ch.region is None:
                ch.country, ch.region = hit
            return


_OWNER_BEFORE_RE = re.compile(rf"(?P<owner>{_NAME})(?:'s|\u2019s) $")


def _owned_capital(text: str, trigger: int, name: str, ch: _Chain) -> None:
    """`Mayotte's capital Mamoudzou`: the name after a place's `capital` is its town even when
    the tables do not know it; the owner gives the country."""
    if _place_kind(name) or _ABBREV_RE.fullmatch(name):  # (a venue word may open it: Port Vila)
        return
    o = _OWNER_BEFORE_RE.search(text, max(0, trigger - 40), trigger)
    if o is None:
        return
    owner = o.group("owner")
    country = _country(owner)
    rc = None if country else _region(owner, True)
    if not (country or rc):
        return
    ch.city = _display(name)
    ch.country = ch.country or country or rc[1]
    ch.region = ch.region or (rc[0] if rc else None)
    ch.known += 1


def _verb_chains(text: str, phrases: list[_Phrase]) -> list[_Chain]:
    """`Snow covers Sapporo, Hokkaido, Japan`: a comma chain right after a verb, trusted only when
    no preposition names a place and the tables know two of its names or it names town and region."""
    out = []
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        end = m.end("name")
        if kind != "verb" or det is not None or end < 1 or not text.startswith(",", end - 1):
            continue
        # a move verb's venue, then its town or region ("departs Joint Base Andrews, Maryland,"):
        # the venue, not a town of its name
        venue_first = w in _venue_words()["move"] and _is_venue_name(name)
        ch = _read_chain(text, trigger + len(w), 0.5, venue_first, _first_segment(name, dirw, rword, m))
        if ch and (ch.known >= 2 and (ch.city or ch.region) or ch.city and ch.region
                   or venue_first and ch.venue and ch.known and (ch.city or ch.region)
                   or ch.region and ch.known and _landform(name)):
            out.append(ch)  # (a summit or moor, then its region: "crosses Ilkley Moor, West Yorkshire")
        elif ch and ch.city and ch.country and w in _STORM_VERBS and _storm_before(text, trigger):
            out.append(ch)  # "after Hurricane Maria hit Ciales, Puerto Rico": where the storm struck
    return out


_STORM_VERBS = frozenset(("hit", "hits", "struck", "strikes", "slammed", "slams", "battered", "batters",
                          "lashed", "lashes", "pounded", "pounds", "ravaged", "ravages"))


def _storm_before(text: str, trigger: int) -> bool:
    """A named storm (`Hurricane Maria`, `Typhoon Haiyan`) is the subject right before the verb."""
    words = text[trigger - 40 if trigger > 40 else 0:trigger].split()
    first = _venue_words()["event_first"]
    return len(words) >= 2 and (words[-2] in first or len(words) >= 3 and words[-3] in first)


_TO_RE = re.compile(rf" to (?=(?P<name>{_ATOMIC_NAME}),)")


def _to_chains(text: str) -> list[_Chain]:
    """`brought flooding to Pontypridd, Wales`: where a thing came to, written as a town and its
    region or country, when no other phrase places the picture."""
    out = []
    for m in _TO_RE.finditer(text):
        j = text.rfind(" ", 0, m.start())
        if text[j + 1:m.start()] in _ROUTE_WORDS or _FROM_CAP_RE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "on a train to Kyiv, Ukraine", "from Albertville to La Plagne, France": on the way
        ch = _read_chain(text, m.start("name"), 0.5, False)
        if ch and ch.city and (ch.region or ch.country) and ch.known:
            out.append(ch)
    return out


# A journey's noun before `to`: the town after it is where one goes, not where the picture is.
_ROUTE_WORDS = frozenset(("train", "trains", "flight", "flights", "plane", "bus", "buses", "way", "road", "route",
                          "trip", "journey", "ferry", "convoy", "voyage", "highway", "motorway", "pipeline",
                          "border", "corridor", "stage", "ride", "march", "drive", "path", "trek", "visit"))
_FROM_CAP_RE = re.compile(r"\bfrom (?:the |)[A-Z]")


# A street's abbreviated last word (US desks: `Pennsylvania Ave.`, `Pine Island Rd.`): never a town's.
_STREET_ABBREVIATIONS = (" Ave.", " St.", " Rd.", " Blvd.", " Hwy.", " Pkwy.", " Ln.")
# The last words of a street's name ("on Toorak Road, Camberwell": a suburb may follow it).
_STREET_HEADS = frozenset(("Road", "Street", "Avenue", "Boulevard", "Lane", "Drive", "Highway", "Parade",
                           "Terrace", "Crescent"))
# the suburb after the street's comma: one or two capitalised words, then the sentence's end or
# a comma and a preposition ("on Sydney Road, Brunswick, on Monday")
_STREET_TOWN_RE = re.compile(r", (?P<town>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)?)(?=\.(?: |$)|, (?:on|in|at|during) |$)")


_COMPASS_TAILS = (" North", " South", " East", " West")
# someone's own rooms and homes, which "his X office" places by a street or town ("his Neverland
# ranch", "her Sunnybrook farm" name the property: not here)
_OWN_ROOMS = frozenset(("office", "offices", "study", "studio", "home", "house", "apartment", "flat", "room",
                        "bedroom", "kitchen", "garage", "workshop", "residence", "condo", "loft"))


def _no_compass_tail(name: str) -> str:
    """`Park Avenue South` -> `Park Avenue`: a US street's compass part after its head."""
    return name[:name.rfind(" ")] if name.endswith(_COMPASS_TAILS) else name


def _street_named(name: str) -> bool:
    """`William Street`, `Regent Street`: a name whose last word is a street's (the word alone
    names no street: "in Parade, S.D.", "in Terrace, B.C." are towns)."""
    sp = name.rfind(" ")
    return sp > 0 and name[sp + 1:] in _STREET_HEADS


def _street_town(text: str, street: str, comma: int, trigger: int) -> _Chain | None:
    """`on Toorak Road, Camberwell.`: a named street, then a suburb the tables need not know (a
    local paper's style) -> the street as venue, the suburb as the town (its country only when
    the tables know the town)."""
    s = _STREET_TOWN_RE.match(text, comma)
    if s is None:
        return None
    town = s.group("town")
    if _country(town) or _region(town, True) or _is_venue_name(town):
        return None  # (a country or region after the street: the loose chain's reading)
    ch = _Chain(1, trigger)
    country = _city_country(town)
    if country is None and town.endswith(" City"):
        stem = town[:-5]  # "Iloilo City": the listed Iloilo, the town as written
        country = _city_country(stem) or _geo_country(stem)
    ch.venue, ch.city, ch.country = street, town, country
    return ch


def _loose_chain(text: str, ph: _Phrase) -> _Chain | None:
    """`smoke rises over Idlib, rebel-held Syria`: after over/across/around only a place the
    tables know starts a chain (so `over Trump's remarks` gives nothing)."""
    kind, w, trigger, det, dirw, name, rword, t1, t2, m = ph
    if name is None or det not in (None, "the"):
        return None
    if w in _OTHER_LANGUAGE_IN and det is None and not rword and not _place_kind(name):
        # `em Porto Velho`, `à Porto Velho`: these mean `in`; a town the world gazetteer gives
        # one country (geo_cities.tsv) is the town too, not only one of the big-city table
        country = _geo_country(name)
        if country and len(name.split()) <= 3 and not _is_venue_name(name) and not _person_words(name):
            ch = _Chain(1, trigger)
            ch.city, ch.country, ch.known = _display(name), country, 1
            return ch
    # an unknown first name needs a chain after it ("Khiam, Lebanon") that the tables know
    if not _place_kind(_owner(name)) and not text.startswith(", ", m.end("rword" if rword else "name") - 1):
        return None
    # a venue name opens the chain as its venue: "through Times Square, New York"
    ch = _read_chain(text, trigger + len(w), 1, True, _first_segment(name, dirw, rword, m))
    return ch if ch and ch.known and (ch.city or ch.region or ch.country) else None


def _after_venue(text: str, trigger: int) -> bool:
    """`St Mary Church in Sandringham`, `a naval base in San Diego`: the word before the
    preposition heads a venue, so what follows it is the town, not a second venue."""
    j = text.rfind(" ", max(0, trigger - 30), trigger - 1)
    word = text[j + 1:trigger - 1]
    words = _venue_words()
    return word in words["head"] or word in words["lower_head"]


def _weak_chains(text: str, phrases: list[_Phrase]) -> list[_Chain]:
    """`the skyline of Miami, Fla.`, `the streets of Kharkiv`: a town after any noun and `of`,
    trusted only when no other chain names a town and the tables know it or a state or
    country follows it (so `the president of France` gives nothing)."""
    out = []
    parts = _venue_words()["part"]
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        # (after a building's part, `the balcony of Imperial Palace, Kumamoto, Japan`, the name is the venue)
        ch = _read_chain(text, trigger + len(w) + 3, 0.5, w in parts, _first_segment(name, dirw, rword, m))
        if ch and ch.city and " of " in ch.city:
            head, _, town = ch.city.rpartition(" of ")
            if " and " in head and not _place_kind(head) and not _place_kind(head.rpartition(" and ")[2]):
                ch.city = town  # "the yard of Junior and Jeannette Wiginton of Hackleburg, Ala.": their town
        if ch and ch.city and det == "the" and ch.city[ch.city.rfind(" ") + 1:] in _WATER_LAST \
                and not _city_country(ch.city):
            ch.city = None  # "on the banks of the Brahmaputra River, Bangladesh": water, no town (its country stands)
        if ch and ch.city and (_city_country(ch.city) or ch.region or ch.known >= 2
                               or ch.country and ch.known and _comma_country_after(text, ch.city)):
            out.append(ch)  # ("the skyline of Wolfsburg, Germany": an unknown town, its country after it)
    return out


def _measured_from_countries(text: str, phrases: list[_Phrase]) -> list[_Chain]:
    """`in the district of al-Hindiyah east of Karbala`: the town an area is measured from is
    not the place, but a town the tables know still gives the country the area lies in."""
    out = []
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        ch = _read_chain(text, trigger + len(w) + 3, 0.5, False, _first_segment(name, dirw, rword, m))
        if ch and ch.city and ch.country and _city_country(ch.city):
            ch.city = ch.region = ch.venue = None
            out.append(ch)
    return out


@functools.cache
def _languages() -> frozenset:
    """Keys of the ISO 639-1 languages' names as pycountry gives them (`Arabic`, `Vietnamese`;
    `Modern Greek (1453-)` -> `modern greek`), beside the demonyms (`English`)."""
    import pycountry
    return frozenset(_key(l.name.split(" (")[0].split(";")[0]) for l in pycountry.languages if hasattr(l, "alpha_2"))


def _demonym_pair(name: str) -> bool:
    """`in English and Somali`, `in Arabic and French`: languages joined by `and`, no town."""
    left, _, right = name.partition(" and ")
    left, right = _key(left), _key(right)
    return (left in _demonyms() or left in _languages()) and (right in _demonyms() or right in _languages())


def _when_slot_town(text: str, phrases: list) -> bool:
    """A town the tables do not know, written plainly before the date (`at the fair in Pueblo,
    August 29, 2016`): the picture's place, where a person's `, 14, of Bayfield, Colorado,` is home."""
    scratch = Location()
    _when_town(text, phrases, scratch)
    return scratch.city is not None


# A person's age, then `of` and their town (AP style): "Maria Alvarez, 71, of Tucson, Ariz.,".
_AGE_OF_RE = re.compile(r", \d{1,3}, of (?=[A-Z])")


def _age_of_chains(text: str) -> list[_Chain]:
    """`shows Maria Alvarez, 71, of Tucson, Ariz., with her collection ... at her home`: with no
    other town written, the person's town with its state or country is the picture's place."""
    out = []
    for m in _AGE_OF_RE.finditer(text):
        ch = _read_chain(text, m.end() - 1, 0.5, False)
        if ch and ch.city and ch.known and (ch.region or ch.country) and ch.venue is None:
            out.append(ch)
    return out


def _comma_country_after(text: str, city: str) -> bool:
    """The town is written with a comma and a country's name right after it (`Wolfsburg, Germany`)."""
    i = text.find(city + ", ")
    if i == -1:
        return False
    j = i + len(city) + 2
    k = j
    while k < len(text) and (text[k].isalpha() or text[k] == " " and text[k + 1:k + 2].isupper()):
        k += 1
    return _country(text[j:k]) is not None


def _compatible(a: _Chain, b: _Chain) -> bool:
    return a.country is None or b.country is None or a.country == b.country


# --------------------------------------------------------------------------- venues


# An edition number ends an event's name, never a place's: Super Bowl LIX, Euro 2024, COP28.
_EDITION_RE = re.compile(r"[IVXLC]{2,}|(?:19|20)\d\d|[A-Z]{2,5}\d{2}")
# an edition number alone names no venue unless an acronym leads it: "at COP30 in Belem" is the summit
_ACRONYM_EDITION_RE = re.compile(r"[A-Z]{2,5}\d{2}")


# A year opens an event's name, never a place's: "attend the 2025 Vanity Fair Oscar Party".
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# a year of an era ("built in 1620 AD", "from 300 BC"): a time, no place
_ERA_YEAR_RE = re.compile(r"\d{1,4}\s*(?:AD|BC|BCE|CE|A\.D\.?|B\.C\.?)")
# A clock time read as a name: "at 9 AM in Kharkiv", "at 6 PM".
_CLOCK_RE = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:AM|PM|A\.M\.?|P\.M\.?|GMT|UTC|ET|EST|EDT|PT|PST|PDT|CET|JST|KST)")


_NOT_VENUE_MEMO: dict = {}


def _not_venue(name: str) -> bool:
    return _memoised(_NOT_VENUE_MEMO, _not_venue_of, name)


def _not_venue_of(name: str) -> bool:
    """A town, region or country, a body of water, an event, a bare abbreviation, a demonym
    (`the Russian embassy`), a holiday (`the Christmas market`), a clock time (`at 9 AM`) or a
    pair of places (`the Malaysia-China business forum`)."""
    words = _venue_words()
    last = name.split()[-1].rstrip(".")  # "the Red Sea.": a sentence end read as an abbreviation
    if _key(name) in _famous():  # Wimbledon: a district, but in a caption the tennis venue
        return False
    first = name.split(None, 1)[0]
    return bool(_place_kind(name) or last in words["water"] or _is_event(name.split()) or _is_county(name, False)
                or name in words["quarter"] or last == "Church" and _denomination(name)
                or first in words["water_first"] or _ABBREV_RE.fullmatch(name) or " of " in name and _event_of(name)
                or _EDITION_RE.fullmatch(last) and (len(name) > len(last) or _ACRONYM_EDITION_RE.fullmatch(name))
                or _not_named(name) or first[:1].isdigit() and (_CLOCK_RE.fullmatch(name) or _YEAR_RE.fullmatch(first) and first != name
                                                 or _ERA_YEAR_RE.fullmatch(name)))


@functools.cache
def _faith_words() -> frozenset:
    return frozenset(l.strip() for l in _data_lines("faith_adjectives.txt")) | {"roman"}


def _denomination(name: str) -> bool:
    """`the Catholic Church`, `the Russian Orthodox Church`, `the Anglican Church`: a church named
    only by its faith and people is the denomination, a body, not a building (a church building
    carries a name: St. Mary's Catholic Church, First Baptist Church)."""
    words = name.split()[:-1]
    faith = _faith_words()
    return bool(words) and all(w.casefold() in faith or _key(w) in _demonyms() for w in words) \
        and any(w.casefold() in faith for w in words)


def _body_of_event(text: str, venue: str) -> bool:
    """"at the General Conference of the United Methodist Church": the name after `of the` is the
    body whose event (a capitalised event word before it) the picture is at, not a building."""
    i = text.find(f" of the {venue}")
    j = text.rfind(" ", 0, i) + 1
    word = text[j:i]
    return word[:1].isupper() and word in _venue_words()["event"] and word not in _venue_words()["body"]


def _event_of(name: str) -> bool:
    """`the U.S. Open of Surfing`, `the State Opening of Parliament`: an event word before `of`."""
    last = name.split(" of ", 1)[0].rsplit(" ", 1)[-1]
    words = _venue_words()
    return last in words["event"] and last not in words["body"]


def _not_named(name: str) -> bool:
    """A demonym, a holiday or a pair of places: no venue even with a place noun after it
    (`the Ukrainian port city`, `the Christmas market`, `the Malaysia-China business forum`)."""
    return (name.split(None, 1)[0] in _venue_words()["not_venue"] or _key(name) in _demonyms()
            or _places_pair(name))


def _places_pair(name: str) -> bool:
    """`Malaysia-China`, `Indonesia-Japan`, `Sino-African`: two places joined by a hyphen name a
    relation between them (a forum, a summit, a border), not a venue."""
    if "-" not in name or " " in name:
        return False
    parts = name.split("-")
    return len(parts) > 1 and all(
        p and (_place_kind(p) or _key(p) in _demonyms() or p in ("Sino", "Indo", "Afro", "Euro")) for p in parts)


def _adjacent(text: str, end: int, chain_starts: list[int]) -> bool:
    """A chain's preposition follows the name at `end` (directly, or past a date or a dash)."""
    for c in chain_starts:
        if 0 <= c - end <= 40 and (c - end == 1 and text[end] == " "
                                   or _may_gap(text, end, c) and _GAP_RE.match(text, end, c)):
            return True
    return False


def _may_gap(text: str, end: int, c: int) -> bool:
    """Cheap test before _GAP_RE: a gap whose last mark is a period ends in a month's abbreviation
    (`on Oct.`), so a letter stands before it. A date that ends a sentence (`, July 17, 2023.`)
    is no gap, and the regex backtracks through every way to read it before it says so."""
    k = c - 1
    while k >= end and text[k].isspace():
        k -= 1
    if k < end or text[k] != ".":
        return True
    return k > end and ("a" <= text[k - 1] <= "z" or "A" <= text[k - 1] <= "Z")


# After a town: what places it by a neighbour ("in Sueca, near Valencia, Spain").
_NEAR_WORDS = (", near ", " near ", ", outside ", " outside ", ", just outside ", " just outside ",
               ", located near ", " located near ",
               ", on the outskirts of ", " on the outskirts of ", ", outskirts of ")  # (the bare `X, outskirts of Y`)
# The same in an apposition: "in Sueca, a town near Valencia", "in Irpin, a suburb of Kyiv",
# "in Shuto Orizari, a shantytown near the capital Skopje",
# "in Hostomel, a town in the Kyiv region" (not "a district of": that names a quarter of the town),
# "in Abiy Addi, a town 40 km (25 miles) north of Mekelle".
_NEAR_APPOSITION_RE = re.compile(
    r", an? (?:[a-z\-]+ ){0,2}?(?:town|village|city|suburb|hamlet|municipality|community|"
    r"settlement|port|township|shantytown|slum) (?:just |)(?:near|outside|in|(?:[a-z\-]+ |)of|"
    r"(?:about |some |around |roughly |)\d[\d.,]* ?(?:km|kilometers|kilometres|miles)(?: \([^)]{1,20}\))? (?:[a-z\-]+ |)(?:of|from)) ")


def _before_near(text: str, end: int) -> bool:
    """The name ending at `end` is followed by what places it by a neighbour."""
    return text.startswith(_NEAR_WORDS, end) or text.startswith(", a", end) and bool(
        _NEAR_APPOSITION_RE.match(text, end)) or text.startswith(", ", end) and bool(
        _OUTSKIRTS_RE.match(text, end))


# "in Douma, on the eastern outskirts of the capital Damascus", "in Bucha, northwest of the capital
# Kyiv", "in Harasta, in the suburbs of Damascus": the town's neighbour, by its edge or a direction.
_OUTSKIRTS_RE = re.compile(
    rf", (?:(?:on|in) the (?:(?:{_DIR}) |)(?:outskirts|edge|fringes|suburbs) of |(?:just |)(?:{_DIR}) of the (?:capital|city) "
    # (a country's capital by its owner: "in Kisoro, southwest of Uganda's capital Kampala")
    rf"|(?:just |)(?:{_DIR}) of [A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?['\u2019]s capital )")


def _before_person(text: str, end: int) -> bool:
    """A capitalised word (not a weekday or a month) right after the lower-case noun: the noun
    is a player's position or a role (`Miami Heat center Bam Adebayo`), not a venue's head."""
    if not text.startswith(" ", end) or not text[end + 1:end + 2].isupper():
        return False
    word = text[end + 1:end + 12].split(" ", 1)[0].rstrip(",.")
    return word[:3] not in _MONTH_PREFIXES and not word.endswith("day")


_FOR_RE = re.compile(rf" for (?:the |)(?P<name>{_ATOMIC_NAME})")


def _for_name(text: str, name: str, end: int) -> tuple[str, int]:
    """`Adrienne Arsht Center` + ` for the Performing Arts`: a venue name that goes on after `for`."""
    m = _FOR_RE.match(text, end)
    if m is None or _place_kind(m.group("name")) or m.group("name").split()[0] in _NOT_FOR_WORDS:
        return name, end
    return name + m.group(), m.end()


# Institutions whose names go on after `for` (not "leaves 10 Downing Street for Prime Minister's Questions").
_FOR_HEADS = frozenset(("Center", "Centre", "Institute", "Museum", "Hospital", "School", "Academy", "Library"))
# "the Center for ... on Monday": words after `for` that are not part of a name.
_NOT_FOR_WORDS = frozenset(_MONTH_NAMES) | frozenset(d + "day" for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"))


_VIEW_WORDS = frozenset(("view", "views", "panorama"))


def _venue_follows(phrases: list[_Phrase], n: int, end: int, view: bool = False) -> bool:
    """The phrase right after a name ending at `end` (`in the House of Lords`) names a venue;
    after a view (`a view of X`) any name after `from` does: the place the view is taken from."""
    if n >= len(phrases):
        return False
    kind, w, trigger, det, dirw, name, rword, t1 = phrases[n][:8]
    return (trigger == end + 1 and name is not None and kind == "prep" and not _place_kind(name)
            and (_is_venue_name(name) or t1 in _venue_words()["keep"] or view and w == "from" and not _not_venue(name)))


# lower-case words after "the <Name>" that make it a sports meeting named for its ground or
# town, not the place ("the Wimbledon championships", "the Augusta tournament")
_LOWER_MEETS = frozenset(("championships", "championship", "tournament", "open", "final", "finals",
                          "classic", "invitational", "meeting", "regatta", "derby"))


# first words of a part of a sports meeting, never a place's ("Game Two", "Stage 3", "Matchday 5")
_MEET_PARTS = frozenset(("Game", "Stage", "Matchday", "Gameweek"))
_MEET_INITIALS = frozenset(w[0] for w in _MEET_PARTS)  # the cheap test before the split


@functools.cache
def _person_roles() -> frozenset[str]:
    """The sport section of people's person_roles.txt (positions, coaches): such a word after a
    town makes it a team's name."""
    text = resources.files("catalog.parse.data").joinpath("person_roles.txt").read_text(encoding="utf-8")
    out, on = set(), False
    for line in text.splitlines():
        if line.startswith("# ---"):
            on = line.startswith("# --- sport")
        elif on and line.strip() and not line.startswith("#"):
            out.add(line.split("\t")[0].strip().casefold())
    return frozenset(out)


def _team_of_player(text: str, m, t1: str, t2: str | None) -> bool:
    """`Louisville defensive back Cornelius Sturghill`, `Miami coach Mario Cristobal`: a town
    followed by a lower-case role and a name is a team's name, not the picture's place."""
    roles = _person_roles()
    if t2 and t2 in roles and t1.islower():
        end = m.end("t2") - 1
    elif t1 in roles:
        end = m.end("t1") - 1
    else:
        return False
    name = m.group("name")
    if "'" in name or "\u2019" in name:
        return False  # "North Korea's official news agency": an owner, not a team
    return _before_person(text, end)


@functools.cache
def _team_nicknames() -> frozenset[str]:
    """people's team_nicknames.tsv, first column: "Mavericks", "Sox", "Wolverines"."""
    return frozenset(line.split("\t")[0].strip() for line in _data_lines("team_nicknames.tsv"))


def _team_named(name: str) -> bool:
    """`the Dallas Mavericks`: a team's name (two or more words ending in a nickname) is no venue."""
    global _NICKNAMES
    sp = name.rfind(" ")
    if sp <= 0:
        return False
    if _NICKNAMES is None:
        _NICKNAMES = _team_nicknames()  # (a global read costs less than a call into the cache)
    return name[sp + 1:] in _NICKNAMES and " of " not in name  # (the Statue of Liberty)


_NICKNAMES = None


@functools.cache
def _club_words() -> frozenset[str]:
    """team_words.txt, folded: words that mark a name as a team or club (`Club`, `FC`, `Dynamo`)."""
    return frozenset(w.casefold() for w in _data_lines("team_words.txt"))


def _club_opponent(name: str) -> bool:
    """`against Tunisia's Club Africain`, `against Dynamo Kyiv`: a name holding a team word (after
    any owner's possessive) and no other venue head is the match's opponent, not the place
    (`against the Club Stadium wall` stays a venue)."""
    own = name.rpartition("'s ")[2].rpartition("\u2019s ")[2]
    clubs, heads = _club_words(), _venue_words()["head"]
    found = False
    for word in own.split(" "):
        if word.casefold() in clubs:
            found = True
        elif word in heads:
            return False
    return found


def _has_venue_head(name: str) -> bool:
    """A venue head word in the name ("Olympic Stadium"): the name is a place whatever follows."""
    heads = _venue_words()["head"]
    return any(w in heads for w in name.split())


_RACE_RE = re.compile(r" [1-9]\d\d(?!\d|[,.:/\-]\d)")
# "Launch Complex 40", "Pier 39", "Terminal 5": a venue's last word that a number completes
_NUMBERED_HEADS = frozenset(("Complex", "Terminal", "Pad", "Pier", "Gate", "Hangar", "Berth", "Platform", "Studio",
                             "Outpost", "Camp", "Base", "Building", "Checkpoint"))  # ("Combat Outpost 402", "Camp 6")
_HEAD_NUMBER_RE = re.compile(r" [1-9]\d{0,2}[A-Z]?(?![\w\-]|[,.:/]\d)")


_REGNAL = frozenset(("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XV", "XVI", "XXIII"))


def _person_named(name: str) -> bool:
    """A venue's name that alone names a person: a saint (`Saint-Thomas-d'Aquin`, `St. Joseph`)
    or a pope or monarch by regnal number (`Paul VI`); the generic noun after it is kept."""
    if name[-2:] in _POSS or name[-1:] in ("'", "\u2019"):
        return False
    first, _, rest = name.partition(" ")
    if first[:6] in ("Saint-", "Sainte") or first in ("Saint", "St.", "St"):
        return bool(rest) or "-" in first
    return bool(rest) and name[name.rfind(" ") + 1:] in _REGNAL


_QUARTER_NOUNS = frozenset(("subdivision", "neighborhood", "neighbourhood"))
# "in the Connaught Place area of New Delhi": a part of a town named after a place in it (but
# "from Humayun Rashid Square area, just outside ...": no `the ... of TOWN`, the square itself)
_PART_OF_TOWN_NOUNS = frozenset(("area", "district", "section", "quarter", "suburb", "locality"))
_TRIBUTE_NOUNS = frozenset(("memorial", "shrine", "mural", "statue", "grave", "tomb"))
_LEAVE_VERBS = frozenset(("leave", "leaves", "leaving", "left", "depart", "departs", "departing", "departed"))
_ABBR_KEEP_RE = re.compile(r" \([A-Z]{2,6}\) (?P<keep>[a-z]+)\b")


# `during a trip to Egypt`, `on his 1961 trip to Kenya`: the trip is under way in the picture
_DURING_TRIP_RE = re.compile(r"\b(?:[Dd]uring|[Oo]n) (?:a|an|the|his|her|their|its|our)(?: [\w\-]+){0,2} $")


def _trip_ahead(text: str, trigger: int) -> bool:
    """`To Lam departs for a state visit to China`, `leaves for his visit to Japan`: a visit not
    begun when the picture was taken; where it goes is not the picture's place."""
    before = text[max(0, trigger - 40):trigger].split()
    for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
        if before[k] == "for":
            return k > 0 and before[k - 1] in _LEAVE_VERBS
    return False


def _left_for(text: str, venue: str) -> bool:
    """`leaves (the) X for Y`: the venue is the place left, so a later one (Y's) is not the picture's."""
    i = text.find(venue + " for ")
    if i < 1:
        return False
    before = text[max(0, i - 16):i].split()
    if before and before[-1] == "the":
        before.pop()
    return bool(before) and before[-1] in _LEAVE_VERBS


# the word before `to` that makes what follows a journey's goal ("on his way to", "en route to")
_GOAL_TO_WORDS = frozenset(("way", "route", "heading", "headed", "heads"))


# verbs of a leave verb's purpose: `leaves No 10 to attend PMQs at ...` goes to what follows
_PURPOSE_VERBS = frozenset(("attend", "address", "chair", "join"))


def _harm_in(text: str) -> bool:
    """Whether a [harm] word may stand in the text (a necessary condition of _harm_before: its
    noun is a whole chunk of the text, so it holds one of the stems)."""
    for stem in _venue_words()["harm_stems"]:
        if stem in text:
            return True
    return False


def _harm_before(text: str, trigger: int) -> bool:
    """A violent event's noun ([harm]) right before the preposition at `trigger`, its scene not
    named as the picture's place (`at the site of`, `at the scene of` a few words before)."""
    if trigger < 8 or text[trigger - 1] != " ":
        return False
    j = text.rfind(" ", 0, trigger - 1)
    if text[j + 1:trigger - 1] not in _venue_words()["harm"]:
        return False
    lo = j - 40 if j > 40 else 0
    return text.find("site of ", lo, j) == -1 and text.find("scene of ", lo, j) == -1


def _titled_event(text: str, venue: str) -> bool:
    """The venue is the first part of an event's title `X in Y` ended by a lower-case event noun
    ([title_event], one describing word may come first): `the Rock in Rio music festival`."""
    i = text.find(venue + " in ")
    if i == -1:
        return False
    toks = text[i + len(venue) + 4:i + len(venue) + 64].split()
    k = 0
    while k < len(toks) and k < 2 and toks[k][:1].isupper():
        k += 1
    if k == 0 or k >= len(toks):
        return False
    table = _venue_words()["title_event"]
    if toks[k].rstrip(",.;") in table:
        return True
    return toks[k].islower() and k + 1 < len(toks) and toks[k + 1].rstrip(",.;") in table


def _harm_venue(text: str, venue: str) -> bool:
    """The venue first written right after a violent event's noun and its preposition
    (`the shooting at the X`): the event's place (_harm_before)."""
    i = text.find(venue)
    if i < 10:
        return False
    if text.startswith("the ", i - 4):
        i -= 4
    j = text.rfind(" ", 0, i - 1)
    return text[j + 1:i - 1] in ("at", "in", "on") and _harm_before(text, j + 1)


def _goal_at(text: str, trigger: int) -> bool:
    """The `at` at `trigger` places the goal of a journey, not the picture: `on his way to a vote
    at the Senate`, `heading to a service at Westminster Abbey`, `leaves X for talks at Y`,
    `departs for a summit at the Kremlin`, `leaves X to attend a session at Y`, `is driven from
    X to a reception at Y`. The goal is a few words in the same clause, right before the `at`:
    an event noun of [goal_event], or a name no table knows as a place (`Prime Minister's
    Questions`); after a town (`a ship bound for Gaza at the port of Larnaca`) or a verb (`Fans
    bound for Wembley Stadium pack a platform at X`) the `at` is where the picture is."""
    lo = trigger - 60 if trigger > 60 else 0
    to = text.rfind(" to ", lo, trigger)
    fr = text.rfind(" for ", lo, trigger)
    i = to if to > fr else fr
    if i == -1 or text.count(" ", i + 1, trigger) > 6 or text.find(",", i, trigger) != -1 \
            or text.find(". ", i, trigger) != -1:
        return False  # (a goal of a few words, in the same clause)
    goal = text[i + (4 if i == to else 5):trigger].split()
    if not goal or len(goal) > 5:
        return False
    lo = i - 50 if i > 50 else 0
    before = text[lo:i].split()
    if lo and before:
        before.pop(0)  # (a word the window cut)
    if not before:
        return False
    if i == to:
        if goal[0] in _PURPOSE_VERBS and _left_before(before):
            goal = goal[1:]
        elif before[-1] not in _GOAL_TO_WORDS and not _from_name_before(before):
            return False
    elif before[-1] != "bound" and not _left_before(before):
        return False
    if not goal:
        return False
    last = goal[-1]
    if last[:1].isupper():
        name = " ".join(goal[1:] if goal[0] in _DETERMINERS or goal[0] in ("a", "an") else goal)
        return name[:1].isupper() and _place_kind(name) is None and not _is_venue_name(name)
    return last.casefold() in _venue_words()["goal_event"]


def _event_ahead(text: str, trigger: int, placed: bool) -> bool:
    """The `at` at `trigger` places an event still ahead (`ahead of a meeting at the Planalto
    Palace`, `before talks at X`), when the sentence has already put the subject somewhere else:
    `placed` (a venue written before it: `speaks at the Itamaraty Palace ahead of ...`) or an
    arrival at a place of its own (`arrives at the airport in Vilnius, ahead of a meeting at the
    Presidential Palace`). Alone, the event's place is the picture's (`pose ahead of a dinner at
    the Elysee Palace`, `Fans arrive before the game at Hard Rock Stadium`)."""
    lo = trigger - 45 if trigger > 45 else 0
    i = text.rfind(" ahead of ", lo, trigger)
    goal = text[i + 10:trigger] if i != -1 else None
    if i == -1:
        i = text.rfind(" before ", lo, trigger)
        if i == -1:
            return False
        goal = text[i + 8:trigger]
    words = goal.split()
    if not words or len(words) > 4 or "," in goal or words[-1] not in _venue_words()["goal_event"]:
        return False
    if placed:
        return True
    k = text.rfind(". ", 0, i)
    a = text.find(" arriv", k + 1, i)
    return a != -1 and text.find(" at ", a, i) != -1


# words of a journey: a `from` in their clause names where it set out (`arrives at X from Y`,
# `returns to X from Y`, `en route to X from Y`), not where the picture is
_JOURNEY_WORDS = (" arriv", " return", " route to ", " way to ")


def _from_clause(text: str, trigger: int) -> tuple[int, int]:
    """(start, end) of the clause a `from` at `trigger` closes: back to its comma or stop, at most
    80 characters (a comma right before `from` is the clause's own: `arrive in Larnaca, Cyprus,
    from Beirut`)."""
    lo = trigger - 80 if trigger > 80 else 0
    end = trigger - 2 if text.startswith(", ", trigger - 2) else trigger
    k = text.rfind(",", lo, end)
    start = k + 1 if k != -1 else lo
    k = text.rfind(". ", start, end)
    return (k + 1 if k != -1 else start), end


def _journey_from(text: str, trigger: int) -> bool:
    """The `from` at `trigger` closes a clause of a journey (_from_clause)."""
    start, end = _from_clause(text, trigger)
    for w in _JOURNEY_WORDS:
        if text.find(w, start, end) != -1:
            return True
    return False


# A move or a flight whose `from` names where the travellers set out (`immigrated to Halifax
# from Haifa`, `a jet flying him from Amman`), not where the picture is
_SET_OUT_WORDS = (" immigrat", " emigrat", " relocat", " flying ", " flew ", " flown ")


def _set_out_from(text: str, trigger: int) -> bool:
    """The town after the `from` at `trigger` is where a move or a flight set out (the words
    above in its clause), or it opens a route of place names that runs straight into `to` and a
    capitalised goal (`his move from Whitby, Ont., to Ottawa`; not a crossing: `cross the river
    from X to Y` is pictured on the way). Only a town's chain asks this: a building a walk or a
    transfer starts from is still its venue."""
    start, end = _from_clause(text, trigger)
    for w in _SET_OUT_WORDS:
        if text.find(w, start, end) != -1:
            return True
    k = text.find(" to ", trigger + 5, trigger + 70)
    if k == -1 or not text[k + 4:k + 5].isupper() or text.find(" cross", start, end) != -1:
        return False
    for word in text[trigger + 5:k].split():
        if not word[:1].isupper():
            return False
    return True


# a foreign policy's noun right before `in`: the country after it is what is debated or
# protested (`pushing for military action in Ukraine`, `his intervention in the Crimea`,
# `U.S. involvement in Iraq`), not where the picture is
_TOPIC_IN = (" military action ", " intervention ", " involvement ", " interference ", " meddling ")


def _journey_town(text: str, end: int) -> bool:
    """The capitalised name that ends at `end` is where a journey goes or set out from: after a
    goal's lead (`en route to Tel Aviv`, `bound for Calais`, `leaves X for Cape Town`) or a
    journey's `from` (`arrives at X from Kyiv`)."""
    lo = end - 70 if end > 70 else 0
    words = text[lo:end].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if k == 0 or k == len(words):
        return False
    lead = words[k - 1]
    if lead == "to":
        return k > 1 and words[k - 2] in _GOAL_TO_WORDS
    if lead == "for":
        return k > 1 and (words[k - 2] == "bound" or _left_before(words[:k - 1]))
    if lead == "from":
        return _journey_from(text, text.rfind(" from ", lo, end) + 1)
    return False


def _from_name_before(words: list[str]) -> bool:
    """The words before a `to` end with `from` and a capitalised name (`from Government
    Buildings to ...`): a route, whose `to` opens its goal."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and len(words) - k < 5:
        k -= 1
    return k < len(words) and k > 0 and words[k - 1] == "from"


def _left_before(words: list[str]) -> bool:
    """A leave verb among the last words before `for`, in the same clause (`leaves X for`)."""
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k] in _LEAVE_VERBS:
            return True
        if words[k][-1:] in ",.;":
            return False
    return False


def _quarter_named(text: str, name: str) -> bool:
    """`the Clearfield Farm subdivision`, `the Connaught Place area of New Delhi`: the name is
    written before a quarter noun, or after `the` and before a town part's noun and `of`."""
    i = text.find(name)
    if i == -1:
        return False
    after = text[i + len(name) + 1:i + len(name) + 15]
    if text[i + len(name):i + len(name) + 1] != " ":
        return False
    noun = after.split(" ", 1)[0].rstrip(",.")
    return noun in _QUARTER_NOUNS or noun in _PART_OF_TOWN_NOUNS and text.endswith("the ", 0, i) \
        and after.startswith(noun + " of ")


# Offices a desk writes before a holder's name ("House Speaker Mike Johnson", "White House Press
# Secretary Karine Jean-Pierre"): inside a would-be venue name, with a name after, a person.
_HOLDER_OFFICES = frozenset(("Speaker", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson",
                             "Minister", "Whip", "Chairman", "Chairwoman", "Leader"))


def _office_then_person(name: str) -> bool:
    """An office word inside the name, not its first word, with two words or more after it."""
    if name.count(" ") < 3:  # (a cheap test first: most venues have fewer than four words)
        return False
    words = name.split(" ")
    for i in range(1, len(words) - 2):
        if words[i] in _HOLDER_OFFICES:
            return True
    return False


def _legislature_part(name: str, head: str) -> bool:
    """A state's or a province's House and its floor or chamber: "the Alaska House floor" is the
    room where that House sits, where "Alaska House" alone reads as a house's name (not "the
    Opera House floor")."""
    if name == "House":  # the US House's own: "the House chamber" as "the Senate chamber"
        return head == " chamber"
    return head[1:] in _SITTING_WORDS and name.endswith(" House") and _region(name[:-6], False) is not None


_SITTING_WORDS = frozenset(("floor", "chamber"))
# the parts of the US House written with its bare name ("the House floor", "the House steps")
_HOUSE_PARTS = frozenset(("floor", "chamber", "steps", "gallery", "galleries"))


# lower-case nouns for a body's seat: before `of NAME` they make the whole phrase the venue
_SEAT_WORDS = frozenset(("headquarters", "offices"))
# the prepositions that set the picture at such a seat ("at the headquarters of ...")
_SEAT_PREPS = ("at the ", "outside the ", "inside the ", "in the ", "near the ", "in front of the ")


def _seat_at(text: str, trigger: int) -> bool:
    """The seat word at `trigger` (in " " + text) comes after a preposition of place and `the`."""
    return text.endswith(_SEAT_PREPS, max(0, trigger - 20), trigger)


# Heads of a structure that is one building by its name: a "building" after it only describes
# ("the International Airport building", "the Central Station building"), where after a body's
# name (Justice Ministry, Supreme Court) the noun makes the place.
_STRUCTURE_HEADS = frozenset(("Airport", "Station", "Terminal", "Stadium", "Arena", "Tower"))


# a picture's noun before `from`: "this image from X", "video from X": X supplied it
_PICTURE_NOUNS = ("image ", "images ", "video ", "footage ", "frame ", "still ", "screenshot ", "screen grab ")


# a person's side in brackets after a name: " (centre)", " (L)", " (2nd R)", " (left)"
_SIDE_BRACKET_RE = re.compile(r" \((?:[LRC]|left|right|cent(?:re|er)|(?:\d(?:st|nd|rd|th)|second|third) (?:[LR]|left|right))\)", re.I)


# Nouns and verbs of protest: what stands after `against` up to three words later is their target
_PROTEST_WORDS = frozenset(("protest", "protests", "protested", "protesting", "strike", "strikes", "rally", "rallies",
                            "demonstration", "demonstrations", "demonstrate", "demonstrated", "demonstrating",
                            "march", "marches", "marched", "marching", "campaign", "campaigns", "campaigning"))


def _protest_target(text: str, end: int) -> bool:
    """The name after `end` is a protest's target: in its clause (no comma or stop between), up to
    six words before it, `against` follows a word of protest within three words (`a strike against
    Newmont's proposed $4.8 billion Conga gold mine`, `protest in Lima against the X`)."""
    lo = max(0, end - 80)
    i = text.rfind(" against ", lo, end)
    if i == -1 or text.find(",", i, end) != -1 or text.find(". ", i, end) != -1 or text.count(" ", i + 8, end) > 6:
        return False
    return any(w in _PROTEST_WORDS for w in text[max(0, i - 40):i].split()[-3:])


def _venue(text: str, phrases: list[_Phrase], chain_starts: list[int]) -> str | None:
    """The best venue phrase: strong names first, then names written just before the town."""
    words = _venue_words()
    keep, lower_head, part_words = words["keep"], words["lower_head"], words["part"]
    named_first = words["named_first"]
    best = None
    chain_starts = chain_starts + [len(text)]
    quoting = '"' in text or "\u201c" in text
    titles = _quoted_titles(text) if quoting else ()
    who = " who " in text  # (a relative clause about a person's past: looked at only where one may be)
    harm = _harm_in(text)  # (most captions name no violent event: _harm_before is skipped)
    for n, (kind, w, trigger, det, dirw, name, rword, t1, t2, m) in enumerate(phrases):
        if name is None:
            continue
        if t1 is None and " " not in name and name.casefold() in _not_town_tables()[1]:
            continue  # "one of the biggest markets in Europe": a continent (or a faith), no venue
        if titles and _inside_spans(titles, trigger):
            continue  # his book "A Week in the White House": a work's title, no place
        if quoting and kind == "prep" and _inside_quoted_name(text, trigger):
            continue  # the "Music in the Park" stage: a name's words, no venue
        if w == "at" and kind == "prep" and (_goal_at(text, trigger) or _event_ahead(text, trigger, best is not None)):
            continue  # "steps out of No 10 on his way to PMQs at the Houses of Parliament": the goal's place
        if w == "from" and kind == "prep" and (_hometown_from(text, trigger) or _person_from(text, trigger, name)
                                               or text.endswith(_PICTURE_NOUNS, max(0, trigger - 12), trigger)
                                               or _journey_from(text, trigger)):
            continue  # "deputies from Guangdong Province": where they come from, no venue ("this image
            # from House Television shows": the feed the picture came from; "returns to the Vatican
            # from Castel Gandolfo": where the journey set out)
        if w in _PERSON_PREPS and kind == "prep" and det is None and _titled_person(name, t1):
            continue  # "waves at Britain's King Charles in Sydney": a person, no venue
        if t2 is not None and (t2 == "city" or t2 == "town" or t2 == "village") and t1 is not None \
                and text.startswith(" of ", m.end("t2") - 1):
            continue  # "across South Africa's port city of Durban": lower-case words that describe the
            # town named after them (read by the chain), no venue
        if (w == "in" or w == "from") and kind == "prep" and det is None and _after_award_noun(text, trigger, name):
            continue  # "the Nobel Prize in Chemistry": the award's field; "the award from Sachin
            # Tendulkar": who hands it over; no venue
        if w in _NEXT_TO_PERSON_PREPS and kind == "prep" and det is None and _plain_person(name, t1) \
                and (w != "at" or _looked_at(text, trigger)):
            continue  # "sits next to Daniel Brill in Leeds": a person's name, no venue
        if who and kind == "prep" and (w == "at" or w == "in") and _in_who_clause(text, trigger + len(w)):
            continue  # "a violinist who trained at Juilliard": the person's past, not the picture's venue
        if t1 in _QUARTER_NOUNS or t1 in _PART_OF_TOWN_NOUNS and det == "the" and text.startswith(" of ", m.end("t1") - 1):
            continue  # "in the Clearfield Farm subdivision", "the Connaught Place area of New Delhi": a
            # neighbourhood's name, no venue
        if t1 in _TRIBUTE_NOUNS and det == "the" and _person_words(name):
            continue  # "above the George Floyd memorial": a person's tribute in lower case, no named venue
        if det is not None and det != "the" and t1 in _OWN_ROOMS and _key(name) not in _famous() \
                and (not _is_venue_name(name) or _street_named(_no_compass_tail(name))):
            continue  # "in his Park Avenue South office", "at her Malibu beach house": someone's own
            # room or house, placed by its street or town, no named venue (but "at his Mar-a-Lago estate")
        if kind == "verb" and w == "against" and det is None and _club_opponent(name):
            continue  # "a match against Tunisia's Club Africain at Cairo stadium": the opponent, no venue
        if kind == "verb" and _protest_target(text, trigger + len(w) + 1):
            continue  # "a strike against Newmont's proposed Conga gold mine": the protest's target, not its place
        if kind == "verb" and name.count(" ") in (1, 2) and _role_then_person(w, name):
            continue  # "renowned artist Jeff Wall at the gallery": a role word, then a person (no verb)
        if kind == "verb" and t1 is not None and name[-2:] in _POSS and w in _people_vocab()["roles"] \
                and w not in _people_vocab()["verbs"] and not _place_kind(name[:-2]):
            continue  # "outside candidate Bassirou Diomaye Faye's headquarters": a role word, then a
            # person's lower-case place, no named venue (but "former president Trump's Mar-a-Lago estate")
        # positions: the scan ran over " " + text
        # "Kisii School grounds", "the Reichstag building" keep their noun; "the Prime Minister's office"
        # is generic; a famous house's "estate" is its land, no organisation's seat: it only describes
        # the house (the Mar-a-Lago estate, the Chequers estate)
        kept = t1 in keep and not ((t1 in part_words or t1 == "estate" and _key(name) in _famous())
                                   and _is_venue_name(name)) and not (t1 == "office" and name.endswith(_POSS)) \
            and not (t1 == "building" and name[name.rfind(" ") + 1:] in _STRUCTURE_HEADS)
        described = False
        head = _named_head_re().match(text, m.end("name") - 1) if t1 in named_first else None
        if t1 == "floor" and not _legislature_part(name, " floor"):
            head = None  # a floor is the venue only of a state's House ("the Ohio House floor")
        if name[:4] == "The " and name.count(" ") > 1:
            name = name[4:]  # Getty's "at The Royal Festival Hall" (but "The O2", "The Shard" stay)
        if name[-1:] == "." and (name[name.rfind(" ") + 1:-1] in words["head"] or _acronym_end(name)):
            name = name[:-1]  # "at the Kakhovka Dam.": the sentence's period, read as an abbreviation's
            # (so in "at the MCG.": a venue's initials written without periods)

        if det and t1 in _LOWER_MEETS and not head and not _has_venue_head(name) \
                or name[:1] in _MEET_INITIALS and name.split(" ", 1)[0] in _MEET_PARTS or _team_named(name):
            continue  # "at the Wimbledon championships", "in Game Seven": a meeting or a part of one
        if harm and kind == "prep" and (w == "at" or w == "in" or w == "on") and _harm_before(text, trigger):
            continue  # "a vigil for the victims of the shooting at X High School": the event's place
        if kind == "prep" and (w == "on" or w == "in") and name[name.rfind(" ") + 1:] in words["land"] \
                and not head and t1 not in keep:
            continue  # "on Pine Island in Lee County": an island is land, no venue (but "at Coney Island")
        abbr = _ABBR_KEEP_RE.match(text, _name_end(m) - 1) if t1 is None and det and text.startswith(
            " (", _name_end(m) - 1) else None
        if abbr is not None and abbr.group("keep") in keep:
            # "at the World Health Organization (WHO) headquarters": the name's initials, then the kept noun
            name, end, kept = name + abbr.group(), abbr.end(), True
        elif name == "House" and t1 in _HOUSE_PARTS:
            name, end, kept = f"House {t1}", m.end("t1") - 1, True  # "on the House steps": the US House's, not a house's
        elif head:
            if _not_named(name) or name.rsplit(" ", 1)[-1] in words["water"]:
                continue  # "the Ukrainian port city of Odesa", "the Red Sea port of Hodeidah"
            if _event_after(text, head.end()):
                continue  # "the victims of the Chardon High school shootings": an event named by the place
            if _is_venue_name(name) and not head.group().endswith((" station", " school")) \
                    and not (head.group().endswith(" market") and _street_named(name)) \
                    and not _legislature_part(name, head.group()):
                # "Maracana stadium": the name is the venue, the noun describes (but "Union
                # Square station" is a stop named after the square, another place; "the Plaza
                # Towers elementary school" is a school named after the place, not the place)
                described, end = True, head.end()
            else:  # "Rafah crossing", "Jenin refugee camp": the noun makes the place a venue
                kept, end = True, head.end()
                name = name + head.group()
        elif kept:
            name, end = f"{name} {t1}", m.end("t1") - 1
        elif t2 in lower_head and t1 not in _NOT_VERBS and t1 not in _PREPS:
            # "Casa Rosada presidential palace": words dropped (but "escort Gen. X to court", "walk
            # Y to school": a preposition, no describing word, and the name is the verb's object)
            described, end = True, m.end("t2") - 1
        elif t1 in lower_head and name in words["adjective_name"]:
            name, end = f"{name} {t1}", m.end("t1") - 1  # "the Presidential palace": no name but the adjective
        elif t1 in lower_head and _person_named(name):
            name, end = f"{name} {t1}", m.end("t1") - 1  # "the Paul VI hall": a saint or a pope alone is a person
        elif t1 in lower_head:
            described, end = True, m.end("t1") - 1
            if _before_person(text, end):
                continue  # "past Miami Heat center Bam Adebayo": a team, then a position word
        else:
            end = _name_end(m) - 1
        if kept and name[:4] == "The " and name[-1:].islower():
            name = name[4:]  # Getty's "at The Shatila refugee camp": the article, capital as Getty writes it
        if described and name[name.rfind(" ") + 1:] in _OFFICE_LAST:
            continue  # "at the Prime Minister residence": an office holder's house, named by no name
        if described and (name[-2:] in ("'s", "\u2019s") or name[-1:] in ("'", "\u2019")):
            # "Mexico City's main square, the Zocalo": a town's descriptor, its name after it
            m2 = _OWNED_NAME.match(text, end)
            if m2 is None or not _is_venue_name(m2.group(1)):
                continue
            name, end = f"{name} {m2.group(1)}", m2.end(1)
        if text.startswith(" ", end) and text[end + 1:end + 2].isdigit() and name[name.rfind(" ") + 1:] in _NUMBERED_HEADS:
            d = _HEAD_NUMBER_RE.match(text, end)
            if d is not None:
                name, end = name + d.group(), d.end()  # "Launch Complex 40", "Pier 39": the number is the name's
        if text.startswith(" ", end) and text[end + 1:end + 2].isdigit() and _RACE_RE.match(text, end):
            continue  # "the Daytona 500", "the Coca-Cola 600": a race named by its length (a numbered
            # head took its number first: "Combat Outpost 402")
        if text.startswith(" for ", end) and name.split()[-1] in _FOR_HEADS:
            name, end = _for_name(text, name, end)  # "Kennedy Center for the Performing Arts"
        seat = kind == "part" and w in _SEAT_WORDS and not (kept or described or head) \
            and _seat_at(text, trigger) and not _place_kind(name)
        if seat:
            # "at the headquarters of Taxi Verts": the body's seat, the schema's `NATO headquarters`
            # written with `of` (but "The headquarters of X is pictured": the subject, no venue;
            # the body's name may end in an event word: "of the Nationalist Party")
            name, kept, end = f"{w} of {det + ' ' if det else ''}{name}", True, _name_end(m) - 1
        elif kind == "part" and w not in part_words and not (head and (kept or described)):
            continue  # "the towers of the Kursk nuclear power plant", "the opening concert of the
            # Elbphilharmonie concert hall": a named head after any `of`
        body = (det == "the" and w in _BODY_PREPS and kind == "prep"
                and (name[name.rfind(" ") + 1:] in words["institution"] or " of " in name) and _body_building(name, t1))
        if not body and not seat and _not_venue(name) or t1 in _CHAIN_PARTS and not kept and not _is_venue_name(name):
            continue  # "the southern Indian state of Kerala": an adjective before a town word
        strong = kept or described or _is_venue_name(name) or body and (
            w != "at" or text.endswith(_ARRIVAL_WORDS, 0, trigger))  # "arrives at the Ministry of X"
        if not strong and kind == "part" and w == "grounds" and det is None and (t1 is None or t1 in _TOWN_PREPS) \
                and not _place_kind(name) \
                and (t1 is not None or not _geo_country(name)):
            strong = True  # "in the grounds of Broadlands", "of Highgrove": a house's grounds, named by the house
            # (a name the town table holds too is the house when the place follows: "of Broadlands in southern England")
        # the adjacency test only where it can decide: a weak name needs it, after a bare `on`
        # not even that; a verb's strong name needs it unless the verb is one of movement
        if kind == "prep" and w == "at" and text.startswith(" on ", end) and _famous_host(text[end:], "") is not None:
            return name  # "at Grubb's Pharmacy on Capitol Hill": the place, then the famous quarter it stands in
        if not strong and (kind != "prep" or w == "on" and not det):
            continue  # "on New Year Day": after a bare `on` only a named venue counts
        if kept and t1 in _SITTING_WORDS and text.startswith(" at the ", end):
            continue  # Getty's "in the House chamber at the U.S. Capitol": the building it is in names the place
        if text.startswith(" (", end) and _SIDE_BRACKET_RE.match(text, end):
            continue  # "chairperson of the ANC in KwaZulu-Natal Siboniso Duma (centre)": a person's name,
            # then the side the person stands on, no venue
        adjacent = _adjacent(text, end, chain_starts)
        if kind == "verb" and ((w in _VENUE_ADJECTIVES or w in _COLOUR_ADJECTIVES)
                               and (_after_prep_the(text, trigger) or _after_owner(phrases, n, w)
                                    or _after_prep_the_adjective(text, trigger))
                               or w in _NEW_ADJECTIVES and _after_prep_the(text, trigger)
                               or w[-2:] == "ed" and _participle_after_the(text, trigger)):
            kind = "prep"  # "at the oldest Al-Masfi mosque, which ...": an adjective, not a verb
        if kind == "verb" and not (adjacent or w in words["move"] or w in _CARRIED_WORDS or w in _GOAL_WORDS
                                   or strong and end == len(text) - 1 and text[end] == "."):
            continue  # (a named venue closing the text is the verb's place: "inspect the damaged Kakhovka Dam.")
        if kind == "verb" and (name == "Congress" or name[-9:] == " Congress") and w not in words["move"]:
            continue  # "meets to elect a speaker and convene the 118th Congress in Washington": the body, no building
        if kind == "verb" and t1 == "for" and strong and w in _LEAVE_VERBS:
            return name  # "leaves 10 Downing Street for PMQs in the House of Commons": the place left, not the goal
        if not strong and (not adjacent or w == "in" and not det and kind == "prep" and _town_follows(text, end)
                           and not name.endswith(_SETTLEMENT_HEADS)):
            continue  # "in Sham Shui Po in Hong Kong", "in Harlem in New York": after a bare `in`
            # a name with no venue word, then its town, is a quarter of the town (but Xinhua's
            # "in Jiangping Village in Wuzhuan Township of ...": the village, read below)
        if not strong and (det is None and (w == "near" or w == "outside") or w == "in" and _before_near(text, end)):
            continue  # "in Sueca, near Valencia", "near Kozhikode in Kerala": towns, not venues
        view = kind == "part" and w in _VIEW_WORDS
        if (not strong or kind == "verb" or view) and adjacent and _venue_follows(phrases, n + 1, end, view):
            continue  # "at the State Opening of Parliament in the House of Lords": the venue follows
            # ("addresses the General Assembly at United Nations headquarters": a verb's object;
            # "a view of the Eiffel Tower from the Trocadero": the view is taken from the second)
        if adjacent and not strong and best is not None and w == "in" and det is None:
            continue  # "flies over Metropolitan Park during the X Festival in Leon, state of ...": after a
            # named venue, a bare `in` and a name with no venue word is the town
        if adjacent:
            return name  # the best a phrase can score: nothing later beats it
        if strong and kind == "prep" and w in _AT_PREPS and text.startswith(" near ", end):
            return name  # "at the Farragut North station near the White House": the place, then a landmark beside it
        if strong and kind == "prep" and text.startswith(" on ", end) and _on_road_before_town(
                text, phrases, n + 1, end, chain_starts):
            return name  # "at the Vince Lombardi service area on the New Jersey Turnpike in Ridgefield"
        score = 1 if kind == "verb" else 2
        if best is None or score > best[0] and not _SENTENCE_END_RE.search(text, best[2], trigger):
            best = (score, name, end)  # (not a later sentence's: "departs St Paul's Cathedral, London ... . She
            # arrived for a service at St. Paul's Cathedral": the picture's place is the first sentence's)
    return best[1] if best else None


# "the House floor of the Capitol", "the West Front lawn of the Capitol", "the Ohio Clock Corridor
# in the Capitol", "the rotunda of the Capitol": a named part or room of a famous building.
_FAMOUS_AFTER_RE = re.compile(r" (of|in) the ((?:U\.S\. |US )?[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})")
# a named part before `of the FAMOUS`: capitalised words, perhaps one lower-case part word ("House floor")
_NAMED_PART_RE = re.compile(r"(?:^|[^\w])the ((?:(?:[A-Z][\w\-\u2019']*|of) )*[A-Z][\w\-\u2019']*)( [a-z]+)?$")
# a lower-case room word before `of the FAMOUS`, kept when "FAMOUS Room" is itself famous ("Capitol Rotunda")
_LOWER_PART_RE = re.compile(r"(?:^|[^\w])the ([a-z]+)$")
# `the state Capitol`: a US state's house, as the statehouse papers write it (venue `Capitol`)
_STATE_CAPITOL_RE = re.compile(r"\bthe (state [Cc]apitol)\b(?! of\b)")


def _part_of_famous(text: str, loc) -> None:
    """Grow the venue to the smaller named place a famous building holds, or name a US state's
    capitol (`at the state Capitol`)."""
    if (loc.venue is None or loc.venue == "Capitol") and "state " in text:
        m = _STATE_CAPITOL_RE.search(text)
        if m is not None:
            loc.venue = "Capitol"  # ("state" only describes it, as in "Casa Rosada presidential palace")
            loc.country = loc.country or "United States"
            return
    at = text.find(" the ")  # (each ` the ` after ` of`/` in` matched where it stands: the regex's
    while at != -1:          # search tried every space of the text)
        m = _FAMOUS_AFTER_RE.match(text, at - 3) if text.endswith((" of", " in"), 0, at) else None
        at = text.find(" the ", at + 5)
        if m is None:
            continue
        famous = m.group(2)
        hit = _famous().get(_key(famous))
        while hit is None and " " in famous:  # "the Capitol in Washington" read as "Capitol"
            famous = famous.rsplit(" ", 1)[0]
            hit = _famous().get(_key(famous))
        if hit is None:
            continue
        before = text[max(0, m.start() - 60):m.start()]
        part = None
        if m.group(1) == "of":
            low = _LOWER_PART_RE.search(before)
            if low is not None:
                if _key(f"{famous} {low.group(1)}") in _famous():
                    part = f"{low.group(1)} of the {famous}"  # "the rotunda of the Capitol"
            else:
                named = _NAMED_PART_RE.search(before)
                if named is not None and (named.group(2) is None or named.group(2)[1:] in _venue_words()["part"]
                                         or named.group(2)[1:] in _venue_words()["lower_head"]):
                    part = before[named.start(1):] + f" of the {famous}"
        else:
            named = _NAMED_PART_RE.search(before)
            if named is not None and named.group(2) is None and named.group(1).rpartition(" ")[2] in _venue_words()["room"]:
                part = named.group(1)  # "the Ohio Clock Corridor in the Capitol"
        if part is None:
            continue
        if loc.venue is None or loc.venue == famous or part.startswith(loc.venue) or loc.venue in part:
            loc.venue = part
            if hit[1] and loc.country is None:
                loc.country = hit[1]
        return


def _near_landmark(text: str, venue: str, landmark: str) -> bool:
    """`at the Farragut North station near the White House`: the chain read the landmark after
    ` near `; the venue written right before it (its generic noun between) is where the picture is."""
    i = text.find(venue)
    j = text.find(" near ", i + len(venue), i + len(venue) + 24) if i != -1 else -1
    if j == -1 or not text[i + len(venue):j].replace(" ", "").islower() and j > i + len(venue):
        return False  # (lower-case words between: "the Union Station bus stop near ...")
    i = j + 6
    return text.startswith(landmark, i + 4 if text.startswith("the ", i) else i)


# prepositions that put the picture at a place (a venue after them, then ` near `, beats the landmark)
_AT_PREPS = frozenset(("at", "inside", "outside", "in front of"))


def _caps_tail(name: str) -> str:
    """A byline in capitals run on after a venue's name with no mark between (`the Palace of
    Westminster SERGEANT ROBERT WEIDEMAN`): two words or more in capitals after a word that is not
    are cut (one is kept: `Estadio BBVA`, `Stade Mohammed V`)."""
    words = name.split(" ")
    k = len(words)
    while k > 1 and len(words[k - 1]) > 1 and words[k - 1].isalpha() and words[k - 1].isupper():
        k -= 1
    if len(words) - k < 2 or words[k - 1].isupper():
        return name
    return " ".join(words[:k])


# Abbreviations a place name holds with their period (beside the states', read from their tables).
_NAME_ABBREVIATIONS = frozenset(_data_lines("name_abbreviations.txt"))


def _sentence_cut(name: str) -> str:
    """A name read across a sentence's end, its last word's period taken for an abbreviation's:
    `Metropolitan Museum of Art.` -> `Metropolitan Museum of Art`, `Estadio da Luz. Crouch` ->
    `Estadio da Luz`, `Stade Mohammed V.` (a regnal number) -> `Stade Mohammed V`; an abbreviation
    (`St.`, `Ga.`, `U.S.`, `Ont.`) or an initial before a name (`John F. Kennedy`) stays."""
    words = name.split(" ")
    for i, w in enumerate(words):
        if w[-1:] != "." or i == 0:
            continue
        stem = w[:-1]
        last = i == len(words) - 1
        if "." in stem or not stem.isalpha() or stem in _NAME_ABBREVIATIONS or stem in _LONG_ABBR_WORDS \
                or _us_states().get(_key(stem)) or _region_abbreviations().get(_key(w)):
            continue
        if len(stem) == 1 and not (last and stem in "IVX"):
            continue  # an initial (`John F. Kennedy`)
        return " ".join(words[:i] + [stem])
    return name


def _event_after(text: str, i: int) -> bool:
    """A lower-case event word follows at `i` (` shootings`, ` attack`): the phrase before it
    names an event, not the picture's place."""
    if not text.startswith(" ", i) or not text[i + 1:i + 2].islower():
        return False
    j = i + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    word, events = text[i + 1:j].capitalize(), _venue_words()["event"]
    return word in events or word[-1:] == "s" and word[:-1] in events  # (`shootings`)


def _acronym_end(name: str) -> bool:
    """`MCG.`, `the SCG.`: a name ending in two or more capitals with no period of their own, then
    the sentence's period (not `D.C.`, `U.S.`, nor `St.`)."""
    last = name[name.rfind(" ") + 1:-1]
    return len(last) >= 2 and "." not in last and last.isupper() and last.isalpha()


# A sports ground's head noun some captions add to the ground's bare famous name (Anfield, Wembley).
_GROUND_HEADS = (" Stadium", " Arena", " Racecourse")


def _famous_front(venue: str):
    """A part of a famous place named after it (`Royal Exhibition Building Dome Promenade`,
    `Sydney Opera House forecourt`): the longest opening of two words or more the table knows."""
    words = venue.split()
    for n in range(len(words) - 1, 1, -1):
        hit = _famous().get(_key(" ".join(words[:n])))
        if hit is not None:
            return hit
    return None


def _on_road_before_town(text: str, phrases: list, n: int, end: int, chain_starts: list[int]) -> bool:
    """The phrase after a venue is `on (the) X` right after it, and X is written just before
    the town: the venue stands on X (a road, a campus), and is the smaller place."""
    if n >= len(phrases):
        return False
    kind, w, trigger, det, dirw, name, rword, t1, t2, m = phrases[n]
    if w != "on" or kind != "prep" or name is None:
        return False
    if not (text.startswith(" on the " + name, end) or text.startswith(" on " + name, end)):
        return False
    return _adjacent(text, _name_end(m) - 1, chain_starts)


# the last word of an office holder's title: "the Prime Minister residence" names no venue
_OFFICE_LAST = frozenset(("Minister", "President", "Governor", "Mayor", "Chancellor", "Premier"))


def _town_follows(text: str, end: int) -> bool:
    """` in Hong Kong`, `, Bangkok`: a capitalised name follows straight after `end`."""
    if text.startswith(" in ", end):
        j = end + 4
    elif text.startswith(", ", end):
        j = end + 2
    else:
        return False
    return j < len(text) and _is_capital(text[j])


# Arriving at a body is arriving at its building ("arrives at the Ministry of Finance"), where
# "works at the Ministry" names an employer.
_ARRIVAL_WORDS = ("arrives ", "arrive ", "arrived ", "arriving ")


# Where a body's name names its building: "outside the Legislative Council", "at the Justice
# Department in Washington" (after `at` only when a town follows, as any weak name).
_BODY_PREPS = frozenset(("at", "outside", "in front of", "inside", "near", "opposite"))


def _body_building(name: str, t1: str | None) -> bool:
    """A body's name (`Central Electoral Bureau`, `Ministry of Foreign Affairs`) after a spatial
    preposition and `the`: the body's building is the venue, unless an event noun follows
    (`outside the Security Council meeting`) or the name is a place or a demonym."""
    nucleus = name.split(" of ", 1)[0]
    sp = nucleus.rfind(" ")
    if sp < 0 and nucleus == name:
        return False  # "at the Council": a bare body word
    if nucleus[sp + 1:] not in _venue_words()["institution"]:
        return False
    if t1 is not None and (t1 == "office" or t1.capitalize() in _venue_words()["event"]):
        return False  # "the Security Council meeting"; "the Election Commission office" is no name
    return not (_place_kind(name) or _not_named(name))


# the name after a town's possessive descriptor ("Mexico City's main square, the Zocalo")
_OWNED_NAME = re.compile(r",?\s+(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+(?:de\s+|del\s+|of\s+)?[A-Z][\w'\u2019-]+){0,3})")


# Adjectives written between `at the` and a venue's name ("at the historic Umayyad Mosque", "at the
# damaged Al-Ahli Hospital"), which the phrase scan reads as the verb before the name.
_VENUE_ADJECTIVES = frozenset(("oldest", "old", "historic", "ancient", "famous", "iconic", "landmark", "main",
                               "largest", "biggest", "holy", "sacred", "revered", "damaged", "destroyed",
                               "bombed", "besieged", "shelled", "burned", "burnt", "ruined", "partially",
                               "legendary", "famed", "storied", "renowned", "venerable", "historical"))
# ... and, only straight after `at the` (not after an owner: "Capital Transit's new X Center was
# underway ... on Y Road"), the building's newness: "at the new PoCo Recreation Complex"
_NEW_ADJECTIVES = frozenset(("new", "renovated", "refurbished", "restored"))
_PREP_THE = tuple(f" {p} the " for p in ("at", "in", "inside", "outside", "near", "from", "on", "atop")) + tuple(
    f"{p} the " for p in ("At", "In", "Inside", "Outside", "Near", "From", "On", "Atop"))
# a building's colour, after `at the` or another adjective: "atop the old red Dallas County Courthouse"
_COLOUR_ADJECTIVES = frozenset(("red", "white", "black", "blue", "green", "yellow", "pink", "grey", "gray", "brown",
                                "golden", "gilded", "whitewashed"))


def _after_owner(phrases: list, n: int, w: str) -> bool:
    """`in Aleppo's main Saadallah al-Jabari Square`: the adjective at phrase `n` follows a town's
    possessive read after a preposition (the phrase before, whose next word it is)."""
    if n == 0:
        return False
    before = phrases[n - 1]
    return before[0] == "prep" and before[7] == w and before[5] is not None and before[5].endswith(_POSS)


def _after_prep_the(text: str, trigger: int) -> bool:
    """`at the ` (or `in the `, ...) stands right before the word at `trigger`."""
    return text.endswith(_PREP_THE, max(0, trigger - 14), trigger)  # (` outside the `: 13 characters)


def _after_prep_the_adjective(text: str, trigger: int) -> bool:
    """`at the historic old X`, `atop the old red X`: one more venue adjective between `at the`
    and the adjective at `trigger`."""
    before = text[max(0, trigger - 16):trigger - 1]
    prev = before.rpartition(" ")[2]
    return (prev in _VENUE_ADJECTIVES or prev in _COLOUR_ADJECTIVES) and _after_prep_the(text, trigger - 1 - len(prev))


_ADVERB_THE_RE = re.compile(r"(?:at|in|inside|outside|near|from|on|At|In|Inside|Outside|Near|From|On) the (?:[a-z]+ly |)$")


def _participle_after_the(text: str, trigger: int) -> bool:
    """`at the partially collapsed Carola Bridge`, `at the newly renovated X Stadium`: a participle
    (after an adverb or none) between `at the` and a name describes the venue; it is no verb."""
    return _ADVERB_THE_RE.search(text, max(0, trigger - 28), trigger) is not None


# A field and the stadium around it, named as one by a sponsor: "GEHA Field at Arrowhead Stadium".
_FIELD_HEADS = frozenset(("Field", "Stadium"))


def _inner_venue(text: str, inner: str, outer: str) -> str | None:
    """`the Oval Office at the White House`, `Centre Court at the All England Club`, `the Ellipse
    near the White House`: the venue written first stands inside (or beside) the one after it,
    and is where the picture was taken; a field and its stadium joined with no article (`GEHA
    Field at Arrowhead Stadium`) are one name."""
    if not _is_venue_name(inner):
        return None  # "arrive in COP29 at Baku Olympic Stadium": an event, then its venue
    i = text.find(f"{inner} at {outer}")
    if i != -1 and {inner.split()[-1], outer.split()[-1]} == _FIELD_HEADS:
        return f"{inner} at {outer}"
    if i == -1:
        i = next((j for j in (text.find(f"{inner}{w}{outer}") for w in _WITHIN_WORDS) if j != -1), -1)
    if i == -1 and " during " in text:  # "at Rod Laver Arena during the Australian Open at Melbourne Park"
        i = text.find(inner)
        k = text.find(outer, i + len(inner)) if i != -1 else -1
        if k == -1 or not _DURING_RE.fullmatch(text, i + len(inner), k):
            return None
    # only a place the picture is in: not "Pilgrims circle the Kaaba at the Grand Mosque"
    return inner if i > 0 and text[max(0, i - 12):i].endswith(_IN_WORDS) else None


# An event held in the larger venue, between the two: " during the French Open at ".
_DURING_RE = re.compile(r" during (?:the |a |an |)[^,.;()]{1,60}? at (?:the |)")
# What joins a venue to the larger or better-known one that locates it ("the Ellipse near the White House").
_WITHIN_WORDS = (" at the ", " near the ", " outside the ", " next to the ", " in front of the ", " opposite the ",
                 " across from the ", " beside the ", " in the ", " in ")  # (`the Tomb of the Unknown Soldier in Alexander Garden`)
_IN_WORDS = (" in the ", " at the ", " on the ", " in ", " at ", " on ", "inside the ", " inside ", " from the ",
             " from ", " past the ", " past ")


# "The Bank of Japan building is seen in Tokyo": the picture's subject is the building. A
# participle without `is` ("The X Market seen from above") and a composite picture's layout
# label before it ("Left: ", "Top right: ") say the same.
_LAYOUT_LABEL = r"(?:(?:Top|Bottom|Left|Right|Above|Below|Inset|Main)(?: left| right| center| centre|): |)"
_SUBJECT_RE = re.compile(
    rf"(?:FILE PHOTO: |FILE - |{_LAYOUT_LABEL})The (?P<name>{_ATOMIC_NAME})(?P<keep> building| headquarters|)"
    r",? (?:is |are |)(?:seen|pictured)\b")
# "Demonstrators march to the Minnesota State Capitol in St. Paul": a venue the people go to.
_GOAL_VERB_RE = re.compile(r"(?:march|walk|head|return|run|mov|driv|parade|process|come|go)(?:e|es|ed|s|ing|d|)")
_GOAL_RE = re.compile(rf"(?P<name>{_ATOMIC_NAME})(?P<keep> building| headquarters"
                      rf"|(?: elementary| high| middle| primary| secondary|) school(?![\w\-])|)")
# "walks his daughter Jady, 6, to the X": a possessive object between the verb of going and `to the`
_GOAL_OBJECT_RE = re.compile(r"(?:march|walk|escort|lead|accompan|tak|bring|carr|driv)(?:e|es|ed|s|ing|d|ies|ied|y|)"
                             r" (?:his|her|their) [a-z]+(?: [A-Z][a-z]+)?(?:, \d{1,2},)?$")


def _possessive_before(text: str, i: int) -> bool:
    """`his`, `her` or `their` within the 48 characters before `i` (the cheap test before _GOAL_OBJECT_RE)."""
    lo = i - 48 if i > 48 else 0
    return text.find(" h", lo, i) != -1 and (text.find(" his ", lo, i) != -1 or text.find(" her ", lo, i) != -1) \
        or text.find(" their ", lo, i) != -1


def _goal(text: str) -> re.Match | None:
    """The name after `march to the`, `walked to the` (a verb of going, then `to the`)."""
    i = text.find(" to the ")
    while i != -1:
        j = text.rfind(" ", max(0, i - 12), i)
        if _GOAL_VERB_RE.fullmatch(text, j + 1, i) or text[j + 1:i] in _venue_words()["part"] \
                or _possessive_before(text, i) and _GOAL_OBJECT_RE.search(text, max(0, i - 48), i) is not None:
            return _GOAL_RE.match(text, i + 8)  # "march to the X", "the entrance to the X"
        i = text.find(" to the ", i + 8)
    return None


# Belga's desk formula for a picture of a place, no person in it: "Illustration picture shows
# the Atomium pictured in Brussels", "Illustration picture shows Flagey place in Ixelles".
_SHOWS_OPENINGS = ("Illustration picture shows ", "Illustration photo shows ")
_SHOWN_RE = re.compile(rf"Illustration (?:picture|photo) shows (?:the |)(?P<name>{_ATOMIC_NAME})")


# "visit the capital's Bait Ur Rouf Mosque", "in the city's Liberty Square": a venue owned by
# the town the caption speaks of (South Asian and Gulf papers name the capital so, not by name)
_TOWN_OWNED_VENUE_RE = re.compile(rf"\bthe (?:capital|city|town|port city)['\u2019]s (?P<name>{_ATOMIC_NAME})")


def _town_owned_venue(text: str) -> str | None:
    """The first venue named with `the capital's` (or city's, town's) before it, else None."""
    for m in _TOWN_OWNED_VENUE_RE.finditer(text):
        name = m.group("name")
        if _is_venue_name(name) and not _place_kind(name):
            return name
    return None


# The desk's own sentence on where the picture was made (the Daily Star's "The photo was taken on
# Fenchuganj Road yesterday", "The picture was taken at Sadarghat"): a venue named there is the
# picture's, even in a later sentence.
_TAKEN_AT_RE = re.compile(rf"\b(?:[Tt]he|[Tt]his) (?:photo|picture|image|photograph)s? (?:was|were) taken "
                          rf"(?:at|on|in|near|outside|from) (?:the |)(?P<name>{_ATOMIC_NAME})")


def _taken_at_venue(text: str) -> str | None:
    m = _TAKEN_AT_RE.search(text)
    if m is None:
        return None
    name = m.group("name")
    return name if _is_venue_name(name) and not _place_kind(name) else None


def _shown_venue(text: str) -> str | None:
    """The place an illustration picture shows: a venue's name, or a name with its lower-case
    venue head (`De Brouckere place`), right before `pictured`, `in` or a comma."""
    m = _SHOWN_RE.match(text)
    if m is None:
        return None
    name, end = m.group("name"), m.end()
    head = _named_head_re().match(text, end)
    if head is not None:
        end = head.end()
    if not text.startswith((" pictured ", " in ", ", "), end) or _place_kind(name) or _not_named(name):
        return None
    if head is not None:
        return text[m.start("name"):end]
    return name if _is_venue_name(name) else None


def _subject_venue(text: str, chain_starts: list[int]) -> str | None:
    """A venue named as the picture's subject (`The X building is seen`) or as where people
    march to, when a town's chain follows it."""
    m = _SUBJECT_RE.match(text) if text[:1] in "TFLRABIM" and (" seen" in text or " pictured" in text) else None
    if m is None:
        m = _goal(text)
    if m is None:
        return None
    name, keep = m.group("name", "keep")
    goal = m.re is _GOAL_RE
    # a body's building is a venue ("the European Central Bank building"), a town's is not; a
    # place gone to needs no head when a town follows ("the entrance to the Ministry of Defence in")
    if (_place_kind(name) or _not_named(name)) if keep else (_not_venue(name) or not (goal or _is_venue_name(name))):
        return None
    if goal and not _adjacent(text, m.end(), chain_starts):
        return None
    return name + keep


# A caption that opens with a named structure, then a lower-case verb: "The Golden Gate Bridge was
# shrouded in fog", "Tower Bridge is lit up" (after an AP `FILE -` or a dpa `Dresden:` dateline).
_OPENING_RE = re.compile(
    rf"(?:FILE - |FILE PHOTO: |[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){{0,2}}: |)(?:The |)"
    rf"(?P<name>{_ATOMIC_NAME}) (?=[a-z])")


def _first_lower(text: str) -> int:
    """Where the space before the first lower-case word within 90 characters stands (as
    `re.search(r" (?=[a-z])", text, 0, 90)` would find it), else -1: found space by space (a
    regex search costs more)."""
    n = len(text)
    i = text.find(" ", 0, 89)
    while i != -1:
        if i + 1 < n and "a" <= text[i + 1] <= "z":
            return i
        i = text.find(" ", i + 1, 89)
    return -1


def _opening_landmark(text: str) -> str | None:
    """The structure a caption opens with, as its subject, when its last word says it is one."""
    w = _first_lower(text)  # the first lower-case word
    if w > 0 and text[w - 1] == ")":
        # "The Queen Elizabeth Tower (Big Ben) is reflected": the landmark's other name in brackets
        o = text.rfind(" (", 0, w)
        if o != -1 and text.find(")", o, w) == w - 1:
            text, w = text[:o] + text[w:], o
    if w == -1 or text[text.rfind(" ", 0, w) + 1:w] not in _venue_words()["landmark"]:
        return None  # the cheap test: the word before it is no landmark's head
    m = _OPENING_RE.match(text)
    if m is None:
        return None
    name = m.group("name")
    if name[name.rfind(" ") + 1:] not in _venue_words()["landmark"] or " " not in name:
        return None
    return name if _is_venue_name(name) and not _not_venue(name) else None


# what may follow a street that opens a caption as its subject: a verb or a place word, not a
# noun it qualifies ("Main Street merchants", "Wall Street traders")
_STREET_SUBJECT_NEXT_RE = re.compile(r"(?:is|was|are|were|has|had|remains|remained|lies|sits|runs|stands|"
                                     r"near|where|[a-z]+ed) ")  # (not `in`: "X Street in the city centre was among ...")


def _opening_street(text: str) -> str | None:
    """`Bodkin Road was closed to traffic ...`, `Sweetnam Drive near X Drive in Stittsville where
    ...`: a street a caption opens with, as its subject, is the picture's place."""
    w = _first_lower(text)
    if w == -1 or text[text.rfind(" ", 0, w) + 1:w] not in _STREET_HEADS \
            or not _STREET_SUBJECT_NEXT_RE.match(text, w + 1):
        return None  # the cheap test: the word before the first lower-case word is a street's
    m = _OPENING_RE.match(text)
    if m is None or m.end("name") != w:
        return None
    name = m.group("name")
    return name if " " in name and not _not_venue(name) and not _place_kind(name) else None


# A caption that opens with a named structure and its town, no verb: "The Capitol in Washington
# on Wednesday" (The New York Times' style).
_OPENING_IN_RE = re.compile(rf"(?:FILE - |FILE PHOTO: |)(?:The |)(?P<name>{_ATOMIC_NAME}) (?=in )")


def _opening_in_town(text: str, chain_starts: list[int]) -> str | None:
    """The venue of `The Capitol in Washington on ...`: a venue's name, then the town's chain."""
    w = _first_lower(text)  # the cheap test: the first lower-case word is "in"
    m = _OPENING_IN_RE.match(text) if w != -1 and text.startswith("in ", w + 1) else None
    if m is None:
        return None
    name = m.group("name")
    if not _is_venue_name(name) or _not_venue(name) or not _adjacent(text, m.end("name"), chain_starts):
        return None
    return name


def _landmark_town(loc: Location) -> None:
    """`Snow fell on Boston Common`: a structure named after a town the tables know names the
    town when the caption names no place (not the Lincoln Memorial: a person's name)."""
    sp = loc.venue.rfind(" ")
    if sp < 0 or loc.venue[sp + 1:] not in _venue_words()["town_landmark"]:
        return
    town = loc.venue[:sp]
    cc = _city_country(town)
    if cc is None and " " in town:  # "Sydney Harbour Bridge": the town is the first word
        town = town[:town.find(" ")]
        cc = _city_country(town)
    if cc:
        loc.city, loc.country = _display(town), cc


_COMMA_CAP_RE = re.compile(r", (?=[A-Z])")
# "in Isamorada, a village encompassing six of the Florida Keys", "near Kanyuka, a small town
# south of Lilongwe": a name the tables need not know, that an apposition calls a settlement
_APPOSED_SETTLEMENT_RE = re.compile(
    r"\b(?:in|near|outside) ([A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2}), an? "
    r"((?:[A-Za-z]+(?:-[a-z]+)* ){0,3})(?:village|town|city|hamlet|township|community|settlement)\b")


def _apposed_settlement(text: str, loc: Location) -> None:
    m = _APPOSED_SETTLEMENT_RE.search(text)
    if m is None:
        return
    name = m.group(1)
    if _place_kind(name) in ("country", "region") or _is_venue_name(name) or _not_named(name):
        return  # ("in Gaza, a ...": read otherwise)
    dem = None
    for word in m.group(2).split():
        if word[:1].isupper() and dem is None:  # "near Siegsdorf, a Bavarian town": the demonym gives the
            dem = _demonyms().get(_key(word))  # country (and region); "a Democratic town" gives none
    loc.city = _display(name)
    loc.country = loc.country or _city_country(name) or (dem[0] if dem else None)
    if dem and dem[1] and loc.region is None and loc.country == dem[0]:
        loc.region = dem[1]


# French and Spanish captions' settlement nouns before a town's name: "dans la ville de Konna",
# "la capitale ivoirienne Abidjan", "en la ciudad de Cúcuta", "el pueblo de X" (an adjective may
# follow the noun, as French and Spanish write it)
_FOREIGN_SETTLEMENT_RE = re.compile(
    r"\b(?P<noun>la ville|le village|la localit\u00e9|la commune|la capitale|la ciudad|el pueblo|la localidad|la capital)"
    r"(?: (?P<adj>[a-z\u00e0-\u00ff]+))? (?:de |d'|d\u2019)?(?P<name>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)?)")
# words that may stand where the adjective does but end the place phrase: "de la ciudad con Ana
# Ruiz" (with a person), "la ville et Paul Roe"
_FOREIGN_SETTLEMENT_LINKS = frozenset(("con", "y", "e", "en", "a", "al", "del", "para", "por", "sin", "entre", "tras",
                                       "et", "avec", "pour", "par", "sur", "dans", "sans", "chez", "o", "ou"))


def _foreign_settlement(text: str, loc: Location) -> None:
    """The town a French or Spanish caption names after its settlement noun, when nothing else is
    read; its country from the tables, else the one country the caption names. After `capitale`
    / `capital` only a town the tables know (the noun also names a region's seat)."""
    m = _FOREIGN_SETTLEMENT_RE.search(text)
    if m is None:
        return
    name = m.group("name")
    if m.group("adj") in _FOREIGN_SETTLEMENT_LINKS:
        return
    known = _city_country(name)
    if _place_kind(name) in ("country", "region") or _is_venue_name(name) or _not_named(name) \
            or known is None and m.group("noun").startswith("la capital"):
        return
    loc.city = _display(name)
    if known:
        loc.country = known
        return
    named = {_country(w) for w in re.findall(r"[A-Z][\w'\-]+", text) if w != name} - {None}
    if len(named) == 1:
        loc.country = named.pop()


def _comma_place(text: str, loc: Location) -> None:
    """No place found after a preposition: `at the 77th international film festival, Cannes,
    southern France`: a known town and its country or region set off by commas anywhere (or a
    country alone right before the date)."""
    for m in _COMMA_CAP_RE.finditer(text, 0, 400):
        ch = _read_chain(text, m.end(), 0.5, False)
        if ch and ch.city and ch.known >= 2 and (ch.country or ch.region) and _city_country(ch.city):
            loc.city, loc.region, loc.country = ch.city, ch.region, ch.country
            return
        if ch and ch.country and ch.city is None and ch.region is None:
            # "the Tour de France from Albertville to La Plagne, France, Friday": a country in the when slot
            n = _NAME_SEGMENT_RE.match(text, m.end())
            if n and _country(n.group()) and _WHEN_AFTER_RE.match(text, n.end()) and not _journey_town(text, m.start()):
                loc.country = ch.country
                return
        if ch and ch.city and ch.region is None and _city_country(ch.city) and _when_town_comma(text, m.end(), ch.city):
            loc.city, loc.country = ch.city, ch.country or _city_country(ch.city)
            return
        if ch and ch.city and ch.region and ch.country == "United States" and _ap_state_after(text, m.end(), ch.city):
            # "in his hometown, Bowling Green, Ky., on Nov. 3": AP's town and state abbreviation
            loc.city, loc.region, loc.country = ch.city, ch.region, ch.country
            return
        if ch and ch.city and ch.region is None and _city_country(ch.city) \
                and _at_place_town(text, m.start(), m.end(), ch.city):
            loc.city, loc.country = ch.city, ch.country or _city_country(ch.city)
            return
    if ", " in text:  # "a stage between Lyon and Grenoble, eastern France, July 7": a part of a country
        for m in _COMMA_DIR_COUNTRY_RE.finditer(text, 0, 400):
            country = _country(m.group("name"))
            if country:
                loc.country = country
                return


# `Paiporta, Spain's Valencia region, Friday, Nov. 1, 2024`: a town, its country's region by its
# unit word, then the when-slot; opening the caption or set off by a comma or a sentence's end
_TOWN_OWNED_REGION_RE = re.compile(
    rf"(?:^|(?<=, )|(?<=\. )){_NAME}, {_NAME}['\u2019]s {_NAME} (?:province|state|region|department|prefecture|governorate|oblast)"
    rf"(?=,? (?:on )?(?:{_DAYS}|{_MONTHS}\b))")


def _town_of_owned_region(text: str, loc: Location) -> None:
    """No place found after a preposition: a town written with its country's region right
    before the when-slot (_TOWN_OWNED_REGION_RE) is the picture's place, a town no table knows
    too (the region after it says it is one)."""
    for m in _TOWN_OWNED_REGION_RE.finditer(text, 0, 400):
        ch = _read_chain(text, m.start(), 0.5, False)
        if ch and ch.city and ch.region and ch.country:
            loc.city, loc.region, loc.country = ch.city, ch.region, ch.country
            return


def _comma_town_of_venue(text: str, loc) -> None:
    """`pose in the Lincoln Memorial during the march, Washington DC, August 28, 1963`: a famous
    venue gave only its country; a town of that country set off by commas (Getty's place before
    the date) is the venue's town."""
    found = _Loc()
    _comma_place(text, found)
    if found.city and found.country == loc.country:
        loc.city, loc.region = found.city, found.region


# A town set off by a comma right after the venue, then the when-slot, a relative clause or the
# sentence's end (`at the Al Bayt Stadium, Al Khor on Sunday`, `in St Mary's Church, Cushendall,
# 2010.`, `at the West Yorkshire History Centre, Wakefield, where ...`).
_VENUE_COMMA_TOWN_RE = re.compile(
    rf"(?P<town>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)?)(?=\.(?: |$)|$|, (?:on|in|during|where|\d{{4}}\b|{_DAYS}|{_MONTHS})\b"
    rf"| on (?:{_DAYS}|{_MONTHS})\b)")


def _venue_comma_town(text: str, loc) -> None:
    """The venue found, a comma, then one or two capitalised words closing the where-slot: the
    venue's town, though the tables need not know it (a country, region, venue, person, month
    or day is no town; a town the tables know must agree with the country read)."""
    i = text.find(f"{loc.venue}, ") + len(loc.venue) + 2
    m = _VENUE_COMMA_TOWN_RE.match(text, i)
    if m is None:
        return
    town = m.group("town")
    kind = _place_kind(town)
    if kind not in (None, "city") or _is_venue_name(town) or _person_words(town) or _not_name_start(town) \
            or town.split()[-1].casefold() in _people_vocab()["common"] or _is_event(town.split()):
        return
    cc = _city_country(town)
    if cc and loc.country and cc != loc.country:
        return
    loc.city = _display(town)
    loc.country = loc.country or cc


# A sentence that is only a place, with its country or state or the date (a picture desk's line
# after or before the description): `... the Ritz-Carlton Hotel. Istanbul, Turkey.`, `... the war
# with Japan. Beijing, July 7, 2014.`, `Radio City Music Hall, New York. It opens ...`; the date
# also day first, in figures or as month and year (`Oslo, Norway, 5 June 2020`, `Moscow, Russia,
# 12/06/2010.`, `Lima, Peru, May 2019.`), and the last sentence may end the text without its stop;
# a dated line may close on a colon, the desk's lead-in (`Bonn, 14.03.18: ...`, `Pune, 05/12/2015 : ...`).
_PLACE_SENTENCE_RE = re.compile(
    r"(?:^|(?<=\. ))(?P<chain>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,3}(?:, [A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2}){0,2})"
    rf"(?:, (?P<date>{_MONTHS}\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTHS}\.? \d{{4}}|\d{{1,2}}(?P<sep>[/.])\d{{1,2}}(?P=sep)\d{{2,4}}"
    rf"|{_MONTHS}\.? \d{{4}}))?(?:\.(?= |$)|$|(?<=\d) ?:(?= ))")


def _place_sentence(text: str, loc) -> None:
    """No town read: a sentence holding only a place names it (a town the tables know, or one
    before its country or state), when it agrees with the country read."""
    for m in _PLACE_SENTENCE_RE.finditer(text):
        chain = m.group("chain")
        if ", " not in chain and m.group("date") is None:
            continue  # (one name alone, `Reuters.`, is no place line)
        k = m.start()
        word = text[max(0, k - 20):k - 2].rpartition(" ")[2]
        if k and not (len(word) > 1 and word[-3:].isalpha() and word[-2:].islower() or word[-1:] in ")0123456789"):
            continue  # (a stop after an abbreviation, `in Co. Galway, Ireland`, ends no sentence)
        head = chain.split(",")[0]
        if head.isupper() and k == 0 or loc.venue and (loc.venue.casefold() in chain.casefold() or head.casefold() in loc.venue.casefold()):
            continue  # (an opening dateline in capitals is read by its own step; its base, `Naval Station Mayport,
            # Fla.`, read already as the venue, is no town)
        ch = _read_chain(chain + " ", 0, 1, True)
        if ch is None or ch.city is None or loc.country and ch.country and ch.country != loc.country:
            continue
        if ", " not in chain and not _city_country(ch.city):
            continue  # (`Smith, July 7, 2014.`: only a town the tables know stands before the date)
        if not (ch.country or ch.region or _city_country(ch.city)) or _person_words(ch.city):
            continue
        loc.city = ch.city
        loc.region = loc.region or ch.region
        loc.country = loc.country or ch.country or _city_country(ch.city)
        if loc.venue is None and ch.venue:
            loc.venue = ch.venue
        return


def _ap_state_after(text: str, i: int, city: str) -> bool:
    """`Bowling Green, Ky.,`: the town at `i`, then a comma and AP's abbreviation of a state
    with its period, then a comma, a period or the end."""
    n = _NAME_SEGMENT_RE.match(text, i)
    if n is None or _key(n.group()) != _key(city) or not text.startswith(", ", n.end()):
        return False
    j = n.end() + 2
    k = text.find(".", j, j + 8)
    if k == -1:
        return False
    k = text.find(".", k + 1, k + 3) if text[k + 1:k + 2].isupper() else k  # `N.M.`
    return k != -1 and text[j:k + 1] in _ap_state_abbreviations() and text[k + 1:k + 2] in ("", ",", " ")


def _glued_state_town(phrases) -> tuple | None:
    """`in Elizabethtown Ky., in this ... file photo`: a town with AP's state abbreviation
    written without its comma, read as one name -> (town, state) or None."""
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        if kind != "prep" or w not in _TOWN_PREPS or det is not None or name is None or name[-1:] != ".":
            continue
        town, _, abbr = name.rpartition(" ")
        state = _ap_state_abbreviations().get(abbr) if town else None
        if state and town[:1].isupper() and "." not in town and not _is_venue_name(town):
            return town, state
    return None


def _at_place_town(text: str, comma: int, i: int, city: str) -> bool:
    """`... held at the Council chamber, Abuja.`: a known town alone after the comma that closes
    a short `at` place phrase, ending its sentence, is the picture's town."""
    n = _NAME_SEGMENT_RE.match(text, i)
    if n is None or _key(n.group()) != _key(city) or text[n.end():n.end() + 1] != "." \
            or text[n.end() + 1:n.end() + 2] not in ("", " "):
        return False
    at = text.rfind(" at the ", max(0, comma - 50), comma)  # a named place: `the` and a capital
    return at != -1 and text[at + 8:at + 9].isupper() and "," not in text[at:comma] and "." not in text[at:comma]


def _when_town_comma(text: str, i: int, city: str) -> bool:
    """`at the entrance the Old City (Kota Tua) Area, Jakarta, Monday (28/12/2020)`: a known town
    alone between commas right before the when-slot is the picture's town."""
    n = _NAME_SEGMENT_RE.match(text, i)
    if n is None or _key(n.group()) != _key(city):
        return False
    j = n.end() + 1 if text.startswith(", on ", n.end()) else n.end()
    return _WHEN_SLOT_RE.match(text, j) is not None


# A country after a comma with its part (`, eastern France,`) and nothing else placing the picture.
_COMMA_DIR_COUNTRY_RE = re.compile(rf", (?:{_DIR}) (?P<name>{_NAME})(?=[,.;]|$)")


# A sentence's end: a word of three letters or more, a year or a bracket, a period, a capital
# (or a US state's postal code closing it: `at the fair in Cynthiana, KY. Aud is from ...`).
_SENTENCE_END_RE = re.compile(r"(?:[a-z]{3}|\d{4}|\)|(?<=, )[A-Z]{2})\. (?=[A-Z])")


_ORIGIN_NOUNS = (" girl from", " boy from", " man from", " woman from", " resident from", " native from",
                 " student from", " pilgrim from", " tourist from", " visitor from",
                 " originally from", " hailing from", " hails from",  # ("a pilgrim originally from Detroit, Michigan")
                 # where a traveller set out from ("a passenger who arrived from Hong Kong")
                 " arrived from", " arriving from", " returned from", " returning from", " fled from",
                 " fleeing from", " evacuated from", " deported from", " repatriated from", " flew in from",
                 " travelled from", " traveled from")


def _origin_last(text: str, ranked: list) -> list:
    """`a 5-year-old girl from Ohio, U.S. ... in Saint Peter's Square at the Vatican`: where a
    person comes from is not where the picture is, when another chain places it."""
    first = ranked[0]
    if not text[first.pos - 20 if first.pos > 20 else 0:first.pos].rstrip().endswith(_ORIGIN_NOUNS):
        return ranked
    for other in ranked[1:]:
        if other.weight >= 2 and (other.city or other.country):
            return [c for c in ranked if c is not first] + [first]
    return ranked


def _origin_after_place(text: str, ranked: list) -> list:
    """`Evacuees arrive in Larnaca, Cyprus, from Beirut, Lebanon`, `lands in Doha from Tehran`,
    `at Heathrow Airport in London on a flight from Hong Kong`: a `from` place written after the
    place the same sentence has already given is where the people came from (and a loose `on`,
    `over` place after it is where they look or head: `meet in New York ... march on Washington`)."""
    first = ranked[0]
    for other in ranked[1:]:
        if other.weight >= 2 and 0 < other.pos < first.pos and (other.city or other.country) \
                and text.find(". ", other.pos, first.pos) == -1:
            return [other] + [c for c in ranked if c is not other]
    return ranked


# a clause about a person's past, written right before the town: "a man who was arrested in
# Portland, Ore., is led into court in Salem", "Jane Doe, who lives in Houston, votes in Sugar Land",
# "Lin studied in Boston" ("trained", "worked" left out: a past-tense caption's own act, "troops trained in")
_BACKGROUND_IN = (" born in", " raised in", " grew up in", " lives in", " lived in", " arrested in",
                  " detained in", " jailed in", " imprisoned in", " convicted in", " sentenced in",
                  " studied in", " studied at")


# the picture's own act in the present, a background participle after it ("is detained in")
_PRESENT_AUX = (" is", " are", " being")


def _in_who_clause(text: str, pos: int) -> bool:
    """`a soldier who was killed in Bakhmut`, `a student who went missing in Guadalajara`, `who
    studied at Oxford`: the place closes a short relative clause (a few lower-case words after
    `who`) about the person."""
    i = text.rfind(" who ", pos - 40 if pos > 40 else 0, pos)
    if i == -1:
        return False
    words = text[i + 5:pos].split()
    if len(words) > 2 and words[0] in _PRESENT_WHO and words[-2][-3:] == "ing":
        return False  # "voters who have been waiting at the St. Raphael school": what they do now,
        # the picture's place
    if len(words) > 2 and words[-2] in _ARRIVE_WORDS and words[-3] in _JUST_NOW_WORDS:
        return False  # "a woman who recently arrived in Kenya": where she is now, the picture's place
    return 1 < len(words) <= 5 and words[-1] in ("in", "at") and all(w.islower() and w.isalpha() for w in words)


_PRESENT_WHO = frozenset(("are", "is", "have", "has"))
# before an arrival verb in a `who` clause: the arrival is the present state, not the person's past
_JUST_NOW_WORDS = frozenset(("recently", "just", "newly", "have", "has"))


def _background_at(text: str, pos: int) -> bool:
    """The place at `pos` is named in a clause about a person's past (where they were born,
    live, were arrested, studied), not in the picture's own act (`is detained in Hebron`)."""
    before = text[pos - 22 if pos > 22 else 0:pos].rstrip()
    if before.endswith(_BACKGROUND_IN):
        clause = next(w for w in _BACKGROUND_IN if before.endswith(w))
        return not before.endswith(_PRESENT_AUX, 0, len(before) - len(clause))
    return _in_who_clause(text, pos)


def _background_last(text: str, ranked: list) -> list:
    """The best chain's town is named in a clause about a person's past: the picture is where
    another chain places it, when one does."""
    first = ranked[0]
    if not _background_at(text, first.pos):
        return ranked
    for other in ranked[1:]:
        if other.weight >= 2 and other.pos > 0 and (other.city or other.country):
            return [c for c in ranked if c is not first] + [first]
    return ranked


def _china_city_stem(name: str) -> str | None:
    """`Taiyuan City`, `Chengdu City` (China News Service, Xinhua): a big Chinese city the hand table
    knows by its bare name, or the generated table with CHINA_BARE_CITY_POPULATION people (`Xinxiang
    City`), with the administrative noun `City` after it -> the city. A smaller town only the
    generated table knows keeps the noun as written (`Wuyishan City`, `Xingyi City`), as do
    `Gaza City`, `Quezon City`, any table's own `X City`, and `Jilin City` beside Jilin Province."""
    if _key(name) in _cities() or _key(name) in _geo_cities():  # (the table's own row, not _geo_country's stem)
        return None
    stem = name[:-5]
    if " " in stem.strip() or not stem[:1].isupper():
        return None
    if _city_country(stem) != "China":
        k = stem.casefold()
        if _cities().get(_key(stem)) is not None or _geo_cities().get(k) != "China" \
                or _geo_populations().get(k, 0) < CHINA_BARE_CITY_POPULATION or k in _china_shared_city_names():
            return None
    if _region(stem, False) is not None:
        return None
    return stem


_FAMOUS_HOST_RE = re.compile(r" (?:at|in|on|by|beside) (?:the )?([A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3})")


def _famous_host(text: str, venue: str):
    """`the David H. Koch Theatre at Lincoln Center`, `the Tomb of the Unknown Soldier by the Kremlin
    Wall`: a place named right before the famous place that holds it or stands beside it -> the
    famous place's row (its country), else None."""
    i = text.find(venue)
    if i == -1:
        return None
    m = _FAMOUS_HOST_RE.match(text, i + len(venue))
    if m is None:
        return None
    host, _, last = m.group(1).rpartition(" ")
    if host and " " not in host and last.lower() in _venue_words()["part"] and _key(m.group(1)) not in _famous():
        return _famous().get(_key(host))  # "the Tomb of the Unknown Soldier by the Kremlin Wall": a part of the Kremlin
    return _famous().get(_key(m.group(1)))


_SIDE_OF_RE = re.compile(r"\b(?:on|in|from) the ([A-Z][a-z]+) side of\b")


def _side_country(text: str, loc) -> None:
    """`on the Israeli side of the border`, `in the Lebanese side of the Qalamun mountains`: with no
    town or country written, the demonym's country is where the picture is (the first such side)."""
    m = _SIDE_OF_RE.search(text)
    if m:
        hit = _demonyms().get(_key(m.group(1)))
        if hit:
            loc.country = hit[0]
            if hit[1] and loc.region is None:
                loc.region = hit[1]


def _first_town_country(text: str, ranked: list) -> "_Chain":
    """The picture's place is the first `in TOWN, COUNTRY` chain: a town no table knows, written with
    its country or region, before another town and its country (`in Tine, Chad, after fleeing the fighting in
    El Geneina, Sudan`, `in Vovchansk, Ukraine, ... a strike on Kharkiv, Ukraine`) is displaced
    neither by the later town's extra table hit nor by the tie's later position."""
    best = ranked[0]
    top = best.score()
    for other in ranked[1:]:
        if 0 <= other.pos < best.pos and other.city and other.country and other.known == 1 \
                and not _known_town(other.city) and text.startswith(other.city + ", ", other.pos + 1) \
                and other.venue is None and other.weight >= 2 \
                and other.score()[1] == top[1] and top[0] - 1 <= other.score()[0] <= top[0] \
                and not _background_at(text, other.pos) and not _subject_place(text, other.pos + 1 + len(other.city)):
            return other
    return best


_DISTANCE_UNITS = frozenset(("km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "mi"))
# lower-case words after a chain that are no verb: a conjunction, a clause opener, a region's word
_NOT_SUBJECT_VERBS = frozenset(("and", "where", "before", "state", "province", "region", "county", "district",
                                "governorate", "department", "on", "of"))


def _subject_place(text: str, end: int) -> bool:
    """The chain ending about `end` (its town's end) is followed, past its commas and capitalised
    names, by a lower-case word that is no preposition nor clause opener: the sentence's verb, so
    the chain is a part of its subject (`Children in Tonami, Toyama Prefecture, perform ... in Komatsu`)."""
    for tok in text[end:end + 60].split():
        w = tok.strip(",.;:()")
        if not w or w[:1].isupper() or w[:1].isdigit() or w in _DISTANCE_UNITS:
            continue  # (names, numbers and a distance's unit: "Gaina, 45 kilometers (28 miles) north of")
        return w not in _PREPS and w not in _TOWN_CLAUSE_OPENERS and w not in _DIR_WORDS and w not in _NOT_SUBJECT_VERBS
    return False


def _first_sentence_best(text: str, ranked: list) -> "_Chain":
    """Two chains scoring the same: the one in the sentence that places the picture, the first
    (`a wake in San Marcos Atexquilapan, Veracruz state, Mexico, Wednesday, July 13, 2022. ...
    the 53 migrants who died ... in San Antonio, Texas`), not the later one the tie would pick."""
    best = ranked[0]
    top = best.score()
    for other in ranked[1:]:
        if other.pos > 0 and _background_at(text, other.pos):
            continue  # "Ruiz grew up in Rosario. He poses in Madrid": the earlier sentence tells his past
        s = other.score()
        if (s[0] + 1 == top[0] and s[1] == top[1] and other.city and other.region and other.country
                and 0 <= other.pos < best.pos and _SENTENCE_END_RE.search(text, other.pos, best.pos) is not None):
            return other  # "in Chengdu, capital of Southwest China's Sichuan Province, Sept. 6, 2016. ... in
            # Cleveland, Ohio, in the United States": a whole town-region-country chain in an earlier
            # sentence is the picture's place; the later one's extra table hit does not displace it
        if (best.city is not None and other.city is None and other.region is None and other.country
                and best.country and other.country != best.country and other.weight >= 2
                and 0 <= other.pos < best.pos and _SENTENCE_END_RE.search(text, other.pos, best.pos) is not None
                and not _later_chain(text, other.pos)):
            return other  # "An old woman who recently arrived in Kenya outside her shelter. She ... escaped from
            # in Kismayo, Somalia": the first sentence's country places the picture; a later sentence's town
            # in another country is the story behind it
        if (s[0] != top[0] or s[1] != top[1]) and best.city is not None:
            break  # (a later sentence naming only a region or country never displaces the town:
            # "... to Turkey, in Istanbul, Thursday, March 25, 2021. ... China's far-western Xinjiang region")
        if (best.city is None and best.region and other.country and best.country
                and other.country != best.country and other.weight >= 2 and 0 <= other.pos < best.pos
                and _SENTENCE_END_RE.search(text, other.pos, best.pos) is not None):
            return other  # "in Figuera, near Birak in Chad. After ... attacks in the Darfur region, ...": a later
            # sentence's region in another country is the story's past, the first sentence's country the picture's
        tie = s[0] == top[0] and s[1] == top[1]
        if ((other.city or tie and (other.venue or other.county)) and 0 <= other.pos < best.pos and text.find(". ", other.pos, best.pos) != -1
                and _SENTENCE_END_RE.search(text, other.pos, best.pos) is not None):
            return other
    return best


_ABBREV_END_RE = re.compile(rf"\b([A-Z][a-z]{{1,5}}\.) (?!(?:{_DAYS}|{_MONTHS})\b)(?=[A-Z][a-z])")


def _later_abbrev_sentence(text: str, venue: str, start: int) -> bool:
    """The venue is named only after a sentence that ends on a state's abbreviation (`near Miami,
    Fla. Police said the nun was cutting trees around X High School`): another place's."""
    i = text.find(venue, start)
    if i == -1 or text.find(". ", start, i) == -1:
        return False
    for m in _ABBREV_END_RE.finditer(text, start, i):
        if _region(m.group(1), True) is not None:
            return True
    return False


def _later_sentence(text: str, venue: str, start: int) -> bool:
    """The venue is named only in a sentence after the one that places the picture (`start`)."""
    i = text.find(venue)
    j = text.find(". ", start, i) if i > start else -1  # the cheap test before the pattern
    return j != -1 and _SENTENCE_END_RE.search(text, max(start, j - 4), i) is not None



# --------------------------------------------------------------------------- entry point


def find_location(description: str, date_span: tuple[int, int] | None = None, credit=None,
                  warnings: list | None = None) -> Location:
    """Venue, city, region and country written in a caption description. Never raises.

    `credit`: the caption's Credit, when known (a local paper's home country, see _home_town).
    A failure (a bug, not the caption's fault) answers no place and, when a `warnings` list is
    given, says so there (`internal-error: place: IndexError`)."""
    try:
        home = _newspaper_home(credit) if credit is not None else None
        text = description if isinstance(description, str) else ""
        if "\u2018" in text and _OKINA_RE.search(text):
            return _okina_place(text, home, date_span)
        printed = None
        if " al-" in text:  # "in al-Bab": the name scan opens on a capital; the article is given one
            plain = _article_opens_name(text)
            if plain is not text:
                printed, text = text, plain
        text = _compass_name_capitalised(text)
        loc = _find(text, home, date_span)
        if loc.city is None and loc.country is None and text[1:3].isupper() and ". " in text[:40]:
            _capitals_country_opener(text, home, loc)
        if loc.city is None and loc.country is not None and text.startswith(_SETTLEMENT_OPENERS):
            _opening_settlement(text, loc)  # "The town of Minamisanriku is seen ..., in northeast Japan"
        if loc.city is not None and "between " in text:
            _between_towns(text, loc)
        if loc.region is None and (loc.country is None or loc.city is not None) and "district of " in text:
            loc = _demonym_district_of(text, loc)
        if loc.country is None and " District of " in text:
            _district_of_country(text, loc)
        if loc.country is None and " island of " in text:
            _demonym_island_country(text, loc)
        if loc.city is None and loc.country is not None and " village, " in text:
            _village_line(text, loc)
        if loc.city is not None and loc.country is None and loc.region is None and _shared_region_alone(loc.city):
            loc.region, loc.city = _shared_region_alone(loc.city), None  # "in Punjab on Monday": the
            # region of India or of Pakistan, not a town (a name no town table gives a country)
        if loc.country != "Brazil" or loc.region is None:
            if loc.city is not None and (loc.region is None or loc.country != "Brazil") \
                    or loc.city is None and loc.country is None and loc.venue is not None:
                _brazil_town_state(text, loc)
        if loc.city is not None and loc.country is None and loc.region is None:
            _sole_country_named(text, loc)
        if loc.region is not None and loc.country is None and _key(loc.region) in _shared_regions()[1]:
            _shared_region_demonym(text, loc)
        if loc.region is not None and loc.country is None:
            loc.country = _namesake_region_country(loc.region)  # "in the Andean region of Cajamarca": Peru's
        if loc.venue is None and ('"' in text or "\u201c" in text):
            loc.venue = _quoted_venue(text)
        elif loc.venue is not None and "-" in loc.venue:
            if " " not in loc.venue and loc.venue.endswith(_WARD_SUFFIXES):
                loc.venue = None  # "in Yongsan-gu, Seoul": a city's ward, a neighbourhood, no venue
            else:
                loc.venue = _without_owner_qualifier(loc.venue)
        if printed is not None:
            _as_printed(loc, text, printed)
        return loc
    except Exception as exc:
        if warnings is not None:
            warnings.append(f"internal-error: place: {type(exc).__name__}")
        return Location()


# A capitalised run of words (a hyphen parts them: `Lebanese-Syrian`), read for countries and demonyms
_CAPITAL_RUN_RE = re.compile(r"[A-Z][\w.'\u2019]*(?:[ -][A-Z][\w.'\u2019]*)*")


# Words of a caption about people or places across a border, where a country or demonym named
# is often not the town's
_CROSSING_RE = re.compile(r"\b(?:refugee|migrant|immigrant|asylum|exile|diaspora|border|fled\b|flee(?:s|ing)?\b)",
                          re.IGNORECASE)


@functools.cache
def _former_countries() -> frozenset[str]:
    return frozenset(_data_lines("former_countries.txt"))


@functools.cache
def _given_name_words() -> frozenset[str]:
    return frozenset(line.strip() for line in _data_lines("given_names.txt"))


def _sole_country_named(text: str, loc: Location) -> None:
    """`students practise wushu at a school in Dengfeng. China is investing ...`, `Malaysian Army
    personnel help flood victims in Rantau Panjang`: a town no table knows, which a preposition
    places (not a dateline's desk town), in a caption that names one country and no other (by
    its name or its demonym) -> that country. A state named as history (former_countries.txt), a
    US state's or a given name's namesake (Georgia, Jordan) and a region (`South Australia`)
    name no country here."""
    city = loc.city
    if _CROSSING_RE.search(text):
        return  # ("Syrian refugees in Zahle", "Nir Oz, near the border with Gaza": another country's people or land)
    if re.search(r"\b(?:in|near|outside|of|at) " + re.escape(city) + r"\b", text) is None:
        return
    found = set()
    for m in _CAPITAL_RUN_RE.finditer(text.replace(city, " ")):
        words = [w.rstrip(".") for w in re.split(r"[ -]", m.group())]
        words = [w[:-2] if w[-2:] in ("'s", "\u2019s") else w for w in words]
        i = 0
        while i < len(words):
            for n in (2, 1):
                span = " ".join(words[i:i + n])
                if n == 2 and i + 1 >= len(words):
                    continue
                dem = _demonyms().get(_key(span))
                country = dem[0] if dem else _country(span)
                if country is None and n == 2 and _region(span, False) is not None:
                    break  # ("South Australia": a region, not the country it holds)
                if country is not None:
                    if country not in _former_countries() and _key(span) not in _us_states() \
                            and span not in _given_name_words() and not (dem and len(words) - i - n >= 2) \
                            and not (i > 1 and n == 1 and _key(span) in _country_noun_homographs()
                                     and words[i - 1][-3:] != "ern"):
                        # (nor a country's name that is a noun closing a name of three words or more, `Old Threshers
                        # Reunion`: not `In Turkey`, `In Southern Turkey`)
                        found.add(country)  # (not a demonym opening a longer name, `Haitian United
                        # Evangelical Mission`: a body's or building's name, not where it stands)
                    break
            else:
                i += 1
                continue
            i += n
    if len(found) == 1:
        loc.country = found.pop()


@functools.cache
def _country_noun_homographs() -> frozenset:
    """country_noun_homographs.txt: country names that are English nouns (`Reunion`, `Turkey`)."""
    return frozenset(_data_lines("country_noun_homographs.txt"))


# Korean and Japanese wards and neighbourhoods written with their suffix (`Mapo-gu`, `Chiyoda-ku`,
# `Itaewon-dong`): parts of a city, which the schema does not count as venues.
_WARD_SUFFIXES = ("-gu", "-ku", "-dong")


# Magnum's and the Guardian's archive opener: `AFGHANISTAN. Herat Province. Herat. August 2015.`
_CAPITALS_COUNTRY_RE = re.compile(r"([A-Z][A-Z'\- ]{1,30}[A-Z])\. ((?:[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}\. ){1,3})")


def _capitals_country_opener(text: str, home, loc: Location) -> None:
    """`AFGHANISTAN. Herat Province. Herat. August 2015. Afghan soldiers ...`: the country in
    capitals, then the region and the town, each its own short sentence, wider first; read as the
    dateline `Herat, Herat Province, Afghanistan` would be."""
    m = _CAPITALS_COUNTRY_RE.match(text)
    if m is None or _country(m.group(1)) is None:
        return
    parts = [p for p in m.group(2).split(". ") if p.strip()]
    found = _find("in " + ", ".join(reversed(parts)) + ", " + _display(m.group(1)) + ".", home, None)
    if found.country is not None:
        loc.city, loc.region, loc.country = found.city, found.region, found.country


# "between Yuma, Arizona, and Calexico, California": two towns, each with its state or country
_BETWEEN_TOWNS_RE = re.compile(r", (?P<a>[A-Z][\w.]*(?: [A-Z][\w.]*)?), and [A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,2}, "
                               r"(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?=[,.;]|$)")


def _between_towns(text: str, loc: Location) -> None:
    """`the border fence between Yuma, Arizona, and Calexico, California`: the picture is between
    the two towns, in neither: no town and no region; the country when both sides share it."""
    i = text.find("between " + loc.city + ", ")
    if i == -1:
        return
    m = _BETWEEN_TOWNS_RE.match(text, i + 8 + len(loc.city))
    if m is None:
        return
    sides = [_region_of(m.group(g), True) or ((_country(m.group(g)),) * 2) for g in ("a", "b")]
    loc.city = None
    loc.region = sides[0][0] if sides[0] == sides[1] and sides[0][0] != sides[0][1] else None  # (one state: kept)
    if sides[0][1] != sides[1][1] or sides[1][1] != loc.country:
        loc.country = None


@functools.cache
def _owner_qualifier_re() -> re.Pattern:
    """`Russian-leased `, `U.S.-run `: a capitalised word and a hyphened tail of
    hyphen_adjectives.txt (who runs or holds a place), then a capital."""
    tails = [w[1:] for w in _data_lines("hyphen_adjectives.txt") if w[:1] == "-"]
    return re.compile(rf"[A-Z][\w.]*-(?:{'|'.join(sorted(tails, key=len, reverse=True))}) (?=[A-Z])")


def _without_owner_qualifier(venue: str) -> str:
    """`the Russian-leased Baikonur cosmodrome` -> Baikonur cosmodrome, `the Israeli-run Kerem
    Shalom crossing` -> Kerem Shalom crossing: the qualifier says who holds the place, no part of its name."""
    m = _owner_qualifier_re().match(venue)
    return venue[m.end():] if m else venue


# `in the 13th century "Hall of Knights" in The Hague`, `at the "Sala Regia"`: a hall's name in quotes
# after a place preposition and its article (a few lower-case or number words between)
_QUOTED_VENUE_RE = re.compile(r"\b(?:in|at|inside) the (?:[\w-]+ ){0,3}[\"\u201c]([A-Z][^\"\u201c\u201d]{2,40})[\"\u201d]")


def _quoted_venue(text: str) -> str | None:
    """The quoted name after `in the` / `at the`, when a venue head makes it a place (`Hall of
    Knights`, `Sala Regia`), never an event or a known town."""
    m = _QUOTED_VENUE_RE.search(text)
    if m is None:
        return None
    name = m.group(1).strip()
    if not _is_venue_name(name) or _is_event(name.split()) or _place_kind(name):
        return None
    return name


# Aid agencies' `in the north-east Kenyan district of Dadaab`, `the Ugandan district of Kotido`:
# a country's district named after its word, the country given by its demonym.
_DEMONYM_DISTRICT_OF_RE = re.compile(
    rf"\bthe\s+(?:{_DIR}\s+)?(?P<demonym>[A-Z][a-z]+)\s+district\s+of\s+(?P<name>{_ATOMIC_NAME})")


def _demonym_district_of(text: str, loc: Location) -> Location:
    """When nothing else is read: the district as the region and the demonym's country. When the
    town tables read the district's name as its town (districts are named after their seat), the
    caption's word wins: the district, no town."""
    m = _DEMONYM_DISTRICT_OF_RE.search(text)
    hit = _demonyms().get(_key(m.group("demonym"))) if m is not None else None
    if hit is None:
        return loc
    if loc.country is None:
        return Location(loc.venue, loc.city, m.group("name"), hit[0])
    if loc.city == m.group("name") and loc.country == hit[0]:
        return Location(loc.venue, None, loc.city, loc.country)
    return loc


def _dated_place(text: str, ranked: list, best: _Chain, date_at: int) -> _Chain:
    """`at Bara taxi rank in Soweto, 29 October 2025, after some heavy rains in Johannesburg`: of
    two chains that tie, the town the picture's date follows (`in X, DATE`) is where it was taken;
    the tie would give the later one, which only the clause after the date speaks of."""
    top = best.score()
    for other in ranked[1:]:
        s = other.score()
        if s[0] != top[0] or s[1] != top[1]:
            break
        if other.city and 0 <= other.pos < date_at <= other.pos + 60 \
                and text.find(other.city, other.pos, date_at) != -1 and text.endswith(", ", 0, date_at) \
                and text.find(". ", other.pos, date_at) == -1:
            return other
    return best


def _dated_town_over_goal(text: str, ranked: list, best: _Chain, date_at: int) -> _Chain:
    """`waits to seek asylum in El Paso, Texas, U.S., in Ciudad Juarez, Mexico February 5, 2021`:
    the best chain sits in a purpose clause (`to VERB ... in X`, no comma between), and a town of
    another country is written with it, right before the picture's date: that dated town is where
    the picture was taken, the purpose clause's town is where the people mean to go."""
    k = text.rfind(" to ", max(0, best.pos - 45), best.pos)
    if text.find(",", k, best.pos) != -1:
        return best
    for other in ranked[1:]:
        if other.city and other.country and other.country != best.country and best.pos < other.pos < date_at \
                and date_at - other.pos <= 60 and text.find(" in ", other.pos + 1, date_at) == -1 \
                and text.find(other.city, other.pos, date_at) != -1 and text.find(". ", best.pos, date_at) == -1:
            return other
    return best


def _date_sentence_place(text: str, ranked: list, best: _Chain, date_span: tuple[int, int]) -> _Chain:
    """`a protest on Jl. Medan Merdeka Barat, Central Jakarta, on Nov. 16. The protesters demanded
    ... in Intan Jaya, Papua`: the picture's date closes the sentence that places the picture; a
    town named in that sentence is where it was taken, whatever more the tables know of a later
    sentence's place (background the caption goes on to tell)."""
    start, end = date_span
    if not text[end + 2:end + 3].isupper():
        return best
    for other in ranked[1:]:
        if other.city and 0 <= other.pos < start and _SENTENCE_END_RE.search(text, other.pos, start) is None:
            return other
    return best


def _district_phrase(phrases: list) -> bool:
    """A phrase `in X district` (the scan's first lower-case word after the name): every text
    _town_before_district reads (`, in X district`) holds one; no whole-caption find else."""
    for ph in phrases:
        if ph[7] == "district":
            return True
    return False


def _town_before_district(text: str, ranked: list, best: _Chain) -> _Chain:
    """`in the town of Marjah, in Nad Ali district, Helmand province`: the district named after
    a town (`, in X district`) is the area the town lies in; the town's chain is the picture's."""
    i = text.find(best.city + " district")
    if i < 7 or not text.endswith(", in ", 0, i):
        return best
    for other in ranked[1:]:
        if (other.city and other.city != best.city and other.region == best.region and other.country == best.country
                and text.endswith(other.city, 0, i - 5)):
            return other
    return best


def _before_next_place(text: str, ranked: list, best: _Chain) -> _Chain:
    """`performs in Toronto on Thursday before she wraps her tour with three shows in Vancouver`:
    of two chains that tie, a town named after `before`/`ahead of` in the same sentence is where
    the subject goes next; the earlier town is the picture's (the tie would give the later)."""
    top = best.score()
    for other in ranked[1:]:
        s = other.score()
        if s[0] != top[0] or s[1] != top[1]:
            break
        if other.city and 0 <= other.pos < best.pos and _SENTENCE_END_RE.search(text, other.pos, best.pos) is None:
            i = text.find(" before ", other.pos, best.pos)
            if i == -1:
                i = text.find(" ahead of ", other.pos, best.pos)
            if i != -1 and text.find(other.city, other.pos, i) != -1:
                return other
    return best


def _seen_from(text: str, ranked: list, best: _Chain) -> _Chain:
    """`Israeli troops take positions in the Gaza Strip as seen from southern Israel`, `fireworks in
    Juarez, Mexico, as seen from El Paso, Texas`: the place across a border the picture was taken
    from, written in the best chain's sentence, is the picture's place (`as seen from Brooklyn in
    New York City`: a part of the same place changes nothing)."""
    for other in ranked:
        if (other.pos > 9 and text.endswith(" seen from", 0, other.pos) and other is not best
                and other.country and best.country and other.country != best.country
                and (other.pos < best.pos or _SENTENCE_END_RE.search(text, best.pos, other.pos) is None)):
            return other
    return best


def _town_written(written: str, city: str) -> bool:
    """`written` is the town's name, a direction word before it allowed ("ancient Olympia")."""
    return written == city or written.endswith(city) and written[:-len(city)].rstrip() in _DIR_WORDS


def _town_before_venue(loc) -> None:
    """`Barishal Port Road market`, `Dhaka Kawran Bazar market`: a town the tables know, written
    before a venue named with a lower-case place noun (South Asian papers drop the `in`), is the
    city; the venue is the rest. (Only with that noun: `Sydney Opera House` is a whole name.)"""
    town, rest = loc.venue.split(" ", 1)
    if not rest[:1].isupper() or rest.count(" ") < 2:  # (a name of two words or more before the noun)
        return
    kind = _place_kind(town)
    country = _city_country(town) if kind == "city" else _geo_country(town) if kind is None else None
    if country is None:
        return
    loc.city, loc.venue = _display(town), rest
    loc.country = loc.country or country


def _written_country(text: str, best: _Chain, chains: list[_Chain]) -> None:
    """`in Rafah in the southern Gaza Strip`: a country written right after the town beats the
    country the city table gives the town by default (a name found on both sides of a border)."""
    if best.region or best.country != _city_country(best.city):
        return
    for other in chains:
        if (other.country and other.country != best.country and not other.city and other.pos > best.pos
                and _town_written(text[best.pos:other.pos - 3].strip(), best.city)
                and text[other.pos - 3:other.pos] == " in"):
            best.country = other.country
            return


_TOWN_PREPS = frozenset(("in", "near", "outside"))
_SETTLEMENT_NOUNS_IN = (" city in ", " town in ", " village in ", " township in ",
                        " community in ")  # (Nigerian papers and wires: "in Bodo community in Ogoni region")
_EDGE_PARTS = frozenset(("outskirts", "edge", "suburbs", "fringes"))


def _town_before(text: str, phrases: list[_Phrase], chain_starts: list[int], country: str | None = None) -> str | None:
    """`near Enerhodar in the Zaporizhzhia region`: a name the tables do not know, written after
    in/near/outside right before (or a border clause before) the chain that names region or
    country, is the town of that chain (so is a namesake of a town abroad: `Cordoba in the state
    of Veracruz, Mexico`, when `country` is the chain's)."""
    starts = set(chain_starts)
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        if kind != "prep" or w not in _TOWN_PREPS and w != "at" or det is not None \
                or dirw and dirw != "ancient" or rword or name is None:  # ("in ancient Delphi in Greece": the town)
            if not ((kind == "part" and w in _EDGE_PARTS or kind == "verb" and det is None) and name is not None
                    and not dirw and not rword and text.startswith(_SETTLEMENT_NOUNS_IN, m.end("name") - 1)):
                continue  # ("on the outskirts of Sami town in Gujarat": a town called so, as after `near`;
                # "a landslide buried Mulpa village in Kavre district": the verb's object, so named)
        end = m.end("name") - 1
        b = _BORDER_CLAUSE_RE.match(text, end) if text.startswith(", ", end) else None
        if b:
            end = b.end() - 1 if text[b.end() - 1] == "," else b.end()
            if text.startswith(",", end):
                end += 1
        if text.startswith(_SETTLEMENT_NOUNS_IN, end):  # "in Zhuozhou city in northern China's Hebei province"
            end = text.index(" in ", end + 1)
        if not text.startswith(" in ", end):
            end = _town_clause_end(text, end, chain_starts)
            if end < 0 or _not_named(name) or _is_event(name.split()) or _person_words(name):
                continue  # ("in Ramadan as prices rise in Egypt": a time, no town)
        if end + 1 not in starts:  # "near Cuddapah in the southern state of Andhra Pradesh"
            nxt = next((c for c in chain_starts if end + 4 < c <= end + 40), None)
            if nxt is None or not text[end + 4:nxt].replace(" ", "").islower():
                continue
        kind = _place_kind(name)
        if kind and not (kind == "city" and country and _city_country(name) != country):
            continue
        if _is_venue_name(name) or _ABBREV_RE.fullmatch(name) or " of " in name or _is_event(name.split()):
            continue  # (`at Latitude Festival in Suffolk`: an event, not the town)
        return _display(name)
    return None


def _town_clause_end(text: str, end: int, chain_starts: list[int]) -> int:
    """`in Saintes after days of rainy weather causing flooding in western France`: a short
    lower-case clause (opened by after/as/amid ...) between the town and the chain that names
    its region or country. Returns where that chain's " in " stands, or -1."""
    sp = text.find(" ", end + 1)
    if sp < 0 or text[end + 1:sp] not in _TOWN_CLAUSE_OPENERS:
        return -1
    for c in chain_starts:
        if end < c <= end + _TOWN_CLAUSE_MAX and text.startswith("in ", c):
            gap = text[end:c - 1]
            return c - 1 if gap.replace(" ", "").isalpha() and gap.islower() else -1
    return -1


# words that open a clause between a town and its region's or country's chain (_town_clause_end)
_TOWN_CLAUSE_OPENERS = frozenset(("after", "as", "amid", "following", "during", "ahead", "while", "when"))
_TOWN_CLAUSE_MAX = 70  # characters


def _may_place_by_neighbour(text: str, loc: Location, best: _Chain | None) -> bool:
    """Cheap test before `_town_near`: a near/outside clause, no city at all, or an apposition
    (`, a town northwest of`) just before the best chain's city."""
    if loc.city is None:
        return bool(loc.region or loc.country)
    if best is not None and best.pos > 3 and "of" in text[best.pos - 4:best.pos] and best.city == loc.city:
        i = text.find(", a", max(0, best.pos - 45), best.pos)
        if i != -1 and text[i + 3:i + 4] in (" ", "n"):  # ", a town", ", an industrial town"
            return True
    # (_NEIGHBOUR_RE.search, as substring tests: a regex search tries its alternation at every
    # space and costs about three times the six fast substring searches)
    return " near " in text or " outside " in text or _of_neighbour(text)


def _of_neighbour(text: str) -> bool:
    """` outskirts of `, ` edge of `, ` suburbs of `, ` of the capital ` in the text: the four hold
    ` of `, so one search for it and a look at each side of it answer for all four."""
    i = text.find(" of ")
    while i != -1:
        if text.startswith(" the capital ", i + 3) or text.endswith((" outskirts", " edge", " suburbs"), 0, i):
            return True
        comma = text.rfind(", ", max(0, i - 20), i)
        if comma != -1 and "s capital " in text[i:i + 40] and _OUTSKIRTS_RE.match(text, comma):
            return True  # (", southwest of Uganda's capital Kampala": a direction from a country's capital)
        i = text.find(" of ", i + 1)
    return False


# The clauses that place a town by its neighbour (what _may_place_by_neighbour tests).
_NEIGHBOUR_RE = re.compile(" (?:near|outside|outskirts of|of the capital|edge of|suburbs of) ")


_CAMPUS_AT_RE = re.compile(rf" at (?P<town>{_NAME})")


def _campus_at(text: str, venue: str) -> str:
    """`the University of Texas at Austin`, `the University of North Carolina at Chapel Hill`:
    a state university's campus is named with `at` and its town, and the name keeps it."""
    i = text.find(venue)
    m = _CAMPUS_AT_RE.match(text, i + len(venue)) if i != -1 else None
    if m is None:
        return _uc_campus(text, venue, i)
    town = m.group("town")
    if _is_venue_name(town) and not _city_country(town) or _not_name_start(town):
        return venue
    return venue + m.group()


@functools.cache
def _famous_at() -> dict:
    """The famous venues named with `at` (`Oriole Park at Camden Yards`, `GEHA Field at Arrowhead
    Stadium`), by the key of each side."""
    out: dict = {}
    for line in _data_lines("famous_venues.tsv"):
        full = line.partition("\t")[0].strip()
        if " at " in full:
            a, _, b = full.partition(" at ")
            out.setdefault(_key(a), []).append(full)
            out.setdefault(_key(b), []).append(full)
    return {k: tuple(v) for k, v in out.items()}


_AT_NAME_RE = re.compile(rf" at (?P<name>{_ATOMIC_NAME})(?=\s+(?:in|on|near)\s|,|\.?$|\.\s)")


def _at_name(text: str, venue: str, city: str | None = None) -> str:
    """`Empower Field at Mile High`, `The Theater at Virgin Hotels`: a venue's name goes on with
    `at` and a name that is neither a place, a venue of its own nor a time (so not `the Oval Office
    at the White House`, `Centre Court at Wimbledon`, `the Capitol at Night`)."""
    for full in _famous_at().get(_key(venue), ()):
        if full in text:
            return full  # "the Oriole Park at Camden Yards": a listed venue named with `at`, read as one side
    i = text.find(venue)
    # (the regex opens with " at ": a look at the text first spares most venues the call)
    m = _AT_NAME_RE.match(text, i + len(venue)) if i != -1 and text.startswith(" at ", i + len(venue)) else None
    if m is None or not _has_venue_head(venue):
        return venue
    y = m.group("name")
    if (y == city or _place_kind(y) or _place_kind(_owner(y)) or _is_venue_name(y) or _not_venue(y) or _not_name_start(y)
            or y.split(None, 1)[0] in _NOT_FOR_WORDS or y.split(None, 1)[0] in _TIMES_OF_DAY):
        return venue
    return f"{venue} at {y}"


_TIMES_OF_DAY = frozenset(("Sunset", "Sunrise", "Dawn", "Dusk", "Twilight", "Midnight", "Night", "Noon", "Halftime"))


# The University of California names each campus after a comma: "University of California, Los Angeles".
_UC_CAMPUSES = ("Berkeley", "Davis", "Irvine", "Los Angeles", "Merced", "Riverside", "San Diego", "San Francisco",
                "Santa Barbara", "Santa Cruz")


def _uc_campus(text: str, venue: str, i: int) -> str:
    end = i + len(venue)
    if venue.endswith("University of California") and text.startswith(", ", end):
        for campus in _UC_CAMPUSES:
            if text.startswith(campus, end + 2):
                return f"{venue}, {campus}"
    return venue


def _not_name_start(name: str) -> bool:
    """A date or weekday read as a name (`at Sunday`), not a town."""
    return name.split(None, 1)[0].rstrip(",.") in _WEEKDAY_WORDS


_WEEKDAY_WORDS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon",
                            "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May", "June",
                            "July", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "January", "February", "March",
                            "April", "August", "September", "October", "November", "December", "Noon", "Night"))


# The words before a town a neighbour clause places (`near Kavaklidere, a town in Mugla province`,
# `at Richmond on the outskirts of Sydney`: `at` only before the outskirts or a town's apposition).
_NEAR_TOWN_PREPS = frozenset(("in", "near", "outside", "at",
                              "areas", "area"))  # (`in the flood-hit areas of X, located near Y`: X's)
_OUTSKIRTS_AFTER = (" on the outskirts of ", ", on the outskirts of ", ", outskirts of ")


def _town_near(text: str, phrases: list[_Phrase], loc: Location) -> None:
    """`in Paiporta near Valencia, Spain`, `in Sakhnin, near the northern city of Haifa`: the town
    named right before near/outside is the city; the place after only locates it, so a city read
    from that clause gives way (its region and country stay: the town is beside it)."""
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        if w not in _NEAR_TOWN_PREPS and w not in _SETTLEMENTS or name is None or dirw or rword:
            continue
        if not (kind == "prep" and det is None or kind == "part" and (det is None or w in _SETTLEMENTS)):
            continue  # (`the areas of X`, not `an area of the Washington Fire near Y`)
        end = m.end("name") - 1
        reach = 64
        near = _before_near(text, end)
        if not near and text.startswith((" t", " v", " i"), end):
            past = _past_noun_and_country(text, end)  # "in Taytay township in the Philippines, east of the capital Manila"
            if past != end:
                end, near = past, _before_near(text, past)
        if not near:
            aside = _aside_before_near(text, end)
            if aside < 0:
                continue
            reach += aside - end  # `in Arafat, during the annual hajj, near Mecca`: past the aside
        if w == "at" and not (text.startswith(_OUTSKIRTS_AFTER, end) or _NEAR_APPOSITION_RE.match(text, end)
                              or _lone_town_at(text, end, name, loc)):
            continue  # (`at Wembley near London`: `at` names a venue unless a town's apposition says otherwise)
        if (_place_kind(name) not in (None, "city") or _is_venue_name(name) or _ABBREV_RE.fullmatch(name)
                or " of " in name or _key(name) == _key(loc.city or "")):
            return
        if " " in name and _is_event(name.split()):
            continue  # "soldiers fallen in World War II, near the city of X": a war, not a town
        # the city to replace must be the one named in the near clause (within a few words), unless
        # it is only where a distance is measured from ("in X near the Line of Control, 160 km north of Y")
        if loc.city is not None and text.find(loc.city, end, end + reach) == -1 and not _offset_town(text, loc.city):
            return
        if loc.city is None and not (loc.region or loc.country):
            return
        loc.city = _display(name)
        loc.country = loc.country or _city_country(name)
        if loc.venue == name:
            loc.venue = None
        return


def _lone_town_at(text: str, end: int, name: str, loc: Location) -> bool:
    """`on a road at Svitlodarsk, near Debaltseve`: a one-word name the tables do not know, set off
    by a comma before a near clause that names a town they do know, is a town of its own (a venue
    has its head word or is famous: `at Windsor Castle, near London`; water and landforms are
    neither: `at Lough Erne, near Enniskillen`)."""
    return (text.startswith(", near ", end) and " " not in name and loc.city is not None
            and (_city_country(loc.city) or _geo_country(loc.city)) and text.startswith(loc.city, end + 7)
            and _place_kind(name) is None and _key(name) not in _famous() and not _landform(name))


# a town's settlement noun and its country, between the town and its neighbour clause
_NOUN_AND_COUNTRY_RE = re.compile(
    r"(?: (?:town|township|village|city|municipality))?(?: in (?:the )?(?P<country>[A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,2}))?(?=, )")


def _past_noun_and_country(text: str, end: int) -> int:
    """Where the town's own words end: past `township` and `in the Philippines` (a country only)."""
    m = _NOUN_AND_COUNTRY_RE.match(text, end)
    if m is None or m.end() == end or m.group("country") and _place_kind(m.group("country")) != "country":
        return end
    return m.end()


# a short lower-case aside on what goes on between a town and its near clause
_ASIDE_RE = re.compile(r", (?:during|for|after|before|amid) [a-z\- ]{3,45}(?=, (?:near|outside|just outside) )")


def _aside_before_near(text: str, end: int) -> int:
    """`in Arafat, during the annual hajj pilgrimage, near the holy city of Mecca`: where the near
    clause starts after a short lower-case aside right after the town, else -1."""
    if not text.startswith(", ", end) or not text[end + 2:end + 3].islower():
        return -1
    a = _ASIDE_RE.match(text, end)
    return a.end() if a else -1


def _agency_dateline(text: str) -> _Chain | None:
    """The town of an AP (`BEIRUT (AP) —`) or dpa (`Munich: ...`) dateline, when the tables know it."""
    c = text[:1]
    if not ("A" <= c <= "Z"):
        return None
    m = _AGENCY_DATELINE_RE.match(text) if text.find(")", 0, 60) != -1 else None
    caps_day = None
    if m is None and "A" <= text[1:2] <= "Z":
        m = caps_day = _CAPS_DAY_DATELINE_RE.match(text)
    bare = None
    if m is None and text.find(" -- ", 0, 90) != -1:
        m = bare = _BARE_AGENCY_DATELINE_RE.match(text)
    if m is None:
        i = text.find(":", 0, 40)
        m = _DPA_DATELINE_RE.match(text) if i != -1 else None
    if m is None:
        return None
    chain = m.group("chain")
    river = _river_part(chain) if "/" in chain else None
    if river:
        chain = chain[:-len(river) - 1]
    ch = _read_chain(chain + " ", 0, 0, False)
    if river and ch and ch.city == chain:
        ch.city = f"{chain}/{river}"  # "Frankfurt/Main: ...": the town as dpa writes it
    if (ch is None or not ch.known) and chain.isupper() and _COLON_DAY_DASH_RE.match(text, m.end()) \
            and chain.split()[0].casefold() not in _DASH_LABELS and _place_kind(chain) in (None, "city"):
        # APP's `HYDERABAD: April 01 – ...`: the capitals, the day and the dash make it a
        # dateline, its town a town though no table holds it (or holds it for two countries)
        town = _Chain(0, -1)
        town.city = _display(chain)
        return town
    if (ch is None or not ch.known) and caps_day is not None and "," not in chain and chain.isupper() \
            and chain.split()[0].casefold() not in _DASH_LABELS and _place_kind(chain) in (None, "city"):
        # Yonhap's `OKCHEON, April 29 (Yonhap) --`, Bernama's `ISKANDAR PUTERI, 19 Jan —`: the
        # capitals, the day and the dash make it a dateline, its town a town though no table holds it
        town = _Chain(0, -1)
        town.city = _display(chain)
        return town
    if (ch is None or not ch.known) and bare is not None and _place_kind(chain) in (None, "city"):
        # SPA's `Hail, Safar 04, 1439, October 24, 2017, SPA --`: the dates and the bare agency
        # before its dashes make it a dateline, its town a town though no table holds it
        town = _Chain(0, -1)
        town.city = _display(chain)
        return town
    return ch if ch and ch.city and ch.known else None


# after a town's colon, the day and a dash (APP's `FAISALABAD: September 20 - ...`)
_COLON_DAY_DASH_RE = re.compile(rf"(?:{_MONTHS})\.? \d{{1,2}},? [-\u2013\u2014] ")


# A town's own building, named after it: "Seoul City Hall", "Philadelphia City Hall", and its
# airport ("Cape Town International Airport"; a person's name, "Jomo Kenyatta International
# Airport", is no town the tables know).
# A court too is named after its town ("Edinburgh Sheriff Court", "Leeds Crown Court", "Tokyo
# District Court"); not a US county's courts ("Norfolk Superior Court", "Fulton County Court"),
# named after a county that shares its name with towns elsewhere. A national cemetery is named after
# its town too ("Seoul National Cemetery", "Daejeon National Cemetery").
_TOWN_BUILDING_RE = re.compile(
    r"(?P<town>.+?) (?:City Hall|Town Hall|City Council|Central Station|Main Station|(?:International )?Airport"
    r"|National Cemetery"
    r"|(?:Crown|Sheriff|Magistrates'?|Magistrate's|Magistrates\u2019|High|(?:Central )?District) Court)$")


def _venue_owner_town(loc: Location) -> None:
    """"Gaza City's al-Deira hotel", "Baghdad's al-Rasheed hotel": a town the tables know, in the
    possessive before a venue named with an Arabic article, is the town; the venue is the rest
    (when it agrees with the town and country already read). (A capitalised name after the
    possessive is read before: "Kyiv's Independence Square".)"""
    m = re.match(r"(.+?)['\u2019]s (?=[a-z]{1,3}-[A-Z])", loc.venue)  # (an article's name: al-, el-, ad-)
    if m is None or " " in m.group(1) and not _key(m.group(1)) in _cities():
        return
    town = m.group(1)
    cc = _city_country(town)
    if not cc or _place_kind(town) != "city" or loc.country not in (None, cc) \
            or loc.city is not None and _key(loc.city) != _key(town):
        return
    loc.venue = loc.venue[m.end():]
    loc.city, loc.country = _display(town), cc


def _venue_town(loc: Location) -> None:
    """`in front of Seoul City Hall`: a town hall named after a town the tables know names the town."""
    m = _TOWN_BUILDING_RE.match(loc.venue)
    town = m.group("town") if m else None
    cc = _city_country(town) if m else None
    if cc is None and m and loc.venue.endswith(" City Hall"):
        town += " City"  # "Quezon City Hall", "Kansas City Hall": the hall of a town named "... City"
        cc = _city_country(town)
    if cc and (loc.country is None or loc.country == cc):
        loc.city = _display(town)
        loc.country = cc


# an airport named by its town and its own name: "London Heathrow Airport", "Chicago O'Hare
# International Airport", "Dallas Love Field (airport)", "Moscow Sheremetyevo airport"
_AIRPORT_TAIL_RE = re.compile(r"(?: International)?(?: [Aa]irport)?$")
_AIRPORT_NAME_RE = re.compile(r"[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)?")


def _airport_town(loc: Location) -> None:
    """The listed town (one or two words) that opens an airport's name before one or two words
    of its own, not a person's given name (`Norman Manley International Airport` is named after
    a man, not after Norman, Oklahoma)."""
    words = _AIRPORT_TAIL_RE.sub("", loc.venue).split(" ")
    for n in (1, 2):
        town, own = " ".join(words[:n]), " ".join(words[n:])
        if not own or not _AIRPORT_NAME_RE.fullmatch(own) or _place_kind(town) != "city" or _person_words(town):
            continue
        cc = _city_country(town)
        if cc and (loc.country is None or loc.country == cc):
            loc.city = _display(town)
            loc.country = cc
        return


# A body named for the town it serves stands in that town: "the Port of Long Beach", "the Old
# Port of Marseille" (the town's old harbour quarter), "the
# Federal Reserve Bank of San Francisco", "the Economic Club of Chicago" (not a university or a
# palace "of" a place, which may stand elsewhere or be the place's own).
_TOWN_BODY_RE = re.compile(
    r"(?:The )?(?:Port|Old Port|Port Authority|Federal Reserve Bank|Reserve Bank|Economic Club|Executives' Club"
    r"|Chamber of Commerce|Board of Trade|Stock Exchange) of (?P<town>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,2})")


def _town_body_town(loc: Location) -> None:
    """The town a port or a town's business body is named for; and when the caption's own "town"
    is a region of the same country ("the Port of Tacoma in Washington"), that is its region."""
    m = _TOWN_BODY_RE.fullmatch(loc.venue)
    town = m.group("town") if m else None
    cc = _city_country(town) if town and _place_kind(town) == "city" else None
    if cc is None:
        return
    if loc.country not in (None, cc):
        rc = _region(loc.country, True) if loc.city is None and loc.region is None else None
        if rc and rc[1] == cc:  # "the Port of Savannah in Georgia": the state, not the country
            loc.city, loc.region, loc.country = _display(town), rc[0], cc
        return
    if loc.city is None:
        loc.city, loc.country = _display(town), cc
    elif _key(loc.city) != _key(town):
        rc = _region(loc.city, True)
        if rc and rc[1] == cc:
            loc.region, loc.city = rc[0], _display(town)


def _dateline_fallback(text: str, loc: Location) -> None:
    """No town in the body: the town a town hall is named after, else the dateline's town when it
    agrees with the region and country."""
    if loc.venue and (" Hall" in loc.venue or " Station" in loc.venue or " Airport" in loc.venue
                      or " Court" in loc.venue or " Cemetery" in loc.venue):
        _venue_town(loc)
        if loc.city:
            return
    if loc.venue and (loc.venue.endswith((" Airport", " airport")) or f"{loc.venue} airport" in text):
        _airport_town(loc)
        if loc.city:
            return
    dl = _agency_dateline(text)
    if dl is None or loc.country and dl.country and loc.country != dl.country:
        return
    if loc.region and dl.region and loc.region != dl.region:
        return
    loc.city = dl.city
    loc.region = loc.region or dl.region
    loc.country = loc.country or dl.country


_COUNTRY_LABEL_RE = re.compile(r"([A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}):\s+(?=[A-Z])")


def _country_label(text: str, loc: Location) -> None:
    """A gallery's country label opening the caption (`Poland: Muslims attend prayers at a mosque
    in the village of Kruszyniany.`): the country, when the body names none and its town, if
    any, is not known elsewhere."""
    m = _COUNTRY_LABEL_RE.match(text)
    country = _country(m.group(1)) if m else None
    if country is None or loc.city is not None and _city_country(loc.city) not in (None, country):
        return
    listed = _region(loc.region, True) if loc.region else None
    if listed is None or listed[1] == country:
        loc.country = country


# A local paper's dateline in plain case, set off by a spaced long dash (`Neola \u2013 Margie
# Houston (right) is comforted ...`): one to three capitalised words opening the caption
_DASH_DATELINE_RE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) [\u2013\u2014] (?=[A-Za-z\"\u201c])")
_DASH_LABELS = frozenset(("exclusive", "update", "updated", "file", "breaking", "photo", "editors", "note", "warning"))


@functools.cache
def _news_masthead_words() -> frozenset:
    """org_words.tsv's news words, as written (`Times`, `Shimbun`): a masthead's last word."""
    return frozenset(line.split("\t")[0].strip() for line in _data_lines("org_words.tsv")
                     if line.split("\t")[1:2] == ["news"])


def _dash_dateline(text: str, loc: Location, home: str | None) -> None:
    """The town of a plain-case dash dateline the tables may not know; its country when they
    do, else the local paper's."""
    m = _DASH_DATELINE_RE.match(text)
    if m is None:
        return
    name = m.group(1)
    known = _city_country(name) or _geo_country(name)
    if text[m.end()].islower() and known is None:
        return  # BTA's `Plovdiv – the beautiful ...`: a lower-case gloss follows only a known town
    if known is None and " " in name and name.rsplit(" ", 1)[1] in _news_masthead_words():
        return  # `The Yomiuri Shimbun – Prime Minister ...`: the paper's name as a byline, no town
    if (name.split()[0].casefold() in _DASH_LABELS or _place_kind(name) not in (None, "city")
            or _is_venue_name(name) or _person_words(name) and not _given_name_town(name)
            or _dash_slug(text, name, m.end())):
        return
    country = known or home
    if loc.country and country and loc.country != country:
        return
    loc.city = _display(name)
    loc.country = loc.country or country


def _dash_slug(text: str, name: str, after: int) -> bool:
    """`Messi – Inter Miami's Lionel Messi ...`, `Protest – Demonstrators ...`: a topic slug, not a
    town: the person the caption goes on to name in full (the word again after a capitalised
    word), or a common noun that heads names of things (a protest, a fire, a parade)."""
    if " " not in name and name.casefold() in _people_vocab()["heads"]:
        return True
    i = text.find(" " + name, after)
    return i != -1 and text[i - 1:i].isalpha() and text[text.rfind(" ", 0, i) + 1:][:1].isupper()


def _given_name_town(name: str) -> bool:
    """`Logan – ...`, `Tyler – ...`: one word that is a given name and no known surname, set
    off as a dateline, is a town named like a person (nobody is introduced by a first name alone
    before a dash; a surname would be: `Messi –`)."""
    if " " in name:
        return False
    names = _people_vocab()
    w = name.casefold()
    return w in names["given"] and w not in names["known"]


def _during_venue(text: str, venue: str) -> bool:
    """`during the Colorado State Fair in Pueblo`: a place-like name the caption only gives as the
    time of the picture is the event, not where it was taken (`at the Iowa State Fair` is)."""
    i = text.find(f"during the {venue}")
    end = i + 11 + len(venue)
    return (i != -1 and f"at the {venue}" not in text
            and (end == len(text) or text.startswith((" in ", " on ", ", ", ". ", "."), end)))


_SAINTS = frozenset(("St.", "St", "Saint", "San", "Santa", "Ste.", "Sainte"))


def _owns_places(owner: str, name: str) -> bool:
    """`Moscow` in `Moscow's Red Square` names a place that owns what follows; `St. Paul` in
    `St. Paul's Cathedral` is a saint, and `Cox's Bazar` is a town's whole name."""
    return ((owner.split(None, 1)[0] not in _SAINTS or _city_country(owner) is not None)  # St. Louis's Forest Park
            and (_place_kind(owner) is not None or _county_owner(owner))
            and _key(name) not in _famous() and _key(name) not in _cities())


def _owned_region(name: str, country: str) -> str | None:
    """The region `name` names when the tables list it for `country` and it is no town of that
    country (`Kerala` for India; not `Samsun` for Turkey, the town), else None."""
    rc = _region(name, True) or _region_in_country(name, country, True)
    if rc is None or rc[1] != country or (_city_country(name) or _geo_country(name)) == country:
        return None
    return rc[0]


@functools.cache
def _county_countries() -> frozenset:
    """The countries whose counties are first-level regions: those regions.tsv lists `X County` for
    (Kenya, Liberia, Hungary, Romania, Estonia...)."""
    return frozenset(country for k, (_, country) in _regions().items() if k[-7:] == " county")


def _county_owner(name: str) -> bool:
    """`Fulton County` in `Fulton County's State Farm Arena`: a US county owns what follows."""
    return name.endswith(" County") and name[:1].isupper()


def _owned_venue(loc: Location) -> None:
    """`Moscow's Red Square`, `Kyiv's Independence Square`: the owner is the town (or country),
    the venue is what it owns."""
    owner = _owner(loc.venue)
    kind = _place_kind(owner) if owner != loc.venue and _owns_places(owner, loc.venue) else None
    if kind is None and owner != loc.venue and _county_owner(owner) and _owns_places(owner, loc.venue):
        kind = "county"  # "Fulton County's State Farm Arena": the county names no town
    if kind is None:
        return
    own = loc.venue[len(owner):].lstrip("'\u2019s ")
    if own and " " in own and kind == "city" and not _is_venue_name(own) \
            and all(w[:1].isupper() for w in own.split()):
        loc.venue = None  # "Manhattan's Upper East Side": a quarter of the town, no venue
        return
    if not own or not _is_venue_name(own):
        return
    loc.venue = own
    if kind == "city":
        if loc.city is None or _key(loc.city) == _key(owner):
            loc.city = _display(owner)
            loc.country = loc.country or _city_country(owner)
    elif kind == "country":
        loc.country = loc.country or _country(owner)


# The last words of a public place a suburb may own ("in Caulfield East's Pawfield Park").
_PUBLIC_PLACE_HEADS = frozenset(("Park", "Square", "Gardens", "Garden", "Beach", "Reserve", "Oval", "Plaza"))


def _suburb_owned_venue(loc) -> None:
    """`in Caulfield East's Pawfield Park`: after `in`, a name the tables need not know owning a
    public place (a park, a square, a beach) is its suburb or town; not a person's name (a given
    name opens none of its words' first)."""
    owner, _, own = loc.venue.partition("'s ")
    if not own or not owner[:1].isupper() or own.rsplit(" ", 1)[-1] not in _PUBLIC_PLACE_HEADS or " " not in own:
        return
    if owner.split(" ", 1)[0].casefold() in _people_vocab()["given"] or not all(w[:1].isupper() for w in owner.split()):
        return
    loc.venue, loc.city = own, _display(owner)
    loc.country = loc.country or _city_country(owner) or _geo_country(owner)


def _home_owned_venue(loc, home: str) -> None:
    """A local paper's `Burnsville’s Gideon Pond Elementary School`: a one-word owner, no
    person's name, before a named venue of two words or more is a town of the paper's patch."""
    for poss in ("'s ", "\u2019s "):
        owner, _, own = loc.venue.partition(poss)
        if own:
            break
    else:
        return
    if (" " in owner or not owner[:1].isupper() or " " not in own or not _is_venue_name(own)
            or _person_words(owner) or _place_kind(owner) not in (None, "city") or _key(own) in _famous()):
        return  # (`Macy's Herald Square`: a famous place's owner is a brand)
    if loc.country and loc.country != home:
        return
    loc.venue, loc.city, loc.country = own, _display(owner), loc.country or home


def _venue_then_state(loc) -> None:
    """`Fort Bragg N.C.`, `Parris Island S.C.`: AP's dotted state abbreviation run into the venue
    with its comma lost is the venue's state, no word of its name."""
    head, _, last = loc.venue.rpartition(" ")
    state = _ap_state_abbreviations().get(last) if " " in head else None
    if state is None or loc.country not in (None, "United States"):
        return
    loc.venue, loc.region, loc.country = head, state, "United States"


# where the camera stood: "Mount Sinabung is seen during an eruption from Surbakti village in Karo"
# (a bare "from" is an origin: "families from X village in Y arrive in Z")
_SEEN_FROM = r"\b(?:seen|viewed|photographed|pictured)\b[^.]{0,50}?\bfrom"


def _town_in_city(text: str, loc) -> None:
    """`at her house in Rahatgarh town in Sagar, Madhya Pradesh`, `at Chak Ali Sher village in
    Wazirabad district`: the place called a town (or a village) within the town read is where
    the picture was taken (or whence it was seen)."""
    # The pattern holds the town's name, so each town compiles a new one (~4 ms, _ATOMIC_NAME):
    # only where its literal tail stands in the text (an exact pre-test, no record changes).
    if " town in " + loc.city not in text and " village in " + loc.city not in text:
        return
    # (or a verb's object: "a landslide devastates Beolbang-ri village in Gamcheon-myeon")
    # (`at` and `near` place it as `in` does: "runs from ash at Kaliurang village in Sleman")
    m = re.search(rf"(?:\b(?:in|at|near)|{_SEEN_FROM}|\b(?!the |an? |its |their |his |her |our )(?P<verb>[a-z]{{2,}})) (?P<town>{_ATOMIC_NAME}) "
                  rf"(?:town|village) in {re.escape(loc.city)}\b", text)
    if m and m.group("verb") in _PREPS:
        return  # ("walk through Olympic village in Paris": a place passed, no verb's object)
    if m and not _is_venue_name(m.group("town")):
        loc.city = m.group("town")


def _owner_cut(venue: str) -> str:
    """`GM's Fairfax Assembly Plant`, `Baucus' Capitol Hill office`, `Doe's Capitol Hill office`:
    a company's capitals or a person's `s'` before a named venue of two words or more, or any
    one-word owner before a famous venue, is its owner, not part of the name (not `Lord's
    Cricket Ground`, `St. Peter's Basilica`: a name's own possessive)."""
    sp = venue.find(" ")
    w = venue[:sp]
    if sp > 0 and (w[-1:] == "." or w[:1].isupper()) and ("Co" in venue or "Corp" in venue or "Inc" in venue):
        owned = _company_owned(venue)
        if owned is not None:
            return owned
    if sp > 0 and w[-2:] not in ("s'", "s\u2019", "'s", "\u2019s"):
        m = _BODY_OWNER_RE.match(venue)
        if m is not None and " " in venue[m.end():] and _is_venue_name(venue[m.end():]):
            return venue[m.end():]  # "the New York State Assembly's Great Western Staircase": a body's
    if sp < 3 or not w[:1].isupper() or w[-2:] not in ("s'", "s\u2019", "'s", "\u2019s"):
        return venue
    rest = venue[sp + 1:]
    if rest.endswith(" office") and _key(rest[:-7]) in _famous():
        rest = rest[:-7]
    if " " not in rest or not rest[:1].isupper():
        return venue
    if w[-2] != "s" and _city_country(w[:-2]):
        return rest  # "Geneva's WHO headquarters", "Tokyo's Haneda airport": the town's, not the name's
    if w[-2] == "s" or 2 <= sp - 2 <= 5 and w[:-2].isalpha() and w[:-2].isupper():
        return rest if _is_venue_name(rest) else venue
    return rest if _key(rest) in _famous() else venue


# a body of several words that owns a named venue: "the New York State Assembly's", "Harvard University's",
# an armed service's ("the U.S. Army's Joint Multinational Readiness Center", "the Marine Corps' ...")
_BODY_OWNER_RE = re.compile(r"^[A-Z][\w.&\-]*(?: (?:[A-Z][\w.&\-]*|of|the|for)){0,5} (?:Assembly|Senate|Parliament|"
                            r"Legislature|Congress|University|College|Institution|Institute|Museum|Foundation|"
                            r"Library|Council|Ministry|Army|Navy|Force|Corps?|Guard|Command)(?:['\u2019]s|s['\u2019]) (?=[A-Z])")
_COMPANY_OWNER_RE = re.compile(r"^[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,4} (?:Co\.?|Corp\.?|Corporation|Company|Inc\.?)['\u2019]s (?=[A-Z])")


def _company_owned(venue: str) -> str | None:
    """`Tokyo Electric Power Co.'s Fukushima Daiichi Nuclear Power Plant`: a company's name of
    several words in the possessive before a named venue is its owner -> the venue, else None."""
    m = _COMPANY_OWNER_RE.match(venue)
    if m is None:
        return None
    rest = venue[m.end():]
    return rest if " " in rest and _is_venue_name(rest) else None


def _lower_owned(venue: str) -> bool:
    """`Abe's official residence`, `the governor's private home`: what the owner owns is a home in
    lower-case words (not `the Alliance's headquarters`, an organisation's seat: a venue)."""
    for mark in ("'s ", "\u2019s "):
        i = venue.find(mark)
        if i > 0:
            own = venue[i + len(mark):]
            return own.islower() and (own[own.rfind(" ") + 1:] in _HOME_NOUNS or own[own.rfind(" ") + 1:] in _WORKS_NOUNS)
    return False


_HOME_NOUNS = frozenset(("residence", "home", "house", "apartment", "flat", "villa", "mansion"))
# a company's works, in lower-case words, are as generic: "at Hyundai Motor Co.'s factory in
# Ulsan", "Tesla's plant in Fremont" name no venue (unlike "NATO headquarters", the body's seat)
_WORKS_NOUNS = frozenset(("factory", "factories", "plant", "plants", "shipyard", "warehouse", "refinery", "mill"))


@functools.cache
def _newspapers() -> dict[str, str]:
    out = {}
    for line in _data_lines("newspaper_home.tsv"):
        name, _, country = line.partition("\t")
        out[_paper_key(name)] = country.strip()
    return out


def _paper_key(name: str) -> str:
    k = _key(name)
    return k[4:] if k.startswith("the ") else k


_HOMES: dict = {}


def _newspaper_home(credit) -> str | None:
    """The home country of the newspaper that supplied the picture (agency or source), if listed.
    Memoised on the credit's three fields: a paper's pictures come in runs, the same credit each."""
    agency, source, line = getattr(credit, "agency", None), getattr(credit, "source", None), getattr(credit, "line", None)
    if _plain(agency) and _plain(source) and _plain(line):
        return _memoised(_HOMES, _home_of, (agency, source, line))
    return _home_of((agency, source, line))


def _plain(value) -> bool:
    """A str or None: a field the memo's key can hold as it is."""
    return value is None or type(value) is str


def _home_of(fields: tuple) -> str | None:
    agency, source, line = fields
    last = line.rsplit("/", 1)[-1].strip() if isinstance(line, str) and "/" in line else None
    for party in (agency, source, last):
        if isinstance(party, str) and party:
            home = _newspapers().get(_paper_key(party))
            if home:
                return home
    return None


# What follows a town in the where-and-when slot: "in Altadena on Jan. 8", "in Boise, Saturday", "in Boise."
_WHEN_AFTER_RE = re.compile(rf"(?: on | during the | in the (?:early |late )?(?:morning|afternoon|evening|night)\b|,? (?:on |)(?:{_DAYS}|{_MONTHS}\b|\d)|\.(?:\s|$)|$)")


# A lower-case clause after a town's comma (`in Suquamish, waiting to be vaccinated`): no region
# or country follows, the town stands alone
_CLAUSE_AFTER_RE = re.compile(r", (?=[a-z]{3})(?!and |or |in |at |near |outside |of )")
# A past-tense verb right after the town, then its object or a preposition (`Volunteers in Weston
# placed 3,000 flags`, `Residents in Fridley gathered outside`): the town closes the subject, the
# clause goes on (not an adjective before its noun: `riding in K-21 armored vehicles`)
_VERB_AFTER_RE = re.compile(r" (?:[a-z]{2,}ed|held|gave|took|built|fought|met|made|lit|dug|swept|spent|stood|"
                            r"sat|ran|brought|bought|threw|found|won|sold|began|drew|hung|led|kept|rode|caught|"
                            r"spoke|wrote|fled|paid|sang|wore) (?:a|an|the|their|his|her|its|up|out|off|down|on|"
                            r"at|in|outside|for|to|near|around|\d)\b")


def _venue_town_country(venue: str) -> str | None:
    """The country of the known town a venue's name opens with (`Hanoi Opera House`, `Teluk Intan
    Town Hall`: the town's first one or two words), else None."""
    words = venue.split()
    for n in (2, 1):
        if len(words) > n:
            head = " ".join(words[:n])
            country = _city_country(head) or _geo_country(head)
            if country:
                return country
    return None


def _home_town(text: str, phrases: list[_Phrase], loc: Location, home: str) -> None:
    """A local paper's picture with no country: `in Altadena on Jan. 8` is a town of its patch."""
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        if kind != "prep" or w not in _TOWN_PREPS or det is not None or dirw or rword or name is None:
            continue
        end = m.end("name") - 1
        if not _WHEN_AFTER_RE.match(text, end) and not _CLAUSE_AFTER_RE.match(text, end) \
                and not _VERB_AFTER_RE.match(text, end):
            continue
        if (_place_kind(name) or _is_venue_name(name) and not _town_after_venue(text, trigger, name, loc)
                or _not_venue(name) or _ABBREV_RE.fullmatch(name)
                or " of " in name or len(name.split()) > 3 or _key(name) in _demonyms()
                or " and " in name and _demonym_pair(name)):
            continue
        loc.city = loc.city or _display(name)
        loc.country = home
        return


@functools.cache
def _namesake_region_countries() -> dict[str, frozenset]:
    """The countries each namesake_regions.tsv region (a first-level region named like a town of
    its country: Cajamarca, Puebla, Dhaka) belongs to, by key."""
    out: dict[str, set] = {}
    for key, country in _name_country_pairs("namesake_regions.tsv"):
        out.setdefault(key, set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def _namesake_region_country(region: str) -> str | None:
    """A region read as a region (its word written, or after a known town) that regions.tsv does not
    list but namesake_regions.tsv gives to one country alone: that country (the schema's country
    implied by a written region). A name two countries' regions share gives none."""
    countries = _namesake_region_countries().get(_key(region))
    return next(iter(countries)) if countries is not None and len(countries) == 1 else None


@functools.cache
def _name_country_pairs(table: str) -> frozenset:
    """(key, country) of a two-column table of place names and their country:
    namesake_regions.tsv (regions named like a town of their country), home_namesake_towns.tsv
    (home towns named like a region abroad)."""
    return frozenset((_key(c[0]), c[1].strip()) for c in (l.split("\t") for l in _data_lines(table)) if len(c) > 1)


def _home_namesake_first(text: str, ranked: list, best: "_Chain", home: str) -> "_Chain":
    """`... in Surrey on March 15. People around the world ... in Christchurch, New Zealand`: a
    local paper's bare home town named like a region abroad, in an earlier sentence, places the
    picture; the later sentence's fuller chain is the news behind it (_home_namesake_town then
    reads the region as the town)."""
    pairs = _name_country_pairs("home_namesake_towns.tsv")
    for other in ranked[1:]:
        if other.city is None and other.region is not None and 0 <= other.pos < best.pos \
                and (_key(other.region), home) in pairs and text.find(". ", other.pos, best.pos) != -1:
            return other
    return best


def _home_namesake_town(text: str, loc: Location, home: str) -> None:
    """A local paper's `in Surrey on Jan. 31` (PNG): its own town, named like the English county,
    when the region is written bare (no `, England` after it) and its country nowhere."""
    if (_key(loc.region), home) not in _name_country_pairs("home_namesake_towns.tsv") or loc.country is None or loc.country in text:
        return
    i = text.find(" " + loc.region)
    if i < 0 or text.startswith((",", " in "), i + 1 + len(loc.region)):
        return  # ("in Surrey, England", "in Surrey in southern England": the county)
    loc.city, loc.region, loc.country = loc.region, None, home


# The when-slot right after a town, written plainly: "in Leuna on Monday", "in Petit Mbao on March 29"
_WHEN_SLOT_RE = re.compile(rf" on (?:{_DAYS}|{_MONTHS}\b|\d)|,? (?:{_DAYS}\b|{_MONTHS} \d)"  # (Reuters: "in Khokana August 15")
                           r"| (?:yesterday|today|tonight|this (?:morning|afternoon|evening)|last night)\b"  # ("in Nadi yesterday")
                           # a month or year, or a past span, as the time phrase ("in Leuna in March", "in Leuna
                           # in 1958", "in Leuna last year"): as `on Monday`, it closes the where-slot
                           rf"| in (?:(?:early|late) |mid-)?(?:{'|'.join(_MONTH_NAMES)}\b|(?:1[89]|20)\d\d\b(?!s))"
                           r"| (?:last|this|next) (?:year|week|month|weekend|spring|summer|autumn|fall|winter)\b")


def _person_words(name: str) -> bool:
    """A word of the name is a given name or a well-known surname (`near Biden`: a person)."""
    from .people import _vocab  # the people step owns the name tables
    names = _vocab()
    given, known = names["given"], names["known"]
    return any((w := word.casefold()) in given or w in known for word in name.split())


# last words of town names that also head venues, read as the town when a named venue stands
# right before `in` (`at the Earle Brown Community Center in Brooklyn Center`, `at Lincoln
# Elementary in Mounds View Heights`); not Park, Beach or Gardens, more often a park or beach
_TOWN_AFTER_VENUE_LAST = frozenset(("Center", "Centre", "Heights", "Springs", "Hills", "Falls"))


def _town_after_venue(text: str, trigger: int, name: str, loc: Location) -> bool:
    """`at the Earle Brown Community Center in Brooklyn Center.`: a name ending in a town-name
    venue word, right after the venue found, is the venue's town (one venue is named once; the
    tables' famous venues stay venues: `at the rink in Rockefeller Center`)."""
    return loc.venue is not None and name[name.rfind(" ") + 1:] in _TOWN_AFTER_VENUE_LAST and " " in name \
        and name[:4] != "The " and _key(name) not in _famous() and _venue_then_in(text, trigger, loc.venue)


def _venue_then_in(text: str, trigger: int, venue: str) -> bool:
    """`... at Central Elementary School in Davison.`: the venue written right before `in` at `trigger`."""
    return text.endswith(venue + " ", 0, trigger) or text.endswith(venue + ", ", 0, trigger)


def _later_chain(text: str, pos: int) -> bool:
    """The chain at `pos` stands in a later sentence than the first (_later_sentence's test:
    the first ". " is the cheap gate, the pattern searched from four characters before it)."""
    j = text.find(". ", 0, pos)
    return j != -1 and _SENTENCE_END_RE.search(text, j - 4 if j > 4 else 0, pos) is not None


# The when-slot closing just before `in`: a year or a weekday, then a comma (`2023, in`, `Friday, in`).
_DATE_COMMA_BEFORE_RE = re.compile(r"(?:\b(?:19|20)\d\d|day), $")


def _named_team_before(text: str, name: str, trigger: int) -> bool:
    """Every earlier mention of `name` opens the town's team (`the Wagner Red Raiders ... in
    Wagner`): `the`, the name, then capitalised words ending in a team nickname."""
    nicknames = _team_nicknames()
    i = text.find(name)
    while -1 < i < trigger:
        after = text[i + len(name):i + len(name) + 30].split(" ", 3)[1:3]
        team = [w.rstrip(",.") for w in after if w[:1].isupper()]
        if not text[:i].endswith("the ") or not team or not any(w in nicknames for w in team):
            return False
        i = text.find(name, i + 1)
    return True


def _named_water_before(text: str, name: str, trigger: int) -> bool:
    """Every earlier mention of `name` names the town's water ("the Kotzebue Sound near
    Kotzebue", "Moosehead Lake near Moosehead"): no person met before."""
    water = _venue_words()["water"]
    i = text.find(name)
    while -1 < i < trigger:
        after = text[i + len(name):i + len(name) + 20].split(" ", 2)
        if len(after) < 2 or after[0] != "" or after[1].rstrip(",.") not in water:
            return False
        i = text.find(name, i + 1)
    return True


# lower-case nouns that say a name is a place one goes to, beside the venue heads, in an
# apposition: "at Le Poisson Rouge, the downtown music venue,"
_APPOSED_VENUE_NOUNS = frozenset(("venue", "nightclub", "bar", "pub", "tavern", "restaurant", "cafe",
                                  "caf\u00e9", "diner", "brewery", "winery", "cinema", "bookstore",
                                  # heritage structures ("at the Agrasen ki Baoli, a 14th-century stepwell")
                                  "landmark", "site", "stepwell", "step-well", "tank", "tomb", "mausoleum"))
_APPOSED_VENUE_RE = re.compile(r" at (?:the )?(?P<name>[A-Z][\w'\u2019&.-]*(?: (?:[A-Z][\w'\u2019&.-]*|of|de|du|la|le|and|&|ki|ka))*)"
                               r", (?:the|a|an) (?P<words>[^,.;:()]{3,90}?)(?=[,.;:)]|$)")
# what may follow the apposition's head noun: its own place or time ("the rock club in Toronto")
_APPOSITION_HEAD_AFTER = frozenset(("in", "at", "on", "near", "of", "for", "where", "that", "which", "since"))


def _apposed_venue(text: str, loc: Location) -> None:
    """`perform at L'Astral, the festival's intimate new concert venue,`: a name the apposition
    after it calls a hall, club or venue is the venue, whatever its own words (and so not a town)."""
    heads = _venue_words()["lower_head"]
    for m in _APPOSED_VENUE_RE.finditer(text):
        name = m.group("name")
        if name.rsplit(" ", 1)[-1] in ("of", "de", "du", "la", "le", "and", "&", "ki", "ka") or _place_kind(name):
            continue
        words = m.group("words").split()
        for i, w in enumerate(words):
            if (w in heads or w in _APPOSED_VENUE_NOUNS) and (i + 1 == len(words) or words[i + 1] in _APPOSITION_HEAD_AFTER):
                loc.venue = name
                if loc.city == name:
                    loc.city = None
                return


_TOWN_CENTRES = frozenset(("downtown", "Downtown", "midtown", "Midtown"))
_CENTRE_NOUNS = frozenset(("centre", "center"))  # "in York city centre", "in the centre of Seymour"


# A name closing its clause: the sentence's period, or a clause opener after it (`in Kakuma.`,
# `in Kakuma, where ...`, `outside Tabkin as ...`): the where-slot ends there.
_CLAUSE_CLOSE_RE = re.compile(r"\.(?:\s|$)|,? (?:where|as|after|while|during) ")
_RELATIVE_AFTER_RE = re.compile(r" (?:that|which) (?:was|were|is|are|had|has|have) ")
# faith and discipline nouns by their endings (`in Islam.`, `a degree in Sociology.`)
_NOT_TOWN_ENDS = ("ism", "ianity", "ology", "ics")


@functools.cache
def _not_town_tables() -> tuple[frozenset, frozenset]:
    """Words before `in` that make its object a work, brand, field or faith; names of no place."""
    return (frozenset(_data_lines("not_town_after_in.txt")),
            frozenset(w.casefold() for w in _data_lines("not_town_names.txt")))


_QUARTER_FIRSTS = frozenset(("Old", "Inner", "Holy", "Walled", "Forbidden"))


@functools.cache
def _town_tails() -> frozenset:
    """Common words that end a multi-word town's name (`Cudjoe Key`, `Everglades City`)."""
    return frozenset(_data_lines("town_tail_words.txt"))


def _closing_town(text: str, trigger: int, name: str, end: int, loc: Location | None = None) -> bool:
    """`a clinic in Kakuma.`, `outside Tabkin, where ...`, `in Bab al-Hawa as ...`: an unknown name
    closing the where-slot's clause is a town when no table gives it another sense: not a word
    captions print in lower case (`in Autumn.`), a month or day, a language or faith (`in English.`,
    `in Islam.`), a person's name, a credit party or company (`in Tesla.`, `in Vogue.`), a body or
    event (`in Parliament.`), a team, an organisation, a named thing; nor a work, brand or field
    after its verb (`starred in Oppenheimer.`); a capitalised word before `in` is a person's (`Anne
    Hathaway in Chanel.`) unless it closes the venue found in `loc` (`at Mercy Hospital in Tabkin, where`)."""
    words = name.split()
    tail = 1 < len(words) <= 3 and words[-1] in _town_tails() and all(w[:1].isupper() for w in words) \
        and words[0] not in _QUARTER_FIRSTS  # (not a city's quarter: `in Old City.`)
    if _CLAUSE_CLOSE_RE.match(text, end) is None and not (tail and _RELATIVE_AFTER_RE.match(text, end)):
        return False  # (`a home in Upper Tabkin Creek that was carried away`: a settlement word's name, then its relative clause)
    before, names = _not_town_tables()
    j = text.rfind(" ", 0, trigger - 1)
    prior = text[j + 1:trigger - 1]
    if prior.casefold() in before or prior[:1].isupper() and prior[-1:] != "," and j > 0 and text[j - 1] not in ".:" \
            and not (loc is not None and _venue_before(text, trigger, loc)) \
            and text[text.rfind(" ", 0, j) + 1:j] not in _venue_words()["event_first"]:
        return False  # (`after Hurricane Irma in Cudjoe Key.`: a storm's name, no person's, before `in`)
    last, key = words[-1].casefold(), _key(name)
    vocab = _people_vocab()
    from .people import _table_key  # (the key of the people step's tables)
    if (not tail and (last in vocab["common"] or last in vocab["heads"]) or last in vocab["months"] or last in vocab["days"] or key in names or last in names
            or last.endswith(_NOT_TOWN_ENDS) or key in _languages() or last in vocab["peoples"]
            or _person_words(name) or _table_key(name) in vocab["not_people"] or key in vocab["things"]
            or key in vocab["mononyms"] or key in vocab["stage"] or _team_named(name) or words[-1] in _team_nicknames()
            or key in _famous()
            or any(word in _venue_words()["event"] or word in _venue_words()["body"] for word in words)
            or _org_named(name)):
        return False
    return not name.isupper()


def _closing_venue_town(text: str, loc: Location) -> None:
    """`Refugees collect rice in Mae La.`: an unknown name of two or three words closing the
    caption after `in`, read as a venue through the period, is the town when no table gives it a
    building's or another sense."""
    venue = loc.venue
    if not text.endswith(" in " + venue):
        return
    name, trigger = venue[:-1], len(text) - len(venue) - 3
    if not _is_venue_name(name) and not _not_venue(name) and _closing_town(text, trigger, name, len(text) - 1):
        loc.venue, loc.city = None, name


def _venue_before(text: str, trigger: int, loc: Location) -> bool:
    """The venue found is written right before the preposition at `trigger`."""
    return loc.venue is not None and _venue_then_in(text, trigger, loc.venue)


def _org_named(name: str) -> bool:
    """A credit party (agency, paper, company: `Tesla`, `Vogue`) or a name holding an organisation word."""
    from .credit import _lookup, _org_words  # the credit step owns the party tables
    if _lookup(name) is not None:
        return True
    news, handout = _org_words()
    return any(word in news or word in handout for word in name.split())


def _when_town(text: str, phrases: list[_Phrase], loc: Location) -> None:
    """No place found: `in Leuna on Monday` names a town the tables do not know (a name with no
    venue word, right before the when-slot), with no country (the picture's paper gives none)."""
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        centre = dirw is not None and dirw in _TOWN_CENTRES or t1 == "city" and t2 in _CENTRE_NOUNS
        if kind == "part" and w in _CENTRE_NOUNS and det is None and name and text.endswith(" in the ", 0, trigger):
            kind, w, centre = "prep", "in", True  # "in the centre of Seymour": only a town has a centre
        if kind != "prep" or w != "in" and w != "near" and w != "outside" or det is not None or dirw and not centre or rword or name is None:
            continue
        if name[-9:] == " District" and _is_district(name):
            # "in Sirajganj District on Monday": a district is no town; a district the tables
            # know is the region
            rc = _known_district(name[:-9])
            if rc is not None:
                loc.region, loc.country = rc
                return
            continue
        end = m.end("name") - 1
        if w == "outside":  # (only a name closing its clause: `outside Parliament on Monday` is the building)
            if " of " not in name and "'" not in name and len(name.split()) <= 3 and not (loc.venue and name in loc.venue) \
                    and text.find(name) == trigger + len(w) + 1 and _closing_town(text, trigger, name, end, loc) \
                    and not _is_venue_name(name) and not _not_venue(name):  # (_not_venue holds _place_kind)
                loc.city = _display(name)
                return
            continue
        if not (centre and w == "in" and not _person_words(name)  # ("in downtown Dartmouth": only a town has a downtown)
                or not dirw and not (loc.venue and name in loc.venue)
                and _closing_town(text, trigger, name, end, loc)
                or not dirw and _AREA_AFTER_RE.match(text, end) and not _person_words(name)
                or _WHEN_SLOT_RE.match(text, end)
                or w == "in" and _VERB_AFTER_RE.match(text, end) and not _person_words(name)
                or w == "near" and text.startswith(" during ", end) and not _person_words(name)
                or (w == "near" or loc.venue and _venue_then_in(text, trigger, loc.venue))
                and text[end:end + 1] in ("", ".") and text[end + 1:].strip() == "" and not _person_words(name)
                or loc.venue and text.startswith(". ", end) and _venue_then_in(text, trigger, loc.venue)
                and not _person_words(name)
                # (AP's `... on Friday, Aug. 25, 2023, in Wagner.`: the town closes the when-slot)
                or w == "in" and text[end:end + 1] in (".", "") and _DATE_COMMA_BEFORE_RE.search(text, max(0, trigger - 12), trigger)
                and not _person_words(name)) \
                or text.find(name) < trigger and not _named_water_before(text, name, trigger) \
                and not _named_team_before(text, name, trigger):
            continue  # (a name met before is someone's: "Jeb Bush speaks in Bush on Monday"; `near X during
            # the afternoon`: near names a place, its time clause follows)
            # (PA's `... the morning commute near Beckermonds`: `near X` ending the caption, a town)
        if (_place_kind(name) or _is_venue_name(name) and not _town_after_venue(text, trigger, name, loc)
                or _not_venue(name) or _ABBREV_RE.fullmatch(name)
                or " of " in name or len(name.split()) > 3 or _key(name) in _demonyms()
                or " and " in name and _demonym_pair(name)
                or "'" in name or "\u2019" in name or _is_event(name.split()) or name.split(" ", 1)[0] in _MEET_PARTS  # ("in Women's Singles on ...")
                or any(_place_kind(p) for p in name.split())):  # ("in Damascus Syria on ...": a comma lost)
            continue
        loc.city = _display(name)
        return


# The larger area an unknown town lies in, written right after it: `in Aza Khel, located in
# Pakistan's ... Province`, `in Olyonivka in territory held by ...`, `in Wujie in Ilan County`,
# `near Sarabah on the Gold Coast hinterland`.
_AREA_AFTER_RE = re.compile(r",? (?:located in |in (?:the )?territory |on the outskirts of |in (?:[A-Z][\w'\-]* ){1,3}"
                            r"(?:County|Province|District|Prefecture|Governorate|Oblast|Region|county|province|district|region)\b"
                            r"|on the (?:[A-Z][\w'\-]* ){1,3}(?:hinterland|coast)\b)")


def _town_before_area(text: str, phrases: list[_Phrase], loc: Location) -> None:
    """`in Aza Khel, located in Pakistan's northwest Khyber-Pakhtunkhwa Province`: the region or
    country was read, but not the unknown town written just before the area it lies in (nor one
    written with its `city centre`: only a town has one)."""
    placed = loc.region or loc.country
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        if kind != "prep" or w != "in" and w != "near" or det is not None or dirw or rword or name is None:
            continue
        end = m.end("name") - 1
        centre = t1 == "city" and t2 in _CENTRE_NOUNS  # ("in York city centre, in northern England")
        if not centre and (not _AREA_AFTER_RE.match(text, end) or text.find(placed, end, end + 160) == -1):
            continue
        if (" " in name and len(name.split()) > 3 or " of " in name or "'" in name or "\u2019" in name
                or _place_kind(name) or _is_venue_name(name) or _not_venue(name) or _person_words(name)
                or _ABBREV_RE.fullmatch(name) or _key(name) in _demonyms() or _is_event(name.split())
                or text.find(name) < trigger):
            continue
        loc.city = _display(name)
        return


# A town's own shore or front, written in lower case after its name (`Brighton beach`).
_TOWN_FEATURES = frozenset(("beach", "seafront", "waterfront", "harbour", "harbor", "promenade",
                            "boardwalk", "shore", "riverfront", "lakefront"))


def _feature_town(text: str, loc) -> None:
    """`crowd Brighton beach, England`, `on Bondi beach, Australia`: a town's lower-case feature,
    then its region or country after a comma -> the town, and what the comma adds."""
    stem, _, noun = loc.venue.rpartition(" ")
    if noun not in _TOWN_FEATURES or not stem or _country(stem):
        return
    i = text.find(loc.venue + ", ")
    n = _NAME_SEGMENT_RE.match(text, i + len(loc.venue) + 2) if i != -1 else None
    if n is None:
        return
    country = _country(n.group())
    rc = None if country else _region(n.group(), True)
    if rc:
        country = rc[1]
    if country is None or loc.country not in (None, country) or loc.region and rc and loc.region != rc[0]:
        return
    loc.city, loc.country = _display(stem), country
    if rc:
        loc.region = rc[0]


def _county_before(best, ranked: list, loc) -> str | None:
    """`in Yushu County, in northwestern Qinghai Province`: the region after `, in` reads as a chain
    of its own and ties with the county's; the county just before, with the same region, is the
    town no other chain names."""
    for other in ranked:
        if (other is not best and other.county and other.city is None and 0 <= other.pos < best.pos
                and other.region == loc.region and other.country == loc.country):
            return other.county
    return None


class _Loc:
    """The place _find works out, returned as a Location: the same fields in a class the compiled
    build types (places.pxd), so _find's many reads of them cost no attribute look-up."""

    __slots__ = ("venue", "city", "region", "country")

    def __init__(self):
        self.venue = self.city = self.region = self.country = None


# (one lower-case adjective may come first: "in a poor Athens neighbourhood")
_ATTRIBUTIVE_NAME_RE = re.compile(rf"(?:[a-z]+ )?(?P<name>{_NAME}) (?=[a-z])")
_ATTRIBUTIVE_GATES = (" at a ", " in a ", " outside a ", " near a ", " inside a ", " at an ", " in an ")
# the same chain after a possessive or `the` (`of their Catonsville, Md., home`, `hits the Fort
# Lauderdale, Florida, area`)
_ATTRIBUTIVE_CHAIN_GATES = (" their ", " his ", " her ", " the ")
# AP's attributive town with its state (`at a Sarasota, Fla., home`, `at a Rockland, Ont. home`,
# `in a Tulsa, Okla., hospital`): a town of any size, the state vouching for it
_ATTRIBUTIVE_CHAIN_RE = re.compile(r"(?P<name>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+){0,2}), "
                                   r"(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?),? (?=[a-z])")


# an owner's office named by its town: "AP's New York headquarters", "the bank's London offices"
_OWNER_OFFICE_RE = re.compile(r"(?:'s|\u2019s) (?P<name>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}) "
                              r"(?:headquarters|head office|offices?|bureau|newsroom|studios?|plant|factory|campus)\b")


def _owner_office_city(text: str, loc) -> None:
    """A listed town between an owner's possessive and its office is the picture's town, when
    the caption names no place another way."""
    if "'s " not in text and "\u2019s " not in text:
        return
    for m in _OWNER_OFFICE_RE.finditer(text):
        if _place_kind(m.group("name")) == "city":
            loc.city, loc.country = _display(m.group("name")), _city_country(m.group("name"))
            return


def _attributive_city(text: str, loc) -> None:
    """`arrives at a Wellington press conference`, `is treated in a Kyiv hospital`: a listed town
    named as the attribute of a place the caption names no other way is the picture's town."""
    gates = _ATTRIBUTIVE_GATES if " a " in text or " an " in text else ()  # (every gate holds one: a cheap test first)
    for gate in gates:  # (substring finds, then the name matched where one ends)
        i = text.find(gate)
        while i != -1:
            m = _ATTRIBUTIVE_NAME_RE.match(text, i + len(gate))
            if m is not None and _place_kind(m.group("name")) == "city":
                loc.city, loc.country = _display(m.group("name")), _city_country(m.group("name"))
                return
            c = _ATTRIBUTIVE_CHAIN_RE.match(text, i + len(gate)) if m is None else None
            if c is not None and _place_kind(c.group("name")) in (None, "city"):
                r = _region(c.group("region"), True)
                if r is not None:
                    loc.city, loc.region, loc.country = _display(c.group("name")), r[0], r[1]
                    return
            i = text.find(gate, i + 1)
    for gate in _ATTRIBUTIVE_CHAIN_GATES if ", " in text else ():  # (`their Catonsville, Md., home`: the chain form only)
        i = text.find(gate)
        while i != -1:
            c = _ATTRIBUTIVE_CHAIN_RE.match(text, i + len(gate))
            if c is not None and _place_kind(c.group("name")) in (None, "city") and not _person_words(c.group("name")):
                r = _region(c.group("region"), True)
                if r is not None:
                    loc.city, loc.region, loc.country = _display(c.group("name")), r[0], r[1]
                    return
            i = text.find(gate, i + 1)


_SKYLINE_RE = re.compile(rf"(?P<name>{_ATOMIC_NAME}) skyline\b")


def _skyline_city(text: str, loc) -> None:
    """`dust blankets Dubai skyline`, `the Manhattan skyline at dusk`: a listed town whose skyline
    the picture shows, when the caption names no other place, is the picture's town."""
    for m in _SKYLINE_RE.finditer(text):
        name = m.group("name")
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]  # ("New Delhi's skyline")
        if _place_kind(name) == "city":
            loc.city, loc.country = _display(name), _city_country(name)
            return


@functools.cache
def _place_object_re() -> re.Pattern:
    """A verb of place_object_verbs.txt, then a capitalised name of one or two words closing its
    clause (a stop, a comma, a semicolon, the end, or a preposition or `as` after it)."""
    verbs = "|".join(sorted(_data_lines("place_object_verbs.txt"), key=len, reverse=True))
    # (a wire's bare date closes the clause too: "battered Tacloban November 9, 2013", "rocked
    # Baghdad Tuesday"; no day or month is the name's second word)
    # ("metro Manila": a metropolitan region's lower-case word, read with its name)
    return re.compile(rf"\b(?:{verbs}) (?P<name>(?:metro )?[A-Z][\w'\u2019\-]+(?: (?!{_DAYS}\b|{_MONTHS} \d)[A-Z][\w'\u2019\-]+)?)"
                      r"(?=[.,;]|$| (?:on|in|during|after|before|as|amid|at|following|overnight)\b"
                      rf"| {_MONTHS} \d| {_DAYS}\b)")


def _verb_object_city(text: str, loc) -> None:
    """`An explosion rocks Baghdad during air strikes`, `Syrian soldiers patrol Beirut.`: a listed
    town as the object of a verb of place_object_verbs.txt, when the caption names no other
    place, is the picture's town."""
    for m in _place_object_re().finditer(text):
        name = m.group("name")
        kind = _place_kind(name)
        if kind == "city":
            loc.city, loc.country = _display(name), _city_country(name)
            return
        if kind == "region" and loc.region is None:
            # "a typhoon battered metro Manila", "floods lashed Kerala": the region it struck
            rc = _region(name, False)
            if rc:
                loc.region, loc.country = rc[0], rc[1]
                return


# a sentence's full stop glued to the next sentence's first word (a scraped page's lost
# space): "in Los Angeles.Assemblyman Mike Feuer", "on May 17, 2021.The plant" (a web
# address's ".Com" is no stop: "Crypto.Com Arena")
_GLUED_STOP_RE = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d{4}))\.(?!(?:Com|Net|Org|Co|Io|Tv)\b)(?=[A-Z][a-z])")
# (_find tests first for a stop before a capital and a small letter, from each stop: the
# pattern opens with look-behinds, so the regex engine tries it at every offset, ~100,000
# instructions a caption)


def _lead_then(text: str, lead: str, tails: tuple) -> bool:
    """Whether the text holds `lead` and right after it one of `tails`: the answer of `lead + tail
    in text` over the tails, in one scan for the lead (a startswith where it stands), where each
    `in` scans the whole text (~1,100 instructions a caption each)."""
    n = len(lead)
    i = text.find(lead)
    while i != -1:
        if text.startswith(tails, i + n):
            return True
        i = text.find(lead, i + 1)
    return False


def _opening_at(text: str) -> str:
    """`At Heathrow Airport in London, ...`, `... on Monday. At the border, ...`, `SLUG At X in Y`:
    a sentence that opens with `At` reads as `at` (the scan leads with lower-case words; the
    length holds, so every offset does)."""
    i = text.find("At ")
    while i != -1:
        if i == 0 or text.endswith(". ", 0, i) or text[:i].isupper() and text[i + 3:i + 4].isupper():
            text = text[:i] + "at" + text[i + 2:]
        i = text.find("At ", i + 3)
    return text


def _opening_in(text: str) -> str:
    """`In Ghana, kindergarten students practise ...`, `Near Khulna, Bangladesh — a ferry ...`: a
    caption that opens with `In`, `Near` or `Outside`, a place the tables know and a comma reads
    it in lower case (as _opening_at; the length holds). Only the opening: a later sentence's `In
    California, Democrats ...` tells the story's background, and `In Memoriam, Name` names no place."""
    n = text.find(" ", 0, 8)
    if n > 0 and text[:n] in _OPENING_PREPOSITIONS and text[n + 1:n + 2].isupper():
        comma = text.find(",", n + 2, n + 46)
        name = text[n + 1:comma]
        if comma != -1 and text.find(". ", n + 1, comma) == -1 and (_place_kind(name) is not None or _geo_country(name) is not None):
            return text[:n].lower() + text[n:]
    return text


_OPENING_PREPOSITIONS = frozenset(("In", "Near", "Outside"))


# `the district of al-Hindiyah east of Karbala`: an area, read by _measured_from_countries as written
_AREA_OF_WORDS = frozenset(("district", "province", "governorate", "county", "prefecture"))


def _article_opens_name(text: str) -> str:
    """`in al-Bab, northern Syria`, `at the besieged al-Yarmouk camp`: a lower-case Arabic article
    opening a name after a lower-case word (a preposition, an article) written with a capital, so
    the scan reads the name as it reads `Al-Bab` (the same length: the same spans). After a
    capitalised word the article continues a name (`Deir al-Balah`, `Bashar al-Assad`) and after a
    possessive it opens a venue (`Mosul's al-Salam hospital`, read by _venue_owner_town): as written."""
    i = text.find(" al-")
    while i != -1:
        if "A" <= text[i + 4:i + 5] <= "Z":
            word = text[text.rfind(" ", 0, i) + 1:i]
            if (word.isalpha() and (word.islower() or word.istitle() and word.lower() in _PREPS)
                    and not (word == "of" and text[:i - 3].rpartition(" ")[2] in _AREA_OF_WORDS)):
                text = text[:i + 1] + "A" + text[i + 2:]
        i = text.find(" al-", i + 4)
    return text


# A compass word typed in lower case before a capitalised name: `in northern Ireland`, `in south
# Korea`, `west Java`. When the two written with a capital are a country or region the tables know,
# the caption means that place (a typing slip); `southern Sudan`, `north London`, `east London` (a
# town) name no such country or region and stay as written.
_LOWER_COMPASS_RE = re.compile(r" (?:north|south|east|west|central)(?:ern)? (?=[A-Z])")
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _compass_name_capitalised(text: str) -> str:
    """`text` with each lower-case compass word that opens a known country's or region's name
    given its capital (the same length: the same spans). One regex search: most captions hold
    no lower-case compass word before a capital."""
    c = _LOWER_COMPASS_RE.search(text)
    while c is not None:
        i = c.start()
        m = _CAPITALISED_WORD_RE.match(text, c.end())
        if m is not None and _place_kind(text[i + 1].upper() + text[i + 2:m.end()]) in ("country", "region"):
            text = text[:i + 1] + text[i + 1].upper() + text[i + 2:]
        c = _LOWER_COMPASS_RE.search(text, c.end())
    return text


def _as_printed(loc: Location, plain: str, printed: str) -> None:
    """Each name read from `plain` given back as `printed` writes it (the two differ only in
    letters' case, at the same places)."""
    for field in ("venue", "city", "region", "country"):
        name = getattr(loc, field)
        i = plain.find(name) if name and "Al-" in name else -1
        if i != -1:
            setattr(loc, field, printed[i:i + len(name)])


# A turned comma between letters is the Hawaiian ʻokina as keyboards write it (`Hawai‘i`, `Kaʻū`):
# part of the word, not a quote's opening.
_OKINA_RE = re.compile(r"(?<=[^\W\d_])\u2018(?=[^\W\d_])")


def _okina_place(text: str, home: str | None, date_span) -> Location:
    """The place read with each ʻokina as an apostrophe (the name scan's own mark), then every
    name given back as printed (the same length, so the same span)."""
    plain = _OKINA_RE.sub("'", text)
    loc = _find(plain, home, date_span)
    names = []
    for name in (loc.venue, loc.city, loc.region, loc.country):
        i = plain.find(name) if name and "'" in name else -1
        names.append(text[i:i + len(name)] if i != -1 else name)
    return Location(*names)


def _past_topic_tag(text: str, date_span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """A leading `[Topic]` tag (the event the library files the picture under) stands before the
    dateline: the text after it, the date's span moved with it."""
    k = text.find("] ", 1, 60)
    if k == -1 or "[" in text[1:k] or not text[k + 2:k + 3].isupper():
        return text, date_span
    if date_span is not None:
        if date_span[0] < k + 2:
            return text, date_span  # (a date inside the tag: leave the text as written)
        date_span = (date_span[0] - k - 2, date_span[1] - k - 2)
    return text[k + 2:], date_span


def _venue_phrases(phrases: list, chains: list, city: str) -> list:
    """The phrases the venue step reads: a phrase whose name the chain starting at it took as
    the picture's town (`in Temple, Texas`) is read as no name (the list keeps its length: the
    venue step looks at a phrase's neighbours by index). A chain read as a town that the
    picture's town is not (`at Bondi Beach in Sydney`) leaves its phrase to the venue step."""
    out = phrases
    for n in range(len(phrases)):
        ph = phrases[n]
        if ph[5] != city or ph[7] is not None or ph[0] != "prep":
            continue  # (the town's name first: most phrases are not it, and the chains are not walked)
        at = ph[2] + len(ph[1])
        for ch in chains:
            if ch.pos == at and ch.city == city:
                # (not a name a lower-case word follows: "at the Suzuka circuit in Suzuka" names a venue)
                if out is phrases:
                    out = list(phrases)
                out[n] = ph[:5] + (None,) + ph[6:]
                break
    return out


# after a name: `to`, one to three capitalised words, then a lower-case word (an event noun?)
_TITLE_TAIL_RE = re.compile(r" to (?:[A-Z][\w'\-]* ){1,3}(?P<noun>[a-z]+)\b")


def _title_opening(text: str, venue: str) -> bool:
    """`at the Road to Victory exhibition`, `the Bridge to Peace fair`: a venue head read as a
    name, then `to` and capitalised words, then an event noun (event_nouns.txt): the words are
    the title of the event named by the noun, no place (a title written without quotes)."""
    i = text.find(venue + " to ")
    if i == -1:
        return False
    m = _TITLE_TAIL_RE.match(text, i + len(venue))
    return m is not None and m.group("noun") in _people_vocab()["event_nouns"]


# A settlement noun written with a capital after a demonym, then `of` and the name (`the southern
# Israeli Kibbutz of Nir Yitzhak`, `the Lebanese Village of Khiam`): read in lower case, as `the
# Lebanese village of Khiam` is (the length holds)
_DEMONYM_SETTLEMENT_RE = re.compile(r"\b(?P<dem>[A-Z][a-z]+) (?P<noun>Kibbutz|Village|Town) of (?=[A-Z])")


def _lower_settlement(m: re.Match) -> str:
    if _demonyms().get(_key(m.group("dem"))) is None:
        return m.group()
    return f"{m.group('dem')} {m.group('noun').lower()} of "


def _metro_region_capitalised(text: str) -> str:
    """`metro Manila` -> `Metro Manila` where regions.tsv lists the region with its capital
    (`Metro Manila`): the name scan opens on a capital (the length holds)."""
    i = text.find(" metro ")
    while i != -1:
        m = _NAME_SEGMENT_RE.match(text, i + 7)
        if m is not None and _key("Metro " + m.group()) in _regions():
            text = text[:i + 1] + "M" + text[i + 2:]
        i = text.find(" metro ", i + 7)
    return text


# "CBD" after a capitalised word: a town's central business district (`the Johannesburg CBD`)
_CBD_RE = re.compile(r"(?<=[a-z]) CBD\b")


def _find(text: str, home: str | None = None, date_span: tuple[int, int] | None = None) -> Location:
    text = text[:_MAX_TEXT]
    if not text.strip():
        return Location()
    if text[:1] == "[":  # FEMA's photo library: `[Hurricane Katrina] New Orleans, LA, August 31, 2005 -- ...`
        text, date_span = _past_topic_tag(text, date_span)
    stop = text.find(".")
    while stop != -1:  # (a stop glued to a capitalised word, `.[A-Z][a-z]`, looked for from each stop: a regex search cost more)
        if "A" <= text[stop + 1:stop + 2] <= "Z" and "a" <= text[stop + 2:stop + 3] <= "z":
            text = _GLUED_STOP_RE.sub(". ", text)  # (so no place name runs on over the stop)
            break
        stop = text.find(".", stop + 1)
    if "At " in text:
        text = _opening_at(text)
    if " CBD" in text:  # "in the Johannesburg CBD", "in Nairobi CBD": the town's central business
        text = _CBD_RE.sub(" cbd", text)  # district, a quarter, read as "the Johannesburg area" is (the length holds)
    if " metro " in text:  # "in Pasay city, metro Manila": the region the tables list as "Metro Manila"
        text = _metro_region_capitalised(text)
    if " of " in text and ("Kibbutz of " in text or "Village of " in text or "Town of " in text):
        text = _DEMONYM_SETTLEMENT_RE.sub(_lower_settlement, text)  # "the southern Israeli Kibbutz of Nir Yitzhak"
    if text[:3] == "In " or text[:5] == "Near " or text[:8] == "Outside ":
        text = _opening_in(text)
    phrases = _phrases(text)
    if " over " in text:  # "their win over France": the side beaten, not where the picture is
        phrases = [ph for ph in phrases if not (ph[1] == "over" and ph[0] == "prep" and _contest_before(text, ph[2]))]
    chains, chain_starts = _chains(text, phrases)
    # ranked once, before the steps below change the best chain (the others keep their order)
    ranked = sorted(chains, key=_Chain.score, reverse=True) if len(chains) > 1 else chains
    if len(ranked) > 1 and ranked[0].weight == 1 and ranked[0].pos > 0:
        ranked = _origin_last(text, ranked)
        if ranked[0].weight == 1:
            ranked = _origin_after_place(text, ranked)
    elif len(ranked) > 1 and ranked[0].pos > 0:
        ranked = _background_last(text, ranked)
    best = ranked[0] if chains else None
    if best is not None and best.pos > 0 and len(ranked) > 1 and best.city and best.country:
        first = _first_town_country(text, ranked)  # "in Zorgal, Sudan, after fleeing fighting in Khartoum, Sudan"
        if first is not best:
            best = first
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and best.pos > 0 and len(ranked) > 1 and ". " in text:
        best = _first_sentence_best(text, ranked)
        if home and best is ranked[0]:
            best = _home_namesake_first(text, ranked, best, home)
        if best is not ranked[0]:
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and date_span is not None and len(ranked) > 1 and best.pos > date_span[1] \
            and text.count(" ", date_span[1], best.pos) > 3:  # (not AP's "..., Tuesday, May 28, 2024, in New York")
        dated = _dated_place(text, ranked, best, date_span[0])  # "in Soweto, 29 October 2025, after ... in Johannesburg"
        if dated is not best:
            best = dated
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and date_span is not None and len(ranked) > 1 and best.pos > date_span[1] \
            and text.startswith(". ", date_span[1]):
        dated = _date_sentence_place(text, ranked, best, date_span)  # "... , Central Jakarta, on Nov. 16. ... in Intan Jaya, Papua"
        if dated is not best:
            best = dated
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and date_span is not None and len(ranked) > 1 and 0 <= best.pos < date_span[0] \
            and best.country and text.find(" to ", max(0, best.pos - 45), best.pos) != -1:
        dated = _dated_town_over_goal(text, ranked, best, date_span[0])  # "to seek asylum in El Paso,
        if dated is not best:  # Texas, U.S., in Ciudad Juarez, Mexico February 5, 2021"
            best = dated
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and len(ranked) > 1 and (" before " in text or " ahead of " in text):
        earlier = _before_next_place(text, ranked, best)  # "performs in Toronto before ... in Vancouver"
        if earlier is not best:
            best = earlier
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and len(ranked) > 1 and " seen from " in text:
        seen = _seen_from(text, ranked, best)  # "in the Gaza Strip as seen from southern Israel"
        if seen is not best:
            best = seen
            ranked = [best] + [c for c in ranked if c is not best]
    if best is not None and best.city and len(ranked) > 1 and _district_phrase(phrases):
        town = _town_before_district(text, ranked, best)  # "in the town of Marjah, in Nad Ali district, ..."
        if town is not best:
            best = town
            ranked = [best] + [c for c in ranked if c is not best]
    loc = _Loc()
    if best and best.pos == -1:
        # Getty/AFP: the dateline is where the picture was filed; the body says where it was taken.
        for other in chains:
            if other.city and other.pos >= 0 and other.country == best.country:
                best.city = other.city
    if best and best.border and best.country == best.border:
        best.country = None  # the neighbour named in "near the border with X" is not the country
    if best and best.city and len(chains) > 1:
        _written_country(text, best, chains)
    if best:
        loc.venue, loc.city, loc.region, loc.country = best.venue, best.city, best.region, best.country
        venue_gap = -1  # (how far from the best chain the venue taken from another chain stands)
        for other in ranked[1:]:
            if not _compatible(best, other):
                continue
            if loc.city and other.city and _key(other.city) != _key(loc.city) and other.pos != -1:
                continue
            if other.pos == -2 and loc.city and _key(loc.city) != _key(other.region or ""):
                continue  # a region merely mentioned joins only the town of the same name
            if (loc.city and loc.country and other.region and not other.city and loc.region is None
                    and best.pos >= 0 and other.pos > best.pos and text.find(". ", best.pos, other.pos) != -1
                    and _SENTENCE_END_RE.search(text, best.pos, other.pos) is not None):
                continue  # "in Kabul, Afghanistan May 13, 2020. ... in the eastern province of
                # Nangarhar": a later sentence's region is another place, not the town's
            if (best.county and loc.city is None and other.city and best.pos >= 0 and other.pos > best.pos
                    and _SENTENCE_END_RE.search(text, best.pos, other.pos) is not None):
                continue  # "near Xingfu Village of Shimian County, ... Province. ... Shimian County in
                # Ya'an": a later sentence's town is not the county's village (read below)
            if (loc.city is None and other.city and best.country and best.pos >= 0 and other.pos > best.pos
                    and text.find(". ", best.pos, other.pos) != -1
                    and _SENTENCE_END_RE.search(text, best.pos, other.pos) is not None):
                continue  # "to the Nyumanzi transit camp in north Uganda. ... refugees have arrived in
                # Adjumani, ...": the first sentence places the picture by its country; a later
                # sentence's town is the story's, not the one that sentence left out
            loc.region = loc.region or other.region
            loc.country = loc.country or other.country
            loc.city = loc.city or other.city
            if other.venue and best.venue is None and 0 <= best.pos and 0 <= other.pos:
                # "outside the White House in Washington, ..., ahead of a meeting at the Capitol":
                # of two venues the best chain does not name, the one written beside its town
                gap = abs(other.pos - best.pos)
                if venue_gap == -1 or gap < venue_gap:
                    loc.venue, venue_gap = other.venue, gap
            else:
                loc.venue = loc.venue or other.venue
    venue = _venue(text, _venue_phrases(phrases, chains, loc.city) if loc.city is not None else phrases, chain_starts)
    if venue is not None and venue.startswith(_DIR_SPLIT) and venue.split(" ", 1)[1] == loc.city:
        venue = None  # `in South Belfast`: a quarter of the town (_direction_split), no venue
    if venue is not None and " " in venue and _office_then_person(venue):
        # "walks past House Speaker Mike Johnson": an office holder, no venue (the rare case, read again)
        venue = _venue(text, [p for p in phrases if p[5] is None or not _office_then_person(p[5])], chain_starts)
    if (venue and loc.venue and venue != loc.venue and best is not None and best.pos > 0
            and _later_sentence(text, loc.venue, best.pos)):
        loc.venue = None  # a later sentence's venue gives way to the picture's ("at St Peter's Square on ...")
    elif venue and loc.venue and venue != loc.venue and ". " in text:
        first = text.find(venue)
        if first != -1 and _later_sentence(text, loc.venue, first):
            loc.venue = None  # "a procession on Dhaka University campus ... . The protesters ... near Dhaka
            # Officers Club": the chain's venue is a later sentence's, the first sentence's is the picture's
    if venue and (loc.venue is None or len(venue) > len(loc.venue) and loc.venue in venue):
        loc.venue = venue
    elif venue and venue != loc.venue and _quarter_named(text, loc.venue):
        loc.venue = venue  # "outside the KLEO Center ... in the Washington Park neighborhood": the quarter is no venue
    elif venue and venue != loc.venue and _near_landmark(text, venue, loc.venue):
        hit = _famous().get(_key(loc.venue))  # (the landmark beside it still gives the country)
        loc.venue, loc.country = venue, loc.country or (hit[1] if hit else None)
    elif venue and venue != loc.venue:
        loc.venue = venue if _left_for(text, venue) else _inner_venue(text, venue, loc.venue) or loc.venue
    if loc.venue and loc.city is None and loc.venue.count(" ") >= 2 and loc.venue[loc.venue.rfind(" ") + 1:].islower():
        _town_before_venue(loc)  # "in Barishal Port Road market": the town, then the venue
    if loc.venue and venue is None and _quarter_named(text, loc.venue):
        loc.venue = None  # the chain's "in the Clearfield Farm subdivision in Lake Charles": a neighbourhood
    if loc.venue and len(chains) > 2:  # an earlier chain's venue inside this one ("at X during Y at Z")
        for other in chains:
            if other.venue and other.venue != loc.venue and other.pos >= 0:
                inner = _inner_venue(text, other.venue, loc.venue)
                if inner:
                    loc.venue = inner
                    break
    if loc.venue and " to " in text and _title_opening(text, loc.venue):
        loc.venue = None  # "at the Road to Victory exhibition": an event's title, no venue
    if loc.venue is None:  # (its own cheap tests: an opening "The"/"FILE", then " to the ")
        loc.venue = _subject_venue(text, chain_starts)
    if loc.venue is None and text[:1].isupper():
        loc.venue = _opening_landmark(text) or _opening_in_town(text, chain_starts) or _opening_street(text)
    elif text.find(" near ", 0, 60) != -1 and text[:1].isupper():
        street = _opening_street(text)  # "X Drive near Y Street in Kanata where ...": the street pictured, not its landmark
        if street is not None and text.startswith(" near " + loc.venue, text.find(street) + len(street)):
            loc.venue = street
    if loc.venue is None and text.startswith(_SHOWS_OPENINGS):
        loc.venue = _shown_venue(text)
    if loc.venue is None and _lead_then(text, "the ", ("capital", "city", "town")):
        loc.venue = _town_owned_venue(text)
    if (loc.venue and best is not None and best.city and best.pos > 0 and ". " in text
            and _later_sentence(text, loc.venue, _first_naming(chains, best))):
        loc.venue = None  # "in Madison, Wis., Tuesday. The shooting happened at X": not the picture's place
        goal = _subject_venue(text, chain_starts) if " to the " in text else None
        if goal and not _later_sentence(text, goal, _first_naming(chains, best)):
            loc.venue = goal  # "walks his daughter to the X school, Monday, in Danbury, Conn. ... at Y": the first sentence's
    if (loc.venue and best is not None and best.region and best.pos > 0 and ". " in text
            and _later_abbrev_sentence(text, loc.venue, best.pos)):
        loc.venue = None  # "near Miami, Fla. Police said ... around X High School": the same, after a state's abbreviation
    if loc.venue is None and " taken " in text:
        loc.venue = _taken_at_venue(text)
    if loc.venue and ")" in text:
        at = text.find(loc.venue)
        if at != -1 and _SIDE_BRACKET_RE.match(text, at + len(loc.venue)):
            loc.venue = None  # "the ANC in KwaZulu-Natal Siboniso Duma (centre)": a person and the side
            # the person stands on (a surname that is a venue word), no venue
    if loc.venue and loc.city and _key(loc.venue) == _key(loc.city) and (not _is_venue_name(loc.venue)
                                                                       or _geo_country(loc.venue)
                                                                       or best is not None and best.pos == -1
                                                                       or _town_first_abroad(loc)):
        loc.venue = None  # "in Mianzhu, in southwest China's ...": the chain read the town (so did
        # a dateline: "PORT CANAVERAL, Fla. (Sept. 24, 2020) ... in Port Canaveral")
    if loc.venue and " by the " in text:
        loc.venue = _by_the_venue(text, loc.venue)
    if loc.venue and ("'" in loc.venue or "\u2019" in loc.venue):
        _owned_venue(loc)
        if loc.city is None and "'s " in loc.venue and f"in {loc.venue}" in text:
            _suburb_owned_venue(loc)
        if loc.city is None and home and loc.region is None:
            _home_owned_venue(loc, home)
        if loc.venue and _lower_owned(loc.venue):
            loc.venue = None  # "at Abe's official residence": a person's generic place, no named venue
        if loc.venue:
            loc.venue = _owner_cut(loc.venue)
    if " the " in text and ("Capitol" in text or _lead_then(text, "H", ("all", "ouse")) or "Palace" in text):
        _part_of_famous(text, loc)
    if loc.venue and loc.venue.endswith(" office") and _key(loc.venue[:-7]) in _famous():
        loc.venue = loc.venue[:-7]  # "the Capitol Hill office of Sen. X": a famous place, then a description
    if loc.venue and " for " in text and loc.venue[loc.venue.rfind(" ") + 1:] in _FOR_HEADS \
            and f"{loc.venue} for " in text:  # the chain's venue stops at `for`: its name goes on
        loc.venue = _for_name(text, loc.venue, text.find(f"{loc.venue} for ") + len(loc.venue))[0]
    if loc.venue and "University of " in loc.venue:
        loc.venue = _campus_at(text, loc.venue)
    elif loc.venue and " at " in text:
        loc.venue = _at_name(text, loc.venue, loc.city)
    if loc.venue and " in " in text and _titled_event(text, loc.venue):
        loc.venue = None  # "the Pride in London parade": an event's title, no venue
    if loc.venue and _harm_in(text) and _harm_venue(text, loc.venue):
        loc.venue = None  # the chain's "the shooting at X High School, in Parkland": the event's place
    if loc.venue and loc.city and loc.venue == loc.city and loc.venue[loc.venue.rfind(" ") + 1:] in _TOWN_LAST:
        loc.venue = None  # "in Hallandale Beach, Florida": read as the town, it is no venue as well
    elif loc.venue and loc.city and _neighbourhood_of_borough(text, loc.venue, loc.city):
        loc.venue = None
    if loc.city is None and loc.venue and not _is_venue_name(loc.venue) and (
            f"in {loc.venue} in " in text or (loc.region or loc.country) and f" in {loc.venue} on " in text
            and _GETTY_TOWN_RE.match(text, text.find(f" in {loc.venue} on ") + len(loc.venue) + 4)):
        # "in Tripoli in northern Lebanon"; Getty's "in Borodyanka on November 09, 2022 in Kyiv
        # Region, Ukraine": a town, not a venue
        loc.city, loc.venue = loc.venue, None
    if loc.city is None and loc.venue and loc.region and " of " in text and _town_on_island(text, loc.venue):
        loc.city, loc.venue = loc.venue, None
    if loc.city is None and loc.venue is None and loc.region and " of " in text:
        _town_before_island(text, phrases, loc)
    if loc.city is None and (loc.region or loc.country) and chain_starts:
        town = _town_before(text, phrases, chain_starts, loc.country)
        if town:
            loc.city = town
            if loc.venue == town:
                loc.venue = None
    if loc.venue and ("'s " in loc.venue or "\u2019s " in loc.venue):
        _venue_owner_town(loc)  # "Baghdad's al-Rasheed hotel": the town's possessive is no part of the venue
    if loc.city is None and loc.venue and loc.venue[-1:].islower():
        _feature_town(text, loc)  # "on Brighton beach, England": the beach's town
    if loc.city is None and best is not None and best.county:
        loc.city = best.county  # "in Yuexi County, southwest China's Sichuan Province": no town but the county
    elif loc.city is None and best is not None and len(ranked) > 1 and loc.region:
        loc.city = _county_before(best, ranked, loc)
    if _may_place_by_neighbour(text, loc, best):
        _town_near(text, phrases, loc)
    if loc.venue is None and " at " in text and (", the " in text or ", a " in text or ", an " in text):
        _apposed_venue(text, loc)
    if loc.country is None and loc.venue:
        hit = _famous().get(_key(loc.venue))
        if hit is None and " of " in loc.venue:  # "South Lawn of the White House": the famous whole it is part of
            tail = loc.venue.rpartition(" of ")[2]
            hit = _famous().get(_key(tail[4:] if tail[:4] == "the " else tail))
        if hit is None and loc.venue.count(" ") > 1:  # "the Royal Exhibition Building Dome Promenade"
            hit = _famous_front(loc.venue)
        elif hit is None and loc.venue.endswith(_GROUND_HEADS) and " " in loc.venue:
            hit = _famous().get(_key(loc.venue.rpartition(" ")[0]))  # "Anfield Stadium": the famous ground, its head noun written
        if hit is None and loc.city is None and loc.region is None:
            hit = _famous_host(text, loc.venue)  # "the David H. Koch Theatre at Lincoln Center": the host's country
        if hit and hit[1]:
            loc.country = hit[1]
        elif hit is None and " of " in loc.venue and loc.city is None and loc.region is None:
            # "the Royal Palace of Madrid": a venue named after its town implies the town's country
            loc.country = _city_country(loc.venue.rpartition(" of ")[2])
    if loc.venue and loc.city and loc.venue.endswith(" estate") and f"{loc.venue} of {loc.city}" in text:
        loc.venue = None  # "in the Southlands estate of Nairobi": a housing estate, a quarter of the town
    if loc.city is None and loc.venue and " in the capital" in text:
        _capital_venue_town(text, loc)
    if loc.venue and " of " in loc.venue and (loc.city is None or loc.region is None):
        _town_body_town(loc)  # "at the Port of Tacoma in Washington": the port's town, then its state
    if loc.city is None:
        _dateline_fallback(text, loc)
        if loc.city is None and ", " in text:
            _place_sentence(text, loc)
        if loc.city is None and text[1:2].islower() and (" \u2013 " in text[:30] or " \u2014 " in text[:30]):
            _dash_dateline(text, loc, home)
    if loc.country is None and text.find(":", 3, 40) != -1:
        _country_label(text, loc)
    if loc.venue and loc.city is None and loc.region is None and loc.country is None:
        _landmark_town(loc)
    if loc.city is None and loc.country is None and loc.region is None and (", a " in text or ", an " in text):
        _apposed_settlement(text, loc)
    if loc.city is None and loc.country is None and loc.region is None and (" la " in text or " le " in text or " el " in text):
        _foreign_settlement(text, loc)  # AFP's French "dans la ville de Konna", EFE's "en la ciudad de X"
    if loc.city is None and loc.country is None and loc.region is None:
        if "'s " in text or "\u2019s " in text:
            _town_of_owned_region(text, loc)
        if loc.country is None:
            _comma_place(text, loc)
    elif loc.city is None and loc.region is None and loc.venue and loc.country and ", " in text:
        _comma_town_of_venue(text, loc)
    if loc.city is None and loc.venue and loc.region is None and f"{loc.venue}, " in text:
        _venue_comma_town(text, loc)
    if loc.city is None and loc.country is None and loc.region is None:
        _attributive_city(text, loc)
        if loc.city is None and " skyline" in text:
            _skyline_city(text, loc)
        if loc.city is None and loc.country is None and loc.venue is None:
            _verb_object_city(text, loc)  # "An explosion rocks Baghdad": the blast's town
    if loc.city is None and loc.country is None and loc.region is None and "s " in text:
        _owner_office_city(text, loc)
    if loc.city is None and loc.country is None and loc.region is None and loc.venue is None and "." in text:
        glued = _glued_state_town(phrases)
        if glued is not None:
            loc.city, loc.region, loc.country = glued[0], glued[1], "United States"
    if home and loc.city is None and loc.region is not None and loc.country != home:
        _home_namesake_town(text, loc, home)
    if home and loc.country is None and loc.region is None:
        _home_town(text, phrases, loc, home)
        if loc.country is None and loc.city:
            # a national agency's own town that no table knows (BTA's `the Black Sea town of
            # Sozopol`): its home country
            loc.country = home
        elif loc.country is None and loc.venue and loc.city is None and home != "United States" \
                and _venue_town_country(loc.venue) == home:
            # Bernama's `at the Teluk Intan Town Hall`: a home town names the building (not a US
            # paper's: its towns' names recur across states and in resorts, `Winter Park Resort`)
            loc.country = home
    elif loc.city is None and loc.country is None and loc.region is None:
        _when_town(text, phrases, loc)
    elif loc.city is None and best is not None and best.pos > 0 and _later_chain(text, best.pos):
        # "held at X barracks in Gwagwalada on April 17, 2018. The summit is held in Nigeria":
        # the country a later sentence names leaves the first sentence's dated town standing
        _when_town(text, [ph for ph in phrases if ph[2] < best.pos], loc)
    if loc.city is None and (loc.region or loc.country) and (
            " located in " in text or " territory " in text or " hinterland" in text or " coast " in text
            or " outskirts of " in text or " city cent" in text
            or " County" in text or " Province" in text or " District" in text):
        _town_before_area(text, phrases, loc)
    if loc.venue and loc.venue[-1] == "." and " " not in loc.venue and text.rstrip().endswith(f" in {loc.venue}"):
        name, loc.venue = loc.venue[:-1], None  # "the cycling race in Huy.": the sentence's period, read
        if loc.city is None and loc.region is None and not _is_venue_name(name) and not _ABBREV_RE.fullmatch(name) \
                and name.casefold() not in _not_town_tables()[1]:  # (`believe in God.`)
            loc.city = name  # as an abbreviation's; the where-slot's last word, a town
    elif loc.venue and loc.venue[-1] == "." and loc.city is None and loc.region is None and loc.country is None:
        _closing_venue_town(text.rstrip(), loc)
    if loc.venue and loc.venue.endswith(("'s.", "\u2019s.")):
        loc.venue = loc.venue[:-1]  # "at Lord's.": a possessive is no abbreviation, the stop is the sentence's
    if loc.venue and loc.venue.endswith(("'s", "\u2019s")) and " of " in loc.venue and _is_venue_name(loc.venue[:-2]):
        loc.venue = loc.venue[:-2]  # "at the National Museum of Singapore's entrance": the museum, its part named after it
    if loc.venue and f" of the {loc.venue}" in text and _body_of_event(text, loc.venue):
        loc.venue = None
    if loc.venue and "during the " in text and _during_venue(text, loc.venue):
        loc.venue = None
    if loc.venue and "." in loc.venue and " " in loc.venue:
        loc.venue = _sentence_cut(loc.venue)  # "at the Estadio da Luz. Crouch scored": the sentence ends
    if loc.venue and loc.venue[-2:].isupper() and " " in loc.venue:
        loc.venue = _caps_tail(loc.venue)  # "at the Palace of Westminster SERGEANT ROBERT WEIDEMAN": a byline
    if loc.venue and loc.country is None and loc.venue.count(" ") > 1:
        _country_venue(loc)  # "in Botswana Chobe National Park": the country, then the venue
    if loc.venue and " Island of " in loc.venue:
        _island_of(loc)  # "on the Spanish Canary Island of Tenerife": an island, its archipelago and country
    if loc.venue and "-listed " in loc.venue:
        loc.venue = _LISTED_RE.sub("", loc.venue) or None  # "World Heritage-listed X shrine": a description
    if loc.city and loc.city.split(None, 1)[0] in _MOUNT_WORDS:
        _mountain_town(text, loc)
    if loc.city and loc.city[-1:] in "tdey" and _street_named(loc.city):
        # "the X Offices in William Street, Hong Kong": a street is no town; a city-state is its own
        town_country = _city_country(loc.country) if loc.country else None
        loc.city, loc.country = (loc.country, town_country) if town_country else (None, loc.country)
    if loc.city and loc.city.isupper() and len(loc.city) > 3:
        loc.city = _display(loc.city)
    if " Nation" in text or "Treaty " in text:
        _first_nation_community(text, loc)
    if loc.city is None and loc.region and loc.venue and loc.venue.endswith(_TOWN_LIKE_HEADS):
        _town_named_like_venue(text, loc)
        if loc.venue is None and loc.city is not None:
            loc.venue = _opening_street(text)  # ("Bodkin Road was closed ... in Middlesex Centre, Ont.")
    if loc.city is None and loc.venue and loc.venue[:5] == "Fort " and " in Fort " in text:
        _fort_town(text, loc)
    if loc.venue and loc.venue.endswith(_SETTLEMENT_HEADS) and " " in loc.venue and _in_unit(text, loc.venue):
        loc.city, loc.venue = loc.venue, None  # "in Jiangping Village in Wuzhuan Township ...": the village
    if loc.city and loc.city.endswith(_SETTLEMENT_HEADS) and _in_unit(text, loc.city):
        loc.city = loc.city.rsplit(" ", 1)[0]  # "in Dulongjiang Township in Gongshan ... County": the township
    if (loc.venue and " of " in loc.venue and _SETTLEMENT_OF_RE.fullmatch(loc.venue)
            and (loc.city is None or f"{loc.venue} in {loc.city}" in text)):
        loc.city, loc.venue = loc.venue, None  # "from Wandong Village of Detuo Town in Luding County": the village
    if loc.city and (" Village of " in text or _lead_then(text, " Town", ("ship of ", " of "))) and loc.city in text:
        _settlement_of_before(text, loc)  # "in Hanjia Village of Wanchang Town in Jilin City": the village
    # (the four phrases below each hold " town " or " village ": one pair of tests for most captions)
    settlement_word = " town " in text or " village " in text
    if settlement_word and (" town of " in text or " village of " in text) and (loc.city or loc.region or loc.country):
        _named_settlement_of(text, loc)  # "in Marodijeex town of southern Hargeysa": the town named first
    if loc.city and (" Township of " in loc.city or " Town of " in loc.city or " Village of " in loc.city):
        loc.city = loc.city.split(" of ", 1)[0].rsplit(" ", 1)[0]  # "in Zhonghe Township of Danzhou": the town
    elif loc.city and " County of " in loc.city:
        loc.city = loc.city.split(" of ", 1)[0]  # Xinhua's "in Zhanang County of Shannan": the county, as a county alone reads
    elif loc.city and " District of " in loc.city:
        # Xinhua's "in Renze District of Xingtai City": an urban district is part of its city, the town
        town = loc.city.split(" District of ", 1)[1]
        loc.city = town[:-5] if town.endswith(" City") else town
    elif loc.city and settlement_word and (" town in " in text or " village in " in text):
        _town_in_city(text, loc)
    elif loc.city and loc.city == loc.venue and loc.city.endswith(" District"):
        # "in Badin District, in Pakistan's Sindh province": a district read as both venue and town
        # is neither (as "in Thatta district, Pakistan" gives no town)
        loc.city = loc.venue = None
    if loc.country and (loc.city and loc.city.endswith((" Village", " Valley")) or loc.venue and loc.venue.endswith(" Valley")):
        _settlement_or_valley(text, loc)
    if loc.venue and " district" in text and " " not in loc.venue and f"at {loc.venue} in " in text:
        _town_at_in_district(text, loc)
    if loc.city and loc.city[-1] == "." and loc.city.endswith(_STREET_ABBREVIATIONS):
        loc.city = None  # FEMA's "... E. Asheville St. near N. Lumina Ave.": a street, no town
    if loc.city and " and " in loc.city and f"between {loc.city}" in text:
        loc.city = None  # "a stage between Saint-Lo and Cherbourg, Normandy": two towns, neither the place
    elif loc.city and loc.city in _the_cities():
        loc.city = "The " + loc.city  # "in the Hague": the article is part of the name
    if loc.city in _CHINA_MUNICIPALITIES and loc.region is None:
        _town_of_municipality(text, loc)  # "in Wanzhou of Chongqing": the town, the municipality its region
    if loc.country == "China" and (" Town" in text or " Village" in text or " township " in text or " village " in text):
        _china_settlement(text, loc)
        if loc.city:
            _settlement_before_units(text, loc)
    if loc.city is None and loc.venue is None and (loc.country is not None or loc.region is None and ", " in text):
        _town_before_dated_country(text, loc)
    if loc.country is None and loc.city is None and " side of " in text:
        _side_country(text, loc)  # "on a hill in the Lebanese side of the Qalamun mountains": Lebanon
    if loc.country == "Vatican" and loc.city and loc.city not in _VATICAN_TOWNS:
        loc.venue, loc.city = loc.venue or loc.city, None  # "at Santa Marta, the Vatican": no town but its own
    if loc.city is not None and (_lead_then(text, "k", ("m", "ilomet")) or "mile" in text) and _offset_town(text, loc.city):
        loc.city = None  # "a boat capsized 8 miles south of Grand Isle, Louisiana": the region stands, no town
    if loc.venue is None and (loc.city or loc.region) and " after " in text and "ing " in text:
        _past_origin_only(text, loc)
    if loc.venue is not None:
        if loc.venue in _ORBIT_VENUES:
            if _orbit_origin(text, loc.venue):
                loc.venue = None  # "lands near Zhezkazgan after six months aboard the ISS": the town stands
                if (loc.city or loc.region) and " after " in text:
                    _past_origin_only(text, loc)
            else:
                loc.city = loc.region = loc.country = None  # "Hurricane Harvey over Texas, seen from the ISS": the land is the subject
        elif loc.venue[-1:] == "." and _acronym_end(loc.venue):
            loc.venue = loc.venue[:-1]  # "at the MCG.": the sentence's period, read as an abbreviation's
        if loc.city is not None and loc.city[:1] == "F" and loc.city.startswith(_US_BASE_FIRST):
            _base_not_town(text, loc)
    elif loc.city is not None and loc.city.endswith(_US_BASE_LAST):
        loc.venue, loc.city = loc.city, None  # "Feb. 12, 2015, Davis-Monthan Air Force Base, Ariz.": a base, no town
    elif loc.city is not None:  # (the cheap tests first: the town written after a comma, or a post's name)
        comma = text.find(loc.city, 2)
        if comma > 2 and text[comma - 2] == ",":
            _comma_venue(text, loc)
    elif loc.country is None and loc.region is None and (", Fort " in text or ", Ft. " in text):
        _comma_venue(text, loc)
    if _pronoun_phrase(phrases) or loc.city is None and loc.country is None and (
            " her " in text or " his " in text or " their " in text):
        # (the phrase scan read "in his X"; or no town found, and an adjective may stand between:
        # "in her pink Johannesburg home", which the scan does not read)
        _possessive_town(text, loc)  # "in his Jerusalem office": the town, no venue
    if loc.venue is None and loc.city is None and loc.country is None and "er " in text and (
            " im " in text or " am " in text or " der " in text or " dem " in text or " beim " in text):
        _german_town_venue(text, loc)  # dpa's "im Berliner Olympiastadion": the town's adjective, then the venue
    if loc.venue is not None and loc.region is None and loc.venue.endswith("."):
        _venue_then_state(loc)  # "on Marine Corps Recruit Depot Parris Island S.C., Sep. 28": no comma
    if loc.venue is None and loc.city is not None:
        _business_apposition(text, loc)  # "at Wandie's, her family-owned restaurant in Soweto": the venue
        if "Matchday " in text or "Spieltag, " in text:
            _match_header_venue(text, loc)  # dpa's "Bundesliga, A - B, Matchday 15, RheinEnergieStadion."
    if loc.city is not None and loc.region is None and (_key(loc.city), loc.country) in _name_country_pairs("namesake_regions.tsv"):
        _town_of_namesake_region(text, loc)  # "Narsingdi, Dhaka, Bangladesh": Dhaka is the division
    if loc.region is not None and loc.city is not None and " from the " in text:
        _origin_region(text, loc)  # "alebrijes from the state of Guerrero ... in Mexico City": made there, shown here
    if loc.venue is None and _lead_then(text, " v", (" ", "s ", "s. ")):
        _fixture_line_venue(text, loc)  # Sportsfile's "Ireland v Argentina, Rugby World Cup, Adelaide Oval, Adelaide."
    if loc.venue is not None and loc.city is not None and loc.venue.endswith(" " + loc.city) \
            and _town_after_head(loc.venue) == loc.city and loc.venue + ", " in text:
        # Getty's lost comma: "Rod Laver Arena Melbourne, Australia" (not "the BVB Stadion Dortmund in
        # Dortmund": a name that holds its town, with the town written after it)
        loc.venue = loc.venue[:-len(loc.city) - 1]
    elif loc.venue is not None and loc.region is not None and loc.city is None and loc.venue.endswith(" " + loc.region) \
            and _region_after_head(loc.venue) == loc.region and loc.venue + ", " in text:
        loc.venue = loc.venue[:-len(loc.region) - 1]  # the same before a region: "Crosby Beach Merseyside, United Kingdom"
    elif loc.venue is not None and loc.region is not None and loc.city is not None \
            and loc.venue.endswith(f" {loc.city} {loc.region}"):
        # REX's commas lost twice: "at Promenade Park Maldon Essex" (the venue's head, its town, its county)
        front = loc.venue[:-len(loc.region) - len(loc.city) - 2]
        if front.rsplit(" ", 1)[-1] in _venue_words()["head"] and " " in front:
            loc.venue = front  # (the town and county read already: only a venue's head word before them)
    if loc.city is None and loc.venue is None and loc.country is not None and text[:1].isupper():
        _subject_town(text, loc)  # "Bambari's market reopens ..., Central African Republic": the town
    if loc.city is not None and " " in loc.city and loc.country in _VILLAGE_UNIT_COUNTRIES:
        _village_unit_town(loc)  # "Barangay Tabuc, Jaro, Iloilo City": the village, its unit word gone
    return Location(loc.venue, loc.city, loc.region, loc.country)


# (None too: the unit word names the country where none is read)
_VILLAGE_UNIT_COUNTRIES = (None,) + tuple(dict.fromkeys(_village_unit_words().values()))


@functools.cache
def _indonesian_feature_words() -> frozenset:
    """indonesian_feature_words.txt: words opening a road's, bridge's or river's name (`Jembatan`)."""
    return frozenset(_data_lines("indonesian_feature_words.txt"))


def _village_unit_town(loc) -> None:
    """A town read with its village unit word before it (`Kelurahan Kraton`, `Barangay Tabuc`, or a
    road's name first: `jalur Pantura Desa Jati Wetan`): the name after the word alone, and the
    unit's country when none is read (not where another country is: Malaysia's `Desa Pandan` is a
    name whole). Indonesian `di` (`in`) inside the town read (`Sungai Dombo di Sayung`): the town
    after it. An Indonesian road's or bridge's name read as the town (`Jembatan Kaligawe`): no town."""
    words = loc.city.split(" ")
    units = _village_unit_words()
    for i in range(len(words) - 1):
        country = units.get(words[i].rstrip(".").casefold())
        if country is not None and words[i][:1].isupper() and words[i + 1][:1].isupper() \
                and loc.country in (None, country):
            loc.city = " ".join(words[i + 1:])
            if loc.country is None:
                loc.country = country
            return
    if loc.country == "Indonesia" and " di " in loc.city:
        town = loc.city.rsplit(" di ", 1)[1]
        if town[:1].isupper():
            loc.city = town  # (Antara's "meluapnya Sungai Dombo di Sayung, Demak": the river, then the town)
            return
    if loc.country == "Indonesia" and words[0].rstrip(".").casefold() in _indonesian_feature_words():
        # "jalur Pantura Kaligawe, Semarang", "Jembatan Kaligawe ... Semarang": a road's or a bridge's
        # name, not a town (a known town closing it stays)
        loc.city = None
        for i in range(len(words) - 1, 0, -1):
            if _geo_country(" ".join(words[i:])) == "Indonesia":
                loc.city = " ".join(words[i:])
                break


# A caption opening with a place as its subject: the name, then its possessive, an apposition
# naming it a town, or a verb of being (`Derna lies in ruins`, `Kousseri, a town in ...`)
_SUBJECT_TOWN_RE = re.compile(
    r"(?:FILE - |FILE PHOTO: |)(?P<name>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})"
    r"(?P<after>['\u2019]s [a-z]|, an? (?:[a-z]+ )?(?:town|city|village|suburb) (?:in|of|near|outside) "
    r"| (?:is|was|are|were|lies|lay|remains) )")
# what only a place is: `X is flooded`, `X lies in ruins` (a person is not submerged)
_PLACE_PREDICATES = ("flooded", "submerged", "inundated", "underwater", "under water", "in ruins",
                     "razed", "shelled", "bombarded", "cut off", "without power", "blanketed")


_TEAM_OWNED = frozenset(("players", "player", "fans", "supporters", "team", "squad", "side", "teammates"))


def _subject_town(text: str, loc) -> None:
    """`Bambari's market reopens ...`, `Derna lies in ruins after floods in Libya`: the caption's
    subject is a town the tables give the written country; an unknown name only where the grammar
    says it is a place (`Kousseri, a town in northern Cameroon`, `Keur Massar is flooded`); never a
    person (a given name first) nor the country or region itself."""
    m = _SUBJECT_TOWN_RE.match(text)
    if m is None:
        return
    name, after = m.group("name"), m.group("after")
    if _country(name) or _region(name, True) or _key(name) == _key(loc.region or ""):
        return
    first = name.split(" ", 1)[0].casefold()
    if (first in _people_vocab()["given"] or first in _people_vocab()["common"]) and after[0] != ",":
        return  # "Florence is seen ...": a person first; "Houses are flooded": a common noun
    if after[0] != " " and after[0] != ",":  # the possessive: a town's thing, not its team's or office's
        sp = text.find(" ", m.end())
        noun = text[m.end() - 1:sp if sp != -1 else len(text)].strip(",.;:")
        if noun in _people_vocab()["roles"] or noun in _TEAM_OWNED:
            return  # "Liverpool's forward X", "Lyon's players": a club or an office, no town pictured
    known = (_city_country(name) or _geo_country(name)) == loc.country
    if not known and after[0] != ",":
        if after[0] != " ":
            return
        rest = text[m.end():m.end() + 20]
        if not rest.startswith(_PLACE_PREDICATES):
            return
    loc.city = _display(name)


_ORIGIN_UNITS = ("state", "province", "region", "department")


def _origin_region(text: str, loc) -> None:
    """A region written only as where things or people come from (`from the state of Guerrero`),
    while the town read lies elsewhere and is never written with it, is not the picture's region."""
    for unit in _ORIGIN_UNITS:
        if f"from the {unit} of {loc.region}" in text:
            if f"{loc.city}, {loc.region}" not in text and f"{loc.city} in {loc.region}" not in text \
                    and text.count(loc.region) == 1:
                loc.region = None
            return


def _town_of_namesake_region(text: str, loc) -> None:
    """`Guarulhos, Sao Paulo, Brazil`, ZUMA's `Narsingdi, Dhaka, Bangladesh:`: a town the tables
    know for the same country, set off by a comma right before a region's namesake town and its
    country, is the town and the namesake the region (a ward the tables do not know stays a part)."""
    needle = f", {loc.city}, "
    i = text.find(needle)
    while i != -1:
        j = max(text.rfind(", ", 0, i) + 2, text.rfind(" in ", 0, i) + 4, 0)
        town = text[j:i]
        after = text[i + len(needle):i + len(needle) + 40]
        if town[:1].isupper() and town.count(" ") < 3 and (_country_of(after.split(",")[0].split(":")[0].strip(" .")) == loc.country) \
                and ((_city_country(town) or _geo_country(town)) == loc.country or loc.country == "Bangladesh"
                     and _key(town) in _bangladesh_districts()) and not _is_venue_name(town):
            loc.city, loc.region = town, loc.city
            return
        i = text.find(needle, i + 1)


# a fixture's summary line: "Team v Team", its competition (a round, a pool) in segments set off
# by commas or dashes, then the ground and its town last, before the line's period or its end
_FIXTURE_LINE_RE = re.compile(
    r"(?:^|[.;] )[A-Z][^.;:()]{0,60}? (?:v|vs\.?) [A-Z][^.;:()]*?(?:, | - )"
    r"(?P<venue>[A-Z](?:(?! - )[^,.;:()]){2,60}), (?P<town>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)?)(?=\.|\s*$)")


def _fixture_line_venue(text: str, loc) -> None:
    """Sportsfile's and other sport desks' summary line, `Munster v Leinster - United Rugby
    Championship - Thomond Park, Limerick.`: the second-last segment is the ground when it reads
    as a venue and the last a town the tables know (the town of the prose, when one was read)."""
    for m in _FIXTURE_LINE_RE.finditer(text):
        venue, town = m.group("venue"), m.group("town")
        if loc.city is not None and town != loc.city or not _is_venue_name(venue):
            continue
        country = _city_country(town) or _geo_country(town)
        if country is None:
            continue
        loc.venue = venue
        if loc.city is None:
            loc.city = town
            loc.country = loc.country or country
        return


# dpa's sport header after its dateline: "Soccer: Bundesliga, Team - Team, Matchday 15, VENUE." (the
# ground last, before the header's period); German desks write "15. Spieltag, VENUE".
_MATCH_HEADER_VENUE_RE = re.compile(r"(?:Matchday \d+|\d+\. Spieltag), ([A-Z\u00c4\u00d6\u00dc][^,.:;()]{2,60})\.(?: |$)")


def _match_header_venue(text: str, loc) -> None:
    """The ground of dpa's sport header when the name reads as a venue (`RheinEnergieStadion`,
    `Allianz Arena`); a round or a leg there (`Matchday 3, first leg.`) is none."""
    m = _MATCH_HEADER_VENUE_RE.search(text, 0, 400)
    if m is not None and _is_venue_name(m.group(1)):
        loc.venue = m.group(1)


# A named business or building set off by its kind and its town: "the dining room of Wandie's, her
# family-owned restaurant in Soweto", "at Nobu, a restaurant in Malibu" (the town read already).
_BUSINESS_NOUNS = ("restaurant", "hotel", "bar", "pub", "cafe", "bakery", "shop", "store", "nightclub", "gallery",
                   "winery", "brewery", "guesthouse", "diner")
_BUSINESS_NOUN_SET = frozenset(_BUSINESS_NOUNS)
_BUSINESS_APPOSITION_RE = re.compile(
    rf"\b(?:at|of|in|inside|outside) (?P<name>{_ATOMIC_NAME}), (?:a|an|her|his|their|its|the) "
    rf"(?:[\w\-]+ ){{0,2}}(?:{'|'.join(_BUSINESS_NOUNS)}) in (?P<town>{_ATOMIC_NAME})")


# ... or by its town's superlative: "at Mary Arnold Toys, New York City's oldest toy store"
_BUSINESS_OF_TOWN_RE = re.compile(
    rf"\b(?:at|of|in|inside|outside) (?P<name>{_ATOMIC_NAME}), (?P<owner>{_ATOMIC_NAME}) "
    rf"(?:[\w\-]+ ){{0,2}}(?:{'|'.join(_BUSINESS_NOUNS)})\b")  # (the owner keeps its `'s`: a name word holds it)


def _business_apposition(text: str, loc) -> None:
    if loc.city + "'s " in text or loc.city + "\u2019s " in text:
        for b in _BUSINESS_OF_TOWN_RE.finditer(text):
            if b.group("owner")[:-2] == loc.city and b.group("owner")[-1] == "s" and not _place_kind(b.group("name")):
                loc.venue = b.group("name")
                return
    needle = " in " + loc.city  # (a business noun right before "in <town>" first: most captions have none)
    i = text.find(needle)  # (one typed find: no separate `in` test before the call)
    while i != -1 and text[text.rfind(" ", 0, i) + 1:i] not in _BUSINESS_NOUN_SET:
        i = text.find(needle, i + 1)
    if i == -1:
        return
    for b in _BUSINESS_APPOSITION_RE.finditer(text):
        if b.group("town") == loc.city and not _place_kind(b.group("name")):
            loc.venue = b.group("name")
            return


# dpa's German: a preposition (with its article), a town's adjective in -er, then one compound
# venue word ("im Berliner Olympiastadion", "in der Dortmunder Westfalenhalle", "vor dem Kölner Dom")
_GERMAN_TOWN_VENUE_RE = re.compile(
    r"\b(?:im|am|beim|ins|vom|zum|(?:in|an|auf|vor|aus|neben|hinter|bei|von|zu) (?:der|dem|den))"
    r" ([A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+)er ([A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+)\b")
# the name going on after its first word ("Allianz Arena", "Mercedes-Benz Arena"): words with capitals
_GERMAN_NAME_ON_RE = re.compile(r"(?:[ -][A-Z0-9\u00c4\u00d6\u00dc][\w&\-]*)+")
# the endings of a German compound that names a venue (venue_words.txt's [suffix] and these)
_GERMAN_VENUE_ENDS = ("halle", "dom", "park", "theater", "oper", "schloss", "flughafen", "zoo")


def _german_town_venue(text: str, loc) -> None:
    """`im Berliner Olympiastadion`: the venue is the compound (a venue ending or a venue head
    word), the town the adjective's stem when the tables know it (`Berliner` -> Berlin)."""
    words = _venue_words()
    for m in _GERMAN_TOWN_VENUE_RE.finditer(text):
        town, venue = m.group(1), m.group(2)
        low = venue.lower()
        more = None
        if not (venue in words["head"] or low.endswith(words["suffix"]) or low.endswith(_GERMAN_VENUE_ENDS)):
            more = _GERMAN_NAME_ON_RE.match(text, m.end(2))
            if more is None or more.group().rsplit(" ", 1)[-1] not in words["head"]:
                continue
            venue = venue + more.group()  # "in der Münchner Allianz Arena": a name of words, its last a venue's head
        country = _city_country(town) or _geo_country(town)
        if country is None:
            continue
        if more is None and len(low) <= 8 and (low in _GERMAN_VENUE_ENDS or low in words["suffix"] or venue in words["head"]):
            venue = f"{town}er {venue}"  # "vor dem Kölner Dom": the word alone is generic, the name is whole
        loc.venue, loc.city, loc.country = venue, town, country
        return


# Venues in orbit: a picture taken there has no town, region or country (the places named are its subject).
_ORBIT_VENUES = frozenset(("International Space Station", "ISS", "Tiangong space station", "Tiangong Space Station",
                           "Tiangong", "Tianhe", "Mir", "Mir space station", "Skylab", "Skylab space station"))
# the words before an orbit venue that make it where the crew came from, not where the picture was:
# "their return to Earth from the ISS", "after departing the ISS", "following six months aboard the ISS"
_ORBIT_ORIGIN_RE = re.compile(
    r"(?:\b(?:return(?:s|ed|ing)?|back|depart(?:s|ed|ing|ure)?|leav(?:e|es|ing)|left|undock(?:s|ed|ing)?)"
    r"(?: to [Ee]arth)?(?: from)?"
    r"|\b(?:after|following) [^.;,]{0,30}\b(?:months?|weeks?|days?|years?|stay|mission|expedition)"
    r"(?: [a-z]+){0,2} (?:aboard|on|at|in)|\b(?:visit|stay|mission|expedition) (?:to|aboard|on))"
    r" (?:the )?$")


# a distance and a compass bearing written right before a town: "about 230 miles southwest of
# San Diego", "some 20 kilometers (12 miles) south-southwest of Kirkuk", "40 km off the coast of"
_OFFSET_BEFORE_RE = re.compile(
    rf"{_DISTANCE}(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)[a-zA-Z-]{{0,18}}\s+of|from|off(?:\s+the\s+coast\s+of)?)"
    r"\s+(?:the\s+)?$")


def _offset_town(text: str, town: str) -> bool:
    """The only mention of the town is the point a distance is measured from (`splashed down about
    230 miles southwest of San Diego, California`): the picture is not in that town, though the
    region and country written with it stand."""
    i = text.find(town)
    return i > 8 and text.find(town, i + len(town)) == -1 and \
        _OFFSET_BEFORE_RE.search(text, i - 70 if i > 70 else 0, i) is not None


# a time since a past departure written right before the place: "two months after blasting off
# from Florida", "weeks after fleeing from Mariupol": where the people came from, not the picture's place
_PAST_ORIGIN_BEFORE_RE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?) (?:after|since) [a-z]+ing(?: off| out| away)? from (?:the )?$")


def _past_origin_only(text: str, loc) -> None:
    """The place read (a town or a region, no venue) is named only as a past departure's origin:
    nothing is left of it."""
    name = loc.city or loc.region
    i = text.find(name)
    if i > 20 and text.find(name, i + len(name)) == -1 \
            and _PAST_ORIGIN_BEFORE_RE.search(text, i - 60 if i > 60 else 0, i) is not None:
        loc.city = loc.region = loc.country = None


def _orbit_origin(text: str, venue: str) -> bool:
    """The orbit venue is named as the crew's origin (a return, a departure, a past stay): the
    picture is of the landing, and the places written stand."""
    i = text.find(venue)
    while i > 0:  # (any mention: "The Skylab 3 Command Module ... a visit to the Skylab space station")
        if _ORBIT_ORIGIN_RE.search(text, max(0, i - 70), i) is not None:
            return True
        i = text.find(venue, i + len(venue))
    return False


def _base_not_town(text: str, loc) -> None:
    """DVIDS' `at Medical Simulation Training Center, Fort Hood, Texas`: a venue, then a US post
    named `Fort X` that no town table knows, is the venue's post, no town (forts are venues)."""
    if not _city_country(loc.city) and not _geo_country(loc.city) and f"{loc.venue}, {loc.city}," in text:
        loc.city = None


# `..., Fort Hood, August 24, 2020.`: a US post set off by commas right before the when-slot
_COMMA_BASE_RE = re.compile(rf", ((?:Fort|Ft\.) [A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:on )?(?:{_DAYS}|{_MONTHS} \d)")
# the when-slot (or the sentence's end) after `, Town`
_TOWN_WHEN_RE = re.compile(rf",? (?:on )?(?:{_DAYS}|{_MONTHS} \d)|\.(?:\s|$)|$")


def _comma_venue(text: str, loc) -> None:
    """No venue after a preposition: IndyStar's `in the Class 4A State Final, Bankers Life
    Fieldhouse, Indianapolis, Saturday`: a name ending in a venue head set off by commas right
    before the town and its when-slot is the venue; with no place at all, a US post set off so
    before the date (`testing, Fort Hood, August 24, 2020`) is the venue."""
    if loc.city:
        i = text.find(f", {loc.city}", 0, 400)
        if i < 3 or _TOWN_WHEN_RE.match(text, i + 2 + len(loc.city)) is None:
            return
        j = text.rfind(", ", 0, i)
        name = text[j + 2:i] if j != -1 else ""
        sp = name.rfind(" ")
        if sp == -1 or name[sp + 1:] not in _venue_words()["head"]:  # (the cheap test first)
            return
        if name.count(" ") <= 5 and _NAME_SEGMENT_RE.fullmatch(name) is not None and not _place_kind(name) \
                and not _is_event(name.split()) and not _not_venue(name):
            loc.venue = name
        return
    m = _COMMA_BASE_RE.search(text, 0, 400) if ", Fort " in text or ", Ft. " in text else None
    if m is not None and not _city_country(m.group(1)) and not _geo_country(m.group(1)):
        loc.venue, loc.country = m.group(1), "United States"


# what follows `in his`: a town's name and a home or office noun (matched where a pronoun stands)
_POSSESSIVE_TOWN_RE = re.compile(r"(?P<town>[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+)?)"
                                 r" (?:office|offices|home|residence|house|apartment|flat|studio|villa)\b")
_POSSESSIVE_LEADS = (" in", " at", " from", " outside", " inside", " through")  # ("a fire tore through his X home")
_LOWER_WORD_RE = re.compile(r"[a-z]{2,14} (?=[A-Z])")


_POSSESSIVE_PREPS = frozenset(lead[1:] for lead in _POSSESSIVE_LEADS)


def _pronoun_phrase(phrases: list) -> bool:
    """A phrase the scan read as `in his X` (her, their; at, from, outside): every text
    _possessive_match can match holds one (a capital right after the pronoun opens a phrase)."""
    for ph in phrases:
        det = ph[3]
        if det is not None and det != "the" and det[0] in "ht" and ph[1] in _POSSESSIVE_PREPS:
            return True
    return False


def _possessive_match(text: str):
    """The first `in his X office` (her, their; at, from, outside) by position: a find for each
    pronoun and an anchored match after it, not a regex search over the whole text."""
    best = None
    for pron in (" his ", " her ", " their "):
        if pron not in text:  # (a contains test: compiled, far cheaper than a method call of find)
            continue
        i = text.find(pron)
        while i != -1:
            j = i + len(pron)
            if j < len(text) and "a" <= text[j] <= "z" and text.endswith(_POSSESSIVE_LEADS, 0, i):
                a = _LOWER_WORD_RE.match(text, j)  # "in her pink Johannesburg home": one adjective first
                if a is not None:
                    j = a.end()
            if j < len(text) and "A" <= text[j] <= "Z" and text.endswith(_POSSESSIVE_LEADS, 0, i):
                m = _POSSESSIVE_TOWN_RE.match(text, j)
                if m is not None:
                    if best is None or m.start() < best.start():
                        best = m
                    break
            i = text.find(pron, j - 1)
    return best


def _possessive_town(text: str, loc) -> None:
    """`chairs the cabinet meeting in his Jerusalem offices`, `at his Lahore residence`: a person's
    own office or home named by a town the tables know is in that town (no venue: a generic place).
    The town beats one first written in a later sentence (`... in the heart of Tel Aviv`)."""
    m = _possessive_match(text)
    if m is None:
        return
    town = m.group("town")
    cc = _city_country(town)
    if cc is None:
        return
    if loc.city is not None and _key(loc.city) != _key(town):
        i = text.find(loc.city)
        if i < m.end() or _SENTENCE_END_RE.search(text, m.end(), i) is None:
            return  # the town read is written first, or in the same sentence
        loc.region = None
        loc.country = cc
    elif loc.city is None and loc.country is not None and loc.country != cc:
        return
    loc.city = _display(town)
    loc.country = loc.country or cc
    if loc.venue and loc.venue.startswith(town + " ") and loc.venue[len(town) + 1:].islower():
        loc.venue = None  # the office read as a venue


_AT_TOWN_IN_DISTRICT_RE = re.compile(r"\bat (\S+) in ([A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?) district\b")


def _town_at_in_district(text: str, loc) -> None:
    """PTI's `at Mayong in Morigaon district`: a one-word name no table calls a venue, placed `at`
    within a named district, is a town of that district (the district is no town of its own)."""
    m = _AT_TOWN_IN_DISTRICT_RE.search(text)
    while m is not None and m.group(1) != loc.venue:
        m = _AT_TOWN_IN_DISTRICT_RE.search(text, m.start() + 1)
    if m is None or _is_venue_name(loc.venue) or _key(loc.venue) in _famous():
        return
    if loc.city is None or loc.city == m.group(2):
        loc.city, loc.venue = loc.venue, None


def _settlement_or_valley(text: str, loc) -> None:
    """Outside the US (whose towns are so named: Simi Valley, Sun Valley), a name the tables do
    not know ending in `Valley` is the valley, no town (`in Kalam Valley in northern Pakistan`),
    and `in X Village, Vanuatu` names the village X (the generic word goes, as after `of`).
    (A valley read as a venue goes too: a natural area is no venue.)"""
    if loc.country == "United States":
        return
    if loc.venue and loc.venue.endswith(" Valley") and _place_kind(loc.venue) is None:
        loc.venue = None
    if not loc.city or _place_kind(loc.city) is not None:
        return
    head, _, last = loc.city.rpartition(" ")
    if last == "Valley":
        loc.city = None
    elif text.find(loc.city + ", ") != -1 and head[:1].isupper():
        loc.city = head


# China's province-level municipalities: a city alone, the region when a town in them is named.
_CHINA_MUNICIPALITIES = ("Chongqing", "Beijing", "Shanghai", "Tianjin")
# (also "in Wuying Village on the border between south China's Guangxi ... and ... Guizhou",
# "a view of the Wuying Village at sunrise on the border between ...": a village on a border)
_CHINA_SETTLEMENT_RE = re.compile(rf"\b(?:in|of the) ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:{_unit_pattern('China', ('village', 'town'))})"
                                  r" (?:(?:at [a-z]+ )?on the border between [a-z]+ China's|(?:of|in) [A-Z])")


def _town_of_municipality(text: str, loc) -> None:
    """`in Wanzhou of Chongqing, China`, `in Fuling, Chongqing`, `in Jiangbei District of
    Chongqing`: a town the tables know in China, named right before the municipality the parse
    took as its town -> that town, the municipality its region (as for a named village)."""
    for m in re.finditer(r"\bin ([A-Z][a-z]+)(?: [Dd]istrict)?(?: of|,) " + loc.city + r"\b", text):
        name = m.group(1)
        if name not in _CHINA_MUNICIPALITIES and (_city_country(name) or _geo_cities().get(_key(name))) == "China":
            loc.city, loc.region = name, loc.city
            return


def _china_settlement(text: str, loc) -> None:
    """Xinhua's `in Shuanglong Town of Xiangxi Tujia and Miao Autonomous Prefecture, central
    China's Hunan Province`, `in Dayou Township of Nanchuan District in southwest China's
    Chongqing`: the settlement is the picture's town, and a municipality after it its region."""
    if loc.city is None or loc.city in _CHINA_MUNICIPALITIES:
        m = _CHINA_SETTLEMENT_RE.search(text)
        if m is None:
            return
        if loc.city is not None and loc.region is None:
            loc.region = loc.city
        loc.city = m.group(1)
        if loc.venue and loc.venue.startswith(m.group(1) + " ") and _SETTLEMENT_OF_RE.match(loc.venue):
            loc.venue = None  # the settlement read as a venue (`Dayou Township of Nanchuan District`)
    elif loc.region is None and " Town" in text:
        i = text.find(loc.city + " Town")
        if i == -1:
            return
        for muni in _CHINA_MUNICIPALITIES:
            j = text.find(muni, i)
            if j != -1 and (text.startswith("in ", j - 3) or text.startswith("China's ", j - 8)):
                loc.region = muni
                return


# Xinhua's and China Daily's chain of administrative units, smallest first: a village, town or
# township, then one or more larger units (county, district, city, prefecture) ending at the
# town read: "in Pujue Township, Songtao Miao Autonomous County in Tongren", "in Pizhuang
# township of Tai'erzhuang district, Zaozhuang", "in Lingguan Town, Hengyang City of ...",
# "a view of Huangling Village in Wuyuan County, ...".
_SETTLEMENT_NOUNS = _unit_pattern("China", ("village", "town"), "either")
_LARGER_UNITS = _unit_pattern("China", ("district", "prefecture"), "either")
_SETTLEMENT_UNITS_RE = re.compile(rf"\b(?:in|at|near|view of) (?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                                  rf" (?:{_SETTLEMENT_NOUNS})(?:,| of| in) (?P<units>(?:(?:[A-Z][\w'\-]*|and) ){{1,7}}?"
                                  rf"(?:{_LARGER_UNITS})(?:(?:,| of| in) (?:(?:[A-Z][\w'\-]*|and) ){{1,7}}?"
                                  rf"(?:{_LARGER_UNITS}))*)(?:,| in| of) ")


def _settlement_before_units(text: str, loc) -> None:
    """The settlement that opens a chain of larger units is the picture's town: the town read
    was one of the larger units (the last, or the first written with its unit word)."""
    for m in _SETTLEMENT_UNITS_RE.finditer(text):
        town = m.group("town")
        if loc.city == town:
            return
        if text.startswith(loc.city, m.end()) or loc.city == f"{town} Town" or loc.city in m.group("units"):
            loc.city = town
            return


def _capital_venue_town(text: str, loc) -> None:
    """`at the Seoul Western District Court in the capital`: a venue named after its town, placed
    `in the capital`, names the town (a capital the town table knows) and its country."""
    if not text.startswith(" in the capital", text.find(loc.venue) + len(loc.venue)):
        return
    head = loc.venue.split(" ", 1)[0]
    hit = _cities().get(_key(head)) if head != loc.venue else None
    if hit and (loc.country is None or loc.country == hit[1]):
        loc.city, loc.country = hit[0], hit[1]


# Words that open a venue's generic rest (`International Airport`, `National Stadium`): after a
# country's name they make the name the venue's own (`the Kuwait International Airport`); after a
# state's, these and a few more (`the Alaska State Capitol`). Tables in venue_words.txt.
_GENERIC_OPENERS = _venue_words()["country_opener"]
_REGION_VENUE_OPENERS = _GENERIC_OPENERS | _venue_words()["region_opener"]


def _country_venue(loc) -> None:
    words = loc.venue.split(" ")
    for n in (1, 2, 3):
        if len(words) - n < 2:
            break
        country = _country(" ".join(words[:n]))
        if country:
            rest = " ".join(words[n:])
            if words[n] in _GENERIC_OPENERS:
                # "the Kuwait International Airport": the country names the venue (and is its country)
                loc.country = country
                _venue_named_town(loc, " ".join(words[:n]))
                return
            if _is_venue_name(rest) and " of " not in rest:
                loc.venue, loc.country = rest, country
            return
        if words[n] in _REGION_VENUE_OPENERS:
            rc = _region(" ".join(words[:n]), False)
            if rc:  # "the Alaska State Capitol", "the Ontario Legislature": the state's country (the
                loc.country = rc[1]  # region only named inside the venue's name is not written)
                return
    if " of " in loc.venue and not loc.venue.startswith(_FOREIGN_MISSIONS):
        # "the Senate of Canada Building", "the Bank of Japan headquarters": the country it is of
        owner = loc.venue.split(" of ", 1)[1].split(" ")
        for n in (3, 2, 1):
            if len(owner) >= n and _country(" ".join(owner[:n])):
                loc.country = _country(" ".join(owner[:n]))
                return
        if owner[0] == "Korea":  # "the National Museum of Korea", "the Bank of Korea": the South's
            loc.country = "South Korea"  # institutions (the North's are named for the DPRK)
            return
        if len(owner) <= 2 and _city_country(owner[0]):  # "the Academy of Athens building": the town's
            loc.country = _city_country(owner[0])  # country (the town, named only inside the venue, is not written)


# an embassy is of one country and stands in another
_FOREIGN_MISSIONS = ("Embassy", "embassy", "Consulate", "consulate", "High Commission", "Mission")


# "in X at the southern Greek island of Crete", "in X on the island of Y": the larger place
# named after the name, by its own word
_ISLAND_AFTER_RE = re.compile(
    r",? (?:at|on|in) the (?:[\w\-]+ ){0,3}(?:island|province|region|peninsula|coast) of [A-Z]")


def _town_on_island(text: str, venue: str) -> bool:
    """"in Ierapetra at the southern Greek island of Crete": a name after `in`, then the island
    or province it lies in: the name is the town, not a venue."""
    if _is_venue_name(venue):
        return False
    at = text.find(f"in {venue}")
    return at != -1 and _ISLAND_AFTER_RE.match(text, at + 3 + len(venue)) is not None


def _town_before_island(text: str, phrases: list, loc) -> None:
    """`in Tolosa on the eastern Philippine island of Leyte`, `in the city of Kochi on the Japanese
    island of Shikoku`: a name after `in` (or `the city of`), then the island, province or region
    read as the region, is its town (one of another country's name too: the island's country stands)."""
    for kind, w, trigger, det, dirw, name, rword, t1, t2, m in phrases:
        if name is None or dirw or rword or not (kind == "prep" and w == "in" and det is None
                                                  or kind == "part" and w in _SETTLEMENTS and det is None):
            continue
        if _ISLAND_AFTER_RE.match(text, m.end("name") - 1) is None:
            continue
        if _place_kind(name) not in (None, "city") or _is_venue_name(name) or _person_words(name) \
                or _is_event(name.split()) or " of " in name:
            return
        loc.city = _display(name)
        return


def _island_of(loc) -> None:
    """`the Spanish Canary Island of Tenerife`, `the Greek Island of Corfu`: the island word written
    with a capital made one name of the whole; it is no venue. The demonym gives the country; an
    archipelago the region tables know in the plural (`Canary Islands`) is the region, else the
    island is, as for `the Greek island of Lesbos`."""
    lead, _, island = loc.venue.partition(" Island of ")
    words = lead[4:].split() if lead[:4] == "the " else lead.split()
    hit = _demonyms().get(_key(words[0])) if words else None
    country = hit[0] if hit else None
    rest = " ".join(words[1:] if hit else words)
    region = _region(rest + " Islands", False) if rest else None
    if region is None and (rest or country is None):
        return
    loc.venue = None
    loc.region = region[0] if region else island
    loc.country = loc.country or (region[1] if region else country)


def _venue_named_town(loc, name: str) -> None:
    """A city-state (or a town the hand table files as a country too) opening a venue's name:
    the town (`the Hong Kong International Airport` -> Hong Kong, China; `the Singapore Indoor
    Stadium` -> Singapore)."""
    cc = _city_country(name)
    if cc and loc.city is None:
        loc.city, loc.country = _display(name), cc


_GETTY_TOWN_RE = re.compile(rf" on (?:{_MONTHS}) \d{{1,2}}, \d{{4}},? in [A-Z]")
_SETTLEMENT_HEADS = (" Village", " Township")

# A First Nations community (a reserve and its band: "on the Peguis First Nation", "in Mistissini
# Cree Nation") is the picture's town, and it is in Canada (the term is Canada's own); a numbered
# treaty ("in Treaty 3 in Ontario") is the treaty's territory, no venue
_FIRST_NATION_ENDS = (" First Nation", " Cree Nation", " Ojibway Nation", " Ojibwe Nation", " Dene Nation")
_TREATY_RE = re.compile(r"Treaty(?: \d+(?: [Tt]erritory)?)?")


# Venue heads that end towns' names too (Middlesex Centre, Lake Forest Park, Oak Park Heights)
_TOWN_LIKE_HEADS = (" Centre", " Center", " Park", " Heights")


def _town_named_like_venue(text: str, loc) -> None:
    """`in Middlesex Centre, Ont.`, `in Lake Forest Park, Wash.`: such a name written bare after
    `in`, then a province's or state's abbreviation, is the town (a venue is `at the X`, or has
    its town: `at the Rideau Centre in Ottawa`); a famous or national park stays a venue."""
    i = text.find(f" in {loc.venue}, ")
    if i == -1 or " National " in loc.venue or " State " in loc.venue or _key(loc.venue) in _famous():
        return
    word = text[i + len(loc.venue) + 6:].split(" ", 1)[0].rstrip(",")
    if word in _ap_state_abbreviations() or _key(word) in _region_abbreviations():
        loc.city, loc.venue = loc.venue, None


# what may follow a town written bare: a province's or state's abbreviation, the sentence's end, the when-slot
_FORT_TOWN_AFTER_RE = re.compile(r"(?:, (?P<abbr>[A-Z][\w.]*)|\.(?: |$)| on | \(|$)")


def _fort_town(text: str, loc) -> None:
    """`in Fort Severn.`, `in Fort Providence, N.W.T., on Monday`: a Fort name written bare after
    `in` is a town (Fort Chipewyan, Fort Portal); a base is `at Fort X`, and the famous ones are listed."""
    if " " in loc.venue[5:] or _key(loc.venue) in _famous():
        return
    i = text.find(f" in {loc.venue}")
    m = _FORT_TOWN_AFTER_RE.match(text, i + 4 + len(loc.venue)) if i != -1 else None
    if m is None or m.group("abbr") and (m.group("abbr") in _ap_state_abbreviations()
                                         or _key(m.group("abbr")) not in _region_abbreviations()):
        return  # (a US state after it is a base's: `Fort Campbell, Ky.`, read by the base rule)
    loc.city, loc.venue = loc.venue, None


_FIRST_NATION_IN_RE = re.compile(r"\b(?:in|on|on the|at) ((?:[A-Z][\w'\u2019.-]* ){1,4}(?:First|Cree|Ojibway|Ojibwe|Dene) Nation)\b(?!s)")


def _first_nation_community(text: str, loc) -> None:
    if loc.venue and loc.city is None and loc.venue.endswith(_FIRST_NATION_ENDS) and " of " not in loc.venue:
        loc.city, loc.venue = loc.venue, None
    elif loc.city is None and loc.country in (None, "Canada") and " Nation" in text:
        m = _FIRST_NATION_IN_RE.search(text)  # "in Lac Seul First Nation.": the grammar read no town
        if m and (loc.venue is None or m.group(1) not in loc.venue):
            loc.city = m.group(1)
    if loc.city and loc.country is None and loc.city.endswith(_FIRST_NATION_ENDS):
        loc.country = "Canada"
    if loc.venue and loc.venue.startswith("Treaty") and _TREATY_RE.fullmatch(loc.venue) and "Treaty " in text:
        loc.venue = None
# Xinhua's chain of administrative units: "Jiangping Village in Wuzhuan Township of Donglan
# County", "Dulongjiang Township in Gongshan Derung and Nu Autonomous County", after a comma too
# ("Heishanke Township, Huludao City of ..."; not "Muirfield Village in Dublin, Ohio", a golf club
# in a town).
_UNIT_AFTER_RE = re.compile(rf"(?: (?:in|of)|,) (?:(?:[A-Z][\w'\-]*|and)\s){{1,8}}?(?:{_unit_pattern('China', ('town', 'district'))})\b")


def _in_unit(text: str, name: str) -> bool:
    i = text.find(name)
    return i != -1 and _UNIT_AFTER_RE.match(text, i + len(name)) is not None
_LISTED_RE = re.compile(r"^(?:[A-Z]\w* )*[\w]+-listed ")
# Xinhua's "Wandong Village of Detuo Town", "Xinhe Township of Longnan County": a settlement of a
# larger one, the first the picture's town.
_SETTLEMENT_OF_RE = re.compile(rf"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:{_unit_pattern('China', ('village', 'town'))}) of [A-Z][a-z]+(?: [A-Z][a-z]+)?"
                               rf" (?:{_unit_pattern('China', ('town', 'district'))})")


# "in Marodijeex town of southern Hargeysa", "near Kalomo village of Choma": a named town or village,
# its lower-case noun, then (a direction and) the larger place it lies in
_NAMED_SETTLEMENT_OF_RE = re.compile(rf"\b(?:in|near|at|from|outside) (?P<town>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)"
                                     rf" (?:town|village) of (?:(?:{_DIR}) )?")


def _named_settlement_of(text: str, loc) -> None:
    """`in Marodijeex town of southern Hargeysa, ... Somaliland region`: the place read (the town,
    else the region or country) is the larger one after `of`; the picture's town is the one named
    before it."""
    for m in _NAMED_SETTLEMENT_OF_RE.finditer(text):
        larger = loc.city or loc.region or loc.country
        town = m.group("town")
        after = m.end() + len(larger)
        # (not before a unit's word: "Kalikapur village of Kalapara upazila" is placed by the upazila)
        if text.startswith(larger, m.end()) and text[after:after + 1] in ("", ",", ".", ";") and town != larger \
                and _place_kind(town) in (None, "city"):
            loc.city = town
            return


def _settlement_of_before(text: str, loc) -> None:
    """Xinhua's `in Hanjia Village of Wanchang Town in Jilin City, ... Province`: a village of a
    town, written in the city read, is the picture's town."""
    for m in _SETTLEMENT_OF_RE.finditer(text):
        if text.startswith(" in " + loc.city, m.end()):
            loc.city = m.group().split(" of ", 1)[0].rsplit(" ", 1)[0]
            if loc.venue == m.group():
                loc.venue = None
            return


_BY_THE_RE = re.compile(r" by the (?P<tail>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'\u2019\-])")


def _by_the_venue(text: str, venue: str) -> str:
    """`Gardens by the Bay`, `Chapel by the Sea`: a venue read as a bare head word (Gardens,
    Chapel: no name alone) followed by `by the` and a capitalised word goes on through it (not
    `Wembley Stadium by the North Circular`, a whole name beside a road, nor `Churchill by the
    Thames`, no venue word)."""
    i = text.find(venue)
    if i == -1 or " " in venue or venue not in _venue_words()["head"]:
        return venue
    m = _BY_THE_RE.match(text, i + len(venue))
    return text[i:m.end()] if m else venue


def _first_naming(chains: list[_Chain], best: _Chain) -> int:
    """Where the town of the best chain is first named: `in Manila. Duterte was arrested in Manila
    on a warrant from the International Criminal Court`: the picture is placed by the first."""
    pos = best.pos
    for c in chains:
        if 0 < c.pos < pos and c.city == best.city:
            pos = c.pos
    return pos


_VATICAN_TOWNS = frozenset(("Vatican City", "Rome"))
_ON_MOUNTAIN = (" on ", " atop ", " up ", " climb ", " climbs ", " of ", " from ")


def _mountain_town(text: str, loc: Location) -> None:
    """`on Mount Arafat, near Mecca`: a mountain one stands on is no town; the town it is near is
    (`in Mount Pleasant, S.C.` is a town and stays)."""
    i = text.find(loc.city)
    if i < 1 or not text.endswith(_ON_MOUNTAIN, 0, i) or _city_country(loc.city):
        return
    m = _NEAR_TOWN_RE.match(text, i + len(loc.city))
    town = m.group("name") if m else None
    loc.city = _display(town) if town and _place_kind(town) in (None, "city") else None
    if loc.city:
        loc.country = loc.country or _city_country(loc.city)


_NEAR_TOWN_RE = re.compile(rf",? (?:near|outside|above|overlooking) (?:the (?:town|city|village) of |)(?P<name>{_NAME})")
