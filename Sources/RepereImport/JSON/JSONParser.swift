/// A JSON parser over UTF-8 bytes that knows where it is: every syntax error has its line and
/// column, and ``ExportReader`` learns the line each record starts on, so a problem with a
/// record of a 5 MB export points at it. Foundation's `JSONSerialization` tells neither.
///
/// Strict JSON (RFC 8259): no comments, no trailing commas, no raw control characters in
/// strings. `\u` escapes may pair into one scalar (emoji); a lone surrogate becomes U+FFFD.
package struct JSONParser {
    private let bytes: [UInt8]
    private(set) var offset: Int
    private(set) var line = 1
    private var lineStart: Int
    private static let maximumDepth = 512

    package init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        self.lineStart = offset
    }

    /// The 1-based column of the current offset, counting characters (not UTF-8 bytes).
    var column: Int {
        var count = 1
        for b in bytes[lineStart..<min(offset, bytes.count)] where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    var isAtEnd: Bool { offset >= bytes.count }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Skips spaces, tabs and line breaks, counting lines.
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                offset += 1
                line += 1
                lineStart = offset
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): offset += 1
            default: return
            }
        }
    }

    /// Whether a document may start here: an `{` with only white space before it on its line.
    var isAtDocumentStart: Bool {
        current == UInt8(ascii: "{") && bytes[lineStart..<offset].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Moves to the start of the next line (to resume after an error in JSON lines).
    mutating func skipToNextLine() {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
        skipWhitespace()
    }

    mutating func expect(_ byte: Unicode.Scalar, _ what: String) throws(JSONSyntaxError) {
        guard current == UInt8(byte.value) else { throw error("expected \(what)") }
        offset += 1
    }

    func error(_ message: String) -> JSONSyntaxError {
        let found: String
        if let byte = current {
            let scalarEnd = bytes[(offset + 1)...].prefix(3).prefix { $0 & 0xC0 == 0x80 }.count + offset + 1
            found = byte < 0x20 ? "a control character" : "'\(String(decoding: bytes[offset..<scalarEnd], as: UTF8.self))'"
        } else {
            found = "the end of the file"
        }
        return JSONSyntaxError(message: "\(message), found \(found)", line: line, column: column)
    }

    /// One value, then nothing else on the way but whitespace.
    package mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        try value(depth: 0)
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard depth < Self.maximumDepth else { throw error("values nested more than \(Self.maximumDepth) deep") }
        guard let byte = current else { throw error("expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("expected a value")
        }
    }

    private mutating func literal(_ word: StaticString, _ result: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { w in
            offset + count <= bytes.count && (0..<count).allSatisfy { bytes[offset + $0] == w[$0] }
        }
        guard matches else { throw error("expected a value") }
        offset += count
        return result
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        offset += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
            let key = try string()
            skipWhitespace()
            try expect(":", "':' after a member name")
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            try expect("}", "',' or '}' after a member")
            return .object(JSONObject(members))
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        offset += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            try expect("]", "',' or ']' after an element")
            return .array(elements)
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = offset
        func digits(_ parser: inout JSONParser) -> Int {
            let first = parser.offset
            while let b = parser.current, b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { parser.offset += 1 }
            return parser.offset - first
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        guard digits(&self) > 0 else { throw error("expected a digit") }
        if bytes[integerStart] == UInt8(ascii: "0") && offset - integerStart > 1 {
            offset = integerStart + 1
            throw error("a number may not start with 0")
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { throw error("expected a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits(&self) > 0 else { throw error("expected a digit in the exponent") }
        }
        guard let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
            throw error("invalid number")
        }
        return value
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        offset += 1
        let start = offset
        // Most strings have no escape: one scan, one copy.
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<offset], as: UTF8.self)
                offset += 1
                return text
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("unescaped control character in a string") }
            offset += 1
        }
        var scalars = Array(bytes[start..<offset])
        while offset < bytes.count {
            let b = bytes[offset]
            switch b {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                try escape(into: &scalars)
            case ..<0x20:
                throw error("unescaped control character in a string")
            default:
                scalars.append(b)
                offset += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        guard let b = current else { throw error("unterminated string") }
        offset += 1
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(b)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800...0xDBFF).contains(value), current == UInt8(ascii: "\\"),
                offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u")
            {
                let saved = offset
                offset += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    offset = saved
                }
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            offset -= 1
            throw error("invalid escape in a string")
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current else { throw error("expected 4 hexadecimal digits after \\u") }
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("expected 4 hexadecimal digits after \\u")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }
}

/// Where and why a file is not JSON.
package struct JSONSyntaxError: Error, Hashable, Sendable {
    package var message: String
    package var line: Int
    package var column: Int
}
