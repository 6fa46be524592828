import RepereSupport

extension [Inline] {
    /// The text a reader sees, without markup: used for heading anchors, alt text and link text.
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out, tagsSeparate: false) }
        return out
    }

    /// The same text for the search index: an HTML tag between words (`premier<br>second`,
    /// `<li>a</li><li>b</li>` in a GitBook table cell) separates them.
    public var searchText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out, tagsSeparate: true) }
        return out
    }
}

extension Inline {
    func appendPlainText(to out: inout String, tagsSeparate: Bool) {
        func append(_ inlines: [Inline]) { for inline in inlines { inline.appendPlainText(to: &out, tagsSeparate: tagsSeparate) } }
        switch self {
        case .text(let s), .code(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .mark(let c), .inserted(let c): append(c)
        case .link(let link): append(link.content)
        case .image(let image): out += image.alt
        case .keys(let keys): out += keys.joined(separator: "+")
        case .anchor: break
        case .html: if tagsSeparate { out += " " }
        case .footnoteReference: break
        }
    }
}

extension RawHTML {
    /// The text a `<details>` block written in HTML shows (GitBook's expandable blocks, an FAQ's
    /// questions): its `<summary>` and what it holds on the block's lines, tags taken out, for
    /// the search index; empty for any other block (a script's or a style's text is never text).
    public var disclosedText: String {
        let start = html.drop { $0.isWhitespace }.prefix(9).lowercased()
        guard start.hasPrefix("<details") || start.hasPrefix("<summary") || start.hasPrefix("</summary") else { return "" }
        var text = ""
        var inTag = false
        for c in html {
            if c == "<" {
                inTag = true
                text += " "
            } else if c == ">" {
                inTag = false
            } else if !inTag {
                text.append(c)
            }
        }
        return HTMLEntities.decoded(Substring(text)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
