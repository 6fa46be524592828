#!/usr/bin/env python3
"""Ranks the relevance queries with lunr.py (French) over the pages a built Repère site indexes,
for `node scripts/relevance.mjs site --results lunr.json`.

    pip install 'lunr[languages]==0.8.0'
    python3 scripts/lunr-results.py site > lunr.json

Each page is indexed with its title (boost 10) and the text of its <main>, as lunr's French
pipeline (Snowball stemmer, stop words) sees it; queries are passed to lunr's query parser as typed.
"""
import glob
import json
import os
import sys
from html.parser import HTMLParser

from lunr import lunr


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


site = sys.argv[1] if len(sys.argv) > 1 else "site"
urls = []
for path in sorted(glob.glob(os.path.join(site, "search", "d", "*.json"))):
    urls += [doc["url"] for doc in json.load(open(path, encoding="utf-8"))["docs"]]
documents = []
for url in urls:
    parser = PageText()
    parser.feed(open(os.path.join(site, url.strip("/"), "index.html"), encoding="utf-8").read())
    documents.append({"url": url, "title": parser.title, "body": " ".join(parser.body)})

index = lunr(ref="url", fields=[{"field_name": "title", "boost": 10}, "body"], documents=documents, languages="fr")
here = os.path.dirname(os.path.abspath(__file__))
queries = json.load(open(os.path.join(here, "..", "Tests", "Fixtures", "relevance-queries.json"), encoding="utf-8"))["queries"]
results = {}
for q in queries:
    try:
        results[q["query"]] = [hit["ref"] for hit in index.search(q["query"])[:10]]
    except Exception:  # lunr's query syntax rejects some typed text (a stray ':' or '~')
        results[q["query"]] = []
json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
