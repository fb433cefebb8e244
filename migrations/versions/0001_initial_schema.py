"""Initial schema: sources, captions, people, photographers, agencies.

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 13:37:02.329337
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('key', name=op.f('uq_agencies_key'))
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('key', name=op.f('uq_people_key'))
    )
    op.create_table('photographers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photographers')),
    sa.UniqueConstraint('key', name=op.f('uq_photographers_key'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(length=4096), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('reference_date', sa.Date(), nullable=True),
    sa.Column('dateline', sa.String(length=200), nullable=True),
    sa.Column('contributors', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('path', name=op.f('uq_sources_path'))
    )
    op.create_table('captions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('credit_line', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=5), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=200), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('credit_source_id', sa.Integer(), nullable=True),
    sa.Column('is_pool', sa.Boolean(), nullable=False),
    sa.Column('is_handout', sa.Boolean(), nullable=False),
    sa.Column('is_file', sa.Boolean(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('parser_version', sa.String(length=32), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('supplied_date', sa.String(length=40), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('filename', sa.String(length=1024), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_captions_agency_id_agencies')),
    sa.ForeignKeyConstraint(['credit_source_id'], ['agencies.id'], name=op.f('fk_captions_credit_source_id_agencies')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_captions_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_captions')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_captions_content_hash')),
    sa.UniqueConstraint('source_id', 'ordinal', name=op.f('uq_captions_source_id_ordinal'))
    )
    with op.batch_alter_table('captions', schema=None) as batch_op:
        batch_op.create_index('ix_captions_agency_id', ['agency_id'], unique=False)
        batch_op.create_index('ix_captions_credit_source_id', ['credit_source_id'], unique=False)
        batch_op.create_index('ix_captions_date', ['date'], unique=False)

    op.create_table('caption_people',
    sa.Column('caption_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('position', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['caption_id'], ['captions.id'], name=op.f('fk_caption_people_caption_id_captions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_caption_people_person_id_people')),
    sa.PrimaryKeyConstraint('caption_id', 'ordinal', name=op.f('pk_caption_people'))
    )
    with op.batch_alter_table('caption_people', schema=None) as batch_op:
        batch_op.create_index('ix_caption_people_person_id', ['person_id'], unique=False)

    op.create_table('caption_photographers',
    sa.Column('caption_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('photographer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['caption_id'], ['captions.id'], name=op.f('fk_caption_photographers_caption_id_captions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['photographer_id'], ['photographers.id'], name=op.f('fk_caption_photographers_photographer_id_photographers')),
    sa.PrimaryKeyConstraint('caption_id', 'ordinal', name=op.f('pk_caption_photographers'))
    )
    with op.batch_alter_table('caption_photographers', schema=None) as batch_op:
        batch_op.create_index('ix_caption_photographers_photographer_id', ['photographer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('caption_photographers', schema=None) as batch_op:
        batch_op.drop_index('ix_caption_photographers_photographer_id')

    op.drop_table('caption_photographers')
    with op.batch_alter_table('caption_people', schema=None) as batch_op:
        batch_op.drop_index('ix_caption_people_person_id')

    op.drop_table('caption_people')
    with op.batch_alter_table('captions', schema=None) as batch_op:
        batch_op.drop_index('ix_captions_date')
        batch_op.drop_index('ix_captions_credit_source_id')
        batch_op.drop_index('ix_captions_agency_id')

    op.drop_table('captions')
    op.drop_table('sources')
    op.drop_table('photographers')
    op.drop_table('people')
    op.drop_table('agencies')
