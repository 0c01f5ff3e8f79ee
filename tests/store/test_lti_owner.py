"""LTI: whose classes a platform's courses become when the operator names no educator."""
from __future__ import annotations

from course.store import accounts, lti, schools

PASSWORD = "a long enough password"


def test_with_one_school_its_first_admin_owns_them(store):
    assert lti.default_owner() is None  # no admin yet: the command asks for --educator
    accounts.create_educator("teacher", PASSWORD, "Teacher")
    admin = accounts.create_educator("head", PASSWORD, "Head", "admin")
    accounts.create_educator("head2", PASSWORD, "Head 2", "admin")
    assert lti.default_owner() == admin


def test_with_several_schools_nobody_is_guessed(store):
    """The first admin of any school would receive another school's courses and children."""
    accounts.create_educator("head", PASSWORD, "Head", "admin")
    other = schools.create_school("Second school", as_ministry=None)
    accounts.create_educator("head-b", PASSWORD, "Head B", "admin", school_id=other.id)
    assert lti.default_owner() is None
