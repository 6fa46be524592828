/// Bytes for a cache file of our own: unsigned numbers as LEB128 varints, signed ones zigzagged
/// first, strings as their UTF-8 length then bytes. ``ByteReader`` reads them back.
package struct ByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func write(_ number: UInt64) {
        var number = number
        while number >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: number) | 0x80)
            number >>= 7
        }
        bytes.append(UInt8(number))
    }

    /// A count or an index (never negative).
    package mutating func write(_ count: Int) { write(UInt64(count)) }

    /// A signed number, zigzagged so that small negative numbers stay short.
    package mutating func write(signed number: Int64) { write(UInt64(bitPattern: (number << 1) ^ (number >> 63))) }

    package mutating func write(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    package mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// What `other` wrote, after what this one did.
    package mutating func append(_ other: ByteWriter) { bytes.append(contentsOf: other.bytes) }
}
