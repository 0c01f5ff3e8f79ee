"""Issue 16, educator item 6: alerts about a learner read right for a girl and for a boy.

"أخطأ سلمى" and "بقي آمنة" are masculine verbs for girls: in a class of girls almost every alert
read as an error. The alerts now name the learner, then a colon, then what happened to the work
(a noun phrase or a passive), in Arabic, French and English alike.
"""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from course.reports.needs_help import FAILED_TWICE, MANY_WRONG, RULES, STUCK, Flag
from course.web import shared
from course.web.views.dashboard import flag_text

PARAMS = {
    FAILED_TWICE: {"lesson_id": "private-eye", "quiz_id": "q", "failed": 3, "best_score": 0.4},
    STUCK: {"lesson_id": "private-eye", "card": 2, "cards": 9, "days": 12},
    MANY_WRONG: {"wrong": 7, "answered": 10},
}
# Verbs and participles whose ending says boy or girl: none may appear in an alert.
GENDERED = {"ar": ("أخطأ", "أخطأت", "بقي", "بقيت", "لم يُتقن", "لم تُتقن"),
            "fr": (" est ", " a donné", " a ", "maîtrisée", "bloquée", "bloqué")}


def plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("name", ["سلمى", "Amina", "Omar"])
def test_an_alert_names_the_learner_then_a_colon_and_never_agrees_with_them(lang, rule, name):
    t = shared.tr(lang)
    text = plain(flag_text(t, Flag(1, name, rule, datetime.now(UTC), PARAMS[rule])))
    assert text.startswith(f"{name} :" if lang == "fr" else f"{name}:"), text
    for word in GENDERED.get(lang, ()):
        assert word not in text, (word, text)
    assert "{" not in text and "dash-" not in text  # every variable filled, the message found
