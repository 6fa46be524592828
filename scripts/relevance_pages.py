"""The pages a built Repère site indexes, as the peers of scripts/relevance.mjs index them: each
page's URL (from the search index's document shards), its <h1> and the text of its <main>."""
import glob
import json
import os
from html.parser import HTMLParser


class PageText(HTMLParser):
    """The <h1> and the text inside <main>."""

    def __init__(self):
        super().__init__()
        self.depth, self.in_h1, self.title, self.body = 0, False, "", []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth += 1
        self.in_h1 = self.in_h1 or tag == "h1"

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_h1:
            self.title += data
        if self.depth > 0:
            self.body.append(data)


def pages(site):
    """[{url, title, body}] for every page of the site's search index."""
    urls = []
    for path in sorted(glob.glob(os.path.join(site, "search", "d", "*.json"))):
        urls += [doc["url"] for doc in json.load(open(path, encoding="utf-8"))["docs"]]
    documents = []
    for url in urls:
        parser = PageText()
        parser.feed(open(os.path.join(site, url.strip("/"), "index.html"), encoding="utf-8").read())
        documents.append({"url": url, "title": parser.title, "body": " ".join(parser.body)})
    return documents


def queries(path=None):
    """The relevance queries of `path` (default: the demo's set)."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = path or os.path.join(here, "..", "Tests", "Fixtures", "relevance-queries.json")
    return json.load(open(path, encoding="utf-8"))["queries"]
