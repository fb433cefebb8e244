"""Build the parser's compiled modules (Cython), optionally.

pyproject.toml holds the project's metadata; this file only declares the extensions. The
parse step modules (catalog/parse/credit.py, dates.py, places.py, people.py) stay plain
Python, the one source of truth; their C types live in the augmenting .pxd files beside
them. When Cython or a C compiler is missing, or a module fails to compile, the install
still succeeds with the pure-Python modules (`catalog.parse.COMPILED` says which runs).

    python setup.py build_ext --inplace     # build beside the sources (for measuring)
    CATALOG_PURE=1 pip install .            # skip the compile altogether
    CATALOG_COMPILE=people python setup.py build_ext --inplace   # rebuild one module only
"""
from __future__ import annotations

import os

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# the modules compiled, each with its .pxd beside it
COMPILED_MODULES = ["credit", "dates", "places", "people", "text"]


class OptionalBuildExt(build_ext):
    """A module that does not compile (no compiler, no headers) stays pure Python.

    (Extension(optional=True) alone is not enough: some setuptools versions let the
    compiler's CalledProcessError through.)"""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any failure means: install pure Python
            self.warn(f"catalog: compiled parser not built ({exc}); the pure-Python modules serve")

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            self.warn(f"catalog: {ext.name} not compiled ({exc}); its pure-Python module serves")


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
    exts = [Extension(f"catalog.parse.{m}", [f"catalog/parse/{m}.py"], optional=True,
                      extra_compile_args=["-g0"])
            for m in COMPILED_MODULES if m in wanted]
    # Types come from the .pxd files only (annotation_typing off: the annotations in the .py
    # files are documentation, and a C type check on them could raise where Python would
    # not); nonecheck: a typed variable that is None raises AttributeError as in Python
    # instead of crashing.
    try:
        return cythonize(exts, quiet=True, compiler_directives={
            "language_level": 3, "annotation_typing": False, "nonecheck": True})
    except Exception as exc:  # noqa: BLE001 - a module Cython cannot translate stays pure Python
        print(f"catalog: compiled parser not built ({exc}); the pure-Python modules serve")
        return []


# (the modules compile in parallel: each is a large C file)
setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt},
      options={"build_ext": {"parallel": os.cpu_count() or 1}})
