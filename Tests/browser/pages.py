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
    "search": "/recherche/",
    "accessibility statement": "/accessibilite/",
    "legal notice": "/mentions-legales/",
    "personal data": "/donnees-personnelles/",
    "glossary": "/glossaire/",
    "audience": "/public/chef-de-centre/",
    "nouveautés": "/nouveautes/",
    "onboarding path": "/parcours/bien-demarrer-referent-departemental/",
    "page inside two paths": "/premiers-pas/decouvrir-le-tableau-de-bord/",
    "event": "/webinaires/campagne-d-inscription-2027/",
    "cancelled event": "/webinaires/missions-d-interet-general-structures/",
    "past event with replay": "/webinaires/accueil-des-referents-2026/",
    "events listing": "/webinaires/",
    "video page (replay)": "/webinaires/rediffusion-accueil-des-referents-2026/",
    "tutorial with a video": "/premiers-pas/decouvrir-le-tableau-de-bord/",
    "platform video page": "/webinaires/rediffusion-preparer-les-sejours-d-automne/",
}


def require_page(site_dir, name):
    """The URL of a page type; every one must exist in the demo site."""
    url = PAGE_TYPES[name]
    assert url == "/cette-page-n-existe-pas/" or (site_dir / url.strip("/") / "index.html").exists(), f"no {name} page at {url}"
    return url


def open_page(page, name, url):
    """Loads `url`; for the alias, waits until its redirect lands on the target page."""
    page.goto(url)
    if name == "redirect target":
        page.wait_for_url(lambda landed: not landed.endswith(url))
    page.wait_for_load_state("load")
