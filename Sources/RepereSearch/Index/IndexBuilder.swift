import Foundation

/// Builds the search index files from documents: term statistics for BM25F ranking, postings
/// with per-section counts for deep links, and the stored text for result snippets.
///
/// Fields and weights follow the product's order: title ≫ headings ≫ keywords and description ≫
/// body. Each posting's `tf` is the BM25F pseudo-frequency
/// `Σ weight × tf / (1 − b + b × length / avgLength)` over the fields, in hundredths, so the
/// reader needs no per-document lengths. The output depends only on the input, not its order.
public struct IndexBuilder: Sendable {
    /// Field name, weight and length normalisation, in field order.
    public static let fields: [(name: String, weight: Double, b: Double)] = [
        ("title", 8, 0.3), ("headings", 3, 0.5), ("meta", 2, 0.5), ("body", 1, 0.75),
    ]
    public static let k1 = 3.0
    /// A section's count weighs an occurrence in its heading this many times one in its text.
    static let headingCountWeight = 3
    /// Stored excerpts stop at about this many characters.
    static let excerptLength = 200

    /// A term shard (the terms with one first character) is split past this size; document
    /// shards, fetched one per result shown, stop at a quarter of it.
    public var shardBytes: Int

    public init(shardBytes: Int = 4_096) { self.shardBytes = shardBytes }

    /// The index files, paths relative to the index folder (`index.json`, `t/….json`…), sorted.
    ///
    /// - Parameters:
    ///   - synonyms: groups of words or phrases that mean the same (a glossary term, its
    ///     expansion, its synonyms).
    ///   - audiences: every audience id with its label, in display order.
    public func build(_ input: [SearchDocument], synonyms: [[String]] = [], audiences: [SearchFacet] = []) -> [(path: String, bytes: [UInt8])] {
        let documents = input.sorted { $0.id < $1.id }
        let analysed = documents.map(AnalysedDocument.init)
        let averages = (0..<Self.fields.count).map { f in
            analysed.isEmpty ? 0 : Double(analysed.map { $0.fieldLengths[f] }.reduce(0, +)) / Double(analysed.count)
        }

        // Each term's postings, already as JSON (`[doc,tf,…],[doc,tf,…]`): the index is written
        // once, without an encoder walking millions of small arrays.
        var postings: [String: [UInt8]] = [:]
        for (doc, a) in analysed.enumerated() {
            for (term, sections) in a.sectionCounts {
                postings[term, default: []].appendJSONArray([doc, pseudoFrequency(a, term, averages)] + sections)
            }
        }

        var files: [(String, [UInt8])] = []
        var termMap: [String: String] = [:]
        for (key, terms) in shardTerms(postings) {
            var bytes = Array(#"{"terms":{"#.utf8)
            for (i, term) in terms.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += Self.entry(term, postings[term]!)
            }
            bytes += Array("}}".utf8)
            let path = IndexFormat.hashedName("t", bytes)
            termMap[key] = path
            files.append((path, bytes))
        }

        var docShards: [IndexFormat.DocShard] = []
        for (first, docs) in shardDocuments(documents) {
            let bytes = Array(#"{"docs":["#.utf8) + Array(docs.joined(separator: [UInt8(ascii: ",")])) + Array("]}".utf8)
            let path = IndexFormat.hashedName("d", bytes)
            docShards.append(IndexFormat.DocShard(first: first, file: path))
            files.append((path, bytes))
        }

        let sections = Set(documents.compactMap(\.section)).sorted { $0.id < $1.id }
        let types = Set(documents.map(\.type)).sorted()
        let knownAudiences = Set(audiences.map(\.id))
        let allAudiences = audiences + Set(documents.flatMap(\.audiences)).subtracting(knownAudiences).sorted().map { SearchFacet(id: $0, label: $0) }
        let facetTable = IndexFormat.FacetTable(docs: documents.map { d in
            [d.section.flatMap { sections.firstIndex(of: $0) } ?? -1, types.firstIndex(of: d.type)!]
                + d.audiences.compactMap { id in allAudiences.firstIndex { $0.id == id } }.sorted()
        })
        let facetBytes = IndexFormat.encode(facetTable)
        let facetPath = IndexFormat.hashedName("f", facetBytes)
        files.append((facetPath, facetBytes))

        let manifest = IndexFormat.Manifest(
            version: IndexFormat.version, docCount: documents.count,
            ranking: IndexFormat.Ranking(k1: Self.k1, fields: zip(Self.fields, averages).map { field, average in
                IndexFormat.Field(name: field.name, weight: field.weight, b: field.b, avgLength: (average * 100).rounded() / 100)
            }),
            terms: termMap, docs: docShards, facets: facetPath, sections: sections, types: types, audiences: allAudiences,
            synonyms: Self.analyseSynonyms(synonyms))
        files.append(("index.json", IndexFormat.encode(manifest)))
        return files.sorted { $0.0 < $1.0 }
    }

    private func pseudoFrequency(_ a: AnalysedDocument, _ term: String, _ averages: [Double]) -> Int {
        var sum = 0.0
        for (f, field) in Self.fields.enumerated() {
            guard let tf = a.terms[term]?[f], tf > 0 else { continue }
            let norm = averages[f] > 0 ? 1 - field.b + field.b * Double(a.fieldLengths[f]) / averages[f] : 1
            sum += field.weight * Double(tf) / norm
        }
        return Int((sum * 100).rounded())
    }

    /// Term shards, by key, each with its terms in order: terms grouped by first character, a
    /// group over `shardBytes` split by the first two characters. Keys are what `search.mjs` looks
    /// terms up by.
    private func shardTerms(_ postings: [String: [UInt8]]) -> [(String, [String])] {
        let byFirst = Dictionary(grouping: postings.keys) { Self.key($0, length: 1) }
        var shards: [(String, [String])] = []
        for (first, terms) in byFirst.sorted(by: { $0.key < $1.key }) {
            if terms.reduce(0, { $0 + $1.utf8.count + postings[$1]!.count + 6 }) <= shardBytes {
                shards.append((first, terms.sorted()))
                continue
            }
            for (second, subterms) in Dictionary(grouping: terms, by: { Self.key($0, length: 2) }).sorted(by: { $0.key < $1.key }) {
                shards.append((second, subterms.sorted()))
            }
        }
        return shards
    }

    /// `"term":[postings]` in a term shard.
    private static func entry(_ term: String, _ postings: [UInt8]) -> [UInt8] {
        IndexFormat.encode(term) + [UInt8(ascii: ":"), UInt8(ascii: "[")] + postings + [UInt8(ascii: "]")]
    }

    /// The first `length` Unicode scalars of a term: its shard key.
    static func key(_ term: String, length: Int) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
    }

    /// Document shards of consecutive ids, each about `shardBytes / 4` at most (one document at
    /// least): the first id of each and its documents as JSON.
    private func shardDocuments(_ documents: [SearchDocument]) -> [(Int, [[UInt8]])] {
        var shards: [(Int, [[UInt8]])] = []
        var current: [[UInt8]] = []
        var size = 0, first = 0
        for (i, document) in documents.enumerated() {
            let bytes = IndexFormat.encode(Self.stored(document))
            if !current.isEmpty && size + bytes.count > shardBytes / 4 {
                shards.append((first, current))
                current = []
                size = 0
                first = i
            }
            current.append(bytes)
            size += bytes.count
        }
        if !current.isEmpty { shards.append((first, current)) }
        return shards
    }

    static func stored(_ d: SearchDocument) -> IndexFormat.StoredDocument {
        IndexFormat.StoredDocument(
            url: d.url, title: d.title, section: d.section?.label ?? "", type: d.type, description: d.description,
            sections: d.sections.map { IndexFormat.StoredSection(anchor: $0.anchor, heading: $0.heading, excerpt: excerpt($0.text)) })
    }

    /// The text with runs of white space made one space, cut after about `excerptLength`
    /// characters at a word boundary.
    static func excerpt(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var out = ""
        for word in words {
            if out.count + word.count > excerptLength {
                return out.isEmpty ? String(word.prefix(excerptLength)) + "…" : out + " …"
            }
            out += out.isEmpty ? word : " " + word
        }
        return out
    }

    /// Each group's distinct analysed phrases; groups left with fewer than two are dropped.
    static func analyseSynonyms(_ groups: [[String]]) -> [[[String]]] {
        var seen: Set<[[String]]> = []
        var out: [[[String]]] = []
        for group in groups {
            var phrases: [[String]] = []
            for phrase in group.map(TextAnalyzer.analyze) where !phrase.isEmpty && !phrases.contains(phrase) {
                phrases.append(phrase)
            }
            if phrases.count > 1, seen.insert(phrases).inserted { out.append(phrases) }
        }
        return out
    }
}

/// A document's tokens: term frequencies per field, field lengths, and per-section counts.
private struct AnalysedDocument {
    /// Term → frequency in each field (in `IndexBuilder.fields` order).
    var terms: [String: [Int]] = [:]
    var fieldLengths: [Int]
    /// Term → `[section, count, section, count…]` for the sections holding it, where count is
    /// heading occurrences × `headingCountWeight` + text occurrences. Every term has an entry.
    var sectionCounts: [String: [Int]] = [:]

    init(_ d: SearchDocument) {
        let title = TextAnalyzer.analyze(d.title)
        let headings = d.sections.map { TextAnalyzer.analyze($0.heading) }
        let meta = TextAnalyzer.analyze((d.keywords + [d.description]).joined(separator: " \n "))
        let bodies = d.sections.map { TextAnalyzer.analyze($0.text) }
        let fields = [title, headings.flatMap { $0 }, meta, bodies.flatMap { $0 }]
        fieldLengths = fields.map(\.count)
        for (f, tokens) in fields.enumerated() {
            for token in tokens {
                terms[token, default: [0, 0, 0, 0]][f] += 1
                sectionCounts[token] = sectionCounts[token] ?? []
            }
        }
        for (i, (heading, body)) in zip(headings, bodies).enumerated() {
            var counts: [String: Int] = [:]
            for token in heading { counts[token, default: 0] += IndexBuilder.headingCountWeight }
            for token in body { counts[token, default: 0] += 1 }
            for (token, count) in counts { sectionCounts[token]! += [i, count] }
        }
    }
}

extension [UInt8] {
    /// Appends `[a,b,…]`, after a comma unless empty.
    mutating func appendJSONArray(_ values: [Int]) {
        if !isEmpty { append(UInt8(ascii: ",")) }
        append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { append(UInt8(ascii: ",")) }
            append(contentsOf: String(value).utf8)
        }
        append(UInt8(ascii: "]"))
    }
}
