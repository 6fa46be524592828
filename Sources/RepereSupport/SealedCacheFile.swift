import Foundation

/// A cache file in a format of our own (``ByteWriter``): a name for its kind, a format version,
/// the payload's length and checksum, then the payload. A file of another kind or version, cut
/// short, or with a byte changed is not read: the cache is then simply made again.
package struct SealedCacheFile {
    /// The file; `nil` disables it.
    package let url: URL?
    /// What the file holds (`repere-history`), and the version of its format.
    package let kind: String
    package let version: Int

    package init(url: URL?, kind: String, version: Int) {
        self.url = url
        self.kind = kind
        self.version = version
    }

    /// A reader at the start of the payload, or `nil` when there is no file or it is not one
    /// this kind and version wrote whole.
    package func read() -> ByteReader? {
        guard let url, let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var reader = ByteReader([UInt8](data))
        guard (try? reader.string()) == kind, (try? reader.unsigned()) == UInt64(version),
            let checksum = try? reader.unsigned(), let length = try? reader.unsigned(),
            length == UInt64(data.count - reader.offset), checksum == Self.checksum(data[(data.startIndex + reader.offset)...])
        else { return nil }
        return reader
    }

    /// Replaces the file with `payload`.
    package func write(_ payload: [UInt8]) {
        guard let url else { return }
        var file = ByteWriter()
        file.write(kind)
        file.write(version)
        file.write(Self.checksum(payload))
        file.write(payload.count)
        let bytes = file.bytes + payload
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? bytes.withUnsafeBufferPointer { try AtomicFile.write($0, to: url.path) }
    }

    private static func checksum(_ bytes: some ContiguousBytes) -> UInt64 {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine($0.bindMemory(to: UInt8.self)) }
        return hasher.value
    }
}
