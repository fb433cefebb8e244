"""Parser parity: parse every development text we hold and compare the records with a frozen dump.

A speed change must leave every record as it was; an accuracy change may alter records, and
each altered one is listed so it can be judged by the schema. The texts: fixtures/parse/*.jsonl
except the blind sets, the opened diagnosis mixes fixtures/real-captions/diag-*.jsonl, the
unlabelled real captions reviewers ran the parser on (fixtures/real-captions/unlabelled-*.jsonl),
../shared/dev/*.jsonl when present, fixtures/search-captions.jsonl and
3,000 synthetic captions (seed 7).

    python tools/parser_parity.py dump BASE.jsonl     # before the change
    python tools/parser_parity.py check BASE.jsonl    # after: exit 1 when any record differs
    python tools/parser_parity.py compare             # the compiled build against plain Python

`compare` parses the same texts with the compiled modules and, in a subprocess with
CATALOG_PARSE_PURE=1, with the plain-Python ones, and lists every record the two builds give
differently (exit 1 when any does; exit 2 when no compiled module is built). `check` with
CATALOG_PARSE_PURE=1 checks the pure-Python modules against a dump (`catalog --version` says
which build runs).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from test_parse_accuracy import BLIND  # noqa: E402 - the one list of the blind sets

SHOWN = 30  # differing records printed in full


def texts() -> list[tuple[str, str | None]]:
    files = [f for f in sorted((REPO / "fixtures" / "parse").glob("*.jsonl")) if f.name not in BLIND]
    files += sorted((REPO / "fixtures" / "real-captions").glob("diag-*.jsonl"))  # opened diagnosis mixes
    files += sorted((REPO / "fixtures" / "real-captions").glob("unlabelled-*.jsonl"))  # reviewed, no gold
    files += sorted((REPO.parent / "shared" / "dev").glob("*.jsonl")) + [REPO / "fixtures" / "search-captions.jsonl"]
    found: dict[tuple[str, str | None], None] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if isinstance(case.get("text"), str):
                found[(case["text"], case.get("reference_date"))] = None
    from catalog.synth import generate
    found.update(((text, None), None) for text in generate(3000, seed=7))
    return list(found)


def records() -> dict[tuple[str, str | None], dict]:
    import catalog.parse
    from catalog import parse_caption
    print("compiled:", catalog.parse.COMPILED_STEPS, file=sys.stderr)
    return {(text, ref): parse_caption(text, ref).as_dict() for text, ref in texts()}


def compare() -> int:
    from _builds import compiled_steps, describe, differences
    steps = compiled_steps()
    print("compiled:", steps, file=sys.stderr)
    if not steps:
        print("no compiled module is built: nothing to compare (python setup.py build_ext --inplace)")
        return 2
    keys = texts()
    differ = differences(keys)
    for key, compiled, pure in differ[:SHOWN]:
        print(describe(key, compiled, pure))
    print(f"{len(keys)} parsed by both builds, {len(differ)} differ")
    return 1 if differ else 0


def main(command: str, base_path: str) -> int:
    now = records()
    if command == "dump":
        with open(base_path, "w", encoding="utf-8") as out:
            for (text, ref), rec in now.items():
                out.write(json.dumps({"text": text, "ref": ref, "rec": rec}, ensure_ascii=False) + "\n")
        print(f"{len(now)} written")
        return 0
    base = {}
    for line in Path(base_path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        base[(row["text"], row["ref"])] = row["rec"]
    differ = [key for key in now if key in base and base[key] != now[key]]
    for text, ref in differ[:SHOWN]:
        was, rec = base[(text, ref)], now[(text, ref)]
        print("TEXT:", text[:300])
        for field in was:
            if was[field] != rec[field]:
                print(f"   {field} was {json.dumps(was[field], ensure_ascii=False)[:300]}")
                print(f"   {field} now {json.dumps(rec[field], ensure_ascii=False)[:300]}")
    print(f"{len(now)} parsed, {len(differ)} differ, {sum(key not in base for key in now)} not in base")
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["compare"]:
        sys.exit(compare())
    if len(sys.argv) != 3 or sys.argv[1] not in ("dump", "check"):
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
