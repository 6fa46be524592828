import RepereSupport

/// A tag or a run of text of a template, in source order.
package struct TemplateToken: Sendable {
    package enum Kind: Sendable {
        case text(String)
        case variable(escaped: Bool)
        case section(inverted: Bool)
        case close
        case comment
        case partial
        case parent
        case block

        /// Whether a tag of this kind alone on its line removes the line.
        package var canStandAlone: Bool {
            switch self {
            case .text, .variable: false
            default: true
            }
        }
    }

    package var kind: Kind
    package var name = ""
    /// The tag's opening character (`#`, `^`, `/`…), for messages.
    package var sigil = ""
    package var line: Int
    package var column: Int
}

/// Cuts a template into ``TemplateToken``s and applies the standalone-line rule.
package enum TemplateTokenizer {
    package static func tokens(of source: String) throws -> [TemplateToken] {
        let bytes = Array(source.utf8)
        var result: [TemplateToken] = []
        var line: [TemplateToken] = []
        var lineNumber = 1
        var lineStart = 0
        var i = 0

        /// The last column computed, from which the next one on the same line is counted, so the
        /// tags of a long line cost one pass over it rather than one each.
        var cursor = (lineStart: 0, offset: 0, column: 1)
        /// The 1-based column of `offset` on its line, in Unicode scalars (as diagnostics count).
        func column(_ offset: Int) -> Int {
            let from = cursor.lineStart == lineStart && cursor.offset <= offset ? cursor : (lineStart: lineStart, offset: lineStart, column: 1)
            let column = bytes[from.offset..<offset].reduce(from.column) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            cursor = (lineStart, offset, column)
            return column
        }
        func text(_ range: Range<Int>) -> TemplateToken {
            TemplateToken(kind: .text(String(decoding: bytes[range], as: UTF8.self)), line: lineNumber, column: column(range.lowerBound))
        }
        while i < bytes.count {
            let next = find(bytes, from: i) { $0 == UInt8(ascii: "\n") || ($0 == UInt8(ascii: "{") && $1 == UInt8(ascii: "{")) }
            guard let next else {
                line.append(text(i..<bytes.count))
                break
            }
            if bytes[next] == UInt8(ascii: "\n") {
                line.append(text(i..<next + 1))
                result += standalone(line)
                line = []
                i = next + 1
                lineNumber += 1
                lineStart = i
                continue
            }
            if next > i { line.append(text(i..<next)) }
            let (tag, end) = try self.tag(in: bytes, at: next, line: lineNumber, column: column(next))
            line.append(tag)
            // A tag spanning lines (a long comment) moves the line count on.
            for byte in bytes[next..<end] where byte == UInt8(ascii: "\n") {
                lineNumber += 1
            }
            if bytes[next..<end].contains(UInt8(ascii: "\n")) {
                lineStart = (bytes[next..<end].lastIndex(of: UInt8(ascii: "\n")) ?? next) + 1
            }
            i = end
        }
        result += standalone(line)
        return result
    }

    /// The tag starting at `start` (`{{`) and the index just after it.
    private static func tag(in bytes: [UInt8], at start: Int, line: Int, column: Int) throws -> (TemplateToken, Int) {
        let triple = start + 2 < bytes.count && bytes[start + 2] == UInt8(ascii: "{")
        let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
        let contentStart = start + (triple ? 3 : 2)
        guard let close = find(bytes, from: contentStart, matching: closing) else {
            throw TemplateError("tag opened here is never closed with \(String(decoding: closing, as: UTF8.self))", line: line, column: column)
        }
        var content = String(decoding: bytes[contentStart..<close], as: UTF8.self).trimmingWhitespace
        var token = TemplateToken(kind: .variable(escaped: !triple), line: line, column: column)
        if !triple, let first = content.first, "#^/!>&<$=%".contains(first) {
            token.sigil = String(first)
            content = String(content.dropFirst()).trimmingWhitespace
            switch first {
            case "#": token.kind = .section(inverted: false)
            case "^": token.kind = .section(inverted: true)
            case "/": token.kind = .close
            case "!", "%": token.kind = .comment
            case ">": token.kind = .partial
            case "&": token.kind = .variable(escaped: false)
            case "<": token.kind = .parent
            case "$": token.kind = .block
            default: throw TemplateError("changing the tag delimiters ({{=…=}}) is not supported", line: line, column: column)
            }
        }
        token.name = content
        if token.name.isEmpty, case .comment = token.kind {} else if token.name.isEmpty {
            throw TemplateError("tag without a name", line: line, column: column)
        }
        return (token, close + closing.count)
    }

    /// One line's tokens, without its indentation and line end when it holds nothing but one
    /// standalone tag.
    private static func standalone(_ line: [TemplateToken]) -> [TemplateToken] {
        let tags = line.filter { if case .text = $0.kind { false } else { true } }
        guard tags.count == 1, tags[0].kind.canStandAlone else { return line }
        let blank = line.allSatisfy { token in
            guard case .text(let text) = token.kind else { return true }
            return text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
        }
        return blank ? tags : line
    }

    private static func find(_ bytes: [UInt8], from start: Int, where match: (UInt8, UInt8) -> Bool) -> Int? {
        var i = start
        while i < bytes.count {
            if match(bytes[i], i + 1 < bytes.count ? bytes[i + 1] : 0) { return i }
            i += 1
        }
        return nil
    }

    private static func find(_ bytes: [UInt8], from start: Int, matching needle: [UInt8]) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<i + needle.count]) == needle {
            return i
        }
        return nil
    }
}
