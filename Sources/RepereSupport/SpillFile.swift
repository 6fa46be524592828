import Foundation

/// An unnamed temporary file for bytes a program reads back later instead of holding them in
/// memory. It is created in a folder and unlinked at once: it has no name, and the system frees
/// it when the file is let go, even after a crash. Appends from several threads may run at once
/// (each reserves its place, then writes there), and so may reads.
package final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var end = 0

    /// A new spill file in `folder` (the system's temporary folder by default), or `nil` when
    /// none can be made there.
    package init?(folder: String = NSTemporaryDirectory()) {
        var template = Array(((folder.hasSuffix("/") ? folder : folder + "/") + "repere-spill-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes `bytes` after everything appended so far. Returns where they are, or `nil` when they
    /// could not all be written (a full disk): the caller keeps them itself then.
    package func append(_ bytes: some Collection<UInt8>) -> Range<Int>? {
        let count = bytes.count
        let start = lock.withLock {
            defer { end += count }
            return end
        }
        let written = bytes.withContiguousStorageIfAvailable { write($0, at: start) }
            ?? Array(bytes).withUnsafeBufferPointer { write($0, at: start) }
        return written ? start..<(start + count) : nil
    }

    /// The bytes at `range`, as text, or `nil` when they cannot be read.
    package func text(at range: Range<Int>) -> String? {
        bytes(at: range).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes at `range`, or `nil` when they cannot be read.
    package func bytes(at range: Range<Int>) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            var done = 0
            while done < range.count {
                let read = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { complete = false; break }
                done += read
            }
            initialized = done
        }
        return complete ? bytes : nil
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            done += written
        }
        return true
    }
}

/// Bytes held in memory, or placed in a ``SpillFile`` and read back when asked for.
package enum SpillableBytes: Sendable {
    case held([UInt8])
    case spilled(SpillFile, Range<Int>)

    /// `bytes` placed in `spill`; held when there is no spill file or they could not be written there.
    package init(_ bytes: [UInt8], spillingTo spill: SpillFile?) {
        if let spill, let range = spill.append(bytes) { self = .spilled(spill, range) } else { self = .held(bytes) }
    }

    /// How many bytes there are.
    package var count: Int {
        switch self {
        case .held(let bytes): bytes.count
        case .spilled(_, let range): range.count
        }
    }

    /// The bytes. Spilled bytes that cannot be read back (the temporary file's disk failing under
    /// the program) stop it: going on without them would write a wrong file.
    package var bytes: [UInt8] {
        switch self {
        case .held(let bytes): return bytes
        case .spilled(let spill, let range):
            guard let bytes = spill.bytes(at: range) else { fatalError("a temporary file could not be read back") }
            return bytes
        }
    }
}
