"""The feedback form, on a project that sets collect_url (the golden case 'theme'); its posts are
intercepted here (test_collect.py sends them to a real `repere collect`)."""
import pytest

import conftest

GOLDEN = conftest.ROOT / "Tests" / "RepereSiteTests" / "Golden" / "theme" / "input"
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def feedback_url(browser):
    # collect_url is on the site's own origin: the strict CSP needs nothing more.
    with conftest.built_site(GOLDEN) as folder, conftest.served(folder) as url:
        yield url


def test_feedback_form_is_accessible_and_posts_in_the_background(browser, feedback_url):
    axe_module = conftest.require_module("axe_playwright_python.sync_playwright", "axe-playwright-python is not installed (scripts/setup)")
    page = browser.new_page()
    posted = []
    page.route("**/_retours/avis", lambda route: (posted.append(route.request.post_data), route.fulfill(status=204)))
    page.goto(feedback_url + "/aide/valider/")
    form = page.locator("form.feedback")
    assert form.get_attribute("action") == "/_retours/avis"
    results = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG21_AA}})
    assert not results.response["violations"], results.generate_report()
    page.check("#feedback-no")
    page.fill("#feedback-comment", "Il manque une étape.")
    page.click("form.feedback button")
    page.wait_for_function("() => document.querySelector('.feedback-status').textContent !== ''")
    assert posted and "helpful=non" in posted[0] and "comment=Il+manque" in posted[0]
    page.close()


def test_no_feedback_form_without_an_endpoint(page):
    page.goto("/inscriptions/valider-un-dossier/")
    assert page.locator("form.feedback").count() == 0
