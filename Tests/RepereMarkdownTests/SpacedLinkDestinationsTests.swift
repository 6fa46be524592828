import Testing

@testable import RepereMarkdown

/// Addresses with spaces, as MkDocs and Jekyll read them.
@Suite struct SpacedLinkDestinationsTests {
    private func references(_ markdown: String) -> [String] {
        ParseStage.document(of: markdown).references.map { "\($0.destination) \($0.position.line):\($0.position.column)" }
    }

    @Test func anAddressWithSpacesIsALink() {
        #expect(references("![trame](club microlycée/trame norme.png) et [B](guide.md#Ajouter une page).\n")
            == ["club%20microlycée/trame%20norme.png 1:1", "guide.md#Ajouter%20une%20page 1:46"])
        // A title after it stays its title; parentheses inside the address are balanced.
        #expect(references("[a](mon fichier.pdf \"Le titre\") [b](notes (2024).md) [c](x y 'T') [d](p q (T))\n")
            == ["mon%20fichier.pdf 1:1", "notes%20(2024).md 1:33", "x%20y 1:54", "p%20q 1:67"])
    }

    /// What CommonMark reads already, code, and text that only looks like it stay as written.
    @Test func whatCommonMarkReadsOrCodeIsLeftAsWritten() {
        #expect(ForeignContainers.rewrite("[a](a.md \"Titre\") [b](<a b.md>) `[c](c d)` [e](f)\n").text == "[a](a.md \"Titre\") [b](<a b.md>) `[c](c d)` [e](f)\n")
        #expect(ForeignContainers.rewrite("```\n[c](c d)\n```\n").text == "```\n[c](c d)\n```\n")
        #expect(SpacedLinkDestinations.rewrite(["[a]({{ picture.backlink }}) ![b]({{ site.baseUrl }}/a.png)"]) == ["[a]({{ picture.backlink }}) ![b]({{ site.baseUrl }}/a.png)"])
        #expect(!SpacedLinkDestinations.mayHave("[a](b) et (c d)\n") && SpacedLinkDestinations.mayHave("x [a](b c)"))
        // Found by the review: a title holding `)` or escaped quotes, a code span of two
        // backticks, text that only looks like a link's end, an indented code block.
        let unchanged = [
            "[x](index.md \"un) titre\")", "[x](index.md \"dit \\\"oui\\\" ici\")", "``a `b` [f](x y)``", "\\[pas un lien\\](a b)",
            "texte](foo bar)", "$f](x y)$",
        ]
        for line in unchanged { #expect(SpacedLinkDestinations.rewrite([line]) == [line], "\(line)") }
        #expect(SpacedLinkDestinations.rewrite(["Texte.", "", "    [z](e f)", "", "- item", "", "    [z](e f)"]) == ["Texte.", "", "    [z](e f)", "", "- item", "", "    [z](e%20f)"])
        // Unclosed: nothing to encode.
        #expect(ForeignContainers.rewrite("[a](b c\nd)\n").text == "[a](b c\nd)\n")
    }
}
