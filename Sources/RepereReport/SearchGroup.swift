import RepereSearch
import RepereSupport

/// Unanswered searches that mean the same once analysed as the site's search analyses them
/// (French stemming, accents and stop words dropped, and a typo corrected to a term of the site
/// with the search page's tolerance): « inscripton », « inscription » and « inscriptions » fall together.
public struct SearchGroup: Encodable, Sendable, Equatable {
    /// The analysed terms, sorted, space-separated (`inscript`).
    public var terms: String
    /// The queries as typed, the most frequent first.
    public var queries: [String]
    public var count: Int
    /// Of those, how many found nothing (the others found pages the reader did not open).
    public var withoutResult: Int
    public var suggestion: Suggestion

    /// What to do about it.
    public struct Suggestion: Encodable, Sendable, Equatable {
        /// `create-page`, `add-keyword`, or `review-page` (its title has every term: it was found, not opened).
        public var action: String
        /// For `add-keyword`: the page whose text shares the most terms with the query.
        public var page: String?
        public var pageTitle: String?

        /// In French, for the HTML and Markdown reports.
        public var text: String {
            switch (action, pageTitle) {
            case ("add-keyword", let title?): "ajouter ces mots aux keywords de la page « \(title) »"
            case ("review-page", let title?): "revoir le titre et la description de la page « \(title) », trouvée mais pas ouverte"
            default: "créer une fiche"
            }
        }
    }

    /// Groups searched at least this often need attention.
    public static let attentionCount = 3
    public var needsAttention: Bool { count >= Self.attentionCount }

    /// A page as the suggestion compares it: its address, title and analysed terms.
    public struct Candidate: Sendable {
        public var url: String
        public var title: String
        public var terms: Set<String>
        public var titleTerms: Set<String>

        /// `text` is what the search indexes besides the title (description, keywords, body).
        public init(url: String, title: String, text: String) {
            self.url = url
            self.title = title
            titleTerms = Set(TextAnalyzer.analyze(title))
            terms = titleTerms.union(TextAnalyzer.analyze(text))
        }
    }

    /// Groups `searches` (query, results found) by analysed terms, the most frequent first
    /// (then by terms); queries with no term left after analysis are dropped.
    public static func group(_ searches: [(query: String, results: Int)], pages: [Candidate]) -> [SearchGroup] {
        let vocabulary = pages.reduce(into: Set<String>()) { $0.formUnion($1.terms) }
        let analysed = mergingTypos(searches.map { terms(of: $0.query, vocabulary: vocabulary) }, known: vocabulary)
        var byTerms: [String: [(query: String, results: Int)]] = [:]
        for (search, terms) in zip(searches, analysed) {
            let key = Set(terms).sorted().joined(separator: " ")
            if !key.isEmpty { byTerms[key, default: []].append(search) }
        }
        return byTerms.map { terms, searches in
            var counts: [String: Int] = [:]
            for search in searches { counts[search.query, default: 0] += 1 }
            let queries = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            return SearchGroup(
                terms: terms, queries: queries, count: searches.count, withoutResult: searches.filter { $0.results == 0 }.count,
                suggestion: suggest(
                    Set(terms.split(separator: " ").map(String.init)), pages: pages, found: searches.allSatisfy { $0.results > 0 }))
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.terms < $1.terms }
    }

    /// The analysed terms of `query`, each term the site does not have replaced by the closest
    /// one it has within the search page's typo tolerance (one edit from 4 letters, two from 8,
    /// the first letter kept), comparing the term or the word's first letters.
    static func terms(of query: String, vocabulary: Set<String>) -> [String] {
        let utf16 = Array(query.utf16)
        return TextAnalyzer.tokenizeWithOffsets(query).map { token in
            guard !vocabulary.contains(token.term) else { return token.term }
            let word = TextAnalyzer.fold(String(decoding: utf16[token.start..<token.end], as: UTF16.self))
            let maxEdits = word.count >= 8 ? 2 : word.count >= 4 ? 1 : 0
            let near = vocabulary.filter { $0.first == token.term.first }.compactMap { term -> (String, Int)? in
                let prefix = term.count >= 5 ? EditDistance.between(String(word.prefix(term.count)), term) : Int.max
                let distance = min(EditDistance.between(token.term, term), prefix)
                return distance <= maxEdits ? (term, distance) : nil
            }
            return near.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0 ?? token.term
        }
    }

    /// Terms the site does not have, each replaced by a more frequent one of the other queries
    /// (then a shorter, then the first in order) within the same tolerance: « remboursement » and
    /// « rembourssement » fall together even when no page has the word.
    static func mergingTypos(_ queries: [[String]], known: Set<String>) -> [[String]] {
        var frequency: [String: Int] = [:]
        for terms in queries { for term in Set(terms) where !known.contains(term) { frequency[term, default: 0] += 1 } }
        let ranked = frequency.keys.sorted { (frequency[$0]!, -$0.count, $1) > (frequency[$1]!, -$1.count, $0) }
        var replacement: [String: String] = [:]
        for (rank, term) in ranked.enumerated() {
            let maxEdits = term.count >= 8 ? 2 : term.count >= 4 ? 1 : 0
            let better = ranked[..<rank].first { $0.first == term.first && replacement[$0] == nil && EditDistance.between($0, term) <= maxEdits }
            if let better { replacement[term] = better }
        }
        return queries.map { $0.map { replacement[$0] ?? $0 } }
    }

    /// The page sharing the most terms with the query (then the most in its title, then the first
    /// address): `review-page` when every search `found` results and its title has all the terms
    /// (it was shown, not opened), else `add-keyword`; no such page: `create-page`.
    static func suggest(_ terms: Set<String>, pages: [Candidate], found: Bool) -> Suggestion {
        let scored = pages.map { ($0, $0.terms.intersection(terms).count, $0.titleTerms.intersection(terms).count) }.filter { $0.1 > 0 }
        let best = scored.min { ($0.1, $0.2) != ($1.1, $1.2) ? ($0.1, $0.2) > ($1.1, $1.2) : $0.0.url < $1.0.url }
        guard let (page, _, inTitle) = best else { return Suggestion(action: "create-page") }
        return Suggestion(action: found && inTitle == terms.count ? "review-page" : "add-keyword", page: page.url, pageTitle: page.title)
    }
}
