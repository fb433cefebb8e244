"""The compiled and the plain-Python parser side by side: every text parsed by both builds.

The compiled step modules (Cython, the .pxd beside each .py) must return exactly what the .py
files return as plain Python. This process parses with the build it imported; a subprocess
parses the same texts with CATALOG_PARSE_PURE=1 (catalog/parse/__init__.py then loads the .py
files even where .so files sit beside them), from the same installed or checked-out package.
Used by tools/parser_parity.py compare (every development text) and
tests/test_parser_builds_agree.py (the made-up case tables).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

Key = tuple  # (text, reference_date or None)

# The subprocess: argv[1] = the directory holding the `catalog` package the caller imported;
# stdin one [text, ref] a line; stdout one record a line, in the same order.
_PURE_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import catalog.parse as p
if p.COMPILED_STEPS:
    sys.exit(f"the pure run loaded compiled modules: {p.COMPILED_STEPS}")
for line in sys.stdin.buffer:
    text, ref = json.loads(line)
    sys.stdout.write(json.dumps(p.parse_caption(text, ref).as_dict()) + "\n")
"""


def compiled_steps() -> tuple[str, ...]:
    import catalog.parse
    return catalog.parse.COMPILED_STEPS


def _plain(record: dict) -> dict:
    """A record as JSON gives it back (tuples as lists), the form the subprocess sends."""
    return json.loads(json.dumps(record))


def records_here(keys: list[Key]) -> list[dict]:
    from catalog.parse import parse_caption
    return [_plain(parse_caption(text, ref).as_dict()) for text, ref in keys]


def _start_pure(keys: list[Key], tmp: Path) -> subprocess.Popen:
    """The plain-Python parse of `keys`, started in a subprocess (it runs while this process
    parses with its own build): input and output through files, so neither side waits on a pipe."""
    import catalog
    root = str(Path(catalog.__file__).resolve().parent.parent)
    env = dict(os.environ, CATALOG_PARSE_PURE="1")
    # (JSON's \u escapes carry any string, a lone surrogate too)
    (tmp / "in.jsonl").write_text("".join(json.dumps([text, ref]) + "\n" for text, ref in keys), encoding="ascii")
    with open(tmp / "in.jsonl", "rb") as sent, open(tmp / "out.jsonl", "wb") as out, \
            open(tmp / "err.txt", "wb") as err:
        return subprocess.Popen([sys.executable, "-c", _PURE_CHILD, root], stdin=sent, stdout=out,
                                stderr=err, env=env)


def _finish_pure(child: subprocess.Popen, keys: list[Key], tmp: Path) -> list[dict]:
    if child.wait():
        err = (tmp / "err.txt").read_text(encoding="utf-8", errors="replace")
        raise RuntimeError("the pure-Python parse failed:\n" + err[-3000:])
    out = [json.loads(line) for line in (tmp / "out.jsonl").read_text(encoding="ascii").splitlines()]
    if len(out) != len(keys):
        raise RuntimeError(f"the pure-Python parse gave {len(out)} records for {len(keys)} texts")
    return out


def records_pure(keys: list[Key]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        return _finish_pure(_start_pure(keys, Path(tmp)), keys, Path(tmp))


def differences(keys: list[Key]) -> list[tuple[Key, dict, dict]]:
    """(key, compiled record, pure record) for each text the two builds parse differently (the
    two parses run at once: the pure one in its subprocess)."""
    with tempfile.TemporaryDirectory() as tmp:
        child = _start_pure(keys, Path(tmp))
        try:
            here = records_here(keys)
        except BaseException:
            child.kill()
            child.wait()
            raise
        pure = _finish_pure(child, keys, Path(tmp))
    return [(key, a, b) for key, a, b in zip(keys, here, pure) if a != b]


def describe(key: Key, compiled: dict, pure: dict, width: int = 300) -> str:
    """The text and each field that differs, compiled then pure."""
    lines = ["TEXT: " + key[0][:width] + (f"  (ref {key[1]})" if key[1] else "")]
    for field in compiled:
        if compiled[field] != pure.get(field):
            lines.append(f"   {field} compiled {json.dumps(compiled[field], ensure_ascii=False)[:width]}")
            lines.append(f"   {field} pure     {json.dumps(pure.get(field), ensure_ascii=False)[:width]}")
    return "\n".join(lines)
