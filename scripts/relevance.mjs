#!/usr/bin/env node
// Relevance of the search over built sites: MRR@10, Recall@1 and Recall@10 per query type, with
// each site's own search.mjs, and with the peers whose results sit beside the site.
//
//   node scripts/relevance.mjs [SITE [QUERIES]] [--corpus SITE=QUERIES]… [--failures]
//   scripts/relevance-bench                  # builds both corpora, runs every peer, then this
//
// SITE defaults to `site` and QUERIES to Tests/Fixtures/relevance-queries.json (the demo's set);
// `--corpus` adds more sites, each with its query file, and the figures cover them all. Peers of
// a site are read from `SITE-peers/` when present (scripts/relevance-bench writes them):
// `pagefind/` (a Pagefind bundle of the site, run with Pagefind's own module), `lunr.json` and
// `xapian.json` (each query's first ten URLs, from scripts/lunr-results.py and
// scripts/xapian-results.py). Queries are submitted ones (as after Enter or from a `?q=` URL).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus');
const corpora = [{ site: resolve(positional[0] ?? 'site'), queries: resolve(positional[1] ?? new URL('../Tests/Fixtures/relevance-queries.json', import.meta.url).pathname) }];
args.forEach((a, i) => {
  if (a !== '--corpus') return;
  const [site, queries] = args[i + 1].split('=');
  corpora.push({ site: resolve(site), queries: resolve(queries) });
});

/** Engine name → query type (and 'all') → { n, rr, r1, r10 }; failures per engine. */
const tables = new Map();
const failures = new Map();
for (const { site, queries: file } of corpora) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8'));
  const peers = `${site}-peers`;
  const engines = [['Repère', () => repere(site)]];
  if (existsSync(join(peers, 'pagefind', 'pagefind.js'))) engines.push(['Pagefind', () => pagefind(join(peers, 'pagefind'))]);
  for (const [name, path] of [['lunr.py', 'lunr.json'], ['Xapian', 'xapian.json']]) {
    if (!existsSync(join(peers, path))) continue;
    const ranked = JSON.parse(readFileSync(join(peers, path), 'utf8'));
    engines.push([name, async () => async (query) => ranked[query] ?? []]);
  }
  for (const [name, open] of engines) {
    const search = await open();
    const rows = tables.get(name) ?? new Map();
    tables.set(name, rows);
    for (const q of queries) {
      const urls = (await search(q.query)).slice(0, 10);
      // Result URLs may carry the site's base path; expected ones are site paths.
      const rank = urls.findIndex((u) => q.expected.some((e) => u.endsWith(e))) + 1;
      for (const key of [q.type, 'all']) {
        const row = rows.get(key) ?? { n: 0, rr: 0, r1: 0, r10: 0 };
        row.n += 1;
        row.rr += rank > 0 ? 1 / rank : 0;
        row.r1 += rank === 1 ? 1 : 0;
        row.r10 += rank > 0 ? 1 : 0;
        rows.set(key, row);
      }
      if (rank !== 1) failures.set(name, [...(failures.get(name) ?? []), `${q.type}\t${rank || '-'}\t${q.query}\t→ ${urls[0] ?? '(none)'}`]);
    }
  }
}

const f = (x) => x.toFixed(3);
const order = ([a], [b]) => (a === 'all') - (b === 'all') || (a < b ? -1 : 1);
for (const [name, rows] of tables) {
  console.log(`${name}\n\n| query type | queries | MRR@10 | Recall@1 | Recall@10 |\n|---|---:|---:|---:|---:|`);
  for (const [type, r] of [...rows].sort(order)) console.log(`| ${type} | ${r.n} | ${f(r.rr / r.n)} | ${f(r.r1 / r.n)} | ${f(r.r10 / r.n)} |`);
  if (showFailures) console.log(`\nNot first (type, rank, query → first result):\n${(failures.get(name) ?? []).join('\n')}`);
  console.log();
}
if (tables.size > 1) {
  const names = [...tables.keys()];
  console.log(`MRR@10 side by side\n\n| query type | queries | ${names.join(' | ')} |\n|---|---:|${names.map(() => '---:').join('|')}|`);
  for (const [type, r] of [...tables.get('Repère')].sort(order)) {
    console.log(`| ${type} | ${r.n} | ${names.map((n) => { const x = tables.get(n).get(type); return x ? f(x.rr / x.n) : '–'; }).join(' | ')} |`);
  }
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
