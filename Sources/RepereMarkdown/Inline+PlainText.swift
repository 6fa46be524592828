extension [Inline] {
    /// The text a reader sees, without markup: used for heading anchors, alt text and link text.
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }
}

extension Inline {
    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let s), .code(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .mark(let c), .inserted(let c): out += c.plainText
        case .link(let link): out += link.content.plainText
        case .image(let image): out += image.alt
        case .keys(let keys): out += keys.joined(separator: "+")
        case .anchor: break
        case .html, .footnoteReference: break
        }
    }
}
