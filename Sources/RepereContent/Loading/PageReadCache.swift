import RepereDiagnostics
import RepereParallel

/// Decoded pages kept between loads (`serve`), so a rebuild decodes only the files whose bytes
/// changed: front-matter YAML is the costly part of the load stage.
///
/// An entry is reused only for the same path, kind, bytes and configuration.
public final class PageReadCache: Sendable {
    private struct Input: Equatable {
        var kind: Page.Kind
        var bytes: [UInt8]
        var configuration: SiteConfiguration
    }

    private let memo = Memo<ContentPath, Input, (Page?, [Diagnostic])>()

    /// How many files the last load decoded (the rest came from the cache).
    public var decodedCount: Int { memo.computedCount }

    public init() {}

    /// Starts a load.
    func begin() { memo.begin() }

    /// The page decoded from `bytes`, from the cache or by `decode`.
    func page(
        _ path: ContentPath, kind: Page.Kind, bytes: [UInt8], configuration: SiteConfiguration,
        decode: () -> (Page?, [Diagnostic])
    ) -> (Page?, [Diagnostic]) {
        memo.value(for: path, input: Input(kind: kind, bytes: bytes, configuration: configuration), compute: decode)
    }
}
