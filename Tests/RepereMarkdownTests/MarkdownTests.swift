import Dispatch
import RepereSupport
import Testing
@testable import RepereMarkdown

@Suite struct ParserTests {
    @Test func headingAnchorsAreFrenchSlugsDeduplicated() {
        let doc = CommonMarkParser.parse("## Étape 2 : valider\n## Étape 2 : valider\n### Привет\n## Section\n")
        #expect(doc.headings.map(\.anchor) == ["etape-2-valider", "etape-2-valider-1", "section", "section-1"])
        #expect(doc.headings.map(\.level) == [2, 2, 3, 2])
    }

    /// Repeats resume from the last suffix given: 30,000 identical headings get their anchors in
    /// linear time (it took over a minute, each repeat trying every suffix before it), and the
    /// anchors are the same as before.
    @Test(.timeLimit(.minutes(1)))
    func repeatedHeadingsGetTheirSuffixesInLinearTime() {
        var anchors = HeadingAnchors()
        #expect(["A", "A 1", "A", "A", "A 3", "A", "B", "A"].map { anchors.anchor(for: $0) }
            == ["a", "a-1", "a-2", "a-3", "a-3-1", "a-4", "b", "a-5"])
        let clock = ContinuousClock()
        let start = clock.now
        let doc = CommonMarkParser.parse(String(repeating: "## Titre\n\n", count: 30_000))
        #expect(doc.headings.last?.anchor == "titre-29999")
        #expect(Set(doc.headings.map(\.anchor)).count == 30_000)
        #expect(clock.now - start < .seconds(10))
    }

    @Test(arguments: CalloutKind.allCases)
    func everyGitHubAlertBecomesACallout(kind: CalloutKind) {
        let doc = CommonMarkParser.parse("> [!\(kind.rawValue.uppercased())]\n> Texte **important**.\n")
        #expect(doc.blocks == [.callout(kind, [.paragraph([.text("Texte "), .strong([.text("important")]), .text(".")])])])
    }

    @Test func ordinaryAndUnknownQuotesStayQuotes() {
        for source in ["> Citation\n", "> [!AUTRE]\n> texte\n", "> [!AUTRE] sur la même ligne\n", "> [!NOTE]sans espace\n"] {
            guard case .blockQuote? = CommonMarkParser.parse(source).blocks.first else {
                Issue.record("\(source) should stay a block quote")
                continue
            }
        }
    }

    /// Beyond GitHub: text after the marker is the callout's own title (what `::: tip Titre` becomes).
    @Test func textAfterTheMarkerIsTheCalloutsTitle() {
        #expect(CommonMarkParser.parse("> [!NOTE] Bon à savoir\n> Texte.\n").blocks == [
            .callout(.note, [.paragraph([.strong([.text("Bon à savoir")])]), .paragraph([.text("Texte.")])]),
        ])
        // A title starting with markup (`!!! info "**Pourquoi ?**"`), or holding code after a space.
        #expect(CommonMarkParser.parse("> [!NOTE] **Pourquoi ?**\n> Texte.\n").blocks == [
            .callout(.note, [.paragraph([.strong([.strong([.text("Pourquoi ?")])])]), .paragraph([.text("Texte.")])]),
        ])
        #expect(CommonMarkParser.parse("> [!TIP] Un `code` \n> Texte.\n").blocks == [
            .callout(.tip, [.paragraph([.strong([.text("Un "), .code("code")])]), .paragraph([.text("Texte.")])]),
        ])
        #expect(CommonMarkParser.parse("> [!NOTE]x\n").blocks == [.blockQuote([.paragraph([.text("[!NOTE]x")])])])
    }

    @Test func linksInCodeAreNotReferences() {
        let doc = CommonMarkParser.parse("`[a](a.md)`\n\n```\n[b](b.md)\n```\n\n[c](c.md) [ref][r]\n\n[r]: r.md\n")
        #expect(doc.references.map(\.destination) == ["c.md", "r.md"])
    }

    @Test func imageOnlyLinkTakesItsTextFromTheAlt() {
        let ref = CommonMarkParser.parse("[![Logo du SNU](logo.svg)](https://www.snu.gouv.fr)\n").references
        #expect(ref.map(\.kind) == [.link, .image])
        #expect(ref.first?.isImageOnly == true)
        #expect(ref.first?.text == "Logo du SNU")
    }

    @Test func parallelParsingGivesTheSameTreesAsSerialParsing() {
        let sources = (0..<200).map { i in
            "# Page \(i)\n\nVoir https://www.snu.gouv.fr/page-\(i) et www.exemple.fr/\(i).\n\n| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n\n- [x] fait\n"
        }
        let serial = sources.map { CommonMarkParser.parse($0) }
        let parallel = UnsafeResults(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { i in
            parallel.set(i, CommonMarkParser.parse(sources[i]))
        }
        #expect(parallel.values == serial)
        #expect(serial[7].references.map(\.destination) == ["https://www.snu.gouv.fr/page-7", "http://www.exemple.fr/7"])
    }
}

private final class UnsafeResults: @unchecked Sendable {
    private var storage: [MarkdownDocument?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ doc: MarkdownDocument) { storage.withUnsafeMutableBufferPointer { $0[i] = doc } }
    var values: [MarkdownDocument] { storage.map { $0! } }
}

@Suite struct RendererTests {
    func html(_ markdown: String, urls: [String: String] = [:], unsafe: Bool = false) -> String {
        HTMLRenderer(options: .init(allowsRawHTML: unsafe)).render(CommonMarkParser.parse(markdown), urls: urls)
    }

    @Test func rendersGFMTablesWithHeaderScopeAndAlignmentClasses() {
        #expect(html("| Rôle | Droits |\n|:--|--:|\n| Référent | tous |\n") == """
            <div class="table-wrapper" tabindex="0" role="region" aria-label="Tableau"><table>
            <thead>
            <tr>
            <th scope="col" class="align-left">Rôle</th>
            <th scope="col" class="align-right">Droits</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left">Référent</td>
            <td class="align-right">tous</td>
            </tr>
            </tbody>
            </table></div>

            """)
    }

    @Test func rendersTaskItemsWithTextForScreenReaders() {
        #expect(html("- [x] a\n- [ ] b\n") == """
            <ul>
            <li class="task task-done"><span class="visually-hidden">Fait : </span>a</li>
            <li class="task"><span class="visually-hidden">À faire : </span>b</li>
            </ul>

            """)
    }

    /// `<sup class="badge" data-text="3.5+"/>` (VitePress): an empty element, not a start tag
    /// over the rest of the paragraph; an empty `<br/>` stays one.
    @Test func selfClosedInlineElementsAreEmpty() {
        #expect(html("Texte <sup class=\"x\" data-text=\"1\"/> badge<br/>suite.\n") == "<p>Texte <sup></sup> badge<br>suite.</p>\n")
    }

    @Test func rewritesLinksAndEscapesEverything() {
        #expect(html("[l'a & \\<b>](a.md#x \"t\") `<i>` ~~s~~", urls: ["a.md#x": "/s/a/#x"])
            == "<p><a href=\"/s/a/#x\" title=\"t\">l&#39;a &amp; &lt;b&gt;</a> <code>&lt;i&gt;</code> <del>s</del></p>\n")
    }

    @Test func neutralisesJavaScriptURLs() {
        #expect(html("[x](javascript:alert(1)) ![y](JaVaScRiPt:z)") == "<p><a href=\"#\">x</a> <img src=\"#\" alt=\"y\" loading=\"lazy\"></p>\n")
        #expect(html("[a](vbscript:x) [b](file:///etc/passwd) [c](data:text/html,x)")
            == "<p><a href=\"#\">a</a> <a href=\"#\">b</a> <a href=\"#\">c</a></p>\n")
    }

    /// Every dangerous scheme, however it is spelled, is refused; images in common raster
    /// formats are the only `data:` URLs let through.
    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "java\tscript:x",
        "vbscript:msgbox(1)", "VBScript:x", "vb\nscript:x",
        "file:///etc/passwd", "FILE:///c:/x", "file:x",
        "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml,<svg onload=x>",
        "data:application/javascript,x",
    ])
    func unsafeURLsAreRefused(url: String) {
        #expect(!URLSafety.isSafe(url))
    }

    @Test(arguments: [
        "https://exemple.fr/a:b", "http://x", "mailto:aide@exemple.fr", "page.md", "../a/b.md#c", "#ancre", "/s/page/",
        "a/b:c", "?q=x:y", "data:image/png;base64,iVBORw0KGgo=", "data:image/webp;base64,UklGR", "tel:+33100000000",
    ])
    func ordinaryURLsAreKept(url: String) {
        #expect(URLSafety.isSafe(url))
    }

    @Test func safeModeKeepsHarmlessInlineHTMLAndDropsTheRest() {
        #expect(html("Un <abbr title=\"Mission\" onclick=\"x()\">MIG</abbr> <script>alert(1)</script> <img src=x onerror=y>")
            == "<p>Un <abbr title=\"Mission\">MIG</abbr> alert(1) <img src=\"x\" alt=\"\" loading=\"lazy\"></p>\n", "an image is read as in Markdown")
        #expect(html("<div onclick=\"x()\"><audio src=x></audio></div>\n\nfin") == "<p>fin</p>\n")
        // `</br>`, as people write it, is a line break, as browsers read it; an empty element has no end tag.
        #expect(html("| a |\n|---|\n| un</br>deux<wbr></wbr> |\n").contains("<td>un<br>deux<wbr></td>"))
        // A layout wrapper and a link lose their tags, not their text.
        #expect(html("<div onclick=\"x()\"><center>bloc <a href=\"javascript:x()\">lien</a></center></div>\n\nfin") == "bloc lien\n<p>fin</p>\n")
        #expect(html("<div><p>Un</p><p>Deux</p></div>\n") == "Un\nDeux\n")
    }

    /// Anchors written in HTML (`<a id>`, `<a name>`, `<span id>`) become empty `<span id>`s,
    /// each once, none repeating a heading's; their tags are no raw HTML left out.
    @Test func htmlAnchorsKeepTheirPlaceInTheText() {
        let markdown = "## Étape\n\n<a id=\"etape\"></a><a id=\"haut\"></a>Texte <a name=\"ancre\">ici</a> et <span id=\"s\" class=\"x\">là</span> <i id=\"haut\"></i> <a id=\"x\\\" onclick=\"\">y</a>\n"
        let document = CommonMarkParser.parse(markdown)
        // An `id` is written with its letters, digits, `-`, `_` and `.` only: `x\` is `x`.
        #expect(document.htmlAnchors == ["haut", "ancre", "s", "x"])
        #expect(document.rawHTML.map(\.html) == ["<span id=\"s\" class=\"x\">", "</span>", "<i id=\"haut\">", "</i>"])
        #expect(html(markdown) == """
            <h2 id="etape">Étape</h2>
            <p><span id="haut"></span>Texte <span id="ancre"></span>ici et <span id="s"></span><span>là</span> <i></i> <span id="x"></span>y</p>

            """)
        #expect(html("Un <code>x</code>.") == "<p>Un <code>x</code>.</p>\n")
        // An HTML block's tags lose their `id`, not the anchor; a heading's anchor is not repeated.
        let block = "# Étape\n\n<div id=\"faq\" class=\"x\">\n\nTexte\n\n</div>\n<section id=\"etape\"><p id=\"p1\">Un</p></section>\n"
        #expect(CommonMarkParser.parse(block).htmlAnchors == ["faq", "p1"])
        #expect(html(block) == "<h1 id=\"etape\">Étape</h1>\n<span id=\"faq\"></span>\n<p>Texte</p>\n<span id=\"p1\"></span>\nUn\n")
    }

    /// Text in an HTML block shows as written, as a browser shows it: no address in it is made a
    /// link (found in a sweep: one was, with the escapes' backslashes in it).
    @Test func addressesInAnHTMLBlocksTextStayText() {
        func html(_ markdown: String) -> String { HTMLRenderer().render(ParseStage.document(of: markdown)) }
        #expect(html("<center>\n<h3>**[Cliquez](https://kubeflow.exemple.ca/)**</h3>\n</center>\n")
            == "<h3 id=\"cliquez-https-kubeflow-exemple-ca\">**[Cliquez](https://kubeflow.exemple.ca/)**</h3>\n")
        #expect(html("<p>Voir www.exemple.fr ou <a href=\"https://x.fr/\">le site</a>.</p>\n") == "<p>Voir www.exemple.fr ou <a href=\"https://x.fr/\">le site</a>.</p>\n")
    }

    /// Headings inside a `<details>` (GitBook's expandable blocks) are folded: shown when it is
    /// opened, left out of the table of contents (found in a sweep: 12 « Capacités » listed).
    @Test func headingsInsideDetailsAreFolded() {
        let doc = ParseStage.document(of: "## Un\n\n<details>\n<summary>bge</summary>\n\n### Capacités\n\n</details>\n\n## Deux\n\n<details><summary>x</summary>\n<h3>Dedans</h3>\n</details>\n")
        #expect(doc.headings.map { "\($0.text) \($0.isFolded)" } == ["Un false", "Capacités true", "Deux false", "Dedans true"])
    }

    /// An HTML link whose text is its address is one link, not an autolink inside it (found in a
    /// sweep: `<a><a>…</a></a>`, and the link reported twice).
    @Test func anHTMLLinkShowingItsAddressIsOneLink() {
        let doc = ParseStage.document(of: "Voir <a href=\"https://x.fr:9999/\">https://x.fr:9999/</a> et <a href=\"https://x.fr/a\">**www.x.fr/a**</a>.\n")
        #expect(HTMLRenderer().render(doc)
            == "<p>Voir <a href=\"https://x.fr:9999/\">https://x.fr:9999/</a> et <a href=\"https://x.fr/a\"><strong>www.x.fr/a</strong></a>.</p>\n")
        #expect(doc.references.map(\.destination) == ["https://x.fr:9999/", "https://x.fr/a"])
    }

    /// A pasted video player (`<iframe>`) is a link to the video's page: nothing is loaded from
    /// another site; an iframe with anything else in its block is still left out.
    @Test func embeddedPlayersBecomeLinks() {
        #expect(html("<iframe width=\"560\" src=\"https://www.youtube.com/embed/abc?si=x\" title=\"YouTube video player\"></iframe>\n")
            == "<p><a href=\"https://www.youtube.com/watch?v=abc\">Vidéo YouTube</a></p>\n")
        #expect(html("<div align=\"center\">\n<iframe src=\"https://player.vimeo.com/video/42\" title=\"La démo &amp; plus\"></iframe>\n</div>\n")
            == "<p><a href=\"https://vimeo.com/42\">La démo &amp; plus (vidéo Vimeo)</a></p>\n")
        #expect(html("<iframe src=\"https://exemple.fr/carte\"></iframe>\n") == "<p><a href=\"https://exemple.fr/carte\">Contenu externe : exemple.fr</a></p>\n")
        #expect(html("<iframe src=\"javascript:alert(1)\"></iframe>\n") == "")
        #expect(html("<iframe src=\"https://notyoutube.com/embed/x\"></iframe>\n").contains("Contenu externe : notyoutube.com"))
        #expect(html("<iframe src=\"https://www.youtube.com/embed/videoseries?list=PL1\"></iframe>\n").contains("href=\"https://www.youtube.com/embed/videoseries?list=PL1\""))
        #expect(html("<div><iframe src=\"https://exemple.fr/\"></iframe><script>x()</script></div>\n") == "")
        // Found in a sweep (about 25 embeds lost on a real site): a protocol-relative address, and
        // a fallback for old browsers between the tags, which the link replaces.
        #expect(html("<iframe src=\"//www.slideshare.net/embed/k\" width=\"100%\"> </iframe>\n")
            == "<p><a href=\"https://www.slideshare.net/embed/k\">Contenu externe : www.slideshare.net</a></p>\n")
        #expect(html("<iframe title=\"Façades\" src=\"https://codepen.io/e/embed/K\">\n  Voir le <a href=\"https://codepen.io/e/pen/K\">pen</a>.\n</iframe>\n")
            == "<p><a href=\"https://codepen.io/e/embed/K\">Façades</a></p>\n")
        #expect(html("<video controls>\n  <source src=\"https://exemple.org/demo.mp4\">\n  Votre navigateur ne lit pas les vidéos.\n</video>\n")
            == "<p><a href=\"https://exemple.org/demo.mp4\">Vidéo : demo.mp4</a></p>\n")
        #expect(html("<iframe src=\"https://exemple.fr/\">\n<script>x()</script>\n</iframe>\n").contains("<script") == false)
    }

    /// A `<video>` is a link to its file (its `src`, or its first `<source>`), alone in its block
    /// or in a line: the page loses nothing silently (before, an empty paragraph).
    @Test func videosBecomeLinksToTheirFiles() {
        #expect(html("<video controls>\n  <source src=\"https://cdn.exemple.fr/tuto/creation.mp4?v=2\" type=\"video/mp4\" />\n  <track src=\"a.vtt\">\n</video>\n")
            == "<p><a href=\"https://cdn.exemple.fr/tuto/creation.mp4?v=2\">Vidéo : creation.mp4</a></p>\n")
        #expect(html("Voir <video src=\"/media/demo.mp4\" title=\"La démo\" controls></video>.\n") == "<p>Voir <a href=\"/media/demo.mp4\">La démo (vidéo)</a>.</p>\n")
        #expect(!html("<video controls></video>\n").contains("video"))
    }

    @Test func safeModeKeepsDisclosureWidgetsAndFiguresWithOnlyOpen() {
        #expect(html("<details open class=\"x\">\n<summary>Voir l’exemple</summary>\n\nTexte **gras**.\n\n</details>\n") == """
            <details open>
            <summary>Voir l’exemple</summary>
            <p>Texte <strong>gras</strong>.</p>
            </details>

            """)
        #expect(html("<figure>\n\n![Carte](carte.png)\n\n<figcaption>La carte &amp; <abbr title=\"x\">SNU</abbr></figcaption>\n</figure>\n")
            == """
            <figure>
            <p><img src="carte.png" alt="Carte" loading="lazy"></p>
            <figcaption>La carte &amp; <abbr title="x">SNU</abbr></figcaption>
            </figure>

            """)
    }

    @Test(arguments: [
        ("<details ontoggle=\"alert(1)\" open=\"false\" style=\"x\">\n", "<details open>\n</details>\n"),
        ("<DETAILS\nONTOGGLE=alert(1)>\n<SUMMARY onclick='x()'>Voir</SUMMARY>\n", "<details>\n<summary>Voir</summary>\n</details>\n"),
        ("<figure id=\"a\" onmouseover=\"x()\"><figcaption title=\"t\">L</figcaption></figure>\n", "<span id=\"a\"></span><figure><figcaption>L</figcaption></figure>\n"),  // the anchor stays
        ("<details title=\"a>b\" open>\n", "<details>b\" open>\n</details>\n"),
        ("<details><!-- note -->\n", "<details>\n</details>\n"),
        // A rule written in HTML is a rule (found in a sweep: every tool shows it), its attributes dropped.
        ("<hr class=\"x\" onclick=\"y()\">\n", "<hr>\n"), ("<hr />\n", "<hr>\n"),
    ])
    func safeModeStripsHostileAttributesFromDisclosureWidgets(source: String, expected: String) {
        #expect(html(source) == expected)
    }

    @Test(arguments: [
        "<details>\n<script>alert(1)</script>\n", "<details><img src=x onerror=alert(1)>\n", "<figure><iframe src=x></iframe></figure>\n",
        "<details>\n<summary>Voir<svg onload=alert(1)></summary>\n", "<details><!-- jamais fermé\n",
    ])
    func anHTMLBlockWithAnyOtherElementIsLeftOut(source: String) {
        #expect(html(source) == "")
    }

    /// GitBook writes a table cell's paragraphs and lists as HTML: kept there, without attributes,
    /// closed at the cell's end; elsewhere, and inside a cell's link or emphasis, left out.
    @Test func tableCellsKeepTheirParagraphsAndListsBalanced() {
        let source = """
            | Indicateur | Détail |
            | --- | --- |
            | <p class="x"><strong>Produits</strong><br><em>lancés</em></p> | <ul><li>un</li><li onclick="x()">deux |
            | </li></ul> fin | **<p>gras</p>** <script>x</script> |

            Texte <p>hors tableau</p> et <ul>

            """
        #expect(html(source) == """
            <div class="table-wrapper" tabindex="0" role="region" aria-label="Tableau"><table>
            <thead>
            <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Détail</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td><p><strong>Produits</strong><br><em>lancés</em></p></td>
            <td><ul><li>un</li><li>deux</li></ul></td>
            </tr>
            <tr>
            <td> fin</td>
            <td><strong>gras</strong> x</td>
            </tr>
            </tbody>
            </table></div>
            <p>Texte hors tableau et </p>

            """)
        let omitted = CommonMarkParser.parse(source).rawHTML.filter { RawHTMLFilter(allowsRawHTML: false).filter($0) == nil }
        #expect(omitted.map(\.html) == ["<p>", "</p>", "<script>", "</script>", "<p>", "</p>", "<ul>"])
    }

    /// Found by fuzzing: a lone `<figure>` or `<details>` block was kept open, and the rest of the
    /// page's markup fell inside it.
    @Test func theAuthorsBlockElementsStayBalancedAcrossThePage() {
        #expect(html("<figure>\n") == "<figure>\n</figure>\n")
        #expect(html("Texte\n\n</details>\n") == "<p>Texte</p>\n\n", "an end tag with nothing to close is dropped")
        #expect(html("<details>\n<summary>Voir\n\nTexte\n\n</details>\n")
            == "<details>\n<summary>Voir\n<p>Texte</p>\n</summary></details>\n", "an end tag closes what was opened after it")
        // A list item is a container: what opens in it closes at its end, and an end tag outside
        // does not reach into it.
        #expect(html("- <details>\n\n  Texte\n\n</details>\n")
            == "<ul>\n<li>\n<details>\n<p>Texte</p>\n</details>\n</li>\n</ul>\n\n")
    }

    @Test func disclosureWidgetsInsideAParagraphAreLeftOut() {
        #expect(html("Texte <details>x</details> fin") == "<p>Texte x fin</p>\n")
    }

    @Test func unsafeModeStillAppliesTheGFMTagFilter() {
        #expect(html("<div class=\"x\">bloc</div>\n\n<script>alert(1)</script>\n", unsafe: true)
            == "<div class=\"x\">bloc</div>\n&lt;script>alert(1)&lt;/script>\n")
        // An element whose name merely begins with "script" is another element (found by fuzzing:
        // the target's check was wrong, not the filter).
        #expect(html("a <scription x>b", unsafe: true) == "<p>a <scription x>b</p>\n")
        #expect(html("a <SCRIPT\tsrc=x>b", unsafe: true) == "<p>a &lt;SCRIPT\tsrc=x>b</p>\n")
    }

    @Test func codeBlocksAreEscapedWithTheirLanguage() {
        #expect(html("```yaml\ntitle: \"<x>\"\n```\n") == "<pre><code class=\"language-yaml\">title: &quot;&lt;x&gt;&quot;\n</code></pre>\n")
    }

    @Test func accordionOptionsPrefixIdsAndDemoteHeadings() {
        var options = HTMLRenderer.Options()
        options.anchorPrefix = "faq-"
        options.headingLevelOffset = 1
        #expect(HTMLRenderer(options: options).render(CommonMarkParser.parse("## Démarche\n[haut](#demarche)\n"))
            == "<h3 id=\"faq-demarche\">Démarche</h3>\n<p><a href=\"#faq-demarche\">haut</a></p>\n")
    }

    @Test func theFirstUseOfAnAcronymIsExpanded() {
        var options = HTMLRenderer.Options()
        options.abbreviations = ["MIG": "Mission d'intérêt général", "CLE": "Classes engagées"]
        #expect(HTMLRenderer(options: options).render(CommonMarkParser.parse("La MIG, une MIG, `MIG`, la clé, la CLEF, (CLE).\n"))
            == "<p>La <abbr title=\"Mission d&#39;intérêt général\">MIG</abbr>, une MIG, <code>MIG</code>, la clé, la CLEF, "
            + "(<abbr title=\"Classes engagées\">CLE</abbr>).</p>\n")
    }
}

@Suite struct CompactedTests {
    @Test(arguments: ["", "court", "Étape 2 : valider l’affectation", String(repeating: "Bonjour à tous 🇫🇷\n", count: 5_000)])
    func compactedKeepsTheText(text: String) {
        var grown = ""
        for character in text { grown.append(character) }  // built by appending, as rendered pages are
        #expect(grown.compacted() == text)
        #expect(Array(grown.compacted().utf8) == Array(text.utf8))
    }
}

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        "", "aucun caractère spécial", "<", "l'été & \"nous\"", "<b>gras</b>", "fin>", "''", "é<\u{301}>à",
        String(repeating: "Réponse d'un référent <SNU> & co. ", count: 300),
    ])
    func escapesTheFiveCharactersAndKeepsTheRest(text: String) {
        let expected = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(scalar)
            }
        }.joined()
        var out = "avant "
        HTMLEscaping.append(text, to: &out)
        #expect(out == "avant " + expected)
        #expect(HTMLEscaping.escape(text) == expected)
    }
}
