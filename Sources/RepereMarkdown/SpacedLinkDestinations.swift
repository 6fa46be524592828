import Foundation
import RepereSupport

/// Links and images whose address holds spaces, as MkDocs (Python-Markdown) and Jekyll
/// (kramdown) read them: `![trame](club microlycée/trame norme.png)`, `[x](guide.md#Ajouter une
/// page)`. CommonMark wants such an address between `<` and `>`, and shows the rest as text; its
/// spaces are written `%20` (`[x](a%20b.png "Titre")`, as a browser sends it), and the link is
/// then checked as any other. An address and a title CommonMark reads (`[x](a.md "Titre")`) and
/// code are left as written.
enum SpacedLinkDestinations {
    /// Whether `text` may hold such an address: a space after a `](` before its line's next `)`
    /// (one pass over the bytes).
    static func mayHave(_ text: String) -> Bool {
        guard text.containsBytes("](") else { return false }
        return text.withUTF8Bytes { bytes in
            var i = 1
            while i + 1 < bytes.count {
                if bytes[i] == UInt8(ascii: "("), bytes[i - 1] == UInt8(ascii: "]") {
                    var j = i + 1
                    while j < bytes.count, bytes[j] != UInt8(ascii: ")"), bytes[j] != UInt8(ascii: "\n") {
                        if bytes[j] == UInt8(ascii: " ") { return true }
                        j += 1
                    }
                    i = j
                }
                i += 1
            }
            return false
        }
    }

    /// `lines` with the addresses holding spaces encoded, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var literal = LiteralLines()
        return lines.map { line in
            guard !literal.isLiteral(line), line.containsBytes("](") else { return line }
            return rewrite(line: line)
        }
    }

    /// `line` with each `](…)` whose inside holds a space and is no address and title encoded.
    private static func rewrite(line: String) -> String {
        var out = ""
        var rest = Substring(line)
        var backticks = 0  // in the text passed: an odd count is inside a code span
        while let open = rest.range(of: "](") {
            let before = rest[..<open.upperBound]
            backticks += before.reduce(0) { $0 + ($1 == "`" ? 1 : 0) }
            out += before
            rest = rest[open.upperBound...]
            guard backticks % 2 == 0, let close = closingParenthesis(in: rest) else { continue }
            let inside = rest[..<close]
            guard let encoded = encoded(inside) else { continue }
            out += encoded
            rest = rest[close...]
        }
        return out + rest
    }

    /// The `)` that closes a link's address opened before `text`, parentheses inside balanced.
    private static func closingParenthesis(in text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "\\": index = text.index(after: index)  // an escaped character
            case "(": depth += 1
            case ")":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            guard index < text.endIndex else { break }
            index = text.index(after: index)
        }
        return nil
    }

    /// `inside` (between `](` and `)`) with its address's spaces encoded, or `nil` when
    /// CommonMark reads it already: no space, or an address without one and a title after it.
    private static func encoded(_ inside: Substring) -> String? {
        let trimmed = inside.trimmingCharacters(in: .whitespaces)
        // A template's output (`{{ page.url }}`, `{% link … %}`) is no address to encode: it stays as written.
        guard trimmed.contains(" "), !trimmed.hasPrefix("<"), !trimmed.contains(">"), !trimmed.contains("<"), !trimmed.contains("\n"),
            !trimmed.contains("{{"), !trimmed.contains("{%")
        else { return nil }
        // A title at the end: `"…"`, `'…'` or `(…)` after a space.
        var address = Substring(trimmed)
        var title = ""
        if let last = trimmed.last, last == "\"" || last == "'" || last == ")" {
            let opening: Character = last == ")" ? "(" : last
            if let start = trimmed.dropLast().lastIndex(of: opening), start > trimmed.startIndex,
                trimmed[trimmed.index(before: start)] == " "
            {
                address = Substring(trimmed[..<start].trimmingCharacters(in: .whitespaces))
                title = " " + trimmed[start...]
            }
        }
        guard !address.isEmpty, address.contains(" ") else { return nil }  // `a.md "Titre"`: read already
        return address.replacingOccurrences(of: " ", with: "%20") + title
    }
}
