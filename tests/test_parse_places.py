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


# One table of administrative-unit words (admin_unit_words.tsv) feeds every unit-chain reader:
# one invented caption for each country's chain shape, read through that table's rows.
UNIT_CHAINS = [
    ("Residents wade through floodwater in Barangay Malinao, Pavia, Iloilo province, on Tuesday.",
     {"city": "Malinao", "country": "Philippines"}),  # the unit word before the village's name
    ("Volunteers clear mud from a road in Kelurahan Sukamaju, Cianjur, West Java, on Monday.",
     {"city": "Sukamaju", "region": "West Java", "country": "Indonesia"}),
    ("Farmers harvest rice at Kaliganj village of Ramnagar upazila in Kurigram district on Sunday.",
     {"city": "Ramnagar", "region": "Kurigram", "country": "Bangladesh"}),  # upazila the town, district the region
    ("Farmers pick tea leaves in Shuiping Village of Lingtou Town in Anxi County, southeast China's Fujian Province.",
     {"city": "Shuiping", "region": "Fujian", "country": "China"}),  # the smallest unit the town, the province the region
]


@pytest.mark.parametrize("text,want", UNIT_CHAINS, ids=[w["country"] for _, w in UNIT_CHAINS])
def test_unit_chain_per_country(text, want):
    loc = parse_caption(text).as_dict()["location"]
    assert {k: loc[k] for k in want} == want


def test_unit_table_rows():
    from catalog.parse import places as P

    rows = P._unit_rows()
    assert {r[2] for r in rows} <= set(P._UNIT_RANKS)
    assert {r[3] for r in rows} <= {"city", "region", "-"} and {r[4] for r in rows} <= {"before", "after"}
    for country in {r[1] for r in rows}:  # every country's chain says which unit is the picture's town
        assert any(r[1] == country and r[3] == "city" for r in rows), country
    assert P._unit_pattern("China", ("district", "prefecture"), "either") == "[Cc]ounty|City|[Dd]istrict|Prefecture"
    assert P._village_unit_words()["barangay"] == "Philippines" and P._UPAZILA_TAILS == ("pazila",)
