"""No request to another host, no Content-Security-Policy violation, a light home page."""
from urllib.parse import urlsplit

import pytest

from pages import PAGE_TYPES, open_page, require_page

HOME_BUDGET = 100 * 1024


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_stays_on_its_host_under_a_strict_csp(page, site_dir, base_url, name):
    url = require_page(site_dir, name)
    own = urlsplit(base_url).netloc
    foreign, console = [], []
    page.route("**/*", lambda route: (foreign.append(route.request.url), route.abort()) if urlsplit(route.request.url).netloc != own else route.continue_())
    page.on("console", lambda message: console.append(message.text))
    page.on("pageerror", lambda error: console.append(str(error)))
    open_page(page, name, url)
    page.wait_for_load_state("networkidle")
    assert not foreign, f"{url} requested other hosts: {foreign}"
    violations = [m for m in console if "Content Security Policy" in m or "Content-Security-Policy" in m]
    assert not violations, f"{url}: {violations}"


def test_home_page_transfers_under_100_kb(page):
    sizes = {}

    def record(response):
        sizes[response.url] = len(response.body()) + sum(len(k) + len(v) + 4 for k, v in response.headers.items())

    page.on("response", record)
    page.goto("/")
    page.wait_for_load_state("networkidle")
    total = sum(sizes.values())
    print(f"\nhome page: {len(sizes)} requests, {total} bytes transferred")
    assert total < HOME_BUDGET, f"{total} bytes: {sizes}"
