import RepereContent
import RepereDiagnostics
import RepereSupport

/// The parse stage: every page's Markdown body into a document, with content-safety warnings.
package struct ParseStage: Sendable {
    package var filter: RawHTMLFilter
    /// Whether `.md` pages are MDX too, their ESM lines code (Docusaurus reads them so); `.mdx`
    /// pages always are.
    package var markdownIsMDX = true

    package init(filter: RawHTMLFilter) { self.filter = filter }

    /// Parses `pages`, reusing the documents `cache` holds for unchanged bodies. Unless
    /// `keepingTrees`, each page keeps only its tree's outline once parsed and checked (a build
    /// writing its site parses each page again when it renders it, rather than hold every tree
    /// at once: a tree takes about twice its source's memory; `serve` keeps them).
    package func run(
        _ pages: consuming [Page], cache: ParseCache? = nil, keepingTrees: Bool = true
    ) -> (pages: [ParsedPage], diagnostics: [Diagnostic]) {
        cache?.begin()
        let empty = MarkdownDocument(blocks: [], headings: [], references: [], rawHTML: [])
        var parsed = pages.map { ParsedPage(page: $0, document: empty) }
        _ = consume pages  // each source is now held by `parsed` alone
        let found = parsed.parallelUpdate { _, parsed in
            // A title's emoji shortcodes (`# Bac :pencil2:`) are its emoji, as in its text.
            if let title = EmojiShortcodes.replacing(in: parsed.page.title) { parsed.page.title = title }
            let page = parsed.page
            let readsHTML = !filter.allowsRawHTML
            let readsESM = markdownIsMDX || page.source.fileExtension == "mdx"
            parsed.document = cache?.document(for: page, readingHTMLBlocks: readsHTML, readingESM: readsESM) {
                Self.document(of: $0, readingHTMLBlocks: readsHTML, readingESM: readsESM)
            } ?? Self.document(of: page.body, readingHTMLBlocks: readsHTML, readingESM: readsESM)
            parsed.readsHTMLBlocks = readsHTML
            parsed.readsESM = readsESM
            let found = problems(in: parsed.document, of: page)
            if !keepingTrees { parsed.keepOutlineOnly() }
            return found
        }
        return (parsed, found.flatMap { $0 })
    }

    /// The tree of a page's Markdown `body` (Docusaurus' MDX, then the foreign containers of
    /// other tools rewritten first); HTML blocks of any shape read as Markdown when
    /// `readingHTMLBlocks` (safe mode, ``HTMLBlockMarkdown``), ESM lines as code when `readingESM`.
    package static func document(of body: String, readingHTMLBlocks: Bool = true, readingESM: Bool = true) -> MarkdownDocument {
        let mdx = MDXSyntax.rewrite(body, readsESM: readingESM)
        let rewritten = ForeignContainers.rewrite(mdx.text)
        var document = CommonMarkParser.parse(
            rewritten.text, columnShifts: combined(mdx.columnShifts, rewritten.columnShifts, writtenLines: rewritten.writtenLines),
            columnMaps: rewritten.columnMaps, writtenLines: rewritten.writtenLines, readingHTMLBlocks: readingHTMLBlocks, htmlDepth: 0)
        document.abbreviations = rewritten.abbreviations
        document.unknownDirectives = rewritten.unknown + mdx.expressions + mdx.components
        return document
    }

    /// The shifts of two rewritings one after the other, line by line; `writtenLines`: the
    /// line of the first's text each line of the second's comes from (empty: the same).
    private static func combined(_ first: [Int], _ second: [Int], writtenLines: [Int]) -> [Int] {
        guard !first.isEmpty else { return second }
        let lines = writtenLines.isEmpty ? Array(1...first.count) : writtenLines
        return lines.indices.map { first[lines[$0] - 1] + ($0 < second.count ? second[$0] : 0) }
    }

    /// What to do of a MyST directive Repère does not read.
    static let mystNote = "write what it shows in Markdown, or use a directive Repère reads ({note}, {warning}, {admonition}, {dropdown}, {figure}, {image}, {code-block}, {tab-item}, {toctree})"

    private static let componentNote = "Repère renders no MDX (React) or Vue component, only the Markdown inside it: write what it shows in Markdown"

    private func problems(in document: MarkdownDocument, of page: Page) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for unknown in document.unknownDirectives {
            if unknown.directive.hasPrefix("<") {
                // An MDX (React) or Vue component's tag, left out, what it holds read as Markdown.
                let what = unknown.holdsContent ? "is not rendered, only what it holds" : "is left out of the page"
                result.append(
                    Diagnostic(.htmlRawOmitted, "component '\(unknown.directive)' \(what)" + (unknown.uses > 1 ? " (\(unknown.uses) times in this page)" : ""),
                        at: page.location(line: unknown.line, column: unknown.column), notes: [Self.componentNote]))
                continue
            }
            let isShortcode = unknown.directive.hasPrefix("{{")
            let isExpression = !isShortcode && unknown.directive.hasPrefix("{") && !unknown.directive.hasPrefix("{%")
            let shown = unknown.isLeftOut ? "left out" : "shown as text"
            // A shortcode Repère reads, written where it does not read it (inside a line, a table cell).
            let name = unknown.directive.dropFirst(3).split(whereSeparator: { $0 == " " || $0 == "%" || $0 == ">" }).first.map(String.init)
            let (what, note) =
                if unknown.directive.hasPrefix("```{") || unknown.directive.hasPrefix(":::{"), unknown.holdsContent {
                    ("is a MyST directive Repère does not read: what it holds is shown as text",
                     Self.mystNote)
                } else if unknown.directive.hasPrefix("```{") {
                    ("is a MyST directive Repère does not read: it is shown as a code block",
                     Self.mystNote)
                } else if isExpression {
                    ("is an MDX expression, code Repère does not run: it is \(shown)", "write the text it shows")
                } else if isShortcode, let name, ForeignContainers.hugoShortcodeNames.contains(name) {
                    ("is read only at the start or the end of a line: here it is \(shown)", "put it on a line of its own, as Hugo allows")
                } else if isShortcode {
                    ("is not understood: it is \(shown)",
                     "write it in Markdown, or use a shortcode Repère knows (\(ForeignContainers.hugoShortcodeNames.joined(separator: ", ")))")
                } else {
                    ("is not understood: it is \(shown)",
                     "write it in Markdown, or use a container Repère knows (::: tip, /// note, {% hint %}, {% tabs %}, {% code %}, {% file %}, {% embed %})")
                }
            result.append(
                Diagnostic(.markdownUnknownDirective,
                    "'\(unknown.directive)' \(what)" + (unknown.uses > 1 ? " (\(unknown.uses) times in this page)" : ""),
                    at: page.location(line: unknown.line, column: unknown.column), notes: [note]))
        }
        if let position = document.tooDeep {
            result.append(
                Diagnostic(.markdownTooDeep, "Markdown nested more than \(MarkdownDocument.maximumDepth) levels deep",
                    at: page.location(line: position.line, column: position.column),
                    notes: ["what is nested deeper is left out, and the page is not published"]))
        }
        for fragment in document.rawHTML {
            let isKept = filter.filter(fragment) != nil
            if isKept, !filter.dropsLinks(fragment) { continue }  // most fragments: nothing to say
            let snippet = fragment.html.prefix(40).split(separator: "\n").first.map(String.init) ?? ""
            let location = page.location(line: fragment.position.line, column: fragment.position.column)
            guard !isKept else {
                result.append(
                    Diagnostic(.htmlRawOmitted, "the links of raw HTML '\(snippet)' are left out of the page, their text kept", at: location,
                        notes: ["write the links in Markdown, [texte](adresse), or set 'unsafe_html: true' in repere.yml if this HTML is trusted"]))
                continue
            }
            // `<Workflow path="…"/>`: an MDX (React) component, which no setting renders (`<BR>` is HTML).
            let name = fragment.html.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "." }
            if fragment.html.hasPrefix("<"), name.first?.isUppercase == true, name.contains(where: \.isLowercase) {
                result.append(
                    Diagnostic(.htmlRawOmitted, "component '\(snippet)' is left out of the page", at: location, notes: [Self.componentNote]))
                continue
            }
            result.append(
                Diagnostic(.htmlRawOmitted, "raw HTML '\(snippet)' is left out of the page", at: location,
                    notes: ["write it in Markdown, or set 'unsafe_html: true' in repere.yml if this HTML is trusted"]))
        }
        for reference in document.references where !URLSafety.isSafe(reference.destination) {
            result.append(
                Diagnostic(.linkUnsafeURL, "unsafe URL '\(reference.destination.prefix(40))' is replaced by '#'",
                    at: page.location(line: reference.position.line, column: reference.position.column)))
        }
        return result
    }
}
