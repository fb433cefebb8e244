"""The parser against the shared gold sets, scored by the shared scorer, at the issue's targets.

../shared/dev/ sits beside the repository on developers' machines and in CI; elsewhere (a
clone on its own) these tests are skipped with that reason.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from catalog import parse_caption
from catalog.evaluate import TARGETS, evaluate_file

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev"
GOLDS = ["seed-gold.jsonl", "dev-gold.jsonl"]
SCORE_KEY = {"people": "f1", "photographers": "f1", "title": "token_f1", "venue": "token_f1"}

SHARED_MISSING = pytest.mark.skipif(not (DEV / "score.py").is_file(),
                                reason=f"the shared gold sets are not at {DEV}")


def shared_scores(gold: Path, tmp_path: Path) -> dict:
    """Parse every gold caption and score the records with ../shared/dev/score.py."""
    pred = tmp_path / f"{gold.stem}.pred.jsonl"
    with open(gold, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                case = json.loads(line)
                record = parse_caption(case["text"], reference_date=case.get("reference_date")).as_dict()
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(DEV / "score.py"), str(gold), str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    scores = json.loads(done.stdout)["scores"]
    return {field: scores[field].get(SCORE_KEY.get(field, "accuracy")) for field in TARGETS}


@SHARED_MISSING
@pytest.mark.parametrize("name", GOLDS)
def test_parser_meets_every_target(name, tmp_path):
    scores = shared_scores(DEV / name, tmp_path)
    below = {f: (scores[f], TARGETS[f]) for f in TARGETS if scores[f] < TARGETS[f]}
    assert not below, f"{name}: fields below target (score, target): {below}"


@SHARED_MISSING
@pytest.mark.parametrize("name", GOLDS)
def test_our_evaluate_agrees_with_the_shared_scorer(name, tmp_path):
    ours = evaluate_file(DEV / name)[0]["scores"]
    theirs = shared_scores(DEV / name, tmp_path)
    assert ours == pytest.approx(theirs, abs=1e-4)


def test_parser_meets_every_target_on_our_own_check_set():
    """fixtures/parse/check-gold.jsonl: 62 captions we wrote in the agencies' styles, annotated
    by the schema's conventions, kept as a check on families rather than strings (always runs)."""
    summary, errors = evaluate_file(Path(__file__).resolve().parents[1] / "fixtures/parse/check-gold.jsonl")
    below = {f: (v, TARGETS[f]) for f, v in summary["scores"].items() if v < TARGETS[f]}
    assert not below, f"fields below target (score, target): {below}; misses: {errors}"


# Development sets: captions of our own, annotated before the parser was run on them, whose
# misses the rules were then fixed from. The blind sets (check-gold-3, -4, -5, -9 and -10) stay out of the
# tests on purpose: they measure, and a test on them would invite tuning to them.
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"
BLIND = {"check-gold-3.jsonl", "check-gold-4.jsonl", "check-gold-5.jsonl", "check-gold-9.jsonl", "check-gold-10.jsonl"}
# check-gold-2, -6, -7 and -8 were blind once and were then spent: their misses were read and
# fixed as families (check-gold-6, -7 and -8 in the seventh, eighth and ninth sessions, as
# diagnoses), so they hold fixes now.
DEVELOPMENT_SETS = sorted(p.name for p in FIXTURES.glob("*-dev-*.jsonl")) + [
    "check-gold-2.jsonl", "check-gold-6.jsonl", "check-gold-7.jsonl", "check-gold-8.jsonl"]


def test_development_sets_are_found_and_blind_sets_left_out():
    assert len(DEVELOPMENT_SETS) >= 10
    assert not BLIND & set(DEVELOPMENT_SETS)


# The fields each kind of set was written to exercise (its captions were chosen and annotated
# with those in view); check-gold-2 covers them all. The other fields of a set are scored by
# `python -m catalog.evaluate` all the same, and their misses are listed in docs/accuracy.md.
SET_FIELDS = {
    "people": ("people", "title", "position"),
    "places": ("venue", "city", "region", "country"),
    "credit": ("photographers", "agency", "source", "pool", "handout", "file"),
}


def fields_of(name: str) -> tuple[str, ...]:
    return SET_FIELDS.get(name.split("-dev-")[0], tuple(TARGETS)) if "-dev-" in name else tuple(TARGETS)


@pytest.mark.parametrize("name", DEVELOPMENT_SETS)
def test_parser_meets_the_targets_on_each_development_set(name):
    """A family fixed from a development set stays fixed: each set holds its fields at the
    issue's targets (a failure lists the set's misses with their captions)."""
    summary, errors = evaluate_file(FIXTURES / name)
    below = {f: (summary["scores"][f], TARGETS[f]) for f in fields_of(name) if summary["scores"][f] < TARGETS[f]}
    assert not below, f"{name}: fields below target (score, target): {below}; misses: {errors}"


def test_each_development_set_is_held_to_some_fields():
    assert fields_of("people-dev-5.jsonl") == ("people", "title", "position")
    assert fields_of("credit-dev-4.jsonl")[0] == "photographers"
    assert fields_of("check-gold-2.jsonl") == tuple(TARGETS)
    assert all(fields_of(n) for n in DEVELOPMENT_SETS)
