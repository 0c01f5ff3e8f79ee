"""A class is safe from one device: budgets of wrong pictures and of new names, per client and per
class; names that cannot pretend to be a classmate's; and the teacher who approves new names."""
from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from course.store import db
from course.store.accounts import create_educator
from course.store.classes import (
    CLASS_REST,
    MAX_PICTURE_FAILURES,
    NameRefused,
    SignIn,
    SignInResult,
    add_learner,
    approve_join_request,
    check_new_name,
    class_info,
    create_class,
    join_requests,
    learners_in_class,
    learners_of_class,
    reject_join_request,
    self_register,
    set_approve_new_names,
    unlock_class,
    verify_picture_password,
)
from course.store.errors import NotAllowed
from course.store.signin_budgets import NAMES_PER_CLASS, NAMES_PER_CLIENT, PICTURES_PER_CLASS, PICTURES_PER_CLIENT

PICS = ("camel", "moon", "fish")
WRONG = ("camel", "moon", "cat")
TRIES_PER_CHILD = MAX_PICTURE_FAILURES - 1  # a guesser stays under each child's own lockout


@pytest.fixture
def teacher(store):
    return create_educator("mariam", "correct horse battery", "Ms Mariam")


def class_of(teacher: int, size: int, name: str = "Grade 4 B", **options):
    klass = create_class(teacher, name, **options)
    return klass, [add_learner(klass.id, f"Child {i}", PICS) for i in range(size)]


def guess(klass, children, times: int, client: str | None = None) -> list[SignIn]:
    """``times`` wrong picture passwords, spread over the children as a patient guesser would;
    from one client, or from a new address each time when ``client`` is None."""
    return [verify_picture_password(klass.join_code, children[i // TRIES_PER_CHILD], WRONG,
                                    client=client or f"10.0.{i // 250}.{i % 250}") for i in range(times)]


def test_no_result_says_how_many_tries_are_left(teacher):
    """Every wrong try gets the same answer: nothing to count down, for the child or a guesser."""
    klass, (omar,) = class_of(teacher, 1)
    assert "tries_left" not in {f.name for f in dataclasses.fields(SignIn)}
    answers = [verify_picture_password(klass.join_code, omar, WRONG, client="10.0.0.7") for _ in range(TRIES_PER_CHILD)]
    assert answers == [SignIn(SignInResult.WRONG_PICTURES)] * TRIES_PER_CHILD


def test_one_client_spends_its_budget_across_classes(teacher):
    """Past PICTURES_PER_CLIENT wrong tries, that client's pictures are not even checked, in any
    class; another client (another school) still signs in."""
    per_class = PICTURES_PER_CLIENT.limit // 3
    assert per_class < PICTURES_PER_CLASS.limit  # no class rests on the way
    for n in range(3):
        klass, children = class_of(teacher, per_class // TRIES_PER_CHILD + 1, f"Class {n}")
        assert {a.result for a in guess(klass, children, per_class, "10.0.0.7")} == {SignInResult.WRONG_PICTURES}
    other, (layla,) = class_of(teacher, 1, "Class 4")
    assert verify_picture_password(other.join_code, layla, PICS, client="10.0.0.7").result is SignInResult.RESTING
    assert verify_picture_password(other.join_code, layla, PICS, client="10.0.0.8").result is SignInResult.OK


def test_a_class_rests_after_its_budget_whatever_the_clients_and_the_teacher_opens_it(teacher):
    """Wrong tries from many addresses add up per class: the class rests (right pictures too, any
    client) for CLASS_REST, until its teacher opens it again with every child's lock."""
    klass, children = class_of(teacher, PICTURES_PER_CLASS.limit // TRIES_PER_CHILD + 2)
    locked_child, layla = children[-2], children[-1]
    for _ in range(MAX_PICTURE_FAILURES):
        verify_picture_password(klass.join_code, locked_child, WRONG, client="192.168.1.5")
    guess(klass, children, PICTURES_PER_CLASS.limit - MAX_PICTURE_FAILURES)
    assert verify_picture_password(klass.join_code, layla, PICS, client="172.16.0.1").result is SignInResult.RESTING
    rest = class_info(klass.id).pictures_rest_until
    assert rest is not None and abs(rest - (db.utcnow() + CLASS_REST)) < timedelta(minutes=1)

    with pytest.raises(NotAllowed):
        unlock_class(klass.id, as_educator=create_educator("omar", "correct horse battery", "Mr Omar"))
    unlock_class(klass.id, as_educator=teacher)
    assert class_info(klass.id).pictures_rest_until is None
    assert verify_picture_password(klass.join_code, layla, PICS, client="172.16.0.1").result is SignInResult.OK
    assert verify_picture_password(klass.join_code, locked_child, PICS).result is SignInResult.OK


def test_a_good_sign_in_gives_a_guesser_no_new_tries(teacher):
    """A guesser who knows their own pictures cannot sign in to win back the class's budget."""
    klass, children = class_of(teacher, PICTURES_PER_CLASS.limit // TRIES_PER_CHILD + 2)
    me = children[-1]
    guess(klass, children, PICTURES_PER_CLASS.limit - 1, "10.0.0.7")
    assert verify_picture_password(klass.join_code, me, PICS, client="10.0.0.7").result is SignInResult.OK
    assert verify_picture_password(klass.join_code, children[-2], WRONG, client="10.0.0.7").result is \
        SignInResult.WRONG_PICTURES
    assert verify_picture_password(klass.join_code, me, PICS, client="10.0.0.7").result is SignInResult.RESTING


def test_a_child_without_pictures_still_signs_in_while_the_class_rests(teacher):
    """Nothing to guess there: tapping the name is the whole sign-in."""
    klass, children = class_of(teacher, PICTURES_PER_CLASS.limit // TRIES_PER_CHILD + 1)
    youngest = add_learner(klass.id, "Youngest", None)
    guess(klass, children, PICTURES_PER_CLASS.limit)
    assert verify_picture_password(klass.join_code, youngest, ()).result is SignInResult.OK


def test_three_amals_with_invisible_and_direction_characters_make_one_name(teacher):
    """After tidying, 'Amal' with a right-to-left mark or an override is the same 'Amal': refused."""
    klass = create_class(teacher, "Club", allow_self_register=True)
    first = self_register(klass.join_code, "Amal", PICS, client="10.0.0.7")
    second = self_register(klass.join_code, "Amal\u200f", PICS, client="10.0.0.7")
    third = self_register(klass.join_code, "\u202eA\u200bmal\u202c", PICS, client="10.0.0.7")
    assert (first.result, first.display_name) == (SignInResult.OK, "Amal")
    assert second.result is third.result is SignInResult.NAME_TAKEN
    assert [e.display_name for e in learners_in_class(klass.join_code).learners] == ["Amal"]


@pytest.mark.parametrize(("first", "look_alike"), [
    ("Amal", "amal"),  # case
    ("Amal", "\u0410mal"),  # Cyrillic capital A
    ("Amal", "AmaI"),  # capital i for small L
    ("Amal", "A m a l."),  # spaces and punctuation
    ("Zoë", "Zoe"),  # marks
    ("أمل", "امل"),  # hamza seat
    ("أمل", "إِمْل"),  # harakat
    ("أمل", "أمـــل"),  # tatweel
    ("فاطمة", "فاطمه"),  # taa marbuta
    ("منى", "مني"),  # alef maqsura
    ("Tarek", "\uff34\uff41\uff52\uff45\uff4b"),  # full-width letters
])
def test_a_look_alike_of_a_classmates_name_is_refused(teacher, first, look_alike):
    klass = create_class(teacher, "Club", allow_self_register=True)
    assert self_register(klass.join_code, first, PICS).result is SignInResult.OK
    assert check_new_name(klass.join_code, look_alike).result is SignInResult.NAME_TAKEN
    assert self_register(klass.join_code, look_alike, PICS).result is SignInResult.NAME_TAKEN
    with pytest.raises(NameRefused):  # the teacher's way in follows the same rule
        add_learner(klass.id, look_alike, PICS, as_educator=teacher)


def test_names_are_tidied_in_one_place(teacher):
    """Stored as shown: spaces collapsed, invisible characters gone, marks piled on a letter cut;
    nothing visible left, or too long once tidied, is refused."""
    klass = create_class(teacher, "Club", allow_self_register=True)
    assert check_new_name(klass.join_code, "  Sara \u2066\u00a0B\u2069\t").display_name == "Sara B"
    assert check_new_name(klass.join_code, "Sara C").result is SignInResult.OK  # a real second Sara
    assert check_new_name(klass.join_code, "Q" + "\u0301" * 20 + "ak").display_name == "Q\u0301\u0301\u0301ak"
    for nothing in ("\u200f\u200e\u200b", "\ufeff \u2800", "...", "\u0640\u0640", "A" * 41):
        assert check_new_name(klass.join_code, nothing).result is SignInResult.NAME_INVALID
    learner = add_learner(klass.id, "\u202bNour\u202c ", PICS)
    assert [(i.id, i.display_name) for i in learners_of_class(klass.id)] == [(learner, "Nour")]


def test_self_registration_is_limited_per_class(teacher):
    """NAMES_PER_CLASS names a quarter hour, whichever clients send them; then the child is told
    to ask the teacher, before and after choosing pictures."""
    klass = create_class(teacher, "Club", allow_self_register=True)
    for i in range(NAMES_PER_CLASS.limit):
        assert self_register(klass.join_code, f"Child {i}", PICS, client=f"10.0.0.{i}").result is SignInResult.OK
    assert check_new_name(klass.join_code, "Late", client="10.0.1.1").result is SignInResult.TOO_MANY_NEW
    assert self_register(klass.join_code, "Late", PICS, client="10.0.1.1").result is SignInResult.TOO_MANY_NEW
    assert len(learners_in_class(klass.join_code).learners) == NAMES_PER_CLASS.limit


def test_self_registration_is_limited_per_client(teacher):
    """One client adds NAMES_PER_CLIENT names across classes at most; a refused name costs nothing."""
    clubs = [create_class(teacher, f"Club {n}", allow_self_register=True) for n in range(2)]
    assert self_register(clubs[0].join_code, "Child 0\u200f", PICS, client="10.0.0.7").result is SignInResult.OK
    assert self_register(clubs[0].join_code, "Child 0", PICS, client="10.0.0.7").result is SignInResult.NAME_TAKEN
    for i in range(1, NAMES_PER_CLIENT.limit):
        club = clubs[i % 2]
        assert self_register(club.join_code, f"Child {i}", PICS, client="10.0.0.7").result is SignInResult.OK
    third = create_class(teacher, "Club 3", allow_self_register=True)
    assert self_register(third.join_code, "Nour", PICS, client="10.0.0.7").result is SignInResult.TOO_MANY_NEW
    assert self_register(third.join_code, "Nour", PICS, client="10.0.0.8").result is SignInResult.OK


def test_new_names_wait_for_the_teachers_approval(teacher):
    """A waiting name is on no classmate's list and signs no one in; it still blocks look-alikes.
    Approved, it signs in with the pictures the child chose; rejected, it is gone."""
    klass = create_class(teacher, "Club", allow_self_register=True)
    set_approve_new_names(klass.id, True, as_educator=teacher)
    assert class_info(klass.id).approve_new_names
    waiting = self_register(klass.join_code, "Amal", PICS, client="10.0.0.7")
    assert (waiting.result, waiting.learner_id, waiting.display_name) == (SignInResult.PENDING, None, "Amal")
    prank = self_register(klass.join_code, "Bad name", PICS, client="10.0.0.7")
    assert prank.result is SignInResult.PENDING
    assert learners_in_class(klass.join_code).learners == () and learners_of_class(klass.id) == []
    assert self_register(klass.join_code, "Amal\u200f", PICS).result is SignInResult.NAME_TAKEN
    amal, bad = join_requests(klass.id, as_educator=teacher)
    assert (amal.display_name, bad.display_name) == ("Amal", "Bad name")

    learner = approve_join_request(amal.id, as_educator=teacher)
    reject_join_request(bad.id, as_educator=teacher)
    assert [(e.learner_id, e.display_name) for e in learners_in_class(klass.join_code).learners] == [(learner, "Amal")]
    assert join_requests(klass.id, as_educator=teacher) == []
    assert verify_picture_password(klass.join_code, learner, PICS).result is SignInResult.OK


def test_only_the_classs_teacher_decides_about_new_names(teacher):
    klass = create_class(teacher, "Club", allow_self_register=True)
    set_approve_new_names(klass.id, True, as_educator=teacher)
    self_register(klass.join_code, "Amal", PICS)
    (request,) = join_requests(klass.id, as_educator=teacher)
    other = create_educator("omar", "correct horse battery", "Mr Omar")
    for change in (lambda: set_approve_new_names(klass.id, False, as_educator=other),
                   lambda: join_requests(klass.id, as_educator=other),
                   lambda: approve_join_request(request.id, as_educator=other),
                   lambda: reject_join_request(request.id, as_educator=other)):
        with pytest.raises(NotAllowed):
            change()
    assert [r.id for r in join_requests(klass.id, as_educator=teacher)] == [request.id]
    assert class_info(klass.id).approve_new_names  # unchanged
