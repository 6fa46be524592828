import RepereSupport

/// Decides what raw HTML written in Markdown may reach the page.
///
/// Safe mode (the default): a short list of harmless inline elements (`abbr`, `code`, `kbd`,
/// `sub`, `sup`, `br`, `span`…) passes, rebuilt with only the `title`, `lang`, `dir` and `datetime`
/// attributes; directly in a table cell, paragraphs and lists (`p`, `ul`, `ol`, `li`) with no
/// attribute; in HTML blocks, disclosure widgets and figures (`details`, `summary`, `figure`,
/// `figcaption`) pass too, rebuilt with no attribute but `details`' `open`, with the text
/// between tags as written (it holds no `<`), and layout wrappers (`div`, `center`…) and links
/// lose their tags but keep their text; comments vanish; anything else — scripts, event
/// handlers, iframes, other block HTML — is left out, and the content stage reports it. Unsafe mode (`unsafe_html: true`) passes raw
/// HTML through, except the elements GFM's tag filter disables (`<script>`, `<iframe>`…),
/// whose opening `<` is escaped. (GitBook's image figures and `<pre><code>` blocks never reach
/// it: the parser reads them as Markdown, ``HTMLBlockShapes``.)
public struct RawHTMLFilter: Sendable {
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool) { self.allowsRawHTML = allowsRawHTML }

    private static let allowedElements: Set<String> = [
        "abbr", "b", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]
    private static let allowedAttributes: Set<String> = ["title", "lang", "dir", "datetime"]
    /// Elements allowed in HTML blocks only (a `<figure>` inside a paragraph is invalid HTML),
    /// with the attributes each keeps.
    private static let allowedBlockElements: [String: Set<String>] = [
        "details": ["open"], "summary": [], "figure": [], "figcaption": [], "dl": [], "dt": [], "dd": [], "hr": [],
    ]
    /// Elements whose tags an HTML block loses, keeping their text: layout wrappers (MkDocs'
    /// `<div class="grid" markdown>`, `<center>`) and links (`<a href class="button">`, reported).
    private static let unwrappedBlockElements: Set<String> = [
        "a", "article", "aside", "center", "div", "font", "footer", "header", "main", "p", "section",
    ]
    /// Elements allowed directly in a table cell, with no attribute: GitBook writes a cell's
    /// paragraphs and lists so (`<p><strong>…</strong><br>…</p>`, `<ul><li>…</li></ul>`).
    static let cellElements: Set<String> = ["p", "ul", "ol", "li"]
    private static let filteredElements: Set<String> = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ]

    /// Whether safe mode keeps the element `name` as written (its attributes aside) in an HTML block.
    static func keepsAsWritten(_ name: String) -> Bool { allowedElements.contains(name) || allowedBlockElements[name] != nil }

    /// The HTML to emit for `fragment`, or `nil` when it is left out.
    public func filter(_ fragment: RawHTML) -> String? {
        if allowsRawHTML { return Self.tagFiltered(fragment.html) }
        if isComment(fragment.html) { return "" }
        if fragment.isBlock { return Self.filteredBlock(fragment.html) }
        guard let tag = HTMLTag(parsing: fragment.html) else { return nil }
        if fragment.isInTableCell, Self.cellElements.contains(tag.name) { return Self.rebuilt(tag, keeping: []) }
        guard Self.allowedElements.contains(tag.name) else { return nil }
        return Self.rebuilt(tag, keeping: Self.allowedAttributes)
    }

    /// An HTML block whose every tag is allowed, each rebuilt, or a wrapper's, left out, the text
    /// between them kept; `nil` when another tag is there.
    private static func filteredBlock(_ html: String) -> String? {
        guard let tokens = HTMLToken.split(html, droppingComments: true) else { return nil }
        var out = ""
        var separates = false  // a block wrapper was left out since the last output: `<p>Un</p><p>Deux</p>` keeps its words apart
        func append(_ text: some StringProtocol) {
            if separates, out.last.map({ !$0.isWhitespace }) ?? false, text.first.map({ !$0.isWhitespace }) ?? false { out += "\n" }
            separates = false
            out += text
        }
        for token in tokens {
            switch token {
            case .text(let text): append(text)
            case .tag(let tag, _):
                if unwrappedBlockElements.contains(tag.name) {
                    separates = separates || (tag.name != "a" && tag.name != "font")
                    continue
                }
                guard let attributes = allowedElements.contains(tag.name) ? allowedAttributes : allowedBlockElements[tag.name] else {
                    return nil
                }
                append(rebuilt(tag, keeping: attributes))
            }
        }
        return out
    }

    /// Whether the HTML block `fragment` passes in safe mode without the links it has (`<a href>`),
    /// whose text stays: the parse stage reports them.
    public func dropsLinks(_ fragment: RawHTML) -> Bool {
        guard !allowsRawHTML, fragment.isBlock, let tokens = HTMLToken.split(fragment.html, droppingComments: true) else { return false }
        return tokens.contains { if case .tag(let tag, _) = $0 { tag.name == "a" && !tag.isClosing } else { false } }
    }

    /// `tag` written again with only the `kept` attributes, their values escaped (`open`, a
    /// boolean attribute, without one).
    private static func rebuilt(_ tag: HTMLTag, keeping kept: Set<String>) -> String {
        // An empty element has no end tag: `</br>`, as people write it, is a line break, as browsers read it.
        if tag.isClosing { return tag.name == "br" ? "<br>" : tag.name == "wbr" ? "" : "</\(tag.name)>" }
        var out = "<\(tag.name)"
        for (name, value) in tag.attributes where kept.contains(name) {
            out += name == "open" ? " open" : " \(name)=\"\(HTMLEscaping.escape(value))\""
        }
        // `<sup class="badge"/>` (VitePress pages): an empty element, not one holding the rest of the paragraph.
        if tag.isSelfClosing, !["br", "wbr", "hr", "img"].contains(tag.name) { return out + "></\(tag.name)>" }
        return out + ">"
    }

    /// Whether `fragment` is an HTML comment, which is dropped silently.
    public func isComment(_ html: String) -> Bool {
        let trimmed = html.trimmingWhitespace
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }

    /// GFM's tag filter: `<script` becomes `&lt;script`, and so on for the filtered elements.
    static func tagFiltered(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let nameStart = after.first == "/" ? after.dropFirst() : after
            let name = nameStart.prefix { $0.isLetter }.lowercased()
            let next = nameStart.dropFirst(name.count).first
            let isFiltered = Self.filteredElements.contains(name)
                && (next == nil || next == ">" || next == "/" || next!.isWhitespace)
            out += isFiltered ? "&lt;" : "<"
            rest = after
        }
        return out + rest
    }
}

/// A single HTML start or end tag, parsed leniently.
struct HTMLTag {
    var name: String
    var isClosing: Bool
    /// Written `<sup … />`: XML's empty element, which HTML reads as a start tag alone.
    var isSelfClosing = false
    var attributes: [(String, String)]

    /// An image's address: its `src`, else Vue's binding of it to a constant, as VuePress pages
    /// write it (`:src="$withBase('/social/a.jpg')"`, `v-bind:src="'/a.png'"`).
    var imageSource: String? {
        if let source = attributes.first(where: { $0.0 == "src" })?.1 { return source }
        guard var bound = attributes.first(where: { $0.0 == ":src" || $0.0 == "v-bind:src" })?.1.trimmingWhitespace else { return nil }
        if bound.hasPrefix("$withBase("), bound.hasSuffix(")") { bound = String(bound.dropFirst(10).dropLast()).trimmingWhitespace }
        guard bound.count >= 2, let quote = bound.first, quote == "'" || quote == "`", bound.last == quote else { return nil }
        let literal = bound.dropFirst().dropLast()
        return literal.contains(quote) || literal.contains("${") ? nil : String(literal)
    }

    init?(parsing html: String) {
        var s = Substring(html.trimmingWhitespace)
        guard s.hasPrefix("<"), s.hasSuffix(">") else { return nil }
        s = s.dropFirst().dropLast()
        if s.hasSuffix("/") {
            s = s.dropLast()
            isSelfClosing = true
        }
        isClosing = s.hasPrefix("/")
        if isClosing { s = s.dropFirst() }
        let rawName = s.prefix { $0.isLetter || $0.isNumber }
        guard !rawName.isEmpty else { return nil }
        name = rawName.lowercased()
        s = s.dropFirst(rawName.count)
        attributes = []
        while true {
            s = s.drop { $0.isWhitespace }
            let attrName = s.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" }
            if attrName.isEmpty { break }
            s = s.dropFirst(attrName.count).drop { $0.isWhitespace }
            var value = ""
            if s.first == "=" {
                s = s.dropFirst().drop { $0.isWhitespace }
                if let quote = s.first, quote == "\"" || quote == "'" {
                    let body = s.dropFirst().prefix { $0 != quote }
                    value = String(body)
                    s = s.dropFirst(body.count + 2)
                } else {
                    let body = s.prefix { !$0.isWhitespace }
                    value = String(body)
                    s = s.dropFirst(body.count)
                }
            }
            attributes.append((attrName.lowercased(), value))
        }
    }
}
