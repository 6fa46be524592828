import Foundation

/// Numbers byte strings (words as they appear in the text) 0, 1, 2… in order of first sight, in
/// a hash table storing its keys in one buffer: looking up a word allocates nothing, which
/// matters on millions of words.
struct WordTable {
    private var keyBytes: [UInt8] = []
    /// Per entry (by number): start of its key in `keyBytes`, key length.
    private var entries: [(start: Int32, length: Int32)] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// The number of `key`, and whether it was seen now for the first time.
    mutating func number(of key: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if Int(entry.length) == key.count, key.isEmpty || keyBytes.withUnsafeBufferPointer({ stored in
                memcmp(key.baseAddress!, stored.baseAddress! + Int(entry.start), key.count) == 0
            }) {
                return (Int(slots[slot]) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        entries.append((Int32(keyBytes.count), Int32(key.count)))
        keyBytes.append(contentsOf: key)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (entries.count - 1, true)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, entry) in entries.enumerated() {
            var slot = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.start + entry.length)])) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i + 1)
        }
    }

    /// FNV-1a.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }
}
