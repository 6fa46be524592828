import Foundation

/// One JSON file under `.repere-cache/`: read only when it decodes, written atomically, and
/// `nil` (nothing read or written) with `--no-cache`. A failure only costs the next build time.
package struct CacheFile<Value: Codable> {
    /// The file; `nil` disables it.
    package let url: URL?

    package init(url: URL?) { self.url = url }

    /// The decoded value, or `nil` when there is no file or it does not decode.
    package func read() -> Value? {
        guard let url, let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(Value.self, from: data)
    }

    /// Replaces the file with `value`.
    package func write(_ value: Value) {
        guard let url, let data = try? JSONEncoder().encode(value) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: url.path)
    }
}
