import Foundation

/// Writing a file so that readers see either its old bytes or its new ones, never a mix: the
/// bytes go to a hidden sibling first, which is then renamed over the file.
///
/// Foundation's `Data.write(to:options: .atomic)` leaves an empty `TemporaryDirectory.*`
/// folder in the system's temporary folder on Linux at every call; this does not.
package enum AtomicFile {
    /// The hidden sibling `path`'s new bytes are written to before the rename.
    package static func temporaryPath(for path: String) -> String { sibling(of: path, "new") }

    /// The hidden sibling that keeps `path`'s old bytes (a hard link) while a site is updated.
    package static func backupPath(for path: String) -> String { sibling(of: path, "old") }

    private static func sibling(of path: String, _ kind: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return path[..<slash] + "." + path[slash...] + ".repere-\(kind)-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Replaces the file at `path` with `bytes`.
    package static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let temporary = temporaryPath(for: path)
        do {
            try PlainFile.write(bytes, to: temporary)
            try rename(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Replaces the file at `path` with `data`.
    package static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0.bindMemory(to: UInt8.self), to: path) }
    }

    /// Renames `from` over `to` (same folder), as one step.
    package static func rename(_ from: String, to: String) throws {
        guard Foundation.rename(from, to) == 0 else {
            throw OutputError("cannot replace '\(to)': \(String(cString: strerror(errno)))")
        }
    }
}
