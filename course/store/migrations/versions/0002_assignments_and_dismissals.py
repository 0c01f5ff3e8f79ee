"""Lessons assigned to a class, and needs-help flags an educator dismissed (the dashboard's state).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('class_assignment',
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('lesson_id', sa.String(length=48), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['classroom.id'], name=op.f('fk_class_assignment_class_id_classroom'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('class_id', 'lesson_id', name=op.f('pk_class_assignment'))
    )
    op.create_table('needs_help_dismissal',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=32), nullable=False),
    sa.Column('dismissed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('dismissed_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['dismissed_by'], ['educator.id'], name=op.f('fk_needs_help_dismissal_dismissed_by_educator'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_needs_help_dismissal_learner_id_learner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', 'rule', name=op.f('pk_needs_help_dismissal'))
    )


def downgrade() -> None:
    op.drop_table('needs_help_dismissal')
    op.drop_table('class_assignment')
