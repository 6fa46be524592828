"""`repere serve`'s live reload in a real browser: a page reloads when an edit changed it, and
only then; a build error shows an overlay, which the fix takes away."""
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

import conftest


def page_file(title, body):
    return f"---\ntitle: {title}\ndescription: Une page.\n---\n{body}\n"


@pytest.fixture
def serve():
    """`repere serve` on a free port over a two-page project; yields (project, URL, output lines)."""
    binary = Path(os.environ.get("REPERE", conftest.ROOT / ".build" / "debug" / "repere"))
    with tempfile.TemporaryDirectory(prefix="repere-serve-") as folder:
        project = Path(folder)
        (project / "content").mkdir()
        (project / "repere.yml").write_text("base_url: https://x.fr/\n")
        (project / "content" / "a.md").write_text(page_file("A", "Premier texte, voir [B](b.md)."))
        (project / "content" / "b.md").write_text(page_file("B", "Voir [A](a.md)."))
        server = subprocess.Popen([str(binary), "serve", "--port", "0", "-C", str(project)],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            while "Serving" not in (line := server.stdout.readline()):
                assert line, "repere serve stopped before serving"
            url = re.search(r"http://[^ ]+/", line).group(0)
            yield project, url.rstrip("/"), server.stdout
        finally:
            server.terminate()
            server.wait(timeout=10)


def wait_for_line(stream, text, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if text in line:
            return line
    raise AssertionError(f"no line with {text!r} within {timeout} s")


def test_only_changed_pages_reload_and_errors_show_over_the_page(serve, browser):
    project, url, output = serve
    page = browser.new_page()
    page.goto(url + "/a/")
    page.wait_for_load_state("load")
    page.evaluate("() => { window.notReloaded = true; }")

    # An edit of another page: this one stays as it is (no reload).
    (project / "content" / "b.md").write_text(page_file("B", "Voir [A](a.md), encore."))
    wait_for_line(output, "Showed the edit of /b/")
    wait_for_line(output, "Rebuilt")
    time.sleep(0.5)
    assert page.evaluate("() => window.notReloaded === true")

    # An edit of this page: it reloads with the new text.
    (project / "content" / "a.md").write_text(page_file("A", "Texte modifié, voir [B](b.md)."))
    page.wait_for_function("() => document.body.innerText.includes('Texte modifié')", timeout=10000)
    assert page.evaluate("() => window.notReloaded === undefined")

    # A build error: an overlay over the last good page, then the fix takes it away.
    # The error quotes hostile text: the overlay shows it as text, never as HTML.
    (project / "content" / "a.md").write_text('---\ntitle: [<img src=x onerror="window.pwned=1">\n---\nCassé.\n')
    overlay = page.locator("#repere-build-error[role=alert]")
    overlay.wait_for(state="visible", timeout=10000)
    assert "invalid YAML" in overlay.inner_text()
    assert overlay.locator("img").count() == 0
    assert page.evaluate("() => window.pwned === undefined")
    (project / "content" / "a.md").write_text(page_file("A", "Texte réparé, voir [B](b.md)."))
    page.wait_for_function("() => document.body.innerText.includes('Texte réparé')", timeout=10000)
    assert page.locator("#repere-build-error").count() == 0
    page.close()
