"""Score every development gold set (or, with --blind, the blind ones) and write {file: scores} as JSON.

    python tools/score_all.py OUT.json [--blind | --held-out] [--against BEFORE.json] [--markdown]

Development sets: fixtures/parse/*-dev-*.jsonl and the check-gold sets that are not blind, the
opened diagnosis mixes fixtures/real-captions/diag-*.jsonl, and ../shared/dev/*-gold.jsonl when
present. With --against, every field of every set that moved
since BEFORE.json is printed, and the exit code is 1 when one dropped: no change to the parser
may lower a development set on any field. The blind sets are scored only at a session's start
and end, never tuned to; so are the real captions held out of the sweeps (--held-out,
fixtures/real-captions/held-out-*.jsonl, with one more row: all their fully labelled captions
scored together). --markdown prints the scores as the README's table.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from test_parse_accuracy import BLIND  # noqa: E402 - the one list of the blind sets

from catalog import parse_caption  # noqa: E402
from catalog.evaluate import evaluate_file, read_gold, scores_and_errors  # noqa: E402

POOLED = "all held-out, pooled"


def gold_sets(blind: bool, held_out: bool = False) -> list[Path]:
    parse_dir = REPO / "fixtures" / "parse"
    if blind:
        return [parse_dir / name for name in sorted(BLIND)]
    if held_out:
        return sorted((REPO / "fixtures" / "real-captions").glob("held-out-*.jsonl"))
    return ([f for f in sorted(parse_dir.glob("*.jsonl"))
             if f.name not in BLIND and ("gold" in f.name or "-dev-" in f.name)]
            + sorted((REPO / "fixtures" / "real-captions").glob("diag-*.jsonl"))
            + sorted((REPO.parent / "shared" / "dev").glob("*-gold.jsonl")))


def moved(before: dict, after: dict) -> list[tuple[str, str, float, float]]:
    """(set, field, before, after) for every field score that changed."""
    return [(name, field, before[name]["scores"][field], value)
            for name, summary in after.items() if name in before
            for field, value in summary["scores"].items()
            if before[name]["scores"].get(field, value) != value]


TABLE_FIELDS = ("people", "title", "position", "venue", "city", "region", "country", "date",
                "photographers", "agency", "source")


def pooled(paths: list[Path]) -> dict:
    """One score over the captions of every fully labelled set together: each set is small (14 to
    54 captions), so one caption moves its figure by up to .07; pooled, the estimate is steadier."""
    cases = [case for path in paths if not path.name.endswith("-people.jsonl") for case in read_gold(path)]
    records = [parse_caption(c["text"], reference_date=c.get("reference_date")).as_dict() for c in cases]
    return scores_and_errors(cases, records)[0]


def markdown(scores: dict) -> str:
    """One row a set; — for a field the set does not label (a people-only set scores no credit)."""
    lines = ["| set | captions | " + " | ".join(TABLE_FIELDS) + " |",
             "|---|---|" + "---|" * len(TABLE_FIELDS)]
    for name, summary in scores.items():
        cells = [f"{summary['scores'][f]:.3f}" if f in summary["scores"] else "—" for f in TABLE_FIELDS]
        label = f"**{name}**" if name == POOLED else name.removesuffix('.jsonl')
        lines.append(f"| {label} | {summary['cases']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="tools/score_all.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--blind", action="store_true", help="the blind check-gold sets")
    which.add_argument("--held-out", action="store_true", help="the real captions held out of the sweeps")
    ap.add_argument("--markdown", action="store_true", help="print the scores as a Markdown table")
    ap.add_argument("--against", help="an earlier OUT.json: print what moved, exit 1 when a field dropped")
    a = ap.parse_args(argv)
    paths = gold_sets(a.blind, a.held_out)
    scores = {path.name: evaluate_file(path)[0] for path in paths}
    if a.held_out:
        scores[POOLED] = pooled(paths)
    Path(a.out).write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(f"{len(scores)} sets scored -> {a.out}")
    if a.markdown:
        print(markdown(scores))
    if not a.against:
        return 0
    changes = moved(json.loads(Path(a.against).read_text(encoding="utf-8")), scores)
    for name, field, was, now in changes:
        print(f"  {'DROPPED' if now < was else 'up':8} {name} {field}: {was:.4f} -> {now:.4f}")
    return 1 if any(now < was for *_, was, now in changes) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
