import Foundation

extension StringProtocol {
    /// The text's UTF-8 bytes as one buffer, without a copy when the text is stored contiguously
    /// (a native string or a slice of one): checks run on every text of every page read them so,
    /// not byte by byte through `utf8`.
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text's UTF-8 holds `byte` (an ASCII marker: `{`, `:`).
    public func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { $0.firstIndex(of: byte, from: 0) != nil }
    }

    /// Whether the text's UTF-8 holds `byte` twice, anywhere (two `:` around an emoji's name).
    public func containsByteTwice(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in bytes.firstIndex(of: byte, from: 0).map { bytes.firstIndex(of: byte, from: $0 + 1) != nil } ?? false }
    }

    /// Whether the text's UTF-8 holds `needle`'s, byte for byte: for ASCII markers (`++`,
    /// `:material-`), with none of Foundation's search costs nor its Unicode equivalences.
    public func containsBytes(_ needle: some StringProtocol) -> Bool {
        needle.withUTF8Bytes { pattern in
            guard let first = pattern.first else { return true }
            return withUTF8Bytes { bytes in
                var from = 0
                while let found = bytes.firstIndex(of: first, from: from), found + pattern.count <= bytes.count {
                    if (1..<pattern.count).allSatisfy({ bytes[found + $0] == pattern[$0] }) { return true }
                    from = found + 1
                }
                return false
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at or after `start`, found by memchr: the markers these
    /// checks look for are rare, and most texts hold none.
    public func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard let base = baseAddress, start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
