"""The référents' letter (`repere letter`): valid HTML for the Nu checker, and an e-mail that
fits 375 px and 640 px screens in Chromium without anything loaded from elsewhere."""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import conftest
from test_html_validity import validate, validator  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def letter_dir():
    """The demo's letter since its first commit (every page is new), in a folder of its own."""
    binary = Path(os.environ.get("REPERE", conftest.ROOT / ".build" / "debug" / "repere"))
    folder = Path(tempfile.mkdtemp(prefix="repere-letter-"))
    (folder / "edito.md").write_text("Bonjour à toutes et à tous,\n\nvoici les **nouveautés** du centre d'aide.\n", encoding="utf-8")
    subprocess.run(
        [str(binary), "letter", "-C", str(conftest.ROOT), "--since", "2000-01-01", "--intro", str(folder / "edito.md"),
         "--output", str(folder / "lettre.html")],
        check=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1796000000"},
    )
    (folder / "edito.md").unlink()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_letter_is_valid_html(validator, letter_dir):  # noqa: F811
    validate(letter_dir)


@pytest.mark.parametrize("width", [375, 640])
def test_the_letter_fits_the_screen_and_loads_nothing_else(browser, letter_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((letter_dir / "lettre.html").as_uri())
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert page.locator("h1").inner_text().startswith("Les nouveautés du")
    assert page.locator("a").count() > 20
    assert [url for url in requests if not url.startswith("file://")] == []
    shots = conftest.ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / f"lettre-{width}.png"))
    context.close()
