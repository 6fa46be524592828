import Foundation

/// One JSON file under `.repere-cache/`: read only when it decodes, written atomically, and
/// `nil` (nothing read or written) with `--no-cache`. A failure only costs the next build time.
struct CacheFile<Value: Codable> {
    /// The file; `nil` disables it.
    let url: URL?

    /// The decoded value, or `nil` when there is no file or it does not decode.
    func read() -> Value? {
        guard let url, let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(Value.self, from: data)
    }

    /// Replaces the file with `value`.
    func write(_ value: Value) {
        guard let url, let data = try? JSONEncoder().encode(value) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: url.path)
    }
}
