"""Two `course serve` processes behind Debian's nginx, on PostgreSQL through PgBouncer (issue 19).

In file order, on one deployment: both processes answer /healthz with the same content version;
the setup link one process printed works on the other; a class of 40 simulated learners
(benchmarks/classroom.py's client) goes through nginx, lands on both processes, and every
answer is stored exactly once; then one process is killed mid-lesson and a real Chromium page it
held reloads onto the other and resumes on the same card, nothing lost or doubled.
"""
from __future__ import annotations

import hashlib
import http.cookiejar
import random
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

import pytest

from tests.browser.conftest import PHONE
from tests.conftest import ROOT
from tests.deploy.cluster import ROUTES, health

LEARNERS = 40


def test_every_process_is_healthy_and_serves_the_same_content(cluster):
    answers = {route: health(cluster.app_url(route)) for route in ROUTES}
    for route, (status, body) in answers.items():
        assert status == 200, body
        assert body["database"] == "ok" and body["content"] == "ok" and body["route"] == route
        assert re.fullmatch(r"[0-9a-f]{12}", body["content_version"])
        assert f"content version {body['content_version']}" in cluster.log(route)
        assert "postgresql" not in repr(body) and "password" not in repr(body)
    assert len({body["content_version"] for _s, body in answers.values()}) == 1
    status, body = health(cluster.url)  # through nginx: one of them
    assert status == 200 and body["route"] in ROUTES


def test_the_page_names_its_process_in_the_route_cookie_and_nginx_keeps_to_it(cluster):
    for route in ROUTES:
        request = urllib.request.Request(cluster.url + "/?lang=en", headers={"Cookie": f"amaan_route={route}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            # built by that very process: the other would have named itself in a new cookie
            assert not any(c.startswith("amaan_route=") for c in response.headers.get_all("Set-Cookie") or [])
    with urllib.request.urlopen(cluster.url + "/?lang=en", timeout=60) as response:
        cookies = response.headers.get_all("Set-Cookie")
    route_cookies = [c for c in cookies if c.startswith("amaan_route=")]
    assert len(route_cookies) == 1
    assert re.fullmatch(r"amaan_route=app[12]; Path=/; HttpOnly; SameSite=Lax", route_cookies[0])


def _setup_post(base: str, token: str) -> int:
    """POST the setup form with two different passwords: 400 if the link is good (nothing is
    created), 403 if it is not."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    link = f"{base}/educator/setup?token={urllib.parse.quote(token)}"
    with opener.open(link, timeout=30) as response:
        form = response.read().decode()
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"_xsrf": xsrf, "display_name": "Head", "username": "head",
                                   "password": "a-long-password-1", "password2": "a-long-password-2"}).encode()
    try:
        with opener.open(urllib.request.Request(link, data=data), timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_setup_link_of_one_process_works_on_the_other(cluster):
    tokens = {}
    for route in ROUTES:
        found = re.search(r"/educator/setup\?token=(\S+)", cluster.log(route))
        assert found, f"{route} printed no setup link"
        tokens[route] = found.group(1)
    assert tokens["app1"] != tokens["app2"]
    assert _setup_post(cluster.app_url("app2"), tokens["app1"]) == 400
    assert _setup_post(cluster.app_url("app1"), tokens["app2"]) == 400
    assert _setup_post(cluster.app_url("app1"), "not-a-link") == 403
    stored = cluster.sql("SELECT value FROM server_state WHERE name LIKE 'setup:%'")
    hashes = {row[0] for row in stored}
    assert {hashlib.sha256(t.encode()).hexdigest() for t in tokens.values()} <= hashes
    assert not any(t in repr(stored) for t in tokens.values())  # only hashes are kept


def test_a_class_of_40_through_nginx_lands_on_both_processes_and_every_answer_is_stored_once(cluster):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import classroom
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    plan = classroom.lesson_plan()
    records: list[dict] = []
    lock = threading.Lock()

    def learner(no: int) -> None:
        rng = random.Random(no)
        record = {"no": no, "route": None, "answers": [], "error": None}
        tab = classroom.Tab(cluster.url + "/")
        try:
            tab.open()
            record["route"] = tab.route
            wrong = no % len(plan["questions"]) if no % 2 else None
            classroom.learner_actions(tab, plan, rng, (0.05, 0.3), wrong, record["answers"])
        except Exception as exc:  # reported below, with every other learner's outcome
            record["error"] = repr(exc)
        finally:
            tab.close()
            with lock:
                records.append(record)

    classroom._client_classes()  # import Panel once, before 40 threads need it
    threads = [threading.Thread(target=learner, args=(no,), daemon=True) for no in range(LEARNERS)]
    for no, thread in enumerate(threads):
        thread.start()
        if no % 8 == 7:
            thread.join(0.5)  # arrivals spread a little, as a class's do
    for thread in threads:
        thread.join(600)
    errors = [(r["no"], r["error"]) for r in records if r["error"]]
    assert len(records) == LEARNERS and errors == [], errors
    routes = Counter(r["route"] for r in records)
    assert set(routes) == set(ROUTES), routes  # nginx spread the class over both processes
    for route in ROUTES:
        assert "a page reached this process with a session it does not hold" not in cluster.log(route)
    sent = Counter(tuple(a) for r in records for a in r["answers"])
    assert sum(sent.values()) >= LEARNERS * len(plan["questions"])
    rows = cluster.sql("SELECT a.try_id, a.question_id, a.attempt FROM answer a")
    stored = Counter((question, attempt) for _try, question, attempt in rows)
    assert stored == sent
    assert len(set(rows)) == len(rows)  # no (try, question, attempt) twice


@pytest.mark.browser
def test_a_killed_process_s_pages_reload_onto_the_other_and_resume_on_the_same_card(cluster, browser):
    from tests.browser.test_learner_flow import click, open_lesson, progress_label, wait_text

    external: list[str] = []
    errors: list[str] = []
    navigations: list[str] = []
    contexts = []
    if True:  # one shared Chromium (tests/conftest.py)
        try:
            pages = []
            # Two children; each context starts with no route cookie, so nginx picks. Open pages
            # until one is on each process (least_conn alternates, but the class may have left
            # connections behind).
            for _ in range(6):
                ctx = browser.new_context(viewport=PHONE, locale="en", extra_http_headers={"Accept-Language": "en"})
                page = ctx.new_page()
                page.on("request", lambda r: external.append(r.url) if not (
                    r.url.startswith(cluster.url) or r.url.startswith(("data:", "blob:", "ws://127.0.0.1"))) else None)
                page.on("pageerror", lambda exc: errors.append(str(exc)))
                page.goto(cluster.url + "/?lang=en")
                page.wait_for_selector(".amaan-get-help", timeout=60_000)
                contexts.append(ctx)
                pages.append(page)
                if {route_of(c) for c in contexts} == set(ROUTES):
                    break
            by_route = {route_of(c): page for c, page in zip(contexts, pages, strict=True)}
            assert set(by_route) == set(ROUTES), "nginx never sent a new visitor to one of the processes"
            victim, survivor = "app1", "app2"
            doomed, safe = by_route[victim], by_route[survivor]
            for page in (doomed, safe):
                open_lesson(page)
                click(page, "next")
                wait_text(page, "Card 2 of 6")
            learner = guest_of(cluster, doomed)
            doomed.on("framenavigated", lambda f: navigations.append(f.url) if f == doomed.main_frame else None)

            cluster.kill(victim)

            # The doomed page reconnects through nginx, reaches app2, which does not hold its
            # session: it reloads, lands on app2 and shows the card the store holds.
            wait_for_route(doomed.context, survivor, seconds=90)
            wait_text(doomed, "Card 2 of 6", timeout=60_000)
            assert progress_label(doomed) == "Card 2 of 6"
            assert "lesson=private-eye" in doomed.url
            assert navigations, "the page never reloaded"
            assert "a page reached this process with a session it does not hold" in cluster.log(survivor)
            # It goes on from there, on the survivor: the next card, saved once.
            click(doomed, "next")
            wait_text(doomed, "Card 3 of 6")
            # The page on the survivor noticed nothing.
            assert progress_label(safe) == "Card 2 of 6"
            click(safe, "next")
            wait_text(safe, "Card 3 of 6")
            doomed.reload()
            doomed.wait_for_selector("button.amaan-next", timeout=60_000)
            assert progress_label(doomed) == "Card 3 of 6"
            rows = cluster.sql("SELECT lesson_id, current_step FROM lesson_progress WHERE learner_id = :l",
                               l=learner)
            assert [tuple(r) for r in rows] == [("private-eye", 2)], rows
        finally:
            for ctx in contexts:  # the browser itself is shared (tests/conftest.py)
                ctx.close()
    assert external == [], external
    assert errors == [], errors


def route_of(ctx) -> str | None:
    return {c["name"]: c["value"] for c in ctx.cookies()}.get("amaan_route")


def wait_for_route(ctx, route: str, seconds: float) -> None:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if route_of(ctx) == route:
            return
        time.sleep(0.2)
    raise AssertionError(f"the page never moved to {route} (cookie {route_of(ctx)})")


def guest_of(cluster, page) -> int:
    import time

    for _ in range(100):
        token = {c["name"]: c["value"] for c in page.context.cookies()}.get("amaan_guest")
        if token:
            break
        time.sleep(0.1)
    assert token, "the guest never got a cookie"
    rows = cluster.sql("SELECT id FROM learner WHERE guest_token_hash = :h", h=hashlib.sha256(token.encode()).hexdigest())
    return rows[0][0]
