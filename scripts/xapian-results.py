#!/usr/bin/python3
"""Ranks the relevance queries with Xapian over the pages a built Repère site indexes, written
beside the site for `node scripts/relevance.mjs` (scripts/relevance-bench runs it).

    apt-get install python3-xapian        # Debian's Xapian 1.4 bindings, for /usr/bin/python3
    /usr/bin/python3 scripts/xapian-results.py site [queries.json] > site-peers/xapian.json

Each page's title (weight 5) and the text of its <main> are indexed with Xapian's French Snowball
stemmer, accents folded (and lowercased) before Xapian sees the text, on both sides; spelling data
is recorded at index time and queries are parsed with spelling correction on: when Xapian
proposes a corrected query, that one is run (BM25, words OR-ed, Xapian's defaults otherwise).
"""
import json
import sys
import tempfile
import unicodedata

import xapian

from relevance_pages import pages, queries


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


site = sys.argv[1] if len(sys.argv) > 1 else "site"
stemmer = xapian.Stem("french")
with tempfile.TemporaryDirectory() as folder:
    db = xapian.WritableDatabase(folder, xapian.DB_CREATE_OR_OVERWRITE)
    indexer = xapian.TermGenerator()
    indexer.set_stemmer(stemmer)
    indexer.set_database(db)
    indexer.set_flags(xapian.TermGenerator.FLAG_SPELLING)
    for page in pages(site):
        doc = xapian.Document()
        indexer.set_document(doc)
        indexer.index_text(fold(page["title"]), 5)
        indexer.increase_termpos()
        indexer.index_text(fold(page["body"]))
        doc.set_data(page["url"])
        db.add_document(doc)
    db.commit()

    parser = xapian.QueryParser()
    parser.set_stemmer(stemmer)
    parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    parser.set_database(db)
    flags = xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_SPELLING_CORRECTION
    enquire = xapian.Enquire(db)
    results = {}
    for q in queries(sys.argv[2] if len(sys.argv) > 2 else None):
        text = fold(q["query"])
        try:
            query = parser.parse_query(text, flags)
        except xapian.QueryParserError:
            query = parser.parse_query(text, 0)
        corrected = parser.get_corrected_query_string()
        if corrected:
            query = parser.parse_query(corrected.decode("utf-8") if isinstance(corrected, bytes) else corrected, flags)
        enquire.set_query(query)
        results[q["query"]] = [match.document.get_data().decode("utf-8") for match in enquire.get_mset(0, 10)]
json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
