"""axe-core (WCAG 2.1 A and AA rules) on one page of every page type: zero violations."""
import pytest

import conftest
from pages import PAGE_TYPES, open_page, require_page

WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type_has_no_axe_violation(page, site_dir, name):
    axe_module = conftest.require_module("axe_playwright_python.sync_playwright", "axe-playwright-python is not installed (scripts/setup)")
    url = require_page(site_dir, name)
    open_page(page, name, url)
    results = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG21_AA}})
    violations = results.response["violations"]
    details = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in violations
    )
    assert not violations, f"{name} {url}:\n{details}"


def test_dark_mode_keeps_contrast(page, site_dir):
    """The same rules with prefers-color-scheme: dark, on the pages with the most colours."""
    axe_module = conftest.require_module("axe_playwright_python.sync_playwright", "axe-playwright-python is not installed (scripts/setup)")
    page.emulate_media(color_scheme="dark")
    for name in ["home", "tutorial", "archived page", "section with FAQ accordion"]:
        page.goto(PAGE_TYPES[name])
        results = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG21_AA}})
        assert not results.response["violations"], f"{name} (dark): {results.generate_report()}"


@pytest.mark.parametrize("name", [
    "onboarding path", "page inside two paths", "home", "audience", "event", "cancelled event", "events listing",
    "video page (replay)", "platform video page",
])
def test_new_page_types_have_no_axe_violation_at_320_px(browser, base_url, site_dir, name):
    """The pages of paths, webinars and videos on a phone (320 px wide), with a step ticked so
    a path's progress shows."""
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="SKIPPED LOUDLY: axe-playwright-python is not installed (scripts/setup)")
    context = browser.new_context(base_url=base_url, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(PAGE_TYPES["onboarding path"])
    page.locator("ol.path-steps input[type=checkbox]").first.check()
    page.goto(require_page(site_dir, name))
    results = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG21_AA}})
    context.close()
    assert not results.response["violations"], f"{name} at 320 px: {results.generate_report()}"


def test_search_suggestion_is_an_accessible_link(page, site_dir):
    """« Vouliez-vous dire … ? » for a misspelt query: a visible link to the corrected query, what
    was typed kept in the box, and no axe violation on the page that shows it."""
    axe_module = conftest.require_module("axe_playwright_python.sync_playwright", "axe-playwright-python is not installed (scripts/setup)")
    page.goto(require_page(site_dir, "search") + "?q=chnager+de+centre")
    suggestion = page.locator("#recherche-suggestion")
    suggestion.wait_for(state="visible")
    link = suggestion.locator("a")
    assert link.inner_text() == "changer de centre"
    assert link.get_attribute("href").endswith("?q=changer+de+centre")
    assert page.locator("#recherche-q").input_value() == "chnager de centre"
    results = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG21_AA}})
    assert not results.response["violations"], results.generate_report()
    link.click()
    page.wait_for_url("**/recherche/?q=changer+de+centre")
    page.locator("#recherche-resultats li").first.wait_for()
    assert page.locator("#recherche-suggestion").is_hidden()


def test_the_impact_report_has_no_axe_violation(page):
    """`repere report`'s page (the golden report of a fixture project and database, with every
    section filled): axe on it, in light and dark mode, and every chart has its table."""
    axe_module = conftest.require_module("axe_playwright_python.sync_playwright", "axe-playwright-python is not installed (scripts/setup)")
    report = conftest.ROOT / "Tests/RepereReportTests/Golden/index.html"
    for scheme in ["light", "dark"]:
        page.emulate_media(color_scheme=scheme)
        page.goto(report.as_uri())
        results = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG21_AA}})
        assert not results.response["violations"], f"report ({scheme}): {results.generate_report()}"
    assert page.locator("svg").count() > 0
    assert page.locator("table").count() >= page.locator("svg").count()


@pytest.mark.parametrize("width", [320, 1280])
def test_wide_code_and_tables_need_no_unfocusable_scrolling(browser, base_url, site_dir, width):
    """Found in a sweep: wide code blocks and tables scrolled sideways in regions the keyboard
    could not reach (axe's scrollable-region-focusable, RGAA 7.3). Code now wraps; a table's
    scrolling region takes the focus."""
    axe_module = conftest.require_module("axe_playwright_python.sync_playwright", "axe-playwright-python is not installed (scripts/setup)")
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 800})
    page = context.new_page()
    for path in ["/rediger-dans-repere/rediger-une-fiche-faq/", "/transport/consulter-plan-de-transport/"]:
        page.goto(path)
        results = axe_module.Axe().run(page, options={"runOnly": {"type": "rule", "values": ["scrollable-region-focusable"]}})
        assert not results.response["violations"], f"{path} at {width} px: {results.generate_report()}"
    context.close()
