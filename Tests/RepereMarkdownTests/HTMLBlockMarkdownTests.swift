@testable import RepereMarkdown
import Testing

/// HTML blocks of any shape read as the Markdown they stand for, in safe mode.
@Suite struct HTMLBlockMarkdownTests {
    func markdown(_ html: String) -> HTMLBlockMarkdown.Result? {
        HTMLToken.split(html, droppingComments: true).flatMap { HTMLBlockMarkdown.read($0, html: html) }
    }

    /// Rendered in safe mode, HTML blocks read.
    func html(_ markdown: String) -> String {
        HTMLRenderer().render(CommonMarkParser.parse(markdown, readingHTMLBlocks: true))
    }

    /// A link around blocks, as VitePress' cards write it: its first block is the link, the others
    /// its text (found in a sweep: an empty link and a false `link.empty-text`, 8 times).
    @Test func aLinkAroundBlocksLinksItsFirstBlock() {
        #expect(markdown("<div class=\"next\">\n  <a class=\"vt-box\" href=\"/tutorial/\">\n    <p>Essayer le tutoriel</p>\n    <p>Pour apprendre.</p>\n  </a>\n  <a href=\"b.md\"><p>B</p></a>\n</div>\n")?.markdown
            == "[Essayer le tutoriel](</tutorial/>)\n\nPour apprendre.\n\n[B](<b.md>)")
        #expect(markdown("<p><a href=\"a.md\">A</a> et <a href=\"b.md\">B</a></p>")?.markdown == "[A](<a.md>) et [B](<b.md>)", "links in a paragraph as before")
        // A component showing a link (`<VueSchoolLink href title/>`) in a `<div>`: that link, not left out.
        #expect(markdown("<div class=\"options-api\">\n  <VueSchoolLink href=\"https://x.fr/a\" title=\"La leçon\"/>\n</div>\n")?.markdown == "[La leçon](<https://x.fr/a>)")
    }

    @Test func paragraphsHeadingsLinksAndImagesBecomeMarkdown() {
        #expect(markdown("<div class=\"note\">\n<h4>Pour aller <em>plus</em> loin</h4>\n<p>Voir <a href=\"b.md\">la page B</a>.<br>Puis</p><img src=\"/img/a b.png\" alt=\"Écran [1]\">\n</div>\n")
            == .init(markdown: "#### Pour aller <em>plus</em> loin\n\nVoir [la page B](<b.md>).\\\nPuis\n\n![Écran \\[1\\]](</img/a b.png>)", leftOut: []))
        // Text shows as written, as in HTML: no emphasis, no list, no heading, entities decoded.
        #expect(markdown("<p>1. rien *ni* _ça_ &amp; [x](y)</p>\n<p># pas un titre</p><div>- pas une liste</div>")?.markdown
            == "1\\. rien \\*ni\\* \\_ça\\_ & \\[x\\](y)\n\n\\# pas un titre\n\n\\- pas une liste")
    }

    @Test func listsNestAndOrderedListsKeepTheirStart() {
        #expect(markdown("<ul><li>un</li><li>deux<ul><li>deux-a</li></ul></li></ul><ol start=\"3\"><li>trois</li><li><p>quatre</p></li></ol>")?.markdown
            == "- un\n- deux\n  - deux-a\n\n3. trois\n4. quatre")
    }

    /// A `<blockquote>` written in HTML is a quote (it used to keep its text, not its quote).
    @Test func aBlockquoteIsAQuote() {
        #expect(markdown("<blockquote>\nUne citation <strong>forte</strong>.\n</blockquote>\n")?.markdown == "> Une citation <strong>forte</strong>.")
        #expect(markdown("<blockquote><p>Un</p><p>Deux</p><blockquote><p>Trois</p></blockquote></blockquote><p>Après</p>")?.markdown
            == "> Un\n>\n> Deux\n>\n> > Trois\n\nAprès")
        #expect(markdown("<blockquote><ul><li>a</li><li>b</li></ul><pre>x\ny</pre></blockquote>")?.markdown == "> - a\n> - b\n>\n> ```\n> x\n> y\n> ```")
        let rendered = html("<blockquote>\n<p>Une <em>citation</em>.</p>\n<p>Suite</p>\n</blockquote>\n\nAprès.\n")
        #expect(rendered == "<blockquote>\n<p>Une <em>citation</em>.</p>\n<p>Suite</p>\n</blockquote>\n<p>Après.</p>\n", "\(rendered)")
    }

    @Test func preformattedTextIsACodeBlock() {
        #expect(markdown("<pre>\n+---+\n| ``` |\n+---+\n</pre>")?.markdown == "````\n+---+\n| ``` |\n+---+\n````")
        #expect(markdown("<div><pre class=\"language-bash\">ls &lt;dossier&gt;<br>cd</pre></div>")?.markdown == "```bash\nls <dossier>\ncd\n```")
    }

    @Test func scriptsPlayersAndComponentsAreLeftOutAndNamedOnce() {
        let read = markdown("<div>Texte<script>document.write('<p>x</p>')</script><script>y()</script><video src=\"v.mp4\"><p>Pas de vidéo</p></video><Tabs><TabItem value=\"a\">Onglet</TabItem></Tabs><input type=\"text\"></div>")
        #expect(read?.markdown == "TexteOnglet")
        #expect(read?.leftOut == ["<script>", "<video src=\"v.mp4\">", "<Tabs>", "<TabItem value=\"a\">", "<input type=\"text\">"])
    }

    /// What the filter keeps as written, or a block with nothing to show, is no match.
    @Test func blocksTheFilterKeepsOrThatShowNothingAreNoMatch() {
        #expect(markdown("<details open>\n<summary>Voir</summary>\n") == nil)
        #expect(markdown("<div class=\"grid cards\" markdown>\n") == nil)
        #expect(markdown("<div><video src=x></video></div>") == nil)
    }

    /// MkDocs' `md_in_html`: an element with a `markdown` attribute holds Markdown.
    @Test func elementsMarkedMarkdownHoldMarkdown() {
        #expect(markdown("<figure markdown>\n  ![Schéma](img/a.png){ width=\"430\" }\n  <figcaption>Le *réseau*</figcaption>\n</figure>\n")?.markdown
            == "<figure>\n\n![Schéma](img/a.png){ width=\"430\" }\n<figcaption>Le *réseau*</figcaption>\n\n</figure>")
        #expect(markdown("<div markdown=\"1\">**Gras** et [lien](b.md).<div markdown>- un</div></div>")?.markdown == "**Gras** et [lien](b.md).<div markdown>- un</div>")
        #expect(markdown("<div markdown=\"0\">**pas du Markdown**</div>")?.markdown == "\\*\\*pas du Markdown\\*\\*")
        #expect(html("<details markdown>\n<summary>Voir</summary>\n\n</details>\n").contains("<details>"))
        #expect(html("<figure markdown>\n![Schéma](a.png)\n</figure>\n") == "<figure>\n<p><img src=\"a.png\" alt=\"Schéma\" loading=\"lazy\"></p>\n</figure>\n")
        // Markdown after an element alone on its line is Markdown, as Python-Markdown reads it.
        #expect(html("<figure markdown>\n  ![A](a.png)\n  <figcaption>Légende</figcaption>\n  [Source](https://exemple.fr/a.pdf)\n</figure>\n")
            .contains("</figcaption>\n<p><a href=\"https://exemple.fr/a.pdf\">Source</a></p>"))
        // …but not in code (found in review).
        #expect(html("<div markdown>\n```html\n<body>\ncontenu\n</body>\n```\n</div>\n").contains("&lt;body&gt;\ncontenu\n&lt;/body&gt;\n</code>"))
    }

    /// Blocks read inside one another stop at a depth (no stack overflow on `<div markdown>` × 2,000),
    /// nested lists too; an anchor lands in the block its element opens.
    @Test func depthsAreBoundedAndAnchorsLandInTheirBlock() {
        let nested = CommonMarkParser.parse(String(repeating: "<div markdown>\n", count: 2_000) + "Texte\n", readingHTMLBlocks: true)
        #expect(!nested.blocks.isEmpty)
        let lists = markdown("<div>x</div>" + String(repeating: "<ul><li>a", count: 50))?.markdown ?? ""
        #expect(lists.split(separator: "\n").allSatisfy { $0.prefix { $0 == " " }.count <= 2 * HTMLBlockMarkdownTests.depth })
        #expect(markdown("<p>Un</p><h2 id=\"ok\">Titre</h2><div id=\"b\">x</div>")?.markdown == "Un\n\n## <a id=\"ok\"></a>Titre\n\n<a id=\"b\"></a>x")
    }

    static let depth = 8

    @Test func renderedInSafeModeTheTextLinksAndImagesStay() {
        #expect(html("<details open><summary>Voir *ceci* & <b>cela</b></summary>\n<think>Une pensée</think>\n<p>Caché <a href=\"javascript:x()\">lien</a></p>\n</details>\n")
            == """
            <details open>
            <summary>Voir *ceci* &amp; <b>cela</b></summary>
            <p>Une pensée</p>
            <p>Caché <a href="#">lien</a></p>
            </details>

            """)
        #expect(html("<div><p>Un</p><p>Deux</p></div>\n") == "<p>Un</p>\n<p>Deux</p>\n")
        // Its headings take their anchors among the page's, and its anchors are the page's.
        let document = CommonMarkParser.parse("## Étapes\n\n<div id=\"haut\"><h2>Étapes</h2><p>Texte</p></div>\n", readingHTMLBlocks: true)
        #expect(document.headings.map(\.anchor) == ["etapes", "etapes-1"])
        #expect(document.htmlAnchors == ["haut"])
        #expect(HTMLRenderer().render(document) == "<h2 id=\"etapes\">Étapes</h2>\n<p><span id=\"haut\"></span></p>\n<h2 id=\"etapes-1\">Étapes</h2>\n<p>Texte</p>\n")
        // Without (unsafe mode), the block is left to the filter.
        #expect(HTMLRenderer().render(CommonMarkParser.parse("<div><p>Un</p><p>Deux</p></div>\n")) == "Un\nDeux\n")
    }
}
