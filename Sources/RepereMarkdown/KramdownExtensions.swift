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

    /// `lines` with kramdown's extensions read, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var lines = lines
        var literal = LiteralLines()
        var open: String?  // the extension whose lines are being read: `comment` or `nomarkdown`
        for i in lines.indices {
            let line = lines[i]
            if open == nil, literal.isLiteral(line) || !line.contains("{::") { continue }
            var out = ""
            var rest = Substring(line)
            while !rest.isEmpty {
                if let name = open {
                    // The end: `{:/comment}`, `{:/nomarkdown}` or `{:/}`.
                    guard let end = [rest.range(of: "{:/\(name)}"), rest.range(of: "{:/}")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound })
                    else {
                        if name == "nomarkdown" { out += rest }
                        rest = ""
                        break
                    }
                    if name == "nomarkdown" { out += rest[..<end.lowerBound] }
                    rest = rest[end.upperBound...]
                    open = nil
                    continue
                }
                guard let start = rest.range(of: "{::") else {
                    out += rest
                    break
                }
                out += rest[..<start.lowerBound]
                let after = rest[start.upperBound...]
                let name = String(after.prefix { $0.isLetter })
                guard ["comment", "nomarkdown", "options"].contains(name), let close = after.firstIndex(of: "}") else {
                    out += "{::"
                    rest = after
                    continue
                }
                rest = after[after.index(after: close)...]
                // `{::options … /}` and `{::comment /}` close themselves.
                if name != "options", !after[..<close].hasSuffix("/") { open = name }
            }
            lines[i] = out
        }
        return lines
    }
}
