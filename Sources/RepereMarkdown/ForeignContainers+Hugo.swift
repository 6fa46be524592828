import Foundation
import RepereSupport

/// Hugo's shortcodes, `{{< name arguments >}}` and `{{% name arguments %}}`, closed by
/// `{{< /name >}}` when they wrap text. Those the common themes define (Learn, Relearn, Book,
/// Docsy, Hugo's own) become what Repère renders:
///
/// - `ref` and `relref` (`[texte]({{< ref "guide/page.md" >}})`) the path they name, which links
///   resolve as any other;
/// - `notice`, `hint`, `alert`, `callout`, `admonition` and `note`, `tip`, `info`, `warning`…
///   callouts, their type from their first argument or `type`, `style`, `color`; `details`,
///   `expand`, `spoiler`, `collapse` a note titled by their summary;
/// - `tabs` nothing, each `tab` a heading one level below the heading before it;
/// - `figure`, `fig`, `image`, `img`, `picture` an image, its alternative text `alt`, else its
///   caption or title, else the argument after its file's;
/// - `card` (Hextra, Blowfish) and `link-card` (Doks) a list item linking to its target, its
///   subtitle or description after it; `cards` and `card-grid` nothing;
/// - `youtube`, `vimeo` a link to the video (a Repère site embeds nothing from a third party);
/// - `highlight LANG` a fenced code block, `mermaid` one in the language `mermaid` (its source, shown as code), `code` and `output` the name of the file (`file=`)
///   of the code block they wrap; `children`, `toc` nothing (a section's page lists its
///   pages; the theme makes tables of contents);
/// - `{{</* name */>}}`, Hugo's way to show a shortcode as text, the shortcode as text.
///
/// A callout, tabs or a tab may open or close on a line of text (`{{% note %}} Texte.`,
/// `Texte.{{% /note %}}`): the text goes inside. Any other shortcode is reported
/// (`markdown.unknown-directive`, once per page and name): alone on its line, the line is left
/// empty (what it wraps stays); inside a line it stays as written.
extension ForeignContainers {
    /// A shortcode read from a line.
    struct HugoShortcode {
        var name: String
        var isClosing: Bool
        /// Written `{{% … %}}` (its text is Markdown) rather than `{{< … >}}`.
        var isMarkdown: Bool
        var positional: [String] = []
        var named: [String: String] = [:]
        /// Where it is in the line it was read from.
        var range: Range<String.Index>

        /// The shortcode starting at `start` in `line` (at its `{{`), or nil.
        init?(in line: String, at start: String.Index) {
            let rest = line[start...]
            let markdown = rest.hasPrefix("{{%")
            guard markdown || rest.hasPrefix("{{<") else { return nil }
            isMarkdown = markdown
            guard let end = rest.dropFirst(3).prefix(ForeignContainers.maximumTagLength).range(of: markdown ? "%}}" : ">}}") else { return nil }
            var inner = rest[rest.index(start, offsetBy: 3)..<end.lowerBound].drop { $0 == " " || $0 == "-" }
            isClosing = inner.first == "/"
            if isClosing { inner = inner.dropFirst().drop { $0 == " " } }
            let name = inner.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "/" || $0 == "." }
            guard !name.isEmpty, name.first?.isLetter == true else { return nil }
            self.name = name.lowercased()
            range = start..<end.upperBound
            var arguments = inner.dropFirst(name.count)
            while true {
                arguments = arguments.drop { $0 == " " || $0 == "\t" }
                guard let first = arguments.first, first != "/" || arguments.count > 1 else { break }
                var key: String?
                let word = arguments.prefix { !$0.isWhitespace && $0 != "=" && $0 != "\"" && $0 != "`" }
                if !word.isEmpty, arguments.dropFirst(word.count).first == "=" {
                    key = String(word)
                    arguments = arguments.dropFirst(word.count + 1)
                }
                let value: Substring
                if let quote = arguments.first, quote == "\"" || quote == "`" {
                    let body = arguments.dropFirst()
                    let close = body.firstIndex(of: quote) ?? body.endIndex
                    value = body[..<close]
                    arguments = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
                } else {
                    value = arguments.prefix { !$0.isWhitespace }
                    arguments = arguments.dropFirst(value.count)
                    if value.isEmpty { break }
                }
                if let key { named[key.lowercased()] = String(value) } else { positional.append(String(value)) }
            }
        }

        /// The shortcode that is all of `line` but spaces, or nil.
        static func alone(on line: Substring) -> HugoShortcode? {
            let text = String(line).trimmingWhitespace
            guard let shortcode = HugoShortcode(in: text, at: text.startIndex), shortcode.range.upperBound == text.endIndex else { return nil }
            return shortcode
        }

        /// `{{< name >}}`, `{{% /name %}}`…: its delimiters as written, as a report names it.
        var written: String {
            let slash = isClosing ? "/" : ""
            return isMarkdown ? "{{% \(slash)\(name) %}}" : "{{< \(slash)\(name) >}}"
        }

        /// The container shortcodes (``isHugoContainer(_:)``) at the start and at the end of
        /// `line`, after its first `indent` characters, and the text between them
        /// (`{{% note %}} Texte.`, `Texte.{{% /note %}}`, `{{% note %}}Texte.{{% /note %}}`);
        /// nil when it has none, or when one is alone on the line. A line of several shortcodes
        /// and nothing else (`{{< codetab >}} {{< highlight diff >}}`) is all leading ones,
        /// whatever their names.
        static func edges(of line: String, indent: Int) -> (leading: [HugoShortcode], text: Range<String.Index>, trailing: [HugoShortcode])? {
            var start = line.index(line.startIndex, offsetBy: indent)
            var all: [HugoShortcode] = []
            var at = start
            while at < line.endIndex, line[at...].hasPrefix("{{"), let shortcode = HugoShortcode(in: line, at: at) {
                all.append(shortcode)
                at = line[shortcode.range.upperBound...].firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
            }
            if all.count >= 2, at == line.endIndex { return (all, line.endIndex..<line.endIndex, []) }
            var leading: [HugoShortcode] = []
            while line[start...].hasPrefix("{{"), let shortcode = HugoShortcode(in: line, at: start), isHugoContainer(shortcode.name) {
                leading.append(shortcode)
                start = line[shortcode.range.upperBound...].firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
            }
            var end = line[start...].lastIndex { $0 != " " && $0 != "\t" }.map(line.index(after:)) ?? start
            var trailing: [HugoShortcode] = []
            while line[start..<end].hasSuffix("}}"), let open = line[start..<end].range(of: "{{", options: .backwards),
                let shortcode = HugoShortcode(in: line, at: open.lowerBound), shortcode.range.upperBound == end, isHugoContainer(shortcode.name)
            {
                trailing.insert(shortcode, at: 0)
                end = line[start..<open.lowerBound].lastIndex { $0 != " " && $0 != "\t" }.map(line.index(after:)) ?? start
            }
            guard leading.count + trailing.count > (start == end ? 1 : 0) else { return nil }
            return (leading, start..<end, trailing)
        }
    }

    /// What a shortcode Repère reads becomes (see ``hugoBlock(_:prefix:open:headingLevel:)``).
    enum HugoShortcodeKind {
        /// A callout of its own type (`{{% note %}}`), of the type its arguments give
        /// (`{{% notice warning %}}`), a note titled by its summary (`{{% expand "Plus" %}}`).
        case callout, typedCallout, details
        case tabs, tab, codeTitle, figure, video, highlight, reference
        /// A card (Hextra's, Blowfish's `{{< card link="…" title="…" subtitle="…" >}}`, Doks'
        /// `{{< link-card href="…" title="…" description="…" >}}`): a list item linking to its target.
        case card
        /// Left out: a section's page lists its pages, the theme makes tables of contents.
        case nothing
    }

    /// The shortcodes Repère reads, by name.
    static let hugoShortcodes: [String: HugoShortcodeKind] = {
        var kinds = admonitions.mapValues { _ in HugoShortcodeKind.callout }
        // Docsy's `{{% pageinfo color="info" %}}`, its box of notes on the page, is one too.
        for name in ["notice", "hint", "alert", "callout", "admonition", "pageinfo"] { kinds[name] = .typedCallout }
        for name in ["details", "expand", "spoiler", "collapse"] { kinds[name] = .details }
        for name in ["figure", "fig", "image", "img", "picture"] { kinds[name] = .figure }
        for name in ["children", "toc", "cards", "columns", "card-grid"] { kinds[name] = .nothing }
        for name in ["card", "link-card"] { kinds[name] = .card }
        for name in ["code", "output"] { kinds[name] = .codeTitle }
        for name in ["youtube", "vimeo"] { kinds[name] = .video }
        for name in ["ref", "relref"] { kinds[name] = .reference }
        kinds["tabs"] = .tabs
        kinds["tabpane"] = .tabs  // Docsy's
        kinds["tab"] = .tab
        kinds["highlight"] = .highlight
        kinds["mermaid"] = .highlight
        return kinds
    }()

    /// `lines` with each shortcode written over several lines (`{{< figure src="a.png"`, then
    /// `caption="…" >}}`, as Docsy's pages write them) joined on its first line, the lines it took
    /// left blank (so the others keep their numbers); code blocks are left as they are.
    static func joiningMultilineShortcodes(_ lines: [String]) -> [String] {
        var lines = lines
        var fence: Substring?
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            let trimmed = lines[i].drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if trimmed.hasPrefix(open), trimmed.allSatisfy({ $0 == open.first || $0 == " " }) { fence = nil }
                continue
            }
            if let run = MarkdownFence.opening(trimmed) {
                fence = run
                continue
            }
            // The last shortcode opened on the line, outside a code span (`` `{{<` ``: an odd number of backticks before it).
            guard let start = [lines[i].range(of: "{{<", options: .backwards), lines[i].range(of: "{{%", options: .backwards)]
                .compactMap(\.self).max(by: { $0.lowerBound < $1.lowerBound }),
                !lines[i][start.upperBound...].hasPrefix("/*"), lines[i][..<start.lowerBound].filter({ $0 == "`" }).count.isMultiple(of: 2)
            else { continue }
            let closing = lines[i][start].hasSuffix("<") ? ">}}" : "%}}"
            // It ends within the next 10 lines, before a blank line or a fence.
            let following = lines.indices.dropFirst(i + 1).prefix(10).prefix { k in
                let line = lines[k].drop { $0 == " " || $0 == "\t" }
                return !line.isEmpty && MarkdownFence.opening(line) == nil
            }
            guard !lines[i][start.upperBound...].contains(closing), let end = following.first(where: { lines[$0].contains(closing) })
            else { continue }
            lines[i] = ([lines[i]] + lines[(i + 1)...end].map(\.trimmingWhitespace)).joined(separator: " ")
            for k in (i + 1)...end { lines[k] = "" }
            i = end
        }
        return lines
    }

    /// What starts the destination of a link Hugo's `ref` made from a path that is neither
    /// absolute nor `./`: the resolve stage looks for it beside the page, then from the content
    /// folder's root.
    package static let hugoReference = "hugo-ref:"

    /// The names of the shortcodes Repère reads, in alphabetical order (for reports).
    package static let hugoShortcodeNames: [String] = hugoShortcodes.keys.sorted()

    /// Whether the shortcode `name` wraps text that stays Markdown around it: a callout, tabs, a tab.
    static func isHugoContainer(_ name: String) -> Bool {
        switch hugoShortcodes[name] {
        case .callout, .typedCallout, .details, .tabs, .tab: true
        default: false
        }
    }

    /// Docsy's `color`s and Bootstrap's, as callout types.
    private static let hugoColors: [String: CalloutKind] = ["primary": .note, "secondary": .note, "light": .note, "dark": .note]

    /// What a shortcode alone on its line becomes, or nil when it is not understood; `open`
    /// gains or loses the callout it opens or closes, `tabs` and `headingLevel` follow its tabs.
    static func hugoBlock(
        _ shortcode: HugoShortcode, prefix: String, open: inout [Container], tabs: inout TabLevel, headingLevel: inout Int
    ) -> String? {
        let kind = hugoShortcodes[shortcode.name]
        if shortcode.isClosing {
            switch kind {
            case .callout, .typedCallout, .details:
                // Tabs left open inside the callout close with it.
                if let index = open.lastIndex(where: { $0.kind != .tabs }), open[index].isCallout { open.removeSubrange(index...) }
                return Self.quotePrefix(open)
            case .tabs:
                if let index = open.lastIndex(where: { $0.kind == .tabs }) { open.remove(at: index) }
                if let level = tabs.end() { headingLevel = level }
                return prefix
            case .tab, .highlight, .figure, .codeTitle, .card:
                return prefix
            default:
                return nil
            }
        }
        // Past `containerNesting` open containers, an opener is not read (each line would carry them all).
        if [.callout, .typedCallout, .details, .tabs].contains(kind), open.count >= containerNesting { return nil }
        switch kind {
        case .callout, .typedCallout, .details:
            let callout: CalloutKind
            var title = shortcode.named["title"] ?? shortcode.named["summary"] ?? shortcode.named["header"]
            if kind == .typedCallout {
                let type = (shortcode.named["type"] ?? shortcode.named["style"] ?? shortcode.named["color"] ?? shortcode.named["theme"]
                    ?? shortcode.positional.first ?? "note").lowercased()
                callout = admonitions[type] ?? hugoColors[type] ?? .note
                title = title ?? shortcode.positional.dropFirst().first
            } else {
                callout = kind == .details ? .note : admonitions[shortcode.name] ?? .note
                title = title ?? shortcode.positional.first
            }
            open.append(.callout)
            return prefix + "> [!\(callout.rawValue.uppercased())]" + (title.map { $0.isEmpty ? "" : " " + $0 } ?? "")
        case .tabs:
            // Hextra names its tabs on the tabs: `items="macOS,Windows"`, each `{{< tab >}}` the next.
            open.append(Container(kind: .tabs, labels: (shortcode.named["items"] ?? "").split(separator: ",").map { String($0).trimmingWhitespace }))
            return prefix
        case .nothing:
            return prefix
        case .card:
            guard let title = shortcode.named["title"], !title.isEmpty else { return prefix }
            let text = (shortcode.named["link"] ?? shortcode.named["href"]).map { markdownLink(title, to: $0) } ?? title.markdownEscaped
            let subtitle = (shortcode.named["subtitle"] ?? shortcode.named["description"]).map { $0.isEmpty ? "" : " — " + $0.markdownEscaped } ?? ""
            return prefix + "- " + text + subtitle
        case .tab:
            var title = shortcode.named["name"] ?? shortcode.named["title"] ?? shortcode.named["header"] ?? shortcode.positional.first ?? ""
            if title.isEmpty, let index = open.lastIndex(where: { $0.kind == .tabs }), !open[index].labels.isEmpty {
                title = open[index].labels.removeFirst()
            }
            return title.isEmpty ? prefix : prefix + String(repeating: "#", count: tabs.next(after: headingLevel)) + " " + title
        case .codeTitle:
            // Around a code block (Hugo's own documentation): its file's name before it, as GitBook's `{% code %}`.
            let title = shortcode.named["file"] ?? shortcode.named["title"] ?? shortcode.named["filename"] ?? ""
            return prefix + (title.isEmpty ? "" : title.markdownCodeSpan)
        case .figure:
            guard let source = shortcode.named["src"] ?? shortcode.positional.first else { return nil }
            // Named, or the second argument (a site's own `{{< fig "capture.png" "Légende" >}}`).
            let alt = shortcode.named["alt"] ?? shortcode.named["caption"] ?? shortcode.named["title"]
                ?? (shortcode.named["src"] == nil ? shortcode.positional.dropFirst().first : shortcode.positional.first) ?? ""
            return prefix + "![\(alt.markdownEscaped)](\(source.markdownDestination))"
        case .video:
            let name = shortcode.name
            guard let id = shortcode.named["id"] ?? shortcode.positional.first, !id.isEmpty else { return nil }
            let url = name == "youtube" ? "https://www.youtube.com/watch?v=\(id)" : "https://vimeo.com/\(id)"
            return prefix + markdownLink(shortcode.named["title"] ?? "Vidéo \(name == "youtube" ? "YouTube" : "Vimeo")", to: url)
        case .highlight, .reference, nil:
            return nil
        }
    }

    /// `line` with its templates read: Hugo's `ref` and `relref` shortcodes as the paths they
    /// name, its shortcodes shown as text (`{{</* name */>}}`) as text, Jekyll's addresses and
    /// links (``liquidOutput(in:at:)``, ``liquidLink(in:at:)``); the other shortcodes in it are
    /// kept and returned, reported by the caller. `inCode`: only shortcodes shown as text are read.
    static func inlineTemplates(_ line: String, inCode: Bool) -> (line: String, unknown: [(column: Int, directive: String)]) {
        guard mayHaveTemplates(line) else { return (line, []) }
        var result = ""
        var unknown: [(Int, String)] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "{") {
            result += line[index..<open]
            let rest = line[open...]
            for (opening, closing) in [("{{</*", "*/>}}"), ("{{%/*", "*/%}}")] where rest.hasPrefix(opening) {
                if let end = rest.range(of: closing) {
                    let inner = rest[rest.index(open, offsetBy: opening.count)..<end.lowerBound]
                    result += opening.prefix(3) + inner + closing.suffix(3)
                    index = end.upperBound
                }
            }
            if index > open { continue }
            if !inCode, let shortcode = HugoShortcode(in: line, at: open) {
                if shortcode.name == "button", !shortcode.isClosing,
                    let target = shortcode.named["href"] ?? shortcode.named["relref"] ?? shortcode.named["ref"],
                    // The closing tag is the next shortcode (a search to the line's end for each button would be quadratic).
                    let next = line[shortcode.range.upperBound...].range(of: "{{"),
                    let closing = line[next.lowerBound...].prefix(40).range(of: #"^\{\{[<%]\s*/button\s*[>%]\}\}"#, options: .regularExpression)
                {
                    // Hugo Book's `{{< button relref="guide" >}}Lire{{< /button >}}`: a link.
                    let label = String(line[shortcode.range.upperBound..<closing.lowerBound]).trimmingWhitespace
                    let relative = shortcode.named["href"] == nil && !target.hasPrefix("/") && !target.hasPrefix(".") && !target.hasPrefix("#")
                    result += "[" + (label.isEmpty ? target : label) + "](<" + (relative ? Self.hugoReference : "") + target + ">)"
                    index = closing.upperBound
                    continue
                }
                if hugoShortcodes[shortcode.name] == .reference, let path = shortcode.positional.first ?? shortcode.named["path"] {
                    // `post.md`, `blog/post.md`: from the page's folder, else from the content
                    // folder, as Hugo looks for them (``hugoReference``); `/…` and `./…` as written.
                    result += path.isEmpty || path.hasPrefix("/") || path.hasPrefix(".") || path.hasPrefix("#") ? path : Self.hugoReference + path
                } else {
                    // A closing shortcode is reported with its opening one.
                    if !shortcode.isClosing { unknown.append((line.distance(from: line.startIndex, to: open) + 1, shortcode.written)) }
                    result += line[shortcode.range]
                }
                index = shortcode.range.upperBound
                continue
            }
            if !inCode, let liquid = liquidOutput(in: line, at: open) ?? liquidLink(in: line, at: open) {
                result += liquid.text
                index = liquid.end
                continue
            }
            result += "{"
            index = line.index(after: open)
        }
        return (result + line[index...], unknown)
    }
}
