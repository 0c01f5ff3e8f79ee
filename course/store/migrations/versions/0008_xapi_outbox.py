"""xAPI learning records: each learner's and class's opaque id, and the outbox of statements for an LRS.

New tables only: nothing existing is rewritten (on SQLite no table is copied, so no cascade can fire).

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('xapi_learner',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_xapi_learner_learner_id_learner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', name=op.f('pk_xapi_learner')),
    sa.UniqueConstraint('account', name=op.f('uq_xapi_learner_account'))
    )
    op.create_table('xapi_class',
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('group_uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['classroom.id'], name=op.f('fk_xapi_class_class_id_classroom'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('class_id', name=op.f('pk_xapi_class')),
    sa.UniqueConstraint('group_uuid', name=op.f('uq_xapi_class_group_uuid'))
    )
    op.create_table('xapi_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=24), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.String(length=36), nullable=False),
    sa.Column('statement', sa.JSON(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_xapi_outbox_learner_id_learner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_xapi_outbox')),
    sa.UniqueConstraint('source', 'source_id', name=op.f('uq_xapi_outbox_source_source_id')),
    sa.UniqueConstraint('statement_id', name=op.f('uq_xapi_outbox_statement_id'))
    )
    op.create_index(op.f('ix_xapi_outbox_learner_id'), 'xapi_outbox', ['learner_id'])
    op.create_index(op.f('ix_xapi_outbox_sent_at_due_at'), 'xapi_outbox', ['sent_at', 'due_at'])


def downgrade() -> None:
    op.drop_index(op.f('ix_xapi_outbox_sent_at_due_at'), table_name='xapi_outbox')
    op.drop_index(op.f('ix_xapi_outbox_learner_id'), table_name='xapi_outbox')
    op.drop_table('xapi_outbox')
    op.drop_table('xapi_class')
    op.drop_table('xapi_learner')
