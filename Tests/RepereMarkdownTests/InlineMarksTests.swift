import Testing
@testable import RepereMarkdown

/// MkDocs' `==surligné==` (pymdownx.mark) and `^^inséré^^` (pymdownx.caret).
@Suite struct InlineMarksTests {
    func html(_ markdown: String) -> String { HTMLRenderer().render(CommonMarkParser.parse(markdown)) }

    @Test func marksWrapTheirInlines() {
        #expect(html("Un texte ==surligné== et ^^inséré^^.\n") == "<p>Un texte <mark>surligné</mark> et <ins>inséré</ins>.</p>\n")
        #expect(html("==un **mot** fort== puis ==[lien](https://exemple.fr)==\n")
            == "<p><mark>un <strong>mot</strong> fort</mark> puis <mark><a href=\"https://exemple.fr\">lien</a></mark></p>\n")
        #expect(html("*==dans== l’emphase* et ==^^les deux^^==\n") == "<p><em><mark>dans</mark> l’emphase</em> et <mark><ins>les deux</ins></mark></p>\n")
        #expect(html("==a < b & c==\n") == "<p><mark>a &lt; b &amp; c</mark></p>\n")
    }

    @Test func aHeadingsAnchorAndTextAreItsPlainText() {
        let heading = CommonMarkParser.parse("## Titre ==marqué==\n").headings.first
        #expect(heading?.text == "Titre marqué" && heading?.anchor == "titre-marque")
    }

    @Test(arguments: [
        "`==code==` et `^^code^^`\n", "a==b==c\n", "x == y == z\n", "===trois===\n", "== espace==\n", "==fin ouverte.\n",
        "```\n==bloc==\n```\n", "    ==indenté==\n", "if a==b and c^^d\n", "^^^^\n", "====\n",
    ])
    func whatIsNoMarkStaysAsWritten(markdown: String) {
        let result = html(markdown)
        #expect(!result.contains("<mark>") && !result.contains("<ins>"))
        #expect(result.contains("==") || result.contains("^^"))
    }
}
