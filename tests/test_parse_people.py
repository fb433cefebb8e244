"""Case table for people.find_people: names, titles and positions (fixtures/parse/people.jsonl).

Each line is {"text", "reference_date", "expect": {"people": [...]}}; the whole people list
must match. A failure prints the input and the whole parse."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.parse import parse_caption
from catalog.parse.people import find_people

CASES = [json.loads(line) for line in
         (Path(__file__).parent.parent / "fixtures" / "parse" / "people.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def m(case, record) -> str:
    return f"\ninput: {case['text']}\nparse: {json.dumps(record.as_dict(), ensure_ascii=False, indent=1)}"


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_people_case_table(case):
    record = parse_caption(case["text"], case.get("reference_date"))
    got = [p.as_dict() for p in record.people]
    assert got == case["expect"]["people"], m(case, record)


@pytest.mark.parametrize("text", [
    "", "(", ")))(((", "A" * 100_000, "\x00\xff\u202e \u0639\u0631\u0628\u064a", "\U0001F600 " * 1000,
    "Mr. . , (L-R)", "From left, ", "President", "of of of the The", '"unbalanced', "Sen. (R-", "#1 #2 (3rd",
])
def test_never_raises(text):
    assert isinstance(find_people(text), list)


def test_list_keeps_places_after_an_unread_titled_name():
    # (positions only: whether "San Vello" is read as a person is another rule's business)
    got = {p.name: p.position for p in find_people(
        "From left, Ana Ruiz, former Ohio Sen. San Vello, Sen. Dale Pim, R-Ohio, and Lou Brandt pose in Columbus.")}
    assert (got["Ana Ruiz"], got["Dale Pim"], got["Lou Brandt"]) == ("first left", "third left", "fourth left")
    got = {p.name: p.position for p in find_people("(L-R) Ana Ruiz, Red Bull Racing, and Lou Brandt pose in Columbus.")}
    assert got["Lou Brandt"] != "third left"  # (a team after a name, no role before it: no one's place)


def test_people_listed_once_in_order():
    got = find_people("U.S. President Joe Biden meets Chinese President Xi Jinping in Woodside. "
                      "Biden and Xi talked for four hours.")
    assert [p.name for p in got] == ["Joe Biden", "Xi Jinping"]
