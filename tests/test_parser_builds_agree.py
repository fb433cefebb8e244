"""The compiled parser and the plain-Python one give the same record for every case row.

tools/parser_parity.py compares each build with a frozen dump, so a text the two builds read
differently goes unseen when it is new (session 14: "Frankfurt an der Oder" gave `Frankfurt`
compiled only). Here the made-up case tables are parsed by the build this run imported and,
in a subprocess, by the plain-Python modules (CATALOG_PARSE_PURE=1); every record must be the
same. `tools/parser_parity.py compare` does the same over every development text.
"""
from __future__ import annotations

import pytest

from _builds import compiled_steps, describe, differences
from _cases import load

# Our own made-up case tables (the ones the profile-guided build trains on), never the blind sets.
TABLES = ("people.jsonl", "places.jsonl", "credit.jsonl", "dates.jsonl")


def test_compiled_and_pure_parsers_give_the_same_records():
    if not compiled_steps():
        pytest.skip("no compiled parser module is built (setup.py build_ext; the README's install "
                    "builds them): nothing to compare the plain-Python modules with")
    keys = list(dict.fromkeys((case["text"], case.get("reference_date"))
                              for name in TABLES for case in load(name) if isinstance(case.get("text"), str)))
    assert len(keys) > 1500
    differ = differences(keys)
    assert not differ, f"{len(differ)} of {len(keys)} case rows parse differently compiled and pure:\n" + \
        "\n".join(describe(*d) for d in differ[:20])


def test_compiled_and_pure_parsers_agree_on_real_unlabelled_captions():
    """Real captions reach paths the made-up rows do not (session 29: `in south west London` gave
    no place compiled only): ~1,000 published captions that session 29's reviewers ran the parser
    on, with no gold (fixtures/real-captions/unlabelled-29.jsonl), must parse the same in both builds."""
    if not compiled_steps():
        pytest.skip("no compiled parser module is built (setup.py build_ext; the README's install "
                    "builds them): nothing to compare the plain-Python modules with")
    keys = list(dict.fromkeys((case["text"], None) for case in _unlabelled() if isinstance(case.get("text"), str)))
    assert len(keys) > 900
    differ = differences(keys)
    assert not differ, f"{len(differ)} of {len(keys)} real captions parse differently compiled and pure:\n" + \
        "\n".join(describe(*d) for d in differ[:20])


def _unlabelled() -> list[dict]:
    import json
    from pathlib import Path
    out = []
    for path in sorted((Path(__file__).resolve().parent.parent / "fixtures" / "real-captions").glob("unlabelled-*.jsonl")):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_the_pure_run_loads_no_compiled_module():
    """CATALOG_PARSE_PURE=1 loads the .py files (the subprocess refuses to parse when a compiled
    module was loaded, and differences() raises): runs with or without a compiled build."""
    differences([("WASHINGTON, DC - JUNE 5: President Joe Biden speaks. (Photo by Jane Roe/Getty Images)", None)])
