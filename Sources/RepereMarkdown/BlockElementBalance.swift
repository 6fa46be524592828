/// Keeps the block elements that safe mode lets authors write (`details`, `summary`, `figure`,
/// `figcaption`, `dl`, `dt`, `dd`) balanced across a page. They may span several Markdown blocks (`<details>`, a
/// paragraph, `</details>`), so no single HTML block has to close what it opens; but an element
/// left open would swallow the rest of the page's markup, and a stray end tag would close the
/// theme's own. Within one container (the page, a quote, a callout, a list item): an end tag
/// closes what is open there (first the elements opened after it), an end tag with nothing to
/// close is dropped, and the container's end closes what is still open in it.
struct BlockElementBalance {
    /// Open elements, outermost first.
    private(set) var open: [String] = []
    /// How many of `open` belong to enclosing containers.
    private var floor = 0

    /// The elements kept balanced: by default the block elements above; in a table cell,
    /// ``RawHTMLFilter/cellElements``.
    let elements: Set<String>

    init(elements: Set<String> = ["details", "summary", "figure", "figcaption", "dl", "dt", "dd"]) { self.elements = elements }

    /// Enters a container; returns what `leave(_:)` needs.
    mutating func enter() -> Int {
        defer { floor = open.count }
        return floor
    }

    /// The end tags of what the container entered at `saved` left open.
    mutating func leave(_ saved: Int) -> String {
        var out = ""
        while open.count > floor { out += "</\(open.removeLast())>\n" }
        floor = saved
        return out
    }

    /// `html`, a block that ``RawHTMLFilter`` rebuilt in safe mode (each `<` opens a tag it
    /// wrote), with its end tags kept to what is open in this container.
    mutating func balanced(_ html: String) -> String {
        guard let tokens = HTMLToken.split(html) else { return html }
        var out = ""
        for token in tokens {
            switch token {
            case .text(let text): out += text
            case .tag(let tag, let range) where !elements.contains(tag.name): out += html[range]
            case .tag(let tag, let range) where !tag.isClosing:
                open.append(tag.name)
                out += html[range]
            case .tag(let tag, let range):
                guard let index = open[floor...].lastIndex(of: tag.name) else { continue }  // closes nothing here
                while open.count > index + 1 { out += "</\(open.removeLast())>" }
                open.removeLast()
                out += html[range]
            }
        }
        return out
    }
}
