"""The workload tools/parser_instructions.sh measures, and its report.

    parser_instructions_run.py ROUNDS                 parse the dev set once (warm-up), then ROUNDS times
    parser_instructions_run.py --report A B ROUNDS    instructions a caption: callgrind file A less B
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_GOLD = REPO.parent / "shared" / "dev" / "dev-gold.jsonl"
STEPS = ["split_credit", "find_date", "find_location", "find_people"]


def cases() -> list[tuple[str, str | None]]:
    rows = [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], row.get("reference_date")) for row in rows]


def workload(rounds: int) -> None:
    from catalog.parse import parse_caption
    work = cases()
    for _ in range(1 + rounds):  # the first round warms the lazy tables and caches
        for text, ref in work:
            parse_caption(text, ref)


def inclusive(path: str) -> dict[str, int]:
    """Inclusive instructions of each compiled step's Python entry point, and the program's total."""
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    found: dict[str, int] = {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)", line)
        if not m:
            continue
        count, name = int(m.group(1).replace(",", "")), m.group(2)
        if "PROGRAM TOTALS" in name:
            found["TOTAL"] = count
        for step in STEPS:
            if re.search(r"__pyx_pw_\w*_\d+" + step + r"\b", name):
                found[step] = found.get(step, 0) + count
    return found


def report(with_rounds: str, without: str, rounds: int) -> None:
    a, b = inclusive(with_rounds), inclusive(without)
    n = len(cases()) * rounds
    for key in STEPS + ["TOTAL"]:
        print(f"{key:14s} {(a.get(key, 0) - b.get(key, 0)) / n:10,.0f}")
    print("callgrind files:", with_rounds, without)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--report"]:
        report(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.path.insert(0, str(REPO))
        workload(int(sys.argv[1]))
