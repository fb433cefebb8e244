"""Query index: an agency's file photos by date.

`agency:ap is:file --sort -date` (file pictures of one agency, newest first) read every
caption of the agency from the table to test is_file, then sorted them: 2 s of CPU at a
million captions. (agency_id, is_file, date) answers the filter from the index alone and
hands the sort only the matching (date, id) pairs: 32 ms.

Revision ID: 0005_agency_file_date
Revises: 0004_query_indexes
"""
from alembic import op

revision = "0005_agency_file_date"
down_revision = "0004_query_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_captions_agency_id_is_file_date", "captions", ["agency_id", "is_file", "date"])


def downgrade() -> None:
    op.drop_index("ix_captions_agency_id_is_file_date", "captions")
