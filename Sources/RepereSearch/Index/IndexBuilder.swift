import Foundation
import RepereParallel

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

    /// A term shard is split by a longer prefix (up to three characters) past this size;
    /// documents are grouped so that a document shard is about a quarter of it.
    public var shardBytes: Int
    /// Postings kept per term, those with the highest `tf`: a word in most pages adds little to a
    /// score, and its full list would dominate what a query downloads.
    public var maxPostings: Int

    public init(shardBytes: Int = 4_096, maxPostings: Int = 300) {
        self.shardBytes = shardBytes
        self.maxPostings = maxPostings
    }

    /// The index files, paths relative to the index folder (`index.json`, `t/….json`…), sorted.
    ///
    /// - Parameters:
    ///   - synonyms: groups of words or phrases that mean the same (a glossary term, its
    ///     expansion, its synonyms).
    ///   - audiences: every audience id with its label, in display order.
    public func build(_ input: [SearchDocument], synonyms: [[String]] = [], audiences: [SearchFacet] = []) -> [(path: String, bytes: [UInt8])] {
        let documents = input.sorted { $0.id < $1.id }
        let analysed = documents.parallelMap(AnalysedDocument.init)
        let averages = (0..<Self.fields.count).map { f in
            analysed.isEmpty ? 0 : Double(analysed.map { $0.fieldLengths[f] }.reduce(0, +)) / Double(analysed.count)
        }

        var postings: [String: [[Int]]] = [:]
        for (doc, a) in analysed.enumerated() {
            for (term, sections) in a.sectionCounts {
                postings[term, default: []].append([doc, pseudoFrequency(a, term, averages)] + sections)
            }
        }
        var documentFrequency: [String: Int] = [:]
        for (term, list) in postings where list.count > maxPostings {
            documentFrequency[term] = list.count
            postings[term] = list.sorted { ($0[1], $1[0]) > ($1[1], $0[0]) }.prefix(maxPostings).sorted { $0[0] < $1[0] }
        }

        // Files named by their key or number here; the hash of the whole index is added below.
        var files: [(name: String, bytes: [UInt8])] = []
        let termShards = shardTerms(postings)
        for (key, terms) in termShards {
            files.append(("t/\(Self.hex(key))", Self.termShard(terms, postings, documentFrequency)))
        }
        let lexicons = Dictionary(grouping: postings.keys) { Self.key($0, length: 1) }
        for (first, terms) in lexicons {
            let bytes = Self.object(terms.sorted()) { Array("\(documentFrequency[$0] ?? postings[$0]!.count)".utf8) }
            files.append(("l/\(Self.hex(first))", Array(#"{"terms":"#.utf8) + bytes + [UInt8(ascii: "}")]))
        }
        let stored = documents.map { IndexFormat.encode(Self.stored($0)) }
        let perShard = stored.isEmpty ? 1 : max(1, shardBytes / 4 * stored.count / stored.map(\.count).reduce(0, +))
        for (i, first) in stride(from: 0, to: stored.count, by: perShard).enumerated() {
            let docs = stored[first..<min(first + perShard, stored.count)]
            files.append(("d/\(i)", Array(#"{"docs":["#.utf8) + Array(docs.joined(separator: [UInt8(ascii: ",")])) + Array("]}".utf8)))
        }

        let sections = Set(documents.compactMap(\.section)).sorted { $0.id < $1.id }
        let types = Set(documents.map(\.type)).sorted()
        let knownAudiences = Set(audiences.map(\.id))
        let allAudiences = audiences + Set(documents.flatMap(\.audiences)).subtracting(knownAudiences).sorted().map { SearchFacet(id: $0, label: $0) }
        let facetTable = IndexFormat.FacetTable(docs: documents.map { d in
            [d.section.flatMap { sections.firstIndex(of: $0) } ?? -1, types.firstIndex(of: d.type)!]
                + d.audiences.compactMap { id in allAudiences.firstIndex { $0.id == id } }.sorted()
        })
        files.append(("facets", IndexFormat.encode(facetTable)))

        files.sort { $0.name < $1.name }
        let hash = IndexFormat.hash(files.flatMap { [Array($0.name.utf8), $0.bytes] })
        let manifest = IndexFormat.Manifest(
            version: IndexFormat.version, docCount: documents.count,
            ranking: IndexFormat.Ranking(k1: Self.k1, fields: zip(Self.fields, averages).map { field, average in
                IndexFormat.Field(name: field.name, weight: field.weight, b: field.b, avgLength: (average * 100).rounded() / 100)
            }),
            hash: hash, terms: termShards.map(\.0), lexicons: lexicons.keys.sorted(),
            docs: IndexFormat.DocShards(count: (stored.count + perShard - 1) / perShard, perShard: perShard),
            sections: sections, types: types, audiences: allAudiences, synonyms: Self.analyseSynonyms(synonyms))
        return (files.map { ("\($0.name).\(hash).json", $0.bytes) } + [("index.json", IndexFormat.encode(manifest))])
            .sorted { $0.0 < $1.0 }
    }

    /// `{"df":{…},"terms":{…}}`: the postings of `terms`, and the true document frequency of
    /// those whose list was cut.
    private static func termShard(_ terms: [String], _ postings: [String: [[Int]]], _ documentFrequency: [String: Int]) -> [UInt8] {
        let df = object(terms.filter { documentFrequency[$0] != nil }) { Array("\(documentFrequency[$0]!)".utf8) }
        let lists = object(terms) { term in
            var bytes: [UInt8] = [UInt8(ascii: "[")]
            for (j, posting) in postings[term]!.enumerated() { bytes.appendJSONArray(posting, comma: j > 0) }
            return bytes + [UInt8(ascii: "]")]
        }
        return Array(#"{"df":"#.utf8) + df + Array(#","terms":"#.utf8) + lists + [UInt8(ascii: "}")]
    }

    /// `{"key":value,…}` for `keys` in their order, values already JSON: written by hand, as an
    /// encoder walking millions of small arrays takes most of the build on large sites.
    private static func object(_ keys: [String], _ value: (String) -> [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (i, key) in keys.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += IndexFormat.encode(key) + [UInt8(ascii: ":")] + value(key)
        }
        return bytes + [UInt8(ascii: "}")]
    }

    /// A shard key in file names: its UTF-8 bytes in hex (`ch` → `6368`).
    static func hex(_ key: String) -> String {
        key.utf8.map { String(format: "%02x", $0) }.joined()
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

    /// Term shards, by key, each with its terms in order: terms grouped by their first
    /// character, a group over `shardBytes` split by the first two, then three characters. A
    /// term is in the shard of the longest key that begins it.
    private func shardTerms(_ postings: [String: [[Int]]]) -> [(String, [String])] {
        func size(_ term: String) -> Int { term.utf8.count + 4 + postings[term]!.reduce(0) { $0 + 2 + $1.count * 4 } }
        func split(_ terms: [String], length: Int) -> [(String, [String])] {
            Dictionary(grouping: terms) { Self.key($0, length: length) }.sorted { $0.key < $1.key }.flatMap { key, group in
                length < 3 && group.reduce(0, { $0 + size($1) }) > shardBytes ? split(group, length: length + 1) : [(key, group.sorted())]
            }
        }
        return split(Array(postings.keys), length: 1)
    }

    /// The first `length` Unicode scalars of a term: its shard key.
    static func key(_ term: String, length: Int) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
    }

    static func stored(_ d: SearchDocument) -> IndexFormat.StoredDocument {
        IndexFormat.StoredDocument(
            url: d.url, title: d.title, section: d.section?.label ?? "", type: d.type, description: d.description,
            sections: d.sections.map { IndexFormat.StoredSection(anchor: $0.anchor, heading: $0.heading, excerpt: excerpt($0.text)) })
    }

    /// The text with runs of white space made one space, cut after about `excerptLength`
    /// characters at a word boundary.
    static func excerpt(_ text: String) -> String {
        // One pass that stops as soon as the excerpt is decided: pages can be long, excerpts are short.
        var out = ""
        var count = 0  // characters in `out`
        var word = ""
        var wordCount = 0
        for character in text {
            if !character.isWhitespace {
                word.append(character)
                wordCount += 1
                if count + wordCount > excerptLength {
                    return out.isEmpty ? String(word.prefix(excerptLength)) + "…" : out + " …"
                }
                continue
            }
            guard wordCount > 0 else { continue }
            if !out.isEmpty {
                out += " "
                count += 1
            }
            out += word
            count += wordCount
            word = ""
            wordCount = 0
        }
        if wordCount > 0 { out += out.isEmpty ? word : " " + word }
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
    /// Appends `[a,b,…]`, after a comma if asked.
    mutating func appendJSONArray(_ values: [Int], comma: Bool) {
        if comma { append(UInt8(ascii: ",")) }
        append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { append(UInt8(ascii: ",")) }
            append(contentsOf: String(value).utf8)
        }
        append(UInt8(ascii: "]"))
    }
}
