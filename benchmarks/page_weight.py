"""Page weight and slow-network start-up of the learner app, measured in Debian's Chromium.

    .venv/bin/python benchmarks/page_weight.py [--json] [--timeout 900]

Starts `course serve` (fresh SQLite) and, as the floor, a minimal app under plain
`panel serve`, then drives Chromium (the browser tests' flags) through both:

- first visit: a child's first visit to a lesson, with an empty cache (home -> choose the
  9-12 band -> open private-eye, until its first card is shown);
- warm return: the same walk again in the same browser context (warm HTTP cache);
- card to card: pressing Next (the player's button.amaan-next, in its shadow root) on the
  second card, over the websocket; the first Next after the lesson opened is reported apart
  (it also carries the player's whole model to the server once);
- throttled: a fresh context at 1 Mbit/s with 300 ms latency (CDP
  Network.emulateNetworkConditions): seconds until the first card's Next button can be
  pressed, whether the page kept its own styles, and requests that left 127.0.0.1.

Figures come from Chromium's DevTools network events: HTTP bytes are
Network.loadingFinished.encodedDataLength (headers and compressed body), websocket bytes
are the payloads of Network.webSocketFrameReceived/Sent. Chromium reports websocket
payloads after permessage-deflate has inflated them, so each server also sits behind a
byte-counting TCP relay: "wire" is what actually crossed the connection, both ways,
HTTP and websocket, headers included. The first-visit and warm-return budgets (issues 8
and 15) are checked against the wire figures, card to card against the websocket payloads
(the inflated size, so an upper bound); the process exits 1 when a budget is missed.
Results: a table on stdout and benchmarks/results/page-weight.json (with each first visit's
bytes by request, and the machine). The run stops itself and its servers after --timeout.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.browser.conftest import ARGS, CHROMIUM, PHONE, free_port, wait_for  # noqa: E402  (the browser tests' own)

sys.path.insert(0, str(ROOT / "benchmarks"))
import classroom  # noqa: E402  (the watchdog, the machine description and saving, shared)

KB = 1000
# Issue 15's targets (first visit, card to card, 1 Mbit/s) and issue 8's warm return.
BUDGETS = {"first_visit": 760 * KB, "warm_return": 30 * KB, "card_to_card": 2 * KB, "throttled_seconds": 9.0}
RESULTS = ROOT / "benchmarks" / "results"
SLOW = {"offline": False, "latency": 300, "downloadThroughput": 1_000_000 / 8, "uploadThroughput": 1_000_000 / 8}
LESSON = "private-eye"
TEAL = "rgb(31, 111, 101)"  # --amaan-teal: the Next button has our style, not a CDN fallback

MINIMAL_APP = textwrap.dedent('''
    """The floor: a default Panel page with one text and one button, served by `panel serve`."""
    import panel as pn

    text = pn.pane.Markdown("Card 1 of 6: a short story about a child online.")
    step = {"n": 1}

    def advance(_event):
        step["n"] += 1
        text.object = f"Card {step['n']} of 6: a short story about a child online."

    button = pn.widgets.Button(name="Next", button_type="primary", css_classes=["next"])
    button.on_click(advance)
    pn.Column(text, button).servable(title="Minimal Panel page")
''')


# ---- a relay that counts the bytes on the wire ----------------------------------------------

class CountingRelay:
    """127.0.0.1:<port> -> 127.0.0.1:<target>, counting bytes in each direction."""

    def __init__(self, target: int | None = None):
        self.target = target  # set once the server behind it has a port
        self.down = 0  # server -> browser
        self.up = 0  # browser -> server
        # its own loop in its own thread: playwright's sync API owns the main thread's loop
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        self.server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0), self.loop).result(10)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _handle(self, reader, writer):
        try:
            r2, w2 = await asyncio.open_connection("127.0.0.1", self.target)
        except OSError:
            writer.close()
            return

        async def pipe(src, dst, direction):
            try:
                while data := await src.read(65536):
                    setattr(self, direction, getattr(self, direction) + len(data))
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, w2, "up"), pipe(r2, writer, "down"))

    def total(self) -> tuple[int, int]:
        return self.down, self.up

    def settled(self, page, quiet: float = 0.8, limit: float = 20) -> tuple[int, int]:
        """Counters once nothing has moved for `quiet` seconds.

        Waits with the page's wait_for_timeout, not time.sleep: playwright's sync API hands
        over DevTools events only while it runs, so each event lands before the next mark."""
        deadline = time.monotonic() + limit
        last = self.total()
        still = time.monotonic()
        while time.monotonic() < deadline:
            page.wait_for_timeout(100)
            now = self.total()
            if now != last:
                last, still = now, time.monotonic()
            elif time.monotonic() - still >= quiet:
                break
        return last


# ---- what Chromium reports ------------------------------------------------------------------

@dataclass
class Network:
    """DevTools network events of one page."""

    base: str
    http: dict = field(default_factory=dict)  # requestId -> encodedDataLength
    urls: dict = field(default_factory=dict)
    ws_in: list = field(default_factory=list)
    ws_out: list = field(default_factory=list)
    external: list = field(default_factory=list)
    ws_extensions: str = ""

    def attach(self, context, page):
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", self._request)
        cdp.on("Network.loadingFinished", lambda e: self.http.__setitem__(e["requestId"], e["encodedDataLength"]))
        cdp.on("Network.webSocketFrameReceived", lambda e: self.ws_in.append(len(e["response"]["payloadData"].encode())))
        cdp.on("Network.webSocketFrameSent", lambda e: self.ws_out.append(len(e["response"]["payloadData"].encode())))
        cdp.on("Network.webSocketHandshakeResponseReceived", self._handshake)
        return cdp

    def _request(self, event):
        url = event["request"]["url"]
        self.urls[event["requestId"]] = url
        if not url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            self.external.append(url)

    def _handshake(self, event):
        headers = {k.lower(): v for k, v in event["response"].get("headers", {}).items()}
        self.ws_extensions = headers.get("sec-websocket-extensions", "")

    def mark(self) -> tuple[int, int, int, set]:
        return len(self.ws_in), len(self.ws_out), len(self.external), set(self.http)

    def since(self, mark) -> dict:
        n_in, n_out, _n_ext, seen = mark
        new = {k: v for k, v in self.http.items() if k not in seen}
        by_path: dict[str, int] = {}
        for request, size in new.items():
            path = self.urls.get(request, "?").removeprefix(self.base).split("?")[0]
            by_path[path] = by_path.get(path, 0) + int(size)
        return {"http": int(sum(new.values())), "ws_in": sum(self.ws_in[n_in:]), "ws_out": sum(self.ws_out[n_out:]),
                "ws_messages": [len(self.ws_in) - n_in, len(self.ws_out) - n_out],
                "requests": len(new),
                # what the bytes were (encoded, headers included), largest first
                "by_request": dict(sorted(by_path.items(), key=lambda kv: -kv[1]))}


# ---- servers --------------------------------------------------------------------------------

RUNNING: list[Served] = []  # what the --timeout watchdog stops


class Served:
    """A server process behind a counting relay; stops with the benchmark."""

    def __init__(self, command: list[str], port: int, env: dict, log: Path):
        self.port = port
        self.log = open(log, "w")
        self.proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                     preexec_fn=classroom._stop_with_parent)
        RUNNING.append(self)

    def stop(self):
        if self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def start_app(tmp: Path, relay_port: int) -> Served:
    port = free_port()
    env = {**os.environ, "COURSE_DATA_DIR": str(tmp / "data"), "PYTHONUNBUFFERED": "1"}
    env.pop("COURSE_DATABASE_URL", None)
    # `course serve` itself, with the relay's address allowed to open the websocket.
    origins = [f"127.0.0.1:{port}", f"127.0.0.1:{relay_port}"]
    code = f"from course.web import server; server.serve(port={port}, websocket_origin={origins!r})"
    served = Served([sys.executable, "-c", code], port, env, tmp / "course.log")
    wait_for(f"http://127.0.0.1:{port}/", served.proc)
    return served


def start_minimal(tmp: Path, relay_port: int) -> Served:
    port = free_port()
    app = tmp / "minimal_app.py"
    app.write_text(MINIMAL_APP)
    command = [sys.executable, "-m", "panel", "serve", str(app), "--port", str(port), "--address", "127.0.0.1",
               "--allow-websocket-origin", f"127.0.0.1:{port}", "--allow-websocket-origin", f"127.0.0.1:{relay_port}"]
    served = Served(command, port, {**os.environ}, tmp / "panel.log")
    wait_for(f"http://127.0.0.1:{port}/minimal_app", served.proc)
    return served


def relayed(start, tmp: Path) -> tuple[Served, CountingRelay]:
    """The relay first (its port goes into the server's websocket origins), then the server."""
    relay = CountingRelay()
    served = start(tmp, relay.port)
    relay.target = served.port
    return served, relay


# ---- walks ----------------------------------------------------------------------------------

# The player (course/web/views/player.py) draws its buttons in its own open shadow root, each with a
# stable class (amaan-<name>); Playwright's CSS selectors pierce open shadow roots.
NEXT = "button.amaan-next"
USABLE_NEXT = "button.amaan-next:not([disabled]):not([aria-disabled='true'])"
PROGRESS = ".player .progress .count"


def open_first_card(page, base: str) -> None:
    """Home -> the 9-12 band -> private-eye, until its first card's Next button works."""
    page.goto(base + "/")
    bands = page.locator(".amaan-bands button")
    opener = page.locator(f".amaan-open-{LESSON} button")
    bands.nth(1).wait_for(timeout=60_000)
    if not opener.count():  # a return visit remembers the band
        bands.nth(1).click()
    opener.wait_for(timeout=60_000)
    opener.click()
    page.locator(USABLE_NEXT).wait_for(timeout=60_000)


def open_minimal(page, base: str) -> None:
    page.goto(base + "/minimal_app")
    page.locator(".next button").wait_for(timeout=60_000)


def next_card(page, _number: int) -> None:
    """Next on the card shown (the first two cards are stories: no choice to make), until the
    following card is drawn."""
    from playwright.sync_api import expect

    label = page.locator(PROGRESS)
    before = label.inner_text()
    page.locator(USABLE_NEXT).click()
    expect(label).not_to_have_text(before)


def next_minimal(page, number: int) -> None:
    page.locator(".next button").click()
    page.get_by_text(f"Card {number + 1} of 6").wait_for()


def measure(browser, base: str, relay: CountingRelay, first, step) -> dict:
    """First visit, warm return and one step, in one browser context."""
    out = {}
    context = browser.new_context(viewport=PHONE, locale="ar", extra_http_headers={"Accept-Language": "ar"})
    try:
        for phase in ("first_visit", "warm_return"):
            page = context.new_page()
            net = Network(base)
            net.attach(context, page)
            wire0 = relay.settled(page)
            mark = net.mark()
            first(page, base)
            wire1 = relay.settled(page)
            out[phase] = {**net.since(mark), "wire_down": wire1[0] - wire0[0], "wire_up": wire1[1] - wire0[1]}
            if phase == "warm_return":
                # The first Next after a lesson opens also uploads the whole player model once
                # (BokehJS serialises a model the server added in full in the first patch it sends
                # after, e.g. the ES module's source): measured on its own, and card to card is the
                # Next after it.
                for number, name in ((1, "first_next"), (2, "card_to_card")):
                    mark = net.mark()
                    step(page, number)
                    wire2 = relay.settled(page)
                    out[name] = {**net.since(mark), "wire_down": wire2[0] - wire1[0], "wire_up": wire2[1] - wire1[1]}
                    wire1 = wire2
                out["ws_extensions"] = net.ws_extensions
                out["external_requests"] = net.external
            else:
                page.close()
    finally:
        context.close()
    return out


def throttled(browser, base: str, first, styled: str | None) -> dict:
    """Seconds to a usable first card at 1 Mbit/s and 300 ms, from an empty cache."""
    context = browser.new_context(viewport=PHONE, locale="ar", extra_http_headers={"Accept-Language": "ar"})
    try:
        page = context.new_page()
        net = Network(base)
        cdp = net.attach(context, page)
        cdp.send("Network.emulateNetworkConditions", SLOW)
        start = time.monotonic()
        first(page, base)
        seconds = time.monotonic() - start
        colour = page.locator(styled).evaluate("b => getComputedStyle(b).backgroundColor") if styled else None
        page.wait_for_timeout(3_000)  # stylesheets a rebuilt session asks of the CDN come late
        return {"seconds": round(seconds, 2), "next_button_colour": colour, "external_requests": net.external}
    finally:
        context.close()


# ---- report ---------------------------------------------------------------------------------

def run() -> dict:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="amaan-weight-") as tmp_name, sync_playwright() as p:
        tmp = Path(tmp_name)
        app, app_relay = relayed(start_app, tmp)
        minimal, minimal_relay = relayed(start_minimal, tmp)
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            app_base = f"http://127.0.0.1:{app_relay.port}"
            minimal_base = f"http://127.0.0.1:{minimal_relay.port}"
            result = {
                "app": measure(browser, app_base, app_relay, open_first_card, next_card),
                "panel_default": measure(browser, minimal_base, minimal_relay, open_minimal, next_minimal),
            }
            result["app"]["throttled"] = throttled(browser, app_base, open_first_card, NEXT)
            result["panel_default"]["throttled"] = throttled(browser, minimal_base, open_minimal, None)
            browser.close()
        finally:
            app.stop()
            minimal.stop()
    return result


def verdicts(result: dict) -> dict:
    app = result["app"]
    slow = app["throttled"]
    return {
        "first_visit": app["first_visit"]["wire_down"] <= BUDGETS["first_visit"],
        "warm_return": app["warm_return"]["wire_down"] <= BUDGETS["warm_return"],
        # over the websocket, both ways, as inflated payloads: an upper bound of the wire bytes
        "card_to_card": app["card_to_card"]["ws_in"] + app["card_to_card"]["ws_out"] <= BUDGETS["card_to_card"],
        "throttled_seconds": slow["seconds"] <= BUDGETS["throttled_seconds"],
        "styled_when_slow": slow["next_button_colour"] == TEAL,
        "no_external_requests": not (app["external_requests"] or slow["external_requests"]),
    }


def kb(n: float) -> str:
    return f"{n / KB:,.1f} KB"


def print_report(result: dict, ok: dict) -> None:
    app, floor = result["app"], result["panel_default"]
    print("Page weight: Amaan learner app vs a default Panel page (Chromium, 360x640, Arabic)\n")
    print(f"{'':38}{'app':>12}{'panel':>12}{'ratio':>8}   budget")
    rows = [
        ("first visit, wire received", "first_visit", "wire_down", "first_visit"),
        ("  HTTP (encoded, CDP)", "first_visit", "http", None),
        ("  websocket payload in (CDP)", "first_visit", "ws_in", None),
        ("warm return, wire received", "warm_return", "wire_down", "warm_return"),
        ("  HTTP (encoded, CDP)", "warm_return", "http", None),
        ("  websocket payload in (CDP)", "warm_return", "ws_in", None),
        ("first Next after opening, ws in+out", "first_next", "ws_both", None),
        ("  wire both ways, with its picture", "first_next", "wire_both", None),
        ("card to card, websocket in+out (CDP)", "card_to_card", "ws_both", "card_to_card"),
        ("  wire both ways, with its picture", "card_to_card", "wire_both", None),
    ]
    for label, phase, key, budget in rows:
        def value(side):
            d = side[phase]
            if key == "wire_both":
                return d["wire_down"] + d["wire_up"]
            if key == "ws_both":
                return d["ws_in"] + d["ws_out"]
            return d[key]
        a, f = value(app), value(floor)
        ratio = f"{a / f:.2f}" if f else "-"
        verdict = f"<= {kb(BUDGETS[budget])}: {'ok' if ok[budget] else 'OVER'}" if budget else ""
        print(f"{label:38}{kb(a):>12}{kb(f):>12}{ratio:>8}   {verdict}")
    a, f = app["throttled"]["seconds"], floor["throttled"]["seconds"]
    print(f"{'1 Mbit/s + 300 ms: usable (s)':38}{a:>12.2f}{f:>12.2f}{a / f:>8.2f}   "
          f"<= {BUDGETS['throttled_seconds']:g} s: "
          f"{'ok' if ok['throttled_seconds'] else 'OVER'}")
    print(f"\nrequests on first visit: app {app['first_visit']['requests']}, panel {floor['first_visit']['requests']}")
    print("app's first visit by request (encoded, headers included):")
    for path, size in list(app["first_visit"]["by_request"].items())[:12]:
        print(f"  {kb(size):>10}  {path}")
    print(f"websocket extensions: {app['ws_extensions'] or 'none'} (panel: {floor['ws_extensions'] or 'none'})")
    print(f"styled at 1 Mbit/s (Next button {app['throttled']['next_button_colour']}): "
          f"{'ok' if ok['styled_when_slow'] else 'NO'}")
    print(f"requests leaving 127.0.0.1: {len(app['external_requests']) + len(app['throttled']['external_requests'])}"
          f" (panel default page: {len(floor['external_requests']) + len(floor['throttled']['external_requests'])})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    parser.add_argument("--timeout", type=float, default=900, help="stop everything after this many seconds")
    parser.add_argument("--out", type=Path, default=RESULTS / "page-weight.json", help="where the JSON result goes")
    parser.add_argument("--no-save", action="store_true", help="print only, write no JSON")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"Debian's chromium is required ({CHROMIUM})", file=sys.stderr)
        return 2
    watchdog = classroom.start_watchdog("page_weight", args.timeout, lambda: [s.stop() for s in RUNNING])
    started = time.time()
    result = run()
    watchdog.cancel()
    ok = verdicts(result)
    if args.json:
        print(json.dumps({"result": result, "budgets": BUDGETS, "ok": ok}, indent=2))
    else:
        print_report(result, ok)
    if not args.no_save:
        app, floor = result["app"], result["panel_default"]

        def both(side):
            return side["card_to_card"]["ws_in"] + side["card_to_card"]["ws_out"]

        classroom.save("page_weight", {
            "benchmark": "page_weight", "command": "python benchmarks/page_weight.py " + " ".join(sys.argv[1:]),
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
            "duration_s": round(time.time() - started, 1), "machine": classroom.machine(),
            "budgets": BUDGETS, "ok": ok,
            "ratios_to_panel_default": {
                "first_visit_wire": classroom._ratio(app["first_visit"]["wire_down"], floor["first_visit"]["wire_down"]),
                "warm_return_wire": classroom._ratio(app["warm_return"]["wire_down"], floor["warm_return"]["wire_down"]),
                "card_to_card_ws": classroom._ratio(both(app), both(floor)),
                "throttled_seconds": classroom._ratio(app["throttled"]["seconds"], floor["throttled"]["seconds"])},
            "result": result}, args.out)
    return 0 if all(ok.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
