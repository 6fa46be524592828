import Testing
@testable import RepereMarkdown

/// Notes (`[^1]`, MkDocs' footnotes extension, also GitHub's): numbered in the order they are
/// first referred to, listed at the end of the page, each linked both ways.
@Suite struct FootnotesTests {
    @Test func referencesAndNotesAreLinkedBothWays() {
        let doc = CommonMarkParser.parse("""
            Texte[^source] et encore[^1], puis[^source].

            [^1]: Seconde **note**.
            [^source]: Première.
            [^orpheline]: Jamais citée.

            """)
        #expect(doc.blocks.first == .paragraph([
            .text("Texte"), .footnoteReference(1), .text(" et encore"), .footnoteReference(2), .text(", puis"), .footnoteReference(1), .text("."),
        ]))
        let html = HTMLRenderer().render(doc)
        #expect(html.contains("Texte<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-label=\"Note 1\">1</a></sup>"))
        #expect(html.contains("<a href=\"#fn-1\" id=\"fnref-1-2\" aria-label=\"Note 1\">1</a>"))
        #expect(html.contains("<li id=\"fn-2\" value=\"2\">\n<p>Seconde <strong>note</strong>.</p>\n"
            + "<a href=\"#fnref-2\" class=\"footnote-back\" aria-label=\"Retour au texte\">↩</a>"))
        #expect(html.contains("<section class=\"footnotes\" aria-label=\"Notes\">"))
        #expect(!html.contains("[^"))
    }

    @Test func aReferenceWithoutNoteIsText() {
        #expect(CommonMarkParser.parse("Sans note[^x].\n").blocks == [.paragraph([.text("Sans note[^x].")])])
    }
}
