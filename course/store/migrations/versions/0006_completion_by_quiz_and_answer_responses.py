"""A lesson is completed by finishing its quiz, no longer by reaching its last card; and an answer
keeps any question kind's response (JSON, in the order given) with a 0..1 score.

Existing summaries are judged again by the new rule: completed_at becomes the earliest finished
try of the lesson (NULL for a lesson whose cards were tapped through without a finished quiz), and
mastered_at the earliest finished try that passed (NULL if none did). A mastered_at recorded before
was set by that very finish, in the same transaction, so it keeps its value. Existing answers were all choices: their response is the options chosen, their score 1
or 0 as they were right or wrong.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

# The rule in force, not a copy of it: old summaries are judged as the store judges new ones.
from course.store.mastery import passes_sql

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_answer = sa.table('answer', sa.column('chosen', sa.JSON()), sa.column('correct', sa.Boolean()),
                   sa.column('response', sa.JSON()), sa.column('score', sa.Double()))
_try = sa.table('quiz_try', sa.column('learner_id', sa.Integer()), sa.column('lesson_id', sa.String()),
                sa.column('finished_at', sa.DateTime(timezone=True)), sa.column('score', sa.Double()),
                sa.column('mastery_threshold', sa.Double()))
_progress = sa.table('lesson_progress', sa.column('learner_id', sa.Integer()), sa.column('lesson_id', sa.String()),
                     sa.column('completed_at', sa.DateTime(timezone=True)),
                     sa.column('mastered_at', sa.DateTime(timezone=True)))


def upgrade() -> None:
    with op.batch_alter_table('answer') as batch:
        batch.add_column(sa.Column('response', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('score', sa.Double(), nullable=True))
    op.execute(_answer.update().values(response=_answer.c.chosen,
                                       score=sa.case((_answer.c.correct, 1.0), else_=0.0)))
    with op.batch_alter_table('answer') as batch:
        batch.alter_column('response', existing_type=sa.JSON(), nullable=False)
        batch.alter_column('score', existing_type=sa.Double(), nullable=False)
        batch.create_check_constraint(op.f('ck_answer_score'), 'score >= 0 AND score <= 1')
    _judge_summaries_again()


def _judge_summaries_again() -> None:
    finished = sa.and_(_try.c.learner_id == _progress.c.learner_id, _try.c.lesson_id == _progress.c.lesson_id,
                       _try.c.finished_at.isnot(None))
    passed = sa.and_(finished, passes_sql(_try.c.score, _try.c.mastery_threshold))
    first_finish = sa.select(sa.func.min(_try.c.finished_at)).where(finished).scalar_subquery()
    first_pass = sa.select(sa.func.min(_try.c.finished_at)).where(passed).scalar_subquery()
    op.execute(_progress.update().values(completed_at=first_finish, mastered_at=first_pass))


def downgrade() -> None:
    # Summaries are left as judged: the old rule's "last card reached" was never recorded apart.
    with op.batch_alter_table('answer') as batch:
        batch.drop_constraint(op.f('ck_answer_score'), type_='check')
        batch.drop_column('score')
        batch.drop_column('response')
