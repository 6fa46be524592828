"""Fixtures for the browser and validator tests: the demo site built with the `repere` binary,
served over loopback HTTP with a strict Content-Security-Policy header, and a headless Chromium.

Tools that are missing (Chromium, Java, the Python packages) make the tests that need them
skip with a loud reason; CI installs everything (scripts/setup), so there they run, and with
`CI=true` a missing tool fails the tests instead (`cannot_run`).
"""
import contextlib
import functools
import http.server
import importlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The policy the test server sends as a real HTTP header; the theme must hold under it.
CSP = "default-src 'self'"


#: On CI (`CI=true`), a test that cannot run fails instead of skipping: scripts/setup installs
#: every tool there, so a missing one is a broken setup, not a reason for the run to pass.
IN_CI = os.environ.get("CI", "").lower() == "true"


def cannot_run(reason):
    """Skips the test loudly, saying `reason`; fails it instead when `CI=true`."""
    if IN_CI:
        pytest.fail(f"CI=true, so this fails instead of skipping: {reason}", pytrace=False)
    pytest.skip(f"SKIPPED LOUDLY: {reason}")


def require_module(name, reason):
    """The module `name`, imported; when it is missing, `cannot_run(reason)`."""
    try:
        return importlib.import_module(name)
    except ImportError:
        cannot_run(reason)


def chromium_path():
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_report_header(config):
    lines = []
    if not chromium_path():
        lines.append("!!! chromium not found: the browser tests are SKIPPED (scripts/setup installs it)")
    if not shutil.which("java"):
        lines.append("!!! java not found: the Nu HTML Checker test is SKIPPED (scripts/setup installs it)")
    return lines


@contextlib.contextmanager
def built_site(project=ROOT, env=None):
    """`project` (the demo by default) built by the `repere` binary ($REPERE, or
    .build/debug/repere) in a temporary folder, with `env` added to the environment."""
    binary = Path(os.environ.get("REPERE", ROOT / ".build" / "debug" / "repere"))
    if not binary.exists():
        raise FileNotFoundError(f"{binary}: run `swift build --product repere` first (scripts/test does)")
    out = Path(tempfile.mkdtemp(prefix="repere-browser-")) / "site"
    try:
        # --no-cache: fixture projects live in the repository and must stay untouched.
        subprocess.run([str(binary), "build", "-C", str(project), "--output", str(out), "--quiet", "--no-cache"], check=True,
                       env={**os.environ, **(env or {})})
        yield out
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, csp, **kwargs):
        self.csp = csp
        super().__init__(*args, **kwargs)

    def end_headers(self):
        self.send_header("Content-Security-Policy", self.csp)
        super().end_headers()

    def do_GET(self):
        # Byte ranges, as every web server answers them: without them a browser cannot seek in
        # a video (its `seekable` range stays empty).
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not match or not path.is_file():
            return super().do_GET()
        data = path.read_bytes()
        start, end = int(match[1]), min(int(match[2] or len(data) - 1), len(data) - 1)
        if start > end:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{len(data)}")
            self.end_headers()
            return
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self.wfile.write(data[start:end + 1])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(folder, csp=CSP):
    """Serves `folder` on a free loopback port, with the `csp` header and 404.html; yields its URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder), csp=csp))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


# The demo is built as of 2026-12-06 (SOURCE_DATE_EPOCH), so which webinars are upcoming does
# not change with the day the tests run.
DEMO_REFERENCE_TIME = "1796515200"


@pytest.fixture(scope="session")
def site_dir():
    with built_site(env={"SOURCE_DATE_EPOCH": DEMO_REFERENCE_TIME}) as folder:
        yield folder


@pytest.fixture(scope="session")
def base_url(site_dir):
    with served(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not executable:
        cannot_run("chromium is not installed (scripts/setup installs it; CI runs these tests)")
    sync_api = require_module("playwright.sync_api", "playwright is not installed (scripts/setup)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    yield page
    context.close()
