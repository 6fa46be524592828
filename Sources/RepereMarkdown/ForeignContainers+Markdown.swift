import RepereSupport

/// The Markdown written in place of a foreign container.
extension ForeignContainers {
    /// `[text](<destination>)`: the text's Markdown punctuation escaped, the destination's angle
    /// brackets and line ends percent-encoded, so neither can end the link early.
    static func markdownLink(_ text: String, to destination: String) -> String {
        "[\(text.markdownEscaped)](\(destination.markdownDestination))"
    }

    /// The caption of the `{% file %}` at line `index` (0-based) of `lines`: the lines after it up
    /// to `{% endfile %}`, joined; `nil` when a blank line or another tag comes first (a file
    /// without a caption).
    static func fileCaption(after index: Int, in lines: [String]) -> String? {
        var caption: [Substring] = []
        for line in lines[(index + 1)...] {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("{%") { return Tag(String(trimmed))?.name == "endfile" ? caption.joined(separator: " ") : nil }
            if trimmed.allSatisfy(\.isWhitespace) { return nil }
            caption.append(Substring(String(trimmed).trimmingWhitespace))
        }
        return nil
    }
}
