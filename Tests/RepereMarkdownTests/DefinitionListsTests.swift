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
        "<pre>\n\nTerme\n: pas une définition\n</pre>\n",
        "<!--\n\nTerme\n: pas une définition\n-->\n",
        "Vous fournirez les pièces\njustificatives suivantes\n: une pièce d'identité.\n",
        "1. Étape\n\n   Terme\n   : dans un élément de liste\n2. Suite\n",
        "- Terme\n: pas une définition\n",
        "# Titre\n: pas une définition\n",
        "Terme\n:pas d'espace\n",
        "> Terme\n> : dans une citation\n",
        "Terme\n\n\n: deux lignes vides\n",
    ])
    func otherBlocksAreNoTerms(markdown: String) {
        #expect(!html(markdown).contains("<dl>"), "\(markdown)")
    }

    /// A fence ends a definition's lazy lines; indented with it, a fence is part of it, blank lines included.
    @Test func codeAfterOrInsideADefinitionStaysCode() {
        #expect(html("Terme\n: def\n```\na\n\nb\n```\n\n## Suite\n")
            == "<dl>\n<dt>\n<p>Terme</p>\n</dt>\n<dd>\n<p>def</p>\n</dd>\n</dl>\n<pre><code>a\n\nb\n</code></pre>\n<h2 id=\"suite\">Suite</h2>\n")
        #expect(html("Terme\n: def\n\n    ```\n    a\n\n    b\n    ```\n\nFin.\n").contains("<dd>\n<p>def</p>\n<pre><code>a\n\nb\n</code></pre>\n</dd>"))
        // The columns are those of the file: the link is at column 10 of line 2.
        #expect(ParseStage.document(of: "Terme\n:   voir [x](b.md)\n").references.map { "\($0.position.line):\($0.position.column)" } == ["2:10"])
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
        // Written without a space, alone on a page.
        #expect(html("{:.note}\nTexte.\n").contains("callout-note"))
    }

    /// Before another block, indented (in a list item) or in code, it is no callout.
    @Test func otherBlocksAreNoCallouts() {
        #expect(html("{: .note }\n```\na\n\nb\n```\n\n## Suite\n") == "<pre><code>a\n\nb\n</code></pre>\n<h2 id=\"suite\">Suite</h2>\n")
        #expect(html("1. Un\n\n   {: .warning }\n   Texte.\n2. Deux\n").components(separatedBy: "<ol").count == 2)
        #expect(!html("```\n{: .note }\nTexte.\n```\n").contains("callout"))
    }
}
