"""Write catalog/parse/data/common_words.txt: the words that development captions print in lower
case mid-sentence more often than capitalised there. A caption set all in capitals is re-cased
with it (catalog/parse/text.py restore_capitals): these words go to lower case, the rest (names,
places, offices before a name) keep a capital. Blind sets are never read.

    python tools/make_common_words.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from test_parse_accuracy import BLIND  # noqa: E402 - the one list of the blind sets

OUT = REPO / "catalog" / "parse" / "data" / "common_words.txt"
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
MIN_LOWER = 2  # seen lower case at least this often (one lower-case slip is no evidence)


def caption_texts() -> list[str]:
    files = [f for f in sorted((REPO / "fixtures" / "parse").glob("*.jsonl")) if f.name not in BLIND]
    files += sorted((REPO / "fixtures" / "real-captions").glob("diag-*.jsonl"))
    files += sorted((REPO.parent / "shared" / "dev").glob("*.jsonl"))
    found: dict[str, None] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if isinstance(case.get("text"), str):
                found[case["text"]] = None
    return list(found)


def main() -> None:
    lower, capital = Counter(), Counter()
    for text in caption_texts():
        prev_end, prev_lower = -1, False
        for m in WORD.finditer(text):
            w = m.group()
            mid = prev_lower and text[prev_end:m.start()] == " "  # after a lower-case word, no stop between
            if w.islower():
                lower[w] += 1
            elif mid and w[:1].isupper() and w[1:].islower():
                capital[w.casefold()] += 1
            prev_end, prev_lower = m.end(), w[:1].islower()
    words = sorted(w for w, n in lower.items() if n >= MIN_LOWER and n > capital[w] and len(w) > 1)
    head = ("# Words development captions print in lower case mid-sentence more often than capitalised\n"
            "# (tools/make_common_words.py writes it). A caption set all in capitals is re-cased with\n"
            "# it: these go to lower case, other words keep a capital.\n")
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(len(words), "words ->", OUT.relative_to(REPO))


if __name__ == "__main__":
    main()
