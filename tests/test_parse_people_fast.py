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
    """Token by token, masking quotes and a header as it goes (as _tokenise_masked did
    before _tokenise read whole chunks and masked afterwards)."""
    cut = P._header_end(text)
    toggles = text.count('"') % 2 == 0
    inside = False
    toks, starts, cands, ends = [], [], [], []
    pos = 0
    for chunk in text.split(" "):
        e = P._CHUNKS[chunk]
        for rel, t in e[2]:
            s = pos + rel
            if t.quote:
                x = t.text
                inside = True if x == "\u201c" else False if x == "\u201d" else (not inside if toggles else inside)
                t = P._masked(t)
            elif inside or s < cut:
                t = P._masked(t)
            elif t.namey:
                cands.append(len(toks))
            if t.stop:
                ends.append(s + t.n)
            toks.append(t)
            starts.append(s)
        pos += e[3]
    return toks, starts, cands, ends


MASKED = [t for t in ODD if P._header_end(t) or any(q in t for q in '"\u201c\u201d')] + [
    'Fans hold "Free Kim" signs and \u201cTaylor Swift\u201d posters as Ann Lee sings "Hey Jude.',
    'FILE - "A" B "C D" E, F. "G',
    '\u201d Odd \u201c quotes\u201c Ann Lee \u201d"Bob Ray"',
]


def test_masked_texts_are_tested():
    assert len(MASKED) >= 5


@pytest.mark.parametrize("text", ODD + MASKED)
def test_tokenise_matches_token_by_token(text):
    v = P._vocab()
    v.setdefault("places", P._places())
    doc = P._tokenise(text, v)
    toks, starts, cands, ends = _slow_tokenise(text)
    assert [(t.text, t.masked) for t in doc.toks] == [(t.text, t.masked) for t in toks], text
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


SIGNS = ODD + [
    "Protesters hold a placard reading: Free Ann Lee, as others carry signs, reading Stop the War.",
    "A T-shirt (emblazoned with Bring Them Home) and banners reads 'Not My King'.",
]


@pytest.mark.parametrize("text", SIGNS)
def test_sign_gate_sees_every_sign_word(text):
    """_find_people skips _mask_slogans when doc.signs is False: no token may hold a sign word then."""
    v = P._vocab()
    v.setdefault("places", P._places())
    doc = P._tokenise(text, v)
    assert doc.signs or not any(t.sign for t in doc.toks), text


def _slow_never_a_name(name_toks) -> bool:
    """_never_a_name without its fast answer for plain name words."""
    n = len(name_toks)
    if n == 1:
        return name_toks[0].nobody
    some_name = acronym = roman = False
    all_upper = True
    for i, t in enumerate(name_toks):
        if t.hyphen_adj or (i and n > 2 and t.head):
            return True
        some_name = some_name or t.surename
        all_upper = all_upper and t.upper
        if t.acronym and t.n >= 2 and not (t.caps_name and P._caps_surname(name_toks, i)) \
                and not (i == 0 and t.low in P._initial_names() and not name_toks[1].upper):
            acronym = True
        roman = roman or t.roman
    if not some_name or name_toks[0].prefix:
        return True
    return acronym and not all_upper and not roman


@pytest.mark.parametrize("text", ODD + SIGNS + [
    "Camp David talks; Kennedy Space Center, LSU Tigers, JD Vance, Jay IDZES, King Charles III and Russian-backed Ann Lee."])
def test_never_a_name_fast_answer(text):
    v = P._vocab()
    v.setdefault("places", P._places())
    doc = P._tokenise(text, v)
    for run in P._runs(doc, v):
        for k in range(len(run)):
            name_toks = [doc.toks[i] for i in run[k:]]
            assert P._never_a_name(name_toks) == _slow_never_a_name(name_toks), (text, run)


@pytest.mark.parametrize("text", ODD + SIGNS + [
    "Giant panda Yuan Meng, a male, and Moo Deng, a baby pygmy hippo, play; Sovereignty, ridden by Junior Alvarado, "
    "gallops as Flightline galloping and Inspiral is saddled. Ann Lee,who spoke. Bob Ray.",
])
def test_named_thing_gate_sees_every_case(text):
    """_mention looks at the text after a run only when the next token may start ", a" / " ga" / " is"."""
    v = P._vocab()
    v.setdefault("places", P._places())
    doc = P._tokenise(text, v)
    toks = doc.toks
    for run in P._runs(doc, v):
        e = doc.starts[run[-1]] + toks[run[-1]].n
        c = text[e:e + 3]
        if (c[:1] == "," and c[2:3] in P._APPOS_OPEN) or c == " ga" or c == " is":
            k = run[-1] + 1
            assert k < len(toks) and toks[k].thing_next, (text, run)
