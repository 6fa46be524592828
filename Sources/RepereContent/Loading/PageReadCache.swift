import RepereDiagnostics
import RepereSupport

/// Decoded pages kept between loads (`serve`), so a rebuild reads and decodes only the files that
/// changed: reading ten thousand files and their front-matter YAML is the load stage's cost.
///
/// An entry is reused only for the same path, kind, configuration and ``ContentStamp`` (then the
/// file is not even read) or, without a stamp to trust, the same bytes.
public final class PageReadCache: Sendable {
    /// What identifies a file's content.
    enum Content: Equatable {
        case stamp(ContentStamp)
        case bytes([UInt8])
    }

    private struct Input: Equatable {
        var kind: Page.Kind
        var content: Content
        var configuration: SiteConfiguration
    }

    private let memo = Memo<ContentPath, Input, (Page?, [Diagnostic])>()

    /// How many files the last load decoded (the rest came from the cache).
    public var decodedCount: Int { memo.computedCount }

    public init() {}

    /// Starts a load.
    func begin() { memo.begin() }

    /// The page of the file at `path`, from the cache or by `decode`.
    func page(
        _ path: ContentPath, kind: Page.Kind, input content: Content, configuration: SiteConfiguration,
        decode: () -> (Page?, [Diagnostic])
    ) -> (Page?, [Diagnostic]) {
        memo.value(for: path, input: Input(kind: kind, content: content, configuration: configuration), compute: decode)
    }
}
