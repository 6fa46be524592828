import RepereSupport

/// kramdown's extensions (Jekyll's Markdown), read as kramdown renders them:
///
/// - `{::comment}` … `{:/comment}` (or `{:/}`): nothing, on its lines or inside one;
/// - `{::nomarkdown}` … `{:/nomarkdown}` (or `{:/}`): its text as raw HTML, which the raw HTML
///   filter then reads as any other;
/// - `{::options … /}` alone on its line: nothing (it sets the parser's options).
///
/// Before, the markers were shown as text and a comment was published.
enum KramdownExtensions {
    /// Whether `text` may hold one.
    static func mayHave(_ text: String) -> Bool { text.containsBytes("{::") }

    /// `lines` with kramdown's extensions read, line for line. An extension never closed in the
    /// page is text (it would hide the rest of it); one in a code span too.
    static func rewrite(_ lines: [String]) -> [String] {
        var lines = lines
        var literal = LiteralLines()
        var open: String?  // the extension whose lines are being read: `comment` or `nomarkdown`
        let lastEnd = lines.lastIndex { $0.containsBytes("{:/") } ?? -1  // no extension opens after it
        for i in lines.indices {
            let line = lines[i]
            if open == nil, i > lastEnd || literal.isLiteral(line) || !line.containsBytes("{::") { continue }
            let characters = Array(line)
            let code = CodeSpans.mask(characters)
            // The last `{:/` of the line: an extension opened after it is closed on a later line, or never.
            let lastEndHere = (0..<max(0, characters.count - 2)).last { characters[$0] == "{" && characters[$0 + 1] == ":" && characters[$0 + 2] == "/" } ?? -1
            var out = ""
            var at = 0
            while at < characters.count {
                if let name = open {
                    // The end: the next `{:/`, as `{:/comment}`, `{:/nomarkdown}` or `{:/}`.
                    guard let end = find("{:/", in: characters, from: at) else {
                        if name == "nomarkdown" { out += String(characters[at...]) }
                        at = characters.count
                        break
                    }
                    let rest = characters[(end + 3)...].prefix(name.count + 1)
                    let closes = rest.first == "}" || String(rest) == name + "}"
                    if name == "nomarkdown" { out += String(characters[at..<(closes ? end : end + 3)]) }
                    at = closes ? end + 3 + (rest.first == "}" ? 1 : name.count + 1) : end + 3
                    if closes { open = nil }
                    continue
                }
                guard let start = find("{::", in: characters, from: at) else {
                    out += String(characters[at...])
                    break
                }
                out += String(characters[at..<start])
                let name = String(characters[(start + 3)...].prefix(12).prefix { $0.isLetter })
                let close = characters[(start + 3)...].prefix(200).firstIndex(of: "}")
                guard !code[start], ["comment", "nomarkdown", "options"].contains(name), let close,
                    name == "options" || characters[close - 1] == "/" || i < lastEnd || close < lastEndHere
                else {
                    out += "{::"
                    at = start + 3
                    continue
                }
                at = close + 1
                // `{::options … /}` and `{::comment /}` close themselves.
                if name != "options", characters[close - 1] != "/" { open = name }
            }
            lines[i] = out
        }
        return lines
    }

    /// Where `needle` next starts in `characters` from `start`, if it does.
    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        var i = start
        while i + pattern.count <= characters.count {
            if characters[i] == pattern[0], Array(characters[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }
}
