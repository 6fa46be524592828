import Foundation

/// Writing a file so that readers see either its old bytes or its new ones, never a mix: the
/// bytes go to a hidden sibling first, which is then renamed over the file.
///
/// Foundation's `Data.write(to:options: .atomic)` leaves an empty `TemporaryDirectory.*`
/// folder in the system's temporary folder on Linux at every call; this does not.
enum AtomicFile {
    /// The hidden sibling `path`'s new bytes are written to before the rename.
    static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return path[..<slash] + "." + path[slash...] + ".repere-new-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Replaces the file at `path` with `bytes`.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
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
    static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0.bindMemory(to: UInt8.self), to: path) }
    }

    /// Renames `from` over `to` (same folder), as one step.
    static func rename(_ from: String, to: String) throws {
        guard Foundation.rename(from, to) == 0 else {
            throw OutputError("cannot replace '\(to)': \(String(cString: strerror(errno)))")
        }
    }
}

/// Plain `open`/`write` of a whole file: Foundation's `FileManager.createFile` and
/// `Data(text.utf8)` cost far more than the bytes (see bench/PROFILE.md).
enum PlainFile {
    /// Creates or truncates the file at `path` and writes `bytes` into it.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw OutputError(String(cString: strerror(errno))) }
            offset += written
        }
    }
}
