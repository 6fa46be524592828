import Testing
@testable import RepereContent

/// Reading another tool's JavaScript configuration (`repere init --from docusaurus|vuepress`).
@Suite struct ForeignConfigurationTests {
    @Test(arguments: [
        // A string ends at its own closing quote, not at another kind (etalab's guides).
        (#"  description: "Les guides d'Etalab : vous accompagner.","#, "Les guides d'Etalab : vous accompagner."),
        (#"  description: 'Le guide "pratique" de l\'équipe',"#, #"Le guide "pratique" de l'équipe"#),
        ("  description: `Un guide`,", "Un guide"),
        (#"  description: "Une \\ barre et un \"mot\"","#, #"Une \ barre et un "mot""#),
        (#"  description: """#, ""),
    ])
    func aJavaScriptStringIsReadToItsOwnClosingQuote(line: String, expected: String) {
        let js = "module.exports = {\n  title: 'Titre',\n\(line)\n}\n"
        #expect(ForeignConfiguration.jsString("description", in: js) == expected)
        #expect(ForeignConfiguration.jsString("title", in: js) == "Titre")
    }

    @Test func anUnterminatedOrMissingStringIsNoValue() {
        #expect(ForeignConfiguration.jsString("description", in: "  description: \"pas de fin\n") == nil)
        #expect(ForeignConfiguration.jsString("description", in: "  title: 'T'\n") == nil)
    }
}
