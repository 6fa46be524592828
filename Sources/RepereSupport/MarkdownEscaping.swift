extension String {
    /// The text with Markdown's inline punctuation (`[]*_~` and backticks, `<>\`) escaped, and
    /// `!` before `[`, `&` before a letter, a digit or `#` (an image, an entity), so that a title
    /// written into a Markdown list or a link's text shows as it is.
    package var markdownEscaped: String {
        var out = ""
        var characters = makeIterator()
        var next = characters.next()
        while let c = next {
            next = characters.next()
            if "[]*_~`<>\\".contains(c) || (c == "!" && next == "[")
                || (c == "&" && next.map { $0 == "#" || ($0.isASCII && ($0.isLetter || $0.isNumber)) } == true)
            {
                out.append("\\")
            }
            out.append(c)
        }
        return out
    }

    /// A code span holding the text exactly: fenced with one more backtick than its longest run,
    /// padded with a space when it starts or ends with a backtick, or with a space at both ends
    /// (which CommonMark would strip).
    package var markdownCodeSpan: String {
        var longest = 0, run = 0
        for c in unicodeScalars {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = hasPrefix("`") || hasSuffix("`") || (hasPrefix(" ") && hasSuffix(" ") && !allSatisfy { $0 == " " })
        return fence + (pad ? " " : "") + self + (pad ? " " : "") + fence
    }

    /// The text as a Markdown link or image destination, `<…>`: angle brackets and line ends
    /// percent-encoded, so that neither can end the link early; spaces and parentheses may stay.
    package var markdownDestination: String {
        var target = "<"
        for character in self {
            switch character {
            case "<": target += "%3C"
            case ">": target += "%3E"
            case "\n", "\r", "\r\n": target += "%0A"
            default: target.append(character)
            }
        }
        return target + ">"
    }
}
