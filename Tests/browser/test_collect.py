"""The site's scripts against a real `repere collect` on loopback, behind a proxy as in production.

The golden case 'theme' (collect_url: /_retours/, collect_views: true) is built with the test server's address as
base URL, served with a strict CSP, and its `/_retours/` posts are forwarded to `repere collect`
(as the nginx snippet of Documentation/Guide/measuring-impact.md does). What the collector
stored is read back from its SQLite database.
"""
import contextlib
import functools
import http.client
import http.server
import os
import re
import sqlite3
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

import conftest

GOLDEN = conftest.ROOT / "Tests" / "RepereSiteTests" / "Golden" / "theme" / "input"
BINARY = Path(os.environ.get("REPERE", conftest.ROOT / ".build" / "debug" / "repere"))
#: The search page's SETTLE_MS (templates/static/search.js), and a margin.
SETTLE = 3.0


class _Proxy(conftest._Handler):
    """The site, and `/_retours/…` forwarded to the collector with the reader's address in X-Real-IP."""

    def __init__(self, *args, collector, **kwargs):
        self.collector = collector
        super().__init__(*args, **kwargs)

    def do_POST(self):
        if not self.path.startswith("/_retours/"):
            return self.send_error(405)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        headers = {name: self.headers[name] for name in ("Origin", "Content-Type") if self.headers[name]}
        headers["X-Real-IP"] = self.client_address[0]
        connection = http.client.HTTPConnection(*self.collector[0], timeout=5)
        connection.request("POST", self.path[len("/_retours"):], body=body, headers=headers)
        answer = connection.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextlib.contextmanager
def _collecting():
    """The site served behind the proxy and `repere collect`; yields (site URL, database path)."""
    if not BINARY.exists():
        raise FileNotFoundError(f"{BINARY}: run `swift build --product repere` first (scripts/test does)")
    collector = [None]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
        _Proxy, directory="/nonexistent", csp=conftest.CSP, collector=collector))
    url = f"http://127.0.0.1:{server.server_address[1]}"
    work = Path(tempfile.mkdtemp(prefix="repere-collect-"))
    site, database = work / "site", work / "retours.sqlite"
    subprocess.run([str(BINARY), "build", "-C", str(GOLDEN), "--output", str(site), "--base-url", url + "/", "--quiet", "--no-cache"],
                   check=True)
    server.RequestHandlerClass = functools.partial(_Proxy, directory=str(site), csp=conftest.CSP, collector=collector)
    process = subprocess.Popen([str(BINARY), "collect", "--db", str(database), "--site", str(site), "--listen", "127.0.0.1:0",
                                "--site-origin", url, "--views"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        address = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert address, f"repere collect did not start: {line!r}"
        collector[0] = ("127.0.0.1", int(address[1]))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield url, database
    finally:
        server.shutdown()
        process.terminate()
        process.wait(timeout=10)
        subprocess.run(["rm", "-rf", str(work)], check=False)


@pytest.fixture(scope="module")
def collecting(browser):
    with _collecting() as served:
        yield served


def _rows(database, sql):
    with contextlib.closing(sqlite3.connect(database)) as db:
        return db.execute(sql).fetchall()


def _searches(database, query):
    return _rows(database, f"SELECT query, filters, results FROM search WHERE query = '{query}'")


def _wait_for(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return condition()


@pytest.fixture
def page(browser, collecting):
    context = browser.new_context(base_url=collecting[0])
    page = context.new_page()
    refused = []  # every answer of the collector was 204 (the browser asks for /favicon.ico on its own)
    page.on("response", lambda r: refused.append((r.url, r.status)) if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    yield page
    context.close()
    assert not refused, refused


def test_the_feedback_form_is_stored_by_the_collector(page, collecting):
    page.goto("/aide/valider/")
    page.check("#feedback-no")
    page.fill("#feedback-comment", "Il manque l’étape de signature.")
    page.click("form.feedback button")
    page.wait_for_function("() => document.querySelector('.feedback-status').textContent !== ''")
    rows = _wait_for(lambda: _rows(collecting[1], "SELECT page, helpful, comment FROM feedback WHERE comment LIKE 'Il manque%'"))
    assert rows == [("/aide/valider/", 0, "Il manque l’étape de signature.")]


def test_a_search_without_result_is_reported_once_the_reader_stops_typing(page, collecting):
    page.goto("/recherche/")
    page.fill("#recherche-q", "zorglub")
    page.wait_for_function("() => document.getElementById('recherche-statut').textContent !== ''")
    time.sleep(1.0)
    assert _searches(collecting[1], "zorglub") == [], "reported before the reader stopped typing for 3 s"
    page.type("#recherche-q", "e")  # still typing: the first query is never reported
    page.wait_for_timeout(SETTLE * 1000 + 1000)
    assert _searches(collecting[1], "zorglub") == []
    assert _searches(collecting[1], "zorglube") == [("zorglube", "", 0)]


def test_a_search_left_without_opening_a_result_is_reported_with_its_filters(page, collecting):
    page.goto("/recherche/?type=tutorial")
    page.fill("#recherche-q", "valider")
    page.wait_for_selector("#recherche-resultats li")
    page.goto("/aide/")
    rows = _wait_for(lambda: _searches(collecting[1], "valider"))
    assert rows == [("valider", "type=tutorial", 1)]


def test_a_search_whose_result_is_opened_is_not_reported(page, collecting):
    page.goto("/recherche/")
    page.fill("#recherche-q", "MIG")
    page.click("#recherche-resultats li a")
    page.wait_for_url(re.compile(r"/aide/question/"))
    page.wait_for_timeout(1000)
    assert _searches(collecting[1], "MIG") == []


def test_a_page_view_is_counted_with_its_path_and_hour_only(page, collecting):
    views = lambda: _rows(collecting[1], "SELECT COALESCE(SUM(count), 0) FROM page_view WHERE page = '/aide/question/'")[0][0]
    before = views()
    page.goto("/aide/question/")
    assert _wait_for(lambda: views() == before + 1)
    assert [name for _, name, *_ in _rows(collecting[1], "PRAGMA table_info(page_view)")] == ["hour", "page", "count"]
