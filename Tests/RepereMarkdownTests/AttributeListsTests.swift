import Testing
@testable import RepereMarkdown

/// Python-Markdown's attribute lists (MkDocs Material) taken out of the text; a heading's `#id`
/// kept as its anchor.
@Suite struct AttributeListsTests {
    func html(_ markdown: String) -> String { HTMLRenderer().render(CommonMarkParser.parse(markdown)) }

    @Test func aListAfterAnImageOrALinkIsTakenOut() {
        #expect(html("![Logo](logo.png){: .img-center loading=lazy width=50%}\n") == "<p><img src=\"logo.png\" alt=\"Logo\" loading=\"lazy\"></p>\n")
        #expect(html("[Adhérer](adherer.md){ .md-button .md-button--primary } et la suite\n")
            == "<p><a href=\"adherer.md\">Adhérer</a> et la suite</p>\n")
        #expect(html("![Carte](carte.png){: .off-glb style=\"border: none; box-shadow: none;\" }\n") == "<p><img src=\"carte.png\" alt=\"Carte\" loading=\"lazy\"></p>\n")
        // A lone `.`, an empty class, as French teaching sites write a link opening a new tab.
        #expect(html("[le sujet](sujet.pdf){. target=\"_blank\"} à lire\n") == "<p><a href=\"sujet.pdf\">le sujet</a> à lire</p>\n")
        // Spaces around `=`, as Python-Markdown allows (44 lists shown as text on a teaching site).
        #expect(html("[ici](a.md){. target = \"_blank\"} et [là](b.md){: target = \"_blank\" }\n") == "<p><a href=\"a.md\">ici</a> et <a href=\"b.md\">là</a></p>\n")
    }

    /// Material's `{ width="300" }` after an image is its size, in pixels only (`50%` is no
    /// value of HTML's `width`); an Obsidian `![[a.png|300x200]]` comes through it too.
    @Test func aListSizingAnImageIsItsSize() {
        #expect(html("![Capture](capture.png){ width=\"300\" }\n") == "<p><img src=\"capture.png\" alt=\"Capture\" width=\"300\" loading=\"lazy\"></p>\n")
        #expect(html("![A](a.png){: .center width=120px height='80' } texte\n") == "<p><img src=\"a.png\" alt=\"A\" width=\"120\" height=\"80\" loading=\"lazy\"> texte</p>\n")
        #expect(html("[Lien](a.md){ width=\"300\" }\n") == "<p><a href=\"a.md\">Lien</a></p>\n", "a link has no size")
        #expect(html(WikiLinks.rewrite(["![[a.png|300x200]]"])[0] + "\n").contains("width=\"300\" height=\"200\""))
    }

    /// An address in a quoted value, which GFM makes a link of, stays in its list, taken out whole,
    /// and is no reference (found in a sweep: 16 lists shown with a link inside, and warnings).
    @Test func anAddressInsideAListIsPartOfIt() {
        let source = "Voir [le suivi](a.pdf){target=\"_blank\" title=\"https://x.fr/a.pdf - ouvre une nouvelle fenêtre\"} et [b](b.md){: title=\"https://x.fr/b\"} fin, https://x.fr/c.\n"
        let document = CommonMarkParser.parse(source)
        #expect(HTMLRenderer().render(document) == "<p>Voir <a href=\"a.pdf\">le suivi</a> et <a href=\"b.md\">b</a> fin, <a href=\"https://x.fr/c\">https://x.fr/c</a>.</p>\n")
        #expect(document.references.map(\.destination) == ["a.pdf", "b.md", "https://x.fr/c"])
    }

    @Test func aListEndingALineOrAloneIsTakenOut() {
        #expect(html("Un paragraphe.\n{: .note }\n") == "<p>Un paragraphe.</p>\n")
        #expect(html("Texte {: .centre }\nsuite\n") == "<p>Texte\nsuite</p>\n")
        #expect(html("Avant\n\n{: .md-button }\n\nAprès\n") == "<p>Avant</p>\n<p>Après</p>\n")
    }

    @Test func aHeadingsIdIsItsAnchor() {
        let doc = CommonMarkParser.parse("## Les news {: #news1 }\n\n### Sorties {#sortieNews .rouge}\n\n## Autre {: .x }\n\n## Auteur {: data-search-exclude }\n"
            + "\n## Un { data-search-exclude }\n\n## Six { .cls data-search-exclude }\n\n## Cinq { data-x=\"1\" }\n")
        #expect(doc.headings.map(\.anchor) == ["news1", "sortieNews", "autre", "auteur", "un", "six", "cinq"])
        #expect(doc.headings.map(\.text) == ["Les news", "Sorties", "Autre", "Auteur", "Un", "Six", "Cinq"])
    }

    @Test(arguments: [
        "La formule {x} reste.\n", "Un { .classe } au milieu d’une phrase.\n", "Vide {: } et {:}\n", "Pas fermé {: .x\n", "La variable {nom}\n",
        "`{: .code }`\n", "Un ensemble {a=b}\n", "La paire {clé=\"valeur\"}\n", "Le champ {data-}\n", "Un {data x}\n",
    ])
    func bracesThatAreNoListStayText(markdown: String) {
        let doc = CommonMarkParser.parse(markdown)
        #expect(doc.blocks.first.map { block in
            guard case .paragraph(let inlines) = block else { return false }
            return inlines.plainText.contains("{")
        } == true)
    }
}
