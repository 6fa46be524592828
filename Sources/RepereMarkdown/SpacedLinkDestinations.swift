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

    /// `lines` with the addresses holding spaces encoded, line for line; not in code (fenced, or
    /// indented by four spaces outside a list).
    static func rewrite(_ lines: [String]) -> [String] {
        var literal = LiteralLines()
        var inList = false  // since a list item and no line back at the margin after a blank one
        var previousBlank = true
        var inIndentedCode = false
        return lines.map { line in
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            let isBlank = trimmed.allSatisfy(\.isWhitespace)
            defer { previousBlank = isBlank }
            if literal.isLiteral(line) { return line }
            if !isBlank {
                if indent <= 3 { inList = ForeignContainers.isListItem(trimmed) || (inList && !previousBlank) }
                inIndentedCode = indent >= 4 && !inList && (previousBlank || inIndentedCode)
            }
            guard !inIndentedCode, line.containsBytes("](") else { return line }
            return rewrite(line: line)
        }
    }

    /// The longest address looked at: a link's is some dozens of characters, and every `](` of a
    /// line costs at most this much (a line of 10,000 `](` is no quadratic pass).
    static let maximumLength = 1_000

    /// `line` with each `](…)` whose inside holds a space and is no address and title encoded,
    /// outside code spans, after a `[` that opens its text.
    private static func rewrite(line: String) -> String {
        let characters = Array(line)
        let code = CodeSpans.mask(characters)
        var out = ""
        var copied = 0  // characters[..<copied] are in `out`
        var opens: [Int] = []  // the `[` not yet closed, outside code
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if code[i] || c == "\\" {
                i += c == "\\" && !code[i] ? 2 : 1
                continue
            }
            if c == "[" { opens.append(i) }
            guard c == "]", !opens.isEmpty else {
                i += 1
                continue
            }
            opens.removeLast()
            guard i + 1 < characters.count, characters[i + 1] == "(", let close = closingParenthesis(in: characters, from: i + 2),
                let encoded = encoded(String(characters[(i + 2)..<close])[...])
            else {
                i += 1
                continue
            }
            out += String(characters[copied..<(i + 2)]) + encoded
            copied = close
            i = close
        }
        return copied == 0 ? line : out + String(characters[copied...])
    }

    /// The index of the `)` that closes a link's address starting at `start`: parentheses inside
    /// balanced, a title in quotes after a space skipped (`[x](a.md "un) titre")`), escapes
    /// skipped; `nil` past ``maximumLength`` characters.
    private static func closingParenthesis(in text: [Character], from start: Int) -> Int? {
        var depth = 0
        var index = start
        let end = min(text.count, start + maximumLength)
        while index < end {
            switch text[index] {
            case "\\":
                index += 1
            case "\"", "'" where index > start && text[index - 1] == " ":
                // A title: to its closing quote, escapes inside.
                let quote = text[index]
                index += 1
                while index < end, text[index] != quote { index += text[index] == "\\" ? 2 : 1 }
            case "(": depth += 1
            case ")":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            index += 1
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
            // The title's opening: the first `"` after a space (`"dit \"oui\" ici"` holds escaped ones).
            let body = trimmed.dropLast()
            let candidates = body.indices.filter { body[$0] == opening && $0 > body.startIndex && body[body.index(before: $0)] == " " }
            if let start = opening == "(" ? candidates.last : candidates.first {
                address = Substring(trimmed[..<start].trimmingCharacters(in: .whitespaces))
                title = " " + trimmed[start...]
            }
        }
        guard !address.isEmpty, address.contains(" ") else { return nil }  // `a.md "Titre"`: read already
        return address.replacingOccurrences(of: " ", with: "%20") + title
    }
}
