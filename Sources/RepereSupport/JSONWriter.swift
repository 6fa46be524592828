/// JSON written straight into bytes, the way `IndexFormat.encode` (`JSONEncoder`) writes it: an
/// encoder walking millions of small values would take most of the index stage on large sites.
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The bytes written, in storage of their own size: appending leaves up to as much capacity
    /// again unused, and a large site holds thousands of index files.
    package var output: [UInt8] { bytes.compacted() }

    /// Bytes written as they are: punctuation, keys known to need no escaping, JSON already made.
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    package mutating func raw(_ json: [UInt8]) {
        bytes.append(contentsOf: json)
    }

    package mutating func byte(_ character: Unicode.Scalar) {
        bytes.append(UInt8(character.value))
    }

    package mutating func int(_ value: Int) {
        if value < 0 { byte("-") }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[i...]))
        }
    }

    /// A string in quotes: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`,
    /// everything else (slashes, non-ASCII) as UTF-8.
    package mutating func string(_ value: String) {
        byte("\"")
        var value = value
        value.withUTF8 { utf8 in  // runs without escapes copied whole
            var runStart = 0
            for i in utf8.indices where utf8[i] < 0x20 || utf8[i] == UInt8(ascii: "\"") || utf8[i] == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                escape(utf8[i])
                runStart = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        byte("\"")
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): raw(#"\""#)
        case UInt8(ascii: "\\"): raw(#"\\"#)
        case 0x08: raw(#"\b"#)
        case 0x0C: raw(#"\f"#)
        case UInt8(ascii: "\n"): raw(#"\n"#)
        case UInt8(ascii: "\r"): raw(#"\r"#)
        case UInt8(ascii: "\t"): raw(#"\t"#)
        default:
            raw(#"\u00"#)
            bytes.append(Self.hexDigits[Int(b >> 4)])
            bytes.append(Self.hexDigits[Int(b & 0xF)])
        }
    }

    /// `[a,b,…]`.
    package mutating func array<C: Collection>(_ values: C, _ element: (inout JSONWriter, C.Element) -> Void) {
        byte("[")
        for (i, value) in values.enumerated() {
            if i > 0 { byte(",") }
            element(&self, value)
        }
        byte("]")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
