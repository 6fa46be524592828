import Testing

@testable import RepereMarkdown

/// HTML blocks that go on over a blank line where the author's HTML does, as MkDocs and Jekyll read them.
@Suite struct HTMLBlockContinuationTests {
    private func html(_ markdown: String) -> String {
        HTMLRenderer().render(ParseStage.document(of: markdown))
    }

    /// A `<pre>` in a `<div>` with a blank line in its code: the whole code block (before, its
    /// second half was Markdown, `</code>` shown as text, and the block after it left out).
    @Test func aBlankLineInsidePreformattedTextKeepsTheBlock() {
        let markdown = "<div class=\"row\">\n    <div>\n        <pre><code>\nUn\n\nDeux\n</code></pre>\n    </div>\n</div>\n<p>Suite.</p>\n"
        #expect(html(markdown) == "<pre><code>Un\n\nDeux\n</code></pre>\n<p>Suite.</p>\n")
    }

    /// A template's tag in an HTML block's `<pre>` (Grav's Twig examples) is its text, not a
    /// directive to report.
    @Test func aTemplateTagInPreformattedHTMLIsText() {
        let rewritten = ForeignContainers.rewrite("<div class=\"tabs\">\n  <pre>\n{% set flex = grav.get('flex') %}\n\nFlex: {{ flex.count() }}\n  </pre>\n</div>\n")
        #expect(rewritten.unknown.isEmpty && rewritten.text.contains("{% set flex = grav.get('flex') %}"), "\(rewritten.unknown)")
    }

    /// Indented HTML after a blank line inside an element is HTML, not a code block.
    @Test func indentedHTMLAfterABlankLineIsStillHTML() {
        let lines = HTMLBlockContinuation.rewrite(["<table>", "  <tr><td>a</td></tr>", "", "    <tr><td>b</td></tr>", "</table>", "", "Texte."])
        #expect(lines == ["<table>", "  <tr><td>a</td></tr>", HTMLBlockContinuation.blankLine, "    <tr><td>b</td></tr>", "</table>", "", "Texte."])
    }

    /// Markdown after a blank line ends the block as CommonMark says (GitHub's `<details>` with
    /// Markdown inside), and so does a blank line once every element is closed; code, and a tag
    /// in a paragraph's text, are no block.
    @Test func markdownAfterABlankLineIsStillMarkdown() {
        #expect(html("<details>\n<summary>Titre</summary>\n\n**Gras** ici.\n\n</details>\n")
            == "<details>\n<summary>Titre</summary>\n<p><strong>Gras</strong> ici.</p>\n</details>\n")
        let unchanged = [
            ["<div>", "<p>Un</p>", "</div>", "", "<div>Deux</div>"], ["```", "<div>", "", "<p>x</p>", "```"],
            ["Un texte", "<span>", "", "<span>b</span>"], ["    <div>", "", "    <p>code</p>"],
        ]
        for lines in unchanged { #expect(HTMLBlockContinuation.rewrite(lines) == lines, "\(lines)") }
        #expect(!HTMLBlockContinuation.mayHave("<div>\n</div>\n") && HTMLBlockContinuation.mayHave("a\n\n  <div>"))
    }

    /// A comment in an HTML block shows nothing: the block is read without it (before, the
    /// whole block was left out).
    @Test func aCommentDoesNotKeepABlockFromBeingRead() {
        #expect(html("<div><p>Un <!-- note --> deux</p></div>\n") == "<p>Un deux</p>\n")
    }
}
