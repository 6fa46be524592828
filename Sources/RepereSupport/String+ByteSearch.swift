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
        withUTF8Bytes { $0.contains(byte) }
    }

    /// Whether the text's UTF-8 holds `needle`'s, byte for byte: for ASCII markers (`++`,
    /// `:material-`), with none of Foundation's search costs nor its Unicode equivalences.
    public func containsBytes(_ needle: some StringProtocol) -> Bool {
        needle.withUTF8Bytes { pattern in
            guard let first = pattern.first else { return true }
            return withUTF8Bytes { bytes in
                guard bytes.count >= pattern.count else { return false }
                var i = 0
                while i <= bytes.count - pattern.count {
                    if bytes[i] == first, (1..<pattern.count).allSatisfy({ bytes[i + $0] == pattern[$0] }) { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
