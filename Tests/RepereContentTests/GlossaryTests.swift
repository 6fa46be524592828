import RepereContent
import Testing

@Suite struct GlossaryTests {
    @Test func readsTermsExpansionsAndSynonyms() {
        let (glossary, problems) = Glossary.parse("""
            terms:
              - term: "PDR"
                expansion: "Point de rassemblement"
                definition: "Lieu de départ."
                synonyms: ["arrêt de bus"]
              - term: Séjour
                definition: Période.
                synonyms: cohorte
            """, file: "content/glossary.yml")
        #expect(problems.isEmpty)
        #expect(glossary.terms == [
            Glossary.Term(term: "PDR", expansion: "Point de rassemblement", definition: "Lieu de départ.", synonyms: ["arrêt de bus"]),
            Glossary.Term(term: "Séjour", expansion: nil, definition: "Période.", synonyms: ["cohorte"]),
        ])
    }

    @Test func reportsProblemsAtTheirLineAndKeepsTheGoodEntries() {
        let (glossary, problems) = Glossary.parse("""
            terms:
              - term: A
                couleur: bleu
              - just a string
              - definition: sans terme
            autre: 1
            """, file: "content/glossary.yml")
        #expect(glossary.terms.map(\.term) == ["A"])
        #expect(problems.map(\.id.rawValue) == ["glossary.unknown-key", "glossary.invalid-value", "glossary.missing-term", "glossary.unknown-key"])
        #expect(problems.map { $0.location?.line ?? 0 } == [3, 4, 5, 6])
    }

    @Test func invalidYAMLIsAnError() {
        let (glossary, problems) = Glossary.parse("terms: [\n", file: "content/glossary.yml")
        #expect(glossary.terms.isEmpty)
        #expect(problems.map(\.id.rawValue) == ["glossary.invalid-yaml"])
    }
}
