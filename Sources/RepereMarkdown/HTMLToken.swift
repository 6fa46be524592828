/// A piece of raw HTML: a tag, or the text between tags. The one reader of tags for the raw-HTML
/// filter, the shapes read as Markdown (``HTMLBlockShapes``) and the balance of the author's
/// block elements (``BlockElementBalance``).
enum HTMLToken {
    /// A tag, and where it stands in the HTML (`<` to `>`).
    case tag(HTMLTag, range: Range<String.Index>)
    case text(Substring)

    /// `html` as tags and the text between them; `nil` when a `<` opens no tag (a tag with no
    /// end, or a comment unless `droppingComments`: then a comment is left out, or `nil` when
    /// never closed).
    static func split(_ html: String, droppingComments: Bool = false) -> [HTMLToken]? {
        var tokens: [HTMLToken] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            if open > rest.startIndex { tokens.append(.text(rest[..<open])) }
            if droppingComments, rest[open...].hasPrefix("<!--") {
                guard let end = rest[open...].range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            guard let close = rest[open...].firstIndex(of: ">"), let tag = HTMLTag(parsing: String(rest[open...close])) else {
                return nil
            }
            tokens.append(.tag(tag, range: open..<rest.index(after: close)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { tokens.append(.text(rest)) }
        return tokens
    }
}
