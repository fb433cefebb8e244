"""Query indexes: captions by agency and date.

`agency:ap date:2019 --sort -date` read every caption of the agency (ix_captions_agency_id)
and then filtered on the date; (agency_id, date) answers both from the index, and keeps a
`catalog credits` / listing over one agency and a period to the rows it needs.
ix_captions_agency_id stays: for one agency it gives the captions in id order, which the
default sort can stop reading after --limit rows.

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


def downgrade() -> None:
    op.drop_index("ix_captions_agency_id_date", "captions")
