// Run with: node --test Tests/search-runtime/
// The search page script (templates/static/search.js) against the fixture index, with a minimal
// stand-in for the DOM: enough to check what it builds, not a browser.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const repository = new URL('../../', import.meta.url);
const indexFolder = new URL('Tests/Fixtures/search-index/', repository);

class FakeNode {
  constructor(tagName = null) { this.tagName = tagName; this.childNodes = []; this.listeners = {}; }
  append(...nodes) {
    for (const n of nodes) this.childNodes.push(...(n.tagName === '#fragment' ? n.childNodes : [n]));
  }
  replaceChildren(...nodes) { this.childNodes = []; this.append(...nodes); }
  get textContent() { return this.data ?? this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(text) { this.childNodes = [textNode(text)]; }
  addEventListener(type, listener) { this.listeners[type] = listener; }
  /** Every element below, depth first. */
  *elements() {
    for (const c of this.childNodes) if (c.tagName !== '#text') { yield c; yield* c.elements(); }
  }
}
const textNode = (data) => Object.assign(new FakeNode('#text'), { data });

/** Lets the page's pending searches finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Loads search.js as the site serves it (beside search.mjs and analysis.mjs) on a page at `search`. */
const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

async function openPage(search) {
  const folder = mkdtempSync(join(tmpdir(), 'repere-page-'));
  folders.push(folder);
  for (const [from, name] of [['templates/static/search.js', 'search.js'], ['Sources/RepereSearch/Runtime/search.mjs', 'search.mjs'],
    ['Sources/RepereSearch/Runtime/analysis.mjs', 'analysis.mjs']]) {
    copyFileSync(new URL(from, repository), join(folder, name));
  }
  const field = (value = '') => Object.assign(new FakeNode('input'), { value });
  const form = Object.assign(new FakeNode('form'), {
    dataset: { index: '/search/index.json' },
    elements: { q: field(), section: field(), audience: field(),
      type: Object.assign(field(), { options: [{ value: '', text: 'Tous' }, { value: 'faq', text: 'Questions fréquentes' }] }) },
  });
  // The status messages, as search.mustache passes them from templates/i18n/fr.yml.
  const strings = readFileSync(new URL('templates/i18n/fr.yml', repository), 'utf8');
  const dataset = Object.fromEntries([...strings.matchAll(/^search_status_(\w+): "(.*)"$/gm)].map(([, name, text]) => [name, text]));
  const didYouMean = /^search_did_you_mean: "(.*)"$/m.exec(strings)[1];
  const nodes = { recherche: form, 'recherche-statut': Object.assign(new FakeNode('p'), { dataset }), 'recherche-resultats': new FakeNode('ol'),
    'recherche-suggestion': Object.assign(new FakeNode('p'), { dataset: { text: didYouMean }, hidden: true }) };
  const history = [];
  globalThis.window = { location: { search, pathname: '/recherche/' }, history: { replaceState: (s, t, url) => history.push(url) } };
  globalThis.document = {
    baseURI: 'https://aide.exemple.fr/recherche/',
    getElementById: (id) => nodes[id] ?? null,
    createElement: (name) => new FakeNode(name),
    createTextNode: textNode,
    createDocumentFragment: () => new FakeNode('#fragment'),
  };
  globalThis.fetch = async (url) => {
    const path = new URL(url).pathname.replace('/search/', '');
    return { ok: true, json: async () => JSON.parse(readFileSync(new URL(path, indexFolder), 'utf8')) };
  };
  await import(pathToFileURL(join(folder, 'search.js')).href);
  await settle();
  return { form, status: nodes['recherche-statut'], list: nodes['recherche-resultats'], suggestion: nodes['recherche-suggestion'], history };
}

test('runs the query in the address and shows linked results with highlights', async () => {
  const page = await openPage('?q=fichier+refus%C3%A9&type=faq');
  assert.equal(page.form.elements.q.value, 'fichier refusé');
  assert.equal(page.form.elements.type.value, 'faq');
  assert.match(page.status.textContent, /^1 résultat pour « fichier refusé »\.$/);
  const item = page.list.childNodes[0];
  const link = [...item.elements()].find((e) => e.tagName === 'a');
  assert.equal(link.href, '/premiers-pas/televerser-un-document/#le-fichier-est-refuse');
  assert.match([...item.elements()].find((e) => e.tagName === 'p').textContent, /Questions fréquentes$/);
  const marks = [...item.elements()].filter((e) => e.tagName === 'mark').map((e) => e.textContent.toLowerCase());
  assert.ok(marks.includes('fichier'), marks.join());
  assert.deepEqual(page.history, ['?q=fichier+refus%C3%A9&type=faq']);
});

test('markup in the index stays text', async () => {
  const page = await openPage('?q=balises');
  const item = page.list.childNodes[0];
  const tags = new Set([...item.elements()].map((e) => e.tagName));
  assert.deepEqual([...tags].filter((t) => !['a', 'p', 'mark', 'ul', 'li'].includes(t)), []);
  assert.ok(item.textContent.includes('Balises <b>HTML</b> & « guillemets »'));
  assert.ok(item.textContent.includes('<script>alert(1)</script>'));
});

test('typing updates the results and the address; an empty query clears them', async () => {
  const page = await openPage('');
  assert.equal(page.list.childNodes.length, 0);
  page.form.elements.q.value = 'centre';
  page.form.listeners.submit({ preventDefault() {} });
  await settle();
  assert.ok(page.list.childNodes.length > 0);
  assert.equal(page.history.at(-1), '?q=centre');
  page.form.elements.q.value = '  ';
  page.form.listeners.submit({ preventDefault() {} });
  await settle();
  assert.equal(page.list.childNodes.length, 0);
  assert.equal(page.status.textContent, '');
  assert.equal(page.history.at(-1), '/recherche/');
  page.form.elements.q.value = 'zzzzzz';
  page.form.listeners.submit({ preventDefault() {} });
  await settle();
  assert.equal(page.status.textContent, 'Aucun résultat pour « zzzzzz ».');
});

test('leaving the query field keeps the results under the pointer; changing a filter runs the search', async () => {
  const page = await openPage('?q=centre');
  await settle();
  const shown = page.list.childNodes;
  assert.ok(shown.length > 0);
  page.form.listeners.change({ target: page.form.elements.q });
  await settle();
  assert.equal(page.list.childNodes, shown);
  page.form.listeners.change({ target: page.form.elements.section });
  await settle();
  assert.notEqual(page.list.childNodes, shown);
});

test('the page script never parses HTML', () => {
  const source = readFileSync(new URL('templates/static/search.js', repository), 'utf8');
  assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
});

test('status messages come from the page, placeholders filled in once', async () => {
  const page = await openPage('');
  page.status.dataset = { none: 'Rien pour {query} ({total}).', error: 'Panne.' };
  page.form.elements.q.value = 'zz {total}';
  page.form.listeners.submit({ preventDefault() {} });
  await settle();
  assert.equal(page.status.textContent, 'Rien pour zz {total} (0).');
  globalThis.fetch = async () => { throw new Error('offline'); };
  page.form.elements.q.value = 'centre';
  page.form.listeners.submit({ preventDefault() {} });
  await settle();
  assert.equal(page.status.textContent, 'Panne.');
});

test('"Vouliez-vous dire … ?" links to the corrected query, keeping the filters, and never replaces it', async () => {
  const page = await openPage('?q=televerzer+documant&type=faq');
  assert.equal(page.form.elements.q.value, 'televerzer documant', 'what was typed stays');
  assert.equal(page.suggestion.hidden, false);
  assert.equal(page.suggestion.textContent, 'Vouliez-vous dire téléverser document ?');
  const link = [...page.suggestion.elements()].find((e) => e.tagName === 'a');
  assert.equal(link.href, '?q=t%C3%A9l%C3%A9verser+document&type=faq');
  page.form.elements.q.value = 'centre';
  page.form.listeners.submit({ preventDefault() {} });
  await settle();
  assert.equal(page.suggestion.hidden, true, 'a query whose words all exist has no suggestion');
});
