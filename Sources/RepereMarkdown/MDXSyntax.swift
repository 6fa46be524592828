import RepereSupport

/// The MDX that Docusaurus pages (`.mdx`, and `.md` ones, which Docusaurus reads as MDX too)
/// write around their Markdown, rewritten into the Markdown Repère renders before the foreign
/// containers (``ForeignContainers``) are:
///
/// - ESM lines, `import … from '…'` and `export const|function|default …` (up to the next blank
///   line), are removed: they run code on the other tool's pages (not in code: fences, `<pre>`,
///   Jekyll's `{% highlight %}`);
/// - comments, `{/* … */}`, are removed, blank lines in them too, but a heading's last one that
///   names its anchor (`## Titre {/* #telecharger */}`, Docusaurus 3's) becomes `{#telecharger}`;
/// - `<Tabs>` and `</Tabs>`, `</TabItem>` are removed, `<TabItem label="Windows">` becomes a
///   heading one level below the heading before it (as GitBook's tabs), and the lines of a tab
///   lose the indent its first line has (MDX reads no indented code there);
/// - `<img src={capture} />` and `<Image img={capture} alt="…" />`, where `capture` is an
///   imported image (`import capture from './capture.png'`) or names one
///   (`src={useBaseUrl('img/a.png')}`, `src={require('@site/static/b.png').default}`), become the
///   Markdown image `![…](./capture.png)` (indented, in HTML, the HTML one), checked like any image; a component whose `src` names an image file
///   (VitePress' `<ZoomImg src="./a.png" alt="…" caption="…" />`) is that image (``image(of:)``).
///
/// - a callout component (`<Aside type="tip" title="…">`, `<Callout>`, `<Admonition>`,
///   ``calloutComponents``) alone on its line becomes the container `:::tip[…]`, which
///   ``ForeignContainers`` reads as a callout;
///
/// Every other component's tag alone on its line (`<Fragment slot="npm">`, `</Card>`,
/// `<YouTube id="x" />`, its props over several lines too) is left out, reported once per name
/// (``Rewritten/components``), and what it holds is read as Markdown, as MDX reads it: the
/// fence or the text right after the tag, and the lines indented in it, which lose the indent
/// of its first (MDX reads no indented code). Other tags are left to the raw HTML filter. In a
/// page with ESM lines, an expression in its text (`{t.more}`, `{i18n.titre}`), which MDX runs, is shown
/// as written and reported (``Rewritten/expressions``). Lines keep their numbers; the columns
/// removed at a line's start are recorded as ``ForeignContainers`` records its own.
package enum MDXSyntax {
    /// A page's text rewritten.
    package struct Rewritten {
        package var text: String
        /// The columns each line gained (negative: lost) at its start, empty when none moved.
        package var columnShifts: [Int]
        /// The expressions of its text (`{t.more}`), shown as written.
        package var expressions: [ForeignContainers.Unknown] = []
        /// The components left out, each at its first tag (`<Steps>`), with how many times the page uses it.
        package var components: [ForeignContainers.Unknown] = []
    }

    /// A page's text rewritten; its ESM lines only if `readsESM` (an `.mdx` page, or a
    /// Docusaurus site's `.md`, which Docusaurus reads as MDX): elsewhere `import x from 'y'` at
    /// a line's start is text, as CommonMark reads it.
    package static func rewrite(_ text: String, readsESM: Bool = true) -> Rewritten {
        guard mayHaveMDX(text) else { return Rewritten(text: text, columnShifts: []) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var shifts = [Int](repeating: 0, count: lines.count)
        var images: [String: String] = [:]  // imported name → path
        var fence: String?
        var codeEnd: String?  // in code of HTML or Liquid, `<pre>` or `{% highlight %}`: what ends it
        var mdxBlock: String?  // the run of an open ```` ```mdx-code-block ````, whose lines are the page's
        var inStatement = false, inComment = false
        var commentEndsAtBlank = false  // a comment whose `*/}` never comes: it ends at a blank line
        var headingLevel = 1
        // The components open: each one's name, the indent its lines lose, whether it is a callout
        // (`:::`), and for one titled by a heading, the heading level before it, which its end restores.
        var open: [(name: String, indent: Int, isCallout: Bool, level: Int?)] = []
        var components: [ForeignContainers.Unknown] = []
        var reported: [String: Int] = [:]  // a component's name → its index in `components`
        // The lines inside HTML blocks (`<div>` around a component), found once a link needs them.
        var htmlLines: Set<Int>?
        /// The link a component at line `i` shows: Markdown, or in an HTML block the `<a>` its reader reads.
        func link(of tag: JSXTag, at i: Int) -> String? {
            guard let markdown = Self.link(of: tag) else { return nil }
            if htmlLines == nil { htmlLines = HTMLBlockContinuation.blockLines(lines) }
            // In a block another line opened: a component's tag alone on its line starts one of its own.
            guard i > 0, htmlLines!.contains(i), htmlLines!.contains(i - 1), let href = tag.attributes["href"] ?? tag.attributes["to"] ?? tag.attributes["link"] else { return markdown }
            let text = tag.attributes["title"] ?? tag.attributes["label"] ?? tag.attributes["text"] ?? ""
            return "<a href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(text))</a>" + (tag.attributes["description"].map { $0.isEmpty ? "" : " : " + HTMLEscaping.escape($0) } ?? "")
        }
        /// A component's tag, left out: reported at its first use.
        func leaveOut(_ name: String, line i: Int, column: Int, holdsContent: Bool = false) {
            if let first = reported[name] {
                components[first].uses += 1
                components[first].holdsContent = components[first].holdsContent || holdsContent
            } else {
                reported[name] = components.count
                components.append(ForeignContainers.Unknown(line: i + 1, column: column, directive: "<\(name)>", isLeftOut: true, holdsContent: holdsContent))
            }
        }
        /// A heading one level below the one before, titling what a tab or card holds: its
        /// siblings get the same level, whatever headings it holds.
        func titleHeading(_ title: String) -> String {
            String(repeating: "#", count: min(6, headingLevel + 1)) + " " + title.markdownEscaped
        }
        /// The callout a callout component's tag opens (`<Aside type="caution" title="Attention">`):
        /// `:::caution Attention`, an unknown type a note.
        func callout(_ tag: JSXTag, indent: String) -> String {
            let type = tag.attributes["type"]?.lowercased() ?? Self.calloutComponents[tag.name] ?? "note"
            let title = tag.attributes["title"].map { " " + $0 } ?? ""
            return indent + ":::" + (ForeignContainers.admonitions[type] == nil ? "note" : type) + title
        }
        /// What replaces a component's tag: an empty HTML comment, which ends the paragraph, list
        /// or HTML block before it as the tag does in MDX; nothing where it would be code.
        func leftOut(_ indent: Int) -> String { indent <= 3 ? String(repeating: " ", count: indent) + "<!---->" : "" }
        /// The indent a component whose tag ends on line `i`, its first at `first` written at
        /// `tag` (its indent), takes off its lines: the indent of its first line of text, less
        /// the list item's it is in (`- Créer :`, then `  <Foo>`, `  Texte.`: nothing taken off,
        /// the text stays in the item), but no less than its enclosing component's.
        func removal(after i: Int, first: Int, tag: Int) -> Int {
            let text = lines[(i + 1)...].first { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.map(Self.indentWidth) ?? 0
            // The line it is under: the last above with text, less indented, within 200 lines.
            let above = lines[max(0, first - 200)..<first].last { !$0.allSatisfy { $0 == " " || $0 == "\t" } && Self.indentWidth($0) < tag }
            let base = above.map { ForeignContainers.isListItem($0.drop { $0 == " " || $0 == "\t" }) } == true ? tag : 0
            return max(open.last?.indent ?? 0, text - base)
        }
        var skipUntil = 0  // the lines of a component's tag, replaced by its first
        var runsCode = false  // an ESM line was read: `{…}` in the text is code
        for i in lines.indices {
            if i < skipUntil { continue }
            var line = lines[i]
            if let indent = open.last?.indent, indent > 0 {
                // Spaces and tabs (to the next multiple of four), up to that indent.
                var width = 0
                let removed = line.prefix { c in
                    guard width < indent, c == " " || c == "\t" else { return false }
                    width += c == "\t" ? 4 - width % 4 : 1
                    return true
                }.count
                line.removeFirst(removed)
                shifts[i] = -removed
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.count - trimmed.count
            if let marker = fence {
                // A fence closes on a run of its character at least as long, and nothing after it.
                let run = trimmed.prefix { $0 == marker.first }
                if run.count >= marker.count, trimmed.dropFirst(run.count).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                lines[i] = line
                continue
            }
            if let end = codeEnd {
                if line.contains(end) { codeEnd = nil }
                lines[i] = line
                continue
            }
            if let end = Self.codeEnd(opening: trimmed) {
                codeEnd = end
                lines[i] = line
                continue
            }
            if inStatement {
                // A statement goes on to its closing line (`} from '…'`, `}` at the line's start),
                // or up to a blank line.
                inStatement = !trimmed.isEmpty && !line.contains(" from ") && !(indent == 0 && ["}", ")", "]"].contains { line.hasPrefix($0) })
                lines[i] = trimmed.isEmpty ? line : ""
                continue
            }
            if inComment {
                guard let end = line.range(of: "*/}") else {
                    // A comment never closed ends at a blank line: it takes no more of the page.
                    if trimmed.isEmpty, commentEndsAtBlank { inComment = false }
                    lines[i] = ""
                    continue
                }
                // The text after the comment keeps its columns.
                inComment = false
                line = String(repeating: " ", count: line.distance(from: line.startIndex, to: end.upperBound)) + line[end.upperBound...]
            }
            if let run = mdxBlock, indent <= 3, trimmed.hasPrefix(run), trimmed.allSatisfy({ $0 == run.first || $0 == " " || $0 == "\t" }) {
                mdxBlock = nil
                lines[i] = line
                continue
            }
            if let run = MarkdownFence.opening(trimmed) {
                // At any indent: MDX has no indented code, and a fence in a list item is one.
                // ```` ```mdx-code-block ````: MDX shown as the page's content, read as the rest.
                if trimmed.dropFirst(run.count).trimmingCharacters(in: .whitespaces) == "mdx-code-block" {
                    mdxBlock = String(run)
                } else {
                    fence = String(run)
                }
                lines[i] = line
                continue
            }
            if readsESM, indent == 0, let statement = ESMStatement(line) {
                runsCode = true
                if case .image(let name, let path) = statement.kind { images[name] = path }
                inStatement = !statement.isComplete
                lines[i] = ""
                continue
            }
            (line, inComment) = removingComments(Self.headingAnchor(in: line))
            if inComment {
                // Blank lines in it too (`{/* Ancien bloc`, a blank line, `[Lien](/x)`, `*/}`), when
                // its `*/}` comes before another comment's `{/*`; the look stops at that `{/*`, so
                // each line is looked at for one comment at most.
                commentEndsAtBlank = true
                for next in lines[(i + 1)..<min(lines.count, i + 500)] {
                    let close = next.range(of: "*/}"), open = next.range(of: "{/*")
                    if let close, open.map({ close.lowerBound < $0.lowerBound }) ?? true { commentEndsAtBlank = false }
                    if close != nil || open != nil { break }
                }
            }
            let rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("#") {
                let hashes = rest.prefix { $0 == "#" }.count
                if hashes <= 6, rest.dropFirst(hashes).first.map({ $0 == " " }) ?? true { headingLevel = hashes }
            }
            let jsx = JSXTag(rest)
            if indent <= 3, rest.hasPrefix("<"), rest.dropFirst().first?.isUppercase == true,
                let (name, end, _) = componentTag(in: lines, line: i, column: lines[i].count - line.count + indent), !readComponents.contains(name),
                let image = JSXTag(Substring(([line] + lines[(i + 1)..<(end + 1)]).joined(separator: " ").drop { $0 == " " || $0 == "\t" }))
                    .flatMap(Self.image(of:))
            {
                // `<ZoomImg src="./capture.png" alt="…" caption="…" />`: the image it shows.
                lines[i] = String(line.prefix(indent)) + image
                if end > i { for k in (i + 1)...end { lines[k] = "" } }
                skipUntil = end + 1
                continue
            }
            if indent <= 3, jsx.map({ !$0.expressions.isEmpty }) ?? true,
                let (name, end, selfClosing) = componentTag(in: lines, line: i, column: lines[i].count - line.count + indent),
                !readComponents.contains(name)
            {
                // `<NavFooter` with its props on the next lines, `<Grid items={[{ title: "K" }]} />`;
                // `<Aside icon={star}>`, a callout.
                let whole = ([line] + lines[(i + 1)..<(end + 1)]).joined(separator: " ").drop { $0 == " " || $0 == "\t" }
                let tag = JSXTag(Substring(whole))
                let asCallout = Self.calloutComponents[name] != nil && !selfClosing ? tag : nil
                let title = selfClosing || !Self.titledComponents.contains(name) ? nil : tag?.attributes["title"].flatMap { $0.isEmpty ? nil : $0 }
                let tagIndent = Self.indentWidth(lines[i])
                let level = headingLevel
                for k in i...end { lines[k] = "" }
                if let tag = asCallout {
                    lines[i] = callout(tag, indent: String(line.prefix(indent)))
                } else if let title {
                    // `<Card title="Créer un compte" icon={…}>`: what it holds, under its title.
                    lines[i] = String(line.prefix(indent)) + titleHeading(title)
                } else if selfClosing, let link = tag.flatMap({ link(of: $0, at: i) }) {
                    lines[i] = String(line.prefix(indent)) + link
                } else {
                    leaveOut(name, line: i, column: indent - shifts[i] + 1, holdsContent: !selfClosing)
                    lines[i] = leftOut(indent)
                }
                if !selfClosing { open.append((name, removal(after: end, first: i, tag: tagIndent), asCallout != nil, title == nil ? nil : level)) }
                skipUntil = end + 1
                continue
            }
            if let tag = jsx, tag.isAlone {
                switch (tag.name, tag.isClosing) {
                case ("Tabs", _):
                    line = ""
                case ("TabItem", false):
                    let title = tag.attributes["label"] ?? tag.attributes["value"] ?? ""
                    line = title.isEmpty ? "" : titleHeading(title)
                    open.append((tag.name, removal(after: i, first: i, tag: Self.indentWidth(lines[i])), false, headingLevel))
                case ("img", false), ("Image", false):
                    let expression = tag.expressions[tag.name == "img" ? "src" : "img"]
                    if let source = expression.flatMap({ images[$0] ?? Self.imagePath(in: $0) }) {
                        // Indented, in HTML (`<div className="gifs">`), whose lines are no Markdown: the HTML image.
                        let alt = tag.attributes["alt"] ?? ""
                        line = String(line.prefix(indent))
                            + (indent == 0 ? "![\(alt.markdownEscaped)](\(source.markdownDestination))"
                                : "<img src=\"\(HTMLEscaping.escape(source))\" alt=\"\(HTMLEscaping.escape(HTMLEntities.decoded(Substring(alt))))\">")
                    } else if expression != nil || tag.name == "Image" {
                        // An image code computes (`src={item.imageSrc}`): no file to show.
                        leaveOut(tag.name, line: i, column: indent - shifts[i] + 1)
                        line = leftOut(indent)
                    }
                case (let name, true):
                    // The component closes, and with it any left open inside it; a callout's end
                    // is `:::`; after a titled one, headings go on at the level before its title.
                    let at = open.lastIndex { $0.name == name }
                    let closesCallout = at.map { open[$0].isCallout } ?? false
                    if let at {
                        if let level = open[at].level { headingLevel = level }
                        open.removeSubrange(at...)
                    }
                    line = closesCallout ? String(line.prefix(indent)) + ":::" : readComponents.contains(name) ? "" : leftOut(indent)
                case (let name, false) where Self.calloutComponents[name] != nil && !tag.closesItself:
                    // `<Aside type="caution" title="Attention">`: the callout `:::caution Attention`.
                    line = callout(tag, indent: String(line.prefix(indent)))
                    open.append((name, removal(after: i, first: i, tag: Self.indentWidth(lines[i])), true, nil))
                case (_, false) where tag.closesItself && Self.link(of: tag) != nil:
                    line = String(line.prefix(indent)) + link(of: tag, at: i)!
                case (let name, false) where !tag.closesItself && Self.titledComponents.contains(name) && !(tag.attributes["title"] ?? "").isEmpty:
                    // `<Card title="Créer un compte">`, Mintlify's `<Step title>`: what it holds, under its title.
                    line = String(line.prefix(indent)) + titleHeading(tag.attributes["title"]!)
                    open.append((name, removal(after: i, first: i, tag: Self.indentWidth(lines[i])), false, headingLevel))
                case (let name, false) where !readComponents.contains(name):
                    leaveOut(name, line: i, column: indent - shifts[i] + 1, holdsContent: !tag.closesItself)
                    line = leftOut(indent)
                    if !tag.closesItself { open.append((name, removal(after: i, first: i, tag: Self.indentWidth(lines[i])), false, nil)) }
                default:
                    break
                }
            }
            // `Du texte.</Card>`: the component closes at the end of its last line of text.
            if let last = open.last, !last.isCallout, line.contains("</" + last.name + ">") {
                if let level = last.level { headingLevel = level }
                open.removeLast()
            }
            lines[i] = line
        }
        return Rewritten(
            text: lines.joined(separator: "\n"), columnShifts: shifts.contains { $0 != 0 } ? shifts : [],
            expressions: runsCode ? expressions(in: lines, shifts: shifts) : [], components: components)
    }

    /// The expressions of the text of `lines` (rewritten), outside code blocks, fenced at any
    /// indent (in a list item too).
    private static func expressions(in lines: [String], shifts: [Int]) -> [ForeignContainers.Unknown] {
        var found: [ForeignContainers.Unknown] = []
        var fence: Substring?
        var scriptEnd: String?  // in a `<script>` or `<style>` (VitePress' `<script setup>`): code
        var codeEnd: String?
        for (i, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
            if let open = fence {
                if trimmed.hasPrefix(open), trimmed.allSatisfy({ $0 == open.first || $0 == " " || $0 == "\t" }) { fence = nil }
                continue
            }
            if let end = scriptEnd ?? codeEnd {
                if line.lowercased().contains(end) { (scriptEnd, codeEnd) = (nil, nil) }
                continue
            }
            if let run = MarkdownFence.opening(trimmed) {
                fence = run
                continue
            }
            if let end = Self.codeEnd(opening: trimmed) {
                codeEnd = end
                continue
            }
            if trimmed.hasPrefix("<script") || trimmed.hasPrefix("<style") {
                let end = trimmed.hasPrefix("<script") ? "</script>" : "</style>"
                if !trimmed.lowercased().contains(end) { scriptEnd = end }
                continue
            }
            guard line.contains("{") else { continue }
            found += Self.expressions(in: line).map { ForeignContainers.Unknown(line: i + 1, column: $0.column - shifts[i], directive: $0.text) }
        }
        return found
    }

    /// The expressions of `line` outside code spans: `{name}`, `{a.b}`, `{t['clé']}`, `{f(x)}`
    /// (not `{#ancre}`, `{: .classe}`, `{{ … }}`, `{% … %}` nor an attribute's `={…}`), with their columns (in Unicode
    /// scalars, as every position). An expression is looked for over 200 scalars at most.
    static func expressions(in line: String) -> [(column: Int, text: String)] {
        var found: [(Int, String)] = []
        let scalars = Array(line.unicodeScalars)
        let code = CodeSpans.mask(scalars, backtick: "`")
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let window = scalars[min(i + 1, scalars.count)..<min(scalars.count, i + 201)]
            // An attribute's value (`className={styles.x}`) is no text: the tag's attributes are dropped.
            guard !code[i], c == "{", i == 0 || (scalars[i - 1] != "{" && scalars[i - 1] != "\\"),
                scalars[max(0, i - 4)..<i].last(where: { $0 != " " }) != "=",
                let first = window.first(where: { $0 != " " }), first.properties.isAlphabetic || first == "_" || first == "$",
                let close = window.firstIndex(of: "}")
            else {
                i += 1
                continue
            }
            let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<close])).trimmingWhitespace
            let isExpression = !inner.isEmpty && !inner.contains("{")
                && inner.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "_$.[]()'\" ,?".unicodeScalars.contains($0) }
            if isExpression, close + 1 >= scalars.count || scalars[close + 1] != "}" {
                found.append((i + 1, String(String.UnicodeScalarView(scalars[i...close]))))
                i = close + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The width of `line`'s indent, a tab reaching the next multiple of four.
    static func indentWidth(_ line: String) -> Int {
        var width = 0
        for c in line {
            guard c == " " || c == "\t" else { break }
            width += c == "\t" ? 4 - width % 4 : 1
        }
        return width
    }

    /// What ends the code that `line` (trimmed) opens when it is not closed on it: `</pre>` for
    /// `<pre>`, `endhighlight` for Jekyll's `{% highlight ts %}`; `nil` for any other line. Its
    /// lines are code, not MDX (an `import` there is code shown).
    private static func codeEnd(opening line: Substring) -> String? {
        if line.hasPrefix("<pre"), line.dropFirst(4).first.map({ $0 == ">" || $0 == " " }) ?? false, !line.contains("</pre>") { return "</pre>" }
        let liquid = line.drop { $0 == "{" || $0 == "%" || $0 == "-" || $0 == " " }
        if line.hasPrefix("{%"), liquid.hasPrefix("highlight "), !line.contains("endhighlight") { return "endhighlight" }
        return nil
    }

    /// The file an image's `src` expression names as Docusaurus writes it: `useBaseUrl('img/a.png')`
    /// (a file of the static folder, `/img/a.png`), `require('./b.png').default`; `nil` for any other.
    static func imagePath(in expression: String) -> String? {
        for (call, isStatic) in [("useBaseUrl(", true), ("require(", false)] where expression.hasPrefix(call) {
            let rest = expression.dropFirst(call.count).drop { $0 == " " }
            guard let quote = rest.first, quote == "'" || quote == "\"" || quote == "`",
                let close = rest.dropFirst().firstIndex(of: quote)
            else { return nil }
            let path = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...].drop { $0 == " " }
            guard !path.isEmpty, !path.contains("${"), after == ")" || after == ").default" else { return nil }
            return isStatic && !path.hasPrefix("/") && !path.contains("://") ? "/" + path : path
        }
        return nil
    }

    /// The image a component shows (VitePress' `<ZoomImg src="./capture.png" alt="…" caption="…" />`,
    /// an MDX `<Figure src="/img/a.png" />`): its `src` names an image file. Written as the HTML
    /// figure GitBook writes, which the parser reads as the Markdown image, with its caption
    /// (``HTMLBlockShapes``); `nil` for any other component.
    static func image(of tag: JSXTag) -> String? {
        guard !tag.isClosing, let source = tag.attributes["src"], !source.isEmpty,
            let ext = source.split(separator: "?").first?.split(separator: ".").last?.lowercased(),
            ESMStatement.imageExtensions.contains(ext)
        else { return nil }
        // As written in JSX: `&amp;` is `&`, escaped once here.
        func escaped(_ value: String) -> String { HTMLEscaping.escape(HTMLEntities.decoded(Substring(value))) }
        let image = "<img src=\"\(escaped(source))\" alt=\"\(escaped(tag.attributes["alt"] ?? ""))\">"
        guard let caption = tag.attributes["caption"] ?? tag.attributes["title"], !caption.isEmpty else { return image }
        return "<figure>" + image + "<figcaption>" + escaped(caption) + "</figcaption></figure>"
    }

    /// The link a component shows (Starlight's `<LinkCard title="Guide" href="/guide/"
    /// description="…" />`, `<LinkButton>`, a card with `to:`): `[Guide](/guide/) : …`, checked
    /// as any link; `nil` for a component with no address and text.
    static func link(of tag: JSXTag) -> String? {
        guard let href = tag.attributes["href"] ?? tag.attributes["to"] ?? tag.attributes["link"], !href.isEmpty,
            let text = tag.attributes["title"] ?? tag.attributes["label"] ?? tag.attributes["text"], !text.isEmpty
        else { return nil }
        let description = tag.attributes["description"].map { $0.isEmpty ? "" : " : " + $0.markdownEscaped } ?? ""
        return "[\(text.markdownEscaped)](\(href.markdownDestination))" + description
    }

    /// The components that are callouts, and the type of each when its `type` does not say it:
    /// Starlight's `<Aside>`, Nextra's `<Callout>`, Docusaurus' `<Admonition>`, and those named
    /// after their type (`<Warning>`, Mintlify's).
    static let calloutComponents: [String: String] = [
        "Aside": "note", "Callout": "note", "Admonition": "note", "Note": "note", "Tip": "tip", "Info": "info", "Warning": "warning",
        "Danger": "danger", "Caution": "caution", "Important": "important",
    ]

    /// The components whose `title` heads what they hold (Starlight's and Mintlify's `<Card>`,
    /// Mintlify's `<Step>`, `<Accordion>`, `<Tab>`); another's (`<CodeBlock title="a.js">`) is no heading.
    static let titledComponents: Set<String> = ["Card", "Step", "Accordion", "Tab"]

    /// The components this rewrite reads (tabs, imported images): never reduced to their tag.
    private static let readComponents: Set<String> = ["Tabs", "TabItem", "img", "Image"]

    /// The component whose tag starts at `column` of line `line` (`<Name`, a capital first), when
    /// its props hold JSX expressions or go on over the next lines: its name, the line its tag
    /// ends on (`/>` or `>` outside braces and quotes, with nothing after it) and whether it
    /// closes itself; `nil` when it does not end so before a blank line, within 500 lines (a
    /// list of cards in its props runs over a hundred).
    private static func componentTag(in lines: [String], line: Int, column: Int) -> (String, Int, Bool)? {
        let first = lines[line].dropFirst(column)
        guard first.hasPrefix("<"), let initial = first.dropFirst().first, initial.isUppercase else { return nil }
        let name = String(first.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "." })
        var depth = 0
        var quote: Character?
        var previous: Character = " "
        for n in line..<min(lines.count, line + 500) {
            if n > line, lines[n].allSatisfy(\.isWhitespace) { return nil }
            let text = n == line ? first.dropFirst(1 + name.count) : Substring(lines[n])
            for (offset, c) in zip(text.indices, text) {
                defer { if !c.isWhitespace { previous = c } }
                if let open = quote {
                    if c == open { quote = nil }
                    continue
                }
                switch c {
                case "\"", "'", "`": quote = c
                case "{": depth += 1
                case "}": depth -= 1
                case ">" where depth == 0:
                    // `></LinkCard>`, as Prettier closes an empty component: one that closes itself.
                    let after = text[text.index(after: offset)...].trimmingCharacters(in: .whitespaces)
                    guard after.isEmpty || after == "</\(name)>" else { return nil }
                    return (name, n, previous == "/" || !after.isEmpty)
                default: break
                }
            }
        }
        return nil
    }

    /// A heading `line` whose last comment names its anchor (`## Titre {/* #telecharger */}`, as
    /// Docusaurus 3 writes an explicit id in MDX) with it as an attribute list, `{#telecharger}`;
    /// any other line as it is.
    static func headingAnchor(in line: String) -> String {
        guard line.drop(while: { $0 == " " }).hasPrefix("#"), let start = line.range(of: "{/*", options: .backwards)
        else { return line }
        let inner = line[start.upperBound...].trimmingCharacters(in: .whitespaces)
        guard inner.hasSuffix("*/}") else { return line }
        let id = inner.dropLast(3).trimmingCharacters(in: .whitespaces)
        guard id.count > 1, id.hasPrefix("#"), id.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return line }
        return line[..<start.lowerBound] + "{" + id + "}"
    }

    /// `line` without its `{/* … */}` comments, and whether one stays open at its end; a `{/*`
    /// after an odd number of backticks is in a code span, and is text.
    private static func removingComments(_ line: String) -> (String, Bool) {
        guard line.contains("{/*") else { return (line, false) }
        var out = ""
        var rest = Substring(line)
        while let start = rest.range(of: "{/*") {
            let before = rest[..<start.lowerBound]
            guard (out + before).filter({ $0 == "`" }).count.isMultiple(of: 2) else { return (out + rest, false) }
            out += before
            guard let end = rest[start.upperBound...].range(of: "*/}") else { return (out, true) }
            rest = rest[end.upperBound...]
        }
        return (out + rest, false)
    }

    /// Whether `text` may hold MDX: a line starting with `import `, `export ` or `<` and a capital,
    /// an image whose `src` is code (`<img src={…}`), or a `{/*` anywhere. One pass over its bytes: every page of a site goes through it.
    package static func mayHaveMDX(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var lineStart = true
            var afterIndent = true  // at a line's start or after its indent
            for i in bytes.indices {
                let byte = bytes[i]
                if lineStart, byte == UInt8(ascii: "i") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "<"),
                    mdxLineStarts.contains(where: { prefix in i + prefix.count <= bytes.count && bytes[i..<(i + prefix.count)].elementsEqual(prefix) }) {
                    return true
                }
                // `<NavFooter`: a component (a capital after `<`), whose tag may go on over lines.
                if lineStart, byte == UInt8(ascii: "<"), i + 1 < bytes.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[i + 1]) { return true }
                if byte == UInt8(ascii: "{"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "*") { return true }
                // An image whose `src` is code (`<img src={require('@site/static/img/a.gif').default} />`),
                // indented too (in a `<div>`): `<img ` and `={` on its line.
                if afterIndent, byte == UInt8(ascii: "<"), i + 5 <= bytes.count, bytes[i..<(i + 5)].elementsEqual("<img ".utf8) {
                    let end = bytes[i...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
                    if bytes[i..<end].indices.dropLast().contains(where: { bytes[$0] == UInt8(ascii: "=") && bytes[$0 + 1] == UInt8(ascii: "{") }) { return true }
                }
                lineStart = byte == UInt8(ascii: "\n")
                afterIndent = lineStart || (afterIndent && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")))
            }
            return false
        }
    }

    /// What starts a line of MDX: an ESM statement or a tab component (the first bytes of each
    /// are checked first: `i`, `e`, `<`).
    private static let mdxLineStarts: [[UInt8]] = [Array("import ".utf8), Array("export ".utf8), Array("<Tab".utf8)]

    /// An ESM statement at the start of a line.
    struct ESMStatement {
        enum Kind {
            /// `import capture from './capture.png'`: an image bound to a name.
            case image(name: String, path: String)
            case other
        }
        var kind: Kind = .other
        /// Whether it ends on its line; else it goes on to its closing line or a blank line.
        var isComplete = true

        static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]

        init?(_ line: String) {
            if line.hasPrefix("export ") {
                let word = line.dropFirst("export ".count).prefix { $0.isLetter }
                guard ["const", "let", "var", "function", "default", "class", "async"].contains(String(word)) else { return nil }
                // Code, not prose (« export default est le mot-clé… »): `=`, `(`, `{` or a final `;`.
                let code = line.trimmingWhitespace
                guard code.contains(where: { $0 == "=" || $0 == "(" || $0 == "{" }) || code.hasSuffix(";") else { return nil }
                isComplete = line.trimmingWhitespace.hasSuffix(";")
                return
            }
            guard line.hasPrefix("import ") else { return nil }
            let rest = line.dropFirst("import ".count).drop { $0 == " " }
            guard let first = rest.first, first == "{" || first == "*" || first == "'" || first == "\"" || first.isLetter || first == "_" else {
                return nil
            }
            if first == "'" || first == "\"" { return }  // `import './style.css';`
            guard let from = rest.range(of: " from ") else {
                // `import {` continued on the next lines
                guard first == "{", !rest.contains("}") else { return nil }
                isComplete = false
                return
            }
            let name = String(rest[..<from.lowerBound]).trimmingWhitespace
            var source = String(rest[from.upperBound...]).trimmingWhitespace
            if source.hasSuffix(";") { source.removeLast() }
            guard let quote = source.first, quote == "'" || quote == "\"", source.last == quote, source.count >= 2 else { return nil }
            let path = String(source.dropFirst().dropLast())
            let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            if Self.imageExtensions.contains(ext), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }) {
                kind = .image(name: name, path: path)
            }
        }
    }

    /// A JSX tag alone on its line: `<TabItem value="a" label="A" default>`, `</Tabs>`,
    /// `<img src={capture} />`, its string attributes and its `{name}` expressions.
    struct JSXTag {
        var name: String
        var isClosing: Bool
        var attributes: [String: String] = [:]
        var expressions: [String: String] = [:]
        /// Whether nothing follows the tag on its line.
        var isAlone: Bool
        /// Whether it ends with `/>`, holding nothing.
        var closesItself = false

        init?(_ text: Substring) {
            guard text.hasPrefix("<") else { return nil }
            var rest = text.dropFirst()
            isClosing = rest.hasPrefix("/")
            if isClosing { rest = rest.dropFirst() }
            let name = rest.prefix { $0.isLetter || $0.isNumber }
            guard let initial = name.first, initial.isUppercase || name == "img" else { return nil }
            self.name = String(name)
            rest = rest.dropFirst(name.count)
            while true {
                rest = rest.drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("/>") || rest.hasPrefix(">") {
                    closesItself = rest.hasPrefix("/>")
                    isAlone = rest.drop { $0 == "/" }.dropFirst().allSatisfy { $0 == " " || $0 == "\t" }
                    return
                }
                let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                guard !key.isEmpty else { return nil }
                rest = rest.dropFirst(key.count)
                guard rest.hasPrefix("=") else { continue }  // `default`, a flag
                rest = rest.dropFirst()
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    guard let close = rest.dropFirst().firstIndex(of: quote) else { return nil }
                    attributes[String(key)] = String(rest[rest.index(after: rest.startIndex)..<close])
                    rest = rest[rest.index(after: close)...]
                } else if rest.first == "{" {
                    // `{capture}`, `{{ flex: 1 }}`: up to the brace that closes the first.
                    var depth = 0
                    guard let close = rest.firstIndex(where: { c in
                        if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
                        return depth == 0
                    }) else { return nil }
                    expressions[String(key)] = String(rest[rest.index(after: rest.startIndex)..<close]).trimmingWhitespace
                    rest = rest[rest.index(after: close)...]
                } else {
                    return nil
                }
            }
        }
    }
}
