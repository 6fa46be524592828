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

    /// Found in review: with a note citing another, defined before the text, each reference
    /// leads to its own note (cmark's numbers, which the list of notes follows).
    @Test func eachReferenceLeadsToItsOwnNote() throws {
        let html = HTMLRenderer().render(CommonMarkParser.parse("[^a]: Note A cite [^b].\n\nTexte[^a] puis[^b].\n\n[^b]: Note B.\n"))
        func note(after text: String) throws -> String {
            let start = try #require(html.range(of: text + "<sup"))
            let target = html[start.upperBound...].split(separator: "\"")[3]  // class, footnote-ref, href=, #fn-N
            let item = try #require(html.range(of: "<li id=\"\(target.dropFirst())\""))
            return String(html[item.upperBound...].prefix(40))
        }
        #expect(try note(after: "Texte").contains("Note A"), "\(html)")
        #expect(try note(after: "puis").contains("Note B"), "\(html)")
    }
}
