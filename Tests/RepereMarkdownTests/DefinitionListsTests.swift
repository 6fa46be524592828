@testable import RepereMarkdown
import Testing

/// Definition lists (MkDocs' `def_list`, kramdown, Goldmark): `<dl>` around Markdown terms and definitions.
@Suite struct DefinitionListsTests {
    func html(_ markdown: String) -> String {
        HTMLRenderer().render(ParseStage.document(of: markdown))
    }

    @Test func termsAndDefinitionsBecomeADefinitionList() {
        let markdown = """
            Intro.

            **Référent**
            :   Suit les volontaires d'un [département](a.md).

                Un second paragraphe.
            :   Une autre définition.

            MIG
            : La mission
            faite en phase 2.

            Fin.

            """
        #expect(html(markdown) == """
            <p>Intro.</p>
            <dl>
            <dt>
            <p><strong>Référent</strong></p>
            </dt>
            <dd>
            <p>Suit les volontaires d&#39;un <a href="a.md">département</a>.</p>
            <p>Un second paragraphe.</p>
            </dd>
            <dd>
            <p>Une autre définition.</p>
            </dd>
            <dt>
            <p>MIG</p>
            </dt>
            <dd>
            <p>La mission
            faite en phase 2.</p>
            </dd>
            </dl>
            <p>Fin.</p>

            """)
        // Positions stay those of the file: the link is on line 4.
        #expect(ParseStage.document(of: markdown).references.map(\.position.line) == [4])
    }

    @Test(arguments: [
        "```\nTerme\n: pas une définition\n```\n",
        "- Terme\n: pas une définition\n",
        "# Titre\n: pas une définition\n",
        "Terme\n:pas d'espace\n",
        "> Terme\n> : dans une citation\n",
        "Terme\n\n\n: deux lignes vides\n",
    ])
    func otherBlocksAreNoTerms(markdown: String) {
        #expect(!html(markdown).contains("<dl>"), "\(markdown)")
    }

    @Test func aBlankLineMayStandBetweenATermAndItsDefinition() {
        #expect(html("Terme\n\n: Définition\n") == "<dl>\n<dt>\n<p>Terme</p>\n</dt>\n<dd>\n<p>Définition</p>\n</dd>\n</dl>\n")
    }
}

/// Just the Docs' callouts: `{: .warning }` before a paragraph or a quote.
@Suite struct KramdownCalloutsTests {
    func html(_ markdown: String) -> String {
        HTMLRenderer().render(ParseStage.document(of: markdown))
    }

    @Test func aCalloutClassBeforeAParagraphOrAQuoteMakesACallout() {
        let page = html("{: .warning }\nLes inscriptions\nferment le 15 mars.\n\n{: .note-title }\n> Bon à savoir\n>\n> Le texte.\n\n{: .autre }\nUn paragraphe.\n")
        #expect(page.components(separatedBy: "class=\"callout callout-").count == 3, "\(page)")
        #expect(page.contains("<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Attention</p>\n<p>Les inscriptions\nferment le 15 mars.</p>"))
        #expect(page.contains("<p class=\"callout-title\">Remarque</p>\n<p><strong>Bon à savoir</strong></p>\n<p>Le texte.</p>"))
        #expect(page.hasSuffix("<p>Un paragraphe.</p>\n"))
        // Line numbers stay those of the file.
        #expect(ParseStage.document(of: "{: .tip }\nVoir [ici](a.md).\n").references.map(\.position.line) == [2])
    }
}
