"""Quiz tries without a browser: grading, tries, mastery, stable shuffling and resume."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from course.content.report import load_content
from course.learning.quiz import Outcome, QuizRun, Refusal, option_order
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def quiz(tmp_path_factory):
    from tests.conftest import copy_lesson

    root = tmp_path_factory.mktemp("content")
    copy_lesson(ROOT, root, "private-eye")
    return load_content(root).catalogue["private-eye"].quiz


def answer_all_right(run: QuizRun) -> None:
    while not run.finished:
        run.check(run.current.question.correct_ids)
        run.advance()


def test_a_right_answer_is_correct_at_the_first_try(quiz):
    run = QuizRun(quiz, seed=1)
    check = run.check({"address", "password", "school"})
    assert check.correct and check.outcome is Outcome.CORRECT and check.attempt == 1


def test_select_all_needs_exactly_the_right_set(quiz):
    run = QuizRun(quiz, seed=1)
    assert run.check({"address", "password"}).outcome is Outcome.WRONG_RETRY
    assert run.tries_left() == 1
    check = run.check({"address", "password", "school"})
    assert check.correct and check.attempt == 2
    assert not run.current.first_try_correct


def test_tries_run_out_and_the_question_is_closed(quiz):
    run = QuizRun(quiz, seed=1)
    run.check({"favourite-colour"})
    assert run.check({"favourite-colour"}).outcome is Outcome.WRONG_FINAL
    with pytest.raises(ValueError):
        run.check({"address"})


def test_impossible_answers_are_refused(quiz):
    run = QuizRun(quiz, seed=1)
    with pytest.raises(ValueError):
        run.check(set())
    with pytest.raises(ValueError):
        run.check({"nonsense"})
    run.check({"address", "password", "school"})
    run.advance()
    with pytest.raises(ValueError):  # single choice takes one option
        run.check({"ask-adult", "answer-all"})


def test_score_counts_first_tries_and_mastery_follows_the_rule(quiz):
    run = QuizRun(quiz, seed=3)
    run.check({"address"})  # wrong first, then right: learning, not score
    run.check({"address", "password", "school"})
    run.advance()
    answer_all_right(run)
    assert run.finished and run.correct_first_try == 4 and run.score == pytest.approx(0.8)
    assert run.mastered  # 4 of 5 meets an 80% rule exactly
    strict = QuizRun(quiz, seed=3, mastery=0.9)
    strict.check({"address"})
    strict.check({"address", "password", "school"})
    strict.advance()
    answer_all_right(strict)
    assert not strict.mastered and strict.needed_to_master() == 5


def test_true_false_options_are_never_shuffled(quiz):
    tf = next(q for q in quiz.questions if q.kind == "true-false")
    assert all(option_order(tf, seed) == ("true", "false") for seed in range(20))


def test_option_order_is_stable_for_a_seed_and_varies_between_tries(quiz):
    q = quiz.questions[0]
    assert option_order(q, 42) == option_order(q, 42)
    assert len({option_order(q, seed) for seed in range(30)}) > 5


@given(st.integers(min_value=0, max_value=2**63))
def test_shuffle_is_a_permutation(seed):
    from course.content.questions.single import SingleChoice

    q = SingleChoice(kind="single", id="q", options=[{"id": "a", "correct": True}, {"id": "b"}, {"id": "c"}])
    assert sorted(option_order(q, seed)) == ["a", "b", "c"]


def test_resume_replays_stored_answers_to_the_same_place(quiz):
    run = QuizRun(quiz, seed=9)
    run.check({"address"})
    run.check({"address", "password", "school"})
    run.advance()
    run.use_hint()
    run.check({"answer-all"})
    stored = [(q.question.id, c.chosen, c.hint_used) for q in run.questions for c in q.checks]

    again = QuizRun(quiz, seed=9)
    for qid, chosen, hint in stored:
        again.replay(qid, chosen, hint)
    assert again.index == run.index == 1
    assert again.current.order == run.current.order
    assert again.tries_left() == 1 and again.current.hint_used
    assert [len(q.checks) for q in again.questions] == [len(q.checks) for q in run.questions]


def test_the_same_answer_again_uses_no_try(quiz):
    """A doubled Check, or the answer just tried, is refused: the retry stays for a new answer."""
    run = QuizRun(quiz, seed=1)
    first = run.current.question.id
    assert run.submit(first, {"favourite-colour"}).outcome is Outcome.WRONG_RETRY
    assert run.submit(first, ["favourite-colour"]) is Refusal.SAME_ANSWER
    assert run.tries_left() == 1 and len(run.current.checks) == 1
    assert run.refusal(first, {"address"}) is None
    assert run.submit(first, {"address", "password", "school"}).attempt == 2


def test_a_check_for_a_question_not_open_is_stale(quiz):
    """A Check names the question it was shown for: another question, or one already closed, is stale."""
    run = QuizRun(quiz, seed=1)
    first, second = (q.question.id for q in run.questions[:2])
    assert run.submit(second, {"ask-adult"}) is Refusal.STALE
    assert run.submit(first, {"address", "password", "school"}).correct
    assert run.submit(first, {"address", "password", "school"}) is Refusal.STALE  # closed: a double tap
    run.advance()
    assert run.submit(first, {"address"}) is Refusal.STALE  # a late tap from the question before
    assert [len(q.checks) for q in run.questions[:2]] == [1, 0]


def test_stored_answers_replay_as_they_were_taken(quiz):
    """Answers stored before the same-answer rule (a doubled tap used both tries) still resume."""
    run = QuizRun(quiz, seed=1)
    question = run.current.question.id
    run.replay(question, frozenset({"favourite-colour"}))
    run.replay(question, frozenset({"favourite-colour"}))
    assert run.questions[0].finished and run.questions[0].checks[-1].outcome is Outcome.WRONG_FINAL


def test_a_response_is_normalised_then_scored_by_its_question(quiz):
    """Choice kinds take the ids as a set (sorted, each once); a check carries the response and its score."""
    select_all = quiz.questions[0]
    assert select_all.normalise(["school", "address", "password", "school"]) == ("address", "password", "school")
    assert select_all.score(("address", "password", "school")) == 1.0
    assert select_all.score(("address", "password")) == 0.0
    assert select_all.grade({"address", "password", "school"})
    single = next(q for q in quiz.questions if q.selection == "one")
    for impossible in ([], ["nonsense"], list(single.option_ids[:2])):
        with pytest.raises(ValueError):
            single.normalise(impossible)
    check = QuizRun(quiz, seed=1).check(["school", "password", "address"])
    assert (check.response, check.score, check.correct) == (("address", "password", "school"), 1.0, True)
    assert check.chosen == frozenset(check.response)


def test_the_same_answer_tapped_in_another_order_is_the_same_answer(quiz):
    """For a choice the order of taps means nothing: it is the answer just tried, refused."""
    run = QuizRun(quiz, seed=1)
    first = run.current.question.id
    run.submit(first, ["address", "password"])
    assert run.submit(first, ["password", "address"]) is Refusal.SAME_ANSWER


def test_a_stored_score_is_the_verdict_on_replay(quiz):
    """Resuming takes the store's verdict as it was given, not a new grading of the response."""
    run = QuizRun(quiz, seed=1)
    first = run.current.question.id
    run.replay(first, ("address", "password", "school"), score=0.0)
    assert not run.questions[0].checks[0].correct and run.questions[0].checks[0].outcome is Outcome.WRONG_RETRY


def test_mastery_and_the_answers_it_needs_follow_the_stores_rule(quiz):
    """4 of 5 meets 0.8 despite floating point; a guest's results come from the same rule."""
    from course.store.mastery import needed_to_pass, passes

    assert passes(4 / 5, 0.8) and not passes(3 / 5, 0.8) and not passes(None, 0.5)
    assert [needed_to_pass(5, m) for m in (0.2, 0.6, 0.8, 0.9, 1.0)] == [1, 3, 4, 5, 5]
    run = QuizRun(quiz, seed=2)
    with pytest.raises(ValueError):
        run.result()
    run.check({"favourite-colour"})
    run.check({"address", "password", "school"})
    run.advance()
    answer_all_right(run)
    result = run.result()
    assert (result.correct_first_try, result.question_count, result.mastered, result.needed) == (4, 5, True, 4)
    assert result.mastered == run.mastered and result.needed == run.needed_to_master()
