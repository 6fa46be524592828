import Foundation

/// A description written in HTML (Hugo's `summary: "<b>Titre</b><br/>Revue"`, which Hugo renders)
/// as the plain text a card, a search result and `<meta name=description>` show: its tags taken
/// out, a line break or block a space, the five XML entities read. Text without a tag is as written
/// (`a < b`).
enum DescriptionText {
    /// The elements a summary is written with; another name in brackets (`<car>`) is text.
    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s", "small", "span",
        "strong", "sub", "sup", "u",
    ]
    /// Elements that stand apart from their neighbours' words: a space where they were.
    private static let blockElements: Set<String> = [
        "blockquote", "br", "center", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "table", "td", "th", "tr", "ul",
    ]

    static func plain(_ text: String) -> String {
        guard text.contains("<"), text.contains(">") else { return text }
        var out = ""
        var rest = Substring(text)
        var hadTag = false
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            guard Self.inlineElements.contains(name) || Self.blockElements.contains(name), let close = after.firstIndex(of: ">") else {
                out += rest[...open]  // `<car>`, `a < b`: text
                rest = after
                continue
            }
            out += rest[..<open]
            if Self.blockElements.contains(name) { out += " " }
            rest = after[after.index(after: close)...]
            hadTag = true
        }
        out += rest
        guard hadTag else { return text }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
