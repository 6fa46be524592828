import Foundation

/// Plain `open`/`write` of a whole new file: Foundation's `FileManager.createFile` and
/// `Data(text.utf8)` cost far more than the bytes (see bench/PROFILE.md).
package enum PlainFile {
    /// Creates the file at `path` with `bytes`. The file is opened with `O_EXCL | O_NOFOLLOW`, and
    /// whatever was at `path` is removed first: a link planted there is never written through.
    package static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        // Into a fresh folder nothing is there: no `unlink`, which takes the folder's lock.
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0 && errno == EEXIST {
            unlink(path)
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Failure(code: errno) }
            offset += written
        }
    }

    /// A failed system call: its `errno`.
    package struct Failure: Error, CustomStringConvertible {
        package var code: Int32
        package var description: String { String(cString: strerror(code)) }
    }
}
