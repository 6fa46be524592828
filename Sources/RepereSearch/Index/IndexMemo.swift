import RepereSupport

/// What `serve` keeps of the index stage from one rebuild to the next: the analysis of each
/// chunk of documents (the stage's main cost), reused when the chunk starts at the same place
/// and its documents are the same, byte for byte (compared by hash).
public final class IndexMemo: Sendable {
    private let chunks = Memo<Int, Int, AnalysedChunk>()

    /// How many chunks the last build analysed (the rest came from the memo).
    public var analysedChunkCount: Int { chunks.computedCount }

    public init() {}

    /// Starts a build.
    func begin() { chunks.begin() }

    /// The analysis of `documents`, which start at `start` in the index's document order.
    func chunk(at start: Int, _ documents: ArraySlice<SearchDocument>) -> AnalysedChunk {
        var hasher = Hasher()
        for document in documents { document.hashBytes(into: &hasher) }
        return chunks.value(for: start, input: hasher.finalize()) { AnalysedChunk(documents) }
    }
}

extension SearchDocument {
    /// Hashes every field by its UTF-8 bytes (`String`'s own hash normalises Unicode first, and
    /// two spellings of one text are different documents to the analyser's byte tables).
    fileprivate func hashBytes(into hasher: inout Hasher) {
        func text(_ value: String) {
            var value = value
            hasher.combine(value.utf8.count)
            value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        for value in [id, url, title, section?.id ?? "", section?.label ?? "", type, description] { text(value) }
        for list in [audiences, keywords] {
            hasher.combine(list.count)
            list.forEach(text)
        }
        hasher.combine(sections.count)
        for section in sections {
            text(section.anchor)
            text(section.heading)
            text(section.text)
        }
    }
}
