import RepereContent
import RepereSearch

/// What `repere serve` keeps in memory from one rebuild to the next, so that a rebuild after an
/// edit redoes only what the edit changed: decoded files, parsed documents, analysed search
/// documents and rendered pages.
///
/// Every entry is keyed by its full input (a page's Markdown, a page's whole template context
/// and the theme), so a stale value is never reused, whatever changed.
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
