import Foundation

/// Searches of a text's bytes with memchr, for the checks that run on every text of every page
/// and almost never find anything (`==`, `^^`, two `:`).
enum BytePairs {
    /// Whether `bytes` holds `byte` twice in a row.
    static func containsPair(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        var from = 0
        while let found = index(of: byte, in: bytes, from: from) {
            if found + 1 < bytes.count, bytes[found + 1] == byte { return true }
            from = found + 1
        }
        return false
    }

    /// Whether `bytes` holds `byte` twice, anywhere.
    static func containsTwice(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        index(of: byte, in: bytes, from: 0).map { index(of: byte, in: bytes, from: $0 + 1) != nil } ?? false
    }

    /// The index of the first `byte` in `bytes` at or after `from`.
    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count,
            let found = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
