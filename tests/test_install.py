"""Smoke test of a real, non-editable install (`pip install .`) into a new virtualenv: it
catches files missing from the wheel, the migrations above all.

The new venv sees the running environment's site-packages for the dependencies (a .pth
file), so nothing but the build tools is fetched; `catalog` itself comes only from the wheel
(PYTHONPATH is cleared and the running environment's editable-install hooks are not loaded,
since a .pth line adds a folder without processing the .pth files inside it).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from conftest import ROOT, SAMPLE, summary_line

IGNORE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.db", "*.db-*",
                                ".pytest_cache", ".hypothesis")


def run(*args, cwd=None, env=None):
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_non_editable_install_into_a_new_venv(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CATALOG_DB", "VIRTUAL_ENV")}
    # What is tested is the wheel's files, so no compile (4 to 9 minutes): the compiled build is
    # the tests' own install (CI checks that it compiled), its fallbacks in test_parser_build_pgo.py.
    env["CATALOG_PURE"] = "1"
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=IGNORE)  # build elsewhere: the checkout stays clean
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", env=env).strip())
    deps = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "_catalog_test_deps.pth").write_text("\n".join(deps) + "\n")

    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", source, env=env)
    shutil.rmtree(source)  # the installed tool must not lean on the source tree

    installed = run(python, "-c", "import catalog.migrations as m; print(m.__file__)", cwd=tmp_path, env=env)
    assert installed.startswith(str(venv))
    catalog = venv / "bin" / "catalog"
    assert "ingest" in run(catalog, "--help", cwd=tmp_path, env=env)
    db = tmp_path / "smoke.db"
    out = run(catalog, "--db", db, "ingest", SAMPLE, cwd=tmp_path, env=env)
    assert out == summary_line("1 file read: 8 captions new, 0 already present", "0 failed")
    assert run(catalog, "--db", db, "db", "current", cwd=tmp_path, env=env).endswith("(head)\n")
    assert len(run(catalog, "--db", db, "list", "--format", "jsonl", cwd=tmp_path, env=env).splitlines()) == 8
