"""Captions: the content hash unique per source, (source_id, content_hash), not on its own.

A caption's content hash is the sha256 of its source's path and its text, so a hash belongs
to one source, and unique (content_hash) and unique (source_id, content_hash) allow the same
rows. The difference is the index's order: keyed by the hash alone, each new caption went to
a random place in a B-tree that at a million captions is 84 MB, and a file of 10,000
captions dirtied 10,000 of its 20,600 pages, about a third of every page the file's commit
wrote and the checkpoint copied again (docs/performance.md, "Session 16"). Led by the source,
a file's captions land together at the index's end, and the look-ups by hash (ingest's
"stored already?") always know their source.

SQLite cannot change a table's constraints in place: the table is re-created and its rows
copied (ids kept), which drops its triggers, so the full-text index's triggers are made again
(see 0002_fts). On PostgreSQL the constraint is dropped and added.

Revision ID: 0008_hash_unique_per_source
Revises: 0007_link_tables_without_rowid
"""
from alembic import op

from catalog.store import textsearch

revision = "0008_hash_unique_per_source"
down_revision = "0007_link_tables_without_rowid"
branch_labels = None
depends_on = None

OLD, NEW = "uq_captions_content_hash", "uq_captions_source_id_content_hash"


def _swap(drop: str, create: str, columns: list[str]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(drop, "captions", type_="unique")
        op.create_unique_constraint(create, "captions", columns)
        return
    with op.batch_alter_table("captions", recreate="always") as batch:
        batch.drop_constraint(drop, type_="unique")
        batch.create_unique_constraint(create, columns)
    # The re-created table has none of the old one's triggers: the full-text index's again.
    for statement in textsearch.sqlite_ddl("captions_fts"):
        if statement.startswith("CREATE TRIGGER"):
            op.execute(statement)


def upgrade() -> None:
    _swap(OLD, NEW, ["source_id", "content_hash"])


def downgrade() -> None:
    _swap(NEW, OLD, ["content_hash"])
