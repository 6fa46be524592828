/// A 64-bit FNV-1a hash, the same in every process (Swift's `Hasher` is seeded per process),
/// for cache keys kept on disk.
package struct StableHasher {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        value = hash
        combine(length: bytes.count)
    }

    package mutating func combine(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { combine($0) } }

    /// Adds `text` and its length, so that ("ab", "c") and ("a", "bc") differ.
    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine($0) }
    }

    package mutating func combine(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { combine($0.bindMemory(to: UInt8.self)) }
    }

    package mutating func combine(_ flag: Bool) { combine(flag ? 1 : 0 as Int64) }

    private mutating func combine(length: Int) {
        var hash = value
        var length = UInt64(length)
        for _ in 0..<8 {
            hash = (hash ^ (length & 0xff)) &* 0x100_0000_01b3
            length >>= 8
        }
        value = hash
    }
}
