"""A learner's form of address: how the app speaks to them, as they chose it on the home screen
("f" as to a girl, "m" as to a boy, NULL not chosen: spoken to as before). Kept on the learner
row so that it follows a class learner to another device; a guest keeps it in a cookie.

On SQLite the column and its check are added (and dropped) in place, never by copying the table
as batch mode would: dropping the old learner table with foreign keys on would cascade to every
learner's progress, tries and answers.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

CHECK = "form_of_address IN ('f', 'm')"


def upgrade() -> None:
    name = op.f('ck_learner_form_of_address')
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE learner ADD COLUMN form_of_address VARCHAR(1) CONSTRAINT {name} CHECK ({CHECK})")
        return
    op.add_column('learner', sa.Column('form_of_address', sa.String(length=1), nullable=True))
    op.create_check_constraint(name, 'learner', CHECK)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE learner DROP COLUMN form_of_address")  # SQLite 3.35+; its check goes with it
        return
    op.drop_constraint(op.f('ck_learner_form_of_address'), 'learner', type_='check')
    op.drop_column('learner', 'form_of_address')
