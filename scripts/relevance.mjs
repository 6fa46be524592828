#!/usr/bin/env node
// Relevance of the search over a built site: MRR@10, Recall@1 and Recall@5 per query type, for
// the queries of Tests/Fixtures/relevance-queries.json, with the site's own search.mjs.
//
//   swift run repere build -q && node scripts/relevance.mjs [site] [--failures]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const site = resolve(args.find((a) => !a.startsWith('--')) ?? 'site');
const showFailures = args.includes('--failures');
const { queries } = JSON.parse(readFileSync(new URL('../Tests/Fixtures/relevance-queries.json', import.meta.url), 'utf8'));
const { createSearch } = await import(pathToFileURL(join(site, '_repere', 'search.mjs')).href);
const engine = createSearch({ load: (path) => JSON.parse(readFileSync(join(site, 'search', path), 'utf8')) });

const rows = new Map();
const failures = [];
for (const q of queries) {
  const { results } = await engine.search(q.query, { limit: 10 });
  // Result URLs carry the site's base path; expected ones are site paths.
  const urls = results.map((r) => r.url);
  const rank = urls.findIndex((u) => q.expected.some((e) => u.endsWith(e))) + 1;
  for (const key of [q.type, 'all']) {
    const row = rows.get(key) ?? { n: 0, rr: 0, r1: 0, r5: 0 };
    row.n += 1;
    row.rr += rank > 0 ? 1 / rank : 0;
    row.r1 += rank === 1 ? 1 : 0;
    row.r5 += rank > 0 && rank <= 5 ? 1 : 0;
    rows.set(key, row);
  }
  if (rank !== 1) failures.push(`${q.type}\t${rank || '-'}\t${q.query}\t→ ${urls[0] ?? '(none)'}`);
}

const f = (x) => x.toFixed(3);
console.log('| query type | queries | MRR@10 | Recall@1 | Recall@5 |\n|---|---:|---:|---:|---:|');
for (const [type, r] of [...rows].sort(([a], [b]) => (a === 'all') - (b === 'all'))) console.log(`| ${type} | ${r.n} | ${f(r.rr / r.n)} | ${f(r.r1 / r.n)} | ${f(r.r5 / r.n)} |`);
if (showFailures) console.log(`\nNot first (type, rank, query → first result):\n${failures.join('\n')}`);
