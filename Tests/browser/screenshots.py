"""Screenshots of the demo site for a person to look at (run by scripts/screenshots)."""
import contextlib
from pathlib import Path

import conftest
from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/",
    "article": "/inscriptions/valider-un-dossier/",
    "section": "/inscriptions/",
    "search": "/recherche/",
}
WIDTHS = [1280, 375]


def main():
    out = conftest.ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with contextlib.ExitStack() as stack:
        site = stack.enter_context(conftest.built_site())
        base = stack.enter_context(conftest.served(site))
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=conftest.chromium_path(), args=["--no-sandbox"])
        for scheme in ["light", "dark"]:
            for width in WIDTHS:
                page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
                for name, url in PAGES.items():
                    if not (site / url.strip("/") / "index.html").exists():
                        continue
                    page.goto(base + url)
                    path = out / f"{name}-{width}-{scheme}.png"
                    page.screenshot(path=str(path), full_page=True)
                    print(path.relative_to(conftest.ROOT))
                page.close()
        browser.close()


if __name__ == "__main__":
    main()
