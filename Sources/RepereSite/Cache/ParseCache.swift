import Foundation
import RepereContent
import RepereMarkdown

/// Parsed documents kept between builds, so a rebuild parses only the pages whose text changed.
///
/// Keyed by source path; an entry is reused only when the page's Markdown body is identical, so a
/// stale document is never served. Entries of pages that disappear are dropped by ``retain(_:)``.
/// Safe to use from the parse stage's worker threads.
public final class ParseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [ContentPath: (body: String, document: MarkdownDocument)] = [:]
    /// How many pages the last build parsed (the rest came from the cache).
    public private(set) var parsedCount = 0

    public init() {}

    /// The document for `page`, parsed with `parse` only when its body is not cached.
    func document(for page: Page, parse: (String) -> MarkdownDocument) -> MarkdownDocument {
        if let hit = lock.withLock({ entries[page.source] }), hit.body == page.body { return hit.document }
        let document = parse(page.body)
        lock.withLock {
            entries[page.source] = (page.body, document)
            parsedCount += 1
        }
        return document
    }

    /// Forgets pages that are not in `pages` and resets ``parsedCount`` for the next build.
    func retain(_ pages: [Page]) {
        let live = Set(pages.map(\.source))
        lock.withLock {
            entries = entries.filter { live.contains($0.key) }
            parsedCount = 0
        }
    }
}
