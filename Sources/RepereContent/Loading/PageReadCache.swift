import Foundation
import RepereDiagnostics

/// Decoded pages kept between loads (`serve`), so a rebuild decodes only the files whose bytes
/// changed: front-matter YAML is the costly part of the load stage.
///
/// An entry is reused only for the same path, kind, bytes and configuration. Entries of files
/// not read by a load are dropped at the next one. Safe to use from the load stage's threads.
public final class PageReadCache: @unchecked Sendable {
    struct Entry {
        var kind: Page.Kind
        var bytes: [UInt8]
        var page: Page?
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var configuration: SiteConfiguration?
    private var previous: [ContentPath: Entry] = [:]
    private var current: [ContentPath: Entry] = [:]
    /// How many files the last load decoded (the rest came from the cache).
    public private(set) var decodedCount = 0

    public init() {}

    /// Starts a load: the last load's entries are kept only if `configuration` is the same.
    func begin(configuration: SiteConfiguration) {
        lock.withLock {
            previous = self.configuration == configuration ? current : [:]
            current = [:]
            self.configuration = configuration
            decodedCount = 0
        }
    }

    /// The page decoded from `bytes`, from the cache or by `decode`.
    func page(
        _ path: ContentPath, kind: Page.Kind, bytes: [UInt8], decode: () -> (Page?, [Diagnostic])
    ) -> (Page?, [Diagnostic]) {
        if let hit = lock.withLock({ previous[path] }), hit.kind == kind, hit.bytes == bytes {
            lock.withLock { current[path] = hit }
            return (hit.page, hit.diagnostics)
        }
        let (page, diagnostics) = decode()
        lock.withLock {
            current[path] = Entry(kind: kind, bytes: bytes, page: page, diagnostics: diagnostics)
            decodedCount += 1
        }
        return (page, diagnostics)
    }
}
