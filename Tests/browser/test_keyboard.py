"""Keyboard use: the skip link comes first, then the header; FAQ entries open from the keyboard."""
from pages import PAGE_TYPES


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName.toLowerCase(), cls: e.className,"
        " href: e.getAttribute('href'), inSkipLinks: !!e.closest('.skip-links'), inHeader: !!e.closest('header')} }"
    )


def test_tab_reaches_skip_link_then_header(page):
    page.goto("/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["href"] == "#contenu", first
    stop = first
    while stop["inSkipLinks"]:
        page.keyboard.press("Tab")
        stop = focused(page)
    assert stop["inHeader"], f"after the skip links, the next Tab stop is in the header: {stop}"
    stops = []
    for _ in range(30):
        page.keyboard.press("Tab")
        stops.append(focused(page))
    header = [s for s in stops if s["inHeader"]]
    assert any(s["href"] and s["href"] != "/" for s in header), "the section navigation is reachable"
    if page.locator("header input[type=search]").count():
        assert any(s["tag"] == "input" for s in header), "the search box is reachable"


def test_skip_link_moves_focus_to_main(page):
    page.goto(PAGE_TYPES["tutorial"])
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "contenu"


def test_faq_accordion_opens_with_enter_and_space(page):
    page.goto(PAGE_TYPES["section with FAQ accordion"])
    summaries = page.locator("details > summary")
    assert summaries.count() >= 2
    first, second = summaries.nth(0), summaries.nth(1)
    first.focus()
    page.keyboard.press("Enter")
    assert first.evaluate("s => s.parentElement.open")
    second.focus()
    page.keyboard.press("Space")
    assert second.evaluate("s => s.parentElement.open")


def test_section_navigation_marks_the_current_page_and_comes_after_the_article(page):
    page.goto(PAGE_TYPES["tutorial"])
    nav = page.locator("nav.section-nav")
    assert nav.get_attribute("aria-label").startswith("Rubrique : ")
    current = nav.locator("a[aria-current=page]")
    assert current.count() == 1 and current.get_attribute("href") == PAGE_TYPES["tutorial"]
    # Reading and keyboard order: the article's text first, then the section's pages.
    order = page.evaluate("() => { const a = document.querySelector('article'), n = document.querySelector('nav.section-nav');"
                          " return a.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING }")
    assert order


def test_an_article_links_to_its_neighbours_in_the_section(page):
    page.goto(PAGE_TYPES["FAQ article"])
    pager = page.locator("nav.pager")
    assert pager.get_attribute("aria-label") == "Pages de la rubrique"
    assert pager.locator("a[rel=prev], a[rel=next]").count() >= 1
