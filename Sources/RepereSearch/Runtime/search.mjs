// The Repère search runtime: queries the index that IndexBuilder.swift writes (format in
// Documentation/Reference/search-index-format.md). No dependencies; runs in browsers and in Node.
//
//   const engine = createSearch({ indexURL: '/search/index.json' });   // browser: fetch
//   const engine = createSearch({ load: (path) => readJSON(path) });   // tests, repere search
//   const { total, results } = await engine.search('changer de centre', { type: 'faq' });
//
// Query words are analysed like the text (analysis.mjs). Each word matches its term; a word with
// no term, or a rare one, also matches terms one or two edits away (5+ / 8+ letters, Damerau,
// first letter kept) or spelt alike under a French sound key; the last word, only while it is
// being typed, also matches the terms it begins; a feminine job noun also matches its masculine;
// glossary and default synonym groups add their other phrases. A page scores BM25F (precomputed
// per field in the postings) summed over the words and over the pairs of adjacent words it holds
// side by side, or most of its best section's own score if higher, plus a share for each pair of
// words it holds in one section of its text, times its share of the query's words (mildly); a
// section's landing page half of it; plus a bonus
// when its whole title is the query. A result links to its best-matching section. A submitted query with unknown words gets a
// "Vouliez-vous dire" suggestion.

import { analyze, fold, tokenizeWithOffsets } from './analysis.mjs';

export const FORMAT_VERSION = 11;

/**
 * Alternatives of a query word weigh this much against the word itself (a synonym of a phrase
 * that no page holds weighs 1); a pair of adjacent words found side by side (`phrase`) weighs
 * this much against a word (on the relevance set, 0.15 to 0.25 give the same MRR@10; from 0.3
 * long questions lose: a rare pair outweighs the words); a question's frame verb, `frame` (1, 0.5
 * and 0.3 give the same figures on the set: a guard against frames outweighing rarer words); a
 * term of the word's family (`derived`, see DERIVATIONS) as much as the word, as the stemmer's own
 * joins (0.6 and 0.8 ranked one paraphrase lower); two query words found in one section of a
 * page's text (`together`, see addProximity) add this much of the smaller of their two scores
 * (0.25 to 0.5 give the same figures on the relevance set, questions 0.896 → 0.916; from 0.7
 * acronyms and paraphrases lose). A word no page holds that is one edit from a whole term
 * (`wiget`, `widget`) is most likely that word: `typoWhole` (on a fifth corpus, a real GitBook
 * manual, 0.8 and 1 raised typos 0.944 → 1.000 against `typo1`; the other sets do not move).
 */
const WEIGHTS = { prefix: 0.8, sound: 0.8, typoWhole: 0.8, typo1: 0.6, typo2: 0.4, synonym: 0.6, phrase: 0.2, frame: 0.3, feminineStem: 0.5, derived: 1, together: 0.3 };
/**
 * A page whose whole title is the query's (`IndexBuilder.titleKey`) scores this much more, times
 * the summed IDF of the query's words; a title that is the query less one word (three words or
 * more), or the query's single word when that word is in more than COMMON_SHARE of the pages,
 * `near` times. On the relevance set, exact 1 to 4 give the same figures; near 0.25 to 1 cost one
 * query its first rank (« papiers d'identité perdus » finds the section « Papiers d'identité »),
 * kept for titles made of the query's key words. A page with a heading of one to four words that
 * is the query's (`IndexBuilder.headingKey`: « Qu'est-ce que Roundcube ? » for `roundcube`), not
 * a link alone, scores `heading` times: the page that defines a word above pages that use it (on
 * a real association's help centre, 0.889 → 0.909; the other sets do not move); for a single
 * word in more than COMMON_SHARE of the pages, `commonHeading` times (on a public service's
 * GitBook, meeting minutes' agenda headings « Lieux », « SMS » beat the pages titled with them:
 * 0.25 won five queries back, 0.5 three).
 */
const TITLE_MATCH = { exact: 2, near: 0.5, heading: 1, commonHeading: 0.25 };
const COMMON_SHARE = 0.1;
/**
 * A page's score is multiplied by the share of the query's words it holds (its question frames
 * aside, and words no page holds) to this power, for two words or more: a title holding one word
 * of four no longer outranks a page holding three. Mild on purpose: at 1 (classic coordination)
 * the relevance set lost paraphrases (0.763 → 0.716 on the demo); at 0.25 it loses nothing and
 * the fifth corpus gains 0.855 → 0.863 (« changer le logo et les couleurs du site »).
 */
const COORDINATION = 0.25;
/** `IndexBuilder.headingKeyTerms`: the most terms of a heading with a key of its own. */
const HEADING_KEY_TERMS = 4;
/** Whole-title keys tried per query, each word spelt by its term or a relative (WEIGHTS.derived). */
const MAX_TITLE_KEYS = 8;
/**
 * A section's landing page sums up its children in its description and lists: its score counts
 * this much, unless its title is the query's. On the relevance set, where no query looks for a
 * section page, 0.8 to 0.3 each raised MRR@10 (0.942 to 0.951, lower is better there); 0.5 is a
 * middle that still lets a section page that matches far better come first.
 */
const SECTION_PAGE_WEIGHT = 0.5;
/**
 * A page scores at least this much of its best section's own score (addSectionScore). On a
 * third corpus, a real GitBook help centre with tutorials 25 times the mean page length (80
 * queries, see bench/README.md), 0.5, 0.75 and 1 raised MRR@10 0.844 → 0.853, 0.854, 0.857 (1
 * cost a paraphrase); the 246 queries of the relevance set, on shorter pages, do not move.
 */
const SECTION_SCORE = 0.75;
/**
 * The verbs that frame a question (« que faire si », « je n'arrive pas à », « est-ce que je
 * peux », « comment savoir », « faut-il »…; the question words themselves are stop words): in a
 * query with another word, they weigh WEIGHTS.frame (« comment savoir où en est mon dossier »).
 */
const FRAME_TERMS = new Set(analyze('faire fais fait arriver arrive arrivons pouvoir peux peut puis devoir dois doit faut falloir vouloir veux veut voudrais savoir sais'));
/** Typos: words of TYPO_LETTERS[k] letters or more tolerate k + 1 edits. */
const TYPO_LETTERS = [5, 8];
/**
 * A term is compared with the query word's beginning from this length: at 5, a stem one edit
 * from half a word matched (`equip` for `equivalance`, above `equivalent`); 6 and 7 give the same
 * figures on the relevance set (typo MRR@10 0.975 → 0.985).
 */
const BEGINNING_LETTERS = 6;
/** The fewest letters of a submitted word that matches nothing for it to be read as cut short. */
const SHORTENED_LETTERS = 4;
/**
 * A word whose own term is in at most RARE_DF documents also tries its typo variants, those in
 * at least RARE_RATIO times more documents or in a page's title when its own term is in none (a
 * misspelling can be a real, rare stem; a misspelt name is often one edit from a title's word).
 */
const RARE_DF = 2;
const RARE_RATIO = 4;
/** Letters that begin the same sound: a typo may hide in their lexicons too. */
const SAME_SOUND = { c: ['k', 'q'], k: ['c', 'q'], q: ['c', 'k'], f: ['p'], p: ['f'] };
/** Prefix and typo matches kept per word: the terms in most documents (closest typos first). */
const MAX_EXPANSIONS = 30;
/** Words considered per query: beyond this, a long query adds nothing but work. */
const MAX_WORDS = 12;
/** The most words a query spelling out an acronym has (`addInitials`), and its letters. */
const INITIALS_WORDS = 6;
const INITIALS_LETTERS = [3, 6];
const SNIPPET_LENGTH = 180;

/**
 * A search engine over one index. `load(path, version)` returns the parsed JSON of a file of the
 * index (`index.json`, `t/….json`…); by default files are fetched relative to `indexURL`, every
 * file but the manifest with `?v=<the index's hash>`, so that a browser never mixes the files of
 * two builds while files that did not change keep their names on disk.
 */
export function createSearch({ indexURL = 'search/index.json', load } = {}) {
  const fetchJSON = load ?? (async (path, version) => {
    const url = new URL(path, new URL(indexURL, globalThis.location?.href));
    if (version) url.searchParams.set('v', version);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`search index: ${path}: HTTP ${response.status}`);
    return response.json();
  });
  const files = new Map();
  /** A loaded lexicon → its entries, most frequent first, with their sound keys. */
  const lexicons = new WeakMap();
  /** A loaded term shard → its terms' decoded postings, decoded once (a query often repeats). */
  const decoded = new WeakMap();
  /** Each file is loaded once; a failed load is forgotten, so the next query tries again. */
  const file = (path, version) => {
    if (!files.has(path)) {
      files.set(path, Promise.resolve().then(() => fetchJSON(path, version)).catch((error) => {
        files.delete(path);
        throw error;
      }));
    }
    return files.get(path);
  };
  const manifest = async () => {
    const m = await file('index.json');
    if (m.version !== FORMAT_VERSION) throw new Error(`search index version ${m.version}, expected ${FORMAT_VERSION}`);
    return m;
  };

  return {
    /** The manifest: filter values with their labels (`sections`, `types`, `audiences`). */
    manifest,
    /**
     * Results for a query, best first: one per page, linking to its best section; `total`, the
     * number of pages found (for a word in very many pages, among its best postings); and
     * `suggestion`, the query with its unknown words spelt as the index has them, or null.
     * `filters`: `section`, `type`, `audience` ids (absent or empty: any); `limit` (10);
     * `typing`: true while the query is being typed (its last word then also matches as a
     * prefix), false for a submitted query (Enter, a `?q=` address, `repere search`).
     */
    async search(query, { section, type, audience, limit = 10, typing = false } = {}) {
      const words = queryWords(String(query ?? ''));
      if (words.length === 0) return { total: 0, results: [], suggestion: null };
      const m = await manifest();
      const named = (name) => `${name}.json`;
      /** A term's postings and document frequency, or null. */
      const postings = async (term) => {
        if (m.termShards === 0) return null;
        const shard = await file(named(`t/${termShard(term, m.termShards)}`), m.hash);
        if (!shard.terms[term]) return null;
        if (!decoded.has(shard)) decoded.set(shard, new Map());
        const terms = decoded.get(shard);
        if (!terms.has(term)) terms.set(term, decodePostings(shard.terms[term]));
        const list = terms.get(term);
        return { list, df: shard.df[term] ?? list.length };
      };
      /** The terms starting with `prefix`, most frequent first: { term, df, titled, key (soundKey), length, keyLength }. */
      const termsStarting = async (prefix) => {
        const first = codePoints(prefix, 1);
        if (!m.lexicons.includes(first)) return [];
        const lexicon = await file(named(`l/${hex(first)}`), m.hash);
        if (!lexicons.has(lexicon)) {
          const titled = new Set(lexicon.titled), acronyms = new Set(lexicon.acronyms ?? []);
          lexicons.set(lexicon, Object.entries(lexicon.terms).map(([term, df]) => {
            const key = soundKey(term);
            return { term, df, titled: titled.has(term), acronym: acronyms.has(term), key, length: [...term].length, keyLength: [...key].length };
          })
            .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1)));
        }
        const entries = lexicons.get(lexicon);
        return prefix === first ? entries : entries.filter((e) => e.term.startsWith(prefix));
      };
      /** The phrases (their terms) whose initials are `initials`, as titles and headings spell them out (`ndf`). */
      const speltOut = async (initials) =>
        m.termShards === 0 ? [] : (await file(named(`t/${termShard('~' + initials, m.termShards)}`), m.hash)).spelt?.[initials] ?? [];
      /** Alternatives for some terms (at most MAX_EXPANSIONS) with their weight and kind (`typo`…). */
      const expansions = async (entries, kind) => Promise.all(entries.slice(0, MAX_EXPANSIONS).map(async ([t, weight]) => {
        const found = await postings(t);
        return { terms: [[t, found?.list ?? [], found?.df ?? 0]], weight, kind };
      }));
      /**
       * The words a beginning may be (`orga` → `organis`, `organiz`): one word, as rare as the
       * commonest of them, not the rarest one's weight for a completion found by chance in a URL.
       */
      const completions = async (entries) => {
        const found = await expansions(entries.map(({ term }) => [term, WEIGHTS.prefix]), 'prefix');
        const df = Math.max(0, ...found.map((a) => a.terms[0][2]));
        for (const a of found) a.terms[0][2] = df;
        return found;
      };

      const clauses = await Promise.all(words.map(async (w) => {
        const alternatives = [];
        const own = w.term === null ? null : await postings(w.term);
        if (own) alternatives.push({ terms: [[w.term, own.list, own.df]], weight: 1 });
        const masculine = masculineTerm(w);
        const masculinePostings = masculine && await postings(masculine);
        if (masculinePostings) {
          // The masculine noun is the word's meaning; the stem it shares with a verb only a vague one.
          if (own) alternatives[0].weight = WEIGHTS.feminineStem;
          alternatives.push({ terms: [[masculine, masculinePostings.list, masculinePostings.df]], weight: 1 });
        }
        for (const t of accentedTerms(w)) {
          const found = await postings(t);
          if (!found) continue;
          // The word as the pages spell it: when it is in more pages than the unaccented term, it
          // comes first (for title matches) and that term, the same word, weighs as rare as it.
          const alternative = { terms: [[t, found.list, found.df]], weight: 1 };
          if (own && found.df > own.df) {
            const spelt = alternatives.find((a) => a.terms[0][0] === w.term);
            if (spelt) spelt.terms[0][2] = found.df;
            alternatives.unshift(alternative);
          } else {
            alternatives.push(alternative);
          }
        }
        for (const t of derivedTerms(w.term)) {
          const found = await postings(t);
          // A relative of the word weighs no rarer than the word (`produir` in 3 pages for `produit` in 51).
          if (found) alternatives.push({ terms: [[t, found.list, Math.max(found.df, own?.df ?? 0)]], weight: WEIGHTS.derived, kind: 'derived' });
        }
        if (w.isPrefix && typing && w.letters >= 2) {
          // Terms the word begins, and stems of longer words it is the beginning of (`changem` → `chang`).
          const prefixed = (await termsStarting(codePoints(w.folded, 2)))
            .filter(({ term: t }) => t !== w.term && (t.startsWith(w.folded) || (w.folded.startsWith(t) && t.length >= 3)));
          alternatives.push(...await completions(prefixed));
        }
        if (w.term !== null && (alternatives.length === 0 || (own && !masculinePostings && own.df <= RARE_DF && w.letters >= TYPO_LETTERS[0]))) {
          const variants = closestVariants(await typoVariants(w, own?.df ?? 0, termsStarting));
          alternatives.push(...await expansions(variants, 'typo'));
          // A word no page holds with one letter too many at its end (`zimbrat`): Snowball stems it
          // apart (`zimbrat`, `zimbr`), so the stem of the word without that letter is tried too.
          const cut = own || w.letters < TYPO_LETTERS[0] ? null : analyze(w.folded.slice(0, -1))[0];
          if (cut && cut !== w.term && !variants.some(([t]) => t === cut)) {
            const found = await postings(cut);
            if (found) alternatives.push({ terms: [[cut, found.list, found.df]], weight: WEIGHTS.typoWhole, kind: 'typo' });
          }
        }
        if (!own && w.term !== null && w.letters >= INITIALS_LETTERS[0] && w.letters <= INITIALS_LETTERS[1] && /^\p{L}+$/u.test(w.folded)) {
          // An acronym no page writes (`NDF`): the titles and headings it is the initials of (« Notes de frais »).
          for (const phrase of await speltOut(w.folded)) {
            const found = await Promise.all(phrase.map(postings));
            alternatives.push({ terms: phrase.map((t, k) => [t, found[k]?.list ?? [], found[k]?.df ?? 0]), weight: 1, kind: 'initials' });
          }
        }
        if (alternatives.length === 0 && w.term !== null && w.letters >= SHORTENED_LETTERS) {
          // A word cut short (`gloss`, `admin`) that matches nothing else, no typo either: the words it begins.
          alternatives.push(...await completions(await termsStarting(w.folded)));
        }
        return { word: w, alternatives, weight: 1 };
      }));
      const content = clauses.filter((c) => !FRAME_TERMS.has(c.word.term)).length;
      for (const c of clauses) if (content >= 1 && FRAME_TERMS.has(c.word.term)) c.weight = WEIGHTS.frame;
      await addSynonyms(clauses, m.synonyms, postings);
      if (!typing) await addInitials(clauses, String(query), postings, termsStarting);
      clauses.push(...await phraseClauses(String(query), postings));

      const candidates = score(clauses, m.docCount, m.ranking.k1);
      for (const c of candidates.values()) {
        if (c.words.length < 2) continue;
        const sections = wordSections(c, m.docCount, m.ranking.k1);
        addSectionScore(c, sections);
        addProximity(c, sections);
      }
      coordinate(candidates, clauses);
      await addTitleMatches(candidates, clauses, postings, m);
      const facets = section || type || audience ? (await file(named('facets'), m.hash)).docs : null;
      const keep = facetFilter(m, facets, { section, type, audience });
      const ranked = [...candidates.values()].filter((c) => keep(c.doc))
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
      const window = ranked.slice(0, Math.max(0, limit, TITLED_WINDOW));
      const loaded = await Promise.all(window.map(async (c) =>
        (await file(named(`d/${Math.floor(c.doc / m.docs.perShard)}`), m.hash)).docs[c.doc % m.docs.perShard]));
      const order = titledFirst(loaded, String(query)).slice(0, Math.max(0, limit));
      const shown = order.map((i) => window[i]), docs = order.map((i) => loaded[i]);
      const matched = new Set(clauses.flatMap((c) => c.alternatives.flatMap((a) => a.terms.map(([t]) => t))));
      const results = shown.map((c, i) => result(c, docs[i], matched, sectionWeights(c, m.docCount)));
      return { total: ranked.length, results, suggestion: typing ? null : suggestion(String(query), clauses, results) };
    },
  };
}

/**
 * The query's distinct terms, each with its folded word. The last word, when the query ends in it,
 * is a prefix; if it is a stop word (`changer de sé`), it only matches as a prefix.
 */
export function queryWords(query) {
  const tokens = tokenizeWithOffsets(query);
  const last = /[\p{L}\p{Nd}](?:(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{L}\p{M}\p{Nd}])*$/u.exec(query);  // analysis.mjs' WORD
  const words = [];
  for (const t of tokens) {
    const folded = fold(query.slice(t.start, t.end));
    const isPrefix = last !== null && t.end === query.length;
    const same = words.find((w) => w.term === t.token);
    if (same) same.isPrefix ||= isPrefix;
    else if (words.length < MAX_WORDS) words.push({ term: t.token, word: query.slice(t.start, t.end), folded, letters: [...folded].length, isPrefix, start: t.start, end: t.end });
  }
  if (last && tokens.at(-1)?.end !== query.length) {
    const folded = fold(last[0]);
    words.push({ term: null, folded, letters: [...folded].length, isPrefix: true });
  }
  return words;
}

/**
 * Terms a query word may be a typo of, closest first, as [term, weight]: at most
 * `TYPO_EDITS[k]` edits (Damerau: a transposition is one edit) for words of `TYPO_LETTERS[k]`
 * letters or more, and for a word of four letters no page holds a transposition alone
 * (`mial`, `mail`), the first letter kept, the stem or the word's beginning compared with the term
 * (a term of BEGINNING_LETTERS or more); or spelt alike once French spellings of one sound are
 * merged (`soundKey`: `kiosque`/`quiosque`, `photo`/`foto`, `pacser`/`pacsser`), whatever the
 * first letter. For a word whose own term is rare (`ownDf` > 0), only whole terms one edit away
 * or spelt alike count (`demenag`, « déménagé », is no typo of `defens`, which its beginning
 * `demena` is two edits from), in at least `RARE_RATIO` times more documents, or in a page's title
 * when the word's own term is in none.
 */
export async function typoVariants(w, ownDf, termsStarting) {
  const maxEdits = w.letters >= TYPO_LETTERS[1] ? 2 : w.letters >= TYPO_LETTERS[0] ? 1 : 0;
  const first = codePoints(w.term, 1);
  const key = soundKey(w.term), foldedKey = soundKey(w.folded);
  const termLetters = [...w.term].length;
  // Bounds for the keys come from the key's own length: `eeeeee` is not a typo of `e`.
  const keyLetters = [...key].length;
  const keyEdits = Math.min(maxEdits, keyLetters >= TYPO_LETTERS[1] ? 2 : keyLetters >= TYPO_LETTERS[0] ? 1 : 0);
  const keyFirst = codePoints(key, 1);
  // The beginnings of the word and of its key, by length (each computed once).
  const beginnings = (text) => { const chars = [...text], memo = new Map(); return (n) => memo.get(n) ?? memo.set(n, chars.slice(0, n).join('')).get(n); };
  const wordStart = beginnings(w.folded), keyStart = beginnings(foldedKey);
  const near = [];
  const seen = new Set([w.term]);
  const ownTitled = ownDf > 0 && (await termsStarting(first)).some((e) => e.term === w.term && e.titled);
  for (const letter of [first, ...(SAME_SOUND[first] ?? [])]) {
    for (const { term: t, df, titled, key: k, length, keyLength } of await termsStarting(letter)) {
      if (seen.has(t) || (df < ownDf * RARE_RATIO && !(titled && !ownTitled)) || (letter !== first && !k.startsWith(keyFirst))) continue;
      seen.add(t);
      if (k === key && keyLetters >= 3) {
        near.push({ t, df, weight: WEIGHTS.sound });
        continue;
      }
      // Only lengths within the bounds can be close enough: most terms stop here.
      const keyClose = Math.abs(keyLength - keyLetters) <= keyEdits, wordClose = letter === first && Math.abs(length - termLetters) <= maxEdits;
      let d = Math.min(keyClose ? editDistance(key, k, keyEdits) : Infinity, keyLength >= BEGINNING_LETTERS ? editDistance(keyStart(keyLength), k, keyEdits) : Infinity);
      if (d > keyEdits) d = Infinity;
      const whole = letter === first && wordClose ? editDistance(w.term, t, maxEdits) : Infinity;
      if (letter === first) d = Math.min(d, whole, length >= BEGINNING_LETTERS ? editDistance(wordStart(length), t, maxEdits) : Infinity);
      const weight = whole <= 1 && ownDf === 0 ? WEIGHTS.typoWhole : d <= 1 ? WEIGHTS.typo1 : WEIGHTS.typo2;
      // A word some page holds is a typo of a whole word one edit away, never of a beginning.
      if (ownDf > 0 ? whole <= Math.min(1, maxEdits) : d <= maxEdits) near.push({ t, df, weight });
      // A word of four letters no page holds: two letters swapped only (`mial`, `mail`).
      else if (maxEdits === 0 && ownDf === 0 && w.letters === 4 && letter === first && isTransposition(w.term, t)) near.push({ t, df, weight: WEIGHTS.typoWhole });
    }
  }
  return near.sort((a, b) => b.weight - a.weight || b.df - a.df).map(({ t, weight }) => [t, weight]);
}

/**
 * The typo variants a word matches: those one edit from the whole word or spelt alike when there
 * are some, else all. Each keeps its own IDF: a rare partial match (`sector` for
 * `sectorization`) outscored the right one (`sectoris`, in 27 pages).
 */
export function closestVariants(variants) {
  const closest = variants.filter(([, weight]) => weight >= WEIGHTS.typoWhole);
  return closest.length > 0 ? closest : variants;
}

/**
 * A spelling key under which French spellings of one sound meet: `ph` → `f`, `qu`, `ck` and a
 * hard `c` → `k`, `th` → `t`, `y` → `i`, doubled letters single (`ss` → `s`, `ll` → `l`).
 */
export function soundKey(term) {
  return term.replace(/ph/g, 'f').replace(/ck|qu|c(?![eiy])/g, 'k').replace(/th/g, 't').replace(/y/g, 'i').replace(/(.)\1+/g, '$1');
}

/**
 * The term of the masculine form of a feminine noun, when the Snowball stem does not join them
 * (`programmeuse` → `programm`, the verb's stem, but `programmeur` → `programmeur`; `conductrice`,
 * `boulangère`), else null.
 */
function masculineTerm(w) {
  const word = w.term === null ? null : masculine(w.word);
  const term = word && analyze(word)[0];
  return term && term !== w.term ? term : null;
}

/**
 * The masculine of a word with a feminine job noun's ending, else null: -euse, -trice (not
 * -atrice, which Snowball joins), and -ère only after `g` or `ll` (`boulangère`, `conseillère`:
 * `colère`, `misère`, `repère` are no feminines; -ière is joined by Snowball already).
 */
export function masculine(word) {
  const lower = word.normalize('NFC').toLowerCase();
  const form = lower.replace(/euse(s?)$/, 'eur$1').replace(/([^a])trice(s?)$/, '$1teur$2').replace(/(g|ll)(?:è|e)re(s?)$/, '$1er$2');
  return form === lower ? null : form;
}

/**
 * Stem endings of one word family that the Snowball stemmer leaves apart, each pair both ways:
 * a noun of action and its verb or participle (`inscription`/`inscrire`/`inscrit`,
 * `modification`/`modifier`, `suppression`/`supprimer`, `transmission`/`transmettre`,
 * `connexion`/`connecter`, `production`/`produire`/`produit`, `réception`/`recevoir`,
 * `convocation`/`convoquer`, `correction`/`corriger`, `élection`/`électeur`), a -re verb and its
 * participle (`perdre`/`perdu`). Over the 21,655 words of Snowball's French vocabulary they join
 * 83 pairs, all but two of one family (`remettre`/`rémission`, `direct`/`diriger` are loose);
 * `-ence`/`-ent` and `-ance`/`-ant` were left out (`commencer`/`commentaire`,
 * `plaisance`/`plaisanter`, `instance`/`instant`). Plurals Snowball keeps apart after u and oi
 * (`perdus`/`perdu`, `emplois`/`emploi`) join 72 more, all but four of one family
 * (`cousait`/`cou`, `choisi`/`choyé`, `amusa`/`amuïssement`, `Pérouse`/`Pérou`).
 */
const DERIVATIONS = [
  ['if', 'ifi'], ['ript', 'rir'], ['ript', 'rit'], ['rir', 'rit'], ['press', 'prim'], ['miss', 'mettr'],
  ['exion', 'ect'], ['uct', 'uir'], ['uct', 'uit'], ['uir', 'uit'], ['cept', 'cevoir'], ['oc', 'oqu'],
  ['rect', 'rig'], ['dr', 'du'], ['ct', 'cteur'],
  // Plurals Snowball keeps apart, its final s left after u and oi: `perdus`/`perdu`, `contenus`/`contenu`, `emplois`/`emploi`.
  ['us', 'u'], ['ois', 'oi'],
].flatMap(([a, b]) => [[a, b], [b, a]]);

/**
 * Endings of a word typed without accents, with the accents of the Snowball suffixes they may be
 * (`-ité`, `-ée`, `-ière`, `-èrent`, `-ié`, `-é`): `identite` stems to `identit`, but
 * `identité`, as pages spell it, to `ident`. Longest first; the first that matches is used.
 */
const ACCENTED_ENDINGS = [['ites', 'ités'], ['ite', 'ité'], ['erent', 'èrent'], ['ees', 'ées'], ['ee', 'ée'], ['eres', 'ères'], ['ere', 'ère'], ['ies', 'iés'], ['ie', 'ié'], ['es', 'és'], ['e', 'é']];

/**
 * The term of a word typed without any accent once its ending is accented as a suffix
 * (ACCENTED_ENDINGS), when it differs from the word's own: a query word matches it as itself.
 */
export function accentedTerms(w) {
  if (w.term === null || w.word === undefined || w.word.toLowerCase() !== w.folded) return [];
  const ending = ACCENTED_ENDINGS.find(([plain]) => w.folded.endsWith(plain) && w.folded.length > plain.length + 2);
  if (!ending) return [];
  const term = analyze(w.folded.slice(0, -ending[0].length) + ending[1])[0];
  return term && term !== w.term ? [term] : [];
}

/**
 * The terms of a term's word family under DERIVATIONS (`inscript` → `inscrir`, `inscrit`), the
 * part before the ending at least 2 letters long. A query word also matches those that some
 * page holds, at WEIGHTS.derived.
 */
export function derivedTerms(term) {
  const out = new Set();
  for (const [from, to] of term === null ? [] : DERIVATIONS) {
    if (!term.endsWith(from) || term.length - from.length < 2) continue;
    out.add(term.slice(0, -from.length) + to);
  }
  return [...out];
}

/**
 * Adds TITLE_MATCH to the pages titled as the query: the title key of each word's term (its own,
 * else its closest alternative), and with three words or more, of each word left out in turn;
 * `heading` to those with a heading that is the whole query (the best of the bonuses counts).
 * Before that, a section's landing page scores SECTION_PAGE_WEIGHT, unless titled as the query.
 */
export async function addTitleMatches(candidates, clauses, postings, { docCount, sectionPages }) {
  const words = clauses.filter((c) => c.word && c.alternatives.some((a) => a.terms.length === 1));
  const chosen = words.map((c) => c.alternatives.find((a) => a.terms.length === 1).terms[0]);
  // A single word found in more than COMMON_SHARE of the pages is a weak title match.
  const common = chosen.length === 1 && chosen[0][2] > COMMON_SHARE * docCount;
  // The whole title: with each word's term, or a relative of it (`authentifier` titled `authentification`).
  const spellings = words.map((c, i) => [chosen[i], ...c.alternatives.filter((a) => a.kind === 'derived').map((a) => [a.terms[0][0], 0, chosen[i][2]])]);
  let wholes = chosen.length === 0 ? [] : [[]];
  for (const options of spellings) wholes = wholes.flatMap((w) => options.map((o) => [...w, o])).slice(0, MAX_TITLE_KEYS);
  const keys = wholes.map((terms) => [terms, common ? TITLE_MATCH.near : TITLE_MATCH.exact, true]);
  const heading = common ? TITLE_MATCH.commonHeading : TITLE_MATCH.heading;
  if (wholes.length > 0 && wholes[0].length <= HEADING_KEY_TERMS) keys.push(...wholes.map((terms) => [terms, heading, false, '#']));
  if (chosen.length >= 3) chosen.forEach((_, i) => keys.push([chosen.filter((__, j) => j !== i), TITLE_MATCH.near, false]));
  const bonus = new Map();
  const titled = new Set();
  await Promise.all(keys.map(async ([terms, weight, whole, mark = '']) => {
    const found = await postings(mark + titleKey(terms.map(([t]) => t)));
    const value = weight * terms.reduce((sum, [, , df]) => sum + idf(df, docCount), 0);
    for (const [doc] of found?.list ?? []) {
      bonus.set(doc, Math.max(bonus.get(doc) ?? 0, value));
      if (whole) titled.add(doc);
    }
  }));
  for (const doc of sectionPages) if (candidates.has(doc) && !titled.has(doc)) candidates.get(doc).score *= SECTION_PAGE_WEIGHT;
  for (const [doc, value] of bonus) {
    const c = candidates.get(doc) ?? { doc, score: 0, picks: [] };
    c.score += value;
    candidates.set(doc, c);
  }
}

/** `IndexBuilder.titleKey`: `=` and the distinct terms in code point order, space-separated. */
export function titleKey(terms) {
  const order = (a, b) => { const x = [...a], y = [...b]; for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i].codePointAt(0) - y[i].codePointAt(0); return x.length - y.length; };
  return `=${[...new Set(terms)].sort(order).join(' ')}`;
}

/**
 * "Vouliez-vous dire … ?": the query with each word that has no term of its own, and was matched
 * by a typo, spelt as the closest term's word in a shown result (title or snippet); null when no
 * word is replaced. A word the index holds is never replaced.
 */
function suggestion(query, clauses, results) {
  const corrected = clauses.filter((c) => c.word?.term && c.alternatives.some((a) => a.kind === 'typo')
    && !c.alternatives.some((a) => a.terms.some(([t]) => t === c.word.term)));
  if (corrected.length === 0) return null;
  // Each term as a word of the results' titles and snippets spells it (they show the matches).
  const spelling = new Map();
  for (const r of results) {
    for (const text of [r.title, r.snippet.text]) {
      for (const t of tokenizeWithOffsets(text)) if (!spelling.has(t.token)) spelling.set(t.token, text.slice(t.start, t.end).toLowerCase());
    }
  }
  let out = '', at = 0;
  for (const { word: w, alternatives } of corrected) {
    const replacement = alternatives.map((a) => a.kind === 'typo' && spelling.get(a.terms[0][0])).find(Boolean);
    if (!replacement) continue;
    out += query.slice(at, w.start) + replacement;
    at = w.end;
  }
  return at === 0 ? null : out + query.slice(at);
}

/**
 * For each glossary phrase found in the query (consecutive query terms), adds the group's other
 * phrases as alternatives of the words it covers.
 */
async function addSynonyms(clauses, groups, postings) {
  const terms = clauses.map((c) => c.word.term);  // null for a stop word being typed: in no phrase
  for (const group of groups) {
    for (const phrase of group) {
      for (let start = 0; start + phrase.length <= terms.length; start++) {
        if (!phrase.every((t, k) => terms[start + k] === t)) continue;
        for (const other of group) {
          if (other === phrase) continue;
          const found = await Promise.all(other.map(postings));
          if (found.every((f) => f === null)) continue;
          // A phrase that no page holds means only what its synonyms mean: they weigh as much as it.
          const absent = clauses.slice(start, start + phrase.length).every((c) => !c.alternatives.some((a) => a.terms.length === 1 && a.terms[0][0] === c.word.term));
          const alternative = { terms: other.map((t, k) => [t, found[k]?.list ?? [], found[k]?.df ?? 0]), weight: absent ? 1 : WEIGHTS.synonym };
          for (let k = start; k < start + phrase.length; k++) clauses[k].alternatives.push(alternative);
        }
      }
    }
  }
}

/**
 * An acronym the query spells out: the initials of its words, stop words counted or not, whole
 * or less its first or last word (`bénéfices non commerciaux` → `bnc`, `note de frais` → `ndf`,
 * `compte personnel de formation solde` → `cpf`), of INITIALS_LETTERS, match the pages holding
 * that term as a synonym of those words, as a help centre writing « BNC » only is found by a
 * reader spelling it out. Only a term the pages write as an acronym (the lexicon's `acronym`:
 * `admin paramètres plateforme` is no `app`), none of the query's own terms.
 */
export async function addInitials(clauses, query, postings, termsStarting) {
  const words = clauses.filter((c) => c.word?.term && c.word.start !== undefined);
  if (words.length < 2 || words.length > INITIALS_WORDS) return;
  const own = new Set(words.map((c) => c.word.term));
  const windows = words.length >= 3 ? [[0, words.length], [1, words.length], [0, words.length - 1]] : [[0, words.length]];
  const tried = new Set();
  for (const [from, to] of windows) {
    const runs = query.slice(words[from].word.start, words[to - 1].word.end).match(/[\p{L}\p{N}]+/gu) ?? [];
    const initials = (kept) => kept.map((run) => [...fold(run)][0]).join('');
    for (const letters of [initials(runs), initials(runs.filter((run) => analyze(run).length > 0))]) {
      // The term an acronym of those letters has (`AES` → `ae`); none for a stop word (`les`).
      const term = analyze(letters)[0];
      const count = [...letters].length;
      if (!term || count < INITIALS_LETTERS[0] || count > INITIALS_LETTERS[1] || own.has(term) || tried.has(term)) continue;
      tried.add(term);
      if (!(await termsStarting(codePoints(term, 1))).some((e) => e.term === term && e.acronym)) continue;
      const found = await postings(term);
      if (!found) continue;
      const alternative = { terms: [[term, found.list, found.df]], weight: WEIGHTS.synonym, kind: 'initials' };
      for (const c of words.slice(from, to)) c.alternatives.push(alternative);
    }
  }
}

/**
 * A clause per pair of query words that follow each other (stop words aside): pages whose title,
 * a heading, keywords or description hold them side by side (a phrase term, `chang centr`) score
 * it as one more word.
 */
async function phraseClauses(query, postings) {
  const terms = tokenizeWithOffsets(query).slice(0, MAX_WORDS).map((t) => t.token);
  const pairs = new Set(terms.slice(1).map((t, i) => `${terms[i]} ${t}`));
  return (await Promise.all([...pairs].map(async (term) => {
    const found = await postings(term);
    return found && { alternatives: [{ terms: [[term, found.list, found.df]], weight: WEIGHTS.phrase }] };
  }))).filter(Boolean);
}

/**
 * BM25F score of every document matching a clause, summed over the clauses (a mild coordination
 * comes after, see COORDINATION):
 * doc → { doc, score, picks, words }, `picks` being the alternative that scored it in each
 * clause, `words` the same for the query's words with their scores and the clauses' weights.
 */
function score(clauses, docCount, k1) {
  const candidates = new Map();
  for (const clause of clauses) {
    // Per document: the best alternative and its score.
    const best = new Map();
    for (const alternative of clause.alternatives) {
      const perDoc = new Map();
      const share = (clause.weight ?? 1) * alternative.weight / alternative.terms.length;
      for (const [, list, df] of alternative.terms) {
        const weight = idf(df, docCount) * share;
        for (const posting of list) {
          const tf = posting[1] / 100;
          perDoc.set(posting[0], (perDoc.get(posting[0]) ?? 0) + (weight * tf * (k1 + 1)) / (tf + k1));
        }
      }
      for (const [doc, value] of perDoc) {
        if (value > (best.get(doc)?.value ?? 0)) best.set(doc, { value, alternative });
      }
    }
    for (const [doc, { value, alternative }] of best) {
      const c = candidates.get(doc) ?? { doc, score: 0, picks: [], words: [] };
      c.score += value;
      c.picks.push(alternative);
      if (clause.word) c.words.push({ value, alternative, weight: clause.weight ?? 1 });
      candidates.set(doc, c);
    }
  }
  return candidates;
}

/** The results among which a page titled word for word as the query is put first. */
const TITLED_WINDOW = 10;

/**
 * The order of `docs` (the best results, best first) with the pages whose title is the query
 * word for word first, stop words included (accents, case and punctuation aside): « Votre
 * organisation » before « Organisations » and « Pour une organisation », which share its title
 * key. Not for a query of one word, where a page that uses it far more may rightly come first.
 */
export function titledFirst(docs, query) {
  const words = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
  const asked = words(query);
  const order = docs.map((_, i) => i);
  if (!asked.includes(' ')) return order;
  const titled = order.filter((i) => words(docs[i].title) === asked);
  return titled.length === 0 ? order : [...titled, ...order.filter((i) => !titled.includes(i))];
}

/** Multiplies each page's score by its share of the query's words to the power COORDINATION. */
export function coordinate(candidates, clauses) {
  const words = clauses.filter((c) => c.word && !FRAME_TERMS.has(c.word.term) && c.alternatives.length > 0).length;
  if (words < 2) return;
  for (const c of candidates.values()) {
    const held = c.words.filter((w) => w.weight === 1).length;
    c.score *= Math.pow(Math.min(held, words) / words, COORDINATION);
  }
}

/**
 * Each query word a page holds, as its sections there → the word's BM25 in that section taken
 * alone (its count saturated by k1, no length normalisation): read once from the postings for
 * addSectionScore and addProximity.
 */
function wordSections(c, docCount, k1) {
  return c.words.map(({ alternative, weight }) => {
    const share = weight * alternative.weight / alternative.terms.length;
    const values = new Map();
    for (const [, list, df] of alternative.terms) {
      const posting = findPosting(list, c.doc);
      for (let i = 2; posting && i + 1 < posting.length; i += 2) {
        const count = posting[i + 1];
        values.set(posting[i], (values.get(posting[i]) ?? 0) + idf(df, docCount) * share * (count * (k1 + 1)) / (count + k1));
      }
    }
    return values;
  });
}

/**
 * A long page whose answer is one of its sections: the page scores at least SECTION_SCORE times
 * its best section's own score, among the sections that hold two query words or more. BM25F's
 * length normalisation otherwise buries a long tutorial's matching section under shorter pages.
 */
function addSectionScore(c, wordSections) {
  const sections = new Map();  // section → { value, words }
  for (const values of wordSections) {
    for (const [s, value] of values) {
      const section = sections.get(s) ?? { value: 0, words: 0 };
      section.value += value;
      section.words += 1;
      sections.set(s, section);
    }
  }
  let best = 0;
  for (const { value, words } of sections.values()) if (words >= 2) best = Math.max(best, value);
  c.score = Math.max(c.score, SECTION_SCORE * best);
}

/**
 * Proximity at the grain the postings keep, the section (the text under one heading): each pair
 * of query words that a page holds in one section adds WEIGHTS.together times the smaller of the
 * two words' scores. A question's words that meet in one paragraph of an answer say more than
 * the same words scattered over a page; the title and description belong to no section.
 */
function addProximity(c, wordSections) {
  for (let i = 0; i < c.words.length; i++) {
    for (let j = i + 1; j < c.words.length; j++) {
      if ([...wordSections[i].keys()].some((s) => wordSections[j].has(s))) c.score += WEIGHTS.together * Math.min(c.words[i].value, c.words[j].value);
    }
  }
}

function idf(df, docCount) {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** A shown result's sections → weight of its matches there, from the postings that scored it. */
function sectionWeights(candidate, docCount) {
  const weights = new Map();
  for (const alternative of candidate.picks) {
    for (const [, list, df] of alternative.terms) {
      const posting = findPosting(list, candidate.doc);
      for (let i = 2; posting && i + 1 < posting.length; i += 2) {
        weights.set(posting[i], (weights.get(posting[i]) ?? 0) + idf(df, docCount) * posting[i + 1] * alternative.weight);
      }
    }
  }
  return weights;
}

/**
 * A term's postings, each `[doc, tf, section, count, section, count…]`, from their flat form in a
 * shard: document difference, tf, number of sections, then the section pairs, for each.
 */
function decodePostings(flat) {
  const list = [];
  for (let i = 0, doc = 0; i < flat.length; i += 3 + 2 * flat[i + 2]) {
    doc += flat[i];
    list.push([doc, flat[i + 1], ...flat.slice(i + 3, i + 3 + 2 * flat[i + 2])]);
  }
  return list;
}

/** The posting of `doc` in a list sorted by document, or undefined. */
function findPosting(list, doc) {
  let low = 0, high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (list[middle][0] === doc) return list[middle];
    if (list[middle][0] < doc) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** A predicate on document ids for the active filters (unknown values match nothing). */
function facetFilter(m, facets, { section, type, audience }) {
  if (!facets) return () => true;
  const sectionIndex = section ? m.sections.findIndex((s) => s.id === section) : null;
  const typeIndex = type ? m.types.indexOf(type) : null;
  const audienceIndex = audience ? m.audiences.findIndex((a) => a.id === audience) : null;
  if ([sectionIndex, typeIndex, audienceIndex].includes(-1)) return () => false;
  return (doc) => {
    const [s, t, ...audiences] = facets[doc];
    return (sectionIndex === null || s === sectionIndex)
      && (typeIndex === null || t === typeIndex)
      && (audienceIndex === null || audiences.length === 0 || audiences.includes(audienceIndex));
  };
}

/** What a result shows; text stays text (highlights are UTF-16 ranges, never markup). */
function result(candidate, doc, matched, sections) {
  const ranked = [...sections].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const target = ranked.length > 0 ? doc.sections[ranked[0][0]] : doc.sections[0];
  const href = (s) => (s && s.anchor ? `${doc.url}#${s.anchor}` : doc.url);
  const excerpt = target?.excerpt || doc.description || doc.sections[0]?.excerpt || '';
  return {
    url: doc.url,
    href: href(target),
    title: doc.title,
    titleHighlights: highlights(doc.title, matched),
    heading: target?.heading ?? '',
    section: doc.section,
    type: doc.type,
    score: Math.round(candidate.score * 1e4) / 1e4,
    snippet: snippet(excerpt, matched),
    more: ranked.slice(1, 3).map(([s]) => doc.sections[s]).filter((s) => s.anchor)
      .map((s) => ({ heading: s.heading, href: href(s) })),
  };
}

/** The UTF-16 ranges of the words of `text` whose term was matched. */
function highlights(text, matched) {
  return tokenizeWithOffsets(text).filter((t) => matched.has(t.token)).map((t) => [t.start, t.end]);
}

/** About SNIPPET_LENGTH characters of `text` around its first matched word. */
function snippet(text, matched) {
  const marks = highlights(text, matched);
  let start = 0;
  if (text.length > SNIPPET_LENGTH && marks.length > 0 && marks[0][0] > SNIPPET_LENGTH / 3) {
    start = text.lastIndexOf(' ', marks[0][0] - SNIPPET_LENGTH / 3) + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length && text.lastIndexOf(' ', end) > start) end = text.lastIndexOf(' ', end);
  const prefix = start > 0 ? '… ' : '';
  const body = text.slice(start, end);
  return {
    text: prefix + body + (end < text.length ? ' …' : ''),
    highlights: marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start + prefix.length, e - start + prefix.length]),
  };
}

/** The term shard holding a term: the 32-bit FNV-1a hash of its UTF-8 bytes modulo `count`. */
function termShard(term, count) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(term)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % count;
}

/** A lexicon's character as in file names: its UTF-8 bytes in hex. */
function hex(key) {
  return [...new TextEncoder().encode(key)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The first `n` code points of a string. */
function codePoints(s, n) {
  return Array.from(s).slice(0, n).join('');
}

/** Whether b is a with two adjacent letters swapped (code points). */
export function isTransposition(a, b) {
  const x = Array.from(a), y = Array.from(b);
  if (x.length !== y.length) return false;
  const differ = x.flatMap((c, i) => (c === y[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && x[differ[0]] === y[differ[1]] && x[differ[1]] === y[differ[0]];
}

/** Optimal string alignment distance between a and b (code points), or max + 1 when larger. */
export function editDistance(a, b, max) {
  const x = Array.from(a), y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous2 = null;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, previous2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[y.length];
}
