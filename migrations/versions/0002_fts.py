"""Full-text search: FTS5 indexes over caption text and places, and over name keys;
covering indexes for person and photographer look-ups.

SQLite: external-content FTS5 tables kept in sync by triggers. PostgreSQL: the `unaccent` and
`pg_trgm` extensions, an IMMUTABLE fold function and GIN trigram indexes over the folded
columns (no triggers: expression indexes follow every change). See
catalog/store/textsearch.py for both, and why.

NOTE for later migrations: a batch operation that re-creates `captions`, `people`,
`photographers` or `agencies` (SQLite "move and copy") drops that table's triggers; re-run
textsearch.sqlite_ddl's CREATE TRIGGER statements afterwards (a test checks they exist).

Revision ID: 0002_fts
Revises: 0001
"""
from alembic import op
from sqlalchemy.exc import DBAPIError

from catalog.errors import SchemaError
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
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name, statement in textsearch.postgres_extension_ddl():
            try:
                op.execute(statement)
            except DBAPIError as exc:  # not installed on the server, or not ours to create
                raise SchemaError(textsearch.extension_error(name, exc)) from None
        for statement in textsearch.postgres_ddl(textsearch.postgres_extension_schemas(bind)):
            op.execute(statement)
        return
    for table in textsearch.FTS_TABLES:
        for statement in textsearch.sqlite_ddl(table):
            op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_caption_photographers_photographer_id_caption_id", "caption_photographers")
    op.drop_index("ix_caption_people_person_id_caption_id", "caption_people")
    if op.get_bind().dialect.name == "postgresql":
        for statement in textsearch.postgres_drop_ddl():
            op.execute(statement)
        return
    for table in textsearch.FTS_TABLES:
        for statement in textsearch.sqlite_drop_ddl(table):
            op.execute(statement)
