#!/usr/bin/env node
// Whether a query typed without accents finds what the accented query finds, over built sites:
// each page title that holds an accent (its other signs made spaces) is searched as written and
// folded (`Sécurité` and `Securite`), with the site's own search module; prints how many give the
// same first result and the same first five.
//
//   node scripts/no-accent-check.mjs site [other-site…]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const totals = { titles: 0, first: 0, five: 0 };
for (const site of process.argv.slice(2).map((s) => resolve(s))) {
  const { createSearch } = await import(pathToFileURL(join(site, '_repere', 'search.mjs')).href);
  const search = createSearch({ load: (path) => JSON.parse(readFileSync(join(site, 'search', path), 'utf8')) });
  const titles = new Set();
  for (const shard of readdirSync(join(site, 'search', 'd'))) {
    for (const doc of JSON.parse(readFileSync(join(site, 'search', 'd', shard), 'utf8')).docs) {
      const title = doc.title.replace(/[^\p{L}\p{N}' -]/gu, ' ').trim();
      if (title !== fold(title)) titles.add(title);
    }
  }
  const counts = { titles: titles.size, first: 0, five: 0 };
  for (const title of titles) {
    const urls = async (query) => (await search.search(query, { limit: 5 })).results.map((r) => r.url);
    const [accented, folded] = [await urls(title), await urls(fold(title))];
    if (accented[0] === folded[0]) counts.first++;
    if (accented.join(' ') === folded.join(' ')) counts.five++;
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  console.log(`${site}: ${counts.titles} titles with accents, same first result ${counts.first}, same first five ${counts.five}`);
}
console.log(`all: ${totals.titles} titles, same first result ${totals.first}, same first five ${totals.five}`);
