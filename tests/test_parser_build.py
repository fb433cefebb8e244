"""The compiled parser build (setup.py, Cython, the .pxd files beside catalog/parse/*.py).

The compiled modules must read exactly what the plain-Python ones read. Two ways they can
drift apart without a build error: a class the .pxd turns into a C class gains an attribute
the .pxd does not declare (every parse then fails inside the step, which answers empty), and
an install that silently fell back to plain Python (.ci/run checks the installed package
says COMPILED after the README's install).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import catalog.parse
from catalog.parse import people, places

PARSE_DIR = Path(__file__).resolve().parents[1] / "catalog" / "parse"


def _declared_attributes(pxd: str, cls: str) -> set[str]:
    """The attribute names a `cdef class` block of a .pxd declares."""
    text = (PARSE_DIR / pxd).read_text(encoding="utf-8")
    block = re.search(rf"^cdef class {cls}:\n((?:[ \t]+.*\n|\n)*?)(?=^\S|\Z)", text, re.M)
    assert block, f"{pxd} declares no cdef class {cls}"
    names: set[str] = set()
    for line in block.group(1).splitlines():
        m = re.match(r"\s+cdef\s+(?:public\s+|readonly\s+)?[\w.]+\s+(.+)$", line)
        if m:
            names.update(n.strip() for n in m.group(1).split("#")[0].split(","))
    return names


@pytest.mark.parametrize("pxd, cls, slots", [
    ("people.pxd", "Tok", people.Tok.__slots__ if hasattr(people.Tok, "__slots__") else None),
    ("people.pxd", "Doc", people.Doc.__slots__ if hasattr(people.Doc, "__slots__") else None),
    ("people.pxd", "Mention", people.Mention.__slots__ if hasattr(people.Mention, "__slots__") else None),
    ("places.pxd", "_Chain", places._Chain.__slots__ if hasattr(places._Chain, "__slots__") else None),
    ("places.pxd", "_NameSpans", places._NameSpans.__slots__ if hasattr(places._NameSpans, "__slots__") else None),
    ("places.pxd", "_Loc", places._Loc.__slots__ if hasattr(places._Loc, "__slots__") else None),
])
def test_pxd_declares_every_attribute_of_its_classes(pxd, cls, slots):
    if slots is None:  # the compiled class has no __slots__: read the source's
        src = (PARSE_DIR / pxd.replace(".pxd", ".py")).read_text(encoding="utf-8")
        m = re.search(rf"class {cls}\b.*?__slots__ = \(([^)]*)\)", src, re.S)
        slots = tuple(re.findall(r'"(\w+)"', m.group(1)))
    missing = set(slots) - _declared_attributes(pxd, cls)
    assert not missing, f"{pxd}: cdef class {cls} must declare {sorted(missing)} (see setup.py)"


def test_the_build_in_use_is_reported():
    assert isinstance(catalog.parse.COMPILED, bool)
    assert catalog.parse.COMPILED == (set(catalog.parse.COMPILED_STEPS) == {"credit", "dates", "places", "people", "text"})
