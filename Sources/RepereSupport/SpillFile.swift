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
    package func append(_ bytes: String.UTF8View) -> Range<Int>? {
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
        return complete ? String(decoding: bytes, as: UTF8.self) : nil
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
