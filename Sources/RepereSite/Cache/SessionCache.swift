import RepereContent
import RepereMarkdown
import RepereRender
import RepereSearch

/// What `repere serve` keeps in memory from one rebuild to the next, so that a rebuild after an
/// edit redoes only what the edit changed: decoded files, parsed documents, analysed search
/// documents and rendered pages.
///
/// Every entry is reused only when its whole input is the same: compared byte for byte (a page's
/// Markdown, a file's stamp or bytes) or, for rendered pages and search chunks, by a 64-bit hash of
/// the input (the page's whole template context, the chunk's documents).
public final class SessionCache: Sendable {
    /// Pages decoded from their files (front-matter included).
    public let files = PageReadCache()
    /// Parsed Markdown documents.
    public let documents = ParseCache()
    /// Analysed search documents.
    public let index = IndexMemo()
    /// Rendered pages.
    public let pages = RenderMemo()

    public init() {}
}
