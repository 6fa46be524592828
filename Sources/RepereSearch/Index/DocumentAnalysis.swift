import RepereSupport

/// The index's documents analysed by chunks of `PostingTable.chunkSize`, in id order, each chunk's
/// documents let go as soon as it is analysed and its documents stored: the whole text of the site
/// is never held beside the posting table.
struct DocumentAnalysis: Sendable {
    /// What the index's filters need of a document.
    struct Filters: Sendable {
        var section: SearchFacet?
        var type: String
        var audiences: [String]
        var isSectionPage: Bool
    }

    /// The analysis of each chunk of documents.
    private(set) var chunks: [AnalysedChunk]
    /// Each document's stored form (`IndexBuilder.stored`) as JSON, in id order (in the spill
    /// file, if any).
    let stored: [SpillableBytes]
    /// Each document's filter values, in id order.
    let filters: [Filters]

    init(_ input: consuming [SearchDocument], memo: IndexMemo?, spill: SpillFile?) {
        var documents = input
        documents.sort { $0.id < $1.id }
        let size = PostingTable.chunkSize
        var parts = stride(from: 0, to: documents.count, by: size).map { Array(documents[$0..<min($0 + size, documents.count)]) }
        documents = []
        let made = parts.parallelUpdate { c, part in
            let chunk = memo?.chunk(at: c * size, part[...]) ?? AnalysedChunk(part[...])
            let stored = part.map { d in
                var json = JSONWriter()
                json.storedDocument(IndexBuilder.stored(d))
                return SpillableBytes(json.output, spillingTo: spill)
            }
            let filters = part.map { Filters(section: $0.section, type: $0.type, audiences: $0.audiences, isSectionPage: $0.isSectionPage) }
            part = []  // analysed and stored: let go
            return (chunk, stored, filters)
        }
        chunks = made.map(\.0)
        stored = made.flatMap(\.1)
        filters = made.flatMap(\.2)
    }

    /// Hands the chunks over (the posting table weighs them in place), leaving none.
    mutating func takeChunks() -> [AnalysedChunk] {
        defer { chunks = [] }
        return chunks
    }
}
