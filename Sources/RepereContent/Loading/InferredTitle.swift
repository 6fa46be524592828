import RepereSupport

/// Titles of pages that have no `title:` in their front-matter, as MkDocs, Docusaurus and
/// GitBook read them: the page's first level-1 heading (its plain text), else the file's name.
///
/// The heading then becomes the page's title and is taken out of the body, so it is not shown
/// twice; its lines are left blank, so every line number of the file stays right.
package enum InferredTitle {
    /// The first `# Heading` (or `Heading` underlined with `===`, or `<h1>Heading</h1>`) of `body`, outside code blocks,
    /// as plain text, and `body` without it; `nil` when there is none, or when a heading of another
    /// level and text under it come first (`## Comportement`, text, `# Widget Zone`: a section of a
    /// page that has no heading of its own, which keeps it and is titled after its file). A heading
    /// right above it is its kicker (Hugo Learn's chapters: `### Chapitre 1`, then `# Les bases`).
    package static func firstHeading(in body: String) -> (title: String, body: String)? {
        levelOneHeading(in: body, beforeOtherHeadings: true)
    }

    /// The first level-1 heading of `body`, outside code blocks, wherever it is (`beforeOtherHeadings`
    /// false) or only when no heading of another level with text under it comes before it.
    private static func levelOneHeading(in body: String, beforeOtherHeadings: Bool) -> (title: String, body: String)? {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var fence: Substring?
        var underOtherHeading = false  // since a `##` heading, only blank lines and headings
        for i in lines.indices {
            let line = lines[i]
            let trimmed = line.drop { $0 == " " }
            if line.count - trimmed.count <= 3, fence == nil, let run = MarkdownFence.opening(trimmed) {
                fence = run
                continue
            }
            if let open = fence, line.count - trimmed.count <= 3, trimmed.hasPrefix(open), trimmed.dropFirst(open.count).allSatisfy({ $0 == open.first || $0 == " " }) {
                fence = nil
                continue
            }
            // In an HTML block (`<p align="center">`, then a tab and `<h1>Notions</h1>`), an indent makes no code.
            if fence == nil, !(beforeOtherHeadings && underOtherHeading), isInHTMLBlock(i, lines),
                let heading = htmlHeading(line.drop { $0 == " " || $0 == "\t" }), heading.level == 1, !heading.text.isEmpty
            {
                lines[i] = Substring(heading.id.map { "<a id=\"\($0)\"></a>" } ?? "")
                return (heading.text, lines.joined(separator: "\n"))
            }
            if fence != nil || line.count - trimmed.count > 3 {
                if beforeOtherHeadings, underOtherHeading, !trimmed.allSatisfy(\.isWhitespace) { return nil }
                continue
            }
            if beforeOtherHeadings, trimmed.hasPrefix("##"), trimmed.drop(while: { $0 == "#" }).first.map({ $0 == " " }) ?? true,
                trimmed.prefix(while: { $0 == "#" }).count <= 6
            {
                underOtherHeading = true
                continue
            }
            if beforeOtherHeadings, underOtherHeading, !trimmed.allSatisfy(\.isWhitespace), !trimmed.hasPrefix("# "), trimmed != "#" { return nil }
            if trimmed.hasPrefix("# ") || trimmed == "#" {
                let written = String(trimmed.dropFirst(1)).trimmingWhitespace.trimmingClosingHashes
                let text = plainText(written)
                guard !text.isEmpty else { continue }
                lines[i] = Substring(anchorLine(for: written))
                return (text, lines.joined(separator: "\n"))
            }
            if let heading = htmlHeading(trimmed) {
                if heading.level > 1 {
                    underOtherHeading = beforeOtherHeadings
                    continue
                }
                guard !heading.text.isEmpty else { continue }
                lines[i] = Substring(heading.id.map { "<a id=\"\($0)\"></a>" } ?? "")
                return (heading.text, lines.joined(separator: "\n"))
            }
            if i + 1 < lines.count, !String(trimmed).trimmingWhitespace.isEmpty, isSetextUnderline(lines[i + 1]),
                i == 0 || String(lines[i - 1]).trimmingWhitespace.isEmpty
            {
                let text = plainText(String(trimmed).trimmingWhitespace)
                guard !text.isEmpty else { continue }
                lines[i] = ""
                lines[i + 1] = ""
                return (text, lines.joined(separator: "\n"))
            }
        }
        return nil
    }

    /// `body` without the heading it starts with when that heading repeats `title` (case,
    /// spaces and apostrophes aside), its line left blank: Jekyll, Hugo and MkDocs pages often give
    /// both, GitBook pages a `## Heading` repeating their SUMMARY.md label, and the page's `<h1>`
    /// is its title already. `nil` when the body starts otherwise.
    package static func withoutRepeatedTitle(_ title: String, in body: String) -> String? {
        guard let heading = leadingHeading(in: body), comparable(heading.text) == comparable(title) else { return nil }
        return heading.body
    }

    /// The text of the level-1 heading (`# Titre`) `body` starts with, and `body` without it (its
    /// line left blank), when it is the body's only one: Docusaurus and MkDocs show it as the
    /// page's heading, over a `title:` that then names the page in the menus. A body with several
    /// (`# Configuration`, then `# Installation`: Hugo and Jekyll pages, whose theme shows `title:`
    /// above) starts with a section, not a heading of the page. `nil` when the body starts otherwise.
    package static func leadingTitle(in body: String) -> (text: String, body: String)? {
        guard let heading = leadingHeading(in: body), heading.level == 1, !heading.text.isEmpty,
            levelOneHeading(in: heading.body, beforeOtherHeadings: false) == nil
        else { return nil }
        return (heading.text, heading.body)
    }

    /// The ATX heading, or HTML one (`<h1 class="titre">Guide</h1>`), on the first line of `body`
    /// that is not blank (nor a template tag alone, `{% include toc.html %}`, which the page shows
    /// before its heading, nor a script, style, comment or MDX import, which it does not show:
    /// VitePress' `<script setup>`, Nextra's `import { Callout } from 'nextra/components'`): its
    /// level, its plain text, and `body` without its line.
    private static func leadingHeading(in body: String) -> (level: Int, text: String, body: String)? {
        var start = body.startIndex
        var hiddenEnd: String?  // the end tag of the script, style or comment open
        while start < body.endIndex {  // the first line that is not blank, read alone
            let end = body[start...].firstIndex(of: "\n") ?? body.endIndex
            let line = body[start..<end]
            let next = end < body.endIndex ? body.index(after: end) : end
            if let close = hiddenEnd {
                if line.lowercased().contains(close) { hiddenEnd = nil }
                start = next
                continue
            }
            if line.allSatisfy(\.isWhitespace) || Self.isTemplateTag(line) {
                start = next
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if line.hasPrefix("import "), line.contains("{") || line.contains(" from ") || line.dropFirst(7).first == "\"" || line.dropFirst(7).first == "'" {
                // An import over several lines (`import {`, names, `} from '…'`) ends with its `from`.
                if !line.contains(" from "), line.contains("{"), !line.contains("}") { hiddenEnd = " from " }
                start = next
                continue
            }
            if let close = hiddenBlockEnd(opening: trimmed) {
                if !trimmed.lowercased().contains(close) { hiddenEnd = close }
                start = next
                continue
            }
            if let heading = htmlHeading(trimmed) {
                return (heading.level, heading.text, String(body[..<start]) + (heading.id.map { "<a id=\"\($0)\"></a>" } ?? "") + String(body[end...]))
            }
            let text = trimmed.drop { $0 == "#" }
            guard line.count - trimmed.count <= 3, (1...6).contains(trimmed.count - text.count), text.first == " " else { return nil }
            let written = String(text).trimmingWhitespace.trimmingClosingHashes
            return (trimmed.count - text.count, plainText(written), String(body[..<start]) + anchorLine(for: written) + String(body[end...]))
        }
        return nil
    }

    /// The end tag of the script, style or comment `line` opens, which a page does not show.
    private static func hiddenBlockEnd(opening line: Substring) -> String? {
        guard line.first == "<" else { return nil }
        let lowered = line.lowercased()
        if lowered.hasPrefix("<!--") { return "-->" }
        for name in ["script", "style"] where lowered.hasPrefix("<" + name) {
            let next = lowered.dropFirst(name.count + 1).first
            if next == nil || next == ">" || next == " " { return "</\(name)>" }
        }
        return nil
    }

    /// Whether line `i` of `lines` goes on an HTML block: the lines since the last blank one
    /// start with a tag not indented as code (`<p align="center">`), not with indented code.
    private static func isInHTMLBlock(_ i: Int, _ lines: [Substring]) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0, !lines[start - 1].allSatisfy(\.isWhitespace) { start -= 1 }
        let first = lines[start]
        guard !first.allSatisfy(\.isWhitespace) else { return false }
        var width = 0
        for c in first.prefix(while: { $0 == " " || $0 == "\t" }) { width += c == "\t" ? 4 - width % 4 : 1 }
        return width <= 3 && first.drop { $0 == " " || $0 == "\t" }.hasPrefix("<")
    }

    /// An HTML heading alone on its line (`<h1 class="rem">Guide</h1>`): its level and plain text.
    /// Its `id`, cleaned as the page writes it, is an anchor that outlives the heading's line.
    private static func htmlHeading(_ line: Substring) -> (level: Int, text: String, id: String?)? {
        // Most lines are text: two characters decide.
        guard line.first == "<", let h = line.dropFirst().first, h == "h" || h == "H" else { return nil }
        let trimmed = String(line).trimmingWhitespace
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix("<h"), lowered.count > 8, let digit = lowered.dropFirst(2).first, let level = digit.wholeNumberValue, (1...6).contains(level),
            let after = lowered.dropFirst(3).first, after == ">" || after == " ", lowered.hasSuffix("</h\(level)>"),
            let open = trimmed.firstIndex(of: ">")
        else { return nil }
        // The start tag's `>` before the end tag's `<` (`<h1 x</h1>` has none of its own).
        let close = trimmed.index(trimmed.endIndex, offsetBy: -5)
        guard open < close else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<close]
        guard !inner.lowercased().contains("<h") else { return nil }  // two headings on one line
        return (level, plainText(String(inner)), idAttribute(of: trimmed[...open])?.asAnchorID)
    }

    /// The value of the `id` attribute of the start tag `tag` (`<h1 class="x" id="intro">`).
    private static func idAttribute(of tag: Substring) -> String? {
        guard let name = tag.range(of: #"\sid\s*=\s*["']"#, options: .regularExpression) else { return nil }
        let quote = tag[tag.index(before: name.upperBound)]
        return tag[name.upperBound...].firstIndex(of: quote).map { String(tag[name.upperBound..<$0]) }
    }

    /// What stands for a title heading taken out of the body: nothing, or the anchor its attribute
    /// list gives it (`# Titre {#mon-ancre}`: `<a id="mon-ancre"></a>`, which links to
    /// `page.md#mon-ancre` reach, as VitePress and MkDocs give the page's `<h1>` that id).
    private static func anchorLine(for heading: String) -> String {
        guard heading.hasSuffix("}"), let open = heading.lastIndex(of: "{") else { return "" }
        let id = heading[heading.index(after: open)..<heading.index(before: heading.endIndex)]
            .split(separator: " ").first { $0.hasPrefix("#") }.map { $0.dropFirst() } ?? ""
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return "" }
        return "<a id=\"\(id)\"></a>"
    }

    /// Whether `line` is a Liquid or Hugo tag alone (`{% include toc.html %}`, `{{< toc >}}`).
    private static func isTemplateTag(_ line: Substring) -> Bool {
        let trimmed = String(line).trimmingWhitespace
        return (trimmed.hasPrefix("{%") && trimmed.hasSuffix("%}")) || (trimmed.hasPrefix("{{<") && trimmed.hasSuffix(">}}"))
            || (trimmed.hasPrefix("{{%") && trimmed.hasSuffix("%}}"))
    }

    /// A title as compared with another: lowercased, typographic apostrophes straight, spaces collapsed.
    private static func comparable(_ title: String) -> String {
        title.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A title made from a file or folder name: `gérer-son_produit` → `Gérer son produit`
    /// (accents written in the name are kept).
    package static func fromName(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            .split(separator: " ").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private static func isSetextUnderline(_ line: Substring) -> Bool {
        let trimmed = String(line).trimmingWhitespace
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "=" } && line.count - line.drop { $0 == " " }.count <= 3
    }

    /// Inline Markdown reduced to its text: `**gras**`, `~~barré~~`, `` `code` ``, `[lien](url)`, `![alt](src)`,
    /// `<tag>`, backslash escapes, and an attribute list ending it (`{#ancre}`, `{ #ancre }`,
    /// `{: .classe }`: kramdown, GitBook, mdBook and MkDocs' attr_list).
    static func plainText(_ markdown: String) -> String {
        var out = ""
        var rest = Substring(markdown)
        if rest.hasSuffix("}"), let open = rest.lastIndex(of: "{"), open > rest.startIndex, rest[rest.index(before: open)] == " ",
            let marker = rest[rest.index(after: open)...].first(where: { $0 != " " }), "#.:".contains(marker)
        {
            rest = rest[..<open]
        }
        while let c = rest.first {
            switch c {
            case "\\":
                rest = rest.dropFirst()
                if let next = rest.first { out.append(next); rest = rest.dropFirst() }
            case "*", "`":
                rest = rest.dropFirst()
            case "~" where rest.dropFirst().first == "~":
                rest = rest.dropFirst(2)  // `~~barré~~`
            case "_" where !(out.last?.isLetter ?? false) || !(rest.dropFirst().first?.isLetter ?? false):
                rest = rest.dropFirst()  // emphasis, not a snake_case word
            case "!" where rest.dropFirst().first == "[":
                rest = rest.dropFirst()
            case "[":
                if let close = rest.firstIndex(of: "]") {
                    out += plainText(String(rest[rest.index(after: rest.startIndex)..<close]))
                    rest = rest[rest.index(after: close)...]
                    if rest.first == "(", let end = rest.firstIndex(of: ")") { rest = rest[rest.index(after: end)...] }
                } else {
                    out.append(c)
                    rest = rest.dropFirst()
                }
            case "<":
                if rest.hasPrefix("<!--"), let end = rest.dropFirst(4).range(of: "-->") {
                    rest = rest[end.upperBound...]  // docsify's `<!-- {docsify-ignore-all} -->`: shown by no browser
                } else if let end = rest.firstIndex(of: ">"), rest.dropFirst().first.map({ $0.isLetter || $0 == "/" }) == true {
                    rest = rest[rest.index(after: end)...]
                } else {
                    out.append(c)
                    rest = rest.dropFirst()
                }
            default:
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        // MkDocs Material's icons (`:material-cloud:`, `:fontawesome-brands-github:`) show nothing in a title.
        // `l&apos;orientation`, `&laquo;`: as Markdown shows them.
        return HTMLEntities.decoded(Substring(out)).split(whereSeparator: \.isWhitespace).filter { !isIconShortcode($0) }.joined(separator: " ")
    }

    /// `:material-cloud:`, `:octicons-x-16:`, `:fontawesome-solid-user:`, `:simple-github:`.
    private static func isIconShortcode(_ word: Substring) -> Bool {
        guard word.count > 2, word.first == ":", word.last == ":" else { return false }
        let name = word.dropFirst().dropLast()
        return ["material-", "fontawesome-", "octicons-", "simple-"].contains { name.hasPrefix($0) }
            && name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
    }
}

extension String {
    /// Without the optional closing `#`s of an ATX heading (`## Titre ##`).
    fileprivate var trimmingClosingHashes: String {
        var s = Substring(self)
        while s.hasSuffix("#") { s = s.dropLast() }
        return s.hasSuffix(" ") || s.isEmpty ? String(s).trimmingWhitespace : self
    }
}
