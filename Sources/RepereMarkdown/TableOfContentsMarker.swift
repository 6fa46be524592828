/// kramdown's table of contents: a one-item list followed by `{:toc}` (`* TOC` or `1. Sommaire`,
/// then `{:toc}` on the next line), which kramdown replaces by the page's headings. A Repère page
/// shows its own table of contents, so both lines are left out (left blank: lines keep their numbers).
enum TableOfContentsMarker {
    /// `lines` (one page's) without their kramdown table-of-contents markers, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var out = lines
        var literal = LiteralLines()
        for i in lines.indices {
            guard !literal.isLiteral(lines[i]), i > 0, isMarker(lines[i]), isListItem(lines[i - 1]) else { continue }
            out[i - 1] = ""
            out[i] = ""
        }
        return out
    }

    /// `{:toc}`, `{: toc }`, `{:.toc}` alone on the line.
    private static func isMarker(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: [" ", "\t"])
        guard trimmed.hasPrefix("{:"), trimmed.hasSuffix("}") else { return false }
        return trimmed.dropFirst(2).dropLast().trimmingCharacters(in: [" ", "\t", "."]) == "toc"
    }

    /// `* TOC`, `- Sommaire`, `1. TOC`: a list item of one line.
    private static func isListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if let bullet = trimmed.first, "*-+".contains(bullet) { return trimmed.dropFirst().first == " " }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ")
    }
}
