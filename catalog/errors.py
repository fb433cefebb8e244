"""Domain errors. The CLI catches CatalogError once and prints `Error: <message>`."""
from __future__ import annotations


class CatalogError(Exception):
    """A user-facing problem: the message is one clear line."""

    exit_code = 1


class SchemaError(CatalogError):
    """The database is not at the revision this version of catalog expects."""


class InputError(CatalogError):
    """One input (file, line) could not be read; the others go on."""


class QueryError(CatalogError):
    """A search query could not be understood."""

    exit_code = 2


class ConfigError(CatalogError):
    """A configuration file is wrong."""


class StoreError(CatalogError):
    """The database refused a write (locked, full, read-only): the run stops, committed files stay."""
