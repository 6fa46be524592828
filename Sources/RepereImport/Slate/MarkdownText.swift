/// Text written into Markdown so that it reads back as the same text (CommonMark with GFM).
///
/// Escapes are kept to what could change the meaning, so writers still read the files: `\`,
/// `*`, `` ` ``, `[`, `]`, `<`, `~` always; `_` only where it could open or close emphasis;
/// `&` only where it would start an entity; and at the start of a line, what would begin a
/// heading, a quote, a list, a thematic break or a setext underline.
enum MarkdownText {
    static func escape(_ text: String, atLineStart: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\\", "*", "`", "[", "]", "<", "~":
                out.append("\\")
            case "_":
                let before = i > 0 && isAlphanumeric(scalars[i - 1])
                let after = i + 1 < scalars.count && isAlphanumeric(scalars[i + 1])
                if !(before && after) { out.append("\\") }
            case "&":
                if startsEntity(scalars, at: i) { out.append("\\") }
            default: break
            }
            out.append(c)
        }
        var result = String(out)
        if atLineStart { result = escapeLineStart(result) }
        return result
    }

    /// `# `, `>`, `-`, `+`, `=` and `1.`/`1)` at the start of a line become literal.
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "#", ">", "-", "+", "=":
            return "\\" + text
        case "0"..."9":
            let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }
            let rest = text.unicodeScalars.dropFirst(digits.count)
            guard digits.count <= 9, let mark = rest.first, mark == "." || mark == ")" else { return text }
            return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
        default:
            return text
        }
    }

    /// A link or image destination: as written when it can be, else in `<…>`.
    static func destination(_ url: String) -> String {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }))
        var depth = 0
        var balanced = true
        for c in cleaned.unicodeScalars {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth < 0 { balanced = false } }
        }
        let needsBrackets = cleaned.isEmpty || !balanced || depth != 0
            || cleaned.unicodeScalars.contains { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\\" }
        guard needsBrackets else { return cleaned }
        return "<" + cleaned.replacingAll("<", "%3C").replacingAll(">", "%3E").replacingAll("\\", "%5C") + ">"
    }

    /// Whether `c` counts as a letter or digit for emphasis rules.
    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// CommonMark's Unicode whitespace: what may not sit just inside an emphasis delimiter.
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c.properties.generalCategory == .spaceSeparator
    }

    /// `&name;`, `&#123;` or `&#x1F;` starts at `i`.
    private static func startsEntity(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        if j < s.count, s[j] == "#" { j += 1 }
        let start = j
        while j < s.count, j - start <= 32, s[j].isASCII, isAlphanumeric(s[j]) { j += 1 }
        return j > start && j < s.count && s[j] == ";"
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
