#!/usr/bin/env node
// Size and speed of the search over a built site: the index on disk, the bytes a browser loads
// for a first query (raw and gzip), and query latency in Node, over the relevance queries (every
// run, and each query's median of its five runs, which a pause of a busy machine does not move).
//
//   swift run repere build -q && node scripts/search-size.mjs [site]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const site = resolve(process.argv[2] ?? 'site');
const { queries } = JSON.parse(readFileSync(new URL('../Tests/Fixtures/relevance-queries.json', import.meta.url), 'utf8'));
const { createSearch } = await import(pathToFileURL(join(site, '_repere', 'search.mjs')).href);
const file = (path) => readFileSync(join(site, 'search', path));
const size = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes).length });

const indexFiles = readdirSync(join(site, 'search'), { recursive: true }).filter((f) => f.endsWith('.json'));
const total = indexFiles.map((f) => size(file(f))).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
const modules = ['search.mjs', 'analysis.mjs', 'search.js'].map((f) => size(readFileSync(join(site, '_repere', f))))
  .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));

/** Bytes loaded by a fresh engine (an empty cache) for each query. */
const firstQuery = [];
for (const q of queries) {
  const loaded = { raw: 0, gzip: 0 };
  const engine = createSearch({ load: (path) => { const s = size(file(path)); loaded.raw += s.raw; loaded.gzip += s.gzip; return JSON.parse(file(path)); } });
  await engine.search(q.query);
  firstQuery.push(loaded);
}

/** Latency with every file already loaded, as while typing. */
const engine = createSearch({ load: (path) => JSON.parse(file(path)) });
for (const q of queries) await engine.search(q.query);
const times = [];
/** CPU time of each run (`process.cpuUsage`): what the query costs, whatever else the machine runs. */
const cpuTimes = [];
/** Each query's times over the rounds: their median is robust to a pause of the machine. */
const perQuery = queries.map(() => []);
for (let round = 0; round < 5; round++) {
  for (const [i, q] of queries.entries()) {
    const start = process.hrtime.bigint(), cpuStart = process.cpuUsage();
    await engine.search(q.query);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    times.push(ms);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    perQuery[i].push(ms);
  }
}

const pick = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`documents: ${JSON.parse(file('index.json')).docCount}, index files: ${indexFiles.length}`);
console.log(`index on disk: ${kb(total.raw)} (gzip ${kb(total.gzip)}); runtime modules: ${kb(modules.raw)} (gzip ${kb(modules.gzip)})`);
for (const key of ['raw', 'gzip']) {
  const list = firstQuery.map((l) => l[key]);
  console.log(`first query, index bytes (${key}): median ${kb(pick(list, 0.5))}, p95 ${kb(pick(list, 0.95))}, max ${kb(Math.max(...list))}`);
}
console.log(`latency (warm, ${times.length} queries): median ${pick(times, 0.5).toFixed(2)} ms, p95 ${pick(times, 0.95).toFixed(2)} ms`);
console.log(`CPU time (same runs): median ${pick(cpuTimes, 0.5).toFixed(2)} ms, p95 ${pick(cpuTimes, 0.95).toFixed(2)} ms`);
const medians = perQuery.map((list) => pick(list, 0.5));
console.log(`latency, each query's median of 5 runs: median ${pick(medians, 0.5).toFixed(2)} ms, p95 ${pick(medians, 0.95).toFixed(2)} ms, max ${Math.max(...medians).toFixed(2)} ms`);
