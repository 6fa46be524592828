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
}
