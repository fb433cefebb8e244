"""SQLite: caption_people and caption_photographers as WITHOUT ROWID tables.

Each link table's primary key is (caption_id, ordinal). As an ordinary SQLite table it was
two B-trees in the same order: the rowid table holding the row and the primary key's own
index pointing back into it, so every link written was two B-tree inserts and its key
stored twice. WITHOUT ROWID keeps the row in the primary key's B-tree alone: one insert
a link, fewer pages, and a caption's links read straight from that tree in order (export,
show). The (person_id, caption_id) and (photographer_id, caption_id) indexes of 0002_fts
stay as they are (their entries end with the ordinal instead of a rowid), and so does
every query plan that reads them (README, Performance: "Link tables, session 6").

The rows, their keys and the constraints are unchanged; only the storage differs. The tables
are re-created and their rows copied (SQLite cannot change a table's storage in place).
PostgreSQL has no rowid: nothing to do there.

Revision ID: 0007_link_tables_without_rowid
Revises: 0006_drop_prefix_indexes
"""
from alembic import op

revision = "0007_link_tables_without_rowid"
down_revision = "0006_drop_prefix_indexes"
branch_labels = None
depends_on = None

LINK_TABLES = ("caption_people", "caption_photographers")


def _rebuild(with_rowid: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in LINK_TABLES:
        # The copy keeps the columns, constraints (by their names) and indexes; only the
        # table's storage option changes.
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_with_rowid": with_rowid}):
            pass


def upgrade() -> None:
    _rebuild(with_rowid=False)


def downgrade() -> None:
    _rebuild(with_rowid=True)
