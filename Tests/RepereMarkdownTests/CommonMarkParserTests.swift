import Testing
@testable import RepereMarkdown

@Suite struct CommonMarkParserTests {
    @Test func linkPositionsAreLineAndCharacterColumnOfTheBody() {
        let doc = CommonMarkParser.parse("# Titre\n\nÉtape 2 : créer [la fiche](fiche.md) puis ![schéma](a.svg)\n")
        #expect(doc.references.map(\.destination) == ["fiche.md", "a.svg"])
        #expect(doc.references.map(\.position) == [
            SourcePosition(line: 3, column: 17), SourcePosition(line: 3, column: 43),
        ])
    }

    /// GitBook's `<a href="#id" id="id"></a>` ending a heading is the anchor the author gave it.
    @Test func gitBooksHeadingAnchorIsTheHeadingsAnchor() {
        let doc = CommonMarkParser.parse("""
            ## Queries <a href="#mutations-queries" id="mutations-queries"></a>

            ## Autre <a href="#x" id="y"></a>

            ## Deux <a href="#mutations-queries" id="mutations-queries"></a>

            ## Trois <a href="#t" id="t" onclick="x()"></a>

            #### Sans dièse <a href="forme-feminine" id="forme-feminine"></a>

            """)
        #expect(doc.headings.map(\.anchor) == ["mutations-queries", "autre", "deux", "trois", "forme-feminine"])  // the second time, it is taken
        #expect(doc.headings.map(\.text) == ["Queries", "Autre ", "Deux", "Trois ", "Sans dièse"])
        #expect(doc.rawHTML.map(\.html) == ["<a href=\"#x\" id=\"y\">", "</a>", "<a href=\"#t\" id=\"t\" onclick=\"x()\">", "</a>"])
        #expect(HTMLRenderer().render(doc).hasPrefix("<h2 id=\"mutations-queries\">Queries</h2>"))
    }

    /// A heading's own permalink with no `id` (`<a href="#licence" class="toc-anchor"></a>`) is
    /// taken out and names its anchor; in an HTML block, an `<a>` showing nothing is left out
    /// (before, 1,483 `link.empty-text` on one site); an `id` with spaces is written without them.
    @Test func aHeadingsOwnPermalinkIsItsAnchor() {
        let doc = CommonMarkParser.parse("## Licence <a href=\"#licence-mit\" class=\"toc-anchor after\" aria-hidden=\"true\"></a>\n\n## Autre <a href=\"#x\" onclick=\"y()\"></a>\n")
        #expect(doc.headings.map(\.anchor) == ["licence-mit", "autre"] && doc.rawHTML.map(\.html) == ["<a href=\"#x\" onclick=\"y()\">", "</a>"])
        let block = CommonMarkParser.parse("<h3 id=\"Problème-1 :\">Problème : <a href=\"#Problème-1 :\" class=\"toc-anchor\"></a></h3>\n\nTexte.\n", readingHTMLBlocks: true)
        #expect(block.references.isEmpty && block.htmlAnchors == ["Problème-1"], "\(block.references)")
        #expect(HTMLRenderer().render(block).hasPrefix("<h3 id=\"probleme\"><span id=\"Problème-1\"></span>Problème :</h3>"))
        #expect(" a  b : ".asAnchorID == "a-b" && "x-".asAnchorID == "x-" && " : ".asAnchorID == nil)
    }

    /// `<a href>` … `</a>` among inlines is a link and `<img src>` an image (checked, rewritten,
    /// rendered as one); an `<a>` with no text, no `href` or no end stays raw HTML, and so does one
    /// inside a Markdown link.
    @Test func htmlAnchorsAndImagesAreReadAsLinksAndImages() {
        let doc = CommonMarkParser.parse("""
            | Produit | Lien |
            | --- | --- |
            | <p><a href="https://dialog.beta.gouv.fr/" target="_blank" title="Site &amp; plus"><strong>Dialog</strong></a> : ici</p> | <a href="fiche.md"><img src="x.png"></a> |

            Voir <a href="guide.md#etape-2">le guide</a>, <a name="n">ancre</a>, <a href="javascript:alert(1)">piège</a>
            et <a href="seul.md">sans fin. [Un <a href="dedans.md">lien</a> dans un lien](dehors.md) <a href="vide.md"></a>

            """)
        #expect(doc.references.map(\.destination) == ["https://dialog.beta.gouv.fr/", "fiche.md", "x.png", "guide.md#etape-2", "javascript:alert(1)", "dehors.md"])
        #expect(doc.references.map(\.text) == ["Dialog", "", "", "le guide", "piège", "Un lien dans un lien"])
        #expect(doc.references.map(\.isImageOnly) == [false, true, false, false, false, false])
        #expect(doc.references.first?.position == SourcePosition(line: 3, column: 6))
        #expect(doc.rawHTML.map(\.html) == [
            "<p>", "<strong>", "</strong>", "</p>", "<a href=\"seul.md\">",
            "<a href=\"dedans.md\">", "</a>", "<a href=\"vide.md\">", "</a>",
        ])
        let html = HTMLRenderer().render(doc, urls: ["guide.md#etape-2": "/guide/#etape-2"])
        #expect(html.contains("<td><p><a href=\"https://dialog.beta.gouv.fr/\" title=\"Site &amp; plus\"><strong>Dialog</strong></a> : ici</p></td>"))
        #expect(html.contains("Voir <a href=\"/guide/#etape-2\">le guide</a>, <span id=\"n\"></span>ancre, <a href=\"#\">piège</a>"), "an anchor")
        #expect(html.contains("<td><a href=\"fiche.md\"><img src=\"x.png\" alt=\"\" loading=\"lazy\"></a></td>"))
    }

    /// An `<img>`'s `width` and `height` in pixels are its size; any other value (`50%`) is none.
    @Test func anHTMLImagesSizeInPixelsIsKept() {
        #expect(HTMLRenderer().render(CommonMarkParser.parse("Icône <img src=\"i.png\" alt=\"i\" width=\"20px\" height=\"50%\"> ici\n"))
            == "<p>Icône <img src=\"i.png\" alt=\"i\" width=\"20\" loading=\"lazy\"> ici</p>\n")
        #expect(["300", " 300px ", "1"].map(Image.pixels) == [300, 300, 1])
        #expect(["", "0", "50%", "auto", "1e3", "-5", "99999999999999999999", "300 px", "١٢"].map(Image.pixels) == [nil, nil, nil, nil, nil, nil, nil, 300, nil])
    }

    /// VuePress' images bound to a constant (`:src="$withBase('/a.png')"`) are those images, in a
    /// block (read as Markdown, as safe mode reads it), in a paragraph and in a table cell; a
    /// binding to an expression is none.
    @Test func vueImageBindingsToAConstantAreImages() {
        let doc = CommonMarkParser.parse("""
            <img :src="$withBase('/social/tooltip.jpg')" alt="Info-bulle">

            Voir <img v-bind:src="'/b.png'" alt="B"> et <img :src="image" alt="C"> ou <img :src="`/d-${n}.png`">.

            | <img :src="$withBase( '/c.png' )"> |
            | --- |
            """, readingHTMLBlocks: true)
        #expect(doc.references.map(\.destination) == ["/social/tooltip.jpg", "/b.png", "/c.png"])
    }

    /// A link whose text only names its file (GitBook's page cards) shows its page's title.
    @Test func aLinkNamingItsFileShowsItsPagesTitle() {
        #expect(Link.namesFile("budget.md", destination: "../gerer/budget.md#x"))
        #expect(Link.namesFile("le-budget", destination: "gerer/le-budget.md"))
        #expect(Link.namesFile("les-outils", destination: "../les-outils/"))
        #expect(!Link.namesFile("outils", destination: "../outils/"), "a single word is prose")
        #expect(!Link.namesFile("Le budget", destination: "budget.md"))
        #expect(!Link.namesFile("..", destination: ".."))
        #expect(!Link.namesFile("", destination: "a.md"))
        let doc = CommonMarkParser.parse("[budget.md](gerer/budget.md) et [le budget](gerer/budget.md)\n")
        #expect(HTMLRenderer().render(doc, urls: ["gerer/budget.md": "/gerer/budget/"], titles: ["gerer/budget.md": "Le budget & ses <règles>"])
            == "<p><a href=\"/gerer/budget/\">Le budget &amp; ses &lt;règles&gt;</a> et <a href=\"/gerer/budget/\">le budget</a></p>\n")
        // GitBook's mention of a heading shows its text, without GitBook's `mention` title.
        #expect(Link.namesAnchor("#etape-2", destination: "faq.md#etape-2") && !Link.namesAnchor("#", destination: "faq.md#"))
        #expect(!Link.namesAnchor("Étape 2", destination: "faq.md#etape-2") && !Link.namesAnchor("#etape-2", destination: "faq.md"))
        let mention = CommonMarkParser.parse("[#etape-2](faq.md#etape-2 \"mention\") [x](a.md \"Un titre\")\n")
        #expect(HTMLRenderer().render(mention, urls: ["faq.md#etape-2": "/faq/#etape-2", "a.md": "/a/"], titles: ["faq.md#etape-2": "Étape 2"])
            == "<p><a href=\"/faq/#etape-2\">Étape 2</a> <a href=\"/a/\" title=\"Un titre\">x</a></p>\n")
    }
}
