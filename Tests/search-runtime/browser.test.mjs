// Run with: node --test Tests/search-runtime/
// The real search page in headless Chromium: the golden site (Tests/RepereSiteTests/Golden/basic/
// expected, built with base path /aide/) served over HTTP with its CSP, a query in the address,
// the DOM after the scripts ran. Skipped, loudly, when no Chromium is installed; with CI=true
// (scripts/setup installs Chromium there) a missing Chromium fails the test instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('../RepereSiteTests/Golden/basic/expected/', import.meta.url));
// The golden folder leaves out `_repere/`'s copies of the theme's static files and the search
// runtime (the Swift golden test compares them with these sources): they are served from here.
const copiedFrom = [
  fileURLToPath(new URL('../../templates/static/', import.meta.url)),
  fileURLToPath(new URL('../../Sources/RepereSearch/Runtime/', import.meta.url)),
];
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

const inCI = (process.env.CI ?? '').toLowerCase() === 'true';

if (!chromium && !inCI) console.error('SKIPPED: no Chromium found; the headless browser test of the search page did not run');

/** Serves the site under /aide/, as published. */
async function serve() {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith('/aide/') || path.includes('..')) return response.writeHead(404).end();
    const relative = path.slice('/aide/'.length);
    path = join(site, relative);
    if (!existsSync(path) && relative.startsWith('_repere/')) {
      path = copiedFrom.map((folder) => join(folder, relative.slice('_repere/'.length))).find(existsSync) ?? path;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The search page's DOM after its scripts ran, for `query` (the part after `?`). */
async function searchPage(server, query) {
  const url = `http://127.0.0.1:${server.address().port}/aide/recherche/?${query}`;
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=10000', '--dump-dom', url];
  return new Promise((resolve, reject) => {
    execFile(chromium, args, { timeout: 60_000, maxBuffer: 1 << 24 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

test('the search page shows the expected first result', { skip: !chromium && !inCI && 'no Chromium' }, async () => {
  assert.ok(chromium, 'CI=true, so this fails instead of skipping: no Chromium found (scripts/setup installs it)');
  const server = await serve();
  try {
    const dom = await searchPage(server, 'q=changer+de+centre');
    const results = dom.slice(dom.indexOf('id="recherche-resultats"'));
    assert.match(results, /^id="recherche-resultats"[^>]*><li><a href="\/aide\/affectations\/changer-de-centre\/[^"]*">/);
    assert.match(dom, /<p id="recherche-statut"[^>]*>\d+ résultats? pour « changer de centre »/);
    assert.match(dom, /<input type="search" id="recherche-q" name="q"[^>]*>/);

    const filtered = await searchPage(server, 'q=volontaire&type=tutorial');
    const types = [...filtered.matchAll(/<p class="search-meta">([^<]*)<\/p>/g)].map((m) => m[1].split(' · ').at(-1));
    assert.ok(types.length > 0 && types.every((t) => t === 'Tutoriels'), types.join());

    const hostile = await searchPage(server, `q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    assert.doesNotMatch(hostile.slice(hostile.indexOf('<main')), /<img src="?x/);
    assert.match(hostile, /résultats? pour « &lt;img src=x onerror=alert\(1\)&gt; »/, 'the query is shown as text');
  } finally {
    server.close();
  }
});
