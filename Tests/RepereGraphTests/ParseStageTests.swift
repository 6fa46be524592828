import RepereContent
import RepereDiagnostics
@testable import RepereMarkdown
import RepereTestSupport
import Testing

/// The parse stage's content-safety warnings, at the position of what they name in the file.
@Suite struct ParseStageTests {
    func diagnostics(_ body: String, allowsRawHTML: Bool = false) throws -> [String] {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": "---\ntitle: A\n---\n" + body]))
        return ParseStage(filter: .init(allowsRawHTML: allowsRawHTML)).run(loaded.pages).diagnostics
            .map { "\($0.location!) \($0.id) \($0.severity): \($0.message)" }
    }

    @Test func rawHTMLLeftOutIsAWarningWhereItIs() throws {
        #expect(try diagnostics("Un <kbd>Entrée</kbd> <iframe src=x></iframe> <!-- note -->\n\n<div><audio src=x></audio></div>\n") == [
            "content/a.md:4:22 html.raw-omitted warning: raw HTML '<iframe src=x>' is left out of the page",
            "content/a.md:4:36 html.raw-omitted warning: raw HTML '</iframe>' is left out of the page",
            "content/a.md:6:1 html.raw-omitted warning: raw HTML '<div><audio src=x></audio></div>' is left out of the page",
        ])
        // A block's layout wrappers go unreported, its text kept; its links are links (HTMLBlockMarkdown),
        // its scripts and components are reported, each kind once, at the block.
        #expect(try diagnostics("<div class=\"grid\" markdown>\n\nTexte.\n\n</div>\n\n<details>\n<summary>Albert</summary>\n<a href=\"x\">Essayer</a>\n</details>\n").isEmpty)
        #expect(try diagnostics("<div>\n<p>Texte</p>\n<script>x()</script><script>y()</script>\n<Tabs><TabItem>Un</TabItem></Tabs>\n</div>\n") == [
            "content/a.md:4:1 html.raw-omitted warning: raw HTML '<script>' is left out of the page",
            "content/a.md:4:1 html.raw-omitted warning: component '<Tabs>' is left out of the page",
            "content/a.md:4:1 html.raw-omitted warning: component '<TabItem>' is left out of the page",
        ])
        // With unsafe_html, the block is the author's.
        #expect(try diagnostics("<div>\n<p>Texte</p>\n<script>x()</script>\n</div>\n", allowsRawHTML: true).isEmpty)
        #expect(try diagnostics("<div>bloc</div>\n", allowsRawHTML: true).isEmpty)
        // An MDX component is named as one: unsafe_html would not render it.
        #expect(try diagnostics("<Workflow path=\"a.yml\" />\n\n<TABLE>Vieux</TABLE>\n") == [
            "content/a.md:4:1 html.raw-omitted warning: component '<Workflow>' is left out of the page",
        ], "a table of no rows is its text")
    }

    @Test func unsafeURLsAreAWarningWhereTheyAre() throws {
        #expect(try diagnostics("[a](javascript:x) ![b](vbscript:y)\n[c](file:///etc/passwd) [d](data:text/html,z) [e](https://x.fr/)\n") == [
            "content/a.md:4:1 link.unsafe-url warning: unsafe URL 'javascript:x' is replaced by '#'",
            "content/a.md:4:19 link.unsafe-url warning: unsafe URL 'vbscript:y' is replaced by '#'",
            "content/a.md:5:1 link.unsafe-url warning: unsafe URL 'file:///etc/passwd' is replaced by '#'",
            "content/a.md:5:25 link.unsafe-url warning: unsafe URL 'data:text/html,z' is replaced by '#'",
        ])
        // After hard breaks written `\\` (cmark counts their next lines' columns from the break's line).
        #expect(try diagnostics("Un\\\nDeux [a](javascript:a).\\\nTrois é [b](javascript:b).\n") == [
            "content/a.md:5:6 link.unsafe-url warning: unsafe URL 'javascript:a' is replaced by '#'",
            "content/a.md:6:9 link.unsafe-url warning: unsafe URL 'javascript:b' is replaced by '#'",
        ])
    }

    /// An unknown shortcode used again and again is one warning per page, at its first use; the
    /// note lists every shortcode Repère reads.
    @Test func anUnknownShortcodeIsOneWarningPerPage() throws {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": "---\ntitle: A\n---\n{{< gh 1 >}}\nVoir {{< gh 2 >}}.\n"]))
        let found = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages).diagnostics
        // Shown as text in « Voir {{< gh 2 >}}. »: said so, as readers see it.
        #expect(found.map { "\($0.location!) \($0.message)" } == ["content/a.md:4:1 '{{< gh >}}' is not understood: it is shown as text (2 times in this page)"])
        #expect(found.first?.notes.first?.contains("note, notice, output, pageinfo, picture") == true)
        // A shortcode Repère reads, but in a table cell: said so, not "not understood".
        let cell = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": "---\ntitle: A\n---\n| a |\n|---|\n| x {{% note %}} y |\n"]))
        let inCell = ParseStage(filter: .init(allowsRawHTML: false)).run(cell.pages).diagnostics
        #expect(inCell.map(\.message).allSatisfy { $0.contains("is read only at the start or the end of a line") } && !inCell.isEmpty, "\(inCell.map(\.message))")
    }

    /// A build written to disk keeps only each tree's outline after parsing (what resolving and
    /// checking read) and its source; the tree parsed again is the one first parsed.
    @Test func withoutTreesOnlyTheOutlineIsKeptAndTheTreeComesBackWhole() throws {
        let body = "Texte.\n\n# Titre\n\nVoir [la suite](b.md#etape) et ![photo](p.png).\n\n## Étape\n\n> [!NOTE]\n> <kbd>x</kbd>\n\n::: tip\nAstuce\n:::\n"
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": "---\ntitle: A\n---\n" + body]))
        let stage = ParseStage(filter: .init(allowsRawHTML: false))
        let whole = try #require(stage.run(loaded.pages).pages.first { $0.page.title == "A" })
        let (pages, diagnostics) = stage.run(loaded.pages, keepingTrees: false)
        let outlined = try #require(pages.first { $0.page.title == "A" })
        #expect(outlined.isOutline && outlined.document.blocks.isEmpty && !whole.isOutline)
        #expect(outlined.document.headings == whole.document.headings && outlined.document.headings.count == 2)
        #expect(outlined.document.references == whole.document.references && outlined.document.references.count == 2)
        #expect(outlined.document.rawHTML == whole.document.rawHTML && !whole.document.rawHTML.isEmpty)
        #expect(diagnostics.map(\.id) == stage.run(loaded.pages).diagnostics.map(\.id))
        #expect(outlined.withWholeTree().document == whole.document && !whole.document.blocks.isEmpty)
        #expect(whole.withWholeTree() == whole)
    }
}

extension ParseStageTests {
    @Test func gitBooksFiguresAndCodeAreNoRawHTML() throws {
        #expect(try diagnostics("<figure><img src=\"a.png\" alt=\"A\"><figcaption>L</figcaption></figure>\n\n<pre><code>x</code></pre>\n").isEmpty)
    }
}
