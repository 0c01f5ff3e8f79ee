"""The rules of course/web/session_cap.py on stand-in sessions and a hand-moved clock.

tests/test_server_safety.py checks the same rules against a real server; these check the
corners (a page that connects while it is being discarded, one that connected and dropped).
"""
from __future__ import annotations

import pytest

from course.web.session_cap import UnconnectedPages, client_key
from tests.conftest import run_async


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Session:
    """What the cap reads of a Bokeh ServerSession."""

    def __init__(self, clock: Clock, session_id: str) -> None:
        self.id, self._clock = session_id, clock
        self.destroyed = False
        self.connection_count = 0
        self._last_unsubscribe = clock.now  # Bokeh starts the count when the session is made

    @property
    def milliseconds_since_last_unsubscribe(self) -> float:
        return (self._clock.now - self._last_unsubscribe) * 1000

    def connect(self) -> None:
        self.connection_count += 1

    def drop(self) -> None:
        self.connection_count -= 1
        self._last_unsubscribe = self._clock.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def discarded():
    return []


@pytest.fixture
def pages(clock, discarded):
    async def discard(_context, session, still_discardable):
        if still_discardable(session):  # as Bokeh does, under the document lock
            session.destroyed = True
            discarded.append(session.id)

    return UnconnectedPages(per_client=3, lifetime=60, clock=clock, discard=discard)


def open_pages(pages, clock, client, n, prefix="s"):
    made = []
    for i in range(n):
        assert pages.admit(client)
        session = Session(clock, f"{prefix}{client}-{i}")
        pages.built(client, session, context=None)
        made.append(session)
    return made


def test_a_client_at_the_cap_is_refused_and_others_are_not(pages, clock):
    open_pages(pages, clock, "10.0.0.1", 3)
    assert not pages.admit("10.0.0.1")
    assert pages.admit("10.0.0.2")


def test_a_page_being_built_counts_and_a_failed_build_gives_its_place_back(pages, clock):
    for _ in range(3):
        assert pages.admit("10.0.0.1")
    assert not pages.admit("10.0.0.1")
    pages.abandoned("10.0.0.1")
    assert pages.admit("10.0.0.1")


def test_pages_that_connect_leave_room_at_once(pages, clock):
    first, *_ = open_pages(pages, clock, "10.0.0.1", 3)
    clock.now += 5
    first.connect()
    assert pages.admit("10.0.0.1")


def test_pages_that_never_connect_are_discarded_after_their_short_life(pages, clock, discarded):
    waiting, dropped, still_open = open_pages(pages, clock, "10.0.0.1", 3)
    clock.now += 10
    dropped.connect()
    still_open.connect()
    clock.now += 1
    dropped.drop()  # a tablet whose Wi-Fi blinked: it keeps Bokeh's full lifetime to reconnect
    clock.now += 40
    assert run_async(pages.sweep()) == 0
    clock.now += 10
    assert run_async(pages.sweep()) == 1
    assert discarded == [waiting.id] and not dropped.destroyed and not still_open.destroyed
    assert pages.count("10.0.0.1") == 0


def test_a_page_that_connects_while_it_is_discarded_is_kept(clock):
    session = None

    async def discard(_context, s, still_discardable):
        session.connect()  # the websocket arrived while the discard waited for the document lock
        if still_discardable(s):
            s.destroyed = True

    pages = UnconnectedPages(per_client=3, lifetime=60, clock=clock, discard=discard)
    (session,) = open_pages(pages, clock, "10.0.0.1", 1)
    clock.now += 61
    assert run_async(pages.sweep()) == 0 and not session.destroyed


def test_a_session_gone_by_bokeh_s_own_cleanup_no_longer_counts(pages, clock):
    sessions = open_pages(pages, clock, "10.0.0.1", 3)
    sessions[0].destroyed = True
    assert pages.admit("10.0.0.1")


@pytest.mark.parametrize("remote_ip, key", [
    ("192.0.2.7", "192.0.2.7"),
    ("::ffff:192.0.2.7", "192.0.2.7"),
    ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
    ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),
    (None, "unknown"),
])
def test_a_client_is_an_ipv4_address_or_an_ipv6_slash_64(remote_ip, key):
    assert client_key(remote_ip) == key
