"""Query indexes: captions by agency and date.

`agency:ap date:2019 --sort -date` read every caption of the agency (ix_captions_agency_id)
and then filtered on the date; (agency_id, date) answers both from the index, and keeps a
`catalog credits` / listing over one agency and a period to the rows it needs. It replaces ix_captions_agency_id, its own prefix.

Revision ID: 0004_query_indexes
Revises: 0003_images
"""
from alembic import op

revision = "0004_query_indexes"
down_revision = "0003_images"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_captions_agency_id_date", "captions", ["agency_id", "date"])
    # Its prefix serves every agency_id look-up (and the foreign key): one index less to write.
    op.drop_index("ix_captions_agency_id", "captions")


def downgrade() -> None:
    op.create_index("ix_captions_agency_id", "captions", ["agency_id"])
    op.drop_index("ix_captions_agency_id_date", "captions")
