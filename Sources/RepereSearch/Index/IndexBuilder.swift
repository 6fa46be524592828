import Foundation
import RepereSupport

/// Builds the search index files from documents: term statistics for BM25F ranking, postings
/// with per-section counts for deep links, and the stored text for result snippets.
///
/// Fields and weights follow the product's order: title ≫ headings ≫ keywords and description ≫
/// body. Each posting's `tf` is the BM25F pseudo-frequency
/// `Σ weight × tf / (1 − b + b × length / avgLength)` over the fields, in hundredths, so the
/// reader needs no per-document lengths; the body's count is `1 + ln tf`. The output depends only
/// on the input, not its order.
public struct IndexBuilder: Sendable {
    /// Field name, weight and length normalisation, in field order; `sublinear`: the field's count
    /// is `1 + ln tf`, so that a word repeated 200 times in a page's commands does not outweigh the
    /// pages titled with it (a real site's « apptainer »: the install page from 8th to 4th, the
    /// page titled « Apptainer » 15th to 2nd; the relevance set unchanged at 0.956).
    public static let fields: [(name: String, weight: Double, b: Double, sublinear: Bool)] = [
        ("title", 8, 0.3, false), ("headings", 3, 0.5, false), ("meta", 2, 0.5, false), ("body", 1, 0.75, true),
    ]
    public static let k1 = 3.0
    /// A section's count weighs an occurrence in its heading this many times one in its text.
    static let headingCountWeight = 3
    /// Stored excerpts stop at about this many characters.
    static let excerptLength = 200

    /// The average size of a term shard (a query word loads its own postings and about this much
    /// of other terms') and of a document shard.
    public var shardBytes: Int
    /// Postings kept per term, those with the highest `tf`: a word in most pages adds little to a
    /// score, and its full list would dominate what a query downloads.
    public var maxPostings: Int

    public init(shardBytes: Int = 1_024, maxPostings: Int = 300) {
        self.shardBytes = shardBytes
        self.maxPostings = maxPostings
    }

    /// The index files, paths relative to the index folder (`index.json`, `t/….json`…), sorted.
    ///
    /// - Parameters:
    ///   - synonyms: groups of words or phrases that mean the same (a glossary term, its
    ///     expansion, its synonyms).
    ///   - audiences: every audience id with its label, in display order.
    ///   - memo: what the previous build analysed (`serve`); only changed chunks are analysed again.
    public func build(
        _ input: consuming [SearchDocument], synonyms: [[String]] = [], audiences: [SearchFacet] = [], memo: IndexMemo? = nil
    ) -> [(path: String, bytes: [UInt8])] {
        build(input, synonyms: synonyms, audiences: audiences, memo: memo, spill: nil).map { ($0.path, $0.content.bytes) }
    }

    /// The files of the index of `input`, as ``build(_:synonyms:audiences:memo:)``; with a `spill`
    /// file, the stored documents and the files wait there rather than in memory (a build written
    /// to disk: at 100,000 pages the stored documents are 400 MB).
    package func build(
        _ input: consuming [SearchDocument], synonyms: [[String]], audiences: [SearchFacet], memo: IndexMemo?, spill: SpillFile?
    ) -> [(path: String, content: SpillableBytes)] {
        memo?.begin()
        // The documents are let go chunk by chunk as they are analysed.
        let analysis = DocumentAnalysis(input, memo: memo, spill: spill)
        let (stored, filters) = (analysis.stored, analysis.filters)
        // Files named by their key or number; the hash of the whole index goes in the manifest.
        var (termFiles, terms) = termFiles(consume analysis)
        var files: [(name: String, content: SpillableBytes)] = []
        for i in termFiles.indices {
            files.append((termFiles[i].name, SpillableBytes(termFiles[i].bytes, spillingTo: spill)))
            termFiles[i].bytes = []  // placed: let go
        }
        let perShard = stored.isEmpty ? 1 : max(1, shardBytes * stored.count / stored.map(\.count).reduce(0, +))
        for (i, first) in stride(from: 0, to: stored.count, by: perShard).enumerated() {
            var json = JSONWriter()
            json.raw(#"{"docs":"#)
            json.array(stored[first..<min(first + perShard, stored.count)]) { json, doc in json.raw(doc.bytes) }
            json.byte("}")
            files.append(("d/\(i)", SpillableBytes(json.output, spillingTo: spill)))
        }

        let sections = Set(filters.compactMap(\.section)).sorted { $0.id < $1.id }
        let types = Set(filters.map(\.type)).sorted()
        let knownAudiences = Set(audiences.map(\.id))
        let allAudiences = audiences + Set(filters.flatMap(\.audiences)).subtracting(knownAudiences).sorted().map { SearchFacet(id: $0, label: $0) }
        let sectionIndex = Dictionary(uniqueKeysWithValues: sections.enumerated().map { ($1, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        let audienceIndex = Dictionary(allAudiences.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
        var facets = JSONWriter()
        facets.raw(#"{"docs":"#)
        facets.array(filters) { json, d in
            json.array([d.section.flatMap { sectionIndex[$0] } ?? -1, typeIndex[d.type]!] + d.audiences.compactMap { audienceIndex[$0] }.sorted()) { $0.int($1) }
        }
        facets.byte("}")
        files.append(("facets", .held(facets.output)))

        files.sort { $0.name < $1.name }
        let hash = IndexFormat.hash(files.lazy.flatMap { [Array($0.name.utf8), $0.content.bytes] })
        let manifest = IndexFormat.Manifest(
            version: IndexFormat.version, docCount: filters.count,
            ranking: IndexFormat.Ranking(k1: Self.k1, fields: zip(Self.fields, terms.averages).map { field, average in
                IndexFormat.Field(name: field.name, weight: field.weight, b: field.b, avgLength: (average * 100).rounded() / 100)
            }),
            hash: hash, termShards: terms.shards, lexicons: terms.lexicons,
            docs: IndexFormat.DocShards(count: (stored.count + perShard - 1) / perShard, perShard: perShard),
            sections: sections, types: types, audiences: allAudiences, synonyms: Self.analyseSynonyms(synonyms),
            sectionPages: filters.indices.filter { filters[$0].isSectionPage })
        return (files.map { ("\($0.name).json", $0.content) } + [("index.json", .held(IndexFormat.encode(manifest)))])
            .sorted { $0.0 < $1.0 }
    }

    /// The term shards (`t/…`) and the lexicons (`l/…`) of the analysed documents, with the mean
    /// length of each field, the number of term shards and the lexicons' keys, sorted. The
    /// analysis and the posting table, the largest things the index holds, are let go on return:
    /// before the document shards are written.
    private func termFiles(
        _ analysis: consuming DocumentAnalysis
    ) -> (files: [(name: String, bytes: [UInt8])], (averages: [Double], shards: Int, lexicons: [String])) {
        let chunks = analysis.takeChunks()
        let spelt = Self.speltAcronyms(chunks)
        let table = PostingTable(chunks: chunks, documentCount: analysis.filters.count, maxPostings: maxPostings)
        let postings = Array(table.terms.indices).parallelMap { Self.postings($0, table) }
        let termShards = shardTerms(table, postings)
        // Each spelt-out acronym in the shard of `~` and its letters, as a term's postings are.
        var speltShards = [[String]](repeating: [], count: termShards.count)
        if !termShards.isEmpty { for initials in spelt.keys.sorted() { speltShards[IndexFormat.termShard(of: "~" + initials, count: termShards.count)].append(initials) } }
        let speltByShard = speltShards
        var files = termShards.enumerated().map { $0 }.parallelMap { n, terms in
            ("t/\(n)", Self.termShard(terms, table, postings, spelt: speltByShard[n].map { ($0, spelt[$0]!) }))
        }
        let lexicons = Dictionary(grouping: table.terms.indices.filter { Self.isWord(table.terms[$0]) }) { Self.key(table.terms[$0], length: 1) }
        let titled = Self.titleTerms(table.terms)
        for (first, terms) in lexicons {
            let sorted = terms.sorted { table.terms[$0] < table.terms[$1] }
            var json = JSONWriter()
            json.raw(#"{"terms":"#)
            json.object(sorted, table) { json, t in json.int(table.documentFrequency(t)) }
            json.raw(#","titled":"#)
            json.array(sorted.filter { titled.contains(table.terms[$0]) }) { json, t in json.string(table.terms[t]) }
            let acronyms = sorted.filter(table.acronyms.contains)
            if !acronyms.isEmpty {
                json.raw(#","acronyms":"#)
                json.array(acronyms) { json, t in json.string(table.terms[t]) }
            }
            json.byte("}")
            files.append(("l/\(Self.hex(first))", json.output))
        }
        return (files, (table.averages, termShards.count, lexicons.keys.sorted()))
    }

    /// The acronyms the titles and headings spell out (``SpeltOut``) → their phrases, those of
    /// the most documents first (then in code point order), ``SpeltOut/phrasesPerAcronym`` at most.
    static func speltAcronyms(_ chunks: [AnalysedChunk]) -> [String: [[String]]] {
        var counts: [String: [[String]: Int]] = [:]
        for chunk in chunks {
            for (initials, terms) in chunk.spelt { counts[initials, default: [:]][terms, default: 0] += 1 }
        }
        return counts.mapValues { phrases in
            phrases.sorted { ($1.value, $0.key.joined(separator: " ")) < ($0.value, $1.key.joined(separator: " ")) }
                .prefix(SpeltOut.phrasesPerAcronym).map(\.key)
        }
    }

    /// `{"df":{…},"terms":{…}}`: the postings of `terms` (ids, sorted by term), and the true
    /// document frequency of those whose list was cut.
    private static func termShard(_ terms: [Int], _ table: PostingTable, _ postings: [[UInt8]], spelt: [(String, [[String]])]) -> [UInt8] {
        var json = JSONWriter()
        json.raw(#"{"df":"#)
        json.object(terms.filter { table.documentFrequency($0) > table.maxPostings }, table) { json, t in json.int(table.documentFrequency(t)) }
        json.raw(#","terms":"#)
        json.object(terms, table) { json, t in json.raw(postings[t]) }
        if !spelt.isEmpty {
            json.raw(#","spelt":{"#)
            for (i, (initials, phrases)) in spelt.enumerated() {
                if i > 0 { json.byte(",") }
                json.string(initials)
                json.byte(":")
                json.array(phrases) { json, phrase in json.array(phrase) { $0.string($1) } }
            }
            json.byte("}")
        }
        json.byte("}")
        return json.output
    }

    /// Term `t`'s postings in their flat form: for each, the difference from the previous
    /// document, `tf`, the number of sections, then the `section, count` pairs.
    private static func postings(_ t: Int, _ table: PostingTable) -> [UInt8] {
        var json = JSONWriter()
        var previous = 0
        json.byte("[")
        for posting in table.kept(t) {
            let sections = table.sections(posting)
            if json.bytes.count > 1 { json.byte(",") }
            json.int(Int(posting.doc) - previous)
            json.byte(",")
            json.int(Int(posting.tf))
            json.byte(",")
            json.int(sections.count / 2)
            for value in sections {
                json.byte(",")
                json.int(Int(value))
            }
            previous = Int(posting.doc)
        }
        json.byte("]")
        return json.bytes
    }

    /// A lexicon's character in file names: its UTF-8 bytes in hex (`é` → `c3a9`).
    static func hex(_ key: String) -> String {
        key.utf8.map { String(format: "%02x", $0) }.joined()
    }

    /// Term shards, each with its term ids sorted by term: a term is in shard
    /// `IndexFormat.termShard(of:count:)`, and there are as many shards as make them about
    /// `shardBytes` on average.
    private func shardTerms(_ table: PostingTable, _ postings: [[UInt8]]) -> [[Int]] {
        let size = table.terms.indices.reduce(0) { $0 + table.terms[$1].utf8.count + 4 + postings[$1].count }
        var shards = [[Int]](repeating: [], count: table.terms.isEmpty ? 0 : (size + shardBytes - 1) / shardBytes)
        for t in table.terms.indices { shards[IndexFormat.termShard(of: table.terms[t], count: shards.count)].append(t) }
        return shards.map { $0.sorted { table.terms[$0] < table.terms[$1] } }
    }

    /// The term of two adjacent terms of a title, heading, keyword or description: a page
    /// holding the words of a query side by side there ranks above one holding them apart.
    static func phrase(_ first: String, _ second: String) -> String {
        first + " " + second
    }

    /// The term of a whole title: `=` then its distinct terms, in code point order, joined by spaces
    /// (`Comment changer de centre ?` → `=centr chang`); nil for a title of stop words only. A
    /// query whose terms give the same key is the page's title, give or take stop words, accents,
    /// case, word order and inflection.
    static func titleKey(_ terms: [String]) -> String? {
        terms.isEmpty ? nil : "=" + Set(terms).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: " ")
    }

    /// The most terms a heading may have to get a key of its own (``headingKey(_:)``).
    static let headingKeyTerms = 4

    /// The term of a whole heading of 1 to ``headingKeyTerms`` terms: `#` then its title key
    /// (`## Qu'est-ce que Roundcube ?` → `#=roundcub`); nil for any other. A query that is a
    /// page's heading finds the page that defines it, above pages that only use its words.
    static func headingKey(_ terms: [String]) -> String? {
        Set(terms).count <= headingKeyTerms ? titleKey(terms).map { "#" + $0 } : nil
    }

    /// The terms of the pages' titles, read from their title keys.
    static func titleTerms(_ terms: [String]) -> Set<String> {
        Set(terms.lazy.filter { $0.hasPrefix("=") }.flatMap { $0.dropFirst().split(separator: " ").map(String.init) })
    }

    /// Whether a term is a word's (in the lexicons), not a phrase, title or heading key.
    static func isWord(_ term: String) -> Bool {
        !term.contains(" ") && !term.hasPrefix("=") && !term.hasPrefix("#=")
    }

    /// The first `length` Unicode scalars of a term: its shard key.
    static func key(_ term: String, length: Int) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
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
