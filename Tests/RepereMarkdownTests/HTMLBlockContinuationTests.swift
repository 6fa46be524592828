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

    /// just-the-docs' examples: a `<div>` closed with a fence right under its `</div>` (in one
    /// block, or after a blank line) ends there, as kramdown reads it: the fence is code (found
    /// in a sweep: the fence was text and the rest of the page a code block).
    @Test func markdownRightAfterAClosingTagIsMarkdown() {
        let inOne = html("<div class=\"code-example\">\n<h2>Titre</h2>\n</div>\n```markdown\n## Titre\n```\n\nSuite.\n")
        #expect(inOne.contains("<pre><code class=\"language-markdown\">## Titre\n</code></pre>") && inOne.contains("<p>Suite.</p>"), "\(inOne)")
        let afterBlank = html("<div markdown=\"1\">\nTexte **gras**.\n\n[Lien](a.md).\n</div>\n```markdown\nTexte\n```\n\nSuite.\n")
        #expect(afterBlank.contains("<pre><code class=\"language-markdown\">Texte\n</code></pre>") && afterBlank.contains("<p>Suite.</p>"), "\(afterBlank)")
        // Nested: only the end tag closing the block's last open element ends it; HTML after it goes on.
        #expect(HTMLBlockContinuation.rewrite(["<div>", "<div>", "a", "</div>", "b", "</div>", "<p>c</p>"]) == ["<div>", "<div>", "a", "</div>", "b", "</div>", "<p>c</p>"])
        #expect(HTMLBlockContinuation.rewrite(["<details>", "<summary>Q</summary>", "R", "</details>", "Texte.", "", "x"]) == ["<details>", "<summary>Q</summary>", "R", "</details>\n", "Texte.", "", "x"])
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
