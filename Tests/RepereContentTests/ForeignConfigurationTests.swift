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

    /// MkDocs' `!ENV` tag (geotribu's mkdocs.yml): the value it falls back on is the setting.
    @Test func anEnvironmentTagGivesItsDefault() {
        let yaml = """
            site_name: !ENV [MKDOCS_SITE_NAME, "Geotribu"]
            site_url: !ENV [MKDOCS_SITE_URL, "https://geotribu.fr/"]
            site_description: !ENV SITE_DESCRIPTION
            docs_dir: !ENV [MKDOCS_SOURCE_DIR, "./content"]
            """
        let config = ForeignConfiguration.mkdocs(yaml, source: "mkdocs.yml")
        #expect(config.title == "Geotribu")
        #expect(config.baseURL == "https://geotribu.fr/")
        #expect(config.description == nil)
        #expect(config.contentDirectory == "content")
    }
}
