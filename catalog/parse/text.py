"""The caption as read (normalise_text), compiled with Cython beside the step modules.

It runs once a caption before every step: compiled, the usual caption (ASCII, already clean)
is recognised in one C loop over its characters instead of str.isprintable's table look-up
per character and a search for a doubled space.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

try:
    import cython  # compiled: _clean_ascii below is a typed C loop
    _COMPILED = cython.compiled
except ImportError:  # plain Python without Cython
    _COMPILED = False

# Control characters other than white space (binary junk, NULs) carry no caption text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b]")


def _clean_ascii(text: str) -> bool:
    """Printable ASCII (" " to "~") with no doubled space and no space at either end: the text
    normalise_text would return unchanged. (Compiled only: as plain Python this loop costs more
    than the str methods it replaces.)"""
    prev = " "  # as if a space stood before the text: a leading space fails
    for c in text:
        if c < " " or c > "~" or (c == " " and prev == " "):
            return False
        prev = c
    return prev != " "  # (also False for "": the general path returns it)


def normalise_text(text) -> str:
    """The caption as read: NFC, no control characters, single spaces, trimmed."""
    if type(text) is str:
        if _COMPILED and _clean_ascii(text):  # the usual caption: nothing to do
            return text
    elif not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", "replace")
        else:
            text = "" if text is None else str(text)
    if not text.isascii():  # ASCII is already NFC
        text = unicodedata.normalize("NFC", text)
    if text.isprintable():
        # Then its only white space is " " (other spaces are separators or controls, which
        # str.isprintable refuses): most captions need no split and join.
        if "  " in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
        return text
    return " ".join(_CONTROL.sub("", text).split())


# A caption set all in capitals (some papers and archives print them so) is re-cased before the
# steps read it, so that names, places and offices stand out from the words around them as in an
# ordinary caption: "PRESIDENT JOE BIDEN SPEAKS AT A RALLY" -> "President Joe Biden speaks at a rally".
_CAPS_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019.-]*(?:[-'\u2019.][^\W\d_]+)*\.?")
_ROMAN_NUMERAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)")
_SENTENCE_OPENERS = ".!?:\u2014(\"\u201c"  # the mark before a sentence's first word


def _table(name: str) -> frozenset:
    try:
        lines = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(ln.strip().casefold() for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


@functools.cache
def _caps_tables() -> tuple:
    """(common words, words that come before a name: roles, given names, honorifics; acronyms;
    the head nouns of named places), read once."""
    return (_table("common_words.txt"),
            _table("person_roles.txt") | _table("given_names.txt") | _table("honorifics.txt")
            | _table("title_modifiers.txt"),
            _table("caps_acronyms.txt"),
            _table("venue_words.txt") | _table("place_nouns.txt"))


def _capitalised(word: str, common: frozenset) -> str:
    """A proper word in normal case: each hyphen part capitalised unless it is a common word
    ("PRO-RUSSIAN" -> "pro-Russian"), "MC" names as "McDonald", a possessive "'S" in lower case."""
    parts = word.split("-")
    out = []
    for part in parts:
        if len(parts) > 1 and part.casefold() in common:
            out.append(part.lower())
            continue
        low = part.lower()
        if low[:2] == "mc" and len(low) > 3:
            out.append("Mc" + low[2:].capitalize())
        elif low[1:2] in ("'", "\u2019") and len(low) > 3:  # O'NEILL, D'ALEMA
            out.append(low[:2].upper() + low[2:].capitalize())
        else:
            out.append(low.capitalize())
    return "-".join(out)


def restore_capitals(text: str) -> str:
    """A description printed all in capitals, in normal case (same length, so the steps' spans
    hold): common words lower case, other words capitalised, acronyms, Roman numerals and dotted
    abbreviations ("U.S.", "N.Y.") kept; a role word or given name before a proper word keeps its
    capital ("GOVERNOR KATHY HOCHUL" -> "Governor Kathy Hochul"), and so does a place's head noun
    after one ("NATIONAL AIRPORT"). Other text comes back as is."""
    if not text.isupper() or len(text) < 12:
        return text
    common, before_name, acronyms, place_heads = _caps_tables()
    spans = [(m.start(), m.end()) for m in _CAPS_WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    stems = [w.rstrip(".").casefold() for w in words]
    for i, st in enumerate(stems):  # possessives read as their stem ("TITO'S")
        if st.endswith(("'s", "\u2019s")):
            stems[i] = st[:-2]
    n = len(spans)
    lower = [st in common or st == "a" for st in stems]  # (the words read in lower case)
    for i in range(n - 1, -1, -1):  # right to left: "PRIME MINISTER MARK CARNEY", each before the next name word
        if lower[i] and stems[i] in before_name and i + 1 < n and not lower[i + 1] \
                and text[spans[i][1]:spans[i + 1][0]] == " ":
            lower[i] = False
    for i in range(1, n):  # "NATIONAL AIRPORT": a place's head noun after a name word
        if lower[i] and stems[i] in place_heads and not lower[i - 1] and text[spans[i - 1][1]:spans[i][0]] == " ":
            lower[i] = False
    out = list(text)
    for i, (a, b) in enumerate(spans):
        w, st = words[i], stems[i]
        if len(w.rstrip(".")) > 1 and "." in w.rstrip("."):  # U.S., N.Y., D.C.
            continue
        if st in acronyms or _ROMAN_NUMERAL.fullmatch(w.rstrip(".")) or (len(st) == 1 and st != "a"):
            continue  # (an initial too)
        if lower[i]:
            new = w.lower()
            k = a - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k < 0 or text[k] in _SENTENCE_OPENERS:
                new = new[:1].upper() + new[1:]  # a sentence's first word
        else:
            new = _capitalised(w, common)
        if len(new) == len(w):
            out[a:b] = new
    return "".join(out)
