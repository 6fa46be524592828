import Foundation
import RepereSupport

/// Consecutive documents analysed for the index, in flat arrays, with the phrase terms of their
/// short fields (see `IndexBuilder.phrase`). Each distinct word is analysed once per chunk
/// (`WordTable` numbers words, each number keeps its term) and terms are numbered within the
/// chunk, so chunks are analysed on all cores and merged by term afterwards.
struct AnalysedChunk: Sendable {
    /// Local term id → term.
    private(set) var terms: [String] = []
    /// Document `k`'s entries, one per distinct term: `documentStart[k] ..< documentStart[k + 1]`.
    private(set) var documentStart: [Int] = [0]
    /// Per entry: the local id of its term.
    private(set) var entryTerm: [Int32] = []
    /// Per entry: its occurrences in each field (`IndexBuilder.fields` order), four values;
    /// empty once ``weigh(averages:)`` has made them ``frequencies``.
    private(set) var fieldCounts: [Int32] = []
    /// Per entry, once weighed: its BM25F pseudo-frequency in hundredths.
    private(set) var frequencies: [Int32] = []
    /// Per entry: its `section, count` pairs are `pairs[pairStart[e] ..< pairStart[e + 1]]`, by
    /// section, where count is heading occurrences × `headingCountWeight` + text occurrences.
    private(set) var pairStart: [Int32] = [0]
    private(set) var pairs: [Int32] = []
    /// Per document: the length of each field in terms, four values.
    private(set) var fieldLengths: [Int] = []
    /// Per local term: its occurrences, and those written in capitals as an acronym is (`PAI`,
    /// `BNC`: two to six capitals and digits), for the lexicons' `acronyms`.
    private(set) var uses: [Int32] = []
    private(set) var capitalUses: [Int32] = []
    /// The acronyms the documents' titles and headings spell out (``SpeltOut``), once per document.
    private(set) var spelt: [(initials: String, terms: [String])] = []

    var documentCount: Int { documentStart.count - 1 }

    init(_ documents: ArraySlice<SearchDocument>) {
        var state = AnalysisState()
        for document in documents { add(document, &state) }
        // Every chunk of the site is held at once while the postings are merged.
        entryTerm = entryTerm.compacted()
        fieldCounts = fieldCounts.compacted()
        pairStart = pairStart.compacted()
        pairs = pairs.compacted()
    }

    /// What analysing a chunk keeps besides the chunk. One value passed `inout` rather than
    /// locals captured by nested functions: captured, every access of the word loop paid a
    /// dynamic exclusivity check.
    private struct AnalysisState {
        var words = WordTable()
        /// Word number (in `words`) → its term id, or -1 for a word that is not indexed.
        var wordTerm: [Int32] = []
        /// Word number → whether it is written as an acronym (``isAcronym(_:)``).
        var wordIsAcronym: [Bool] = []
        var termIDs: [String: Int32] = [:]
        /// Local term id → its entry in the current document, or -1.
        var entryOf: [Int32] = []
        /// Per entry of the current document (from its first): count in the current section.
        var sectionCount: [Int32] = []
        var touched: [Int32] = []
        /// The current document's `(entry, section, count)`, by section.
        var found: [(entry: Int32, section: Int32, count: Int32)] = []
        var lengths = [0, 0, 0, 0]
        /// The current document's first entry.
        var first = 0
    }

    private mutating func add(_ d: SearchDocument, _ state: inout AnalysisState) {
        state.first = entryTerm.count
        state.lengths = [0, 0, 0, 0]
        var spelt: [String: [String]] = [:]
        for text in [d.title] + d.sections.filter({ $0.headingIsLink != true }).map(\.heading) {
            for (initials, terms) in SpeltOut.acronyms(of: text) where spelt[initials] == nil { spelt[initials] = terms }
        }
        self.spelt += spelt.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        add(d.title, field: 0, phrases: true, &state)
        if let key = IndexBuilder.titleKey(TextAnalyzer.analyze(d.title)) {
            count(termID(key, &state), field: 0, sectionWeight: 0, &state)
        }
        for keyword in d.keywords { add(keyword, field: 2, phrases: true, &state) }
        add(d.description, field: 2, phrases: true, &state)
        for (i, section) in d.sections.enumerated() {
            add(section.heading, field: 1, sectionWeight: Int32(IndexBuilder.headingCountWeight), phrases: true, &state)
            if section.headingIsLink != true, let key = IndexBuilder.headingKey(TextAnalyzer.analyze(section.heading)) {
                count(termID(key, &state), field: 1, sectionWeight: 0, &state)
            }
            add(section.text, field: 3, sectionWeight: 1, &state)
            for entry in state.touched {
                state.found.append((entry, Int32(i), state.sectionCount[Int(entry) - state.first]))
                state.sectionCount[Int(entry) - state.first] = 0
            }
            state.touched.removeAll(keepingCapacity: true)
        }
        // Pairs grouped by entry, each entry's in section order.
        let first = state.first
        let entries = entryTerm.count - first
        var start = [Int](repeating: 0, count: entries + 1)
        for f in state.found { start[Int(f.entry) - first + 1] += 2 }
        for e in 0..<entries { start[e + 1] += start[e] }
        let base = pairs.count
        pairs += repeatElement(0, count: start[entries])
        var next = start
        for f in state.found {
            let e = Int(f.entry) - first
            pairs[base + next[e]] = f.section
            pairs[base + next[e] + 1] = f.count
            next[e] += 2
        }
        pairStart += start.dropFirst().map { Int32(base + $0) }
        state.found.removeAll(keepingCapacity: true)
        for e in first..<entryTerm.count { state.entryOf[Int(entryTerm[e])] = -1 }
        state.sectionCount.removeAll(keepingCapacity: true)
        fieldLengths += state.lengths
        documentStart.append(entryTerm.count)
    }

    /// Replaces each entry's field counts by its pseudo-frequency, `Σ weight × tf / (1 − b + b ×
    /// length / avgLength)` over the fields in hundredths (`1 + ln tf` for a sublinear field), given each field's mean length over
    /// the site (`averages`): a quarter of the memory, before the posting table is made.
    mutating func weigh(averages: [Double]) {
        frequencies = (0..<documentCount).flatMap { k in
            (documentStart[k]..<documentStart[k + 1]).map { entry in
                var sum = 0.0
                for (f, field) in IndexBuilder.fields.enumerated() {
                    let tf = fieldCounts[entry * 4 + f]
                    guard tf > 0 else { continue }
                    let norm = averages[f] > 0 ? 1 - field.b + field.b * Double(fieldLengths[k * 4 + f]) / averages[f] : 1
                    sum += field.weight * (field.sublinear ? 1 + log(Double(tf)) : Double(tf)) / norm
                }
                return Int32(clamping: Int((sum * 100).rounded()))
            }
        }
        fieldCounts = []
    }

    private mutating func termID(_ term: String, _ state: inout AnalysisState) -> Int {
        if let id = state.termIDs[term] { return Int(id) }
        state.termIDs[term] = Int32(terms.count)
        terms.append(term)
        state.entryOf.append(-1)
        uses.append(0)
        capitalUses.append(0)
        return terms.count - 1
    }

    /// Counts an occurrence of term `id` in `field`, and with `sectionWeight` in the current section.
    private mutating func count(_ id: Int, field: Int, sectionWeight: Int32, _ state: inout AnalysisState) {
        if state.entryOf[id] < 0 {
            state.entryOf[id] = Int32(entryTerm.count)
            entryTerm.append(Int32(id))
            fieldCounts += [0, 0, 0, 0]
            state.sectionCount.append(0)
        }
        let entry = Int(state.entryOf[id])
        fieldCounts[entry * 4 + field] += 1
        guard sectionWeight > 0 else { return }
        if state.sectionCount[entry - state.first] == 0 { state.touched.append(Int32(entry)) }
        state.sectionCount[entry - state.first] += sectionWeight
    }

    /// Whether a word is written as an acronym: two to six ASCII capitals and digits, two
    /// capitals at least (`PAI`, `C2S`; not `A`, `2024`, `Bnc`).
    static func isAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (2...6).contains(word.count) else { return false }
        var capitals = 0
        for byte in word {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitals += 1 } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { return false }
        }
        return capitals >= 2
    }

    /// Counts the terms of `text` in `field`, and with `phrases`, each pair of adjacent terms
    /// (`chang centr`) as a term of its own.
    private mutating func add(_ text: String, field: Int, sectionWeight: Int32 = 0, phrases: Bool = false, _ state: inout AnalysisState) {
        var previous = -1
        WordScanner.forEachWord(in: text) { word, _, _ in
            let (number, isNew) = state.words.number(of: word)
            if isNew {
                state.wordTerm.append(TextAnalyzer.analyzeWord(word).map { Int32(termID($0, &state)) } ?? -1)
                state.wordIsAcronym.append(Self.isAcronym(word))
            }
            let id = Int(state.wordTerm[number])
            guard id >= 0 else { return }
            count(id, field: field, sectionWeight: sectionWeight, &state)
            uses[id] += 1
            if state.wordIsAcronym[number] { capitalUses[id] += 1 }
            state.lengths[field] += 1
            if phrases && previous >= 0 {
                count(termID(IndexBuilder.phrase(terms[previous], terms[id]), &state), field: field, sectionWeight: sectionWeight, &state)
            }
            previous = id
        }
    }
}
