import Testing
@testable import RepereMarkdown

/// GitBook's `<figure><img>` and `<pre><code>` blocks read as the Markdown they stand for.
@Suite struct HTMLBlockShapesTests {
    func html(_ markdown: String, unsafe: Bool = false) -> String {
        HTMLRenderer(options: .init(allowsRawHTML: unsafe)).render(CommonMarkParser.parse(markdown))
    }

    @Test(arguments: [false, true])
    func aFigureWithACaptionIsTheMarkdownFigure(unsafe: Bool) {
        let source = "Avant.\n\n<figure><img src=\"../.gitbook/assets/Étape 3.png\" alt=\"L&#x27;écran\" width=\"325\" onerror=\"x()\">"
            + "<figcaption><p>(1) « Mes zones » &amp; <strong>plus</strong></p></figcaption></figure>\n"
        #expect(html(source, unsafe: unsafe) == """
            <p>Avant.</p>
            <figure>
            <p><img src="../.gitbook/assets/Étape 3.png" alt="L&#39;écran" loading="lazy"></p>
            <figcaption>(1) « Mes zones » &amp; plus</figcaption>
            </figure>

            """)
        let document = CommonMarkParser.parse(source)
        #expect(document.references == [
            Reference(kind: .image, destination: "../.gitbook/assets/Étape 3.png", text: "L'écran", isImageOnly: false,
                position: SourcePosition(line: 3, column: 9))
        ])
        #expect(document.rawHTML.isEmpty)
    }

    @Test func figuresInARowInsideADivAreImages() {
        let source = "<div><figure><img src=\"a.png\" alt=\"\"><figcaption></figcaption></figure> <figure><img src=\"b.png\" alt=\"B\"></figure></div>\n"
        #expect(html(source) == "<p><img src=\"a.png\" alt=\"\" loading=\"lazy\"></p>\n<p><img src=\"b.png\" alt=\"B\" loading=\"lazy\"></p>\n")
        #expect(CommonMarkParser.parse(source).references.map(\.position.column) == [14, 81])
    }

    @Test func onlyParagraphsAndLineBreaksSeparateACaptionsWords() {
        let source = "<figure><img src=\"a.png\" alt=\"A\"><figcaption><p>L'<strong>écran</strong>s</p><p>un<br>deux</p></figcaption></figure>\n"
        #expect(html(source).contains("<figcaption>L&#39;écrans un deux</figcaption>"))
    }

    @Test func numericReferencesAreDigitsOnly() {
        #expect(HTMLEntities.decoded("&#60;&#x3C;&#X3c;&#+60;&#-60;&#x+3C;&#;&#x;") == "<<<&#+60;&#-60;&#x+3C;&#;&#x;")
    }

    /// Positions are counted on from one figure to the next: a block of many costs one pass.
    @Test func aBlockOfManyFiguresKnowsWhereEachIs() {
        let source = "- A\n\n  " + (0..<20_000).map { "<figure><img src=\"a\($0).png\" alt=\"\"></figure>" }.joined(separator: "\n  ") + "\n"
        let references = CommonMarkParser.parse(source).references
        #expect(references.count == 20_000)
        #expect(references.first?.position == SourcePosition(line: 3, column: 11))
        #expect(references.last?.position == SourcePosition(line: 20_002, column: 11))
        #expect(references.last?.destination == "a19999.png")
    }

    @Test func anExternalImageIsRenderedAsMarkdownRendersOne() {
        #expect(html("<figure><img src=\"https://x.fr/a.png\" alt=\"A\"></figure>\n") == html("![A](https://x.fr/a.png)\n"))
        #expect(html("<figure><img src=\"javascript:alert(1)\" alt=\"A\"></figure>\n") == "<p><img src=\"#\" alt=\"A\" loading=\"lazy\"></p>\n")
    }

    @Test func aPreformattedBlockIsACodeBlockInItsLanguage() {
        let source = "<pre class=\"language-bash\"><code class=\"lang-bash\"><strong>API_TOKEN=\"x\" ruby a.rb &#x26;&#x26; echo &lt;fin&gt;\n</strong></code></pre>\n"
        let document = CommonMarkParser.parse(source)
        #expect(document.blocks == [.codeBlock(language: "bash", code: "API_TOKEN=\"x\" ruby a.rb && echo <fin>\n")])
        #expect(html(source) == html("```bash\nAPI_TOKEN=\"x\" ruby a.rb && echo <fin>\n```\n"))
        #expect(CommonMarkParser.parse("<pre><code>a<br>b</code></pre>\n").blocks == [.codeBlock(language: "", code: "a\nb\n")])
    }

    @Test(arguments: [
        "<figure><img src=\"a.png\" alt=\"A\"><script>alert(1)</script></figure>\n",
        "<figure><img src=\"a.png\" alt=\"A\"><figcaption><iframe src=x></iframe></figcaption></figure>\n",
        "<figure><img alt=\"sans source\"></figure>\n",
        "<figure><img src=\"a.png\" alt=\"A\"></figure><p>après</p>\n",
        "<pre><code><script>alert(1)</script></code></pre>\n",
        "<pre><code>x</code></pre><img src=x onerror=alert(1)>\n",
        "<div><figure><img src=\"a.png\" alt=\"A\"></figure>\n",
        // A caption cut by a blank line: the first figure alone is no match either.
        "<figure><img src=\"a.png\"></figure>\n<figure><img src=\"b.png\" alt=\"B\"><figcaption>Légende\n",
        "<pre><code>x\n",
    ])
    func anyOtherShapeIsLeftToTheFilter(source: String) {
        #expect(html(source) == "")
        #expect(CommonMarkParser.parse(source).rawHTML.count == 1)
    }
}
