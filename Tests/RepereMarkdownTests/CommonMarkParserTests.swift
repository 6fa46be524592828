import Testing
@testable import RepereMarkdown

@Suite struct CommonMarkParserTests {
    @Test func linkPositionsAreLineAndCharacterColumnOfTheBody() {
        let doc = CommonMarkParser.parse("# Titre\n\nÉtape 2 : créer [la fiche](fiche.md) puis ![schéma](a.svg)\n")
        #expect(doc.references.map(\.destination) == ["fiche.md", "a.svg"])
        #expect(doc.references.map(\.position) == [
            SourcePosition(line: 3, column: 17), SourcePosition(line: 3, column: 43),
        ])
    }

    /// GitBook's `<a href="#id" id="id"></a>` ending a heading is the anchor the author gave it.
    @Test func gitBooksHeadingAnchorIsTheHeadingsAnchor() {
        let doc = CommonMarkParser.parse("""
            ## Queries <a href="#mutations-queries" id="mutations-queries"></a>

            ## Autre <a href="#x" id="y"></a>

            ## Deux <a href="#mutations-queries" id="mutations-queries"></a>

            ## Trois <a href="#t" id="t" onclick="x()"></a>

            """)
        #expect(doc.headings.map(\.anchor) == ["mutations-queries", "autre", "deux", "trois"])  // the second time, it is taken
        #expect(doc.headings.map(\.text) == ["Queries", "Autre ", "Deux", "Trois "])
        #expect(doc.rawHTML.map(\.html) == ["<a href=\"#x\" id=\"y\">", "</a>", "<a href=\"#t\" id=\"t\" onclick=\"x()\">", "</a>"])
        #expect(HTMLRenderer().render(doc).hasPrefix("<h2 id=\"mutations-queries\">Queries</h2>"))
    }
}
