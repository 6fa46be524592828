/// kramdown's table of contents: a one-item list followed by `{:toc}` (`* TOC` or `1. Sommaire`,
/// then `{:toc}` on the next line), which kramdown replaces by the page's headings. A Repère page
/// shows its own table of contents, so both lines are left out (left blank: lines keep their numbers),
/// and so is the heading over them marked `.no_toc` (Just the Docs' `## Table des matières`, then
/// `{: .no_toc .text-delta }`), which would head nothing.
enum TableOfContentsMarker {
    /// `lines` (one page's) without their kramdown table-of-contents markers, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var out = lines
        var literal = LiteralLines()
        for i in lines.indices {
            guard !literal.isLiteral(lines[i]), i > 0, isMarker(lines[i]), isListItem(lines[i - 1]) else { continue }
            out[i - 1] = ""
            out[i] = ""
            // Above the list, past blank lines: `{: .no_toc … }`, and the heading it marks.
            var above = i - 2
            while above >= 0, out[above].allSatisfy(\.isWhitespace) { above -= 1 }
            guard above >= 1, isNoTOCList(out[above]), out[above - 1].drop(while: { $0 == " " }).hasPrefix("#") else { continue }
            out[above] = ""
            out[above - 1] = ""
        }
        return out
    }

    /// `{: .no_toc }`, `{: .no_toc .text-delta }`: kramdown's class keeping a heading out of the table.
    private static func isNoTOCList(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: [" ", "\t"])
        return trimmed.hasPrefix("{:") && trimmed.hasSuffix("}") && trimmed.split(separator: " ").contains { $0.hasSuffix(".no_toc") || $0 == ".no_toc" }
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
