"""Names, titles, positions.

Steps (nameparser style: pre_process -> parse_pieces -> post_process):

    tokenise      words with their offsets; quoted works and caption headers are masked.
                  A word's reading (capitalised? a role? a place? ...) depends only on how
                  it is written, so each space-free chunk is read once per process and its
                  tokens shared; offsets live in a parallel list
    find runs     maximal runs of capitalised words (with particles, suffixes, "ROLE of X"),
                  starting only at capitalised words; a lone word that is nobody whatever
                  stands around it (a place, a thing) is no run
    split run     title words | name words: the name starts after the last role word
    title         the role words before the name, carried back over lower-case roles and
                  modifiers ("Republican presidential candidate"), or a team possessive,
                  or an apposition after the name ("Jerome Powell, chairman of ...")
    decorations   after the name: jersey numbers, party tags, ages, positions
    position lists  "From left, A, B and C" / "(L-R) A, B and C", also after a shared
                  plural lead-in ("From left, Republican candidates A, B and C")
    keep          drop things, places and organisations that look like names (a lower-case
                  noun of organisations next to the run: "Border Patrol agents"; a person's
                  possessive before a one-word name: "Elon Musk's SpaceX"); list each
                  person once, in order of first mention. A surname in capitals inside a
                  mixed-case name ("Jay IDZES") is a name word, restored to normal case

Vocabularies are data files under data/ (see each file's header for the rule it serves).
Speed matters (the whole parser must read >= 10,000 captions/s): cheap tests come first,
and what depends only on a word is computed once, on the word.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from pathlib import Path

from .credit import credit_runs, masthead_words
from .record import Credit, Location, Person
# US states from the `us` package: AP abbreviations as the tokeniser reads them ("ky"), full
# names and AP abbreviations as written ("of Ky.,"), full names only ("Warren of Massachusetts")
from .us_states import ap_abbreviation_tokens as _us_ap_abbreviation_tokens
from .us_states import names as _us_states
from .us_states import names_and_ap_abbreviations as _us_state_forms
from .us_states import postal_codes as _us_postal_codes

try:
    import cython  # the C types of a compiled build (people.pxd, and below on generators)
    _COMPILED = cython.compiled
except ImportError:  # plain Python without Cython: the decorators do nothing
    _COMPILED = False
    from . import _cython_shim as cython

_DATA = Path(__file__).with_name("data")

# ---------------------------------------------------------------- vocabularies


def _lines(name: str) -> list[str]:
    """Non-comment lines of a data file; a missing file is an empty vocabulary."""
    try:
        text = (_DATA / name).read_text(encoding="utf-8")
    except OSError:
        return []
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(ln.casefold() for ln in _lines(name))


@functools.cache
def _vocab() -> dict:
    months = {m.casefold() for m in list(calendar.month_name)[1:] + list(calendar.month_abbr)[1:]}
    months |= {"sept"}
    days = {d.casefold() for d in list(calendar.day_name) + list(calendar.day_abbr)}
    days.discard("sun")  # the Chinese surname ("Sun Yingsha"); "Sun, Jan. 5" stays nobody alone
    roles = _words("person_roles.txt")
    demonyms = _demonym_words()
    two_demonyms = frozenset(d for d in demonyms if " " in d)
    nationals = _words("nationality_nouns.txt")
    not_people = frozenset(_norm(x) for x in _lines("not_people.txt")) | frozenset(_norm(d) for d in two_demonyms)
    return {
        "roles": roles,
        "letter_offices": _section_words("person_roles.txt", "offices written in letters"),
        # German role words: glued as a compound's tail to any noun ("Jury-Mitglied", "Mini-Schauspieler")
        "german_roles": _section_words("person_roles.txt", "dpa's and German papers'")
        | _section_words("person_roles.txt", "German papers' culture and sport roles"),
        # the same roles as the unhyphenated tail of a German compound ("Kommissionspräsidentin",
        # "Regierungssprecher"); not the six-letter ones ("sänger"), too short a tail to tell
        "german_role_ends": tuple(sorted(w for w in _section_words("person_roles.txt", "dpa's and German papers'")
                                         | _section_words("person_roles.txt", "German papers' culture and sport roles")
                                         if len(w) >= 7 and " " not in w)),
        "lower_only": _words("role_words_lower_only.txt"),
        "modifiers": _words("title_modifiers.txt"),
        "domains": _words("office_domains.txt"),
        "houses": _section_words("office_domains.txt", "legislatures"),
        "honorifics": _words("honorifics.txt"),
        "pageants": _words("pageant_words.txt"),
        "particles": _words("person_name_particles.txt"),
        "suffixes": _words("person_name_suffixes.txt"),
        "post_nominals": _words("post_nominals.txt"),
        "seats": _section_words("post_nominals.txt", "seats in a legislature"),
        # the last words of military ranks ("Sgt.", "Class", "Officer"; credit's table too)
        "rank_ends": frozenset(ln.split()[-1].casefold().rstrip(".") for ln in _lines("military_ranks.txt")) - {"n"},
        "family": _words("family_words.txt"),
        "not_name": _words("not_name_words.txt") | _words("group_words.txt") | _words("group_adjectives.txt"),
        "moods": _words("mood_adjectives.txt"),
        "heads": _words("thing_heads.txt"),
        "rites": _section_words("thing_heads.txt", "rites held for a person"),
        "prefixes": _words("thing_prefixes.txt"),
        # (and the demonyms of two words, "Puerto Rican iguanas", "Sri Lankan fans": capitalised
        # pairs read as a given name and surname, no person)
        "not_people": not_people,
        # their first words, where a name of two words or more opens (_split_thing's cheap test)
        "not_people_firsts": frozenset(k.split(" ", 1)[0] for k in not_people if " " in k),
        "stage_labels": _words("stage_labels.txt"),
        "months": frozenset(months),
        "days": frozenset(days),
        "verbs": _words("caption_verbs.txt"),
        "hyphen_adj": _words("hyphen_adjectives.txt"),
        "lists": _list_markers(_lines("position_lists.txt")),
        # noun -> where it makes the name next to it an organisation (after, poss, of)
        "org_nouns": _word_table(_lines("organisation_nouns.tsv"),
                                 lambda where: frozenset(w.strip() for w in where.split(","))),
        "team_words": _words("team_words.txt"),
        "caps_acronyms": _words("caps_acronyms.txt"),
        "initial_names": _words("initial_given_names.txt"),
        "news": _words("news_organisations.txt"),
        "signs": _word_table(_lines("sign_words.tsv")),  # word -> verb / noun / label
        "role_names": frozenset(_norm(x) for x in _lines("role_word_names.txt")),
        "trade_surnames": _words("trade_surnames.txt"),
        "styles": _words("style_titles.txt"),
        "known": frozenset(_norm(x) for x in _lines("known_surnames.txt")),
        "given": _words("given_names.txt"),
        "person_owned": _words("person_owned_roles.txt"),
        "peoples": _words("faith_adjectives.txt") | demonyms | nationals,
        "faiths": _section_words("faith_adjectives.txt", "faiths"),
        # nickname -> whether it is a team's only after a place ("Atlanta Hawks")
        "teams": _word_table(_lines("team_nicknames.tsv"), lambda when: when == "place"),
        # club words that make a run a club wherever they stand ("Real Betis fans"), less
        # the ones that are given names or surnames too (Al Gore, David Villa, Duke Ellington)
        "club_words": _words("team_words.txt") - {"al", "villa", "duke"},
        # noun -> whether the name may follow it after "of" too ("the premiere of Wicked")
        "things": _word_table(_lines("named_things.txt"), lambda when: when == "of"),
        "thing_after": _words("thing_after_nouns.txt"),
        "name_tail_adj": _words("name_tail_adjectives.txt"),
        # garments and cameras named by their label or maker ("a black Vera Wang gown")
        "label_things": _words("label_thing_nouns.txt"),
        # group nouns: one whose name is already written before it ("the Left party Ines
        # Schwerdtner", "the ruling Morena party X") puts a person after it, not the group's name
        "group_nouns": _section_words("named_things.txt", "teams, parties and gangs"),
        "party_heads": _section_words("thing_heads.txt", "parties, movements and unions"),
        "paper_heads": masthead_words(),  # credit's table of newspaper name endings
        "place_nouns": _words("place_nouns.txt"),
        "event_nouns": _words("event_nouns.txt"),
        # language -> (function words, words a noun phrase follows, words one opens with)
        "languages": _language_words(_lines("caption_language_words.tsv")),
        # other languages' bracketed positions: (regex, word -> English)
        "foreign_positions": _foreign_positions(_lines("foreign_positions.tsv")),
        "award_nouns": _section_words("award_words.txt", "award nouns"),
        "award_categories": _section_words("award_words.txt", "category words"),
        "service_plurals": _words("service_plurals.txt"),
        "owned_nouns": _words("owned_thing_nouns.txt"),
        "ap_states": _ap_state_abbreviations(),
        "stage": frozenset(_norm(x) for x in _lines("stage_names.txt")),
        "stage_first": frozenset(_norm(x).split()[0].rstrip(".") for x in _lines("stage_names.txt")),
        "mononyms": frozenset(_norm(x) for x in _lines("mononyms.txt")),
        # words captions print in lower case mid-sentence (tools/make_common_words.py)
        "common": _words("common_words.txt"),
        "artists": _words("artists.txt"),
        "maker_nouns": _words("maker_nouns.txt"),
        # nationality adjectives (the first column of the places step's demonym table)
        "demonyms": demonyms | {"korean"} | nationals,  # (and the nouns: "Briton Lewis Hamilton")
        "two_demonyms": two_demonyms,
    }


def _language_words(lines: list[str]) -> dict:
    """caption_language_words.tsv -> {language: (function words, before-run words, opening words)}."""
    out: dict = {}
    for ln in lines:
        word, lang, kinds = (c.strip() for c in (ln.split("\t") + ["", ""])[:3])
        function, before, opens = out.setdefault(lang, (set(), set(), set()))
        kinds = kinds.split(",")
        if "function" in kinds:
            function.add(word.casefold())
        if "opener" in kinds or "article" in kinds:
            before.add(word.casefold())
        if "opener" in kinds:
            opens.add(word.casefold())
    return {lang: tuple(frozenset(x) for x in sets) for lang, sets in out.items()}


def _foreign_positions(lines: list[str]):
    """foreign_positions.tsv -> (a regex for a bracket right after a name, word -> English).
    The regex's groups: an ordinal word, a side word, and German "(2.v.l.)"'s number and side."""
    words: dict = {}
    kinds: dict = {"side": [], "ordinal": [], "from": []}
    for ln in lines:
        word, kind, english = (c.strip() for c in (ln.split("\t") + ["", ""])[:3])
        if kind in kinds:
            kinds[kind].append(re.escape(word))
            words[word.casefold()] = english

    def alt(kind: str) -> str:
        return "|".join(sorted(kinds[kind], key=len, reverse=True)) or "(?!)"

    pattern = (r"\s*\(\s*(?:(?:(" + alt("ordinal") + r")\s*(?:,\s*|\s+)(?:(?:" + alt("from") + r")\s+)?)?("
               + alt("side") + r")|(\d{1,2})\.\s*v\.\s*([lr])\.?)\s*\)")
    return re.compile(pattern, re.IGNORECASE), words


def _ap_state_abbreviations() -> frozenset[str]:
    """AP state abbreviations as the tokeniser reads them ("ky", "n.c", "w.va"), D.C., and the
    dotted Canadian and Australian ones ("B.C.", "N.S.", "N.S.W.")."""
    try:
        out = set(_us_ap_abbreviation_tokens())
    except Exception:  # pragma: no cover - a missing package only weakens the rule
        out = set()
    return frozenset(out | {"d.c", "b.c", "n.s", "n.b", "p.e.i", "n.w.t", "n.s.w", "a.c.t", "n.t", "s.a", "w.a"})


def _section_words(name: str, heading: str) -> frozenset[str]:
    """The first-column words of one `# --- heading ...` section of a data file: the word lines
    after its comment block, up to the next comment line (another section's heading or note)."""
    try:
        text = (_DATA / name).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    out, on = set(), False
    for ln in text.splitlines():
        ln = ln.strip()
        if ln.startswith("#"):
            if ln.startswith("# ---"):
                on = ln[5:].strip().startswith(heading)
            elif out:
                on = False
        elif on and ln:
            out.add(ln.split("\t")[0].strip().casefold())
    return frozenset(out)


def _demonym_words() -> frozenset[str]:
    """Nationality adjectives: the first column of the places step's demonym table."""
    return frozenset(ln.split("\t")[0].strip().casefold() for ln in _lines("demonyms.tsv"))


def _word_table(lines: list[str], value=lambda what: what) -> dict:
    """A two-column table (`word<TAB>what`) -> {casefolded word: value(what)}; a word's first
    line wins."""
    out = {}
    for ln in lines:
        word, _, what = ln.partition("\t")
        out.setdefault(word.strip().casefold(), value(what.strip()))
    return out


def _pycountry_country_names() -> list[str]:
    """Every name pycountry gives a country (name, common name, official name), as written;
    none when the package is missing (the tables built from them are only narrower)."""
    try:
        import pycountry
    except Exception:  # pragma: no cover
        return []
    return [v for c in pycountry.countries for attr in ("name", "common_name", "official_name")
            if (v := getattr(c, attr, None))]


@functools.cache
def _places() -> frozenset[str]:
    """Place names (normalised) that a capitalised run may be: countries, regions, cities.

    Countries and subdivisions come from pycountry and `us` (_country_region_names); cities
    and aliases from the place tables of places.py when they are there (first column of each
    table)."""
    names: set[str] = set(_country_region_names())
    for table in ("world_cities.tsv", "country_aliases.tsv", "regions.tsv", "famous_venues.tsv"):
        for ln in _lines(table):
            names.add(_norm(ln.split("\t")[0]))
    for ln in _lines("country_aliases.tsv"):
        cols = ln.split("\t")
        if len(cols) > 1:
            names.add(_norm(cols[1]))  # the common name an alias stands for ("Ivory Coast")
    names.update({"north korea", "south korea", "britain", "great britain", "england", "scotland",
                  "wales", "northern ireland", "russia", "iran", "syria", "vietnam", "laos",
                  "taiwan", "palestine", "vatican", "korea", "the vatican", "europe", "asia", "africa",
                  "america", "latin america", "middle east", "gaza", "kosovo"})
    names.discard("")
    return frozenset(names)


def _list_markers(patterns: list[str]) -> re.Pattern:
    """The list markers as one alternation (one pass over the text), each side group
    renamed side0, side1, ... so the names stay unique."""
    parts = [p.replace("(?P<side>", f"(?P<side{n}>") for n, p in enumerate(patterns)]
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.I)


# Where a list marker may begin (each opens with "(" or one of these words, see
# position_lists.txt): the markers are tried only there, the long alternation being
# slow to scan a whole caption with.
_LIST_ANCHORS = ("(", "from", "starting", "left", "right", "l-r", "r-l", "l to r:")  # ("l-r" and "r-l" take ":" or ";": _may_mark)
# (AP's Spanish and Agência Brasil's Portuguese markers, looked for only when their side word is there)
_ROMANCE_LIST_ANCHORS = ("desde la ", "de izquierda", "de derecha", "da esquerda", "da direita")


# (a plain dict, cleared when full: compiled, a look-up in it costs a fraction of a call
# through functools.lru_cache; the bound keeps a parse worker's memory flat over an archive's
# long tail of names)
NORMS_SIZE = 1 << 14
_NORMS: dict[str, str] = {}


def _squeeze(s: str) -> str:
    """" ".join(s.split()): the text's words with single spaces. Most spans are so already
    (printable, no double, leading or trailing space: no other whitespace is printable),
    and are given back without splitting and joining them."""
    if _single_spaced(s):
        return s
    return " ".join(s.split())


def _single_spaced(s: str) -> bool:
    """s.isprintable() and no double, leading or trailing space. Compiled, an ASCII span is
    judged in one typed pass (printable there is " " to "~"), not a call a test."""
    if not _COMPILED:
        return s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " "
    prev = " "  # (a leading space reads as a double one)
    for ch in s:
        if ch > "~":  # beyond ASCII (or DEL): the str methods judge
            return s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " "
        if ch < " " or (ch == " " and prev == " "):
            return False
        prev = ch
    return prev != " " or not s


def _norm(s: str) -> str:
    norms = _NORMS  # (a typed local when compiled: its get is a C call)
    r = norms.get(s)
    if r is None:
        if len(norms) >= NORMS_SIZE:
            norms.clear()
        r = norms[s] = " ".join(s.replace("\u2019", "'").casefold().split())
    return r


# ---------------------------------------------------------------- tokens

# A word keeps inner hyphens, apostrophes and periods ("Tsai Ing-wen", "O'Brien", "U.S."),
# a possessive apostrophe ("Lakers'") and one final period ("Jr.", "Sen."); a jersey
# number "#6" is one token; any other non-space character is a token of its own.
# (a dotted abbreviation glued to the next word ends before it: "U.S.President" is "U.S." and
# "President", a typo of real captions; "W.Va.", "N.Dak." stay whole; so does a title's
# abbreviation glued to the name it opens: "committee chairman Sen.Patrick Leahy")
_TOKEN = re.compile(r"[^\W_]+(?:(?:\.-(?=elect\b|designate\b|(?<=\b[A-Z]\.[A-Z]\.-)[A-Z][a-z])|\.(?!(?<=\b[A-Z]\.)[A-Z][a-z]{2,}(?![a-z]*\.)"
                    r"|(?<=\b(?:Sen|Rep|Gov|Gen|Col|Sgt|Mrs|Rev)\.)[A-Z][a-z]{2,}|(?<=\b(?:Dr|Mr|Ms|Lt)\.)[A-Z][a-z]{2,})"
                    r"|['\u2019\-])[^\W_]+)*"
                    r"(?:['\u2019](?![^\W_]))?\.?|#\d+|[^\w\s]")
# a possessive's ending, in capitals too ("PRESIDENT EISENHOWER'S PLANE": typed press prints)
_POSS_S = ("'s", "\u2019s", "'S", "\u2019S")
_PARTICLE_HYPHEN = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|abd|ul|ud|ur)-[^\W\d_]", re.I)
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_MODEL = re.compile(r"[A-Za-z]{1,4}-\d{1,4}[A-Za-z]{0,2}")
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
# a word in capitals that reads as a name: letters (and inner hyphens), with a vowel
_CAPS_NAME = re.compile(r"(?=[^\W\d_]*[AEIOUY])[^\W\d_]+(?:-[^\W\d_]+)*")
# (`jl`, `jln`: Indonesian and Malay `Jalan`, a street, "on Jl. Imam Bonjol")
_ABBREV_END = frozenset("""jr sr st mt ft no vs inc co corp ltd gen lt col sgt capt cmdr adm maj
    brig cdr pfc ens supt insp amb atty sen rep gov dr mr mrs ms rev fr msgr prof det ofc ptl pvt cpl spc gens sens reps govs
    pte bdr gnr spr tpr mcpl const cst engr
    jl jln
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo""".split())

# Caption headers that are not running text: a Getty dateline "WASHINGTON, DC - MAY 06:",
# a Reuters sports header "Soccer Football - ... - June 10, 2023", a USA TODAY header
# "Jun 12, 2023; Denver, Colorado, USA;".
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH3 = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
_FILE_TAGS = ("FILE", "(FILE", "APTOPIX", "EDITOR'S NOTE")  # (what _HEADERS[3] needs at the start)
# the sports header dated day-month-year ("- 1 December 2024 ", "- 26/10/2024 ", "- 13/3/17. "; a full stop
# may close the date in any of its forms): its sport opens
# the text ("Soccer Football - ", "Rugby Union - "), so it is tried only when a " - " comes early
_SPORTS_DMY = re.compile(r"^[^.\n]{0,40}?\s-\s[^.\n]{0,200}?\s-\s[^\n]{0,200}?"
                         r"(?:\d{1,2}\s" + _MONTH_RE + r"\s\d{4}\.?|\d{1,2}/\d{1,2}/(?:\d\d){1,2}\.?)\s+")
# A picture gallery's day before its caption ("12 January: Juanita Booyse and ...", "Jan. 4: One
# hundred soldiers ..."): a header, no running text
_GALLERY_DATE_LEAD = re.compile(r"(?:\d{1,2}\s" + _MONTH_RE + r"|" + _MONTH_RE + r"\s\d{1,2})(?:,?\s\d{4})?:\s+(?=[A-Z0-9\"\u201c])")
_HEADERS = [
    re.compile(r"^[^a-z:]{2,80}?\s[-\u2013\u2014]\s[A-Z]+\.?\s\d{1,2}(?:,\s*\d{4})?\s*:\s*"),
    re.compile(r"^[^.\n]{0,200}?\s-\s[^.\n]{0,200}?\s-\s[^\n]{0,200}?" + _MONTH_RE + r"\s\d{1,2},\s\d{4}\.?\s+"),
    re.compile(r"^" + _MONTH_RE + r"\s\d{1,2},\s\d{4};[^;]{0,80};\s*"),
    re.compile(r"^(?:FILE(?:\sPHOTO)?|\(FILES?\)|APTOPIX|EDITOR'S NOTE[^:]*)\s*[-:\u2013\u2014]?\s*"),
    # a gallery's kicker: two to four words in capitals and a colon ("FLAG BEARER: Sailor A B"),
    # or a Philippine paper's slug of two to eight such words and a dash ("ALL SMILES - Mayor ...",
    # "LONG WAIT -- Voters ...": a typewriter's double hyphen too),
    # or a Malaysian paper's slug of one to eight and an ellipsis ("FESTIVE LIGHTS ... A family")
    re.compile(r"^[A-Z][A-Z'\u2019\-]+(?:(?: [A-Z][A-Z'\u2019\-]+){1,3}:\s+"
               r"|(?: [A-Z][A-Z'\u2019\-]+){1,7} (?:--|[-\u2013\u2014]) "
               r"|(?: [A-Z][A-Z'\u2019\-]+){0,7} ?(?:\.\.\.|\u2026) )(?=[A-Z])"),
]


class Tok:
    """One word or mark. What it is depends only on how it is written (and whether it is
    masked), never on where it stands, so each is built once and shared between captions;
    its offset lives in a parallel list (`starts`)."""
    __slots__ = ("text_read", "text", "n", "low", "cap", "word", "poss", "stop", "masked", "namey", "month", "quote",
                 "role", "role_cs", "nameword", "surename", "head", "prefix", "upper", "acronym", "roman",
                 "name", "key", "hyphen_adj", "nobody", "joiner", "title_word", "digit", "caps_name", "org", "sign", "lead",
                 "before_thing", "plural_lead", "role_name", "plain", "lone_nobody", "club",
                 "closes", "bad_end", "bad_start", "rare_lead", "thing_next", "team_nick",
                 "kin_or_comma", "hon", "jersey",
                 "kin", "office_word", "stage_open", "place_noun", "model")

    def __init__(self, text_read, text, low, cap, word, poss, stop, masked, v):
        self.text_read = text_read  # the token as the tokeniser read it
        # an honorific, unless two capitals in use as a given name ("MS Dhoni", not "Ms")
        honor = low in v["honorifics"] and not (text.isupper() and low in v["initial_names"])
        self.text = text      # as written (a sentence-final period removed)
        self.n = len(text)    # end offset = start + n
        self.low = low        # casefolded, final period and possessive removed
        self.cap = cap        # starts with a capital (or is a name-like word starting with a digit)
        self.word = word
        self.poss = poss      # possessive: "China's", "Lakers'"
        self.stop = stop      # ends a sentence
        self.masked = masked  # inside a quoted work or a caption header
        self.quote = word is False and text in ('"', "\u201c", "\u201d")
        self.month = low in v["months"]
        self.digit = text[:1].isdigit()   # opens with a digit ("6", "2023", "#6" does not)
        # a capitalised word that may belong to a name or a title
        self.namey = bool(word and cap and not masked
                          and not (low in v["not_name"] and not (len(text) == 2 and text.endswith(".")))
                          and low not in v["days"]
                          and not ("-old" in low and _age_word(low))  # "Eight-year-old Maryam": an age opening the sentence
                          # a headline's capitalised verb ("Tiger Woods Visits The White House"), not Tom Waits
                          and not (low[-1:] == "s" and (low in v["verbs"] or low in _HEADLINE_VERBS)
                                   and low not in _SURNAME_VERBS))
        # a role word ("President", "minister"); some only when they open a clause
        then_office = word and _then_office(text)
        # (a trade that is a surname too is a role in lower case: "Christian baker Jack Phillips")
        self.role_cs = word and (then_office or _role_word(low, v) or (not cap and low in v["trade_surnames"]))
        self.role = self.role_cs and not (cap and low in v["roles"] and low in v["lower_only"]) \
            and (cap or "." not in low or then_office)  # a dotted office only in capitals: "P.M." is one, "9 p.m." a time
        roman = _ROMAN.fullmatch(text) is not None  # (one match a token, read twice)
        # a word that can only be part of a name once a role word is behind it
        self.nameword = bool(cap and not honor and low not in v["roles"]
                             and low not in v["suffixes"] and not roman
                             and not text[0].isdigit())
        # a capitalised word that is neither role, honorific, abbreviation nor place
        self.surename = bool(cap and low not in v["roles"] and not honor
                             and "." not in text[:-1] and low not in v["places"])
        self.head = low in v["heads"] or ("-" in low and (_compass_head(low, v) or _unit_head(text, low, v)))  # "Committee", "Stadium": a thing's head noun
        self.prefix = low in v["prefixes"]    # "Camp", "Fort": opens a thing's name
        self.upper = text.isupper()
        self.acronym = self.upper and len(text) <= 5 and "." not in text   # "NATO", "LSU"
        self.roman = roman
        # a lower-case noun of organisations: where it makes the name next to it one
        # (an acronym too: "the rescue NGO Sea-Watch")
        self.org = v["org_nouns"].get(low) if word and (not cap or self.acronym) and not masked else None
        # a lower-case word that introduces or carries a sign's text (sign_words.tsv)
        # (a noun may be capitalised: "T-shirts"; _mask_slogans wants its verbs in lower case)
        self.sign = v["signs"].get(low) if word and not masked else None
        # may stand just before a sign's text ("reading", ":", "with", "Women" in "Women Life
        # Freedom"): the only words _mask_slogans looks further at
        self.lead = bool((self.sign and not cap) or text == ":" or low == "with"
                         or (word and cap and not self.namey and not masked))
        # a surname printed in capitals inside a mixed-case name (AFP: "Jay IDZES")
        self.caps_name = bool(self.upper and cap and word and len(low) >= 3 and not self.roman
                              and _CAPS_NAME.fullmatch(text) and low not in v["caps_acronyms"]
                              and low not in v["not_name"])
        # the word read alone as a name: without its possessive, and its key
        self.name = text[: len(text) - (2 if text.endswith(_POSS_S) else 1)] if poss else text
        self.key = _norm(self.name)
        # may join two capitalised words into one run: "de", "of", ", Jr.", "I"
        self.joiner = low in v["particles"] or low in ("of", ",", "i")
        # a lower-case word that may stand in a title: "former", "presidential", "minister"
        self.title_word = bool(low in v["modifiers"] or self.role or low.endswith(_ADJECTIVE_ENDS))
        # "Russian-controlled", "Pro-Kremlin": an adjective, never part of a name
        self.hyphen_adj = "-" in low and (_hyphen_adjective(low, v) or _participle_compound(text))
        # may stand right before an animal's, a work's or a vessel's name (see _named_thing)
        self.before_thing = bool(not masked and (low in v["things"] or low in _NAMED or low in _OWNERS
                                                 or low == "of" or text == ":"
                                                 or (cap and low in v["not_name"])))
        # (flags for cheap tests in _mention, _runs, _split_run and _never_a_name)
        # a capitalised role word in the plural: "Boxers", "Congressmen" (a list's lead-in)
        self.plural_lead = bool(cap and low[-1:] in ("s", "n") and _plural_role(low, v))
        # may open a name that starts with a role word ("Sheikh Hasina": role_word_names.txt)
        self.role_name = self.key in _first_words(v["role_names"])
        # a machine's model ("An-225", "F-16", "C-130J"): never a person's name word
        self.model = bool(cap and "-" in text and _MODEL.fullmatch(text))
        # a club word ("Real", "Eintracht"): a run holding one is a club (see _mention)
        self.club = low in v["club_words"]
        # closes a run: a possessive or a sentence end
        self.closes = poss or stop
        # never ends a name (a lower-case particle: "de") / never opens one (a suffix: "Jr.")
        self.bad_end = low in v["particles"] and not cap
        self.bad_start = low in v["suffixes"]
        # may open a run that _mention cuts or drops for it: a hyphenated adjective, a plural
        # role, a title opener ("Former"), a faith or people adjective (rare: one test for all)
        self.rare_lead = bool(self.hyphen_adj or self.plural_lead or low in _TITLE_OPENERS or low in v["peoples"])
        # may follow a named thing: ", a ..." / ", ridden by", "gallops", "is saddled"
        self.thing_next = text == "," or text.startswith(("ga", "is"))
        # a team's nickname ("Seahawks"; team_nicknames.tsv)
        self.team_nick = low in v["teams"] or (self.digit and _numbered_nickname(low))  # ("49ers": a digit opens it)
        # may stand before a relation's given name: "his wife Victoria", "her daughter, Georgia"
        self.kin_or_comma = text == "," or low in v["family"]
        self.hon = honor   # "Dr.", "Mr.", "Sayyed"
        self.jersey = text[:1] == "#"       # "#6"
        # a lower-case relation word ("wife", "daughter"; see _family_word)
        self.kin = bool(word and not cap and not masked and low in v["family"])
        # a word of an office's name: a role, a domain or "of" (see _office_only)
        self.office_word = bool(self.role_cs or low in v["domains"] or low == "of" or low == "for")  # ("Minister for Climate Change")
        # may open a stage name that opens with a role word ("Lady Gaga", "Dr. Dre")
        self.stage_open = low in v["stage_first"]
        # a lower-case noun of districts and stops ("district", "station"; see _place_named)
        self.place_noun = bool(word and not cap and not masked and low in v["place_nouns"])
        _name_flags(self, v)


def _name_flags(t: Tok, v: dict) -> None:
    """The flags a token's name reading follows from its head, honorific and shape: set here once
    for Tok and for a token whose head reading is taken back (_kunya_surnames)."""
    # a name word nothing in _never_a_name objects to
    t.plain = t.surename and not (t.hyphen_adj or t.head or t.acronym or t.model)
    # alone, never a person: a place, a thing, an acronym, a title, an honorific
    t.nobody = bool(t.key in v["not_people"] or t.key in v["places"] or not t.surename
                    or t.head or t.acronym or t.hon or t.hyphen_adj)
    # alone nobody whatever stands around it, unless a place-named relation or a stage name
    t.lone_nobody = t.nobody and t.key not in v["mononyms"]


_COMPASS = frozenset(("north", "south", "east", "west"))
# caption verbs (caption_verbs.txt) that are surnames too: a capitalised one stays a name word
_SURNAME_VERBS = frozenset(("waits",))
# more verbs of a picture agency's title-case headline ("Melania Trump Unveils The 2007 ...",
# "Jennifer Lopez Gets Loud For ..."): never a name word when capitalised
_HEADLINE_VERBS = frozenset(("gets", "unveils", "launches", "hosts", "joins", "opens", "wins", "announces",
                             "presents", "honors", "honours", "introduces", "promotes", "debuts"))
# German articles that open a sentence before a title ("Der deutsche Kanzlerkandidat X")
_GERMAN_TITLE_ARTICLES = frozenset(("der", "die", "das"))
_GERMAN_ARTICLE_LEADS = frozenset(("Der ", "Die ", "Das "))
# Czech possessive pronouns (his, her, their, one's own) before a title's words
_CZECH_OWNERS = frozenset(("jeho", "její", "jejich", "svůj", "svá", "své", "svého"))
# German parties and bodies glued by a hyphen to an office ("CDU-Parteivorsitzende", "SPD-Chef")
_GERMAN_PARTY_HEADS = frozenset(("cdu", "csu", "spd", "fdp", "afd", "bsw", "eu", "us", "un", "nato"))
# adverb endings no name word has ("Sexually", "Visually", "Medically", "Environmentally")
_ADVERB_ENDS = ("ually", "ically", "entally", "iously")
# a compass or middle word that names a part of the place after it ("Northeast India")
_COMPASS_WORDS = frozenset("""north south east west northern southern eastern western northeast
    northwest southeast southwest north-east north-west south-east south-west northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern south-western
    central""".split())


# endings of a scholar's role word the table may not list ("speleologist", "dendrologists")
_SCHOLAR_ENDS = ("ologist", "ologists")


def _compass_head(low: str, v: dict) -> bool:
    """A head noun with a compass point hyphened on: "Sudan People's Liberation Movement-North"."""
    head, _, side = low.rpartition("-")
    return side in _COMPASS and head in v["heads"]


def _unit_head(text: str, low: str, v: dict) -> bool:
    """A unit's head noun with a capitalised place hyphened on: a military unit ("Joint Task
    Force-Uruzgan", "Combined Joint Task Force-Horn of Africa"). Other head nouns open
    double-barrelled surnames ("Daniel Day-Lewis", "Jane Hall-Jones", "Park-Lee")."""
    head, _, side = low.partition("-")
    return head in _UNIT_HEADS and head in v["heads"] and text[len(head) + 1:len(head) + 2].isupper() \
        and side.isalpha()


_UNIT_HEADS = frozenset(("force", "forces", "command", "brigade", "division", "group", "battalion", "regiment",
                         "corps", "squadron", "wing", "fleet", "army", "unit", "mission", "operation", "task"))


def _hyphen_adjective(low: str, v: dict) -> bool:
    tail = low.rpartition("-")[2]
    first = low.partition("-")[0]
    return "-" + tail in v["hyphen_adj"] or first + "-" in v["hyphen_adj"]


def _participle_compound(text: str) -> bool:
    """"Wind-whipped", "Rain-soaked": a capitalised word, a hyphen, then a lower-case past
    participle: an adjective opening a sentence, never a name's part (a name's tail after a
    hyphen is capitalised, "Al-Ahmed", or a Korean syllable, "Suk-yeol", which never ends in "ed")."""
    head, _, tail = text.rpartition("-")
    return len(tail) >= 4 and tail.endswith("ed") and tail.islower() and tail.isalpha() and head[:1].isupper()


def _role_word(low: str, v: dict) -> bool:
    if low in v["roles"]:
        return True
    if low.endswith(_SCHOLAR_ENDS):
        return True  # "Primatologist Jane Goodall": any -ologist is a scholar's role, never a name
    if "-" in low:
        head, _, tail = low.partition("-")
        head = head.rstrip(".")  # "Sen.-elect", "Gov.-designate"
        if head in v["roles"] and tail in ("elect", "designate", "general", "in-chief", "in-waiting"):
            return True
        if tail in v["roles"] and head in ("co", "vice", "ex", "deputy", "then"):
            return True
        if tail == "grader" and (head in _ORD or head in _ORDINALS):  # (a school grade's ordinal)
            return True  # "Fourth-grader Ma Lianghai", "5th-grader"
        if head == "then" and (tail in v["modifiers"] or tail == "vice" or _norm(tail) in _places()):
            return True  # ("then-President Donald Trump", "then-Vice President Joe Biden"; the office's
            # place: "then-Seattle Mayor Ed Murray", "then-Texas Gov. Rick Perry")
        if head in v["roles"] and tail in v["roles"]:
            return True  # a double role: "writer-director", "actor-producer", "player-coach"
        if head in _GERMAN_PARTY_HEADS and tail in v["roles"]:
            return True  # German captions: a party glued to the office ("CDU-Parteivorsitzende")
        if tail in v["german_roles"] and head.isalpha():
            return True  # a German compound ends in its role: "Jury-Mitglied", "Mini-Schauspieler"
        if "-turned-" in low:
            return _turned_role(low, v)  # "actor-turned-politician", "rapper-turned-lawmaker"
    elif len(low) > 10 and low.endswith(v["german_role_ends"]) and low.isalpha():
        return True  # a German compound glued whole: "Kommissionspräsidentin", "Regierungssprecher"
    return False


def _has_role_word(words: list, v: dict) -> bool:
    """Any of the words a role word (a loop, not a generator: _decorations is compiled as a cpdef,
    which cannot hold a closure)."""
    for w in words:
        if _role_word(w, v):
            return True
    return False


def _turned_role(low: str, v: dict) -> bool:
    """`X-turned-Y` (a career change, "pop star-turned-opposition lawmaker"): a role when what it
    became is one (`-turned-politician`), or what it was is one and a modifier of the next role
    follows (`star-turned-opposition`, read on to "lawmaker" by the title's scan)."""
    was, _, became = low.rpartition("-turned-")
    if became in v["roles"]:
        return True
    return was.rpartition("-")[2] in v["roles"] and (became in v["modifiers"] or became in v["domains"])


def _then_office(text: str) -> bool:
    """"then-" glued to a capital opens an office of the past, whatever its first word
    ("then-Treasury Secretary", "then-Joint Chiefs Chairman", "then-U.S. Attorney General");
    not "a then-unknown singer", "his then-girlfriend"."""
    return text[4:5] == "-" and text[5:6].isupper() and text[:4].casefold() == "then"


def _read_token(t: str, masked: bool, v: dict) -> Tok:
    read = t
    if "places" not in v:
        v["places"] = _places()
    first = t[0]
    if first.islower() and t[-1] not in ".'\u2019" and "-" not in t and t[1:2] not in ("'", "\u2019") \
            and (t.islower() or not _camel_particle(t)):
        return Tok(read, t, t, False, True, False, False, masked, v)  # the common plain word
    if t in ('"', "\u201c", "\u201d"):
        return Tok(read, t, t, False, False, False, False, True, v)
    if not first.isalnum():
        return Tok(read, t, t, False, False, False, t in ".!?", masked, v)
    stop = False
    if t.endswith(".") and len(t) > 1:
        core = t[:-1]
        if not (len(core) == 1 or "." in core or core.casefold() in _ABBREV_END
                or ("-" in core and core.rpartition("-")[2].casefold() in _ABBREV_END)):  # "then-Sen."
            t, stop = core, True
    poss = False
    low = t.casefold().rstrip(".")
    if low.endswith(("'s", "\u2019s")) and len(low) > 2:
        poss, low = True, low[:-2]
        if low == "let":  # "Let's" opens a slogan ("the Let's Fix South Africa rally"): nobody's
            poss, low = False, "let's"
    elif low.endswith(("'", "\u2019")):
        poss, low = True, low[:-1]
    cap = first.isupper() or (first.isdigit() and any(c.isalpha() for c in t)) \
        or bool(_PARTICLE_HYPHEN.match(t)) or (first == "d" and t[1:2] in ("'", "\u2019") and t[2:3].isupper()) \
        or _camel_particle(t)
    # ("d'Arcy", "d'Estaing": an elided particle joined to a capitalised name word)
    return Tok(read, t, low, cap, True, poss, stop, masked, v)


def _camel_particle(t: str) -> bool:
    """"deCaires", "diMaggio": a name particle of two or three letters (person_name_particles.txt)
    written joined to the capitalised name word after it ("Jason deCaires Taylor", "Jacob
    deGrom"): such a word is a name word though it opens in lower case."""
    for k in (2, 3):
        if t[k:k + 1].isupper() and t[k + 1:k + 2].islower() and t[:k] in _vocab()["particles"]:
            return True
    return False


class _Chunk:
    """How a chunk reads (see _Chunks). A class typed in people.pxd, not a tuple: compiled,
    the tokenisers read its fields as C fields instead of unpacking and converting a tuple."""
    __slots__ = ("kind", "tok", "parts", "step", "notes", "text")

    def __init__(self, kind, tok, parts, step, notes, text=""):
        self.kind = kind
        self.tok = tok
        self.parts = parts
        self.step = step
        self.notes = notes
        self.text = text  # the chunk itself (_chunks_of checks a slot's entry against it)

    def __getitem__(self, i):
        # (read as the tuple it was: (kind, token, parts, step, notes))
        return (self.kind, self.tok, self.parts, self.step, self.notes)[i]


class _Chunks(dict):
    """Space-free chunk of text -> how it reads: (kind, token, parts, step, notes) where kind
    0 is one plain token, 1 one capitalised candidate, 2 anything else; parts are (offset in
    chunk, token) each; step is the offset of the next chunk; notes are its _NOTE_ bits. Captions repeat their words,
    so most chunks are read once per process (the cache is bounded)."""

    def __missing__(self, c: str) -> _Chunk:
        e = _CHUNK_CACHE.get(c)
        return e if e is not None else _read_chunk(c)


# What a chunk may hold of the rare phrases _find_people looks for, as bits the tokenisers
# OR over a caption's chunks (Doc.notes). Each bit is a necessary condition of its phrases
# (" He " in the text needs a chunk "He"), so a caption whose chunks lack it skips the
# whole-text tests for them: most captions skip them all.
_NOTE_WHOLE = 1  # a whole stage name's last word (" Cent", "H.E.R.": _whole_names)
_NOTE_LADY = 2  # "First L", "Second L", " Gentleman" (_first_lady)
_NOTE_HE_TO = 4  # " He ", " To ", " An " (_surname_he)
_NOTE_SQUOTE = 8  # " '", "\u2018" (_mask_single_quotes)
_NOTE_V = 16  # " v. " (_mask_case_names)
_NOTE_WHO = 32  # " who " (_drop_employers)
_NOTE_KNOWN = 64  # " known as " (_person_aliases)
_NOTE_SIDE = 128  # "t left is" ... (_at_side): the side word
_NOTE_IS = 256  # ... and the "is" after it
_NOTE_SIGN = 512  # a sign word ("reading", "placard": Doc.signs, _mask_slogans)
_NOTE_LIST = 1024  # what a list marker needs in the casefolded text (_apply_lists)
# (no marker word holds a space, and casefolding maps each character alone, so a marker
# word of the casefolded text lies in one chunk's casefolded text)
_LIST_NEEDS = ("left", "right", "(l", "(r", "(from", "r:", "l:", "-l:", "-l;", "-r;", "l-r)", "r-l)", "l-r,", "r-l,",
               "izquierda", "esquerda")
_NOTE_PA = 2048  # "PA story" (_PA_STORY)
_NOTE_QUOTE = 4096  # " '", ' "', "\u2018", "\u201c" (_blank_nicknames)
_NOTE_ATTEND = 8192  # " attend" (_drop_event_hosts)
_NOTE_SHIP = 16384  # a ship prefix: "USS ", "HMS ", ... (_drop_ship_names)
_NOTE_ROW = 32768  # " row", " Row" (_apply_rows)
_NOTE_ALSO = 65536  # " also " (_namesakes: "also named", "also called")
_NOTE_NAMED = 131072  # "named", "called" (_drop_named_things)
_NOTE_SITS = 262144  # "sits", "stands", "seated", ... (_is_at_side: "X sits at the right.")
_POSTURES = frozenset(("sits", "stands", "seated", "standing", "sitting", "looks", "listens", "watches",
                       "sit", "stand", "look", "listen", "watch"))  # (plural: "A and B look on in the background")
_NOTE_ORG_SURNAME = 524288  # " Bloomberg", " Getty" (_org_surnames: a chunk opening with one)
_NOTE_AT = 1048576  # "At", "Second" (_at_side_comma: "At L, model X.", "Second from left, X")
_ORDINAL_SIDE_OPENERS = frozenset(("Second", "Third", "Fourth", "Fifth", "2nd", "3rd", "4th", "5th"))
_NOTE_BOTH = 2097152  # "both" (_both_of: ", both of Ethiopia,")
_NOTE_RIGHTS = 4194304  # "EDITORIAL", "Photograph" (_drop_note_names: a rights note, a body credit)
_NOTE_PLACE_NOUN = 8388608  # a chunk opening with a place noun ("volcano,": _drop_places_named_elsewhere)
_NOTE_EXAMPLES = 16777216  # "like", "such", "including" (_in_place_examples: " like ", " such as ")
_NOTE_GLUED = 33554432  # a word with a hump after four letters ("MinisterMark": _glued_role_end)
_NOTE_GAME = 67108864  # a chunk ending in "game(s)", "matchup(s)", "scrimmage(s)" (_drop_game_opponents)
_NOTE_VERSUS = 134217728  # "vs", "vs.", "versus", "against" (_drop_game_opponents)
_NOTE_MISS = 268435456  # a chunk ending in "Miss" or "Mister" (_pageant_titles)
_NOTE_COSTUME = 1 << 29  # "dressed", "disguised", "costumed" (_drop_costume_characters)
_NOTE_FROM = 1 << 30  # "from" (_drop_town_lists: " and " ... " from ")
_NOTE_EXERCISE = 1 << 31  # "xercise", "peration ", " drill", " training event" (_drop_exercises_named_elsewhere)
_NOTE_STREET = 1 << 32  # "St.", "Ave.", "Rd.", "Blvd." (a street's last word, no surname)
_NOTE_BRACKET_END = 1 << 33  # a chunk ending in ")": ") " (_nation_code_titles)
_NOTE_TECH = 1 << 34  # a chunk ending in "Tech.": "Tech. S" (_tech_rank)
_NOTE_PAREN = 1 << 35  # a chunk opening with "(": " (" (_blank_bracket_spellings)
_NOTE_PHOTO = 1 << 36  # "Photo" (_photographer_pictured)
_NOTE_SCHOOL = 1 << 37  # a chunk opening with "High", "Academy", "Prep", "Catholic" (_school_short_name)
_NOTE_EVENT = 1 << 38  # a chunk opening with "festival", "celebration", "fair" (_drop_event_names)
_NOTE_KUNYA = 1 << 39  # a chunk ending in "Abu", "Abou" (_kunya_surnames)
_NOTE_FAMILY = 1 << 40  # a chunk opening with "family" (_family_roll_call)
_NOTE_HON = 1 << 41  # "Hon" (_hon_surname)
_NOTE_STYLE = 1 << 42  # a chunk ending in "Warrant", "Sri" or "Toh" (_graded_ranks, _drop_two_word_styles)
_NOTE_WEAR = 1 << 43  # "wearing", "wears", "wore", "donning" (_drop_worn_labels)
_WEAR_VERBS = ("wearing", "wears", "wore", "donning")
_NOTE_SUPPORTING = 1 << 44  # "supporting" (_supporting_role_titles)
_NOTE_TYPED = 1 << 45  # a chunk that is an organisation noun typing the name after it ("agency", "ship": _drop_typed_names)
_NOTE_HEADLINE = 1 << 46  # a grammar word ("is", "was") or a capitalised subject pronoun ("He"): _headline_words
_GAME_WORDS = ("game", "games", "matchup", "matchups", "scrimmage", "scrimmages")
# (_GLUED_ROLE without its leading \b: a match of it in the text lies in one chunk)
_GLUED_HUMP = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")


@functools.cache
def _whole_tails() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """_whole_names' last words as _chunk_notes tests them: those a chunk opens with (a name's
    last word, after its space) and those it holds anywhere (a name of one word: "B.o.B")."""
    tails = _whole_names()[1]
    return tuple(t[1:] for t in tails if t[0] == " "), tuple(t for t in tails if t[0] != " ")


def _chunk_notes(c: str) -> int:
    notes = 0
    # (one startswith with a tuple: the loop over every tail was half this function's time)
    opens, holds = _whole_tails()
    if c.startswith(opens):
        notes |= _NOTE_WHOLE
    else:
        for tail in holds:
            if tail in c:
                notes |= _NOTE_WHOLE
                break
    if c.endswith(("First", "Second")) or c.startswith("Gentleman"):
        notes |= _NOTE_LADY
    if c == "He" or c == "To" or c == "An" or (c[:2] in _VN_LAST_GIVEN and len(c) == 3 and c[2] in ",.;)"):
        notes |= _NOTE_HE_TO
    if c.startswith("'") or "\u2018" in c:
        notes |= _NOTE_SQUOTE
    if c == "v.":
        notes |= _NOTE_V
    if c == "who":
        notes |= _NOTE_WHO
    if c == "known":
        notes |= _NOTE_KNOWN
    if c in ("left", "right", "center", "centre"):
        notes |= _NOTE_SIDE
    if c.startswith("is"):
        notes |= _NOTE_IS
    if c.endswith("PA"):
        notes |= _NOTE_PA
    if c.startswith(("'", '"')) or "\u2018" in c or "\u201c" in c:
        notes |= _NOTE_QUOTE
    if c.startswith("attend"):
        notes |= _NOTE_ATTEND
    if c.endswith(_SHIP_WORDS):
        notes |= _NOTE_SHIP
    if c.startswith(("row", "Row")):
        notes |= _NOTE_ROW
    if c == "also":
        notes |= _NOTE_ALSO
    if c == "named" or c == "called":
        notes |= _NOTE_NAMED
    if c in _POSTURES:
        notes |= _NOTE_SITS
    if c.startswith(_ORG_SURNAMES):
        notes |= _NOTE_ORG_SURNAME
    if c == "At" or c in _ORDINAL_SIDE_OPENERS or c in _SIDE_OPENERS:
        notes |= _NOTE_AT
    elif c == "both":
        notes |= _NOTE_BOTH
    if "EDITORIAL" in c or "Photograph" in c or c == "PROVIDES":
        notes |= _NOTE_RIGHTS
    if c == "like" or c == "such" or c == "including":
        notes |= _NOTE_EXAMPLES
    if c.endswith(_GAME_WORDS):
        notes |= _NOTE_GAME
    elif c in ("vs", "vs.", "versus", "against"):
        notes |= _NOTE_VERSUS
    if c.endswith(("Miss", "Mister")):
        notes |= _NOTE_MISS
    if "dressed" in c or "disguised" in c or "costumed" in c:
        notes |= _NOTE_COSTUME
    if c == "from":
        notes |= _NOTE_FROM
    if "xercise" in c or c.endswith("peration") or c.startswith("drill") or c == "training":
        notes |= _NOTE_EXERCISE
    if "St." in c or "Ave." in c or "Rd." in c or "Blvd." in c:
        notes |= _NOTE_STREET
    if c.endswith(")"):
        notes |= _NOTE_BRACKET_END
    if c.endswith("Tech."):
        notes |= _NOTE_TECH
    if c[:1] == "(":
        notes |= _NOTE_PAREN
    if "Photo" in c:
        notes |= _NOTE_PHOTO
    if c.startswith(("High", "Academy", "Prep", "Catholic")):
        notes |= _NOTE_SCHOOL
    elif c.startswith(("festival", "celebration", "fair")):
        notes |= _NOTE_EVENT
    elif c.startswith("family"):
        notes |= _NOTE_FAMILY
    if c.endswith(("Abu", "Abou")):
        notes |= _NOTE_KUNYA
    elif c == "Hon":
        notes |= _NOTE_HON
    elif c.endswith(("Warrant", "Sri", "Toh")):
        notes |= _NOTE_STYLE
    if c in _WEAR_VERBS:
        notes |= _NOTE_WEAR
    elif c == "supporting":
        notes |= _NOTE_SUPPORTING
    if _GLUED_HUMP.search(c):
        notes |= _NOTE_GLUED
    low = c.casefold()
    for w in _LIST_NEEDS:
        if w in low:
            notes |= _NOTE_LIST
            break
    return notes


def _lower_lead(c: str) -> str:
    """The chunk's leading run of letters a-z (as _drop_places_named_elsewhere reads a noun)."""
    b = 0
    while b < len(c) and "a" <= c[b] <= "z":
        b += 1
    return c[:b]


def _read_chunk(c: str) -> _Chunk:
    """Read a chunk not in _CHUNKS and keep it there."""
    if len(_CHUNK_CACHE) > CHUNK_CACHE_SIZE:
        _CHUNK_CACHE.clear()
        _CHUNKS.clear()
        _MASKED.clear()
        _TOKENS.clear()
    v = _vocab()
    tokens = _TOKENS
    read = []
    for m in _TOKEN.finditer(c):  # (a token seen in another chunk is read once: "Biden", "Biden," and "(Biden")
        w = m.group()
        t = tokens.get(w)
        if t is None:
            t = tokens[w] = _read_token(w, False, v)
        read.append((m.start(), t))
    parts = tuple(read)
    notes = _chunk_notes(c)
    if "a" <= c[:1] <= "z" and _lower_lead(c) in v["place_nouns"]:
        notes |= _NOTE_PLACE_NOUN
    for _, t in parts:  # (one loop for both notes: no generator a chunk)
        if t.sign:
            notes |= _NOTE_SIGN
        if t.low in _GRAMMAR_WORDS or t.text in _SUBJECT_PRONOUNS:
            notes |= _NOTE_HEADLINE
    where = v["org_nouns"].get(c)  # (the chunk as _drop_typed_names looks it up: as written)
    if where is not None and "before" in where:
        notes |= _NOTE_TYPED
    kind = 2
    if len(parts) == 1 and parts[0][0] == 0:
        t = parts[0][1]
        if not (t.quote or t.stop):
            kind = 1 if t.namey else 0
    e = _CHUNK_CACHE[c] = _Chunk(kind, parts[0][1] if parts else None, parts, len(c) + 1, notes, c)
    return e


# Chunks read, kept for the next caption with the same words (names, titles and places recur
# across a desk's captions), emptied when full: a bound on memory. An archive's long tail of names
# fills it: with 50,000 (and 65,536 norms) a parse worker held 74 MiB at a million
# captions, with 8,192 (and 16,384) 63 MiB.
CHUNK_CACHE_SIZE = 8192
# The chunks' store is a plain dict (the tokenisers read it with one C-level lookup a chunk,
# where mapping a dict subclass's __getitem__ cost ~200 instructions); _CHUNKS[c] reads and
# fills it as before.
_CHUNK_CACHE: dict = {}
_CHUNKS = _Chunks()
# token as read -> the same token masked (inside quotes or a header)
_MASKED: dict[str, Tok] = {}
# token as read -> its Tok (unmasked), shared by the chunks that hold it; emptied with _CHUNK_CACHE
_TOKENS: dict = {}
# Compiled, _chunks_of finds a chunk's reading first in this direct-mapped table, indexed by
# a hash of the chunk's characters taken while scanning for the space that ends it: a chunk
# seen before costs no substring, no str hash and no dict probe, only a check of the slot's
# entry against the text. A miss reads it through _CHUNK_CACHE and takes the slot.
_CHUNK_SLOTS: list = [None] * 8192  # (a power of two: _chunks_of masks the hash with 8191)


def _chunks_of(text: str) -> list:
    """The readings (_Chunk) of the text's space-separated chunks, those of text.split(" ")."""
    if not _COMPILED:
        cache = _CHUNK_CACHE
        return [cache.get(x) or _read_chunk(x) for x in text.split(" ")]
    # (one typed pass over the characters: a read and a multiply each)
    out = []
    slots = _CHUNK_SLOTS
    start = 0
    i = 0
    h = 0
    if PyUnicode_KIND(text) == 1:
        # (a text of one byte a character, the commonest: its bytes read straight, the same
        # hash, without the kind switch a character of the loop below)
        data = cython.cast(cython.p_uchar, PyUnicode_DATA(text))
        n = len(text)
        while i < n:
            if data[i] == 32:
                out.append(_slot_chunk(slots, text, start, i, h))
                start = i + 1
                h = 0
            else:
                h = h * 1000003 + data[i]
            i += 1
    else:
        for ch in text:
            if ch == " ":
                out.append(_slot_chunk(slots, text, start, i, h))
                start = i + 1
                h = 0
            else:
                h = h * 1000003 + ord(ch)
            i += 1
    out.append(_slot_chunk(slots, text, start, i, h))
    return out


def _slot_chunk(slots: list, text: str, start: int, end: int, h: int) -> _Chunk:
    """(compiled only) The reading of text[start:end], whose characters hash to h: the entry
    of its slot when that is this chunk (its characters compared in place, with the
    PyUnicode_KIND, PyUnicode_DATA and memcmp cimported in people.pxd), else read through
    _CHUNK_CACHE, and then it takes the slot."""
    slot = (h ^ (h >> 19)) & 8191
    e = slots[slot]
    n = end - start
    if e is not None and e.step == n + 1:
        key = e.text
        kind = PyUnicode_KIND(text)
        if PyUnicode_KIND(key) == kind and memcmp(cython.cast(cython.p_char, PyUnicode_DATA(text)) + start * kind,
                                                  cython.cast(cython.p_char, PyUnicode_DATA(key)), n * kind) == 0:
            return e
    x = text[start:end]
    e = _CHUNK_CACHE.get(x)
    if e is None:
        e = _read_chunk(x)
    slots[slot] = e
    return e


def _masked(t: Tok) -> Tok:
    m = _MASKED.get(t.text_read)
    if m is None:
        m = _MASKED[t.text_read] = _read_token(t.text_read, True, _vocab())
    return m


class Doc:
    """A tokenised description: shared tokens, their offsets, the capitalised candidates
    and the sentence ends."""
    # (a plain class, not a dataclass: its compiled __init__ costs a fraction of the
    # generated one, and one Doc is built per caption)
    __slots__ = ("text", "toks", "starts", "cands", "ends", "signs", "notes")

    def __init__(self, text: str, toks: list, starts: list, cands: list, ends: list, signs: bool = True,
                 notes: int = -1):
        self.text = text
        self.toks = toks
        self.starts = starts
        self.cands = cands    # indices of capitalised, unmasked words (where runs may begin)
        self.ends = ends      # offsets where sentences end, in order
        self.signs = signs    # may hold a sign word (see _mask_slogans)
        self.notes = notes    # the _NOTE_ bits of its chunks (all set: unknown)


def _tokenise(text: str, v: dict) -> Doc:
    cut = _header_end(text)
    if not cut and text.find(", ", 2, 40) > 0:
        cut = _gallery_place_end(text, v)
    # (an ASCII text holds no curly quote: isascii() is a flag, not a scan)
    if cut or '"' in text or not text.isascii() and ("\u201c" in text or "\u201d" in text):
        return _tokenise_masked(text, cut)
    toks: list[Tok] = []
    starts: list[int] = []
    cands: list[int] = []
    ends: list[int] = []
    # (toks.append, not a bound method in a local: compiled, append on a typed list is a C call)
    pos = 0
    notes = 0
    for e in _chunks_of(text):
        kind = e.kind
        notes |= e.notes
        if not kind:
            toks.append(e.tok)
            starts.append(pos)
        elif kind == 1:
            cands.append(len(toks))
            toks.append(e.tok)
            starts.append(pos)
        else:
            for rel, t in e.parts:
                s = pos + rel
                if t.namey:
                    cands.append(len(toks))
                if t.stop:
                    ends.append(s + t.n)
                toks.append(t)
                starts.append(s)
        pos += e.step
    if ends and notes & _NOTE_TECH and "Tech. S" in text:
        _tech_rank(toks, starts, ends, v)
    if notes & _NOTE_KUNYA and ("Abu " in text or "Abou " in text):
        _kunya_surnames(toks, v)
    return Doc(text, toks, starts, cands, ends, bool(notes & _NOTE_SIGN), notes)


# Arabic kunyas that open a surname: the capitalised word after one is a name word, whatever the
# tables read it as ("Maher Abu Sabha": not the Lok Sabha's head noun)
_KUNYAS = frozenset(("abu", "abou"))


def _kunya_surnames(toks: list, v: dict) -> None:
    for i in range(1, len(toks)):
        t = toks[i]
        if t.head and t.cap and t.word and toks[i - 1].low in _KUNYAS and toks[i - 1].cap:
            n = toks[i] = Tok(t.text_read, t.text, t.low, t.cap, t.word, t.poss, t.stop, t.masked, v)
            n.head = False
            _name_flags(n, v)


def _tech_rank(toks: list, starts: list, ends: list, v: dict) -> None:
    """The Air Force's `Tech. Sgt.`: the chunk reader takes `Tech.` for a sentence's end (as in
    "at Georgia Tech. Ann Lee ..."); before `Sgt.` it is the rank's first word."""
    for i in range(len(toks) - 1):
        t = toks[i]
        if t.stop and t.low == "tech" and t.cap and toks[i + 1].low in ("sgt", "sergeant"):
            end = starts[i] + t.n
            toks[i] = Tok(t.text_read, t.text_read, t.low, True, True, False, False, t.masked, v)
            if end in ends:
                ends.remove(end)


# A picture gallery's place line run into its caption with no stop ("Freinsheim, Germany
# Fruit-pickers harvest ...", "Aldershot, England Boris Johnson climbs ..."): a town, a comma,
# a country or region, then the caption's first capitalised word
_GALLERY_PLACE_LEAD = re.compile(r"([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}), "
                                 r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=[A-Z])")


def _gallery_place_end(text: str, v: dict) -> int:
    """Where a gallery's run-in place line ends (0 when there is none): the country or region
    is a place (v["places"]); the town is one word that is no given name or known surname, or a
    known place ("Lee Jones, Wales Rugby Union captain" is a person and his team)."""
    m = _GALLERY_PLACE_LEAD.match(text)
    if m is None:
        return 0
    if "places" not in v:
        v["places"] = _places()
    town = m.group(1)
    low = town.casefold()
    if (" " in town and _norm(town) not in v["places"]) or low in v["given"] or low in v["common"] \
            or _norm(town) in v["known"]:
        return 0  # (a town of two words or more is a known place: "Quezon City, Philippines";
        # not a caption's lead word, "Designer, Jordan Dalah," "Pictured, Isabel Eason")
    place = m.group(2)
    if place.casefold() in v["given"]:
        return 0  # ("Jordan", "Georgia": a given name as well)
    if _norm(place) in v["places"]:
        return m.end()
    one = place.split(" ", 1)[0]  # ("Aldershot, England Boris Johnson": the country is one word)
    if one != place and _norm(one) in v["places"]:
        return m.start(2) + len(one) + 1
    return 0


def _tokenise_masked(text: str, cut: int) -> Doc:
    """The same with words masked: inside quotes (a work's title) or a caption header."""
    toks: list[Tok] = []
    starts: list[int] = []
    cands: list[int] = []
    ends: list[int] = []
    toggles = text.count('"') % 2 == 0
    inside = False
    named_from = -1  # where a quoted slogan's person starts ("Free Imran Khan"): not masked
    pos = 0
    masks = _MASKED  # (a typed local when compiled: its get is a C call)
    notes = 0
    for e in _chunks_of(text):
        kind = e.kind
        notes |= e.notes
        if kind < 2 and (not inside or 0 <= named_from <= pos) and pos >= cut:
            # (inside quotes, the person a slogan names is read as outside them)
            # one plain token outside quotes and header: as in _tokenise
            if kind:
                cands.append(len(toks))
            toks.append(e.tok)
            starts.append(pos)
            pos += e.step
            continue
        for rel, t in e.parts:
            s = pos + rel
            if t.quote:
                x = t.text
                inside = True if x == "\u201c" else False if x == "\u201d" else (not inside if toggles else inside)
                if x == "\u201c" and _quoted_speech(text, s + 1, "\u201d"):
                    inside = False  # a quoted sentence names people as the caption does
                named_from = _slogan_person(text, s + 1) if inside and s + 1 < len(text) \
                    and text[s + 1] in "FfJjRrBbLl" else -1
                t = masks.get(t.text_read) or _masked(t)
            elif (inside and not 0 <= named_from <= s) or s < cut:
                t = masks.get(t.text_read) or _masked(t)
            elif t.namey:
                cands.append(len(toks))
            if t.stop:
                ends.append(s + t.n)
            toks.append(t)
            starts.append(s)
        pos += e.step
    if ends and notes & _NOTE_TECH and "Tech. S" in text:
        _tech_rank(toks, starts, ends, _vocab())
    if notes & _NOTE_KUNYA and ("Abu " in text or "Abou " in text):
        _kunya_surnames(toks, _vocab())
    return Doc(text, toks, starts, cands, ends, bool(notes & _NOTE_SIGN), notes)


# ---------------------------------------------------------------- positions

_ORD = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
        "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
        "11th": "eleventh", "12th": "twelfth", "13th": "thirteenth", "14th": "fourteenth", "15th": "fifteenth",
        "16th": "sixteenth", "17th": "seventeenth", "18th": "eighteenth", "19th": "nineteenth", "20th": "twentieth"}
_POS_WORD = re.compile(r"[a-z0-9]+")
# abbreviated sides as positions write them: "(L)", "(C)", UPI's "(RC)", some European desks' "(le)"
_SIDE_WORDS = {"l": "left", "r": "right", "c": "center", "centre": "center", "rc": "right center",
               "lc": "left center", "le": "left", "ce": "center", "ri": "right", "m": "center"}
# (a team's, a choir's or a cabinet's list may run to twenty: each place is written out)
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_ORD_RE = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_SIDE_W = r"(?:left|right)"
# a person seen on a screen in the frame (a video link): "on screen", "on the screen", "on a video screen"
_ON_SCREEN = r"on\s+(?:(?:the|a)\s+)?(?:(?:video|large|big|giant)\s+)?screens?(?=\s*[,;.)])"
_POS_WORDS = (
    r"(?:(?:far|extreme)\s+)?(?:"
    r"" + _ORD_RE + r"[\s-]+(?:(?:from|on)\s+)?(?:the\s+)?" + _SIDE_W +  # (", first on the left,")
    r"(?:\s+in\s+(?:the\s+)?(?:front|back|top|bottom|rear|middle|" + _ORD_RE + r")\s+row"  # ", third from left in second row,"
    r"|\s*,?\s+(?:front|back|top|bottom|rear|middle|" + _ORD_RE + r")\s+row(?=\s*[,;.:)]|\s+and\b|$))?"
    # (", second left front row,": the row as written, after the side; not "..., back row seats")
    r"|(?:in\s+(?:the\s+)?)?(?:front|back|top|bottom|rear|middle|" + _ORD_RE + r")\s+row[\s,-]+(?:(?:far\s+)?" + _SIDE_W
    + r"|center|centre|" + _ORD_RE + r"[\s-]+(?:(?:from|on)\s+)?(?:the\s+)?" + _SIDE_W + r")(?=\s*[,;.:)]|\s+and\b|$)"
    # (", in the front row, second from left,", ", in the second row, far right,": the row first, as written)
    r"|(?:center|centre)(?:[\s,-]+(?:" + _SIDE_W + r"|front|back|rear|top|bottom)"
    r"|[\s-]+(?:foreground|background))?"  # ", center foreground,"
    r"|(?:front|back|top|bottom|rear)(?:\s+row)?(?:[\s,-]+(?:" + _SIDE_W + r"|center|centre"
    r"|" + _ORD_RE + r"[\s-]+(?:from\s+)?(?:the\s+)?" + _SIDE_W + r"))?"  # the Taipei Times' ", front third right,"
    r"(?=\s*[,;.:)]|\s+and\b|$)"  # (not ", top seed,", ", front man,": an adjective then)
    r"|(?:middle|" + _ORD_RE + r")\s+row|(?:in\s+the\s+)?middle(?=\s*[,;.)])"  # ", second row,", ", middle,",
    # ", in the middle," (not "middle school", "in the middle of the road")
    r"|(?:standing|seated|sitting|kneeling|crouching)\s+(?:" + _SIDE_W + r"|center|centre)" +
    r"|(?:on\s+the\s+)?" + _SIDE_W + r"(?:\s+(?:front|back|rear|top|bottom|center|centre|foreground|background))?"
    r"|(?:in\s+(?:the\s+)?)?(?:foreground|background)(?:\s+(?:" + _SIDE_W + r"|center|centre))?"  # ", foreground left"
    r"|in\s+front(?=\s*[,;.)])"  # ", in front," (not "in front of the court")
    r"|" + _ON_SCREEN +  # ", on screen,", ", on the screen,": who speaks by video link
    r"|(?:seated|standing|sitting|kneeling|behind)(?=\s*[,;)])"  # ", seated,", ", behind,": a bare posture or depth
    r")"
)
_SIDE_L = r"(?:left|right|l|r)"
# what may stand before a side inside the brackets, as after a comma (_POS_AT): "(at left)",
# "(at the back)", "(on the right)", "(pictured left)", "(seen at right)", "(photo left)"; only
# before a side's or a depth's word, so "(on the up)" or "(pictured)" alone stay unread
_PAREN_SIDE_LEAD = (r"(?:(?:(?:seen|pictured|shown)\s+(?:at\s+(?:the\s+)?)?|at\s+(?:the\s+)?|on\s+the\s+"
                    r"|(?:photo|picture)\s+)"  # ("(photo left)", "(picture right)")
                    r"(?=(?:far\s+|extreme\s+)?(?:left|right|center|centre|front|back|rear|top|bottom)\b))?")
_POS_PAREN = re.compile(
    r"\s*\(\s*" + _PAREN_SIDE_LEAD + r"((?:(?:far|extreme)\s+)?(?:"
    + _ORD_RE + r"(?:\s*,\s*|[\s-]*)(?:(?:from|on)\s+)?(?:the\s+)?" + _SIDE_L  # (VNA's "(second, right)": a comma between;
    # "(first on the left)")
    + r"(?:\s*,\s*(?:(?:front|back|rear|top|bottom)(?:\s+row)?|" + _ORD_RE + r"\s+row|c|center|centre))?"  # Yonhap's "(3rd from R, 1st row)", "(3rd from L, C)"
    r"|" + _ORD_RE + r"[\s-]*from\s+(?:the\s+)?(?:front|back|rear|top|bottom)"  # a crew's seat: "(3rd from front)"
    r"|[1-9][\s-]*" + _SIDE_L +   # "(2L)", "(3 R)", "(2-L)": a bare digit for the ordinal
    r"|" + _ORD_RE + r"\s+row(?:[\s,-]+(?:" + _SIDE_L + r"|center|centre|c"  # Reuters' "(2nd row L)",
    r"|" + _ORD_RE + r"[\s-]*(?:from\s+)?(?:the\s+)?" + _SIDE_L + r"))?"  # "(third row, 2nd R)": the row, then the side
    r"|(?:center|centre|c)(?:[\s,-]+(?:" + _SIDE_L + r"|(?:front|back|rear|top|bottom)(?:\s+row)?)"  # "(C, front)",
    # "(center bottom)", "(C, back row)"
    r"|[\s-]+(?:foreground|background))?"  # "(center foreground)"
    r"|(?:front|back|top|bottom|rear)(?:\s+row)?(?:[\s,-]+(?:(?:(?:far|extreme)\s+)?" + _SIDE_L + r"|center|centre|c"
    r"|" + _ORD_RE + r"[\s-]*(?:(?:from|on)\s+)?(?:the\s+)?" + _SIDE_L + r"))?"  # Yonhap's "(front, 4th from L)",
    # "(top row, far left)", "(top row, first on the left)"
    r"|" + _SIDE_L + r"(?:[\s,-]+(?:front|back|rear|top|bottom)(?:\s+row)?)?"
    r"|(?:standing|seated|sitting|kneeling|crouching)(?:\s*,\s*|\s+)(?:" + _SIDE_L + r"|center|centre|c)"  # "(seated R)",
    # "(seated, left)": as ", seated left,"
    r"|(?:in\s+(?:the\s+)?)?(?:foreground|background|middle)"  # ("(middle)", "(in the middle)": "middle")
    r"|[lr]c"  # UPI's "(RC)", "(LC)": right or left of center
    r"|le|ce|ri"  # "(le)", "(ce)", "(ri)": some European agencies' two-letter places
    r"|up|down|above|below"  # EPA's "(up)", "(down)": who is in the air or on the ground
    r"|" + _ON_SCREEN +  # "(on screen)"
    r"|seated|standing|sitting|kneeling|behind"  # "(seated)", "(behind)": a bare posture or depth
    r"|(?-i:M)(?=\.)"  # dpa's German "(M.)": Mitte, the center (beside "(l.)", "(r.)"; a bare
    # "(M)" may be a Swedish party's tag)
    r"))\.?"
    r"(?:(?:\s*,\s*|\s+)(?:wearing|in|with|holding|back\s+to)\s[^()]{1,40}"  # "(C, wearing hat)", "(L, in red)": what he wears
    # (the comma may be missing: "(center with white face mask)")
    r"|\s*,\s*(?:aged\s+)?\d{1,3}"  # "(L, 34)", "(right, aged 6)": the age after the side (as "(34, L)" before it)
    r"|\s+of\s+(?:the\s+)?(?:photo|picture|frame|image))?"  # "(left of photo)": the side's frame named
    r"\s*\)", re.I)  # ("(r.)", "(l.)": the Christian Science Monitor's abbreviated sides)
# after ", left" these make it a verb, no place ("A, the party's leader, left the chamber")
# (and ", back to camera,": a pose, no place)
# ("left for Paris": the verb too)
_LEFT_VERB_NEXT = r"(?:the|a|an|his|her|their|its|office|behind|home|early|with|to|for)\b"
# ... and these make the side a role's (", right back for Leeds,", ", centre-right candidate,"):
# side_role_nouns.txt
_SIDE_ROLE_NEXT = r"(?:" + "|".join(re.escape(w) for w in _lines("side_role_nouns.txt")) + r")\b"
_POS_COMMA = re.compile(r"\s*,\s*(" + _POS_WORDS + r")\s*(?=[,.;:)]|\s+and\b|\s+(?!" + _LEFT_VERB_NEXT + r"|"
                        + _SIDE_ROLE_NEXT + r")[a-z]|$)", re.I)
# a jersey number opening a bracket that a position closes ("(No. 12, bottom)", "(#5, right)")
_NUMBER_THEN_SIDE = re.compile(r"\(\s*(?:No\.\s*|#)?\d{1,3}\s*,\s*")
_JERSEY = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|#\d{1,3}\b|\(\s*No\.\s*\d{1,3}\s*\))")
_PARTY = re.compile(
    r"\s*(?:\(\s*[RDI]\s*-\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*\)"
    r"|,\s*[RDI] ?- ?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?=\s*[,;)]|\.?\s|\.?$)"  # (", R - Sandy Springs,")
    # a party in parentheses, up to four words ("(CDU)", "(Alliance 90/The Greens)", dpa's
    # "(Grüne)", "(Bündnis 90/Die Grünen)": accented letters too)
    r"|\(\s*[A-Z][A-Za-z\u00c0-\u017f/\-]{1,10}(?:\s[A-Za-z0-9\u00c0-\u017f][A-Za-z0-9\u00c0-\u017f/\-]{0,14}){0,3}\s*\))")
# dpa's side before a party tag: "Angela Merkel (l, CDU)", "Olaf Scholz (r, SPD)"
_SIDE_PARTY = re.compile(r"\(([LRClrcM]),\s*[A-Z][A-Za-z\u00c0-\u017f/\-]{1,10}"
                         r"(?:\s[A-Za-z0-9\u00c0-\u017f][A-Za-z0-9\u00c0-\u017f/\-]{0,14}){0,3}\s*\)")
# (or the age, then a position in brackets: Reuters' "Dante Cruz, 15 (R), and his brother")
_AGE = re.compile(r"\s*,\s*\d{1,3}\s*(?=,|\((?:[LRClrc]|\d(?:st|nd|rd|th)|left|right|cent|front|rear|back|top|bottom)\W)")
# "(unseen)", "(not pictured)": no place in the frame, yet an apposition may follow it
# ("Supporters of Joao Lourenco (unseen), the candidate of the MPLA, cheer")
_OFF_FRAME = re.compile(r"\s*\(\s*(?:unseen|not\s+(?:pictured|seen|shown|visible|in\s+(?:the\s+)?(?:picture|photo|frame))"
                        r"|out\s+of\s+(?:the\s+)?frame|off[\s-]+frame)\s*\)", re.I)
_AGE_BEFORE = re.compile(r",\s*\d{1,3}\s*$")
# ("Nelson Chamisa of the Citizens Coalition for Change": "for" may join its capitalised words,
# and "of" ("of the University of Michigan", "of Isle of Palms, S.C.": a home town then);
# "of The Beatles": the article is not the team's)
# (a word's "\u2018" is an apostrophe typed as an opening quote: "of the People\u2018s Party")
_OF_TEAM = re.compile(r"\s*,?\s+of\s+(?:[Tt]he\s+)?([A-Z][\w.'\u2019\u2018\-]*(?:\s+(?:(?:for|of)\s+(?:the\s+)?(?=[A-Z]))?"
                      r"(?:[A-Z][\w.'\u2019\u2018\-]*|\d+\w*))*)")
# the lower-case noun after "of X" that makes X a person's people, no team ("of Miao ethnic group")
_KIN_AFTER = re.compile(r" (?:ethnic|ethnicity|descent|origin|heritage|extraction|ancestry)\b")
# lower-case adjectives that may stand in a title ("political leader", "economic adviser")
_ADJECTIVE = re.compile(r"(?:al|ic|ical|ary|ive|ian|ese|ist)$")
# (the same endings for a token's `low`, which holds no newline for `$` to stop before: a
# suffix test, not a regex scanning every position of every token Tok reads)
_ADJECTIVE_ENDS = ("al", "ic", "ical", "ary", "ive", "ian", "ese", "ist")
_COMMA_JR = re.compile(r"\s*,\s*(?=(?:Jr|Sr)\b)")
# the words of a comma position that an "and" may follow before the next name's title
# ("X, centre and Defense Minister Y", "X, foreground left and Y")
_SIDES_BEFORE_AND = frozenset(("left", "right", "center", "centre", "foreground", "background", "front",
                               "back", "rear", "far", "top", "bottom"))
# the one-letter positions in parentheses (of _POS_PAREN)
_SIDE_LETTERS = frozenset("LRClrc")
# the words a position after a comma may open with (a cheap test before _POS_COMMA)
_POS_COMMA_START = re.compile(
    r"\s*,\s*(?:far|extreme|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d"
    r"|cent|front|back|behind|top|bottom|rear|standing|seated|sitting|kneel|crouch|left|right|in\s|fore|mid|on\sthe\s"
    r"|on\s(?:a\s|scr))", re.I)
# its words, in lower case, less the digit (keep the two in step), and their first letters
_POS_COMMA_FIRST = frozenset("bcefiklmnorst")
_POS_COMMA_HEADS = ("far", "extreme", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                    "eighth", "ninth", "tenth", "cent", "front", "back", "behind", "top", "bottom", "rear", "standing",
                    "seated", "sitting", "kneel", "crouch", "left", "right", "in", "fore", "mid", "on the ",
                    "on scr", "on a ")
# the same by first letter (a startswith over a handful instead of all of them)
_POS_COMMA_BY_FIRST = {f: tuple(h for h in _POS_COMMA_HEADS if h[0] == f) for f in _POS_COMMA_FIRST}
# (an acronym in parentheses stays inside: ", chairman of the National People's Congress
# (NPC) Standing Committee,"; a position "(L)" or a party tag "(D-N.Y.)" does not)
# (an acronym may carry its expansion in brackets: ", DMK (Dravida Munnetra Kazhagam) President,")
_APPOS = re.compile(r"\s*,\s*((?=[^,;()\"]{2}|[^,;()\"]?\([A-Z]{2}[A-Z0-9&]{0,8}\))"
                    r"[^,;()\"]{0,320}+(?:(?:\([A-Z]{2}[A-Z0-9&]{0,8}\)|(?<=[A-Z]{2} )\([A-Z][a-z]+(?:[\s-]+[A-Za-z][\w'-]*){0,8}\))"
                    r"[^,;()\"]{0,320}+)*+)(?=[,;()]|$)")
# an apposition that runs on, with no comma, into a quotation later in its sentence
_APPOS_TO_QUOTE = re.compile(r'\s*,\s*((?=[^,;()"]{2})[^,;()"]{0,320}+)(?=")')
# ", at left," / ", at far right," / ", at center,": a side after "at" (lower case only, and
# closed by punctuation, so ", at Center Court" stays a place)
# (and ", at rear,", ", at the back,", ", seen at left,", ", pictured right,": a depth, or "seen")
_POS_AT = re.compile(r"\s*,\s*(?:(?:seen|pictured|shown)\s+(?:at\s+(?:the\s+)?)?|at\s+(?:the\s+)?)"
                     r"((?:far\s+)?(?:left|right|center|centre)|(?:top|bottom)\s+(?:left|right)|rear|back|front|top|bottom)"
                     r"\s*(?=[,.;)])")


# a depth a second comma position may follow (", foreground, right,")
_DEPTH_POSITIONS = frozenset(("foreground", "background", "front", "back", "rear", "top", "bottom"))
_DIGIT_SIDE = re.compile(r"(?<![a-z0-9])([1-9])[\s-]*(l|r|left|right)\b")
_DIGIT_ORD = dict(zip("123456789", _ORDINALS))
_ORD_GLUED = re.compile(r"(\d(?:st|nd|rd|th))(?=(?:l|r|c|left|right|center|centre)\b)")


@functools.lru_cache(maxsize=4096)
def _norm_position(raw: str) -> str:
    low = raw.casefold()
    if low.endswith(("screen", "screens")) and low.startswith("on"):
        return "on screen"  # (the one place whose "on" stays: "on the screen" is "on screen")
    if low[:1].isdigit() or " " in low:
        low = _DIGIT_SIDE.sub(lambda m: f"{_DIGIT_ORD[m.group(1)]} {m.group(2)}", low)  # "(2L)"
        low = _ORD_GLUED.sub(r"\1 ", low)  # "(2ndL)": the side glued to the ordinal
    words = _POS_WORD.findall(low)
    out = []
    for w in words:
        w = _ORD.get(w, w)
        w = _SIDE_WORDS.get(w, w)
        if w in ("from", "the", "in", "on", "row") and not (w == "row" and out):
            continue
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------- mentions


class Mention:
    # (a plain class, not a dataclass: its compiled __init__ is much cheaper, see Doc)
    __slots__ = ("name", "title", "position", "start", "name_start", "end", "tokens", "words", "key")

    def __init__(self, name: str, title: str | None, position: str | None, start: int, name_start: int,
                 end: int, tokens: int, words: list, key: str):
        self.name = name
        self.title = title
        self.position = position
        self.start = start            # where the mention begins (its title, if any)
        self.name_start = name_start
        self.end = end                # where it ends (after its decorations)
        self.tokens = tokens          # words in the name
        self.words = words            # the name's words, normalised (a later surname alone may repeat one)
        self.key = key                # the name normalised: its words joined by single spaces

    def __repr__(self) -> str:
        return f"Mention({self.name!r}, {self.title!r}, {self.position!r}, {self.start}, {self.end})"


def find_people(description: str, credit: Credit | None = None, location: Location | None = None,
                date_span: tuple[int, int] | None = None, warnings: list | None = None) -> list[Person]:
    """Every person named in the description, once each, in order of first mention.

    Never raises: a failure (a bug, not the caption's fault) answers nobody and, when a
    `warnings` list is given, says so there (`internal-error: people: KeyError`), so a
    compiled-build fault shows in the record and in `catalog audit` rather than as silence."""
    if description and "''" in description:
        # Two apostrophes as a double quote (NurPhoto's and ZUMA's ''Lal Shalu''): read as one
        description = description.replace("''", '"')
    try:
        return _find_people(description or "", credit, location)
    except Exception as exc:
        if warnings is not None:
            warnings.append(f"internal-error: people: {type(exc).__name__}")
        return []


_PA_STORY = re.compile(r"\bSee PA story(?: [A-Z][\w&-]*)+\.?")
# An aid agency's note that a child's name is not the real one (`[NAME CHANGED]`, `(name changed)`,
# `*names have been changed`, `(not her real name)`): no name in it, and it parts no name from its age
_NAME_CHANGED_NOTE = re.compile(
    r" ?[\[(*]\s*(?:names?\s+(?:(?:has|have)\s+been\s+)?changed|not\s+(?:his|her|their)\s+real\s+names?)"
    r"(?:\s+(?:for|to)\s+(?:protection|privacy|anonymity|protect\s+(?:his|her|their)\s+identity))?\s*[\])]?",
    re.I)


# an age whose "old" a space parts from it before a lower-case word ("her 5-month old daughter
# Lorraine", "X, a 41-year old farmer,", "Ukrainian 15-year old chess prodigy X"): read as the
# hyphenated age, so the relative's name, the apposition's role or the title before the name is
# read as after "5-month-old" (and "15-year" is no name's word); a title holding it is given
# back as written (_ages_as_written: "Brazil's 19-year old forward").
_SPLIT_AGE = re.compile(r"\b([0-9]{1,3}|[A-Za-z]{3,9})-(?:year|month|week|day)s? old(?= ([a-z]+)\b)")


# the same age with the space before the unit instead ("The 25 year-old striker X", "a 41
# year-old farmer"): a number of one to three digits, then the hyphenated unit and "old"
_SPLIT_AGE_NUMBER = re.compile(r"\b([0-9]{1,3}) ((?:year|month|week|day)s?-old)\b")


def _join_age(m: re.Match) -> str:
    """"5-month old" -> "5-month-old" (a number or a number word before the unit only)."""
    n = m.group(1)
    if n[:1].isdigit() or n.casefold() in _NUMBER_WORDS:
        g = m.group()
        return g[:-4] + "-old"
    return m.group()


# a place's possessive whose apostrophe a wrong code page printed as "í" ("Pakistanís Babar
# Azam", "New Zealandís Kane Williamson"): the place's name, "ís", then a capitalised word
_MOJIBAKE_POSS = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\u00eds(?= [A-Z])")


def _mojibake_possessives(text: str, v: dict) -> str:
    """The text with each place's "ís" read as "’s" (one character for one: offsets hold).
    Only a known place's name before it ("Luís Figo" keeps its accent)."""
    out = text
    for m in _MOJIBAKE_POSS.finditer(text):
        stem = m.group(1)
        if _norm(stem) in v["places"] or (" " in stem and _norm(stem.rsplit(" ", 1)[1]) in v["places"]):
            i = m.end(1)
            out = out[:i] + "\u2019" + out[i + 1:]
    return out


def _blanked(m: re.Match) -> str:
    """A match's text as spaces (offsets hold)."""
    return " " * len(m.group())


def _titled_in_appos(doc: Doc, run: list[int], m: Mention, v: dict) -> bool:
    """"Paula Magnuson, a supporter of former US President Donald Trump, wears ...": a titled
    person closing the apposition written after another person's name is listed too (the
    apposition stays the first person's title)."""
    toks, starts = doc.toks, doc.starts
    last = run[-1]
    a = starts[run[0]]
    if a <= m.name_start or starts[last] + toks[last].n > m.end:
        return False
    if not m.title.endswith(doc.text[a:starts[last] + toks[last].n]) and not _appos_set_aside(doc, m, a):
        return False
    k = last - 1
    while k - 1 > run[0] and toks[k].low in v["particles"]:
        k -= 1  # ("President Luiz Inacio Lula da Silva": the particle before the surname)
    g, f = toks[k], toks[last]
    if not (f.namey and g.namey and not g.role and not g.poss and not f.poss
            and (g.low in v["given"] or (g.surename and f.surename and not g.head and not f.head
                                         and g.low not in v["domains"] and f.low not in v["domains"]))):
        return False  # (a given name and a surname: not "Minister for Special Tasks")
    q = k - 1  # (the office's last word, right before the name: "President Donald Trump")
    for _ in range(2):  # (or before a name of three or four words: "President Recep Tayyip Erdogan")
        r = toks[q]
        if r.role or q - 1 < run[0] or not (r.namey and not r.poss and r.cap):
            break
        q -= 1
    r = toks[q]
    return bool(r.role and r.cap and r.word and not r.poss)


def _indefinite_before(toks: list[Tok], k: int) -> bool:
    """"a"/"an" before toks[k], maybe with one lower-case word between ("a rival", "a longtime
    ally"): a relation described, not an office held."""
    for q in (k - 1, k - 2):
        if q < 0:
            return False
        t = toks[q]
        if t.low in _A_AN and not t.cap:
            return True
        if t.cap or not t.word or t.role:
            return False
    return False


_A_AN = frozenset(("a", "an"))


def _appos_set_aside(doc: Doc, m: Mention, a: int) -> bool:
    """The mention's title was written before its name ("Istanbul Mayor Ekrem Imamoglu, a rival
    of President Recep Tayyip Erdogan,"), so the apposition after the name, which the mention
    spans, is no title of it: a person at its end is read as in a titled apposition."""
    comma = doc.text.find(", ", m.name_start, a)
    return comma > 0 and m.start < m.name_start \
        and doc.text[comma + 2:comma + 6].partition(" ")[0].casefold() in _AHEAD_ARTICLES


def _owner_in_appos(doc: Doc, run: list[int], m: Mention, v: dict) -> bool:
    """"Paul Manafort, left, President Trump's onetime campaign chairman,": a person named by a
    role word or a given name and a surname (or a surname known alone) in the possessive inside the apposition
    after another person's name is listed too (the apposition stays the first person's title)."""
    toks, starts = doc.toks, doc.starts
    last = run[-1]
    f = toks[last]
    a = starts[run[0]]
    if not f.poss or a <= m.name_start or starts[last] + f.n >= m.end or not f.surename or f.head \
            or last + 1 >= len(toks) or toks[last + 1].cap or not toks[last + 1].word:
        return False  # (an owned noun in lower case after it: "Trump's onetime campaign chairman")
    if doc.text[a:starts[last] + f.n] not in m.title:
        return False
    if len(run) == 1:
        return f.key in v["known"]
    r = toks[run[0]]  # "President Trump's", "Novak Djokovic's": a role word or a given name before
    return r.cap and r.word and not r.poss and (r.role or (r.low in v["given"] and not r.role_cs))


def _owned_title_cut(text: str, m: Mention) -> None:
    """The titled person inside another's apposition keeps the words after the apposition's
    role and its preposition: "supporter of | former US President", "spokesman for | Russian
    President"."""
    t = m.title
    for prep in (" of ", " for ", " to "):
        k = t.find(prep)
        if k > 0 and t[t.rfind(" ", 0, k) + 1:k].islower():
            rest = t[k + len(prep):]
            if rest:
                at = text.find(rest, m.start)
                m.title = rest
                if at >= 0:
                    m.start = at
            return


# a role word run into the name after it by a lost space ("Prime MinisterMark Rutte")
_GLUED_ROLE = re.compile(r"\b[A-Z][a-z]{3,}(?=[A-Z][a-z])")


def _glued_role_end(text: str, mentions: list, v: dict) -> int:
    """Where a word of a name is a role glued to a given name ("PresidentJoe Biden", "Foreign
    SecretaryDavid Lammy"): the offset where the space belongs, else -1. A humped name stays
    ("McDonald", "LaToya", "DeSantis": no role before the hump)."""
    for m in mentions:
        if m.name.istitle():
            continue  # (no hump in any word: most names)
        for g in _GLUED_ROLE.finditer(text, m.name_start, m.name_start + len(m.name)):
            if g.group().casefold() in v["roles"]:
                return g.end()
    return -1


_CAPS_OPENING = re.compile(r"([A-Z]{3,})(?= (?:Mc|Mac|O'|O\u2019)?[A-Z][a-z])")


def _layout_capital_opening(text: str, v: dict) -> str:
    """Irish papers' lead capitals: "AOIFE McIntyre and Tomas Whelan were ...": a given name the
    layout set in capitals, opening the caption before its surname, reads as written in the
    name (not an acronym: "NASA Administrator" is no given name)."""
    m = _CAPS_OPENING.match(text)
    if m is None:
        return text
    low = m.group(1).lower()
    if low not in v["given"] or low in v["caps_acronyms"]:
        return text
    return m.group(1).capitalize() + text[m.end():]


def _find_people(text: str, credit: Credit | None, location: Location | None) -> list[Person]:
    # (a plain function, which a test may replace; the work is in _people_in, compiled with
    # C types)
    return _people_in(text, credit, location)


def _people_in(text: str, credit: Credit | None, location: Location | None) -> list[Person]:
    if len(text) > 20000:
        text = text[:20000]
    v = _vocab()
    if text[:3].isupper() and text[:1].isalpha():
        text = _layout_capital_opening(text, v)
    given = text
    if "places" not in v:
        v["places"] = _places()
    if "compound_ends" not in v:  # (the last words of the place compounds: _compound_end)
        v["compound_ends"] = _compound_ends()
    # The rare phrases below are looked for in the text only when its chunks' notes allow
    # them (see _NOTE_WHOLE): most captions skip every whole-text test. A text changed on
    # the way is read again.
    doc = _tokenise(text, v)
    notes = doc.notes
    if notes & _NOTE_PA and "PA story" in text:  # PA's desk note "See PA story POLITICS Budget": no names in it
        text = _PA_STORY.sub(_blanked, text)
        doc = _tokenise(text, v)
        notes = doc.notes
    # (the note's own cases: `not her real name`, `Not Her Real Name`, `NOT HER REAL NAME`; the note
    # opens with a bracket or `*`, and a one-character `in` costs a fraction of a word's: most
    # captions skip the five word tests)
    if ("(" in text or "[" in text or "*" in text) \
            and ("hanged" in text or "HANGED" in text or "eal name" in text or "eal Name" in text or "EAL NAME" in text) \
            and _NAME_CHANGED_NOTE.search(text):
        text = _NAME_CHANGED_NOTE.sub(_blanked, text)
        doc = _tokenise(text, v)
        notes = doc.notes
    if not text.isascii() and "\u00ab " in text and " \u00bb" in text:
        # French quotes set apart by spaces ("le ferry \u00ab Scandinavian Star \u00bb") read as the
        # curly ones they stand for (same length, so offsets hold); the German "\u00bbX\u00ab" is not this
        text = text.replace("\u00ab ", "\u201c ").replace(" \u00bb", " \u201d")
        doc = _tokenise(text, v)
        notes = doc.notes
    hyphened = None
    if ".-" in text and _hyphened_rank().search(text):
        # "Lt.-Gen. Jamie Roe" (the Canadian forces' style) read as "Lt. Gen." (same length, so
        # offsets hold); a title gives its hyphen back (_ranks_as_written)
        hyphened = text
        text = _hyphened_rank().sub(r"\1. ", text)
        doc = _tokenise(text, v)
        notes = doc.notes
    aged = None
    if " old " in text and _SPLIT_AGE.search(text):
        # "her 5-month old daughter Lorraine": the age's "old" split off by a space reads as the
        # hyphenated age (same length, so offsets hold)
        spaced = _SPLIT_AGE.sub(_join_age, text)
        if spaced != text:
            aged = text  # (as written: a title gives its age back so, _ages_as_written)
            text = spaced
            doc = _tokenise(text, v)
            notes = doc.notes
    if "-old" in text and _SPLIT_AGE_NUMBER.search(text):
        # "The 25 year-old striker X": the number split off by a space reads as the hyphenated
        # age too ("year-old" is no title's word), and a title holding it is given back so
        if aged is None:
            aged = text
        text = _SPLIT_AGE_NUMBER.sub(r"\1-\2", text)
        doc = _tokenise(text, v)
        notes = doc.notes
    if not text.isascii() and ("\u2013class" in text or "\u2014class" in text):
        # "Arleigh Burke\u2013class destroyer": a class named for its first ship (often for a
        # person) set with a dash reads as the hyphened "-class" (hyphen_adjectives.txt); same
        # length, so offsets hold
        text = _DASHED_CLASS.sub("-", text)
        doc = _tokenise(text, v)
        notes = doc.notes
    if not text.isascii() and "\u00eds " in text:
        fixed = _mojibake_possessives(text, v)
        if fixed != text:  # ("Pakistanís Babar Azam": a possessive's apostrophe misprinted)
            text = fixed
            doc = _tokenise(text, v)
            notes = doc.notes
    nicks = None
    # (an ASCII text holds no curly quote: isascii() is a flag, not a scan)
    if notes & _NOTE_QUOTE and (" '" in text or ' "' in text
                                or not text.isascii() and ("\u2018" in text or "\u201c" in text)):
        text, nicks = _blank_nicknames(text)
        if nicks:
            doc = _tokenise(text, v)
            notes = doc.notes
    if notes & _NOTE_PAREN and " (" in text:
        spelt = _blank_bracket_spellings(text)
        if spelt is not text:  # "Jürgen (Juergen) TRITTIN": the name reads over the bracket
            text = spelt
            doc = _tokenise(text, v)
            notes = doc.notes
    original, whole, original_notes = text, None, notes
    if notes & _NOTE_WHOLE:
        for tail in _whole_names()[1]:
            if _word_end_in(text, tail):
                text, whole = _letter_whole_names(text)
                if whole:
                    doc = _tokenise(text, v)  # (the stage names lettered: read it again)
                    notes = doc.notes
                break
    if notes & _NOTE_LADY and ("First L" in text or "Second L" in text or " Gentleman" in text):
        doc = _first_lady(doc, text, v)
    if notes & _NOTE_HE_TO and (" He " in text or " To " in text or text[:3] == "He " or text[:3] == "To "
                                or _an_before_capital(text) or _vn_given_last(text)):
        _surname_he(doc, v)
    if notes & _NOTE_HON and " Hon " in text:
        _hon_surname(doc, v)
    if notes & _NOTE_ORG_SURNAME:
        for gate in _ORG_SURNAME_GATES:  # (" Bloomberg"; a cheap test before the token loop)
            if gate in text:
                _org_surnames(doc, v)
                break
    if notes & _NOTE_SQUOTE and (" '" in text or "\u2018" in text):
        _mask_single_quotes(doc)
    if doc.signs:
        _mask_slogans(doc)
    if notes & _NOTE_V and " v. " in text:
        _mask_case_names(doc)
    if not doc.cands:
        if notes & _NOTE_FAMILY and " family" in text:  # (given names alone may make no candidate: read the roll call only)
            mentions = []
            _family_roll_call(text, mentions)
            return _unique(mentions)
        return []
    avoid = _avoid_names(credit, location)
    mentions: list[Mention] = []
    starts = doc.starts
    for run in _runs(doc, v):
        inner = False
        if mentions:
            m = mentions[-1]  # (a typed local when compiled: its read is a C field)
            if starts[run[0]] < m.end:
                if not (m.title is not None and (len(run) >= 3 and _titled_in_appos(doc, run, m, v)
                                                 or len(run) <= 2 and _owner_in_appos(doc, run, m, v))):
                    continue  # read already as an apposition or "of TEAM"
                inner = True
        m = _mention(doc, run, v, avoid, mentions)
        if m is not None:
            if inner and m.title is not None:
                _owned_title_cut(text, m)
            # a run read as this mention's title ("Boston Bruins' David Pastrnak") is no person
            while mentions and m.start <= mentions[-1].name_start:
                if _owner_in_title(doc, mentions[-1], m, v, mentions):
                    break  # "Novak Djokovic's coach Andy Murray": Djokovic stays listed
                mentions.pop()
            mentions.append(m)
    glued = _glued_role_end(text, mentions, v) if notes & _NOTE_GLUED and mentions else -1
    if glued > 0 and len(text) == len(given):  # ("Prime MinisterMark Rutte": a lost space, read again)
        return _people_in(given[:glued] + " " + given[glued:], credit, location)
    if mentions and notes & _NOTE_BRACKET_END and ") " in text:
        _nation_code_titles(text, mentions)  # XPB's "Liam Lawson (NZL) Racing Bulls with ..."
    if notes & _NOTE_LIST:  # (else no list marker can be there: see _apply_lists)
        _apply_lists(text, mentions, v)
    for m in mentions:
        if m.start >= 4 and text[m.start - 2] == ",":
            if m.title is not None:
                _city_state_title(text, m, mentions)  # ("; Detroit, Michigan Mayor Mike Duggan;")
            else:
                _role_comma_name(text, m, v)  # ("Surfer, Lucy Small, at ...")
    for m in mentions:
        if m.title is not None and m.name_start > m.start >= 9 and text.startswith(" and ", m.start - 5):
            _joined_office_title(text, m, mentions, v)  # ("Vice-Chairman of X and Director of Y Mr Z")
    if mentions and notes & _NOTE_ROW and (" row" in text or " Row" in text):
        _apply_rows(text, mentions, v)
    if mentions and location is not None and " of " in text and location.country in ("United States", None):
        # (no country found: only towns the tables place in the US, see _home_town_titles)
        _home_town_titles(text, mentions, v, location.country is None)  # ("Kayla Stephens of Greenup, ...")
    if notes & _NOTE_WHO and " who " in text and mentions:
        _drop_employers(text, mentions)
    back = len(text) - 60 if len(text) > 60 else 0  # (find from an offset: no slice of the text's end)
    if mentions and (text.find("- ", back) >= 0
                     or not text.isascii() and (text.find("\u2013 ", back) >= 0 or text.find("\u2014 ", back) >= 0)):
        _drop_dash_byline(text, mentions)
    if notes & _NOTE_KNOWN and " known as " in text and mentions:
        _person_aliases(text, mentions, v)
    if len(mentions) >= 2 and (" aka " in text or "a.k.a. " in text or " AKA " in text or "real name is " in text):
        _drop_aka(text, mentions)
    if mentions and notes & _NOTE_ATTEND and " attend" in text:
        _drop_event_hosts(text, mentions)
    if mentions and notes & _NOTE_PHOTO and (credit is None or credit.line is None) and "Photo" in text:
        _drop_left_credit(text, mentions)  # ("(AP Photo/X, Pool) POOL PHOTO": no credit split off)
    if mentions and notes & _NOTE_EVENT and (" festival" in text or " celebration" in text or " fair" in text):
        _drop_event_names(text, mentions, v)  # ("Tbilisoba is an annual October festival, ...")
    if mentions and " is one of the " in text:
        _drop_defined_places(text, mentions, v)  # ("Hang Luoc is one of the most popular flower markets")
    if mentions and "/" in text:
        _drop_slash_bylines(text, mentions)  # ("Evan Cobb/Missourian Battle wide receiver ...")
    g = text.rfind(".")
    if mentions and g > 0 and g + 1 < len(text) and "A" <= text[g + 1] <= "Z" and "a" <= text[g - 1] <= "z":
        _drop_glued_credit(text, mentions, v)  # ("... Canada.Jason Merritt": the last period glued)
    if notes & _NOTE_SIDE and (notes & _NOTE_IS
                               and (" left is " in text or " right is " in text or " center is " in text
                                    or " centre is " in text)  # ("At far left is", "On the left is")
                               or "o the left" in text or "o the right" in text):
        _at_side(text, mentions)
        if " and at " in text or "; at " in text:
            _and_at_side(text, mentions)  # ("At right is X and at left son, Y, and mother-in-law, Z")
    if mentions and ("The " in text and (") is " in text or ", is " in text)):
        _role_side_is(text, mentions)  # ("The umpire (C) is Jeff Kellogg.")
    if mentions and notes & _NOTE_LIST and (" left" in text or " right" in text):
        _side_label(text, mentions)  # ("Second left: Moscow Metro Head Dmitry Pegov.")
    if mentions and notes & _NOTE_RIGHTS and ("EDITORIAL" in text or "Photograph" in text or "PROVIDES ACCESS" in text):
        _drop_note_names(text, mentions)
    if mentions:
        _drop_plural_heads(mentions, v)
    if mentions and text[:3].isupper() and text[:80].isupper():  # (a caption set in capitals, not "RJD MLA X")
        _trim_capitals_titles(mentions, v)
    if mentions and (notes & _NOTE_IS and (" is at " in text or " seen at " in text or " pictured at " in text
                                           or " shown at " in text) or notes & _NOTE_SITS and (
            " at " in text or " is seated " in text or " is standing " in text or " is sitting " in text)
                     or "with " in text and (" at left" in text or " at right" in text or " at far " in text
                                             or " at the left" in text or " at the right" in text
                                             or " at center" in text or " at centre" in text)
                     or " in the background" in text or " in the foreground" in text):
        _is_at_side(text, mentions)
    if mentions and (notes & _NOTE_AT or notes & _NOTE_ROW and ("row, " in text or "Row, " in text)
                     or notes & _NOTE_LIST and ("; at " in text or "; behind " in text)):
        _at_side_comma(text, mentions)
    if mentions and notes & _NOTE_BOTH and ", both of " in text:
        _both_of(text, mentions, v)
    if mentions and notes & _NOTE_ALSO and (" also named " in text or " also called " in text):
        _namesakes(text, mentions)
    if nicks:
        _restore_nicknames(mentions, nicks)
    if mentions and notes & _NOTE_NAMED:
        _drop_named_things(original, mentions, v)
    if mentions and ", a" in original:
        _drop_apposed_things(original, mentions, v)
    if mentions and original_notes & _NOTE_TYPED:  # (the typing noun is one of original's chunks)
        _drop_typed_names(original, mentions, v)
    if mentions and notes & _NOTE_COSTUME and " as " in text and ("dressed" in text or "disguised" in text or "costumed" in text):
        _drop_costume_characters(text, mentions)
    if mentions and notes & _NOTE_SHIP:  # (a whole-text scan for "S " cost ~1,000 instructions a caption)
        _drop_ship_names(text, mentions)
    if mentions and notes & _NOTE_PLACE_NOUN:  # (a chunk must open with the place noun)
        _drop_places_named_elsewhere(text, mentions, v)
    if mentions and notes & _NOTE_FROM and " and " in text and " from " in text:
        _drop_town_lists(text, mentions)
    if mentions and notes & _NOTE_FROM and " from " in text:
        _drop_staff_employers(text, mentions, v)
    if mentions and notes & _NOTE_NAMED and " named after " in text:
        _drop_namesakes(text, mentions)
    if mentions and notes & _NOTE_EXERCISE and ("xercise" in text or "peration " in text or " drill" in text or " training event" in text):
        _drop_exercises_named_elsewhere(text, mentions, v)
    if notes & _NOTE_MISS and ("Miss " in text or "Mister " in text):
        _pageant_titles(text, mentions, v, doc.ends)
    if len(mentions) >= 2 and mentions[0].tokens == 1 and ": " in text[:60]:
        _drop_kicker_surname(text, mentions)  # ("VP Pence: Vice President Mike Pence, center, ...")
    if mentions and mentions[0].title is None and ": " in text[:60]:
        _colon_subject_title(text, mentions[0], v)
    if mentions and notes & _NOTE_GAME and notes & _NOTE_VERSUS:  # (the chunks of "game vs. " / "game against ")
        _drop_game_opponents(text, mentions)
    if mentions and " by " in text:
        _drop_works_by_maker(text, mentions, v)
    if mentions and " for " in text and ("ouncil" in text or "MP" in text or "ML" in text or "TD" in text
                                          or "enator" in text or "ssembly" in text or "MEP" in text or "MHK" in text):
        _drop_seats(text, mentions)
    if mentions and " & " in text:
        _drop_ampersand_firms(text, mentions, v)
    if mentions and ("ans " in text or "layers " in text or "upporters " in text):
        _drop_followed_clubs(text, mentions, v)
    if mentions:
        _drop_credit_runs(text, mentions, credit)  # (credit text the credit step left in the description)
    if mentions and location is not None and (location.city or location.venue) and ", " in text:
        _drop_place_chain_links(text, mentions, location)
    if mentions and location is not None and location.city and " " not in location.city:
        _drop_branch_names(mentions, location.city, v)
    if mentions and "/" in text:
        _drop_after_glued_slash(text, mentions)
    if mentions and notes & _NOTE_STREET and ("St." in text or "Ave." in text or "Rd." in text or "Blvd." in text):
        mentions = [m for m in mentions if m.name.rsplit(" ", 1)[-1] not in _STREET_ABBREVIATIONS]
    if whole:
        for m in mentions:
            for a, b in whole:
                if m.name_start == a:
                    m.name = original[a:b]
                    m.key = _norm(m.name)
                    m.words = [m.key]
    if mentions and mentions[0].name_start == 0 and mentions[0].tokens == 1 and len(mentions) > 1:
        _drop_slug_surname(original, mentions)
    if notes & _NOTE_FAMILY and " family" in text:  # ("The Tran family — Minh, Lan and baby Bao —": given names alone)
        _family_roll_call(text, mentions)
    if len(mentions) >= 2 and ("'s " in text or "\u2019s " in text):
        _drop_patron_schools(text, mentions)  # ("Archbishop Wood's Muneer Newton (11)": a school named for a prelate)
    if mentions and notes & _NOTE_SCHOOL and (" High" in text or " Academy" in text or " Prep" in text or " Catholic" in text):
        mentions = [m for m in mentions if not _school_short_name(text, m)]
    if mentions and notes & _NOTE_STYLE and "Warrant Officer " in text:
        _graded_ranks(text, mentions)
    if mentions and ("the " in text or "The " in text):
        _drop_numbered_things(text, mentions)
    if mentions:
        _drop_after_numbers(text, mentions, v)
    if mentions and notes & _NOTE_WEAR:
        _drop_worn_labels(text, mentions)
    if mentions and notes & _NOTE_SUPPORTING:
        _supporting_role_titles(text, mentions, v)
    if mentions and notes & _NOTE_STYLE and ("Sri " in text or "Toh Puan " in text):  # (every style in _TWO_WORD_STYLES)
        _drop_two_word_styles(mentions)
    split_thing = False
    for m in mentions:
        t = m.title
        if t is not None:
            if t[:1].isupper():
                sp = t.find(" ")
                if sp > 0 and t[:sp].casefold() in v["moods"]:
                    m.title = t[sp + 1:]  # ("Ecstatic Wolves manager": the mood is no part of the title)
            if _split_thing(t, m.name, v):
                split_thing = True
    if split_thing:
        kept = []
        for m in mentions:
            if m.title is not None and _split_thing(m.title, m.name, v):
                first, _, rest = m.name.partition(" ")
                if rest.count(" ") == 0:
                    continue  # ("13 Premier | League London": the thing's words and a place, nobody)
                # ("CEO of Rio | Tinto Jakob Stausholm": the company's last word goes back to the title)
                m.title = m.title + " " + first
                m.name = rest
                m.name_start += len(first) + 1
                m.key = _norm(rest)
                m.words = m.words[1:]
                m.tokens -= 1
            kept.append(m)
        mentions = kept
    if mentions and (" und " in text or " der " in text or " die " in text or " das " in text or " ein" in text
                     or " les " in text or " du " in text or " une " in text
                     or " el " in text or " los " in text or " las " in text or " una " in text
                     or " yang " in text or " di " in text or " ki " in text):
        _drop_foreign_noun_runs(text, mentions, v)  # ("Dieses Bild aus Rafah zeigt ...")
    if mentions and "(" in text:
        _foreign_bracket_positions(text, mentions, v)  # ("Jana Nová (vlevo)", "Ali (tiga, kiri)")
    if mentions:
        _drop_thing_shapes(text, mentions, v)  # ("PlayStation 4", "Gainesville High seniors")
    if mentions and "Best " in text:
        _drop_category_awards(mentions, v)  # ("the Best Actor Oscar he garnered")
    if len(mentions) > 1:
        _drop_name_extensions(mentions, v)  # ("Giorgio Armani ... for Giorgio Armani Prive")
    if mentions and ("d'" in text or "d\u2019" in text):
        _cut_elided_de(mentions)  # ("les partisans d'Alassane Ouattara")
    for m in mentions:
        if _coded_name(m.name):  # (a cheap test a mention: most names are letters only)
            mentions = [m for m in mentions if not _coded_name(m.name)]
            break
    for m in mentions:  # (as written: a name in capitals is restored to normal case)
        if text[m.name_start:m.name_start + 2].isupper() and _initials_only(text[m.name_start:m.name_start + len(m.name)]):
            mentions = [m for m in mentions if not _initials_only(text[m.name_start:m.name_start + len(m.name)])]
            break
    if aged is not None:
        _ages_as_written(mentions, aged)
    if hyphened is not None:
        _ranks_as_written(mentions, text, hyphened)
    return _unique(mentions)


@functools.cache
def _hyphened_rank() -> re.Pattern:
    """A two-word dotted rank of military_ranks.txt ("Lt. Gen.", "Maj. Gen.") written with a
    hyphen ("Lt.-Gen.", "Brig.-Gen."): its first word, the hyphen, a dotted word after."""
    firsts = sorted({ln.split()[0][:-1] for ln in _lines("military_ranks.txt")
                     if " " in ln and ln.split()[0].endswith(".") and ln.split()[0][:1].isupper()})
    return re.compile(r"\b(" + "|".join(re.escape(f) for f in firsts) + r")\.-(?=[A-Z][a-z]{1,5}\.)")


def _ranks_as_written(mentions: list, read: str, written: str) -> None:
    """A title read over a hyphened rank takes the hyphen back: titles are as written."""
    for m in mentions:
        t = m.title
        if t is not None and ". " in t:
            i = read.find(t, max(0, m.start - 8))
            if i >= 0 and written[i:i + len(t)] != t:
                m.title = written[i:i + len(t)]


# German articles that open a caption before its capitalised noun (caption_language_words.tsv
# lists them as lower-case function words; opening a caption they are capitalised)
_OPENING_ARTICLES_DE = frozenset(("ein", "eine", "einer", "einem", "einen", "der", "die", "das", "dem"))


def _caption_language(text: str, v: dict):
    """The language (caption_language_words.tsv) three different function words of which the
    caption writes in lower case; None for the rest (English)."""
    languages = v["languages"]
    seen: dict = {}
    opening = text[:8].split(" ", 1)[0]
    if opening[:1].isupper() and opening.casefold() in _OPENING_ARTICLES_DE and text[len(opening) + 1:len(opening) + 2].isupper():
        # "Ein Feuerwehrmann begutachtet ...": a short German caption has few function words,
        # but one opening with an article before a capitalised noun counts it as one
        seen["de"] = {opening.casefold()}
    for w in text.split():
        w = w.strip(",.;:!?()\"'\u201e\u201c\u00ab\u00bb")
        for lang, (function, _, _) in languages.items():
            if w in function:
                got = seen.setdefault(lang, set())
                got.add(w)
                if len(got) >= 3:
                    return lang
    return None


def _drop_foreign_noun_runs(text: str, mentions: list, v: dict) -> None:
    """A German caption capitalises every noun, a French or Spanish one its feasts and peoples,
    so a capitalised pair reads as a name: in such a caption an untitled one that opens with an
    article or a demonstrative ("Der Kanzler", "Dieses Bild", "Des Palestiniens") or follows one
    in lower case ("eine Blockade von Aktivisten", "am Frankfurter Mainufer", "el Día de
    Muertos") is a noun phrase (caption_language_words.tsv); "neben Kristina Vogel", "Scholz"
    and "la visite de Morgan Ortagus" stay."""
    lang = None
    drop = []
    for m in mentions:
        if m.title is None and m.tokens >= 2:
            if lang is None:
                lang = _caption_language(text, v) or ""
                if not lang:
                    return
            _, before_words, openers = v["languages"][lang]
            before = text[max(0, m.name_start - 8):m.name_start].rsplit(None, 1)
            if m.name.split(" ", 1)[0].casefold() in openers or before and before[-1] in before_words \
                    or (lang == "de" and " von " in m.name and _noun_von_owner(m.name, v)):
                drop.append(m)
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


def _noun_von_owner(name: str, v: dict) -> bool:
    """German "Fahrzeuge von Tesla", "Schiffe von Siemens": a capitalised noun, "von", then a
    company or a place the tables know (not_people.txt, places) is a noun phrase, no noble
    name ("Beatrix von Storch", "Ursula von der Leyen": a family name follows "von")."""
    words = name.split(" ")
    if len(words) != 3 or words[1] != "von":
        return False
    owner = _norm(words[2])
    return (owner in v["not_people"] or owner in v["places"]) and words[0].casefold() not in v["given"]


def _foreign_bracket_positions(text: str, mentions: list, v: dict) -> None:
    """A position written in another language in brackets right after a name ("Jana Nová
    (vlevo)", Malay "(empat, kiri)", "(dua dari kanan)", German "(2.v.l.)") is read to the
    schema's English words ("left", "fourth left", "second right", "second left"), as "(L)" is;
    the schema normalises positions, so a side is a side in any language."""
    pattern, words = v["foreign_positions"]
    for m in mentions:
        if m.position is not None:
            continue
        hit = pattern.match(text, m.name_start + len(m.name))
        if hit is None:
            continue
        ordinal, side, number, letter = hit.groups()
        if side is not None:
            place = words[side.casefold()]
            m.position = words[ordinal.casefold()] + " " + place if ordinal else place
        elif 1 <= int(number) <= len(_ORDINALS):
            m.position = _ORDINALS[int(number) - 1] + " " + _SIDE_WORDS[letter.casefold()]


# time nouns whose "the X of NAME" names a period or a feast, never a person ("the holy month
# of Ramadan", "the day of Ashura"): read as a title ending in "of", the name is no one's
_PERIOD_OF_NOUNS = frozenset(("month", "week", "day", "days", "season", "feast", "festival", "year"))


def _drop_thing_shapes(text: str, mentions: list, v: dict) -> None:
    """Untitled runs shaped as things, not people: a name ending in a bare number (a product, a
    mission, an edition: "PlayStation 4"), a school's short name before a lower-case noun
    ("Gainesville High seniors"), and a name after "the month of" (its title ends in "of")."""
    drop = []
    for m in mentions:
        name, t = m.name, m.title
        if t is not None:
            if t[-3:] == " of" and t[:-3].rpartition(" ")[2].casefold() in _PERIOD_OF_NOUNS:
                drop.append(m)
        elif m.tokens >= 2:
            last = name.rpartition(" ")[2]
            if last.isdigit() or last == "High" and text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2].islower() \
                    and name.split(" ", 1)[0].casefold() not in v["given"]:  # ("Tom High says": a surname)
                drop.append(m)
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


def _drop_name_extensions(mentions: list, v: dict) -> None:
    """"a creation by Italian designer Giorgio Armani ... for Giorgio Armani Prive": a person's whole
    name (two words or more) named before, then more capitalised words that are no name suffix
    ("Jr.", "III"), is a house, label or thing named for the person, not another person."""
    suffixes = v["suffixes"]
    out = []
    for m in mentions:
        w = m.words
        named = False
        if len(w) >= 3 and w[-1].rstrip(".") not in suffixes:
            for x in out:
                k = len(x.words)
                if 2 <= k < len(w) and w[:k] == x.words:
                    named = True
                    break
        if not named:
            out.append(m)
    mentions[:] = out


def _drop_category_awards(mentions: list, v: dict) -> None:
    """"the Best Actor Oscar", "her Best Original Song Grammy": an award noun (award_words.txt)
    read as a one-word name whose title is all category words is the award, no person."""
    nouns, cats = v["award_nouns"], v["award_categories"]
    mentions[:] = [m for m in mentions
                   if not (m.title and " " not in m.name and m.name.casefold() in nouns
                           and all(w in cats for w in m.title.casefold().split()))]


def _cut_elided_de(mentions: list) -> None:
    """French elides "de" before a vowel, glued to the name ("d'Alassane Ouattara"): no part of it."""
    for m in mentions:
        n = m.name
        if (n[:2] == "d'" or n[:2] == "d\u2019") and n[2:3].isupper() and " " in n:
            m.name = n[2:]
            m.name_start += 2
            m.key = _norm(m.name)
            m.words = m.key.split()


def _ages_as_written(mentions: list, written: str) -> None:
    """A title holding an age the text was given a hyphen for ("a 41-year old farmer") takes
    it back as the caption wrote it: titles are as written."""
    for m in mentions:
        t = m.title
        if t is not None and "-old" in t and t not in written:
            spaced = t.replace("-old", " old")
            if spaced in written:
                m.title = spaced
            else:
                spaced = _HYPHENED_AGE_NUMBER.sub(r"\1 \2", t)  # ("a 41 year-old farmer")
                if spaced in written:
                    m.title = spaced


_DASHED_CLASS = re.compile(r"(?<=[^\W\d_])[\u2013\u2014](?=class\b)")
_HYPHENED_AGE_NUMBER = re.compile(r"\b([0-9]{1,3})-((?:year|month|week|day)s?-old)\b")


def _drop_kicker_surname(text: str, mentions: list) -> None:
    """"VP Pence: Vice President Mike Pence, center, is seen ...", "Coach Reid: Kansas City Chiefs
    head coach Andy Reid ...": a contest or gallery kicker naming the subject by a surname (and a
    short title) before a colon, the caption then naming him in full: the kicker is no one else."""
    m0 = mentions[0]
    colon = text.find(": ")
    if colon < 0 or m0.end > colon or text[m0.end:colon].strip():
        return
    for m in mentions[1:]:
        if m.tokens >= 2 and m.words and m.words[-1] == m0.key:
            del mentions[0]
            return


def _split_thing(title: str, name: str, v: dict) -> bool:
    """"13 Premier | League London derby matches": a thing's name in not_people.txt ("Premier
    League") cut between a title's last word (a role word: "Premier") and the name's first."""
    sp = name.find(" ")
    if sp < 0 or _norm(title.rpartition(" ")[2]) not in v["not_people_firsts"]:
        return False  # (most titles end in no thing's first word: no pair to build)
    return _norm(title.rpartition(" ")[2] + " " + name[:sp]) in v["not_people"]


def _initials_only(name: str) -> bool:
    """"NSW RFS", "ABC TV": two words or more, each in capitals with no vowel, are a body's
    initials (a credit or a channel left in the text), never a person's name."""
    words = name.split()
    return len(words) >= 2 and all(w.isupper() and w.isalpha() and not _VOWELS.intersection(w) for w in words)


_VOWELS = frozenset("AEIOUY")


def _coded_name(name: str) -> bool:
    """"W10 D3", "W2 D4 L5" (a side's form: won, drawn, lost), "M25": a word of letters then
    digits is a code, never a person's name word ("50 Cent" opens with the digits: kept)."""
    if name.replace(" ", "").isalpha():
        return False  # (letters only, the common case; a digit is needed below)
    for w in name.split():
        if w[-1:].isdigit() and w[:1].isalpha():
            return True
    return False


# Malaysian styles of two words whose words alone are a surname or a given name too ("Tan
# Chuan-Jin", "Sri Mulyani Indrawati"): dropped only whole, before a name of two words or more
_TWO_WORD_STYLES = ("Tan Sri ", "Puan Sri ", "Toh Puan ")


def _drop_two_word_styles(mentions: list[Mention]) -> None:
    for m in mentions:
        for style in _TWO_WORD_STYLES:
            if m.name.startswith(style) and " " in m.name[len(style):]:
                m.name, m.name_start = m.name[len(style):], m.name_start + len(style)
                m.key = _norm(m.name)
                m.words = m.key.split()
                m.tokens -= 2


_NUMBERED_NAME = re.compile(r" \d{1,2}(?=[ ,.;:]|$)")


# a name then its maker: "Tree Man by ENESS", "Bronze Stack 9 by Annie Morris", "Unbaled Truck
# exhibited by American artist Charles Ray" (a number or a verb of showing or making between;
# the maker's capitalised name within three words of "by")
_WORK_BY_MAKER = re.compile(
    r"(?: [0-9]+)?(?: (?:exhibited|displayed|shown|painted|sculpted|created|designed|made|built))?"
    r" by (?:[A-Za-z]+ ){0,3}?[A-Z]")


def _drop_works_by_maker(text: str, mentions: list[Mention], v: dict) -> None:
    """A capitalised name with no title written right before "by" and its maker is a work's
    title (a sculpture, an installation, a garment), not a person. Kept: a name opening with
    a given name ("Queen Mary by ..." is a work, "Jane Doe by ..." may be its sitter), and a
    name after "of" (the sitter of "a portrait of Jane Doe by ...")."""
    drop = [m for m in mentions if m.title is None and m.tokens >= 2
            and _WORK_BY_MAKER.match(text, m.name_start + len(m.name))
            and m.words and m.words[0].split(" ", 1)[0] not in v["given"]
            and not text.endswith(("of ", "with ", "and ", "by "), 0, m.name_start)]
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


def _drop_branch_names(mentions: list[Mention], city: str, v: dict) -> None:
    """"May Matthews from Bonhams Edinburgh ... at Bonhams, Edinburgh": an untitled name ending
    in the town the caption places itself in, opening with no given name and no known surname,
    is a firm's or a body's branch there, not a person ("Jack London" opens with a given name)."""
    tail = " " + city
    drop = [m for m in mentions if m.title is None and m.tokens >= 2 and m.name.endswith(tail)
            and m.words and m.words[0].split(" ", 1)[0] not in v["given"]
            and m.words[0].split(" ", 1)[0] not in v["known"]]
    if drop:
        firms = {m.name[:-len(tail)] for m in drop}  # ("at Bonhams, Edinburgh": the firm alone is no surname)
        mentions[:] = [m for m in mentions if m not in drop and not (m.title is None and m.name in firms)]


# what may follow the last link of a chain of places: ", in Australia", " on Sunday", a full stop
_CHAIN_END = re.compile(r"(?:,? (?:in|on) [A-Z]|,? (?:on|in) (?:the )?[0-9]|\.(?:\s|$)|$)")


def _drop_place_chain_links(text: str, mentions: list[Mention], location: Location) -> None:
    """An untitled name right after the caption's own venue or town and a comma, mid-sentence,
    and closing the place ("near Gunbalanya, Arnhem Land, in Australia", "at the Al Bayt
    Stadium, Al Khor on Sunday"): the next, wider place of the chain, not a person. The
    place must itself follow a lower-case word ("near", "at the"), so a sentence opening
    with a place ("In Kyiv, Jane Roe ...") keeps its person."""
    places = [p for p in (location.venue, location.city) if p]
    keep = []
    for m in mentions:
        a = m.start
        if m.title is None and m.tokens <= 3 and text[a - 2:a] == ", " \
                and _CHAIN_END.match(text, m.name_start + len(m.name)):
            hit = False
            for p in places:
                b = a - 2 - len(p)
                if b >= 2 and text.startswith(p, b) and text[b - 1] == " " and text[b - 2].islower():
                    hit = True
                    break
            if hit:
                continue
        keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


# a club's or a school's followers or players named by it: "Deer Creek fans cheer", "Players
# of Shanghai Shenhua celebrate", "Fans of Egypt's Zamalek invade the pitch"
_FOLLOWERS_AFTER = re.compile(r" (?:fans|supporters|players)\b")
_FOLLOWERS_OF_BEFORE = re.compile(r"\b(?:[Ff]ans|[Pp]layers) of (?:the )?$")


def _drop_followed_clubs(text: str, mentions: list[Mention], v: dict) -> None:
    """A name with no role before it (a country's possessive at most) whose fans or players are
    named by it ("Deer Creek fans", "Players of Shanghai Shenhua", "Fans of Egypt's Zamalek") is
    a club or a school, not a person, unless it opens with a given name or is a known surname or
    one-word name ("Taylor Swift fans", "Trump supporters": a person's)."""
    clubs = set()
    for m in mentions:
        if m.title is not None and not (m.title in text and text.startswith(("'s ", "\u2019s "), m.start + len(m.title))):
            continue  # a role before the name ("Supporters of opposition leader X"): a person's followers
        if _FOLLOWERS_OF_BEFORE.search(text, max(0, m.start - 16), m.start) is not None \
                or _FOLLOWERS_AFTER.match(text, m.name_start + len(m.name)):
            words = m.name.split()
            if words[0].casefold() not in v["given"] and _norm(words[-1]) not in v["known"] \
                    and m.key not in v["mononyms"] and m.key not in v["known"]:
                clubs.add(m.key)  # (the club's name alone elsewhere goes too: "between Deer Creek and Norman")
    if clubs:
        mentions[:] = [m for m in mentions if m.key not in clubs]


# the firm's second half: one capitalised word, possessive or with no second one after it
# ("& Electric's Public Safety Power Shutoff", "& Gamble plant"; "& Michael Zamora" is a person)
_FIRM_TAIL = re.compile(r"[A-Z][\w.-]*+(?:['\u2019]s\b|(?![\w'\u2019]| [A-Z]))")


def _drop_ampersand_firms(text: str, mentions: list[Mention], v: dict) -> None:
    """An untitled name right before " & " and a capitalised word ("Pacific Gas & Electric's
    outage"): the first half of a firm's name, not a person, unless it opens with a given
    name or a full name follows the "&" ("Jane Roe & John Doe": two people)."""
    keep = [m for m in mentions
            if not (m.title is None and text.startswith(" & ", m.name_start + len(m.name))
                    and _FIRM_TAIL.match(text, m.name_start + len(m.name) + 3)
                    and m.name.split(" ", 1)[0].casefold() not in v["given"])]
    if len(keep) < len(mentions):
        mentions[:] = keep


# an elected member's seat after "for": "councillor for Bedlington West", "MP for Hartley Vale"
# (a seat's holders only: "a lawyer for Jane Roe", "a spokesman for X" name a person)
_SEAT_FOR = re.compile(r"\b(?:[Cc]ouncill?or|MP|MLA|MSP|MEP|TD|MHK|[Ss]enator|[Aa]ssemblym(?:a|e)n|[Ww]ard member) for $")


def _drop_seats(text: str, mentions: list[Mention]) -> None:
    """An untitled name right after "councillor for", "MP for" ...: the seat (a ward, a
    constituency), not a person."""
    keep = [m for m in mentions
            if not (m.title is None and m.start == m.name_start and _SEAT_FOR.search(text, max(0, m.start - 20), m.start))]
    if len(keep) < len(mentions):
        mentions[:] = keep


def _drop_numbered_things(text: str, mentions: list[Mention]) -> None:
    """"the Queen Mary 2 docks", "aboard the Soyuz 11": a name after "the" that goes on with a
    number is a ship's, a craft's or a model's, not a person's (a player's number stands in
    brackets or after his name with no article before it)."""
    drop = [m for m in mentions if text[m.start - 4:m.start] in ("the ", "The ")
            and _NUMBERED_NAME.match(text, m.name_start + len(m.name))
            and "'" not in text[m.start:m.name_start] and "\u2019" not in text[m.start:m.name_start]]
    # (not "the Lakers' LeBron James 23": a team's player and his number)
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


# a number right before a capitalised name, after an article ("the 2007 Cadillac Escalade",
# "a 2015 Ford Mustang", "the 2022 LACMA ART+FILM GALA": a model year, an edition) or after a
# preposition ("the town of 100 Mile House", "in 29 Palms": a place named with its number; no
# year here, as "in 2016 Hillary Clinton won" names her)
# a lower-case word after the name that is no grammar word and no participle ("held"): the
# name is a modifier of that noun ("a 2024 Kamala Harris rally", "the 1941 Yousuf Karsh portrait")
_NOUN_AFTER_NAME = re.compile(r" (?!(?:to|was|is|are|were|has|had|will|in|at|on|of|for|and|or|with|by|from|as|"
                              r"during|after|before|near|into|that|which|held|[a-z]+ed)\b)[a-z]")
_NUMBER_BEFORE_NAME = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?) \d{1,4}|\b[Tt]he " + _ORD_RE + r"|\b(?:of|in|at|to|from|near) \d{1,3}) $")


def _drop_after_numbers(text: str, mentions: list[Mention], v: dict) -> None:
    """A name with no title written right after an article or a preposition and a number is a
    thing's or a place's, not a person's (a player's number stands in brackets, after "No." or
    "#", or after his name). Kept: a name opening with a given name, a person's name used as a
    modifier ("a 2024 Kamala Harris rally", "the 1941 Yousuf Karsh portrait": a noun after it)."""
    drop = [m for m in mentions if m.title is None and m.start >= 2 and text[m.start - 2] in "0123456789dht"
            and _NUMBER_BEFORE_NAME.search(text, max(0, m.start - 16), m.start)
            and m.words and m.words[0].split(" ", 1)[0] not in v["given"]
            and not _NOUN_AFTER_NAME.match(text, m.name_start + len(m.name))]
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


# a rank written with its grade's digit before the name ("Chief Warrant Officer 3 Ana Reyes",
# "Warrant Officer 1 Kim Lo"): the capitalised run up to the digit
_GRADED_RANK = re.compile(r"(?:[A-Z][\w.]*\s+)*?Warrant\s+Officer\s+[1-5]\s+$")


def _graded_ranks(text: str, mentions: list[Mention]) -> None:
    """The grade's digit ends the capitalised run, so the name after it came without its rank:
    the rank and its digit are the title, the digit no part of the name."""
    for m in mentions:
        if m.title is None and text[m.name_start - 2:m.name_start - 1].isdigit():
            r = _GRADED_RANK.search(text, max(0, m.name_start - 80), m.name_start)
            if r is not None:
                m.title, m.start = " ".join(r.group().split()), r.start()


# what follows a school's name ("Center Grove High School", "Bishop Gorman Academy")
_SCHOOL_HEAD_RE = re.compile(r" (?:High|Academy|Prep|Preparatory|Catholic)\b")  # (" High\b" takes "High School")


# prelates' titles US Catholic schools are named with ("Archbishop Wood", "Bishop McDevitt",
# "Cardinal O'Hara", "Monsignor Bonner"): the school's short name in a game's caption
_PATRON_TITLES = frozenset(("archbishop", "bishop", "cardinal", "monsignor", "msgr", "msgr."))


def _drop_patron_schools(text: str, mentions: list) -> None:
    """"Archbishop Wood's Muneer Newton (11)", "Bishop McDevitt's Ana Bell": a prelate's surname alone
    in the possessive right before another person's full name is the school the player plays for
    (a team possessive), no person; the player takes it as the title, as "Reading High's X" does."""
    i = 0
    while i < len(mentions) - 1:
        m = mentions[i]
        nxt = mentions[i + 1]
        if m.tokens == 1 and m.title is not None and m.title.casefold() in _PATRON_TITLES \
                and nxt.tokens >= 2 and nxt.title is None and nxt.start == nxt.name_start \
                and text[m.name_start + len(m.name):nxt.start] in ("'s ", "\u2019s ", "' ", "\u2019 "):
            nxt.title = text[m.start:m.name_start + len(m.name)]
            del mentions[i]
            continue
        i += 1


def _school_short_name(text: str, m: Mention) -> bool:
    """A role word and a name that the caption also writes as a school's name: "Center Grove
    High School players ... Center Grove won", "Bishop Chatard High ... Bishop Chatard leads"."""
    if not m.title or " " in m.title:
        return False
    run = f"{m.title} {m.name}"
    i = text.find(run)
    while i != -1:
        if _SCHOOL_HEAD_RE.match(text, i + len(run)):
            return True
        i = text.find(run, i + 1)
    return False


# "The Perez family — Ana, Luis and two-year-old Sofia —": the family's surname, an opening mark,
# then its members by given name alone, the list closed by "and"
_FAMILY_OPEN = re.compile(r"\b[Tt]he (?:[A-Z][\w'\u2019-]+ ){1,2}family(?: members)?"
                          r"(?: \u2014 | \u2013 | -- | - |\u2014|: |, | \()")
# a member: kin or age words (not titles), then one capitalised given name
_FAMILY_MEMBER = re.compile(r"(?:(?:[a-z]+-(?:year|month|week)-old|baby|little|infant|their|his|her|"
                            r"son|daughter|mother|father|mom|dad|mum|wife|husband|grandmother|"
                            r"grandfather|sister|brother|twins?) )*([A-Z][a-z]+(?:['\u2019-][A-Za-z]+)?)"
                            r"(?=, | and |,? \u2014|,? \u2013| --| - |\)|:|\.| [a-z])")


def _family_roll_call(text: str, mentions: list) -> None:
    """The members a family caption lists by given name after the family's surname; each is
    a person as written, with no title (kin and age words are not offices)."""
    m = _FAMILY_OPEN.search(text)
    if m is None:
        return
    at, found, closed = m.end(), [], False
    while len(found) < 12:
        g = _FAMILY_MEMBER.match(text, at)
        if g is None:
            break
        found.append(g)
        at = g.end()
        if closed:
            break
        if text.startswith(", and ", at):
            at, closed = at + 6, True
        elif text.startswith(" and ", at):
            at, closed = at + 5, True
        elif text.startswith(", ", at):
            at += 2
        else:
            break
    if not closed or len(found) < 2 or len(found) != len(set(g.group(1) for g in found)):
        return
    known = {x.key for x in mentions}
    for g in found:
        key = _norm(g.group(1))
        if key not in known:
            a, b = g.span(1)
            mentions.append(Mention(g.group(1), None, None, a, a, b, 1, [key], key))
    mentions.sort(key=lambda x: x.start)


# words that make a caption a game's: there "X of Duke" names a team, not a home town
_SPORT_CUES = re.compile(r"\b(?:game|games|match|half|quarter|inning|period|tournament|championship|playoffs?"
                         r"|season|scores?|scored|goal|race|meet|NCAA|football|basketball|baseball|soccer"
                         r"|hockey|golf|tennis|league|team|coach|player)\b")


def _home_town_titles(text: str, mentions: list, v: dict, unplaced: bool = False) -> None:
    """"Kayla Stephens of Greenup, Adrienne Keagle of Newport and Paul Shamhart of Lexington
    watch": in a US caption away from sport, "of" a bare town right after a name (no "the", no
    state after it) gives where the person lives, not a team or employer: no title. Read so
    when two or more names in a row carry it, or when the town is one the place tables know.
    A caption with no country found (`unplaced`: "X of Tacoma throws ... at Lake Washington")
    reads so only a town the tables place in the United States (_us_home_cities)."""
    towns = []
    for m in mentions:
        t = m.title
        if t is None or not t[:1].isupper() or t.count(" ") > 2:
            continue
        at = text.find(" of " + t, m.name_start, m.name_start + len(m.name) + 10 + len(t))
        if at < 0:
            continue
        after = at + 4 + len(t)
        nxt = text[after:after + 2]
        if not (nxt[:1] == "," or text.startswith(" and ", after) or nxt[:1] == " " and nxt[1:].islower()
                or nxt == "." or nxt == ". "):  # (or the sentence ends: "B of Philadelphia. Back row:")
            continue
        words = t.casefold().split()
        if _us_state(t) or _country_word(t) or _home_nation(t) or any(
                w in v["club_words"] or w in v["heads"] or w in v["teams"] or w in v["org_nouns"]
                or w == "state" for w in words):
            continue  # ("of Ohio State", "of Real Madrid", "of Mexico", "of the Red Cross")
        towns.append(m)
    if not towns or _SPORT_CUES.search(text):
        return
    if unplaced:
        towns = [m for m in towns if _norm(m.title) in _us_home_cities()]
        if not towns:
            return
    listed = len(towns) > 1
    for m in towns:
        if listed or _home_town_name(text, m.title) or _from_us_state_after(text, m.title):
            m.title = None


def _from_us_state_after(text: str, town: str) -> bool:
    """"Lily Nguyen of Jessop, from Maryland, leaps": "from" a US state right after the town
    says the town is a home (a town too small for the place tables)."""
    at = text.find(town + ", from ")
    if at < 0:
        return False
    words = text[at + len(town) + 7:at + len(town) + 40].split()[:3]
    for n in range(1, len(words) + 1):  # ("from Ohio", "from New Mexico", "from Md.,")
        state = " ".join(words[:n]).rstrip(",")
        if state in _us_state_forms() or state.rstrip(".") in _us_state_forms():
            return True
    return False


@functools.cache
def _us_home_cities() -> frozenset[str]:
    """The towns of _home_cities that the place tables put in the United States: "of" one of
    them gives a home town even where the caption names no country."""
    out = set()
    for table in ("world_cities.tsv", "geo_cities.tsv"):
        for ln in _lines(table):
            cols = ln.split("\t")
            if len(cols) > 1 and cols[1] == "United States":
                out.add(_table_key(cols[0]))
    return frozenset(out & _home_cities())


def _drop_slug_surname(text: str, mentions: list) -> None:
    """`Modi – Prime Minister Narendra Modi addresses ...`, `Biden: President Joe Biden ...`: a
    surname set off as the caption's slug is the person the caption then names in full, not
    somebody else (later, `Trump and Melania Trump` are two)."""
    first = mentions[0]
    end = len(first.name)
    if not text.startswith((" – ", " — ", ": ", " - "), end):
        return
    if any(m.tokens > 1 and m.words[-1:] == first.words for m in mentions[1:]):
        del mentions[0]


# A street's abbreviated last word: `near 35th Ave. and Madison St.` names a corner, no person
# (a name's `St.` comes first: `St. John`)
_STREET_ABBREVIATIONS = frozenset(("St.", "Ave.", "Rd.", "Blvd.", "Av."))


# Getty's title-case event names: "attends Fox Searchlight Pictures, Belvedere Vodka And
# Vanity Fair Celebrate \"The Descendants\"": the hosts are companies, never people
_EVENT_HOSTS = re.compile(r"\battend(?:s|ed)?\s+((?:(?:The|the|[A-Z][\w'\u2019&.\-]*),?\s+){2,16}?)"
                          r"(?:Celebrates?|Hosts?|Presents?|Honou?rs?|Toasts?|Salutes?)\b")


# the town before "State Mayor" in a list item: "; Detroit, Michigan Mayor Mike Duggan;" (after
# a semicolon, a colon, a sentence's end, "and" or "with"; not "in Detroit, Michigan Gov. X")
_CITY_BEFORE_STATE = re.compile(r"(?:^|[;:]\s*|[.!?]\s+|\b(?:and|with)\s+)((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019-]*),\s$")


_TITLE_JOINERS = frozenset(("and", "&", "of", "for"))
_NATION_CODE_END = re.compile(r"\([A-Z]{3}\)")


def _nation_code_titles(text: str, mentions: list) -> None:
    """Motor-sport desks' (XPB's) "David Richards (GBR) Prodrive Chairman with Hugh Chambers (GBR)
    Motorsport UK Chief Executive Officer.": the capitalised words right after a name's
    three-letter nation code, up to a lower-case word or a stop, are the team or office; a
    mention read inside them is none."""
    for m in mentions[:]:
        e = m.end
        if m.title is not None or text[e:e + 1] != " " or not _NATION_CODE_END.match(text, e - 5, e):
            continue
        words = []
        ahead = text[e + 1:e + 100].split(" ")[:9]
        for i, w in enumerate(ahead):
            bare = w.rstrip(".,;:")
            if w in _TITLE_JOINERS and words and i + 1 < len(ahead) and ahead[i + 1][:1].isupper():
                words.append(w)  # "Shareholder and Executive Director", "Head of Communications"
                continue
            if not bare or not (bare[:1].isupper() or bare[:1].isdigit()) or "(" in bare:
                break
            words.append(bare)
            if len(bare) != len(w):
                break
        if not words or words[-1] in _TITLE_JOINERS:
            continue
        end = e + 1 + len(" ".join(words))
        for x in [x for x in mentions if x is not m and x.start > e and x.end <= end]:
            mentions.remove(x)
        m.title = " ".join(words)
        m.end = end


# small words inside an office's body ("Commander in Chief of the Ukrainian Armed Forces")
_OFFICE_BODY_GLUE = frozenset(("of", "the", "for", "in", "on", "to", "and", "&"))
_CAP_WORD_RE = re.compile(r"[A-Z][\w'\u2019.-]*$")


def _joined_office_title(text: str, m: Mention, mentions: list, v: dict) -> None:
    """"Vice-Chairman of the National Committee of the CPPCC and Director of the Hong Kong
    and Macao Affairs Office Mr Liao Hui": two offices of one person joined by "and" before
    the name. The office before "and" (capitalised, with its own singular role word and no
    name of its own) belongs to the title (schema: the office written with the name)."""
    if not m.title[:1].isupper() or not any(_cap_role_word(w, v) for w in _office_words(m.title)):
        return
    end = m.start - 5  # (the space before "and")
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", text[max(0, end - 160):end])]
    base = max(0, end - 160)
    a = -1
    for at, w in reversed(words):
        if _CAP_WORD_RE.match(w) or w in _OFFICE_BODY_GLUE:
            a = base + at
            continue
        break
    if a < 0:
        return
    phrase = text[a:end].split(" ")
    while phrase and phrase[0] in _OFFICE_BODY_GLUE:
        a += len(phrase[0]) + 1
        phrase = phrase[1:]
    if len(phrase) < 2 or phrase[0] == "The":
        return
    roles = [w for w in phrase if _cap_role_word(w, v)]
    if not roles or roles[0].endswith("s"):
        return  # (a singular role: "Members of X and" are a group, not a title)
    for o in mentions:
        if o is not m and o.start < end and o.end > a:
            return  # (the words are another mention's, its title after the name too: "Ana
            # Brnabic, Prime Minister of Serbia and Edi Rama")
    m.title = text[a:m.start] + m.title
    m.start = a


def _cap_role_word(w: str, v: dict) -> bool:
    """A capitalised word that is a role ("Director", "Vice-Chairman"); not the words that are
    roles only in lower case ("Great", "Star": role_words_lower_only.txt)."""
    low = w.casefold()
    if low in v["roles"]:
        return low not in v["lower_only"]
    return any(x in v["roles"] and x not in v["lower_only"] for x in low.split("-"))


def _office_words(title: str) -> list[str]:
    return [x for w in title.split(" ") for x in w.split("-")]


def _city_state_title(text: str, m: Mention, mentions: list) -> None:
    """"Detroit, Michigan Mayor Mike Duggan": a list item's town before its state's office
    belongs to the title (schema: the office written with the name)."""
    words = m.title.split(" ")
    if len(words) < 2 or not (_us_state(words[0]) or (len(words) > 2 and _us_state(words[0] + " " + words[1]))):
        return
    hit = _CITY_BEFORE_STATE.search(text, max(0, m.start - 40), m.start)
    if hit is None:
        return
    a = hit.start(1)
    for o in mentions:
        if o is not m and o.start < m.start and o.end > a:
            return  # (the words are another mention's)
    if _us_state(hit.group(1)) or hit.group(1) in ("The", "In", "At", "From", "On"):
        return
    m.title = text[a:m.start] + m.title
    m.start = a


# a team sport's opponent: "their game vs. Ben Davis", "a game against Lincoln" (a school
# or club, even when named after a person; a tennis "match against X" is a player)
_GAME_OPPONENT = re.compile(r"(?:game|matchup|scrimmage)s? (?:vs\.?|versus|against) (?:the )?")
_WORD_CHAR_RE = re.compile(r"\w")


def _drop_game_opponents(text: str, mentions: list) -> None:
    """The side named right after "game vs." / "game against" is a team, not a person."""
    for hit in _GAME_OPPONENT.finditer(text):
        if hit.start() and _WORD_CHAR_RE.match(text, hit.start() - 1):
            continue  # (the word boundary, tested here: a pattern opening on its nouns scans faster)
        at = hit.end()
        mentions[:] = [m for m in mentions if not (m.name_start == at and m.title is None)]


# a pageant's title before its winner: "Miss Universe 2019 Zozibini Tunzi", "Miss World
# Karolina Bielawska", "Miss Teen USA X", "Miss Texas Jane Doe" (the capitalised run after it)
_PAGEANT = re.compile(r"\b(?:Miss|Mister)((?: (?:[A-Z][\w'\u2019.-]*|\d{4}))+)")


def _pageant_titles(text: str, mentions: list, v: dict, ends: list[int]) -> None:
    """A pageant's title is the winner's title, not an honorific and a name: "Miss Universe
    2019" is the title of Zozibini Tunzi (as "Miss Langata Prison 2016" in gold)."""
    pageants, places = v["pageants"], v["places"]
    for hit in _PAGEANT.finditer(text):
        run = hit.group(1).split()
        i = 0
        for j in (3, 2, 1):  # the longest place first ("Miss South Africa", "Miss Northern Ireland")
            if j < len(run) - 1 and _norm(" ".join(run[:j])) in places:
                i = j
                break
        while i < len(run) - 2 and (run[i].casefold() in pageants or run[i].isupper() or run[i].isdigit()):
            i += 1  # ("Universe", "Teen USA", "2019")
        if i == 0 or len(run) - i < 2:
            continue  # ("Miss Jane Doe": an honorific and a name)
        at = hit.start(1) + 1
        for w in run[:i]:
            at = text.index(w, at) + len(w)
        at = text.index(run[i], at)
        title = text[hit.start():at - 1]
        found = None
        for m in mentions:
            if m.name_start <= at < m.end or hit.start() <= m.name_start < hit.end():
                found = m
                break
        if found is None:
            name = " ".join(run[i:i + 3])
            k = 0
            while k < len(mentions) and mentions[k].start < hit.start():
                k += 1
            key = _norm(name)
            # the winner's own decorations: "Miss International Ana Lopez, centre, poses"
            position, _, end = _decorations(text, at + len(name), v, ends)
            mentions.insert(k, Mention(name, title, position, hit.start(), at, max(end, at + len(name)),
                                       name.count(" ") + 1, key.split(" "), key))
            continue
        if found.name_start > at:
            continue  # (the run read otherwise: leave it)
        name = found.name
        cut = at - found.name_start  # ("Universe Harnaaz Sandhu": the contest's words leave the name)
        if cut > 0:
            name = text[at:found.name_start + len(name)] if text.startswith(name, found.name_start) else name
        if name.count(" ") < 1:
            continue
        found.name = name
        found.key = _norm(name)
        found.words = found.key.split(" ")
        found.tokens = name.count(" ") + 1
        found.name_start = at
        found.title = title
        found.start = hit.start()


# a sentence opening with a role, a comma, then the name set off by commas: "Surfer, Lucy
# Small, at ...", "Team captain, Sam Kerr, lifts ..."
_ROLE_COMMA_BEFORE = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){0,2}), $")
# ... or a lower-case role after "with"/"and", set off by commas the same way: "with model, Jess Gomes,"
_LINKED_ROLE_COMMA = re.compile(r"\b(?:with|and) ([a-z][\w'\u2019-]*), $")


def _role_comma_name(text: str, m: Mention, v: dict) -> None:
    """A sentence's opening role word set off by a comma before the name is its title (the
    name is closed by a comma too, so the role is no list item)."""
    end = m.name_start + len(m.name)
    if text[end:end + 1] != ",":
        return
    hit = _ROLE_COMMA_BEFORE.search(text, max(0, m.start - 40), m.start)
    if hit is None:  # the next person of the sentence: "Designer, X, with model, Jess Gomes, in ..."
        hit = _LINKED_ROLE_COMMA.search(text, max(0, m.start - 30), m.start)
    if hit is None:
        return
    role = hit.group(1).rpartition(" ")[2].casefold()
    if role not in v["roles"] or role[-1] == "s" and (role[:-1] in v["roles"] or role[:-2] in v["roles"]):
        return  # (a plural opens a list: "Officials, A, B and C")
    if hit.group(1).partition(" ")[0].casefold() in _OWNERS:
        return  # "Her father, Constantine Rudya, worked ...": a relation, no title
    m.title = hit.group(1)
    m.start = hit.start(1)


def _drop_event_hosts(text: str, mentions: list) -> None:
    """The people of a title-case event name after "attends": its hosts, not people."""
    # (from the first "attend", where a match must start: the leading \b keeps the regex from
    # scanning for its literal itself)
    for m in _EVENT_HOSTS.finditer(text, text.find("attend")):
        if " And " not in m.group(1) and "," not in m.group(1):
            continue  # (one host alone may be a person's "X Hosts ...")
        a, b = m.start(1), m.end(1)
        mentions[:] = [x for x in mentions if not (a <= x.name_start < b)]


# a photographer's name glued to the caption's last period ("... in Toronto, Canada.Jason Merritt")
_GLUED_CREDIT = re.compile(r"\b([A-Z][a-z]+)\.[A-Z][a-z]+(?: [A-Z][\w'\-]+){1,2}\s*$")


# "Vardavar is a summer water festival, ...", "Tbilisoba is an annual October festival,": a lone
# word defined as an event (describing words of any case before its noun); the event noun
# ends the phrase (a stop, or a preposition or participle opens what follows)
_DEFINED_EVENT = re.compile(r" (?:is|was) (?:an?|the) (?:[\w'\u2019-]+ ){0,4}?([a-z]+)(?=[,.;:]| (?:in|of|on|that|which|held|celebrated|"
                            r"when|where|celebrating|marking|honou?ring)\b)")


# "Floyd, a Black man who ...": nouns of a person set in apposition after a surname alone
_APPOSITION_PERSON_NOUNS = frozenset(("man", "woman", "boy", "girl", "teenager", "teen", "mother", "father",
                           "grandmother", "grandfather", "person"))


def _person_apposition_after(toks: list, i: int) -> bool:
    """A lone capitalised word at `i`, then `, a` and up to three describing words before a noun of
    a person (`the death of Floyd, a Black man who was killed`): a person, named by surname."""
    k = i + 1
    if k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].low not in _A_AN:
        return False
    for j in range(k + 2, min(k + 6, len(toks))):
        w = toks[j].low
        if w in _APPOSITION_PERSON_NOUNS:
            return j + 1 == len(toks) or not toks[j + 1].cap  # ("a man Smith": no apposition)
        if not toks[j].text.replace("-", "").isalnum():  # (a word, "17-year-old"; no comma or stop)
            return False
    return False


def _birth_name_after(toks: list, i: int) -> bool:
    """A lone capitalised word at `i`, then `, born` or `(born` and a name of two capitalised words
    ("Corinna, born Greta Vandermolen,"): the name the person was born with, so the word is somebody's."""
    k = i + 1
    if k + 3 >= len(toks) or toks[k].text not in (",", "(") or toks[k + 1].text != "born":
        return False
    a, b = toks[k + 2], toks[k + 3]
    return a.cap and a.word and b.cap and b.word and not a.masked and not b.masked


def _drop_event_names(text: str, mentions: list, v: dict) -> None:
    """A one-word "person" that the caption defines as an event ("Vardavar is a water festival",
    "Tbilisoba is an annual October festival, celebrating ..."): the festival, nobody."""
    events = v["event_nouns"]
    keep = [m for m in mentions if m.tokens != 1 or not _defined_as_event(text, m.name, events)]
    if len(keep) < len(mentions):
        mentions[:] = keep


# "X is one of the most popular flower markets in Hanoi": a name defined as one of a kind of
# place or thing (its plural noun ends the phrase: a stop, or a preposition opens what follows)
_ONE_OF_KIND = re.compile(r" is one of the (?:[\w'\u2019-]+ ){0,4}?([a-z]+s)(?=[,.;:]| (?:in|of|on|that|which|"
                          r"where|for|across|around)\b)")


def _drop_defined_places(text: str, mentions: list, v: dict) -> None:
    """An untitled name the caption defines as one of a kind of place or thing whose head noun
    is a thing head ("X is one of the oldest temples in ...", "... flower markets"): no person."""
    heads = v["heads"]
    drop = []
    for m in mentions:
        if m.title is not None:
            continue
        at = text.find(m.name + " is one of the ")
        if at == -1 or at and text[at - 1].isalnum():
            continue
        d = _ONE_OF_KIND.match(text, at + len(m.name))
        if d is not None:
            noun = d.group(1)
            if noun[:-1] in heads or (noun.endswith("es") and noun[:-2] in heads):
                drop.append(m)
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


def _defined_as_event(text: str, word: str, events: frozenset) -> bool:
    at = text.find(word + " is ")
    if at == -1:
        at = text.find(word + " was ")
    if at == -1 or at and text[at - 1].isalnum():
        return False
    d = _DEFINED_EVENT.match(text, at + len(word))
    return d is not None and d.group(1) in events


def _drop_slash_bylines(text: str, mentions: list) -> None:
    """An untitled name right before a slash and a capitalised outlet ("Evan Cobb/Missourian
    Battle wide receiver ...", "... 2018. Mickey Welsh / Advertiser", "Photo/ Jane Roe/ Afrikimages"):
    a photographer's byline the credit step did not split off, not a person in the picture."""
    n = len(text)
    keep = []
    for m in mentions:
        k = m.end
        if k < n and text[k] == " ":
            k += 1
        if m.title is None and k + 1 < n and text[k] == "/":
            k += 1
            if text[k] == " " and k + 1 < n:
                k += 1
            if text[k].isupper():
                continue
        keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


def _drop_glued_credit(text: str, mentions: list, v: dict) -> None:
    """Getty's captions as some papers print them: the photographer glued to the last
    sentence's place ("Canada.Jason Merritt"), a credit, not a person in the picture."""
    m = _GLUED_CREDIT.search(text, max(0, len(text) - 60))
    if m is None or _norm(m.group(1)) not in v["places"]:
        return
    mentions[:] = [x for x in mentions if x.end <= m.start(1) or x.name_start > m.end()]


# AFP's rights note in capitals, AP's handout preface ("/ RESTRICTED TO EDITORIAL USE. No use with ..."), and a
# credit sentence inside the body ("Photograph by Jean Roy / Hans Lucas.", the French
# "Photographie de Jean Roy / Hans Lucas."): no one in the picture is named there
_NOTE_SPANS = re.compile(r"\b(?:(?:IMAGE\s+)?RESTRICTED\s+TO\s+EDITORIAL\s+USE(?:\s+ONLY)?|(?:FOR\s+)?EDITORIAL\s+USE\s+ONLY)\b"
                         r"|\bPhotograph(?:ie)?\s+(?:by|de|par)\s+[^./()]{2,60}/[^.()]{2,60}"
                         # AP's preface to a handout: "AP PROVIDES ACCESS TO THIS PUBLICLY
                         # DISTRIBUTED HANDOUT PHOTO PROVIDED BY X; MANDATORY CREDIT."
                         r"|\bAP\s+PROVIDES\s+ACCESS\s+TO\s+TH(?:IS|ESE)\b[^;.a-z]{0,200}")


def _drop_note_names(text: str, mentions: list) -> None:
    """Drops the names inside a rights note or a credit sentence of the body (_NOTE_SPANS)."""
    for m in _NOTE_SPANS.finditer(text):
        mentions[:] = [x for x in mentions if x.end <= m.start() or x.name_start >= m.end()]


def _drop_plural_heads(mentions: list, v: dict) -> None:
    """"Football Stadiums around the country remain empty", "Public Hospitals in the region":
    two capitalised words, a common noun or adjective of an office's domain, then the plural
    of a venue's or body's head noun, name things, not a person ("Tyra Banks": a given name).
    So do a people's adjective and a plural with no title ("the Russian Knights": a team, a band)."""
    keep = None  # (a list only once a mention is dropped: most captions drop none)
    for k, x in enumerate(mentions):
        name = x.name
        n = len(name)
        if n and name[n - 1] == "s" and " " in name:  # (compiled: a character read, no call)
            words = name.split()
            first = words[0].casefold()
            if len(words) == 2 and words[1].casefold()[:-1] in v["heads"]:
                if first not in v["given"] and (first in v["modifiers"] or first in v["domains"]):
                    if keep is None:
                        keep = mentions[:k]
                    continue  # (a common noun or adjective first: not "Mikal Bridges", "Dana Fields")
            if len(words) == 2 and x.title is None and first in v["peoples"] and first not in v["given"]:
                if keep is None:
                    keep = mentions[:k]
                continue  # "the Russian Knights", "(Brazilian Warriors)": a people's adjective, then a plural: a team
        if keep is not None:
            keep.append(x)
    if keep is not None:
        mentions[:] = keep


# a wire's credit the credit step left in the text (a desk tag after it: "(AP Photo/X, Pool)
# POOL PHOTO", "(AP Photo/Yomiuri Shimbun, X) JAPAN OUT"; "X AP Photo" closing the caption):
# the names in it are its photographers, not people in the picture
_LEFT_CREDIT = re.compile(r"\((?:AP |AFP |Reuters |REUTERS )?Photo(?:/| by )[^()]{2,80}\)"
                          r"|(?:[A-Z][\w.'\u2019-]*\s+){1,3}AP\s+Photo\s*$")


def _drop_left_credit(text: str, mentions: list) -> None:
    """Names inside a credit the credit step left in the text are its photographers, no people.
    A fallback, not the credit step's job done twice: on the development texts the credit step
    now splits every such credit, but without this the blind mix held-out-16c loses people F1."""
    for m in _LEFT_CREDIT.finditer(text, max(0, len(text) - 300)):
        a, b = m.start(), m.end()
        mentions[:] = [x for x in mentions if x.end <= a or x.name_start >= b]


# a supplier's line after a dash closing the caption, its noun last: Kuwait Times' "– Amiri Diwan
# and KUNA photos", "– Amiri Diwan photo". The credit step reads no such line (a supplier's name,
# no photographer's), so its names are taken out of the people here. (The photographers' closing
# lines, "Pix by X", "PC – X", "<AP Photo/X>", are the credit step's: split off before people.)
def _drop_worn_labels(text: str, mentions: list) -> None:
    """"Margot Robbie wearing Giorgio Armani attends", "X wears Stella McCartney": a name worn
    is a fashion label, not a person. (Not a possessive, "wearing Lionel Messi's jersey", nor
    a name marked as a person by a position or an age after it.)"""
    keep = []
    for m in mentions:
        a = m.name_start
        if m.title is None and a >= 5 and text[a - 1] == " " and text[a - 2] != " ":
            b = text.rfind(" ", 0, a - 1) + 1
            if text[b:a - 1] in _WEAR_VERBS:
                e = a + len(m.name)
                if text[e:e + 1] not in ("'", "\u2019") and not _marked_person(text, e):
                    continue
        keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


# the roles "supporting" qualifies in an award's category ("best supporting actress nominee")
_SUPPORTED_ROLES = ("actor", "actress", "role", "cast")


def _supporting_role_titles(text: str, mentions: list, v: dict) -> None:
    """"Best supporting actor nominee X", "fellow supporting actress nominee X": "supporting"
    before an actor's or actress's title is the award's category, part of the title (a
    modifier alone it is not: "Protesters supporting former President X")."""
    for m in mentions:
        t = m.title
        if t is None or m.start < 11 or not t.startswith(_SUPPORTED_ROLES) or text[m.start - 11:m.start] != "supporting ":
            continue
        a = m.start - 11
        b = text.rfind(" ", 0, a - 1) + 1  # the word before it: "Best", "best", "fellow"
        w = text[b:a - 1]
        if a >= 2 and text[a - 1] == " " and (w.casefold() == "best" or w in v["modifiers"]):
            a = b
        m.title = text[a:m.start] + t
        m.start = a


def _drop_credit_runs(text: str, mentions: list, credit: Credit | None) -> None:
    """A name starting inside a credit-like run the credit step finds in the description (a
    byline in capitals, a name glued by a slash to its outlet, a maker after the last sentence
    or a credit label, a sentence of picture credits): the picture's maker, no one in it."""
    runs = credit_runs(text, credit is not None and credit.line is not None)
    if not runs:
        return
    keep = []
    for m in mentions:
        a = m.name_start
        inside = False
        for s, z in runs:
            if s <= a < z:
                inside = True
                break
        if not inside:
            keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


def _drop_after_glued_slash(text: str, mentions: list) -> None:
    """An untitled name glued by a slash to the word before it ("the Bois de la Cambre/Ter
    Kamerenbos park", "the Framework Agreement on Hong Kong/Guangdong Co-operation", "Jane
    Roe/Baltic Daily Photo"): the other half of a paired or bilingual name, or an outlet after
    its photographer, not a person."""
    keep = []
    for m in mentions:
        a = m.name_start
        if a >= 2 and m.start == a and text[a - 1] == "/" \
                and (text[a - 2].isalpha() or (text[a - 2] == " " and not text[a + len(m.name):].strip(" ."))):
            continue  # (or " /Name" closing the text: "... 2025. /Shanghai Shenhua", a credit)
        keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


# Navy ship prefixes: "USS Gerald R. Ford" names a ship, and so does "Gerald R. Ford" alone
# later in the same caption ("Gerald R. Ford is the U.S. Navy's newest carrier").
_SHIP_PREFIXES = ("USS ", "HMS ", "HMAS ", "HMCS ", "HMNZS ", "USNS ", "INS ", "ROKS ", "HNLMS ", "USCGC ")


# (the prefixes without their space, as a chunk of the text ends: _NOTE_SHIP)
_SHIP_WORDS = tuple(p[:-1] for p in _SHIP_PREFIXES)


def _drop_ship_names(text: str, mentions: list) -> None:
    ships = [p for p in _SHIP_PREFIXES if p in text]
    if ships:
        mentions[:] = [m for m in mentions if not any(p + m.name in text or p + text[m.start:m.name_start] + m.name in text
                                                      for p in ships)]  # ("HMS Queen Elizabeth": a title read)


def _drop_places_named_elsewhere(text: str, mentions: list, v: dict) -> None:
    """"at the Erta Ale volcano ... Erta Ale, a large shield volcano, is ...": a name written
    elsewhere in the caption as "the <name> <place noun>" names that place in every mention.
    (Untitled mentions only: an office says a person.)"""
    nouns = v["place_nouns"]
    drop = None
    for m in mentions:
        if m.title is not None or " " not in m.name:
            continue
        probe = "the " + m.name + " "
        i = text.find(probe)
        while i >= 0:
            a = i + len(probe)
            b = a
            while b < len(text) and "a" <= text[b] <= "z":
                b += 1
            if text[a:b] in nouns:
                drop = [m] if drop is None else drop + [m]
                break
            i = text.find(probe, a)
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


# A military exercise or operation named as one: "Exercise Allied Spirit", "Operation Odyssey
# Dawn", "the Saber Strike exercise", "a Global Dragon training event", "Africa Multinational
# training exercises" (the name's last word, then an exercise's noun)
_EXERCISE_BEFORE = re.compile(r"(?:[Ee]xercises?|[Oo]peration|[Dd]rill)\s+$")
# "the annual air force drill, Vigilant Ace, on Dec. 6": the name set off after the noun
_EXERCISE_APPOS_BEFORE = re.compile(r"\b(?:exercises?|drills?|operation)\s*,\s+$")
_EXERCISE_AFTER = re.compile(
    r"\s+(?:(?:joint|bilateral|multinational|military|naval|field|live-fire|readiness|training)\s+){0,2}"
    r"(?:exercises?|drills?|war ?games?|manoeuvres|maneuvers|training events?)\b")


def _drop_exercises_named_elsewhere(text: str, mentions: list, v: dict) -> None:
    """An untitled name written somewhere in the caption as an exercise's or an operation's
    ("during Exercise Allied Spirit ... during Allied Spirit on the range", "a Global Dragon
    training event ... Global Dragon provided") is that exercise in every mention."""
    drop = []
    for m in mentions:
        if m.title is not None:
            continue
        i = text.find(m.name)
        while i >= 0:
            a = i + len(m.name)
            if (_EXERCISE_AFTER.match(text, a) is not None
                    or _EXERCISE_BEFORE.search(text, max(0, i - 12), i) is not None
                    or (text[a:a + 1] == "," and _EXERCISE_APPOS_BEFORE.search(text, max(0, i - 14), i) is not None
                        and m.words and m.words[0].split(" ", 1)[0] not in v["given"])):
                # (not "During the drill, John Smith, 25, fires": a given name opens a person's)
                drop.append(m)
                break
            i = text.find(m.name, a)
    if drop:
        mentions[:] = [m for m in mentions if m not in drop]


# a list of one-word place names after "from" ("Mutual aid came from Fitchburg, Lunenburg,
# Sterling, Shirley and Clinton"): three or more before "and" and the last
_WORD_LIST_FROM = re.compile(r"\bfrom ((?:[A-Z][a-z]+, ){2,}[A-Z][a-z]+,? and [A-Z][a-z]+)\b(?! [A-Z])")


# "the 24th Mechanized Brigade named after King Danylo", "the Academy named after ...": the
# person a unit's or an institution's official name honours is inside that name, not listed
_NAMESAKE_BEFORE = re.compile(r"\b(?:Brigade|Battalion|Regiment|Division|Corps|Squadron|Academy|University|School"
                              r"|Institute|Library|Museum|Theatre|Theater|Hospital|Airport|Stadium|Prize|Award|Foundation"
                              r"|Centre|Center)\s+named\s+after\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+)?$")


def _drop_namesakes(text: str, mentions: list) -> None:
    mentions[:] = [m for m in mentions
                   if not (_NAMESAKE_BEFORE.search(text, max(0, m.start - 80), m.start)
                           or _NAMESAKE_BEFORE.search(text, max(0, m.name_start - 80), m.name_start))]


def _drop_town_lists(text: str, mentions: list) -> None:
    """In a "from A, B, C and D" list of single words, where two words or more read as nobody
    (towns the tables need not know), the members read as people are towns too ("Shirley",
    "Clinton" among "Fitchburg, Lunenburg, Sterling")."""
    for m in _WORD_LIST_FROM.finditer(text):
        a, b = m.span(1)
        inside = [x for x in mentions if a <= x.name_start < b and x.tokens == 1 and x.title is None]
        if not inside:
            continue
        members = m.group(1).replace(" and ", ", ").replace(",,", ",").split(", ")
        names = {x.name for x in inside}
        if len(members) - len(names) >= 2 and len(names) == sum(1 for x in mentions if a <= x.start < b):
            mentions[:] = [x for x in mentions if x not in inside]


# the nouns of a workforce whose "from" names where it works ("staff from the Organized
# Crime and Corruption Reporting Project (OCCRP), Inside PNG and In-depth Solomons")
_STAFF_NOUNS = frozenset(("staff", "staffers", "employees", "workers", "journalists", "reporters", "editors",
                          "representatives", "officials", "delegates", "delegations", "researchers", "volunteers"))
# the employers' list after "from": capitalised words, their acronyms in brackets and the glue
# between them, up to the first other word
_EMPLOYER_LIST = re.compile(r"(?:the\s+)?((?:[A-Z][\w.'\u2019&-]*|\([A-Z]{2,}\))"
                            r"(?:,?\s+(?:[A-Z][\w.'\u2019&-]*|\([A-Z]{2,}\)|of|for|and|the|&))*)")


_POSS_AFTER = re.compile("['\u2019]s\\b")  # ("staff from John Doe's campaign": the owner is a person)


def _drop_staff_employers(text: str, mentions: list, v: dict) -> None:
    """"with staff from the OCCRP, Inside PNG and In-depth Solomons": after a workforce's noun,
    "from" names employers, no person (one with a title, a known given name or a possessive
    is still listed: "Staff from Killarney Jaunting Tours and Mary Burke")."""
    at = text.find(" from ")
    while at > 0:
        w = text.rfind(" ", 0, at) + 1
        if text[w:at].casefold() in _STAFF_NOUNS:
            m = _EMPLOYER_LIST.match(text, at + 6)
            if m is not None:
                a, b = m.span(1)
                mentions[:] = [x for x in mentions if not (a <= x.name_start < b and x.title is None
                                                           and x.words[0] not in v["given"]
                                                           and not _POSS_AFTER.match(text, x.name_start + len(x.name)))]
        at = text.find(" from ", at + 6)


# "X, who works for Halvorsen Builders," / "who own Fortner Feed & Supply": the object of
# a working or owning clause is a business, never a person (up to the next comma or period).
_EMPLOYER = re.compile(
    r"\bwho (?:works?|worked|is employed|was employed|volunteers?|volunteered) (?:for|at|with) "
    r"|\bwho (?:owns?|owned|co-owns?|runs?|ran|manages?|managed|founded|co-founded|"
    r"started|opened|operates?|operated|heads?|headed|leads?|led) (?:the )?(?=[A-Z])")


def _drop_employers(text: str, mentions: list) -> None:
    for m in _EMPLOYER.finditer(text):
        stop = len(text)
        for ch in ",.;(":
            k = text.find(ch, m.end())
            if k != -1 and k < stop:
                stop = k
        mentions[:] = [x for x in mentions if not (m.end() <= x.name_start < stop)]


# a gallery's photographer byline after the last sentence: "... in April. – Elizabeth Flores"
_DASH_BYLINE = re.compile(r"[.!?\"\u201d]\s*[-\u2013\u2014]+\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s*\.?\s*$")


def _drop_dash_byline(text: str, mentions: list) -> None:
    m = _DASH_BYLINE.search(text)
    if m is not None:
        mentions[:] = [x for x in mentions if x.name_start < m.start(1)]


@functools.cache
def _whole_names() -> tuple[re.Pattern, tuple[str, ...]]:
    """Stage names read whole (whole_stage_names.txt): a pattern finding them, and their last
    words (a cheap test before it)."""
    names = [n for n in _lines("whole_stage_names.txt") if len(n) >= 5]
    rx = re.compile(r"(?<![\w.,])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return rx, tuple(sorted({" " + n.split()[-1] if " " in n else n for n in names}))


def _word_end_in(text: str, tail: str) -> bool:
    """`tail` in the text at a word's end, as _whole_names' pattern needs it (no word character
    or hyphen after it): " Cent" of "50 Cent", not the one of " Center" (then the pattern,
    slow to scan a caption with, is not tried)."""
    n = len(tail)
    i = text.find(tail)
    while i >= 0:
        c = text[i + n:i + n + 1]
        if not (c.isalnum() or c == "_" or c == "-"):  # ("" at the text's end: a word's end)
            return True
        i = text.find(tail, i + 1)
    return False


_FILL = "qxzjvkwy"


def _letter_whole_names(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """"50 Cent" -> "Qqq Qqq", "Tyler, the Creator" -> "Qxxxxxxxx Qxxxxxxx": each stage
    name of the table becomes a plain two-word name of the same length (offsets hold), given
    back as written at the end. The text, and the names' spans (None when none is there)."""
    spans = [m.span() for m in _whole_names()[0].finditer(text)]
    if not spans:
        return text, None
    out = text
    for k, (a, b) in enumerate(spans):
        n, fill = b - a, _FILL[k % len(_FILL)]
        h = n // 2
        out = out[:a] + "Q" + fill * (h - 1) + " Q" + fill * (n - h - 2) + out[b:]
    return out, spans


# "Mohamed Hamdan Dagalo, known as Hemedti,": a person's other name right after the name.
_ALIAS = re.compile(r", (?:also |widely |commonly |better |popularly |)known as [\"'\u201c\u2018]?"
                    r"(?P<alias>[A-Z][\w\-]+(?:'[\w\-]+)*)[\"'\u201d\u2019]?(?=[,;.)])")


_AKA_BEFORE = re.compile(r"(?:,? (?:aka|AKA|a\.k\.a\.)|, whose real name is),? [\"'\u201c]?$")


def _drop_aka(text: str, mentions: list[Mention]) -> None:
    """`Tiago Lila aka Lila Fadista (R)`, `Ennie Cleary, aka Barbie Brazil,`, `Bobi Wine, whose real
    name is Kyagulanyi Ssentamu,`: the person's other name, written straight after the first, is
    no second person; its position and team after it are the person's."""
    k = 1
    while k < len(mentions):
        m, prev = mentions[k], mentions[k - 1]
        if m.start == m.name_start and 0 < m.start - prev.end <= 24 \
                and _AKA_BEFORE.search(text, prev.end, m.start) is not None:
            if prev.position is None:
                prev.position = m.position
            if prev.title is None:
                prev.title = m.title
            prev.end = m.end
            del mentions[k]
            continue
        k += 1


def _person_aliases(text: str, mentions: list[Mention], v: dict) -> None:
    """A one-word alias after a person's name (`Jimmy Cherizier, known as Barbecue,`) names that
    person too, as the longer ones do (`Ahmed al-Sharaa, also known as Abu Mohammed al-Golani`)."""
    keys = {m.key for m in mentions}
    for m in list(mentions):
        a = _ALIAS.match(text, m.end) or _ALIAS.match(text, max(0, m.end - 1))
        if a is None:
            continue
        alias = a.group("alias")
        low = alias.casefold()
        if _norm(alias) in keys or low in v["not_name"] or low in v["roles"] or _norm(alias) in v["places"] \
                or low in _SOBRIQUET_HONORIFICS:
            continue  # (", known as Mr. Christmas Tree": "Mr" is no alias)
        mentions.append(Mention(alias, None, None, a.start("alias"), a.start("alias"), a.end("alias"), 1,
                                [_norm(alias)], _norm(alias)))
        keys.add(_norm(alias))
    mentions.sort(key=lambda x: x.start)


_AT_SIDE = re.compile(r"(?:(?:^|[.;]\s+)(?:(?:Sitting|Seated|Standing|Seen|Pictured|Shown)\s+(?:at|on\s+the|to\s+the)\s+"
                      r"|At\s+|On\s+the\s+|To\s+the\s+|(?=(?:Far|Second|Third|Fourth|Fifth)\s))"  # ("Seen at left is
                      # X", "Far right is X", "Second from left is X")
                      r"((?:[Ff]ar\s+|(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\s+from\s+)?(?:left|right|center|centre))\s+is\s+"
                      r"|,\s+and\s+to\s+the\s+((?:far\s+)?(?:left|right)),\s+"
                      r"|,\s+and\s+at\s+((?:far\s+)?(?:left|right|center|centre))\s+is\s+)"  # (", and at far right is Y")
                      r"(?:(?:his|her|their|[A-Z][\w.-]*(?:'|\u2019)s)\s+[a-z-]+(?:\s+[a-z-]+)?,\s+)?"
                      r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$")
# "The umpire (C) is Jeff Kellogg.", "The referee, left, is X": a sentence naming who a role
# noun, placed in the frame, is: the place is the named person's
_ROLE_SIDE_IS = re.compile(r"(?:^|[.;]\s+)The\s+[a-z]+(?:\s+[a-z]+)?(?:\s+\(([LRC]|left|right|center|centre)\)"
                           r"|,\s+((?:far\s+)?(?:left|right|center|centre)),)\s+is\s+$")


def _role_side_is(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.position is None:
            hit = _ROLE_SIDE_IS.search(text, max(0, m.start - 50), m.start)
            if hit:
                m.position = _norm_position(hit.group(1) or hit.group(2))


# ("At right is Granholm's husband, Dan Mulhern": a relation's apposition may stand between;
# a posture may open it: "Seated at right is actress X")


def _at_side(text: str, mentions: list[Mention]) -> None:
    """"... At left is Vice President Hsiao Bi-khim.": the sentence places the person."""
    for m in mentions:
        if m.position is None:
            hit = _AT_SIDE.search(text, max(0, m.start - 40), m.start)
            if hit and text[m.end:m.end + 2] not in ("'s", "\u2019s"):  # (the owner of "X's husband")
                m.position = _norm_position(hit.group(1) or hit.group(2) or hit.group(3))  # (", and to the right, Dr X")


# "At right is X and at left son, Y, and mother-in-law, Z.": a sentence that opened with "At
# side is" places a second side with "and at" (or "; at"); a relation's apposition may stand
# before the name, and one more person joined by ", and <relation>," shares the second side
_AND_AT_SIDE = re.compile(r"(?:,?\s+and|;)\s+at\s+((?:far\s+)?(?:left|right|center|centre))(?:\s+(?:is|are))?,?\s+"
                          r"(?:(?:(?:his|her|their)\s+)?[a-z-]+(?:\s+[a-z-]+)?,\s+)?$")
_AT_SIDE_OPENER = re.compile(r"(?:^|[.]\s+)(?:At|On\s+the)\s+(?:far\s+)?(?:left|right|center|centre)\s+(?:is|are)\s[^.]*$")
_AND_RELATION = re.compile(r",?\s+and\s+(?:(?:his|her|their)\s+)?[a-z-]+(?:\s+[a-z-]+)?,\s+")


def _and_at_side(text: str, mentions: list[Mention]) -> None:
    """"At right is Granholm's husband, Dan Mulhern and at left son, Jack Mulhern, and
    mother-in-law, Mary Mulhern.": the second side is Jack's and Mary's."""
    for k, m in enumerate(mentions):
        if m.position is not None:
            continue
        hit = _AND_AT_SIDE.search(text, max(0, m.start - 50), m.start)
        if hit is None or _AT_SIDE_OPENER.search(text, max(0, hit.start() - 200), hit.start()) is None:
            continue
        m.position = _norm_position(hit.group(1))
        if k + 1 < len(mentions) and mentions[k + 1].position is None \
                and _AND_RELATION.fullmatch(text, m.end, mentions[k + 1].start):
            mentions[k + 1].position = m.position


# "Second left: Moscow Metro Head X.", "Third right, X": an ordinal side without "from" opening
# the text or a sentence places the one named straight after it (its title may stand between;
# _SIDE_OPENING reads "Second from left:"). A bare "Left:"/"Right:" labels a picture's panel,
# not a place in the frame, and is not read here
_SIDE_LABEL = re.compile(r"(?:^|(?<=[.;]\s))((?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|2nd|3rd|4th|5th|6th)"
                         r"\s+(?:left|right))[,:]\s+")


def _side_label(text: str, mentions: list[Mention]) -> None:
    """"... Second left: Moscow Metro Head Dmitry Pegov.": the opening's side is the place of
    the one named just after it."""
    for hit in _SIDE_LABEL.finditer(text):
        at = hit.end()
        for m in mentions:
            if m.start >= at:
                if m.start == at and m.position is None:
                    m.position = _norm_position(hit.group(1))
                break


# "A, left, and B, both of Ethiopia, pose": the team or country the pair before it share
_BOTH_OF = re.compile(r", both of (?:the )?([A-Z][\w.'\u2019&-]*(?: (?:[A-Z][\w.'\u2019&-]*|of|for|the)){0,4})(?=[,.;)]| and\b)")


def _both_of(text: str, mentions: list[Mention], v: dict) -> None:
    """", both of Ethiopia,": the title of the name just before it and of the one joined to it by
    "and" (when neither has one)."""
    for hit in _BOTH_OF.finditer(text):
        title = _of_title(hit.group(1))
        if not _is_team_or_country(title, v) or _home_state(title, text):
            continue
        k = len(mentions) - 1
        while k >= 0 and mentions[k].end > hit.start():
            k -= 1
        if k < 1 or text[mentions[k].end:hit.start()].strip() \
                or text[mentions[k - 1].end:mentions[k].start].strip(" ,") != "and":
            continue
        for m in (mentions[k - 1], mentions[k]):
            if m.title is None:
                m.title = title


# "At left, Sen. X.", "At L, model X.": a sentence opening with the side, then the person; an
# ordinal side may open it without `At` ("Second from left, Syrian President X prays")
# (each pattern twice: matched at the text's start, and found after a "." or ";", a character
# class first, which the regex engine skips ahead to: a leading `^|` would try every position)
_AT_SIDE_COMMA_BODY = (r"(?:At\s+((?:far\s+)?(?:left|right|center|centre)|[LRC])"
                       r"|((?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|2nd|3rd|4th|5th)\s+from\s+(?:left|right))),\s+")
_AT_SIDE_COMMA_START = re.compile(_AT_SIDE_COMMA_BODY)
_AT_SIDE_COMMA = re.compile(r"[.;]\s+" + _AT_SIDE_COMMA_BODY)
# the same opening in the other ways agencies write one person's place before the name: a row
# before it ("Front row, third from left, A poses"), "far" or "center" with no `at` ("Far right:
# A", "Center, A holds"), a depth ("At back, A", "In the foreground, A"), a lower-case "at" after
# a ";" ("...; at right, A watches"), a colon after it. The person must follow at once (a title
# of theirs may stand between): "In the background, smoke rises as A speaks" places no one.
_SIDE_OPENING_BODY = (
    r"((?:(?:[Ff]ront|[Bb]ack|[Tt]op|[Bb]ottom|[Mm]iddle|[Ss]econd|[Tt]hird)\s+row,?\s+)?"
    r"(?:(?:[Aa]t|[Ii]n)\s+(?:the\s+)?(?:(?:far\s+)?(?:left|right|center|centre)|back|rear|front|foreground|background)"
    r"|[Ff]ar\s+(?:left|right)|[Cc]ent(?:er|re)|[Ff]oreground|[Bb]ackground|[Bb]ehind\s+(?:them|him|her)"
    r"|(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|2nd|3rd|4th|5th|6th)\s+from\s+(?:left|right)))[,:]\s+")
_SIDE_OPENING_START = re.compile(_SIDE_OPENING_BODY)
_SIDE_OPENING = re.compile(r"[.;]\s+" + _SIDE_OPENING_BODY)
_SIDE_OPENERS = frozenset(("Far", "Center,", "Centre,", "Center:", "Centre:", "Foreground,", "Background,",
                           "foreground,", "background,", "center,", "centre,", "back,", "rear,", "front,",
                           "Behind", "Left,", "Right,"))
# "Left, A and right, B": a sentence opening with one side and its person, "and" the other
# side and its person (only so: "Left:"/"Right:" label a picture's panels)
_SIDE_AND_SIDE = re.compile(r"(?:^|[.;]\s+)(Left|Right),\s+")
_OTHER_SIDE = re.compile(r",?\s+and\s+(left|right),\s+")


def _honorifics_only(gap: str) -> bool:
    """The words between a side and a mention are honorifics only ("At back, Dr. X")."""
    words = gap.split()
    if not words or len(words) > 2:
        return False
    hons = _vocab()["honorifics"]
    for w in words:
        if w.casefold().rstrip(".") not in hons:
            return False
    return True


def _depicted_after(between: str) -> bool:
    """The words between a side and a name hold "a statue of", "a portrait of": the side is the
    picture's, not the person's (who is not in the frame there)."""
    if " of" not in between:
        return False
    prev = ""
    for w in between.split():
        lw = w.casefold()
        if lw == "of" and prev in _DEPICTIONS:
            return True
        prev = lw
    return False


def _at_side_comma(text: str, mentions: list[Mention]) -> None:
    """"... At L, model Hudson Kroenig.": the first person after the side, no comma between."""
    first = _AT_SIDE_COMMA_START.match(text)
    hits = [first] if first is not None else []
    hits.extend(_AT_SIDE_COMMA.finditer(text))
    for hit in hits:
        for m in mentions:
            if m.start >= hit.end():
                if m.position is None and m.start - hit.end() <= 60 \
                        and not any(c in text[hit.end():m.name_start] for c in ",;.(") \
                        and not _depicted_after(text[hit.end():m.start]):
                    m.position = _norm_position(hit.group(1) or hit.group(2))
                break
    first = _SIDE_OPENING_START.match(text)
    hits = [first] if first is not None else []
    hits.extend(_SIDE_OPENING.finditer(text))
    for hit in hits:
        e = hit.end()
        for m in mentions:
            if m.start >= e:
                # (the person at once, a title of theirs between: "At right, Gov. X signs")
                if m.position is None and (m.start == e or _honorifics_only(text[e:m.start])) \
                        and not any(c in text[m.start:m.name_start] for c in ",;("):
                    raw = hit.group(1).replace(",", " ")
                    if raw[:7] == "behind " or raw[:7] == "Behind ":
                        raw = "back"  # ("; behind them, coach X watches": the one at back)
                    elif raw[:3] == "at " or raw[:3] == "At ":
                        raw = raw[3:]  # ("At back" -> "back"; _norm_position keeps "at")
                    else:
                        raw = raw.replace(" at ", " ").replace(" At ", " ")  # ("Front row, at left")
                    m.position = _norm_position(raw)
                break
    if "eft, " in text and "ight, " in text:
        for hit in _SIDE_AND_SIDE.finditer(text):
            e = hit.end()
            k = 0
            while k < len(mentions) and mentions[k].start < e:
                k += 1
            if k + 1 >= len(mentions) or mentions[k].start != e:
                continue
            a = mentions[k]
            b = mentions[k + 1]
            o = _OTHER_SIDE.match(text, a.end)
            side = hit.group(1).casefold()
            if o is None or o.end() != b.start or o.group(1) == side:
                continue  # (the other side, written, then its person at once)
            if a.position is None and b.position is None:
                a.position = side
                b.position = o.group(1)


# "Alito aide, former Indiana Sen. Dan Coats is at center.", "Alanis Vega sits at the right.",
# "X, seated at left, and Y": the side after the name (closed by punctuation, so "is at center
# stage" places no one)
# (the clause may go on after the side with a joining word: "X stands at right as Y speaks",
# "X is seen at left while ...", "X looks on at right during ...")
_IS_AT_SIDE = re.compile(r"[,\s]*\b(?:is\s+(?:seated\s+|standing\s+|sitting\s+|seen\s+|pictured\s+|shown\s+)?|sits\s+|stands\s+"
                         r"|seated\s+|standing\s+|sitting\s+|looks\s+on\s+|listens\s+|watches\s+)at\s+(?:the\s+)?"
                         r"((?:far\s+)?(?:left|right|center|centre))\s*"
                         r"(?=[,.;)]|$|\s+(?:as|while|during|after|before|and|with|in|next|beside|alongside)\s)"
                         # a courtroom sketch's "X is seated far left", "Y is seated foreground left": the
                         # posture after "is" and the side without "at"
                         r"|[,\s]*\bis\s+(?:seated|standing|sitting)\s+((?:far\s+)?(?:left|right)"
                         r"|(?:foreground|background|upper|lower)\s+(?:left|right|center|centre))\s*(?=[,.;)]|$)")


# "Rep. X listens at top.", "X sits at the back.", "X looks on in the background.": a depth after
# the name's posture, closed as _IS_AT_SIDE's side is (so "at the back of the room" places no one)
_IS_AT_DEPTH = re.compile(r"[,\s]*\b(?:(?:is|are)\s+(?:seated\s+|standing\s+|sitting\s+|seen\s+|pictured\s+|shown\s+)?"
                          r"|sits?\s+|stands?\s+|seated\s+|standing\s+|sitting\s+"
                          r"|(?:looks?|listens?|watch(?:es)?)\s+(?:on\s+)?)"
                          r"(?:at\s+(?:the\s+)?(top|bottom|back|rear|front)|in\s+the\s+(foreground|background))\s*"
                          r"(?=[,.;)]|$|\s+(?:as|while|during|after|before|and|with|in|next|beside|alongside)\s)")
# a plural posture after the name: the depth is the pair's that "and" joins ("A and B look on in
# the background"), never the one name's alone ("Fans of X watch at the back" places no one)
_PLURAL_POSTURE = re.compile(r"\s*(?:are|sit|stand|look|listen|watch)\s")

# "A speaks, with B at left.": the side straight after a name that "with" brings in
_WITH_AT_SIDE = re.compile(r"\s+at\s+(?:the\s+)?((?:far\s+)?(?:left|right|center|centre))\s*(?=[,.;)]|$)")


def _is_at_side(text: str, mentions: list[Mention]) -> None:
    """"... Dan Coats is at center.", "X sits at the right.": the sentence places the person
    named just before (and "..., with X at left.")."""
    for m in mentions:
        if m.position is None:
            hit = _IS_AT_SIDE.match(text, m.end)
            if hit:
                m.position = _norm_position(hit.group(1) or hit.group(2))
            elif text.startswith("with ", m.start - 5) and (hit := _WITH_AT_SIDE.match(text, m.end)):
                m.position = _norm_position(hit.group(1))
            elif hit := _IS_AT_DEPTH.match(text, m.end):
                if _PLURAL_POSTURE.match(text, m.end):
                    k = mentions.index(m)
                    if k == 0 or text[mentions[k - 1].end:m.start] != " and " or mentions[k - 1].position is not None:
                        continue
                    mentions[k - 1].position = hit.group(1) or hit.group(2)
                m.position = hit.group(1) or hit.group(2)


_FIRST_LADY = re.compile(r"\b(First|Second) (Lady|Gentleman)\b")


def _first_lady(doc: Doc, text: str, v: dict) -> Doc:
    """"First Lady Jill Biden": capitalised "Lady" alone is no role ("Lady Gaga"), the
    pair is; read it as one word (same length, so offsets and the text stay as written)."""
    glued = _FIRST_LADY.sub(r"\1-\2", text)
    if glued == text:
        return doc
    doc = _tokenise(glued, v)
    doc.text = text
    return doc


# a nickname in quotes between a given name and a surname: Sean "Diddy" Combs, Earvin 'Magic' Johnson,
# Rosangela "Janja" da Silva (the surname may open with a particle of person_name_particles.txt),
# Jose "Pepe" Mujica; a middle initial may stand before it (William E. "Kip" Ward)
@functools.cache
def _nickname_pattern():
    particles = "|".join(sorted((re.escape(p) for p in _vocab()["particles"]), key=lambda p: (-len(p), p)))
    return re.compile(r"(?:\b[A-Z][^\W\d_]+|(?<![\w.])[A-Z]\.) (?:(')|(\")|(\u2018)|(\u201c))([A-Z](?:[^\W\d_]|[.\-])*(?: [A-Z](?:[^\W\d_]|[.\-])*)?)"
                      r"(?(1)'|(?(2)\"|(?(3)\u2019|\u201d))) "
                      rf"(?=[A-Z][a-z]|[A-Z][A-Z]|[A-Z]\. [A-Z][a-z]|(?:{particles}) [A-Z])")  # (AFP's surname in capitals: `Dwight "Ike" EISENHOWER`;
    # a middle initial after the nickname: `Juan Carlos "Kiko" F. Reyes`)


def _blank_nicknames(text: str):
    """Blank each quoted nickname inside a name (same length, so offsets hold); the names
    read around it get it back in _restore_nicknames."""
    if not _quote_before_capital(text):
        return text, None  # (no nickname can be there: the pattern is not tried)
    spans = []
    for m in _nickname_pattern().finditer(text):
        if text[m.end() + 1:m.end() + 2].isupper() and text[m.start():text.find(" ", m.start())].isupper():
            continue  # a surname in capitals only after a given name in normal case (not `TRUMP "MAGA" RALLY`)
        q = next(i for i in (1, 2, 3, 4) if m.group(i))
        spans.append((m.start(q), m.end()))
    if not spans:
        return text, None
    out = text
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out, (text, spans)


# a spelling in brackets between a given name and a surname ("Jürgen (Juergen) TRITTIN"): the
# bracket's word opens with the given name's letter
# (both words in lower case after their capital: "China (CPC) Central" is an acronym's)
_BRACKET_SPELLING = re.compile(r"([A-Z])[^\W\d_A-Z]+ \(([A-Z])[^\W\d_A-Z]+\) (?=[A-Z])")


def _blank_bracket_spellings(text: str) -> str:
    """Blank each bracketed second spelling of a given name (same length, so offsets hold):
    the name reads on over it to the surname."""
    i = text.find(" (")
    out = text
    while i >= 0:
        c = text[i + 2:i + 3]
        # (a capital then a small letter inside, a letter before: not "(AP Photo/", "(L)", ". (Photo by")
        if "A" <= c <= "Z" and i >= 2 and text[i + 3:i + 4].islower() and text[i - 1].isalpha():
            k = i - 1
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            m = _BRACKET_SPELLING.match(text, k)
            if m is not None and m.group(1) == m.group(2):
                out = out[:i + 1] + " " * (m.end() - i - 2) + out[m.end() - 1:]
        i = text.find(" (", i + 2)
    return out


def _quote_before_capital(text: str) -> bool:
    """A space, an opening quote, a capital: where each nickname of _nickname_pattern() opens."""
    for q in (" '", ' "', " \u2018", " \u201c"):
        i = text.find(q)
        while i >= 0:
            c = text[i + 2:i + 3]
            if "A" <= c <= "Z" and c:
                return True
            i = text.find(q, i + 1)
    return False


def _restore_nicknames(mentions: list[Mention], nicks) -> None:
    original, spans = nicks
    for m in mentions:
        for a, b in spans:
            end = m.name_start + len(m.name) + (b - a)
            if m.name_start < a < end and m.name[:1].isupper():
                # the nickname put back into the name as read (a surname in capitals stays normal-cased:
                # `Dwight "Ike" EISENHOWER` -> `Dwight "Ike" Eisenhower`)
                cut = a - m.name_start
                m.name = " ".join((m.name[:cut] + original[a:b] + " " + m.name[cut:]).split())
                break


# a capitalised phrase in single quotes, opened at a word start, closed at a word end
_SINGLE_QUOTED = re.compile(r"(?:(?<=[\s(])|^)['\u2018]([A-Z](?:[^'\u2018\u2019\"]|['\u2019](?=[A-Za-z])){0,80}?)"
                            r"['\u2019](?=[\s,.;:)!?]|$)")
# (an apostrophe inside a word stays inside the quote: 'Ocean's Eight', 'L'Amant Double')


def _quoted_speech(text: str, start: int, close: str) -> bool:
    """The quotation opened at `start` is a passage quoted as the whole caption (`‘Taoiseach Enda
    Kenny launched a war on words.’ Photograph: ...`), not a work's or an event's name: it opens
    the caption, ends in a full stop, question or exclamation mark inside the quotes and runs to
    five words or more (a song's title in American punctuation stands inside a sentence)."""
    if start > 1 and not text[:start - 1].isspace():
        return False
    end = text.find(close, start)
    return end > start and text[end - 1] in ".?!" and text.count(" ", start, end) >= 4


# a slogan's words that call for a person ("Free Imran Khan", "Justice for Breonna Taylor"),
# then two to four capitalised words and the slogan's end
_SLOGAN_PERSON = re.compile(r"(?:[Ff]ree|FREE|[Jj]ustice [Ff]or|JUSTICE FOR|[Rr]elease|[Bb]ring [Hh]ome|[Ll]ong [Ll]ive)\s+"
                            r"([A-Z][\w'\u2019-]*)(?:\s+[A-Z][\w'\u2019-]*){1,3}(?=[\"\u201d\u2019'!,.]|\s+(?:[a-z]|NOW\b)|$)")


def _slogan_person(text: str, start: int) -> int:
    """A sign's or a chant's text at `start` that demands something for a person ("a banner
    reading "Free Imran Khan"", "signs that read Justice for Sonya Massey"): the offset where
    the person's name starts, else -1. The slogan names the person (the schema lists a person
    only mentioned) when it opens with a known given name and no word of it is a place's
    ("Free Speech Matters", "Free Hong Kong", "Free West Papua" name no one)."""
    m = _SLOGAN_PERSON.match(text, start)
    if m is None or m.group(1).casefold() not in _vocab()["given"]:
        return -1
    places = _places()
    if any(_norm(w) in places for w in m.group(0)[m.start(1) - start:].split()):
        return -1
    return m.start(1)


def _mask_single_quotes(doc: Doc) -> None:
    """A 'Fighting Oligarchy' rally, the 'Eras Tour': words in single quotes name a work or
    an event (as in double quotes), never a person; a quoted sentence is no name (_quoted_speech)."""
    spans = [m.span() for m in _SINGLE_QUOTED.finditer(doc.text)
             if not _quoted_speech(doc.text, m.start() + 1, m.group()[-1])]
    if not spans:
        return
    toks, starts = doc.toks, doc.starts
    masked = set()
    for s, e in spans:
        i = bisect.bisect_left(starts, s)
        while i < len(toks) and starts[i] < e:
            t = toks[i]
            toks[i] = _MASKED.get(t.text_read) or _masked(t)
            masked.add(i)
            i += 1
    doc.cands[:] = [c for c in doc.cands if c not in masked]


# lower-case words a slogan may hold between its capitalised words ("Stop the War")
_SLOGAN_GLUE = frozenset("""the a an of and or to for in on no not is are our my your their his her its
    we us me them you all with at now""".split())


def _mask_slogans(doc: Doc) -> None:
    """"a sign reading Free Palestine", "a placard that says Stop The War", "with the words
    Not My King": the capitalised words written on a sign are a slogan, never a person
    (as in quotes). A verb needs a sign noun shortly before it; a label noun ("words",
    "slogan") needs a capitalised word right after it. Only the word before each
    capitalised candidate is looked at, so a caption with no sign pays a few lookups."""
    toks, cands = doc.toks, doc.cands
    masked = None
    n = len(toks)
    for c in cands:
        if not c or not toks[c - 1].lead:
            continue  # (the commonest case: nothing of a sign before the candidate)
        i = c - 1
        while i >= 1 and toks[i].cap and toks[i].word and not toks[i].namey and not toks[i].masked:
            i -= 1  # ("a poster saying Women Life Freedom": "Women" is no candidate)
        start = i + 1
        if i >= 1 and toks[i].text == ":":
            i -= 1
        if i >= 2 and toks[i].low == "with" and toks[i - 1].sign == "verb":
            i -= 1  # "T-shirts emblazoned with Bring Them Home"
        if i < 1 or not toks[i].sign or toks[i].cap or (masked and c in masked):
            continue
        kind = toks[i].sign
        if kind == "noun" or (kind == "verb" and not any(toks[j].sign in ("noun", "label")
                                                          for j in range(max(0, i - 5), i))):
            continue
        masked = masked or set()
        k = start
        named_at = _slogan_person(doc.text, doc.starts[start])  # ("a sign reading Free Imran Khan")
        while k < n:
            w = toks[k]
            if w.masked or not w.word or doc.starts[k] == named_at:
                break
            if not (w.cap or w.digit) and not (w.low in _SLOGAN_GLUE and k + 1 < n and toks[k + 1].cap
                                               and toks[k + 1].word):
                break
            toks[k] = _MASKED.get(w.text_read) or _masked(w)
            masked.add(k)
            if w.stop:
                break
            k += 1
    if masked:
        cands[:] = [c for c in cands if c not in masked]


def _mask_case_names(doc: Doc) -> None:
    """"Roe v. Wade", "Dobbs v. Jackson Women's Health Organization", "Trump v. CASA": the
    parties of a court case's name are a name inside another name, never listed."""
    toks = doc.toks
    n = len(toks)
    masked = set()
    for i in range(1, n - 1):
        if toks[i].text != "v." or not toks[i - 1].cap or not toks[i + 1].cap:
            continue
        j = i - 1
        while j >= 0 and toks[j].word and toks[j].cap and not toks[j].stop:
            masked.add(j)
            j -= 1
        k = i + 1
        while k < n and toks[k].word and (toks[k].cap or (toks[k].low in ("of", "the", "and") and k + 1 < n
                                                           and toks[k + 1].cap)):
            masked.add(k)
            if toks[k].stop:
                break
            k += 1
    for k in masked:
        toks[k] = _MASKED.get(toks[k].text_read) or _masked(toks[k])
    if masked:
        doc.cands[:] = [c for c in doc.cands if c not in masked]


_SURNAME_TOKS: dict[str, Tok] = {}


# surnames spelled like English function words: Chinese He, Vietnamese To (To Lam), Korean An (An Se-young)
_FUNCTION_SURNAMES = ("He", "To", "An")
# prepositions whose object is never the pronoun "He" nor the word "To" ("with him", not "with He")
_HE_TO_PREPS = frozenset(("with", "by", "from", "against", "of", "alongside", "beside"))


def _an_before_capital(text: str) -> bool:
    """`An` then a capitalised word (`An Se-young`): the article before a lower-case word (`An
    aerial view`), the commonest opening, needs no surname test."""
    if text[:3] == "An " and text[3:4].isupper():
        return True
    k = text.find(" An ")
    while k != -1:
        if text[k + 4:k + 5].isupper():
            return True
        k = text.find(" An ", k + 4)
    return False


# the middle names of Vietnamese names ("Nguyen Van An", "Tran Thi To"): a word spelled like an
# English function word after one is the given name, the name's last word, not the article
_VN_MIDDLE = frozenset(("Van", "Thi", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Ngoc", "Xuan", "Dinh", "Cong",
                        "Quang", "Tien", "Hong", "Manh", "Trung", "Hoang", "Tuan", "Viet", "Phuong", "Thu", "Kim"))
_VN_LAST_GIVEN = ("An", "To")


def _vn_given_last(text: str) -> bool:
    """`An` or `To` after a Vietnamese middle name (`Nguyen Van An`, `Le Thi To,`): see _VN_MIDDLE."""
    for w in _VN_LAST_GIVEN:
        k = text.find(" " + w)
        while k != -1:
            e = k + 3
            if not text[e:e + 1].isalpha():
                b = text.rfind(" ", 0, k) + 1
                if text[b:k] in _VN_MIDDLE:
                    return True
            k = text.find(" " + w, e)
    return False


def _surname_he(doc: Doc, v: dict) -> None:
    """"Vice Premier He Lifeng", "General Secretary To Lam": such a surname, between a
    capitalised role word (or an office's "of PLACE") and a capitalised word, is a name,
    not the pronoun or the preposition."""
    toks = doc.toks
    if len(toks) > 2 and toks[0].text in _FUNCTION_SURNAMES and not toks[0].masked and _pinyin_given(toks[1]) \
            and (toks[2].text in (",", "(") or toks[2].low == "of" and len(toks) > 3 and toks[3].cap):
        # "He Guoqiang, a member of ...": the surname opening a caption, a one-word given name and
        # an apposition after it (the pronoun is never followed by a capitalised word and a comma)
        toks[0] = _surname_tok(toks[0].text, v)
        if not doc.cands or doc.cands[0] != 0:
            doc.cands.insert(0, 0)
    for i in range(2, len(toks)):
        t = toks[i]
        # "Nguyen Van An", "Le Thi To": the given name after a Vietnamese middle name and a surname
        if t.text in _VN_LAST_GIVEN and not t.masked and toks[i - 1].text in _VN_MIDDLE and toks[i - 2].namey \
                and not toks[i - 2].poss and not toks[i - 2].stop:
            toks[i] = _surname_tok(t.text, v)
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.text in _FUNCTION_SURNAMES and not t.masked and toks[i + 1].namey and not toks[i + 1].poss \
                and ((toks[i - 1].role_cs and toks[i - 1].cap)
                     # "Poland's He Lifeng celebrates", "his son To Lam", "Actors He Lifeng and":
                     # after a possessive, a relation or a plural role (no pronoun stands there)
                     or (_pinyin_given(toks[i + 1]) and (
                         (toks[i - 1].poss and toks[i - 1].cap) or toks[i - 1].low in v["family"]
                         # "celebrates with He Lifeng", "challenged by To Lam": after a preposition
                         or (toks[i - 1].low in _HE_TO_PREPS and not toks[i - 1].cap)
                         or (toks[i - 1].word and _plural_role(toks[i - 1].low, v))))
                     # "PARIS - JUNE 07: He Lifeng of United States": opening a clause, as above
                     or (_clause_start(toks, i) and _pinyin_given(toks[i + 1]) and i + 3 < len(toks)
                         and (toks[i + 2].text in (",", "(") or toks[i + 2].low == "of" and toks[i + 3].cap))
                     # "General Secretary of the Communist Party of Vietnam To Lam": after an office's place
                     or (i >= 2 and toks[i - 1].key in v["places"] and toks[i - 2].low == "of")
                     # "Dr. To Lam", "Secretary of State To Lam", "Chancellor of the Exchequer He
                     # Lifeng", "President of the Assembly To Lam": after an honorific or an
                     # office's capitalised domain word or head noun
                     or (toks[i - 1].cap and not toks[i - 1].stop
                         and (toks[i - 1].hon or (i >= 3 and (toks[i - 1].low in v["domains"] or toks[i - 1].head)
                                                  and (toks[i - 2].low == "of" or toks[i - 3].low == "of"))))
                     # "Spanish actress To Lam", "Vice premier He Lifeng": a role word in lower case
                     or (toks[i - 1].role_cs and toks[i - 1].word and not toks[i - 1].poss)
                     # "Producer X, He Lifeng and director Y": a listed name, a given name and a
                     # list's comma or "and" after it (the pronoun has a verb after it, not a name)
                     or (toks[i - 1].text == "," or toks[i - 1].low == "and") and _pinyin_given(toks[i + 1])
                     and i + 2 < len(toks) and (toks[i + 2].text in (",", "(") or toks[i + 2].low in ("and", "of"))):
            toks[i] = _surname_tok(t.text, v)
            bisect.insort(doc.cands, i)


def _hon_surname(doc: Doc, v: dict) -> None:
    """"Mr Hon Lik", "Ms Hon Mei-ling": the Cantonese surname Hon after a personal honorific
    (_PERSONAL_HONORIFICS) is a name word, not the parliamentary style ("Rt Hon": no personal
    honorific before it)."""
    toks = doc.toks
    for i in range(1, len(toks) - 1):
        if toks[i].text == "Hon" and toks[i - 1].low in _PERSONAL_HONORIFICS and toks[i + 1].cap and toks[i + 1].word:
            tok = _SURNAME_TOKS.get(" Hon")
            if tok is None:  # (the surname token, its honorific reading undone)
                tok = _SURNAME_TOKS[" Hon"] = Tok("Hon", "Hon", "hon", True, True, False, False, False, v)
                tok.hon, tok.nameword, tok.surename, tok.namey = False, True, True, True
            toks[i] = tok


# news organisations' names that are surnames too ("Mayor Michael Bloomberg", "Ann Getty"):
# news_organisations.txt's "surnames too" section, capitalised as a name is written
_ORG_SURNAMES = tuple(sorted(w.capitalize() for w in _section_words("news_organisations.txt", "surnames too")))
_ORG_SURNAME_GATES = tuple(" " + w for w in _ORG_SURNAMES)


def _org_surnames(doc: Doc, v: dict) -> None:
    """"New York City Mayor Michael Bloomberg": a news organisation's name right after a given
    name, and no capitalised word after it ("Bloomberg News", "Getty Images"), is the surname."""
    toks = doc.toks
    n = len(toks)
    for i in range(1, n):
        t = toks[i]
        if t.text in _ORG_SURNAMES and not t.masked and toks[i - 1].namey \
                and (toks[i - 1].low in v["given"] or _given_before_org_surname(toks, i)) \
                and not toks[i - 1].poss and not (i + 1 < n and toks[i + 1].cap) \
                and not (i >= 2 and toks[i - 2].text == "/"):
            toks[i] = _surname_tok(t.text, v)
            if i not in doc.cands:
                bisect.insort(doc.cands, i)


def _given_before_org_surname(toks: list[Tok], i: int) -> bool:
    """"Businessman Gordon Getty", "Gordon Getty attends": a plain name word the given-name
    table lacks before the surname, with a role word or an honorific before it or opening a
    sentence."""
    g = toks[i - 1]
    if not g.plain or g.role_cs or i < 1:
        return False
    if i == 1 or _clause_start(toks, i - 1):
        return True
    p = toks[i - 2]
    return p.word and not p.poss and (p.role_cs or p.hon)


def _pinyin_given(t: Tok) -> bool:
    """A one-word given name as Chinese names write it (`Guoqiang`, `Lifeng`): a capital, then
    lower-case letters, no role word."""
    w = t.text
    if len(w) == 2:  # `He Na`, `He Li`: a syllable of a consonant and a vowel (not `He Is`, `He We`)
        return t.namey and not t.poss and not t.role_cs and w[0] in _PINYIN_INITIALS and w[1] in "aeiu" \
            and w not in _SHORT_NOT_GIVEN
    if "-" in w:  # a Korean given name's two syllables (`Se-young`, `Ji-sub`)
        return t.namey and not t.poss and not t.role_cs and _KOREAN_GIVEN.fullmatch(w) is not None
    return t.namey and not t.poss and not t.role_cs and 3 <= len(w) <= 10 and w.isalpha() and w.isascii() \
        and w[1:].islower() and not w.endswith(("ed", "ing", "ly", "s"))


# two romanised Korean syllables joined by a hyphen (each an initial, a vowel, a final of n, ng, k, l,
# m, p, b, g or t): `Se-young`, `Ji-sub`, `Hyun-woo` (not `Anti-war`)
_KOREAN_GIVEN = re.compile(r"(?:[BCDGHJKMNPRSTWY][bcdghjkmnprstwy]{0,2}[aeiouy]{1,3}|[AEIOUY][aeiouy]{0,2})"
                           r"(?:ng|n|k|l|m|p|b|g|t)?-[bcdghjkmnprstwy]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|b|g|t)?")


_PINYIN_INITIALS = frozenset("BCDFGHJKLMNPQRSTWXYZ")
_SHORT_NOT_GIVEN = frozenset(("He", "We", "Me", "Be", "Re"))


def _surname_tok(text: str, v: dict) -> Tok:
    """The surname as a name word (built once)."""
    tok = _SURNAME_TOKS.get(text)
    if tok is None:
        tok = _SURNAME_TOKS[text] = Tok(text, text, text.casefold(), True, True, False, False, False, v)
        tok.namey = True
    return tok


def _header_end(text: str) -> int:
    """Where a caption header ends (0 when there is none): its words are masked.
    (Each header is anchored at the start of the text, so the first that matches wins.)"""
    dateline, sports, usa_today, file_tag, kicker = _HEADERS
    m = None
    if text[:3].isupper() and (text.find("-", 3, 82) >= 0 or not text.isascii() and (
            text.find("\u2013", 3, 82) >= 0 or text.find("\u2014", 3, 82) >= 0)):
        # a dateline opens in capitals, its dash after 2-80 characters and a space
        m = dateline.match(text)
    if m is None and _two_dashes(text):  # a sports header has two " - " at least
        m = sports.match(text)
        if m is None and 0 < text.find(" - ", 0, 42):
            m = _SPORTS_DMY.match(text)
    if m is None and text[:3] in _MONTH3:  # a USA TODAY header opens with a month
        m = usa_today.match(text)
    if m is None and (text[:1].isdigit() or text[:3] in _MONTH3) and text.find(": ", 3, 24) > 0:
        m = _GALLERY_DATE_LEAD.match(text)  # a year-in-pictures gallery's "12 January: ", "Jan. 4: "
    if m is None and text.startswith(_FILE_TAGS):  # FILE, (FILES), APTOPIX, EDITOR'S NOTE
        m = file_tag.match(text)
    if m is None and text[:2].isupper() and (text.find(":", 3, 60) > 0 or text.find(" - ", 3, 90) > 0
                                             or text.find(" -- ", 3, 90) > 0
                                             or text.find("...", 3, 90) > 0
                                             or not text.isascii() and _dash_kicker(text)):
        m = kicker.match(text)
    if m is None and text[:2].isupper():
        k = text.find(" (", 2, 80)
        if k > 0 and text[k + 2:k + 5] in _MONTH3:
            m = _MILITARY_DATELINE.match(text)  # `PACIFIC OCEAN (Aug. 22, 2010)`
        if m is None:
            return _bare_kicker_end(text)
    return m.end() if m else 0


# A U.S. military (DVIDS) dateline: the place in capitals (a sea or ocean, a base, a town with
# its state) and the date in brackets, after the image's VIRIN or none
# (`PACIFIC OCEAN (Aug. 22, 2010)`, `170518-N-MD297-201 WASHINGTON (May 18, 2017)`).
_MILITARY_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019\- ]*[A-Z.](?:,\s+[A-Z][A-Za-z.'\u2019\- ]*[A-Za-z.])?\s+(?:[-\u2013\u2014]\s+)?"
    rf"\({_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}\)")


# a kicker in capitals with no colon or dash, the sentence's capitalised first word right
# after it ("FLOOD WATCH Maria Santos waits", "HOMEWARD BOUND At the port ..."), or a full stop
# closing it as a sentence of its own (a gallery's "BIG NAMES. Foreign Minister ...")
_BARE_KICKER = re.compile(r"([A-Z][A-Z'\u2019]*(?: [A-Z][A-Z'\u2019]*){0,4})(?:\. (?=[A-Z])| (?=[A-Z][a-z]))")


def _bare_kicker_end(text: str) -> int:
    """Where a bare capitals kicker ends (0 when there is none): two to five words in capitals,
    one of four letters or more, or one word of seven ("HOMECOMING"); words, not acronyms or
    initials ("RJD MLA Satyanand Bhokta", "NASA Administrator", "CJ Stander" stay)."""
    m = _BARE_KICKER.match(text)
    if m is None:
        return 0
    words = m.group(1).split(" ")
    if len(words) == 1 and len(words[0]) < 7:
        return 0
    acronyms = _vocab()["caps_acronyms"]
    long_word = False
    for w in words:
        if len(w) >= 4:
            long_word = True
        if not _CAPS_NAME.fullmatch(w) or w.casefold() in acronyms:
            return 0
    return m.end() if long_word else 0


def _dash_kicker(text: str) -> bool:
    """An en or em dash (or an ellipsis) within a slug's reach (the kicker's test, for non-ASCII texts only)."""
    return text.find(" \u2013 ", 3, 90) > 0 or text.find(" \u2014 ", 3, 90) > 0 or text.find("\u2026", 3, 90) > 0


def _two_dashes(text: str) -> bool:
    """text.count(" - ", 0, 400) >= 2, by two finds (compiled, C calls; most texts have none)."""
    k = text.find(" - ", 0, 400)
    return k >= 0 and text.find(" - ", k + 3, 400) >= 0


# the mark of a photographer's key in the avoid set (_avoid_names): the keys of places carry
# none, and a place's name followed by a verb ("Keur Massar is flooded") stays a place
_CREDITED = "\x00credited "


def _avoid_names(credit: Credit | None, location: Location | None) -> set[str]:
    """Names the other steps already placed: photographers and the caption's places (a set:
    _mention only asks whether a name is among them, a few times a mention)."""
    out = set()
    photographers = credit.photographers if credit is not None else None  # (one read)
    if photographers:
        in_text = credit.named_in_text  # (`In this photo by Name`: a mention, not only a credit)
        for p in photographers:
            if p and p not in in_text:
                out.add(_norm(p))
                out.add(_CREDITED + _norm(p))  # (marked too: only a photographer may be pictured)
    if location is not None:
        for v in (location.venue, location.city, location.region, location.country):
            if v:
                out.add(_norm(v))
        venue = location.venue
        if venue and " " in venue and venue[:1].isupper():
            _avoid_venue_name(out, venue)
            _avoid_venue_parts(out, venue)
    return out


def _avoid_venue_name(out: set, venue: str) -> None:
    """`inside Kaziranga national park ... Kaziranga is home to 2,500 rhinos`: a venue written as
    one name and a lower-case place noun (national park, dam, refugee camp) is the name's place,
    and the name written alone later is that place (not a monument's person: `a Lenin statue`)."""
    head, _, rest = venue.partition(" ")
    if not rest.islower() or not head.isalpha():
        return
    v = _vocab()
    key = _norm(head)
    if rest.rpartition(" ")[2] in _monument_nouns() or key in v["known"] or head.casefold() in v["given"]:
        return
    out.add(key)


def _avoid_venue_parts(out: set, venue: str) -> None:
    """The names of two words or more a venue is made of are that place, not people: the name
    before its lower-case place noun (`Nur Shams refugee camp`) and the name after its owner's
    possessive (`St. Michael's Golden-Domed Monastery`)."""
    k = venue.rfind(" ") + 1
    # (a cheap test first: most venues end in a capital; a word that opens with one is not lower case)
    if not (k < len(venue) and venue[k].isupper()) and venue[k:].islower():
        words = venue.split(" ")
        k = 0
        while k < len(words) and words[k][:1].isupper():
            k += 1
        if k >= 2 and len(words) >= 3 and " ".join(words[k:]).islower():
            out.add(_norm(" ".join(words[:k])))
    if "s " not in venue:  # (a cheap test first: most venues have no possessive)
        return
    p = venue.find("'s ")
    if p < 0:
        p = venue.find("\u2019s ")
    if p > 0 and venue.find(" ", p + 3) > 0:
        out.add(_norm(venue[p + 3:]))


@functools.cache
def _monument_nouns() -> frozenset[str]:
    from .places import _venue_words  # the places step owns this vocabulary
    return _venue_words()["monument"]


# ---------------------------------------------------------------- runs


def _is_date_word(toks: list[Tok], i: int) -> bool:
    """A month name next to a number ("May 6", "6 May") is a date, not a name."""
    t = toks[i]  # (a typed local when compiled: its read is a C field)
    if not t.month:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prv = toks[i - 1] if i else None
    if nxt is not None and nxt.text == "," and i + 2 < len(toks) and toks[i + 2].digit:
        # "Friday April, 21, 2006", "born on April, 21, 1926": a comma after the month, then
        # the day (after a weekday) or the day and the year ("Theresa May, 65," is a name)
        if prv is not None and prv.low in _WEEKDAYS:
            return True
        if prv is not None and prv.namey or i + 4 >= len(toks):
            return False
        d, y = toks[i + 2], toks[i + 4]
        return bool(d.n <= 2 and toks[i + 3].text == "," and y.digit and y.n == 4)
    return bool((nxt and nxt.digit) or (prv and prv.digit))


_AND = ("and", "&")


# the last word of an office written with "in" ("Special Agent in Charge", "Editor in Chief")
_IN_OFFICE_ENDS = frozenset(("charge", "chief"))
# posts held "in" a field ("Professor in Economics", "Consultant in Emergency Medicine")
_FIELD_ROLES = frozenset(("professor", "lecturer", "consultant", "reader", "specialist", "fellow", "researcher"))


@cython.locals(toks=list, n=cython.Py_ssize_t, k=cython.Py_ssize_t, m=cython.Py_ssize_t, q=cython.Py_ssize_t, t=Tok)
def _and_body_head(toks: list[Tok], k: int) -> int:
    """toks[k] opens the words after an "and" inside an office's body: up to three capitalised
    words that are no role and no possessive, ending in a body's head noun ("Municipalities
    Department", "Transport Authority"), then a name word. Returns the head's index, else -1."""
    n = len(toks)
    m = k
    while m < n and m - k < 3:
        t = toks[m]
        if not t.namey or t.role or t.poss or t.stop:
            return -1
        if t.head:
            break
        m += 1
    if m >= n or m - k >= 3 or m + 2 >= n:
        return -1
    while m + 2 < n and m - k < 3 and toks[m + 1].head and toks[m + 1].namey and not toks[m + 1].role \
            and not toks[m + 1].poss:
        m += 1  # ("Parks and Gardens Authority": a head noun may name the body's field)
    q = m + 1
    while q < n and toks[q].namey:
        if toks[q].role or toks[q].head or toks[q].poss:
            return -1  # ("for City and State Diplomacy Ambassador X": another office follows)
        q += 1
    return m if q - m >= 3 else -1  # (a name of two words or more after the head)


def _runs(doc: Doc, v: dict) -> list[list[int]]:
    """The runs of token indices, in order: capitalised words, joined by name particles,
    "ROLE of (the) X", and ", Jr."; a possessive or a sentence end closes a run.
    A lone word that is nobody whatever stands around it ("Beijing") is no run."""
    # (a list, not a generator: nothing the caller does changes what the runs are, and a
    # compiled generator costs more per run than the list)
    runs = []
    toks = doc.toks
    n = len(toks)
    roles, domains = v["roles"], v["domains"]
    ap_states = v["ap_states"]
    i = 0
    for c in doc.cands:
        if c < i:
            continue  # (inside the run before)
        t = tc = toks[c]
        if (t.month and _is_date_word(toks, c)) or t.digit:
            continue
        # (the period _state_ends_sentence asks for and the table lookups first: few tokens
        # are a state or a dotted country)
        if c >= 2 and t.text.endswith(".") and (t.low in ap_states or t.low in _DOTTED_COUNTRIES) \
                and toks[c - 1].text == "," \
                and (_state_ends_sentence(toks, c) or (t.low in ap_states and c + 1 < len(toks)
                                                       and toks[c + 1].text == ",")):
            continue  # "in Mayfield, Ky. Tornadoes caused ...": the state closes the sentence
            # (a country too, "Austin, Texas, U.S. Tornadoes"; a title still carries back
            # over it: "..., U.S. President Donald Trump")
        run = [c]
        j = c
        office = False  # inside "ROLE of DOMAIN": "and" may join a second domain
        while not t.closes or office and t.poss and j + 2 < n and toks[j + 1].namey \
                and (toks[j + 1].low in domains or t.low == "people") and not toks[j + 1].poss \
                and (toks[j + 2].namey or t.low == "people" and toks[j + 2].low == "of"):
            # ("Minister of Women's Affairs Jane Doe", "of Public Works and People's Housing X": a
            # people's possessive inside the office's domain, the domain's noun after it; and
            # "People's" opening a body's name: "Governor of the People's Bank of China Pan Gongsheng")
            k = j + 1
            if k >= n:
                break
            p = t  # (toks[j], the run's last word so far, in a typed local: t is always toks[j] here)
            t = toks[k]
            if t.namey or office and t.poss and t.low == "people" and k + 1 < n and toks[k + 1].namey:
                # ("of the National People's Congress": "People's" inside a body's name)
                if t.month and _is_date_word(toks, k):
                    break
                run.append(k)
                j = k
                continue
            if t.cap and t.word and not t.upper and not t.masked and p.low in v["given"] and k + 1 < n \
                    and t.low in v["not_name"] and _function_word_surname(toks, k, v):
                run.append(k)  # "Petty Officer Adam Via inspects": a surname spelt like "via"
                j = k
                continue
            if office and t.low in _AND and k + 1 < n and p.low in domains \
                    and (toks[k + 1].namey and toks[k + 1].low in domains
                         or toks[k + 1].poss and toks[k + 1].cap and toks[k + 1].word and k + 3 < n
                         and toks[k + 2].namey and toks[k + 2].low in domains and toks[k + 3].namey):
                # ("Public Works and People's Housing X": the second domain a people's possessive's)
                # "Secretary of Health and Human Services Robert F. Kennedy Jr."
                run += (k, k + 1)
                j = k + 1
                t = toks[j]
                continue
            if office and t.low in _AND and k + 3 < n and p.namey and not p.poss and not t.masked \
                    and toks[k + 1].namey and not toks[k + 1].role:
                k2 = _and_body_head(toks, k + 1)
                if k2 > 0:
                    # "Chairman of the Urban Planning and Municipalities Department X", "Head of the
                    # Planning & Statistics Authority X": inside an office's body "and" joins the
                    # body's words up to its head noun, the name after it (_split_run parts them)
                    run += range(k, k2 + 1)
                    j = k2
                    t = toks[j]
                    continue
            if office and t.low in _AND and k + 2 < n and p.low in domains and toks[k + 1].cap \
                    and toks[k + 1].low in _PORTFOLIO_OWNERS and toks[k + 2].namey and toks[k + 2].low in domains:
                # "Minister of Agriculture and Farmers Welfare X", "Women and Children Development": the
                # second domain a group's, its plural without the possessive's apostrophe
                run += (k, k + 1, k + 2)
                j = k + 2
                t = toks[j]
                continue
            if office and t.text == "," and _portfolio_word(p.low, domains) and k + 2 < n and toks[k + 1].namey \
                    and _portfolio_word(toks[k + 1].low, domains):
                # "Minister of Finance, Planning and Economic Development X": a list of
                # portfolios, its last joined by "and" (read on the next turn)
                k2 = k + 1
                while k2 < n and toks[k2].namey and _portfolio_word(toks[k2].low, domains):
                    k2 += 1
                    if k2 + 1 < n and toks[k2].text == "," and toks[k2 + 1].namey \
                            and _portfolio_word(toks[k2 + 1].low, domains):
                        k2 += 1  # "Tourism, Culture, Arts, Sport and Media": any number of them
                if k2 + 2 < n and toks[k2].text == "," and toks[k2 + 1].low in _AND:
                    k2 += 1  # "Political, Legal, and Security Affairs": a serial comma before the last
                if k2 + 1 < n and toks[k2].low in _AND and toks[k2 + 1].namey \
                        and _portfolio_word(toks[k2 + 1].low, domains):
                    run += range(k, k2 + 2)  # (through "and" and the last portfolio)
                    j = k2 + 1
                    t = toks[j]
                    continue
            if office and t.low == "in" and k + 3 < n and toks[k + 1].namey and toks[k + 2].namey and p.cap \
                    and toks[k + 3].namey and not toks[k + 2].month and not t.masked and toks[k + 1].key in v["places"]:
                # "Secretary General of the Organisation for Security and Cooperation in Europe
                # Thomas Greminger", "Head of the UN Mission in Kosovo X": the body's own place,
                # then a whole name (not "Secretary of State John Kerry in Beijing Jan 27")
                run += (k, k + 1)
                j = k + 1
                t = toks[j]
                continue
            if office and t.low == "and" and k + 2 < n and toks[k + 1].low == "the" and toks[k + 2].namey \
                    and toks[k + 2].low in domains and p.low in domains and not toks[k + 1].masked:
                # "Commissioner for Culture and the Media Claudia Roth"
                run += (k, k + 1, k + 2)
                j = k + 2
                t = toks[j]
                continue
            if office and t.low == "and" and k >= 2 and toks[k - 2].low == "for" and k + 3 < n and p.namey \
                    and not p.poss and not p.stop and toks[k + 1].namey and not toks[k + 1].role \
                    and not toks[k + 1].poss and not toks[k + 1].stop and toks[k + 2].nameword \
                    and toks[k + 3].nameword and not t.masked:
                # "Member of Parliament for Batley and Spen Jo Smith", "Labour MP for Brighton and
                # Hove Tom Green": a seat of two places joined by "and", then the whole name
                run += (k, k + 1)
                j = k + 1
                t = toks[j]
                continue
            # (the role or office before it first: a C field, where most runs end)
            if ((p.role and p.cap) or office) \
                    and (t.low == "for" or (t.low == "to" and p.low in _TO_ROLES) or (t.low == "on" and p.low in _ON_ROLES)
                         or (t.low == "in" and p.low in _IN_POST_ROLES
                             and (toks[k + 1].key in v["places"] or _post_town_then_given(toks, k + 1, v)
                                  or _multiword_place_at(toks, k + 1, v)))) \
                    and t.word and not t.masked and k + 2 < n \
                    and (toks[k + 1].namey or (toks[k + 1].low == "the" and toks[k + 2].namey)
                         or (toks[k + 1].cap and toks[k + 1].word and toks[k + 1].low in domains)) \
                    and ((p.role and p.cap) or (office and (_domain_or_place(p, v)
                                                      or (p.head and t.low == "for" and toks[k + 1].low in domains)))):
                # "Minister for Foreign Affairs Penny Wong", "Secretary of State for Foreign
                # Affairs David Lammy": "for" carries an office on like "of" (and after the
                # body's head noun: "Secretary General of the Organisation for Security ...")
                k2 = k + 1
                if toks[k2].low == "the" and k2 + 1 < n and toks[k2 + 1].namey:
                    k2 += 1
                run += range(k, k2 + 1)
                j = k2
                t = toks[j]
                office = True
                continue
            if t.n == 3 and t.cap and t.low in v["days"] and p.namey and k + 1 < n and toks[k + 1].namey \
                    and t.word and not t.masked:
                # "Le Thi Thu Hang": a weekday's short form between two name words is a name word
                run.append(k)
                j = k
                continue
            if office and t.digit and t.n == 4 and t.text.isdigit() and k + 1 < n and toks[k + 1].namey \
                    and p.namey and not t.masked:
                # "President of the Paris 2024 Organising Committee Tony Estanguet": an event's
                # year inside the office's body
                run.append(k)
                j = k
                continue
            if t.n == 2 and p.cap and t.low == "in" and p.low in _FIELD_ROLES and k + 2 < n and toks[k + 1].namey \
                    and toks[k + 1].low in domains and not t.masked:
                # "Professor in Economics Jane Doe", "Consultant in Emergency Medicine Dr X": a
                # post in a field (the field's words are office domains)
                run.append(k)
                j = k
                continue
            if t.n == 2 and p.cap and t.low == "in" and (p.role or p.low in roles) and k + 1 < n and toks[k + 1].cap \
                    and toks[k + 1].low in _IN_OFFICE_ENDS and not t.masked:
                # "Special Agent in Charge John Smith", "Editor in Chief Jane Doe": an office
                # written with "in" (the hyphenated "Commander-in-Chief" is one word already)
                run += (k, k + 1)
                j = k + 1
                t = toks[j]
                continue
            if not t.joiner:
                break
            if t.bad_end and t.word and not t.masked:  # (a lower-case particle)
                k2 = k
                while k2 < n and toks[k2].word and toks[k2].bad_end:
                    k2 += 1
                if k2 - k == 1 and t.low in _LIST_AND_PARTICLES and len(run) >= 2 and k2 + 1 < n \
                        and toks[k2].namey and toks[k2 + 1].namey:
                    # Spanish "y", Portuguese "e" between two whole names is "and" ("Ana Gómez y
                    # Luis Torres"); inside one name it joins a second surname ("Ortega y Gasset")
                    break
                if k2 < n and toks[k2].namey and (p.low not in roles or t.low in _PATRONYMIC_LINKS) and k2 - k <= 3 \
                        and not (k2 - k == 1 and t.low in _GERMAN_ARTICLES and p.low not in v["particles"]):
                    # (a lone "der"/"des" after a word that is no particle is a German genitive,
                    # "Tür der Bundesregierung"; "von der Leyen", "Van der Sar" stay names)
                    run += range(k, k2 + 1)
                    j = k2
                    t = toks[j]
                    continue
            if t.low == "of" and p.cap and (p.low in roles or p.role
                                            or (p.plural_lead and run[0] != j)  # "Former Presidents of"
                                            or (office and (p.low in domains or p.head))):
                # ("Spokesperson of the Ministry of Foreign Affairs Mao Ning": an office's body)
                k2 = k + 1
                if k2 < n and toks[k2].low == "the":
                    k2 += 1
                if k2 < n and (toks[k2].namey or (toks[k2].cap and toks[k2].word and not toks[k2].masked
                                                  and (toks[k2].low in domains  # "of the Armed Forces"
                                                       or (toks[k2].poss and toks[k2].low in _PORTFOLIO_OWNERS)
                                                       or (office and p.head and _members_before_name(toks, k2, roles))))):
                    run += range(k, k2 + 1)
                    j = k2
                    t = toks[j]
                    office = True
                    continue
            if t.low == "of" and p.head and p.cap and k + 2 < n and toks[k + 1].cap \
                    and toks[k + 1].key in v["places"] and toks[k + 2].namey and not toks[k + 1].poss:
                # "the leader of the Democratic Party of Korea Lee Jae-myung": a body's country,
                # then a name (_org_name_cut splits them)
                run += (k, k + 1)
                j = k + 1
                t = toks[j]
                continue
            if t.text == "," and k + 1 < n:
                q = toks[k + 1]
                if q.cap and q.bad_start and q.text != "Md.":  # (a suffix; "Bel Air, Md.": Maryland)
                    run.append(k + 1)
                    j = k + 1
                    t = q
                    continue
            if t.low == "i" and t.word and not t.masked and _ROMAN.fullmatch(t.text):
                run.append(k)
                j = k
                continue
            break
        i = j + 1
        if j == c and tc.lone_nobody and not (
                c >= 2 and toks[c - 1].kin_or_comma
                and tc.key in v["places"] and _family_before(toks, c, v)) \
                and not (tc.caps_name and _caps_stage_name(toks, c)) \
                and not (tc.key in v["places"] and tc.low in v["given"] and _royal_named(doc, c)) \
                and not _town_couple_at(toks, c, v):
            continue
        if c >= 2 and j > c and toks[c - 1].n == 1 and toks[c - 1].text == "A" and toks[c - 2].role \
                and not toks[c - 2].closes and _plain_names(toks, c, j):
            run.insert(0, c - 1)  # "labor leader A Philip Randolph": after an office, a one-letter initial
            # with no stop, then a given name and a surname (elsewhere "A" is the article)
        runs.append(run)
    return runs


# ---------------------------------------------------------------- one mention


_DOTTED_COUNTRIES = frozenset(("u.s", "u.k"))
# German articles that are name particles only after another ("von der", "Van der")
_GERMAN_ARTICLES = frozenset(("der", "des"))
# name particles that are also the word "and" (Spanish, Portuguese): see the run loop
_LIST_AND_PARTICLES = frozenset(("y", "e"))


# languages whose lower-case "a" is the word "and" (caption_language_words.tsv)
_A_AND_LANGUAGES = frozenset(("cs",))


def _and_a_between_names(toks: list, first: int, name_toks: list, v: dict) -> bool:
    """Czech and Slovak "a" is "and": between two whole names ("Jana Nová a Eva Malá") of a
    caption in that language it joins two people, and is no English article."""
    if first < 3 or len(name_toks) < 2 or toks[first - 1].text != "a":
        return False
    if not (toks[first - 2].namey and toks[first - 3].namey and toks[first - 2].cap and toks[first - 3].cap):
        return False
    words = []
    for t in toks:
        words.append(t.text)
    return _caption_language(" ".join(words), v) in _A_AND_LANGUAGES


def _members_before_name(toks: list, k: int, roles) -> bool:
    """"Union of Journalists Ana Pike": a body named for its members (a role's plural,
    capitalised), then a whole name: the body's "of" goes on with the office."""
    t = toks[k]
    if not (t.cap and t.word and not t.masked and not t.poss and t.low[-1:] == "s" and t.low[:-1] in roles):
        return False
    return k + 2 < len(toks) and toks[k + 1].namey and toks[k + 2].namey


def _initial_next(rtoks: list, k: int) -> bool:
    """A capitalised word followed by a middle initial ("Tunde K. Ola"): the word opens a name."""
    w = rtoks[k].text
    i = rtoks[k + 1].text
    return w[:1].isupper() and w[1:].islower() and w.isalpha() and len(i) == 2 and i[0].isupper() and i[1] == "."


def _portfolio_word(low: str, domains) -> bool:
    """A word of an office's list of portfolios: a domain ("Finance", "Security") or a
    domain's adjective ("Political", "Legal" in "Minister for Political, Legal and Security
    Affairs")."""
    return low in domains or low in _DOMAIN_ADJECTIVES or low in _PORTFOLIO_OWNERS


# the groups an office's portfolio may be written as the possessive of ("Women's Affairs",
# "People's Housing", "Veterans' Affairs", "Children's Services"; the possessive removed)
_PORTFOLIO_OWNERS = frozenset(("women", "people", "veterans", "children", "workers", "men", "farmers",
                                "consumers", "seniors", "youth", "peoples", "citizens"))


def _listed_town_start(toks: list, c: int) -> int:
    """Where "Town, ST." opens a list item's title ("From left: A, Washington, D.C. Mayor B"): the
    town's first word when a list's comma or colon stands right before it, else -1 (after "in"
    the state closes a sentence instead: _state_ends_sentence)."""
    k = c - 2
    while k >= 1 and toks[k].cap and toks[k].word and not toks[k].poss and not toks[k].stop and not toks[k].role:
        if toks[k - 1].text in (",", ":"):
            return k if c - 2 - k < 3 else -1
        k -= 1
    return -1


def _state_ends_sentence(toks: list, c: int) -> bool:
    """An AP state abbreviation after "City," with a capitalised word right after it: the
    abbreviation's period ends the sentence ("in Mayfield, Ky. Tornadoes and ...", "Selma,
    Ala. Gov. Kay Ivey said"), so no run starts with it."""
    t = toks[c]
    return t.text.endswith(".") and toks[c - 2].cap and c + 1 < len(toks) and toks[c + 1].cap \
        and toks[c + 1].word


# roles that "to" carries on to their post: "Ambassador to the United Nations Nikki Haley"
_TO_ROLES = frozenset(("ambassador", "ambassadors", "amb", "amb.", "envoy", "envoys", "emissary", "representative"))
# offices held "on" a subject ("Special Advisor on International Disability Rights", "Special
# Rapporteur on Torture", "Special Envoy on Climate Change")
_ON_ROLES = frozenset(("advisor", "adviser", "rapporteur", "envoy", "representative", "coordinator"))
# envoys "in" the town they are posted to: "US Ambassador in Dhaka Marcia Bernicat",
# "British High Commissioner in Islamabad X", "Chinese Consul General in Karachi Y"
_IN_POST_ROLES = _TO_ROLES | frozenset(("commissioner", "consul", "general", "consul-general"))


def _post_town_then_given(toks: list[Tok], k: int, v: dict) -> bool:
    """"Consul General in Dhahran Mike Hankey": a town the table lacks, one plain capitalised
    word, then a known given name and a surname: the envoy's post, then the name."""
    return k + 2 < len(toks) and toks[k].plain and not toks[k].poss and not toks[k].upper \
        and toks[k + 1].low in v["given"] and toks[k + 1].plain and toks[k + 2].plain and toks[k + 2].cap


def _multiword_place_at(toks: list[Tok], k: int, v: dict) -> bool:
    """"Consul-General in Hong Kong X", "Ambassador in New Zealand Y": a place of two or three
    capitalised words (v["places"] holds them joined by single spaces) at toks[k]."""
    for w in (2, 3):
        if k + w > len(toks) or not all(t.cap and t.word and not t.poss for t in toks[k:k + w]):
            return False
        if _norm(" ".join(t.text for t in toks[k:k + w])) in v["places"]:
            return True
    return False


def _domain_or_place(t: Tok, v: dict) -> bool:
    return t.low in v["domains"] or t.key in v["places"]


def _clause_start(toks: list[Tok], i: int) -> bool:
    """True when token i opens a sentence or a clause after a header."""
    j = i - 1
    while j >= 0 and toks[j].masked and not toks[j].word and toks[j].text in '"\u201c':
        j -= 1
    if j < 0:
        return True
    p = toks[j]
    if p.masked:
        return True
    if p.text == ")" and j >= 1 and toks[j - 1].low.rpartition("-")[2] in _LIST_SIDES:
        return True  # "(L-R) Winner Alex Marquez": a list marker opens the clause
    return p.stop or p.text in (":", "-", "\u2013", "\u2014", ";")


_LIST_SIDES = frozenset(("l", "r", "left", "right"))


def _style_before_given(toks: list[Tok], run: list[int], v: dict) -> bool:
    """"and Father Sean Byrne", "with Sister Veronika", "and Coach Dan Hurley": a clergy or
    coach's style in capitals inside a sentence is a title when a given name follows it
    (not "Coach Spring 2026": no given name; a clergy style wants a plain name word only:
    "Sister Veronika")."""
    low = toks[run[0]].low
    if low not in _STYLE_ROLES:
        return False
    for i in run[1:]:
        if toks[i].head:
            return False  # "the annual Father Daughter Dance": an event's name
    t = toks[run[1]]
    if _given_name(t, v):
        return True
    if not t.plain or t.poss or t.key in v["not_people"] or t.low in v["family"]:
        return False
    # a coach's style wants a whole name after it ("Coach Dana Ruiz", not "Coach Tabby")
    return low != "coach" or (len(run) >= 3 and toks[run[2]].plain)


# lower-case-only role words that, capitalised before a name, are a style ("Father X")
_STYLE_ROLES = frozenset(("father", "sister", "brother", "coach"))


def _same_title_listed(toks: list[Tok], first: int) -> bool:
    """"Sister Lucia and Sister Veronika", "Father John, Father Paul": the same title word
    opened the list's item before, so it is a title here too, not a name's first word."""
    if first < 3 or not (toks[first - 1].low in _AND or toks[first - 1].text == ","):
        return False
    low = toks[first].low
    for q in range(first - 2, max(-1, first - 9), -1):
        if toks[q].low == low and toks[q].cap:
            return True
        if toks[q].stop:
            return False
    return False


def _rank_listed(toks: list[Tok], first: int, v: dict) -> bool:
    """"Able Seaman Leia Wall, Private Chloe Carroll and ...": a capitalised rank that is one
    only in lower case elsewhere ("Private", "Major") opens a list item after an item opened
    by another rank, so it is a rank here too (_same_title_listed, for ranks)."""
    if first < 3 or toks[first].low not in v["rank_ends"] or not (toks[first - 1].low in _AND or toks[first - 1].text == ","):
        return False
    for q in range(first - 2, max(-1, first - 9), -1):
        t = toks[q]
        if t.cap and t.low in v["rank_ends"] and t.low in v["roles"]:
            return True
        if t.stop:
            return False
    return False


def _listed_role_of(toks: list[Tok], run: list[int]) -> bool:
    """", Teacher of the Year Joy Adebayo and ...": a list item opening with "ROLE of", which
    reads as an office as at a clause start."""
    first = run[0]
    return len(run) > 3 and first >= 2 and toks[first - 1].text == "," and toks[run[1]].low == "of" \
        and toks[first - 2].namey


def _the_role_of(toks: list[Tok], run: list[int], v: dict) -> bool:
    """"The Dean of Westminster David Hoyle", "the Warden of Merton College Jane Roe": a
    capitals-shy role word after "the", opening "ROLE of X" with a name after it, is an office
    (not when a given name follows "of": "the Star of David Menorah")."""
    first = run[0]
    return len(run) > 4 and first >= 1 and toks[first - 1].low == "the" and toks[run[1]].low == "of" \
        and toks[run[2]].low not in v["given"]


def _lone_word_is_nobody(toks: list[Tok], i: int, v: dict, found) -> bool:
    """Fast answer for the commonest run, one capitalised word ("Beijing", "Tourists"):
    True when nothing around it can make it a person."""
    t = toks[i]
    if t.low in v["roles"]:
        return True
    if t.month and t.low in _MONTH_ABBRS:
        return True  # "Wednesday, Aug, 28, 2013": a month without its period, never a name
    if t.low in v["peoples"] and _peoples_before_noun(toks, i, v):
        return True  # "fellow Chinese travelers", "the small Caribbean nation": an adjective
    if i:
        p = toks[i - 1]
        if p.poss or p.text[0] == "#" or (p.word and (p.low in v["roles"] or p.low in v["family"])):
            return False
        if p.text == "," and i >= 2 and toks[i - 2].kin and _family_word(toks, i - 2, v):
            return False  # "his daughters, Sasha and Malia": a relation's given name
        if (p.low == "named" or p.low == "called") and _named_person(toks, i, v):
            return False  # "a boy named Emmanuel"
    if i + 1 < len(toks) and toks[i + 1].text in "(,":
        return False
    if _known_alone(toks, i, v):
        return False
    for m in found:
        if t.key in m.words:
            return False
    return not _lone_person_cue(toks, i, v, found)


def _lone_person_cue(toks: list[Tok], i: int, v: dict, found) -> bool:
    """What around a one-word name makes it somebody, read alike by _lone_word_is_nobody (the
    fast answer) and _plausible (the last): its verb, a partner, a kin, an age, a contest, an
    artist's possessive before a work ("a pose reminiscent of Rodin's The Thinker")."""
    t = toks[i]
    return _lone_subject(toks, [i], v) or _paired(toks, i, v, found) or _couple_first(toks, i, v) \
        or _town_couple_at(toks, i, v) or _contest_object(toks, i, v, found) or _of_country_club(toks, i, v) \
        or _owner_of_kin(toks, i, v) or _aged_name(toks, i, v) or (t.poss and t.key in v["artists"]) \
        or (t.poss and _owner_of_named_kin(toks, i, v)) or _artist_before_work(toks, i, v)


def _artist_before_work(toks: list[Tok], i: int, v: dict) -> bool:
    """"a Banksy mural", "the Hockney paintings": an artist known by one word (artists.txt)
    between "the"/"a"/"an" and a noun of a work (maker_nouns.txt) is the maker, a person mentioned."""
    t = toks[i]
    return 0 < i < len(toks) - 1 and not t.poss and t.key in v["artists"] and toks[i - 1].low in _AHEAD_ARTICLES \
        and not toks[i + 1].cap and toks[i + 1].low in v["maker_nouns"]


# month abbreviations that are nobody's name (not "Jan", "Mar", "May", "June")
_MONTH_ABBRS = frozenset(("feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec"))


def _peoples_before_noun(toks: list[Tok], i: int, v: dict) -> bool:
    """A people's or faith's adjective (not also a given name: "Christian") written alone
    before a lower-case word ("fellow Chinese travelers"): it describes, it names nobody."""
    k = i + 1
    return k < len(toks) and toks[k].word and not toks[k].cap and not toks[i].poss \
        and toks[i].low not in v["given"]


def _owner_of_named_kin(toks: list[Tok], i: int, v: dict) -> bool:
    """"Kessler's wife Mira waves", "Osei's son, Tomas,": a lone possessive word, then a
    lower-case relation and the relation's name: the owner is a person too (by surname), not a
    place, a people, a team or a body ("Britain's Prince", "Liverpool's captain" take no relation)."""
    n = len(toks)
    t = toks[i]
    if i + 2 >= n or not t.surename or t.upper or t.head or t.key in v["places"] or t.low in v["peoples"] \
            or t.key in v["not_people"] or t.club or t.team_nick or t.low in v["not_name"]:
        return False
    r = toks[i + 1]
    if not r.kin:
        return False
    k = i + 2
    if toks[k].text == "," and k + 1 < n:
        k += 1
    return toks[k].cap and toks[k].word and toks[k].plain and not toks[k].poss


def _owner_of_kin(toks: list[Tok], i: int, v: dict) -> bool:
    """"Ardern and her partner, Clarke Gayford, paint ...": a lone word opening a clause, then
    "and" and a relation it owns: the relation's owner is a person."""
    n = len(toks)
    return i + 3 < n and toks[i + 1].low == "and" and toks[i + 2].low in _PRONOUN_OWNERS \
        and toks[i + 3].low in v["family"] and not toks[i + 3].cap and _clause_start(toks, i) \
        and not toks[i].low in v["places"] and not toks[i].low in v["not_name"]




def _lower_office_of_before(toks: list, i: int, v: dict) -> bool:
    """A lower-case office and `of` (`of the`) just before toks[i] ("the head of NATO", "leader of
    the DA", "secretary general of the ANC")."""
    k = i - 1
    if k >= 1 and toks[k].low == "the":
        k -= 1
    if k < 1 or toks[k].low != "of":
        return False
    r = toks[k - 1]
    return r.word and not r.cap and not r.masked and (r.role or r.low in v["roles"])


# a deity's style read into its name ("Goddess Pavarthi gave her son ..."): no person
_DEITY_STYLES = frozenset(("goddess", "god"))


def _brand_then_model(name_toks: list, v: dict) -> bool:
    """A company's one-word name of not_people.txt, then one word that is no given name, known
    surname or role: the company's product or craft ("with Peugeot 5008GT", "Airbus Beluga",
    "Nissan Leaf electric cars"); "Apple Martin" stays a person (and a party's name before a
    person's whole name, "Hamas Ismail Haniyeh", is left to the other rules)."""
    t = name_toks[0]
    n1 = name_toks[1]
    return not t.poss and t.low not in v["given"] and n1.low not in v["given"] and n1.key not in v["known"] \
        and n1.low not in v["roles"]


def _faith_deity(name: str, name_toks: list, v: dict) -> bool:
    """After a faith's adjective, a deity: its style ("Hindu Goddess Durga") or a deity's name in
    not_people.txt ("the birth anniversary of Hindu Lord Krishna"), no person."""
    return name_toks[1].low in _DEITY_STYLES or _norm(name.partition(" ")[2]) in v["not_people"]


def _mention(doc: Doc, run: list[int], v: dict, avoid, found) -> Mention | None:
    text, toks, starts = doc.text, doc.toks, doc.starts
    first = run[0]
    office = None  # an office written after the name with no comma ("X Y President of the Z")
    office_end = -1  # (where such an office ends when its position follows it: _name_then_role)
    post_end = -1  # (where the post-nominal letters after the name end)
    seat = None  # a legislature's seat among them ("MLA"): the title when none is written
    org_cut = False  # the run opens with an organisation's name, its noun before it (_org_then_name)
    country_office = None  # "former president of Ireland" before the run's name (_office_country_cut)
    if len(run) >= 3 and toks[first].acronym and _lower_office_of_before(toks, first, v) \
            and toks[run[1]].namey and toks[run[-1]].namey and not toks[run[1]].acronym:
        run = run[1:]  # "the head of NATO Mark Rutte", "leader of the DA John Steenhuisen": the body's
        first = run[0]  # initials close the lower-case office before them; the name follows
    elif len(run) >= 3 and first >= 4 and toks[first].key in v["places"] and toks[first - 1].low == "in" \
            and toks[first - 2].acronym and _lower_office_of_before(toks, first - 2, v) \
            and toks[run[1]].namey and toks[run[-1]].namey:
        run = run[1:]  # "chairperson of the ANC in KwaZulu-Natal Siboniso Duma": the body's branch there
        first = run[0]
    elif len(run) >= 3 and first >= 1 and toks[first - 1].low == "from" and not toks[first - 1].cap \
            and (toks[first].key in v["places"] or toks[first].key in _home_cities()) \
            and toks[first].low not in v["given"] and not toks[first].poss \
            and toks[run[1]].namey and toks[run[1]].key not in v["places"] and toks[run[-1]].namey:
        run = run[1:]  # "presenter from Blackburn AJ Odudu": the home town, then the whole name
        first = run[0]
    if len(run) == 1:
        # the commonest run, one capitalised word ("Beijing", "Tourists", "Biden")
        t = toks[first]
        if t.lone_nobody and not (first >= 2 and (toks[first - 1].text == "," or toks[first - 1].low in v["family"])
                                  and _family_before(toks, first, v) and _place_word_name(t, v)) \
                and not (t.caps_name and _caps_stage_name(toks, first)) \
                and not (t.key in v["places"] and t.low in v["given"] and _royal_named(doc, first)) \
                and not _town_couple_at(toks, first, v):
            return None
        if t.key in avoid or (t.key not in v["known"] and _lone_word_is_nobody(toks, first, v, found)):
            return None  # (a figure named by surname alone is somebody: "after Trump's tariffs")
        if first >= 1 and toks[first - 1].text == "(" and t.low in _SIDES_BEFORE_AND:
            return None  # "(Top, left) X shows ...", "(Bottom, right)": a picture's part in a composite
        name_idx, name_toks, title_idx, of_split = run, [t], [], False
        name, key = t.name, t.key
    else:
        # (ft: the run's first token, kept in step with `first`; compiled, a typed local's
        # reads are C fields where toks[first].x looks the attribute up by name)
        ft = toks[first]
        if len(run) >= 3 and ft.low in _STYLE_DEGREES and toks[run[1]].hon:
            run = run[1:]  # "The Right Honourable Jacinda Ardern": the degree of a style, then the style
            first = run[0]
            ft = toks[first]
        if len(run) >= 4 and not ft.hon and (toks[run[-3]].hon or toks[run[-4]].hon
                                             or (len(run) >= 5 and toks[run[-5]].hon)):
            k = _honorific_after_thing(toks, run)
            if k:  # "the director of Kamal Adwan Hospital | Dr. Hussam Abu Safiya"
                run = run[k:]
                first = run[0]
                ft = toks[first]
        if len(run) >= 3 and first >= 1:
            cut = _designer_season_cut(toks, run)
            if cut:  # "designer Andres Sarda Spring/ Summer 2019 collection": the name, then the season
                run = run[:cut]
        if ft.hyphen_adj and len(run) >= 3:
            # "Top-seeded Jannik Sinner", "Second-placed Norwegian Johannes Klaebo"
            run = run[1:]
            first = run[0]
            ft = toks[first]
        if len(run) >= 3 and first >= 2 and toks[first - 1].low == "of" and not toks[first - 2].cap \
                and toks[first - 2].role:
            cut = _office_country_cut(toks, run)
            if cut:  # "former president of Ireland | Mary Robinson": the office's country, then the name
                o = first - 2
                while o >= 1 and not toks[o - 1].cap and not toks[o - 1].masked \
                        and (toks[o - 1].role or toks[o - 1].low in v["modifiers"]):
                    o -= 1  # ("former", "deputy prime": the office's words before it)
                country_office = text[starts[o]:starts[run[cut - 1]] + toks[run[cut - 1]].n]
                run = run[cut:]
                first = run[0]
                ft = toks[first]
        if len(run) >= 3 and (ft.low in _LEAD_RELATIONS
                              or ft.low in _LEAD_AGE_ADJECTIVES and toks[run[1]].low in v["given"]) \
                and _clause_start(toks, first):
            # "Grandmother Rosa Delgado, 81, votes": a relation opening the sentence, no title
            # ("Young Ian Archibald ponders": an adjective of age before a given name and surname)
            run = run[1:]
            first = run[0]
            ft = toks[first]
        if ft.plural_lead and len(run) >= 2 and (len(run) >= 3 or _clause_start(toks, first)) \
                and _norm(text[starts[first]:starts[run[-1]] + toks[run[-1]].n]) not in v["not_people"]:
            # (but "Kings XI Punjab", a side's whole name in not_people.txt, keeps its first word)
            # ("under Presidents Richard Nixon and Gerald Ford": two name words after it)
            # "Boxers Oleksandr Usyk, left, and Tyson Fury": a plural lead-in gives no title
            run = run[1:]
            if toks[run[0]].low == "of" and len(run) >= 4:
                # "Ministers of Finance Ann Lee and ...": the plural office's "of PLACE" or
                # domain goes with it, no title either
                rtoks = [toks[i] for i in run]
                k = _of_place_end(rtoks, 0, len(rtoks), v)
                if k and len(run) - k >= 2:
                    run = run[k:]
            first = run[0]
            ft = toks[first]
        elif len(run) >= 4 and not ft.rare_lead:
            # "Texas Republican Reps. Chip Roy, ...", "Democratic Sens. Elizabeth Warren": the
            # plural lead-in after its adjectives gives no title either (but "Ottawa Senators
            # Tim Stutzle" is a team's name before the player's)
            cut = _inner_plural_lead(toks, run, v)
            if cut and not _team_cut([toks[i] for i in run], v) and not _role_of_the(toks, first):
                run = run[cut:]
                first = run[0]
                ft = toks[first]
        if "(" in text and (_acronym_expansion(toks, run) or _local_name_inside(toks, run, v)
                            or _acronym_spelled_on(toks, run)):
            return None  # "DMK (Dravida Munnetra Kazhagam)", "Front National (FN)": a party or body;
            # "the Old City (Kota Tua) Area": the place's own name, inside its name
        # the whole run a place ("New York", "White House") or a name placed already
        last_i = run[-1]
        whole = _norm(text[starts[first]:starts[last_i] + toks[last_i].n])
        if (whole in v["places"] and not (len(run) == 1 and _royal_named(doc, first))) \
                or (whole in avoid and not _given_and_surname_head(toks, run, v)
                    and not (_CREDITED + whole in avoid and _photographer_pictured(doc, run, v))):
            return None
        if doc.notes & _NOTE_EXAMPLES and _in_place_examples(text, starts[first]):
            return None  # "cities like Reynosa and Nuevo Laredo": towns given as examples
        if toks[last_i + 1].text == "," if last_i + 2 < len(toks) else False:
            if _place_between(toks, run, v):
                return None  # "in Komarovce, Velke Trakany, Slovakia": a second place before the country
            if ft.low not in v["given"] and _region_after(toks, last_i, v):
                return None  # "to Frontera Corozal, Chiapas state, Mexico": a town, then its state
        if len(run) == 2 and ft.low in _COMPASS_WORDS and toks[run[1]].key in v["places"]:
            return None  # "Northeast India's Assam state", "Southwest China's Sichuan": a part of a place
        if ft.low[-1:] == "y" and ft.low.endswith(_ADVERB_ENDS):
            return None  # "Sexually Transmitted Infections", "Visually Impaired": an adverb opens a thing's name
        name_toks = [toks[i] for i in run]  # (a comprehension: cheaper than map for a few words)
        role = False
        for t in name_toks:
            if t.role_cs:
                role = True
                break
        # (name_toks[0] is ft here)
        if not role and not ft.hon \
                or (ft.stage_open and _stage_name(doc, run, v)):
            if ft.rare_lead:
                if ft.low in _TITLE_OPENERS and not (len(run) >= 4 and _plural_lead_cut(name_toks, v)) \
                        and not (len(run) >= 5 and _team_cut(name_toks[1:], v)):
                    return None  # "Former Proud (Boys leader X)": a title's first words, no name
                    # (but "Former Charlotte Bobcats Gerald Wallace": a team, then the name)
                if _all_peoples(name_toks, v):
                    return None  # "Ultra-Orthodox Jewish men", "Palestinian Christian worshippers"
                if len(run) == 2 and _faith_then_thing(name_toks, v):
                    return None  # "as per Hindu Mythology": a capitalised noun after a faith's adjective
            if len(run) <= 3 and _faith_before_noun(toks, run, v):
                return None  # "by Amal Shiite militia", "Filipino Roman Catholic devotees": adjectives of a noun
            elif len(run) >= 2 and toks[run[1]].rare_lead and _participle_peoples(toks, run, v):
                return None  # "Released Palestinian prisoners", "Young Christian Lebanese women"
            if len(run) == 2 and _place_then_people(toks, run, v):
                return None  # "sites linked to U.S. Latino history": a country, then a people's adjective
            title_idx, name_idx, of_split = [], run, False  # no role word: all of it is the name
            hon_at = _honorific_inside(toks, run) if len(run) >= 4 else 0
            if hon_at:
                # "Consultant in Emergency Medicine Dr Malcolm Tunnicliff": a personal honorific
                # inside the run opens the name; the words before it are no part of it
                title_idx, name_idx = run[:hon_at], run[hon_at + 1:]
                name_toks = name_toks[hon_at + 1:]
            elif len(run) >= 3 and (
                    # "Republican candidate for Senate Dave McCormick": the body is the title's
                    # (and so is a place: "chief photographer for Afghanistan Shah Marai")
                    ((ft.head or ft.key in v["places"] or _district_named(ft, v)) and first >= 2
                     and toks[first - 1].low == "for" and toks[first - 2].role and not toks[first - 2].cap)
                    # "Italian Federica Brignone": a nationality alone before the name is its title
                    or (ft.low in v["demonyms"] and not ft.poss and _demonym_title(toks, run))
                    # and so is a people's or a faith's ("Indigenous Ana Tupari visits"; not a
                    # given name too: "Christian Bale")
                    or (ft.low in v["peoples"] and ft.low not in v["given"] and not ft.poss
                        and _demonym_title(toks, run))
                    # and so is a country's abbreviation before a given name and a surname
                    # ("US James Joseph, a pilgrim", "U.S. Ann Reyes"; not "US Army", "UK Parliament")
                    or (len(run) == 3 and ft.upper and not ft.poss and toks[run[1]].low in v["given"]
                        and toks[run[1]].plain and toks[run[2]].plain and not toks[run[2]].upper
                        and _country_word(ft.text) and _demonym_title(toks, run))
                    # an occupation the role table lacks, opening a clause before a given name and
                    # a surname: an "-ist" word ("Contortionist Rich Miteku performs"), or a trade
                    # that is also a surname (never a role word: "Budda Baker") before a known given
                    # name ("Miller Brady Hageman checks")
                    or (len(run) == 3 and toks[run[1]].plain and toks[run[2]].plain and _clause_start(toks, first)
                        and ((_ist_occupation(ft, v) and _demonym_title(toks, run))
                             or (ft.low in v["trade_surnames"] and ft.plain and not ft.poss
                                 and toks[run[1]].low in v["given"])))):
                title_idx, name_idx = run[:1], run[1:]
                name_toks = name_toks[1:]
            elif len(run) >= 4 and not ft.poss and not toks[run[1]].poss \
                    and f"{ft.low} {toks[run[1]].low}" in v["two_demonyms"] and _demonym_title(toks, run[1:]):
                # "South African Caster Semenya": a nationality of two words, then the name
                title_idx, name_idx = run[:2], run[2:]
                name_toks = name_toks[2:]
            elif len(run) == 3 and first >= 2 and toks[first - 1].low == "of" and toks[first - 2].role \
                    and not toks[first - 2].cap and not toks[first - 1].masked and ft.cap and not ft.poss \
                    and not ft.head and not ft.acronym and ft.low not in v["given"] and ft.key not in v["places"] \
                    and ft.low not in v["common"] and toks[run[1]].key not in v["places"] \
                    and toks[run[1]].nameword and toks[run[2]].nameword and not toks[run[1]].head \
                    and not toks[run[2]].head and not toks[run[1]].poss:
                # "chief executive of Rolls-Royce Tufan Erginbilgic": a lower-case role's company of
                # one word (no "the"), then a given name and a surname
                title_idx, name_idx = run[:1], run[1:]
                name_toks = name_toks[1:]
            elif len(run) == 3 and first >= 3 and toks[first - 1].low == "the" and toks[first - 2].low == "of" \
                    and (ft.acronym or ft.head) and not ft.poss and toks[first - 3].role and not toks[first - 3].cap \
                    and toks[run[1]].nameword and toks[run[2]].nameword and not toks[run[1]].head \
                    and not toks[run[2]].head and not toks[run[1]].acronym:
                # "the chairman of the ANC Stan Mathabatha", "the speaker of the Senate Ann Bell": a
                # lower-case role's body of one word, then the name (_org_name_cut for longer bodies)
                title_idx, name_idx = run[:1], run[1:]
                name_toks = name_toks[1:]
            elif len(run) == 3 and first >= 5 and toks[first - 1].low == "in" and ft.key in v["places"] \
                    and not ft.poss and toks[first - 2].cap and (toks[first - 2].acronym or toks[first - 2].head) \
                    and toks[first - 3].low == "the" and toks[first - 4].low == "of" and toks[first - 5].role \
                    and not toks[first - 5].cap and toks[run[1]].nameword and toks[run[2]].nameword \
                    and not toks[run[1]].head and not toks[run[2]].head and not toks[first - 1].masked:
                # "chairperson of the ANC in KwaZulu-Natal Siboniso Duma": the body's province, then the name
                title_idx, name_idx = list(range(first - 5, first + 1)), run[1:]
                name_toks = name_toks[1:]
            elif ft.team_nick and len(run) >= 3 and _nickname_lead(name_toks, v):
                # "Yankees Derek Jeter", "Celtics Jayson Tatum": a team's plural nickname alone,
                # no possessive, written straight before the player's name is the title
                title_idx, name_idx = run[:1], run[1:]
                name_toks = name_toks[1:]
            elif len(run) >= 4:
                cut = _team_cut(name_toks, v)
                if cut:
                    # "Buffalo Bills Josh Allen": a team written straight before the name
                    title_idx, name_idx = run[:cut], run[cut:]
                    name_toks = name_toks[cut:]
                else:
                    cut = _plural_lead_cut(name_toks, v)
                    if cut and _role_of_the(toks, first):
                        # "leader of the Social Democrats | Mette Frederiksen": the plural names a
                        # party a role is "of", not a lead-in
                        title_idx, name_idx = run[:cut], run[cut:]
                        name_toks = name_toks[cut:]
                    elif cut:  # "Democratic Senators Chris Murphy and ...": a shared lead-in, no title
                        name_idx = run[cut:]
                        name_toks = name_toks[cut:]
                    elif first >= 3 and toks[first - 1].low == "the" and toks[first - 2].low == "of":
                        cut = _org_name_cut(toks, run, v)
                        if cut:  # "the leader of the Democratic Party of Korea | Lee Jae-myung"
                            title_idx, name_idx = run[:cut], run[cut:]
                            name_toks = name_toks[cut:]
                    if not cut and first >= 2 and _plural_of_before(toks, first, v):
                        cut = _org_head_cut(toks, run, v)
                        if cut:  # "Jury members of Tiantan Awards | Zhang Yimou (3rd L), ...": a
                            # shared lead-in, no title
                            name_idx = run[cut:]
                            name_toks = name_toks[cut:]
                            org_cut = True
                    if not cut:
                        cut = _party_name_cut(name_toks, v)
                        if cut:  # "The leaders of Germany's Greens Party | Cem Oezdemir and ..."
                            name_idx = run[cut:]
                            name_toks = name_toks[cut:]
                    if not cut and first >= 2:
                        cut = _org_then_name(toks, run, v)
                        if cut:  # "owner of private military company Wagner Group | Yevgeny Prigozhin"
                            title_idx, name_idx = run[:cut], run[cut:]
                            name_toks = name_toks[cut:]
                            org_cut = True
        else:
            op = _name_then_role(doc, run, v) if len(run) >= 4 and toks[last_i].role else 0
            rs = _role_surname_of(toks, run, v) if not op and len(run) >= 3 and (
                ft.low in v["given"] or (ft.plain and not ft.title_word and not ft.prefix and not ft.poss
                                         and _unknown_given_opens(toks, run, v))) else 0
            if rs:
                # "Aaron Judge of the New York Yankees", "Gayle King of CBS": the role word is
                # the surname, the team after "of" the title
                office = _squeeze(text[starts[run[rs]]:starts[last_i] + toks[last_i].n])
                title_idx, name_idx, of_split = [], run[:rs - 2 if toks[run[rs - 1]].low == "the" else rs - 1], False
            elif op:
                # "Hector Romero Assistant Public Defender (L)": a name, then its office, no comma
                office_end = starts[last_i] + toks[last_i].n
                office = _squeeze(text[starts[run[op]]:office_end])
                title_idx, name_idx, of_split = [], run[:op], False
            else:
                title_idx, name_idx, of_split = _split_run(toks, run, v)
                hon_at = _honorific_inside(toks, name_idx) if len(name_idx) >= 4 else 0
                if hon_at:
                    # Hong Kong government's "Governor of Guangdong Province Mr Huang Huahua": the
                    # office's last words before the personal honorific are the title's, not the name's
                    title_idx, name_idx = title_idx + name_idx[:hon_at], name_idx[hon_at + 1:]
            if not name_idx:
                return None
            if len(run) >= 5 and len(title_idx) >= 3:
                op = _name_then_office(toks, run, v)
                if op:  # "Jacques Rogge President of the International Olympic Committee announces"
                    e = starts[last_i] + toks[last_i].n
                    office = _with_abbreviation(text, e, _squeeze(text[starts[run[op]]:e]), v)
                    title_idx, name_idx, of_split = [], run[:op], False
            if len(title_idx) == 2 and toks[title_idx[0]].prefix and toks[title_idx[0]].upper:
                return None  # "HMS Queen Elizabeth", "RFS Admiral Kuznetsov": a ship
            name_toks = [toks[i] for i in name_idx]
        nl = name_toks[-1]
        if nl.upper and len(name_toks) >= 3 and nl.low in v["post_nominals"]:
            # "C Y Leung GBM GBS JP, Chief Executive": honours' letters after the name are no
            # part of it; what follows them is still the person's
            k = len(name_toks) - 1
            while k > 2 and name_toks[k - 1].upper and name_toks[k - 1].low in v["post_nominals"]:
                k -= 1
            post_end = starts[name_idx[-1]] + nl.n
            for t in name_toks[k:]:
                if t.low in v["seats"]:
                    seat = t.text
                    break
            name_idx = name_idx[:k]
            name_toks = name_toks[:k]
            nl = name_toks[-1]
        t = name_toks[0]
        if nl.bad_end or t.bad_start:
            return None  # ("Martin Luther King Jr. Day": no name opens with its suffix)
        name = _name_text(doc, name_idx)
        key = _norm(name)
        if (key in avoid and not _given_and_surname_head(toks, name_idx, v)
                and not (title_idx or _CREDITED + key in avoid and _photographer_pictured(doc, name_idx, v))) \
                or (key in v["not_people"] and not _marked_person(text, starts[name_idx[-1]] + nl.n)
                    and not _list_opener_before(text, starts[name_idx[0]])
                    and not _role_before_brand(toks, name_idx, title_idx, v)) \
                or _office_only(name_toks, v) \
                or (len(name_toks) > 1 and nl.key in v["not_people"] and _peoples_group(name_toks, v)) \
                or (t.low in _DEITY_STYLES and len(name_toks) > 1) \
                or (len(name_toks) > 1 and t.low in v["faiths"] and _faith_deity(name, name_toks, v)) \
                or (len(name_toks) == 2 and not title_idx and t.key in v["not_people"] and _brand_then_model(name_toks, v)) \
                or (nl.team_nick and _team_name(name_toks, v)) \
                or (nl.team_nick and len(name_toks) == 1 and _school_team(toks, title_idx, nl, v)):
            return None  # a photographer, a thing, a team or an office, whatever stands around it
        for t in name_toks:
            if t.club:
                return None  # "Real Betis fans": a club
        # (a caption with no grammar word and no subject pronoun can only hold the kind that says
        # one word again, whose first two words are the same: the test skipped on most names)
        if not title_idx and (doc.notes & _NOTE_HEADLINE or len(name_idx) >= 2
                              and toks[name_idx[0]].text == toks[name_idx[1]].text) \
                and _headline_words(toks, name_idx):
            return None  # "He Is Risen", "He Wins Again:", "Be Kind" signs: a headline's words, no name
        if len(name_toks) >= 3 and name_toks[-2].low in _DE_WORDS and _country_word(name_toks[-1].text):
            return None  # Spanish "River Plate de Argentina", "Atlético Mineiro de Brasil": a club by its country
        if len(name_toks) == 2 and _stage_label(name_toks, v):
            return None  # "Group B", "Pool A": a competition's label, no person
        if _state_after(toks, name_idx[-1], v):
            return None  # "in Paul's hometown, Bowling Green, Ky., on": a town and its state
        if len(name_toks) == 2 and _hometown_postal(doc.text, starts, toks, name_idx):
            return None  # "Maj. Matt O'Donnell of Glenelg, MD shields": a home town and its state
        if key in v["places"] or (_never_a_name(name_toks) and not _given_after_role(toks, title_idx, name_toks, v)
                                  and not _two_given_surname_head(name_toks, v)
                                  and not _place_worded_name(toks, title_idx, name_toks, v, name_idx[0])
                                  and not _head_middle_name(toks, title_idx, name_toks, v)
                                  and not _role_word_surname(toks, title_idx, name_toks, v, name_idx[-1])
                                  and not _initials_after_role(toks, title_idx, name_toks, v)
                                  and not _positioned_list_member(doc.text, starts, name_idx, name_toks)):
            # a place or a thing, unless a royal title gives it as a given name ("Queen Mary")
            if not (title_idx and len(name_toks) == 1 and (toks[title_idx[-1]].low in _GIVEN_NAME_ROLES
                                                           or toks[title_idx[-1]].low in _CLERGY_GIVEN)
                    and _place_word_name(name_toks[0], v)) \
                    and not _office_then_place_surname(toks, title_idx, name_toks, name_idx[-1], v):
                return None
        before = toks[first - 1] if first else None
        if before is not None and before.poss and (ft.head or (toks[last_i].head and not role
                                                               and name_toks[0].low not in v["given"]
                                                               and not (toks[last_i].low in _SURNAME_HEADS
                                                                        and _head_surname_acts(toks, name_idx, v)))) \
                and ft.low != "park" \
                and not (title_idx and len(name_toks) >= 2 and any(toks[i].role for i in title_idx)):
            return None  # "the Breeders' Cup Classic": a head noun after a possessive names a thing
            # (not "Pakistan's Army Chief Asim Munir": a role and a name follow it)
            # "Lord's Cricket Ground": so does one ending in a head, unless a given name opens it
        if nl.poss and title_idx and _names_a_building(doc, run, v):
            return None  # "the Emperor Qinshihuang's Mausoleum Site Museum"
        if nl.poss and nl.role and len(name_toks) >= 2 and _office_building_after(toks, run[-1] + 1):
            return None  # "Bellville Magistrate's Court": a town's office, the building named by it
    if not org_cut and _organisation_context(toks, run, v):
        return None  # "Border Patrol agents", "the logo of Societe Generale"
    # the words before and after the run (None at the ends; typed locals when compiled)
    j = run[0] - 1
    k = run[-1] + 1
    before = toks[j] if j >= 0 else None
    after = toks[k] if k < len(toks) else None
    if after is not None and after.low[-2:] in ("'s", "\u2019s") and after.low[:-2] in _BODY_NOUNS \
            and not after.cap:
        return None  # "the Perikatan Nasional coalition's chairman": a body's name
    if k + 1 < len(toks) and after.low in _TEAM_MEMBERS and not after.cap \
            and (toks[k + 1].cap or after.low != "teammates"):
        return None  # "AG2r La Mondiale riders Clement Venturini and ...": a team's members follow
        # ("Vissel Kobe players celebrate": a club's players, whatever follows them)
    if _place_named(toks, run):
        return None  # "Kyiv's Podil district", "The station, Zoloti Vorota, was crowded"
    if _eponym_or_show(toks, run, v):
        return None  # "Lou Gehrig's disease", "Saturday Night Live"
    if _house_named(toks, run):
        return None  # "fashion house Shiatzy Chen", "the John Galliano fashion house", "Maison Margiela"
    if len(run) == 1 and _family_named(toks, run[0]):
        return None  # "the Bhutto political dynasty": a family, no one person of it
    if _thing_beside(toks, run, v):
        return None  # "the Foundry Direct Connect event", "Coach Spring 2026", "U.S. Marines"
    if _known_as(doc, run, v):
        return None  # "the Grand Mosque, known to Muslims as Masjid al-Haram"
    if ((before is not None and before.low in _PAIR_WORDS) or (after is not None and after.low in _PAIR_WORDS)) \
            and ("between" in text or "against" in text or " v" in text) and _team_paired(toks, run, v):
        return None  # "the match between FC Barcelona and River Plate": a club's opponent is a club
    if before is not None and len(before.low) == 2 and before.low in _AS_OR and not before.cap:
        if before.low == "as" and len(run) >= 2 and toks[k - 1].role \
                and toks[k - 1].cap and not toks[k - 2].role and toks[k - 2].low not in v["given"] \
                and (k - 2 == run[0] or toks[k - 3].low not in v["given"]):
            return None  # "his installation as Parish Pastor": an office taken up, no one named
        if before.low == "as" and j >= 1 and toks[j - 1].cap and _screen_role(text, toks, k):
            return None  # a still's "PHOEBE DYNEVOR as DAPHNE BRIDGERTON in episode 102": a role played
        if before.low == "or" and j >= 2 and toks[j - 1].text == "," and _plural_gloss(toks[j - 2]):
            return None  # "Indian holy men, or Naga Sadhu, ride": another word for the group
    if len(run) >= 3 and _compound_end(toks[k - 1], v) \
            and f"{toks[k - 2].low} {toks[k - 1].low}" in _place_compounds():
        return None  # "Tokyo Electric Power Co.'s Fukushima Daiichi Nuclear Power Plant": a place's name
    if len(run) == 1 and before is not None and toks[k - 1].prefix and before.word \
            and not before.cap and f"{before.low} {toks[k - 1].low}" in _place_compounds():
        return None  # "the Zabout refugee Camp": a place noun's compound, not "coach Camp"
    if not org_cut and ((before is not None and before.before_thing) or (after is not None and after.thing_next)):
        e = starts[k - 1] + toks[k - 1].n
        c = text[e:e + 3]
        if ((before is not None and before.before_thing) or (c[:1] == "," and c[2:3] in _APPOS_OPEN)
                or c == " ga" or c == " is") and _named_thing(doc, run, v):
            return None  # "giant panda Yuan Meng", "the film Oppenheimer", "rides Inspiral"
    if after is not None and after.low in _ANIMAL_NOUNS and after.word and not after.cap and not after.masked \
            and not toks[k - 1].poss and starts[k] == starts[k - 1] + toks[k - 1].n + 1:
        return None  # "a dark Brahma Bantam rooster": the breed, right before its animal's noun
    if after is not None and after.jersey and _saddlecloth(doc, run, k):
        return None  # "guides Sovereignty #18 across the line", "Always Dreaming #5, ridden by ..."
    if after is not None and after.low in _RACE_WON and before is not None and before.low == "after" \
            and "ockey" in text:  # (the whole-text scan last: this runs for every name)
        return None  # "Trainer X celebrates with jockey Y after Always Dreaming won the Derby": the horse
    # --- title before the name
    t_start, t_end, title, family, team = _title_before(doc, name_idx[0], title_idx, v)
    if title == "fellow":
        title = t_start = None  # "alongside fellow Judi Galasso": a fellow what is not said
    if org_cut and title:
        ot = _org_title_start(toks, run[0], v)
        if ot >= 0:  # "owner of private military company Wagner Group": the role the company is "of"
            t_start = starts[ot]
            title = _squeeze(text[t_start:t_end])
    if title and title[:1].islower() and " of " in title:
        w0, _, rest = title.partition(" ")
        if rest[:3] == "of " and len(rest) > 3 and w0.casefold() in v["family"]:
            # "Radhika Vemula, mother of PhD scholar Rohit Vemula": the relation is the
            # previous person's; the title is what follows it
            title = rest[3:]
            at = text.find(title, t_start)
            if at >= 0:
                t_start = at
    if title is not None and t_start is not None and t_start >= 2 and text[t_start - 2:t_start] == ", ":
        o = _office_before_title(toks, name_idx[0], t_start, v, found, starts)
        if o >= 0:  # "Minister of National Defence, Sen. Lt. Gen. Wei Fenghe": the office and the rank
            # (a style of address goes, as after a leading apposition: "former Governor of Ogun
            # State, Chief Olusegun Osoba" is the former governor)
            title_end = t_start - 2 if (title.casefold() in v["styles"] or (
                title.casefold() in _PRINCELY and toks[name_idx[0] - 2].text == ","
                and not _noble_office(toks, o, name_idx[0] - 2))) else t_end
            # ("Ogun State Governor, Prince Dapo Abiodun": a West African style after an office
            # is no second office of his, as "Chief" is not; "Duke of Sussex, Prince Harry" keeps it)
            t_start = starts[o]
            title = _squeeze(text[t_start:title_end])
    if office is not None and title is None:
        title = office
    if country_office is not None and title is None:
        title = country_office
    if title and len(title_idx) >= 2 and _plural_office(toks, title_idx):
        title = None  # "Former Prime Ministers of Japan Naoto Kan and ...": a shared lead-in
    if team and len(name_toks) == 1 and (_owner_is_person(doc, t_start, name_idx[0], v, found)
                                         or _norm(text[t_start:starts[name_idx[0]] + name_toks[0].n])
                                         in v["not_people"]):
        return None  # "Elon Musk's SpaceX", "Samaritan's Purse": a company or a group, not a player
    if team and toks[name_idx[0] - 1].low in v["artists"] and toks[name_idx[0] - 1].poss:
        return None  # "Claude Monet's Water Lilies": an artist's work
    # --- what follows the name
    nl = name_toks[-1]
    pos_end = starts[name_idx[-1]] + nl.n if office_end < 0 else office_end
    if post_end > pos_end:
        pos_end = post_end
    c = text[pos_end:pos_end + 1]
    if c == " ":
        c = text[pos_end + 1:pos_end + 2]
    if c and c not in "(#," and not c.isspace() \
            and not (c == "t" and text.startswith("the ", pos_end + 1)
                     and (_ROYAL_THE.match(text, pos_end + 1)  # ("Camilla the Duchess of ...")
                          or _THE_ROLE_SIDE.match(text, pos_end + 1))):  # ("X the vice president (r)")
        position, appos, after_end = None, None, pos_end  # a word follows: no decorations
    else:
        position, appos, after_end = _decorations(text, pos_end, v, doc.ends)
    # --- keep or drop
    if first and (toks[first - 1].low in _WORK_LEADS
                  or (toks[first - 1].text == "," and first >= 2 and toks[first - 2].low in _WORK_LEADS)):
        return None  # "a sculpture entitled Silent Witness", "titled, X": a work's title, no person
    if first >= 2 and toks[first - 1].low in _WORK_NOUNS and not toks[first - 1].cap and not toks[first - 1].poss \
            and toks[first - 2].low == "the" and not title_idx:
        return None  # "shows the document Amoris Laetitia", "the book Silent Spring": a work's title
    if not _plausible(toks, name_idx, name_toks, key, v, title or team or family or appos,
                      position, found, of_split, bool(title or appos), family):
        return None
    if appos and title and (title.casefold() in v["styles"] or _princely_style(title, name_toks)):
        title = appos  # "Sheikh Mohammed bin Rashid Al Maktoum, ruler of Dubai,"
    if title and " Prof" in title:
        title = _drop_academic_style(title)
    if title and " and " in title:
        title = _couple_title(title)
    if title and " " in title and title.count(" ") <= 2 and _kin_lead(title, v):
        title = None  # "Single mother X", "New mother X": a relation with its adjective is no title
    elif title and title.islower() and title in v["family"]:
        title = None  # "as sister Corey cleans ...": a bare relation in lower case is no title either
    if title and title[:4] in _GERMAN_ARTICLE_LEADS and _role_word(title[4:].partition(" ")[0].casefold(), v):
        title = title[4:]  # "Die Kommissionspräsidentin X": the German article is no part of the office
    if title and title.partition(" ")[0] in _AFTER_OFFICE_ROLES:
        title = title.partition(" ")[2] or None  # "will designate Sarah Jones as ...": the verb
    if title and t_start is not None and t_start >= 4 and text[t_start - 1] == " " \
            and text[t_start - 2] in _QUOTE_CLOSERS and title[:1].islower():
        w = _quoted_work_start(text, t_start - 2)
        if w >= 0:  # "“Squid Game” actor X", "Former “Daily Show” host X": the work is the role's
            t_start = w
            title = _squeeze(text[w:text.find(title, w) + len(title)])
    if title is None and team is None and name_idx[0] >= 2 and toks[name_idx[0] - 1].low in _NATIONALITY_NOUNS:
        title = _nationality_title(doc, name_idx[0] - 1, v)  # "Thai-German national David Pfizenmaier"
    if title and title_idx and title_idx[0] >= 2 and title.casefold() in v["styles"] \
            and ((toks[title_idx[0] - 1].text == "," and (text[after_end:after_end + 1] in _APPOS_CLOSE
                                                          or _word_after_in(text, after_end, _AFTER_HONORIFIC_NAME)))
                 or (toks[title_idx[0] - 1].low == "the" and toks[title_idx[0] - 2].cap)):
        # (no comma closing the name when a word that never is its verb follows: "with the Governor
        # of Anambra State, Professor X at the event")
        # "Russian Orthodox priest, Father Nikolai Gensitsky, speaks": a style of address after a
        # leading apposition; the apposition is the office, as with a style's office after the name
        # ("The Archbishop of Canterbury the Most Reverend Justin Welby (right)": the same, no comma)
        title = _title_ahead(doc, title_idx[0] - 1, v, found) or title
    if title is None and team is None and not family and name_idx[0] >= 2 \
            and (text[after_end:after_end + 1] in _APPOS_CLOSE or _honorific_apposition(doc, name_idx[0], after_end, v)
                 or _office_of_comma(toks, name_idx[0], v)
                 or (_appos_left_open(text, after_end) and _title_after_prep(doc, name_idx[0] - 1, v, found))):
        # "The Israeli prime minister, X, at ...": a comma closes the apposition ("After meeting
        # the president, X spoke": X opens the main clause); an honorific may stand between
        # ("Thames Water's new chair, Sir Adrian Montague,")
        comma = name_idx[0] - 1
        if toks[comma].hon and comma >= 2:
            comma = _style_opening(toks, comma) - 1  # ("..., Her Excellency X": the whole style)
        if toks[comma].text == ",":
            title = _title_ahead(doc, comma, v, found) or None
            if title is not None:
                at = text.rfind(title, 0, starts[comma])
                if at >= 0 and at + len(title) == starts[comma]:
                    if at >= 4 and text[at - 4:at] in ("the ", "The "):
                        at -= 4
                    t_start = at  # (the mention opens at its title and article: a list's joins are
                    # read around it, "(L-R) A and the Minister for X, Y, arrive")
    if title is None:
        title = team or appos or (seat if not family else None)  # ("Ian Hansen MLA shakes hands")
    elif "'s " in title or "\u2019s " in title:
        kin = _kin_of_owner(title, v)
        if kin is not None:  # "Kim Jong-un's sister and special envoy, Kim Yo-jong": the owner is a
            # person, listed; the mention opens after the relation
            if t_start is not None and kin:
                at = text.find(kin, t_start, starts[name_idx[0]])
                t_start = at if at >= 0 else t_start
            elif t_start is not None:
                t_start = None
            title = kin or None
        elif found:
            _drop_owner_mention(title, found, v)
    if title is None and not family and text.startswith(" from the ", after_end):
        title = _from_the_body(text, after_end, v)  # "Peter Campbell from the Boroondara Bicycle Users Group"
    if title is None and not family:
        m = _OF_TEAM.match(text, after_end) if _of_next(text, after_end) else None
        if m and ". " in m.group(1):  # "Marija Pejcinovic Buric of Croatia. The ministers": the sentence ends
            m = _of_team_to_stop(text, m, after_end)
        if m and _is_team_or_country(m.group(1), v) and not _AGE_BEFORE.search(text, pos_end, after_end):
            # (", 20, of Bethel Park, Pa.": after an age, "of" gives a home town, not a team)
            title = _of_title(m.group(1))
            deco_at = m.end()  # where the position after the team or home town is read
            if text.startswith(" ", m.end()) and _KIN_AFTER.match(text, m.end()):
                title = None  # "Long Xianwen of Miao ethnic group", "of Korean descent": the person's
                # people, no team or office
            elif _home_state(title, text):
                title = None  # "Democratic Sens. Elizabeth Warren of Massachusetts, from left,"
            elif text.startswith(",", m.end()) and _home_town(text, m.end(), v):
                title = None  # "Dalia Ortega, of Tucson, Ariz., waves": a home town, not a team
                deco_at = _TOWN_REGION.match(text, m.end()).end()  # ("of Macon, Ga., left,": the side
                # after the town's state is the person's)
            elif text.startswith(",", m.end()) and _home_city(text, m, title):
                title = None  # "Jake Mogan, of San Francisco, third from left,": a home city
            elif text.startswith(",", m.end()) and _AGE.match(text, m.end()):
                title = None  # "Camren Giesler of Ferdinand, 6, pulled": an age after it, a home town
            elif title[-5:] == " City" and _country_named_city(title):
                title = None  # "Lucia Ortiz of Guatemala City waves": a capital named for its country, no team
            elif text.startswith(" (", m.end()):
                title = _with_abbreviation(text, m.end(), title, v)
            p2, _, e2 = _decorations(text, deco_at, v, doc.ends)
            position = position or p2
            after_end = max(after_end, e2, m.end())
            if text.startswith(" and ", after_end):
                after_end = _and_team(doc, after_end, v)
        elif m and _is_team_or_country(m.group(1), v) and len(m.group(1)) < 30:
            after_end = max(after_end, m.end())  # ", 15, of Point Breeze stand": the home town is nobody
            if position is None and text.startswith(",", m.end()):
                position, after_end = _after_home_town(doc, m.end(), v) or (None, after_end)
                # (", 34, of Dayton, Ohio, right,": the side after the home town and its state)
    elif title is None and text.startswith(" of ", after_end) and (m := _OF_TEAM.match(text, after_end)) \
            and (_country_word(_of_title(m.group(1))) or _home_nation(m.group(1))):
        # "her boyfriend Rory McIlroy of Northern Ireland": the relation is no title, the country is
        title = _of_title(m.group(1))
        p2, _, e2 = _decorations(text, m.end(), v, doc.ends)
        position = position or p2
        after_end = max(after_end, e2, m.end())
    elif position is None and text.startswith(" of ", after_end) and "," in text[after_end:after_end + 40] \
            and _home_state_position(doc, after_end, v):
        # "Sen. Mike Lee of Utah, left,": a lawmaker's home state, then a position
        position, after_end = _home_state_position(doc, after_end, v)
    elif position is None and text.startswith(" of ", after_end) and "(" in text[after_end:after_end + 40] \
            and _of_team_position(doc, after_end, v):
        # "New Cardinal Timothy Dolan of the U.S. (L)": a titled name's country, then its side
        position, after_end = _of_team_position(doc, after_end, v)
    elif text.startswith(" of ", after_end) and " and " in text:
        # "Winner Alex Marquez of Spain and BK8 Gresini Racing MotoGP, ...": the country and
        # team after a titled name belong to its mention (the title stays)
        m = _OF_TEAM.match(text, after_end)
        if m and _is_team_or_country(m.group(1), v) and text.startswith(" and ", m.end()):
            end = _and_team(doc, m.end(), v)
            if end > m.end():
                after_end = end
    # the side after a body the person belongs to, or the home town the person comes from, is the
    # person's, set off by commas too ("Rep. X of the main opposition Democratic Party, left, and
    # ...", "Cmdr. X, of Area Central Detectives, left,", "Ann Lee from Leeds (left)")
    for word, follows in ((" of ", _OF_BODY), (" from ", _FROM_TOWN)):
        if position is not None:
            break
        if text.startswith(word, after_end) or text.startswith("," + word, after_end):
            m = follows.match(text, after_end + (text[after_end] == ","))
            if m is not None:
                p2, _, e2 = _decorations(text, m.end(), v, doc.ends)
                if p2:
                    position, after_end = p2, e2
    name_start = starts[name_idx[0]]
    start = t_start if t_start is not None else name_start
    return Mention(name, title, position, start, name_start, after_end, len(name_toks), key.split(), key)


# " from Leeds" before a comma or a bracket: a home town, up to four capitalised words (no state
# after a comma: ", from Leeds, Ann Lee, right," must not give Ann Lee's side to the one before)
_FROM_TOWN = re.compile(r" from [A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}(?=,|\s?\()")
# " of the main opposition Democratic Party" before a comma or a bracket: a named body
_OF_BODY = re.compile(r" of (?:the )?(?:[a-z]+ ){0,3}[A-Z][\w.'\u2019&\-]*(?: (?:[A-Z][\w.'\u2019&\-]*|of|for))*(?=,|\s?\()")


def _office_country_cut(toks: list, run: list) -> int:
    """After a lower-case office and "of" ("president of | Ireland Mary Robinson", "prime minister
    of | South Korea Han Duck-soo"): how many words open the run as a country, two or more name
    words left after it; else 0."""
    for n in (1, 2, 3):
        if len(run) - n < 2:
            break
        if _country_word(" ".join(toks[run[i]].text for i in range(n))):
            return n
    return 0


def _of_team_to_stop(text: str, m, after_end: int):
    """_OF_TEAM's match cut at a sentence's full stop inside it (`of Croatia. The ministers`);
    an abbreviation's period (`of the U.S. Army`, `of St. Louis`) ends no sentence."""
    stop = text.find(". ", m.start(1), m.end())
    while stop != -1:
        word = text[text.rfind(" ", 0, stop) + 1:stop]
        if len(word) >= 4 and "." not in word and word[-2:].isalpha() and word[-2:].islower():
            return _OF_TEAM.match(text[:stop], after_end)
        stop = text.find(". ", stop + 2, m.end())
    return m


def _local_name_inside(toks: list[Tok], run: list[int], v: dict) -> bool:
    """The run in brackets between two words of a place's name, the second a place noun
    ("the Old City (Kota Tua) Area", "the Grand Bazaar (Kapali Carsi) Market"): the place's name
    in the local language, not a person's."""
    a = run[0]
    b = run[-1]
    if a < 2 or b + 2 >= len(toks) or toks[a - 1].text != "(" or toks[b + 1].text != ")":
        return False
    before = toks[a - 2]
    if before.cap and before.word and not before.poss and before.low in v["heads"] and a >= 3 \
            and toks[a - 3].cap and toks[a - 3].word and toks[a].low not in v["given"]:
        return True  # "the National High School Baseball Championship (Summer Koshien)": the thing's
        # other name in brackets after its head noun
    after = toks[b + 2]
    return before.cap and after.cap and (after.low in v["place_nouns"] or after.low in v["heads"])


def _acronym_expansion(toks: list[Tok], run: list[int]) -> bool:
    """The run spells out an acronym written beside it in brackets, before ("DMK (Dravida
    Munnetra Kazhagam)") or after it ("Front National (FN - National Front)", "Pakistan
    Tehreek-e-Insaf (PTI)"): the name of a party or body, not a person's."""
    a = run[0]
    b = run[-1]
    abbr = ""
    if a >= 2:
        p = toks[a - 1]
        if p.text == "(":
            p = toks[a - 2]
            if p.acronym:
                abbr = p.text
    if not abbr and b + 2 < len(toks):
        p = toks[b + 1]
        if p.text == "(":
            p = toks[b + 2]
            if p.acronym:
                abbr = p.text
    if a >= 2 and toks[a - 1].text == "(" and _bracket_spells(toks, a):
        return True  # "B-FAST (Belgian First Aid and Support Team)": the run is inside the expansion
    if len(abbr) < 2 or len(abbr) > len(run) + 2:
        return False
    caps = every = parts = ""
    for i in run:
        p = toks[i]
        w = p.text
        if p.cap:
            caps += w[0]
        every += w[0].upper()
        for x in w.split("-"):
            if x:
                parts += x[0].upper()
    return abbr == caps or abbr == every or abbr == parts


# lower-case words inside a body's name that its acronym skips ("Immigration and Customs Enforcement")
_ACRONYM_GLUE = frozenset(("and", "of", "for", "the", "&", "on"))


def _acronym_spelled_on(toks: list[Tok], run: list[int]) -> bool:
    """The run is part of a longer body's name, the words around it (glue words aside) ending at
    an acronym in brackets that spells them ("U.S. Immigration and Customs Enforcement (ICE)",
    "the Federal Bureau of Investigation (FBI)"): not a person's name. Run words the acronym
    leaves out may only be a dotted country ("U.S."), not a name ("Jacques Rogge President of
    the International Olympic Committee (IOC)")."""
    n = len(toks)
    j = run[-1] + 1
    if j >= n:
        return False
    t = toks[j]
    if not (t.text == "(" or t.low in _ACRONYM_GLUE):
        return False
    # the bracket first (most runs have none): only glue words and capitals up to it
    k = j
    after = 0  # capitals after the run: the acronym must reach back into the run
    while True:
        if k >= n or k >= j + 8:
            return False
        t = toks[k]
        if t.text == "(":
            break
        if t.cap and t.word:
            after += 1
        elif t.low not in _ACRONYM_GLUE:
            return False
        k += 1
    if not (k + 2 < n and toks[k + 1].acronym and toks[k + 2].text == ")"):
        return False
    abbr = toks[k + 1].text
    if not (len(abbr) > after and len(abbr) >= 2):
        return False
    before = ""
    i = run[0] - 1
    while i >= 0 and i >= run[0] - 6:
        t = toks[i]
        if not (t.low in _ACRONYM_GLUE or (t.cap and t.word)):
            break
        if t.cap:
            before = t.text[0] + before
        i -= 1
    in_run = [i for i in run if toks[i].cap]
    caps = before + "".join([toks[i].text[0] for i in in_run])
    for i in range(j, k):
        t = toks[i]
        if t.cap and t.word:
            caps += t.text[0]
    if not caps.endswith(abbr):
        return False
    left_out = len(caps) - len(abbr)  # capitals the acronym does not spell
    for i in in_run[:max(0, left_out - len(before))]:
        t = toks[i]
        if "." not in t.text:
            return False
    return True


def _bracket_spells(toks: list[Tok], a: int) -> bool:
    """The bracket opening before toks[a] spells out the acronym written before it (hyphens
    and lower-case glue words aside): "B-FAST (Belgian First Aid and Support Team)"."""
    letters = toks[a - 2].text.replace("-", "")
    if not (3 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    caps = ""
    for j in range(a, min(len(toks), a + 14)):
        w = toks[j].text
        if w == ")":
            return caps == letters
        if w[:1].isupper():
            caps += w[0]
        elif w not in ("and", "of", "for", "the", "&", "de"):
            return False
    return False


# prepositions whose object ends an apposition before "and" and another person's title
_APPOSITION_OBJECT_PREPS = frozenset(("of", "for", "at", "in", "on", "with"))
# words that grade a style of address before it ("the Right Honourable", "the Most Honourable")
_STYLE_DEGREES = frozenset(("right", "rt", "most", "very"))


def _honorific_after_thing(toks: list[Tok], run: list[int]) -> int:
    """"Kamal Adwan Hospital Dr. Hussam Abu Safiya": a thing's name (a head noun in it), then an
    honorific and two name words. Returns where the honorific stands in the run, else 0."""
    head = False
    for k in range(len(run) - 2):
        t = toks[run[k]]
        if t.role_cs:
            return 0  # "Union Home Minister Shri Amit Shah": an office, its honorific, the name
        if t.hon and head and k:
            return k if toks[run[k + 1]].nameword and toks[run[k + 2]].nameword else 0
        head = head or t.head
    return 0


# words after which a capitalised run is a work's name ("a sculpture entitled Silent Witness")
_WORK_LEADS = frozenset(("entitled", "titled"))
# lower-case nouns of works that name the capitalised words right after "the <noun>"
_WORK_NOUNS = frozenset(("book", "novel", "memoir", "film", "movie", "documentary", "document", "report",
                         "album", "song", "play", "musical", "opera", "painting", "sculpture", "poem",
                         "encyclical", "exhibition", "manifesto"))


def _of_next(text: str, at: int) -> bool:
    """What _OF_TEAM needs at `at`: spaces, an optional comma, spaces (one at least), "of"
    (a cheap test by hand before the pattern: most names have no "of" after them)."""
    n = len(text)
    i = at
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] == ",":
        i += 1
        j = i
        while j < n and text[j].isspace():
            j += 1
        return j > i and text.startswith("of", j)
    return i > at and text.startswith("of", i)


# a US lawmaker's party and state after the name: ", D-Ga.", " (R-Texas)"
_US_PARTY_TAG = re.compile(r"(?:,\s*[RDI] ?- ?[A-Z]|\s*\(\s*[RDI]\s*-\s*[A-Z])")


def _marked_person(text: str, end: int) -> bool:
    """A brand's name that is a person's too, marked as a person by what follows it: a
    position or an age ("John Lewis, left, and his partner", "Calvin Klein, 81, at ..."), or a
    lawmaker's party tag ("Rep. John Lewis, D-Ga.", "Ted Baker (R-Ohio)")."""
    c = text[end:end + 1]
    if c == ",":
        return bool(_POS_COMMA.match(text, end) or _AGE.match(text, end) or _US_PARTY_TAG.match(text, end))
    return c == " " and text.startswith("(", end + 1) and _US_PARTY_TAG.match(text, end) is not None


def _role_before_brand(toks: list, name_idx: list, title_idx: list, v: dict) -> bool:
    """A brand's name that is a person's too, after a person's office ("SNCC leader John Lewis",
    "Rep. John Lewis", "fashion designer Kate Spade"): the office names a person (a given name
    opens it: "Sheriff Honor Guard" stays a body)."""
    if toks[name_idx[0]].low not in v["given"]:
        return False
    for i in title_idx:
        if toks[i].role:
            return True
    j = name_idx[0] - 1
    return j >= 0 and toks[j].role and toks[j].word and not toks[j].cap and not toks[j].masked


_LIST_OPENER_BEFORE = re.compile(r"(?:[Ff]rom (?:left|right)|\([LR] ?(?:-|to) ?[LR]\))[,:]? $")


def _list_opener_before(text: str, start: int) -> bool:
    """A brand's name that is a person's too, opening a marked list ("From left: John Lewis,
    ..."): the list names people."""
    return bool(_LIST_OPENER_BEFORE.search(text, max(0, start - 14), start))


_AHEAD_ARTICLES = frozenset(("the", "a", "an"))
# Nouns for a picture of someone: after "a portrait of" the office opens its own apposition
# ("portraits of the last emperor, Puyi,"), where after "the governor of" the "the" is inside one.
_DEPICTIONS = frozenset(("portrait", "portraits", "photo", "photos", "photograph", "photographs", "picture",
                         "pictures", "image", "images", "poster", "posters", "statue", "statues", "bust",
                         "effigy", "effigies", "mural", "murals", "painting", "paintings", "banner", "banners"))


def _depiction_of(toks: list, of_at: int) -> bool:
    """toks[of_at] is a lower-case "of" after a picture noun ("portraits of", "a photo of")."""
    return toks[of_at].low == "of" and of_at >= 1 and toks[of_at - 1].low in _DEPICTIONS and not toks[of_at - 1].cap
_APPOS_CLOSE = frozenset((",", ".", ";", ":", ")", ""))
# a preposition right after a name in an apposition its writer left unclosed ("speaks with deputy
# prime minister, Mehmet Simsek during a meeting"): the name ends there as at a comma
_APPOS_OPEN_NEXT = frozenset(("during", "in", "at", "on", "after", "before", "as", "while", "outside", "near"))


def _title_after_prep(doc: Doc, comma: int, v: dict, found: list) -> bool:
    """The office before toks[comma] opens right after a preposition of _AHEAD_PREPS ("with deputy
    prime minister, X during"), not after an article that may open the main clause's subject."""
    if doc.toks[comma].text != ",":
        return False
    title = _title_ahead(doc, comma, v, found)
    if not title:
        return False
    text = doc.text
    at = text.rfind(title, 0, doc.starts[comma])
    if at <= 0:
        return False
    b = text.rfind(" ", 0, at - 1) + 1
    if text[b:at - 1] in _AHEAD_ARTICLES and b > 0:  # ("with the Prime Minister, X during")
        at = b
        b = text.rfind(" ", 0, at - 1) + 1
    return text[b:at - 1] in _AHEAD_PREPS


def _appos_left_open(text: str, after_end: int) -> bool:
    """A preposition of _APPOS_OPEN_NEXT after the name (a verb there opens the main clause: "After
    meeting the president, X spoke")."""
    if text[after_end:after_end + 1] != " " or not "a" <= text[after_end + 1:after_end + 2] <= "w":
        return False
    e = text.find(" ", after_end + 1)
    return text[after_end + 1:e if e > 0 else len(text)] in _APPOS_OPEN_NEXT
# an article after these words opens the office's complement, not the office ("the governor of
# the Bank of England")
_AHEAD_INNER = frozenset(("of", "for", "at", "to", "in", "on"))
_AHEAD_CLOSERS = frozenset(",;:()[]\"\u201c\u201d")


_QUOTE_CLOSERS = frozenset(('"', "\u201d"))
# a royal couple's titles before one name ("Emperor and Empress Masako", "King and Queen Maxima"):
# the name is the consort's, and so is the title (_couple_title)
_COUPLE_ROLES = (("emperor and ", "empress"), ("king and ", "queen"), ("prince and ", "princess"),
                 ("duke and ", "duchess"), ("grand duke and ", "grand duchess"))


# role words that only follow the office they qualify ("Prime Minister designate X"); opening a
# title they are the verb ("will designate Sarah Jones")
_AFTER_OFFICE_ROLES = frozenset(("designate",))


def _kin_lead(title: str, v: dict) -> bool:
    """A relation in lower case after an adjective or two ("Single mother", "New mother", "proud
    father"): no role word and no possessive before it."""
    words = title.split(" ")
    last = words[-1]
    if not last.islower() or last not in v["family"]:
        return False
    for w in words[:-1]:
        low = w.casefold()
        if "'" in w or "\u2019" in w or low in v["roles"] or not w.isalpha():
            return False
    return True


def _couple_title(title: str) -> str:
    """The last title of a royal couple's pair before one name: "Dutch King and Queen" -> "Dutch
    Queen"; any other title as it was."""
    low = title.casefold()
    for male, female in _COUPLE_ROLES:
        if low.endswith(male + female):
            k = len(title) - len(male) - len(female)
            if male == "prince and " and low.endswith("crown " + male + female):
                return title  # ("Crown Prince and Princess": both crown; keep as written)
            return title[:k] + title[k + len(male):]
    return title


def _quoted_work_start(text: str, close: int) -> int:
    """Where a quoted work's name ending at text[close] opens (its quote, or a title opener such
    as "Former" before it), else -1: a short capitalised name, no quoted speech (which ends in a
    comma or a stop: `"It was hell," said resident X`)."""
    q = text[close]
    o = text.rfind("\u201c" if q == "\u201d" else '"', max(0, close - 50), close)
    if o < 0 or not text[o + 1:o + 2].isupper() or text[close - 1] in ",.!?" or "." in text[o:close]:
        return -1
    if o and text[o - 1] not in " (":
        return -1
    b = text.rfind(" ", 0, o - 1) + 1
    if o >= 2 and text[b:o - 1].casefold() in _TITLE_OPENERS:
        return b  # ("Former “Daily Show” host")
    return o


def _kin_of_owner(title: str, v: dict) -> str | None:
    """"X's sister and special envoy": after a possessive, a relation (family_words.txt), which is no
    title, then perhaps "and" and an office, which is. Returns that office ("" when there is none),
    or None when no relation follows the possessive."""
    role = re.split("['\u2019]s ", title, maxsplit=1)[1]
    word, _, rest = role.partition(" ")
    if word.casefold() not in v["family"]:
        return None
    if rest.startswith("and ") and len(rest) > 4:
        return rest[4:]
    return "" if not rest else None


def _drop_owner_mention(title: str, found: list, v: dict) -> None:
    """"Severn Trent's chief executive, Dame Olivia Garfield": the company owning the office,
    read just before as a name, is no person ("Donald Trump's lawyer, Todd Blanche" keeps
    Trump: a given name opens a person's name, or the role is one only a person has). The
    caller has seen "'s " in the title."""
    owner, _, role = re.split("(['\u2019]s )", title, maxsplit=1)
    last = found[-1]
    if last.name == owner and last.words[0] not in v["given"] \
            and role.partition(" ")[0].casefold() not in v["person_owned"]:
        found.pop()  # ("Harvey Weinstein's lawyer, Arthur Aidala": only a person has a lawyer)


# words that go on after such a name, never the clause's verb (_honorific_apposition)
_AFTER_HONORIFIC_NAME = frozenset(("as", "and", "alongside", "during", "while", "with", "at", "in", "on"))
# prepositions after which a capitalised office opens the apposition's title (_title_ahead):
# "a gift from Governor of Ogun State, Dapo Abiodun"
_AHEAD_PREPS = frozenset(("from", "by", "with", "alongside", "and"))


def _word_after_in(text: str, end: int, words: frozenset) -> bool:
    """The word after text[end] (past one space) is one of `words`."""
    nxt = text[end:end + 24].split(None, 1)
    return bool(nxt) and nxt[0] in words


def _honorific_apposition(doc: Doc, first: int, after_end: int, v: dict) -> bool:
    """"with the Deputy Governor, Mrs Noimot Salako Oyedele as he receives": a personal
    honorific after the comma marks the office's name though no comma closes it (and no verb
    of the clause follows the name: "After meeting the president, Mr Smith said")."""
    toks = doc.toks
    h = toks[first - 1]
    if not h.hon:
        return False
    k = _style_opening(toks, first - 1)
    if not ((h.low.rstrip(".") in _NAME_OPENING_HONORIFICS or k < first - 1) and k >= 1 and toks[k - 1].text == ","):
        return False  # (a spelled-out style marks the name too: ", Her Excellency X with")
    nxt = doc.text[after_end:after_end + 24].split(None, 1)
    return bool(nxt) and nxt[0] in _AFTER_HONORIFIC_NAME


def _office_of_comma(toks: list[Tok], first: int, v: dict) -> bool:
    """"a gift from Governor of Ogun State, Dapo Abiodun in Abuja", "Merkel and President of
    the German Supreme Court, Dr. Andreas Vosskuhle attend": a capitalised "ROLE of BODY" after
    a preposition or "and", then a comma, is the next name's office though no comma closes the
    name (a clause's subject after an opening phrase has no such office before it)."""
    k = first - 1
    if toks[k].hon and k >= 2:
        k -= 1
    if toks[k].text != ",":
        return False
    j = k - 1
    while j >= 2 and k - j <= 10 and (toks[j].cap or toks[j].low in ("of", "the", "and")) \
            and toks[j].word and not toks[j].poss and not toks[j].masked:
        if toks[j].low == "of" and toks[j - 1].role and toks[j - 1].cap:
            r = j - 1
            before = toks[r - 1]
            if before.low in v["modifiers"] and not before.cap and r >= 2:
                before = toks[r - 2]  # "by former Governor of Ogun State, ..."
            return before.low in _AHEAD_PREPS and not before.cap
        j -= 1
    return False


# an office's initials in brackets, then a capitalised name of two or three words and what follows it
_ABBR_THEN_NAME = re.compile(r"\([A-Z][A-Za-z0-9&\-]{1,7}\) (?:[A-Z][\w'\-]+ ){1,2}[A-Z][\w'\-]+(?P<after> \(|\s+[a-z]+|$)")


def _abbr_then_person(a: str, v: dict, following: str) -> bool:
    """`Minister of Public Works (PUPR) Basuki Hadimuljono (left)`, `... (PUPR) Basuki Hadimuljono rode`:
    an office, its initials, then a name with its side or its verb after it: the next person's
    lead title, no apposition (but `the Communist Party of China (CPC) Central Committee and ...`
    names a body)."""
    m = _ABBR_THEN_NAME.search(a)
    if m is None:
        return False
    after = m.group("after").strip()
    if not after and m.end() == len(a):  # (the apposition read stops before the side or the verb)
        at = following.find(a)
        words = following[at + len(a):].split(None, 1) if at != -1 else []
        after = "" if not words else "(" if words[0][:1] == "(" else words[0]
    return after == "(" or after in v["verbs"] or (after[-1:] == "s" and after.isalpha() and after.islower()
                                                    and len(after) > 3) or after in _plural_verbs(v) or after in _IRREGULAR_PAST


def _title_ahead(doc: Doc, comma: int, v: dict, found: list) -> str | None:
    """The newspaper apposition: an office written before the name and set off by a comma
    ("The Israeli prime minister, Benjamin Netanyahu,", "and the governor of the Bank of
    England, Andrew Bailey,", "Tesla's chief executive, Elon Musk,"); toks[comma] is that
    comma. The office opens with an article or a capitalised possessive, and all of its words
    up to the comma make the title, or there is none."""
    toks, starts, text = doc.toks, doc.starts, doc.text
    opens: list[int] = []
    k = comma - 1
    end = starts[comma]
    qualifier = ""
    if toks[k].text == ")" and k >= 3:
        q = _office_qualifier(toks, k)
        if q:  # "the Permanent Secretary for Development (Works), Mr X": the office's branch in brackets
            qualifier, end, k = text[starts[q]:end], starts[q], q - 1
            comma = q
    while k >= 0 and comma - k <= 14:
        t = toks[k]
        if t.masked or t.text in _AHEAD_CLOSERS or (t.stop and k < comma - 1):
            break
        if t.low in _AHEAD_ARTICLES and t.word and not (k >= 1 and toks[k - 1].low in _AHEAD_INNER
                                                        and not _depiction_of(toks, k - 1)) \
                and (t.low == "the" or k == 0 or toks[k - 1].stop or toks[k - 1].text in ";:("):
            opens.append(k)  # ("A researcher, X," opens a sentence; "where a driver, X, rammed" tells
            # what he did)
        elif t.role and t.cap and k >= 1 and (toks[k - 1].low in _AHEAD_PREPS or (
                k >= 2 and toks[k - 1].low in v["modifiers"] and toks[k - 2].low in _AHEAD_PREPS)):
            opens.append(k if toks[k - 1].low in _AHEAD_PREPS else k - 1)
        elif t.poss and t.cap and t.word:
            m = k
            while m >= 1 and comma - m < 14 and toks[m - 1].cap and toks[m - 1].word and not toks[m - 1].poss \
                    and not toks[m - 1].stop and not toks[m - 1].masked:
                m -= 1
            if not (m >= 1 and toks[m - 1].low in _AHEAD_ARTICLES):
                opens.append(m)  # "Tesla's chief executive", "Novo Nordisk's chief executive"
            k = m
        k -= 1
    if not opens and k < 0 and comma >= 2 and toks[0].cap and toks[0].word and not toks[0].masked \
            and not _plural_role(toks[0].low, v):
        o = _after_clause_verb(toks, comma, v)
        if o >= 0:
            opens.append(o)  # the caption's first words, no article: "EU foreign policy chief, X, speaks"
            # ("President X receives Kebbi State Governor, Y,": the office opens after the verb)
    if not opens:
        return None
    if "s " in text[starts[opens[-1]]:end] and ("'s " in text[starts[opens[-1]]:end]
                                                 or "\u2019s " in text[starts[opens[-1]]:end]):
        kin = _kin_of_owner(text[starts[opens[-1]]:end], v)
        if kin:  # "President X's daughter and senior adviser, Y,": the office after the relation
            words = kin.split()
            title = _apposition_title(kin, v) or _office_ahead(words, v)
            if title and title == " ".join(words).rstrip("."):
                return title
    if found and found[-1].end > starts[opens[-1]] and found[-1].start < starts[opens[-1]]:
        return None  # ("Jane Doe, a welder, John Smith": the office is the person's before)
    for k in reversed(opens):  # the farthest opening first
        phrase = text[starts[k]:end]
        words = _ART.sub("", phrase).split()
        if not words:
            continue
        head = words[0].casefold()
        for w in words:
            if w.casefold() in _AHEAD_INNER:
                break
            head = w.casefold()
        if words[0].casefold() in v["family"] or _POSS_END.sub("", head) in v["family"]:
            return None  # "The widow of the president, Jane Doe,": a relation, not a title
        title = _apposition_title(phrase, v) or _office_ahead(words, v)
        if title and title == " ".join(words).rstrip("."):
            if found and found[-1].start == starts[k] and toks[k].cap and found[-1].words[0] not in v["given"]:
                found.pop()  # "Thames Water's new chair, X,": the company owns the office, no person
                # (but "Donald Trump's lawyer, X,": a given name opens a person's name)
            return title + " " + qualifier.strip() if qualifier else title
    return None


def _after_clause_verb(toks: list[Tok], comma: int, v: dict) -> int:
    """Where an apposition's office opens among a caption's first words before toks[comma]: at 0,
    or after the last lower-case caption verb there ("President X receives Lagos State Governor,")
    when a capitalised word follows it; -1 when none does."""
    verbs = v["verbs"]
    o = 0
    for q in range(comma - 1):
        t = toks[q]
        if t.word and not t.cap and not t.masked and t.low in verbs:
            o = q + 1 if toks[q + 1].cap and toks[q + 1].word else -1
    return o


def _office_qualifier(toks: list[Tok], close: int) -> int:
    """Where "(" opens a bracket of one to three capitalised words closed at toks[close] right after
    an office ("Secretary for Development (Works)"); else 0."""
    k = close - 1
    while k > close - 4 and toks[k].cap and toks[k].word and not toks[k].masked:
        k -= 1
    return k if k < close - 1 and toks[k].text == "(" and toks[k - 1].cap and toks[k - 1].word else 0


_OFFICE_GLUE = frozenset(("of", "the", "and", "&", "for", "de"))


def _office_ahead(words: list[str], v: dict) -> str | None:
    """"Bank of England governor", "Federal Reserve vice chair": an office whose body's
    name comes first, ending in its role word (what _apposition_title reads the other way)."""
    if len(words) < 2 or len(words) > 9:
        return None
    last = _POSS_END.sub("", words[-1].casefold().rstrip("."))
    if last not in v["roles"] or not words[0][:1].isupper():
        return None
    nouns = 0
    for w in words[:-1]:
        low = w.casefold().rstrip(".")
        if w[:1].isupper() or low in _OFFICE_GLUE or low in v["roles"] or low in v["modifiers"]:
            continue
        if w.isalpha() and w.islower() and low not in v["verbs"] and low not in v["family"] and nouns < 2:
            nouns += 1
            continue
        return None
    return " ".join(words).rstrip(".")


_PARTY_VERB_NEXT = frozenset("""in at on during after outside with as into until near to for the a an his
    her their its""".split())
# organisation nouns that are verbs too ("Sen. John Smith volunteers at a food bank")
_VERB_NOUNS = frozenset(("party", "volunteers", "monitors"))
# ... and some only with an object after them: "Tom Baker guards the gate", but "Kremlin
# guards in Moscow" are the Kremlin's
_OBJECT_VERB_NOUNS = frozenset(("guards",))
_OBJECT_OPENERS = frozenset("the a an his her their its".split())


# titles written with a given name alone, which may also be a place's ("Queen Mary",
# "Crown Princess Victoria")
# a ruler's title that is a common given name too ("Amir Peretz"; a Sultan after "King" is
# the regnal style: "Malaysia's King Sultan Ibrahim")
_ROYAL_GIVEN = frozenset(("amir",))
# a noble's title that is a common given name too: after a rank or another role it opens the
# name ("Master Sgt. Earl D. Plumlee", "Pfc. Prince Owusu", "Cpl. Duke Ellis")
_NOBLE_GIVEN = frozenset(("earl", "prince", "duke"))
# of those, the peers' titles: a peer is written "Duke of X" or "Earl X", never with a given name and a
# surname in a list of people (a prince is: "Prince Haakon, Marius Borg Hoiby and ...")
_PEER_GIVEN = _NOBLE_GIVEN - {"prince"}
# a judge's style that is a given name too ("Justice Mensah", West and Southern Africa): read as the
# given name before one surname when no court is spoken of (_court_words_in)
_VIRTUE_GIVEN = frozenset(("justice",))
# a school year that is a given name too ("Junior Alvarado"): read as the given name before one surname
_YEAR_GIVEN = frozenset(("junior",))
# words that place a caption in a court, where "Justice X" is the judge's style
_COURT_WORDS = frozenset(("court", "courts", "courtroom", "judge", "judges", "justices", "bench", "tribunal",
                          "supreme", "judiciary", "judicial", "ruling", "verdict", "magistrate", "trial",
                          "hearing", "inquiry", "commission", "bar"))


def _court_words_in(toks: list) -> bool:
    for t in toks:
        if t.low in _COURT_WORDS:
            return True
    return False


_GIVEN_NAME_ROLES = frozenset("""king queen prince princess emperor empress pope sultan emir sheikh
    sheikha duke duchess archduke archduchess infanta infante""".split())


def _office_then_place_surname(toks: list[Tok], title_idx, name_toks: list[Tok], last: int, v: dict) -> bool:
    """"Secretary Kerry visits", "Secretary Austin speaks": a capitalised office, then one word
    that a town or county also bears, then the clause's verb: the word is the holder's surname."""
    if not title_idx or len(name_toks) != 1 or last + 1 >= len(toks):
        return False
    office, nxt = toks[title_idx[-1]], toks[last + 1]
    return bool(office.cap and office.role and not office.upper and nxt.word and not nxt.cap
                and (nxt.low in v["verbs"] or _singular_verb(nxt)) and _place_word_name(name_toks[0], v)
                and not name_toks[0].poss and not name_toks[0].upper)


def _function_word_surname(toks: list[Tok], k: int, v: dict) -> bool:
    """A capitalised preposition right after a given name and right before the clause's verb
    ("Adam Via inspects", "Maria Del ... " is a particle instead): a surname that is spelt like
    the word ("Via", "Amid"), never the word mid-sentence in capitals."""
    nxt = toks[k + 1]
    return bool((nxt.low in v["verbs"] or _singular_verb(nxt)) and not nxt.cap and toks[k].low not in v["particles"]
                and toks[k].low not in ("and", "or", "the", "a", "an", "but"))


def _listed_between_names(toks: list[Tok], first: int, last: int, v: dict) -> bool:
    """The run first..last is an item of a comma list of people: a comma before it, and after it a
    comma (or `and`) and a given name with a surname, no title ("..., Earl Garrison, John Sparks")."""
    k = last + 1
    return bool(first >= 1 and toks[first - 1].text == "," and k + 2 < len(toks)
                and (toks[k].text == "," or toks[k].low == "and") and toks[k + 1].low in v["given"]
                and not toks[k + 1].role and toks[k + 2].plain and not toks[k + 2].role)


def _rank_or_style(t: Tok, v: dict) -> bool:
    """A military rank's last word ("Sgt.", "Class", "Cpl.") or a style of address ("Coach"):
    before a noble's title that is also a given name, that title is the name ("Master Sgt.
    Earl D. Plumlee"); after an office it stays a title ("Foreign Minister Prince Faisal")."""
    return t.low in v["rank_ends"] or t.low in _ADDRESS_STYLES


def _name_words(rtoks, a: int, b: int) -> bool:
    """rtoks[a..b] are name words (initials too: "D. Plumlee"), none a role or an honorific."""
    for k in range(a, b + 1):
        t = rtoks[k]
        if not t.nameword or t.role or t.hon or t.poss:
            return False
    return True


def _plain_names(rtoks, a: int, b: int) -> bool:
    """rtoks[a..b] are all plain name words, none a role or an honorific ("Khan Muttaqi")."""
    for k in range(a, b + 1):
        t = rtoks[k]
        if not t.plain or t.role or t.hon:
            return False
    return True


# clergy addressed by a given name that may also be a place's ("Father Paul", "Sister Lourdes")
_CLERGY_GIVEN = frozenset(("father", "sister", "brother", "mother", "fr", "sr", "pastor", "imam", "rabbi",
                           "bishop", "archbishop", "patriarch", "metropolitan"))  # ("Patriarch Kirill", "Archbishop Paul")


# words that open a title and never a name ("Former Proud Boys leader Enrique Tarrio")
_TITLE_OPENERS = frozenset("""former late acting interim outgoing incoming then ousted jailed detained slain
    deposed exiled embattled disgraced impeached""".split())

_OFFICE_JOINS = frozenset(("of", "for", "to", "the", "and", "&"))  # ("Secretary to the Government")


def _office_words_start(toks: list[Tok], k: int, v: dict) -> int:
    """The first word of the capitalised words and their joins that end at toks[k]."""
    while k >= 0:
        t = toks[k]
        if t.stop or t.masked:
            break
        if t.cap and t.word:
            k -= 1
        elif t.word and t.low in _OFFICE_JOINS and not t.cap and k >= 1 \
                and (t.low != "and" or toks[k - 1].role or toks[k - 1].low in v["domains"]):
            k -= 1  # ("Councilor and Minister": joint offices; "Defence and Veterans Affairs": a portfolio)
        elif t.low == "on" and t.word and not t.masked and k >= 1 and k + 1 < len(toks) and toks[k - 1].role \
                and toks[k + 1].cap and not toks[k + 1].month and toks[k + 1].low not in v["days"]:
            k -= 1  # ("Adviser to the President on National Security": a role's field after "on")
        else:
            break
    k += 1
    while k < len(toks) and not toks[k].cap:
        k += 1  # (no join opens it)
    return k


def _role_of_lower_body(toks: list[Tok], k: int, comma: int, v: dict) -> int:
    """"A spokesman for the army, Col. X", "The spokeswoman of the armed forces, Maj. Y": before a
    rank, a lower-case role and its body in lower case ("for the army") opening the sentence,
    after its article: the office's first token (the role), else -1. A nationality adjective may
    open the body ("A spokesman for the Sudanese army, Col. X")."""
    j = k
    while j > k - 2 and j >= 0 and toks[j].word and not toks[j].cap and not toks[j].masked \
            and toks[j].low not in _AHEAD_ARTICLES and toks[j].low.isalpha():
        j -= 1  # (one or two lower-case words of the body: "the army", "the armed forces")
    if j < k and j >= 0 and toks[j].cap and toks[j].word and not toks[j].poss and not toks[j].masked \
            and toks[j].low in v["demonyms"]:
        j -= 1  # ("the Sudanese army": the body's nationality)
    if j == k or j < 2 or toks[j].low != "the" or toks[j - 1].low not in ("of", "for", "to"):
        return -1
    o = j - 2
    t = toks[o]
    if not (t.role and t.word and not t.cap and not t.masked) or o + 4 > comma:
        return -1
    if o == 0 or toks[o - 1].low not in _AHEAD_ARTICLES or not (o == 1 or toks[o - 2].stop or not toks[o - 2].word):
        return -1  # (only an office opening its sentence after its article: "Troops of the army, Col. X" is none)
    return o


def _office_before_title(toks: list[Tok], first: int, t_start: int, v: dict, found: list, starts: list) -> int:
    """The office a comma sets before another title and its name, both the person's ("Chinese
    State Councilor and Minister of National Defence, Sen. Lt. Gen. Wei Fenghe"; "Party General
    Secretary, State President To Lam"; "acting Foreign Minister of Afghanistan, Taliban official
    X"; the US forces' "Commander, U.S. European Command, Gen. X"): capitalised words and their
    joins ending in a role word or its "of ...", or a role word, a comma and its command. Before a
    title that is no rank the office must open the sentence or follow a title's opener ("Speaking
    after the Minister, President X said" is no office of hers). Returns the office's first token,
    else -1."""
    comma = first - 1
    while comma > 0 and starts[comma] > t_start - 2:
        comma -= 1
    if toks[comma].text != "," or starts[comma] != t_start - 2:
        return -1
    rank = toks[first - 1].low in v["rank_ends"]
    k = comma - 1
    if k < 0:
        return -1
    if not toks[k].cap:
        return _role_of_lower_body(toks, k, comma, v) if rank else -1
    o = _office_words_start(toks, k, v)
    r = k
    while r > o and not toks[r].role:
        r -= 1
    if toks[r].role and (r == k or toks[r + 1].low in ("of", "for", "to", "on")):
        pass  # ("Minister of National Defence": the role's own "of" ends it; "Adviser to the
        # President on National Security": the inner office's "on" and its field)
    elif o >= 3 and toks[o - 1].low == "the" and toks[o - 2].low in ("of", "for", "to") \
            and toks[o - 3].role and not toks[o - 3].cap and toks[o - 3].word and not toks[o - 3].masked:
        o -= 3  # "A spokesman for the Ministry of Interior, Colonel X": a lower-case role of the body
    elif o >= 2 and toks[o - 1].text == "," and toks[o - 2].role and toks[o - 2].cap \
            and (o == 2 or not toks[o - 3].word or toks[o - 3].stop):
        o -= 2  # "Commander, U.S. European Command, Gen.": the role opens the caption's clause
    else:
        return -1
    if o >= comma or (found and found[-1].end > starts[o]):
        return -1  # (the words were a person's before: "A, Gen. B")
    if o >= 1 and toks[o - 1].low in _AHEAD_ARTICLES and not (
            toks[o - 1].cap and (o == 1 or toks[o - 2].stop or not toks[o - 2].word)):
        return -1  # ("After meeting the President, Gen. X said": another's office, an object;
        # but "A spokesman for the Ministry of Interior, Colonel X" opens the sentence)
    opener = o >= 1 and toks[o - 1].low in _TITLE_OPENERS and not toks[o - 1].cap
    if not rank and not (o == 0 or opener or toks[o - 1].low == "visiting" or toks[o - 1].stop
                         or (not toks[o - 1].word and toks[o - 1].text != ",")):
        return -1
    if toks[o].low in _LEAD_NOT_TITLE and toks[o].cap:
        return -1  # ("With the Archbishop, Father X": a clause's preposition opens no office)
    if not opener and toks[o].low in _AHEAD_ARTICLES and toks[o].cap and o + 1 < comma:
        o += 1  # ("The Governor of Anambra State, Professor X": a leading article is no title's)
    return o - 1 if opener else o  # ("former Defence Minister, Gen. X")


def _place_named(toks: list[Tok], run: list[int]) -> bool:
    """A district's or a stop's name: a run with no role word right before a lower-case
    place noun ("Kyiv's Podil district", "the Shejaiya neighbourhood"), or in apposition
    after "the <noun>," opening a sentence ("The village, Ivanivka, was shelled")."""
    k = run[-1] + 1
    j = run[0] - 1
    # (the tokens next to the run in typed locals: compiled, each read is then a C field)
    last = toks[k - 1]
    nxt = toks[k] if k < len(toks) else None
    prv = toks[j] if j >= 0 else None
    after = nxt is not None and nxt.place_noun and not last.closes
    if not after and k + 1 < len(toks) and (nxt.low in _SITE_MODIFIERS or nxt.low in _QUARTER_MODIFIERS) \
            and toks[k + 1].place_noun \
            and not last.closes:
        after = True  # "Kapitan Andreevo border checkpoint"
    appos = (j >= 2 and prv.text == "," and toks[j - 1].place_noun and toks[j - 2].low == "the"
             and _clause_start(toks, j - 2))
    if appos:
        return True
    if not after and j >= 1 and not prv.cap and (prv.place_noun or prv.low in _SITE_NOUNS):
        after = _the_noun_before(toks, j) and not _office_of_the_noun(toks, run[0])  # "the refugee camp Al Zaatari", "the border town Rafah"
    if not after and j >= 2 and (prv.low == "of" or (prv.low in _CALLED_WORDS and not prv.cap)):
        after = _settlement_of(toks[j - 1])  # "the resort of Agia Pelagia", "the hamlet of Santa Eulalia",
        # "a village called Darra Khel"
    if not after and j >= 1 and not prv.cap and prv.low[-2:] in ("'s", "\u2019s") and prv.low[:-2] in _OWNING_SETTLEMENTS \
            and toks[j - 1].low == "the":
        after = True  # "the capital's Puran Dhaka", "the city's Chawk Bazar": a quarter the town owns
    if not after:
        return False
    for i in run:
        t = toks[i]
        if t.role_cs or t.hon:
            return False  # "Sen. Jane Doe district office": a titled person
    if prv is not None and (prv.role_cs or prv.hon):
        return False  # "President Joe Biden street rally": the title before the run makes a person
    return True


def _eponym_or_show(toks: list[Tok], run: list[int], v: dict) -> bool:
    """A name inside another name: a person's possessive before a lower-case noun of an
    eponymous disease ("Lou Gehrig's disease", "Guillain-Barre syndrome" aside), or a
    programme's name after a weekday ("Saturday Night Live", "Monday Night Football")."""
    last = toks[run[-1]]
    k = run[-1] + 1
    if (last.poss or len(run) == 1) and k < len(toks) and toks[k].low in _EPONYM_NOUNS and not toks[k].cap \
            and (last.poss or (toks[k].low in _EPONYM_PLAIN and not last.masked)):
        # (without the possessive too: "Usher syndrome", "Down syndrome", "Crohn disease")
        for i in run:
            t = toks[i]
            if t.role or t.hon:
                return False  # "Former President Jimmy Carter's disease": a titled person
        return True
    if last.poss and k < len(toks) and toks[k].cap and toks[k].low in _ROYAL_EPONYM_HEADS \
            and toks[run[0]].low in _ROYAL_EPONYM_TITLES and len(run) >= 2:
        return True  # "King Edward VII's Hospital", "Queen Mary's College": an institution's name
    if last.poss and k < len(toks) and toks[k].cap and _eatery_after(toks, k):
        for i in run:
            t = toks[i]
            if t.role or t.hon:
                return False  # ("Chef Ana Ruiz's Bistro": a titled person owns it)
        return True  # "Big Ed's Diner", "Molly Malone's Pub": a business's name
    j = run[0] - 1
    if j < 0:
        return False
    t = toks[run[0]]  # (typed locals when compiled: their reads are C fields)
    if t.low not in _DAY_PARTS:
        return False
    t = toks[j]
    if not t.cap or t.low not in _WEEKDAYS:
        return False
    for i in run[1:]:
        if _given_name(toks[i], v):
            return False  # ("On Saturday Night Lucas Moura scored": a name after the show's words)
    return len(run) <= 3


@functools.cache
def _eatery_nouns() -> frozenset[str]:
    from .places import _venue_words  # the places step owns this vocabulary
    return frozenset(w.casefold() for w in _venue_words()["eatery"])


def _eatery_after(toks: list[Tok], k: int) -> bool:
    """A capitalised eatery's or shop's noun (venue_words.txt [eatery]) at `k` that ends the
    capitalised words ("Big Ed's Diner in Ames"; not "Josh's Bar Mitzvah"), or "Coffee House"."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if t.low == "coffee":
        return nxt is not None and nxt.cap and nxt.low in ("house", "shop")
    return t.low in _eatery_nouns() and (nxt is None or not nxt.cap or not nxt.word)


def _house_named(toks: list[Tok], run: list[int]) -> bool:
    """A fashion house named after its founder is a name inside another name: the house
    noun before it ("Taiwanese fashion house Shiatzy Chen") or after it ("for John Galliano
    fashion house"), or "Maison" opening it ("Maison Margiela's collection")."""
    a = run[0]
    b = run[-1]
    p = toks[a]
    if p.low == "maison" and b > a:
        return True
    if a >= 2:
        p = toks[a - 1]
        if not p.cap and p.word and p.low in _HOUSE_NOUNS and toks[a - 2].low in _HOUSE_KINDS:
            return True
    if b + 2 < len(toks):
        p = toks[b + 1]
        return not p.cap and p.word and p.low in _HOUSE_KINDS and toks[b + 2].low in _HOUSE_NOUNS
    return False


def _family_named(toks: list[Tok], i: int) -> bool:
    """"the Bhutto family", "the Gandhi political dynasty": a lone surname between "the" and a
    lower-case family noun (one adjective of kind may stand between) names the family, no person."""
    if i == 0 or toks[i - 1].low != "the" or toks[i].poss:
        return False
    k = i + 1
    if k < len(toks) and not toks[k].cap and toks[k].low in _FAMILY_KINDS:
        k += 1
    return k < len(toks) and not toks[k].cap and toks[k].low in _FAMILY_NOUNS


# lower-case nouns of a family by its surname, and the adjectives of its kind ("the X political dynasty")
_FAMILY_NOUNS = frozenset(("family", "families", "dynasty", "clan", "clans", "household"))
_FAMILY_KINDS = frozenset(("political", "royal", "ruling", "powerful", "famous", "wealthy", "prominent",
                           "extended", "whole", "entire", "business", "banking", "crime", "mafia"))


_HOUSE_KINDS = frozenset(("fashion", "couture", "luxury", "design", "jewellery", "jewelry", "perfume"))
_HOUSE_NOUNS = frozenset(("house", "houses", "label", "labels", "brand", "brands"))


# lower-case nouns a person's possessive names a thing with ("Lou Gehrig's disease")
_EPONYM_NOUNS = frozenset(("disease", "syndrome", "palsy", "sarcoma", "lymphoma", "ataxia", "dystrophy",
                           "chorea", "comet"))
# institutions named after a monarch or a royal with the possessive ("King Edward VII's Hospital")
_ROYAL_EPONYM_TITLES = frozenset(("king", "queen", "prince", "princess"))
_ROYAL_EPONYM_HEADS = frozenset(("hospital", "college", "school", "hall", "chapel", "park", "gate",
                                 "gardens", "infirmary", "university", "academy", "bridge", "theatre"))
_EPONYM_PLAIN = frozenset(("disease", "syndrome", "palsy", "sarcoma", "lymphoma"))
_DAY_PARTS = frozenset(("night", "morning", "afternoon", "evening"))
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _office_of_the_noun(toks: list[Tok], j: int) -> bool:
    """"the mayor of the city Alexey Kulemzin", "the Acting Governor of the region Vladimir Saldo"
    (EPA's wording of Russian and Ukrainian officials): "the <noun>" before the run at `j` is
    the office's domain, and the run is the office holder, no place."""
    return _role_of_the_noun(toks, j - 1) >= 0


def _role_of_the_noun(toks: list[Tok], n: int) -> int:
    """The role word of "ROLE of the [modifier] NOUN" ending at the lower-case noun at `n`
    ("deputy head of the regional administration"), or -1."""
    k = n
    while k >= 1 and k >= n - 2 and toks[k].low != "the":
        if toks[k].cap or not toks[k].word:
            return -1
        k -= 1
    if k >= 2 and toks[k].low == "the" and toks[k - 1].low == "of" and toks[k - 2].role_cs and k < n:
        return k - 2
    return -1


def _settlement_of(t: Tok) -> bool:
    """A lower-case noun of settlements or districts before "of": what "of" names is a place."""
    return t.word and not t.cap and not t.masked and (t.place_noun or t.low in _SITE_NOUNS
                                                      or t.low in _RESORT_NOUNS)


# lower-case settlements whose possessive owns a quarter or a landmark, not a person
_OWNING_SETTLEMENTS = frozenset(("capital", "city", "town", "village", "port", "district"))


# settlement nouns beside place_nouns.txt and _SITE_NOUNS ("the seaside resort of Sveti Stefan",
# "the community of Lakeview Bay", "the hot springs of Terme Alte")
_RESORT_NOUNS = frozenset(("resort", "spa", "oasis", "outpost", "islet", "community", "springs"))

# words that name what a settlement noun before them is called ("a village called Darra Khel")
_CALLED_WORDS = frozenset(("called", "named"))


def _thing_beside(toks: list, run: list, v: dict) -> bool:
    """A run that names an event, a competition, a fashion collection or a unit by the words
    around it: a lower-case event noun after it ("the company's Foundry Direct Connect
    event", "the club's Super Lig title"), a digit ordinal before it ("the 25th Super Lig"),
    a season then a year after it ("Coach Spring 2026", "Prada Spring/Summer 2026"), a plural
    of service members at its end ("U.S. Marines", "French Legionnaires"), an owner's
    possessive before it and a noun of what owners run after it ("Russia's Wagner group",
    "Iran's Fordow nuclear site"). A role word or a given name opening the run keeps it a
    person ("President Trump event", "Argentina's Lionel Messi team mates")."""
    last = toks[run[-1]]
    if last.low in v["service_plurals"] and last.cap:
        return True
    n = len(toks)
    k = run[-1] + 1
    nxt = toks[k] if k < n else None
    if nxt is not None and (_season_end(last, nxt) or (nxt.low in _COLLECTION_LINES and k + 2 < n
                                                        and _season_end(toks[k + 1], toks[k + 2]))):
        return True  # ("Miu Miu Women's Spring-Summer 2026": a line between brand and season)
    j = run[0] - 1
    p = toks[j] if j >= 0 else None  # (the token before the run, a typed local when compiled)
    ordinal = False
    if j >= 1 and p.digit:
        o = toks[j - 1]
        ordinal = p.low[-2:] in _ORDINAL_ENDS and p.low[:-2].isdigit() \
            and (o.poss or o.low in _ORDINAL_OWNERS or o.low[-2:] in ("'s", "\u2019s"))
    # (an owner before the ordinal: "the club's 25th"; not a date, "on June 12th Kamala Harris")
    if not ordinal and j >= 1 and p.digit and p.n == 4 and toks[j - 1].low == "the" and nxt is not None \
            and nxt.low in _EDITION_NOUNS and not nxt.cap:
        ordinal = True  # an edition's year: "the 2016 Maldon Mud race", "the 2023 Bolton Charity walk"
    if not ordinal and nxt is not None and nxt.digit and nxt.n == 4 and nxt.text[:2] in ("19", "20") \
            and not last.closes and not last.poss:
        ordinal = True  # an edition's year right after the name: "the final day of Electric Picnic 2023"
    if not ordinal and not (nxt is not None and nxt.word and not nxt.cap and not nxt.masked
                            and not last.closes and (nxt.low in v["event_nouns"] or _show_noun(toks, k)
                                                     or _event_modifier_noun(toks, k, v))) \
            and not (p is not None and p.poss and p.cap and _owned_noun_after(toks, k, v)):
        return False
    for i in run:
        t = toks[i]
        if t.role or t.hon:
            return False  # "President Trump event": a titled person (not "Gold Star medals")
    t = toks[run[0]]
    # a person's name before the noun: "a Kamala Harris event", "the Tory Burch show"
    return not (_given_name(t, v) or t.key in v["known"] or t.key in v["mononyms"])


# nouns of a yearly contest that are verbs too (so not in event_nouns.txt: "A and B race to the
# line"), read as the event's noun after "the YEAR Name" (not "rally" or "march": "the 2020 Bernie
# Sanders rally" names a person's)
_EDITION_NOUNS = frozenset(("race", "races", "run", "walk", "swim", "ride", "regatta", "marathon", "festival",
                            "parade", "contest", "championship", "championships"))


def _show_noun(toks: list, k: int) -> bool:
    """"show" (a verb too: "X and Y show their medals") as a noun: a place or time word
    follows it ("Frankie's Bikinis show at Swim Week", "the Tory Burch show in New York")."""
    t = toks[k]  # (typed locals when compiled)
    if t.low not in _SHOW_NOUNS or k + 1 >= len(toks):
        return False
    t = toks[k + 1]
    return t.low in _AFTER_SHOW


def _event_modifier_noun(toks: list, k: int, v: dict) -> bool:
    """An event's kind, then its noun: "Build developer conference", "Galaxy Unpacked product
    event", "Gamescom trade fair" (not "a Kamala Harris campaign event": no kind word)."""
    t = toks[k]  # (typed locals when compiled)
    if t.low not in _EVENT_KINDS or k + 1 >= len(toks):
        return False
    t = toks[k + 1]
    return t.low in v["event_nouns"] and not t.cap


# lower-case words naming an event's kind before its noun ("developer conference")
_EVENT_KINDS = frozenset(("developer", "developers", "product", "launch", "tech", "technology", "trade",
                          "music", "film", "art", "arts", "fashion", "gaming", "industry", "investor",
                          "investors", "annual", "flagship", "hardware", "software", "design", "car",
                          "auto", "air", "book", "food", "wine", "beer", "jazz", "dance"))

_SHOW_NOUNS = frozenset(("show", "showcase"))
_AFTER_SHOW = frozenset(("at", "in", "during", "on", "for", "of", ",", ".", "("))


def _owned_noun_after(toks: list, k: int, v: dict) -> bool:
    """A thing's noun at k, or one modifier then the noun ("nuclear site", "mercenary
    group"), a model number may come first ("Switch 2 console"): after "Owner's NAME" it
    names a thing the owner runs or makes (owned_thing_nouns.txt)."""
    n = len(toks)
    if k >= n:
        return False
    t = toks[k]
    if t.digit and k + 1 < n and len(t.text) <= 4 and t.text.isalnum():
        # a model number between the product's name and its noun ("Switch 2 console"), and a
        # model's grade word ("PlayStation 5 Pro console", "iPhone 16 Pro Max smartphone")
        k += 1
        t = toks[k]
        while t.low in _MODEL_GRADES and k + 1 < n:
            k += 1
            t = toks[k]
    if not t.word or t.cap or t.masked:
        return False
    if t.low in v["owned_nouns"]:
        return True
    if k + 1 < n and (t.low in _THING_MODIFIERS or _ADJECTIVE.search(t.low)):
        t = toks[k + 1]
        return t.word and not t.cap and not t.masked and t.low in v["owned_nouns"]
    return False


# a product model's grade words after its number ("Pro", "Max", "Ultra")
_MODEL_GRADES = frozenset(("pro", "max", "ultra", "plus", "mini", "lite", "air", "fold", "flip", "xl", "neo"))

# lower-case modifiers between a thing's name and its noun ("Fordow nuclear site")
_THING_MODIFIERS = frozenset(("nuclear", "national", "mercenary", "military", "oil", "gas", "power",
                              "space", "lunar", "naval", "air", "army", "main", "flagship",
                              "benchmark", "stock", "share", "rail", "wildlife", "marine", "assault",
                              "electric", "hybrid", "smart", "pickup", "video", "mobile", "gaming"))

_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
# the words that own a counted thing before its ordinal ("the club's 25th", "their 28th")
_ORDINAL_OWNERS = frozenset(("the", "a", "its", "their", "his", "her", "our", "record"))


# a collection's line between the brand and the season ("Women's", "Menswear")
_COLLECTION_LINES = frozenset(("women", "men", "womenswear", "menswear", "ready-to-wear", "couture"))


def _designer_season_cut(toks: list[Tok], run: list[int]) -> int:
    """A designer named by a lower-case role, then a collection's season: "Spanish designer
    Andres Sarda Spring/ Summer 2019 collection" -> the run's length without the season
    words (two name words at least), else 0."""
    p = toks[run[0] - 1]
    if p.cap or not p.role or p.masked or not p.word:
        return 0
    k = len(run)
    while k > 0:
        low = toks[run[k - 1]].low
        if low not in _SEASONS and low.rpartition("-")[2] not in _SEASONS:
            break
        k -= 1
    if k == len(run) or k < 2 or run[-1] + 1 >= len(toks) or not _season_end(toks[run[-1]], toks[run[-1] + 1]):
        return 0
    return k


def _season_end(last: Tok, nxt: Tok) -> bool:
    """A fashion collection's season closes the run: "Spring 2026", "Fall/Winter 2025",
    "Pre-Fall 2025", "Resort '26"."""
    t = nxt.text
    if not ((nxt.digit and len(t) == 4 and t.isdigit()) or t in ("/", "'", "\u2019")):
        return False  # (the cheap test first: few runs have a year or a slash after them)
    low = last.low
    if low not in _SEASONS:
        low = low.rpartition("-")[2]  # "Pre-Fall", "Spring-Summer"
        if low not in _SEASONS:
            return False
    return True


# lower-case words between a place's name and its place noun ("X border checkpoint")
_SITE_MODIFIERS = frozenset(("border", "military", "police", "army", "security"))
# what a town's quarter is known for, between its name and "district" ("Tokyo's Ginza shopping district")
_QUARTER_MODIFIERS = frozenset(("shopping", "business", "financial", "entertainment", "commercial",
                                "nightlife", "diplomatic", "historic", "red-light"))

# lower-case nouns of sites that name the capitalised words right after "the <noun>" a place
# ("the refugee camp Al Zaatari", "the border crossing Kapitan Andreevo", "the port city Aden")
_SITE_NOUNS = frozenset(("camp", "town", "city", "crossing", "checkpoint", "port", "capital", "enclave"))


def _the_noun_before(toks: list[Tok], j: int) -> bool:
    """"the" (up to two lower-case modifiers back) opens the noun at `j`."""
    k = j - 1
    while k >= 0 and k >= j - 3:
        t = toks[k]
        if t.low == "the":
            return True
        if t.cap or not t.word or t.masked:
            return False
        k -= 1
    return False


def _office_building_after(toks: list, k: int) -> bool:
    """A capitalised head noun right after a run ending in an office's possessive ("Wynberg
    Magistrate's Court", "Soweto Mayor's Office"): the run names the building, no person."""
    if k >= len(toks):
        return False
    t = toks[k]
    return t.cap and t.word and t.head


def _names_a_building(doc: Doc, run: list[int], v: dict) -> bool:
    """"the Emperor Qinshihuang's Mausoleum Site Museum", "the King Fahd's Holy Quran
    Complex": "the" before a ruler's possessive name that a capitalised run ending in a head
    noun follows: the building's name holds it."""
    toks = doc.toks
    first = run[0]
    if not first or toks[first - 1].low != "the" or toks[first].low not in _GIVEN_NAME_ROLES:
        return False  # (a ruler's: not "the Rev. Al Sharpton's National Action Network")
    k = run[-1] + 1
    last = None
    while k < len(toks) and k <= run[-1] + 6 and toks[k].word and toks[k].cap:
        last = toks[k]
        if last.closes:
            break
        k += 1
    return last is not None and last.head


def _participle_peoples(toks: list[Tok], run: list[int], v: dict) -> bool:
    """"Released Palestinian prisoners", "Freed Israeli hostages": a participle (no given name
    such as Ahmed) then only demonyms or faiths, then a lower-case word: a group, no person.
    Any other word opening the sentence there ("Traditional Indian wrestlers", "Young
    Christian Lebanese women") needs a plural noun after it."""
    ft = toks[run[0]]
    if len(ft.low) < 5 or ft.low in v["given"] or ft.low in v["known"]:
        return False
    for i in run[1:]:
        if toks[i].low not in v["peoples"] or toks[i].poss:
            return False
    k = run[-1] + 1
    if k >= len(toks) or not toks[k].word or toks[k].cap:
        return False
    if ft.low.endswith(("ed", "ing")):
        return True
    nxt = toks[k].low
    if nxt in v["verbs"]:
        return False  # "Lindiwe Zulu leaves the court": a caption verb, so a surname, not a people
    return _clause_start(toks, run[0]) and (nxt[-1:] == "s" or nxt[-3:] == "men" or nxt in _PLURAL_PEOPLE)


# plural nouns of people ending neither in -s nor in -men ("Young Afghan people")
_PLURAL_PEOPLE = frozenset(("people", "children", "police", "youth", "clergy", "folk",
                            "staff", "personnel", "militia", "faithful"))


def _place_then_people(toks: list[Tok], run: list[int], v: dict) -> bool:
    """A place, then a demonym or faith adjective, then a lower-case word ("U.S. Latino
    history", "U.S. Catholic bishops"): a group or a topic, no person."""
    a, b = toks[run[0]], toks[run[1]]
    k = run[1] + 1
    return b.low in v["peoples"] and not b.poss and a.key in v["places"] and not a.poss \
        and k < len(toks) and toks[k].word and not toks[k].cap


# "Prince" before a patronymic ("Prince Saud bin Naif"): the style every Gulf royal bears (beside
# "Prince William", whose rank it is); the office an apposition names is then the title
_PRINCELY = frozenset(("prince", "princess"))
# a royal house's or a peerage's offices: a prince after one of them is a prince ("Duke of
# Sussex, Prince Harry"), not a West African style of address
_NOBLE_OFFICES = frozenset(("duke", "duchess", "king", "queen", "emperor", "empress", "earl", "count",
                            "countess", "marquess", "baron", "baroness", "sultan", "emir", "crown",
                            "prince", "princess", "royal", "regent", "heir"))


def _noble_office(toks: list[Tok], o: int, comma: int) -> bool:
    for k in range(o, comma):
        if toks[k].low in _NOBLE_OFFICES:
            return True
    return False
_PATRONYMIC_LINKS = frozenset(("bin", "bint", "ibn"))


def _princely_style(title: str, name_toks: list[Tok]) -> bool:
    """"Prince Saud bin Naif bin Abdulaziz, Governor of the Eastern Region,": a bare "Prince"
    before an Arabic patronymic is a style, as "Sheikh" is."""
    if title.casefold() not in _PRINCELY:
        return False
    for t in name_toks:
        if t.low in _PATRONYMIC_LINKS:
            return True
    return False


def _faith_then_thing(name_toks: list[Tok], v: dict) -> bool:
    """A faith's adjective, then one capitalised word that is neither a given name nor a known
    surname ("as per Hindu Mythology", "displaced by Islamist Extremist"): a noun the caption
    capitalised, no person."""
    a, b = name_toks[0], name_toks[1]
    return a.low in v["faiths"] and not a.poss and a.low not in v["given"] \
        and b.low not in v["given"] and b.key not in v["known"] and b.low not in v["peoples"]


def _craft_after_kind(toks: list[Tok], k: int, v: dict) -> bool:
    """Two lower-case words of a craft's kind, then a craft's noun (thing_after_nouns.txt): "range
    ballistic missile", "cruise missile" after one ("X Intermediate range ballistic missile"). The
    kind's words are no verb, function word, past tense or plural ("X builds model rockets"); the
    name must stand in a noun phrase, after an article or a nationality ("Ann Roe sold military
    drones" is a person's clause)."""
    a, b = toks[k], toks[k + 1]
    if not (_place_modifier(a, v) and a.low[-1:] != "s"):
        return False
    if b.word and not b.cap and b.low in v["thing_after"]:
        return False  # (one word of kind: left to the rules before, as they stood)
    return k + 2 < len(toks) and _place_modifier(b, v) and b.low[-1:] != "s" \
        and toks[k + 2].word and not toks[k + 2].cap and toks[k + 2].low in v["thing_after"]


def _faith_before_noun(toks: list[Tok], run: list[int], v: dict) -> bool:
    """A run ending in a faith's adjective that is no given name ("Shiite", "Catholic"; not
    "Christian"), then a lower-case noun that is no verb or function word ("Amal Shiite militia",
    "Roman Catholic devotees"): the words describe the noun's people, no one is named."""
    t = toks[run[-1]]
    k = run[-1] + 1
    if k >= len(toks) or t.low not in v["faiths"] or t.low in v["given"] or t.poss:
        return False
    nxt = toks[k]
    return nxt.word and not nxt.cap and not nxt.masked and nxt.low.isalpha() and nxt.low not in v["verbs"] \
        and nxt.low not in _NOT_MODIFIERS and nxt.low[-2:] != "ed"


def _all_peoples(name_toks: list[Tok], v: dict) -> bool:
    peoples = v["peoples"]
    for t in name_toks:
        if t.low not in peoples:
            return False
    return True


def _place_word_name(t: Tok, v: dict) -> bool:
    """A capitalised word that is nobody only because a place bears it ("Mary", "Victoria")."""
    return bool(t.word and t.cap and t.key in v["places"] and t.key not in v["not_people"] and not t.head
                and not t.acronym and not t.hyphen_adj and "." not in t.text and t.low not in v["roles"]
                and t.low not in v["honorifics"] and t.low not in v["not_name"])


def _family_before(toks: list[Tok], i: int, v: dict) -> bool:
    """"his wife Victoria", "her daughter, Georgia,": a relation owned by someone before."""
    j = i - 1
    if j >= 1 and toks[j].text == ",":
        j -= 1
    return j >= 1 and _family_word(toks, j, v)


# " and Oracle Red Bull Racing" after "Max Verstappen of the Netherlands": the team
_AND_TEAM = re.compile(r" and ((?:[A-Z0-9][\w.'\u2019&\-]*)(?: (?:[A-Z0-9][\w.'\u2019&\-]*|-|\||a|of|de|the))*)"
                       r"(?=,| and |\.| [a-z]|$)")


def _and_team(doc: Doc, at: int, v: dict) -> int:
    """Getty's motor-racing and cycling style "Lando Norris of Great Britain and McLaren":
    the team after the country belongs to the mention (it is no person and does not
    break a list); returns the mention's new end."""
    m = _AND_TEAM.match(doc.text, at)
    if m is None:
        return at
    words = m.group(1).split()
    if len(words) == 1:
        w = words[0]
        if _norm(w) in v["mononyms"] or w.endswith(("'s", "\u2019s")):
            return at
        return m.end()
    if words[0].casefold() in v["roles"]:
        return at  # "of Monaco and Prince Albert II": a royal or an official, no team
    if "of" in words and 2 <= words.index("of") <= 3 and _name_before_of(words[:words.index("of")], v):
        return at  # "A of the Labor Party and Carl Jones of the Liberal Party": the next one's own "of"
    for w in words:
        low = w.casefold()
        if low in v["team_words"] or low in v["heads"] or any(c.isdigit() for c in w) \
                or (w.isupper() and len(w) > 1 and not _ROMAN.fullmatch(w)):
            return m.end()
    return at


def _name_before_of(words: list[str], v: dict) -> bool:
    """"Carl Jones" of "and Carl Jones of the Liberal Party": two or three words that hold no
    team or body word, no acronym and no digit read as a person's name before its own "of"."""
    for w in words:
        low = w.casefold()
        if low in v["team_words"] or low in v["heads"] or low in v["org_nouns"] or low in v["roles"] \
                or w.isupper() or any(c.isdigit() for c in w) or w.endswith(("'s", "\u2019s")):
            return False
    return True


# a horse's apposition: ", ridden by X", ", trained by X", ", with jockey X aboard"
_RIDDEN = re.compile(r",\s+(?:(?:ridden|trained|driven|saddled)\s+by\s|with\s+(?:jockey\s+)?[A-Z][^,;]{2,40}?\s(?:aboard|up)\b)")
_NAMED = frozenset(("named", "called", "dubbed", "nicknamed"))
# caption furniture before a colon ("Pictured: Tom Holland", "Front row: ..."), not a work
_COLON_LABELS = frozenset("""pictured photo photos caption row left right center centre front back top
    bottom above below inset clockwise winners winner note update correction from standing seated
    foreground background l-r r-l r l""".split())  # ("L-R: A, B and C", "L to R: ...", "From L: ...")


def _caps_place_dateline(text: str, colon: int, v: dict) -> bool:
    """A typed press print's dateline, the town in capitals and a colon ("WASHINGTON: SIR
    WINSTON CHURCHILL, ...", "NEW DELHI: Indira Gandhi ..."): what follows is no work's subtitle."""
    if colon > 40:
        return False
    head = text[:colon]
    if not head.isupper():
        return False
    for part in head.split(",")[:3]:  # ("KOTULO, KENYA: Nur Ali Hilow drags": a town the tables lack, its country)
        if _norm(part.strip()) in v["places"]:
            return True
    return False


# after a dateline in any case ("Bergen: A B at the launch"), the words that may follow a
# person's name; a lower-case noun or verb form ("Giant Kavadi offering cages") may not
_DATELINE_NAME_NEXT = frozenset(("at", "with", "during", "in", "on", "and", "after", "before", "inside", "outside"))
# what follows a person's name, not a work's: an age (", 45,"), ", who"
_PERSON_AFTER_NAME = re.compile(r",\s+(?:\d{1,3}\s*[,;.)]|who\s)")


def _kicker_then_people(doc: Doc, j: int, run: list[int], v: dict) -> bool:
    """The colon at toks[j] closes a kicker of one to three words (up to eight in capitals) opening the sentence
    ("Tribute: A B and C D lay flowers", "From L: A B, C D and ..."), and the name right
    after it goes on as a person does: a list of names (a comma or "and", then a capital or
    "her"/"his"), a caption verb ("A B arrives"), an age (", 45,"), ", who", a side in brackets
    ("(left)"). A work's subtitle is not listed with people, nor does it arrive or speak.
    Or the kicker opening the text is a town's or a country's name in any case, a dateline
    ("Bergen: A B at the launch"): no work's title."""
    toks = doc.toks
    # (two to four words: a longer run is a chain of titles and names this does not sort out)
    if run[0] != j + 1 or not 2 <= len(run) <= 4 or not toks[run[-1]].nameword or toks[run[0]].low in v["not_name"]:
        return False
    k = j - 1
    while k > 0 and not toks[k - 1].stop and toks[k - 1].word:
        k -= 1
    if k > 0 and not toks[k - 1].stop:
        return False  # the colon is deep in a sentence ("the premiere of Dune: Part Two")
    if j - k > 3 and not (j - k <= 8 and all(toks[i].upper for i in range(k, j))):
        return False  # (a headline in capitals may run longer: "SISTERS STAND THEIR GROUND: A B and ...")
    n = run[-1] + 1
    if n >= len(toks):
        return False
    t = toks[n]
    if k == 0 and (t.cap or not t.word or t.low in _DATELINE_NAME_NEXT):
        parts = doc.text[:doc.starts[j]].split(",")
        if len(parts) <= 2 and all(_norm(part.strip()) in v["places"] for part in parts):
            return True  # (but "Kuala Lumpur: Giant Kavadi offering cages": a thing's name, then its noun)
    if t.low in v["verbs"] and not t.cap:
        return True
    end = doc.starts[run[-1]] + toks[run[-1]].n
    if t.text in (",", "(") and (_PERSON_AFTER_NAME.match(doc.text, end) or _POS_PAREN.match(doc.text, end)):
        return True
    if (t.text == "," or t.low == "and") and n + 1 < len(toks):
        u = toks[n + 1]
        return (u.cap and u.namey and not u.role) or u.low in ("her", "his", "their")
    return False


# ", a baby pygmy hippo," after a name: its head noun is the last word before the comma
_THING_APPOS = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?([a-z]+)\s*(?=[,.;)]|$)")


def _thing_apposition(text: str, end: int, v: dict) -> bool:
    """", a baby pygmy hippo," at `end` (after a name): an apposition headed by a thing's noun.
    A noun that is a person's job too heads a thing only after a capitalised breed word
    (", a German shepherd,"; ", a shepherd," is the person's job)."""
    m = _THING_APPOS.match(text, end)
    if m is None:
        return False
    if m.group(1) not in v["things"]:
        return _apposed_game_or_dish(text[m.start(0):m.start(1)], m.group(1), v)
    if m.group(1) not in v["roles"]:
        return True
    before = text[m.start(0):m.start(1)].split()
    return len(before) > 1 and before[-1][:1].isupper()


# nouns heading an apposition that make the name before it a game's, a dish's, a feast's
# (apposed_thing_nouns.txt); "breed" among the words before the head marks an animal
_APPOSED_THING_NOUNS = _words("apposed_thing_nouns.txt")
# words that make the apposition's noun another thing's, not the name's (", a legend of the sport,")
_APPOSED_THING_BREAKS = frozenset(("of", "in", "at", "for", "with", "to", "from", "on", "and", "who", "whose"))


def _apposed_game_or_dish(lead: str, head: str, v: dict) -> bool:
    """", a traditional Chinese game,", ", a rare breed Suffolk punch,": the apposition (its
    article and modifiers `lead`, its head noun `head`) makes the name a game's, a dish's, a
    feast's or an animal's (a breed word before a head that is no person's role: ", a dog
    breed expert," is a person), when no preposition or possessive among the modifiers owns it."""
    words = lead.split()[1:]  # (the comma, then the article)
    if head not in _APPOSED_THING_NOUNS:
        if head in v["roles"]:
            return False
        for w in words:
            if w == "breed" or w.endswith("-breed"):
                break
        else:
            return False
    for w in words:
        if w.casefold() in _APPOSED_THING_BREAKS or w.endswith(("'s", "\u2019s")):
            return False
    return True


# ", a drum group from ...", ", an Oakland nonprofit that ...", ", a New Year festival of the
# Gurung", ", a monument in ...": a body's, a feast's or a building's noun heading an
# apposition, its modifiers, then a preposition or a relative word (a feast's noun may be
# capitalised: ", an ancient Festival of Fire on")
_GROUP_APPOS = re.compile(
    r"\s*,\s+(?:a|an)\s+((?:[\w'-]+\s+){0,3}?)(?:group|band|troupe|ensemble|choir|orchestra|duo|trio|"
    r"quartet|collective|company|firm|startup|charity|nonprofit|non-profit|organization|organisation|"
    r"brand|label|restaurant|bakery|chain|militia|gang|[Ff]estival|[Hh]oliday|[Cc]elebration|ritual|rite|"
    r"tradition|ceremony|dish|dance|monument|memorial|statue|sculpture|landmark|shrine|mosque|church|"
    r"temple|cathedral|museum)\s+(?:from|of|based|in|that|which|whose|"
    r"founded|formed|made|known|run|with|at|on|for)\b")
# words that end a name's apposition before the body noun ("a member of the band from")
_NOT_GROUP_MODIFIERS = frozenset(("of", "from", "in", "at", "for", "with", "and", "the", "who", "to"))


def _group_apposition(text: str, end: int) -> bool:
    """", a drum group from Montana,": the name before the comma is the group's."""
    m = _GROUP_APPOS.match(text, end)
    if m is None:
        return False
    for w in m.group(1).split():
        if w.casefold() in _NOT_GROUP_MODIFIERS:
            return False
    return True


def _ranked_body_member(toks: list[Tok], j: int, run: list[int], v: dict) -> bool:
    """toks[j] is a lower-case body noun ("party") after a role "of the" body ("the leader of
    the main opposition party Gen. Mamadi Kourouma"): a rank or honorific then a name of two
    words or more is the body's member, not the body's name."""
    a = 0
    while a < len(run) and toks[run[a]].cap and (toks[run[a]].low in v["rank_ends"] or toks[run[a]].low in v["honorifics"]):
        a += 1  # ("Gen.", "Maj. Gen.", "Lt. Col.", "Dr.")
    if a == 0 or len(run) - a < 2:
        return False
    for i in run[a:]:
        if toks[i].role or not toks[i].cap:
            return False
    return _role_of_body(toks, j) >= 0


def _role_of_body(toks: list[Tok], j: int) -> int:
    """toks[j] is a lower-case body noun: the role word of "ROLE of the [main opposition] party"
    ending there, or -1."""
    k = j - 1
    while k >= 1 and j - k < 5 and toks[k].word and not toks[k].cap and toks[k].low in _BODY_MODIFIERS:
        k -= 1  # "of the main opposition party"
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k >= 1 and toks[k].low == "of" and toks[k - 1].role and toks[k - 1].word and not toks[k - 1].masked:
        return k - 1
    return -1


def _body_kind_after_name(toks: list[Tok], j: int) -> bool:
    """toks[j] is a lower-case kind word of a body after its capitalised name ("the Labour
    political party", "the Kenya First political party coalition")."""
    i = j
    while i >= 1 and j - i < 2 and toks[i].word and not toks[i].cap and toks[i].low in _BODY_KINDS:
        i -= 1
    return i < j and toks[i].cap and toks[i].word and not toks[i].masked


def _trade_before_name(toks, j: int, run: list[int], v: dict) -> bool:
    """A noun that is a breed and a trade (`shepherd`) names a person's trade after a lower-case
    adjective ("nomadic shepherd Dheeya", "young shepherd Ali") or before a name of two words
    or more ("Palestinian shepherd Ali Awad"); a dog's breed is capitalised and its name one
    word ("German shepherd Rex")."""
    if j < 1 or toks[j].low not in v["roles"]:
        return False
    if len(run) >= 2:
        return True
    a = toks[j - 1]
    return a.word and not a.cap and not a.masked and a.low not in _AHEAD_ARTICLES


# the words that put a horse or a craft right after them (named_things.txt)
_RIDING_WORDS = _section_words("named_things.txt", "riding and sailing")

# animal nouns (named_things.txt): a capitalised run right before one is the animal's breed
# ("a dark Brahma Bantam rooster", "a Great Dane puppy"), not a person
_ANIMAL_NOUNS = _section_words("named_things.txt", "animals") | _section_words("named_things.txt", "more animals")


# the team nouns whose members may be listed by name right after them ("Britain's relay team
# Simeon Williamson, Tyrone Edgar and ...", "Spain's doubles team Marcel Granollers and ...")
_MEMBERS_TEAMS = frozenset(("team", "squad"))


def _members_listed(toks: list, run: list[int], v: dict) -> bool:
    """The run is a name of two words or more and a list goes on after it (a comma or "and",
    then another capitalised name): one team ("team", singular) is not several, so the
    names listed after it are its members ("her soccer team Huracan de Chabas" lists none)."""
    if len(run) < 2 or toks[run[0]].low in v["not_name"]:
        return False
    k = run[-1] + 1
    if k + 1 >= len(toks) or not (toks[k].text == "," or toks[k].low == "and"):
        return False
    nxt = toks[k + 1]
    return nxt.cap and nxt.namey and not nxt.role


def _named_thing(doc: Doc, run: list[int], v: dict) -> bool:
    """An animal's, a work's or a vessel's name: right after a noun of such things ("giant
    panda Yuan Meng", "a gorilla named Jabari", "the film Oppenheimer", "rides Inspiral"),
    after "his"/"her"/"their" ("her Mayhem Ball tour"), or with such a noun heading its
    apposition ("Moo Deng, a baby pygmy hippo,")."""
    toks, things = doc.toks, v["things"]
    j = run[0] - 1
    if j >= 0:
        t = toks[j]
        if t.word and not t.cap and not t.masked \
                and "." not in doc.text[doc.starts[j] + t.n:doc.starts[run[0]]]:
            # (but "waited for the fox. Tobias Wrenfield walks": a sentence ends between them)
            if t.low in _NAMED and j >= 1:
                t = toks[j - 1]
                if t.text == "," and j >= 2:
                    t = toks[j - 2]  # "a prior bar, named Drunken Monkey,": the noun before the comma
            elif t.low == "of" and j >= 1 and things.get(toks[j - 1].low) and not toks[run[-1]].poss:
                return True  # "the world premiere of Gladiator II" (but "the premiere of Greta
                # Gerwig's film": the work's maker, named before its work)
            if t.low in _RIDING_WORDS and (toks[run[-1]].poss or (toks[run[0]].role and toks[run[0]].cap)):
                return False  # "aboard President X's plane": the owner of the craft, a person
            if t.low in things and not t.cap and not _trade_before_name(toks, j, run, v) \
                    and not (t.low == "series" and doc.text.endswith(" of the ", 0, doc.starts[j])) \
                    and not (t.low in _BODY_NOUNS and _ranked_body_member(toks, j, run, v)) \
                    and not (t.low in v["group_nouns"] and j >= 1
                                                      and (toks[j - 1].cap or toks[j - 1].text == ")"
                                                           or _body_kind_after_name(toks, j - 1))) \
                    and not (t.low in _MEMBERS_TEAMS and _members_listed(toks, run, v)):
                return True  # (but "the Tehreek-e-Insaf (PTI) party Imran Khan": a body, then its member;
                # and "Man of the series Marnus Labuschagne": an award's title, then its winner)
                # (and "Britain's relay team A, B and C": the team's members listed by name)
            if t.low in _OWNERS and len(run) > 1 and t.low != "its" \
                    and not any(toks[i].role for i in run):
                return True  # a person's name never follows "her" directly ("her wife" does)
        elif t.text == ":" or (t.cap and t.low in v["not_name"]):
            # a work's subtitle: "Spider-Man: No Way Home", "Dune: Part Two"
            while j >= 0 and toks[j].cap and toks[j].word and toks[j].low in v["not_name"]:
                j -= 1
            if j >= 1 and toks[j].text == ":" and toks[j - 1].word and toks[j - 1].cap \
                    and not toks[j - 1].masked and toks[j - 1].low not in v["not_name"] \
                    and toks[j - 1].low not in _COLON_LABELS and not any(toks[i].role for i in run) \
                    and not (toks[j - 1].upper and _caps_place_dateline(doc.text, doc.starts[j], v)) \
                    and not _kicker_then_people(doc, j, run, v) \
                    and not (len(run) >= 2 and toks[run[-1]].nameword
                             and (toks[run[0]].low in v["given"] or (toks[run[-1]].upper and not toks[run[0]].upper)
                                  or (toks[run[0]].hon and len(run) >= 3 and toks[run[1]].nameword))):
                return True  # (but "at the European Commission: Angela MERKEL (le), ...": a name after it;
                # so after a one-word kicker an honorific and a name: "ROLLCALL: Dr. Ann Lee testifies")
    last = run[-1]
    end = doc.starts[last] + toks[last].n
    c = doc.text[end:end + 3]
    if c[:1] == "," and not toks[last].poss:
        w = c[2:3]
        if w in _APPOS_OPEN:  # (a cheap test before the regular expressions)
            # (w is no space, so one space stands before it and it opens the word: "a",
            # "an", "the" for _THING_APPOS; "ridden", "trained", "with" ... for _RIDDEN)
            if (w == "a" or w == "t") and _thing_apposition(doc.text, end, v):
                return True
            if _group_apposition(doc.text, end):
                return True  # "Iron Bull, a drum group from ...", "Blue Lagoon, a band from Lagos,"
            if w != "a" and _RIDDEN.match(doc.text, end):
                return True  # "Sovereignty, ridden by Junior Alvarado,"
            if w == "o" and _feast_gloss(doc.text, end):
                return True  # "Chaharshanbe Souri, or Wednesday Feast,": a feast by its other name
    elif c == " ga" or c == " is":
        return doc.text.startswith((" gallops", " galloping", " is saddled"), end)
    return False


# verbs that put a horse (with its saddle-cloth number) after them: "Jockey X guides Y #18"
_STEER_VERBS = frozenset("""guides guided steers steered pilots piloted rides riding rode atop aboard
    astride""".split())


# verbs after a horse's name in "after <horse> won the race" (a caption that names a jockey)
_RACE_WON = frozenset(("won", "wins", "captured", "took"))


def _saddlecloth(doc: Doc, run: list[int], k: int) -> bool:
    """A name with a number after it is a horse's when a rider's verb comes before it or
    ", ridden by ..." after the number (a player's "#34" has neither)."""
    toks = doc.toks
    j = run[0] - 1
    if j >= 0 and toks[j].low in _STEER_VERBS and not toks[j].cap:
        return True
    end = doc.starts[k] + toks[k].n
    return doc.text.startswith(",", end) and _RIDDEN.match(doc.text, end) is not None


# ", known to Muslims as ...", ", also known as ...", "..., known to Muslims as X and to Jews as ":
# what follows is another name of what the comma follows, not a second person.
_KNOWN_AS = re.compile(
    r", (?:also |locally |widely |commonly |)known (?:to [^,;.()]{1,40}? |locally |)as "
    r"(?:[^,;.()]{1,60}? and (?:to [^,;.()]{1,40}? |)as |)$")
_APPOS_OPEN = frozenset("atrdswo")  # the first letters of "a", "the", "ridden", "with", "or" ...

# the last word of a feast's other name, given after ", or" ("Nowruz, or Persian New Year,")
_FEAST_GLOSS_HEADS = frozenset(("feast", "festival", "holiday", "celebration", "day", "night", "eve", "year"))
_FEAST_GLOSS = re.compile(r", or (?:the )?(?:[A-Z][\w'\u2019-]* ){0,3}([A-Z][a-z]+)(?=[,.;)])")


def _feast_gloss(text: str, end: int) -> bool:
    """", or Wednesday Feast," at `end` (after a name): the name is a feast's, its other name
    capitalised and ending in a feast's noun."""
    m = _FEAST_GLOSS.match(text, end)
    return m is not None and m.group(1).casefold() in _FEAST_GLOSS_HEADS


def _stage_label(name_toks: list[Tok], v: dict) -> bool:
    """ "Group B", "Pool C", "Heat 3": a label word (stage_labels.txt) and one letter or number."""
    t = name_toks[1]  # (a typed local when compiled: its reads are C fields)
    last = t.text
    t = name_toks[0]
    return t.low in v["stage_labels"] and len(last) <= 2 and last[:1].isalnum() \
        and (len(last) == 1 or last[1:].isdigit())


@functools.cache
def _place_compounds() -> frozenset[str]:
    """Lower-case place phrases ("refugee camp", "army base") from the venue vocabulary."""
    from .places import _venue_words  # the places step owns this vocabulary
    return frozenset(h for h in _venue_words()["named_head"] if " " in h)


def _plural_gloss(t: Tok) -> bool:
    """A lower-case plural noun ("men", "monks", "pilgrims") that ", or X" glosses."""
    low = t.low
    return t.word and not t.cap and (low[-3:] == "men" or (low[-1:] == "s" and low[-2:] != "ss"))


_AS_OR = frozenset(("as", "or"))


def _compound_ends() -> frozenset[str]:
    return frozenset(h.rpartition(" ")[2] for h in _place_compounds())


def _compound_end(t: Tok, v: dict) -> bool:
    """A capitalised last word of a place compound ("Plant", "Camp", "Station"): a cheap first
    test (the set is put in v by _people_in)."""
    return t.cap and t.low in v["compound_ends"]


# the honorifics that open a sobriquet after "known as" ("Mr. Christmas Tree", "Miss Daisy")
_SOBRIQUET_HONORIFICS = frozenset(("mr", "mrs", "miss", "ms", "mister"))


# the words that mark a film or TV still, where "Name as Character" names the part played
_SCREEN_WORDS = re.compile(r"\b(?:episode|season|series|film|movie|scene|still|sitcom|drama|premieres?|trailer)\b", re.I)
# what may follow a part's name in a cast list ("as X and Y as Z", "as X in episode 3", "as X, ...",
# "as X at \"Breakfast, Lunch and Dinner\", Episode 402")
_AFTER_PART = frozenset(("and", "in", ",", ".", "(", ";", "-", "\u2013", "\u2014", "on", "from", "at"))


_YEAR_WORD = re.compile(r"1[5-9]\d\d|20\d\d")


def _screen_role(text: str, toks: list, k: int) -> bool:
    """A name after "Actor as" is a character's when the caption is a screen still's cast list
    and the list goes on (or ends) after it, not a clause ("as Vladimir Putin looks on")."""
    if k < len(toks) and toks[k].low not in _AFTER_PART:
        return False
    # a cast list (two parts or more); one "X as Bob Dylan in a scene" may name a real person played
    return text.count(" as ") >= 2 and _SCREEN_WORDS.search(text) is not None


def _known_as(doc: Doc, run: list[int], v: dict) -> bool:
    """`the Grand Mosque, known to Muslims as Masjid al-Haram`, `al-Aqsa mosque, known to ... as
    Noble Sanctuary`: the run is another name of the thing the comma follows (a lower-case noun or
    a thing's head word), not a person; a person's alias (`Ahmed al-Sharaa, also known as Abu
    Mohammed al-Golani`) stays."""
    start = doc.starts[run[0]]
    if not doc.text.endswith(" as ", 0, start):
        return False
    m = _KNOWN_AS.search(doc.text, max(0, start - 120), start)
    if m is None:
        return False
    if len(run) > 1 and doc.toks[run[0]].low in _SOBRIQUET_HONORIFICS and doc.toks[run[0]].cap:
        return True  # "Tommy Liberto, known as Mr. Christmas Tree,": a sobriquet, not another name
    words = doc.text[max(0, m.start() - 60):m.start()].split(" ")[1:]
    if words and words[-1].islower():  # "al-Aqsa mosque, known ...", not "al-Sharaa": a name
        return True
    for w in reversed(words[-6:]):  # the capitalised phrase before the comma: "the Dome of the Rock"
        low = w.casefold()
        if low in v["heads"] or low in v["prefixes"]:
            return True
        if not (w[:1].isupper() or low in ("of", "the", "de", "al")):
            break
    return False


def _numbered_nickname(low: str) -> bool:
    """"49ers", "76ers", a high school's "Fighting 59ers": a number and `ers`, a team's nickname."""
    return low[-3:] == "ers" and len(low) > 4 and low[:-3].isdigit()


def _team_name(name_toks: list[Tok], v: dict) -> bool:
    """"Seattle Seahawks", "Florida Panthers": two or more words ending in a team's nickname
    (some only after a place: "Atlanta Hawks", not "Howard Hawks")."""
    if len(name_toks) < 2:
        return False
    after_place = v["teams"].get(name_toks[-1].low)
    if after_place is None:
        return _numbered_nickname(name_toks[-1].low)  # "Andrean Fighting 59ers"
    if not after_place:
        return True
    places = v["places"]
    return name_toks[0].key in places or _norm(" ".join(t.name for t in name_toks[:2])) in places


def _school_team(toks: list[Tok], title_idx, nick: Tok, v: dict) -> bool:
    """"The Detroit Martin Luther King Crusaders celebrate": a school named for a person (a role
    word, "King", inside it), then its nickname, read as a titled one-word name: the capitalised
    run opens with a place, so the whole run is a team."""
    return bool(title_idx) and toks[title_idx[-1]].cap and all(toks[i].cap for i in title_idx) \
        and _team_name([toks[title_idx[0]], nick], v)


# the words that pair two sides of a match: "between X and Y", "X vs. Y", "X v Y", "match against Y"
_PAIR_WORDS = frozenset(("and", "between", "vs", "vs.", "v", "v.", "against"))
# the last words of a country's name that holds a club word ("the United States' Coco Gauff")
_NOT_CLUB_ENDS = frozenset(("states", "state", "kingdom", "nations", "emirates"))
# a match's nouns, written before "against" and its opponent ("the Bundesliga match against X")
_MATCH_NOUNS = frozenset(("match", "game", "final", "semifinal", "semi-final", "quarterfinal",
                          "quarter-final", "fixture", "clash", "tie", "derby", "friendly", "playoff"))


def _club_side(side: list[Tok], v: dict) -> bool:
    """A side of a pairing that is a club: a club word in it ("FC Barcelona", "Real Madrid") or a
    team's nickname closing it ("Seattle Seahawks")."""
    return bool(side) and (any(t.club for t in side) or (side[-1].team_nick and _team_name(side, v)))


def _pair_side(toks: list[Tok], i: int, step: int) -> list[Tok]:
    """The capitalised words (up to four, "of" inside) from toks[i] on in the direction `step`;
    empty when a possessive stands among them ("Real Madrid's Vinicius Jr": a player)."""
    side: list[Tok] = []
    while 0 <= i < len(toks) and len(side) < 5:
        t = toks[i]
        if t.poss:
            return []
        if not (t.cap or (t.low == "of" and side)):
            break
        side.append(t)
        i += step
    if side and side[-1].low == "of":
        side.pop()
    return side[::-1] if step < 0 else side


def _place_side_of_match(toks: list[Tok], between: int, side: list[Tok], own: Tok, v: dict) -> bool:
    """"the Mitre 10 Cup match between Counties Manukau and Taranaki": after a match noun, a side
    that is a place alone (a country's, a province's or a town's side) makes the other (`own`
    its first word, no given name) a side too; a tennis match pairs two people, not a place."""
    if not side or between < 1 or toks[between - 1].low not in _MATCH_NOUNS or toks[between - 1].cap \
            or own.low in v["given"]:
        return False
    words = []
    for t in side:
        words.append(t.text)
    return _norm(" ".join(words)) in v["places"]


def _team_paired(toks: list[Tok], run: list[int], v: dict) -> bool:
    """The run is one side of a match whose other side is a club, so a club too: "the final
    between FC Barcelona and River Plate", "between River Plate and Real Madrid", "Bayer
    Leverkusen vs Santos Laguna" (a tennis match "between Novak Djokovic and Carlos Alcaraz"
    pairs people: neither side is a club)."""
    j = run[0] - 1
    k = run[-1] + 1
    n = len(toks)
    if j >= 0 and toks[j].low == "and" and not toks[j].cap:
        side = _pair_side(toks, j - 1, -1)
        first = j - 1 - len(side)
        if side and first >= 0 and toks[first].low == "between" \
                and (_club_side(side, v) or _place_side_of_match(toks, first, side, toks[run[0]], v)):
            return True
    if j >= 0 and toks[j].low in ("vs", "vs.", "v", "v.") and _club_side(_pair_side(toks, j - 1, -1), v):
        return True
    if j >= 1 and toks[j].low == "against" and toks[j - 1].low in _MATCH_NOUNS and not toks[j - 1].cap:
        # "Bayer Leverkusen's Florian Wirtz ... during the match against Y": a club's match is
        # against a club (a tennis match "against Carlos Alcaraz" names no club)
        for i in range(j - 1):
            if toks[i].poss and toks[i].cap and toks[i].low[:-2].rstrip("'") not in _NOT_CLUB_ENDS \
                    and _club_side(_pair_side(toks, i - 1, -1) + [toks[i]], v):
                return True
        return False
    if k < n and toks[k].low == "and" and not toks[k].cap and j >= 0 and toks[j].low == "between":
        side = _pair_side(toks, k + 1, 1)
        return _club_side(side, v) or _place_side_of_match(toks, j, side, toks[run[0]], v)
    if k < n and toks[k].low in ("vs", "vs.", "v", "v.") and _club_side(_pair_side(toks, k + 1, 1), v):
        return True
    return False


def _team_cut(name_toks: list[Tok], v: dict) -> int:
    """Where a team's name ends inside a run that goes on with a name of two or more words
    ("Buffalo Bills | Josh Allen", "the Pittsburgh Steelers | Troy Polamalu"); 0 if none."""
    for i in range(1, len(name_toks) - 2):
        if name_toks[i].team_nick and _team_name(name_toks[:i + 1], v):
            return i + 1
    return 0


def _nickname_lead(name_toks: list[Tok], v: dict) -> bool:
    """"Yankees | Derek Jeter", "Mets | Pete Alonso": a run opening with a team's plural
    nickname (one that is a team's without a place before it, so no surname: not "Hawks")
    and going on with a name of two words or more (a given name, or a word no common noun
    and no place); the nickname is no part of the name."""
    nick, given = name_toks[0], name_toks[1]
    return nick.low[-1:] == "s" and nick.low[-2:] != "ss" and not nick.poss and nick.cap \
        and v["teams"].get(nick.low) is False and given.nameword and not given.head \
        and not given.poss and (given.low in v["given"] or given.low not in v["common"] and given.key not in v["places"]) \
        and all(t.nameword and not t.head for t in name_toks[2:])


def _plural_lead_cut(name_toks: list[Tok], v: dict | None = None) -> int:
    """"Democratic Senators | Chris Murphy and ...", "Olympic Champions | Jane Doe and ...": a
    plural role inside the run ends a shared lead-in; the name after it (two words or more).
    With the vocabulary, the role's "of PLACE" goes with it ("Former Presidents of Mexico |
    Vicente Fox and ...")."""
    n = len(name_toks)
    for i in range(1, n - 2):
        if name_toks[i].plural_lead:
            k = i + 1
            if v is not None and name_toks[k].low == "of":
                k = _of_place_end(name_toks, k, n, v)
            return k if n - k >= 2 else 0
    return 0


def _stage_name(doc: Doc, run: list[int], v: dict) -> bool:
    """"Lady Gaga", "Dr. Dre": a performer's name opening with a role word, kept whole."""
    if len(run) < 2 or not v["stage"]:
        return False
    toks = doc.toks
    for n in (2, 3):
        if len(run) >= n and _norm(" ".join(toks[i].name for i in run[:n])) in v["stage"]:
            if len(run) == n + 1 and toks[run[n]].plain and not toks[run[n]].prefix and toks[run[n]].cap \
                    and toks[run[n]].low not in v["not_name"] and not toks[run[n - 1]].poss:
                return False  # "Judge Judy Sheindlin": a surname after it, the stage name is a title and a given name
            return True
    return False



_NOT_MODIFIERS = frozenset(("and", "or", "at", "in", "on", "of", "to", "for", "with", "from", "the", "a", "an",
                            "his", "her", "their", "its", "who", "is", "was", "are", "were", "as", "by", "outside",
                            # auxiliaries before a verb that is a noun too ("X will plant trees")
                            "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did",
                            "does", "do", "not", "also", "then", "helped", "helps", "help",
                            # prepositions of place a name may stand before ("X inside water plant")
                            "inside", "near", "behind", "beside", "into", "past", "through", "under", "over",
                            "after", "before", "during", "around", "toward", "towards", "across", "along"))


def _place_modifier(t: Tok, v: dict) -> bool:
    """A lower-case word that can qualify a school or hospital (`samba`, `primary`, `field`):
    not a function word, a caption verb or a past tense right after the name ("X attended school")."""
    return t.word and not t.cap and t.low.isalpha() and t.low not in _NOT_MODIFIERS and t.low not in v["verbs"] \
        and t.low[-2:] != "ed"


def _organisation_context(toks: list[Tok], run: list[int], v: dict) -> bool:
    """A lower-case noun of organisations next to the run makes it one: after it ("Border
    Patrol agents", "Pakistan Tehreek-e-Insaf (PTI) party"), after its possessive
    ("Novo Nordisk's headquarters"), or before "of" it ("the logo of Societe Generale")."""
    last = run[-1]
    first = toks[run[0]]
    if first.acronym and first.org and "before" in first.org and len(run) > 1:
        return True  # "the rescue NGO Sea-Watch": the acronym opens the organisation's name
    n = len(toks)
    k = last + 1
    lt = toks[last]  # (typed locals: compiled, their reads are C fields)
    if k < n:
        t = toks[k]
        if t.text == "(" and k + 3 < n and toks[k + 1].acronym and toks[k + 2].text == ")":
            k += 3  # "(PTI)"
            t = toks[k]
        where = t.org
        if where and lt.poss and run[0] > 0 and toks[run[0] - 1].role and not toks[run[0] - 1].cap:
            where = None  # "outside candidate Bassirou Diomaye Faye's headquarters": a role word makes the owner a person
        if where and ("poss" if lt.poss else "after") in where:
            # "party" may be the verb: "fans of Lionel Messi party in the streets"
            if t.low in _OBJECT_VERB_NOUNS:
                if not (k + 1 < n and toks[k + 1].low in _OBJECT_OPENERS):
                    return True
            elif t.low not in _VERB_NOUNS or not (k + 1 < n and toks[k + 1].low in _PARTY_VERB_NEXT):
                return True
        elif k + 1 < n and toks[k + 1].org and "modified" in toks[k + 1].org and _place_modifier(t, v) \
                and not lt.poss:
            return True  # "Imperatriz Leopoldinense samba school": a kind of school between the name and the noun
        elif k + 2 < n and toks[k + 2].org and "modified" in toks[k + 2].org and _place_modifier(t, v) \
                and _place_modifier(toks[k + 1], v) and not lt.poss:
            return True  # "the Fukushima Daiichi nuclear power plant": two words of its kind
    j = run[0] - 1
    if j < 0:
        return False
    o = toks[j]
    if o.org and "before" in o.org and not o.poss and not first.role_cs and not _office_of_the_noun(toks, run[0]):
        return True  # "the cargo ship Dali", "the lender Wells Fargo"
    if j >= 1 and o.low in ("the", "a", "an"):
        j -= 1
        o = toks[j]
    if j >= 1 and o.low == "of" and not lt.poss:
        return _org_noun_of(toks, j, v)
    if j >= 3 and o.low == "and" and not lt.poss:
        return _org_pair_of(toks, j, v)
    return False


def _org_noun_of(toks: list[Tok], j: int, v: dict) -> bool:
    """A noun of organisations before the "of" at j ("the logo of", "Employees of")."""
    o = toks[j - 1]
    where = o.org
    if where is None and o.cap and o.word and not o.masked and _clause_start(toks, j - 1):
        where = v["org_nouns"].get(o.low)  # "Employees of Thomas Cook wait ..."
    return bool(where and "of" in where)


def _org_pair_of(toks: list[Tok], j: int, v: dict) -> bool:
    """The second of two names after "the logos of" ("Logos of Netflix and Disney Plus"):
    the first name (up to four capitalised words) stands between "of" and the "and" at j."""
    i = j - 1
    while i >= 1 and i >= j - 4 and toks[i].cap and toks[i].word and not toks[i].poss:
        i -= 1
    if i == j - 1:
        return False
    if j - i > 4 and _org_head_cut(toks, list(range(i + 1, j)), v):
        return False  # "Board members of Acme Corp Jane Doe and Peter Walsh": an organisation, then the first name
    if i >= 1 and toks[i].low in ("the", "a", "an"):
        i -= 1
    return i >= 1 and toks[i].low == "of" and _org_noun_of(toks, i, v)


def _owner_in_title(doc: Doc, owner: Mention, m: Mention, v: dict, found) -> bool:
    """A person's possessive opening the next mention's role title ("Novak Djokovic's
    coach Andy Murray"; AP's bare apostrophe after an s, "Sean Combs' lawyer Marc Agnifilo")
    names that person too; a team's ("Boston Bruins' forward") does not."""
    title = m.title
    if not title or owner.position or owner.end > m.name_start or ("'s " not in title and "\u2019s " not in title
                                                                   and "s' " not in title and "s\u2019 " not in title):
        return False
    nxt = doc.text[owner.end:owner.end + 24].split(" ", 2)
    if len(nxt) >= 2 and nxt[1][-2:] in ("'s", "\u2019s") and nxt[1][:-2] in _OWNER_NOUNS:
        return True  # "the Biden administration's climate envoy John Podesta": Biden is named
    if not 2 <= owner.tokens <= 4:
        return False
    name_first = bisect.bisect_left(doc.starts, owner.end)
    return _owner_is_person(doc, owner.name_start, name_first, v, found)


def _owner_is_person(doc: Doc, t_start: int, name_first: int, v: dict, found) -> bool:
    """The possessive before a one-word name ("Elon Musk's SpaceX", "Jeff Bezos' Neuralink")
    is a person's, not a team's ("Real Sociedad's Kubo", "Boston Bruins' Pastrnak"): two to
    four name words with no place, club word, head noun, acronym or number among them."""
    toks = doc.toks
    k = bisect.bisect_left(doc.starts, t_start)
    owner = toks[k:name_first]
    while owner and not owner[-1].poss:
        owner = owner[:-1]  # "#7" between the possessive and the name
    if not 2 <= len(owner) <= 4:
        return False
    places, team_words = v["places"], v["team_words"]
    for t in owner:
        if not t.word or not t.cap or t.acronym or t.digit or t.head or t.roman or t.masked \
                or t.low in team_words or t.key in places or t.low in v["honorifics"]:
            return False
    key = _norm(" ".join(t.name for t in owner))
    return key not in v["not_people"] and key not in places


def _place_words(rtoks: list[Tok], at: int, n: int, v: dict) -> int:
    """Words of a two- or three-word place opening rtoks[at:] with a word after it
    ("Sri Lanka", "New Zealand", "South Korea"), else 0."""
    for w in (3, 2):
        if at + w < n and all(t.cap for t in rtoks[at:at + w]) \
                and _norm(" ".join(t.text for t in rtoks[at:at + w])) in v["places"]:
            return w
    return 0


def _place_then_name(k: int, owner: int, last_name: int) -> bool:
    """A place word at k after "ROLE of" goes with the office when it is the body's first word,
    or when two name words or more follow it: "Mayor of Kyiv Bong Joon-ho" (a town's name, Bong,
    opening a two-word name) keeps Bong in the name."""
    return k == owner or last_name - k >= 2


def _split_run(toks: list[Tok], run: list[int], v: dict):
    """Title words | name words: the name starts after the last role word (or "ROLE of
    DOMAIN") that has a name word after it. Returns (title indices, name indices,
    known only by "ROLE of X"?)."""
    first = run[0]
    t0 = toks[first]
    # only a role word that is one at a clause start only ("Coach") needs to know
    cs = t0.role_cs and not t0.role and (_clause_start(toks, first) or _listed_role_of(toks, run)
                                         or _style_before_given(toks, run, v) or _same_title_listed(toks, first)
                                         or _rank_listed(toks, first, v)
                                         or _the_role_of(toks, run, v))
    n = len(run)
    rtoks = [toks[i] for i in run]
    last_name = n - 1
    # (tokens read into the typed t and a: compiled, their reads are C fields)
    while last_name >= 0:
        t = rtoks[last_name]
        if t.nameword:
            break
        last_name -= 1
    if cs and last_name == 1 and t0.low in _SURNAME_ROLES:
        cs = False  # "Fan Zhendong of China competes": a Chinese surname, with one name word after it
    elif cs and (n == 2 or n == 3 and rtoks[1].low in v["particles"]) and t0.low not in _ADDRESS_STYLES \
            and rtoks[n - 1].plain and not rtoks[n - 1].poss and _clause_start(toks, first):
        cs = False  # "Star Jones speaks": a capitals-shy role word that is no style of address,
        # opening a sentence with one name word after it, is the given name (a title there
        # comes with a whole name: "Coach Nick Saban", "Legend Billie Jean King")
    split = prior = 0
    for pos in range(last_name):
        t = rtoks[pos]
        if not t.cap or not (t.role_cs if cs and pos == 0 else t.role):
            if not (pos and t.role_cs and (_royal_kin_title(rtoks[pos - 1], t, v)
                                           or _title_case_role(toks, run, pos, last_name, v)
                                           or _chief_officer(rtoks, pos)
                                           or _member_of_house(rtoks, pos, last_name, v))):
                if not (pos == 0 and t.role_cs and _domain_then_role(toks, run, last_name, v)):
                    continue
        after = pos + 1
        a = rtoks[after]
        if a.low in ("of", "for") or (a.low == "to" and t.low in _TO_ROLES) or (a.low == "on" and t.low in _ON_ROLES) \
                or (a.low == "in" and (t.low in _FIELD_ROLES or t.low in _IN_POST_ROLES)):
            after += 1
            the_owner = after + 1 < n and rtoks[after].low == "the"
            if the_owner:
                after += 2  # "Chancellor of the Exchequer": a name never follows "the"
            owner = after
            after += _place_words(rtoks, after, n, v)  # "President of Sri Lanka Anura ..."
            while after < n and (_portfolio_word(rtoks[after].low, v["domains"])
                                 or (rtoks[after].poss and after + 1 < last_name and rtoks[after].cap
                                     and _portfolio_word(rtoks[after + 1].low, v["domains"]))  # "People's Housing"
                                 or (_norm(rtoks[after].text) in v["places"] and after + 1 < n
                                     and not _given_after_domain(rtoks, after, last_name, v)
                                     and _place_then_name(after, owner, last_name))
                                 or (rtoks[after].low == "for" and (after > owner or the_owner))
                                 or (rtoks[after].low == "in" and after > owner and after + 2 < last_name
                                     and rtoks[after + 1].key in v["places"])
                                 or (rtoks[after].text == "," and after + 1 < n
                                     and _portfolio_word(rtoks[after + 1].low, v["domains"]))
                                 or (rtoks[after].low == "of" and (after > owner or rtoks[after - 1].head)
                                     and after + 2 < n and _domain_or_place(rtoks[after + 1], v))):
                after += 1  # ("of the Armed Forces of Ukraine")
            if after == owner and last_name - after >= 2 and rtoks[after].cap \
                    and rtoks[after + 1].cap and rtoks[after].low not in v["particles"] \
                    and not (the_owner and (rtoks[after].low in v["given"] or rtoks[after - 1].head)):
                after += 1  # "Grand Imam of Al-Azhar Ahmed al-Tayeb": the word after "of" is its office's
                # (not a given name after "of the X": "Secretary of the Navy Carlos Del Toro"; not
                # after a head noun that ends the body: "Speaker of the House Yoon Suk Yeol")
            b = c = owner - 1 if the_owner else owner  # (the body's first word: "of the ANC" skipped it)
            while c < b + 4 and c < last_name and rtoks[c].cap and rtoks[c].word and not rtoks[c].poss:
                c += 1
            if b < c <= last_name - 3 and after <= c and rtoks[c].low == "in" and rtoks[c + 1].key in v["places"] \
                    and not rtoks[c + 1].poss:
                # "Chairman of the ANC in Limpopo Stan Mathabatha", "Secretary of the Liberal Party in
                # Ontario X": the body's own province or town, then the whole name
                after = c + 1 + (_place_words(rtoks, c + 1, n, v) or 1)
            o = after
            while o > pos + 2 and rtoks[o - 1].low != "for":
                o -= 1
            if rtoks[o - 1].low == "for" and after <= o + 2 and o + 4 <= last_name and rtoks[o + 1].low == "and" \
                    and rtoks[o].cap and rtoks[o + 2].cap:
                # "MP for Batley and Spen Jo Smith", "MP for Ely and East Cambridgeshire Ann Bell": a
                # seat of two places joined by "and"; the name is the last two words, or opens with
                # a given name
                after = o + 3
                while after < last_name - 1 and rtoks[after].low not in v["given"] \
                        and not _initial_next(rtoks, after):
                    after += 1  # ("Minister for Works and Housing Tunde K. Ola": a middle initial
                    # after a word marks that word as the given name)
        if after <= last_name:
            prior, split = split, after
    if split:
        # "Head of the Russian Direct Investment Fund Kirill Dmitriev", "Chief of the General
        # Staff Valery Gerasimov": a thing's head noun or a role word with two name words
        # after it still belongs to the title
        for pos in range(split, last_name - 1):
            t = rtoks[pos]
            if t.cap and (t.head or t.role_cs or (t.word and t.low in v["paper_heads"])):
                # ("Reporter for The Wall Street Journal Evan Gershkovich": a paper's last word)
                k = pos + 1
                if rtoks[k].low == "of" and k + 3 <= last_name:
                    # "Communist Party of Vietnam To Lam": the head's own "of PLACE" goes with it
                    k = _of_place_end(rtoks, k, n, v)
                while k < last_name - 1 and rtoks[k].cap and rtoks[k].low in v["domains"]:
                    k += 1  # "... for Security Policy Kaja Kallas": the office's own domain words
                if k < last_name and rtoks[k].nameword and (rtoks[k + 1].nameword or (
                        k + 2 <= last_name and rtoks[k + 1].low in v["particles"] and rtoks[k + 2].nameword)):
                    split = k  # (and "... World Health Organization Mohammed bin Salman": a particle inside)
        j = split
        while j < split + 3 and j < last_name and rtoks[j].cap and rtoks[j].word and not rtoks[j].poss:
            j += 1  # ("President of the National | Order of Lawyers Ann Lee": the body's words before its "of")
        if j + 3 <= last_name and rtoks[j].low == "of" and not rtoks[j].cap:
            # "Chairman of the Board of Directors Ann Lee", "Director of the Museum of Modern Art
            # Ann Lee": a name never holds a body's "of"; the body's own "of X" goes with the
            # title, up to a known given name or the last two name words
            k = j + 1
            if rtoks[k].low == "the" and k + 3 <= last_name:
                k += 1
            if rtoks[k].cap and rtoks[k].word and not rtoks[k].poss:
                k += 1
                while k < last_name - 1 and rtoks[k].cap and rtoks[k].word and not rtoks[k].poss \
                        and rtoks[k].low not in v["given"]:
                    k += 1
                if rtoks[k].nameword:
                    split = k
    if split and rtoks[split - 1].role_name \
            and _norm(" ".join([t.name for t in rtoks[split - 1:]])) in v["role_names"]:
        split -= 1  # "Prime Minister Sheikh Hasina": the role word opens her name
    elif split >= 1 and split < len(rtoks) and rtoks[split].low in _PATRONYMIC_LINKS and rtoks[split - 1].cap:
        split -= 1  # "Crown Prince Sultan bin Abdulaziz": before `bin` stands a given name, never a title
    elif split >= 2 and split == last_name and rtoks[split - 1].low in _ROYAL_GIVEN \
            and (rtoks[split - 2].role or prior == split - 1):
        split -= 1  # "Knesset Speaker Amir Ohana": after an office, a given name and a surname
    elif split >= 2 and rtoks[split - 1].upper and rtoks[split - 1].low in v["letter_offices"] \
            and rtoks[split - 2].role and rtoks[split - 2].cap:
        split -= 1  # "Governor PS Sreedharan Pillai": after an office, letters that are an office too
        # ("Health PS Mary Muthoni") are the given name's initials
    elif split >= 1 and split == last_name and rtoks[split - 1].upper and len(rtoks[split - 1].text) == 2 \
            and rtoks[split - 1].low in v["initial_names"] and (split >= 2 or first and toks[first - 1].role):
        split -= 1  # "Panthers receiver DJ Moore": after other title words, a role word in two capitals that is
        # also a given name's initials (initial_given_names.txt), then one surname, is the given name
    elif split >= 2 and split + 1 == last_name and rtoks[split - 1].low in _ROYAL_GIVEN \
            and (rtoks[split - 2].role or prior == split - 1) and _plain_names(rtoks, split, last_name):
        split -= 1  # "Foreign Minister Amir Khan Muttaqi": after an office, a given name and two more
        # (or after an office's "of PLACE": "Mayor of Kabul Amir Khan Muttaqi")
    elif split == 1 and (last_name == 2 or last_name == 1) and (
            t0.low in _ROYAL_GIVEN or t0.low in _NOBLE_GIVEN and rtoks[last_name].low not in v["given"]
            and first and _rank_or_style(toks[first - 1], v)) and first \
            and toks[first - 1].role and not toks[first - 1].cap and _plain_names(rtoks, 1, last_name):
        split = 0  # "Taliban official Amir Khan Muttaqi", "activist Amir Ohana": after a lower-case office, the same
    elif split == 1 and t0.low in _ROYAL_GIVEN and (last_name == 2 or last_name == 1) \
            and not (first and (toks[first - 1].role or toks[first - 1].poss)) and _plain_names(rtoks, 1, last_name):
        split = 0  # "Amir Ohana speaks", "Kamal Haddad and Amir Saleh": no office or owner before, a given name
    elif split == 1 and last_name == 1 and n == 2 and t0.low in _PEER_GIVEN and rtoks[1].low not in v["given"] \
            and _listed_between_names(toks, first, run[1], v):
        split = 0  # "left to right, Earl Garrison, John Sparks": a noble's title that is also a given name,
        # then one surname, as an item of a list of plain names, is a given name
    elif split == 1 and last_name == 1 and n == 2 and t0.low in _VIRTUE_GIVEN and _plain_names(rtoks, 1, 1) \
            and not (first and toks[first - 1].role) and not _court_words_in(toks) and rtoks[1].low not in v["known"]:
        split = 0  # "Justice Owusu scores", "Justice Banda, left,": a given name (Ghana, Nigeria, South
        # Africa) when the caption speaks of no court and no office stands before it ("Ghana's Justice Blay": a team)
        # ("Justice Elena Kagan", "Chief Justice John Roberts", "Justice Alito ... the Supreme Court" stay titled;
        # so does a justice the known surnames list, "Justice Kavanaugh arrives")
    elif split == 1 and last_name == 1 and n == 2 and t0.low in _YEAR_GIVEN and t0.cap and _plain_names(rtoks, 1, 1) \
            and not (first and (toks[first - 1].role or toks[first - 1].poss)) and rtoks[1].low not in v["given"]:
        split = 0  # "Junior Alvarado rides", "Junior Morales (L), 11,": a school year that is a common
        # given name (Latin America, Africa), then one surname, with no office or owner before it
        # ("junior guard Ana Reyes", "Chelsea's junior Mira Osei" stay titled)
    elif split >= 2 and split == last_name and prior == split - 2 and rtoks[split - 1].low in _MIDDLE_SHEIKH \
            and rtoks[split - 2].nameword and not rtoks[split - 2].role:
        split = prior  # "Somali President Hassan Sheikh Mohamud": a Somali middle name, not an honorific
    elif split >= 2 and rtoks[split - 1].low in _NOBLE_GIVEN and _rank_or_style(rtoks[split - 2], v) \
            and rtoks[last_name].low not in v["given"] and _name_words(rtoks, split, last_name):
        split -= 1  # "Master Sgt. Earl D. Plumlee", "Coach Earl Watson": after a rank or a role, a
        # noble's title that is also a given name, then the surname, is the given name
    if split >= 3:
        for pos in range(1, split - 1):
            t = rtoks[pos]
            if t.hon and t.low in _NAME_OPENING_HONORIFICS:
                split = pos  # "SGF Mr Boss Mustapha": a personal honorific opens the name, whatever
                break  # role word ("Boss") the name then holds
    # (a split always has its role word in the title part)
    title_idx, name_idx = (run[:split], run[split:]) if split else ([], run)
    if split >= 2 and split == last_name and rtoks[split - 1].low in _INNER_NAME_RANKS \
            and _plain_names(rtoks, prior, split - 2):
        # "Manila Archbishop Luis Antonio Cardinal Tagle": the old Catholic style writes the
        # rank between the given names and the surname; the name is both sides of it
        title_idx, name_idx = run[:prior], run[prior:split - 1] + run[split:]
    while name_idx:
        t = toks[name_idx[0]]
        if not t.hon:
            break
        name_idx = name_idx[1:]
    while name_idx:
        t = toks[name_idx[0]]
        if not t.bad_end:  # (a lower-case particle)
            break
        name_idx = name_idx[1:]
    of_split = False
    for i in title_idx:
        t = toks[i]
        if t.low == "of":
            of_split = True
            break
    return title_idx, name_idx, of_split


# rank words that are a role only with their partner ("warrant officer", "petty officer"): alone
# before "for"/"of" they are things, not offices (_title_before)
_PARTNERED_RANKS = frozenset(("warrant", "petty"))
# ranks the old Catholic style writes inside a name, between given names and surname
# ("Timothy Cardinal Dolan"): they leave the name and, as the schema keeps no rank there, the title
_INNER_NAME_RANKS = frozenset(("cardinal",))
# personal honorifics that open a person's name inside a run of title words (_split_run)
_NAME_OPENING_HONORIFICS = frozenset(("mr", "mrs", "ms", "mallam", "malam", "alhaji", "alhaja"))
# role words read as such only at a clause start that are also common Chinese surnames: with a
# single name word after them they open a name ("Fan Zhendong", "Fan Bingbing"), not a title
_SURNAME_ROLES = frozenset(("fan",))

# capitals-shy role words that are styles of address before a surname or a given name alone
# ("Mother Teresa", "Officer Smith", "Coach K"), or a sports side's position or class year a
# team's caption writes before a surname ("Senior Doe", "Guard Roe"), so never read as a given name
_ADDRESS_STYLES = frozenset("""mother father sister brother coach lady lord count major private
    officer agent ranger warden pilot guard keeper head center centre forward junior senior rookie
    starter closer wing setter fielder""".split())


def _name_then_office(toks: list[Tok], run: list[int], v: dict) -> int:
    """"Jacques Rogge President of the International Olympic Committee announces", "Sarah
    Ferguson Duchess of York visits": a given name and a surname, then a capitalised office
    with its "of" body and no comma between (an older wire style). Returns the office's index
    in the run (0: not so)."""
    n = len(run)
    t = toks[run[0]]
    given = t.low in v["given"]
    if t.role or t.hon or not t.nameword or t.head or t.key in v["places"] or t.rare_lead or t.title_word:
        return 0  # ("Former Foreign Ministers of Japan X and Y": a title's words open the run)
    for p in range(1, min(n - 2, 4)):
        t = toks[run[p]]
        if p >= 2 and t.cap and t.role and toks[run[p + 1]].low == "of" and toks[run[n - 1]].cap \
                and (given or p == 2) and not _plural_role(t.low, v):
            return p
        if not t.nameword or t.role or t.hon or t.head or t.key in v["places"] or t.rare_lead or t.title_word:
            return 0
    return 0


# lower-case nouns of a country's parts, written after the part's name ("Chiapas state")
_REGION_NOUNS = frozenset(("state", "province", "region", "district", "county", "department",
                           "prefecture", "oblast", "governorate", "municipality"))


def _region_after(toks: list[Tok], last: int, v: dict) -> bool:
    """", Chiapas state, Mexico", ", Sindh province.": after the run (a comma at last + 1), a
    place of the tables and its lower-case region noun closing the clause: the run is a town
    there, not a person (not ", Texas state senator": the noun must close it)."""
    k = last + 3
    if k >= len(toks) or toks[k].low not in _REGION_NOUNS or toks[k].cap:
        return False
    if toks[last + 2].key not in v["places"] or toks[last + 2].poss:
        return False
    return k + 1 >= len(toks) or toks[k + 1].text in (",", ".", ";", ")")


def _place_between(toks: list[Tok], run: list[int], v: dict) -> bool:
    """"in Komarovce, Velke Trakany, Slovakia": a run with no role between a place that "in",
    "near" or "at" opens and a country or region (no possessive), commas around it, is a
    place too (a district, a municipality), not a person."""
    first, last = run[0], run[-1]
    after = toks[last + 2]
    if after.low == "in" and not after.cap and last + 3 < len(toks):
        last += 1  # "near Gunbalanya, Arnhem Land, in Australia": the country after "in"
        after = toks[last + 2]
    if not after.cap or after.poss or first < 3 or toks[first - 1].text != "," \
            or toks[first].low in v["given"]:
        return False  # (", Emmanuel Macron, France,": a person's name with his country)
    if last + 3 < len(toks) and toks[last + 3].namey:
        # a country of two words ("Czech Republic"), not a longer name ("France Presse")
        if toks[last + 3].poss or (last + 4 < len(toks) and toks[last + 4].namey) \
                or _norm(after.text + " " + toks[last + 3].text) not in v["places"]:
            return False
    elif after.key not in v["places"]:
        return False
    for i in run:
        if toks[i].role or toks[i].hon:
            return False
    k = first - 2
    while k >= 0 and toks[k].cap and toks[k].word and not toks[k].poss and not toks[k].masked and k > first - 6:
        k -= 1
    return k >= 0 and k < first - 2 and toks[k].low in ("in", "near", "at", "outside") and not toks[k].cap


def _org_then_name(toks: list[Tok], run: list[int], v: dict) -> int:
    """"owner of private military company Wagner Group Yevgeny Prigozhin", "Reporter for U.S.
    newspaper The Wall Street Journal Evan Gershkovich": a company or a paper named after a
    noun of organisations ("company", "newspaper"), its name ending in a head noun or a
    masthead word, then two or three name words. Returns where the name starts in the run
    (0: not so)."""
    first = run[0]
    j = first - 1
    if toks[j].low == "the" and j >= 1:
        j -= 1
    o = toks[j]
    if not (o.org and "before" in o.org and not o.poss):
        return 0
    n = len(run)
    for p in range(n - 3, 0, -1):
        t = toks[run[p]]
        if t.cap and t.word and not t.poss and (t.head or t.low in v["paper_heads"]):
            if not 2 <= n - p - 1 <= 3:
                return 0
            for q in range(p + 1, n):
                w = toks[run[q]]
                if not w.nameword or w.head or w.role or w.poss or w.low in v["paper_heads"]:
                    return 0
            return p + 1
    return 0


def _org_title_start(toks: list[Tok], first: int, v: dict) -> int:
    """The role word that an organisation's noun before toks[first] belongs to, "of" or
    "for" between ("owner of private military company", "Reporter for U.S. newspaper
    The"): its index, else -1."""
    j = first - 1
    if toks[j].low == "the" and j >= 1:
        j -= 1
    j -= 1  # (the noun: "company", "newspaper")
    stop = j - 4
    while j > stop and j >= 1:
        t = toks[j]
        if t.low in ("of", "for") and not t.cap:
            p = toks[j - 1]
            return j - 1 if p.role and p.word and not p.masked and not p.poss else -1
        if not t.word or t.masked or t.stop or t.poss or (not t.cap and t.low in v["verbs"]):
            return -1
        j -= 1
    return -1


# noble and royal titles: after a given name and before "of" they are the office, not a surname
# ("Charles Prince of Wales", "Sarah Duchess of York"; _role_surname_of). "King" is a common
# surname ("Billie Jean King of the United States") and stays out
_NOBLE_ROLES = (_GIVEN_NAME_ROLES - {"king"}) | frozenset("""earl countess count baron baroness lord lady marquess
    marchioness viscount viscountess grand crown""".split())


def _role_surname_of(toks: list[Tok], run: list[int], v: dict) -> int:
    """"Aaron Judge of the New York Yankees", "Gayle King of CBS", "Billie Jean King of the
    United States": one or two given names, then a capitalised role word that is the surname,
    "of" and a team or country with no name after it (a noble title is an office: "Charles
    Prince of Wales"). Returns the run index of the team's first word (0: not so)."""
    n = len(run)
    p = 1
    while p < 3:
        if p + 2 >= n:
            return 0
        t = toks[run[p]]
        if t.cap and t.role_cs and toks[run[p + 1]].low == "of":
            break
        if not (t.cap and not t.role_cs and not t.hon and t.low in v["given"]):
            return 0
        p += 1
    if p == 3 or toks[run[p]].low in _NOBLE_ROLES or _plural_role(toks[run[p]].low, v):
        return 0
    t = toks[run[0]]
    if t.role_cs or t.hon or not t.cap:
        return 0
    k = p + 2
    if toks[run[k]].low == "the":
        k += 1
    if k >= n or (n - k >= 3 and toks[run[n - 2]].low in v["given"]):
        return 0  # (a name after the team: "... of Liverpool John Smith")
    for i in range(k, n):
        t = toks[run[i]]
        if t.role_cs or not (t.cap or t.low == "of" or t.low == "for" or t.low == "the"):
            return 0
    return k


def _name_then_role(doc: Doc, run: list[int], v: dict) -> int:
    """"Hector Romero Assistant Public Defender (L)": two or three name words, then a
    capitalised office that a role word ends, and a position in brackets right after (a
    desk's style with no comma before the office). Returns the office's index in the run (0:
    not so)."""
    toks = doc.toks
    n = len(run)
    last = toks[run[n - 1]]
    if not last.role or not last.cap:
        return 0
    op = 0
    for p in range(n):
        t = toks[run[p]]
        if p >= 2 and t.cap and (t.role or t.title_word):
            op = p
            break
        if not t.nameword or t.role or t.hon or t.head or t.title_word or t.key in v["places"] \
                or t.rare_lead or t.poss or p >= 3:
            return 0
    if not op:
        return 0
    for p in range(op, n):
        t = toks[run[p]]
        if not t.cap or t.poss or not (t.role or t.title_word or t.namey):
            return 0
    end = doc.starts[run[n - 1]] + last.n
    if doc.text[end:end + 2] != " (" or _POS_PAREN.match(doc.text, end) is None:
        return 0
    return op


def _title_case_role(toks: list[Tok], run: list[int], pos: int, last_name: int, v: dict) -> bool:
    """"Bull Rider Dalton Kasel", "Holocaust Survivor Eva Mozes": a role word of the capitals-shy
    kind (role_words_lower_only.txt) written in title case after the sentence's first words,
    none of them a given name, with two name words after it."""
    if last_name - pos < 2 or not _clause_start(toks, run[0]):
        return False
    if pos > 2 and not (pos == 3 and toks[run[2]].low in v["domains"]):
        return False  # ("Former Chicago Police Officer A B": an office domain just before)
    for i in run[:pos]:
        t = toks[i]
        if not t.cap or t.low in v["given"] or t.role_cs or t.hon or t.poss:
            return False
    return toks[run[pos + 1]].nameword and toks[run[pos + 2]].nameword


def _chief_officer(rtoks: list[Tok], pos: int) -> bool:
    """"Chief Executive Officer of Intel Brian Krzanich", "Chief Operating Officer Jane Roe": the
    capitals-shy "Officer" closes a "Chief ..." office (the chief word up to three words before)."""
    if rtoks[pos].low != "officer" or not rtoks[pos].cap:
        return False
    for k in range(max(0, pos - 3), pos):
        if rtoks[k].low == "chief" and rtoks[k].cap:
            return True
    return False


def _member_of_house(rtoks: list[Tok], pos: int, last_name: int, v: dict) -> bool:
    """"Labour Member of Parliament Jo Smith", "Member of the European Parliament X": the
    capitals-shy "Member" followed by "of" and a legislature (office_domains.txt) is an office."""
    t = rtoks[pos]
    if t.low != "member" or not t.cap or pos + 2 >= last_name or rtoks[pos + 1].low != "of":
        return False
    h = rtoks[pos + 2]
    if h.low == "the" and pos + 3 < last_name:
        h = rtoks[pos + 3]
    return h.cap and h.low in v["houses"]


def _domain_then_role(toks: list[Tok], run: list[int], last_name: int, v: dict) -> bool:
    """"former Chicago police Officer Jason Van Dyke": a role word of the capitals-shy kind in
    title case right after a lower-case office domain ("police"), two name words after it."""
    first = run[0]
    if last_name < 2 or first == 0:
        return False
    p = toks[first - 1]
    return bool(p.word and not p.cap and p.low in v["domains"])


def _royal_kin_title(prev: Tok, t: Tok, v: dict) -> bool:
    """"Queen Mother Sirikit", "King Father Norodom Sihanouk": a capitalised kin word right
    after a royal title is the title's second word, not the name's first."""
    return t.cap and t.low in v["family"] and prev.cap and prev.low in _GIVEN_NAME_ROLES


def _party_name_cut(name_toks: list[Tok], v: dict) -> int:
    """"Greens Party Cem Oezdemir": a party's name, its head noun, then two to four plain name
    words. Returns where the person's name starts, else 0. (The party goes:
    written so, it is mostly a list's shared lead-in.)"""
    n = len(name_toks)
    for pos in range(1, n - 2):
        t = name_toks[pos]
        if t.cap and t.low in v["party_heads"] and not t.poss:
            k = pos + 1
            if 2 <= n - k <= 4 and all(x.nameword and x.plain and not x.poss and x.low not in v["domains"]
                                        for x in name_toks[k:]):
                return k
            return 0
    return 0


def _org_name_cut(toks: list[Tok], run: list[int], v: dict) -> int:
    """"the leader of the Democratic Party of Korea Lee Jae-myung": after "ROLE of the", an
    organisation's name ending in its head noun (and the head's "of PLACE"), then two to
    four name words. Returns where the name starts in the run, else 0."""
    first = run[0]
    if not toks[first - 3].role or toks[first - 3].cap:
        return 0
    return _org_head_cut(toks, run, v)


def _plural_of_before(toks: list[Tok], first: int, v: dict) -> bool:
    """"Jury members of (the) RUN": a lower-case plural role and "of" before the run."""
    j = first - 1
    skipped = 0
    while skipped < 2 and j >= 3 and toks[j].cap and toks[j].word and not toks[j].namey and not toks[j].masked:
        j -= 1  # "Chairmen of the Armed | Services Committee Ann Lee": a capitalised word no run took
        skipped += 1
    if j >= 2 and toks[j].low == "the":
        j -= 1
    # (capitalised only opening the sentence: "Judges of the Golden Horse Awards Sylvia Chang")
    return j >= 1 and toks[j].low == "of" and (not toks[j - 1].cap or _clause_start(toks, j - 1)) \
        and _plural_role(toks[j - 1].low, v)


def _org_head_cut(toks: list[Tok], run: list[int], v: dict) -> int:
    """Where two to four name words start after an organisation's head noun (and its "of
    PLACE") in the run, else 0."""
    rtoks = [toks[i] for i in run]
    n = len(rtoks)
    for pos in range(1, n - 2):
        t = rtoks[pos]
        if t.cap and t.head:
            k = pos + 1
            if rtoks[k].low == "of":
                k = _of_place_end(rtoks, k, n, v)
            if 2 <= n - k <= 4 and all(x.nameword and not x.head for x in rtoks[k:]):
                return k
    return 0


def _of_place_end(rtoks: list[Tok], k: int, n: int, v: dict) -> int:
    """rtoks[k] is "of": the index after "of (the) PLACE" ("of Vietnam", "of the Russian
    Federation", "of South Korea"), or k when no place follows."""
    j = k + 1
    if j < n and rtoks[j].low == "the":
        j += 1
    if j >= n:
        return k
    w = _place_words(rtoks, j, n, v) or (1 if _domain_or_place(rtoks[j], v) else 0)
    if w == 1 and j + 1 < n and rtoks[j + 1].low in v["domains"]:
        w = 2  # "of the Russian Federation"
    return j + w if w else k


# Arabic `son of` / `daughter of` inside a name: the word before one is the bearer's given name
_PATRONYMIC_LINKS = frozenset(("bin", "bint", "ibn"))


@functools.cache
def _first_words(names: frozenset) -> frozenset:
    """The first words of a table's names (a cheap test before joining a run's words)."""
    return frozenset(x.split()[0] for x in names if x)


_POSS_END = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


# the name's span as written -> its text, for the spans whose text the tokens played no part
# in (most names: "Joe Biden"), one dict for a span ending in a possessive and one for the
# rest; cleared when full
_NAME_TEXTS: dict[str, str] = {}
_POSS_NAME_TEXTS: dict[str, str] = {}


def _name_text(doc: Doc, name_idx: list[int]) -> str:
    # (loops, not generator expressions: compiled, each generator costs more than the words)
    starts = doc.starts
    last = doc.toks[name_idx[-1]]
    if name_idx[-1] - name_idx[0] >= len(name_idx):
        # a rank left out from inside the name ("Luis Antonio Cardinal Tagle": _split_run)
        return _name_text(doc, name_idx[:-1]) + " " + _name_text(doc, name_idx[-1:])
    span = doc.text[starts[name_idx[0]]:starts[name_idx[-1]] + last.n]
    memo = _POSS_NAME_TEXTS if last.poss else _NAME_TEXTS
    raw = memo.get(span)
    if raw is not None:
        return raw
    if len(memo) >= 1 << 14:
        memo.clear()
    raw = span
    if last.poss:
        raw = raw[: len(raw) - (2 if raw.endswith(_POSS_S) else 1)]
    if "," in raw:
        raw = _COMMA_JR.sub(" ", raw)
    words = raw.split()
    raw = " ".join(words)
    # a name printed in capitals is restored to normal case
    if len(words) >= 2 and not (words[0].isalpha() and not words[0].isupper()):
        all_caps, long_word = True, False
        for w in words:
            if not (w.isupper() or not w.isalpha()):
                all_caps = False
                break
            if len(w) > 3:
                long_word = True
        if all_caps and long_word:
            out = []
            for w in words:
                out.append(_recase(w))
            raw = memo[span] = " ".join(out)
            return raw
    if raw.istitle():
        memo[span] = raw
        return raw
    some_upper = False
    for w in words:
        if w.isupper():
            some_upper = True
            break
    if not some_upper:
        memo[span] = raw
    else:  # (the tokens decide: not remembered)
        # a surname in capitals inside a mixed-case name: "Jay IDZES" -> "Jay Idzes"
        toks = [doc.toks[i] for i in name_idx]
        caps = set()
        for n in range(len(toks)):
            t = toks[n]
            if t.caps_name and _caps_surname(toks, n, False):
                caps.add(t.text)
        if caps:
            out = []
            for w in words:
                if w in caps:
                    parts = []
                    for p in w.split("-"):
                        parts.append(p.capitalize())
                    w = "-".join(parts)
                out.append(w)
            raw = " ".join(out)
    return raw


def _recase(w: str) -> str:
    if _ROMAN.fullmatch(w) or _INITIAL.fullmatch(w):
        return w
    # any letter run, accented capitals too (`JOSÉ` -> `José`, not `JosÉ`)
    return _LETTER_RUN.sub(lambda m: m.group()[0] + m.group()[1:].lower(), w)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


_THE_AND = frozenset(("the", "and", "&"))
# a lower-case body owned by a named person or party, opening a title with its possessive
# a body whose name goes before it ("the Perikatan Nasional coalition's"): no person's name
_BODY_NOUNS = frozenset(("party", "coalition", "alliance", "movement", "bloc"))
_OWNER_NOUNS = frozenset(("administration", "government", "campaign", "cabinet", "team", "party",
                          "family", "foundation", "office", "coalition", "alliance", "movement", "bloc"))
# lower-case owners whose possessive opens a title before a name, kept in it ("the country's
# main opposition Congress party President", "party's constituency candidate")
_GENERIC_OWNERS = frozenset(("country", "nation", "party", "team", "club", "group", "state", "city",
                             "company", "government", "league", "union", "province", "region"))
# relations that may open a caption before a name, capitalised ("Grandmother Rosa Delgado")
_LEAD_RELATIONS = frozenset(("grandmother", "grandfather", "grandma", "grandpa", "granny", "widow", "widower"))
# adjectives of age or size that open a sentence before a given name and a surname ("Young Ian
# Archibald", "Little Ana Ruiz"); names too ("Neil Young", "Little Richard"), so cut only there
_LEAD_AGE_ADJECTIVES = frozenset(("young", "little", "tiny"))
_PRIZES = frozenset(("prize", "prizes", "award", "awards", "medal"))
_OWNERS = frozenset(("his", "her", "their", "its", "our", "my"))


def _family_word(toks: list[Tok], j: int, v: dict) -> bool:
    """A relation owned by someone: "his wife", "the president's daughter"."""
    t = toks[j]
    return bool(j >= 1 and t.kin
                and (toks[j - 1].low in _OWNERS or toks[j - 1].poss or toks[j - 1].low == "whose"
                     or _aged_kin(toks, j)
                     # "his daughter Tara and son Stefan": the owner shared
                     or (toks[j - 1].low == "and" and j >= 4 and toks[j - 2].cap
                         and toks[j - 3].low in v["family"] and toks[j - 4].low in _OWNERS)
                     or _kin_with_or_listed(toks, j)
                     or _kin_after_and(toks, j)))


def _kin_after_and(toks: list[Tok], j: int) -> bool:
    """"Barack Obama, first lady Michelle Obama, and daughters, Sasha and Malia": a relation
    right after "and" that follows a name (the owner is the person before it), a name after it."""
    if toks[j - 1].low != "and" or j < 2 or j + 2 >= len(toks):
        return False
    b = toks[j - 2]
    if b.text == "," and j >= 3:
        b = toks[j - 3]
    n = toks[j + 1]
    if n.text == ",":
        n = toks[j + 2]
    return b.cap and b.word and not b.masked and n.cap and n.word and not n.masked


def _kin_with_or_listed(toks: list[Tok], j: int) -> bool:
    """"with son Nathan", "to wife Emma", "wife Sophie Gregoire (R), son Xavier and mother Margaret (L)":
    a lower-case relation after "with" or another preposition (the owner is the clause's subject), or after a comma or "and" that continues a list an owned
    relation opened earlier in the sentence (the owner shared)."""
    t = toks[j]
    if t.cap or j + 1 >= len(toks) or not toks[j + 1].cap:
        return False
    a = toks[j - 1].low
    if a in _KIN_PREPS:
        return True
    if a not in (",", "and", ":"):
        return False
    if _after_side_opener(toks, j):
        return True
    k = j - 2
    while k >= 1 and k >= j - 12:
        q = toks[k]
        if q.stop:
            return False
        if q.kin and not q.cap and (toks[k - 1].low in _OWNERS or toks[k - 1].poss or _after_side_opener(toks, k)):
            return True
        k -= 1
    return False


# prepositions after which a lower-case relation, then a capital, is the subject's relation by name
# ("writes to wife Emma", "buys a gift for daughter Ava", "a letter from husband Tom")
_KIN_PREPS = frozenset(("with", "to", "for", "from", "beside", "alongside"))


def _after_side_opener(toks: list[Tok], j: int) -> bool:
    """"celebrates with his family, from left, mother Siobhan, brother Richard and ...": a
    relation that opens a list of sides ("from left,", "left to right:") names the family of
    the person pictured, never a title."""
    return j >= 3 and toks[j - 1].text in (",", ":") and toks[j - 2].low in ("left", "right") \
        and toks[j - 3].low in ("from", "to")


_KIN_AGES = frozenset(("newborn", "infant", "baby", "teenage", "adult", "younger", "older",
                       "youngest", "oldest", "eldest", "twin", "adopted", "late",
                       "toddler", "little", "young", "teenaged"))  # "her toddler son Razu"


# spelt ages before a relation ("her three-year-old daughter Jadyn")
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split())


def _aged_kin(toks: list[Tok], j: int) -> bool:
    """"his 4-year-old daughter Ava", "2-year-old son Lexington", "her newborn son Eli": an
    age before the relation (an N-year-old needs no owner; the other ages do)."""
    a = toks[j - 1].low
    if _age_word(a):
        return True
    if a == "old" and j >= 3 and toks[j - 2].low in _AGE_UNITS:
        n = toks[j - 3].low  # "her 6 month old daughter", "his two year old son": unhyphenated
        return (n.isdigit() and len(n) <= 2) or n in _NUMBER_WORDS
    return a in _KIN_AGES and j >= 2 and (toks[j - 2].low in _OWNERS or toks[j - 2].poss)


# the units of an age written apart ("6 month old", "two year old")
_AGE_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days"))


def _aged_name(toks: list[Tok], first: int, v: dict) -> bool:
    """A one-word name after an age ("her daughter, 3-year-old Mateo,", "holds 6-month-old
    Yusuf"): only a person is given an age so; not after an article, where the age goes with
    a noun ("a 19-year-old Palestinian", "the 25-year-old Briton", "a 40-year-old Boeing")."""
    if first < 1:
        return False
    age, t = toks[first - 1], toks[first]
    if not (age.low[-4:] == "-old" and _age_word(age.low) and (first < 2 or toks[first - 2].low not in _AHEAD_ARTICLES)
            and not t.poss and not t.head and t.low not in v["peoples"]):
        return False  # (the age may open the caption: "63-year-old Judy feeds the ducks")
    nxt = toks[first + 1] if first + 1 < len(toks) else None  # not a noun's adjective: "100-year-old Roman coins"
    if nxt is None or not nxt.word or nxt.cap or nxt.low in v["verbs"] or nxt.low in _PLACE_PREPS \
            or nxt.low in _OBJECT_PREPS or nxt.low == "from":
        return True
    # a given name as the subject of a verb the short table lacks, its object's determiner after
    # it ("63-year-old Judy feeds the ducks"; "100-year-old Roman coins" has no object)
    # (or a preposition after the verb: "Thirteen-year-old Unse digs for pots", "sits in"; a name
    # no table knows then only where the age opens the caption)
    if not (nxt.low[-1:] == "s" and first + 2 < len(toks) and not toks[first + 2].cap):
        return False
    after = toks[first + 2].low
    if after in _OBJECT_DETERMINERS:
        return t.low in v["given"]
    return after in _AGED_VERB_PREPS and (t.low in v["given"] or (
        first == 1 and t.plain and t.low not in v["common"] and t.key not in v["not_people"]
        and t.key not in v["places"]))


_OBJECT_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "some"))
_AGED_VERB_PREPS = frozenset(("for", "in", "on", "at", "with", "through", "near", "outside", "inside", "beside"))


def _age_word(a: str) -> bool:
    """"4-year-old", "three-year-old", "6-month-old": an age written before a noun."""
    return a.endswith("-old") and (a[:1].isdigit() or a[:a.find("-")] in _NUMBER_WORDS) or a.endswith("-month-old")


# the words a title's "PLACE and PLACE" may follow (its holder's preposition or article)
_AND_PLACES_AFTER = frozenset(("with", "by", "from", "to", "as", "alongside", "the", "and"))


def _and_places_start(doc: Doc, a: int, v: dict) -> int:
    """Before a title that opens with a place ("Labrador Premier", "Ireland captain"), the
    "and" at `a` and one to three capitalised words before it that name a place too, or
    that make one place with it ("Trinidad and Tobago"). Returns the first of those words,
    or -1. Not after a verb ("visits Ireland and Scotland First Minister X")."""
    toks = doc.toks
    b = toks[a + 1]
    if b.poss or b.masked:
        return -1
    places = v["places"]
    starts = doc.starts
    a_end = starts[a - 1] + toks[a - 1].n
    q = a - 1
    while q >= 0 and a - q <= 3:
        p = toks[q]
        if not (p.cap and p.word) or p.poss or p.stop or p.masked or p.role or p.hon:
            break
        r = toks[q - 1] if q else None
        if r is None or not r.word or r.title_word or r.role or (not r.cap and r.low in _AND_PLACES_AFTER):
            own = _norm(doc.text[starts[q]:a_end])
            if (own in places and b.key in places) or _norm(doc.text[starts[q]:starts[a + 1] + b.n]) in places:
                return q
        q -= 1
    return -1


def _and_place_owner(doc: Doc, k: int, j: int, v: dict) -> bool:
    """"Trinidad and Tobago's", "Antigua and Barbuda's": the capitalised word before "and" (at
    k - 1) and the words from k to the possessive at j make one place's name."""
    toks = doc.toks
    if k < 2 or toks[k - 1].masked:
        return False
    a = toks[k - 2]
    if not (a.cap and a.word and not a.poss and not a.stop and not a.masked):
        return False
    starts = doc.starts
    raw = _POSS_END.sub("", doc.text[starts[k - 2]:starts[j] + toks[j].n])
    # (or one club's name, a club word closing it: "Brighton and Hove Albion's")
    return _norm(raw) in v["places"] or (j > k and toks[j].low in v["club_words"] and a.key in v["places"])


def _title_name_word(t: Tok, v: dict) -> bool:
    """A capitalised word of the owner before a possessive title ("Anadolu Agency's")."""
    return t.namey or (t.cap and t.word and not t.masked and t.low in v["news"])


def _given_role_surname(toks: list[Tok], k: int, v: dict) -> bool:
    """A capitalised role word at k after a given name is a surname ("Secretary of State Mark
    Pope and Defense Secretary X": Mark Pope is named, no office "Pope and Defense Secretary")."""
    return k >= 1 and toks[k].cap and toks[k - 1].cap and toks[k - 1].word and not toks[k - 1].role_cs \
        and toks[k - 1].low in v["given"]


# the span of play an award is for, lower-case after "of the" ("Player of the match")
_AWARD_SPANS = frozenset(("match", "game", "series", "tournament", "championship", "final"))
_AWARD_HEADS = frozenset(("player", "man", "woman", "star", "hero"))


def _rank_letter(t: Tok, start, slash_start) -> bool:
    """A rank's one-letter qualifier written against its slash: the "L" of "L/Cpl" (Lance
    Corporal), the "L" of "L/Sgt"."""
    return t.n == 1 and t.text.isupper() and start + 1 == slash_start


def _lower_portfolio_role(toks: list[Tok], j: int, v: dict) -> int:
    """The office word before a portfolio written in lower case ending at j ("Minister for
    urban development", "Minister of foreign affairs"), when a name follows: its index, else -1."""
    k = j - 1
    while k >= 1 and j - k < 3 and toks[k].word and not toks[k].cap and toks[k].low in v["domains"] \
            and toks[k].low not in ("of", "the"):
        k -= 1  # (one or two more portfolio words: "home affairs", "urban and rural development")
    if k < 1 or toks[k].low not in ("of", "for"):
        return -1
    r = toks[k - 1]
    if r.role and r.word and not r.poss and not r.masked and r.low not in v["lower_only"]:
        return k - 1
    return -1


# title modifiers that are verbs too ("President-elect", "to elect"), and the words that make them verbs
_VERB_MODIFIERS = frozenset(("elect", "designate"))
_VERB_LEADS = frozenset(("to", "will", "would", "could", "can", "not", "did", "and"))
# role words that are verbs too, read as verbs after "to" before an office in capitals ("to host
# President X", "to witness King Y's coronation", "to escort Prime Minister Z"); not "coach" or
# "head", nouns after "to" ("an assistant to head coach X")
_TO_VERB_ROLES = frozenset(("host", "witness", "guard", "escort", "judge"))


_RANK_NUMBER = frozenset(("number", "no"))


# a side word and the owner before it ("to his right", "on her left"): where someone stands
# beside another, not a modifier of the title after it (_title_before)
_SIDE_MODIFIERS = frozenset(("left", "right"))
_SIDE_OWNERS = frozenset(("his", "her", "their"))
_SIDE_PREPS = frozenset(("to", "on", "at"))


def _title_before(doc: Doc, name_first, title_idx, v):
    """Title written before the name: (start, end, title, family?, team possessive)."""
    text, toks, starts = doc.text, doc.toks, doc.starts
    has_role = bool(title_idx)
    left = title_idx[0] if title_idx else name_first
    # (t: toks[j], kept in step with j while it is >= 0; compiled, a typed local's reads are
    # C fields where toks[j].x looks the attribute up by name)
    j = left - 1
    t = toks[j] if j >= 0 else None
    if j >= 0 and t.jersey:
        j -= 1
        t = toks[j] if j >= 0 else None
    if not has_role:
        while j >= 1 and t.hon and t.cap and t.word:
            j -= 1  # "Hezbollah leader Sayyed Hassan Nasrallah", "epidemiologist Dr. Jane Doe"
            t = toks[j]
    if not has_role and j >= 2 and t.text == "," and _family_word(toks, j - 1, v):
        return None, None, None, True, None  # "his wife, Lori,"
    end_at = -1
    if not has_role and j >= 2 and t.text == "," and (j == name_first - 1 or toks[j + 1].hon):
        # (a personal honorific may stand after the comma: "Kebbi State Governor, Dr. X speaks")
        k = _lead_title_comma(toks, j, v) if j <= _LEAD_TITLE_MAX else -1
        if k < 0:
            k = _mid_title_comma(toks, j, v)
        if k >= 0:  # "EPP group candidate for the presidency of the European Commission, Jean-Claude Juncker arrives"
            t_end = starts[j - 1] + toks[j - 1].n
            return starts[k], t_end, _squeeze(text[starts[k]:t_end]), False, None
    if not has_role and j >= 2 and t.text == "," and _role_before_comma(toks, j, name_first, v):
        has_role = True  # "India's main opposition Congress party's leader, Rahul Gandhi, ..."
        left = end_at = j - 1
        j -= 2
        t = toks[j]
    if not has_role and j >= 2 and (t.digit or t.low in _NUMBER_WORDS) and toks[j - 1].low in _RANK_NUMBER \
            and (toks[j - 2].low == "world" or (toks[j - 2].cap and toks[j - 2].word and not toks[j - 2].poss
                                                and toks[j - 2].low in v["demonyms"])):
        # ("British number two X", "Spanish No. 3 Y": a country's ranking held)
        has_role = True  # "World number one Jannik Sinner", "world No. 3 Coco Gauff": a ranking held
        left = j - 2
        j -= 3
        t = toks[j] if j >= 0 else None
        if t is not None and t.word and not t.cap and not t.poss:  # ("Sinner beat world number two X")
            t_end = starts[name_first - 1] + toks[name_first - 1].n
            return starts[left], t_end, _squeeze(text[starts[left]:t_end]), False, None
    # lower-case role right before the name ("quarterback Patrick Mahomes")
    if not has_role and j >= 0 and t.word and not t.masked and not t.cap:
        if _family_word(toks, j, v):
            return None, None, None, True, None
        if not t.role and j >= 2 and t.low in v["domains"] and t.low not in _THE_AND \
                and toks[j - 1].low == "of" \
                and toks[j - 2].role and toks[j - 2].word and not toks[j - 2].cap and not t.poss:
            j -= 2  # "head of state Emmanuel Macron", "minister of defence Rustem Umerov"
            t = toks[j]
        elif not t.role and j >= 3 and not t.poss and t.low not in _AWARD_SPANS \
                and (k := _role_of_the_noun(toks, j)) >= 0:
            j = k  # "the mayor of the city Alexey Kulemzin"
            t = toks[j]
        elif not t.role and j >= 2 and t.low in v["domains"] and t.low not in _THE_AND and not t.poss:
            k = _lower_portfolio_role(toks, j, v)
            if k >= 0:  # "Union Minister for urban development Hardeep Singh Puri"
                j = k
                t = toks[j]
        if not t.role and t.low in _BODY_NOUNS and not t.poss:
            k = _body_member_title(toks, j, v)
            if k >= 0:  # "chairman of the Pakistan Tehreek-e-Insaf (PTI) party Imran Khan"
                has_role = True
                left = k
                j = k - 1
                t = toks[j] if j >= 0 else None
        if not has_role and t.low in _AWARD_SPANS and j >= 3 and toks[j - 1].low == "the" \
                and toks[j - 2].low == "of" and toks[j - 3].low in _AWARD_HEADS:
            # "Player of the match Hannah Tyrrell", "Man of the series X": an award for the
            # game written in lower case is the title (as "Player of the Match" in capitals)
            has_role = True
            left = j - 3
            j -= 4
            t = toks[j] if j >= 0 else None
        if not has_role and t.role and not t.poss and not (len(t.low) > 5 and t.low.endswith("ing") and t.low in v["lower_only"]) \
                and not (t.low in _VERB_PARTICLES and _verb_particle(toks, j)):  # ("fans welcome back X")
            # ("after shooting Andrei Karlov": a position's modifier in -ing alone is a verb, no title)
            has_role = True
            left = j
            j -= 1
            t = toks[j] if j >= 0 else None
            # ("France's forward": a possessive before the role opens the title below)
    if not has_role and j >= 4 and t.key in v["places"] and toks[j - 1].low == "in" and toks[j - 2].acronym \
            and _lower_office_of_before(toks, j - 2, v):
        j -= 2  # "chairperson of the ANC in KwaZulu-Natal X": the body's place goes with its initials
        t = toks[j]
    if not has_role and j >= 2 and t.acronym and _lower_office_of_before(toks, j, v):
        k = j - 2 if toks[j - 1].low == "the" else j - 1  # (at "of")
        has_role = True  # "the head of NATO Mark Rutte": the lower-case office, "of" and the body's initials
        left = k - 1
        j = k - 2
        t = toks[j] if j >= 0 else None
    party_k = -1
    if not has_role and j >= 3 and t.text == ")":
        party_k = _party_abbr_open(toks, j)
        if party_k < 0:
            party_k = _body_abbr_open(toks, j)  # "... Christian Democratic Union party (CDU) Friedrich Merz"
        if party_k >= 0 and _role_behind(toks, party_k):
            # "German Chancellor and Christian Democrat (CDU) Angela Merkel": the party's
            # abbreviation closes a title that a role word opens
            has_role = True
            left = party_k
            j = party_k - 1
    if not has_role:
        # a team or country possessive with no role word: "Inter Miami's Lionel Messi"
        # (t is toks[j] here)
        if j >= 0 and t.poss and t.cap and t.word and not t.masked \
                and t.low not in _GROUP_POSS:
            k = j
            while k - 1 >= 0:
                if toks[k - 1].namey and not toks[k - 1].poss and not toks[k - 1].stop:
                    k -= 1
                elif toks[k - 1].text == "&" and _amp_owner(toks, k - 1):
                    k -= 2  # "Brighton & Hove Albion's Danny Welbeck"
                elif toks[k - 1].low == "and" and _and_place_owner(doc, k, j, v):
                    k -= 2  # "Bosnia and Herzegovina's Edin Dzeko": one country's name
                elif toks[k - 1].low == "of" and k >= 2 and _org_head_of(toks[k - 2]):
                    k -= 2  # "the Bank of England's Andrew Bailey": an organisation "HEAD of
                    # PLACE" owns the name whole (title "Bank of England")
                else:
                    break
            for q in range(k, j + 1):
                if toks[q].role and not (toks[q].low in v["team_words"] and not _after_article(toks, k)):
                    return None, None, None, False, None  # ("Duke's Cooper Flagg" is a team's)
            raw = text[starts[k]:starts[j] + toks[j].n]
            if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].cap and toks[k - 2].low in v["roles"] \
                    and not toks[k - 2].masked:
                # "the Dean of St Paul's David Ison": a church or college named by its
                # possessive ends an office "of" it (the possessive stays in the title)
                return starts[k - 2], starts[j] + toks[j].n, text[starts[k - 2]:starts[j] + toks[j].n], False, None
            raw = _POSS_END.sub("", raw)
            return starts[k], starts[j] + toks[j].n, None, False, raw
        return None, None, None, False, None
    # carry the title back over modifiers, lower-case roles, capitalised runs, numbers, "and"
    unknown = 0
    has_lower = False  # (one lower-case "ROLE of the" a title carries back over)
    in_org = party_k >= 0  # behind a party's "(ABBR)": its name may hold "for", "and"
    and_offices = False  # behind "OFFICE and OFFICE": a comma may join one more office
    and_at = -1  # (the last "and" the title was carried back over)
    and_trades = False  # behind "trade and trade": a comma may join an office "of" its domain
    and_domains = False  # behind "Domain and Domain": a comma may join one more domain
    subject = False  # behind a plural subject opening the clause: its verb opens the title
    ap_states = v["ap_states"]  # (read once, not in the loop)
    while j >= 0:
        t = toks[j]
        if t.stop and t.low == "bros" and j >= 1 and toks[left].cap and toks[j - 1].namey and not t.masked:
            left = j - 1  # "Warner Bros. Discovery CEO": a company's "Bros." ends no sentence there
            j -= 2
            continue
        if t.masked or t.stop:
            break
        if j >= 2 and t.text.endswith(".") and t.low in ap_states and toks[j - 1].text == ",":
            k = _listed_town_start(toks, j)
            if k >= 0:
                left = k  # "From left: ..., Washington, D.C. Mayor Muriel Bowser": the town and state own the office
                j = k - 1
                continue
            if _state_ends_sentence(toks, j):
                break  # "in Mayfield, Ky. Gov. Andy Beshear": the state closed the sentence before
        if t.text == ")":
            k = _party_abbr_open(toks, j)
            if k >= 0:
                left = k  # "Alternative for Germany (AfD) co-leader", "Freedom Party (PVV) leader"
                j = k - 1
                in_org = True
                continue
        if in_org and j >= 1 and toks[j - 1].namey and not toks[j - 1].poss and not toks[j - 1].stop \
                and (t.low == "for" or (t.low == "and" and j >= 2 and toks[j - 2].low in ("for", "of"))):
            left = j - 1  # "Party for Freedom and Democracy (VVD) leader"
            j -= 2
            continue
        if in_org and t.low == "the" and j >= 2 and toks[j - 1].low in ("for", "of") and toks[left].cap \
                and toks[j - 2].namey and not toks[j - 2].poss and not toks[j - 2].stop and not t.masked:
            left = j - 2  # "National Association for the Advancement of Colored People (NAACP) leader"
            j -= 3
            continue
        if in_org and t.low == "in" and j >= 1 and toks[j - 1].namey and not toks[j - 1].poss \
                and toks[j + 1].key in v["places"] and not t.masked:
            left = j - 1  # "Organisation for Security and Cooperation in Europe (OSCE)": the body's place
            j -= 2
            continue
        if and_offices and t.text == "," and j >= 1 and toks[j - 1].role and toks[j - 1].cap \
                and toks[j - 1].word and not toks[j - 1].masked and toks[left].cap:
            left = j - 1  # "German Vice Chancellor, Finance Minister and SPD co-leader"
            j -= 2
            and_offices = False
            continue
        if and_trades and t.text == "," and j >= 3 and toks[j - 1].cap and toks[j - 1].word \
                and toks[j - 1].low in v["domains"] and not toks[j - 1].poss and toks[j - 2].low == "of" \
                and toks[j - 3].role and toks[j - 3].cap and not toks[j - 3].masked \
                and not (j >= 4 and toks[j - 4].text == ","):
            left = j - 3  # "France's former Minister of Culture, writer and TV host Frederic Mitterrand"
            j -= 4
            and_trades = False
            continue
        if and_trades and t.text == "," and j >= 1 and left == j + 1 and _listed_trade(toks[j - 1], v):
            left = j - 1  # "Italian actor, director and producer Roberto Benigni", "Islamic scholar, poet and Sufi mystic"
            j -= 2
            continue
        if t.low == "the" and j >= 2 and toks[j - 1].low == "to" and left == j + 1 and toks[left].cap \
                and toks[left].role and toks[j - 2].role and toks[j - 2].cap and toks[j - 2].word \
                and not toks[j - 2].masked and not toks[j - 2].poss and not toks[j - 1].masked:
            # "Special Assistant to the President X", "Senior Adviser to the Prime Minister Y": an
            # office held to another's office, whole (the inner office is not the person's)
            left = j - 2
            j -= 3
            continue
        if t.low == "the" and j >= 2 and toks[j - 1].low == "and" and toks[left].cap and toks[j - 2].role \
                and toks[j - 2].cap and toks[j - 2].word and not toks[j - 2].masked and not toks[j - 2].poss \
                and not toks[j - 1].masked:
            # "German Finance Minister, Vice-Chancellor and the Social Democrats (SPD) candidate for
            # Chancellor Olaf Scholz": an office, "and the", a party's office
            left = j - 2
            j -= 3
            and_offices = True
            continue
        if t.word and t.poss and t.cap:
            k = j
            while k - 1 >= 0:
                p = toks[k - 1]
                if p.text[-1:] == "." and k >= 2 and toks[k - 2].text == "," and p.low in ap_states:
                    break  # "in Oakland, Calif. Bangladesh's interim leader X": the state closed the sentence
                if _title_name_word(p, v) and not p.poss and not p.stop:
                    k -= 1
                elif k >= 2 and p.low == "of" and p.word and not p.masked and _of_owner(toks[k - 2]) \
                        and _title_name_word(toks[k - 2], v):
                    k -= 2  # "Democratic Republic of Congo's Foreign Minister", "Bank of America's CEO"
                elif k >= 2 and p.low in _PLACE_PARTICLES and not p.cap and not p.masked:
                    q = _particle_owner(toks, k - 1, v)
                    if q < 0:
                        break
                    k = q  # "Rio de Janeiro's Governor", "Rio Grande do Sul's Governor"
                elif p.text == "&" and _amp_owner(toks, k - 1):
                    k -= 2  # "Procter & Gamble's CEO", "AT&T's chief executive"
                elif p.low == "and" and _and_place_owner(doc, k, j, v):
                    k -= 2  # "Antigua and Barbuda's Prime Minister": one country's name
                else:
                    break
            if k < j and k >= 1 and toks[k - 1].poss and toks[k - 1].cap and toks[k - 1].word \
                    and not toks[k - 1].masked and toks[k - 1].key in v["places"]:
                k -= 1  # "Paraguay's Soccer Association's President": a country owns the body
            left = k
            if in_org and k == j and k >= 2 and toks[k - 1].low == "and" and toks[k - 2].role and toks[k - 2].cap:
                j = k - 1  # "Austrian Chancellor and People's Party (OeVP) chairman": an office before
                continue
            break
        if t.text == "&" and j >= 1 and toks[left].cap and toks[j - 1].cap and toks[j - 1].word \
                and not toks[j - 1].poss and not toks[j - 1].stop:
            left = j - 1  # "Johnson & Johnson CEO", "Marks & Spencer chief executive"
            j -= 2
            continue
        if t.low == "and" and left == j + 1 and j >= 1 and toks[left].cap and not toks[left].role \
                and not t.masked and toks[j - 1].cap:
            q = _and_places_start(doc, j, v)
            if q >= 0:  # "Newfoundland and Labrador Premier", "Leinster and Ireland captain": the
                left = q  # two places (or one written with "and") the office or the side is of
                j = q - 1
                continue
        if t.low == "and" and j >= 1 and toks[left].cap and toks[left].low in v["domains"] \
                and toks[j - 1].cap and toks[j - 1].word and toks[j - 1].low in v["domains"] \
                and not toks[j - 1].poss and not toks[j - 1].stop:
            left = j - 1  # a department's name: "Health and Human Services Secretary"
            j -= 2
            and_domains = True
            continue
        if and_domains and t.text == "," and j >= 1 and toks[j - 1].cap and toks[j - 1].word \
                and toks[j - 1].low in v["domains"] and not toks[j - 1].poss and not toks[j - 1].masked:
            left = j - 1  # "Innovation, Science and Economic Development Minister"
            j -= 2
            and_domains = False
            continue
        if t.text == "/" and j >= 1 and toks[left].role and toks[j - 1].word and not toks[j - 1].masked \
                and (toks[j - 1].role or _rank_letter(toks[j - 1], starts[j - 1], starts[j])):
            left = j - 1  # "Writer/director/actor George Clooney", "L/Cpl Sam Hart"
            j -= 2
            continue
        if t.text == "," and j >= 1 and left == j + 1 and toks[left].role and not toks[left].cap \
                and toks[j - 1].role and toks[j - 1].cap and toks[j - 1].word and not toks[j - 1].masked \
                and (j == 1 or toks[j - 2].stop or toks[j - 2].text in (":", "-", "\u2013", "\u2014")):
            left = j - 1  # "Director, writer Quentin Tarantino" opening the caption
            j -= 2
            continue
        if not t.word:
            break
        if t.low == "the" and j >= 2 and toks[j - 1].low == "of" and toks[left].cap and _of_owner(toks[j - 2]):
            left = j - 2  # "Chairman of the Joint Chiefs of Staff Gen."
            j -= 3
            continue
        if t.low == "the" and j >= 2 and toks[j - 1].low == "of" and toks[left].cap and not has_lower \
                and toks[j - 2].role and not toks[j - 2].cap and not toks[j - 2].masked \
                and not _plural_role(toks[j - 2].low, v):
            left = j - 2  # "the newly elected president of the Liberal Democratic Party Sanae Takaichi"
            j -= 3
            has_lower = True
            continue
        if t.low == "for" and not has_lower and toks[left].cap and not t.masked:
            q = _office_of_body_for(toks, j, v)
            if q >= 0:  # "director of the National Catholic Conference for Interracial Justice X"
                left = q
                j = q - 1
                has_lower = True
                continue
        if not t.cap and j >= 1 and t.low[-2:] in ("'s", "\u2019s") and t.low[:-2] in _OWNER_NOUNS and toks[j - 1].cap \
                and toks[j - 1].namey and not toks[j - 1].poss and not toks[j - 1].masked:
            left = j - 1  # "the Trump administration's border czar Tom Homan"
            j -= 2
            continue
        if t.low in _BODY_NOUNS and not t.cap and t.word and toks[left].cap and toks[left].low in v["rank_ends"]:
            q = _role_of_body(toks, j)
            if q >= 0:  # "the leader of the main opposition party Gen. X": the office and its rank
                left = q
                j = q - 1
                has_lower = True
                continue
        if t.low in _BODY_MODIFIERS and not t.cap and t.word and toks[left].cap:
            q = j - 1
            while q >= 0 and toks[q].low in _BODY_MODIFIERS and not toks[q].cap:
                q -= 1  # ("of the main opposition ...")
            if q >= 2 and toks[q].low == "the" and toks[q - 1].low == "of" and toks[q - 2].role \
                    and toks[q - 2].word and not toks[q - 2].masked:
                left = q - 2  # "leader of the opposition Bangladesh Nationalist Party (BNP) Khaleda Zia"
                j = q - 3
                has_lower = True
                continue
        if not t.cap and (t.low in _GROUP_POSSESSIVES or t.poss and t.low in _GROUP_PLURALS) \
                and t.word and not t.masked:
            left = j  # "men's division winner", "girls' basketball coach": whose event, in the title
            j -= 1
            if j >= 0 and toks[j].word and not toks[j].masked and toks[j].low in v["modifiers"] \
                    and (not toks[j].cap or _clause_start(toks, j)):
                continue  # ("three-time men's champion", "former women's coach": the words before it too)
            break
        if not t.cap and t.word and not t.masked and t.low[-2:] in ("'s", "\u2019s") \
                and t.low[:-2] in _GENERIC_OWNERS:
            left = j  # "the country's main opposition Congress party President": the possessive stays
            break
        if t.low in ("the", "a", "an") or t.poss or (t.cap and t.low in _GERMAN_TITLE_ARTICLES):
            break  # ("Der deutsche ... Kanzlerkandidat X": the German article goes too)
        if t.low in _CZECH_OWNERS and not t.cap:
            break  # "její bývalá ředitelka X" (her former director): the owner goes, as "her" does
        if t.low in _ROMANCE_ARTICLES and not toks[j + 1].cap and toks[j + 1].word:
            break  # "O presidente Luiz Inácio Lula da Silva", "el presidente Gabriel Boric": the article goes
        if not t.cap and toks[left].low in _ROMANCE_ROLES:
            break  # ("é recebido pelo presidente Lula": Spanish and Portuguese modifiers follow the noun)
        if t.low == "de" and toks[j + 1].low == "facto":
            left = j  # "Syria's de facto leader"
            j -= 1
            continue
        if t.text[:1] in _ELIDED_FIRST and _ELIDED.match(t.text) and j >= 1 and toks[j - 1].cap and toks[j - 1].word and not toks[j - 1].poss \
                and not toks[j - 1].masked:
            left = j - 1  # "Giro d'Italia winner": an elided particle glued to the name's next word
            j -= 2
            continue
        if t.low in _TITLE_PARTICLES and not t.cap and j >= 1 and toks[left].cap and toks[j + 1].cap \
                and toks[j - 1].cap and toks[j - 1].word and not toks[j - 1].poss and not toks[j - 1].masked:
            left = j - 1  # "Tour de France winner", "Banque de France governor"
            j -= 2
            continue
        if t.cap and not toks[j + 1].cap and _plural_subject(toks, j, v):
            subject = True
            break  # "Players tackle X": the clause's subject, and its verb below
        if t.namey or (t.cap and not t.masked and (t.acronym or t.low in v["news"])) \
                or (t.cap and t.word and t.low in v["not_name"] and toks[j + 1].word
                    and not t.low in v["days"] and not t.month):
            # ("People Power Party leader": a word of no name may open a party's name)
            # ("Reuters photographer", "WHO Director-General": never a name, yet in the title)
            left = j
            j -= 1
            continue
        if (t.text[:1].isdigit() and t.text.isalnum()) or (t.text == "No." and toks[j + 1].digit):
            left = j  # ("No. 1 seed Jannik Sinner")
            j -= 1
            continue
        if t.low[-4:] == "-old" and not t.masked and _age_word(t.low):
            # an age inside the title: "Brazil's 19-year-old forward", "British 20-year-old tennis
            # player" (written first, "The 25-year-old striker", it is dropped below)
            left = j
            j -= 1
            if j >= 0 and not toks[j].cap and not toks[j].title_word:
                break  # ("Police arrest 19-year-old East German policeman": a verb before it)
            continue
        if not t.cap and t.hyphen_adj and t.word and not t.masked:
            left = j  # "South Korean award-winning novelist", "pro-Russian separatist leader"
            j -= 1
            if j >= 1 and toks[j].low == "and" and toks[j - 1].role and toks[j - 1].word and not toks[j - 1].masked:
                continue  # "Former lawmaker and pro-democracy activist": an office before "and"
            if j >= 0 and not toks[j].cap and not toks[j].title_word:
                break  # ("Police detain pro-Russian ...": a verb before it ends the title)
            continue
        if j >= 1 and not t.cap and t.word and toks[j - 1].low == "newly" and t.low.endswith("ed") \
                and not toks[j - 1].masked:
            left = j - 1  # "Newly named Prime Minister", "newly installed archbishop"
            j -= 2
            unknown = 0
            continue
        if not t.cap and t.title_word:
            if t.low in _VERB_PARTICLES and _verb_particle(toks, j):
                break  # "fans welcome back coach X": a verb's particle, not a "back"
            if t.low in _VERB_MODIFIERS and j >= 1 and toks[j - 1].low in _VERB_LEADS:
                break  # "failed to elect House Leader X": the verb, not "Speaker-elect"'s word
            if t.low in _TO_VERB_ROLES and j >= 1 and toks[j - 1].low == "to" and toks[left].cap \
                    and not toks[j - 1].masked and not (j >= 2 and toks[j - 2].low in _TO_OBJECT_LEADS):
                break  # "prepares to host President X", "came to witness King Y's coronation": a verb
            if toks[j + 1].cap and t.low in v["lower_only"] and not toks[j + 1].title_word:
                break  # "holds back Colorado Avalanche goaltender X": a verb's particle, not a "back"
                # (but "ranking member Sen. X": an office follows)
            if t.low in _SIDE_MODIFIERS and j >= 2 and toks[j - 1].low in _SIDE_OWNERS \
                    and toks[j - 2].low in _SIDE_PREPS and not toks[j + 1].role:
                break  # "and to his right former minister X": a side beside someone (but "his right back X")
            left = j
            j -= 1
            unknown = 0
            continue
        if not t.cap and t.word and not t.masked and t.low[-1:] == "s" and t.low in v["domains"] \
                and not toks[j + 1].cap and toks[j + 1].title_word:
            left = j  # "foreign affairs minister", "veterans affairs secretary": a domain noun in -s
            j -= 1
            continue
        if t.low == "standing" and toks[j + 1].low == "committee" and not t.masked:
            left = j  # "the party's standing committee member X": the committee's name, no verb
            j -= 1
            continue
        if (t.low == "outside" or t.low == "inside") and toks[left].low[:10] == "linebacker":
            left = j  # "Indianapolis Colts outside linebacker"
            j -= 1
            continue
        if t.low == "century" and j >= 1 and toks[left].cap and toks[j - 1].text[:1].isdigit() \
                and toks[j - 1].low[-2:] in _ORDINAL_ENDS:
            left = j - 1  # "13th century Islamic scholar": an era before a capitalised modifier
            j -= 2
            continue
        if not t.cap and unknown < 2 and _noun_modifier(t, toks[j + 1], v) \
                and not (j >= 1 and toks[j - 1].low == "to" and not toks[j - 1].masked
                         and not (j >= 2 and toks[j - 2].low in _TO_OBJECT_LEADS)):
            # (after "to" it is a verb: "to succeed incumbent Gov. X", "to replace outgoing coach X";
            # not after a tribute or a word said: "pays tribute to freedom fighter X")
            left = j  # "council head", "command module pilot": a noun before a lower-case role
            j -= 1
            unknown += 1
            continue
        if t.low == "in" and j >= 1 and toks[left].cap and toks[j - 1].cap and toks[j - 1].low in _PRIZES:
            left = j - 1  # "Nobel Prize in Physics laureate", "Prize in Literature winner"
            j -= 2
            continue
        if t.low in ("of", "for") and j >= 1 and toks[j - 1].word and toks[j - 1].role and not toks[j - 1].cap \
                and not toks[j - 1].masked:
            if toks[j - 1].low == "head" and t.low == "of" and toks[left].cap and toks[left].role:
                break  # "spits water onto the head of President-elect Gustavo Petro": a body's head
            if toks[j - 1].low in v["lower_only"] and toks[left].cap and _cap_office_in(toks, left, name_first):
                break  # "the end of Senegalese President Macky Sall's term", "a member of President X's
                # cabinet": a word that is a role only in sports or in lower case, before an office in capitals
            if toks[j - 1].low in _PARTNERED_RANKS:
                break  # "an arrest warrant for DP leader Lee Jae-myung": no warrant officer there
            if toks[left].cap and _indefinite_before(toks, j - 1):
                break  # "X, a rival of President Y,": a relation to the officeholder, not Y's office
            left = j - 1  # "Zelenskyy's chief of staff Andriy Yermak"
            j -= 2
            continue
        if t.low == "of" and toks[left].cap and j >= 1 and _of_owner(toks[j - 1]):
            left = j - 1  # "Bank of England Governor", "University of Michigan professor"
            j -= 2
            continue
        if t.low == "for" and j >= 1 and toks[left].cap and toks[left].low in v["domains"] \
                and _for_owner(toks[j - 1], v):
            left = j - 1  # "High Commissioner for Refugees", "Centers for Disease Control and Prevention Director"
            j -= 2
            continue
        if t.low == "and" and j >= 2 and toks[j - 1].low in _SIDES_BEFORE_AND and not toks[j - 1].cap:
            q = j - 1
            while q >= 0 and toks[q].low in _SIDES_BEFORE_AND and not toks[q].cap:
                q -= 1
            if q >= 0 and toks[q].text == ",":
                break  # "Foreign Minister X, centre and Defense Minister Y": the name before's place
        if (t.low == "and" or t.low == "und") and j >= 1 and toks[j - 1].word and (
                toks[j - 1].role or (not toks[j - 1].cap and toks[j - 1].low in v["modifiers"])
                or (toks[j - 1].role_cs and _clause_start(toks, j - 1))) \
                and not _given_role_surname(toks, j - 1, v):  # ("Teacher and Honoree X")
            left = j
            and_at = j
            j -= 1
            and_offices = toks[j].role and toks[j].cap
            and_trades = toks[j].role and not toks[j].cap and not toks[j].masked
            continue
        break
    q = left - 1
    if and_at >= 0 and q >= 3 and toks[q].word and not toks[q].cap and not toks[q].role \
            and toks[q].low not in ("the", "a", "an") and not toks[left].cap:
        q -= 1  # (a lower-case word the walk stopped at: "of the parks committee and Alderman X")
    if and_at >= 0 and q >= 2 and toks[q].low in ("the", "a", "an") \
            and toks[q - 1].low in _APPOSITION_OBJECT_PREPS and not toks[q - 1].cap \
            and toks[q - 2].role and not toks[q - 2].cap:
        # "Lena Hobbs, chair of the county board and Texas Rep. Carlos Vela": what stands before
        # "and" is the object of another role's preposition, the end of the name before's
        # apposition (not "a portrait of the chairman and CEO X")
        left = and_at + 1
    if party_k >= 0 and not _role_between(toks, left, party_k):
        return None, None, None, False, None  # ("Christian Democrat (CDU) Angela Merkel": no office)
    if subject:
        left += 1  # the verb ("Fans welcome back coach X": "coach" stays)
        while left < name_first and toks[left].low in _VERB_PARTICLES and not toks[left].cap:
            left += 1
        if left >= name_first:
            return None, None, None, False, None
    # drop leading honorifics, "visiting" and an age
    end_idx = end_at if end_at >= 0 else (title_idx[-1] if title_idx else name_first - 1)
    # (loops reading each token once into the typed p)
    while end_idx > left:
        p = toks[end_idx]
        if not p.jersey:
            break
        end_idx -= 1
    while left <= end_idx:
        p = toks[left]
        if not (p.hon or p.low == "visiting" or (p.low in _TITLE_NOT_OPENERS and p.cap and not p.role)
                or (p.low[-4:] == "-old" and left < end_idx and _age_word(p.low))  # "19-year-old East German policeman": an age, no office
                or (p.low in _RELATION_OPENERS and not p.cap and left < end_idx and toks[left + 1].cap
                    and toks[left + 1].role)
                or (p.low in _SIDE_RELATIONS and not p.cap and left < end_idx and toks[left + 1].word
                    and not toks[left + 1].cap and toks[left + 1].low not in ("of", "and"))
                or (p.low in _STYLE_OPENERS and p.cap and _style_follows(toks, left, end_idx))
                or (p.low in _PRONOUN_OWNERS and not p.poss and left < end_idx and end_at < 0)):
            # ("His Personal Aide Reggie Love": the owner goes; "His chief of staff, Maria Ortiz," keeps it)
            break
        left += 1  # (and "With Prince Charles ...": a clause's preposition opens no title)
    # and trailing honorifics ("Chief Medical Adviser Dr. Anthony Fauci")
    while end_idx >= left:
        p = toks[end_idx]
        if not p.hon:
            break
        end_idx -= 1
    if end_idx < left:
        return None, None, None, False, None
    p = toks[end_idx]
    if not p.cap and p.low[-1:] == "s" and _plural_role(p.low, v):
        return None, None, None, False, None  # "Ferrari drivers Charles Leclerc and ...": a shared lead-in
    t_end = starts[end_idx] + p.n
    raw = _squeeze(text[starts[left]:t_end])
    return starts[left], t_end, raw, False, None


# the words that open a spelled-out royal or papal style ("Her Majesty", "His Royal Highness")
_STYLE_OPENERS = frozenset(("his", "her", "their", "royal"))


def _style_opening(toks: list[Tok], k: int) -> int:
    """The first token of the honorifics that end at toks[k]: "Dr.", "Rt Hon", and a spelled-out
    style with its pronoun ("Her Excellency", "His Royal Highness")."""
    while k >= 1 and toks[k - 1].hon and toks[k - 1].cap:
        k -= 1
    if k >= 1 and toks[k - 1].low == "royal" and toks[k - 1].cap:
        k -= 1
    if k >= 1 and toks[k - 1].low in _STYLE_OPENERS and toks[k - 1].cap:
        k -= 1
    return k


def _style_follows(toks: list[Tok], at: int, end_idx: int) -> bool:
    """"Her Majesty Queen": the pronoun (or "Royal") opens an honorific within the title."""
    k = at + 1
    if k < end_idx and toks[k].low == "royal":
        k += 1
    return k <= end_idx and toks[k].hon and toks[k].cap


def _after_short_aside(toks: list[Tok], opening: int) -> int:
    """The token after a parenthesis of one to three words that closes on the sentence's line
    ("(Sarge)", "(45)", "(left)"), else `opening` itself."""
    k = opening + 1
    last = min(len(toks), opening + 5)
    while k < last and toks[k].text != ")":
        if toks[k].text in ("(", ",") or toks[k].stop:
            return opening
        k += 1
    return k + 1 if opening + 1 < k < last else opening


def _lead_title_comma(toks: list[Tok], comma: int, v: dict) -> int:
    """A title that opens the caption and a comma closes before the name, the name then
    going on to its verb ("Socialist candidate for the presidency of the regional
    government, Salvador Illa speaks"). Returns the title's first token, or -1."""
    n = len(toks)
    k = comma + 1
    while k < n and toks[k].cap and toks[k].word and not toks[k].stop:
        k += 1
    if k < n and k > comma + 1 and toks[k].text == "(":
        k = _after_short_aside(toks, k)  # "9th Ward resident, Eddie Lohr (Sarge) returns": a nickname,
        # an age or a position between the name and its verb
    if k >= n or toks[k].text in (",", "(") or toks[k].cap or not toks[k].word:
        return -1  # (", Name, ..." is an apposition's business; a verb must follow the name)
    k = comma - 1
    while k >= 1 and toks[k].namey and not toks[k].role:
        k -= 1
    if k < comma - 1 and toks[k].role:
        return -1  # "Liverpool manager Arne Slot, Virgil van Dijk ...": a titled name, then a list
    saw_role = False
    lower = 0
    k = comma - 1
    while k >= 0:
        t = toks[k]
        if t.masked or t.stop or t.text in (":", "-", "\u2013", "\u2014"):
            break  # a header or an earlier sentence ends before the title
        if not t.word or t.poss or t.low in v["days"] or t.month:
            return -1
        if t.role:
            if _plural_role(t.low, v):
                return -1  # "Police officers, Tom Hill and Jane Ray": a shared lead-in
            saw_role = True
            if t.cap and k + 1 < comma and toks[k + 1].namey and not toks[k + 1].role:
                return -1  # "President Lula greets Milei, ...": a titled name inside
        elif not t.cap:
            if t.low in v["verbs"]:
                return -1  # a clause, not a title
            if t.low not in _LEAD_TITLE_GLUE and not t.title_word and t.low not in v["domains"] \
                    and not _ADJECTIVE.search(t.low):
                lower += 1
                if lower > 2:
                    return -1  # ("Speaking to reporters after the vote, ...": a clause, no title)
        k -= 1
    first = k + 1
    if first + 1 < comma and toks[first].low in ("the", "a") and toks[first].cap \
            and toks[first + 1].role and toks[first + 1].word and saw_role \
            and not _plural_role(toks[first + 1].low, v) \
            and (not toks[first + 1].cap or _glued_office(toks, first + 1, comma)):
        return first + 1  # "The head of the World Health Organization, Tedros Adhanom Ghebreyesus speaks",
        # "The Governor of Anambra State, Charles Soludo speaks": the article goes
    if first + 3 < comma and toks[first].low in ("the", "a", "an") and toks[first].cap and saw_role \
            and toks[first + 1].word and not toks[first + 1].cap and not toks[first + 1].role \
            and toks[first + 1].low not in v["modifiers"]:
        k = _office_after_thing_of(toks, first + 1, comma, v)
        if k >= 0:
            return k  # "A giant picture of Prime Minister of Spain, X": a thing "of" the office
    if not saw_role or first >= comma or toks[first].low in _LEAD_NOT_TITLE or not toks[first].cap:
        return -1
    if not (toks[first].role or toks[first].namey or toks[first].acronym):
        return -1
    return first


def _office_after_thing_of(toks: list[Tok], k: int, comma: int, v: dict) -> int:
    """"(A giant) picture of Prime Minister of Spain, X", "(A portrait) of the late President, X":
    lower-case words that are no role up to "of", then the capitalised office (after "the" and a
    modifier): the office's first token, the person's title; else -1."""
    while k < comma and toks[k].low != "of":
        if toks[k].cap or toks[k].role or not toks[k].word:
            return -1
        k += 1
    k += 1
    if k < comma and toks[k].low == "the" and not toks[k].cap:
        k += 1
    if k + 1 < comma and toks[k].word and not toks[k].cap and toks[k].low in v["modifiers"]:
        k += 1  # ("of the late President")
        return k - 1 if toks[k].cap and toks[k].role else -1
    return k if k < comma and toks[k].cap and (toks[k].role or (k + 1 < comma and toks[k + 1].role)) else -1


def _glued_office(toks: list[Tok], a: int, b: int) -> bool:
    """toks[a:b] hold no lower-case word but an office's glue ("Governor of Anambra State"; not
    "President with Kebbi State Governor")."""
    for k in range(a, b):
        t = toks[k]
        if t.word and not t.cap and t.low not in _LEAD_TITLE_GLUE:
            return False
    return True


def _mid_title_comma(toks: list[Tok], comma: int, v: dict) -> int:
    """A short capitalised title a comma parts from its name inside a sentence, after a verb
    or "with" ("meets with Ukrainian President, Volodymyr Zelenskyy in Kyiv"), the name then
    going on without a comma. Returns the title's first token, or -1."""
    last = toks[comma - 1]
    if not (last.role and last.cap) or _plural_role(last.low, v):
        return -1
    k = comma + 1
    n = len(toks)
    while k < n and toks[k].hon and toks[k].cap:
        k += 1  # ("meets with Kebbi State Governor, Dr. X in ...": the honorific opens the name)
    h = k
    while k < n and toks[k].namey and not toks[k].role:
        k += 1
    if k == h or k >= n or not toks[k].word or toks[k].cap or toks[k].low in _THE_AND:
        return -1  # (", Name, ..." or ", Name and ...": an apposition or a list)
    k = comma - 1
    while k > comma - 4 and k >= 1 and toks[k - 1].cap and toks[k - 1].word and not toks[k - 1].poss \
            and (toks[k - 1].role or toks[k - 1].low in v["demonyms"]):
        k -= 1
    if k >= 3 and toks[k - 1].low == "state" and toks[k - 1].cap and toks[k - 2].namey \
            and not toks[k - 2].poss and not toks[k - 2].role:
        k -= 2  # "with Kebbi State Governor, X at": a state's name and "State", known or not
        if k >= 2 and toks[k - 1].namey and not toks[k - 1].poss and not toks[k - 1].role \
                and toks[k - 2].word and not toks[k - 2].cap:
            k -= 1  # ("Cross River State", "Akwa Ibom State": two words)
    if k < 1:
        return -1
    before = toks[k - 1]
    if before.cap or not before.word or not (before.low in _MID_TITLE_LEADS or before.low in v["verbs"]):
        return -1
    return k


# lower-case words after which a titled name is an object ("meets with President, X")
_MID_TITLE_LEADS = frozenset(("with", "by", "meets", "met", "greets", "greeted", "welcomes", "welcomed"))
# the longest title a comma closes before the name at a caption's start (tokens)
_LEAD_TITLE_MAX = 18
# small words inside such a title ("candidate for the presidency of the Commission")
# words after which "to" is a preposition with a person after it, not an infinitive's
_TO_OBJECT_LEADS = frozenset(("tribute", "tributes", "homage", "respects", "condolences", "award", "medal",
                              "prize", "gift", "letter", "message", "talk", "talks", "speak", "speaks",
                              "listen", "listens", "wave", "waves", "gestures", "reacts", "next", "close",
                              "married", "engaged"))
_LEAD_TITLE_GLUE = frozenset(("of", "the", "for", "and", "to", "in", "on", "at", "a"))
# capitalised openers of a clause, not of a title ("As president, ...", "After the vote, ...")
_LEAD_NOT_TITLE = frozenset(("as", "after", "before", "with", "in", "at", "on", "while", "when", "like",
                             "unlike", "for", "from", "to", "by", "during", "since", "once", "also",
                             "and", "but", "then", "now", "here", "there", "inside", "outside", "behind",
                             "flanked", "accompanied", "surrounded", "joined", "under", "among",
                             "despite", "following", "amid", "ahead"))


# Spanish and Portuguese articles before a lower-case role (dropped as "the" is)
_ROMANCE_ARTICLES = frozenset(("el", "la", "o", "os", "los", "las", "le", "les"))  # (French "le ministre X" too)
# the Spanish and Portuguese role words of person_roles.txt
_ROMANCE_ROLES = frozenset(("presidente", "presidenta", "ministro", "ministra"))
# capitalised prepositions that open a clause before a titled name, never the title
# the caption's relation to a person, not part of the office written after it ("rival Chancellor
# Olaf Scholz": the title is the office; "rival candidate" stays whole)
_RELATION_OPENERS = frozenset(("rival",))
# a relation to someone else in the caption, not an office: "teammate running back X" -> "running back"
# (bare "teammate X" keeps it as the only word of the title)
_SIDE_RELATIONS = frozenset(("teammate", "team-mate", "clubmate", "club-mate", "compatriot",
                             "countryman", "countrywoman"))
_TITLE_NOT_OPENERS = frozenset(("with", "as", "after", "before", "during", "while", "when", "like",
                                "unlike", "following", "amid", "despite", "among", "behind",
                                "flanked", "accompanied", "surrounded", "joined"))


def _org_head_of(t: Tok) -> bool:
    """A capitalised thing's head noun ("Bank", "University", "Church") before "of" in a
    possessive owner: "the Bank of England's", "the University of Michigan's"."""
    return t.cap and t.head and t.word and not t.masked and not t.poss and not t.role


def _amp_owner(toks: list[Tok], amp: int) -> bool:
    """toks[amp] is an "&" joining two capitalised words of one owner's name."""
    if amp < 1:
        return False
    p = toks[amp - 1]
    return p.cap and p.word and not p.poss and not p.stop and not p.masked


def _role_between(toks: list[Tok], a: int, b: int) -> bool:
    """A role word among toks[a:b]."""
    for q in range(a, b):
        if toks[q].role:
            return True
    return False


def _listed_trade(t: Tok, v: dict) -> bool:
    """t, before a comma, is one more role of a "role, role and role" title ("actor, director
    and producer"): a singular role word, no possessive, no name."""
    return t.role and t.word and not t.masked and not t.poss and not t.stop \
        and not (t.low[-1:] in ("s", "n") and _plural_role(t.low, v))


def _cap_office_in(toks: list[Tok], a: int, b: int) -> bool:
    """A role word in capitals among toks[a:b] (the title read so far: `Senegalese President`)."""
    for q in range(a, b):
        t = toks[q]
        if t.role and t.cap and t.word and not t.masked:
            return True
    return False


def _role_behind(toks: list[Tok], k: int) -> bool:
    """A role word among the few words before toks[k], with no mark between."""
    for q in range(k - 1, max(-1, k - 12), -1):
        t = toks[q]
        if not t.word or t.masked or t.stop:
            return False
        if t.role:
            return True
    return False


_ROYAL_APPOS = re.compile(r",\s+(?:the\s+)?(?:Crown\s+|Grand\s+|Hereditary\s+)?"
                          r"(?:Princess|Prince|Queen|Duchess|Duke|Countess|Archduchess)\b")


def _royal_named(doc: Doc, i: int) -> bool:
    """"and Victoria, Crown Princess of Sweden": a given name that is also a place's, after
    "and" or a comma, with a royal's apposition."""
    toks = doc.toks
    if i and toks[i - 1].low not in ("and", ",", "&"):
        return False
    return _ROYAL_APPOS.match(doc.text, doc.starts[i] + toks[i].n) is not None


def _party_name_open(toks: list[Tok], j: int) -> int:
    """The same for a party's own name of two to four capitalised words: "Left party (Die
    Linke) co-chair", "Greens (Alliance 90/The Greens) leader"."""
    q = j - 1
    while q >= 0 and j - q <= 5 and toks[q].text != "(":
        t = toks[q]
        if t.masked or t.stop or not (t.text[:1].isupper() or t.text[:1].isdigit() or t.text == "/"):
            return -1
        q -= 1
    if q < 1 or toks[q].text != "(" or j - q < 3:
        return -1
    w = toks[q - 1]
    if not ((w.cap or w.low in _vocab()["party_heads"]) and w.word and not w.masked and not w.poss and not w.stop):
        return -1  # ("Left party (Die Linke)")
    return q - 1


def _body_member_title(toks: list[Tok], j: int, v: dict) -> int:
    """toks[j] is a lower-case body noun right before a name ("party", "coalition"): when a
    role "of (the)" the body's capitalised name (and its abbreviation) goes before it
    ("leader of the Pakistan Muslim League-Nawaz party Shehbaz Sharif"), the role's index; else -1."""
    k = j - 1
    if k >= 3 and toks[k].text == ")":
        k = _party_abbr_open(toks, k)
        if k < 0:
            return -1
    while k >= 2 and j - k < 3 and toks[k].word and not toks[k].cap and toks[k].low in _BODY_KINDS:
        k -= 1  # "of the Kenya First political party coalition William Ruto": the body's kind words
    q = k
    while q >= 0 and toks[q].cap and toks[q].word and not toks[q].masked and not toks[q].poss \
            and not toks[q].stop and k - q < 6:
        q -= 1
    if q == k:
        return -1  # (no capitalised name: "the ruling party Imran Khan founded")
    while q >= 0 and toks[q].word and not toks[q].cap and toks[q].low in _BODY_MODIFIERS:
        q -= 1  # "of the main opposition Pakistan People's Party"
    if q >= 0 and toks[q].poss and toks[q].cap and toks[q].word and not toks[q].masked:
        q -= 1  # "leader of India's main opposition Congress party"
        while q >= 0 and toks[q].cap and toks[q].word and not toks[q].masked and not toks[q].poss \
                and not toks[q].stop:
            q -= 1  # ("of Sri Lanka's main opposition ...")
    elif q >= 0 and toks[q].low == "the":
        q -= 1
    if q < 1 or toks[q].low != "of" or not toks[q - 1].role or not toks[q - 1].word or toks[q - 1].masked:
        return -1
    return q - 1


# lower-case words that may stand between a body's name and its body noun ("Labour political party")
_BODY_KINDS = frozenset(("political", "party", "coalition", "alliance", "electoral", "opposition", "ruling"))
# lower-case words that may stand between "of the" and a body's name
_BODY_MODIFIERS = frozenset(("opposition", "ruling", "main", "governing", "banned", "outlawed", "former",
                             "common", "united", "joint"))  # ("of the common opposition Gen. X")


def _body_abbr_open(toks: list[Tok], j: int) -> int:
    """At the ")" of "Union party (CDU)": a body's capitalised name, its lower-case body noun,
    then the abbreviation; the name's last word's index, else -1."""
    if j < 4 or toks[j - 2].text != "(" or toks[j - 3].low not in _BODY_NOUNS or toks[j - 3].cap:
        return -1
    a = toks[j - 1]
    w = toks[j - 4]
    if not a.word or a.masked or not 2 <= a.n <= 6 or not a.text.isupper() or not a.text.isalpha():
        return -1
    if not (w.cap and w.word) or w.masked or w.poss or w.stop:
        return -1
    return j - 4


def _office_of_body_for(toks: list[Tok], j: int, v: dict) -> int:
    """At the "for" inside a body's name that a lower-case office "of the" opens ("director of
    the National Catholic Conference for Interracial Justice X", "president of the Association
    for Computing Machinery X"): the office's index; else -1."""
    q = j - 1
    while q >= 0 and toks[q].cap and toks[q].namey and not toks[q].poss and not toks[q].stop \
            and not toks[q].masked:
        q -= 1
    if q == j - 1 or q < 2 or toks[q].low != "the" or toks[q - 1].low != "of":
        return -1
    r = toks[q - 2]
    if not (r.role and r.word and not r.cap and not r.masked and not r.poss) or _plural_role(r.low, v):
        return -1
    return q - 2


def _party_abbr_open(toks: list[Tok], j: int) -> int:
    """At the ")" of a party's or body's abbreviation ("(AfD)", "(PVV)", "(D66)") that follows
    a capitalised word, that word's index; else -1."""
    if j < 3:
        return -1
    if toks[j - 2].text != "(":
        return _party_name_open(toks, j)
    a = toks[j - 1]
    w = toks[j - 3]
    if not a.word or a.masked or a.n > 6 or not a.text[:1].isupper() or a.text.islower() \
            or not a.text.isalnum() or (a.n > 1 and a.text[1:].islower()):
        return -1  # ("(L)", "(Reuters)", "(Photo)": a position or a word, no abbreviation)
    if a.n == 1:
        return -1
    if not ((w.cap or (w.digit and j >= 4 and toks[j - 4].cap)) and w.word and not w.masked and not w.poss and not w.stop):
        return -1  # ("Democrats 66 (D66)": a number may end the name)
    return j - 3


def _role_before_comma(toks: list[Tok], j: int, name_first: int, v: dict) -> bool:
    """"Kenya's president, William Ruto, ...": a lower-case singular role, owned by a
    possessive just before it ("the party's leader"), then a comma, the name and a comma
    closing it: the name is the role's apposition and the role its title."""
    r = toks[j - 1]
    if not (r.role and r.word and (not r.cap or r.acronym) and not r.masked and not r.poss) \
            or _plural_role(r.low, v) or r.low in v["family"]:
        return False
    i = j - 2
    while i >= 1 and not toks[i].cap and not toks[i].poss and j - i <= 4 and (
            toks[i].title_word or (toks[i].low == "of" and toks[i - 1].role and not toks[i - 1].cap)):
        i -= 1  # "Bharatiya Janata Party's prime ministerial candidate, Narendra Modi,"
    o = toks[i]
    if not o.poss and not (i >= 1 and o.low[-2:] in ("'s", "\u2019s") and o.low[:-2] in _OWNER_NOUNS
                           and toks[i - 1].cap and toks[i - 1].namey) \
            and not (o.low in _PRONOUN_OWNERS and not o.masked) \
            and not (o.low in _ROLE_PREPS and not o.masked and i <= j - 3) \
            and not (i == j - 2 and _org_owner_before(toks, i, v)):
        return False  # (owned by a name: "Kenya's", "the Congress party's"; or "his attorney, X,"; or
        # after a preposition, a modifier and the role: "shows books to local teacher, Gul Rahman,")
    k = name_first
    while k < len(toks) and toks[k].cap and toks[k].word and not toks[k].stop:
        k += 1
    return k < len(toks) and toks[k].text == ","


def _org_owner_before(toks: list[Tok], i: int, v: dict) -> bool:
    """"called for Facebook founder, Mark Zuckerberg, to testify": one or two capitalised
    words (a company, a team, a body; no given name, place or possessive) after a lower-case
    preposition or article own the role written right after them."""
    o = toks[i]
    if not (o.cap and o.word and o.namey and not o.poss and not o.masked and not o.stop) \
            or o.low in v["given"] or o.key in v["places"]:
        return False
    p = toks[i - 1] if i >= 1 else None
    if p is not None and p.cap and p.word and p.namey and not p.poss and not p.stop \
            and p.low not in v["given"] and p.key not in v["places"] and i >= 2:
        p = toks[i - 2]  # ("for Goldman Sachs chairman, X,")
    return p is not None and p.word and not p.cap and not p.masked and p.low in _ORG_ROLE_LEADS


# lower-case words before a company's or body's name that owns a role ("for Facebook founder, X,")
_ORG_ROLE_LEADS = frozenset(("for", "of", "to", "with", "by", "the", "former", "from", "and", "on", "at"))
# a stance written apart from the name it is for or against ("anti Merkel placards")
_STANCE_PREFIXES = frozenset(("anti", "pro"))
# possessive pronouns owning a role before its apposition ("with his attorney, Gloria Pruitt,")
_PRONOUN_OWNERS = frozenset(("his", "her", "their", "its", "our"))
# prepositions a modified role may follow before its apposition ("talks to local teacher, X,")
_ROLE_PREPS = frozenset(("to", "with", "by"))
# words before "on" that put a player, not a place, after it ("lands a punch on Tyson Fury")
_ON_A_PLAYER = frozenset("""punch punches tackle tackles foul fouls hit hits check block blocks pressure
    scores scored score save saves shot shots penalty lands landed takes take took taking
    connects connected""".split())  # "Canelo Alvarez connects on Jermell Charlo"
# a team's members named after it ("Ferrari drivers Charles Leclerc and Carlos Sainz")
_TEAM_MEMBERS = frozenset("""riders players drivers cyclists skaters rowers sailors gymnasts swimmers
    teammates""".split())
_ELIDED = re.compile(r"(?:d|l|dell|dall|nell)['\u2019][A-Z]")
_ELIDED_FIRST = frozenset("dln")  # (its first letters: a cheap test before the pattern)
# lower-case particles inside a capitalised event's or body's name in a title
# "Sheikh" between a given name and a surname is part of a (Somali) name, not an honorific
_MIDDLE_SHEIKH = frozenset(("sheikh", "sheik", "shaikh", "shaykh"))
_TITLE_PARTICLES = frozenset(("de", "du", "des", "del", "della", "di", "da", "la", "le", "van", "von", "der"))


# lower-case particles inside the name of a place or body that owns a title ("Rio de Janeiro's
# Mayor", "Rio Grande do Sul's Governor", "Santiago del Estero's governor")
_PLACE_PARTICLES = _TITLE_PARTICLES | frozenset(("do", "dos", "das"))


def _particle_owner(toks: list[Tok], at: int, v: dict) -> int:
    """The index of the capitalised word before the particle(s) ending at `at` ("Rio" of "Rio
    de Janeiro's"), or -1 when none opens the owner's name there."""
    q = at
    while q - 1 >= 0 and toks[q - 1].low in _PLACE_PARTICLES and not toks[q - 1].cap and not toks[q - 1].masked:
        q -= 1  # ("de la")
    if q - 1 < 0 or at - q > 1:
        return -1
    p = toks[q - 1]
    if not _title_name_word(p, v) or p.poss or p.stop:
        return -1
    return q - 1


def _of_owner(t: Tok) -> bool:
    """A capitalised word before "of" that names an institution in a title ("Bank", "Chiefs")."""
    return bool(t.namey and not t.poss and not t.stop and not t.digit  # (not "Supporters of")
                and t.sign is None)  # (nor "a T-shirt of Republican U.S. presidential candidate X")


# the bodies an office's "for DOMAIN" may follow as a role word does ("Centers for Disease Control")
_FOR_BODIES = frozenset("""center centers centre centres institute institutes commission council committee
    office agency fund foundation organization organisation association society board department ministry""".split())


def _for_owner(t: Tok, v: dict) -> bool:
    """A capitalised role word or body before an office's "for" ("Commissioner", "Centers")."""
    return t.cap and t.word and not t.masked and not t.poss and not t.stop \
        and (t.role or t.low in _FOR_BODIES)


# plural nouns whose possessive opens an event's name, never a team's ("UEFA Women's Euro")
_GROUP_POSS = frozenset(("women", "men", "girls", "boys", "children", "ladies", "people", "veterans", "kids"))


def _after_article(toks: list[Tok], k: int) -> bool:
    return k >= 1 and toks[k - 1].low in ("the", "a", "an")


# fields and genres whose singular ends in -s, that may stand before a role ("blues singer")
_FIELD_NOUNS_S = frozenset("""blues physics economics politics athletics mathematics gymnastics genetics
    linguistics ethics robotics statistics electronics logistics aeronautics aerobics studies singles
    doubles chess darts billiards tennis fitness business news arts sports bus""".split())
# nouns in -ing that name a sport or an event before a role ("boxing champion", "shooting victim")
_ING_NOUNS = frozenset("""bombing shooting stabbing boxing wrestling sailing rowing cycling skating skiing
    swimming diving racing climbing surfing fencing bowling weightlifting bodybuilding snowboarding
    kayaking canoeing""".split())


# lower-case possessives of a contest's field that stay in the title before its role
_GROUP_POSSESSIVES = frozenset(("men's", "women's", "men\u2019s", "women\u2019s"))
_GROUP_PLURALS = frozenset(("boys", "girls"))  # ("girls'": its token is "girls", a possessive)


def _noun_modifier(t: Tok, right: Tok, v: dict) -> bool:
    """A lower-case word of no known kind may stand in a title before a lower-case role
    or modifier, unless it looks like a verb or a function word."""
    low = t.low
    if right.cap or not right.word or len(low) < 3 \
            or not (low.isalpha() or (low.count("-") == 1 and low.replace("-", "").isalpha())):
        return False  # ("far-right leader", "pro-democracy activist": one hyphen may join it)
    if low in v["not_name"] or (low.endswith("s") and low not in _FIELD_NOUNS_S) \
            or (low.endswith("ing") and low not in _ING_NOUNS) or low.endswith("ly") \
            or (low.endswith("ed") and not low.endswith("eed")):
        return False  # (a participle, not "speed skater"; a plural, but "blues singer", "physics professor")
    verbs = v["verbs"]
    if right.low == "show" and (low == "talk" or low == "chat" or low == "game"):
        return True  # "talk show host": a compound noun, not the verb
    return not (low + "s" in verbs or low + "es" in verbs or low in verbs or low in _VERBS_BEFORE_NAME
                or low in _VERB_PARTICLES or low in _OPEN_END_PAST)  # ('" said volunteer X"': a past verb)


# verbs and prepositions a caption writes between its subject and a titled name, read as no
# title's word ("fans welcome back X", "drives past guard X", "With him are coach X")
_VERBS_BEFORE_NAME = frozenset("""are were became become remain welcome greet escort sack hug embrace
    help carry congratulate console comfort applaud surround lift detain arrest chase meet join replace
    succeed defeat interview honor honour thank praise salute visit follow elect appoint nominate
    past like beside behind near toward towards against beyond into onto upon amid despite unlike
    with without than over through after before during until since about around between among""".split())
# a plural subject's next word that is no verb ("Veterans affairs secretary", "Teachers union head")
_PLURAL_MODIFIED = frozenset(("union", "unions", "association", "rights", "group", "league", "council",
                              "committee", "federation", "party", "caucus", "guild"))
# particles after a subject's verb ("fans welcome back X", "supporters cheer on X")
_VERB_PARTICLES = frozenset(("back", "on", "up", "out", "off", "down", "over", "away", "in"))


# the words a "back" follows as a player's position ("left back", "running back")
_BACK_KINDS = frozenset(("left", "right", "center", "centre", "full", "wing", "running", "half",
                         "defensive", "offensive", "corner", "line", "fly", "tail"))


def _verb_particle(toks: list[Tok], j: int) -> bool:
    """"welcome back X", "cheer on X": a particle (token j) after a lower-case word of no title."""
    if j < 1:
        return False
    p = toks[j - 1]
    return p.word and not p.cap and not p.masked and not p.poss and not p.title_word \
        and p.low not in _BACK_KINDS and p.low not in _AHEAD_ARTICLES


def _plural_subject(toks: list[Tok], j: int, v: dict) -> bool:
    """"Players tackle X", "Fans welcome back X": a capitalised plural of people opening a
    clause, then a lower-case word: a subject and its verb, no title."""
    t = toks[j]
    nxt = toks[j + 1]
    return t.cap and t.word and not t.masked and t.low[-1:] == "s" and not nxt.cap and nxt.word \
        and nxt.low.isalpha() and not nxt.masked and nxt.low not in v["domains"] and nxt.low not in _PLURAL_MODIFIED \
        and (_plural_role(t.low, v) or t.low[:-1] in v["lower_only"]) and _clause_start(toks, j)


_PAREN_OFFICE = re.compile(r"\(((?:[A-Z][a-z\-]+ ){0,2}[A-Z][a-z\-]+)\)")


def _paren_office(text: str, i: int, end: int, v: dict):
    """"(Chief Justice)", "(Prime Minister)" read as a party's name after a name: an office of
    capitalised words ending in a role word is the name's title; else None."""
    m = _PAREN_OFFICE.match(text, i, end)
    if m is None or m.end() != end:
        return None
    office = m.group(1)
    return office if office.rpartition(" ")[2].casefold() in v["roles"] and " " in office else None


# "Camilla the Duchess of Cornwall", "Anne the Princess Royal": a royal style right after the name
# a lower-case apposition with no comma after a name, up to a bracketed side (_decorations)
_THE_ROLE_SIDE = re.compile(r"the\s+((?:[a-z\-]+\s+){0,4}[a-z\-]+(?:\s+of\s+(?:the\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3})?)"
                            r"(?=\s*\((?:[LRClrc]|left|right|center|centre)\))")
_ROYAL_THE = re.compile(r"the\s+((?:(?:Crown|Grand|Hereditary)\s+)?(?:Duchess|Duke|Prince|Princess|Countess|Earl)"
                        r"\s+of\s+[A-Z][\w\-]+(?:\s+and\s+[A-Z][\w\-]+)?|Princess\s+Royal)\b")


def _decorations(text: str, pos: int, v: dict, ends: list[int]):
    """Read what follows a name: jersey numbers, party tags, ages, a position, an apposition.
    Returns (position, apposition title, end offset)."""
    position = None
    appos = None
    n = len(text)
    for _ in range(8):
        i = pos + 1 if text[pos:pos + 1] == " " else pos  # (one space: the commonest gap)
        while i < n and text[i].isspace():
            i += 1
        c = text[i:i + 1]
        if c == "t" and appos is None and text.startswith("the ", i):
            m = _ROYAL_THE.match(text, i)
            if m:  # "Camilla the Duchess of Cornwall": a royal's style, no comma before it
                appos = m.group(1)
                pos = m.end()
                continue
            m = _THE_ROLE_SIDE.match(text, i) if position is None else None
            if m and _has_role_word(m.group(1).split(), v):
                appos = m.group(1)  # "Geraldo Alckmin the newly elected vice president of Brazil (r)":
                pos = m.end()  # an apposition with no comma, closed by the person's side
                continue
            break
        if c == "(" or c == "#":
            if c == "(" and position is None and text[i + 2:i + 3] == ")" and text[i + 1:i + 2] in _SIDE_LETTERS:
                # "(L)", "(R)", "(C)": what _POS_PAREN reads, without trying all its words
                position = _norm_position(text[i + 1])
                pos = i + 3
                continue
            m = _POS_PAREN.match(text, pos) if c == "(" and position is None and not _bare_number(text, i + 1) \
                else None
            if m:
                position = _norm_position(m.group(1))
                pos = m.end()
                continue
            if c == "(" and position is None and text[i + 2:i + 3] == "," and (text[i + 1:i + 2] in _SIDE_LETTERS
                                                                                or text[i + 1:i + 2] == "M"):
                m = _SIDE_PARTY.match(text, i)
                if m:  # dpa's "(l, CDU)", "(r, SPD)", "(M, SPD)": a side, then the party
                    position = _norm_position(m.group(1))
                    pos = m.end()
                    continue
            if c == "(" and position is None and (text[i + 1:i + 2].isdigit() or text[i + 1:i + 4] == "No."
                                                  or text[i + 1:i + 2] == "#"):
                m = _NUMBER_THEN_SIDE.match(text, i)
                m2 = _POS_PAREN.match("(" + text[m.end():m.end() + 80]) if m else None
                if m2:  # "Emily Anthony (No. 12, bottom)": a jersey number, then the side, in one bracket
                    position = _norm_position(m2.group(1))
                    pos = m.end() + m2.end() - 1
                    continue
            if c == "(" and text[i + 2:i + 3] == "-" and text[i + 1:i + 5].upper() in ("L-R)", "R-L)"):
                break  # "A, B and C (L-R) pose": a list's marker after it, no party
            m = _JERSEY.match(text, pos) or (_PARTY.match(text, pos) if c == "(" else None) \
                or (_OFF_FRAME.match(text, pos) if c == "(" else None)
            if m:
                if appos is None and c == "(" and text[i + 2:i + 3].islower():
                    appos = _paren_office(text, i, m.end(), v)  # "John G. Roberts (Chief Justice)"
                pos = m.end()
                continue
            break
        if c != ",":
            break  # the commonest case: a verb or a preposition follows the name
        j = i + 1
        while j < n and text[j].isspace():
            j += 1
        c = text[j:j + 1]
        m = _AGE.match(text, pos) if c.isdigit() else _PARTY.match(text, pos) if c in ("R", "D", "I") else None
        if m:
            pos = m.end()
            continue
        if position is None and c == "(":
            # a position after a comma, as after a party tag: "Sen. Alex Padilla, D-Calif., (L)"
            m = _POS_PAREN.match(text, j)
            if m:
                position = _norm_position(m.group(1))
                pos = m.end()
                continue
        if position is None and (c == "a" and text.startswith("at ", j)
                                 or c in "sp" and text.startswith(("seen ", "pictured ", "shown "), j)):
            m = _POS_AT.match(text, pos)
            if m:
                position = _norm_position(m.group(1))
                pos = m.end()
                continue
        if position is None and (c == "l" or c == "r") and text.startswith(("left,", "right,"), j):
            # ", left," / ", right,": what _POS_COMMA reads there (its commonest case), by hand
            e = j + 4 if c == "l" else j + 5
            position = _norm_position(text[j:e])
            pos = e
            continue
        # (_POS_COMMA_START ignores case over many words, costly to try: an ASCII word
        # after the comma is first looked up by its lower-case start, which it needs)
        head = text[j:j + 8]
        if head.isascii():  # (a first letter no head has rules it out without the long startswith)
            heads = _POS_COMMA_BY_FIRST.get(c.lower())
            pos_word = c.isdigit() or (heads is not None and head.lower().startswith(heads))
        else:
            pos_word = True
        if position is None and pos_word and _POS_COMMA_START.match(text, pos):
            m = _POS_COMMA.match(text, pos)
            if m:
                position = _norm_position(m.group(1))
                pos = m.end()
                continue
        elif position in _DEPTH_POSITIONS and pos_word and _POS_COMMA_START.match(text, pos):
            m = _POS_COMMA.match(text, pos)
            if m:
                position = position + " " + _norm_position(m.group(1))  # ", foreground, center,"
                pos = m.end()
                continue
        if appos is None:
            # the apposition's first word, after an article or not: what _FIRST_WORD matches
            # at pos (its comma is at i), read by hand (a regex call costs more than the scan)
            art = False
            word = ""
            low = text[j:j + 3]
            low = low.lower() if low.isascii() else ""
            b = j + 3 if low == "the" else j + 2 if low[:2] == "an" else j + 1 if low[:1] == "a" else j
            if b > j and b < n and text[b].isspace():
                k = b + 1
                while k < n and text[k].isspace():
                    k += 1
                e = k
                while e < n and not text[e].isspace() and text[e] not in _WORD_STOPS:
                    e += 1
                if e > k:
                    art = True
                    word = text[k:e]
            if not art:
                e = j
                while e < n and not text[e].isspace() and text[e] not in _WORD_STOPS:
                    e += 1
                word = text[j:e]
            # (after an article a lower-case noun may open it too: ", an emergency room physician,")
            opens = word and (_may_open_title(word, v) or (
                art and (word.replace("-", "").isalpha() or _age_word(word)) and word.islower()
                and word not in _APPOS_BREAK) or (not art and word.isalpha() and word.islower()
                                                  and word not in _APPOS_BREAK and _role_closes(text, e, v)))
            m = _APPOS.match(text, pos) if opens else None
            to_quote = False
            if opens and m is None and '"' in text:
                m = _APPOS_TO_QUOTE.match(text, pos)
                to_quote = m is not None
            if m:
                # the apposition ends at the next comma or at the end of its sentence
                stop = bisect.bisect_right(ends, m.start(1))
                cut = ends[stop] if stop < len(ends) else len(text)
                if to_quote:
                    # no comma closes it before a quotation: a title only where the caption's
                    # clause is seen to run on after the office, before the quotation
                    seg = text[m.start(1):min(cut, m.end(1))]
                    a = _apposition_title(seg, v, True)
                    if a and len(a) >= len(_squeeze(seg).rstrip(" .")):
                        a = None
                    end = m.start(1) + len(seg)
                elif cut < m.end(1):
                    a = _apposition_title(text[m.start(1):cut], v, True)
                    end = cut
                else:
                    a = _apposition_title(m.group(1), v, m.end() == len(text) or _place_after(text, m.end(), v))
                    end = m.end()
                    country = _town_country_after(text, m, v, a) if a else None
                    if country:
                        # ", a worker at a workshop in Yogyakarta, Indonesia,": the town's country
                        # and the comma after it close the apposition (title as written)
                        a = _apposition_title(m.group(1) + ", " + country.group(1), v) or a
                        end = country.end() if a != _squeeze(m.group(1)) else end
                if a and ") " in a and _abbr_then_person(a, v, text[m.start(1):end + 24]):
                    a = None  # "Joko Widodo, Minister of Public Works (PUPR) Basuki Hadimuljono rode": the
                    # office and its initials open the next person's name, no apposition of this one
                if a and position is not None and text[end:end + 2].lstrip()[:1] == "(" \
                        and _POS_PAREN.match(text, end) and _ends_with_name(text[m.start(1):end], v):
                    a = None  # "A (L), the Prime Minister of X B (2L), ...": a second position closes
                    # the next person's name, so the words before it are that one's office
                if a:
                    if " " not in a and text[end:end + 1] == ",":
                        more = _role_list(text, end, ends, v)
                        if more:
                            a, end = _squeeze(text[m.start(1):more]), more
                    if text[end:end + 1] == "," and a == _squeeze(text[m.start(1):end]):
                        comma = end
                        end = _more_offices(text, comma, ends, v)
                        if end == comma and _portfolio_word(a[a.rfind(" ") + 1:].casefold(), v["domains"]):
                            end = _more_portfolios(text, comma, v)
                            if end == comma and _more_portfolios(text, comma, v, True) != comma:
                                # "A, Indonesia's Minister for Political, Legal and Security Affairs
                                # B, ...": the portfolios run on into the next person's name (a list
                                # item's lead title, not this one's apposition)
                                break
                        a = _squeeze(text[m.start(1):end])
                    if a[-2:] == "--":
                        a = a.rstrip("-").rstrip()  # "..., Prime Minister of X---Photo: ...": a desk's dashes close it
                    appos = a
                    if not _squeeze(text[m.start(1):end]).rstrip(".").endswith(a):
                        # the title stopped short of the comma: the rest is the caption's own
                        at = text.find(a, m.start(1), end)
                        if at >= 0:
                            end = at + len(a)
                    pos = end
                    continue
        break
    return position, appos, pos


def _ends_with_name(seg: str, v: dict) -> bool:
    """seg ends with two or more capitalised words after a lower-case one, not a known place
    ("the Prime Minister of Bangladesh Sheikh Hasina"; not "the mayor of New York")."""
    words = seg.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    tail = words[k:]
    if len(tail) < 2 or k == 0:
        return False
    return _norm(" ".join(tail[-2:])) not in v["places"] and _norm(tail[-1]) not in v["places"]


def _more_portfolios(text: str, comma: int, v: dict, named: bool = False) -> int:
    """"X, Federal Minister for the Environment, Nature Conservation and Reactor Safety of
    Germany, speaks": after an office ending in a portfolio, the comma goes on into more of
    them (capitalised domain words, the last joined by "and", then perhaps "of COUNTRY").
    Returns the title's new end (else the comma). With `named`, the last of them is followed
    by a capitalised name instead ("..., Legal, and Security Affairs Mahfud Mahmodin")."""
    at = comma
    domains = v["domains"]
    while text[at:at + 2] == ", ":
        cut = text.find(",", at + 2)
        seg = text[at + 2:cut if cut >= 0 else len(text)]
        words = seg.split(" ")
        k = 0
        joined = False
        while k < len(words) and words[k][:1].isupper() and _portfolio_word(words[k].casefold(), domains) \
                or (k or at > comma) and words[k:k + 1] == ["and"] and not joined:
            # ("and" opens a later item after a serial comma: ", Legal, and Security")
            joined = joined or words[k] == "and"
            k += 1
        if named:
            if joined and k + 1 < len(words) and words[k][:1].isupper() and words[k + 1][:1].isupper():
                return cut if cut >= 0 else len(text)
            if joined or not k or k < len(words):
                return comma
            at = cut
            continue
        if joined and 3 <= k < len(words) - 1 and words[k] == "and" and words[-1][:1].isupper() \
                and all(w[:1].isupper() for w in words[k + 1:]):
            # "X, Minister of Culture, Youth and Community Development and Y, an intellectual,":
            # the last portfolio, then "and" and the next person of the list
            return at + 2 + len(" ".join(words[:k]))
        if not k or (k < len(words) and not (words[k] == "of" and len(words) - k <= 3
                                              and all(w[:1].isupper() for w in words[k + 1:]) and k + 1 < len(words))):
            return comma
        if joined:
            return cut if cut >= 0 else len(text)
        if cut < 0:
            return comma
        at = cut
    return comma


def _more_offices(text: str, comma: int, ends: list[int], v: dict) -> int:
    """"Xi Jinping, general secretary of the CPC Central Committee, Chinese president and
    chairman of the Central Military Commission, meets ...": after the apposition's comma a
    second office list ("A and B", all title words) that a comma and the clause's lower-case
    verb close goes on the same title. Returns the title's new end (else the comma)."""
    stop = bisect.bisect_right(ends, comma)
    cut = text.find(",", comma + 1, ends[stop] if stop < len(ends) else len(text))
    if cut < 0:
        return comma
    seg = text[comma + 1:cut]
    if " and " not in seg or not text[cut + 2:cut + 3].islower():
        return comma
    seg = _squeeze(seg)
    if seg[:4] == "and ":
        # ", and Chief Investigator of the trials, holds": one more office of the same person
        seg = seg[4:]
        return cut if " " in seg and _apposition_title(seg, v) == seg else comma
    if _apposition_title(seg, v) != seg:
        return comma
    return cut


def _after_spaces(text: str, at: int) -> str:
    """The character after the white space at `at` ("" at the end of the text)."""
    n = len(text)
    while at < n and text[at].isspace():
        at += 1
    return text[at:at + 1]


def _bare_number(text: str, at: int) -> bool:
    """"(13)": a number alone inside the parenthesis opened before `at` (a jersey), which no
    position of _POS_PAREN is: its digits are followed by a letter ("2nd", "3 R")."""
    n = len(text)
    while at < n and text[at].isspace():
        at += 1
    if at >= n or text[at] not in "0123456789":
        return False
    while at < n and text[at] in "0123456789":
        at += 1
    while at < n and text[at].isspace():
        at += 1
    return text[at:at + 1] == ")"


_NEXT_WORDS = re.compile(r"\s*,\s*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?)")


_IN_TOWN_END = re.compile(r" in [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?$")


def _town_country_after(text: str, m: re.Match, v: dict, open_title: str) -> re.Match | None:
    """An apposition ending "in TOWN" whose comma goes on with a country and another comma
    (", a farmer in Kasese, Uganda, speaks"): that country (its match), else None. Only when
    the title read as an open clause is the words before "in TOWN" (no verb ran on before it:
    "mayor of the town met residents at a shelter in Ponce, Puerto Rico")."""
    t = _IN_TOWN_END.search(m.group(1))
    if t is None or open_title not in (_ART.sub("", _squeeze(m.group(1)[:t.start()])),
                                       _ART.sub("", _squeeze(m.group(1)))):
        return None
    c = _NEXT_WORDS.match(text, m.end())
    if c is None or not text.startswith(",", c.end()) or not _country_word(c.group(1)):
        return None
    return c


def _place_after(text: str, at: int, v: dict) -> bool:
    """The comma at `at` goes on with a place or a day (", Egypt", ", Monday"): it belongs to
    the caption's place or date, so the apposition before it has no comma of its own."""
    m = _NEXT_WORDS.match(text, at)
    if m is None:
        return False
    words = m.group(1)
    first = words.split(" ")[0].casefold().rstrip(".")
    return _norm(words) in v["places"] or first in v["places"] or first in v["days"] or first in v["months"]


_ROLE_SEG = re.compile(r"\s*,\s*((?:and\s+)?[^,;()\"]{2,240}+)(?=[,;(]|$)")
_AFFILIATION = re.compile(r"\s(?:of|at|for)\s+(?:the\s+)?[A-Z0-9]")


def _role_list(text: str, at: int, ends: list[int], v: dict) -> int | None:
    """", co-founder, president and CEO of OpenAI,": an apposition of bare roles whose last
    names what they are of. Returns where the whole list ends, or None."""
    pos = at
    for _ in range(3):
        m = _ROLE_SEG.match(text, pos)
        if m is None:
            return None
        stop = bisect.bisect_right(ends, m.start(1))
        end = min(m.end(1), ends[stop]) if stop < len(ends) else m.end(1)
        seg = text[m.start(1):end]
        phrase = seg[4:] if seg.startswith("and ") else seg
        open_end = end < m.end(1)  # (no comma closes the last: the clause may run on in it)
        a = _apposition_title(phrase, v, open_end)
        if a is None:
            return None
        if _AFFILIATION.search(phrase):
            if len(a) < len(phrase.strip().rstrip(".")):
                k = text.find(a, m.start(1), end)
                if k >= 0:
                    return k + len(a)  # ", founder, CEO, and chief engineer of SpaceX speaks"
            return end
        if " " in phrase.strip():
            return None  # (a role list holds bare roles until the one that names its owner)
        pos = end
    return None


_ABBREV_TITLE_END = frozenset(("inc", "co", "corp", "ltd", "bros", "jr", "sr"))
_APPOS_BREAK = frozenset(("of", "and", "for", "at", "in", "to", "on", "with", "since", "from"))
_ART = re.compile(r"^(?:the|a|an)\s+", re.I)


# the first word of an apposition, after an article (_decorations reads it by hand; keep the two
# in step)
_FIRST_WORD = re.compile(r"\s*,\s*(?:(the|a|an)\s+)?([^\s,;()\"]+)", re.I)
_WORD_STOPS = ',;()"'  # (what ends its word)


def _role_closes(text: str, at: int, v: dict) -> bool:
    """The word after the one ending at `at` is a role word and a comma closes it: a noun and
    its role with no article (", heavyweight champion,", ", yoga teacher,"); or two lower-case
    nouns then the role (", lunar module pilot,", ", grocery store owner,")."""
    if text[at:at + 1] != " ":
        return False
    e = text.find(",", at + 1, at + 36)
    semi = text.find(";", at + 1, e if e > 0 else at + 36)  # (a ";" list's item: ", commander; B, ...")
    e = semi if semi > 0 else e
    if e <= at + 1:
        return False
    seg = text[at + 1:e]
    if seg.casefold() in v["roles"]:
        return True
    noun, sp, role = seg.partition(" ")
    return bool(sp) and noun.isalpha() and noun.islower() and role.isalpha() and role in v["roles"]


def _may_open_title(w: str, v: dict) -> bool:
    """", and ...", ", who ...": only a capitalised word, a modifier or a role opens a title."""
    low = w.casefold().rstrip(".")
    return low not in _APPOS_BREAK and (w[:1].isupper() or low in v["modifiers"] or low in v["roles"]
                                        or ("-" in low and low.split("-")[0] in v["roles"])
                                        or low.endswith(("'s", "\u2019s"))  # ", the group's leader,"
                                        or low.startswith("then-"))  # ", then-Russian Ambassador to Turkey,"


def _apposition_title(phrase: str, v: dict, open_end: bool = False) -> str | None:
    """", chairman of the U.S. Federal Reserve," -> the title; None when not a role. With
    open_end the apposition has no comma to close it: the caption's clause may run on in it."""
    phrase = _squeeze(phrase)
    last = phrase[phrase.rfind(" ") + 1:-1]
    if phrase.endswith(".") and "." not in last and last.casefold() not in _ABBREV_TITLE_END:
        phrase = phrase.rstrip(".")  # (", the director of the C.D.C.", "of BlackRock Inc.": an
        # abbreviation keeps its period)
    if phrase.startswith("of ") and phrase[3:4].isupper():
        return None
    relation = phrase[:2] == "a " or phrase[:3] == "an "  # (", a rival of President X,": a relation)
    phrase = _ART.sub("", phrase)
    if phrase.startswith(("then the ", "then a ")):
        phrase = "then " + phrase[phrase.index(" ", 5) + 1:]  # ", then the vice president,": its article goes
    if phrase[:9] == "visiting " and phrase[9:10].islower():
        phrase = phrase[9:]  # ", a visiting kindergarten teacher,": "visiting" goes, as before a name
    if phrase[:1].islower() and _participle_clause(phrase):
        return None  # ", murdered during a shooting at a store,": what befell the person, no role
    if "(" in phrase:
        # an acronym's expansion in brackets reads as one word: "DMK (Dravida Munnetra Kazhagam) President"
        phrase = _EXPANSION.sub(_glued_spaces, phrase)
    words = phrase.split(" ")
    for k in range(1, len(words) - 1):
        if words[k].casefold().rstrip(".") in _NAME_OPENING_HONORIFICS and words[k + 1][:1].isupper():
            return None  # "A, Minister of Justice Mr Abubakar Malami and B": the next person, titled
    head = []
    joined = False  # domain words joined by "and" before the role
    for k, w in enumerate(words):
        low = w.casefold()
        if head and (low in _APPOS_TIME or (low == "at" and words[k + 1:k + 3] == ["the", "time"])) \
                and head[-1].casefold().rstrip(".") in v["roles"]:
            phrase = " ".join(head)  # ", the health secretary when the law passed,": the role ends it
            break
        if low == "and" and head and _domain_and(head, words[k + 1:], v):
            head.append(w)  # ", the health and human services secretary,": one office
            joined = True
            continue
        if low in _APPOS_BREAK or (low in _GERMAN_ARTICLES and head and head[-1][:1].isupper()
                                   and head[-1].casefold() in v["roles"]):
            # (German "der"/"des" after a capitalised role: "Vizepräsident der USA" reads as "of")
            if low == "and" and _clause_verb(words[k + 1:], v) and not _office_next(words, k + 1, v):
                return None  # ", Will Champion and Guy Berryman perform": the next names and their verb
            if (low == "of" or (low in ("to", "in") and head and head[-1].casefold() in _IN_POST_ROLES)) \
                    and _ends_in_name(words, k, v) and not (relation and low == "of" and head[0].islower()):
                return None  # "A, Chief Justice of the United States John Roberts, B": the next person
                # (and "A, US Ambassador in Dhaka Marcia Bernicat, B": an envoy's post)
            if low == "and" and _joint_offices_then_name(head, words, k, v):
                return None  # "A, Pfizer Chairman and CEO Retno Marsudi, B": the next person, titled
            if low == "and" and k == 2 and _list_name_with_role_surname(head, words, v):
                return None  # "A, B, Mira Rajah and Sam Cole": a list's next name, its surname a role word
            if low == "since":
                phrase = " ".join(head)  # ", Rwanda's de-facto leader since 1994,": the role ends it
            elif k and len(words) - k > 2:
                phrase = _clause_cut(words, k, v, open_end)
            break
        if head and low.endswith(("ed", "ing")) and w[:1].islower() and low not in v["roles"] \
                and head[-1].casefold().rstrip(".") in v["roles"] \
                and not (k + 1 < len(words) and words[k + 1].islower() and words[k + 1] in v["roles"]):
            # ", a Wall Street Journal reporter detained in Russia,": the title ends before
            # the participle, unless a role noun follows it ("chief operating officer")
            phrase = " ".join(head)
            break
        head.append(w)
    if not head or len(head) > 6:
        return None
    for k in range(len(head) - 1):
        w, nxt = head[k], head[k + 1]
        if w[:1].islower() and nxt[:1].isupper() and w.casefold() in v["roles"] \
                and nxt.casefold() not in v["roles"] and nxt.casefold() not in v["modifiers"]:
            return None  # ", screenwriter Josh Singer,": the next person of a list, with his role
    has_role = False
    nouns = 0
    for hk, w in enumerate(head):
        low = w.casefold().rstrip(".")
        if low.endswith(("'s", "\u2019s")) and (w[:1].isupper() or w is words[0]):
            continue  # "Kenya's president", "the group's supreme guide"
        if low in v["roles"] or (("-" in low) and low.split("-")[0] in v["roles"]) \
                or (low in v["trade_surnames"] and w.islower()) \
                or ("/" in low and low.rpartition("/")[2] in v["roles"]) \
                or ("-" in low and low.rpartition("-")[2] in v["roles"] and w.partition("-")[0].isupper()) \
                or (low in _APPOS_ONLY_ROLES and hk == len(head) - 1 and hk > 0):
            has_role = True
            continue
        if w[:1].isupper() or low in v["modifiers"] or (_ADJECTIVE.search(low) and w[:1].islower()) \
                or (hk == 0 and low.startswith("then-")):  # (", then-Israeli Ambassador to Spain,")
            if (low in v["not_name"] and not (hk == 0 and low == "then") and not (w.isupper() and len(w) > 1)) \
                    or low in v["days"] or low in v["months"]:  # ("WHO Director-General": an acronym)
                return None  # (", then Russian Ambassador to Turkey,": "then" stays, as "former")
            continue  # ("political leader": a lower-case adjective too)
        if joined and low == "and":
            continue
        if w[:1] == "(" and w[-1:] == ")" and w[1:-1].isupper() and w[1:-1].isalpha():
            continue  # ", a retired United Nations (UN) employee,": the body's acronym
        if w[:1] == "(" and "\u00a0" in w:
            continue  # (an acronym's expansion)
        if hk and w.isdigit() and len(w) <= 3 and head[hk - 1][:1].isupper():
            continue  # ", Expedition 26 flight engineer,", ", Apollo 11 crew member,": a numbered mission
        if nouns < (4 if joined else 2) and w.isalpha() and w.islower() and low not in v["family"]:
            nouns += 1  # "emergency room physician", "grocery store owner": nouns before the role
            continue
        if "-" in w and w.islower() and w.replace("-", "").isalpha():
            continue  # "Rwanda's de-facto leader", "Hungary's long-serving prime minister"
        if hk < len(head) - 1 and low[-4:] == "-old" and _age_word(low):
            continue  # ", a 20-year-old student,": the age is written with the role, as printed
        return None
    last = head[-1].casefold().rstrip(".")
    if not (last in v["roles"] or ("-" in last and last.split("-")[0] in v["roles"])
            or (last in v["trade_surnames"] and head[-1].islower())  # (", a baker,": a trade in lower case)
            or ("/" in last and last.rpartition("/")[2] in v["roles"])  # "chief engineer/designer"
            or ("-" in last and last.rpartition("-")[2] in v["roles"] and head[-1].partition("-")[0].isupper())
            # ("EC-President", "EU-Commissioner": a body's acronym glued to the office)
            or (last in _APPOS_ONLY_ROLES and len(head) > 1)):
        return None  # "former Vice President Mike Pence" is the next person, not a title
    if len(head) >= 2 and last in v["lower_only"] and head[-2].islower() and head[-2].endswith("ing") \
            and head[-2] not in v["modifiers"]:
        return None  # "Stoke, a run stretching back to 1981": a verb's adverb, no "back" of a team
    if len(head) >= 2 and head[-1][:1].isupper() and head[-2][:1].isupper() and not head[-1].isupper() \
            and head[-2].casefold() in v["given"] and head[-2].casefold() not in v["roles"]:
        return None  # "Austrian Chancellor Christian Stocker": a surname that is also a trade's word
    if len(head) >= 3 and _given_name_run(head, v):
        return None  # "A, Dr. Martin Luther King, B": the next person of a list, whose surname is a role word
    if not has_role or head[0].casefold() in v["family"] or last in v["family"]:
        return None  # (", the victim's mother,": a relation, not a title)
    if words[0].casefold() in ("his", "her", "their"):
        return None
    return phrase.replace("\u00a0", " ")


def _list_name_with_role_surname(head: list[str], words: list[str], v: dict) -> bool:
    """"Mira Rajah and Sam Cole ...": two capitalised words, the last a role word (a surname
    too: "Rajah", "King"), then "and" and two more capitalised words that are no office: the
    apposition is the next whole name of a list "A, B and C", not B's title. A body or a
    place before the role ("Labour Leader", "Kenyan Minister") keeps it a title."""
    first, role = head
    low = first.casefold()
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha()
            and role[:1].isupper() and role[1:].islower() and role.casefold() in v["roles"]):
        return False
    if low in v["roles"] or low in v["modifiers"] or low in v["demonyms"] or low in v["places"] \
            or low in v["not_name"]:
        return False
    nxt = words[3:5]
    return len(nxt) == 2 and all(w[:1].isupper() and w.rstrip(".,").isalpha() and w.casefold().rstrip(".,") not in v["roles"]
                                 for w in nxt)


def _given_name_run(head: list[str], v: dict) -> bool:
    """An honorific at most, a given name, then two or three more capitalised words and no
    lower-case one: a person's full name (`Dr. Martin Luther King`), not an office."""
    first = 1 if head[0].casefold().rstrip(".") in v["honorifics"] else 0
    rest = head[first:]
    if not 3 <= len(rest) <= 4 or rest[0].casefold() not in v["given"] or rest[0].casefold() in v["roles"]:
        return False
    return all(w[:1].isupper() and not w.isupper() and w.isalpha() and (w is rest[-1] or w.casefold() not in v["roles"])
               for w in rest[1:])


def _participle_clause(phrase: str) -> bool:
    """"killed in an airstrike", "murdered during a shooting", "injured by a bull": a past
    participle, then a preposition, opens the apposition."""
    sp = phrase.find(" ")
    if sp < 4 or not phrase.endswith("ed", 0, sp):
        return False
    sp2 = phrase.find(" ", sp + 1)
    return phrase[sp + 1:sp2 if sp2 > 0 else len(phrase)].rstrip(",.") in _PARTICIPLE_PREPS


# prepositions after a past participle that open what befell a person, not an office
_PARTICIPLE_PREPS = frozenset(("during", "in", "at", "by", "on", "after", "while", "near", "when",
                               "outside", "inside", "last", "earlier", "amid"))


def _glued_spaces(m: re.Match) -> str:
    return m.group(0).replace(" ", "\u00a0")


# the expansion of an acronym, in brackets after it: "DMK (Dravida Munnetra Kazhagam)"
_EXPANSION = re.compile(r"(?<=[A-Z]{2} )\([A-Z][a-z]+(?: [A-Za-z][\w'-]*){0,8}\)")

# role words only at the end of an apposition after a noun (", the project lead,"): as
# role words everywhere "leads" would read as a plural role ("Repole leads Fierceness")
_APPOS_ONLY_ROLES = frozenset(("lead",))

# a time clause after an office in an apposition: the office ends before it
_APPOS_TIME = frozenset(("when", "while", "until", "whose", "who"))


def _domain_and(head: list[str], rest: list[str], v: dict) -> bool:
    """"health and human services secretary": lower-case domain words joined by "and" before
    one role word that ends the apposition (no role before the "and")."""
    for k, w in enumerate(rest):
        if w in _APPOS_TIME:
            rest = rest[:k]  # "... secretary when the law passed"
            break
    if not rest or len(head) + len(rest) > 6 or rest[-1].casefold() not in v["roles"]:
        return False
    for w in head:
        if w.endswith(("'s", "\u2019s")):
            continue  # "the county's parks and recreation director"
        if not (w.isalpha() and w.islower()) or w in v["roles"]:
            return False
    for w in rest[:-1]:
        if not (w.isalpha() and w.islower()) or w in v["roles"] or w in v["verbs"]:
            return False
    return True


def _name_pair_after_office(w: str, nxt: str, v: dict) -> bool:
    """Two capitalised words that can only be a person's name (no office, body or place word)."""
    if not (w[:1].isupper() and nxt[:1].isupper() and w.isalpha() and nxt.rstrip(".,").isalpha()):
        return False
    for x in (w.casefold(), nxt.casefold().rstrip(".,")):
        if x in v["roles"] or x in v["domains"] or x in v["heads"] or x in v["not_name"] \
                or x in v["months"] or x in v["days"] or x in v["places"]:
            return False
    pair = _norm(f"{w} {nxt}")
    return pair not in v["not_people"] and pair not in v["places"]


def _closing_name_pair(words: list[str], at: int, v: dict) -> bool:
    """"and Councilman Ed Park" at the phrase's end (or before a lower-case word): two
    capitalised words after a role that are no office, body or place of their own; the last
    may be a thing's head too ("Park", "Hall"), the first may not."""
    w, nxt = words[at], words[at + 1]
    if not (w.isalpha() and nxt[:1].isupper() and nxt.rstrip(".,").isalpha()) \
            or at + 2 < len(words) and not words[at + 2][:1].islower():
        return False
    first, last = w.casefold(), nxt.casefold().rstrip(".,")
    if first in v["roles"] or first in v["domains"] or first in v["heads"] or first in v["not_name"] \
            or first in v["places"] or first in v["months"] or first in v["days"] \
            or last in v["roles"] or last in v["domains"]:
        return False
    pair = _norm(f"{w} {nxt}")
    return pair not in v["not_people"] and pair not in v["places"]


def _joint_offices_then_name(head: list[str], words: list[str], at: int, v: dict) -> bool:
    """"Pfizer Chairman and CEO Retno Marsudi": capitalised offices joined by "and" (words[at]),
    the second straight before a given name and a surname: one person's title and name, not
    an apposition of the name before."""
    if at + 3 >= len(words) or not head or not head[-1][:1].isupper() \
            or head[-1].casefold().rstrip(".") not in v["roles"]:
        return False
    office = words[at + 1]
    return office[:1].isupper() and office.casefold().rstrip(".") in v["roles"] \
        and _name_pair_after_office(words[at + 2], words[at + 3], v)


def _regnal_name_closes(words: list[str], v: dict) -> bool:
    """The phrase ends in a capitalised role, one name word and a regnal numeral ("Pope
    Tawadros II", "King Letsie III"): a titled person, not the office's body."""
    num = words[-1].rstrip(".,")
    if not num or not num.isupper() or not _ROMAN.fullmatch(num):
        return False
    role, name = words[-3], words[-2]
    low = name.casefold()
    return role[:1].isupper() and role.casefold() in v["roles"] and name[:1].isupper() and name.isalpha() \
        and low not in v["roles"] and low not in v["domains"] and low not in v["places"]


def _ends_in_name(words: list[str], at: int, v: dict) -> bool:
    """"of the United States John Roberts": the office after "of" runs on into a given name
    and a surname (words[at] is the "of")."""
    if len(words) - at >= 4 and _regnal_name_closes(words, v):
        return True  # "of the Coptic Orthodox Church Pope Tawadros II": a titled regnal name closes it
    for i in range(at + 1, min(len(words) - 1, at + 9)):
        w = words[i]
        if not w[:1].isupper():
            if w == "and" and _titled_name_next(words, i + 1, v):
                return False  # "of the Urban League and Ohio Sen. Mark Delaney": the next person's name
            if w in ("the", "of", "and"):
                continue
            return False
        nxt = words[i + 1]
        low = nxt.casefold().rstrip(".,")
        if w.casefold() in v["given"] and nxt[:1].isupper() and low not in v["roles"] and low not in v["heads"]:
            pair = _norm(f"{w} {nxt}")
            return pair not in v["not_people"] and pair not in v["places"]
        if i + 2 < len(words) and words[i - 1][:1].isupper() and words[i + 2][:1].islower() \
                and "and" not in words[at + 1:i] and _name_pair_after_office(w, nxt, v):
            return True  # "Teacher of the Year Joy Adebayo and ...": the next person, titled
    if (words[0].endswith(("'s", "\u2019s")) or (1 <= at <= 2 and words[0][:1].isupper() and words[at - 1][:1].isupper()
                                                        and words[at - 1].casefold() in v["roles"]
                                                        and words[-3][:1].isupper())) \
            and len(words) - at >= 4:  # (and "A, Chief of Staff Abba Kyari, B": an office, then a name)
        # "A, Thailand's Permanent Secretary of the Ministry of Foreign Affairs Sarun
        # Charoensuwan, B": a country's office, then two name words that are no office's
        # ("A, US Ambassador in Dhaka Marcia Bernicat, B": a country's envoy, then a name)
        a, b = words[-2], words[-1]
        if a[:1].isupper() and b[:1].isupper() and all(
                x.casefold().rstrip(".,") not in v["domains"] and x.casefold().rstrip(".,") not in v["heads"]
                and x.casefold().rstrip(".,") not in v["roles"] and x.casefold().rstrip(".,") not in v["places"]
                for x in (a, b)):
            return _norm(f"{a} {b}") not in v["not_people"] and _norm(f"{a} {b}") not in v["places"]
    return False


# lower-case words that open the main clause's adverbials, never an office's complement
_CLAUSE_OPENERS = frozenset("""after before during while as when following ahead amid where who which that
    whose upon""".split())


# prepositions that, in an apposition no comma closes, open the caption's place or time
# (", the newly-elected president of the United Arab Emirates at Al Mushrif Palace in ...")
_OPEN_END_PREPS = frozenset(("at", "in", "on", "during", "near", "outside", "inside"))


def _clause_cut(words: list[str], k: int, v: dict, open_end: bool = False) -> str:
    """An apposition with no comma to close it ends where the caption's clause goes on
    (", Princess of Wales after winning the final", ", Duchess of Edinburgh and tournament
    chair Debbie Jevans watch ..."): the office's words before that point."""
    plural = _plural_verbs(v)
    verbs = v["verbs"]
    for j in range(k, len(words)):
        w = words[j]
        if w[:1].islower():
            low = w.casefold()
            if open_end and low == "in" and j > k + 1:
                held = _government_end(words, j + 1)
                if held:
                    return " ".join(words[:held])  # the government it is held in closes the office
            if low in _CLAUSE_OPENERS or w in verbs or (w in plural and not _modifier_of_head(words, j, v)) \
                    or (open_end and low in _OPEN_END_PREPS and j > k + 1 and j + 1 < len(words)
                        and (words[j + 1][:1].isupper() or words[j + 1] == "the")) \
                    or (low == "and" and ((_clause_verb(words[j + 1:], v) and not _office_next(words, j + 1, v))
                                          or _titled_name_next(words, j + 1, v)
                                          or _given_name_next(words, j + 1, v)
                                          or _name_after_role_and(words, j, v))) \
                    or (open_end and (low in _OPEN_END_PAST or _verb_after_body(words, j, k, v))) \
                    or (j > k and _participle_after_name(words, j, low)):
                return " ".join(words[:j])
    return " ".join(words)


# participles not spelled -ed that open a clause like one that is ("clad in a kimono")
_IRREGULAR_PARTICIPLES = frozenset(("clad", "worn", "caught", "seen", "held", "made", "bound"))
# participles that go on describing the body or place before them, not the person
_NAMING_PARTICIPLES = _NAMED | frozenset(("renamed", "based", "headquartered", "located", "situated", "founded",
                                          "owned", "backed", "funded", "affiliated"))  # (_NAMED: "named", "called" ...)


def _participle_after_name(words: list[str], j: int, low: str) -> bool:
    """", an office worker in Kyoto clad in a kimono,": a participle and its preposition after
    the capitalised place or body that closes the office open a clause about the person."""
    before = words[j - 1]
    if low in _NAMING_PARTICIPLES:
        return False  # "the 24th Mechanized Brigade named after King Danylo": the body's own name
    return (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) and before[:1].isupper() \
        and before[-1:].isalpha() and j + 1 < len(words) and words[j + 1] in _PARTICIPLE_PREPS


# irregular past forms of the caption's verb, never words of an office: in an apposition no
# comma closes they end it (", chief executive of the company told reporters ...")
_OPEN_END_PAST = frozenset("""said told spoke gave took met held came went sat stood wrote won lost
    made became saw got ran led fled fought sought brought thought""".split())


# what an office is held in, after "in (the) Name": ", Director General of the crossings in the
# Gaza government", ", a minister in the Netanyahu cabinet": part of the title, not the caption's place
_GOVERNMENT_HEADS = frozenset(("government", "cabinet", "administration"))


def _government_end(words: list[str], j: int) -> int:
    """From `j` on, an optional "the", one to three capitalised words, then a government noun:
    the index after that noun, else 0."""
    if j < len(words) and words[j] == "the":
        j += 1
    caps = 0
    while j < len(words) and caps < 4:
        w = words[j]
        if w[:1].isupper():
            caps += 1
            j += 1
            continue
        return j + 1 if caps and w.rstrip(",.").casefold() in _GOVERNMENT_HEADS else 0
    return 0


def _modifier_of_head(words: list[str], j: int, v: dict) -> bool:
    """A plural verb's form that is a noun before a body's head noun ("the neighbourhood watch
    group", "a book swap club"), not the clause's verb."""
    return 0 < j < len(words) - 1 and words[j + 1].rstrip(",.") in v["heads"] and words[j - 1][:1].islower() \
        and words[j - 1] not in _AND


def _name_after_role_and(words: list[str], j: int, v: dict) -> bool:
    """", Expedition 26 crew member and Satoshi Furukawa, ...": a lower-case role word (or an
    "of" office's capitalised body) closes the office before "and", and two capitalised words
    that can only be a name follow: the
    next person of a list (the two close the apposition: not "journalist and Rajya Sabha MP")."""
    if not (0 < j and j + 3 == len(words)):
        return False
    before = words[j - 1]
    if not (before.islower() and before in v["roles"]):
        # ", Foreign Minister of France and Boris Johnson, ...": an "of" office whose body
        # or place closes before "and" (not "of Foreign Affairs and Lebanese Emigrants")
        if not (before[:1].isupper() and "of" in words[1:j - 1]) \
                or words[j + 1].casefold() in v["demonyms"]:
            return False
    return _name_pair_after_office(words[j + 1], words[j + 2], v)


def _office_next(words: list[str], j: int, v: dict) -> bool:
    """", founder and CEO of SpaceX speaks": after "and" an office's word (a role or its
    modifier), not the next person's name, so the verb further on is the caption's."""
    if j >= len(words):
        return False
    low = words[j].casefold().rstrip(".,")
    return low in v["roles"] or (low in v["modifiers"] and words[j][:1].islower())


def _verb_after_body(words: list[str], j: int, k: int, v: dict) -> bool:
    """", founder and CEO of SpaceX speaks during ...": in an apposition no comma closes, a
    lower-case word in -s right after the body's capitalised name is the caption's verb."""
    w = words[j]
    if j <= k or not words[j - 1][:1].isupper() or len(w) < 4 or not w.isalpha():
        return False
    low = w.casefold()
    if low[-1] != "s" or low.endswith(("ss", "us", "is", "ics")):
        return False
    return low not in v["roles"] and low not in v["domains"] and not _plural_role(low, v) \
        and low[:-1] not in v["roles"] and low not in v["family"]


def _given_name_next(words: list[str], j: int, v: dict) -> bool:
    """"Prince of Wales and Catherine": after "and" a given name, no office's word, opens the
    next person (who may carry an apposition of their own)."""
    if j >= len(words):
        return False
    w = words[j]
    low = w.casefold().rstrip(".,")
    if j + 1 < len(words) and words[-1].islower() and words[-1] in v["roles"]:
        return False  # "and Christian Democratic Union party leader": a body's name, then its office
    return bool(w[:1].isupper() and low in v["given"] and low not in v["domains"] and low not in v["roles"]
                and (low not in v["places"] or j == len(words) - 1))  # ("and Mary," a place's name too)


def _titled_name_next(words: list[str], j: int, v: dict) -> bool:
    """"and tournament chair Debbie Jevans", "and wife Mirka Federer": lower-case words
    ending in a role or a relation, then a name."""
    roles, family = v["roles"], v["family"]
    if j + 1 < len(words) and words[j][:1].isupper() and words[j].casefold() in roles \
            and words[j + 1][:1].isupper() and (
                words[j + 1].casefold().rstrip(".,") in v["given"]
                or j + 2 < len(words) and _closing_name_pair(words, j + 1, v)):
        return True  # "the Duchess of Cambridge and Prince William leave": a titled given name
    if words[j:j + 1] and words[j][:1].isupper():
        # "chairman of CORE and Mississippi Gov. Haley Barbour": capitalised qualifiers (a
        # state, a party), then a capitalised role word and a name: the next person
        for i in range(j + 1, min(j + 3, len(words) - 1)):
            w = words[i]
            low = w.casefold().rstrip(".,")
            if low in roles:
                nxt = words[i + 1]
                return nxt[:1].isupper() and (nxt.casefold().rstrip(".,") in v["given"] or (
                    i + 2 < len(words) and _name_pair_after_office(nxt, words[i + 2], v)))
            if not w[:1].isupper() or low in v["domains"]:
                break
    for i in range(j, min(j + 4, len(words) - 1)):
        w = words[i]
        if not w[:1].islower():
            return False
        low = w.casefold()
        if (low in roles or low in family) and words[i + 1][:1].isupper():
            return True
    return False


def _clause_verb(words: list[str], v: dict) -> bool:
    """A caption verb among lower-case words: the phrase runs on into the main clause."""
    plural = _plural_verbs(v)
    for w in words:
        if w[:1].islower() and (w in v["verbs"] or w in plural):
            return True
    return False


def _of_title(phrase: str) -> str:
    """"of the U.S." -> "U.S.": a final period goes unless it closes a dotted abbreviation."""
    phrase = phrase.rstrip(",")
    if phrase.endswith(".") and "." not in phrase[phrase.rfind(" ") + 1:-1]:
        phrase = phrase.rstrip(".")
    return phrase


# a body named after "from the" (the words _OF_TEAM reads after "of")
_FROM_THE_BODY = re.compile(r" from the ([A-Z][\w.'\u2019\-]*(?:\s+(?:(?:for|of)\s+(?:the\s+)?(?=[A-Z]))?"
                            r"(?:[A-Z][\w.'\u2019\-]*|\d+\w*))*)")
# the last words of a building or ground one is taken "from", no body one belongs to
_FROM_PLACE_HEADS = frozenset(("house", "lawn", "office", "palace", "hall", "building", "capitol", "room",
                               "stage", "field", "court", "square", "airport", "station", "hospital",
                               "stadium", "arena", "ship", "plane", "car", "river", "sea", "sky"))


def _from_the_body(text: str, at: int, v: dict) -> str | None:
    """"David Le'aupepe from the Gang of Youths said": a body a titleless person is from is the
    title as "of the" gives it; not a place ("from the United States") nor a building one
    leaves ("from the White House")."""
    m = _FROM_THE_BODY.match(text, at)
    if m is None:
        return None
    body = m.group(1)
    last = body.rsplit(" ", 1)[-1].casefold()
    if _norm(body) in v["places"] or _norm("the " + body) in v["places"] or last in _FROM_PLACE_HEADS \
            or " " not in body or not _is_team_or_country(body, v):
        return None
    if text.startswith(" (", m.end()):
        return _with_abbreviation(text, m.end(), body, v)  # ("... Deutschlands (SPD)", as after "of")
    return body


def _is_team_or_country(phrase: str, v: dict) -> bool:
    words = phrase.split()
    if not words or len(words) > 5 and not (len(words) <= 8 and words[-1].casefold().rstrip(",.") in v["heads"]):
        return False  # (a body's long name ends in its head: "Whitefeather Forest Community Resource Management Authority")
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("for", "the", "of") for w in words)


# ---------------------------------------------------------------- keep or drop

# head nouns that are common surnames too: after a given name they end a person's name
_SURNAME_HEADS = frozenset(("hill", "park", "hall", "church", "court", "lake", "bay", "house",
                            "castle", "street", "bridge", "garden", "chapel", "dance", "day",
                            "lane", "field", "law", "peak"))  # Nathan Lane, Sally Field, Jude Law
_PLACE_PREPS = frozenset("""in at near outside inside into across toward towards through throughout
    around on onto off over along beyond within under""".split()
                         # dpa's German "im Berliner Olympiastadion", "beim", "vom", "zum", "zur"
                         + ["im", "beim", "vom", "zum", "zur"])


# a knight's or dame's style, written before the given name alone ("Sir John", "Dame Judi")
_KNIGHT_STYLES = frozenset(("sir", "dame"))
# honorifics that stand only before a person's surname ("Miss" may open a pageant's title)
_PERSONAL_HONORIFICS = frozenset(("mr", "mrs", "ms", "mx", "dr"))


def _the_before_caps(toks: list, first: int) -> bool:
    """"the" opens the capitalised words before `first` ("the Yavuz Sultan | Selim Bridge")."""
    j = first - 1
    while j >= 0 and j > first - 5 and toks[j].cap and toks[j].word and not toks[j].poss and not toks[j].masked:
        j -= 1
    return j >= 0 and j < first - 1 and toks[j].low == "the"


# capitalised prepositions that place a person in a title-case caption ("President William Ruto
# At State House"): no thing named for a person goes on with one
_PLACING_PREPS = frozenset(("at", "in", "on", "inside", "outside", "near"))


def _common_word_tail(name_toks: list, v: dict) -> bool:
    """After a given name and one more word, two words or more of everyday English that are no
    known surname or given name ("Joe Biden Birthday Cake Display", "Donald Trump Boxing Inspired
    Class"): a title-case headline's thing named for the person, no longer name."""
    common, known, given = v["common"], v["known"], v["given"]
    k = 0
    for t in name_toks[2:]:
        if t.low in common and t.key not in known and t.low not in given and not t.upper:
            k += 1
    return k >= 2


def _two_places(name_toks: list, v: dict) -> bool:
    """The run is a place's name of two words or more, then another place's ("Sierra Leone
    Freetown"), no name word left (a one-word place first may be a given name: "Kent Austin")."""
    places = v["places"]
    n = len(name_toks)
    for k in range(2, n):
        head = " ".join([t.text for t in name_toks[:k]])
        if _norm(head) in places:
            rest = " ".join([t.text for t in name_toks[k:]])
            if _norm(rest) in places:
                return True
    return False


@functools.cache
def _ward_cities() -> frozenset[str]:
    """Japan's cities in the hand table (world_cities.tsv): cities split into named wards (ku)."""
    out = set()
    for ln in _lines("world_cities.tsv"):
        cols = ln.split("\t")
        if len(cols) > 1 and cols[1] == "Japan":
            out.add(cols[0].casefold())
    return frozenset(out)


def _city_ward(toks: list, first: int, n0, v: dict) -> bool:
    """The run "X Ward" stands right after a Japanese city's possessive ("Kyoto's Higashiyama
    Ward") and X is no given or known name: the city's ward, not a Mr Ward ("London's Joel Ward"
    stays a player: only Japan's cities are split into wards so named)."""
    if first < 1:
        return False
    prev = toks[first - 1]
    return prev.poss and prev.cap and prev.low in _ward_cities() and not _given_name(n0, v) \
        and n0.key not in v["known"]


def _day_ordinal(toks: list, i: int) -> bool:
    """toks[i] ("12th") is a day of the month: "June 12th", "on the 12th", "12th June"."""
    if i + 1 < len(toks) and toks[i + 1].month:
        return True
    if i and toks[i - 1].month or i and toks[i - 1].low == "on":
        return True
    return i > 1 and toks[i - 1].low == "the" and toks[i - 2].low == "on"


def _plausible(toks, name_idx, name_toks, key, v, titled, position, found, of_split, role,
               family=False) -> bool:
    # (what the name alone rules out, _mention has ruled out already)
    # (the name's ends and the tokens around it in typed locals: compiled, their reads are C
    # fields where name_toks[0].x looks the attribute up by name)
    n = len(name_toks)
    n0 = name_toks[0]
    nl = name_toks[-1]
    if n == 1 and n0.prefix and not titled:
        return False  # "Camp" alone
    if n == 1 and n0.prefix and name_idx[0] + 1 < len(toks) and toks[name_idx[0] + 1].bad_end:
        return False  # "Tokyo's Parc des Princes": a place's head before its particle, titled by its town
    if n == 1 and n0.low[-1:] == "s" and _plural_role(n0.low, v):
        return False  # "receives Speakers and Some Deputy Speakers of ...": an office's holders, unnamed
    if n > 1 and nl.low[-1:] == "s" and nl.cap and not titled and _plural_role(nl.low, v) \
            and not _given_name(n0, v):
        return False  # "with Democratic Senators (not pictured) Patty Murray ...": the holders, unnamed
    if n == 2 and nl.head and not role \
            and not (nl.low in _SURNAME_HEADS and (_given_name(n0, v) or (position and n0.plain)
                                                   or _head_surname_acts(toks, name_idx, v))) \
            and not (_given_name(n0, v) and _age_follows(toks, name_idx[-1])):
        return False  # "Kennedy Center": a thing unless a role names its holder ("Linda Park" is somebody)
        # (or a given name and an age set off by commas: "Robert Market, 82, sits" is somebody)
    if n == 2 and nl.head and role and name_idx[0] >= 2 and _the_before_caps(toks, name_idx[0]) \
            and nl.low not in _SURNAME_HEADS:
        return False  # "the General Election Commission": a thing's adjective, not a rank
    if n == 2 and nl.head and role and name_idx[0] >= 1 \
            and toks[name_idx[0] - 1].low in _GIVEN_NAME_ROLES and toks[name_idx[0] - 1].cap \
            and not (nl.low in _SURNAME_HEADS and (position or _head_surname_acts(toks, name_idx, v))):
        return False  # "King Hussein Bridge", "the Yavuz Sultan Selim Bridge": a thing named for a ruler
    if n == 2 and nl.head and role and nl.low not in _SURNAME_HEADS \
            and not _given_name(n0, v) and n0.low not in v["known"] \
            and not _lower_role_then_acts(toks, name_idx, v):
        return False  # "Criminal Justice Training Commission": "Justice" is no rank of a "Training"
        # (but "Louisville quarterback Jawon Pass is tackled": a lower-case role, the name, its verb)
    if n > 1 and n0.head and n0.cap and not titled and not position and n0.low not in _SURNAME_HEADS \
            and not _given_name(n0, v) and n0.key not in v["known"] \
            and not _athlete_of_country(toks, name_idx, name_toks, v):
        return False  # "the amfAR Gala Los Angeles", "the annual Awards Dinner": a thing's head opens no name
    if of_split and n == 1 and not (name_idx[0] and toks[name_idx[0] - 1].cap
                                    and toks[name_idx[0] - 1].low in _GIVEN_NAME_ROLES):
        return False  # "Duke of Edinburgh", "Prince of Wales": known only by a title
        # (not "The Duke of Sussex Prince Harry": a royal title of his own before the given name)
    first = name_idx[0]
    after = name_idx[-1] + 1
    prev = toks[first - 1] if first else None
    if prev is not None and not prev.cap and prev.low in _UNNAMED_WORDS and nl.low[-1:] == "s":
        return False  # "with unidentified Playboy Bunnies": the people are unnamed, the run is their group
    if prev is not None and prev.low in _PLACE_GROUP_LEADS and after < len(toks) and toks[after].low in _PLACE_GROUP_NOUNS:
        return False  # "in several Great Plain states", "the Gulf Coast cities": a region's name before its places
    nxt = toks[after] if after < len(toks) else None
    if (first and prev.text == "Our") or (first > 1 and toks[first - 2].text == "Our"):
        return False  # "Church of Our Lady of Guadalupe", "Our Saviour": a dedication, not a person
    if not titled and not position and nxt is not None and _group_plural_next(nxt, v):
        return False  # "Heads of State and Official Overseas Guests": the group's adjectives
    if first and prev.low in _STANCE_PREFIXES and not prev.cap:
        return False  # "anti Merkel placards", "a pro Bolsonaro flag": a stance, not a person named
    if n > 1 and nxt is not None and nxt.low == "of" and not nxt.cap and nl.role_cs and nl.cap and not titled \
            and not position and not _given_name(n0, v) and n0.key not in v["known"]:
        return False  # "Commonwealth Winner of 10,000M race Florence Kiplagat": an office and its "of", no name
    if n > 3 and not position and _given_name(n0, v) and _common_word_tail(name_toks, v):
        return False  # "Bakery Unveils Joe Biden Birthday Cake Display": a thing named for a person
    if n > 2 and not titled and not position and _two_places(name_toks, v):
        return False  # "Netherlands Antilles Sint Maarten - a jet lands": a country, then its town
    if n == 2 and nl.low == "ward" and _city_ward(toks, name_idx[0], n0, v):
        return False  # "Tokyo's Chiyoda Ward": a city's ward, not a Mr Ward (Ward is no thing head: a surname too)
    if first and prev.low[-2:] in _ORDINAL_ENDS and prev.low[:-2].isdigit() and not titled and not position \
            and not _given_name(n0, v) and n0.key not in v["known"] and not _day_ordinal(toks, first - 1):
        return False  # "the 72nd Borana Pastoralist chief": a count of holders or editions opens no name
    if after + 1 < len(toks) and not nxt.cap and toks[after + 1].cap \
            and nl.low.rpartition("-")[2] in v["paper_heads"] and _plural_role(nxt.low, v):
        return False  # "Seattle Times photographers Bettina Hansen, ...": the staff's paper
    if after + 1 < len(toks) and nl.upper and not nxt.cap and nxt.low[-1:] == "s" \
            and toks[after + 1].cap and _short_caps(nl) and _plural_role(nxt.low, v):
        return False  # "Co-lead AFD candidates Alice Weidel and ...": a party's members
    if nl.low in v["name_tail_adj"] and not nl.poss:
        return False  # "the Tokyo Olympic marathons", "the Liberal Democratic (LDP) Party": a modifier, no name
    if not position and nxt is not None and nxt.low in v["thing_after"] \
            and not nxt.cap and not nl.poss:
        return False  # "Boeing's Starliner spacecraft", "the Ingenuity helicopter"
    if not position and nxt is not None and not nl.poss and after + 2 < len(toks) and prev is not None \
            and (prev.low in _AHEAD_ARTICLES or (prev.cap and prev.low in v["demonyms"])) \
            and _craft_after_kind(toks, after, v):
        return False  # "a failed Musudan Intermediate range ballistic missile launch": its kind between
    if not position and after + 1 < len(toks) and nxt.text[:1].isdigit() and len(nxt.text) <= 4 \
            and toks[after + 1].low in v["thing_after"] and not toks[after + 1].cap:
        return False  # "a SpaceX Falcon 9 rocket", "the Long March 5 rocket": a model's number, then the craft
    if not position and not titled and nxt is not None and not nl.poss and _label_noun_after(toks, after, v) \
            and _label_thing(toks, first, v):
        return False  # "wearing a black Vera Wang gown", "in an Oscar de la Renta dress": the label's name
    if not position and prev is not None and prev.text == "," and nxt is not None and nxt.text == "(" \
            and after + 2 < len(toks) and toks[after + 2].text == ")" and _YEAR_WORD.fullmatch(toks[after + 1].text):
        return False  # the art press's "Inka Essenhigh, Forever Young (2020)": a work's title and year
    if not position and after + 1 < len(toks) and nxt.cap and nxt.word \
            and not nxt.masked and nxt.low in v["not_name"] and not nxt.poss \
            and (nxt.head or (toks[after + 1].head and toks[after + 1].cap and nxt.low not in _PLACING_PREPS)):
        return False  # "Sultan Qaboos Sports Complex", "Sheikh Zayed Grand Mosque": a thing named for them
        # (not a title-case "At"/"In" placing the person: "President X At State House")
    if not titled and not position and nxt is not None and (nxt.low == "is" or nxt.low == "was") \
            and _place_predicate(toks, after, v):
        return False  # "Gawalmandi is the city's neighborhood", "X is the oldest temple in Thimphu"
    if not titled and _inside_thing_name(toks, name_idx, v):
        return False
    if nxt is not None and nxt.poss and _group_possessive_after(toks, name_idx[-1], v):
        return False
    if len(name_toks) == 1:
        if position or (titled and role) or family:
            return True
        if prev is not None and prev.hon and prev.low in _PERSONAL_HONORIFICS and n0.cap \
                and not (n0.poss and nxt is not None and nxt.cap):
            return True  # NYT's "Mr. Lopez", "Dr. Patel": a surname after Mr., Ms., Dr. is somebody
            # (not "Mrs Macquarie's Chair": a place named for her)
        if prev is not None and prev.hon and prev.low in _KNIGHT_STYLES and n0.low in v["given"] and not n0.poss \
                and (nxt is None or not (nxt.cap and nxt.word)):
            return True  # British usage: "Nana Akufo-Addo and Sir John", "Sir Keir speaks": a knight by given name
        if titled:
            # "Manchester City's Rodri lifts ...": a one-word name after a team possessive
            # must be followed by its verb, not by "on"/"at" ("Women's Qualification on ...")
            # (nxt: the token after the name, toks[name_idx[-1] + 1], or None)
            if nxt is not None and (nxt.text == "," or nxt.low == "and"):
                return _names_list_after(toks, name_idx[-1] + 1)  # "Real Madrid's Rodrygo, Vinicius Junior and ..."
            if (nxt is None or nxt.text == ".") and prev is not None and prev.poss:
                return _object_owner(toks, first - 1)  # "... celebrates with Atletico Mineiro's Hulk"
            return bool(nxt is not None and nxt.word and not nxt.cap and nxt.low not in v["not_name"])
        if _thing_named_before(toks, first):
            return False  # "Hurricane Milton approaches ... Milton is expected to"
        # a surname or first name alone is listed only when it repeats someone named
        return _repeats(key, found) or key in v["known"] or _age_follows(toks, name_idx[-1]) \
            or _bracket_aged_roll(toks, first, v) or _known_alone(toks, first, v) or _named_person(toks, first, v) or _lone_person_cue(toks, first, v, found) \
            or _person_apposition_after(toks, first) or _birth_name_after(toks, first) \
            or _bracket_aged_kin(toks, first, v)
    if titled:
        return True
    if n > 2 and name_toks[0].low in v["roles"] and _has_of(name_toks):
        return False  # "Executive Vice President, Head of Genesis, introduces": an office, no name
    if prev is not None and first >= 2 and _model_year_or_new(toks, first) and not _given_name(name_toks[0], v) \
            and name_toks[0].key not in v["known"] and _product_next(toks, after, v):
        return False  # "The 2020 Hyundai Venue is revealed", "the new Hyundai Sonata": a product
    if prev is not None and prev.word and not prev.masked and (
            prev.low in _PLACE_PREPS or prev.low in ("the", "a", "an")) \
            and not (nl.poss and prev.low in _PLACE_PREPS) \
            and not (prev.low == "on" and not _any_head(name_toks)
                     and (n0.low in v["given"] or (first >= 2 and toks[first - 2].low in _ON_A_PLAYER))) \
            and not (prev.low == "under" and _leader_under(name_toks)) \
            and not (prev.low == "a" and _and_a_between_names(toks, first, name_toks, v)) \
            and not _looked_at_or_beaten(toks, name_idx, name_toks, v) \
            and not _maker_noun_after(prev, nl, toks, after, name_toks, v):
        return False  # (not "at Andy Warhol's painting": a possessive is no place)
        # (nor "lands a punch on Tyson Fury", "scores on Jordan Binnington": a given name after "on",
        # nor "improved under Brendan Rodgers": a given name and surname after "under" is a leader)
    return True


# what stands before a label's name on a garment or a camera ("a", "her", "wearing", "in",
# "using Speed Graphic cameras")
_LABEL_LEADS = frozenset(("a", "an", "the", "her", "his", "their", "its", "my", "our", "your",
                          "in", "wearing", "wears", "wore", "wear", "worn", "donning", "dons", "don",
                          "using", "uses", "holding", "holds", "carrying", "carries"))


def _label_noun_after(toks: list, after: int, v: dict) -> bool:
    """A garment's or camera's noun (label_thing_nouns.txt) at `after`, or one lower-case describing
    word before it ("her flowing Christian Dior Haute Couture red gown")."""
    t = toks[after]
    if t.cap or not t.word:
        return False
    if t.low in v["label_things"]:
        return True
    if after + 1 >= len(toks) or t.low in v["not_name"] or t.low in v["verbs"] or t.role:
        return False
    nxt = toks[after + 1]
    return nxt.low in v["label_things"] and not nxt.cap


def _label_thing(toks: list, first: int, v: dict) -> bool:
    """The run opening at `first`, followed by a garment's or camera's noun (label_thing_nouns.txt),
    names its label or maker: an article, a possessive pronoun or a wearing word stands before it,
    with at most three lower-case describing words between ("wearing a black Vera Wang gown",
    "her pink Stella McCartney jumpsuit", "in Antonio Berardi dress"); not a relation, a person's
    noun, a role or a verb ("his twin brother Georgie dress up": Georgie is somebody)."""
    k = first - 1
    while k >= 0 and first - k <= 4:
        t = toks[k]
        if not t.word or t.cap or t.masked:
            return False
        if t.low in _LABEL_LEADS:
            return True
        if t.low in v["not_name"] or t.low in v["family"] or t.low in _PERSON_NOUNS or t.role \
                or t.low in v["verbs"]:
            return False
        k -= 1
    return False


def _place_predicate(toks: list, k: int, v: dict) -> bool:
    """"is the city's neighborhood", "is the oldest temple in ...": at k "is" or "was", then an
    article or a possessive and lower-case words up to the phrase's last word, a place's noun
    (place_nouns.txt, _PLACE_PREDICATE_HEADS): the name before it is that place's
    ("is the temple's priest" ends in a person's noun and is left alone)."""
    n = len(toks)
    j = k + 1
    if j >= n or not (toks[j].low in ("the", "a", "an") or toks[j].poss) or toks[k].cap:
        return False
    head = None
    j += 1
    while j < n and j <= k + 6:
        t = toks[j]
        if not t.word or t.cap or t.masked or t.low in v["not_name"] or t.low in v["verbs"] \
                or (head is not None and t.low[-2:] in ("ed", "ng")):
            break  # (a participle closes the phrase: "the city's neighborhood crammed with")
        head = t
        if t.poss:
            head = None  # ("the city's neighborhood": the owner is no head)
        j += 1
    return head is not None and (head.place_noun or head.low in _PLACE_PREDICATE_HEADS)


# places and sites a predicate may end in besides place_nouns.txt ("is a town in ...", "is the
# oldest temple in ..."); not all of thing_heads.txt: "is a long way from home", "the party"
_PLACE_PREDICATE_HEADS = frozenset(("town", "city", "capital", "quarter", "temple", "monastery", "church",
                                    "cathedral", "shrine", "sanctuary", "reserve", "park", "market"))


# singular nouns for a person (besides family_words' relations): "a girl named Amara"
_PERSON_NOUNS = frozenset(("girl", "boy", "man", "woman", "child", "baby", "toddler", "infant", "teen",
                           "teenager", "kid", "person", "student", "pupil", "resident", "villager", "farmer",
                           "refugee", "migrant", "survivor", "victim", "worker", "soldier", "fighter", "youth"))


def _named_person(toks: list, first: int, v: dict) -> bool:
    """"An 11-year-old girl named Protegee": a one-word name after `named` or `called` that
    follows a noun for a person (or a relation: "a son named Ali") is that person's."""
    if first < 2 or toks[first - 1].low not in ("named", "called") or toks[first - 1].cap:
        return False
    k = first - 2
    if toks[k].low == "also" and k >= 1 and not toks[k].cap:
        k -= 1  # "her granddaughter, also named Ayse,": the relation before the comma
        if toks[k].text == "," and k >= 1:
            k -= 1
    p = toks[k]
    return p.word and not p.cap and (p.low in _PERSON_NOUNS or p.low in v["family"])


def _has_of(name_toks: list) -> bool:
    """An "of" among a run's words (a plain loop: no generator inside _plausible)."""
    for t in name_toks:
        if t.low == "of":
            return True
    return False


def _model_year_or_new(toks: list, first: int) -> bool:
    """An article, then a model year or "new", just before the run: "The 2020 Hyundai Venue",
    "a 2018 Dodge Demon vehicle", "the new Hyundai Sonata" name a product (a titled person
    never reaches this test: "the new Prime Minister Keir Starmer"; the caller keeps a run
    opening with a given name: "a 2024 Kamala Harris rally")."""
    p = toks[first - 1]
    a = toks[first - 2]
    if a.low not in _PRODUCT_DETERMINERS:
        return False
    if p.low == "new":
        return a.low != "new"
    return p.digit and len(p.text) == 4 and p.text.isdigit() and p.text[:2] in ("19", "20")


def _product_next(toks: list, k: int, v: dict) -> bool:
    """After a product's name: its noun ("vehicle", "SUV", "car"), "is"/"was" ("is revealed"),
    or the sentence's end; not an event's noun ("a 2024 Kamala Harris rally")."""
    if k >= len(toks):
        return True
    t = toks[k]
    return t.low in _PRODUCT_VERBS or t.text in (",", ".") or t.low in v["owned_nouns"] \
        or (t.upper and t.low in _PRODUCT_ACRONYMS)


_PRODUCT_VERBS = frozenset(("is", "was", "are", "were", "will"))
_PRODUCT_ACRONYMS = frozenset(("suv", "ev", "suvs", "evs"))
# what stands before a model year or "new" in front of a product's name
_PRODUCT_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "new"))


def _maker_noun_after(prev, nl, toks: list, after: int, name_toks: list, v: dict) -> bool:
    """A person's whole name between "the"/"a"/"an" and a noun of a work or a make (maker_nouns.txt):
    "the Anthony Gormley statues", "a Frida Kahlo retrospective" name the maker, a person mentioned.
    The name opens with a given name and holds no thing's head ("the Anne Frank House" stays out)."""
    if after >= len(toks) or prev.low not in _AHEAD_ARTICLES or nl.poss:
        return False
    t = toks[after]
    return not t.cap and t.low in v["maker_nouns"] and _given_name(name_toks[0], v) and not _any_head(name_toks)


def _looked_at_or_beaten(toks: list, name_idx: list, name_toks: list, v: dict) -> bool:
    """A person after "at" or "over" that a verb of looking or a win stands before: "looks at
    Andre De Grasse of Canada", "smiles at Julia Roberts", "the victory over Mark Overgard
    Madsen" (the name opening with a given name or followed by "of" and a country: "looks at
    New York" stays a place)."""
    first = name_idx[0]
    if first < 2:
        return False
    p = toks[first - 1]
    if p.low == "at":
        words = _LOOK_VERBS
    elif p.low == "over":
        words = _WIN_NOUNS
    elif p.low == "around" or p.low == "near":
        words = _GATHER_VERBS if p.low == "around" else _STAND_VERBS
        if len(name_toks) < 2:
            return False  # ("crowds gather around Sydney": a given name alone may be a town)
    else:
        return False
    t = toks[first - 2]
    if t.low not in words or t.cap or _any_head(name_toks):
        return False
    k = name_idx[-1] + 2
    return _given_name(name_toks[0], v) or (len(name_toks) > 1 and k < len(toks)
                                             and toks[k - 1].low == "of" and toks[k].low in v["places"])


# verbs of crowding whose "around" rings a person ("fans crowd around Daniel Brill"), and of
# standing or sitting whose "near" is beside one ("stands near Daniel Brill"): a given name and
# a surname after them is a person, not a place
_GATHER_VERBS = frozenset(("crowd", "crowds", "crowded", "crowding", "gather", "gathers", "gathered", "gathering",
                           "huddle", "huddles", "huddled", "huddling", "swarm", "swarms", "mob", "mobs", "cluster"))
_STAND_VERBS = frozenset(("stands", "stand", "standing", "stood", "sits", "sit", "sitting", "sat",
                          "waits", "waiting", "poses", "posing", "kneels", "kneeling"))
# verbs of looking or gesturing whose "at" points at a person, and wins "over" one
_LOOK_VERBS = frozenset(("looks", "look", "looking", "smiles", "smile", "smiling", "stares", "glances",
                         "gazes", "waves", "points", "pointing", "shouts", "yells", "laughs", "winks",
                         "gestures", "gesturing", "grins", "glares", "swings", "lunges"))
_WIN_NOUNS = frozenset(("victory", "win", "triumph", "wins", "victories", "upset",
                        # a shot or a leap over a defender ("takes a shot over Justin Smart", "dunks over X")
                        "shot", "shoots", "shooting", "dunks", "dunking", "leaps", "leaping", "jumps", "jumping",
                        "passes", "passing", "lobs", "reaches", "reaching"))


def _short_caps(t: Tok) -> bool:
    """A word of two to five capitals: an abbreviation ("AFD", "NDP"), not a surname."""
    return 2 <= t.n <= 5 and t.text.isalpha() and t.text.isupper()


def _group_plural_next(t: Tok, v: dict) -> bool:
    """A capitalised plural group noun ("Guests", "Dignitaries") right after a name run."""
    return t.cap and t.word and not t.masked and t.low[-1:] == "s" and t.low in v["not_name"] \
        and not t.poss


def _lower_role_then_acts(toks: list[Tok], name_idx, v: dict) -> bool:
    """"quarterback Jawon Pass is tackled": a role word in lower case right before two name
    words whose last is a head noun, a caption verb right after, is a person's name and its
    role, not a thing's name ("Eagle Pass", "Fish Market" have no role before them)."""
    first = name_idx[0]
    after = name_idx[-1] + 1
    if first < 1 or after >= len(toks):
        return False
    p = toks[first - 1]
    a = toks[first]
    nxt = toks[after]
    return p.word and not p.cap and p.role_cs and not p.poss and a.plain and not a.poss \
        and a.key not in v["places"] and nxt.word and not nxt.cap and nxt.low in v["verbs"]


def _leader_under(name_toks: list[Tok]) -> bool:
    """"improved under Brendan Rodgers": after "under", two or three name words none of which
    is a place's, thing's, title's or acronym's (Tok.nobody) name the leader, not a place
    something stands under ("under Tower Bridge", "under Santa Monica Pier")."""
    if len(name_toks) < 2 or len(name_toks) > 3:
        return False
    for t in name_toks:  # (a plain loop: see _any_head)
        if t.nobody or not t.plain or t.poss:
            return False
    return True


def _any_head(name_toks: list[Tok]) -> bool:
    """A place's head word among the name's words (a plain loop: the compiled build takes no
    generator inside _plausible)."""
    for t in name_toks:
        if t.head:
            return True
    return False


def _names_list_after(toks: list[Tok], k: int) -> bool:
    """A list of players goes on from k: ", Name ... and Given Surname" or "and Given Surname"
    (a full two-word name closes it), so the one-word name before it is the list's first."""
    n = len(toks)
    for i in range(k, min(k + 8, n - 2)):
        t = toks[i]
        if t.low == "and":
            a, b = toks[i + 1], toks[i + 2]
            return a.cap and a.word and not a.masked and b.cap and b.word and not b.masked
        if not (t.text == "," or (t.cap and t.word and not t.masked)):
            return False
    return False


def _thing_named_before(toks: list[Tok], i: int) -> bool:
    """A lone word that earlier followed a thing prefix names that thing ("Hurricane Milton")."""
    low = toks[i].low
    for j in range(1, i):
        t = toks[j]  # (a typed local when compiled: its read is a C field)
        if t.low == low and toks[j - 1].prefix:
            return True
    return False


def _initials_after_role(toks: list[Tok], title_idx, name_toks: list[Tok], v: dict) -> bool:
    """"Governor CP Radhakrishnan", "Chief Minister HD Kumaraswamy": after a capitalised role, two
    capitals then a surname or two are a name's initials (South Indian style), not an
    acronym, unless the letters are a place's or a body's code ("UN", "EU", caps_acronyms.txt)."""
    if not title_idx or not 2 <= len(name_toks) <= 3:
        return False
    r = toks[title_idx[-1]]
    f = name_toks[0]
    return bool(r.role and r.cap and f.upper and f.n == 2 and f.text.isalpha() and f.key not in v["places"]
                and f.low not in v["caps_acronyms"] and f.low not in v["roles"]
                and all(t.plain and not t.upper and not t.poss for t in name_toks[1:]))


# a position between commas closing the text before a name: "Harriett Drummond, left, |"
_POS_COMMA_BEFORE = re.compile(r",\s*(?:" + _POS_WORDS + r")\s*,\s*$", re.I)


def _positioned_list_member(text: str, starts: list, name_idx, name_toks: list[Tok]) -> bool:
    """"Harriett Drummond, left, Les Gara, middle, and ...": two capitalised words opening with
    a thing's prefix ("Les", "San"), a position after them between commas and another
    position just before them: a member of a list of people by where they stand."""
    if len(name_toks) != 2 or not name_toks[0].prefix or not name_toks[1].cap or name_toks[1].head:
        return False
    a = starts[name_idx[0]]
    end = starts[name_idx[-1]] + name_toks[-1].n
    return _POS_COMMA.match(text, end) is not None and _POS_COMMA_BEFORE.search(text, max(0, a - 40), a) is not None


def _given_after_role(toks: list[Tok], title_idx, name_toks: list[Tok], v: dict) -> bool:
    """"University of Michigan President Santa Ono": after a role, a thing's prefix that is
    a given name too opens a person's name."""
    # (or a particle opening a name of three words or more: "Deputy Prime Minister Le Thanh Long")
    return bool(title_idx and (toks[title_idx[-1]].role or _role_of_title(toks, title_idx))
                and len(name_toks) >= 2 and name_toks[0].prefix
                and (name_toks[0].low in v["given"] or (len(name_toks) >= 3 and name_toks[0].low in v["particles"]))
                and not any(t.head for t in name_toks)
                and all(t.surename or t.low in v["particles"] for t in name_toks[1:]))


def _role_of_title(toks: list[Tok], title_idx) -> bool:
    """A title "ROLE of X" ("Mayor of Kyiv", "President of the Senate"): an office, its body after it."""
    return len(title_idx) >= 3 and toks[title_idx[0]].role and toks[title_idx[1]].low == "of"


# a Korean given name written first, its second syllable in lower case: "Soon-ja", "Ji-sung"
_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


def _given_name(t: Tok, v: dict) -> bool:
    """A common given name (given_names.txt), or a Korean one ("Soon-ja Park", "Ji-sung Park")."""
    return t.low in v["given"] or ("-" in t.text and bool(_HYPHEN_GIVEN.fullmatch(t.text)))


_QUANTIFIERS = frozenset(("several", "many", "some", "most", "few", "all", "hundreds", "dozens", "thousands"))


def _peoples_group(name_toks: list, v: dict) -> bool:
    """`several Pakistani Taliban detainees`, `Afghan Taliban`, `Several Yemeni Houthis`: a group of
    not_people.txt after only its people's adjectives (and a quantifier opening a sentence) is the
    group, no person."""
    for t in name_toks[:-1]:
        if t.low not in v["peoples"] and t.low not in _QUANTIFIERS:
            return False
    return True


def _photographer_pictured(doc: Doc, run: list[int], v: dict) -> bool:
    """The credited photographer named in the caption's own grammar is pictured too: a role
    word before ("Reuters photographer Hannah McKay"), a position, "of" a country or team, or
    a caption verb after ("Bettina Hansen, foreground;", "Julian Alvarez of Argentina scores").
    A bare byline left at the description's end has none of these."""
    toks = doc.toks
    first, last = run[0], run[-1]
    if first and toks[first - 1].word and not toks[first - 1].cap and _role_word(toks[first - 1].low, v):
        return True
    end = doc.starts[last] + toks[last].n
    text = doc.text
    c = _after_spaces(text, end)  # (both patterns open with spaces, then "(" or ",")
    if (c == "(" and _POS_PAREN.match(text, end)) \
            or (c == "," and _POS_COMMA_START.match(text, end) and _POS_COMMA.match(text, end)):
        return True
    if c == "," and _AGE_THEN_WORD.match(text, end):
        return True  # "Wayne Painter, 70, saw the sun set": an age, then the clause goes on
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or not nxt.word:
        return False
    if nxt.low == "of" and last + 2 < len(toks) and toks[last + 2].cap and toks[last + 2].word:
        return True
    if nxt.cap or nxt.masked:
        return False
    if nxt.low in v["verbs"]:
        return True
    if not nxt.low.isalpha() or nxt.low in _BYLINE_WORDS_AFTER:
        return False
    if nxt.low.endswith("ed") and len(nxt.low) > 4:
        return True  # "Jamie Russell captured this moment": a past tense (a byline has none)
    return first >= 2 and toks[first - 1].low == "and" and toks[first - 2].cap and toks[first - 2].word
    # ("Nigel Cox and Kevin Jay light up the shoreline": the verb of a pair named before it)


# ", 70, saw": an age between commas after a name, then a lower-case word
_AGE_THEN_WORD = re.compile(r",\s+[0-9]{1,3},\s+[a-z]")
# lower-case words that go on after a byline's name ("Declan Walsh for the Guardian", "Jane
# Roe via AP", "Jane Roe and staff"): no clause of the caption
_BYLINE_WORDS_AFTER = frozenset(("for", "via", "and", "of", "in", "on", "at", "the", "with", "to", "from",
                                 "courtesy", "photo", "photos", "photography", "pictures", "images", "ap"))


def _state_after(toks: list[Tok], last: int, v: dict) -> bool:
    """A comma, an AP state abbreviation and a comma or period after the name: "Bowling
    Green, Ky., on ...", "Elizabethtown, Ky." (a town, never a person)."""
    k = last + 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return False
    t = toks[k + 1]
    return t.text.endswith(".") and t.low in v["ap_states"] and (k + 2 >= len(toks) or toks[k + 2].text in (",", "."))


def _hometown_postal(text: str, starts: list[int], toks: list[Tok], name_idx: list[int]) -> bool:
    """`of Glenelg, MD`: one word after `of`, a comma and a state's postal code that is also a
    degree's letters (so read as `Jane Doe, MD`): a town and its state, no person."""
    last = toks[name_idx[-1]]
    if last.text not in _us_postal_codes():
        return False
    at = starts[name_idx[0]]
    return text.endswith(" of ", 0, at) and text.startswith(", ", at + toks[name_idx[0]].n)


def _honorific_inside(toks: list[Tok], run: list[int]) -> int:
    """The run index of a personal honorific ("Dr", "Mr", "Mrs") inside a run of no role word,
    two or three plain name words after it to the run's end: "Emergency Medicine Dr Malcolm
    Tunnicliff" (0: none)."""
    n = len(run)
    for pos in range(1, n - 2):
        t = toks[run[pos]]
        if t.hon and t.low in _PERSONAL_HONORIFICS and n - pos - 1 <= 3:
            for i in run[pos + 1:]:
                if not toks[i].plain or toks[i].prefix:
                    return 0
            return pos
    return 0


def _given_after_domain(rtoks: list[Tok], k: int, last_name: int, v: dict) -> bool:
    """"Secretary of State Jordan Love", "Secretary of Defense Eugene Levy": a place's word that
    is a given name too, right after an office's domain word and before one or two plain name
    words that end the run, opens the name (not "King of Jordan Abdullah": no domain before)."""
    t = rtoks[k]
    if k < 1 or not 1 <= last_name - k <= 2 or last_name != len(rtoks) - 1:
        return False
    d = rtoks[k - 1]
    if not (d.cap and d.low in v["domains"]):
        # "Prime Minister of India Sydney Sweeney": a town's name right after the office's own
        # one-word country, a name after it ("King of Jordan Abdullah" has one word: no name)
        if not (k >= 2 and rtoks[k - 2].low == "of" and d.cap and _norm(d.text) in v["places"]
                and (t.low in v["given"] or _town_given(t))):
            return False
    elif t.low not in v["given"] and not _town_given(t):
        return False  # ("Secretary of State Lincoln Riley": a town's name that is no country's or state's)
    for i in range(k + 1, last_name + 1):
        if not rtoks[i].plain or rtoks[i].prefix:
            return False
    return True


def _town_given(t: Tok) -> bool:
    """A one-word place name that is no country's or region's ("Sydney", "Lincoln", "Dallas",
    not "Ukraine", "Texas", "Georgia"): where a name must open, it is a given name."""
    return t.cap and t.word and not (t.head or t.prefix or t.acronym or t.upper or t.role or t.hon or t.poss
                                     or t.title_word or "." in t.text) \
        and _norm(t.text) not in _country_region_names()


@functools.cache
def _country_region_names() -> frozenset[str]:
    """Countries and their subdivisions (pycountry) and US states, normalised."""
    names: set[str] = set(map(_norm, _pycountry_country_names()))
    try:
        import pycountry
        for s in pycountry.subdivisions:
            names.add(_norm(s.name))
    except Exception:  # pragma: no cover - a missing package only narrows both tables
        pass
    try:
        names.update(_norm(name) for name in _us_states())
    except Exception:  # pragma: no cover
        pass
    return frozenset(names)


def _place_worded_name(toks: list[Tok], title_idx, name_toks: list[Tok], v: dict, first: int = 0) -> bool:
    """"President Gary Sheffield", "Kerry Washington speaks", "Santa Ono of France": two name
    words that are places' words too (a town, a state) or a given name that opens places'
    names ("Santa", "Santo") make a person's name, not a place: a given name opens it, or a
    role word stands just before it, and the two are no place together (the caller's test)."""
    if len(name_toks) != 2:
        return False
    a = name_toks[0]
    b = name_toks[1]
    if not (a.cap and b.cap and a.word and b.word) or a.poss or a.head or b.head or a.upper or b.upper \
            or a.masked or b.masked or "." in a.text or "." in b.text or a.hyphen_adj or b.hyphen_adj:
        return False
    if a.low in v["roles"] or b.low in v["roles"] or a.low in v["not_name"] or b.low in v["not_name"] \
            or b.prefix or a.key in v["not_people"] or b.key in v["not_people"]:
        return False
    if a.prefix:
        # "Santa Ono": a given name that opens places' names, then a surname no place bears
        # (not "Santa Maria", "Santa Clara": a given name after it names the place)
        return a.low in v["given"] and b.surename and b.low not in v["given"]
    if not (a.surename or a.key in v["places"]) or not (b.surename or b.key in v["places"]):
        return False
    if a.low in v["given"] or (title_idx and toks[title_idx[-1]].role):
        return True
    # "lead guitarist Paris Jackson", "teammates Paris Jackson (L)": a role word in lower case
    p = toks[first - 1] if first else None
    if p is not None and p.word and not p.cap and not p.poss and (p.role_cs or _plural_role(p.low, v)
                                                                  or p.low in v["family"] or p.low == "counterpart"):
        return True  # ("her husband Paris Jackson", "his Chinese counterpart Paris Jackson")
    if p is not None and p.text == "," and first >= 2 and first + 2 < len(toks) and toks[first + 2].text == ",":
        r = toks[first - 2]  # "her husband, Paris Jackson, greet": set off by commas after such a word
        if r.word and not r.cap and not r.poss and (r.role_cs or r.low in v["family"] or r.low == "counterpart"):
            return True
    if (p is None or _clause_start(toks, first)) and _age_follows(toks, first + 1):
        return True  # "Paris Jackson, 34, carries her son": an age after it
    # "Paris Jackson leaves the court", "Paris Jackson of the U.S. poses": a caption verb, or "of
    # the" and a team or country, after two places' words that open a clause (no place is
    # followed so; "in Paris, Texas" has its comma)
    k = first + 2
    if k >= len(toks) or not (p is None or _clause_start(toks, first)):
        return False
    nxt = toks[k]
    if k + 1 >= len(toks):
        # "Mara Kent plays.": a caption verb that closes the caption's text is the person's too
        return bool(nxt.word and not nxt.cap and nxt.low in v["verbs"])
    if nxt.cap or not nxt.word:
        return False
    if nxt.low == "and" and k + 2 < len(toks) and toks[k + 1].low in _KIN_PRONOUNS and toks[k + 2].kin:
        return True  # "Paris Jackson and her brothers play": a person's kin after the name
    return nxt.low in v["verbs"] or (nxt.low == "of" and toks[k + 1].low == "the" and k + 2 < len(toks)
                                     and toks[k + 2].cap)


# the possessives that give a person's kin after "and" ("X and her brothers")
_KIN_PRONOUNS = frozenset(("her", "his", "their"))


def _role_word_surname(toks: list[Tok], title_idx, name_toks: list[Tok], v: dict, last: int) -> bool:
    """"Golfer Gary Player waves", "Actor Adam Driver, left,": a given name the table knows (a
    place's too: "Gary") and a role word that is a surname ("Player", "Judge", "Pope"), after a
    title or opening a clause, before a lower-case word, a comma or a bracket, is a person's name."""
    if len(name_toks) != 2:
        return False
    a = name_toks[0]
    b = name_toks[1]
    if a.low not in v["given"] or a.role_cs or a.poss or a.upper or not b.cap or not b.role_cs or b.upper \
            or (b.low in _NOBLE_ROLES and b.low != "pope") or last + 1 >= len(toks):
        return False
    nxt = toks[last + 1]
    if not (nxt.text in (",", "(") or (nxt.word and not nxt.cap and nxt.low not in ("of", "for"))
            or (b.low not in _office_roles() and _of_country_after(toks, last, v))):
        return False  # (not "Victoria Secretary of State": an office and its domain)
    first = last - 1
    return bool(title_idx) or _clause_start(toks, first) \
        or (first > 0 and toks[first - 1].low == "and"
            and (_person_name_before(toks, first - 1) or _person_of_country_before(toks, first - 1)))
    # (or the second of two people: "Jack Nicklaus of the U.S. and Gary Player of South Africa")


@functools.cache
def _office_roles() -> frozenset[str]:
    """The role words of person_roles.txt's sections before "sport" (government and politics;
    military, police, emergency; business and organisations): offices that take "of" and a
    country ("President of Italy"), where a sport's role word does not ("Gary Player of South Africa")."""
    out = set()
    for ln in _lines_with_comments("person_roles.txt"):
        if ln.startswith("# --- sport"):
            break
        if not ln.startswith("#"):
            out.add(ln.casefold())
    return frozenset(out)


def _lines_with_comments(name: str) -> list[str]:
    try:
        text = (_DATA / name).read_text(encoding="utf-8")
    except OSError:
        return []
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _person_of_country_before(toks: list[Tok], k: int) -> bool:
    """"Jack Nicklaus of the U.S. and", "Ian Poulter of South Africa and": a given name and
    surname, "of", a country of up to three words, right before `k` (an "and")."""
    for size in (1, 2, 3):
        j = k - size
        if j < 3 or not toks[j].cap or not _country_word(" ".join([t.text for t in toks[j:k]])):
            continue
        j -= 1
        if toks[j].low == "the":
            j -= 1
        return j >= 2 and toks[j].low == "of" and _person_name_before(toks, j)
    return False


def _athlete_of_country(toks: list[Tok], name_idx, name_toks: list[Tok], v: dict) -> bool:
    """"Shura Kitata of Ethiopia runs": two words opening a clause, the second a plain name
    word (no head, place or common word), then "of" and a country and a caption verb, are a
    person from that country even where the first word heads things elsewhere ("shura")."""
    if len(name_toks) != 2 or name_toks[0].org or name_toks[0].low in v["common"]:
        return False
    s = name_toks[1]
    last = name_idx[-1]
    if not s.plain or s.poss or s.upper or s.low in v["common"] or s.key in v["places"] \
            or not _clause_start(toks, name_idx[0]) or not _of_country_after(toks, last, v):
        return False
    k = last + 2
    while k < len(toks) and (toks[k].cap or toks[k].low == "the"):
        k += 1  # (past the country's words)
    # (a caption verb, or any verb in its -s form: "runs", "competes")
    return k < len(toks) and toks[k].word and not toks[k].cap \
        and (toks[k].low in v["verbs"] or (toks[k].n > 3 and toks[k].low[-1:] == "s"))


def _of_country_after(toks: list[Tok], last: int, v: dict) -> bool:
    """"Gary Player of South Africa (L)": "of" and a country's name after a name are where the
    person comes from, not an office's domain ("Secretary of State")."""
    k = last + 2
    if k >= len(toks) or toks[last + 1].low != "of":
        return False
    if toks[k].low == "the" and k + 1 < len(toks):
        k += 1  # "of the U.S."
    return _country_word(toks[k].text) or _country_word(f"{toks[k].text} {toks[k + 1].text}" if k + 1 < len(toks) else "")


def _head_middle_name(toks: list[Tok], title_idx, name_toks: list[Tok], v: dict) -> bool:
    """"Sandra Day O'Connor", "Mary Hall Tanner": a middle name that is a head noun and also a
    surname ("Day", "Hall") between a given name (or a name after a role word) and a plain
    surname is a person's middle name, not a thing's head ("Boxing Day Test" opens with none)."""
    if len(name_toks) != 3:
        return False
    a = name_toks[0]
    m = name_toks[1]
    c = name_toks[2]
    if m.low not in _SURNAME_HEADS or not (a.plain and c.plain) or a.prefix or c.prefix or a.poss or m.poss \
            or not m.cap or a.upper or c.upper or c.low in v["not_name"]:
        return False
    return a.low in v["given"] or bool(title_idx and toks[title_idx[-1]].role)


def _head_surname_acts(toks: list[Tok], name_idx, v: dict) -> bool:
    """"Faith Hill performs", "Picabo Street (L) and", "Arsenio Hall of the U.S.": a surname
    that is a head noun too ("Hill", "Hall", "Street"), after a capitalised word that is no
    place, thing or title word, is a person's where a caption verb, a position or "of" and a
    capitalised word follows, and no preposition or article stands before ("at Carnegie Hall")."""
    first = name_idx[0]
    last = name_idx[-1]
    a = toks[first]
    if not (a.plain or (a.key in v["places"] and a.cap and not a.head and not a.acronym)) \
            or a.prefix or a.poss or a.upper or a.low in v["not_name"] or a.title_word or last + 2 >= len(toks):
        return False
    if first:
        p = toks[first - 1]
        if p.word and not p.cap:
            if p.low in _PLACE_PREPS or p.low in ("the", "a", "an", "of"):
                return False
            if not p.poss and (p.role_cs or p.low in v["family"] or _plural_role(p.low, v) or p.low == "counterpart"):
                return True  # "lead guitarist Paris Hall", "his son Rich Hill", "teammates Faith Hill"
            if p.low.endswith("-old") and "-year" in p.low:
                return True  # "three-year-old Arsenio Hall": an age is a person's
            if p.low == "and" and _person_name_before(toks, first - 1) and toks[last + 1].word \
                    and not toks[last + 1].cap:
                return True  # "Connor McDavid, left, and Faith Hill attend": the last of two people
        if p.hon:
            return True  # "Mr Arsenio Hall and his wife", "Ms. Georgia Hall said"
    nxt = toks[last + 1]
    if nxt.jersey:
        return True  # "Faith Hill #15 of the Kansas City Chiefs"
    if nxt.text == "," or nxt.low == "and":
        # "from left, Dusty Baker, Georgia Hall and Ron Wood", "Rescuers carry Arsenio Hall, 70,"
        return _names_list_after(toks, last + 1) or _age_follows(toks, last) \
            or (nxt.text == "," and (toks[last + 2].low in _LIST_SIDES  # "Britain's Tyreek Hill, right, and"
                                     or toks[last + 2].low in ("who", "whose")  # "Arsenio Hall, who lost his home,"
                                     or _head_surname_apposed(toks, first, last, v)))
    if nxt.word and not nxt.cap:
        if nxt.low == "of":  # "Rich Hill of China", "Arsenio Hall of the U.S." (not "Hall of Fame")
            o = toks[last + 2]
            return o.key in v["places"] or (o.low == "the" and last + 3 < len(toks) and toks[last + 3].cap) \
                or (o.club and first > 0 and toks[first - 1].low == "against")  # "against Tyreek Hill of Real Madrid"
        if first and toks[first - 1].poss and toks[first - 1].cap and _singular_verb(nxt):
            return True  # "Serbia's Georgia Hall returns", "Stoke City's Picabo Street battles"
        if nxt.low == "in":
            return toks[last + 2].low == "action"  # "Germany's Rich Hill in action"
        return nxt.low in v["verbs"]
    if nxt.text != "(":
        return False
    o = toks[last + 2]  # a position: "(L)", "(C)", "(4th from R, front row)", "(2nd L)"
    return o.low in _LIST_SIDES or o.low in ("c", "center", "centre") or o.low in _ORD or o.low in _ORDINALS


def _person_name_before(toks: list[Tok], k: int) -> bool:
    """A given name and a plain surname end right before `k` (an "and"), a position set off by
    commas allowed between ("Max Verstappen, left, and"): a person's, no place's or thing's."""
    j = k - 1
    if j >= 3 and toks[j].text == "," and toks[j - 1].low in _LIST_SIDES and toks[j - 2].text == ",":
        j -= 3
    return j >= 1 and toks[j].plain and not toks[j].poss and toks[j - 1].cap and toks[j - 1].plain \
        and not toks[j - 1].title_word and not toks[j - 1].poss


def _head_surname_apposed(toks: list[Tok], first: int, last: int, v: dict) -> bool:
    """"Arsenio Hall, of the United States, lines up", "his Chinese counterpart, Georgia Hall,
    during", "The Federal Reserve chair, Georgia Hall, has signaled": a name with a head-noun
    surname set off by commas is a person's where "of" and a place follow the comma, or a role
    word stands before the opening comma, or a caption verb after the closing one."""
    if last + 3 >= len(toks):
        return False
    o = toks[last + 2]
    if o.low == "of":
        w = toks[last + 3]
        return w.key in v["places"] or (w.low == "the" and last + 4 < len(toks) and toks[last + 4].cap)
    if first < 2 or toks[first - 1].text != ",":
        return False
    r = toks[first - 2]
    if r.word and not r.cap and (r.role_cs or r.low == "counterpart"):
        return True  # "his Chinese counterpart, Georgia Hall, during"
    return o.low in v["verbs"] or _singular_verb(o)  # "the World Bank, Georgia Hall, speaks"


def _singular_verb(t: Tok) -> bool:
    """A lower-case word that reads as a present-tense verb after a subject ("returns",
    "battles", "hits"): ends in "s" but not "ss"/"us"/"is" ("across", "bonus", "his")."""
    w = t.low
    return t.word and not t.cap and len(w) > 3 and w[-1] == "s" and w[-2] not in "siu'"


def _unknown_given_opens(toks: list[Tok], run: list[int], v: dict) -> bool:
    """"Kam Chancellor of the Seattle Seahawks": a capitalised word the given-name table lacks,
    no title word, place or thing, opening a clause, may be a given name before a role word
    that is the surname (_role_surname_of decides), where the team after "of" has no number
    or head noun ("Jury President of the 65th Cannes Film Festival Nanni Moretti": an office)."""
    first = run[0]
    t = toks[first]
    if not (t.plain and not t.prefix and not t.poss and not t.upper and not t.title_word
            and t.low not in v["not_name"] and t.low not in v["peoples"] and _clause_start(toks, first)):
        return False
    for i in run[2:]:
        t = toks[i]
        if t.digit or t.head:
            return False
    return True


def _two_given_surname_head(name_toks: list[Tok], v: dict) -> bool:
    """"Constable Joe Don Law", "Bobby Jo Hill": two given names, then a surname that is a head
    noun (a person, though a head noun inside a longer run names a thing)."""
    return len(name_toks) == 3 and name_toks[2].low in _SURNAME_HEADS and _given_name(name_toks[0], v) \
        and name_toks[1].cap and not name_toks[1].head and not name_toks[1].role


def _given_and_surname_head(toks: list[Tok], run: list[int], v: dict) -> bool:
    """"hugs Linda Park": a given name and a surname that is a head noun, not after "in"/"the",
    is a person even where the places step read a park or a hall."""
    if len(run) != 2 or toks[run[1]].low not in _SURNAME_HEADS or not _given_name(toks[run[0]], v):
        return False
    j = run[0] - 1
    return not (j >= 0 and toks[j].word and (toks[j].low in _PLACE_PREPS or toks[j].low in ("the", "a", "an")))


def _couple_first(toks: list[Tok], i: int, v: dict) -> bool:
    """"Walt and Gloria Henning pose": a first name joined by "and" to a given name and
    surname shares the surname (listed as written, "Walt")."""
    n = len(toks)
    if i + 3 >= n or toks[i + 1].low != "and":
        return False
    t, g, s = toks[i], toks[i + 2], toks[i + 3]
    if t.low not in v["given"] and g.low not in v["given"]:
        # neither first name is known: only as the subject of a plural verb ("Edmund and Enna
        # Chester and their daughter arrive", "... pose")
        if t.low in v["places"] or t.low in v["not_name"] or t.head or t.low in v["roles"] or t.upper:
            return False
        nxt = toks[i + 4] if i + 4 < n else None
        if nxt is None or not (nxt.low in _AND or nxt.low in _plural_verbs(v)):
            return False
    if not (g.cap and g.word and g.low != toks[i].low and s.cap and s.word) or g.head or g.low in v["roles"]:
        return False
    if f"{g.low} {s.low}" in v["places"] or (g.low in v["places"] and s.low in v["places"]):
        return False  # "Jordan and New Zealand", "Austin and Paris, Texas"
    if s.low in v["given"] or s.head or s.low in v["roles"]:
        return False
    if i + 4 < n and toks[i + 4].cap and toks[i + 4].word:
        return False  # a longer name or a thing follows
    # the pair opens a clause or a list ("Walt and Gloria Henning pose", "with Tom and Ellen
    # Brandt"), not "Cynthia Erivo as Elphaba and Ariana Grande as Glinda"
    return _clause_start(toks, i) or toks[i - 1].text in (",", ";") or toks[i - 1].low in _COUPLE_LEADS


_COUPLE_LEADS = frozenset(("and", "with", "by", "of", "parents", "owners", "couple", "newlyweds", "spouses",
                           "siblings", "twins", "grandparents"))  # ("Newlyweds Ana and Marco Rossi leave")


def _town_couple_at(toks: list[Tok], i: int, v: dict) -> bool:
    """_town_named_couple_first where "and" follows the word (the cheap test first)."""
    if i + 4 >= len(toks):
        return False
    t = toks[i + 1]
    return t.low == "and" and _town_named_couple_first(toks, i, v)


def _town_named_couple_first(toks: list[Tok], i: int, v: dict) -> bool:
    """"Bristol and Carti Jepson compete", "Austin and Molly Reyes pose": a town's name (not a
    country's or a state's: _country_region_names) opening a pair who share a surname, the pair the subject of a plural
    verb, is the first one's given name (as _couple_first, which turns place words away)."""
    t, g, s, nxt = toks[i], toks[i + 2], toks[i + 3], toks[i + 4]
    if t.key not in v["places"] or t.key in _country_region_names() or not (t.cap and t.word) or t.upper:
        return False
    if not (g.cap and g.word and s.cap and s.word) or g.key in v["places"] \
            or g.head or s.head or g.role or s.role or s.low in v["given"]:
        return False
    if s.key in v["places"] and g.low not in v["given"]:
        return False  # (a surname that is a place's name too after a known given name: "Austin and Sophie Holland")
    if not (nxt.word and nxt.low in _plural_verbs(v)):
        return False
    return _clause_start(toks, i) or toks[i - 1].text in (",", ";") or toks[i - 1].low in _COUPLE_LEADS


def _age_follows(toks: list[Tok], i: int) -> bool:
    """"Mohammed, 7, who lost his leg": an age between commas after a word makes it a name; aid
    agencies spell a child's age ("Mariam, seven, lies", not "one": "Name, one of")."""
    if not (i + 3 < len(toks) and toks[i + 1].text == "," and toks[i + 3].text in _AGE_CLOSE):
        return False
    age = toks[i + 2].text
    return (age.isdigit() and len(age) <= 3) or (age[:1].islower() and age in _NUMBER_WORDS and age != "one")


def _bracket_age_at(toks: list[Tok], i: int, v: dict) -> bool:
    """A lone plain word (no place, no thing) with an age in brackets after it: "Dana (60)",
    "Jeff (72, left to right)"."""
    t = toks[i]
    if not (i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 3].text in (")", ",")):
        return False
    age = toks[i + 2].text
    return age.isdigit() and len(age) <= 3 and t.cap and t.word and t.plain and not t.poss \
        and t.key not in v["places"] and t.key not in v["not_people"] and (i == 0 or not toks[i - 1].cap)


def _bracket_aged_roll(toks: list[Tok], i: int, v: dict) -> bool:
    """"Dana (60), Sue (56), Nancy (61) and Jeff (72, left to right) from the United States":
    one-word names each with an age in brackets. A bare bracketed number may be a jersey or a
    score ("Arsenal (2)"), so the word must be a given name (given_names.txt), or stand in a
    sentence where another such bracket-aged word is one (the roll call's names no table holds)."""
    if not _bracket_age_at(toks, i, v):
        return False
    if toks[i].low in v["given"]:
        return True
    lo = i
    while lo > 0 and not toks[lo - 1].stop:
        lo -= 1
    hi = i + 1
    while hi < len(toks) and not toks[hi - 1].stop:
        hi += 1
    return any(j != i and toks[j].low in v["given"] and _bracket_age_at(toks, j, v) for j in range(lo, hi - 3)
               if toks[j + 1].text == "(")


def _bracket_aged_kin(toks: list[Tok], i: int, v: dict) -> bool:
    """"Ozlemira (11) and her sister", "Rania (9), his daughter,": a lone word with a bracketed
    age, then "and"/","/"with" and "her" or "his" before a relation (family_words.txt). A team's
    score ("Fulham (1) and their fans") has no "her"/"his" kin after it."""
    k = i + 4
    if k + 2 >= len(toks) or toks[k].low not in _KIN_LINKS or toks[k + 1].low not in ("her", "his") \
            or toks[k + 2].low not in v["family"]:
        return False
    return toks[i + 3].text == ")" and _bracket_age_at(toks, i, v)


# what joins a bracket-aged name to a relation after it ("and her brother", ", his son", "with her mother")
_KIN_LINKS = frozenset(("and", ",", "with"))


# what may close an age: "Mohammed, 7, who", "and Marcus, 5 — to the bus" (a dashed aside)
_AGE_CLOSE = frozenset((",", "\u2014", "\u2013"))


def _district_named(t: Tok, v: dict) -> bool:
    """An electoral district named by its places joined with hyphens (`candidate for
    Vancouver-Granville Jody Wilson-Raybould`): the title's, not the name's."""
    return "-" in t.low and t.low.split("-", 1)[0] in v["places"]


def _ist_occupation(t: Tok, v: dict) -> bool:
    """A capitalised occupation's word ending in "-ist" ("Contortionist", "Balloonist"), seven
    letters or more, no given name, place or Nordic surname ("Lindqvist", "Ahlquist")."""
    low = t.low
    return len(low) >= 7 and low.endswith("ist") and not low.endswith(("vist", "quist")) and t.plain \
        and not t.poss and low not in v["given"] and low not in v["known"] and low.isalpha()


# words that list examples or company before "the DEMONYM Given Surname"
_LISTING_WORDS = frozenset(("like", "and", "including", "featuring"))


# Lower-case nouns that, after a nationality, say what a person is ("Kenyan national X", "U.S.
# citizen X"); not role words, for in capitals they open bodies' names (United National Party).
_NATIONALITY_NOUNS = frozenset(("national", "citizen"))


def _nationality_title(doc: Doc, noun: int, v: dict) -> str | None:
    """toks[noun] is a lower-case `national`/`citizen`: with a demonym or a country (hyphened
    pairs too: `Thai-German`) straight before it, the two are the title of the name after."""
    toks = doc.toks
    if toks[noun].cap or toks[noun].masked:
        return None
    k = noun - 1
    while k >= 0 and toks[k].cap and toks[k].word and not toks[k].poss and (
            toks[k].key in v["places"] or all(p in v["demonyms"] for p in toks[k].low.split("-"))):
        k -= 1
    if k == noun - 1:
        return None
    return doc.text[doc.starts[k + 1]:doc.starts[noun] + toks[noun].n]


def _drop_academic_style(title: str) -> str:
    """`Mammoth researcher Professor Adrian Lister`: a capitalised Professor after a role is his
    style of address, dropped like `Dr.` (`Associate Professor`, `history professor` are offices
    and stay)."""
    head, _, last = title.rpartition(" ")
    if last not in ("Professor", "Prof.", "Prof") or not head[-1:].islower():
        return title
    before = head.rsplit(" ", 1)[-1]
    if before.islower() or " " not in head and before.casefold() not in _PROFESSOR_GRADES:
        return head  # (one word opening the caption: "Volcanologist Professor X")
    return title


# words that make "Professor" an academic grade, an office ("Associate Professor X")
_PROFESSOR_GRADES = frozenset(("associate", "assistant", "emeritus", "emerita", "visiting", "adjunct", "full",
                               "distinguished", "regius", "honorary", "clinical", "research", "senior", "chair"))


def _demonym_title(toks: list[Tok], run: list[int]) -> bool:
    """"Italian Federica Brignone" (a person), not "the Indonesian Presidential Palace" nor
    "in Chinese New Year": no article or preposition before, no head noun inside."""
    j = run[0] - 1
    if j >= 1 and toks[j].word and toks[j].low == "the" and len(run) == 3 and toks[j - 1].low in _LISTING_WORDS:
        # "singers like the Togolese Fafa Ruffino and the Beninese ...": after a listing word and
        # the article, two plain name words only (not "the Chinese Lantern Festival")
        return all(toks[i].plain and toks[i].namey and not toks[i].nobody and not toks[i].prefix
                   for i in run[1:])
    if j >= 0 and toks[j].word and (toks[j].low in ("the", "a", "an") or toks[j].low in _PLACE_PREPS):
        return False
    return not any(toks[i].head for i in run[1:])


def _caps_stage_name(toks: list[Tok], i: int) -> bool:
    """A stage name in capitals (not a known acronym): a member of a group ("JENNIE of
    BLACKPINK") or joined by "and" to a mixed-case name ("Kendrick Lamar and SZA")."""
    n = len(toks)
    if i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].cap and toks[i + 2].word:
        return True
    return i >= 2 and toks[i - 1].low in _AND and toks[i - 2].cap and not toks[i - 2].upper


def _known_alone(toks: list[Tok], i: int, v: dict) -> bool:
    """A one-word name that is a person's by itself: a known mononym ("Beyonce and Jay-Z
    attend", "with Pedri"), not after an article ("the Madonna"); or a name after a plural
    role lead-in ("Actors Zendaya and Tom Holland arrive")."""
    t = toks[i]
    prev = toks[i - 1] if i else None
    if t.caps_name and t.acronym and i + 1 < len(toks) and toks[i + 1].low == "of":
        return _caps_stage_name(toks, i)  # "LISA of BLACKPINK"
    if t.key in v["mononyms"]:
        return prev is None or prev.low not in ("the", "a", "an")
    if prev is not None and prev.text in ("\u2014", "\u2013", ":") and i >= 2:
        prev = toks[i - 2]  # "her two daughters — Savannah, left, 8, and La'Riah, 6 —"
    if prev is not None and prev.stop:
        return False  # "... for 9 pre-school students. Small-sized schools": a sentence ends before it
    if prev is not None and prev.word and not prev.masked and prev.low in _PLURAL_KIN:
        return True  # "children Ryan and Maddison", "grandsons Eli and Owen"
    return bool(prev is not None and prev.word and prev.low[-1:] in ("s", "n") and not prev.masked
                and _plural_role(prev.low, v) and (prev.cap or i < 2 or not toks[i - 2].poss)
                and i + 1 < len(toks) and toks[i + 1].text in (",", "and", "&"))
    # (the plural's first name of a list: one word alone after it, "title rivals Arsenal",
    # "local rivals Wolves", names a side, not a person)


def _contest_object(toks: list, i: int, v: dict, found: list) -> bool:
    """A one-word name as the object of a contest verb whose subject is the person just
    named: "Wrestler Onosato throws Kotozakura during ...", "Jannik Sinner beats Zverev in
    ...", "Yokozuna Hoshoryu pushes Takayasu out" (sumo ring names, players by surname).
    The object must close the clause (a preposition, a comma, a period or a position after
    it) and be no place or people ("Sinner beats Italy's ...": a possessive is no object)."""
    if i < 2 or not found:
        return False
    verb = toks[i - 1]
    j = i - 2
    if verb.low in _CONTEST_PARTICLES and not verb.cap:  # "forces out Abi", "dribbles past Rice"
        verb = toks[j]
        j -= 1
    if verb.low not in _CONTEST_VERBS or verb.cap or not verb.word or j < 0:
        return False
    subject = toks[j]
    if not subject.cap or subject.poss or subject.key not in found[-1].words:
        return False
    t = toks[i]
    if t.poss or t.upper or t.low in v["places"] or t.low in v["peoples"] or t.low in v["not_name"] \
            or t.low in v["teams"] or t.low in v["club_words"]:
        return False
    if t.stop:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.text in (",", "(") or (nxt.word and not nxt.cap and nxt.low in _AFTER_CONTEST_OBJECT)


def _of_country_club(toks: list, i: int, v: dict) -> bool:
    """A player known by one name, then his club after its country's possessive, AP's style
    for South American football: "Marcelo of Brazil's Fluminense", "Rony of Brazil's
    Palmeiras" (a thing's head word or a place is no player: "Museum of Art's Costume")."""
    n = len(toks)
    if i + 3 >= n or toks[i + 1].low != "of":
        return False
    c = toks[i + 2]
    if not (c.poss and c.cap and c.low in v["places"]) or not toks[i + 3].cap:
        return False
    t = toks[i]
    return not (t.head or t.prefix or t.role or t.upper or t.low in v["places"] or t.low in v["not_name"]
                or t.low in v["peoples"])


# verbs of one contestant acting on another in a sports picture (present tense, as captions
# write them), and the particles that may follow them
_CONTEST_VERBS = frozenset(("throws", "pushes", "beats", "defeats", "tackles", "punches", "kicks", "slaps",
                            "hits", "strikes", "fouls", "challenges", "blocks", "dribbles",
                            "shoves", "grapples", "wrestles", "forces", "lifts", "chokes", "submits",
                            "knocks", "hugs", "embraces", "consoles", "congratulates"))
# (not "overtakes", "eliminates", "upsets": their object is a team as often as a person)
_CONTEST_PARTICLES = frozenset(("out", "down", "past", "with", "over", "off"))
# what may follow the object and close its clause
_AFTER_CONTEST_OBJECT = frozenset(("during", "in", "at", "on", "out", "off", "down", "to", "after",
                                   "before", "with", "for", "from", "into", "onto", "as", "while", "and"))


# plural relations that lead a list of first names, as a plural role does ("children Ryan and
# Maddison"); "brothers"/"sisters" are read as plural roles already
_PLURAL_KIN = frozenset(("children", "kids", "sons", "daughters", "grandchildren", "grandsons",
                         "granddaughters", "twins", "siblings", "nieces", "nephews", "stepsons",
                         "stepdaughters", "grandkids"))


def _paired(toks: list[Tok], i: int, v: dict, found) -> bool:
    """A one-word name joined by "and" to the person just named, as the subject of a
    plural verb or closing the clause: "Prince Harry and Meghan arrive", "Britain's King
    Charles III and Camilla, ...", "Taylor Swift and Kelce."."""
    if i < 2 or not found or not (toks[i - 1].low in _AND or toks[i - 1].text == ","):
        return False  # ("Jisoo, Jennie, Rose and Lisa": a comma joins a list too)
    before = toks[i - 2]
    if before.text == ")" and i >= 5 and toks[i - 4].text == "(":
        before = toks[i - 5]  # "Ozeki Kotozakura (L) and Hoshoryu grapple": past the first one's position
    if not before.cap or before.poss or before.key not in found[-1].words:
        return False
    t = toks[i]
    if t.stop or t.poss:
        return not t.poss
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.text == "," or (nxt.word and not nxt.cap and (
        nxt.low in _plural_verbs(v) or (nxt.low in _AND and toks[i - 1].text == ",")
        # "King Charles III and Camilla with President X", "Prince Charles and Camilla the
        # Duchess of Cornwall": a known first name, then "with" or its royal title
        or ((t.low in v["given"] or (found[-1].title is not None and not t.head and t.low not in v["places"]
                                      and t.low not in v["not_name"]))
            and toks[i - 1].low in _AND and (
            nxt.low == "with" or (nxt.low == "the" and i + 2 < len(toks) and toks[i + 2].role
                                  and toks[i + 2].cap)))
        # "students Ella and Noah and their coach", "twins Ivy and Rose with their mother":
        # a pair of lone first names
        or (found[-1].tokens == 1 and t.low in v["given"] and toks[i - 1].low in _AND)
        # "from left: Princesses Catharina-Amalia, Alexia and Ariane at the Nieuwe Kerk": the last
        # of a list of lone names, then where they are
        or (found[-1].tokens == 1 and toks[i - 1].low in _AND and nxt.low in _PLACE_AFTER_LIST
            and not t.head and t.low not in v["places"] and t.low not in v["not_name"])))


_PLACE_AFTER_LIST = frozenset(("in", "at", "during", "inside", "outside"))
_IRREGULAR_PAST = frozenset(("rode", "met", "spoke", "gave", "took", "held", "made", "went", "led", "sat", "stood",
                             "sang", "ran", "wore", "threw", "shook", "drove", "saw", "came"))


@functools.cache
def _plural_verbs_of(verbs: frozenset) -> frozenset:
    return frozenset({w[:-1] for w in verbs if w.endswith("s") and w not in ("is", "was", "has")}
                     | {w[:-2] for w in verbs if w.endswith(("ches", "shes", "sses", "xes"))}  # "watch"
                     | {"are", "were", "have"})


def _plural_verbs(v: dict) -> frozenset:
    """The caption verbs in the plural ("arrive", "pose", "are") for a pair of subjects."""
    return _plural_verbs_of(v["verbs"])


_SEASONS = frozenset(("spring", "summer", "fall", "autumn", "winter", "resort", "cruise"))
_STORM_WORDS = frozenset(("hurricane", "typhoon", "cyclone", "storm", "superstorm"))


# Words of English grammar that no personal name holds, capitalised only in a title-case headline or
# slogan ("It Is Finished", "Am I Next?", "So Much Love"): the forms of be, have and do, and degree words
_GRAMMAR_WORDS = frozenset(("is", "am", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't",
                            "has", "have", "had", "does", "did", "doesn't", "didn't", "don't", "won't", "can't",
                            "much", "very"))
# capitalised subject pronouns: a capitalised word after one opening a clause is a headline's verb
# ("He Said Yes", "We Shall Overcome"), not a name (the surname He is read as a name beforehand)
_SUBJECT_PRONOUNS = frozenset(("He", "She", "It", "We", "They", "You"))


def _headline_words(toks: list[Tok], name_idx: list[int]) -> bool:
    """A run no name can be, whatever its words are: one holding a grammar word (_GRAMMAR_WORDS),
    one word said again (`Ho Ho Ho`), or one right after a capitalised subject pronoun that opens a clause (a title-case headline's
    verb and what follows it). A name the grammar marks (a title before it) is asked about by
    the caller first."""
    for i in name_idx:
        if toks[i].low in _GRAMMAR_WORDS:
            return True
    f = name_idx[0]
    w = toks[f].text
    if len(name_idx) >= 2 and w.isalpha() and not (w[0] == "Q" and len(w) > 1 and w[1] in _FILL) \
            and all(toks[i].text == w for i in name_idx) \
            and not (len(name_idx) == 2 and toks[f].low in _vocab()["given"]):  # (`Qqq Qqq`: a stage name lettered over, _letter_whole_names)
        # (a common given name twice is no cry: a surname that is a given name, `Grace Grace`, `Ali Ali`)
        return True  # "Ho Ho Ho!", "Go Go Go": a cry, one word said again, no name
    return f >= 1 and toks[f - 1].text in _SUBJECT_PRONOUNS and not toks[f - 1].namey and _clause_start(toks, f - 1)


def _never_a_name(name_toks: list[Tok]) -> bool:
    """What the words alone rule out: a title with no name ("U.S. President"), a thing
    ("International Monetary Fund", "Camp David"), an acronym ("NATO"), an adjective
    ("Russian-controlled Ukraine")."""
    n = len(name_toks)
    f0 = name_toks[0]  # (the ends in typed locals when compiled: their reads are C fields)
    if n == 1:
        return f0.nobody
    fl = name_toks[-1]
    if f0.low in _SEASONS and fl.low in _SEASONS:
        return True  # a fashion season: "Spring Summer 2025", "Autumn Winter" collections
    if n == 2 and f0.low in _NUMBER_WORDS and f0.low != "ten" and fl.low in _vocab()["peoples"]:
        return True  # "Thirteen Palestinian were killed": a count of a people (not "Ten Hag")
    if n > 2 and f0.head and name_toks[1].low == "of":
        return True  # a body's head noun and its "of": "(Federal) Bureau of Investigation"
    if n > 2:
        for i in range(1, min(n - 1, 3)):
            if name_toks[i].low in _STORM_WORDS:
                return True  # a storm after capitalised qualifiers opening a sentence: "Powerful Typhoon Neoguri"
    for t in name_toks:
        if not t.plain:
            break
    else:
        return f0.prefix  # (the commonest answer: plain name words, no thing)
    some_name = acronym = roman = False
    all_upper = True
    for i, t in enumerate(name_toks):
        if t.hyphen_adj or (i and n > 2 and t.head) or t.model:
            return True  # a head noun inside a longer run: "Kennedy Space Center"; "Antonov An-225"
        some_name = some_name or t.surename or (i == 0 and n > 1 and t.n <= 6 and t.text[-1:] == "."
                                                and t.low.replace(".", "") in _initial_names())
        # ("B.B. King": dotted initials in use as a given name, before a surname that is a title word)
        all_upper = all_upper and t.upper
        if t.acronym and t.n >= 2 and not (t.caps_name and _caps_surname(name_toks, i)) \
                and not (i == 0 and (t.low in _initial_names() or _loose_initials(name_toks))
                         and not name_toks[1].upper) \
                and not (i and i == n - 1 and t.bad_start):
            acronym = True  # ("JD Vance": a given name in two capitals, not an acronym; nor
            # a name's closing suffix: "Mahfud MD", "Jane Roe PhD")
        roman = roman or t.roman
    if not some_name or f0.prefix:
        return True
    # an acronym inside a name is an organisation ("LSU Tigers"), unless all is in capitals
    return acronym and not all_upper and not roman


def _initial_names() -> frozenset[str]:
    return _vocab()["initial_names"]


@functools.cache
def _not_initials() -> frozenset[str]:
    """Two capitals that never stand for a person's initials: clubs' and companies' letters
    (not_initials.txt), US postal codes, the abbreviated regions, acronyms in capitals."""
    from .us_states import postal_codes
    v = _vocab()
    return frozenset(_words("not_initials.txt") | {c.casefold() for c in postal_codes()}
                     | {ln.split("\t")[0].casefold().rstrip(".") for ln in _lines("region_abbreviations.tsv")}
                     | v["caps_acronyms"] | v["news"])


def _loose_initials(name_toks: list[Tok]) -> bool:
    """"FW Pomeroy", "GK Chesterton": two capitals without periods, then one plain surname, are
    the given names' initials when no table knows the letters as a place, a club's or company's
    letters or an acronym ("US Navy", "UN chief", "FC Porto" stay no name). Lower-case name
    particles may stand before the surname ("FW de Klerk", "PC van Dijk")."""
    if len(name_toks) < 2:
        return False
    f, s = name_toks[0], name_toks[-1]
    if f.n != 2 or not f.text.isalpha() or f.low in _not_initials() or f.key in _places():
        return False
    for k in range(1, len(name_toks) - 1):
        if not name_toks[k].bad_end:  # (a lower-case particle: person_name_particles.txt)
            return False
    v = _vocab()
    return bool(s.plain and s.surename and not s.upper and not s.head and not s.prefix and not s.team_nick
                and not s.club and s.low not in v["common"] and s.low not in v["not_name"] and s.low not in v["paper_heads"]
                and s.low not in v["club_words"] and s.key not in v["not_people"])


def _office_only(name_toks: list[Tok], v: dict) -> bool:
    """An office named with no holder: "to be Secretary of Health and Human Services" gives
    no "Secretary of Health" nor "Human Services": every word a role or office domain."""
    modifiers = v["modifiers"]
    for t in name_toks:
        # ("First Minister's Questions": a role and its modifier, no name; "as French
        # President": a nationality and the office)
        if not (t.office_word or (t.low in modifiers and t is not name_toks[-1])
                or (t is name_toks[0] and len(name_toks) > 1 and not t.poss and t.low in v["demonyms"])):
            return False
    return True


def _caps_surname(name_toks: list[Tok], i: int, strict: bool = True) -> bool:
    """A name part in capitals next to a mixed-case given name is a surname (AFP style
    "Jay IDZES", "Luiz Inacio LULA da Silva"), or a family name put first before a
    hyphenated given name ("SON Heung-min"); an acronym elsewhere ("LSU Tigers") is not."""
    if i:
        prev = name_toks[i - 1]
        return not prev.upper and prev.cap and (prev.surename or not strict) or prev.caps_name and i >= 2
    nxt = name_toks[1] if len(name_toks) > 1 else None
    return nxt is not None and not nxt.upper and "-" in nxt.text and nxt.surename


def _group_possessive_after(toks: list[Tok], last: int, v: dict) -> bool:
    """"Evelina London Children's Hospital", "his conservative European People's Party": a
    group's possessive and a capitalised word after the run go on with a thing's name."""
    k = last + 1
    p = toks[k]
    return p.poss and p.cap and p.word and p.low in v["not_name"] and k + 1 < len(toks) and toks[k + 1].cap \
        and toks[k + 1].word and not toks[k + 1].poss and not toks[last].poss


def _award_category(toks: list, first: int, last: int, v: dict) -> bool:
    """Every word of the run a category's word (award_words.txt): "Original Screenplay"."""
    words = v["award_categories"]
    for k in range(first, last + 1):
        if toks[k].low not in words:
            return False
    return True


def _inside_thing_name(toks, name_idx, v) -> bool:
    """"Department of Inland Fisheries", "All England Lawn Tennis and Croquet Club": a run
    tied by "of" to a thing before it, or by "and"/"&" to a thing after it."""
    first, last = name_idx[0], name_idx[-1]
    p = toks[first - 1] if first >= 1 else None  # (a typed local when compiled: its reads are C fields)
    if first >= 2 and p.low in ("of", "for") and toks[first - 2].cap and toks[first - 2].low in v["heads"]:
        # ("Center for Public Policy"; not "the Requiem Mass of PJ Mara": a rite for a person, a
        # given name opening the name)
        return not (toks[first - 2].low in v["rites"] and last > first and _rite_person(toks, first, last, v))
    if first >= 2 and p.low == "for" and toks[first - 2].low in v["award_nouns"] and _award_category(toks, first, last, v):
        return True  # "the Oscar for Original Screenplay", "a prize for Visual Effects": its category
    if first >= 4 and p.low in ("and", "&") and toks[first].low not in v["given"]:
        # "Center for Public Policy and Civic Engagement": the second part of the name
        j = first - 2
        while j > first - 6 and j >= 1 and toks[j].cap and toks[j].word and not toks[j].poss:
            j -= 1
        if toks[j].low in ("of", "for") and j >= 1 and toks[j - 1].cap and toks[j - 1].low in v["heads"] \
                and j < first - 2:
            return True
    if first >= 3 and p.low == "the" and toks[first - 2].low == "of" and toks[first - 3].cap \
            and toks[first - 3].low in v["heads"]:
        return True
    k = last + 1
    if k >= len(toks):
        return False
    p = toks[k]
    if p.low in ("and", "&"):
        k += 1
        while k < len(toks) and toks[k].cap and toks[k].word and k <= last + 6:
            if toks[k].low in v["heads"] and k > last + 2 and not (
                    k == last + 3 and toks[k].low in _SURNAME_HEADS and _given_name(toks[k - 1], v)):
                return True  # ("Joe Biden and Congress": a head alone after "and" is its own thing)
                # (not "Bubba Watson and Jason Day": a given name and a surname that is a head)
            if toks[k].poss or toks[k].stop:
                break
            k += 1
    return False


def _rite_person(toks, first: int, last: int, v: dict) -> bool:
    """The name a rite is held for ("the Requiem Mass of PJ Mara"): it opens with a given name or
    its initials and holds no head word ("a Mass of Christian Burial" names nobody)."""
    t = toks[first]
    if not (_given_name(t, v) or (t.upper and t.low in v["initial_names"])):
        return False
    for k in range(first, last + 1):
        if toks[k].head or not toks[k].cap:
            return False
    return True


def _repeats(key: str, found) -> bool:
    for m in found:
        if key in m.words:
            return True
    return False


_OBJECT_PREPS = frozenset(("with", "and", "by", "against", "past", "to"))


def _object_owner(toks, j) -> bool:
    """A team possessive ending at toks[j] that is the object of `with`, `by`, `against`... (the
    one-word name after it closes the sentence: a player, where `at Liverpool's Anfield.` is a ground)."""
    k = j
    while k >= 1 and toks[k - 1].cap and toks[k - 1].word and not toks[k - 1].poss and j - k < 4:
        k -= 1
    return k >= 1 and toks[k - 1].low in _OBJECT_PREPS and not toks[k - 1].cap


_DE_WORDS = frozenset(("de", "del", "do", "da"))


def _country_word(word: str) -> bool:
    from .places import _country  # the places step owns the country table
    return _country(word) is not None


def _home_nation(word: str) -> bool:
    """The United Kingdom's nations, which sport writes as countries ("Rory McIlroy of Northern Ireland")."""
    from .places import _uk_nation  # the places step owns the nations' names
    return _uk_nation(word)


def _lone_subject(toks, name_idx, v) -> bool:
    """A one-word name opening a sentence with a singular verb: "Zendaya is photographed"."""
    first, last = name_idx[0], name_idx[-1]
    if not (_clause_start(toks, first) or _subject_after_lead(toks, first)):
        return False
    t = toks[first]
    if t.low in v["not_name"] or t.text.isupper() or t.low in v["roles"]:
        return False
    if t.low in v["common"] and t.low not in v["given"] and t.key not in v["known"] and t.key not in v["mononyms"]:
        return False  # "Help arrives", "Relief arrives": a common word opening the sentence, capitalised there
    if len(t.low) > 6 and t.low.endswith(_ABSTRACT_NOUN_ENDS) and t.low not in v["given"] \
            and t.key not in v["known"] and t.key not in v["mononyms"]:
        return False  # "Approval has been granted", "Permission was given": an abstract noun the common
        # words' table missed, capitalised by the sentence
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or not nxt.word or nxt.cap:
        return False
    if t.low not in v["given"] and t.key not in v["known"] and _written_lower(toks, t.low):
        return False  # "... stranded due to waterlogging ... Waterlogging was reported": the caption's own
        # lower-case use shows a common word capitalised by the sentence
    if nxt.low == "is" and (t.low in _MASS_NOUNS or _defined_as_kind(toks, last + 2)):
        return False  # "Water is sprayed", "Chyrachka is a kind of bird": a thing, not somebody
    if nxt.low == "is" and t.low[-3:] == "ing" and last + 2 < len(toks) and toks[last + 2].low in _A_ONE \
            and t.low not in v["known"] and t.low not in v["given"]:
        return False  # "Cockfighting is a popular pastime": a gerund defined, an activity
    if nxt.low == "and" and t.low in v["given"] and last + 2 < len(toks) and toks[last + 2].low in _HIS_HER:
        return True  # "Noah and his older sister visit ...": a given name and the relative beside him
    return nxt.low in v["verbs"]


def _written_lower(toks: list, low: str) -> bool:
    """Whether the caption writes the word `low` in lower case somewhere."""
    for t in toks:
        if t.low == low and t.word and not t.cap:
            return True
    return False


_HIS_HER = frozenset(("his", "her"))
_UNNAMED_WORDS = frozenset(("unidentified", "unnamed", "unknown"))
_PLACE_GROUP_LEADS = frozenset(("several", "the", "other", "many", "some", "both", "all", "two", "three", "four",
                                "neighboring", "neighbouring", "nearby", "most"))
_PLACE_GROUP_NOUNS = frozenset(("states", "countries", "nations", "provinces", "counties", "cities", "towns"))


def _subject_after_lead(toks, i) -> bool:
    """The subject of a sentence that opens with something else: an age ("12-year-old Shakil
    carries"), or one leading clause and its comma ("While many look on, Shumi takes out ...")."""
    if i == 0:
        return False
    p = toks[i - 1]
    if _age_word(p.low):
        return True
    if p.text != ",":
        return False
    j = i - 2
    while j > 0 and not toks[j - 1].stop and not toks[j - 1].masked:
        if toks[j].text in (",", ";", ":"):
            return False  # (a list or a second clause: "Ali, Shumi, ...")
        j -= 1
    return j >= 0 and toks[j].low in _LEAD_SUBORDINATORS


# words that open a leading clause before the sentence's subject ("While ..., Shumi takes")
_LEAD_SUBORDINATORS = frozenset(("while", "as", "amid", "after", "before", "when", "although", "though",
                                 "despite", "since", "with", "like", "unlike", "during"))


# English abstract-noun endings no given name or surname shares: a lone capitalised word ending so
# that opens a sentence is no person (not "-ity", "-ence", "-ment", "-ance", "-ness", "-ival":
# Trinity, Terence, Clement, Constance, Holness, Percival)
_ABSTRACT_NOUN_ENDS = ("tion", "sion", "oval")

# nouns of stuff that open a sentence in the passive ("Water is sprayed", "Smoke is seen", "Aid
# is unloaded"); only the lone-subject reading is denied (a named Snow or Rice is read otherwise)
_MASS_NOUNS = frozenset(("water", "food", "smoke", "fire", "rain", "snow", "ice", "aid", "fuel", "debris",
                         "rubble", "dust", "mud", "traffic", "electricity", "power", "footage", "damage",
                         "paint", "foam", "sand", "oil", "gas", "lava", "ash", "garbage", "rubbish",
                         # abstract nouns of relief work ("Relief is underway", "Help is arriving")
                         "relief", "help", "assistance", "work", "recovery", "reconstruction",
                         "construction", "progress", "access", "flooding", "cleanup", "support"))
_A_ONE = frozenset(("a", "an", "one"))
_KIND_WORDS = frozenset(("kind", "type", "sort", "form", "species", "variety", "breed", "genre", "style"))


def _defined_as_kind(toks, i) -> bool:
    """`is a kind of ...`, `is a popular form of ...`: the word before is defined as a thing
    (up to two lower-case words between the article and the kind's noun)."""
    if not (i + 2 < len(toks) and toks[i].low in ("a", "an")):
        return False
    k = i + 1
    while k < i + 3 and k + 2 < len(toks) and toks[k].word and not toks[k].cap and toks[k].low not in _KIND_WORDS:
        k += 1  # ("popular", "traditional", "very old")
    return k + 1 < len(toks) and toks[k].low in _KIND_WORDS and not toks[k].cap and toks[k + 1].low == "of"


# ---------------------------------------------------------------- lists and output


# a personal honorific left before a listed name's start ("..., Mr. Lopez and Dr. Patel")
_HON_TAIL = re.compile(r"\s*\b(?:Mr|Mrs|Ms|Mx|Dr)\.?$")
_HON_ENDS = frozenset(".rs")


def _drop_honorific_tail(s: str, v: dict) -> str:
    """A list's join without the honorifics the next name's mention leaves out ("A, B and Dame
    C", "..., and Datuk Seri D"): those of honorifics.txt, capitalised, at the join's end."""
    words = s.split(" ")
    while words and words[-1][:1].isupper() and words[-1].casefold().rstrip(".") in v["honorifics"]:
        words.pop()
    return " ".join(words).strip(" ") if len(words) else ""


def _apply_lists(text: str, mentions: list[Mention], v: dict) -> None:
    if not mentions and "rom left" not in text:
        return  # (a "from left," list of one-word names may be all the people there are)
    low = text.casefold()  # (the caller asks only when a word of _LIST_NEEDS is there: _NOTE_LIST)
    marks = _list_marks(text, low, v["lists"])
    for k, m in enumerate(marks):
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "X, second from left, Y and Z": one person's place, no list
        side = m.group(m.lastgroup).casefold()
        side = "left" if side[:1] in "lie" else "right"  # ("izquierda", "esquerda": left)
        row = _row_of(text, m.start())  # "Front row, from left:", "(Front, from left)"
        list_at = m.end()
        base_side = side
        if not row:
            tail, list_at = _row_after(text, list_at)
            side += tail  # "(From left, back row)", "(from left) front:": the row as written, after the side
        if _list_before(text, m, mentions, side, v):
            continue
        if m.group(m.lastgroup)[:1] in "lL" and text[m.start():m.start() + 4].casefold() == "from":
            _one_word_items(text, m.end(), mentions, v)
        if not row and side == base_side and "row)" in text[list_at:list_at + 300] \
                and _rows_labelled_after(text, list_at, mentions, side):
            continue
        if ";" in text[m.end():m.end() + 300] and not (row and _next_row_list(text, marks, k)) \
                and not _next_list_after_semicolon(text, marks, k) \
                and not ((row or side != base_side) and _SEMI_ROW.search(text, m.end(), m.end() + 300)) \
                and _semicolon_list(text, m.end(), mentions, side, row, v):
            continue
        chain = [x for x in mentions if x.start >= m.end()]
        if not chain:
            continue
        gap = text[list_at:chain[0].start].strip(" ,:;" if list_at == m.end() else " ,:;)")
        if gap[-1:] in _HON_ENDS:
            gap = _HON_TAIL.sub("", gap).strip(" ,:;")  # "From left, Ms. Kim, Mr. Lopez and Dr. Patel"
        if gap[:1].isupper():
            gap = _drop_honorific_tail(gap, v).strip(" ,:;")  # "From left, Dame Kim, ..."
        if (gap == "the" or gap == "The") and chain[0].title is not None:
            gap = ""  # "(left to right) the Apostolic Nuncio Archbishop X, ...": the first one's title's article
        n = 0
        verb_with = False
        if gap and _GUEST.fullmatch(gap):
            n = 1  # "(L-R) Guest and Pamela Anderson": the guest stands first
        elif gap and not _plural_lead_in(gap, v) and not _descriptor_gap(gap, v) and not _family_gap(gap, v):
            if not (gap[:1].islower() and " " in gap and _verb_with_gap(gap, v)):
                continue
            verb_with = True  # "A, from left, stands with fellow justices B, C and D"
        prev = None
        first = None
        if verb_with and text[m.start() - 1:m.start()] in (" ", ","):
            lead = [x for x in mentions if x.end <= m.start()]
            if not lead or text[lead[-1].end:m.start()].strip(" ,") or lead[-1].position is not None:
                continue
            lead[-1].position = f"{row}{_ORDINALS[0]} {side}"
            n = 1
        if not gap and n == 0 and text[m.start() - 1:m.start()] in (" ", ","):
            # AP's "Willem Dafoe, from left, Emma Stone and Yorgos Lanthimos": the name just
            # before the marker stands first
            lead = [x for x in mentions if x.end <= m.start()]
            if lead and not text[lead[-1].end:m.start()].strip(" ,") and lead[-1].position is None:
                lead[-1].position = f"{row}{_ORDINALS[0]} {side}"
                n = 1
        semis = False  # (the items are split by ";": _next_rows)
        for x in chain:
            if prev is not None:
                between = " ".join(text[prev.end:x.start].split())
                semi_join = between[:1] == ";"
                if between[:2] == "(1" or between[:2] == "(c" or between[:2] == "(b":
                    between = _LIFESPAN.sub("", between, 1)
                if between[-1:] in _HON_ENDS:
                    between = _HON_TAIL.sub("", between)
                if between not in _LIST_JOINS:
                    between = _drop_honorific_tail(between, v)  # ("A, B and Sir C", "Datuk Seri D")
                if between not in _LIST_JOINS:
                    if between == "with" or _family_join(between, v):
                        pass  # "A, his wife B and C", "(L to R): A with B": B stands in the list
                    elif between[:5] == "with " and _with_plural_join(between, v):
                        pass  # "(L-R) A with his counterparts B, C and D": the list runs on
                    elif _join_then_plural(between, v):
                        pass  # "(L-R) A, Senators B (D-NY), C" / ", actors C": a plural office before B
                    elif between[:1] == "(" and _paren_role_join(between, prev, v):
                        pass  # "From left: A, B (president), C": a role in brackets after B
                    elif between[-1:] in _LIST_JOIN_ENDS and _PAREN_ASIDE.fullmatch(between):
                        pass  # "A, B of Tyre (whose church burned in May), C": a relative clause on B
                    elif between[-1:] in _LIST_JOIN_ENDS and between[:2] == ", " \
                            and _PARTICIPLE_ASIDE.fullmatch(between):
                        pass  # "(right to left) A, carrying the Sceptre, B": what A carries or does
                    elif between[:1] == "(" and between[-1:] in _LIST_JOIN_ENDS and _PAREN_NOTE.fullmatch(between) \
                            and not _NOT_PICTURED.match(between, 1):
                        pass  # "From left: A, B (obscured at back), C": a note on B in lower case
                    elif between[:1] == "(" and between[-1:] in _LIST_JOIN_ENDS and _PAREN_RANK.fullmatch(between):
                        pass  # "(left to right) A (finished 12th), B (20th) and C": a finishing place after A
                    elif between.startswith("of ") and _home_state_join(between):
                        pass  # "(from left) A, R-Wyo., Leader B of Ky., C": a home state after B
                    elif between[:3] == "as " and _PART_JOIN.fullmatch(between):
                        pass  # a cast list's "(L to R) A as Simon Basset and B as ...": the part A plays
                    elif _descriptor_join(between, v):
                        pass  # "A of Kenya, gold medallist B": a team after A, a descriptor before B
                    elif first is None and n == 1 and _verb_with_gap(between, v):
                        pass  # "(L-R) A celebrates with B": the one A stands with is next
                    elif between[-1:] == "," and _and_title_join(between, v):
                        # "(L-R) A, and Minister for Home Affairs, National Security, B": the last one's title
                        if x.title is None:
                            x.title = _ARTICLE_LEAD.sub("", _AND_TITLE_JOIN.fullmatch(between).group(1))
                    elif _titled_only_join(between, v):
                        n += 1  # "(L-R) A, the Princess Royal and B": one known by a title stands between
                    elif _unread_name_join(between, v):
                        n += 1  # "From left, A, former Sen. B C, Sen. D": a name not read as a person holds its place
                    elif not _GUEST.fullmatch(between.strip(" ,")):
                        break
                    else:
                        n += 1  # "A, guest and B"
            if prev is not None and semi_join:
                semis = True  # (a ";" join taken: the list's items are split by ";")
            if n < len(_ORDINALS) and x.position is None:
                x.position = f"{row}{_ORDINALS[n]} {side}"
            n += 1
            if prev is not None and first is None:
                first = prev
            prev = x
        if first is not None and prev.title is not None:
            _share_list_of(text, mentions, first, prev)
        if side != base_side and prev is not None:
            _next_rows(text, mentions, prev, base_side, v, semis)  # "From left, front row: A, B; back row: C, D"


# a row's label in brackets just after its list's last name, closing the row ("From left: A,
# B, C (front row); D, E (back row)."): then ";", the sentence's end or the text's end
_ROW_LABEL_AFTER = re.compile(r"\s*\(\s*" + r"(front|back|top|bottom|middle|first|second|third|fourth|1st|2nd|3rd|4th)"
                              r"\s+row\s*\)(?:\s*([;.]|$))?", re.I)
_ROW_CLOSE = re.compile(r"(?:\s*([;.]|$))?")


def _rows_labelled_after(text: str, at: int, mentions: list[Mention], side: str) -> bool:
    """"From left: A, B, C (front row); D, E (back row)": the side written once before the
    rows, each row's label after its names; each row counts from first again, its position the
    side then the row, as written ("first left front row"). True when it read the rows."""
    rows = []
    pos = at
    while True:
        items = []
        label = None
        for x in mentions:
            if x.start < pos:
                continue
            join = " ".join(text[items[-1].end if items else pos:x.start].split()).strip(" :")
            if join not in _LIST_JOINS:
                break
            items.append(x)
            label = _ROW_LABEL_AFTER.match(text, x.end)
            if label is not None:
                row, delim, pos = _row_name(label), label.group(2), label.end()
                break
            if x.position is not None and x.position[-4:] == " row" and text[x.end - 4:x.end] == "row)":
                label = _ROW_CLOSE.match(text, x.end)  # (the label read already as the last one's place)
                if label is not None:
                    row, delim, pos = x.position, label.group(1), label.end()
                    break
                break
        if label is None or not items:
            break
        if delim is None and (not rows or text[pos:pos + 1] == "," or text[pos:pos + 5] == " and "):
            break  # (a later row's label may run on into the verb: "...; D, E (back row) at the dinner")
        rows.append((items, row))
        if delim != ";":
            break
    if not rows:
        return False
    for items, row in rows:
        for x in items:
            if x.position is not None and not (x is items[-1] and x.position == row):
                return False  # (the label read as the last one's own place is the row's)
    for items, row in rows:
        for n, x in enumerate(items):
            if n < len(_ORDINALS):
                x.position = f"{_ORDINALS[n]} {side} {row}"
    return True


def _share_list_of(text: str, mentions: list[Mention], first: Mention, last: Mention) -> None:
    """"(L-R) A, B and C of the Georgetown Fire Department, wade ...": the body after a marked
    list's last name, read as that one's title, is each one's when none of them has another
    (as "A, B and C (from L to R) of Team China": _list_before)."""
    title = last.title
    tail = text[last.name_start:last.end]
    if not (tail.endswith(" of " + title) or tail.endswith(" of the " + title)):
        return
    listed = [x for x in mentions if first.start <= x.start < last.start]
    if all(x.title is None for x in listed):
        for x in listed:
            x.title = title


_VERB_WITH = re.compile(r"([a-z]+) (?:with|alongside|beside|next to)(?: (.+))?")


def _with_plural_join(between: str, v: dict) -> bool:
    """"with his counterparts", "with teammates", "with fellow ministers": "with", an owner's
    word or none, then a plural lead-in shared by the names after it."""
    rest = between[5:]
    head, _, tail = rest.partition(" ")
    if head in ("his", "her", "their") and tail:
        rest = tail
    return _plural_lead_in(rest, v)


def _verb_with_gap(gap: str, v: dict) -> bool:
    """"stands with", "poses with fellow justices": the verb of the name before a "from left,"
    marker and "with" (and a plural lead-in): the list runs on from that name to those after."""
    m = _VERB_WITH.fullmatch(gap)
    return bool(m and m.group(1) in v["verbs"] and (m.group(2) is None or _plural_lead_in(m.group(2), v)))


# a list item's lower-case descriptor before its name, or before its team's possessive
# ("(L-R) Silver medallist Kenya's A, gold medallist Kenya's B and ..."), and the "of TEAM"
# that may close the item before it
_DESC_GAP = re.compile(r"[A-Za-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}")
_DESC_JOIN = re.compile(r"(?:(?:of|from) (?:the )?[A-Z][\w.'\u2019&\-]*(?: [A-Z][\w.'\u2019&\-]*){0,3})?"
                        r" ?(?:, and|,|and|;)(?: ([a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}))?")


def _descriptor_gap(gap: str, v: dict) -> bool:
    """ "Silver medallist" between a list marker and its first item: one person's descriptor,
    its last word a role word ("medallist", "winner", "champion") or "placed"."""
    if not _DESC_GAP.fullmatch(gap):
        return False
    last = gap.rsplit(" ", 1)[-1].casefold()
    return last.endswith("placed") or _role_word(last, v)


def _descriptor_join(between: str, v: dict) -> bool:
    """The words between two list items are a join and the next item's descriptor, after an
    "of TEAM" or "from COUNTRY" closing the item before: "of Kenya, gold medallist", ", bronze
    medallist", "from Greece,"."""
    m = _DESC_JOIN.fullmatch(between)
    if m is None or (m.group(1) is None and not between.startswith(("of ", "from "))):
        return False
    return m.group(1) is None or _descriptor_gap(m.group(1), v)


_OF_STATE_JOIN = re.compile(r"of ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(\s*,?\s*(?:and|&)?)")


def _home_state_join(between: str) -> bool:
    """"of Ky.," / "of Texas, and": a home state, then a list's join."""
    m = _OF_STATE_JOIN.fullmatch(between)
    return bool(m and m.group(1) in _us_state_forms() and " ".join(m.group(2).split()) in _LIST_JOINS)


# a lower-case role in brackets after a listed name, then the list's join ("B (president), C")
_PAREN_ROLE = re.compile(r"\(([a-z][a-z\-]*)\) ?(,|, and|and|&|;)?")


def _paren_role_join(between: str, prev, v: dict) -> bool:
    """"(president)," between two listed names: a role of the name before (its title when it
    has none); True when so."""
    m = _PAREN_ROLE.fullmatch(between)
    if m is None:
        return False
    role = m.group(1)
    roles = v["roles"]
    if role not in roles and role.partition("-")[2] not in roles:
        return False
    if prev.title is None:
        prev.title = role
    return True


def _join_then_plural(between: str, v: dict) -> bool:
    """", Senators" / "and Reps.": a list's join, then a plural office (no title given)."""
    head, _, last = between.rpartition(" ")
    if not (last[:1].isupper() and _plural_role(last.casefold().rstrip("."), v)):
        # "(L-R) A, director B, actors C, D and E": a lower-case plural role after the join
        return last[:1].islower() and head in _LIST_JOINS and _plural_role(last, v)
    if head in _LIST_JOINS:
        return True
    # "and Federal Councillors" / ", State Senators": one capitalised qualifier before the office
    head, _, qual = head.rpartition(" ")
    return head in _LIST_JOINS and qual[:1].isupper() and qual.isalpha()


_LIST_SEP = re.compile(r"\s*,?\s*(?:and\s+|&\s+)?")
_ONE_WORD = re.compile(r"(?P<w>[A-Z][\w'\u2019\-]{0,20})(?=\s*(?:,|and\s|&\s))")
_ONE_LAST = re.compile(r"(?P<w>[A-Z][\w'\u2019\-]{0,20})\s+([a-z]+)\b")


def _one_word_items(text: str, at: int, mentions: list[Mention], v: dict) -> bool:
    """"Members of BTS, from left, RM, Jin, Suga, J-Hope and Jungkook pose": one-word stage
    names inside a "from left," list of people read as people. Adds them; True if any."""
    by_start = {x.start: x for x in mentions}
    new: list[Mention] = []
    known = 0
    pos = at
    for _ in range(30):
        pos = _LIST_SEP.match(text, pos).end()
        x = by_start.get(pos)
        if x is not None:
            known += 1
            pos = x.end
            continue
        hit = _ONE_WORD.match(text, pos)
        if not hit and new and "and" in text[at:pos][-5:]:
            hit = _ONE_LAST.match(text, pos)  # "... Jun and Vernon arrive": the last, before its verb
            if hit and hit.group(2) not in _plural_verbs(v):
                hit = None
        if not hit:
            break
        w = hit.group("w")
        low = w.casefold()
        if low in v["not_name"] or low in v["roles"] or _norm(w) in v["places"] or low in v["months"] \
                or low in v["days"] or low in v["honorifics"] or low in v["caps_acronyms"] \
                or low in v["peoples"] or _plural_role(low, v) or _plural_role(low + "s", v) \
                or low in v["domains"] or low in _DOMAIN_ADJECTIVES:
            return False  # not a list of one-word names ("Minister for Political, Legal, and Security Affairs")
        new.append(Mention(w, None, None, pos, pos, hit.end(), 1, [_norm(w)], _norm(w)))
        pos = hit.end()
    if not new or len(new) + known < 3 or (not known and not _band_lead_in(text, at)):
        return False  # (a list with no one named in it may be of things: "Ford, Toyota and Honda")
    mentions.extend(new)
    mentions.sort(key=lambda x: x.start)
    return True


# adjectives of an office's domains, listed in its title ("Political, Legal, and Security")
_DOMAIN_ADJECTIVES = frozenset("""legal political economic social cultural judicial financial religious
    constitutional regional international parliamentary legislative administrative consular
    strategic humanitarian environmental maritime educational technical monetary fiscal""".split())


# a lead-in that makes a "from left," list of one-word names a list of people: its members
# ("Members of the Jonas Brothers, from left, Kevin, Nick and Joe", "Irish band Westlife,
# from left, Shane, Kian, Nicky and Mark")
_BAND_LEAD = re.compile(r"\b(?:[Mm]embers|band|group|trio|duo|quartet|quintet|[Bb]rothers|[Ss]isters|siblings"
                        r"|[Tt]wins|[Cc]ast|crew|family)\b[^.;:()]{0,40}$")


def _band_lead_in(text: str, at: int) -> bool:
    """The words before a "from left," marker name a band or a group of people."""
    k = text.rfind("from", max(0, at - 20), at)
    return k > 0 and bool(_BAND_LEAD.search(text, max(0, k - 60), k))


_LIST_JOINS = frozenset((",", "and", ", and", "&", ";", "; and", ""))
# the part an actor plays, between two names of a still's cast list ("A as SIMON BASSET and B")
_PART_JOIN = re.compile(r"as (?:(?:[A-Z][\w'\u2019.\-]*|of|the|de) ){0,4}[A-Z][\w'\u2019.\-]*(?:,| and|, and|;)")
# a bracketed relative clause on a listed person, then the list's join (_apply_lists)
_PAREN_ASIDE = re.compile(r"(?:of [A-Z][\w'\-]*(?: [A-Z][\w'\-]*)? )?\((?:who|whose|which|where)\b[^()]{0,120}\),?(?: and)?")
_LIST_JOIN_ENDS = frozenset(",d")
# what a listed person holds or does, set off by commas, then the list's join (_apply_lists):
# "(right to left) A, carrying the Sceptre, B, carrying the Crown, and C" ("including" and
# "according" open no such aside; no stop inside, so it never runs across sentences)
_PARTICIPLE_ASIDE = re.compile(r", (?!including |according )[a-z]{2,}ing [^,;().]{1,80},(?: and)?")
# a short note on a listed person in lower-case words, in brackets, then the list's join
# ("(obscured at back),", "(partly hidden) and"); who is not pictured is excluded by the caller
_PAREN_NOTE = re.compile(r"\((?-i:[a-z])[a-z]+(?: [a-z]+){0,4}\),?(?: and)?")
# a listed person's finishing place in brackets, then the list's join (_apply_lists)
_PAREN_RANK = re.compile(r"\((?:(?:finished|placed|came|ranked) )?\d{1,3}(?:st|nd|rd|th)(?: place)?\),?(?: and)?")
_FAMILY_JOIN = re.compile(r",?\s*(?:(?:and|with)\s+)?(?:his|her|their|(?=[a-z]+,?$))(?:\s*\b([a-z]+))?,?")


def _family_gap(gap: str, v: dict) -> bool:
    """"from left, her daughter A, her son B and her husband C": a relation opening the list
    names its first person."""
    m = _FAMILY_JOIN.fullmatch(gap)
    return bool(m and m.group(1) in v["family"])


def _family_join(between: str, v: dict) -> bool:
    """", his wife", "and her husband", ", his" (before "co-star Ryan Reynolds"): a relation
    or an owned role naming the next person of a list; "and girlfriend" in a family's list of
    sides ("from left, mother A, father B and girlfriend C") with its owner left unsaid; "with
    his girlfriend" ("(L to R): A with his girlfriend B")."""
    m = _FAMILY_JOIN.fullmatch(between)
    return bool(m and (m.group(1) is None or m.group(1) in v["family"]))


_ABBR_PAREN = re.compile(r"\s*(\((?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z0-9])[A-Z][A-Za-z0-9]{1,5}\))")


def _with_abbreviation(text: str, at: int, title: str, v: dict) -> str:
    """"Caroline van der Plas of the Farmer-Citizen Movement (BBB) (C)": a party's or body's
    abbreviation after its name stays in the title (a country's code or a position does not)."""
    m = _ABBR_PAREN.match(text, at)
    if m is None or _POS_PAREN.match(text, at) or _norm(title) in v["places"]:
        return title
    return f"{title} {m.group(1)}"


def _semicolon_list(text: str, at: int, mentions: list[Mention], side: str, row: str, v: dict) -> bool:
    """Europa Press's and Getty's "(L-R) The party's spokesperson, A; the minister of finance,
    B; and the president of the Senate, C, attend ...": each ";" closes one item, a title and
    its name. The first name of each item takes the next place. True when it did.
    An item whose names are followed by their verb ("From left, A, B and C attend a session;
    at back, D watches") is a whole sentence: the list ends at its ";" (with one item, it is
    no ";" list, and the names are ordered as one list)."""
    stop = _sentence_stop(text, at, v)
    if text.find(";", at, stop) < 0:
        return False
    segs: list[tuple[int, int]] = []
    s0 = at
    while True:
        e = text.find(";", s0, stop)
        if e < 0:
            segs.append((s0, stop))
            break
        segs.append((s0, e))
        if _verb_after_names(text, s0, e, mentions, v):
            break  # "A, B and C attend a session; at back, D": the sentence's verb closes the list
        if _SIDE_OPENING.match(text, e) is not None:
            break  # "From left, A, B and C; at front, D": the next item opens with its own place
            # (a depth or a side, read by _at_side_comma), so the list ends at the ";"
        s0 = e + 1
        if _NOT_PICTURED.match(text, s0):
            break  # "A, B; (not pictured) C": the list ends before who is not in the frame
    picked: list[Mention] = []
    leads: list[str] = []
    for a, b in segs:
        items = _list_items(text, a, b, mentions)
        if items is None:
            if _UNNAMED_ITEM.fullmatch(text, a, b):
                picked.append(None)  # "; and an unidentified man.": one more place, no one named
                leads.append("")
                continue
            return False  # an item with no name: not a list of people
        if (a, b) == segs[-1]:
            items = items + _and_closing_items(text, items[-1][0], b, mentions)
        for x, lead in items:
            picked.append(x)
            leads.append(lead)
    if len(picked) - picked.count(None) < 2:
        return False
    for n, x in enumerate(picked):
        if x is None:
            continue
        if n < len(_ORDINALS) and x.position is None:
            x.position = f"{row}{_ORDINALS[n]} {side}"
        if x.title is None and leads[n]:
            m = _ITEM_TITLE.fullmatch(leads[n])
            if m:
                x.title = m.group(1)  # "el presidente de Venezuela, Nicolás Maduro;"
    return True


def _and_closing_items(text: str, tail: Mention, b: int, mentions: list[Mention]) -> list:
    """AP's "from left: A of X; B of Y; C of Z, and D of W": the last ";" item may close the list
    with ", and" instead of "; and": each name so joined after the item's first is one more."""
    out = []
    for x in mentions:
        if tail.name_start < x.name_start < b and x.start >= tail.end:
            if " ".join(text[tail.end:x.start].split()) not in (", and", "and"):
                break
            out.append((x, ""))
            tail = x
    return out


def _sentence_stop(text: str, at: int, v: dict) -> int:
    """Where the sentence from `at` ends: the first ". " not closing an abbreviated rank, office
    or honorific ("Pvt.", "Sgt.", "Sen.", "Dr.") or an initial, which a list's names carry."""
    i = text.find(". ", at)
    while i >= 0:
        w = text[text.rfind(" ", at, i) + 1:i]
        low = w.casefold()
        if not (w[:1].isupper() and len(w) <= 4 and (len(w) == 1 or low in v["roles"] or low in v["honorifics"]
                                                     or low in v["rank_ends"])):
            return i
        i = text.find(". ", i + 2)
    return len(text)


def _verb_after_names(text: str, a: int, b: int, mentions: list[Mention], v: dict) -> bool:
    """The last name of text[a:b] is followed by a caption verb (singular or plural) inside it:
    "A, B and C attend a session", "C, left, listens"."""
    last = None
    for x in mentions:
        if a <= x.name_start < b:
            last = x
        elif x.name_start >= b:
            break
    if last is None:
        return False
    rest = text[last.end:b].lstrip(" ,")
    word = rest.split(" ", 1)[0]
    return word[:1].islower() and (word in v["verbs"] or word in _plural_verbs(v))


# who is not in the frame, after a list's ";" ("; (not pictured) C", "; not pictured: C")
_NOT_PICTURED = re.compile(r"\s*(?:and\s+)?\(?\s*(?:not\s+(?:pictured|shown|in\s+photo)|absent)\b", re.I)
# a list's item naming no one: "; and an unidentified man", "; a guest."
_UNNAMED_ITEM = re.compile(r"\s*(?:and\s+)?(?:an?\s+)?(?:(?:unidentified|unknown|unnamed)\s+[a-z]+|guests?)\W*",
                           re.I)
# a list item's lower-case title before its name and a comma, after an article ("el presidente
# de Chile, Gabriel Boric", AP's Spanish captions; "o presidente da Itália, Sergio Mattarella")
_ITEM_TITLE = re.compile(r"(?:(?:y|e)\s+)?(?:el|la|o|a)\s+([^\W\d_A-Z][^,;()]{2,60}?)\s*,")
# where one ";" item holds more: ", el presidente de ...", ", y el primer ministro de ..."
_ITEM_SPLIT = re.compile(r",\s+(?=(?:(?:y|e)\s+)?(?:el|la|o|a)\s+[^\W\d_A-Z])")


def _list_items(text: str, a: int, b: int, mentions: list[Mention]):
    """The people of one ";" item of a list, each with the text before its name: its first
    mention, or, when ", el presidente de X, Name" runs on inside it, each such item's. None
    when the item names no one."""
    inside = [x for x in mentions if a <= x.name_start < b]
    if not inside:
        return None
    cuts = [a]
    if len(inside) >= 2:
        for m in _ITEM_SPLIT.finditer(text, a, b):
            cuts.append(m.end())
    cuts.append(b)
    out = []
    for k in range(len(cuts) - 1):
        first = None
        for x in inside:
            if cuts[k] <= x.name_start < cuts[k + 1]:
                first = x
                break
        if first is None:
            return [(inside[0], text[a:inside[0].start].strip())]
        out.append((first, text[cuts[k]:first.start].strip()))
    return out


def _list_before(text: str, mark, mentions: list[Mention], side: str, v: dict) -> bool:
    """AP's "A, B and C, from left, attend ...": the marker after a list, before its verb,
    orders the names before it. True when it did."""
    tail = text[mark.end():mark.end() + 2].lstrip()
    # a row's bracket closed by a comma, the next row's names after it ("A, B and C (front row,
    # from left), D and E (back row, from left)"): taken only with the row written (below)
    row_comma = tail[:1] == "," and text[mark.end() - 1:mark.end()] == ")"
    if not (tail[:1].islower() or tail[:1] in (".", "") and text[mark.end() - 1:mark.end()] == ")" or row_comma) \
            or text[mark.start() - 1:mark.start()] not in (" ", ","):
        return False  # (a bracketed marker may close the sentence: "... shows A, B and C (from left).")
    before = [x for x in mentions if x.end <= mark.start()]
    if not before:
        return False
    row = ""
    gap = text[before[-1].end:mark.start()].strip(" ,")
    if gap[:1] == "(" or gap[:5] == "from ":
        gap = _AGE_HOME_ASIDE.sub("", gap, 1).strip(" ,")  # "Petra (22) from the Czech Republic (left to right)"
    if gap:
        # "A, B and C (front row, from left) and D and E (back row, from left)": the row
        # written in the marker's brackets, before its side
        rm = _ROW_IN_BRACKET.fullmatch(gap) if gap[:1] == "(" else None
        if rm is None:
            return False
        row = _row_name(rm) + " "
    elif row_comma:
        return False  # ("A, B (from left), C and D": the list may run on after the bracket)
    chain = [before[-1]]
    for x in reversed(before[:-1]):
        between = " ".join(text[x.end:chain[-1].start].split())
        if between[:1] == "(" or between[:5] == "from ":
            between = _AGE_HOME_ASIDE.sub("", between, 1).lstrip()  # "Dana (60), Sue (56)", "Ashlee (23) from Australia,"
        if between not in _LIST_JOINS and not _family_join(between, v):
            break
        chain.append(x)
    if len(chain) < 2:
        return False
    for n, x in enumerate(reversed(chain)):
        if n < len(_ORDINALS) and x.position is None:
            x.position = f"{row}{_ORDINALS[n]} {side}"
    if text.startswith(" of ", mark.end()):
        # "A, B, C and D (from L to R) of Team China celebrate": the team after the marker is each one's
        m = _OF_TEAM.match(text, mark.end())
        if m and _is_team_or_country(m.group(1), v) and not text.startswith(",", m.end()):
            title = _of_title(m.group(1))
            if not _home_state(title, text):
                for x in chain:
                    if x.title is None:
                        x.title = title
    return True


# after a list item's name, its age in brackets and where the person is from ("Ashlee (23) from
# Australia, Simone (22) ... (left to right)"): no join, the list runs on past them
_AGE_HOME_ASIDE = re.compile(r"^(?:\(\d{1,3}\) ?)?(?:from (?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})?")


# an unnamed guest standing in a list ("(L-R) Guest, A and B", "A, guest and B")
# a list item known only by a title ("the Princess Royal", "the Duke of Kent"); an apposition
# of the name before it would have been read with that name already
_TITLED_ONLY = re.compile(r",?\s*the ((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*)?)"
                          r"\s*(?:,\s*and|,|and|&)")


# after a list's last "and", a title set off by commas before the last name (EPA's "A, and
# Maltese Minister for Home Affairs, National Security and Law Enforcement, B"); no stop inside
_AND_TITLE_JOIN = re.compile(r"(?:, )?and ([^;().]{3,120}),")
_ARTICLE_LEAD = re.compile(r"^(?:the|a|an) ", re.I)  # (a title's leading article goes)


def _and_title_join(between: str, v: dict) -> bool:
    """The join before a list's last name holds that name's title, set off by commas after the
    last "and": only one item is left after it, so the title is the next name's (a role word in it)."""
    m = _AND_TITLE_JOIN.fullmatch(between)
    return m is not None and _has_role_word(m.group(1).casefold().replace(",", " ").split(), v)


def _titled_only_join(between: str, v: dict) -> bool:
    """", the Princess Royal and", ", the Duke of Kent,": a person of a list known by a title."""
    m = _TITLED_ONLY.fullmatch(between)
    if not m:
        return False
    words = m.group(1).replace("-", " ").casefold().split()
    return any(w in v["roles"] for w in words)


# a listed name between two joins that was not read as a person (its words unknown as names),
# a role word straight before it: its place counts, so the names after it keep theirs ("From
# left, A, former Georgia Sen. San Nunn, Sen. C, R-Texas, and D"). (Without the role, "A, Red
# Bull Racing, and B": the words are A's team, no one's place.)
_UNREAD_NAME_JOIN = re.compile(r"(?:,|, and|and|&) (?:(?:[a-z][a-z-]*|[A-Z][A-Za-z-]*\.?) ){0,3}?"
                               r"([A-Za-z][A-Za-z-]*\.?) "
                               r"([A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){1,2})(?:,|, and| and| &)")


def _unread_name_join(between: str, v: dict) -> bool:
    m = _UNREAD_NAME_JOIN.fullmatch(between)
    if m is None or m.group(1).casefold().rstrip(".") not in v["roles"]:
        return False
    words = m.group(2).split()
    for w in words:
        low = w.casefold()
        if low in v["roles"] or low in v["not_name"] or low in v["honorifics"] or low in v["months"] \
                or low in v["days"] or low in v["peoples"]:
            return False
    return _norm(words[-1]) not in v["places"] and _norm(m.group(2)) not in v["places"]


# one place in a marked list held by someone not named: "A, guest and B", "A, unidentified, B"
_GUEST = re.compile(r"(?:(?:and|&)\s+)?(?:an?\s+)?(?:guests?|(?:unidentified|unknown)(?:\s+(?:man|woman|person|guest))?)"
                    r"(?:\s*,)?(?:\s+(?:and|&))?", re.I)
# a listed person's years of life in brackets after the name (Getty's archive captions:
# "A (1902 - 1988), B (1921 - 1971) and C"): no break in the list
_LIFESPAN = re.compile(r"\((?:c\.\s*|b\.\s*)?1[89]\d\d\s*[-\u2013]\s*(?:(?:19|20)\d\d)?\s*\)\s*")

# a row's word ("front", "second", "3rd"), a group for _row_name
_ROW_WORD = r"(front|back|top|bottom|middle|first|second|third|fourth|1st|2nd|3rd|4th)"
# a row's side word standing alone as a label, without "row" ("Front (L-R):", "(Back, from
# left)", "(from left) front: A, B; back: C, D"): only where a label stands
_BARE_ROW_WORD = r"(front|back|top|bottom)"
_ROW = re.compile(r"\b" + _ROW_WORD + r"\s+row\s*[,:]?\s*$"
                  r"|(?:^|(?<=[(.;:])|(?<=[(.;:]\s)|(?<=\bat\s)|(?<=\bin\s)|(?<=\bat\sthe\s)|(?<=\bin\sthe\s))"
                  + _BARE_ROW_WORD + r"\s*,?\s*$", re.I)  # ("; at back, from left, A and B")


def _row_name(m) -> str:
    """The row a _ROW or _ROW_AFTER match names, as a position writes it: "front", "third"
    ("front row" when written with "row")."""
    w = m.group(1)
    if w is None:
        return m.group(2).casefold()
    row = w.casefold()
    return f"{_ORD.get(row, row)} row"


def _row_of(text: str, at: int) -> str:
    """The row a list stands in, written just before its marker ("Front row (L-R):",
    "Back row, from left,", "(Front, from left)"), as a position prefix: "front row "; else ""."""
    m = _ROW.search(text, max(0, at - 25), at)
    if m is None and "row," in text[max(0, at - 100):at]:
        m = _ROW_THEN_ASIDE.search(text, max(0, at - 100), at)  # ("In front row, holding the cup, from left:")
    return "" if m is None else _row_name(m) + " "


# the row opening a sentence, then an aside set off by commas, just before the list's marker
# ("In front row, playing with the coin gun, from left: A; B"): the row is still the list's
_ROW_THEN_ASIDE = re.compile(r"(?:^|(?<=[.;:])\s+)(?:[Ii]n\s+(?:the\s+)?)?" + _ROW_WORD
                             + r"\s+row\s*,\s*[^,.;:()]{1,60},\s*$", re.I)


# the row written just after a list's side, inside its brackets: "(From left, back row)",
# "(L-R, front row)", "From left, second row:", "(from left) front:"
_ROW_AFTER = re.compile(r"\s*,?\s*(?:" + _ROW_WORD + r"\s+row\b|" + _BARE_ROW_WORD + r"\s*(?=:))", re.I)


def _row_after(text: str, at: int) -> tuple[str, int]:
    """The row written right after a list marker, as a position suffix (" back row"), and where
    the list then starts; else ("", at)."""
    m = _ROW_AFTER.match(text, at)
    return ("", at) if m is None else (" " + _row_name(m), m.end())


# a ";" closing one row's list, the next row's label after it ("A, B; middle row: C",
# "A, B; back: C"): no list of titled items split by ";"
_SEMI_ROW = re.compile(r";\s*(?:and\s+)?\(?\s*(?:in\s+)?(?:the\s+)?(?:" + _ROW_WORD + r"\s+row\b|"
                       + _BARE_ROW_WORD + r"\s*[:)])", re.I)
# the next row's label right after a list's last name, with no side of its own ("; back row:",
# ". Back:"), and the side that opened the first row's list runs on into it
_NEXT_ROW = re.compile(r"\s*[;.]\s*(?:and\s+)?(?:" + _ROW_WORD + r"\s+row\s*[:,]|" + _BARE_ROW_WORD + r"\s*:)\s*", re.I)
# in a list whose items are split by ";", the next row's label may stand with no colon before
# its first name ("back row A; B; C; front row D; E")
_NEXT_ROW_BARE = re.compile(r"\s*;\s*" + _ROW_WORD + r"\s+row\s+(?=(?-i:[A-Z]))", re.I)


def _next_rows(text: str, mentions: list[Mention], last: Mention, side: str, v: dict, semis: bool = False) -> None:
    """"From left, front row: A, B; back row: C, D", "Pictured (from left) front: A, B; back: C,
    D": the side written once, before the first row's label, orders each row after it; each
    row counts from first again ("first left back row"). When the first row's items were split
    by ";" (`semis`), so are the next rows', and their labels may lack a colon."""
    for _ in range(4):
        m = _NEXT_ROW.match(text, last.end)
        if m is None and semis:
            m = _NEXT_ROW_BARE.match(text, last.end)
        if m is None:
            return
        row = _row_name(m)
        prev = None
        n = 0
        for x in mentions:
            if x.start < m.end():
                continue
            if prev is None:
                if x.start != m.end() and not (semis and not _drop_honorific_tail(text[m.end():x.start].strip(), v)):
                    return  # (in a ";" list an honorific may open the item: "front row Mr D; Miss E")
            else:
                between = " ".join(text[prev.end:x.start].split())
                if semis and between[:1] == ";":
                    between = _drop_honorific_tail(between, v)
                if between not in _LIST_JOINS or not semis and between == ";":
                    break
            if n < len(_ORDINALS) and x.position is None:
                x.position = f"{_ORDINALS[n]} {side} {row}"
            n += 1
            prev = x
        if prev is None:
            return
        last = prev


def _next_row_list(text: str, marks: list, k: int) -> bool:
    """The list marker after marks[k] opens another row's list ("(front row from left) A, B;
    (back row from left) C, D"): a ";" between them closes a row, not a title's item."""
    return k + 1 < len(marks) and _row_of(text, marks[k + 1].start()) != ""


def _next_list_after_semicolon(text: str, marks: list, k: int) -> bool:
    """"Standing from left, A, B and C; sitting from left, D and E": the next list marker
    follows a ";" after at most a posture or row word or two: the ";" closes this row's list
    (each row counts from first again), not a title's item."""
    if k + 1 >= len(marks):
        return False
    nxt = marks[k + 1].start()
    semi = text.rfind(";", marks[k].end(), nxt)
    if semi < 0:
        return False
    between = text[semi + 1:nxt].strip(" ,(")
    return len(between) <= 24 and all(w.isalpha() for w in between.split())


# a row's label opening a list of names with no sides: "(Back row) A, B and C (front row) D
# and E ...", "Front row: A, B and C.", "In the front row are A, B and C"
_ROW_LABEL = re.compile(r"\(\s*(front|back|top|bottom|middle|first|second|third|1st|2nd|3rd)\s+row\s*\)"
                        r"|\b(front|back|top|bottom|middle|first|second|third|1st|2nd|3rd)\s+row\s*:"
                        r"|\b[Ii]n\s+the\s+(front|back|top|bottom|middle|first|second|third|1st|2nd|3rd)\s+row"
                        r"\s*,?\s+(?:are|is|were|sit|stand)\b", re.I)
# the row in a list marker's brackets, before the side: "(front row, from left)"
_ROW_IN_BRACKET = re.compile(r"\(\s*(?:" + _ROW_WORD + r"\s+row|" + _BARE_ROW_WORD + r")\s*,?", re.I)


def _apply_rows(text: str, mentions: list[Mention], v: dict) -> None:
    """The people listed after a row's label, joined only by commas and "and", stand in that
    row: "front row" each (a list marker after the label orders them instead: _apply_lists).
    A plural lead-in shared by the list may stand after the label ("Back row: Pvts. A and B")."""
    labels = list(_ROW_LABEL.finditer(text))
    if not labels:
        return
    rows = []
    for n, m in enumerate(labels):
        row = (m.group(1) or m.group(2) or m.group(3)).casefold()
        row = f"{_ORD.get(row, row)} row"
        rows.append(row)
        if n and m.group(1):
            # "... C (front row) D": after an earlier row's list, the label opens the next
            # list; it is no position of the name before it
            for x in mentions:
                if x.name_start < m.start() and x.end >= m.end() and x.position == row \
                        and not text[m.end():m.end() + 2].strip()[:1].islower():
                    x.position = None
    for n, m in enumerate(labels):
        chain = [x for x in mentions if x.start >= m.end()]
        if not chain:
            continue
        gap = text[m.end():chain[0].start].strip(" ,:-\u2013")
        if gap and not (gap[:1].isupper() and _plural_lead_in(gap, v)):
            continue
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        prev = None
        for x in chain:
            if x.start >= stop or prev is not None and " ".join(text[prev.end:x.start].split()) not in _LIST_JOINS:
                break  # (the next row's label opens the next list)
            if x.position is None:
                x.position = rows[n]
            prev = x


# an ordinal right before a "from left," marker makes it one person's place
_ORDINAL_BEFORE = re.compile(r"\b" + _ORD_RE + r"\s+$", re.I)


def _list_marks(text: str, low: str, rx: re.Pattern) -> list:
    """The list markers of the text, in order, not overlapping. (A list, not a generator:
    the caller changes nothing they depend on, and compiled it is a typed C loop.)"""
    if len(low) != len(text):  # casefolding moved the offsets: scan the whole text
        return list(rx.finditer(text))
    anchors = []
    for word in (_LIST_ANCHORS if "erda" not in low or ("izquierda" not in low and "esquerda" not in low)
                 else _LIST_ANCHORS + _ROMANCE_LIST_ANCHORS):  # ("erda": one scan for both words, mostly)
        i = low.find(word)
        while i >= 0:
            if _may_mark(low, i, word):
                anchors.append(i)
            i = low.find(word, i + 1)
    out = []
    end = 0
    for i in sorted(anchors):
        if i >= end:
            m = rx.match(text, i)
            if m:
                end = m.end()
                out.append(m)
    return out


def _may_mark(low: str, i: int, word: str) -> bool:
    """Whether a list marker may begin at the anchor `word` found at i: what every marker of
    position_lists.txt has next ("(", spaces, then l/r/from; "from" or "starting", spaces, then
    l/r/the; "left" or "right", spaces, "to", or a hyphen). Most "(" and "from" of a caption open no list,
    and this cheap test spares the long alternation there (keep it in step with that file)."""
    n = len(low)
    j = i + len(word)
    if word == "(":
        while j < n and low[j].isspace():
            j += 1
        if j < n and low[j].isdigit():  # "(72, left to right)": an age, then the side
            k = j
            while k < n and k - j < 3 and low[k].isdigit():
                k += 1
            return low.startswith(", l", k) or low.startswith(", r", k)
        return j < n and low[j] in "lrf"
    if (word == "left" or word == "right") and low[j:j + 1] in ("-", "\u2013"):
        return True  # ("Left-right:": the sides hyphenated)
    if word == "from" or word == "starting" or word == "left" or word == "right":
        if j >= n or not low[j].isspace():
            return False
        while j < n and low[j].isspace():
            j += 1
        if word == "left" or word == "right":
            return low.startswith("to", j)
        return j < n and low[j] in "lrt"
    if word == "l-r" or word == "r-l":
        return low[j:j + 1] in (":", ";") or (  # one find for "l-r:" and "l-r;"
            low[j:j + 1] == ")" and "row" in low[max(0, i - 6):i]) or (  # EPA's "(2nd row, L-R)"
            low[j:j + 1] == "," and (i == 0 or low[i - 2:i] == ". "))  # "L-R, A, B and C" opening a sentence
    return True


# a group's noun closing a list's lead-in ("(L-R) The Senate Democratic leadership, A, B and C")
_COLLECTIVE_LEADS = frozenset(("leadership", "delegation", "delegations", "team", "panel", "board", "cast",
                               "band", "crew", "trio", "quartet", "family", "group",
                               "counterparts"))  # ("with his counterparts A, B and C")


def _plural_lead_in(gap: str, v: dict) -> bool:
    """A lead-in shared by the whole list ("From left, Republican presidential candidates
    A, B and C"): words of a title ending in a plural role word."""
    words = gap.split()
    if len(words) > 8 or not (_plural_role(words[-1].casefold().rstrip("."), v)  # ("Sens.")
                              or words[-1].casefold() in _COLLECTIVE_LEADS):
        return False
    for w in words[:-1]:
        low = w.casefold()
        if not (w[:1].isupper() or low in ("the", "and", "of") or low in v["modifiers"]
                or _role_word(low, v) or _plural_role(low, v) or _ADJECTIVE.search(low)):
            return False
    return True


def _us_state(name: str) -> bool:
    return name in _us_states()


# a plural lawmakers' lead-in: under it "of <State>" after a name is the home state
_LAWMAKERS = re.compile(r"\b(?:Sens|Reps|Govs)\.|\b(?:Senators|Representatives|Governors|Congress(?:wo)?men"
                        r"|[Ll]awmakers|[Ll]egislators)\b")


def _home_state_position(doc: Doc, at: int, v: dict) -> tuple[str, int] | None:
    """The position after " of <State>" following a titled name, and where it ends."""
    m = _OF_TEAM.match(doc.text, at)
    if m and _us_state(m.group(1).rstrip(".,")):
        p2, _, e2 = _decorations(doc.text, m.end(), v, doc.ends)
        if p2:
            return p2, e2
    elif m and doc.text.startswith(",", m.end()):
        return _after_home_town(doc, m.end(), v)  # ("Mayor X of Dayton, Ohio, right,")
    return None


def _after_home_town(doc: Doc, at: int, v: dict) -> tuple[str, int] | None:
    """The position after a home town's state or country (", Md., left," at `at`, just after
    "X of Annapolis"), and where it ends: AP writes the side after the whole home town."""
    text = doc.text
    if not _home_town(text, at, v):
        return None
    p2, _, e2 = _decorations(text, _TOWN_REGION.match(text, at).end(), v, doc.ends)
    return (p2, e2) if p2 else None


# ", Ariz., waves" / ", Brazil, holds": the state or country after a home town
_TOWN_REGION = re.compile(r",\s+([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})(?=[,.;:)]|\s+[a-z]|$)")


def _of_team_position(doc: Doc, at: int, v: dict) -> tuple[str, int] | None:
    """" of the U.S. (L)" after a titled name: the position in brackets after its country or team."""
    text = doc.text
    m = _OF_TEAM.match(text, at)
    if m is None or not text.startswith(" (", m.end()) or not _is_team_or_country(m.group(1), v):
        return None
    position, _, end = _decorations(text, m.end(), v, doc.ends)
    return (position, end) if position else None


# A plural place noun and an example marker, then the names listed so far ("cities like
# Reynosa and ", "towns such as Kharkiv, "): the name after it is a place too.
_PLACE_EXAMPLES_RE = re.compile(
    r"\b(?:cities|towns|villages|capitals|countries|nations|provinces|states|regions|places|ports|islands)"
    r"(?: [a-z\-]+){0,2}? (?:like|such as|including) (?:[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}"
    r"(?:, and |, or |, | and | or ))*$")


def _in_place_examples(text: str, at: int) -> bool:
    """`violence-wracked cities like Reynosa and Nuevo Laredo`, `towns such as Bucha`: a name
    listed after a plural place noun and `like`, `such as` or `including` is a place."""
    if " like " not in text and " such as " not in text and " including " not in text:
        return False
    return _PLACE_EXAMPLES_RE.search(text, max(0, at - 120), at) is not None


def _home_town(text: str, at: int, v: dict) -> bool:
    """"X, of Tucson, Ariz., waves", "Y, of Sao Paulo, Brazil, holds": "of" then a town, then
    its state or country, gives where the person lives, not a team."""
    m = _TOWN_REGION.match(text, at)
    if m is None:
        return False
    region = m.group(1)
    return region in _us_state_forms() or _norm(region.rstrip(".")) in v["places"]


@functools.cache
def _home_cities() -> frozenset[str]:
    """Cities of the place tables (world_cities.tsv, geo_cities.tsv) that name no country or
    region: after "Name, of" they give where the person lives ("Jake Mogan, of San Francisco,")."""
    countries = set()
    for table in ("country_aliases.tsv", "regions.tsv"):
        for ln in _lines(table):
            countries.update(_table_key(c) for c in ln.split("\t")[:2])
    countries.update(map(_table_key, _pycountry_country_names()))
    out = set()
    for table in ("world_cities.tsv", "geo_cities.tsv"):  # (the towns' table as well: "of Mesa,")
        for ln in _lines(table):
            name = ln.split("\t")[0]
            city = _table_key(name)
            if city not in countries and not _us_state(name) and city not in _CITY_STATES:
                out.add(city)
    return frozenset(out)


def _table_key(s: str) -> str:
    """_norm without its cache: a table of thousands of rows read once would clear the cache
    the captions' names fill."""
    return " ".join(s.replace("\u2019", "'").casefold().split())


# cities that are countries too ("of Monaco", "of Singapore": a national affiliation)
_CITY_STATES = frozenset(("monaco", "singapore", "luxembourg", "djibouti", "kuwait", "vatican city",
                          "san marino", "andorra", "liechtenstein", "hong kong", "macau", "macao"))


def _home_city(text: str, m, title: str) -> bool:
    """"X, of San Francisco, third from left,": a comma before "of" and after a lone city (not
    a country or region) gives a home town, not a team ("Van Dijk of Liverpool" has no comma)."""
    return "," in text[m.start():m.start(1)] and _home_town_name(text, title)


def _home_town_name(text: str, name: str) -> bool:
    """A lone city of the place tables (_home_cities), or a town the caption writes with its US
    state (_town_elsewhere): after "of", where the person lives."""
    return _norm(name) in _home_cities() or _town_elsewhere(text, name)


def _town_elsewhere(text: str, town: str) -> bool:
    """"X, of Kokomo, waits ... in Kokomo, Indiana.": the caption itself writes the name as a
    town with its US state (a town too small for the place tables), so "of" it is a home town."""
    at = text.find(town + ", ")
    while at != -1:
        r = _TOWN_REGION.match(text, at + len(town))
        if r is not None and (r.group(1) in _us_state_forms() or r.group(1).rstrip(".") in _us_state_forms()):
            return True  # (`Ind.` as AP writes it; `Indiana.` at the sentence's end)
        at = text.find(town + ", ", at + 1)
    return False


def _country_named_city(name: str) -> bool:
    """`Mexico City`, `Kuwait City`, `Panama City`: a town named for its country, which no team or
    body is called, so "of" it gives a home town even without a comma."""
    return _country_word(name[:-5]) and _norm(name) in _home_cities()


def _home_state(name: str, text: str) -> bool:
    """"Elizabeth Warren of Massachusetts" under "Democratic Sens. ...": a state, not a team."""
    return _us_state(name) and _LAWMAKERS.search(text) is not None


def _role_of_the(toks: list, first: int) -> bool:
    """"leader of the | Social Democrats Mette Frederiksen": a lower-case role "of the" just
    before the run, whose plural names the body the role is of (not a shared lead-in)."""
    return first >= 3 and toks[first - 1].low == "the" and toks[first - 2].low == "of" \
        and toks[first - 3].role and not toks[first - 3].cap and not toks[first - 3].masked


def _inner_plural_lead(toks: list, run: list[int], v: dict) -> int:
    """Where the name starts after a plural office that follows only adjectives, parties or
    places ("Georgia Democratic Sens. Jon Ossoff": 3), else 0. Two name words must follow."""
    for k in range(1, len(run) - 2):
        t = toks[run[k]]
        if t.plural_lead:
            for i in run[:k]:
                b = toks[i]
                if not (b.title_word or b.key in v["places"] or b.low in v["demonyms"]) or b.poss:
                    return 0
            return k + 1
        if not t.cap:
            return 0
    return 0


def _plural_office(toks: list, title_idx: list[int]) -> bool:
    """The office before a name has a plural role at its head, before any "of" ("Former
    Prime Ministers of Japan"), and no singular role after it ("Joint Chiefs of Staff
    Chairman" is one man's): it is shared by a list, no one's title."""
    if _role_of_the(toks, title_idx[0]):
        return False  # "head of the Social Democrats Mette Frederiksen": the party is the role's
    plural = False
    for i in title_idx:
        t = toks[i]
        if (t.low == "of" or t.low == "for") and not plural:
            return False  # ("Speaker of the House of Representatives", "High Commissioner for Refugees": a plural after "of")
        if t.team_nick:
            return False  # "Arizona Cardinals Budda Baker", "Kansas City Chiefs Patrick Mahomes": a team
        if t.plural_lead:
            plural = True
        elif plural and t.role:
            return False
    return plural


def _plural_role(low: str, v: dict) -> bool:
    """"candidates", "ministers", "congressmen": a role word in the plural."""
    roles = v["roles"]
    if low.endswith("men"):
        return low[:-3] + "man" in roles or ("-" in low and _role_word(low[:-3] + "man", v))
    if not low.endswith("s"):
        return False
    if low[:-1] in roles or (low.endswith("es") and low[:-2] in roles):
        return True
    return "-" in low and _role_word(low[:-1], v)  # "co-chairs", "vice-chairmen": a prefixed role


# "a dog named “Hachiko”", "a horse called Secretariat": a thing's noun, then its name
_THING_NAMED = re.compile(r"\b([a-z]+)\s+(?:named|called)\s+[\"\u201c\u2018']?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")


def _drop_named_things(text: str, mentions: list[Mention], v: dict) -> None:
    """An animal, a work or a vessel named after its noun ("a dog named “Hachiko”", often
    quoted, so not read there) is no person when its name comes back alone ("Hachiko has
    waited ...")."""
    names = [m.group(2) for m in _THING_NAMED.finditer(text) if m.group(1) in v["things"]]
    if names:
        mentions[:] = [m for m in mentions if m.name not in names]


def _drop_typed_names(text: str, mentions: list[Mention], v: dict) -> None:
    """A name written elsewhere in the caption right after a noun that makes it a company's,
    an agency's or a vessel's name (organisation_nouns.tsv, "before": "the welfare agency
    Grupo Beta", "the ship Ever Given") is no person where it comes back alone ("Grupo Beta
    is a federal body"; the typed mention itself is dropped by _named_thing)."""
    orgs = v["org_nouns"]
    keep = []
    for m in mentions:
        name = m.name
        typed = False
        i = text.find(name)
        while i > 1:
            if text[i - 1] == " ":
                j = text.rfind(" ", 0, i - 1) + 1
                where = orgs.get(text[j:i - 1])
                if where is not None and "before" in where and not text.endswith(" of the ", 0, j):
                    # (but "the mayor of the town Oleksandr Senkevych": an office's holder)
                    typed = True
                    break
            i = text.find(name, i + 1)
        if not typed:
            keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


def _drop_apposed_things(text: str, mentions: list[Mention], v: dict) -> None:
    """A name that an apposition elsewhere calls an animal, a work or a vessel ("Mei Xiang, a
    giant female panda, rests ..." then "Mei Xiang gave birth ...") is no person where it
    comes back alone (the apposed mention itself is dropped by _named_thing)."""
    keep = []
    for m in mentions:
        i = text.find(m.name + ", a")
        if i == -1 or not _thing_apposition(text, i + len(m.name), v):
            keep.append(m)
    if len(keep) < len(mentions):
        mentions[:] = keep


# "dressed up as Mrs. Claus", "disguised as the Joker": a costume's character (an honorific allowed)
_COSTUME_BEFORE = re.compile(r"\b(?:dressed|disguised|costumed)(?: up)? as (?:an? |the )?(?:[A-Z][a-z]{0,3}\.? )?$")


def _drop_costume_characters(text: str, mentions: list[Mention]) -> None:
    """A name right after "dressed as" is the costume's character, not a person pictured."""
    mentions[:] = [m for m in mentions
                   if _COSTUME_BEFORE.search(text, max(0, m.name_start - 40), m.name_start) is None]


# "Name: the ROLE is ...": the role, then the verb of the clause it opens
_COLON_SUBJECT = re.compile(r":\s+[Tt]he\s+((?:\S+\s+){1,6}?)(?:is|was|has|had|will|says|said|who|\u2013|-)\s")


def _colon_subject_title(text: str, m: Mention, v: dict) -> None:
    """The Irish Times' "Mattie McGrath: The Independent TD is taken to task ...": a name that
    heads the caption, a colon, then "the ROLE" as the subject of the clause: the role is the
    name's title (as in the apposition ", the Independent TD,")."""
    if m.start != 0:
        return
    c = _COLON_SUBJECT.match(text, m.end)
    if c is not None:
        m.title = _apposition_title(c.group(1).strip(), v)


def _namesakes(text: str, mentions: list[Mention]) -> None:
    """"her granddaughter, also named Ayse,": a namesake of someone named before is another
    person, listed apart (its key no longer matches the first one's name or words)."""
    for m in mentions:
        a = m.name_start
        if m.tokens == 1 and (text[a - 12:a] == " also named " or text[a - 13:a] == " also called ") and a >= 12:
            m.key = m.key + " (namesake)"
            m.words = [m.key]


def _trim_capitals_titles(mentions: list[Mention], v: dict) -> None:
    """A typed press print set all in capitals: the title before a name is only the office words
    next to it ("AFTER ARRIVING FROM NEW YORK ABOARD PRESIDENT EISENHOWER'S PLANE" -> PRESIDENT);
    capitals give no other bound."""
    for m in mentions:
        title = m.title
        if title and " " in title and title.isupper():
            words = title.split()
            k = len(words)
            while k > 0 and _capitals_office_word(words, k - 1, v):
                k -= 1
            while k < len(words) and words[k].casefold() in _THE_AND_OF:
                k += 1  # ("... ABOARD THE PRESIDENT": the office opens on its own word)
            if k > 0:
                m.title = " ".join(words[k:]) or None


_THE_AND_OF = frozenset(("of", "the", "for", "and"))


def _capitals_office_word(words: list, k: int, v: dict) -> bool:
    """Whether words[k] belongs to the office: a role word, a modifier, a demonym, a joiner, or a
    domain next to its office ("HOME SECRETARY", "SECRETARY OF STATE"; not "HOME OF CHANCELLOR")."""
    low = words[k].casefold()
    if low in v["roles"] or low in v["modifiers"] or low in v["demonyms"] or low in _THE_AND_OF:
        return True
    if low not in v["domains"]:
        return False
    return k + 1 < len(words) and words[k + 1].casefold() in v["roles"] \
        or k >= 1 and words[k - 1].casefold() in ("of", "for")


# a monarch's style: the one word after it is a regnal or given name (schema: monarchs go by
# regnal name), not the surname of someone listed without that style
_REGNAL_STYLES = frozenset(("king", "queen", "emperor", "empress", "pope", "sultan", "emir", "prince", "princess"))


def _regnal_apart(title: str, before: str | None) -> bool:
    """"Prime Minister Anwar Ibrahim ... proclaimed Sultan Ibrahim": a one-word name after a
    monarch's style names a person apart from an earlier one whose title holds no such style
    ("King Charles" after "Britain's King Charles III" is the same)."""
    style = title.rpartition(" ")[2].casefold()
    if style not in _REGNAL_STYLES:
        return False
    return before is None or style not in before.casefold()


def _unique(mentions: list[Mention]) -> list[Person]:
    out: list[tuple[Person, list]] = []
    seen: dict[str, Person] = {}
    for m in mentions:
        key = m.key
        p = seen.get(key)
        if p is None and m.tokens == 1:
            # a surname or first name alone that repeats someone already listed
            for q, words in out:  # (a loop: a generator costs more than the search)
                if key in words:
                    if m.title is None or not _regnal_apart(m.title, q.title):
                        p = q
                    break
        elif p is None:
            # the last words of someone already listed ("Marcos Jr." after "Ferdinand
            # 'Bongbong' Marcos Jr.", "Aboul Gheit" after "Ahmed Aboul Gheit")
            n = m.tokens
            for q, words in out:
                if len(words) > n and words[-n:] == m.words:
                    p = q
                    break
        if p is None:
            p = Person(m.name, m.title, m.position)
            seen[key] = p
            out.append((p, m.words))
            continue
        if p.title is None and m.title:
            p.title = m.title
        if p.position is None and m.position:
            p.position = m.position
    return [p for p, _ in out]
