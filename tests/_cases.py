"""Shared helpers for the case-table tests: load a fixture table, show a failed parse whole."""
from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "parse"


def load(name: str) -> list[dict]:
    with open(FIXTURES / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ident(case: dict) -> str:
    return case["text"][-60:]


def show(case: dict, record: dict) -> str:
    """Failure message: the input and the whole parse (nameparser's m())."""
    return "\ninput: " + json.dumps(case, ensure_ascii=False) + "\nparse: " + json.dumps(record, ensure_ascii=False, indent=1)


def check(case: dict, record: dict) -> None:
    """Every key of case['expect'] must match the record (credit/location compared key by key)."""
    exp = case["expect"]
    for key, want in exp.items():
        if key == "warnings_include":
            for w in want:
                assert any(x.startswith(w) for x in record["warnings"]), f"missing warning {w!r}" + show(case, record)
        elif key == "warnings_exclude":
            for w in want:
                assert not any(x.startswith(w) for x in record["warnings"]), f"unexpected warning {w!r}" + show(case, record)
        elif isinstance(want, dict):
            for k, v in want.items():
                got = record[key][k]
                if isinstance(v, list) and isinstance(got, list):
                    assert [x.casefold() for x in got] == [x.casefold() for x in v], f"{key}.{k}" + show(case, record)
                else:
                    assert got == v, f"{key}.{k}: want {v!r} got {got!r}" + show(case, record)
        else:
            assert record[key] == want, f"{key}: want {want!r} got {record[key]!r}" + show(case, record)
