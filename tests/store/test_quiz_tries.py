"""Quiz tries and answers: counted once, scored from first attempts, safe under concurrency."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from course.store.errors import NotFound
from course.store.progress import create_guest, lesson_progress
from course.store.quizzes import (
    current_try,
    finish_quiz_try,
    quiz_state,
    quiz_tries,
    record_answer,
    start_quiz_try,
)
from tests.store.conftest import new_key

LESSON, QUIZ, VERSION = "private-eye", "private-eye-quiz", "v1"
QUESTIONS = ["which-private", "game-asks", "only-friends", "location-photo", "tell-adult"]


def start(learner, key, **kw):
    args = dict(mastery=0.8, tries_per_question=2, content_version=VERSION, question_count=5) | kw
    return start_quiz_try(learner, LESSON, QUIZ, args["mastery"], args["tries_per_question"],
                          args["content_version"], key, question_count=args["question_count"])


def answer(try_id, learner, question, correct, key, attempt=1):
    return record_answer(try_id, learner, question, ["x"], 1.0 if correct else 0.0, False, attempt, VERSION, key)


def answer_the_rest(try_id, learner, correct=False):
    """A first attempt at every question not answered yet, so that the try can finish."""
    answered = {a.question_id for a in quiz_state(try_id).answers}
    for q in QUESTIONS:
        if q not in answered:
            answer(try_id, learner, q, correct, new_key())


def test_starting_copies_the_rule_in(store, key):
    """The mastery threshold and tries per question are stored with the try."""
    learner, _ = create_guest()
    t = start(learner, key(), mastery=0.6, tries_per_question=3)
    assert (t.mastery_threshold, t.tries_per_question, t.question_count, t.resumed) == (0.6, 3, 5, False)
    assert t.finished_at is None and 0 <= t.shuffle_seed < 2**31


def test_resending_a_start_returns_the_same_try(store, key):
    """The same key gives the same try back, marked resumed."""
    learner, _ = create_guest()
    k = key()
    first = start(learner, k)
    again = start(learner, k)
    assert again.id == first.id and again.resumed and again.shuffle_seed == first.shuffle_seed


def test_starting_again_resumes_the_try_under_way(store, key):
    """A new start for the same quiz and version continues the unfinished try, whatever its key."""
    learner, _ = create_guest()
    first = start(learner, key())
    assert start(learner, key()).id == first.id
    assert start(learner, key(), content_version="v2").id != first.id  # the quiz changed: fresh try


def test_a_resent_answer_is_counted_once(store, key):
    """The second copy of an answer (same key) is recognised, not recorded, and handed back."""
    learner, _ = create_guest()
    t = start(learner, key())
    k = key()
    first = answer(t.id, learner, "game-asks", True, k)
    again = answer(t.id, learner, "game-asks", True, k)
    assert not first.repeat and again.repeat and again.answered_at == first.answered_at
    assert len(quiz_state(t.id).answers) == 1


def test_the_same_attempt_under_a_new_key_is_counted_once(store, key):
    """A client that lost its key cannot record a first attempt twice: the first one's verdict stands."""
    learner, _ = create_guest()
    t = start(learner, key())
    assert not answer(t.id, learner, "game-asks", False, key()).repeat
    stored = answer(t.id, learner, "game-asks", True, key())
    assert stored.repeat and not stored.correct and stored.score == 0.0


def test_a_key_used_for_another_attempt_is_refused(store, key):
    """One key is one event: naming another attempt with it is a client's bug, not a repeat."""
    learner, _ = create_guest()
    t = start(learner, key())
    k = key()
    answer(t.id, learner, "game-asks", False, k)
    with pytest.raises(ValueError):
        answer(t.id, learner, "game-asks", True, k, attempt=2)


def test_an_answer_keeps_its_response_in_order_and_its_score(store, key):
    """The response is stored as given (an ordering is an answer), with its 0..1 score; chosen is its set."""
    learner, _ = create_guest()
    t = start(learner, key())
    got = record_answer(t.id, learner, "order-steps", ["screenshot", "block", "report"], 0.5, False, 1,
                        VERSION, key())
    stored = quiz_state(t.id).answers[0]
    assert got.response == stored.response == ("screenshot", "block", "report")
    assert stored.chosen == ("block", "report", "screenshot")
    assert (stored.score, stored.correct) == (0.5, False)
    with pytest.raises(ValueError):
        record_answer(t.id, learner, "game-asks", ["x"], 1.5, False, 1, VERSION, key())


def test_the_score_counts_first_attempts_only(store, key):
    """Right at the second try teaches, but the score counts first attempts: 3 of 5 = 0.6."""
    learner, _ = create_guest()
    t = start(learner, key())
    for q in QUESTIONS[:3]:
        answer(t.id, learner, q, True, key())
    answer(t.id, learner, QUESTIONS[3], False, key())
    answer(t.id, learner, QUESTIONS[3], True, key(), attempt=2)
    answer(t.id, learner, QUESTIONS[4], False, key())
    done = finish_quiz_try(t.id, key())
    assert done.score == pytest.approx(0.6) and not done.mastered
    assert lesson_progress(learner)[LESSON].mastered_at is None


def test_a_try_with_unanswered_questions_cannot_finish(store, key):
    """Finishing is answering every question: a try with one left open stays open, the lesson not completed."""
    learner, _ = create_guest()
    t = start(learner, key())
    for q in QUESTIONS[:4]:
        answer(t.id, learner, q, True, key())
    with pytest.raises(ValueError):
        finish_quiz_try(t.id, key())
    assert current_try(learner, LESSON).id == t.id
    assert LESSON not in lesson_progress(learner)  # no summary, so nothing completed
    answer(t.id, learner, QUESTIONS[4], False, key())
    assert finish_quiz_try(t.id, key()).score == pytest.approx(0.8)


def test_finishing_completes_the_lesson_and_passing_masters_it(store, key):
    """A failed try completes the lesson; a later passing one masters it; neither date moves after."""
    learner, _ = create_guest()
    failed = start(learner, key())
    answer_the_rest(failed.id, learner, correct=False)
    done = finish_quiz_try(failed.id, key())
    summary = lesson_progress(learner)[LESSON]
    assert not done.mastered and summary.completed_at == done.finished_at and summary.mastered_at is None
    passed = start(learner, key())
    answer_the_rest(passed.id, learner, correct=True)
    mastered = finish_quiz_try(passed.id, key())
    summary = lesson_progress(learner)[LESSON]
    assert mastered.mastered and summary.mastered_at == mastered.finished_at
    assert summary.completed_at == done.finished_at
    result = mastered.result
    assert (result.correct_first_try, result.question_count, result.mastered, result.needed) == (5, 5, True, 4)


def test_reaching_the_threshold_masters_the_lesson(store, key):
    """4 of 5 right first time meets 0.8: the summary gets mastered_at and the best score."""
    learner, _ = create_guest()
    t = start(learner, key())
    for i, q in enumerate(QUESTIONS):
        answer(t.id, learner, q, i != 2, key())
    done = finish_quiz_try(t.id, key())
    summary = lesson_progress(learner)[LESSON]
    assert done.mastered and summary.mastered_at == done.finished_at
    assert summary.best_score == pytest.approx(0.8)


def test_the_threshold_in_force_is_the_one_copied_at_the_start(store, key):
    """A try started under mastery 0.6 masters at 0.6, even if the quiz file now says 0.8."""
    learner, _ = create_guest()
    t = start(learner, key(), mastery=0.6)
    for q in QUESTIONS[:3]:
        answer(t.id, learner, q, True, key())
    answer_the_rest(t.id, learner)
    assert finish_quiz_try(t.id, key()).mastered


def test_finishing_twice_gives_the_same_result(store, key):
    """A resent finish neither rescored nor moves finished_at."""
    learner, _ = create_guest()
    t = start(learner, key())
    answer_the_rest(t.id, learner)
    first = finish_quiz_try(t.id, key())
    assert finish_quiz_try(t.id, key()) == first


def test_an_answer_after_the_finish_is_not_recorded(store, key):
    """A late answer to a closed try is not recorded: its resend gets the stored answer, a new
    attempt nothing, and the score stays."""
    learner, _ = create_guest()
    t = start(learner, key())
    answer_the_rest(t.id, learner)
    done = finish_quiz_try(t.id, key())
    assert answer(t.id, learner, QUESTIONS[0], True, key()).repeat
    assert answer(t.id, learner, QUESTIONS[0], True, key(), attempt=2) is None
    assert quiz_tries(learner)[0].score == done.score == 0.0


def test_more_attempts_than_allowed_are_refused(store, key):
    learner, _ = create_guest()
    t = start(learner, key(), tries_per_question=2)
    with pytest.raises(ValueError):
        answer(t.id, learner, QUESTIONS[0], True, key(), attempt=3)


def test_a_learner_cannot_read_or_answer_another_learners_try(store, key):
    """Tries are looked up with their owner: someone else's try id is simply not found."""
    owner, _ = create_guest()
    other, _ = create_guest()
    t = start(owner, key())
    with pytest.raises(NotFound):
        quiz_state(t.id, learner_id=other)
    with pytest.raises(NotFound):
        answer(t.id, other, QUESTIONS[0], True, key())
    with pytest.raises(NotFound):
        finish_quiz_try(t.id, key(), learner_id=other)


def test_quiz_state_gives_back_every_answer_in_order(store, key):
    """The resume view knows attempts used, settled questions and first attempts."""
    learner, _ = create_guest()
    t = start(learner, key())
    answer(t.id, learner, QUESTIONS[0], False, key())
    answer(t.id, learner, QUESTIONS[0], False, key(), attempt=2)
    answer(t.id, learner, QUESTIONS[1], True, key())
    state = quiz_state(t.id, learner_id=learner)
    assert [(a.question_id, a.attempt) for a in state.answers] == [
        (QUESTIONS[0], 1), (QUESTIONS[0], 2), (QUESTIONS[1], 1)]
    assert state.attempts(QUESTIONS[0]) == 2 and state.settled(QUESTIONS[0]) and state.settled(QUESTIONS[1])
    assert not state.settled(QUESTIONS[2])
    assert state.first_attempts() == {QUESTIONS[0]: False, QUESTIONS[1]: True}
    assert current_try(learner, LESSON).id == t.id


def test_two_learners_answering_at_the_same_moment_lose_nothing(store, key):
    """Two learners, each on a thread, answer 5 questions with 2 attempts at once: 20 rows."""
    learners = [create_guest()[0] for _ in range(2)]
    tries = {lr: start(lr, key()) for lr in learners}
    barrier = threading.Barrier(2)

    def work(lr):
        barrier.wait()
        return [answer(tries[lr].id, lr, q, a == 2, key(), attempt=a) for q in QUESTIONS for a in (1, 2)]

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(work, learners))
    assert all(not r.repeat for rs in results for r in rs)
    for lr in learners:
        assert len(quiz_state(tries[lr].id).answers) == 10
        assert finish_quiz_try(tries[lr].id, key()).score == 0.0


def test_the_same_answer_sent_from_many_threads_at_once_is_recorded_once(store, key):
    """Eight copies racing with one key: exactly one is newly recorded."""
    learner, _ = create_guest()
    t = start(learner, key())
    k = key()
    barrier = threading.Barrier(8)

    def send(_):
        barrier.wait()
        return answer(t.id, learner, QUESTIONS[0], True, k)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(send, range(8)))
    assert [r.repeat for r in results].count(False) == 1
    assert len({r.answered_at for r in results}) == 1  # every copy got the one stored answer
    assert len(quiz_state(t.id).answers) == 1


def test_a_class_answering_together_loses_nothing(store, key):
    """Thirty learners on eight threads, every answer sent twice: each lands exactly once."""
    learners = [create_guest()[0] for _ in range(30)]
    tries = {lr: start(lr, key()) for lr in learners}
    jobs = [(lr, q, f"{lr}-{q}") for lr in learners for q in QUESTIONS] * 2

    def send(job):
        lr, q, k = job
        return answer(tries[lr].id, lr, q, True, k)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(send, jobs))
    assert [r.repeat for r in results].count(False) == 30 * 5
    assert all(finish_quiz_try(tries[lr].id, key()).score == 1.0 for lr in learners)


def test_a_score_short_of_the_threshold_only_by_rounding_passes_in_python_and_in_sql(store, key):
    """3 of 10 is 0.3; a threshold of 0.1 * 3 is 0.30000000000000004: the one rule passes it both ways."""
    from sqlalchemy import func, select

    from course.store import db
    from course.store.mastery import passes_sql
    from course.store.models import QuizTry

    learner, _ = create_guest()
    t = start(learner, key(), mastery=0.1 * 3, question_count=10)
    for i in range(10):
        answer(t.id, learner, f"q{i}", i < 3, key())
    assert finish_quiz_try(t.id, key()).mastered
    with db.read() as s:
        passed = s.scalar(select(func.count()).select_from(QuizTry)
                          .where(passes_sql(QuizTry.score, QuizTry.mastery_threshold)))
    assert passed == 1 and lesson_progress(learner)[LESSON].mastered_at is not None
