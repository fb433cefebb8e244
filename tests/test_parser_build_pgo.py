"""The profile-guided build in setup.py (build_ext): its fallbacks, on a one-function C module.

setup.py compiles the parser modules instrumented, runs a training run, and compiles them again
with the profile; any failure on the way must leave the plain build (and a note), never an
instrumented module or no module. The real modules take minutes to build: a small extension
in a temporary tree stands in for them, with the training script swapped for one that imports
it (or fails). Skipped without gcc or the Python headers.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

SETUP_PY = Path(__file__).resolve().parents[1] / "setup.py"

_C = r"""
#include <Python.h>
static PyObject *f(PyObject *self, PyObject *arg) {
    long n = PyLong_AsLong(arg), s = 0;
    for (long i = 0; i < n; i++) s += i % 7 ? i : -i;
    return PyLong_FromLong(s);
}
static PyMethodDef methods[] = {{"f", f, METH_O, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "tiny", NULL, -1, methods};
PyMODINIT_FUNC PyInit_tiny(void) { return PyModule_Create(&mod); }
"""

_TRAIN_OK = "import sys; sys.path.insert(0, sys.argv[1]); import catalog.tiny as t; t.f(10000); print('trained')"
_TRAIN_FAILS = "import sys; sys.exit('the training run broke')"


def _setup_namespace() -> dict:
    """setup.py's definitions, without its setup() call (it runs only as __main__)."""
    ns = {"__name__": "catalog_setup_under_test", "__file__": str(SETUP_PY)}
    exec(compile(SETUP_PY.read_text(encoding="utf-8"), str(SETUP_PY), "exec"), ns)
    return ns


def _have_gcc() -> bool:
    ns = _setup_namespace()
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    return ns["_is_gcc"](cc) and Path(sysconfig.get_paths()["include"], "Python.h").exists()


pytestmark = pytest.mark.skipif(not (shutil.which("gcc") and _have_gcc()),
                                reason="the profile-guided build needs gcc and the Python headers")


def _build(tmp_path: Path, monkeypatch, training: str, pgo: str | None = "1", c_source: str = _C) -> tuple[Path | None, str]:
    from setuptools import Distribution, Extension

    (tmp_path / "catalog").mkdir(exist_ok=True)
    (tmp_path / "catalog" / "__init__.py").write_text("")
    (tmp_path / "catalog" / "tiny.c").write_text(c_source)
    ns = _setup_namespace()
    ns["PGO_TRAINING"] = training
    ns["SOURCE_ROOT"] = str(tmp_path)
    monkeypatch.chdir(tmp_path)
    if pgo is None:
        monkeypatch.delenv("CATALOG_PGO", raising=False)
    else:
        monkeypatch.setenv("CATALOG_PGO", pgo)
    dist = Distribution({"name": "tiny", "ext_modules": [Extension("catalog.tiny", ["catalog/tiny.c"], optional=True,
                                                                   extra_compile_args=["-g0"])],
                         "cmdclass": {"build_ext": ns["OptionalBuildExt"]}})
    cmd = dist.get_command_obj("build_ext")
    cmd.inplace = True
    cmd.force = True  # (a second build in the same second would otherwise count as up to date)
    cmd.ensure_finalized()
    import io
    from contextlib import redirect_stderr
    err = io.StringIO()
    with redirect_stderr(err):
        cmd.run()
    built = [p for p in (tmp_path / "catalog").iterdir() if p.name.startswith("tiny.") and p.suffix in (".so", ".pyd")]
    assert len(built) <= 1, err.getvalue()
    return (built[0] if built else None), err.getvalue()


def _instrumented(so: Path) -> bool:
    return b"__gcov" in so.read_bytes()


def _works(so: Path, tmp_path: Path) -> bool:
    done = subprocess.run([sys.executable, "-c", "import catalog.tiny as t; print(t.f(10))"],
                          cwd=tmp_path, capture_output=True, text=True)
    return done.returncode == 0 and done.stdout.strip() == str(sum(i if i % 7 else -i for i in range(10)))


def test_profile_guided_build_uses_the_profile(tmp_path, monkeypatch):
    so, notes = _build(tmp_path, monkeypatch, _TRAIN_OK)
    assert so is not None, notes
    assert "profile-guided build: instrumented" in notes and "trained" in notes
    assert list((tmp_path / "build").rglob("*.gcda"))
    assert not _instrumented(so)  # the final module is built with the profile, not instrumented
    assert _works(so, tmp_path)


def test_a_failing_training_run_leaves_the_plain_build(tmp_path, monkeypatch):
    so, notes = _build(tmp_path, monkeypatch, _TRAIN_FAILS)
    assert "profile-guided build not made (the training run failed: the training run broke); plain -O3 build" in notes
    assert not _instrumented(so)
    assert _works(so, tmp_path)


def test_catalog_pgo_0_builds_plain_without_training(tmp_path, monkeypatch):
    so, notes = _build(tmp_path, monkeypatch, _TRAIN_FAILS, pgo="0")
    assert "profile-guided" not in notes  # the failing training script never ran
    assert not list((tmp_path / "build").rglob("*.gcda"))
    assert _works(so, tmp_path)


def test_a_module_that_fails_to_compile_leaves_no_older_build_behind(tmp_path, monkeypatch):
    """An in-place rebuild after an edit that does not compile: the older .so must go (Python
    would import it before the edited source), and the build says so."""
    older, _ = _build(tmp_path, monkeypatch, _TRAIN_OK, pgo="0")
    assert older is not None and _works(older, tmp_path)
    so, notes = _build(tmp_path, monkeypatch, _TRAIN_OK, pgo="0", c_source=_C + "\nthis is not C;\n")
    assert so is None, notes
    assert "catalog.tiny not compiled" in notes and "removed the older build" in notes


def test_plain_build_by_default(tmp_path, monkeypatch):
    """The profile-guided build is opt-in (CATALOG_PGO=1): two to three times the install's time
    for about 5% of the parse's instructions."""
    so, notes = _build(tmp_path, monkeypatch, _TRAIN_OK, pgo=None)
    assert so is not None, notes
    assert "profile-guided" not in notes and "trained" not in notes
    assert not list((tmp_path / "build").rglob("*.gcda"))
    assert not _instrumented(so) and _works(so, tmp_path)
