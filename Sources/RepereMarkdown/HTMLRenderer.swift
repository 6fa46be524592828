import RepereSupport

/// Renders a ``MarkdownDocument`` to HTML.
///
/// Pure Swift and free of shared state, so pages render in parallel. Headings carry their
/// anchors as `id`s, GFM alerts become callouts with a visible title, tables get
/// `scope="col"` headers and alignment classes (no inline styles: the site works under a strict
/// Content-Security-Policy), task items get a text equivalent for screen readers, unsafe URLs
/// become `#`, and raw HTML goes through ``RawHTMLFilter``.
public struct HTMLRenderer: Sendable {
    public struct Options: Sendable {
        public var rawHTML: RawHTMLFilter
        /// The visible title of each callout kind.
        public var calloutTitles: [CalloutKind: String]
        /// Text read by screen readers before a checked and an unchecked task item.
        public var taskLabels: (done: String, todo: String)
        /// What screen readers say for a reference to a note (before its number), for the list
        /// of notes, and for the link from a note back to the text.
        public var footnoteLabels = (reference: "Note", list: "Notes", back: "Retour au texte")
        /// The name of a table's scrolling region, which the keyboard can focus to scroll a
        /// table wider than the screen (axe's `scrollable-region-focusable`, RGAA 7.3).
        public var tableRegionLabel = "Tableau"
        /// Prefix for heading ids and same-page anchors, for a page shown inside another
        /// (an FAQ entry in its section's accordion), so ids stay unique. Default: none.
        public var anchorPrefix = ""
        /// Added to every heading level (capped at 6), for the same reason. Default: 0.
        public var headingLevelOffset = 0
        /// Acronyms and what they stand for (`SNU` → `Service national universel`): the first
        /// use of each in a page, as a whole word with the same case, becomes `<abbr title>`.
        /// Those a page defines (``MarkdownDocument/abbreviations``) are added. Default: none.
        public var abbreviations: [String: String] = [:]

        public init(
            allowsRawHTML: Bool = false,
            calloutTitles: [CalloutKind: String] = [
                .note: "Remarque", .tip: "Astuce", .important: "Important", .warning: "Attention",
                .caution: "Prudence",
            ],
            taskLabels: (done: String, todo: String) = ("Fait : ", "À faire : ")
        ) {
            self.rawHTML = RawHTMLFilter(allowsRawHTML: allowsRawHTML)
            self.calloutTitles = calloutTitles
            self.taskLabels = taskLabels
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Renders `document`; `urls` maps link and image destinations as written to the URLs to emit
    /// (the resolve stage's rewrites). Destinations not in `urls` are emitted as written. `titles`
    /// maps destinations to the titles of their pages: a link whose text only names its file
    /// (``Link/namesItsFile``) shows that title instead.
    public func render(_ document: MarkdownDocument, urls: [String: String] = [:], titles: [String: String] = [:]) -> String {
        var options = options
        options.abbreviations.merge(document.abbreviations) { _, page in page }
        var output = Output(options: options, urls: urls, titles: titles)
        output.htmlAnchors = Set(document.htmlAnchors)
        output.blocks(document.blocks, tight: false)
        return output.html
    }
}

private struct Output {
    let options: HTMLRenderer.Options
    let urls: [String: String]
    let titles: [String: String]
    var html = ""
    /// Acronyms already expanded in this page.
    var abbreviated: Set<String> = []
    /// How many times each note was referred to so far (each reference needs an id of its own).
    var footnoteReferences: [Int: Int] = [:]
    /// The author's block elements open in safe mode.
    var balance = BlockElementBalance()
    /// The paragraphs and lists the author's HTML opened in the table cell being rendered (safe mode).
    var cellBalance: BlockElementBalance?
    /// The anchors of HTML tags still to write (``MarkdownDocument/htmlAnchors``): each once.
    var htmlAnchors: Set<String> = []

    init(options: HTMLRenderer.Options, urls: [String: String], titles: [String: String]) {
        self.options = options
        self.urls = urls
        self.titles = titles
    }

    mutating func text(_ s: String) { HTMLEscaping.append(s, to: &html) }

    func url(_ destination: String) -> String {
        if destination.hasPrefix("#") && !options.anchorPrefix.isEmpty {
            return "#" + options.anchorPrefix + destination.dropFirst()
        }
        let resolved = urls[destination] ?? (destination.hasPrefix(WikiLinks.marker) ? WikiLinks.unresolved(destination) : destination)
        return URLSafety.isSafe(resolved) ? resolved : "#"
    }

    // MARK: - Blocks

    /// A container's blocks; what the author's raw HTML opened in it is closed at its end.
    mutating func blocks(_ blocks: [Block], tight: Bool) {
        let saved = balance.enter()
        for block in blocks { self.block(block, tight: tight) }
        html += balance.leave(saved)
    }

    mutating func block(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let content):
            if tight {
                inlines(content)
            } else {
                html += "<p>"
                inlines(content)
                html += "</p>\n"
            }
        case .heading(let h):
            let level = min(6, h.level + options.headingLevelOffset)
            html += "<h\(level) id=\""
            text(options.anchorPrefix + h.anchor)
            html += "\">"
            inlines(h.content)
            html += "</h\(level)>\n"
        case .blockQuote(let children):
            html += "<blockquote>\n"
            blocks(children, tight: false)
            html += "</blockquote>\n"
        case .callout(let kind, var children):
            let label = options.calloutTitles[kind] ?? kind.rawValue
            html += "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p class=\"callout-title\">"
            text(label)
            html += "</p>\n"
            // A title that says what the label says (`::: tip Astuce`) is not said twice.
            if case .paragraph(let inlines)? = children.first, inlines.count == 1, case .strong(let title) = inlines[0],
                title.plainText.lowercased() == label.lowercased() {
                children.removeFirst()
            }
            blocks(children, tight: false)
            html += "</div>\n"
        case .list(let list):
            list.isOrdered
                ? (html += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n")
                : (html += "<ul>\n")
            for item in list.items {
                switch item.task {
                case .some(let done):
                    html += done ? "<li class=\"task task-done\">" : "<li class=\"task\">"
                    html += "<span class=\"visually-hidden\">"
                    text(done ? options.taskLabels.done : options.taskLabels.todo)
                    html += "</span>"
                case nil:
                    html += "<li>"
                }
                if !list.isTight { html += "\n" }
                blocks(item.blocks, tight: list.isTight)
                html += "</li>\n"
            }
            html += list.isOrdered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let language, let code):
            html += "<pre><code"
            if !language.isEmpty {
                html += " class=\"language-"
                text(language)
                html += "\""
            }
            html += ">"
            text(code)
            html += "</code></pre>\n"
        case .htmlBlock(let raw):
            // Safe mode drops the block's tags, not the anchors they mark (`<div id="faq">`).
            for id in HTMLInlines.anchors(inBlock: raw.html) where htmlAnchors.remove(id) != nil && !options.rawHTML.allowsRawHTML {
                anchor(id)
            }
            guard let filtered = options.rawHTML.filter(raw) else { break }
            html += options.rawHTML.allowsRawHTML ? filtered : balance.balanced(filtered)
        case .thematicBreak:
            html += "<hr>\n"
        case .table(let table):
            self.table(table)
        case .footnotes(let notes):
            footnotes(notes)
        }
    }

    /// The empty element an anchor written in HTML stands for.
    mutating func anchor(_ id: String) {
        html += "<span id=\"\(options.anchorPrefix)"
        text(id)
        html += "\"></span>"
    }

    /// The list of the page's notes, each with a link back to its first reference.
    mutating func footnotes(_ notes: [Footnote]) {
        html += "<section class=\"footnotes\" aria-label=\""
        text(options.footnoteLabels.list)
        html += "\">\n<ol>\n"
        for note in notes.sorted(by: { $0.number < $1.number }) {
            html += "<li id=\"\(options.anchorPrefix)fn-\(note.number)\" value=\"\(note.number)\">\n"
            blocks(note.blocks, tight: false)
            html += "<a href=\"#\(options.anchorPrefix)fnref-\(note.number)\" class=\"footnote-back\" aria-label=\""
            text(options.footnoteLabels.back)
            html += "\">↩</a>\n</li>\n"
        }
        html += "</ol>\n</section>\n"
    }

    mutating func table(_ table: Table) {
        html += "<div class=\"table-wrapper\" tabindex=\"0\" role=\"region\" aria-label=\""
        text(options.tableRegionLabel)
        html += "\"><table>\n<thead>\n<tr>\n"
        for (i, cell) in table.header.enumerated() {
            html += "<th scope=\"col\"\(alignment(table, i))>"
            cellInlines(cell)
            html += "</th>\n"
        }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>\n"
                for (i, cell) in row.enumerated() {
                    html += "<td\(alignment(table, i))>"
                    cellInlines(cell)
                    html += "</td>\n"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table></div>\n"
    }

    func alignment(_ table: Table, _ column: Int) -> String {
        guard column < table.alignments.count else { return "" }
        switch table.alignments[column] {
        case .none: return ""
        case .left: return " class=\"align-left\""
        case .center: return " class=\"align-center\""
        case .right: return " class=\"align-right\""
        }
    }

    /// A table cell's inlines; the paragraphs and lists the author's HTML opened there are
    /// closed at its end, and an end tag with nothing to close is dropped.
    mutating func cellInlines(_ content: [Inline]) {
        cellBalance = BlockElementBalance(elements: RawHTMLFilter.cellElements)
        inlines(content)
        html += cellBalance!.leave(0).replacingOccurrences(of: "\n", with: "")
        cellBalance = nil
    }

    // MARK: - Inlines

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let s): options.abbreviations.isEmpty ? text(s) : textWithAbbreviations(s)
        case .code(let s):
            html += "<code>"
            text(s)
            html += "</code>"
        case .softBreak: html += "\n"
        case .lineBreak: html += "<br>\n"
        case .emphasis(let c): wrap("em", c)
        case .strong(let c): wrap("strong", c)
        case .strikethrough(let c): wrap("del", c)
        case .mark(let c): wrap("mark", c)
        case .inserted(let c): wrap("ins", c)
        case .link(let link):
            html += "<a href=\""
            text(url(link.destination))
            html += "\""
            if !link.title.isEmpty, link.title != "mention" {  // GitBook marks its mentions so
                html += " title=\""
                text(link.title)
                html += "\""
            }
            html += ">"
            if let title = titles[link.destination], link.namesItsFile { text(title) } else { inlines(link.content) }
            html += "</a>"
        case .image(let image):
            html += "<img src=\""
            text(url(image.source))
            html += "\" alt=\""
            text(image.alt)
            html += "\""
            if !image.title.isEmpty {
                html += " title=\""
                text(image.title)
                html += "\""
            }
            if let width = image.width { html += " width=\"\(width)\"" }
            if let height = image.height { html += " height=\"\(height)\"" }
            html += " loading=\"lazy\">"
        case .html(let raw):
            guard let filtered = options.rawHTML.filter(raw) else { break }
            if raw.isInTableCell, !options.rawHTML.allowsRawHTML, cellBalance != nil {
                html += cellBalance!.balanced(filtered)
            } else {
                html += filtered
            }
        case .anchor(let id):
            if htmlAnchors.remove(id) != nil { anchor(id) }
        case .keys(let keys):
            for (i, key) in keys.enumerated() {
                html += i == 0 ? "<kbd>" : "+<kbd>"
                text(key)
                html += "</kbd>"
            }
        case .footnoteReference(let number):
            let count = footnoteReferences[number, default: 0] + 1
            footnoteReferences[number] = count
            let id = "\(options.anchorPrefix)fnref-\(number)" + (count > 1 ? "-\(count)" : "")
            html += "<sup class=\"footnote-ref\"><a href=\"#\(options.anchorPrefix)fn-\(number)\" id=\"\(id)\" aria-label=\""
            text("\(options.footnoteLabels.reference) \(number)")
            html += "\">\(number)</a></sup>"
        }
    }

    /// `s` with the first use of each known acronym wrapped in `<abbr title>`.
    mutating func textWithAbbreviations(_ s: String) {
        var rest = Substring(s)
        while let start = rest.firstIndex(where: { $0.isLetter || $0.isNumber }) {
            let end = rest[start...].firstIndex(where: { !($0.isLetter || $0.isNumber) }) ?? rest.endIndex
            let word = String(rest[start..<end])
            guard let expansion = options.abbreviations[word], !abbreviated.contains(word) else {
                text(String(rest[..<end]))
                rest = rest[end...]
                continue
            }
            abbreviated.insert(word)
            text(String(rest[..<start]))
            html += "<abbr title=\""
            text(expansion)
            html += "\">"
            text(word)
            html += "</abbr>"
            rest = rest[end...]
        }
        text(String(rest))
    }

    mutating func wrap(_ tag: String, _ content: [Inline]) {
        html += "<\(tag)>"
        inlines(content)
        html += "</\(tag)>"
    }
}
