"""catalog: photo-caption metadata cataloguer.

Public API:
    parse_caption(text, reference_date=None) -> Caption   (pure text -> record)
    open_catalog(db=None) -> Catalog                      (the SQLite/PostgreSQL store)
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["parse_caption", "open_catalog", "Caption", "__version__"]


def __getattr__(name: str):
    # The parser on first use (PEP 562): its modules and their regular expressions cost
    # start-up that export, search, list and show never need.
    if name in ("parse_caption", "Caption"):
        from . import parse

        return getattr(parse, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_catalog(db=None, **kwargs):
    """Open (and create at head on first use) the catalogue at `db` (path or URL)."""
    # Imported lazily: parsing alone must not pay for SQLAlchemy and Alembic.
    from .store import open_catalog as _open

    return _open(db, **kwargs)
