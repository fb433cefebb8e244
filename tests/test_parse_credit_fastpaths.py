"""The credit finder's pre-filters must agree with the plain table lookups they skip."""
import pytest

from catalog.parse import credit as C

# Odd first/last words: punctuation only, a leading `the`, capitals, non-ASCII, trailing `photo`.
WORD_RUNS = [
    ["2023.", "THE", "CANADIAN", "PRESS"],
    ["-", "REUTERS"],
    ["the", "Associated", "Press"],
    ["in", "March", "2023.", "REUTERS"],
    ["Agência", "Brasil"],
    ["AFP", "PHOTO"],
    ["...", "Anadolu", "Agency"],
    ["Getty", "Images"],
    ["Name", "Photo"],
    ["ÉPA", "EFE"],
]


def _slow_longest(words):
    for k in range(len(words), 0, -1):
        if C._lookup(" ".join(words[-k:])) is not None:
            return k
    return None


@pytest.mark.parametrize("words", WORD_RUNS)
def test_longest_agency_matches_plain_lookups(words):
    assert C._longest_agency(words) == _slow_longest(words), words


@pytest.mark.parametrize("text, agency, photographers", [
    ("A man walks. REUTERS/Jane Doe", "Reuters", ["Jane Doe"]),
    ("A man walks.\tREUTERS/Jane Doe", "Reuters", ["Jane Doe"]),        # other white space before /
    ("A man walks. AFP PHOTO / JANE DOE", "AFP", ["Jane Doe"]),         # a space before /
    ("A man walks. Reuters\u00a0/Jane Doe", "Reuters", ["Jane Doe"]),   # a no-break space
    ("/REUTERS", None, []),
    ("No credit at all here", None, []),
])
def test_split_credit_without_brackets(text, agency, photographers):
    description, credit, warnings = C.split_credit(text)
    got = (credit.agency, credit.photographers, "unbalanced-parenthesis" in warnings)
    assert got == (agency, photographers, False), (text, description, credit.as_dict(), warnings)


ODD_TAILS = [
    "Fans cheer in Berlin. REUTERS/Jane Doe",
    "Fans cheer in Berlin, 2023. REUTERS/Jane Doe/Pool via REUTERS",
    "Fans cheer. U.S. REUTERS/Jane Doe",
    "Fans cheer in St. REUTERS/Jane Doe",
    "Fans cheer, 2023.\tREUTERS/Jane Doe",
    "Fans cheer, 2023.  REUTERS/Jane Doe",
    "Fans cheer in Berlin. Photo by Jane Doe via REUTERS/Pool",
    "Fans cheer in Berlin. Mandatory Credit: REUTERS/Jane Doe",
    "Fans cheer 2023. Image: REUTERS/Jane Doe",
    "Fans cheer in Kyiv. Ukrainian Presidential Press Service/Handout via REUTERS",
    "2023. REUTERS/Jane Doe",
    ". REUTERS/Jane Doe",
]


@pytest.mark.parametrize("text", ODD_TAILS)
def test_sentence_end_shortcut_agrees_with_all_finders(text, monkeypatch):
    fast = C.split_credit(text)
    monkeypatch.setattr(C, "_after_sentence_end", lambda text, s: False)
    slow = C.split_credit(text)
    assert (fast[0], fast[1].as_dict(), fast[2]) == (slow[0], slow[1].as_dict(), slow[2]), text


@pytest.mark.parametrize("tok", ["2023.", "Berlin.", "U.S.", "St.", "Sept.", "Mr.", "A.", "podium.", "Kyiv.",
                                 "Ab.", "ABCD.", "Abcde.", "drone!", "Berlin;", "x.", "²³.", "Éire.", "Ωmega.", "ab1."])
def test_sentence_end_test_matches_the_regex_rules(tok):
    text = f"Fans {tok} REUTERS/Jane Doe"
    s = text.index("REUTERS")
    shaped = len(tok) > 1 and tok[-1] in ".!?;" and tok[:-1].isalnum()
    ref = shaped and C._is_boundary_token(tok) and not C._ABBREV_TOKEN.fullmatch(tok)
    assert C._after_sentence_end(text, s) == bool(ref), tok
