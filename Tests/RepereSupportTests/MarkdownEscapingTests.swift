import RepereSupport
import Testing

@Suite struct MarkdownEscapingTests {
    @Test func punctuationIsEscaped() {
        #expect("a_b *c* ~d~ [e](f) <g> `h`\\".markdownEscaped == "a\\_b \\*c\\* \\~d\\~ \\[e\\](f) \\<g\\> \\`h\\`\\\\")
        #expect("![a] & &amp; &#60; Oui !".markdownEscaped == "\\!\\[a\\] & \\&amp; \\&#60; Oui !")
    }

    @Test(arguments: [
        ("a", "`a`"), ("a`b", "``a`b``"), ("`a", "`` `a ``"), ("a``", "``` a`` ```"), (" a ", "`  a  `"), ("  ", "`  `"), (" a", "` a`"),
    ])
    func aCodeSpanHoldsItsTextExactly(text: String, span: String) {
        #expect(text.markdownCodeSpan == span)
    }
}
