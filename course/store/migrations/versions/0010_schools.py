"""Schools as tenants: the school table, every educator's school, and the ministry's accounts.

Existing data moves into one default school named "School" (no country, no region: the migration
cannot know them and never guesses; an admin sets them). Every educator joins it, and the first
educator becomes its school admin. A class's school is its educator's: classroom gets no column.

On SQLite educator.school_id is added in place, never by copying the table as batch mode would:
dropping the old educator table with foreign keys on would cascade to every web session and be
refused by the classes that RESTRICT it. SQLite adds a column with REFERENCES only when its
default is NULL, hence a nullable column on both databases.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

DEFAULT_SCHOOL = "School"


def upgrade() -> None:
    op.create_table('school',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school'))
    )
    op.create_table('ministry_admin',
    sa.Column('educator_id', sa.Integer(), nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['educator_id'], ['educator.id'], name=op.f('fk_ministry_admin_educator_id_educator'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('educator_id', name=op.f('pk_ministry_admin'))
    )
    fk = op.f('fk_educator_school_id_school')
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE educator ADD COLUMN school_id INTEGER CONSTRAINT {fk} "
                   "REFERENCES school (id)")
    else:
        op.add_column('educator', sa.Column('school_id', sa.Integer(), nullable=True))
        op.create_foreign_key(fk, 'educator', 'school', ['school_id'], ['id'])
    op.create_index(op.f('ix_educator_school_id'), 'educator', ['school_id'])
    _move_into_default_school()


def _move_into_default_school() -> None:
    """One school for what exists, if anything does: a database without educators gets its first
    school with its first admin (course.store.accounts.create_first_admin)."""
    bind = op.get_bind()
    first = bind.execute(sa.text("SELECT min(id) FROM educator")).scalar()
    if first is None:
        return
    # Created when its first educator was: the school existed when they did. The table is new, so
    # this row is its only one.
    bind.execute(sa.text("INSERT INTO school (name, created_at) SELECT :name, min(created_at) FROM educator"),
                 {"name": DEFAULT_SCHOOL})
    school_id = bind.execute(sa.text("SELECT id FROM school")).scalar_one()
    bind.execute(sa.text("UPDATE educator SET school_id = :school"), {"school": school_id})
    bind.execute(sa.text("UPDATE educator SET role = 'admin' WHERE id = :first"), {"first": first})


def downgrade() -> None:
    op.drop_index(op.f('ix_educator_school_id'), table_name='educator')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE educator DROP COLUMN school_id")  # SQLite 3.35+; its REFERENCES goes with it
    else:
        op.drop_constraint(op.f('fk_educator_school_id_school'), 'educator', type_='foreignkey')
        op.drop_column('educator', 'school_id')
    op.drop_table('ministry_admin')
    op.drop_table('school')
