"""The ministry view's rollup: small tables of aggregates per group (an age band in a school), so
the view reads a few thousand rows instead of every learner's lesson summaries (issue 19).

New tables only, holding no learner id; they fill on their first refresh (course.reports.ministry_rollup).
No foreign key to school: derived data, rewritten by each refresh and read joined to school (see
the models' comment: the key checks cost more than a third of a full refresh).

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ministry_group',
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.String(length=8), nullable=False),
    sa.Column('learners', sa.Integer(), nullable=False),
    sa.Column('active_learners', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('school_id', 'band', name=op.f('pk_ministry_group'))
    )
    op.create_table('ministry_lesson_month',
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.String(length=8), nullable=False),
    sa.Column('lesson_id', sa.String(length=48), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('completed', sa.Integer(), nullable=False),
    sa.Column('mastered', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('school_id', 'band', 'lesson_id', 'month', name=op.f('pk_ministry_lesson_month'))
    )
    op.create_table('ministry_coverage',
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.String(length=8), nullable=False),
    sa.Column('risk', sa.String(length=16), nullable=False),
    sa.Column('learners', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('school_id', 'band', 'risk', name=op.f('pk_ministry_coverage'))
    )


def downgrade() -> None:
    op.drop_table('ministry_coverage')
    op.drop_table('ministry_lesson_month')
    op.drop_table('ministry_group')
