#!/usr/bin/env node
// Relevance of the search over a built site: MRR@10, Recall@1 and Recall@5 per query type, for
// the queries of Tests/Fixtures/relevance-queries.json, with the site's own search.mjs, and
// optionally with Pagefind over the same pages in the same run.
//
//   swift run repere build -q && node scripts/relevance.mjs [site] [--failures] [--pagefind DIR] [--results FILE]
//
// --pagefind DIR: a Pagefind bundle of the same site (`pagefind --site site --output-path DIR`;
// Pagefind 1.5.2 from PyPI: pip install 'pagefind[extended]==1.5.2').
// --results FILE: another engine's first ten URLs per query, as JSON (scripts/lunr-results.py).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const site = resolve(args.find((a, i) => !a.startsWith('--') && !['--pagefind', '--results'].includes(args[i - 1])) ?? 'site');
const showFailures = args.includes('--failures');
const { queries } = JSON.parse(readFileSync(new URL('../Tests/Fixtures/relevance-queries.json', import.meta.url), 'utf8'));

/** Each engine: the URLs of its first ten results for a query. */
const engines = { 'Repère': await repere(site) };
if (option('--pagefind')) engines.Pagefind = await pagefind(resolve(option('--pagefind')));
if (option('--results')) {
  const ranked = JSON.parse(readFileSync(option('--results'), 'utf8'));
  engines[option('--results')] = async (query) => ranked[query] ?? [];
}

for (const [name, search] of Object.entries(engines)) {
  const rows = new Map();
  const failures = [];
  for (const q of queries) {
    const urls = await search(q.query);
    // Result URLs may carry the site's base path; expected ones are site paths.
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
  console.log(`${name}\n\n| query type | queries | MRR@10 | Recall@1 | Recall@5 |\n|---|---:|---:|---:|---:|`);
  for (const [type, r] of [...rows].sort(([a], [b]) => (a === 'all') - (b === 'all'))) {
    console.log(`| ${type} | ${r.n} | ${f(r.rr / r.n)} | ${f(r.r1 / r.n)} | ${f(r.r5 / r.n)} |`);
  }
  if (showFailures) console.log(`\nNot first (type, rank, query → first result):\n${failures.join('\n')}`);
  console.log();
}

async function repere(site) {
  const { createSearch } = await import(pathToFileURL(join(site, '_repere', 'search.mjs')).href);
  const engine = createSearch({ load: (path) => JSON.parse(readFileSync(join(site, 'search', path), 'utf8')) });
  return async (query) => (await engine.search(query, { limit: 10 })).results.map((r) => r.url);
}

/** Pagefind's own browser module under Node, its files served from the bundle folder. */
async function pagefind(bundle) {
  globalThis.fetch = async (input) => {
    const url = typeof input === 'string' ? input : input.url;
    return new Response(readFileSync(join(bundle, url.replace(/^.*?\/pagefind\//, '').replace(/\?.*$/, ''))));
  };
  const pf = await import(pathToFileURL(join(bundle, 'pagefind.js')).href);
  await pf.options({ basePath: '/pagefind/' });
  await pf.init();
  return async (query) => {
    const { results } = await pf.search(query);
    return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
  };
}
