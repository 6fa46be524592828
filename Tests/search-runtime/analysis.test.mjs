// Run with: node --test Tests/search-runtime/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, fold, stem, tokenizeWithOffsets } from '../../Sources/RepereSearch/Runtime/analysis.mjs';
import { titleKey } from '../../Sources/RepereSearch/Runtime/search.mjs';

const repositoryFile = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
// The Snowball reference data, vendored in Tests/Fixtures/snowball-french/ (BSD licence). Throws,
// failing the test, when the files are missing.
const snowballDirectory = fileURLToPath(new URL('../Fixtures/snowball-french/', import.meta.url));
const snowballLines = (name) =>
  readFileSync(`${snowballDirectory}${name}`, 'utf8').split('\n').filter((line) => line !== '');
const { cases } = JSON.parse(repositoryFile('Tests/Fixtures/analysis-cases.json'));

test('stemmer matches the Snowball reference vocabulary', () => {
  const words = snowballLines('voc.txt');
  const stems = snowballLines('output.txt');
  assert.equal(words.length, stems.length);
  assert.ok(words.length > 20000);
  const mismatches = words.flatMap((w, i) => (stem(w) === stems[i] ? [] : [`${w}: ${stem(w)} ≠ ${stems[i]}`]));
  assert.deepEqual(mismatches, []);
});

test('stems a few words', () => {
  for (const [word, expected] of [['affectées', 'affect'], ['jouaient', 'jou'], ['aiguë', 'aigu'], ['palais', 'palais'], ['', '']]) {
    assert.equal(stem(word), expected, word);
  }
});

test('fixture has enough cases', () => {
  assert.ok(cases.length >= 60);
  assert.ok(cases.some((c) => c.input.length === 1000));
  assert.ok(cases.filter((c) => c.offsets).length >= 5);
  assert.ok(cases.filter((c) => c.titleKey !== undefined).length >= 4);
});

for (const c of cases) {
  const name = c.input.length > 40 ? `${c.input.slice(0, 40)}… (${c.input.length} characters)` : c.input;
  test(`shared case: ${JSON.stringify(name)}`, () => {
    assert.deepEqual(analyze(c.input), c.tokens);
    if (c.offsets) {
      const tokens = tokenizeWithOffsets(c.input);
      assert.deepEqual(tokens.map((t) => [t.start, t.end]), c.offsets);
      assert.deepEqual(tokens.map((t) => t.token), c.tokens);
    }
    if (c.titleKey !== undefined) assert.equal(c.tokens.length === 0 ? '' : titleKey(analyze(c.input)), c.titleKey);
  });
}

test('accented and bare words give one token', () => {
  for (const [accented, bare] of [['affectés', 'affectes'], ['séjours', 'sejours'], ['référents', 'referents'], ['téléverser', 'televerser'], ['élèves', 'eleves']]) {
    assert.deepEqual(analyze(accented), analyze(bare), accented);
  }
});

test('offsets slice the original text', () => {
  const text = 'Œuvres 👍 d’intérêt général : l\'affectation';
  const words = tokenizeWithOffsets(text).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words, ['Œuvres', 'intérêt', 'général', 'affectation']);
});

test('fold lowercases and removes accents without stemming', () => {
  assert.equal(fold('Élèves ŒUVRE Straße Ø ΆΣ'), 'eleves oeuvre strasse o ασ');
  assert.equal(fold('e\u0301te\u0301'), 'ete');
});

// Both stop lists must stay identical: every word of the Swift list is a stop word here.
test('Swift stop words are stop words', () => {
  const source = repositoryFile('Sources/RepereSearch/Analysis/StopWords.swift');
  const body = source.slice(source.indexOf('static let words: [String] = ['));
  const words = [...body.slice(0, body.indexOf('\n    ]')).matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  assert.ok(words.length > 100);
  assert.deepEqual(words.filter((w) => analyze(w).length > 0), []);
  const runtime = repositoryFile('Sources/RepereSearch/Runtime/analysis.mjs');
  const list = runtime.slice(runtime.indexOf('const STOP_WORD_LIST = ['));
  assert.equal([...list.slice(0, list.indexOf('];')).matchAll(/'([^']*)'/g)].length, words.length);
});

test('survives unusual text', () => {
  const texts = ['é'.repeat(5000), "'".repeat(100), '\u0301\u0301', '\u0000\uFFFF\u{10FFFF}', '🏳️‍🌈👨‍👩‍👧', 'a\u0301\u0302\u0303', 'ﬁnance', 'ǅemal', '\uD800 lone surrogate'];
  for (const text of texts) {
    for (const t of tokenizeWithOffsets(text)) assert.ok(t.token && t.start < t.end && t.end <= text.length);
  }
});

test('runtime module uses no Node-only API', () => {
  const runtime = repositoryFile('Sources/RepereSearch/Runtime/analysis.mjs');
  assert.doesNotMatch(runtime, /\brequire\(|from ['"]node:|\bprocess\.|\bBuffer\b|^import /m);
});
