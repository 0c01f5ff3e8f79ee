"""LTI 1.3: the tool's signing keys, registered platforms, their courses as classes, their learners'
opaque ids, where grades go back to, and the short-lived values of the OIDC login (docs/lti.md).

New tables only: nothing existing is rewritten (on SQLite no table is copied, so no cascade can fire).

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lti_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slot', sa.String(length=16), nullable=False),
    sa.Column('kid', sa.String(length=64), nullable=False),
    sa.Column('private_pem', sa.Text(), nullable=False),
    sa.Column('public_pem', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("slot IN ('current', 'previous')", name=op.f('ck_lti_key_slot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_key')),
    sa.UniqueConstraint('kid', name=op.f('uq_lti_key_kid')),
    sa.UniqueConstraint('slot', name=op.f('uq_lti_key_slot'))
    )
    op.create_table('lti_platform',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issuer', sa.String(length=255), nullable=False),
    sa.Column('client_id', sa.String(length=255), nullable=False),
    sa.Column('deployment_ids', sa.JSON(), nullable=False),
    sa.Column('auth_login_url', sa.String(length=500), nullable=False),
    sa.Column('auth_token_url', sa.String(length=500), nullable=False),
    sa.Column('key_set_url', sa.String(length=500), nullable=False),
    sa.Column('auth_audience', sa.String(length=500), nullable=True),
    sa.Column('educator_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['educator_id'], ['educator.id'], name=op.f('fk_lti_platform_educator_id_educator'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_platform')),
    sa.UniqueConstraint('issuer', 'client_id', name=op.f('uq_lti_platform_issuer_client_id'))
    )
    op.create_index(op.f('ix_lti_platform_educator_id'), 'lti_platform', ['educator_id'])
    op.create_table('lti_context',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=False),
    sa.Column('context_id', sa.String(length=255), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['classroom.id'], name=op.f('fk_lti_context_class_id_classroom'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platform.id'], name=op.f('fk_lti_context_platform_id_lti_platform'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_context')),
    sa.UniqueConstraint('class_id', name=op.f('uq_lti_context_class_id')),
    sa.UniqueConstraint('platform_id', 'context_id', name=op.f('uq_lti_context_platform_id_context_id'))
    )
    op.create_table('lti_user',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('context_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=255), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['context_id'], ['lti_context.id'], name=op.f('fk_lti_user_context_id_lti_context'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_lti_user_learner_id_learner'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', name=op.f('pk_lti_user')),
    sa.UniqueConstraint('context_id', 'subject', name=op.f('uq_lti_user_context_id_subject'))
    )
    op.create_index(op.f('ix_lti_user_context_id'), 'lti_user', ['context_id'])
    op.create_table('lti_grade_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=False),
    sa.Column('resource_link_id', sa.String(length=255), nullable=False),
    sa.Column('lesson_id', sa.String(length=48), nullable=False),
    sa.Column('endpoint', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_score', sa.Double(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['learner_id'], ['learner.id'], name=op.f('fk_lti_grade_link_learner_id_learner'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platform.id'],
                            name=op.f('fk_lti_grade_link_platform_id_lti_platform'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lti_grade_link')),
    sa.UniqueConstraint('learner_id', 'platform_id', 'resource_link_id',
                        name=op.f('uq_lti_grade_link_learner_id_platform_id_resource_link_id'))
    )
    op.create_index(op.f('ix_lti_grade_link_due_at'), 'lti_grade_link', ['due_at'])
    op.create_index(op.f('ix_lti_grade_link_learner_id'), 'lti_grade_link', ['learner_id'])
    op.create_table('lti_launch_value',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_lti_launch_value'))
    )
    op.create_index(op.f('ix_lti_launch_value_expires_at'), 'lti_launch_value', ['expires_at'])


def downgrade() -> None:
    op.drop_index(op.f('ix_lti_launch_value_expires_at'), table_name='lti_launch_value')
    op.drop_table('lti_launch_value')
    op.drop_index(op.f('ix_lti_grade_link_learner_id'), table_name='lti_grade_link')
    op.drop_index(op.f('ix_lti_grade_link_due_at'), table_name='lti_grade_link')
    op.drop_table('lti_grade_link')
    op.drop_index(op.f('ix_lti_user_context_id'), table_name='lti_user')
    op.drop_table('lti_user')
    op.drop_table('lti_context')
    op.drop_index(op.f('ix_lti_platform_educator_id'), table_name='lti_platform')
    op.drop_table('lti_platform')
    op.drop_table('lti_key')
