import RepereContent
import RepereSupport

/// Parsed documents kept between builds, so a rebuild parses only the pages whose Markdown body
/// changed (keyed by source path, reused only for a body identical byte for byte).
public final class ParseCache: Sendable {
    private let memo = Memo<ContentPath, ExactText, MarkdownDocument>()

    /// How many pages the last build parsed (the rest came from the cache).
    public var parsedCount: Int { memo.computedCount }

    public init() {}

    /// Starts a build.
    package func begin() { memo.begin() }

    /// The document for `page`, parsed with `parse` only when its body is not cached.
    package func document(for page: Page, parse: (String) -> MarkdownDocument) -> MarkdownDocument {
        memo.value(for: page.source, input: ExactText(page.body)) { parse(page.body) }
    }
}
