"""Embedded photo metadata: IPTC IIM and XMP fields read from a photo file, beside its caption.

Down revision 0001 as written on the images branch; the lead re-chains it at merge.

Revision ID: 0003_images
Revises: 0002_fts
Create Date: 2026-11-28 13:41:22.460046
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_images'
down_revision = "0002_fts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('embedded_metadata',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('caption_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(length=4096), nullable=False),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('byline', sa.Text(), nullable=True),
    sa.Column('credit', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('state', sa.Text(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('date_created', sa.String(length=10), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('persons', sa.JSON(), nullable=False),
    sa.Column('locations', sa.JSON(), nullable=False),
    sa.Column('raw', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['caption_id'], ['captions.id'], name=op.f('fk_embedded_metadata_caption_id_captions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_embedded_metadata')),
    sa.UniqueConstraint('caption_id', name=op.f('uq_embedded_metadata_caption_id'))
    )
    with op.batch_alter_table('embedded_metadata', schema=None) as batch_op:
        batch_op.create_index('ix_embedded_metadata_sha256', ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('embedded_metadata', schema=None) as batch_op:
        batch_op.drop_index('ix_embedded_metadata_sha256')

    op.drop_table('embedded_metadata')
