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
