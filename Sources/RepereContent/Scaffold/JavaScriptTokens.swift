enum JavaScriptToken {
    /// A constant string.
    case text(String)
    /// An identifier or a number.
    case word(String)
    case open(UInt8), close(UInt8)
    case colon, comma
    /// `=` alone (not `==` nor `=>`): what ends a declaration's type (`const sidebar: Sidebar = …`).
    case equals
    /// Anything else: an operator, a string built at run time.
    case other
}

/// JavaScript's tokens as far as settings need them (``JavaScriptSidebar``, ``JavaScriptModules``);
/// comments are skipped, and a regular expression (`/[']/g`) is one `.other`, its quotes no string.
struct JavaScriptTokens {
    let bytes: [UInt8]
    var i = 0
    /// Where the token ``next()`` returned last starts.
    private(set) var start = 0

    /// Whether the token before is a value, after which `/` divides (else it starts a regular expression).
    private var afterValue = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> JavaScriptToken? {
        let token = nextToken()
        switch token {
        case .text, .close: afterValue = true
        case .word(let word): afterValue = !Self.keywordsBeforeExpressions.contains(word)
        default: afterValue = false
        }
        return token
    }

    /// Words after which an expression starts: `return /a/`.
    private static let keywordsBeforeExpressions: Set<String> = ["return", "typeof", "case", "in", "of", "new", "delete", "void", "throw", "else", "do", "yield", "await"]

    private mutating func nextToken() -> JavaScriptToken? {
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                i += 1
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 2
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                start = i
                return string(quote: byte)
            case UInt8(ascii: "/") where !afterValue:
                start = i
                skipRegularExpression()
                return .other
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "("):
                start = i
                i += 1
                return .open(byte)
            case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ")"):
                start = i
                i += 1
                return .close(byte)
            case UInt8(ascii: ":"):
                start = i
                i += 1
                return .colon
            case UInt8(ascii: ","):
                start = i
                i += 1
                return .comma
            case UInt8(ascii: "=") where i + 1 >= bytes.count || (bytes[i + 1] != UInt8(ascii: "=") && bytes[i + 1] != UInt8(ascii: ">")):
                start = i
                i += 1
                return .equals
            default:
                start = i
                while i < bytes.count, Self.isWordByte(bytes[i]) { i += 1 }
                if i > start { return .word(String(decoding: bytes[start..<i], as: UTF8.self)) }
                i += 1
                return .other
            }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Moves past the regular expression opened at `i`: to its closing `/` (not one escaped nor in
    /// a class, `[/]`), then its flags; a line's end ends it (no expression goes on over lines).
    private mutating func skipRegularExpression() {
        i += 1
        var inClass = false
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") {
            let byte = bytes[i]
            i += 1
            if byte == UInt8(ascii: "\\") {
                i += 1
            } else if byte == UInt8(ascii: "[") {
                inClass = true
            } else if byte == UInt8(ascii: "]") {
                inClass = false
            } else if byte == UInt8(ascii: "/"), !inClass {
                while i < bytes.count, Self.isWordByte(bytes[i]) { i += 1 }
                return
            }
        }
    }

    /// The string opened at `i`, its escapes read; a template with `${…}` in it is `.other`.
    private mutating func string(quote: UInt8) -> JavaScriptToken {
        i += 1
        var text: [UInt8] = []
        var isConstant = true
        var depth = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\"), i + 1 < bytes.count {
                let escaped = bytes[i + 1]
                text.append(escaped == UInt8(ascii: "n") ? UInt8(ascii: "\n") : escaped == UInt8(ascii: "t") ? UInt8(ascii: "\t") : escaped)
                i += 2
                continue
            }
            i += 1
            if quote == UInt8(ascii: "`"), byte == UInt8(ascii: "$"), i < bytes.count, bytes[i] == UInt8(ascii: "{") {
                isConstant = false
                depth += 1
                i += 1
                continue
            }
            if depth > 0 {
                if byte == UInt8(ascii: "{") { depth += 1 } else if byte == UInt8(ascii: "}") { depth -= 1 }
                continue
            }
            if byte == quote { break }
            if byte == UInt8(ascii: "\n"), quote != UInt8(ascii: "`") { break }
            text.append(byte)
        }
        return isConstant ? .text(String(decoding: text, as: UTF8.self)) : .other
    }
}
