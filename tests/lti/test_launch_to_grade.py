"""Moodle's part played by a real platform implementation (lti1p3platform, tests/lti/platform.py) on
loopback, against `course serve`, in Debian's Chromium: a teacher deep-links a lesson, a learner
launches it, walks it and masters its quiz, and the score arrives at the platform's AGS endpoint.
"""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.conftest import ROOT
from tests.lti.platform import CLIENT_ID, COURSE, DEPLOYMENT_ID, STUDENT, TEACHER, Platform
from tests.serving import launch

pytestmark = pytest.mark.browser
LESSON = "private-eye"


def course(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COURSE_DATA_DIR": str(data)}
    env.pop("COURSE_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "course", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def moodle_and_amaan(tmp_path: Path):
    """A platform registered with a running Amaan (an admin owns its courses' classes)."""
    data = tmp_path / "data"
    data.mkdir()
    made = subprocess.run([sys.executable, "-c", "from course.store import accounts, db\ndb.ensure_schema()\n"
                           "accounts.create_educator('admin', 'a long password', 'Admin', role='admin')\n"],
                          cwd=ROOT, env={**os.environ, "COURSE_DATA_DIR": str(data)}, check=True, timeout=120)
    assert made.returncode == 0
    platform = Platform(tool="")
    added = course(data, "lti", "add-platform", "--issuer", platform.issuer, "--client-id", CLIENT_ID,
                   "--deployment-id", DEPLOYMENT_ID, "--login-url", platform.url + "/auth",
                   "--token-url", platform.url + "/token", "--keyset-url", platform.url + "/jwks")
    assert added.returncode == 0, added.stderr
    with launch(data, env={"COURSE_LTI_GRADE_SECONDS": "1"}) as amaan:
        platform.tool = str(amaan)
        with platform:
            yield platform, amaan, data


def walk_and_master(page) -> None:
    from tests.browser.test_learner_flow import click, next_card, wait_text

    page.wait_for_selector("button.amaan-next", timeout=30_000)
    wait_text(page, "Card 1 of 6")
    for card in range(2, 7):
        next_card(page)
        wait_text(page, f"Card {card} of 6")
    next_card(page)
    wait_text(page, "Question 1 of 5")
    for label in ("Your home address", "Your password", "The name of your school"):
        page.locator(".amaan-answers-many label", has_text=label).click()
    click(page, "check")
    wait_text(page, "That's right!")
    click(page, "next-question")
    for number, label in ((2, "Stop and ask a trusted adult first."), (3, "False"),
                          (4, "A drawing or an avatar you made"), (5, "True")):
        wait_text(page, f"Question {number} of 5")
        page.locator(".amaan-answers-one label", has_text=label).first.click()
        click(page, "check")
        wait_text(page, "That's right!")
        click(page, "next-question")
    wait_text(page, "You mastered this lesson!")


def test_deep_link_launch_play_and_the_grade_arrives(moodle_and_amaan, browser):
    platform, amaan, data = moodle_and_amaan
    # the key set is at its stable address, with the key the deep-linking answer will be signed with
    keys = requests.get(amaan + "/lti/jwks.json", timeout=10).json()["keys"]
    assert len(keys) == 1 and keys[0]["alg"] == "RS256" and keys[0]["kid"]

    # the teacher: OIDC login, a deep-linking request, the choice of a lesson, the signed answer back
    teacher = browser.new_context(locale="en")
    page = teacher.new_page()
    page.goto(platform.start_url(TEACHER))
    page.locator(f"input[name=lesson][value={LESSON}]").check()
    page.locator("button[type=submit]").click()
    page.wait_for_selector("#added", timeout=30_000)
    assert len(platform.links) == 1
    link, item = next(iter(platform.links.items()))
    assert item["type"] == "ltiResourceLink" and item["custom"] == {"lesson": LESSON}
    assert item["url"] == amaan + "/lti/launch" and item["lineItem"]["resourceId"] == LESSON
    teacher.close()

    # the learner: a resource-link launch signs them in to the course's class, on the lesson's first card
    learner = browser.new_context(locale="en")
    page = learner.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((amaan, platform.url, "data:", "blob:",
                                                                                 "ws://127.0.0.1")) else None)
    page.goto(platform.start_url(STUDENT, link))
    page.wait_for_url(f"{amaan}/?*lesson={LESSON}*", timeout=30_000)
    walk_and_master(page)
    assert outside == []

    scores = platform.wait_for_score(1)
    assert scores, "no score reached the platform"
    score = scores[-1]
    assert score["userId"] == STUDENT["sub"] and score["scoreGiven"] == 1.0 and score["scoreMaximum"] == 1.0
    assert score["activityProgress"] == "Completed" and score["gradingProgress"] == "FullyGraded"
    assert platform.lineitems[score["lineitem"]]["resourceId"] == LESSON
    learner.close()

    # kept: the opaque user id and a first name, in a class named after the course; never the email
    # or the family name the platform sent
    with sqlite3.connect(data / "amaan.sqlite3") as db:
        assert db.execute("SELECT subject FROM lti_user").fetchall() == [(STUDENT["sub"],)]
        assert db.execute("SELECT display_name FROM learner").fetchall() == [("Sara",)]
        assert db.execute("SELECT name FROM classroom").fetchall() == [(COURSE["title"],)]
        dump = "\n".join(db.iterdump())
    for secret in (STUDENT["email"], STUDENT["family_name"], TEACHER["email"], TEACHER["family_name"]):
        assert secret not in dump

    status = course(data, "lti", "status")
    assert "grade links 1, sent 1, failing 0" in status.stdout


def test_a_replayed_launch_and_a_forged_one_are_refused(moodle_and_amaan):
    platform, amaan, _ = moodle_and_amaan
    http = requests.Session()

    def login() -> dict:
        """The login walked by hand: platform start -> tool login -> platform auth -> the launch form."""
        page = http.get(platform.start_url(TEACHER), timeout=30)
        form = dict(re.findall(r'name="(id_token|state)" value="([^"]+)"', page.text))
        assert set(form) == {"id_token", "state"}
        return form

    form = login()
    first = http.post(amaan + "/lti/launch", data=form, timeout=30)
    assert first.status_code == 200 and 'name="launch"' in first.text
    assert http.post(amaan + "/lti/launch", data=form, timeout=30).status_code == 400  # the nonce is used up
    form = login()
    header, body, signature = form["id_token"].split(".")
    forged = {**form, "id_token": f"{header}.{body}.{signature[::-1]}"}
    assert http.post(amaan + "/lti/launch", data=forged, timeout=30).status_code == 400
    assert http.post(amaan + "/lti/launch", data=form, timeout=30).status_code == 200  # it was the signature
    # without the state cookie of the browser that logged in, a launch is refused
    form = login()
    assert requests.post(amaan + "/lti/launch", data=form, timeout=30).status_code == 400
