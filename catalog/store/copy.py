"""Moving a catalogue between databases: SQLite to PostgreSQL and back, without loss.

The target is created at head by the migrations (never by create_all), then every table the
models know is copied in foreign-key order, in batches, ids and all, inside one transaction on
the target: a copy that fails leaves the target as it was. Rows stream from the source, so a
large catalogue never sits in memory. PostgreSQL sequences are moved past the copied ids after,
so the next caption stored gets a fresh id.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, func, select, text
from sqlalchemy.exc import DBAPIError

from ..errors import CatalogError
from .db import WRITE_OPTION, display_name, open_catalog, resolve_url
from .models import Base

BATCH_SIZE = 2_000


def copy_catalog(source_db, target_db, *, batch_size: int = BATCH_SIZE,
                 progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy the catalogue at `source_db` into `target_db` (empty or new); rows copied per table."""
    source_url, target_url = resolve_url(source_db), resolve_url(target_db)
    if source_url == target_url:
        raise CatalogError(f"cannot copy {display_name(source_url)} onto itself")
    tables = Base.metadata.sorted_tables  # parents before children
    with open_catalog(source_url) as source, open_catalog(target_url) as target:
        with target.engine.connect() as conn:
            for table in tables:
                if conn.scalar(select(table).limit(1)) is not None:
                    raise CatalogError(f"{display_name(target_url)} already holds data (table {table.name}); "
                                       f"copy into a new or empty catalogue")
        counts: dict[str, int] = {}
        try:
            # One snapshot of the source, even while others write to it.
            snapshot = {"isolation_level": "REPEATABLE READ"} if source.dialect == "postgresql" else {}
            with source.engine.connect().execution_options(**snapshot) as src, target.engine.execution_options(**{WRITE_OPTION: True}).begin() as dst:
                for table in tables:
                    counts[table.name] = _copy_table(table, src, dst, batch_size, progress)
                if dst.dialect.name == "postgresql":
                    _reset_sequences(dst, tables)
        except DBAPIError as exc:
            detail = str(exc.orig or exc).strip().splitlines()[0]
            raise CatalogError(f"copy into {display_name(target_url)} failed, nothing was copied: {detail}") from None
        return counts


def _copy_table(table: Table, src, dst, batch_size: int, progress) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    rows = src.execution_options(stream_results=True, yield_per=batch_size).execute(
        select(table).order_by(*order))
    copied = 0
    for batch in rows.partitions(batch_size):
        dst.execute(table.insert(), [row._asdict() for row in batch])
        copied += len(batch)
        if progress:
            progress(table.name, copied)
    return copied


def _reset_sequences(conn, tables: list[Table]) -> None:
    """Move each serial id's sequence past the largest copied id."""
    for table in tables:
        for column in table.primary_key.columns:
            sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                   {"table": table.name, "column": column.name})
            if sequence is None:  # not a serial column (caption_people's (caption_id, ordinal))
                continue
            top = conn.scalar(select(func.max(column)))
            conn.execute(text("SELECT setval(CAST(:sequence AS regclass), :value, :called)"),
                         {"sequence": sequence, "value": top or 1, "called": top is not None})


def table_counts(db) -> dict[str, int]:
    """Rows per table: what a copy should reproduce."""
    with open_catalog(db) as catalog, catalog.engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
