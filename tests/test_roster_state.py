"""The Add-many button and the sign-in cards without a browser: the educator's session holds the
plain pictures, the store only hashes; a refused list adds nobody and says every line."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from course.l10n.bundles import plain
from course.store import accounts, classes, db
from course.store.models import Learner
from course.web import shared
from course.web.educator_state import EducatorState
from course.web.views.educator_classes import cards_document, cards_frame
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)


@pytest.fixture
def school(store):  # noqa: F811
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "4A")
    other = classes.create_class(teacher, "4B")
    classes.add_learner(klass.id, "Omar", None, as_educator=teacher)
    state = EducatorState(educator_id=teacher, locale="en")
    state.choose_class(klass.id)
    return state, klass, other


def names(class_id: int) -> list[str]:
    return sorted(x.display_name for x in classes.learners_of_class(class_id))


def test_a_pasted_list_adds_everyone_and_makes_their_cards(school):
    state, klass, _ = school
    assert state.add_learners("Salma\n\n  Yousef \nمريم\n")
    assert names(klass.id) == ["Omar", "Salma", "Yousef", "مريم"]
    assert state.notice == ("roster-added", {"count": 3}, "good") and state.roster_problems == ()
    cards = state.cards()
    assert [c.name for c in cards] == ["Salma", "Yousef", "مريم"]
    with db.read() as s:
        hashes = {learner_id: hashed for learner_id, hashed in s.execute(
            select(Learner.id, Learner.picture_password_hash).where(Learner.class_id == klass.id))}
    for card in cards:  # each card's pictures sign that child in: they are the ones stored, as a hash
        assert classes.verify_picture_password(klass.join_code, card.learner_id, card.pictures).result \
            is classes.SignInResult.OK
        assert not any(p in hashes[card.learner_id] for p in card.pictures)


def test_a_refused_list_adds_nobody_and_names_every_line(school):
    state, klass, _ = school
    assert not state.add_learners("Salma\nomar\nSalma\n\nSаlma\n" + "x" * 41)
    assert names(klass.id) == ["Omar"] and state.cards() == ()
    assert state.notice == ("roster-refused", {"count": 4}, "try")
    t = shared.tr("en")
    said = [plain(t(message, **args)) for message, args in state.roster_problems]
    assert said == [
        'Line 2: the class already has "Omar" or a name that looks the same.',
        'Line 3: "Salma" is already on line 1.',
        'Line 5: "Sаlma" looks the same as "Salma" on line 1. Add something to tell them apart, such as an initial.',
        f'Line 6: "{"x" * 41}" is longer than 40 characters.',
    ]
    assert state.add_learners("Salma\nLayla\n")  # corrected: added, and the problems go away
    assert state.roster_problems == () and names(klass.id) == ["Layla", "Omar", "Salma"]


def test_a_csv_file_and_its_errors(school):
    state, klass, _ = school
    assert state.add_list("", "\ufeffclass,name\n4A,Salma\n4A,Yousef\n".encode())
    assert names(klass.id) == ["Omar", "Salma", "Yousef"]
    assert not state.add_learners_csv(b"Layla\n" + "سلمى".encode("cp1256"))
    assert state.notice == ("roster-not-utf8", {"line": 2}, "try")
    assert not state.add_learners_csv(b"a\n" * 200_000)
    assert state.notice[0] == "roster-too-big"
    assert not state.add_list("Layla", b"Nour\n")  # both: which one was meant is not guessed
    assert state.notice[0] == "roster-both"
    assert not state.add_list("  \n", None)
    assert state.notice[0] == "roster-empty"
    assert names(klass.id) == ["Omar", "Salma", "Yousef"]


def test_cards_belong_to_their_class_and_can_be_forgotten(school):
    state, klass, other = school
    state.add_learners("Salma\nYousef")
    state.choose_class(other.id)
    assert state.cards() == ()
    state.add_learners("Nour")
    assert [c.name for c in state.cards()] == ["Nour"]
    state.choose_class(klass.id)
    assert [c.name for c in state.cards()] == ["Salma", "Yousef"]
    state.forget_cards()
    assert state.cards() == () and state.notice[0] == "cards-forgotten"
    state.choose_class(other.id)
    assert [c.name for c in state.cards()] == ["Nour"]


def test_new_pictures_make_a_new_card_and_a_deleted_learner_loses_theirs(school):
    state, klass, _ = school
    omar = classes.learners_of_class(klass.id)[0].id
    pictures = state.new_pictures(omar, "Omar")
    assert [(c.learner_id, c.pictures) for c in state.cards()] == [(omar, pictures)]
    state.add_learners("Salma")
    again = state.new_pictures(omar, "Omar")  # the card is replaced, not doubled
    assert [(c.name, c.pictures) for c in state.cards() if c.learner_id == omar] == [("Omar", again)]
    salma = next(c.learner_id for c in state.cards() if c.name == "Salma")
    state.ask_delete(salma)
    state.delete(salma, "Salma")
    assert [c.name for c in state.cards()] == ["Omar"]


def test_another_educators_state_cannot_add_to_a_class_it_does_not_own(school):
    _state, klass, _ = school
    intruder = EducatorState(educator_id=accounts.create_educator("other", "a long enough password", "O"), locale="en")
    intruder.class_id = klass.id  # as a page could send it
    assert not intruder.add_learners("Salma")
    assert names(klass.id) == ["Omar"] and intruder.cards() == ()


def test_the_card_sheet_is_escaped_isolated_and_local(school):
    state, klass, _ = school
    state.add_learners('<img src=x onerror=alert(1)>\nمريم\n' + "\n".join(f"Child {i}" for i in range(9)))
    t = shared.tr("ar")
    document = cards_document(t, classes.class_info(klass.id), state.cards())
    assert '<html lang="ar" dir="rtl">' in document
    assert "<img src=x" not in document and "&lt;img src=x onerror=alert(1)&gt;" in document
    assert "<bdi>مريم</bdi>" in document and klass.join_code in document
    assert document.count('class="card"') == 11 and document.count('class="page"') == 2  # eight a page
    urls = re.findall(r'(?:src|href)="([^"]*)"', document)
    assert urls and all(u.startswith("/components/") for u in urls)  # our own server, nothing else
    for card in state.cards():
        for picture in card.pictures:
            assert f'alt="{t("picture-" + picture)}"' in document
    frame = cards_frame(t, document)
    assert frame.startswith('<iframe class="amaan-cards-frame"') and "<html" not in frame  # all inside srcdoc
