// French text analysis for the Repère search runtime. Mirrors the Swift index builder
// (Sources/RepereSearch/Analysis): both must produce the same tokens for the same text, which
// Tests/Fixtures/analysis-cases.json checks on both sides. No dependencies; browsers and Node.
//
// analyze(text) pipeline:
//  1. Unicode NFC normalisation, then lowercase, code point by code point (full mappings, no
//     context rules: toLowerCase on a whole string turns a final Σ into ς, Swift does not).
//  2. Apostrophe variants (’ ʼ ‘ ` ´ ′) become ' and dash variants (‐ ‑ ‒ – —) become -.
//  3. Words are maximal runs of letters, combining marks and decimal digits (\p{L} \p{M} \p{Nd})
//     that start with a letter or a digit; variation selectors (U+FE00–FE0F, U+E0100–E01EF: the
//     U+FE0F of "☁️") belong to none, so a mark after no letter starts no word;
//     ' and - and everything else separate words: "12/06/2024" → 12, 06, 2024; "psc1" stays
//     whole. Words are found on the original text and step 1 is applied word by word, which
//     gives the same words and keeps UTF-16 offsets into the original string.
//  4–5. Stop words, which include the elided l d j m n s t c qu jusqu lorsqu puisqu quoiqu, are
//     dropped. The test is accent-insensitive: the folded word is looked up in the folded list,
//     so "à"/"a", "où"/"ou", "être"/"etre" all count. Question words (comment, pourquoi, quand,
//     combien, quel…) are stop words: they fill help-page titles without telling topics apart.
//  6. Words made only of Latin letters (a–z, U+00DF–U+024F) are stemmed with the Snowball French
//     stemmer, which needs the accents; a word in -ers (not -iers) of 6 letters or more from its
//     singular (singularOfErNoun). Words with digits or non-Latin letters are kept unstemmed:
//     "東京" and "москва" are tokens as they are; emoji, like punctuation, separate words.
//  7. The result is folded (see fold): "élève" and "eleve" give "elev". Folding after stemming
//     was chosen by measurement; see TextAnalyzer.swift for the figures. A few nouns whose stem
//     is another word's get a term of their own (KEPT_APART: "données", "donner").

/**
 * The Snowball French stemmer (2025 revision). Expects one lowercase word with its accents: the
 * algorithm uses the uppercase letters U, I, Y, H as internal marks.
 */
export function stem(word) {
  const w = Array.from(word);
  removeElision(w);
  markNonVowels(w);
  const r = markRegions(w);
  if (standardSuffix(w, r) || iVerbSuffix(w, r) || verbSuffix(w, r)) {
    const last = w.length - 1;
    if (w[last] === 'Y') w[last] = 'i';
    else if (w[last] === 'ç') w[last] = 'c';
  } else {
    residualSuffix(w, r);
  }
  undouble(w);
  unaccent(w);
  return unmark(w);
}

/** Lowercases and folds accents: NFD, combining accents U+0300–U+036F dropped, œ æ ß ø expanded. */
export function fold(text) {
  return foldLowercase(lowercase(text));
}

/** Index and query tokens for a text (see the pipeline above). */
export function analyze(text) {
  return tokenizeWithOffsets(text).map((t) => t.token);
}

/**
 * Like analyze, with each token's UTF-16 [start, end) range in the original text,
 * for highlighting snippets.
 */
export function tokenizeWithOffsets(text) {
  const normalized = text.replace(APOSTROPHES, "'").replace(DASHES, '-');
  const tokens = [];
  for (const match of normalized.matchAll(WORD)) {
    const token = analyzeWord(match[0]);
    if (token) tokens.push({ token, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Analyzer

const APOSTROPHES = /[\u2019\u02BC\u2018`\u00B4\u2032]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014]/g;
// A letter or digit, then letters, marks and digits; variation selectors belong to no word.
const WORD = /[\p{L}\p{Nd}](?:(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{L}\p{M}\p{Nd}])*/gu;
const LIGATURES = { 'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ø': 'o' };

/**
 * Tokens of the words seen lately: results' titles and snippets are analysed again at each query
 * for highlights, and stemming is most of a query's time. Emptied when it grows past MEMO_SIZE.
 */
const memo = new Map();
const MEMO_SIZE = 20000;

/** The token for one word, or null when the word is dropped (memoised). */
function analyzeWord(raw) {
  let token = memo.get(raw);
  if (token === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    token = analyzeNewWord(raw);
    memo.set(raw, token);
  }
  return token;
}

function analyzeNewWord(raw) {
  const word = lowercase(raw.normalize('NFC'));
  const folded = foldLowercase(word);
  if (STOP_WORDS.has(folded)) return null;
  if (KEPT_APART.has(folded)) return KEPT_APART.get(folded);
  const token = isLatinWord(word) ? foldLowercase(stem(singularOfErNoun(word))) : folded;
  return token || null;
}

/**
 * The word without its plural s when it ends in -ers (not -iers), 6 letters or more: Snowball
 * takes -er off « boulanger » as a verb's ending but keeps it on « boulangers », whose s it drops
 * last; stemmed from the singular, both are one term (TextAnalyzer.singularOfErNoun).
 */
function singularOfErNoun(word) {
  return word.length >= 6 && word.endsWith('ers') && word.at(-4) !== 'i' && !SINGULARS_IN_ERS.has(word) ? word.slice(0, -1) : word;
}

/**
 * Nouns the stem would merge with a word of another meaning, by folded form, with their own term
 * (TextAnalyzer.keptApart): `données`/`donner`, `formation`/`format`, `droite`/`droits`,
 * `partie`/`partir`, `poste`/`poster`.
 */
const KEPT_APART = new Map([
  ['donnee', 'donnee'], ['donnees', 'donnee'], ['formation', 'formation'], ['formations', 'formation'], ['droite', 'droite'], ['droites', 'droite'],
  ['partie', 'partie'], ['parties', 'partie'], ['poste', 'poste'], ['postes', 'poste'],
]);

/** Words in -ers that are singular, stemmed as they are (TextAnalyzer.singularsInErs). */
const SINGULARS_IN_ERS = new Set(['divers', 'travers', 'univers', 'revers', 'envers', 'pervers', 'devers', 'dévers', 'angers', 'anvers', 'nevers']);

function lowercase(text) {
  if (!/[^\x00-\x7F]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) out += c.toLowerCase();
  return out;
}

function foldLowercase(text) {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036F]/g, '').replace(/[œæßø]/g, (c) => LIGATURES[c]);
}

/** True when every code point is a lowercase Latin letter the stemmer may handle. */
function isLatinWord(word) {
  return /^[a-z\u00DF-\u00F6\u00F8-\u024F]+$/.test(word);
}

// Keep identical to StopWords.swift: each test suite checks that the other side's words are
// stop words here.
const STOP_WORD_LIST = [
  // elided forms
  'c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu',
  // articles, prepositions, conjunctions
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'au', 'aux', 'à', 'en', 'dans', 'par', 'pour',
  'sur', 'avec', 'sans', 'chez', 'entre', 'vers', 'pendant', 'durant', 'lors', 'selon',
  'et', 'ou', 'mais', 'donc', 'ni', 'car', 'si',
  'comme', 'que', 'lorsque', 'puisque', 'quoique', 'jusque', 'parce',
  // determiners and pronouns
  'ce', 'cet', 'cette', 'ces', 'ça', 'ceci', 'cela', 'celui', 'celle', 'ceux', 'celles',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos',
  'leur', 'leurs', 'je', 'me', 'moi', 'tu', 'te', 'toi', 'il', 'elle', 'on', 'nous', 'vous',
  'ils', 'elles', 'lui', 'eux', 'se', 'soi', 'y', 'qui', 'quoi', 'dont', 'où',
  'lequel', 'laquelle', 'lesquels', 'lesquelles',
  // question words
  'comment', 'pourquoi', 'quand', 'combien', 'quel', 'quelle', 'quels', 'quelles',
  // negation and adverbs
  'ne', 'pas', 'plus', 'non', 'très', 'aussi', 'déjà', 'ici', 'là', 'etc',
  // être and avoir
  'être', 'est', 'es', 'suis', 'sommes', 'êtes', 'sont', 'été', 'était', 'étaient', 'sera',
  'seront', 'soit', 'avoir', 'a', 'ai', 'as', 'avons', 'avez', 'ont', 'eu', 'avait', 'avaient',
  'aura', 'auront',
];

const STOP_WORDS = new Set(STOP_WORD_LIST.map(fold));

// ---------------------------------------------------------------------------------------------
// Stemmer. `w` is an array of code points; u, i, y that must not count as vowels are marked
// U, I, Y, and ë, ï are rewritten He, Hi, as in the Snowball algorithm.

const VOWELS = new Set('aeiouyâàëéêèïîôûù');
const isVowel = (c) => VOWELS.has(c);

/** Suffixes with their rule, longest first (Snowball `among`). */
function suffixTable(groups) {
  const entries = [];
  for (const [suffixes, rule] of groups) {
    for (const s of suffixes) entries.push([Array.from(s), rule]);
  }
  return entries.sort((a, b) => b[0].length - a[0].length);
}

const STANDARD = suffixTable([
  [['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'], 'deleteInR2'],
  [['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'], 'ation'],
  [['logie', 'logies'], 'logie'],
  [['usion', 'ution', 'usions', 'utions'], 'ution'],
  [['ence', 'ences'], 'ence'],
  [['ement', 'ements'], 'ement'],
  [['ité', 'ités'], 'ite'],
  [['if', 'ive', 'ifs', 'ives'], 'ive'],
  [['eaux'], 'eaux'],
  [['aux'], 'aux'],
  [['oux'], 'oux'],
  [['euse', 'euses'], 'euse'],
  [['issement', 'issements'], 'issement'],
  [['amment'], 'amment'],
  [['emment'], 'emment'],
  [['ment', 'ments'], 'ment'],
]);

const AFTER_EMENT = suffixTable([[['iv'], 'iv'], [['eus'], 'eus'], [['abl', 'iqU'], 'ablOrIqU'], [['ièr', 'Ièr'], 'ier']]);
const AFTER_ITE = suffixTable([[['abil'], 'abil'], [['ic'], 'ic'], [['iv'], 'iv']]);

const I_VERB = suffixTable([[[
  'îmes', 'ît', 'îtes', 'i', 'ie', 'ies', 'ir', 'ira', 'irai', 'iraIent', 'irais', 'irait', 'iras',
  'irent', 'irez', 'iriez', 'irions', 'irons', 'iront', 'is', 'issaIent', 'issais', 'issait',
  'issant', 'issante', 'issantes', 'issants', 'isse', 'issent', 'isses', 'issez', 'issiez',
  'issions', 'issons', 'it',
], 'delete']]);

const VERB = suffixTable([
  [['ions'], 'ions'],
  [[
    'é', 'ée', 'ées', 'és', 'èrent', 'er', 'era', 'erai', 'eraIent', 'erais', 'erait', 'eras',
    'erez', 'eriez', 'erions', 'erons', 'eront', 'ez', 'iez', 'eais',
  ], 'delete'],
  [[
    'âmes', 'ât', 'âtes', 'a', 'ai', 'aIent', 'ait', 'ant', 'ante', 'antes', 'ants', 'as',
    'asse', 'assent', 'asses', 'assiez', 'assions',
  ], 'deleteWithE'],
  [['ais', 'aise', 'aises'], 'ais'],
]);

const RESIDUAL = suffixTable([[['ion'], 'ion'], [['ier', 'ière', 'Ier', 'Ière'], 'ier'], [['e'], 'e']]);

/** `l'avion` → `avion`: a leading c d j l m n s t qu plus apostrophe, unless that is the whole word. */
function removeElision(w) {
  if (w.length > 2 && 'cdjlmnst'.includes(w[0]) && w[1] === "'") w.splice(0, 2);
  else if (w.length > 3 && w[0] === 'q' && w[1] === 'u' && w[2] === "'") w.splice(0, 3);
}

/** Marks consonantal u, i, y; after a change the same position is examined again. */
function markNonVowels(w) {
  let i = 0;
  while (i < w.length) {
    const c = w[i];
    const hasNext = i + 1 < w.length;
    if (isVowel(c) && hasNext) {
      const next = w[i + 1];
      const vowelAfter = i + 2 < w.length && isVowel(w[i + 2]);
      if (next === 'u' && vowelAfter) { w[i + 1] = 'U'; continue; }
      if (next === 'i' && vowelAfter) { w[i + 1] = 'I'; continue; }
      if (next === 'y') { w[i + 1] = 'Y'; continue; }
    }
    if (c === 'ë') w.splice(i, 1, 'H', 'e');
    else if (c === 'ï') w.splice(i, 1, 'H', 'i');
    else if (c === 'y' && hasNext && isVowel(w[i + 1])) w[i] = 'Y';
    else if (c === 'q' && hasNext && w[i + 1] === 'u') w[i + 1] = 'U';
    else i += 1;
  }
}

/** Start of the regions RV, R1 and R2 (`w.length` when empty). */
function markRegions(w) {
  const n = w.length;
  const startsWith = (prefix) => w.slice(0, prefix.length).join('') === prefix;
  let pV = n;
  if (n >= 3 && isVowel(w[0]) && isVowel(w[1])) {
    pV = 3;
  } else if (startsWith('par') || startsWith('col') || startsWith('tap') || (startsWith('ni') && n > 2 && isVowel(w[2]))) {
    pV = 3;
  } else {
    for (let i = 1; i < n; i++) if (isVowel(w[i])) { pV = i + 1; break; }
  }
  const p1 = regionStart(w, 0);
  return { pV, p1, p2: regionStart(w, p1) };
}

/** Index after the first non-vowel that follows a vowel, searching from `start`. */
function regionStart(w, start) {
  let i = start;
  while (i < w.length && !isVowel(w[i])) i++;
  while (i < w.length && isVowel(w[i])) i++;
  return Math.min(i + 1, w.length);
}

/** The longest suffix of the table ending the word and starting at or after `floor`. */
function match(w, table, floor = 0) {
  for (const [suffix, rule] of table) {
    const start = w.length - suffix.length;
    if (start >= floor && suffix.every((c, k) => w[start + k] === c)) return { start, rule };
  }
  return null;
}

function endsWith(w, suffix, end = w.length) {
  const s = Array.from(suffix);
  const start = end - s.length;
  return start >= 0 && s.every((c, k) => w[start + k] === c);
}

const cut = (w, start) => { w.length = start; };
const replaceTail = (w, start, text) => { w.length = start; w.push(...text); };

/** A final `ic` is deleted in R2, otherwise becomes `iqU`. */
function deleteOrReplaceIc(w, r) {
  const start = w.length - 2;
  if (start >= r.p2) cut(w, start); else replaceTail(w, start, 'iqU');
}

/** Step 1. False when nothing was removed, or for -ment forms that go on to the verb steps. */
function standardSuffix(w, r) {
  const m = match(w, STANDARD);
  if (!m) return false;
  const { start } = m;
  switch (m.rule) {
    case 'deleteInR2':
      if (start < r.p2) return false;
      cut(w, start);
      break;
    case 'ation':
      if (start < r.p2) return false;
      cut(w, start);
      if (endsWith(w, 'ic')) deleteOrReplaceIc(w, r);
      break;
    case 'logie':
      if (start < r.p2) return false;
      replaceTail(w, start, 'log');
      break;
    case 'ution':
      if (start < r.p2) return false;
      replaceTail(w, start, 'u');
      break;
    case 'ence':
      if (start < r.p2) return false;
      replaceTail(w, start, 'ent');
      break;
    case 'ement':
      if (start < r.pV) return false;
      cut(w, start);
      afterEment(w, r);
      break;
    case 'ite':
      if (start < r.p2) return false;
      cut(w, start);
      afterIte(w, r);
      break;
    case 'ive':
      if (start < r.p2) return false;
      cut(w, start);
      if (endsWith(w, 'at') && w.length - 2 >= r.p2) {
        cut(w, w.length - 2);
        if (endsWith(w, 'ic')) deleteOrReplaceIc(w, r);
      }
      break;
    case 'eaux':
      replaceTail(w, start, 'eau');
      break;
    case 'aux':
      if (start < r.p1) return false;
      replaceTail(w, start, 'al');
      break;
    case 'oux':
      if (start === 0 || !'bhjlnp'.includes(w[start - 1])) return false;
      replaceTail(w, start, 'ou');
      break;
    case 'euse':
      if (start >= r.p2) cut(w, start);
      else if (start >= r.p1) replaceTail(w, start, 'eux');
      else return false;
      break;
    case 'issement':
      if (start < r.p1 || start === 0 || isVowel(w[start - 1])) return false;
      cut(w, start);
      break;
    case 'amment':
    case 'emment':
      if (start >= r.pV) replaceTail(w, start, m.rule === 'amment' ? 'ant' : 'ent');
      return false;
    case 'ment':
      if (start - 1 >= r.pV && isVowel(w[start - 1])) cut(w, start);
      return false;
  }
  return true;
}

function afterEment(w, r) {
  const m = match(w, AFTER_EMENT);
  if (!m) return;
  const { start } = m;
  switch (m.rule) {
    case 'iv':
      if (start < r.p2) return;
      cut(w, start);
      if (endsWith(w, 'at') && w.length - 2 >= r.p2) cut(w, w.length - 2);
      break;
    case 'eus':
      if (start >= r.p2) cut(w, start);
      else if (start >= r.p1) replaceTail(w, start, 'eux');
      break;
    case 'ablOrIqU':
      if (start >= r.p2) cut(w, start);
      break;
    case 'ier':
      if (start >= r.pV) replaceTail(w, start, 'i');
      break;
  }
}

function afterIte(w, r) {
  const m = match(w, AFTER_ITE);
  if (!m) return;
  const { start } = m;
  switch (m.rule) {
    case 'abil':
      if (start >= r.p2) cut(w, start); else replaceTail(w, start, 'abl');
      break;
    case 'ic':
      deleteOrReplaceIc(w, r);
      break;
    case 'iv':
      if (start >= r.p2) cut(w, start);
      break;
  }
}

/** Step 2a: -ir verb endings in RV, after a consonant (not H) that is also in RV. */
function iVerbSuffix(w, r) {
  const m = match(w, I_VERB, r.pV);
  if (!m || m.start <= r.pV) return false;
  const before = w[m.start - 1];
  if (before === 'H' || isVowel(before)) return false;
  cut(w, m.start);
  return true;
}

/** Step 2b: other verb endings in RV. */
function verbSuffix(w, r) {
  const m = match(w, VERB, r.pV);
  if (!m) return false;
  const { start } = m;
  switch (m.rule) {
    case 'ions':
      if (start < r.p2) return false;
      cut(w, start);
      break;
    case 'delete':
      cut(w, start);
      break;
    case 'deleteWithE':
      cut(w, start - 1 >= r.pV && w[start - 1] === 'e' ? start - 1 : start);
      break;
    case 'ais':
      // Not in palais, balais, malaise…, déplaise, mauvais.
      if (endsWith(w, 'al', start) && start === 3) return false;
      if (endsWith(w, 'épl', start) || endsWith(w, 'auv', start)) return false;
      cut(w, start);
      break;
  }
  return true;
}

/** Step 4, when steps 1–2 removed nothing. */
function residualSuffix(w, r) {
  const n = w.length;
  if (n >= 2 && w[n - 1] === 's') {
    const before = w[n - 2];
    if ((before === 'i' && n >= 3 && w[n - 3] === 'H') || !'aiouès'.includes(before)) w.pop();
  }
  const m = match(w, RESIDUAL, r.pV);
  if (!m) return;
  const { start } = m;
  switch (m.rule) {
    case 'ion':
      if (start >= r.p2 && start - 1 >= r.pV && (w[start - 1] === 's' || w[start - 1] === 't')) cut(w, start);
      break;
    case 'ier':
      replaceTail(w, start, 'i');
      break;
    case 'e':
      cut(w, start);
      break;
  }
}

/** Step 5: -enn, -onn, -ett, -ell, -eill lose their last letter. */
function undouble(w) {
  if (['enn', 'onn', 'ett', 'ell', 'eill'].some((s) => endsWith(w, s))) w.pop();
}

/** Step 6: é/è followed by one or more final non-vowels becomes e. */
function unaccent(w) {
  let i = w.length;
  while (i > 0 && !isVowel(w[i - 1])) i--;
  if (i < w.length && i > 0 && (w[i - 1] === 'é' || w[i - 1] === 'è')) w[i - 1] = 'e';
}

/** Turns the marks back into lowercase letters; a lone H is dropped. */
function unmark(w) {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (c === 'I') out += 'i';
    else if (c === 'U') out += 'u';
    else if (c === 'Y') out += 'y';
    else if (c === 'H') {
      if (w[i + 1] === 'e') { out += 'ë'; i++; } else if (w[i + 1] === 'i') { out += 'ï'; i++; }
    } else out += c;
  }
  return out;
}
