"""Layout rules a browser can check: reflow at 320 px (RGAA 10.11) and printing without navigation."""
import pytest

from pages import PAGE_TYPES, open_page, require_page


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_reflows_at_320_px(browser, base_url, site_dir, name):
    url = require_page(site_dir, name)
    context = browser.new_context(base_url=base_url, viewport={"width": 320, "height": 640})
    page = context.new_page()
    open_page(page, name, url)
    # Wide tables and code blocks scroll inside their own box; the page itself must not.
    width = page.evaluate("() => document.documentElement.scrollWidth")
    context.close()
    assert width <= 320, f"{url} is {width} px wide at 320 px"


def test_tutorial_prints_without_navigation(page):
    page.emulate_media(media="print")
    page.goto(PAGE_TYPES["tutorial"])
    for selector in ["header", "footer", ".breadcrumb", ".skip-links", ".pager", ".toc"]:
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    assert page.locator("h1").is_visible()
    assert page.locator(".content ol").first.is_visible()
