"""The guessability measure: a child who answers without reading, per quiz and per locale.

Each test writes a small content root of its own (lessons, quizzes and ar/en/fr texts) so that it
shows one warning firing and, changed by one thing, not firing.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

from course import check
from course.content import guessability
from course.content.report import load_content

LOCALES = ("ar", "en", "fr")
TERM = {"ar": "هُدهُد", "en": "Hudhud", "fr": "Houdhoud"}


# ---- a content root written from a few lines ----------------------------------------------------

def single(qid: str, *options: tuple) -> dict:
    """Options are (text, correct); text is one string for every locale or a {locale: text}."""
    return {"id": qid, "kind": "single", "options": options}


def choose_all(qid: str, *options: tuple) -> dict:
    return {"id": qid, "kind": "multiple", "options": options}


def true_false(qid: str, answer: bool) -> dict:
    return {"id": qid, "kind": "true-false", "answer": answer}


def order(qid: str, *items: str) -> dict:
    return {"id": qid, "kind": "order", "items": items}


def _text(text, loc: str) -> str:
    return text[loc] if isinstance(text, dict) else text


def write_lesson(root: Path, lesson_id: str, questions: list[dict], track: str = "9-12",
                 mastery: float = 0.8) -> Path:
    """One lesson (a single tip card) and its quiz, with every text in ar, en and fr; returns the quiz file."""
    quiz_id = f"{lesson_id}-quiz"
    order_no = len(list((root / "lessons").glob("*.yaml"))) + 1 if (root / "lessons").is_dir() else 1
    for folder in ("lessons", "quizzes", *(f"locales/{loc}/lessons" for loc in LOCALES)):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for loc in LOCALES:
        (root / f"locales/{loc}/ui.ftl").write_text(f"-mascot = {TERM[loc]}\n", "utf-8")
    (root / f"lessons/{lesson_id}.yaml").write_text(
        f"id: {lesson_id}\ntrack: {track}\norder: {order_no}\nminutes: 5\nrisks: [contact]\n"
        f"source:\n  set: children\n  section: \"A test section\"\nquiz: {quiz_id}\n"
        "steps:\n  - id: key\n    kind: tip\n", "utf-8")
    yaml = [f"id: {quiz_id}", f"lesson: {lesson_id}", f"mastery: {mastery}", "questions:"]
    ftl: dict[str, list[str]] = {loc: [f"{lesson_id} = Lesson", "    .summary = What it is about.",
                                       f"{lesson_id}-key = The key message.", ""] for loc in LOCALES}
    for q in questions:
        yaml += [f"  - id: {q['id']}", f"    kind: {q['kind']}"]
        qid = f"{quiz_id}-{q['id']}"
        for loc in LOCALES:
            ftl[loc].append(f"{qid} = The question?")
        if q["kind"] == "true-false":
            yaml.append(f"    answer: {str(q['answer']).lower()}")
            for loc in LOCALES:
                ftl[loc] += [f"{qid}-true =", "    .feedback = Why.", f"{qid}-false =", "    .feedback = Why."]
        elif q["kind"] == "order":
            yaml.append("    items:")
            for i, item in enumerate(q["items"]):
                yaml.append(f"      - id: i{i}")
                for loc in LOCALES:
                    ftl[loc] += [f"{qid}-i{i} = {item}", "    .feedback = Why."]
        else:
            yaml.append("    options:")
            for i, (text, correct) in enumerate(q["options"]):
                yaml.append(f"      - id: o{i}" + ("\n        correct: true" if correct else ""))
                for loc in LOCALES:
                    ftl[loc] += [f"{qid}-o{i} = {_text(text, loc)}", "    .feedback = Why."]
    quiz = root / f"quizzes/{quiz_id}.yaml"
    quiz.write_text("\n".join(yaml) + "\n", "utf-8")
    for loc in LOCALES:
        (root / f"locales/{loc}/lessons/{lesson_id}.ftl").write_text("\n".join(ftl[loc]) + "\n", "utf-8")
    return quiz


def line_of(path: Path, text: str) -> int:
    lines = path.read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def codes(root: Path) -> list[str]:
    """The warnings' codes, for content that loads clean (a broken fixture would warn of nothing)."""
    report = load_content(root)
    assert report.problems == []
    return [w.code for w in report.warnings]


LONG = "Ask a grown-up you trust before you answer anything"
SHORT_A, SHORT_B = "Answer it", "Ignore it"


def easy_quiz(n: int = 5) -> list[dict]:
    """n single questions whose right answer is always the longest: the strategy gets all right."""
    return [single(f"easy{i}", (SHORT_A, False), (LONG, True), (SHORT_B, False)) for i in range(n)]


def fair_quiz(n: int = 5) -> list[dict]:
    """n single questions whose right answer is the shortest: the strategy gets none right."""
    return [single(f"fair{i}", (LONG, False), (SHORT_A, True), (LONG + " now", False)) for i in range(n)]


# ---- the strategy --------------------------------------------------------------------------------

def test_fixture_content_checks_clean(tmp_path):
    write_lesson(tmp_path, "alpha", easy_quiz() + [true_false("tf", True), order("steps", "a", "b", "c")])
    report = load_content(tmp_path)
    assert report.problems == []
    assert [e.id for e in report.catalogue.entries] == ["alpha"]


def test_strategy_answers_each_kind_by_the_look_of_its_options(tmp_path):
    write_lesson(tmp_path, "alpha", [
        single("longest-right", (SHORT_A, False), (LONG, True)),
        single("longest-wrong", (LONG, False), (SHORT_A, True)),
        choose_all("all-but-shortest", ("Your home address", True), ("Your password", True), ("Blue", False)),
        choose_all("shortest-is-right", ("Your home address", True), ("Your password", False), ("Blue", True)),
        true_false("is-false", False),
        true_false("is-true", True),
        order("steps", "Stop", "Save the message", "Tell a grown-up"),
    ], mastery=0.5)
    figures = load_content(tmp_path).guessability
    for loc in LOCALES:
        quiz = figures[loc].quiz("alpha-quiz")
        assert {q.id: q.right for q in quiz.questions} == {
            "longest-right": True, "longest-wrong": False, "all-but-shortest": True, "shortest-is-right": False,
            "is-false": True, "is-true": False, "steps": False}
        assert (quiz.right, quiz.score) == (3, 3 / 7)
        assert not quiz.masters  # 3/7 < 0.5


def test_ties_go_to_the_first_option_and_a_tied_right_answer_is_one_of_the_longest(tmp_path):
    write_lesson(tmp_path, "alpha", [
        single("tie-first-wrong", ("abcdef", False), ("ghijkl", True), ("ab", False)),
        single("tie-first-right", ("ghijkl", True), ("abcdef", False), ("ab", False)),
        choose_all("shortest-tie", ("ab", True), ("cd", False), ("long option", True), ("other option", True)),
    ])
    quiz = load_content(tmp_path).guessability["en"].quiz("alpha-quiz")
    first_wrong, first_right, shortest_tie = quiz.questions
    assert (first_wrong.right, first_wrong.longest_right) == (False, True)
    assert (first_right.right, first_right.longest_right) == (True, True)
    # "ab" (the first of the two shortest) is left out, "cd" is picked: wrong
    assert not shortest_tie.right
    assert (shortest_tie.right_options, shortest_tie.wrong_options) == (3, 1)


def test_length_is_what_a_reader_sees_as_the_app_formats_it(tmp_path):
    """A term counts as its text in that locale; vowel marks and the bidi isolates around it do not."""
    assert guessability.seen_length("\u2068Hudhud\u2069 ok") == 9
    assert guessability.seen_length("كَتَبَ") == guessability.seen_length("كتب") == 3
    right = {"ar": "بيتي", "en": "{ -mascot } ok", "fr": "{ -mascot } ok"}
    wrong = {"ar": "كَتَبَ", "en": "Say it now", "fr": "Bonjour !"}
    write_lesson(tmp_path, "alpha", [single("q", (wrong, False), (right, True))])
    figures = load_content(tmp_path).guessability
    picked_right = {loc: figures[loc].quiz("alpha-quiz").questions[0].right for loc in LOCALES}
    # ar: 4 letters beat 3 (counting the 3 marks would make "كَتَبَ" 6 long and picked)
    # en: "Hudhud ok" (9) is shorter than "Say it now" (10); its source (14) or its isolates (11) would not be
    # fr: "Houdhoud ok" (11) is longer than "Bonjour !" (9)
    assert picked_right == {"ar": True, "en": False, "fr": True}


# ---- quizzes the strategy masters ------------------------------------------------------------------

def test_more_than_two_mastered_quizzes_warn_at_each_quiz_file(tmp_path):
    quizzes = [write_lesson(tmp_path, name, easy_quiz()) for name in ("alpha", "beta", "gamma")]
    write_lesson(tmp_path, "delta", fair_quiz())
    report = load_content(tmp_path)
    assert report.problems == []
    assert report.guessability["ar"].mastered == ["alpha-quiz", "beta-quiz", "gamma-quiz"]
    guessable = [w for w in report.warnings if w.code == "GUESSABLE"]
    assert [w.path for w in guessable] == [f"quizzes/{q.name}" for q in quizzes]
    assert "5 of 5" in guessable[0].message and "ar" in guessable[0].message and "fr" in guessable[0].message


def test_two_mastered_quizzes_are_within_the_target(tmp_path):
    for name in ("alpha", "beta"):
        write_lesson(tmp_path, name, easy_quiz())
    write_lesson(tmp_path, "gamma", fair_quiz())
    report = load_content(tmp_path)
    assert report.guessability["en"].mastered == ["alpha-quiz", "beta-quiz"]
    assert "GUESSABLE" not in codes(tmp_path)


def test_mastery_is_the_apps_own_rule(tmp_path):
    """4 of 5 right passes a 0.8 quiz (a share just under 0.8 in floating point) and fails a 0.85 one."""
    from course import mastery
    from course.store import mastery as store_mastery

    assert store_mastery.passes is mastery.passes
    questions = easy_quiz(4) + fair_quiz(1)
    write_lesson(tmp_path, "alpha", questions, mastery=0.8)
    write_lesson(tmp_path, "beta", questions, mastery=0.85)
    figures = load_content(tmp_path).guessability["ar"]
    assert figures.quiz("alpha-quiz").masters and not figures.quiz("beta-quiz").masters


def test_educators_quizzes_count_like_the_others(tmp_path):
    write_lesson(tmp_path, "alpha", easy_quiz())
    write_lesson(tmp_path, "beta", easy_quiz())
    write_lesson(tmp_path, "edu-gamma", easy_quiz(), track="educators")
    figures = load_content(tmp_path).guessability["fr"]
    assert figures.mastered == ["alpha-quiz", "beta-quiz", "edu-gamma-quiz"]
    assert "GUESSABLE" in codes(tmp_path)


# ---- the right single answer is the longest ------------------------------------------------------

def test_longest_right_answer_warns_per_question_in_the_locales_over_the_target(tmp_path):
    # the right answer is the longest in en only: in ar and fr a wrong option is longer
    right = {"ar": "اسأل", "en": LONG, "fr": "Demande"}
    wrong = {"ar": "أجب عن كل الأسئلة الآن", "en": SHORT_A, "fr": "Réponds à tout tout de suite"}
    quiz = write_lesson(tmp_path, "alpha", [single(f"q{i}", (wrong, False), (right, True)) for i in range(5)])
    report = load_content(tmp_path)
    assert report.guessability["en"].single == (5, 5)
    assert report.guessability["ar"].single == report.guessability["fr"].single == (0, 5)
    longest = [w for w in report.warnings if w.code == "LONGEST-RIGHT"]
    assert len(longest) == 5
    assert longest[0].path == "quizzes/alpha-quiz.yaml"
    assert longest[0].line == line_of(quiz, "- id: q0")
    assert "'q0'" in longest[0].message and "in en." in longest[0].message and "fr" not in longest[0].message


def test_longest_right_answer_in_two_of_five_is_within_the_target(tmp_path):
    write_lesson(tmp_path, "alpha", easy_quiz(2) + fair_quiz(3))
    report = load_content(tmp_path)
    assert report.guessability["ar"].single == (2, 5)
    assert "LONGEST-RIGHT" not in codes(tmp_path)


def test_longest_right_answer_in_three_of_seven_is_over_the_target(tmp_path):
    write_lesson(tmp_path, "alpha", easy_quiz(3) + fair_quiz(4))
    assert load_content(tmp_path).guessability["fr"].single == (3, 7)  # 43%
    assert codes(tmp_path).count("LONGEST-RIGHT") == 3


# ---- true or false --------------------------------------------------------------------------------

def test_true_false_mostly_false_warns_once(tmp_path):
    write_lesson(tmp_path, "alpha", [true_false(f"t{i}", i == 0) for i in range(5)], mastery=1.0)
    report = load_content(tmp_path)
    assert report.guessability["ar"].true_false == (4, 5)
    balance = [w for w in report.warnings if w.code == "TRUE-FALSE-BALANCE"]
    assert len(balance) == 1 and balance[0].line == 0 and "4 of 5" in balance[0].message


def test_true_false_three_false_of_five_is_within_the_target(tmp_path):
    write_lesson(tmp_path, "alpha", [true_false(f"t{i}", i < 2) for i in range(5)], mastery=1.0)
    assert load_content(tmp_path).guessability["en"].true_false == (3, 5)
    assert "TRUE-FALSE-BALANCE" not in codes(tmp_path)


def test_true_false_mostly_true_warns_too(tmp_path):
    write_lesson(tmp_path, "alpha", [true_false(f"t{i}", i > 0) for i in range(5)], mastery=1.0)
    assert load_content(tmp_path).guessability["en"].true_false == (1, 5)
    assert "TRUE-FALSE-BALANCE" in codes(tmp_path)


def test_too_few_true_false_questions_are_not_judged(tmp_path):
    write_lesson(tmp_path, "alpha", [true_false("t", False)] + fair_quiz())
    assert "TRUE-FALSE-BALANCE" not in codes(tmp_path)


# ---- choose all -------------------------------------------------------------------------------------

def many(qid: str, right: int, wrong: int) -> dict:
    options = [(f"A right option number {i}", True) for i in range(right)]
    options += [(f"A wrong option, number {i}", False) for i in range(wrong)]
    return choose_all(qid, *options)


def test_choose_all_with_one_wrong_option_warns_at_its_question(tmp_path):
    quiz = write_lesson(tmp_path, "alpha", [many("one-wrong", 3, 1), many("two-wrong", 2, 2)] + fair_quiz())
    warned = [w for w in load_content(tmp_path).warnings if w.code == "CHOOSE-ALL-WRONG"]
    assert [(w.path, w.line) for w in warned] == [("quizzes/alpha-quiz.yaml", line_of(quiz, "- id: one-wrong"))]
    assert "'one-wrong' has 1 wrong option" in warned[0].message


def test_choose_all_with_the_same_number_right_everywhere_warns(tmp_path):
    write_lesson(tmp_path, "alpha", [many(f"m{i}", 3, 2) for i in range(4)] + [many("m4", 2, 3)])
    report = load_content(tmp_path)
    assert report.guessability["ar"].right_counts == {3: 4, 2: 1}
    same = [w for w in report.warnings if w.code == "CHOOSE-ALL-SAME"]
    assert len(same) == 1 and "4 of 5" in same[0].message


def test_choose_all_with_varied_numbers_right_is_within_the_target(tmp_path):
    write_lesson(tmp_path, "alpha", [many("a", 1, 3), many("b", 2, 2), many("c", 3, 2), many("d", 2, 3), many("e", 1, 4)])
    assert load_content(tmp_path).guessability["ar"].same_right is None
    assert not {"CHOOSE-ALL-SAME", "CHOOSE-ALL-WRONG"} & set(codes(tmp_path))


# ---- course check ---------------------------------------------------------------------------------

def test_warnings_are_printed_but_do_not_fail_the_check(tmp_path):
    for name in ("alpha", "beta", "gamma"):
        write_lesson(tmp_path, name, easy_quiz())
    out = io.StringIO()
    assert check.run(tmp_path, out=out) == 0
    text = out.getvalue()
    assert "quizzes/alpha-quiz.yaml:1:1: warning GUESSABLE " in text
    assert "3 lessons, 0 problem(s), " in text
    assert "  ar quizzes mastered 3 [<= 2] !" in text


def test_check_json_reports_the_figures_per_locale_and_quiz(tmp_path):
    write_lesson(tmp_path, "alpha", easy_quiz(3) + [true_false("t", False), many("m", 2, 2)])
    out = io.StringIO()
    assert check.run(tmp_path, as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert set(data["guessability"]) == set(LOCALES)
    ar = data["guessability"]["ar"]
    assert ar["quizzes_mastered"] == {"count": 1, "target_at_most": 2, "quizzes": ["alpha-quiz"], "ok": True}
    assert ar["single_longest_right"]["count"] == 3 and ar["single_longest_right"]["of"] == 3
    assert ar["true_false_false"]["count"] == 1
    assert ar["choose_all"]["by_right_options"] == {"2": 1}
    quiz = ar["quizzes"]["alpha-quiz"]
    assert (quiz["strategy_right"], quiz["questions"], quiz["strategy_masters"]) == (4, 5, True)
    assert quiz["by_question"]["m"] == {"kind": "multiple", "strategy_right": False, "right_options": 2, "wrong_options": 2}
    assert data["ok"] is True and isinstance(data["warnings"], list)
