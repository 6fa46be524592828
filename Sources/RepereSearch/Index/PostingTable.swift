import RepereSupport

/// Every term's postings, merged from the analysed chunks into one flat buffer: grouped by term,
/// each term's by document, a common term's cut to its `maxPostings` best.
struct PostingTable: Sendable {
    /// A document holding a term: `tf` is the BM25F pseudo-frequency in hundredths; the
    /// section counts are the chunk's entry's pairs.
    struct Posting: Sendable {
        var doc: UInt32
        var tf: UInt32
        /// The entry in the document's chunk (chunk `doc / chunkSize`).
        var entry: UInt32
    }

    /// Documents are analysed by chunks of this many.
    static let chunkSize = 128

    let chunks: [AnalysedChunk]
    /// Term id → term, in no particular order.
    private(set) var terms: [String] = []
    /// Term `t`'s postings before the cut are `postings[start[t] ..< start[t + 1]]`; the first
    /// `kept(t)` of them, by document, are the ones written.
    private(set) var start: [Int] = [0]
    private(set) var postings: ContiguousArray<Posting> = []
    /// Mean length of each field in terms.
    let averages: [Double]
    /// The terms written as acronyms (`PAI`) at least half of the times they are written.
    private(set) var acronyms: Set<Int> = []
    let maxPostings: Int

    /// The postings of `documentCount` documents analysed in `chunks` (of `chunkSize` each, in order).
    init(chunks analysed: consuming [AnalysedChunk], documentCount: Int, maxPostings: Int) {
        var chunks = consume analysed
        self.maxPostings = maxPostings
        var totals = [0, 0, 0, 0]
        for chunk in chunks {
            for (i, length) in chunk.fieldLengths.enumerated() { totals[i % 4] += length }
        }
        let averages = totals.map { documentCount == 0 ? 0 : Double($0) / Double(documentCount) }
        self.averages = averages
        _ = chunks.parallelUpdate { _, chunk in chunk.weigh(averages: averages) }
        self.chunks = chunks

        // Chunk term ids → global ones, and each term's number of postings.
        var ids: [String: Int32] = [:]
        var counts: [Int] = []
        let global = chunks.map { chunk in
            chunk.terms.map { term in
                if let id = ids[term] { return id }
                ids[term] = Int32(terms.count)
                terms.append(term)
                counts.append(0)
                return Int32(terms.count - 1)
            }
        }
        var uses = [Int](repeating: 0, count: terms.count), capitalUses = uses
        for (c, chunk) in chunks.enumerated() {
            for local in chunk.entryTerm { counts[Int(global[c][Int(local)])] += 1 }
            for (local, n) in chunk.uses.enumerated() where n > 0 {
                uses[Int(global[c][local])] += Int(n)
                capitalUses[Int(global[c][local])] += Int(chunk.capitalUses[local])
            }
        }
        acronyms = Set(terms.indices.filter { capitalUses[$0] > 0 && capitalUses[$0] * 2 >= uses[$0] })
        for count in counts { start.append(start.last! + count) }

        var next = start
        postings = ContiguousArray(repeating: Posting(doc: 0, tf: 0, entry: 0), count: start.last!)
        var doc = 0
        for (c, chunk) in chunks.enumerated() {
            for k in 0..<chunk.documentCount {
                for entry in chunk.documentStart[k]..<chunk.documentStart[k + 1] {
                    let t = Int(global[c][Int(chunk.entryTerm[entry])])
                    postings[next[t]] = Posting(doc: UInt32(doc), tf: UInt32(chunk.frequencies[entry]), entry: UInt32(entry))
                    next[t] += 1
                }
                doc += 1
            }
        }
        // Common terms keep their best postings, by document: each term's own slice, so all
        // cores sort at once.
        let common = terms.indices.filter { start[$0 + 1] - start[$0] > maxPostings }
        let bounds = start
        postings.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            common.parallelForEach { t in
                var all = UnsafeMutableBufferPointer(rebasing: buffer[bounds[t]..<bounds[t + 1]])
                all.sort { ($0.tf, $1.doc) > ($1.tf, $0.doc) }
                var kept = UnsafeMutableBufferPointer(rebasing: all[..<maxPostings])
                kept.sort { $0.doc < $1.doc }
            }
        }
    }

    /// The number of documents holding term `t`.
    func documentFrequency(_ t: Int) -> Int { start[t + 1] - start[t] }

    /// Term `t`'s postings written to the index, by document.
    func kept(_ t: Int) -> ArraySlice<Posting> {
        postings[start[t]..<start[t] + min(documentFrequency(t), maxPostings)]
    }

    /// A posting's `section, count` pairs.
    func sections(_ p: Posting) -> ArraySlice<Int32> {
        let chunk = chunks[Int(p.doc) / Self.chunkSize]
        return chunk.pairs[Int(chunk.pairStart[Int(p.entry)])..<Int(chunk.pairStart[Int(p.entry) + 1])]
    }
}
