"""Storage: SQLAlchemy models, engine setup, migrations runner."""
from .db import Catalog, open_catalog, resolve_url

__all__ = ["Catalog", "open_catalog", "resolve_url"]
