"""The fast paths of people.py agree with their plain twins on odd inputs."""
from __future__ import annotations

import pytest

from catalog.parse import people as P

ODD = [
    "",
    " ",
    "  Joe  Biden,  speaks.  ",
    "President Joe Biden, left, and Jill Biden (R) arrive. Later, U.S. Sen. Ted Cruz, R-Texas, spoke.",
    "Dr. Anthony Fauci... \"Fauci\" said, 'no'. #6 Lionel Messi (10) scores!!",
    "A,B,C. D.E. Smith-Jones' car; O'Brien\u2019s dog: \u201cQuoted Title\u201d by Mary Shelley.",
    "WASHINGTON, DC - MAY 06: Sen. Mitch McConnell speaks.",
    "\u0130stanbul \u017fmall \u0131dle Ünal Çelik met Zoë Saldaña.",
    "123 456, 7.8 (( )) ,,, ...",
]


def _slow_tokenise(text: str) -> tuple:
    """Token by token, as _tokenise did before it read whole chunks."""
    toks, starts, cands, ends = [], [], [], []
    pos = 0
    for chunk in text.split(" "):
        e = P._CHUNKS[chunk]
        for rel, t in e[2]:
            s = pos + rel
            if t.namey:
                cands.append(len(toks))
            if t.stop:
                ends.append(s + t.n)
            toks.append(t)
            starts.append(s)
        pos += e[3]
    return toks, starts, cands, ends


# Texts with quotes or a caption header take _tokenise_masked, the token-by-token path itself.
PLAIN = [t for t in ODD if not (P._header_end(t) or any(q in t for q in '"\u201c\u201d'))]


def test_plain_texts_are_most_of_the_odd_ones():
    assert len(PLAIN) >= 6


@pytest.mark.parametrize("text", PLAIN)
def test_tokenise_matches_token_by_token(text):
    v = P._vocab()
    v.setdefault("places", P._places())
    doc = P._tokenise(text, v)
    toks, starts, cands, ends = _slow_tokenise(text)
    assert [t.text for t in doc.toks] == [t.text for t in toks], text
    assert (doc.starts, doc.cands, doc.ends) == (starts, cands, ends), text


@pytest.mark.parametrize("text", ODD)
def test_find_people_never_raises_and_lists_strings(text):
    people = P.find_people(text)
    assert all(isinstance(p.name, str) and p.name for p in people), text


@pytest.mark.parametrize("text", ODD + ["Coach Andy Reid and Prime Minister of Japan Fumio Kishida met Mr. Li Qiang"])
def test_run_without_role_word_is_all_name(text):
    """_mention skips _split_run for a run with no role word: it must give the same."""
    v = P._vocab()
    v.setdefault("places", P._places())
    doc = P._tokenise(text, v)
    for run in P._runs(doc, v):
        rtoks = [doc.toks[i] for i in run]
        if not any(t.role_cs for t in rtoks) and rtoks[0].low not in v["honorifics"]:
            assert P._split_run(doc.toks, run, v) == ([], run, False), (text, run)
