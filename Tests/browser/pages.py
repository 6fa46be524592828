"""One page of every page type of the demo site (content/), by URL."""

PAGE_TYPES = {
    "home": "/",
    "section with FAQ accordion": "/inscriptions/",
    "tutorial": "/inscriptions/valider-un-dossier/",
    "FAQ article": "/inscriptions/piece-d-identite-expiree/",
    "archived page": "/affectations/changer-de-sejour-procedure-2023/",
    "tag listing": "/etiquettes/dossier/",
    "plan du site": "/plan-du-site/",
    "404": "/cette-page-n-existe-pas/",
    "redirect target": "/base-de-connaissance/livret-daccueil-referent/",
}
#: Generated pages checked too when the build produces them (later features).
OPTIONAL_PAGE_TYPES = {
    "search": "/recherche/",
    "accessibility statement": "/accessibilite/",
    "legal notice": "/mentions-legales/",
    "personal data": "/donnees-personnelles/",
    "glossary": "/glossaire/",
    "audience": "/public/chef-de-centre/",
    "nouveautés": "/nouveautes/",
}


ALL_PAGE_TYPES = {**PAGE_TYPES, **OPTIONAL_PAGE_TYPES}


def require_page(site_dir, name):
    """Skips the test for an optional page type the build does not produce (yet)."""
    url = ALL_PAGE_TYPES[name]
    if name in OPTIONAL_PAGE_TYPES and not (site_dir / url.strip("/") / "index.html").exists():
        import pytest

        pytest.skip(f"the site has no {name} page ({url}) yet")
    return url


def open_page(page, name, url):
    """Loads `url`; for the alias, waits until its redirect lands on the target page."""
    page.goto(url)
    if name == "redirect target":
        page.wait_for_url(lambda landed: not landed.endswith(url))
    page.wait_for_load_state("load")
