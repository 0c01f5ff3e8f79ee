"""Sign-in safety for classes: the educator may approve self-added names first (join_request holds
them until then), and a class that spent its budget of wrong picture passwords rests until a time.

Existing classes keep letting names in at once (approve_new_names false) and are not resting.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('classroom') as batch:
        batch.add_column(sa.Column('approve_new_names', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column('pictures_rest_until', sa.DateTime(timezone=True), nullable=True))
    op.create_table('join_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=True),
    sa.Column('picture_password_hash', sa.String(length=160), nullable=True),
    sa.Column('locale', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("age_band IN ('under-9', '9-12', '13-18')", name=op.f('ck_join_request_age_band')),
    sa.ForeignKeyConstraint(['class_id'], ['classroom.id'], name=op.f('fk_join_request_class_id_classroom'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_join_request')),
    sa.UniqueConstraint('class_id', 'display_name', name=op.f('uq_join_request_class_id_display_name'))
    )
    op.create_index(op.f('ix_join_request_class_id'), 'join_request', ['class_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_join_request_class_id'), table_name='join_request')
    op.drop_table('join_request')
    with op.batch_alter_table('classroom') as batch:
        batch.drop_column('pictures_rest_until')
        batch.drop_column('approve_new_names')
