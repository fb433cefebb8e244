"""Full-text search: FTS5 indexes over caption text and places, and over name keys;
covering indexes for person and photographer look-ups.

External-content FTS5 tables kept in sync by triggers (see catalog/store/textsearch.py for
why). SQLite only: other backends get their text search from their own migration.

NOTE for later migrations: a batch operation that re-creates `captions`, `people`,
`photographers` or `agencies` (SQLite "move and copy") drops that table's triggers; re-run
textsearch.sqlite_ddl's CREATE TRIGGER statements afterwards (a test checks they exist).

Revision ID: 0002_fts
Revises: 0001
"""
from alembic import op

from catalog.store import textsearch

revision = "0002_fts"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Covering indexes for person: / by: look-ups (every backend).
    op.create_index("ix_caption_people_person_id_caption_id", "caption_people", ["person_id", "caption_id"])
    op.create_index("ix_caption_photographers_photographer_id_caption_id", "caption_photographers",
                    ["photographer_id", "caption_id"])
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in textsearch.FTS_TABLES:
        for statement in textsearch.sqlite_ddl(table):
            op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_caption_photographers_photographer_id_caption_id", "caption_photographers")
    op.drop_index("ix_caption_people_person_id_caption_id", "caption_people")
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in textsearch.FTS_TABLES:
        for statement in textsearch.sqlite_drop_ddl(table):
            op.execute(statement)
