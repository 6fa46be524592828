import RepereSupport

/// An HTML block that is one `<table>`, as GitBook writes a table with column widths or a card
/// view, read as the Markdown it stands for (then parsed, checked and rendered like it):
///
/// - a table: the GFM table of its rows, the first row (`<thead>`'s) its header, the columns
///   GitBook hides (`<th data-hidden>`) left out, the attributes (`width`…) dropped;
/// - cards (`<table data-view="cards">`): a list, one item per row, the text of its cells
///   linked to the card's target (the link in the `data-card-target` column) when it has one;
///   the cover images (`data-card-cover`) are left out.
///
/// In a cell, text is escaped as Markdown, an `<img>` is an image `![alt](src)` and `<code>` a
/// code span (both checked as written in Markdown); every other tag is kept as written, for the
/// Markdown reading (links, ``HTMLInlines``) and then ``RawHTMLFilter`` to decide on. A
/// table inside a cell, or any text or tag outside the rows and cells, is no match.
enum HTMLTables {
    /// The Markdown `tokens` (an HTML block) stand for, or `nil` when they are not one table.
    static func markdown(_ tokens: [HTMLToken], html: String) -> String? {
        guard let table = read(tokens, html: html), let header = table.rows.first, !header.isEmpty else { return nil }
        return table.isCards ? cards(table) : grid(table)
    }

    private struct Cell {
        var markdown = ""
        /// The same on one line for a list item: paragraphs and lists made spaces (a list item
        /// starting with `<p>` would be an HTML block), with and without the cell's own links.
        var line = "", lineWithoutLinks = ""
        var attributes: [String: String] = [:]
        /// The `href` of the cell's first link.
        var firstHref: String?

        mutating func append(_ text: String, line lineText: String? = nil, isLinkTag: Bool = false) {
            markdown += text
            line += lineText ?? text
            if !isLinkTag { lineWithoutLinks += lineText ?? text }
        }
    }

    /// Tags that make a block in a cell: a space in a list item's line.
    private static let blockTags: Set<String> = ["p", "ul", "ol", "li", "br", "div"]

    private struct Table {
        var isCards = false
        var rows: [[Cell]] = []
    }

    private static let structure: Set<String> = ["thead", "tbody", "tfoot", "colgroup", "col"]

    private static func read(_ tokens: [HTMLToken], html: String) -> Table? {
        var table = Table()
        var index = 0
        func skipSpace() { while index < tokens.count, case .text(let run) = tokens[index], run.allSatisfy(\.isWhitespace) { index += 1 } }
        skipSpace()
        guard index < tokens.count, case .tag(let open, _) = tokens[index], open.name == "table", !open.isClosing else { return nil }
        table.isCards = open.attributes.contains { $0.0 == "data-view" && $0.1 == "cards" }
        index += 1
        var row: [Cell]?
        var cell: Cell?
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if var current = cell {
                switch token {
                case .tag(let tag, _) where (tag.name == "td" || tag.name == "th") && tag.isClosing:
                    row?.append(current)
                    cell = nil
                case .tag(let tag, _) where tag.name == "table" || tag.name == "tr" || tag.name == "td" || tag.name == "th":
                    return nil  // a table in a cell, or a cell never closed
                case .text(let run):
                    current.append(text(run))
                    cell = current
                case .tag(let tag, let range):
                    guard let markdown = inline(tag, range: range, tokens: tokens, index: &index, html: html) else { return nil }
                    current.append(markdown, line: blockTags.contains(tag.name) ? " " : nil, isLinkTag: tag.name == "a")
                    if tag.name == "a", !tag.isClosing, current.firstHref == nil {
                        current.firstHref = tag.attributes.first(where: { $0.0 == "href" })?.1
                    }
                    cell = current
                }
                continue
            }
            switch token {
            case .text(let run):
                guard run.allSatisfy(\.isWhitespace) else { return nil }
            case .tag(let tag, _) where structure.contains(tag.name):
                continue
            case .tag(let tag, _) where tag.name == "tr":
                if tag.isClosing {
                    guard let finished = row else { return nil }
                    table.rows.append(finished)
                    row = nil
                } else {
                    guard row == nil else { return nil }
                    row = []
                }
            case .tag(let tag, _) where (tag.name == "td" || tag.name == "th") && !tag.isClosing:
                guard row != nil else { return nil }
                cell = Cell(attributes: Dictionary(tag.attributes, uniquingKeysWith: { first, _ in first }))
            case .tag(let tag, _) where tag.name == "table" && tag.isClosing:
                skipSpace()
                return index == tokens.count && row == nil ? table : nil
            case .tag:
                return nil
            }
        }
        return nil
    }

    /// A cell's text as Markdown on one line: entities decoded, spaces collapsed, escaped.
    private static func text(_ run: Substring) -> String {
        let decoded = HTMLEntities.decoded(run)
        var collapsed = decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if decoded.first?.isWhitespace == true { collapsed = " " + collapsed }
        if decoded.last?.isWhitespace == true, !collapsed.isEmpty, collapsed != " " { collapsed += " " }
        return cellSafe(collapsed.markdownEscaped)
    }

    /// A tag in a cell as Markdown: `<img>` an image, `<code>…</code>` a code span (its end taken
    /// too), any other tag as written; `nil` for a `<code>` never closed.
    private static func inline(_ tag: HTMLTag, range: Range<String.Index>, tokens: [HTMLToken], index: inout Int, html: String) -> String? {
        switch tag.name {
        case "img" where !tag.isClosing:
            let attributes = Dictionary(tag.attributes, uniquingKeysWith: { first, _ in first })
            guard let source = tag.imageSource else { return "" }
            let alt = HTMLEntities.decoded(Substring(attributes["alt"] ?? ""))
            return cellSafe("![\(alt.markdownEscaped)](\(destination(source)))")
        case "code" where !tag.isClosing:
            var code = ""
            while index < tokens.count {
                defer { index += 1 }
                switch tokens[index] {
                case .text(let run): code += HTMLEntities.decoded(run)
                case .tag(let end, _) where end.name == "code" && end.isClosing:
                    return cellSafe(code.split(whereSeparator: \.isNewline).joined(separator: " ").markdownCodeSpan)
                case .tag: continue
                }
            }
            return nil
        default:
            return html[range].split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "&#124;")
        }
    }

    /// An attribute's address written as a Markdown destination.
    private static func destination(_ raw: String) -> String {
        HTMLEntities.decoded(Substring(raw)).replacingOccurrences(of: "\n", with: "").markdownDestination
    }

    /// `markdown` with its pipes escaped, so that it stays in one cell.
    private static func cellSafe(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "|", with: "\\|")
    }

    /// The GFM table, hidden columns left out.
    private static func grid(_ table: Table) -> String? {
        let header = table.rows[0]
        let shown = header.indices.filter { header[$0].attributes["data-hidden"] == nil }
        guard !shown.isEmpty else { return nil }
        func line(_ row: [Cell]) -> String {
            "| " + shown.map { $0 < row.count ? row[$0].markdown.trimmingWhitespace : "" }.joined(separator: " | ") + " |\n"
        }
        var out = line(header) + "|" + String(repeating: " --- |", count: shown.count) + "\n"
        for row in table.rows.dropFirst() { out += line(row) }
        return out
    }

    /// One list item per card: its shown cells' text, linked to its target.
    private static func cards(_ table: Table) -> String? {
        let header = table.rows[0]
        let target = header.firstIndex { $0.attributes["data-card-target"] != nil }
        let shown = header.indices.filter { header[$0].attributes["data-hidden"] == nil }
        var out = ""
        for row in table.rows.dropFirst() where !row.isEmpty {
            let link = target.flatMap { $0 < row.count ? row[$0].firstHref : nil }
            // A card with a target is one link: its cells' own links would nest in it.
            let text = shown.compactMap { $0 < row.count ? (link == nil ? row[$0].line : row[$0].lineWithoutLinks) : nil }
                .map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
                .joined(separator: " — ")
            switch (text.isEmpty, link) {
            case (true, nil): continue
            case (false, nil): out += "- \(text)\n"
            case (_, let href?): out += "- [\(text.isEmpty ? href.markdownEscaped : text)](\(destination(href)))\n"
            }
        }
        return out.isEmpty ? nil : out
    }

}
