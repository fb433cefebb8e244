"""The cold credit-line reader's cheap paths must agree with the slow forms they stand for."""
import re

from hypothesis import given, settings, strategies as st

from catalog.parse import credit as C

# The separator pattern as first written: the reference for the split below.
_SPLIT_REFERENCE = re.compile(r"\s*/\s*|\s+[-–—]\s+|\s*,\s*|\s*;\s*")

_PIECES = ["a", "Bo", "  ", " ", "/", ",", ";", "-", "–", "—", ".", "\t", "\xa0", "\n", " - ", " / ", "Jr."]


def _reference_parties(s):
    return [p for p in _SPLIT_REFERENCE.split(s) if p and p.strip(" .")]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_split_parties_matches_the_regex(s):
    assert C._split_parties(s) == _reference_parties(s), repr(s)
    assert C._SPLIT.split(s) == _SPLIT_REFERENCE.split(s), repr(s)


def test_split_parties_on_credit_shapes():
    for s in ["AP Photo/Daniel Cole, File", "Photo by Ludovic MARIN / AFP", "EPA-EFE/SHAWN THEW / POOL",
              "Evan Vucci - Pool/Getty Images", "A ; B;C", " lead/x", "x/trail ", "a//b", "a / . / b",
              "Name\t/ AFP", "Name /\xa0AFP", ""]:
        assert C._split_parties(s) == _reference_parties(s), repr(s)


def _reference_rights_tag(line):
    """_has_rights_tag as first written: the last word against every ending, then every hint."""
    if line.rstrip(" .").rsplit(None, 1)[-1].upper() in C._rights_endings():
        return True
    hints = [re.findall(r"[A-Z]{4,}", l[5:])[0] for l in C._data_lines("rights_tags.txt") if l.startswith("rest:")]
    return any(h in line for h in hints)


_RIGHTS_PIECES = ["AP Photo/", "Name", " ", ".", "OUT", "out", "ONLY", "USE", "ut", "s", "ES", "ß", "-", "---",
                  "NOTE:", "EDITORS", "EDITOR", "IMAGE", "\t", "9", "é", "Sladky", "Images"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_RIGHTS_PIECES), min_size=1, max_size=8).map("".join))
def test_rights_tag_test_matches_the_plain_one(line):
    if not line.rstrip(" .").split():
        return  # no last word: both raise there; split_credit's guard answers
    assert C._has_rights_tag(line) == _reference_rights_tag(line), repr(line)


def test_trie_alternation_is_the_flat_language():
    words = ["SOUTH KOREA", "SOUTH AFRICA", "US", "USA", "UK", "U", "NO SALES", "CÔTE D'IVOIRE"]
    trie, flat = re.compile("(?i:%s)$" % C._trie_alternation(words)), re.compile("(?i:%s)$" % C._flat_alternation(words))
    for s in words + ["south  korea", "usa", "Us", "SOUTH", "NO\tSALES", "côte d'ivoire", "UKS", "", "S"]:
        assert bool(trie.match(s)) == bool(flat.match(s)), repr(s)


_TAG_PIECES = ["EPA-EFE/", "DEAN LEWINS", " ", "/", ",", " - ", "AUSTRALIA", "AND", "&", "NEW ZEALAND", "OUT", "out",
               "South Korea", "EDITORIAL USE ONLY", "NO SALES", "EDITORS NOTE: x", "ALTERNATIVE CROP", "\n", "Name"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TAG_PIECES), min_size=1, max_size=7).map("".join))
def test_rights_regex_starts_where_the_flat_one_does(line):
    flat = re.compile(C._rights_pattern(C._flat_alternation))
    a, b = C._rights_re().search(line), flat.search(line)
    assert (a.start(), bool(a.group(0).strip())) == (b.start(), bool(b.group(0).strip())), repr(line)
