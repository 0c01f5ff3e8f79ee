"""The websocket's deflate windows: what the server answers to the offers browsers make."""
from course.web.delivery import CLIENT_WINDOW_BITS, SERVER_WINDOW_BITS, small_window_offer

CHROMIUM_OFFER = "permessage-deflate; client_max_window_bits"


def params(header: str) -> dict:
    first = header.split(",")[0]
    names = [p.strip() for p in first.split(";")]
    assert names[0] == "permessage-deflate"
    return dict((p.split("=") + [None])[:2] for p in names[1:])


def test_chromium_offer_gets_both_windows():
    got = params(small_window_offer(CHROMIUM_OFFER))
    assert got == {"client_max_window_bits": str(CLIENT_WINDOW_BITS), "server_max_window_bits": str(SERVER_WINDOW_BITS)}


def test_client_window_only_when_offered():
    # RFC 7692 7.1.2.2: a server must not name client_max_window_bits the client did not offer.
    assert params(small_window_offer("permessage-deflate")) == {"server_max_window_bits": str(SERVER_WINDOW_BITS)}


def test_offered_values_are_replaced_and_others_kept():
    got = params(small_window_offer("permessage-deflate; server_max_window_bits=15; client_no_context_takeover"))
    assert got == {"client_no_context_takeover": None, "server_max_window_bits": str(SERVER_WINDOW_BITS)}


def test_other_extensions_untouched():
    assert small_window_offer("x-webkit-deflate-frame") == "x-webkit-deflate-frame"


def test_windows_zlib_can_use():
    # zlib's raw deflate cannot make an 8-bit window (it silently uses 9): stay at 9 or more.
    assert 9 <= SERVER_WINDOW_BITS <= 15 and 9 <= CLIENT_WINDOW_BITS <= 15


def test_a_smaller_window_asked_for_is_kept():
    got = params(small_window_offer("permessage-deflate; server_max_window_bits=9; client_max_window_bits=9"))
    assert got == {"server_max_window_bits": "9", "client_max_window_bits": "9"}
