import RepereContent
import RepereSupport

/// Parsed documents kept between builds, so a rebuild parses only the pages whose Markdown body
/// changed (keyed by source path, reused only for a body identical byte for byte).
public final class ParseCache: Sendable {
    private let memo = Memo<ContentPath, Input, MarkdownDocument>()

    /// What a document is parsed from.
    private struct Input: Equatable {
        var body: ExactText
        var readsHTMLBlocks: Bool
        var readsESM: Bool
    }

    /// How many pages the last build parsed (the rest came from the cache).
    public var parsedCount: Int { memo.computedCount }

    public init() {}

    /// Starts a build.
    package func begin() { memo.begin() }

    /// The document for `page`, parsed with `parse` only when its body is not cached as read
    /// the same way.
    package func document(for page: Page, readingHTMLBlocks: Bool, readingESM: Bool, parse: (String) -> MarkdownDocument) -> MarkdownDocument {
        memo.value(for: page.source, input: Input(body: ExactText(page.body), readsHTMLBlocks: readingHTMLBlocks, readsESM: readingESM)) { parse(page.body) }
    }
}
