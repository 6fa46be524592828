// The search page (/recherche/): runs search.mjs as the reader types (the last word then also
// matches as a prefix) and when the query is submitted or comes from the address, keeps the query and the
// filters in the address (?q=…&type=…&audience=…) so a search can be shared, and shows results
// built from text nodes only: nothing from the index is ever parsed as HTML. Its messages come
// from the page (data-* attributes of the status, from templates/i18n).
import { createSearch } from './search.mjs';

const form = document.getElementById('recherche');
const status = document.getElementById('recherche-statut');
const list = document.getElementById('recherche-resultats');
const suggestion = document.getElementById('recherche-suggestion');
const FIELDS = ['q', 'section', 'type', 'audience'];

if (form && status && list) {
  const engine = createSearch({ indexURL: new URL(form.dataset.index, document.baseURI).href });
  const params = new URLSearchParams(window.location.search);
  for (const name of FIELDS) {
    if (form.elements[name]) form.elements[name].value = params.get(name) ?? '';
  }
  const typeLabels = new Map([...(form.elements.type?.options ?? [])].map((o) => [o.value, o.text]));
  let latest = 0;

  /** `typing`: the query is still being typed (its last word also matches as a prefix). */
  const run = async ({ typing = false } = {}) => {
    const current = ++latest;
    const values = Object.fromEntries(FIELDS.map((name) => [name, form.elements[name]?.value ?? '']));
    const shared = new URLSearchParams(Object.entries(values).filter(([, v]) => v.trim() !== '')).toString();
    window.history.replaceState(null, '', shared ? `?${shared}` : window.location.pathname);
    if (suggestion) suggestion.hidden = true;
    if (values.q.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const { total, results, suggestion: corrected } = await engine.search(values.q, { ...values, typing });
      if (current !== latest) return;
      if (suggestion && corrected) showSuggestion(suggestion, corrected, values);
      list.replaceChildren(...results.map((r) => resultItem(r, typeLabels)));
      const filled = { query: values.q, total, shown: results.length };
      status.textContent = message(status, total === 0 ? 'none' : total > results.length ? 'shown' : total === 1 ? 'one' : 'many', filled);
    } catch {
      if (current === latest) status.textContent = message(status, 'error', {});
    }
  };

  let timer;
  form.elements.q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run({ typing: true }), 120);
  });
  form.addEventListener('change', () => run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
}

/**
 * "Vouliez-vous dire … ?": a link to the corrected query with the same filters, never a silent
 * replacement of what was typed.
 */
function showSuggestion(node, corrected, values) {
  const link = element('a', document.createTextNode(corrected));
  link.href = `?${new URLSearchParams(Object.entries({ ...values, q: corrected }).filter(([, v]) => v.trim() !== ''))}`;
  const [before, after = ''] = (node.dataset.text ?? '{query}').split('{query}');
  node.replaceChildren(document.createTextNode(before), link, document.createTextNode(after));
  node.hidden = false;
}

/** The message `data-<name>` of `node`, its `{key}` placeholders replaced by `values`. */
function message(node, name, values) {
  return (node.dataset[name] ?? '').replace(/\{(\w+)\}/g, (placeholder, key) => (key in values ? String(values[key]) : placeholder));
}

/** One result: the linked title, where it is, the snippet, and other matching sections. */
function resultItem(result, typeLabels) {
  const item = element('li');
  const link = element('a', marked(result.title, result.titleHighlights));
  link.href = result.href;
  const where = [result.section, result.heading].filter(Boolean).join(' › ');
  const meta = element('p', document.createTextNode([where, typeLabels.get(result.type) ?? result.type].filter(Boolean).join(' · ')));
  meta.className = 'search-meta';
  item.append(link, meta);
  if (result.snippet.text) item.append(element('p', marked(result.snippet.text, result.snippet.highlights)));
  if (result.more.length > 0) {
    const more = element('ul');
    more.className = 'search-more';
    for (const section of result.more) {
      const a = element('a', document.createTextNode(section.heading));
      a.href = section.href;
      more.append(element('li', a));
    }
    item.append(more);
  }
  return item;
}

/** `text` as text nodes, the UTF-16 `ranges` wrapped in <mark>. */
function marked(text, ranges) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    fragment.append(document.createTextNode(text.slice(at, start)), element('mark', document.createTextNode(text.slice(start, end))));
    at = end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

function element(name, child) {
  const node = document.createElement(name);
  if (child) node.append(child);
  return node;
}
