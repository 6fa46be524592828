import Testing

@testable import RepereMarkdown

/// kramdown's `{::comment}`, `{::nomarkdown}` and `{::options /}`, as Jekyll renders them.
@Suite struct KramdownExtensionsTests {
    private func html(_ markdown: String) -> String {
        HTMLRenderer().render(ParseStage.document(of: markdown))
    }

    @Test func commentsAreLeftOutAndRawHTMLKept() {
        #expect(html("Avant.\n\n{::comment}\nNote interne\n{:/comment}\n\nAprès {::comment}caché{:/} visible.\n")
            == "<p>Avant.</p>\n<p>Après  visible.</p>\n")
        #expect(html("{::options parse_block_html=\"true\" /}\n{::nomarkdown}\n<figure><img src=\"a.png\" alt=\"A\"></figure>\n{:/}\n")
            .contains("<img src=\"a.png\" alt=\"A\""))
        // In code, and an unknown extension, as written; the lines keep their count.
        let code = ["```", "{::comment}", "```", "{::autre}x{:/}"]
        #expect(KramdownExtensions.rewrite(code) == code)
        #expect(KramdownExtensions.rewrite(["{::comment}", "a", "{:/comment}", "b"]) == ["", "", "", "b"])
        // Never closed, or in a code span, an extension is text: it hides nothing (it hid the rest of the page).
        #expect(KramdownExtensions.rewrite(["{::comment}", "a", "b"]) == ["{::comment}", "a", "b"])
        #expect(KramdownExtensions.rewrite(["Le code `{::comment}` masque {:/}"]) == ["Le code `{::comment}` masque {:/}"])
    }
}
