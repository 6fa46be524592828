/// Reads what a ``ByteWriter`` wrote. Bytes that end too soon or do not make sense throw
/// ``Malformed`` rather than trap: a cache file may be truncated or damaged.
package struct ByteReader {
    package struct Malformed: Error {
        package init() {}
    }

    private let bytes: [UInt8]
    /// How many bytes have been read.
    package private(set) var offset = 0

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { offset == bytes.count }

    package mutating func unsigned() throws(Malformed) -> UInt64 {
        var number: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 63 || bytes[offset] <= 1 else { throw Malformed() }  // no bit past 64
            let byte = bytes[offset]
            offset += 1
            number |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return number }
            shift += 7
        }
    }

    /// A count of items each written with at least one byte: never more than the bytes left, so
    /// a damaged count cannot make a reader reserve room for billions.
    package mutating func count() throws(Malformed) -> Int {
        let number = try unsigned()
        guard number <= UInt64(bytes.count - offset) else { throw Malformed() }
        return Int(number)
    }

    /// A number that is not a count (a count of commits, say).
    package mutating func number() throws(Malformed) -> Int {
        let number = try unsigned()
        guard number <= UInt64(Int.max) else { throw Malformed() }
        return Int(number)
    }

    /// An index below `limit`.
    package mutating func index(below limit: Int) throws(Malformed) -> Int {
        let number = try unsigned()
        guard number < UInt64(limit) else { throw Malformed() }
        return Int(number)
    }

    package mutating func signed() throws(Malformed) -> Int64 {
        let number = try unsigned()
        return Int64(bitPattern: number >> 1) ^ -Int64(bitPattern: number & 1)
    }

    package mutating func flag() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    package mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }
}
