"""Credit tails of every agency family, from fixtures/parse/credit.jsonl (own captions)."""
from __future__ import annotations

import pytest

from catalog import parse_caption
from catalog.parse.credit import credit_runs, normal_case, split_credit

from _cases import check, ident, load, show

CASES = load("credit.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[ident(c) for c in CASES])
def test_credit_case(case):
    record = parse_caption(case["text"], reference_date=case.get("reference_date")).as_dict()
    # `people_exclude`: credited photographers must never be listed as people
    exclude = case["expect"].get("people_exclude", [])
    case = {**case, "expect": {k: v for k, v in case["expect"].items() if k != "people_exclude"}}
    check(case, record)
    names = {p["name"].casefold() for p in record["people"]}
    for name in exclude:
        assert name.casefold() not in names, f"photographer {name!r} listed as a person" + show(case, record)


@pytest.mark.parametrize("printed, normal", [
    ("CATRINUS VAN DER VEEN", "Catrinus van der Veen"),
    ("Ludovic MARIN", "Ludovic Marin"),
    ("SEAN MCNAMARA", "Sean McNamara"),
    ("PATRICK O'DONNELL", "Patrick O'Donnell"),
    ("ESAM OMRAN AL-FETORI", "Esam Omran Al-Fetori"),
    ("CJ GUNTHER", "CJ Gunther"),
    ("Jung Yeon-je", "Jung Yeon-je"),
    ("FRANK FRANKLIN II", "Frank Franklin II"),
])
def test_normal_case(printed, normal):
    assert normal_case(printed) == normal


def test_description_loses_credit_and_file_tag():
    desc, credit, warnings = split_credit("FILE - A crane lifts a beam in Gdansk, Poland, May 4, 2021. (AP Photo/Anna Nowak, File)")
    assert desc == "A crane lifts a beam in Gdansk, Poland, May 4, 2021."
    assert credit.file and credit.line == "AP Photo/Anna Nowak, File"
    assert warnings == []


def test_no_credit_warns():
    desc, credit, warnings = split_credit("A heron stands in the shallows of a lake at dawn.")
    assert credit.line is None and warnings == ["no-credit"]
    assert desc == "A heron stands in the shallows of a lake at dawn."


def test_position_brackets_are_no_credit():
    _, credit, warnings = split_credit("Leaders pose in Rome. From left: Jane Doe (L) and John Roe (R)")
    assert credit.line is None and "no-credit" in warnings


def test_unbalanced_parenthesis_still_reads_credit():
    desc, credit, warnings = split_credit("Crowds gather in Lima, Peru, Monday, Jan. 16, 2023. (AP Photo/Martin Mejia")
    assert "unbalanced-parenthesis" in warnings
    assert credit.agency == "AP" and credit.photographers == ["Martin Mejia"]


def test_unknown_agency_warns():
    _, credit, warnings = split_credit("Ships dock in Valletta, Malta, 3 May 2023. (Photo by Joe Borg / MXNA)")
    assert credit.photographers == ["Joe Borg"]
    assert "unknown-agency: MXNA" in warnings


def test_known_agency_does_not_warn():
    _, credit, warnings = split_credit("Ships dock in Valletta, Malta, 3 May 2023. (Photo by Joe Borg / ANSA)")
    assert credit.agency == "ANSA" and warnings == []


# The description cut: the caption without its credit, on a development set of every agency's
# credit forms (gold written before parsing; fixtures/parse/credit-dev-4.jsonl).
DEV4 = [c for c in load("credit-dev-4.jsonl") if "description" in c["gold"]]


@pytest.mark.parametrize("case", DEV4, ids=[c["id"] for c in DEV4])
def test_description_cut(case):
    record = parse_caption(case["text"], reference_date=case.get("reference_date")).as_dict()
    assert record["description"] == case["gold"]["description"], "description" + show(case, record)


def test_leading_credit_needs_a_description_after_it():
    # A caption that is nothing but a `Mandatory Credit:` line keeps it as the credit tail.
    desc, credit, _ = split_credit("Mandatory Credit: Photo by Ana Lopez/Shutterstock (14001234a)")
    assert credit.agency == "Shutterstock" and credit.photographers == ["Ana Lopez"]
    assert desc == ""


def _strip_desk_tags_by_search(text):
    """The desk-tag cut as first written: a search over the last 300 characters."""
    from catalog.parse.credit import _desk_tags, _has_hint
    if text.endswith(")"):
        return text, False
    rx, hints, file_groups = _desk_tags()
    file_flag = False
    for _ in range(4):
        if not _has_hint(text[-300:].upper(), hints):
            break
        m = rx.search(text, max(0, len(text) - 300))
        if not m:
            break
        text = text[: m.start()].rstrip()
        file_flag |= m.lastgroup in file_groups
    return text, file_flag


@pytest.mark.parametrize("tail", [
    " TPX IMAGES OF THE DAY", " APTOPIX", " ** FILE **", " ==Kyodo", " REFILE - CORRECTING DATE",
    " ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", " Picture taken with a drone.",
    " EDITORIAL USE ONLY. NO USE WITH UNAUTHORIZED AUDIO, VIDEO, DATA, FIXTURE LISTS, CLUB/LEAGUE LOGOS OR 'LIVE' SERVICES.",
    " EDITORIAL USAGE ONLY! Not for Commercial USAGE!", " TPX IMAGES OF THE DAY APTOPIX", " Kyodo/via REUTERS",
    " SEARCH \"FLOODS\" FOR THIS STORY.", "", " REFILE", " ** FILE ** Straße",
])
@pytest.mark.parametrize("head", ["A boy plays in Gaza City, October 2, 2023. REUTERS/Mohammed Salem",
                                  "Picture taken with a drone. APTOPIX Straße in Köln. REUTERS/Name"])
def test_desk_tags_at_hints_match_the_search(head, tail):
    from catalog.parse.credit import _strip_desk_tags
    assert _strip_desk_tags(head + tail) == _strip_desk_tags_by_search(head + tail)


# credit_runs: credit text the split left in the description, by shape; `name` must start
# inside a reported span (the people step drops every name starting in one)
@pytest.mark.parametrize("description, has_line, name", [
    # a name in capitals before "FOR" and an outlet
    ("Herders drive cattle across the river at dawn. TOMAS VELLO FOR THE DAILY LANTERN", True, "TOMAS VELLO"),
    # a name glued by a slash to its outlet in the last sentence, no credit line taken
    ("Dancers rehearse before the festival opens. Mara Quint/Harbour Pictures", False, "Mara Quint"),
    # a name opening the last sentence, then a dash and an agency
    ("Workers clear debris after the storm. Teo Marsh - AFP", True, "Teo Marsh"),
    # a credit label and its colon closing the text
    ("Volunteers plant trees along the canal. Picture: Lina Dorsey", True, "Lina Dorsey"),
    # a sentence of picture credits
    ("Crews repair the bridge. The Valley Courier photographs by Rae Tolland, Ben Ocho.", True, "Ben Ocho"),
])
def test_credit_runs_find_each_shape(description, has_line, name):
    start = description.index(name)
    runs = credit_runs(description, has_line)
    assert any(a <= start < z for a, z in runs), runs


@pytest.mark.parametrize("description, has_line, name", [
    ("Workers clear debris after the storm on Tuesday.", False, "Workers"),
    # a person before an agency that is glued to the photographer: the agency alone is the run
    ("Midfielder Ana Sol battles Tia Reyes REUTERS/Ken Moro", False, "Tia Reyes"),
    # a slash credit with a credit line taken: the split has read the credit already
    ("Dancers rehearse before the festival opens. Mara Quint/Harbour Pictures", True, "Mara Quint"),
    # a sentence after the name: no trailing credit
    ("Workers clear debris. Teo Marsh talks to neighbours - AFP", True, "Teo Marsh"),
])
def test_credit_runs_leave_people(description, has_line, name):
    start = description.index(name)
    assert not any(a <= start < z for a, z in credit_runs(description, has_line))
