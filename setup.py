"""Build the parser's compiled modules (Cython), optionally.

pyproject.toml holds the project's metadata; this file only declares the extensions. The
parse step modules (catalog/parse/credit.py, dates.py, places.py, people.py) stay plain
Python, the one source of truth; their C types live in the augmenting .pxd files beside
them. When Cython or a C compiler is missing, or a module fails to compile, the install
still succeeds with the pure-Python modules (`catalog.parse.COMPILED` says which runs), and
no older build of a module that failed stays behind to shadow its edited source.

With gcc and CATALOG_PGO=1 the build is profile-guided: the modules are compiled instrumented
(-fprofile-generate), a short training run parses our own case tables (fixtures/parse/
people, places, credit, dates) and synthetic captions (catalog.synth) with them, and the
modules are compiled again with the profile (-fprofile-use). Any failure on the way (another
compiler, a training run that fails) gives the plain -O3 build, with a one-line note. It is
opt-in: the parse takes about 5% fewer instructions, and the install takes two to three times
as long (about 19 minutes on the project's 2-core machine in session 36, against 6-8 plain).

    python setup.py build_ext --inplace     # build beside the sources (for measuring)
    CATALOG_PURE=1 pip install .            # skip the compile altogether
    pip install .                           # the plain -O3 build (the default)
    CATALOG_PGO=1 pip install .             # the profile-guided build (slower to install)
    CATALOG_COMPILE=people python setup.py build_ext --inplace   # rebuild one module only
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The modules compiled, each with its .pxd beside it, largest C file first: the build compiles
# them two at a time in this order, and people.c (11 MB) started last would run alone at the
# end (the makespan of the 26 MB of C on two CPUs: about 17 units in the old order, 13 now).
COMPILED_MODULES = ["people", "places", "credit", "dates", "text"]


# The training run of the profile-guided build, in a subprocess: argv = the tree holding the
# instrumented package, the source root, the number of synthetic captions. Our own case tables
# and synthetic captions only (never ../shared, the blind sets or fixtures/real-captions/):
# 1,544 cases and 3,000 synthetic captions, a few seconds. (How few would give as good a
# profile was not measured: each try is two full builds.)
SOURCE_ROOT = os.path.dirname(os.path.abspath(__file__))
PGO_TRAINING = r"""
import json, os, sys, time
tree, root, n_synth = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, tree)
import catalog.parse as p
if not p.COMPILED or not os.path.realpath(p.__file__).startswith(os.path.realpath(tree) + os.sep):
    sys.exit(f"training: not the instrumented build ({p.__file__}, compiled {p.COMPILED_STEPS})")
from catalog.synth import generate
cases = []
for name in ("people", "places", "credit", "dates"):
    path = os.path.join(root, "fixtures", "parse", name + ".jsonl")
    if os.path.exists(path):  # (an sdist has no fixtures: the synthetic captions serve)
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    cases.append((c["text"], c.get("reference_date")))
cases += [(t, None) for t in generate(n_synth, seed=11)]
t0 = time.perf_counter()
failed = 0
for text, ref in cases:
    rec = p.parse_caption(text, ref)
    failed += any(w.startswith("internal-error") for w in rec.warnings)
if failed > len(cases) // 100:  # a step failing throughout (a missing package): no profile
    sys.exit(f"training: {failed} of {len(cases)} captions hit an internal error")
print(f"{len(cases)} captions in {time.perf_counter() - t0:.1f} s")
"""


def _pgo_synthetic() -> int:
    try:
        return max(0, int(os.environ.get("CATALOG_PGO_SYNTH", "3000")))
    except ValueError:
        return 3000


class _PGOFailed(Exception):
    pass


class OptionalBuildExt(build_ext):
    """A module that does not compile (no compiler, no headers) stays pure Python.

    (Extension(optional=True) alone is not enough: some setuptools versions let the
    compiler's CalledProcessError through.)

    With gcc and CATALOG_PGO=1 the build is profile-guided (module docstring): an
    instrumented build, a training run, the build with the profile. Any failure in that
    gives the plain build."""

    _strict = False  # during the profile-guided passes a module that fails is a failure

    def run(self):
        self._compiler_name = self.compiler  # (run() replaces it with the compiler object)
        self._failures = []
        try:
            if self.extensions and self._pgo_wanted():
                try:
                    self._run_pgo()
                    return
                except Exception as exc:  # noqa: BLE001 - any failure: the plain build
                    print(f"catalog: profile-guided build not made ({_one_line(exc)}); plain -O3 build",
                          file=sys.stderr)
                    self._set_flags(())
                    self._remove_built()  # no instrumented module may stay behind
                    self.force = True
                    self.compiler = self._compiler_name
            super().run()
        except Exception as exc:  # noqa: BLE001 - any failure means: install pure Python
            self.warn(f"catalog: compiled parser not built ({exc}); the pure-Python modules serve")

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            if self._strict:
                self._failures.append(f"{ext.name}: {_one_line(exc)}")
                raise
            self.warn(f"catalog: {ext.name} not compiled ({exc}); its pure-Python module serves")
            # (both the build directory's copy and the one an earlier --inplace build left
            # beside the source: setuptools builds into the first and copies to the second)
            for path in {self.get_ext_fullpath(ext.name), self.get_ext_filename(ext.name)}:
                _remove_stale_module(path)

    # -- the profile-guided build -------------------------------------------------------

    def _pgo_wanted(self) -> bool:
        if os.environ.get("CATALOG_PGO", "0").strip() in ("", "0"):
            return False  # (opt-in: ~5% fewer instructions for two to three times the install)
        if not _is_gcc(self._compiler_command()):
            print("catalog: profile-guided build for gcc only; plain -O3 build", file=sys.stderr)
            return False
        return True

    def _compiler_command(self) -> list[str]:
        import sysconfig
        cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
        return cc.split()

    def _set_flags(self, compile_flags, link_flags=()) -> None:
        for ext in self.extensions:
            if not hasattr(ext, "_catalog_args"):
                ext._catalog_args = (list(ext.extra_compile_args or []), list(ext.extra_link_args or []))
            ext.extra_compile_args = ext._catalog_args[0] + list(compile_flags)
            ext.extra_link_args = ext._catalog_args[1] + list(link_flags)

    def _build_all(self) -> None:
        """Every module, or _PGOFailed (a parallel build only warns for an optional module)."""
        self.force = True  # the same sources, other flags: everything compiles again
        self.compiler = self._compiler_name
        self._strict, self._failures = True, []
        try:
            super().run()
        finally:
            self._strict = False
        if self._failures:
            raise _PGOFailed(f"not compiled: {self._failures[0]}")
        for ext in self.extensions:
            if not os.path.exists(self.get_ext_fullpath(ext.name)):
                raise _PGOFailed(f"{ext.name} was not built")

    def _remove_built(self) -> None:
        for ext in self.extensions:
            for path in {self.get_ext_fullpath(ext.name),
                         os.path.join(self.build_lib, self.get_ext_filename(ext.name))}:
                if os.path.exists(path):
                    os.remove(path)

    def _run_pgo(self) -> None:
        t0 = time.monotonic()
        profile_dir = os.path.abspath(os.path.join(self.build_temp, "pgo-profile"))
        shutil.rmtree(profile_dir, ignore_errors=True)
        os.makedirs(profile_dir)
        self._remove_built()  # (a module that fails to build must not leave an old one behind)
        # 1. instrumented
        self._set_flags([f"-fprofile-generate={profile_dir}", "-fprofile-update=single"],
                        ["-fprofile-generate"])
        self._build_all()
        t1 = time.monotonic()
        # 2. the training run, on a copy of the package with the instrumented modules in it
        summary = self._train(profile_dir)
        profiles = [f for f in os.listdir(profile_dir) if f.endswith(".gcda")]
        if len(profiles) < len(self.extensions):
            raise _PGOFailed(f"{len(profiles)} profiles written for {len(self.extensions)} modules")
        t2 = time.monotonic()
        # 3. with the profile (partial training: code the run never reached stays optimised
        # for speed, not for size)
        use = [f"-fprofile-use={profile_dir}", "-Wno-missing-profile"]
        if _gcc_accepts(self._compiler_command(), "-fprofile-partial-training"):
            use.append("-fprofile-partial-training")
        self._set_flags(use)
        self._build_all()
        print(f"catalog: profile-guided build: instrumented {t1 - t0:.0f} s, training {summary} "
              f"({t2 - t1:.0f} s), final {time.monotonic() - t2:.0f} s", file=sys.stderr)

    def _train(self, profile_dir: str) -> str:
        root = SOURCE_ROOT
        with tempfile.TemporaryDirectory(prefix="catalog-pgo-") as tree:
            shutil.copytree(os.path.join(root, "catalog"), os.path.join(tree, "catalog"),
                            ignore=shutil.ignore_patterns("*.so", "*.pyd", "*.c", "*.html", "__pycache__"))
            for ext in self.extensions:
                built = self.get_ext_fullpath(ext.name)
                if not os.path.exists(built):
                    raise _PGOFailed(f"{ext.name} was not built")
                shutil.copy2(built, os.path.join(tree, self.get_ext_filename(ext.name)))
            env = dict(os.environ, PYTHONHASHSEED="0")
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [tree, os.environ.get("PYTHONPATH")]))
            try:
                done = subprocess.run([sys.executable, "-c", PGO_TRAINING, tree, root, str(_pgo_synthetic())],
                                      cwd=tree, env=env, capture_output=True, text=True, timeout=900)
            except subprocess.TimeoutExpired:
                raise _PGOFailed("the training run took over 15 minutes") from None
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["no output"])[-1]
                raise _PGOFailed(f"the training run failed: {last}")
            return done.stdout.strip()


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _is_gcc(cc: list[str]) -> bool:
    """gcc itself (not clang, which answers to some gcc names and wants llvm-profdata)."""
    try:
        out = subprocess.run(cc + ["--version"], capture_output=True, text=True, timeout=60).stdout
    except Exception:  # noqa: BLE001
        return False
    return "Free Software Foundation" in out and "clang" not in out.lower()


def _gcc_accepts(cc: list[str], flag: str) -> bool:
    try:
        done = subprocess.run(cc + [flag, "-x", "c", "-c", "-o", os.devnull, "-"], input="int x;\n",
                              capture_output=True, text=True, timeout=60)
    except Exception:  # noqa: BLE001
        return False
    return done.returncode == 0


def _c_source(module: str) -> str | None:
    """The module's C file when this Cython made it from the .py and .pxd as they are now, so
    that a second install in the same tree (the README's tests after its quickstart) compiles
    nothing again. cythonize alone would translate people.py anew on every pip install: it
    also compares the C file with the Cython headers people.pxd cimports (cpython.unicode),
    and pip's isolated build environment installs Cython afresh, with new file times, each time."""
    from Cython import __version__ as cython_version
    base = os.path.join("catalog", "parse", module)
    try:
        made = os.path.getmtime(base + ".c")
        with open(base + ".c", encoding="utf-8", errors="replace") as f:
            first = f.readline()
    except OSError:
        return None
    sources = [base + ".py", base + ".pxd"]
    if first.strip() != f"/* Generated by Cython {cython_version} */" or \
            any(not os.path.exists(p) or os.path.getmtime(p) > made for p in sources):
        return None
    return base + ".c"


def _extensions() -> list:
    if os.environ.get("CATALOG_PURE"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:  # no Cython: the pure-Python modules serve
        return []
    # (-g0: no debugging symbols, which only slow the compile and quadruple the files)
    # (CATALOG_COMPILE narrows a development rebuild to the modules being worked on)
    wanted = os.environ.get("CATALOG_COMPILE", "").split(",") if os.environ.get("CATALOG_COMPILE") else COMPILED_MODULES
    translated = []
    for m in COMPILED_MODULES:
        if m not in wanted:
            continue
        ext = Extension(f"catalog.parse.{m}", [_c_source(m) or f"catalog/parse/{m}.py"], optional=True,
                        extra_compile_args=["-g0"])
        # Types come from the .pxd files only (annotation_typing off: the annotations in the .py
        # files are documentation, and a C type check on them could raise where Python would
        # not); nonecheck: a typed variable that is None raises AttributeError as in Python
        # instead of crashing. One module at a time, so that one Cython cannot translate
        # leaves the others compiled.
        try:
            translated += cythonize([ext], quiet=True, compiler_directives={
                "language_level": 3, "annotation_typing": False, "nonecheck": True})
        except Exception as exc:  # noqa: BLE001 - a module Cython cannot translate stays pure Python
            print(f"catalog: {ext.name} not translated by Cython ({_one_line(exc)}); "
                  "its pure-Python module serves", file=sys.stderr)
            _remove_stale_module(_in_place_path(m))
    return translated


def _in_place_path(module: str) -> str | None:
    """The compiled module an earlier in-place build left beside the source, if any."""
    import sysconfig
    path = os.path.join(SOURCE_ROOT, "catalog", "parse", module + sysconfig.get_config_var("EXT_SUFFIX"))
    return path if os.path.exists(path) else None


def _remove_stale_module(path: str | None) -> None:
    """A module that failed to build must not leave an older build of it behind: Python would
    import that stale .so before the edited .py, and the parser would run old code while the
    build reported success (a development rebuild in place met exactly that)."""
    if path and os.path.exists(path):
        os.remove(path)
        print(f"catalog: removed the older build {path}; the source beside it serves", file=sys.stderr)


# (the modules compile in parallel: each is a large C file)
# (`python setup.py` and pip's build backend both run this file as __main__; the tests load
# it under another name to try the build command's fallbacks on a small extension)
if __name__ == "__main__":
    setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt},
          options={"build_ext": {"parallel": os.cpu_count() or 1}})
