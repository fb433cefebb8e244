"""Drop three single-column indexes that longer indexes already serve.

ix_caption_people_person_id (person_id) and ix_caption_photographers_photographer_id
(photographer_id) are prefixes of the covering (person_id, caption_id) and
(photographer_id, caption_id) indexes of 0002_fts: every look-up they serve (`person:`,
`by:`, the foreign-key check when a name is deleted, reparse's unused-name sweep) the longer
index serves with the same plan. Each one was one more page written at a random place for
every link, which at a million captions is page traffic the 64 MiB cache cannot hold.

ix_captions_agency_id (agency_id) is a prefix of ix_captions_agency_id_date (0004). 0004 kept
it so that one agency's captions could be read in id order and the default sort stop after
--limit rows, but no query is planned that way: `agency:` compiles to `agency_id IN (the
matching agencies)`, and SQLite reads ix_captions_agency_id_date (covering) and sorts,
with or without this index (the same EXPLAIN QUERY PLAN for every search, listing and
report but `catalog stats`' count of distinct agencies, which scans the wider index instead;
README, Performance). ix_captions_credit_source_id stays: `source:` has no other
index, and without it a rare credit source is a scan of every caption.

Revision ID: 0006_drop_prefix_indexes
Revises: 0005_agency_file_date
"""
from alembic import op

revision = "0006_drop_prefix_indexes"
down_revision = "0005_agency_file_date"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_caption_people_person_id", "caption_people")
    op.drop_index("ix_caption_photographers_photographer_id", "caption_photographers")
    op.drop_index("ix_captions_agency_id", "captions")


def downgrade() -> None:
    op.create_index("ix_captions_agency_id", "captions", ["agency_id"])
    op.create_index("ix_caption_photographers_photographer_id", "caption_photographers", ["photographer_id"])
    op.create_index("ix_caption_people_person_id", "caption_people", ["person_id"])
