import RepereDiagnostics
import RepereParallel

/// Decoded pages kept between loads (`serve`), so a rebuild reads and decodes only the files that
/// changed: reading ten thousand files and their front-matter YAML is the load stage's cost.
///
/// An entry is reused only for the same path, kind, ``ContentStamp`` and configuration; a source
/// without stamps (a Git revision) is read and decoded every time.
public final class PageReadCache: Sendable {
    private struct Input: Equatable {
        var kind: Page.Kind
        var stamp: ContentStamp
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
        _ path: ContentPath, kind: Page.Kind, stamp: ContentStamp?, configuration: SiteConfiguration,
        decode: () -> (Page?, [Diagnostic])
    ) -> (Page?, [Diagnostic]) {
        guard let stamp else { return decode() }
        return memo.value(for: path, input: Input(kind: kind, stamp: stamp, configuration: configuration), compute: decode)
    }
}
