"""CSV exports: UTF-8 with a BOM, the caller's headers, the same values as the screen."""
from __future__ import annotations

import csv
import io

from course.reports.export import BOM, cell_text, lesson_csv, overview_csv, percent
from course.reports.lesson import lesson_report
from course.reports.overview import class_overview
from course.store.classes import rename_learner
from tests.reports.conftest import LESSONS, PRIVATE_EYE

AR_STATUS = {"not-started": "لم يبدأ", "in-progress": "قيد التقدم", "completed": "أكمل", "mastered": "أتقن"}
AR_HEADERS = {"learner": "المتعلم", "private-eye": "عين الخصوصية", "be-kind": "كن لطيفًا", "fair-deal": "صفقة عادلة",
              "lessons_completed": "دروس مكتملة", "lessons_mastered": "دروس متقنة", "last_active": "آخر نشاط",
              "started": "بدأ", "completed": "أكمل", "mastered": "أتقن", "average_best_score": "متوسط أفضل نتيجة"}


def read(data: bytes) -> list[list[str]]:
    assert data.startswith(BOM.encode("utf-8"))
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_overview_csv_has_a_bom_arabic_headers_and_the_cells_of_the_screen(hand_made):
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher, sort="mastered", descending=True)
    rows = read(overview_csv(o, AR_HEADERS, AR_STATUS))
    assert rows[0] == ["المتعلم", "عين الخصوصية", "كن لطيفًا", "صفقة عادلة", "دروس مكتملة", "دروس متقنة", "آخر نشاط"]
    assert [r[0] for r in rows[1:6]] == [r.display_name for r in o.rows] == ["Badr", "Amal", "Carim", "Dana", "Eli"]
    assert rows[1][1:6] == ["أتقن 100%", "قيد التقدم", "لم يبدأ", "1", "1"]
    assert rows[2][1] == "أكمل 67%" == cell_text(o.cell(o.rows[1], "private-eye"), AR_STATUS)
    assert rows[6:] == [["بدأ", "4", "1", "0"], ["أكمل", "2", "0", "0"], ["أتقن", "1", "0", "0"],
                        ["متوسط أفضل نتيجة", "83%", "", ""]]


def test_a_filtered_overview_exports_only_the_rows_shown(hand_made):
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher, search="a")
    names = [r[0] for r in read(overview_csv(o, AR_HEADERS, AR_STATUS))[1:-4]]
    assert names == ["Amal", "Badr", "Carim", "Dana"]


def test_a_name_that_looks_like_a_formula_is_defused(hand_made):
    """A child could type =HYPERLINK(...) as a name; a spreadsheet must show it as text."""
    rename_learner(hand_made.eli, "=1+2", as_educator=hand_made.teacher)
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher, search="=")
    assert read(overview_csv(o, AR_HEADERS, AR_STATUS))[1][0] == "'=1+2"


def test_the_lesson_csv_lists_the_figures_then_the_hardest_questions(hand_made):
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    headers = {"learners": "Learners", "question": "Question", "first_try_correct": "Right first time",
               "top_wrong_option": "Most chosen wrong answer"}
    rows = read(lesson_csv(r, headers, question_text=lambda q: f"Question {q}",
                           option_text=lambda q, o: f"option {o.upper()}"))
    assert rows[0] == ["Learners", "5"]
    assert rows[2] == ["completed", "2", "40%"]
    assert rows[5] == ["median_time", "2:15"]  # a missing header shows its key
    assert rows[9] == []
    assert rows[10][:2] == ["Question", "Right first time"]
    assert rows[11:] == [["Question q1", "33%", "3", "2", "option A", "2"],
                         ["Question q2", "67%", "3", "1", "option F", "1"],
                         ["Question q3", "67%", "3", "1", "option Z", "1"]]


def test_percent_rounds_and_leaves_no_score_empty():
    assert (percent(None), percent(0.875), percent(1.0), percent(0)) == ("", "88%", "100%", "0%")
