"""Case table for places.find_location: fixtures/parse/places.jsonl, written for the families
of place phrases (AP state abbreviations, Reuters/EPA country forms, Getty datelines, Xinhua
descriptors, venues), with names and places of its own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.parse import parse_caption
from catalog.parse.places import find_location

CASES = [json.loads(line) for line in
         (Path(__file__).parent.parent / "fixtures" / "parse" / "places.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_place_case(case):
    rec = parse_caption(case["text"], reference_date=case.get("reference_date")).as_dict()
    want = case["expect"]["location"]
    got = {k: rec["location"][k] for k in want}
    assert got == want, f"\ninput: {case['text']}\nparse: {json.dumps(rec, ensure_ascii=False, indent=1)}"
    if "people" in case["expect"]:  # a place table must not cost a person (a town's name as a surname)
        names = [p["name"] for p in rec["people"]]
        assert names == [p["name"] for p in case["expect"]["people"]], \
            f"\ninput: {case['text']}\nparse: {json.dumps(rec, ensure_ascii=False, indent=1)}"


@pytest.mark.parametrize("junk", ["", " ", "(", "in ,,,, at the", "\x00\xff" * 50, "🙂 in Παρίσι 🙂",
                                  "في القاهرة، مصر", "in " + "A" * 100_000, "at the " + "Big " * 5000 + "Hall",
                                  "in X, " * 3000])
def test_never_raises(junk):
    loc = find_location(junk)
    assert loc.as_dict().keys() == {"venue", "city", "region", "country"}


@pytest.mark.parametrize("credit", [None, object(), "REUTERS/X", 42])
def test_never_raises_on_odd_credit(credit):
    loc = find_location("Homes burn in Altadena on Jan. 8, 2025.", credit=credit)
    assert loc.as_dict().keys() == {"venue", "city", "region", "country"}
