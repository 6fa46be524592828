#!/usr/bin/env python3
"""Ranks the relevance queries with lunr.py (French) over the pages a built Repère site indexes,
written beside the site for `node scripts/relevance.mjs` (scripts/relevance-bench runs it).

    pip install 'lunr[languages]==0.8.0'
    python3 scripts/lunr-results.py site [queries.json] > site-peers/lunr.json

Each page is indexed with its title (boost 10) and the text of its <main>, as lunr's French
pipeline (Snowball stemmer, stop words) sees it; queries are passed to lunr's query parser as typed.
"""
import json
import sys

from lunr import lunr

from relevance_pages import pages, queries

site = sys.argv[1] if len(sys.argv) > 1 else "site"
index = lunr(ref="url", fields=[{"field_name": "title", "boost": 10}, "body"], documents=pages(site), languages="fr")
results = {}
for q in queries(sys.argv[2] if len(sys.argv) > 2 else None):
    try:
        results[q["query"]] = [hit["ref"] for hit in index.search(q["query"])[:10]]
    except Exception:  # lunr's query syntax rejects some typed text (a stray ':' or '~')
        results[q["query"]] = []
json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
