"""Onboarding paths: progress kept in the browser (localStorage) and driven from the keyboard,
the « Marquer cette étape comme lue » box of a page inside a path, the page without JavaScript,
and the printed checklist."""
from pages import PAGE_TYPES

PATH = PAGE_TYPES["onboarding path"]
STEP_PAGE = PAGE_TYPES["page inside two paths"]


def progress(page):
    return page.locator(".path-progress").inner_text()


def test_ticking_a_step_survives_a_reload_and_reset_clears_it(page):
    page.goto(PATH)
    boxes = page.locator("ol.path-steps input[type=checkbox]")
    total = boxes.count()
    assert total >= 6
    assert progress(page) == f"0 étape sur {total} terminée"
    start = page.locator(".path-start")
    assert start.inner_text() == "Commencer le parcours"
    assert not page.locator(".path-reset").is_visible()

    boxes.nth(0).focus()
    page.keyboard.press("Space")
    boxes.nth(1).focus()
    page.keyboard.press("Space")
    assert progress(page) == f"2 étapes sur {total} terminées"

    page.reload()
    boxes = page.locator("ol.path-steps input[type=checkbox]")
    assert boxes.nth(0).is_checked() and boxes.nth(1).is_checked() and not boxes.nth(2).is_checked()
    assert progress(page) == f"2 étapes sur {total} terminées"
    assert start.inner_text() == "Reprendre le parcours"
    assert start.get_attribute("href") == page.locator("ol.path-steps .path-step-title a").nth(2).get_attribute("href")

    reset = page.locator(".path-reset")
    assert reset.is_visible()
    reset.focus()
    page.keyboard.press("Enter")
    assert not boxes.nth(0).is_checked() and not boxes.nth(1).is_checked()
    assert progress(page) == f"0 étape sur {total} terminée"
    assert not reset.is_visible()
    page.reload()
    assert not page.locator("ol.path-steps input[type=checkbox]").nth(0).is_checked()


def test_a_page_in_two_paths_shows_both_and_marks_itself_read(page):
    page.goto(STEP_PAGE)
    navs = page.locator("nav.path-nav")
    assert navs.count() == 2
    labels = [navs.nth(i).get_attribute("aria-label") for i in range(2)]
    assert all(label.startswith("Parcours : ") for label in labels) and labels[0] != labels[1]
    ours = page.locator(f'nav.path-nav:has(a[href="{PATH}"])')
    assert "étape 4 sur" in ours.locator(".path-nav-title").inner_text()
    assert ours.locator("a[rel=prev]").count() == 1 and ours.locator("a[rel=next]").count() == 1
    mark = ours.locator("input[data-mark-step]")
    assert mark.is_visible()
    mark.focus()
    page.keyboard.press("Space")
    page.goto(PATH)
    step = page.locator(f'ol.path-steps input[data-step="{STEP_PAGE}"]')
    assert step.is_checked()
    assert page.locator(".path-progress").inner_text().startswith("1 étape sur")


def test_without_javascript_a_path_is_an_ordered_list_of_links(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(PATH)
    links = page.locator("ol.path-steps .path-step-title a")
    assert links.count() >= 6
    assert page.locator(".path-start").get_attribute("href") == links.nth(0).get_attribute("href")
    assert not page.locator(".path-progress").is_visible()
    assert not page.locator(".path-reset").is_visible()
    page.goto(STEP_PAGE)
    assert page.locator("nav.path-nav a[rel=next]").first.is_visible()
    assert not page.locator(".path-nav-mark").first.is_visible()
    context.close()


def test_a_path_prints_as_a_checklist_with_addresses(page):
    page.emulate_media(media="print")
    page.goto(PATH)
    for selector in ["header", "footer", ".breadcrumb", ".path-actions"]:
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    steps = page.locator("ol.path-steps > li")
    assert steps.count() >= 6
    first = steps.nth(0)
    assert first.locator(".path-step-address").is_visible()
    assert first.locator(".path-step-address").inner_text().startswith("https://")
    assert first.locator("input[type=checkbox]").is_visible()
