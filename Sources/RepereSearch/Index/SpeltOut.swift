/// The acronyms a title or a heading spells out: the initials of its words (`Notes de frais` →
/// `ndf`, stop words counted, and `nf` without them), so that a reader typing the acronym the
/// pages never write (`NDF`) finds the pages titled with its words. Written in the term shard of
/// `~` and the initials (`spelt`), at most ``phrasesPerAcronym`` phrases each, those of the most
/// pages first.
enum SpeltOut {
    /// The words a phrase may have, and the letters its initials.
    static let words = 2...6
    static let letters = 3...6
    static let phrasesPerAcronym = 3

    /// The initials of `text` (stop words counted, then not) of ``letters``, each with the terms of
    /// the text; none for a text of more or fewer ``words``.
    static func acronyms(of text: String) -> [(initials: String, terms: [String])] {
        var all = "", content = "", terms: [String] = [], count = 0
        WordScanner.forEachWord(in: text) { word, _, _ in
            count += 1
            guard count <= words.upperBound, let first = String(decoding: word, as: UTF8.self).first.map(String.init) else { return }
            // One letter, as the reader's `[...fold(run)][0]`: `Œuvres` gives `o`, not `oe`.
            let initial = TextAnalyzer.fold(first).unicodeScalars.first.map(String.init) ?? ""
            all += initial
            if let term = TextAnalyzer.analyzeWord(word) {
                content += initial
                terms.append(term)
            }
        }
        guard words.contains(count), !terms.isEmpty else { return [] }
        return Set([all, content]).sorted().filter { initials in
            letters.contains(initials.unicodeScalars.count) && initials.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
        }.map { ($0, terms) }
    }
}
