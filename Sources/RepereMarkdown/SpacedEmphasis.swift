import RepereSupport

/// Bold text closed after spaces, as GitBook's sync writes it (`**Vous souhaitez ?  **`):
/// CommonMark reads a `**` after a space as no closing mark, and shows the asterisks. The spaces
/// go after the mark (`**Vous souhaitez ?**  `), as the editor meant; the line keeps its length.
/// Code, code spans and bold opened before a space (`2 ** 3`) are left as written.
enum SpacedEmphasis {
    /// Whether `text` may hold such a mark: ` **` before no letter, digit or `*` (a bold opening
    /// after a space, the common case, is before a letter), in one pass over its bytes.
    static func mayHave(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var from = 0
            while let star = bytes.firstIndex(of: UInt8(ascii: "*"), from: from) {
                from = star + 1
                guard star > 0, bytes[star - 1] == UInt8(ascii: " "), star + 1 < bytes.count, bytes[star + 1] == UInt8(ascii: "*") else { continue }
                guard star + 2 < bytes.count else { return true }
                let next = bytes[star + 2]
                let isWord = next >= 0x80 || next == UInt8(ascii: "*") || (next >= 0x30 && next <= 0x39) || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A)
                if !isWord { return true }
            }
            return false
        }
    }

    /// `lines` with each bold closed after spaces closed before them, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var literal = LiteralLines()
        return lines.map { line in
            guard !literal.isLiteral(line), mayHave(line) else { return line }
            return rewrite(line: line)
        }
    }

    private static func rewrite(line: String) -> String {
        var characters = Array(line)
        var inCode = false
        var open: Int?  // the `**` that opened bold, before a letter
        var i = 0
        while i + 1 < characters.count {
            if characters[i] == "`" { inCode.toggle() }
            guard !inCode, characters[i] == "*", characters[i + 1] == "*", i + 2 >= characters.count || characters[i + 2] != "*" || open != nil else {
                i += 1
                continue
            }
            let next = i + 2 < characters.count ? characters[i + 2] : " "
            if let start = open {
                var spaces = i
                while spaces > start + 2, characters[spaces - 1] == " " { spaces -= 1 }
                // `**texte  **` then the end, a space or punctuation: the spaces go after the mark.
                if spaces < i, spaces > start + 2, !(next.isLetter || next.isNumber) {
                    let count = i - spaces
                    characters.replaceSubrange(spaces..<(i + 2), with: Array("**" + String(repeating: " ", count: count)))
                }
                open = nil
            } else if !next.isWhitespace, next != "*" {
                open = i
            }
            i += 2
        }
        return String(characters)
    }
}
