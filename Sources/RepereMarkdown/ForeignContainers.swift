import Foundation
import RepereSupport

/// The containers of other documentation tools, rewritten into the Markdown Repère renders, so a
/// repository brought over from VuePress, Docusaurus or GitBook shows them as intended instead of
/// as text:
///
/// - `::: tip|info|note|warning|danger|caution|important|details [title]` … `:::` (VuePress,
///   Docusaurus admonitions, whose title may be in brackets: `:::note[Titre]`) and GitBook's
///   `{% hint style="info|success|warning|danger" %}` … `{% endhint %}` become callouts
///   (`> [!TIP] title`);
/// - GitBook's `{% tabs %}`, `{% tab title="…" %}` become a heading per tab, one level below the
///   heading before them; `{% embed url="…" %}` a link; `{% content-ref %}` keeps the link it wraps;
///   `{% page-ref page="…" %}` (GitBook's older card) is a link to the page, shown with its title;
///   `{% code title="…" %}` … `{% endcode %}` the code block it wraps, after its title in a code
///   span; `{% file src="…" %}` (with a caption then `{% endfile %}`, or alone) a link to the
///   file, named by its caption or else its file name;
/// - MkDocs' admonitions, `!!! note "Titre"` (or `??? note`, collapsible) followed by lines
///   indented by four spaces, become callouts too, and its content tabs (`=== "Windows"`) a
///   heading per tab, nested blocks included (``mkdocsBlock(at:in:headingLevel:nesting:)``); its
///   abbreviations (`*[SIG]: …`) are taken out of the text and returned;
/// - pymdownx's blocks, `/// note | Titre` … `///`, `/// details | Titre` (with `type: warning`
///   on an indented line after it) and `/// admonition | Titre` become callouts too, `/// tab |
///   Windows` a heading, and `/// html | div` and `/// caption` leave their text as it is
///   (``PyMdownBlock``);
/// - anything else of that shape is left as it is and reported (`markdown.unknown-directive`).
///
/// Every line keeps its number (a line a Hugo shortcode shares with text becomes several, each
/// mapped back to it), and the columns each line gained or lost at its start (`> ` per callout
/// level, MkDocs' four-space indent) are recorded, so the parser reports positions in the text
/// as written.
package enum ForeignContainers {
    /// A directive that is not understood, at its line and column (1-based, in the text).
    package struct Unknown: Sendable, Hashable {
        package var line: Int
        package var column: Int
        package var directive: String
        /// Whether it is left out of the page (a Hugo shortcode alone on its line) rather than
        /// shown as written.
        package var isLeftOut = false
        /// How many times the page uses it (a Hugo shortcode is reported once per page).
        package var uses = 1
        /// Whether it is a component holding text that is shown (`<Steps>…</Steps>`), not one closing itself.
        package var holdsContent = false
    }

    static let admonitions: [String: CalloutKind] = [
        "tip": .tip, "success": .tip, "info": .note, "note": .note, "details": .note, "important": .important,
        "warning": .warning, "danger": .caution, "caution": .caution, "error": .caution,
        // MkDocs Material's other types
        "abstract": .note, "summary": .note, "tldr": .note, "todo": .note, "question": .note, "help": .note, "faq": .note,
        "hint": .tip, "check": .tip, "done": .tip, "attention": .warning, "failure": .caution, "fail": .caution,
        "missing": .caution, "bug": .caution, "example": .note, "quote": .note, "cite": .note,
    ]

    /// A page's text rewritten.
    package struct Rewritten: Sendable, Equatable {
        package var text: String
        /// The directives it did not understand.
        package var unknown: [Unknown]
        /// For each line (index 0 for line 1), the columns added at its start (negative when
        /// some were removed); empty when no line moved.
        package var columnShifts: [Int]
        /// The lines (index 0 for line 1) a rewrite changed inside, and where their columns were
        /// written (their shift is then 0).
        package var columnMaps: [Int: ColumnMap] = [:]
        /// MkDocs' abbreviations defined in the text (`*[SIG]: Système d’information
        /// géographique`), whose lines are left empty.
        package var abbreviations: [String: String] = [:]
        /// For each line (index 0 for line 1), the line of the text as written it comes from
        /// (a Hugo shortcode inside a line puts what follows it on a line of its own); empty when
        /// every line kept its number.
        package var writtenLines: [Int] = []
    }

    /// `text` rewritten, the directives it did not understand, and how far each line moved.
    package static func rewrite(_ text: String) -> Rewritten {
        // Most pages have none: a byte scan decides.
        guard mayRewrite(text) else { return Rewritten(text: text, unknown: [], columnShifts: []) }
        let original = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rewritten = rewrite(lines: original.map(String.init), headingLevel: 1, nesting: 0)
        var lines: [Substring] = [], writtenLines: [Int] = [], shifts: [Int] = [], maps: [Int: ColumnMap] = [:]
        for (index, (line, written)) in zip(rewritten.lines, original).enumerated() {
            guard line.contains("\n") else {
                // A rewritten line moved by what its start gained or lost (`> `, MkDocs' indent),
                // or was changed inside (a wiki link, `::: tip Titre` turned into `> [!TIP] Titre`).
                if line != written, let map = ColumnMap(rewritten: Substring(line), written: written) {
                    maps[lines.count] = map
                    shifts.append(0)
                } else {
                    shifts.append(line.unicodeScalars.last == written.unicodeScalars.last ? line.unicodeScalars.count - written.unicodeScalars.count : 0)
                }
                lines.append(Substring(line))
                writtenLines.append(index + 1)
                continue
            }
            for piece in line.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(piece)
                writtenLines.append(index + 1)
                shifts.append(columnShift(of: piece, cutFrom: written))
            }
        }
        return Rewritten(
            text: lines.joined(separator: "\n"), unknown: countingRepeatedShortcodes(rewritten.unknown),
            columnShifts: shifts.contains { $0 != 0 } ? shifts : [], columnMaps: maps, abbreviations: rewritten.abbreviations,
            writtenLines: writtenLines.count == original.count ? [] : writtenLines)
    }

    /// The columns `piece`, one of the lines a line `written` became, gained at its start: its
    /// text after its `> ` and indent is found in `written` at the start, after a shortcode's `}}`
    /// or after a definition's `:` (``DefinitionLists``); 0 when not.
    static func columnShift(of piece: Substring, cutFrom written: Substring) -> Int {
        let start = piece.prefix { $0 == ">" || $0 == " " || $0 == "\t" }
        let text = piece.dropFirst(start.count)
        guard !text.isEmpty else { return 0 }
        var from = written.startIndex
        while let found = written[from...].range(of: text) {
            let before = written[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
            if before.isEmpty || before.hasSuffix("}}") || before == ":" {
                return start.unicodeScalars.count - written.unicodeScalars.distance(from: written.startIndex, to: found.lowerBound)
            }
            from = written.index(after: found.lowerBound)
        }
        return 0
    }

    /// `prefix` before each of the lines `line` holds (``HugoShortcode/edges(of:indent:)`` puts
    /// the text after a shortcode on a line of its own).
    static func prefixing(_ prefix: String, to line: String) -> String {
        prefix + (line.contains("\n") ? line.replacingOccurrences(of: "\n", with: "\n" + prefix) : line)
    }

    /// `unknown` with each Hugo shortcode reported once, at its first use, counting its uses; shown
    /// as text when one of its uses is.
    static func countingRepeatedShortcodes(_ unknown: [Unknown]) -> [Unknown] {
        var result: [Unknown] = []
        var firstUse: [String: Int] = [:]  // a shortcode's name: its index in `result`
        for found in unknown {
            guard let name = HugoShortcode(in: found.directive, at: found.directive.startIndex)?.name else {
                result.append(found)
                continue
            }
            if let index = firstUse[name] {
                result[index].uses += 1
                // Shown as text anywhere in the page, it is reported so: that is what readers see.
                result[index].isLeftOut = result[index].isLeftOut && found.isLeftOut
            } else {
                firstUse[name] = result.count
                result.append(found)
            }
        }
        return result
    }

    /// `lines` rewritten, after a heading of `headingLevel` (the level a tab's heading is below),
    /// inside `nesting` MkDocs blocks; the directives not understood, and the abbreviations defined.
    static func rewrite(
        lines: [String], headingLevel: Int, nesting: Int
    ) -> (lines: [String], unknown: [Unknown], abbreviations: [String: String]) {
        let hasTemplates = lines.contains(where: mayHaveTemplates)
        // Read before its directives are rewritten: whether MyST's `%` lines are comments anywhere.
        let isMyST = nesting == 0 && lines.contains(where: MySTLines.isCandidate) && MySTLines.isMyST(lines)
        var lines = hasTemplates && nesting == 0 ? joiningMultilineShortcodes(lines) : lines
        // Lines of HTML blocks, where an indent makes no code: their templates are read.
        let htmlLines = hasTemplates && nesting == 0 ? HTMLBlockContinuation.blockLines(lines) : []
        var unknown: [Unknown] = []
        var open: [Container] = []  // innermost last
        var fence: String?
        var headingLevel = headingLevel
        var tabs = TabLevel()
        var tabHeadings: [Int: String] = [:]  // the lines given a tab's heading, and its title
        var skipUntil = 0  // the lines of a MkDocs block, rewritten with it
        var abbreviations: [String: String] = [:]
        var inFileCaption = false  // GitBook: the lines between `{% file %}` and `{% endfile %}`
        var outline = IndentOutline()
        var inHighlight = false  // the code block of Hugo's `{{< highlight >}}`, Jekyll's `{% highlight %}`
        var liquid: LiquidBlock?  // Jekyll's `{% raw %}` or `{% comment %}` lines
        var mdxBlock: String?  // the run of an open ```` ```mdx-code-block ````, whose lines are the page's
        var textOpeners = 0  // the `:::` openers read as text, past ``containerNesting``: their ends are text too
        var stepper: (level: Int, steps: Int)?  // GitBook's `{% stepper %}`: its steps' heading level, the steps so far
        var stepHeading: (line: Int, text: String)?  // a step's heading, rewritten numbered
        for i in lines.indices {
            if i < skipUntil { continue }
            if let heading = stepHeading, heading.line == i {
                lines[i] = heading.text
                stepHeading = nil
            }
            var line = lines[i]
            let depth = open.filter(\.isCallout).count
            // In a callout opened in a list item (`   ::: tip`), its lines are read from the callout's
            // indent, and its `> ` written there: the callout stays in the item.
            let margin = open.reduce(0) { $0 + ($1.isCallout ? $1.indent : 0) }
            if margin > 0 { line = String(line.dropFirst(min(margin, line.prefix { $0 == " " }.count))) }
            let prefix = Self.quotePrefix(open)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.distance(from: line.startIndex, to: trimmed.startIndex)
            let inIndentedCode = indent >= 4 && !outline.holdsContainer(below: indent) && !htmlLines.contains(i)
            if !trimmed.isEmpty { outline.add(indent: indent, container: isListItem(trimmed) || MkDocsOpener(trimmed) != nil) }
            if inFileCaption {
                // The caption is the link's text already.
                inFileCaption = Tag(String(trimmed))?.name != "endfile"
                lines[i] = prefix
                continue
            }
            if let block = liquid {
                if trimmed.hasPrefix("{%"), let tag = Tag(String(trimmed)), tag.name == (block == .raw ? "endraw" : "endcomment") {
                    liquid = nil
                    lines[i] = prefix
                } else {
                    lines[i] = block == .raw ? prefix + line : prefix
                }
                continue
            }
            if let marker = fence {
                if inHighlight, trimmed.hasPrefix("{%"), Tag(String(trimmed))?.name == "endhighlight" {
                    (fence, inHighlight) = (nil, false)
                    lines[i] = prefix + "```\n" + prefix
                    continue
                }
                if inHighlight, let shortcode = HugoShortcode.alone(on: trimmed), shortcode.isClosing, hugoShortcodes[shortcode.name] == .highlight {
                    (fence, inHighlight) = (nil, false)
                    lines[i] = prefix + "```"
                    continue
                }
                // A closing fence is a run as long at least, and nothing else (```` ```{r} ```` opens no fence
                // inside one: geotribu's R Markdown examples).
                let run = trimmed.prefix { $0 == marker.first }
                if !inHighlight, run.count >= marker.count, trimmed.dropFirst(run.count).allSatisfy(\.isWhitespace) { fence = nil }
                lines[i] = prefix + (hasTemplates ? inlineTemplates(line, inCode: true).line : line)
                continue
            }
            if let run = mdxBlock, indent <= 3, trimmed.hasPrefix(run), trimmed.dropFirst(run.count).allSatisfy({ $0 == run.first || $0 == " " }) {
                mdxBlock = nil
                lines[i] = prefix
                continue
            }
            if indent <= 3, let run = MarkdownFence.opening(trimmed), trimmed.dropFirst(run.count).trimmingCharacters(in: .whitespaces) == "mdx-code-block" {
                // Docusaurus' ```` ```mdx-code-block ```` holds MDX shown as content, not as code.
                mdxBlock = String(run)
                lines[i] = prefix
                continue
            }
            if indent <= 3, let last = open.last, !last.fence.isEmpty, Self.isClosingFence(String(trimmed), run: last.fence) {
                open.removeLast()
                lines[i] = Self.quotePrefix(open)
                continue
            }
            if indent <= 3, let run = MarkdownFence.opening(trimmed), let directive = MySTDirective(info: trimmed.dropFirst(run.count)),
                open.count < Self.containerNesting
            {
                // MyST (Sphinx): ```` ```{note} ````, its options first.
                let options = Self.mystOptions(after: i, in: lines)
                let pad = String(line.prefix(indent)), run = String(run)
                if directive.meaning != .unknown {
                    for k in (i + 1)..<options.end { lines[k] = prefix }
                    skipUntil = options.end
                }
                let heading = { String(repeating: "#", count: tabs.next(after: headingLevel)) }
                if directive.name == "tab-item", !directive.argument.isEmpty { tabHeadings[i] = directive.argument }
                switch directive.meaning {
                case .callout:
                    lines[i] = Self.mystFirstLine(directive, options: options.values, prefix: prefix, pad: pad, heading: heading)
                    for k in (i + 1)..<options.end { lines[k] = prefix + pad + "> " }
                    open.append(Container(kind: .callout, indent: indent, fence: run))
                case .leftOut:
                    let end = Self.mystClosing(of: run, after: i, in: lines) ?? lines.count - 1
                    for k in i...end { lines[k] = prefix }
                    skipUntil = end + 1
                case .code(let language):
                    lines[i] = prefix
                    lines[options.end - 1] = prefix + pad + run + language
                    fence = run
                case .image, .plain, .titled, .textOf:
                    lines[i] = Self.mystFirstLine(directive, options: options.values, prefix: prefix, pad: pad, heading: heading)
                    open.append(Container(kind: .plain, fence: run))
                    if directive.meaning == .textOf {
                        unknown.append(Unknown(line: i + 1, column: indent + 1, directive: "```{\(directive.name)}", holdsContent: true))
                    }
                case .unknown:
                    // Shown as the code block it is written as, and reported.
                    unknown.append(Unknown(line: i + 1, column: indent + 1, directive: "```{\(directive.name)}"))
                    fence = run
                    lines[i] = prefix + pad + run
                }
                continue
            }
            if indent <= 3, let run = MarkdownFence.opening(trimmed) {
                fence = String(run)
                lines[i] = prefix + line
                if let titled = CodeFenceTitle(info: trimmed.dropFirst(run.count)) {
                    // Its title above it: a code group's tab heading, else the title as code after a blank line.
                    let head = titled.isLabel && open.last?.kind == .vueTabs
                        ? String(repeating: "#", count: tabs.next(after: headingLevel)) + " " + titled.title
                        : "\n" + prefix + line.prefix(indent) + titled.title.markdownCodeSpan
                    lines[i] = prefix + line.prefix(indent) + head + "\n" + prefix + line.prefix(indent) + run + titled.info
                }
                continue
            }
            if !inIndentedCode, trimmed.hasPrefix(":::") {
                let rest = trimmed.drop { $0 == ":" }.drop { $0 == " " }
                // MyST's colon fences: `:::{note}`, `:::{admonition} Le titre`.
                let myst = MySTDirective(info: rest)
                let name = myst?.name ?? rest.prefix { $0.isLetter || $0 == "-" }.lowercased()
                // Past `containerNesting` open containers, a `:::` and its end are text: each line
                // writes a `> ` per container, so thousands nested would cost their square.
                if !name.isEmpty, open.count >= Self.containerNesting || textOpeners > 0 {
                    textOpeners += 1
                    lines[i] = prefix + line
                    continue
                }
                if name.isEmpty, textOpeners > 0 {
                    textOpeners -= 1
                    lines[i] = prefix + line
                    continue
                }
                if name.isEmpty {
                    if let index = open.lastIndex(where: { $0.kind != .tabs }) {
                        let last = open.remove(at: index)
                        if last.kind == .vueTabs, let level = tabs.end() { headingLevel = level }
                        lines[i] = last.kind == .callout ? Self.quotePrefix(open) : (last.kind == .unknown ? line : "")
                    } else {
                        lines[i] = prefix + line
                    }
                } else if let myst, myst.meaning != .unknown {
                    let options = Self.mystOptions(after: i, in: lines)
                    let pad = String(line.prefix(indent))
                    for k in (i + 1)..<options.end { lines[k] = prefix }
                    skipUntil = options.end
                    let closing = Self.colonClosing(of: trimmed.prefix { $0 == ":" }.count, after: i, in: lines)
                    let heading = { String(repeating: "#", count: tabs.next(after: headingLevel)) }
                    if myst.name == "tab-item", !myst.argument.isEmpty { tabHeadings[i] = myst.argument }
                    switch myst.meaning {
                    case .callout:
                        lines[i] = Self.mystFirstLine(myst, options: options.values, prefix: prefix, pad: pad, heading: heading)
                        for k in (i + 1)..<options.end { lines[k] = prefix + pad + "> " }
                        open.append(Container(kind: .callout, indent: indent))
                    case .leftOut:
                        // `:::{toctree}`: the navigation, which the site's menus give.
                        let end = closing ?? lines.count - 1
                        for k in i...end { lines[k] = prefix }
                        skipUntil = end + 1
                    case .code(let language):
                        // Its lines are code, between fences that no line of it closes.
                        let end = closing ?? lines.count
                        let run = Self.fence(around: lines[options.end..<end])
                        lines[i] = prefix
                        lines[options.end - 1] = prefix + pad + run + language
                        if end < lines.count { lines[end] = prefix + pad + run }
                        fence = run
                    default:
                        lines[i] = Self.mystFirstLine(myst, options: options.values, prefix: prefix, pad: pad, heading: heading)
                        open.append(Container(kind: .plain))
                        if myst.meaning == .textOf { unknown.append(Unknown(line: i + 1, column: indent + 1, directive: ":::{\(myst.name)}", holdsContent: true)) }
                    }
                } else if let kind = admonitions[name] {
                    var title = String(rest.dropFirst(name.count)).trimmingWhitespace
                    // A directive's attributes (`:::tip{icon="heart"}`, Starlight's) are no title.
                    if title.hasPrefix("{"), let close = title.firstIndex(of: "}") { title = String(title[title.index(after: close)...]).trimmingWhitespace }
                    if title.hasSuffix("}"), let open = title.lastIndex(of: "{"), title[..<open].hasSuffix("]") { title = String(title[..<open]) }
                    if title.hasPrefix("["), title.hasSuffix("]") { title = String(title.dropFirst().dropLast()) }  // Docusaurus 3: `:::tip[Titre]`
                    lines[i] = prefix + line.prefix(indent) + "> [!\(kind.rawValue.uppercased())]" + (title.isEmpty ? "" : " " + title)
                    open.append(Container(kind: .callout, indent: indent))
                } else if name == "v-pre" || name == "slot" {
                    // VuePress' `::: v-pre` only stops Vue reading `{{ }}`, and `::: slot nom` gives
                    // a custom layout its text: the text is as written.
                    lines[i] = prefix
                    open.append(Container(kind: .plain))
                } else if ["tabs", "code-tabs", "code-group"].contains(name) {
                    // VuePress theme-hope's `:::: tabs#os` (its tabs `@tab Windows#win`), VitePress'
                    // `::: code-group`: each tab's content in turn, under its title.
                    lines[i] = prefix
                    open.append(Container(kind: .vueTabs))
                } else {
                    unknown.append(Unknown(line: i + 1, column: indent + 1, directive: ":::" + name))
                    open.append(.unknown)
                }
                continue
            }
            if indent <= 3, trimmed.hasPrefix("@tab"), open.last?.kind == .vueTabs, let title = Self.vueTabTitle(String(trimmed)) {
                lines[i] = title.isEmpty ? prefix : prefix + String(repeating: "#", count: tabs.next(after: headingLevel)) + " " + title
                tabHeadings[i] = title
                continue
            }
            if indent <= 3, trimmed.hasPrefix("///"), let block = PyMdownBlock(trimmed) {
                switch block {
                case .end(let slashes):
                    guard let index = open.lastIndex(where: { $0.slashes == slashes }) else {
                        lines[i] = prefix + line
                        break
                    }
                    let closed = open[index...]
                    open.removeSubrange(index...)
                    lines[i] = closed.contains { $0.kind == .unknown } ? prefix + line : Self.quotePrefix(open)
                case .start where open.count >= Self.containerNesting:
                    lines[i] = prefix + line  // past `containerNesting`, text
                case .start(let slashes, let name, let title):
                    let options = PyMdownBlock.options(after: i, in: lines)
                    let kind = PyMdownBlock.callout(name, type: options.type)
                    for option in options.lines { lines[option] = kind == nil ? prefix : prefix + "> " }
                    skipUntil = options.lines.upperBound
                    if let kind {
                        lines[i] = prefix + "> [!\(kind.rawValue.uppercased())]" + (title.isEmpty ? "" : " " + title)
                        open.append(Container(kind: .callout, slashes: slashes))
                    } else if ["tab", "html", "caption"].contains(name) {
                        lines[i] = prefix + (name == "tab" && !title.isEmpty ? String(repeating: "#", count: tabs.next(after: headingLevel)) + " " + title : "")
                        if name == "tab" { tabHeadings[i] = title }
                        open.append(Container(kind: .plain, slashes: slashes))
                    } else {
                        unknown.append(Unknown(line: i + 1, column: indent + 1, directive: "/// " + name))
                        lines[i] = prefix + line
                        open.append(Container(kind: .unknown, slashes: slashes))
                    }
                }
                continue
            }
            if nesting < mkdocsNesting, !inIndentedCode, let block = mkdocsBlock(at: i, in: lines, headingLevel: headingLevel, nesting: nesting) {
                for (offset, rewritten) in block.lines.enumerated() { lines[i + offset] = prefixing(prefix, to: rewritten) }
                unknown += block.unknown
                abbreviations.merge(block.abbreviations) { first, _ in first }
                skipUntil = i + block.lines.count
                continue
            }
            if open.allSatisfy({ $0.kind == .tabs }), indent == 0, let (abbreviation, expansion) = abbreviationDefinition(trimmed) {
                abbreviations[abbreviation] = expansion
                lines[i] = ""
                continue
            }
            if indent <= 3, let video = Self.youTubeTag(trimmed) {
                // GitBook 3's youtube plugin, `{% youtube %}https://…{% endyoutube %}`: a link, as an embed is.
                lines[i] = prefix + line.prefix(indent) + markdownLink("Vidéo : " + host(of: video), to: video)
                continue
            }
            if indent <= 3, trimmed.hasPrefix("{% @mermaid/diagram"), let diagram = Self.mermaidDiagram(at: i, in: lines) {
                // GitBook's Mermaid integration: its source as a `mermaid` code block, as a fence is shown.
                let pad = prefix + line.prefix(indent)
                lines[i] = ([pad + "```mermaid"] + diagram.source.map { pad + $0 } + [pad + "```"]).joined(separator: "\n")
                for k in (i + 1)..<diagram.end { lines[k] = "" }
                skipUntil = diagram.end
                continue
            }
            if indent <= 3, trimmed.hasPrefix("{%"), let tag = Tag(String(trimmed)) {
                switch tag.name {
                case "hint" where open.count >= Self.containerNesting:
                    lines[i] = prefix + line  // past `containerNesting`, text
                case "hint":
                    let kind = admonitions[tag.arguments["style"] ?? "info"] ?? .note
                    lines[i] = prefix + "> [!\(kind.rawValue.uppercased())]"
                    open.append(.callout)
                case "endhint":
                    if open.last?.isCallout == true { open.removeLast() }
                    lines[i] = Self.quotePrefix(open)
                case "tab":
                    let title = tag.arguments["title"] ?? ""
                    lines[i] = title.isEmpty ? prefix : prefix + String(repeating: "#", count: tabs.next(after: headingLevel)) + " " + title
                    tabHeadings[i] = title
                case "stepper":
                    stepper = (level: min(6, headingLevel + 1), steps: 0)
                    lines[i] = prefix
                case "step" where stepper != nil:
                    // GitBook's numbered step: its heading one level below the heading before the
                    // stepper, or « Étape n » when it has none.
                    stepper!.steps += 1
                    let n = stepper!.steps, level = String(repeating: "#", count: stepper!.level)
                    let next = lines[(i + 1)...].firstIndex { !$0.allSatisfy(\.isWhitespace) }
                    if let next, let heading = Self.atxHeadingText(lines[next]) {
                        lines[i] = prefix
                        stepHeading = (next, level + " " + heading)  // not numbered: links keep its anchor
                    } else {
                        lines[i] = prefix + level + " Étape \(n)"
                    }
                case "endstepper":
                    stepper = nil
                    lines[i] = prefix
                case "update":
                    // GitBook's dated entry of a changelog (`{% updates %}`): its date, then its content.
                    let date = tag.arguments["date"].map { date in
                        let parts = date.split(separator: "-")
                        return parts.count == 3 && parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) ? "\(parts[2])/\(parts[1])/\(parts[0])" : date
                    }
                    lines[i] = prefix + (date.map { "*" + $0.markdownEscaped + "*" } ?? "")
                case "updates", "endupdates", "endupdate":
                    lines[i] = prefix
                case "endtabs":
                    if let level = tabs.end() { headingLevel = level }
                    lines[i] = prefix
                case "tabs", "endtab", "endembed", "content-ref", "endcontent-ref",
                    // GitBook's columns: their content in order.
                    "step", "endstep", "columns", "endcolumns", "column", "endcolumn":
                    lines[i] = prefix
                case "embed", _ where tag.name.hasPrefix("@") && tag.arguments["url"] != nil:
                    // `{% embed url="…" %}`, and an integration's (`{% @arcade/embed url="…" %}`): a link.
                    lines[i] = prefix + line.prefix(indent)
                        + (tag.arguments["url"].map { markdownLink("Contenu externe : " + host(of: $0), to: $0) } ?? "")
                case "page-ref":
                    // GitBook's older page card: a link named by its file, which shows the page's title.
                    lines[i] = prefix + line.prefix(indent)
                        + (tag.arguments["page"].map { markdownLink($0.split(separator: "/").last.map(String.init) ?? $0, to: $0) } ?? "")
                case "code":
                    // An empty title is none (not two backticks).
                    lines[i] = prefix + line.prefix(indent) + (tag.arguments["title"].flatMap { $0.isEmpty ? nil : $0.markdownCodeSpan } ?? "")
                case "endcode", "endfile":
                    lines[i] = prefix
                case "file":
                    let caption = fileCaption(after: i, in: lines)
                    inFileCaption = caption != nil
                    let source = tag.arguments["src"] ?? ""
                    let name = source.split(separator: "/").last.map(String.init) ?? source
                    lines[i] = prefix + line.prefix(indent) + markdownLink(caption.flatMap { $0.isEmpty ? nil : $0 } ?? name, to: source)
                default:
                    if let rewritten = liquidLine(
                        tag, written: trimmed, prefix: prefix + line.prefix(indent), block: &liquid, fence: &fence, inHighlight: &inHighlight) {
                        lines[i] = rewritten
                    } else if !htmlLines.contains(i) {  // in an HTML block (a `<pre>`'s Twig example), text
                        unknown.append(Unknown(line: i + 1, column: indent + 1, directive: "{% \(tag.name) %}"))
                    }
                }
                continue
            }
            if hasTemplates, trimmed == "<--->" {
                lines[i] = prefix  // Hugo Book's separator of `{{< columns >}}`: their content in order
                continue
            }
            if hasTemplates, !inIndentedCode, let shortcode = HugoShortcode.alone(on: trimmed) {
                let prefix = prefix + line.prefix(indent)  // in a list item, it stays there
                if hugoShortcodes[shortcode.name] == .highlight, !shortcode.isClosing {
                    (fence, inHighlight) = ("```", true)
                    lines[i] = prefix + "```" + (shortcode.name == "mermaid" ? "mermaid" : shortcode.positional.first ?? "")
                } else if let rewritten = hugoBlock(shortcode, prefix: prefix, open: &open, tabs: &tabs, headingLevel: &headingLevel) {
                    // In an HTML block (`<div>`, then `{{< figure >}}`), the image, link or card
                    // it stands for is a block of its own between blank lines: the HTML block
                    // would otherwise hold its Markdown, shown as text.
                    let isLeaf = [.figure, .video, .card].contains(hugoShortcodes[shortcode.name]) && !shortcode.isClosing
                    lines[i] = isLeaf && htmlLines.contains(i) && rewritten != prefix ? "\n" + rewritten + "\n" : rewritten
                    if hugoShortcodes[shortcode.name] == .tab, !shortcode.isClosing { tabHeadings[i] = String(rewritten.drop { $0 != "#" }.drop { $0 == "#" }).trimmingWhitespace }
                } else {
                    if !shortcode.isClosing { unknown.append(Unknown(line: i + 1, column: indent + 1, directive: shortcode.written, isLeftOut: true)) }
                    lines[i] = prefix
                }
                continue
            }
            if hasTemplates, !inIndentedCode, let edges = HugoShortcode.edges(of: line, indent: indent) {
                // Each shortcode on a line of its own, and the text on its own between them: the
                // lines the rewritten text gains are mapped back to this one.
                let indentText = line.prefix(indent)
                func block(_ shortcode: HugoShortcode) -> String {
                    let prefix = Self.quotePrefix(open) + indentText
                    if hugoShortcodes[shortcode.name] == .highlight, !shortcode.isClosing, shortcode.range.upperBound == line.endIndex {
                        // The last on its line, `{{< highlight diff >}}` opens the code that follows.
                        (fence, inHighlight) = ("```", true)
                        return prefix + "```" + (shortcode.name == "mermaid" ? "mermaid" : shortcode.positional.first ?? "")
                    }
                    if let read = hugoBlock(shortcode, prefix: prefix, open: &open, tabs: &tabs, headingLevel: &headingLevel) { return read }
                    if hugoShortcodes[shortcode.name] == nil, !shortcode.isClosing {
                        unknown.append(Unknown(line: i + 1, column: line.distance(from: line.startIndex, to: shortcode.range.lowerBound) + 1,
                            directive: shortcode.written, isLeftOut: true))
                    }
                    return prefix
                }
                var pieces = edges.leading.map(block)
                if !edges.text.isEmpty {
                    let read = inlineTemplates(String(line[edges.text]), inCode: false)
                    let offset = line.distance(from: line.startIndex, to: edges.text.lowerBound)
                    unknown += read.unknown.map { Unknown(line: i + 1, column: offset + $0.column, directive: $0.directive) }
                    pieces.append(Self.quotePrefix(open) + indentText + read.line)
                }
                pieces += edges.trailing.map(block)
                lines[i] = pieces.joined(separator: "\n")
                continue
            }
            if hasTemplates {
                let read = inlineTemplates(line, inCode: inIndentedCode)
                unknown += read.unknown.map { Unknown(line: i + 1, column: $0.column, directive: $0.directive) }
                line = read.line
                lines[i] = line  // and its callouts' prefix below
            }
            if indent <= 3, depth == 0, !inIndentedCode, trimmed.hasPrefix("?> ") || trimmed.hasPrefix("!> ") {
                // Docsify's `?> conseil` and `!> important`: a callout of that paragraph.
                let margin = String(line.prefix(indent))
                lines[i] = margin + "> [!\(trimmed.first == "?" ? "TIP" : "IMPORTANT")]\n" + margin + "> " + line.dropFirst(indent + 3)
                continue
            }
            if indent <= 3, trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }.count
                if hashes <= 6, trimmed.dropFirst(hashes).first.map({ $0 == " " }) ?? true {
                    headingLevel = hashes
                    tabs.heading(hashes)
                }
            }
            if depth > 0 { lines[i] = prefix + line }
        }
        // A tab whose text opens with a heading of its own title (`{{< tab "Brouillons" >}}`, then
        // `## Brouillons`) is headed once, by the author's heading.
        for (i, title) in tabHeadings where !title.isEmpty {
            guard let next = lines[(i + 1)...].first(where: { !Self.quoteless($0).isEmpty }),
                let heading = Self.atxHeadingText(Self.quoteless(next)), heading.lowercased() == title.lowercased()
            else { continue }
            lines[i] = String(lines[i].prefix { $0 != "#" })  // its callouts' `> ` kept
        }
        if nesting == 0 {
            // A callout right under a line of HTML (`<br>`, then `!!! note`) comes after a blank
            // line: the HTML block would otherwise hold it, shown as text.
            for i in lines.indices.dropFirst() where lines[i].hasPrefix("> [!") {
                if let above = lines[i - 1].split(separator: "\n", omittingEmptySubsequences: false).last, above.first == "<" { lines[i] = "\n" + lines[i] }
            }
            lines = SpacedEmphasis.rewrite(SpacedLinkDestinations.rewrite(
                WikiLinks.rewrite(DefinitionLists.rewrite(KramdownCallouts.rewrite(TableOfContentsMarker.rewrite(
                    HTMLBlockContinuation.rewrite(KramdownExtensions.rewrite(lines))))))))
            if lines.contains(where: MySTLines.isCandidate) { lines = MySTLines.rewrite(lines, isMyST: isMyST) }
            if lines.contains(where: MySTRoles.mayHave) { lines = MySTRoles.rewrite(lines) }
        }
        return (lines, unknown, abbreviations)
    }

    /// How many containers (`::: tip`, `{% hint %}`…) may be open at once; a `:::` deeper is text.
    static let containerNesting = 32

    /// The most characters a template tag or shortcode (`{{< … >}}`, `{{ … }}`, `{% … %}`) spans on
    /// its line: its end is looked for no further (20,000 unclosed `{{<` on a line took seconds).
    static let maximumTagLength = 4096

    /// A container open around the lines read: `::: tip`, `{% hint %}` or a pymdownx block
    /// (`/// note`), which only a line of as many `/` closes.
    /// The level of tabs' headings: one below the heading before the first tab, and the same for
    /// the tabs after it until their group ends, whatever headings the tabs hold (`### Prérequis`
    /// in « Windows » leaves « macOS » its sibling); a heading shallower than the tabs' since the
    /// last one starts anew (tabs without a group, pymdownx's `/// tab`).
    struct TabLevel {
        private var last: Int?
        /// The shallowest heading since the last tab's heading.
        private var shallowest = 7

        mutating func heading(_ level: Int) { shallowest = min(shallowest, level) }

        /// The level of the next tab's heading, after a heading of `headingLevel`.
        mutating func next(after headingLevel: Int) -> Int {
            let level = last.flatMap { shallowest >= $0 ? $0 : nil } ?? min(6, headingLevel + 1)
            (last, shallowest) = (level, 7)
            return level
        }

        /// The group of tabs ends: the next tab starts one. Returns the level of the heading
        /// before the group, which the headings after it go on from.
        mutating func end() -> Int? {
            defer { last = nil }
            return last.map { $0 - 1 }
        }
    }

    struct Container: Equatable {
        /// `tabs`: Hugo tabs naming their tabs (Hextra's `{{< tabs items="macOS,Windows" >}}`);
        /// `vueTabs`: VuePress theme-hope's `::: tabs`, whose `@tab Titre` lines start each tab.
        enum Kind { case callout, unknown, plain, tabs, vueTabs }
        var kind: Kind
        /// The `/` of a pymdownx block's first line; 0 for the other containers.
        var slashes = 0
        /// The names of the tabs still to come, for `tabs`.
        var labels: [String] = []
        /// The columns before a callout opened in a list item (`   ::: tip`), from the margin of the
        /// callout around it: where its `> ` is written on its lines.
        var indent = 0
        /// The fence run that closes a MyST directive (```` ``` ````); empty for the others.
        var fence = ""

        static let callout = Container(kind: .callout), unknown = Container(kind: .unknown)
        var isCallout: Bool { kind == .callout }
    }

    /// GitBook's `{% @mermaid/diagram content="graph TD; …" %}` starting on line `start`, on one
    /// line or several: the diagram's source lines (its `"` inside left as they are), and the line
    /// after the tag's last; `nil` when the tag does not close within 500 lines.
    static func mermaidDiagram(at start: Int, in lines: [String]) -> (source: [String], end: Int)? {
        guard let end = lines[start...].prefix(500).firstIndex(where: { $0.contains("%}") }) else { return nil }
        let text = lines[start...end].joined(separator: "\n")
        guard let open = text.range(of: "content=\""), let close = text.range(of: "%}", options: .backwards, range: open.upperBound..<text.endIndex),
            let quote = text[open.upperBound..<close.lowerBound].lastIndex(of: "\"")
        else { return nil }
        let source = text[open.upperBound..<quote].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (source.count > 1 && source.last!.allSatisfy(\.isWhitespace) ? Array(source.dropLast()) : source, end + 1)
    }

    /// The text of an ATX heading line (`### Ouvrir le menu`), `nil` for any other line.
    static func atxHeadingText(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " }
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard line.count - trimmed.count <= 3, (1...6).contains(hashes), trimmed.dropFirst(hashes).first == " " else { return nil }
        let text = trimmed.dropFirst(hashes).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// What starts each line inside the callouts of `open`: each one's `> ` at its indent.
    /// `line` without the `> ` of the callouts it is in; empty when nothing else is on it.
    static func quoteless(_ line: String) -> String {
        var rest = Substring(line)
        while case let trimmed = rest.drop(while: { $0 == " " }), trimmed.hasPrefix(">") {
            rest = trimmed.dropFirst()
            if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        }
        return rest.allSatisfy(\.isWhitespace) ? "" : String(rest)
    }

    static func quotePrefix(_ open: [Container]) -> String {
        open.filter(\.isCallout).map { String(repeating: " ", count: $0.indent) + "> " }.joined()
    }

    /// The title of theme-hope's tab line `@tab Windows#win` (`@tab:active Titre`: the tab shown
    /// first), without its id; `nil` when the line is no tab's.
    static func vueTabTitle(_ line: String) -> String? {
        var rest = line.dropFirst(4)
        if rest.hasPrefix(":active") { rest = rest.dropFirst(7) }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = rest.trimmingCharacters(in: .whitespaces)
        if let hash = title.lastIndex(of: "#"), !title[title.index(after: hash)...].contains(" ") { title = String(title[..<hash]).trimmingWhitespace }
        return title
    }

    /// Whether `text` may hold anything ``rewrite(_:)`` rewrites: most pages hold nothing of it,
    /// and byte scans tell.
    package static func mayRewrite(_ text: String) -> Bool {
        mayHaveContainers(text) || mayHaveTemplates(text) || mayHaveCodeTitles(text) || text.containsBytes("[[") || text.containsBytes("mdx-code-block")
            || text.containsBytes("```{") || text.containsBytes("~~~{") || MySTRoles.mayHave(text) || MySTLines.mayHave(text)
            || SpacedLinkDestinations.mayHave(text) || HTMLBlockContinuation.mayHave(text) || KramdownExtensions.mayHave(text)
            || SpacedEmphasis.mayHave(text)
    }

    /// Whether a code fence of `text` has a title (``CodeFenceTitle``); only the lines opening with
    /// three backticks or tildes are read.
    static func mayHaveCodeTitles(_ text: String) -> Bool {
        guard text.containsBytes("```") || text.containsBytes("~~~"), text.containsBytes("title=") || text.containsBytes("]") else { return false }
        // One pass over the bytes: only the lines opening with a fence are looked into.
        return text.withUTF8Bytes { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                var i = start
                while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
                if i + 3 <= end, bytes[i] == bytes[i + 1], bytes[i] == bytes[i + 2], bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") {
                    let line = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self))
                    if let run = MarkdownFence.opening(line), CodeFenceTitle(info: line.dropFirst(run.count)) != nil { return true }
                }
                start = end + 1
            }
            return false
        }
    }

    /// Whether a line of `text` starts (after up to three spaces) with `:::`, `///`, `{%`, `: `
    /// (a definition, ``DefinitionLists``), `?>` or `!>` (Docsify's), or (after
    /// any indent: MkDocs' blocks nest) with `!!!`, `???` or `===`, or with `*[`: one pass over the bytes, so
    /// pages without containers cost almost nothing.
    package static func mayHaveContainers(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var atLineStart = true, spaces = 0, previous: UInt8 = 0, run = 0
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    (atLineStart, spaces, run) = (true, 0, 0)
                    continue
                }
                guard atLineStart else { continue }
                if run == 0 && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) {
                    spaces += byte == UInt8(ascii: " ") ? 1 : 4
                    continue
                }
                let shallow = spaces <= 3
                switch byte {
                case UInt8(ascii: ":") where shallow, UInt8(ascii: "/") where shallow, UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "="):
                    if byte == UInt8(ascii: ":"), previous == UInt8(ascii: "{") { return true }  // a block attribute list (`{:.note}`)
                    run = byte == previous || run == 0 ? run + 1 : 1
                    if run == 3 { return true }
                case UInt8(ascii: "%") where shallow && previous == UInt8(ascii: "{") && run == 1:
                    return true
                case UInt8(ascii: "[") where previous == UInt8(ascii: "*") && run == 1 && spaces == 0:
                    return true
                case UInt8(ascii: ">") where shallow && run == 1 && (previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!")):
                    return true  // Docsify's `?> conseil`, `!> important`
                case UInt8(ascii: "{") where shallow, UInt8(ascii: "*") where spaces == 0:
                    run = 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    if previous == UInt8(ascii: ":") && run == 1 && shallow { return true }  // a definition (`: texte`)
                    atLineStart = false
                default:
                    atLineStart = false
                }
                previous = byte
            }
            return false
        }
    }

    /// The host of an address (`www.youtube.com`), or the address itself.
    /// The address in `{% youtube %}https://…{% endyoutube %}` (GitBook 3's youtube plugin), alone on its line.
    static func youTubeTag(_ line: Substring) -> String? {
        guard line.hasPrefix("{%"), let open = line.dropFirst(2).range(of: "%}"), let close = line.range(of: "{%", range: open.upperBound..<line.endIndex),
            line[line.index(line.startIndex, offsetBy: 2)..<open.lowerBound].trimmingCharacters(in: [" ", "-"]) == "youtube",
            line[close.upperBound...].filter({ $0 != " " && $0 != "-" }) == "endyoutube%}"
        else { return nil }
        let address = line[open.upperBound..<close.lowerBound].trimmingCharacters(in: [" ", "\t"])
        return address.hasPrefix("https://") || address.hasPrefix("http://") ? address : nil
    }

    static func host(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        return String(url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    /// `{% name key="value" … %}`, alone on its line.
    struct Tag {
        var name: String
        var arguments: [String: String] = [:]

        init?(_ text: String) {
            // `%}` is looked for after `{%`: in `{%}` they share the `%`.
            guard text.hasPrefix("{%"), let end = text.dropFirst(2).range(of: "%}") else { return nil }
            var rest = text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound].drop { $0 == " " || $0 == "-" }
            // GitBook's integrations are named by their package: `{% @arcade/embed url="…" %}`.
            let name = rest.first == "@"
                ? rest.prefix { $0.isLetter || $0.isNumber || "@/-_.".contains($0) }
                : rest.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
            guard !name.isEmpty else { return nil }
            self.name = name.lowercased()
            rest = rest.dropFirst(name.count)
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""  // after a file name (Liquid's `include`)
                rest = rest[rest.index(after: equals)...].drop { $0 == " " }
                guard let quote = rest.first, quote == "\"" || quote == "'" else { break }
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: quote) else { break }
                arguments[key] = String(rest[..<close])
                rest = rest[rest.index(after: close)...]
            }
        }
    }
}
