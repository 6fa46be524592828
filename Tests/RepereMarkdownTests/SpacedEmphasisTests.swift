import Testing

@testable import RepereMarkdown

/// Bold closed after spaces, as GitBook's sync writes it (found in a sweep: 229 on one site).
@Suite struct SpacedEmphasisTests {
    @Test(arguments: [
        ("**Vous souhaitez ouvrir une boutique ?  **\\", "**Vous souhaitez ouvrir une boutique ?**  \\"),
        ("Avant **un mot **, après **deux ** et **trois**.", "Avant **un mot** , après **deux**  et **trois**."),
        ("2 ** 3 ** 4, `**code  **` et **suite **x", "2 ** 3 ** 4, `**code  **` et **suite **x"),
        ("**bien**", "**bien**"),
    ])
    func boldClosedAfterSpacesIsClosedBeforeThem(line: String, expected: String) {
        #expect(SpacedEmphasis.rewrite([line]) == [expected])
    }

    @Test func codeBlocksAreLeftAsWritten() {
        #expect(SpacedEmphasis.rewrite(["```", "**a  **", "```"]) == ["```", "**a  **", "```"])
    }

    @Test func theRenderedPageShowsBold() {
        let html = HTMLRenderer().render(ParseStage.document(of: "**Vous souhaitez ?  **\\\nSuite.\n"))
        #expect(html.contains("<strong>Vous souhaitez ?</strong>"), "\(html)")
    }
}
