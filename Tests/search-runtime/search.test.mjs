// Run with: node --test Tests/search-runtime/
// Queries the fixture index that IndexBuilder writes from Tests/Fixtures/search-documents.json
// (regenerate: REPERE_RECORD=1 swift test --filter fixtureIndexIsUpToDate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { accentedTerms, addInitials, addTitleMatches, closestVariants, coordinate, titledFirst, createSearch, derivedTerms, editDistance, FORMAT_VERSION, isTransposition, masculine, queryWords, soundKey, typoVariants } from '../../Sources/RepereSearch/Runtime/search.mjs';
import { analyze } from '../../Sources/RepereSearch/Runtime/analysis.mjs';

const indexFolder = new URL('../Fixtures/search-index/', import.meta.url);

/** An engine over the fixture index that counts the bytes it loads. */
function engine() {
  const loaded = { bytes: 0, files: [] };
  const search = createSearch({
    load: (path) => {
      const text = readFileSync(new URL(path, indexFolder), 'utf8');
      loaded.bytes += Buffer.byteLength(text);
      loaded.files.push(path);
      return JSON.parse(text);
    },
  });
  return { search, loaded };
}

const urls = async (query, filters) => (await engine().search.search(query, filters)).results.map((r) => r.url);
const first = async (query, filters) => (await urls(query, filters))[0];

test('finds pages by title words, with or without accents', async () => {
  assert.equal(await first('changer de centre'), '/affectations/changer-de-centre/');
  assert.equal(await first('Téléverser un document'), '/premiers-pas/televerser-un-document/');
  assert.equal(await first('televerser un document'), '/premiers-pas/televerser-un-document/');
});

test('questions as typed find their page', async () => {
  assert.equal(await first('comment changer un volontaire de séjour ?'), '/affectations/changer-de-sejour/');
});

test('tolerates one typo, two in long words, keeping the first letter', async () => {
  assert.equal(await first('chnager de sejour'), '/affectations/changer-de-sejour/');
  assert.equal(await first('televezrer'), '/premiers-pas/televerser-un-document/');
  assert.equal(await first('tleeverser'), '/premiers-pas/televerser-un-document/');
  assert.deepEqual(await urls('xentre'), [], 'a different first letter is not a typo');
});

test('the last word matches as a prefix while typing', async () => {
  const typing = { typing: true };
  assert.equal(await first('changer de sé', typing), '/affectations/changer-de-sejour/');
  assert.equal(await first('téléve', typing), '/premiers-pas/televerser-un-document/');
  assert.deepEqual(await urls('départ ', typing), await urls('départ'), 'a finished word is not a prefix');
});

test('a submitted query is complete: a word of the index matches no longer word it begins', async () => {
  // `départ` is a word of its own: `départemental` (in /missions/creer-une-mission/ only) is another word.
  assert.ok((await urls('départ', { typing: true })).includes('/missions/creer-une-mission/'));
  assert.ok(!(await urls('départ')).includes('/missions/creer-une-mission/'));
  const typed = await engine().search.search('changer de centr', { typing: true });
  const submitted = await engine().search.search('changer de centre');
  assert.ok(typed.results.length >= submitted.results.length);
});

test('a word cut short that matches nothing, no typo either, matches the words it begins', async () => {
  assert.deepEqual(await urls('téléve'), ['/premiers-pas/televerser-un-document/']);
  assert.deepEqual(await urls('téléve '), await urls('téléve'), 'typed or submitted');
  assert.deepEqual(await urls('tél'), [], 'three letters are too few to say which word');
});

test('a short stem near the beginning of a long word is no typo of it', async () => {
  // `equip` (« équipe ») is one edit from `equiv`, the first five letters of `equivalance`.
  assert.deepEqual(await urls('equivalance'), ['/missions/creer-une-mission/']);
});

test('typos: a transposition is one edit, and French spellings of one sound meet', async () => {
  assert.equal(editDistance('televerser', 'tleeverser', 1), 1);
  assert.equal(soundKey('quiosque'), soundKey('kiosque'));
  assert.equal(soundKey('fotographie'), soundKey('photographie'));
  assert.equal(soundKey('pacsser'), soundKey('pacser'));
  assert.notEqual(soundKey('cerise'), soundKey('kerise'), 'a soft c stays a c');
  assert.equal(await first('kohorte'), await first('cohorte'), 'k for a hard c, in another lexicon');
  assert.notEqual(await first('cohorte'), undefined);
  assert.equal(await first('televerrser'), '/premiers-pas/televerser-un-document/', 'a doubled letter');
});

test('a word no page holds, one edit from a whole term, weighs more than a beginning or two edits', async () => {
  const entry = (term, df) => ({ term, df, titled: false, key: soundKey(term), length: [...term].length, keyLength: [...soundKey(term)].length });
  const lexicon = [entry('question', 40), entry('questionnair', 3), entry('widget', 5), entry('wagon', 2)];
  const termsStarting = async (prefix) => lexicon.filter((e) => e.term.startsWith(prefix));
  const word = (text) => queryWords(text)[0];
  assert.deepEqual(await typoVariants(word('wiget'), 0, termsStarting), [['widget', 0.8]]);
  // `questionnair` is the whole word less one letter; `question`, only its beginning.
  assert.deepEqual(await typoVariants(word('questionaire'), 0, termsStarting), [['questionnair', 0.8], ['question', 0.6]]);
  // A word the index holds, rare: its variants keep the usual weight.
  assert.deepEqual(await typoVariants(word('wigets'), 1, termsStarting), [['widget', 0.6]]);
  // …but only whole words one edit away: not a term two edits from its beginning.
  lexicon.push(entry('defens', 30), entry('demenag', 1));
  assert.deepEqual(await typoVariants(word('déménagé'), 1, termsStarting), []);
  assert.deepEqual(await typoVariants(word('déménagé'), 0, termsStarting), [['defens', 0.4]], 'a word no page holds');
  // Four letters no page holds: a transposition alone, the first letter kept.
  lexicon.push(entry('mail', 30), entry('main', 12));
  assert.deepEqual(await typoVariants(word('mial'), 0, termsStarting), [['mail', 0.8]]);
  assert.deepEqual(await typoVariants(word('mait'), 0, termsStarting), [], 'one letter changed is no transposition');
  assert.deepEqual(await typoVariants(word('mial'), 2, termsStarting), [], 'a word some page holds');
  assert.ok(isTransposition('mial', 'mail') && !isTransposition('mail', 'mail') && !isTransposition('abcd', 'badc'));
});

test('a page holding more of the query\'s words gains on one holding fewer (mild coordination)', () => {
  const word = (term, weight = 1) => ({ word: { term }, alternatives: [{}], weight });
  const clauses = [word('chang'), word('logo'), word('couleur'), word('sit'), word('fair', 0.3), { alternatives: [{}] }];
  const held = (n) => Array.from({ length: n }, () => ({ weight: 1 }));
  const candidates = new Map([[1, { score: 10, words: held(1) }], [2, { score: 9, words: [...held(3), { weight: 0.3 }] }]]);
  coordinate(candidates, clauses);
  assert.ok(candidates.get(2).score > candidates.get(1).score, JSON.stringify([...candidates.values()]));
  assert.equal(candidates.get(2).score, 9 * Math.pow(3 / 4, 0.25), 'the frame and the phrase clause are no words to hold');
  const single = new Map([[1, { score: 10, words: held(1) }]]);
  coordinate(single, [word('logo'), word('fair', 0.3)]);
  assert.equal(single.get(1).score, 10, 'one word: nothing to share');
});

test('question frames count less than the words that carry the question', async () => {
  assert.equal(await first('je n\'arrive pas à changer un volontaire de centre'), '/affectations/changer-de-centre/');
  assert.equal(await first('que faire pour téléverser un document'), '/premiers-pas/televerser-un-document/');
});

test('glossary synonyms work in both directions', async () => {
  assert.ok((await urls('MIG')).includes('/missions/creer-une-mission/'));
  assert.ok((await urls('service national universel')).includes('/affectations/'), 'expansion finds the acronym');
  assert.ok((await urls('SNU')).includes('/a-propos/'), 'acronym finds the expansion');
  assert.ok((await urls('point de rendez-vous')).includes('/affectations/changer-de-centre/'));
});

test('results deep-link to the best section and keep one entry per page', async () => {
  const { results } = await engine().search.search('choisir le nouveau centre');
  assert.equal(results[0].href, '/affectations/changer-de-centre/#etape-2-choisir-le-centre');
  assert.equal(results[0].heading, 'Étape 2 : choisir le nouveau centre');
  const all = await urls('volontaire');
  assert.equal(new Set(all).size, all.length);
});

test('filters by type, section and audience, combined', async () => {
  assert.deepEqual(await urls('volontaire', { type: 'faq' }), ['/affectations/changer-de-centre/']);
  assert.deepEqual(await urls('mission', { section: 'missions' }), ['/missions/creer-une-mission/']);
  const forStructures = await urls('valider', { audience: 'structure' });
  assert.ok(forStructures.includes('/missions/creer-une-mission/'));
  assert.ok(forStructures.includes('/premiers-pas/televerser-un-document/'), 'pages for every audience match');
  assert.ok(!forStructures.includes('/affectations/changer-de-centre/'));
  assert.deepEqual(await urls('volontaire', { type: 'tutorial', section: 'missions' }), ['/missions/creer-une-mission/']);
  assert.deepEqual(await urls('volontaire', { type: 'inconnu' }), []);
  assert.deepEqual(await urls('service national', { section: 'inconnue' }), [], 'not the pages without a section');
});

test('snippets and titles carry highlight ranges over plain text', async () => {
  const { results } = await engine().search.search('fichier refusé');
  const { snippet, titleHighlights, title } = results[0];
  assert.equal(results[0].href, '/premiers-pas/televerser-un-document/#le-fichier-est-refuse');
  const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e).toLowerCase());
  assert.ok(marked.includes('fichier') && marked.some((w) => w.startsWith('refus')), marked.join());
  assert.ok(titleHighlights.every(([s, e]) => s < e && e <= title.length));
});

test('odd queries return sensibly and never throw', async () => {
  const queries = ['', '   ', 'le la les de ', 'x'.repeat(1000), 'mission '.repeat(150), '.*+?^${}()|[]\\ <script>alert(1)</script>',
    '🎉🎉', '東京', 'москва', '\uD800', "l'", '-', null, undefined, 42];
  for (const q of queries) {
    const { total, results } = await engine().search.search(q);
    assert.ok(Number.isInteger(total) && Array.isArray(results), String(q));
  }
  assert.deepEqual(await urls(''), []);
  assert.deepEqual(await urls('le la les de '), []);
  assert.equal(await first('東京'), '/a-propos/');
  assert.equal(await first('<mission>'), '/missions/creer-une-mission/');
});

test('a page with no text is found by its title', async () => {
  assert.deepEqual(await urls('page vide'), ['/premiers-pas/page-vide/']);
  const { results } = await engine().search.search('page vide');
  assert.equal(results[0].href, '/premiers-pas/page-vide/');
  assert.equal(results[0].snippet.text, '');
});

test('a query loads the manifest and only the shards it needs', async () => {
  const { search, loaded } = engine();
  await search.search('');
  assert.deepEqual(loaded.files, [], 'an empty query loads nothing');
  await search.search('centre');
  const total = readdirSync(indexFolder, { recursive: true }).filter((f) => f.endsWith('.json'))
    .reduce((sum, f) => sum + readFileSync(new URL(f, indexFolder)).length, 0);
  assert.ok(loaded.bytes < total / 2, `${loaded.bytes} of ${total} bytes`);
  assert.ok(!loaded.files.some((f) => f.startsWith('facets.')), 'the filter table is loaded only for filters');
  const before = loaded.files.length;
  await search.search('centre');
  assert.equal(loaded.files.length, before, 'files are loaded once');
});

test('refuses an index of another version', async () => {
  const search = createSearch({ load: () => ({ version: FORMAT_VERSION + 1 }) });
  await assert.rejects(search.search('centre'), /version/);
});

test('edit distance counts transpositions as one edit and stops early', () => {
  assert.equal(editDistance('centre', 'centre', 2), 0);
  assert.equal(editDistance('centre', 'cnetre', 2), 1);
  assert.equal(editDistance('centre', 'centr', 2), 1);
  assert.equal(editDistance('sejour', 'sjeuor', 2), 2);
  assert.equal(editDistance('a', 'abcdef', 2), 3);
  assert.equal(editDistance('東京', '東', 1), 1);
});

test('runtime module uses no Node-only API', () => {
  const source = readFileSync(new URL('../../Sources/RepereSearch/Runtime/search.mjs', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /\brequire\(|from ['"]node:|\bprocess\.|\bBuffer\b|innerHTML/);
});

test('a failed load is retried by the next query', async () => {
  let failing = true;
  const search = createSearch({
    load: (path) => {
      if (failing) throw new Error('network down');
      return JSON.parse(readFileSync(new URL(path, indexFolder), 'utf8'));
    },
  });
  await assert.rejects(search.search('centre'), /network down/);
  failing = false;
  assert.equal((await search.search('changer de centre')).results[0].url, '/affectations/changer-de-centre/');
});

test('words side by side in a title rank above the same words apart', async () => {
  // Same words, same title length: only their order tells the two pages apart.
  assert.equal(await first('fin du séjour'), '/sejour-de-cohesion/b-fin-du-sejour/');
  assert.equal(await first('séjour et fin'), '/sejour-de-cohesion/a-sejour-et-fin/');
});

test('fetches every file but the manifest with the index hash, so two builds never mix', async () => {
  const requested = [];
  const saved = globalThis.fetch;
  globalThis.fetch = async (url) => {
    requested.push(url);
    const text = readFileSync(new URL(url.pathname.replace(/^\/search\//, ''), indexFolder), 'utf8');
    return { ok: true, json: async () => JSON.parse(text) };
  };
  try {
    const search = createSearch({ indexURL: 'https://exemple.fr/search/index.json' });
    const { results } = await search.search('changer de centre');
    assert.ok(results.length > 0);
    const hash = JSON.parse(readFileSync(new URL('index.json', indexFolder), 'utf8')).hash;
    const [manifest, ...others] = requested;
    assert.equal(manifest.href, 'https://exemple.fr/search/index.json');
    assert.ok(others.length > 1);
    for (const url of others) assert.equal(url.searchParams.get('v'), hash, url.href);
  } finally {
    globalThis.fetch = saved;
  }
});

test('a passage of a video transcript is a result that opens the video at its minute', async () => {
  const { results } = await engine().search.search('exporter le trombinoscope');
  assert.equal(results[0].href, '/webinaires/rediffusion-accueil/#t=754');
  assert.equal(results[0].heading, 'Transcription — 12:34');
  assert.match(results[0].snippet.text, /trombinoscope des volontaires/);
  const welcome = (await engine().search.search('bienvenue webinaire accueil')).results[0];
  assert.equal(welcome.href, '/webinaires/rediffusion-accueil/#t=12');
});

test('a page titled as the query comes first, word order, accents and stop words aside', async () => {
  assert.equal(await first('Page vide'), '/premiers-pas/page-vide/');
  assert.equal(await first('vide page'), '/premiers-pas/page-vide/');
  const { results } = await engine().search.search('cohesion sejour fin');
  assert.deepEqual(results.slice(0, 2).map((r) => r.url).sort(), ['/sejour-de-cohesion/a-sejour-et-fin/', '/sejour-de-cohesion/b-fin-du-sejour/']);
  assert.ok(results[1].score > 3 * results[2].score, 'both titled so, far above the page that only uses the words');
});

test('a word no page holds with a letter too many at its end also tries the stem without it', async () => {
  // `centret` stems to itself, two edits from `centr`; `centre` stems to `centr`.
  assert.equal(await first('centret'), '/affectations/changer-de-centre/');
  assert.equal(await first('documentz'), '/premiers-pas/televerser-un-document/');
});

test('a typo one edit from a whole term leaves out the variants of its beginning or two edits away', async () => {
  assert.deepEqual(closestVariants([['sectoris', 0.8], ['sector', 0.6], ['secteur', 0.4]]), [['sectoris', 0.8]]);
  assert.deepEqual(closestVariants([['sector', 0.6], ['secteur', 0.4]]), [['sector', 0.6], ['secteur', 0.4]], 'none close: all');
});

test('a heading that is a common single word scores a quarter of the heading bonus', async () => {
  // Document 1 has the heading « Lieux », document 2 the title « Vos lieux »; `lieu` is in 5 of 10 pages.
  const bonuses = async (df) => {
    const clauses = [{ word: { term: 'lieu' }, alternatives: [{ terms: [['lieu', [], df]], weight: 1 }] }];
    const keys = { '#=lieu': [[1, 100]], '=lieu': [[2, 100]] };
    const candidates = new Map();
    await addTitleMatches(candidates, clauses, async (term) => (keys[term] ? { list: keys[term], df: 1 } : null), { docCount: 10, sectionPages: [] });
    return [candidates.get(1).score, candidates.get(2).score];
  };
  const [heading, title] = await bonuses(5);
  assert.ok(Math.abs(title / heading - 2) < 1e-9, `common: the title ${title}, near, twice the heading ${heading}`);
  const [rareHeading, rareTitle] = await bonuses(1);
  assert.ok(Math.abs(rareTitle / rareHeading - 2) < 1e-9 && rareHeading > 3 * heading, `rare: ${rareHeading} ${rareTitle}`);
});

test('a page titled word for word as the query, stop words included, comes first among the best', () => {
  const docs = [{ title: 'Organisations' }, { title: 'Pour une organisation' }, { title: 'Votre organisation' }];
  assert.deepEqual(titledFirst(docs, 'votre Organisation'), [2, 0, 1]);
  assert.deepEqual(titledFirst(docs, 'organisation'), [0, 1, 2], 'one word: the ranking stands');
  assert.deepEqual(titledFirst(docs, 'notre organisation'), [0, 1, 2], 'no title is the query');
  assert.deepEqual(titledFirst([{ title: 'A' }, { title: 'Ce que l’orientation change' }], "ce que l'orientation change !"), [1, 0]);
});

test('a page with a heading that is the whole query scores a heading bonus', async () => {
  // The same index with its heading keys (`#=…`) hidden: the bonus is what they add.
  const withoutHeadingKeys = createSearch({
    load: (path) => {
      const json = JSON.parse(readFileSync(new URL(path, indexFolder), 'utf8'));
      if (path.startsWith('t/')) for (const term of Object.keys(json.terms)) if (term.startsWith('#=')) delete json.terms[term];
      return json;
    },
  });
  const query = 'fichier refusé';
  const [withKeys] = (await engine().search.search(query)).results;
  const [without] = (await withoutHeadingKeys.search(query)).results;
  assert.equal(withKeys.url, '/premiers-pas/televerser-un-document/');
  assert.equal(without.url, withKeys.url);
  assert.ok(withKeys.score > without.score + 1, `${withKeys.score} against ${without.score}`);
});

test('"Vouliez-vous dire": unknown words spelt as the index has them, known words never replaced', async () => {
  assert.equal((await engine().search.search('chnager de sejour')).suggestion, 'changer de sejour');
  assert.equal((await engine().search.search('televerzer documant')).suggestion, 'téléverser document');
  assert.equal((await engine().search.search('changer de séjour')).suggestion, null);
  assert.equal((await engine().search.search('chnager', { typing: true })).suggestion, null, 'not while typing');
  assert.equal((await engine().search.search('zzzzzz')).suggestion, null, 'nothing close');
});

test('feminine job nouns also look up their masculine', () => {
  assert.equal(masculine('Programmeuse'), 'programmeur');
  assert.equal(masculine('conductrices'), 'conducteurs');
  assert.equal(masculine('boulangère'), 'boulanger');
  assert.equal(masculine('actrice'), 'acteur');
  assert.equal(masculine('formatrice'), null, '-atrice and -ateur share their stem already');
  assert.equal(masculine('centre'), null);
  assert.equal(masculine('conseillère'), 'conseiller');
  for (const word of ['repère', 'colère', 'misère', 'infirmière', 'matrice']) assert.equal(masculine(word), null, word);
});

test('an emoji after the last word is no word being typed', async () => {
  const plain = await engine().search.search('changer de centre', { typing: true });
  const withEmoji = await engine().search.search('changer de centre ☁️', { typing: true });
  assert.ok(plain.total > 0);
  assert.deepEqual(withEmoji.results.map((r) => r.url), plain.results.map((r) => r.url), 'the same results: ☁️ adds no word');
  assert.deepEqual(queryWords('météo ☁️').map((w) => [w.term, w.isPrefix]), [['meteo', false]]);
  assert.deepEqual(queryWords('étape 1️⃣').map((w) => w.term), ['etap', '1']);
  assert.deepEqual(queryWords('chang').map((w) => [w.term, w.isPrefix]), [['chang', true]]);
});

test('bad input is safe: empty, long, emoji, other scripts, stop words only', async () => {
  for (const query of ['', '   ', '😀🎉', '東京', 'москва', 'le la les de', 'é'.repeat(1000), 'ab '.repeat(400), '\u0000<script>']) {
    const response = await engine().search.search(query);
    assert.ok(Array.isArray(response.results) && response.total >= 0, query.slice(0, 10));
    assert.ok(response.suggestion === null || typeof response.suggestion === 'string');
  }
  assert.deepEqual(await urls('le la les de'), []);
});

test('a word no page holds weighs as much through its synonyms as the word they stand for', async () => {
  const top = async (query) => (await engine().search.search(query)).results[0];
  const upload = await top('upload');  // in the glossary's « Téléverser » group, on no page
  const own = await top('téléverser');
  assert.equal(upload.url, own.url);
  assert.equal(upload.score, own.score);
});

test('a word also matches the words of its family that the stemmer leaves apart', async () => {
  const family = (word) => derivedTerms(analyze(word)[0]);
  for (const [word, other] of [['inscription', 'inscrire'], ['inscription', 'inscrit'], ['modification', 'modifier'],
    ['suppression', 'supprimer'], ['connexion', 'connecter'], ['transmission', 'transmettre'], ['production', 'produit'],
    ['réception', 'recevoir'], ['convocation', 'convoquer'], ['correction', 'corriger'], ['élection', 'électeur'],
    ['perdu', 'perdre'], ['perdus', 'perdu'], ['contenus', 'contenu'], ['emplois', 'emploi']]) {
    assert.ok(family(word).includes(analyze(other)[0]), `${word} → ${other}`);
    assert.ok(family(other).includes(analyze(word)[0]), `${other} → ${word}`);
  }
  for (const [word, other] of [['commencer', 'commentaire'], ['instance', 'instant'], ['plaisance', 'plaisanter']]) {
    assert.ok(!family(word).includes(analyze(other)[0]), `${word} ↛ ${other}`);
  }
  assert.deepEqual(derivedTerms('if'), [], 'an ending alone is no word of a family');
  assert.deepEqual(derivedTerms(null), []);
  // « Modifier l'affectation » is in the body of one page only.
  assert.deepEqual(await urls('modification'), ['/affectations/changer-de-centre/']);
  // A relative weighs no rarer than the word typed: « produire » in one page does not outrank
  // « produit » in two for the query « produit » (it still does for « produire »).
  assert.equal(await first('produit'), '/inscriptions/produit/');
  assert.equal(await first('produire'), '/inscriptions/modifier-une-inscription/');
  // A page titled as the query with a relative of a word is titled as the query.
  assert.equal(await first('inscrire un jeune'), '/inscriptions/inscription-d-un-jeune/');
});

test('a section landing page ranks below an article matching as well, unless titled as the query', async () => {
  // « Affectations » sums up its pages in its description (« Affecter les volontaires… »).
  assert.equal(await first('affecter les volontaires'), '/affectations/changer-de-centre/');
  assert.equal(await first('affectations'), '/affectations/');
});

test('two query words in one section of a page rank above the same words in two sections', async () => {
  // Same words, same lengths, same fields: « badge » and « cantine » meet in one section only on
  // the second page.
  assert.equal(await first('badge cantine'), '/sejour-de-cohesion/d-acces-mardi/');
  assert.equal(await first('badge porte'), '/sejour-de-cohesion/c-acces-lundi/');
});

test('a rare word also tries the typo variants found in titles, unless its own term is in one', async () => {
  // `mariane` is a real term (a person, one page) and one doubled letter from the title « Le bloc Marianne ».
  const misspelt = await urls('mariane');
  assert.ok(misspelt.includes('/premiers-pas/h-equipe/'), 'the word itself');
  assert.ok(misspelt.includes('/premiers-pas/g-bloc-marianne/'), 'and the title one typo away');
  assert.ok(!(await urls('marianne')).includes('/premiers-pas/h-equipe/'), 'a variant in no title is not tried');
  // Marsac and Marssac, two communes: a name that is a title's word keeps to its own pages.
  assert.deepEqual(await urls('marssac'), ['/sejour-de-cohesion/j-centre-marssac/']);
  assert.deepEqual(await urls('marsac'), ['/sejour-de-cohesion/i-centre-marsac/']);
});

test('a long page whose one section answers ranks above a short page holding the words apart', async () => {
  // « Guide du centre » has ten sections; « Casiers » holds both words. « Affaires personnelles »
  // is short and holds them in two sections: BM25F's length normalisation alone ranks it first.
  assert.equal(await first('casier cadenas'), '/sejour-de-cohesion/m-guide-du-centre/');
  const [best] = (await engine().search.search('casier cadenas')).results;
  assert.equal(best.href, '/sejour-de-cohesion/m-guide-du-centre/#casiers', 'and links to that section');
});

test('a question frame weighs less even beside a single other word', async () => {
  // « savoir » is in the title « Tout savoir sur la cohorte »; the question is about a badge.
  const badge = ['/sejour-de-cohesion/c-acces-lundi/', '/sejour-de-cohesion/d-acces-mardi/'];
  assert.ok(badge.includes(await first('comment savoir où est mon badge')));
  assert.equal(await first('savoir'), '/sejour-de-cohesion/o-tout-savoir/', 'alone, the word is the query');
});

test('a word typed without accents finds what the accented word finds, though Snowball\'s suffixes carry accents', async () => {
  const word = (w) => ({ term: analyze(w)[0], word: w, folded: w.toLowerCase() });
  assert.deepEqual(['identite', 'securites', 'annulees', 'infirmiere', 'premieres', 'modifie', 'Verifie'].map((w) => accentedTerms(word(w))),
    [['ident'], ['secur'], ['annul'], ['infirmi'], ['premi'], ['modifi'], ['verifi']]);
  assert.deepEqual(accentedTerms(word('identité')), [], 'a word typed with an accent is as typed');
  assert.deepEqual(accentedTerms(word('annee')), [], 'no other term: nothing to add');
  assert.deepEqual(accentedTerms({ term: null, folded: 'ite' }), []);
  for (const [typed, accented] of [['infirmiere', 'infirmière'], ['arrivee', 'arrivée'], ['activites encadrees', 'activités encadrées']]) {
    assert.deepEqual(await urls(typed), await urls(accented), typed);
  }
  // `identite` is a term of its own (an address written in a page), rarer than `identité`'s.
  assert.equal(await first('identité'), '/inscriptions/verifier-l-identite/');
  assert.equal(await first('identite'), '/inscriptions/verifier-l-identite/');
});

test('a query spelling out an acronym the pages write finds them (bénéfices non commerciaux, BNC)', async () => {
  const lexicon = [{ term: 'bnc', df: 2, acronym: true }, { term: 'ndf', df: 1, acronym: true }, { term: 'app', df: 3, acronym: false }];
  const termsStarting = async (prefix) => lexicon.filter((e) => e.term.startsWith(prefix));
  const looked = [];
  const postings = async (term) => { looked.push(term); return lexicon.some((e) => e.term === term) ? { list: [[0, 100]], df: 1 } : null; };
  const clausesOf = (query) => queryWords(query).map((word) => ({ word, alternatives: [], weight: 1 }));
  const spelt = clausesOf('bénéfices non commerciaux');
  await addInitials(spelt, 'bénéfices non commerciaux', postings, termsStarting);
  assert.deepEqual(spelt.map((c) => c.alternatives.map((a) => a.terms[0][0])), [['bnc'], ['bnc']]);
  // Stop words counted (`note de frais`), or not; with one more word before or after.
  const notes = clausesOf('rembourser une note de frais');
  await addInitials(notes, 'rembourser une note de frais', postings, termsStarting);
  assert.deepEqual(notes.map((c) => c.alternatives.map((a) => a.terms[0][0])), [[], ['ndf'], ['ndf']]);
  // A term the pages do not write as an acronym is looked at no further (`admin paramètres plateforme`, `app`).
  looked.length = 0;
  const admin = clausesOf('admin paramètres plateforme');
  await addInitials(admin, 'admin paramètres plateforme', postings, termsStarting);
  assert.ok(admin.every((c) => c.alternatives.length === 0) && looked.length === 0);
});

test('an acronym no page writes finds the pages titled with its words (NDF, « Notes de frais »)', async () => {
  assert.equal(await first('NDF'), '/missions/notes-de-frais/');
  assert.equal(await first('rembourser ndf'), '/missions/notes-de-frais/');
  assert.equal(await first('cmig'), '/missions/creer-une-mission/', 'stop words left out');
  assert.deepEqual(await urls('xqz'), [], 'initials no title has');
});
