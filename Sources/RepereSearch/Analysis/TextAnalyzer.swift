import Foundation

/// French text analysis for the search index. `Runtime/analysis.mjs` does the same in the browser
/// for queries and highlighting; `Tests/Fixtures/analysis-cases.json` checks that both agree.
///
/// `analyze(_:)` pipeline:
/// 1. Unicode NFC normalisation, then lowercase, code point by code point (full mappings, no
///    context rules such as the final sigma, which JavaScript's whole-string lowercasing applies).
/// 2. Apostrophe variants (’ ʼ ‘ \` ´ ′) count as `'` and dash variants (‐ ‑ ‒ – —) as `-`.
/// 3. Words are maximal runs of letters, combining marks and decimal digits (categories L, M, Nd)
///    that start with a letter or a digit; variation selectors (the U+FE0F of `☁️`) belong to none;
///    `'`, `-` and everything else separate words: `12/06/2024` → `12`, `06`, `2024`; `psc1` stays
///    whole. Words are found on the original text and steps 1–2 applied word by word, which gives
///    the same words and keeps UTF-16 offsets into the original string.
/// 4–5. Stop words (`StopWords`), which include the elided `l d j m n s t c qu jusqu lorsqu puisqu
///    quoiqu`, are dropped. The test is accent-insensitive (`à` and `a` both count).
/// 6. Words made only of Latin letters (a–z, U+00DF–U+024F) are stemmed with `FrenchStemmer`,
///    which needs the accents; a word in `-ers` from its singular (``singularOfErNoun(_:)``). Words with digits or non-Latin letters are kept unstemmed:
///    `東京` and `москва` are tokens as they are; emoji, like punctuation, separate words.
/// 7. The result is folded (`AccentFolding`): `élève` and `eleve` give `elev`. A few nouns
///    whose stem is another word's get a term of their own (``keptApart``: `données`, `donner`).
///
/// Folding comes after stemming. Measured on the 20,832 apostrophe-free words of the Snowball
/// vocabulary: `fold(stem(w)) == stem(fold(w))` for 92.4% of the words and 76.7% of the 6,795
/// accented ones, so an accented word and the same word typed without accents mostly give one
/// token. The misses are accent-dependent suffixes typed bare (`affectees` → `affecte`,
/// `universite` → `universit`). Folding first would make that agreement total but breaks those
/// suffix rules for everyone: over the 106,744 (query word, document word) pairs that Snowball
/// conflates, stemming first matches 100% of accented and 89.1% of unaccented queries, folding
/// first only 83.1% of either, and it adds 518 false pairs.
public enum TextAnalyzer {
    /// The tokens to index, or to look up, for a text.
    public static func analyze(_ text: String) -> [String] {
        tokenizeWithOffsets(text).map(\.term)
    }

    /// The tokens with the UTF-16 range of their word in `text`, for highlighting.
    public static func tokenizeWithOffsets(_ text: String) -> [AnalyzedToken] {
        var tokens: [AnalyzedToken] = []
        WordScanner.forEachWord(in: text) { word, start, end in
            if let term = analyzeWord(word) { tokens.append(AnalyzedToken(term: term, start: start, end: end)) }
        }
        return tokens
    }

    /// Lowercase and accent folding without stemming, for prefix matching and highlighting.
    public static func fold(_ text: String) -> String {
        AccentFolding.fold(AccentFolding.lowercase(Array(text.unicodeScalars)))
    }

    /// The token for one word (UTF-8 bytes of letters, marks and digits), or nil when the word is
    /// dropped.
    static func analyzeWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var word = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        // Text below U+0300 (no combining marks) is already in NFC.
        if word.contains(where: { $0.value >= 0x300 }) {
            word = Array(String(scalars: word).precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        word = AccentFolding.lowercase(word)
        let folded = AccentFolding.fold(word)
        if StopWords.folded.contains(folded) { return nil }
        if let apart = keptApart[folded] { return apart }
        let token = word.allSatisfy(isLatinLetter) ? AccentFolding.fold(FrenchStemmer.stem(singularOfErNoun(word))) : folded
        return token.isEmpty ? nil : token
    }

    /// `word` without its plural `s` when it ends in `-ers` (not `-iers`, nor a singular such as
    /// `univers`, ``singularsInErs``): Snowball takes `-er` off
    /// `boulanger`, `danger`, `designer` as a verb's ending but keeps it on their plurals, whose
    /// `s` it drops last (`boulangers` → `boulanger`, `boulanger` → `boulang`), so the singular and
    /// the plural would be two terms; stemmed from the singular, they are one.
    static func singularOfErNoun(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard word.count >= 6, word[word.count - 3] == "e", word[word.count - 2] == "r", word[word.count - 1] == "s",
            word[word.count - 4] != "i", !singularsInErs.contains(String(String.UnicodeScalarView(word)))
        else { return word }
        return Array(word.dropLast())
    }

    /// Nouns the Snowball stem merges with a word of another meaning that help centres use as
    /// much, by folded form, with the term each gets instead: `données` (data) and `donner` (to
    /// give) were `don`, and `donnees` typed bare was `donne`; `formation` (training) and `format`
    /// (a file's) were `format`; `droite` (the right side, « en haut à droite ») and `droits`
    /// (rights, permissions) `droit`; `partie` (a part) and `partir` (to leave) `part`; `poste`
    /// (a job, a workstation) and `poster` (to post) `post`.
    static let keptApart: [String: String] = [
        "donnee": "donnee", "donnees": "donnee", "formation": "formation", "formations": "formation", "droite": "droite", "droites": "droite",
        "partie": "partie", "parties": "partie", "poste": "poste", "postes": "poste",
    ]

    /// Words in `-ers` that are singular (`univers`, `travers`): stemmed as they are.
    static let singularsInErs: Set<String> = ["divers", "travers", "univers", "revers", "envers", "pervers", "devers", "dévers", "angers", "anvers", "nevers"]

    /// A lowercase Latin letter the stemmer may handle: a–z, U+00DF–U+024F except `÷`.
    private static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || (0xDF...0x24F).contains(c.value) && c != "÷"
    }
}

/// A kept token and the UTF-16 range `start..<end` of its word in the analysed text.
public struct AnalyzedToken: Equatable, Sendable {
    /// The index term.
    public let term: String
    /// UTF-16 offset of the word's first code unit.
    public let start: Int
    /// UTF-16 offset just past the word.
    public let end: Int
}
