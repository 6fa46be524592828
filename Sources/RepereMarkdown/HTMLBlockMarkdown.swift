import RepereSupport

/// An HTML block of any shape the others do not read (``HTMLBlockShapes``) — a `<div>` of
/// paragraphs, headings, links and screenshots, a `<details>` holding more than text, a `<pre>`
/// of plain text, as pages made for other tools hold them — read in safe mode as the Markdown it
/// stands for, so that its text, links and images stay on the page, checked like any:
///
/// - block elements (`p`, `div`, `section`, `center`…) separate paragraphs; `h1`–`h6` are
///   headings, `ul`, `ol` and `li` lists, `blockquote` a quote, `pre` a code block, `hr` a
///   break, and a `table` the GFM table ``HTMLTables`` reads (else its cells' text);
/// - an element with a `markdown` attribute (MkDocs' `md_in_html`: `<figure markdown>`) holds
///   Markdown, read as such;
/// - `<a href>` is a link, `<a id>` (any tag's `id`) an anchor, `<img src>` an image, `<br>` a
///   line break; text is escaped, so it shows as written, as in HTML;
/// - the inline elements ``RawHTMLFilter`` keeps (`strong`, `code`, `kbd`…) and `details` and
///   `summary` stay HTML, for the filter to rebuild;
/// - scripts, styles, players, forms and other embedded content are left out with all they hold
///   (``Result/leftOut``, reported), and an MDX component's tag too; any other tag loses its
///   tags, not its text.
///
/// A block made only of what the filter keeps as it is, or with nothing to show, is no match.
enum HTMLBlockMarkdown {
    struct Result: Equatable {
        var markdown: String
        /// The tags left out, in `html`, each kind once: reported as raw HTML left out.
        var leftOut: [String]
    }

    /// `tokens` (the HTML block `html`) as Markdown, or `nil` when the filter keeps them as they
    /// are or they show nothing.
    static func read(_ tokens: [HTMLToken], html: String) -> Result? {
        let hasOtherTags = tokens.contains { token in
            guard case .tag(let tag, _) = token else { return false }
            return !RawHTMLFilter.keepsAsWritten(tag.name) || isMarkdown(tag)
        }
        guard hasOtherTags else { return nil }
        var writer = Writer(tokens: tokens, html: html)
        writer.run()
        guard writer.showsSomething else { return nil }
        return Result(markdown: writer.out, leftOut: writer.leftOut)
    }

    /// Whether `tag` holds Markdown (MkDocs' `md_in_html`: `<figure markdown>`, `<div markdown="1">`).
    static func isMarkdown(_ tag: HTMLTag) -> Bool {
        !tag.isClosing && tag.attributes.contains { $0.0 == "markdown" && $0.1 != "0" }
    }

    /// Elements left out with everything they hold.
    static let leftOutWithContent: Set<String> = [
        "script", "style", "template", "textarea", "iframe", "object", "svg", "math", "noscript", "canvas", "video", "audio",
        "select", "head", "title", "map", "frameset", "noembed", "noframes", "xmp", "plaintext",
    ]
    /// Elements kept around the Markdown they hold (`<figure markdown>`).
    static let blockWrappers: Set<String> = ["figure", "details", "dl", "dt", "dd"]
    /// Empty elements left out.
    static let leftOutEmpty: Set<String> = ["input", "source", "track", "param", "link", "meta", "area", "base", "col", "embed", "frame"]
    /// Elements whose tags end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "center", "nav", "blockquote", "address", "fieldset", "form", "caption", "tr", "figure", "figcaption", "hgroup", "legend", "body", "html", "search",
    ]

    private struct Writer {
        let tokens: [HTMLToken]
        let html: String
        var index = 0
        var out = ""
        var leftOut: [String] = []
        var showsSomething = false
        /// The paragraph being written, and whether a line of it starts with the next text.
        var line = ""
        var atLineStart = true
        var heading: Int?
        /// The lists open, inner last: ordered or not, the next item's number, and the indent of
        /// their items' content; lists nested deeper than ``maximumDepth`` are read as their parent.
        var lists: [(ordered: Bool, next: Int, indent: Int)] = []
        var listsTooDeep = 0
        static let maximumDepth = 8
        /// Where a `<table>` with no end was met: none after it has one either.
        var unclosedTable: Int?
        /// The names of the tags already ``leftOut``.
        var noted: Set<Substring> = []
        /// The marker of the list item whose first paragraph is to come.
        var item: String?
        /// Whether the last block written is a list item (the next one follows it on the next line).
        var lastWasItem = false
        /// The address of the link open, if one is.
        var link: String?
        /// The length of `line` when the link opened: a link that shows nothing (a heading's
        /// permalink, `<a href="#id"></a>`) is left out.
        var linkStart = 0
        /// The address of an `<a href>` around blocks (a card: `<a href><p>Titre</p><p>Texte</p></a>`):
        /// the first block written in it is the link, the others its text.
        var blockLink: String?
        /// Inside `<summary>`: text is HTML there, not Markdown.
        var inSummary = false
        /// Whether a `<br>` ends the line written, once more follows.
        var breaksLine = false
        /// The `<blockquote>`s open (up to ``maximumDepth``), and those of the last block written.
        var quotes = 0
        var lastQuotes = 0

        init(tokens: [HTMLToken], html: String) { (self.tokens, self.html) = (tokens, html) }

        mutating func run() {
            while index < tokens.count {
                defer { index += 1 }
                switch tokens[index] {
                case .text(let run): text(run)
                case .tag(let tag, let range): element(tag, range: range)
                }
            }
            flush()
        }

        /// The indentation of a list item's content (its first line starts with its marker).
        var indent: String { String(repeating: " ", count: (item == nil ? lists.last : lists.dropLast().last)?.indent ?? 0) }

        mutating func text(_ run: Substring) {
            let decoded = HTMLEntities.decoded(run)
            guard !decoded.isEmpty else { return }
            var collapsed = decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if collapsed.isEmpty {
                if !line.isEmpty, !breaksLine, line.last != " " { line += " " }
                return
            }
            showsSomething = true
            if decoded.first!.isWhitespace, !line.isEmpty, !breaksLine, line.last != " " { collapsed = " " + collapsed }
            if decoded.last!.isWhitespace { collapsed += " " }
            if inSummary { return line += HTMLEscaping.escape(collapsed) }
            inline()
            var escaped = Self.withoutAutolinks(collapsed.markdownEscaped)
            if atLineStart { escaped = Self.safeAtLineStart(escaped) }
            atLineStart = false
            line += escaped
        }

        /// Escaped text of an HTML element, with nothing GFM would make a link of: in HTML, an
        /// address in text is text (`<h3>**[Cliquez](https://x.fr/)**</h3>` was autolinked with
        /// the escapes' backslashes in its address). `\://` and `www&#46;` show as written.
        static func withoutAutolinks(_ escaped: String) -> String {
            guard escaped.contains("://") || escaped.contains("www.") else { return escaped }
            return escaped.replacingOccurrences(of: "://", with: "\\://").replacingOccurrences(of: "www.", with: "www&#46;")
        }

        /// Before anything shown inline: the line break a `<br>` asked for.
        mutating func inline() {
            if breaksLine {
                line += "\\\n"
                breaksLine = false
                atLineStart = true
            }
        }

        mutating func element(_ tag: HTMLTag, range: Range<String.Index>) {
            let name = tag.name
            if HTMLBlockMarkdown.leftOutWithContent.contains(name) || HTMLBlockMarkdown.leftOutEmpty.contains(name) {
                if !tag.isClosing { note(range) }
                if !tag.isClosing, HTMLBlockMarkdown.leftOutWithContent.contains(name) { skip(past: name) }
                return
            }
            // An `id` is an anchor where the element starts: in the heading or paragraph it opens.
            let anchor = tag.isClosing || inSummary ? nil : HTMLInlines.anchorID(of: tag).map { "<a id=\"\($0)\"></a>" }
            defer { if let anchor { line += anchor } }
            if HTMLBlockMarkdown.isMarkdown(tag), !inSummary { return markdown(in: tag, at: range) }
            switch name {
            case "a":
                guard !inSummary else { return }
                if tag.isClosing, link == nil, blockLink != nil {
                    blockLink = nil
                } else if !tag.isClosing, link == nil, blockLink == nil, let href = tag.attributes.first(where: { $0.0 == "href" })?.1, holdsBlocks() {
                    blockLink = HTMLEntities.decoded(Substring(href)).replacingOccurrences(of: "\n", with: "").markdownDestination
                } else if tag.isClosing, let open = link {
                    if line.utf8.count == linkStart { line.removeLast() } else { line += "](\(open))" }
                    link = nil
                } else if !tag.isClosing, link == nil, let href = tag.attributes.first(where: { $0.0 == "href" })?.1 {
                    link = HTMLEntities.decoded(Substring(href)).replacingOccurrences(of: "\n", with: "").markdownDestination
                    inline()
                    line += "["
                    linkStart = line.utf8.count
                    atLineStart = false
                }
            case "img":
                guard !tag.isClosing, !inSummary, let source = tag.imageSource, !source.hasPrefix("{") else { return }
                let alt = HTMLEntities.decoded(Substring(tag.attributes.first(where: { $0.0 == "alt" })?.1 ?? ""))
                inline()
                line += "![\(alt.markdownEscaped)](\(HTMLEntities.decoded(Substring(source)).markdownDestination))"
                (showsSomething, atLineStart) = (true, false)
            case "br":
                guard !line.isEmpty else { return }
                if inSummary || heading != nil { line += " " } else { breaksLine = true }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                heading = tag.isClosing || !lists.isEmpty ? nil : Int(name.dropFirst())
            case "ul", "ol":
                flush()
                if tag.isClosing {
                    if listsTooDeep > 0 { listsTooDeep -= 1 } else if !lists.isEmpty { lists.removeLast() }
                    lastWasItem = false
                } else if lists.count >= Self.maximumDepth {
                    listsTooDeep += 1
                } else {
                    let start = tag.attributes.first(where: { $0.0 == "start" }).flatMap { Int($0.1) } ?? 1
                    lists.append((name == "ol", max(0, min(start, 999_999_999)), (lists.last?.indent ?? 0) + (name == "ol" ? 4 : 2)))
                }
            case "li":
                flush()
                guard !tag.isClosing else { return }
                if lists.isEmpty { lists.append((false, 1, 2)) }
                let list = lists[lists.count - 1]
                lists[lists.count - 1].next += 1
                item = String(repeating: " ", count: lists.dropLast().last?.indent ?? 0) + (list.ordered ? "\(list.next). " : "- ")
            case "pre":
                flush()
                if !tag.isClosing { codeBlock(tag) }
            case "hr":
                flush()
                block("***")
            case "table" where !tag.isClosing:
                flush()
                table()
            case "td", "th":
                if !line.isEmpty, line.last != " " { line += " " }
            case "blockquote":
                flush()
                quotes = tag.isClosing ? max(0, quotes - 1) : min(quotes + 1, Self.maximumDepth)
            case "dl", "dt", "dd":
                flush()
                block(tag.isClosing ? "</\(name)>" : "<\(name)>")
            case "details":
                flush()
                block(tag.isClosing ? "</details>" : tag.attributes.contains { $0.0 == "open" } ? "<details open>" : "<details>")
            case "summary":
                flush()
                inSummary = !tag.isClosing
                if !tag.isClosing { line = "<summary>" } else { block(line + "</summary>"); line = "" }
            default:
                if HTMLBlockMarkdown.blockElements.contains(name) {
                    flush()
                } else if RawHTMLFilter.keepsAsWritten(name) {
                    if !inSummary { inline() }
                    line += html[range].split(whereSeparator: \.isNewline).joined(separator: " ")
                    if !inSummary { atLineStart = false }
                } else if html[range].dropFirst().first?.isUppercase == true, !tag.isClosing {
                    // An MDX or Vue component: the link it shows (`<VueSchoolLink href="…" title="…"/>`), else its text stays.
                    let value = { (names: [String]) in names.lazy.compactMap { name in tag.attributes.first { $0.0 == name }?.1 }.first { !$0.isEmpty } }
                    if link == nil, blockLink == nil, let href = value(["href", "to", "link"]), let title = value(["title", "label", "text"]) {
                        inline()
                        line += "[" + HTMLEntities.decoded(Substring(title)).markdownEscaped + "](" + HTMLEntities.decoded(Substring(href)).markdownDestination + ")"
                        (showsSomething, atLineStart) = (true, false)
                    } else {
                        note(range)
                    }
                }
            }
        }

        /// What `tag` holds, up to its end tag, as the Markdown it is (MkDocs' `md_in_html`),
        /// its common indent removed; inside `<figure>` or `<details>` when it is one.
        mutating func markdown(in tag: HTMLTag, at range: Range<String.Index>) {
            var depth = 1
            var end = html.endIndex
            var j = index
            while j + 1 < tokens.count {
                j += 1
                guard case .tag(let other, let otherRange) = tokens[j], other.name == tag.name else { continue }
                depth += other.isClosing ? -1 : 1
                if depth == 0 {
                    end = otherRange.lowerBound
                    break
                }
            }
            let lines = html[range.upperBound..<end].split(separator: "\n", omittingEmptySubsequences: false)
            let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
            // An element alone on its line (`<figcaption>…</figcaption>`) ends there, as
            // Python-Markdown reads it: the Markdown after it is no part of an HTML block.
            // Not in code: a fence, `<pre>`.
            var kept: [String] = []
            var codeEnd: String?
            for (k, line) in lines.enumerated() {
                kept.append(line.allSatisfy(\.isWhitespace) ? "" : String(line.dropFirst(indent)))
                let trimmed = String(line).trimmingWhitespace
                if let end = codeEnd {
                    if end == "</pre>" ? trimmed.lowercased().contains(end) : trimmed.hasPrefix(end) && trimmed.allSatisfy({ $0 == end.first }) { codeEnd = nil }
                    continue
                }
                if let run = MarkdownFence.opening(Substring(trimmed)) {
                    codeEnd = String(run)
                    continue
                }
                if trimmed.lowercased().hasPrefix("<pre"), !trimmed.lowercased().contains("</pre>") {
                    codeEnd = "</pre>"
                    continue
                }
                if trimmed.hasPrefix("<"), trimmed.hasSuffix(">"), k + 1 < lines.count,
                    case let next = String(lines[k + 1]).trimmingWhitespace, !next.isEmpty, !next.hasPrefix("<")
                {
                    kept.append("")
                }
            }
            let inner = kept.joined(separator: "\n").trimmingWhitespace
            flush()
            let wraps = RawHTMLFilter.keepsAsWritten(tag.name) && HTMLBlockMarkdown.blockWrappers.contains(tag.name)
            if wraps { block("<\(tag.name)>") }
            if !inner.isEmpty {
                showsSomething = true
                block(inner)
            }
            if wraps { block("</\(tag.name)>") }
            index = depth == 0 ? j : tokens.count
        }

        /// The paragraph written so far, as a block: a heading, a list item or a paragraph.
        mutating func flush() {
            guard !inSummary else { return }
            if let open = link {
                line += "](\(open))"
                link = nil
            }
            var text = line.trimmingWhitespace
            (line, atLineStart, breaksLine) = ("", true, false)
            guard !text.isEmpty else { return }
            if let address = blockLink, !text.contains("](") {
                text = "[" + text + "](" + address + ")"
                blockLink = nil
            }
            let prefix = heading.map { String(repeating: "#", count: $0) + " " } ?? ""
            if let marker = item {
                item = nil
                write(marker + prefix + text, isItem: true)
            } else {
                write(indent + prefix + text, isItem: false)
            }
        }

        /// Whether the `<a>` at `index` holds a block element before its end tag.
        func holdsBlocks() -> Bool {
            for token in tokens[(index + 1)...] {
                guard case .tag(let tag, _) = token else { continue }
                if tag.name == "a" { return false }
                if HTMLBlockMarkdown.blockElements.contains(tag.name) || ["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table"].contains(tag.name) { return true }
            }
            return false
        }

        /// `markdown` as a block of its own (not a list item).
        mutating func block(_ markdown: String) { write(indent + markdown, isItem: false) }

        /// Writes a block, each of its lines inside the quotes open (`> `); a blank line between
        /// two blocks of one quote stays in it.
        mutating func write(_ markdown: String, isItem: Bool) {
            let marks = String(repeating: ">", count: min(quotes, lastQuotes))
            if !out.isEmpty { out += isItem && lastWasItem ? "\n" : "\n" + marks + "\n" }
            let prefix = String(repeating: "> ", count: quotes)
            out += prefix.isEmpty ? markdown : markdown.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }.joined(separator: "\n")
            (lastWasItem, lastQuotes) = (isItem, quotes)
        }

        /// A `<pre>`'s text up to its `</pre>`, as a fenced code block.
        mutating func codeBlock(_ pre: HTMLTag) {
            var code = ""
            var language = HTMLBlockShapes.codeLanguage(of: pre) ?? ""
            while index + 1 < tokens.count {
                index += 1
                switch tokens[index] {
                case .text(let run): code += HTMLEntities.decoded(run)
                case .tag(let tag, _) where tag.name == "pre" && tag.isClosing:
                    return fence(code, language: language)
                case .tag(let tag, _):
                    if tag.name == "br" { code += "\n" }
                    if tag.name == "code", !tag.isClosing, language.isEmpty { language = HTMLBlockShapes.codeLanguage(of: tag) ?? "" }
                }
            }
            fence(code, language: language)
        }

        mutating func fence(_ code: String, language: String) {
            var trimmed = Substring(code)
            while trimmed.first == "\n" { trimmed = trimmed.dropFirst() }
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
            guard !trimmed.isEmpty else { return }
            showsSomething = true
            var longest = 2, run = 0
            for c in trimmed { run = c == "`" ? run + 1 : 0; longest = max(longest, run) }
            let marks = String(repeating: "`", count: longest + 1)
            let indent = indent
            let body = trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }.joined(separator: "\n")
            write(indent + marks + language + "\n" + body + "\n" + indent + marks, isItem: false)
        }

        /// A `<table>` up to its `</table>`: the Markdown table ``HTMLTables`` reads, or else its
        /// text, read on as any.
        mutating func table() {
            if let unclosed = unclosedTable, index > unclosed { return }
            var depth = 0
            var end = index
            while end < tokens.count {
                if case .tag(let tag, _) = tokens[end], tag.name == "table" {
                    depth += tag.isClosing ? -1 : 1
                    if depth == 0 { break }
                }
                end += 1
            }
            if end == tokens.count { unclosedTable = index }
            guard end < tokens.count, let markdown = HTMLTables.markdown(Array(tokens[index...end]), html: html) else { return }
            showsSomething = true
            block(markdown.trimmingWhitespace)
            index = end
        }

        /// Skips past the end of the element `name` just opened (nested ones included).
        mutating func skip(past name: String) {
            var depth = 1
            while index + 1 < tokens.count {
                index += 1
                guard case .tag(let tag, _) = tokens[index], tag.name == name else { continue }
                depth += tag.isClosing ? -1 : 1
                if depth == 0 { return }
            }
        }

        /// Records the tag at `range` as left out, once per kind.
        mutating func note(_ range: Range<String.Index>) {
            let written = String(html[range])
            let name = written.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "." }
            if noted.insert(name).inserted { leftOut.append(written) }
        }

        /// `text` starting a line, with what would make it a heading, a quote, a list item or a
        /// break (`#`, `-`, `+`, `=`, `1.`) escaped.
        static func safeAtLineStart(_ text: String) -> String {
            guard let first = text.first else { return text }
            if "#-+=|".contains(first) { return "\\" + text }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 9, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
                return digits + "\\" + text.dropFirst(digits.count)
            }
            return text
        }
    }
}
