import RepereSupport
import Testing
@testable import RepereMarkdown

/// GitBook's `<figure><img>`, `<pre><code>` and `<table>` blocks read as the Markdown they stand for.
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
            <p><img src="../.gitbook/assets/Étape 3.png" alt="L&#39;écran" width="325" loading="lazy"></p>
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

    /// Images centered as GitBook and READMEs write them: `<p align="center">`, `<div>`, `<center>`
    /// around `<img>` tags; a centered caption keeps its text.
    @Test func centeredImagesAreImages() {
        #expect(html("<p align=\"center\"><img src=\"a.png\" width=\"300\" alt=\"A\"></p>\n")
            == "<p><img src=\"a.png\" alt=\"A\" width=\"300\" loading=\"lazy\"></p>\n")
        #expect(html("<div align=\"center\">\n  <img src=\"a.png\"><br>\n  <img src=\"b.png\" title=\"B\">\n</div>\n")
            == "<p><img src=\"a.png\" alt=\"\" loading=\"lazy\"></p>\n<p><img src=\"b.png\" alt=\"\" title=\"B\" loading=\"lazy\"></p>\n")
        #expect(CommonMarkParser.parse("<center><img src=\"a.png\"></center>\n").references.map(\.destination) == ["a.png"])
        #expect(html("<p align=\"center\">Légende <em>centrée</em></p>\n") == "Légende <em>centrée</em>\n")
        #expect(html("<p align=\"center\"><img src=\"a.png\"><video src=\"v.mp4\"></video></p>\n") == "", "another tag: left out as before")
        #expect(CommonMarkParser.parse("<div style={{display: 'flex'}}>\n  <img src={capture} />\n</div>\n").references.isEmpty, "MDX's src={…} is no address")
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

    /// A table with column widths (GitBook) is the GFM table of its rows: hidden columns left out,
    /// cells' text escaped, their images, code, links and paragraphs read as in a Markdown cell.
    @Test(arguments: [false, true])
    func aTableIsTheMarkdownTable(unsafe: Bool) {
        let source = """
            <table><thead><tr><th width="285">Incubateur</th><th>Contact</th><th data-hidden>Caché</th></tr></thead><tbody>
              <tr><td>MTES : *Écologie* | Mer</td><td><a href="mailto:a@b.fr" target="_blank">Tristan</a> <code>a|b</code></td><td>x</td></tr>
              <tr><td><p><strong>Produits</strong></p><p><img src="../.gitbook/assets/logo (1).png" alt="Logo"></p></td></tr>
            </tbody></table>

            """
        let document = CommonMarkParser.parse(source)
        #expect(document.references.map(\.destination) == ["mailto:a@b.fr", "../.gitbook/assets/logo (1).png"])
        #expect(document.references.allSatisfy { $0.position == SourcePosition(line: 1, column: 1) })
        #expect(document.rawHTML.isEmpty || unsafe || document.rawHTML.allSatisfy { RawHTMLFilter(allowsRawHTML: false).filter($0) != nil })
        #expect(html(source, unsafe: unsafe) == """
            <div class="table-wrapper" tabindex="0" role="region" aria-label="Tableau"><table>
            <thead>
            <tr>
            <th scope="col">Incubateur</th>
            <th scope="col">Contact</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>MTES : *Écologie* | Mer</td>
            <td><a href="mailto:a@b.fr">Tristan</a> <code>a|b</code></td>
            </tr>
            <tr>
            <td><p><strong>Produits</strong></p><p><img src="../.gitbook/assets/logo (1).png" alt="Logo" loading="lazy"></p></td>
            <td></td>
            </tr>
            </tbody>
            </table></div>

            """)
    }

    /// GitBook's cards are a list of links to their targets, without their cover images.
    @Test func cardsAreAListOfLinksToTheirTargets() {
        let source = """
            <table data-view="cards"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type="content-ref"></th><th data-hidden data-card-cover data-type="files"></th></tr></thead><tbody><tr><td><strong>Découvrir</strong></td><td><p>L'histoire</p><p>de <a href="https://beta.gouv.fr">beta</a></p></td><td><a href="decouvrir/histoire.md">histoire.md</a></td><td><a href=".gitbook/assets/cover.jpg">cover.jpg</a></td></tr><tr><td><p>Sans cible, <a href="https://x.fr">un lien</a></p></td><td></td><td></td><td></td></tr><tr><td></td><td></td><td><a href="seule.md">seule.md</a></td><td></td></tr></tbody></table>

            """
        let document = CommonMarkParser.parse(source)
        #expect(document.references.map(\.destination) == ["decouvrir/histoire.md", "https://x.fr", "seule.md"])
        #expect(document.rawHTML.map(\.html) == ["<strong>", "</strong>"])
        #expect(html(source) == """
            <ul>
            <li><a href="decouvrir/histoire.md"><strong>Découvrir</strong> — L&#39;histoire de beta</a></li>
            <li>Sans cible, <a href="https://x.fr">un lien</a></li>
            <li><a href="seule.md">seule.md</a></li>
            </ul>

            """)
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
        "<table><tr><td><table><tr><td>imbriquée</td></tr></table></td></tr></table>\n",
        "<table><tr><td>a</td></tr>texte hors cellule</table>\n",
        "<table><tr><td>jamais fermée</td></tr>\n",
    ])
    func anyOtherShapeIsLeftToTheFilter(source: String) {
        #expect(html(source) == "")
        #expect(CommonMarkParser.parse(source).rawHTML.count == 1)
    }
}
