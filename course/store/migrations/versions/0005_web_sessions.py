"""Server-side sessions behind the educator's and the child's sign-in cookies, so that signing out,
new pictures or an archived class end a sign-in at once instead of when its cookie expires.

Cookies signed before this revision name a user, not a session: they no longer sign anyone in,
and educators and children sign in once more.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('web_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('educator_id', sa.Integer(), nullable=True),
    sa.Column('learner_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('educator', 'learner')", name=op.f('ck_web_session_kind')),
    sa.CheckConstraint("(kind = 'educator' AND educator_id IS NOT NULL AND learner_id IS NULL)"
                       " OR (kind = 'learner' AND learner_id IS NOT NULL AND educator_id IS NULL)",
                       name=op.f('ck_web_session_subject')),
    sa.ForeignKeyConstraint(['educator_id'], ['educator.id'], name=op.f('fk_web_session_educator_id_educator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_web_session_learner_id_learner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_web_session')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_web_session_token_hash'))
    )
    op.create_index(op.f('ix_web_session_educator_id'), 'web_session', ['educator_id'])
    op.create_index(op.f('ix_web_session_learner_id'), 'web_session', ['learner_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_web_session_learner_id'), table_name='web_session')
    op.drop_index(op.f('ix_web_session_educator_id'), table_name='web_session')
    op.drop_table('web_session')
