"""`python -m catalog.evaluate` on files that are not gold files: one clear line naming the file
and line, no traceback, the other files still scored, and an exit code that says so."""
from __future__ import annotations

import json

import pytest

from catalog.errors import InputError
from catalog.evaluate import main, read_gold

CASE = {"id": "t1", "text": "Fans cheer in Paris, France, June 1, 2024. (AP Photo/Ann Lee)",
        "reference_date": "2024-06-02",
        "gold": {"people": [], "location": {"venue": None, "city": "Paris", "region": None, "country": "France"},
                 "date": "2024-06-01", "credit": {"photographers": ["Ann Lee"], "agency": "AP", "source": None,
                                                  "pool": False, "handout": False, "file": False}}}


def test_a_case_table_is_refused_with_its_file_and_line(tmp_path):
    table = tmp_path / "places.jsonl"
    table.write_text(json.dumps({"text": "x", "expect": {}}) + "\n")
    with pytest.raises(InputError, match=r"places\.jsonl:1: not a gold case"):
        read_gold(table)


def test_bad_json_names_the_line(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(CASE) + "\n\n{not json\n")
    with pytest.raises(InputError, match=r"g\.jsonl:3: not JSON"):
        read_gold(gold)


def test_the_other_files_are_scored_and_the_exit_code_says_one_failed(tmp_path, capsys):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(json.dumps(CASE) + "\n")
    bad.write_text(json.dumps({"text": "x"}) + "\n")
    assert main([str(bad), str(good), str(tmp_path / "missing.jsonl")]) == 2
    out, err = capsys.readouterr()
    assert f"{good}: 1 cases" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("Error: ") for line in lines)
    assert "bad.jsonl:1:" in lines[0] and "missing.jsonl: cannot be read" in lines[1]
    assert "Traceback" not in err


def test_a_good_file_still_scores_as_before(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(CASE) + "\n")
    assert main([str(good)]) == 0


def test_a_set_labelling_only_people_is_not_scored_on_the_fields_it_leaves_out(tmp_path):
    """A people-only gold record holds no credit: the parser's AP credit is neither a hit nor a
    miss, and the file's scores name only the people fields (and a fully labelled case in the
    same file brings the rest back)."""
    from catalog.evaluate import evaluate_file
    people_only = dict(CASE, gold={"people": []})
    gold = tmp_path / "people-only.jsonl"
    gold.write_text(json.dumps(people_only) + "\n")
    summary, errors = evaluate_file(gold)
    assert set(summary["scores"]) == {"people", "title", "position"}
    assert errors == []
    wrong_credit = dict(CASE, gold=dict(CASE["gold"], credit=dict(CASE["gold"]["credit"], agency="Reuters")))
    gold.write_text(json.dumps(people_only) + "\n" + json.dumps(wrong_credit) + "\n")
    summary, errors = evaluate_file(gold)
    assert summary["scores"]["agency"] == 0.0 and summary["scores"]["city"] == 1.0
    assert [e["field"] for e in errors] == ["credit.agency"]
