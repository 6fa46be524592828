import RepereDiagnostics
import Testing
@testable import RepereImport

@Suite struct SlateConverterTests {
    func md(_ content: String, others: [String] = []) -> String { ExportText.markdown(content, others: others).0 }

    func paragraph(_ leaves: String) -> String { #"[{"type": "paragraph", "children": [\#(leaves)]}]"# }

    @Test func marksNestAndLeaveWhiteSpaceOutsideTheirDelimiters() {
        let text = md(paragraph(#"""
            {"text": "Préparez "}, {"text": "votre pièce ", "bold": true}, {"text": "et celle ", "bold": true, "italic": true},
            {"text": "de vos parents", "italic": true}, {"text": " ; les "}, {"text": "photocopies", "strikethrough": true},
            {"text": " "}, {"text": "\u00a0Attention\u00a0", "bold": true}, {"text": "x_y", "code": true}
            """#))
        #expect(text == "Préparez **votre pièce *et celle*** *de vos parents* ; les ~~photocopies~~ \u{A0}**Attention**\u{A0}`x_y`\n")
        #expect(ExportText.html(text) == "<p>Préparez <strong>votre pièce <em>et celle</em></strong> <em>de vos parents</em> ; les <del>photocopies</del> \u{A0}<strong>Attention</strong>\u{A0}<code>x_y</code></p>\n")
    }

    @Test func underlineKeepsItsTextAndIsCounted() {
        let (text, result) = ExportText.markdown(paragraph(#"{"text": "Le "}, {"text": "justificatif", "underline": true}, {"text": " est lisible."}"#))
        #expect(text == "Le justificatif est lisible.\n")
        #expect(result.approximations.underlined == 1)
    }

    @Test func lineBreaksNonBreakingSpacesAndEmojiSurvive() {
        let text = md(paragraph(#"{"text": "Adresse :\nService national universel\r\n75007 Paris 🎉\u00a0!\n"}"#))
        #expect(text == "Adresse :\\\nService national universel\\\n75007 Paris 🎉\u{A0}!\n")
        #expect(ExportText.html(text) == "<p>Adresse :<br>\nService national universel<br>\n75007 Paris 🎉\u{A0}!</p>\n")
    }

    @Test func headingsAreShiftedSoTheTitleIsTheOnlyLevelOne() {
        let text = md(#"""
            [{"type": "heading-one", "children": [{"text": "Un"}]}, {"type": "heading-two", "children": [{"text": "Deux\nlignes"}]},
             {"type": "heading-three", "children": [{"text": "Trois", "bold": true}]}, {"type": "heading-four", "children": [{"text": "C#"}]},
             {"type": "heading-six", "children": [{"text": "Fin #"}]}, {"type": "heading-one", "children": [{"text": ""}]}]
            """#)
        #expect(text == "## Un\n\n### Deux lignes\n\n#### **Trois**\n\n##### C#\n\n###### Fin \\#\n")
        #expect(ExportText.html(text).contains("<h6 id=\"fin\">Fin #</h6>") || ExportText.html(text).contains(">Fin #</h6>"))
    }

    @Test func listsNestAndTwoListsInARowStayTwo() {
        let text = md(#"""
            [{"type": "bulleted-list", "children": [
               {"type": "list-item", "children": [{"text": "Carte d'identité"}]},
               {"type": "list-item", "children": [{"type": "paragraph", "children": [{"text": "Titre de séjour"}]},
                  {"type": "numbered-list", "children": [{"type": "list-item", "children": [{"text": "hors UE"}]},
                                                         {"type": "list-item", "children": [{"text": "en cours"}]}]}]},
               {"type": "bulleted-list", "children": [{"type": "list-item", "children": [{"text": "rangée dans la liste"}]}]},
               {"type": "list-item", "children": [{"text": ""}]}]},
             {"type": "bulleted-list", "children": [{"type": "list-item", "children": [{"text": "seconde liste"}]}]},
             {"type": "numbered-list", "children": [{"type": "list-item", "children": [{"text": "un"}]}]},
             {"type": "numbered-list", "children": [{"type": "list-item", "children": [{"text": "encore un"}]}]}]
            """#)
        #expect(text == """
            - Carte d'identité
            - Titre de séjour
              1. hors UE
              2. en cours
              - rangée dans la liste

            * seconde liste

            1. un

            1) encore un

            """)
        let html = ExportText.html(text)
        #expect(html.components(separatedBy: "<ul>").count - 1 == 3)
        #expect(html.components(separatedBy: "<ol>").count - 1 == 3)
        #expect(!html.contains("<p>"))
    }

    @Test func quotesAndCodeKeepTheirLines() {
        let text = md(#"""
            [{"type": "block-quote", "children": [{"text": "À savoir :\nun document flou est refusé."}]},
             {"type": "quote", "children": [{"type": "paragraph", "children": [{"text": "Un"}]}, {"type": "paragraph", "children": [{"text": "Deux"}]}]},
             {"type": "code", "children": [{"text": "a ```b``` c"}]}]
            """#)
        #expect(text == "> À savoir :\\\n> un document flou est refusé.\n\n> Un\n>\n> Deux\n\n````\na ```b``` c\n````\n")
    }

    @Test func textThatLooksLikeMarkdownStaysText() {
        let text = md(#"""
            [{"type": "paragraph", "children": [{"text": "*étoiles*, _soulignés_, [crochets](x), <b>, &amp;, young_cle, R&D, a\\b, ~x~"}]},
             {"type": "paragraph", "children": [{"text": "# pas un titre\n1. pas une liste\n- pas une puce\n+ non\n> non\n=== non\n    code ?"}]}]
            """#)
        let html = ExportText.html(text)
        #expect(html == """
            <p>*étoiles*, _soulignés_, [crochets](x), &lt;b&gt;, &amp;amp;, young_cle, R&amp;D, a\\b, ~x~</p>
            <p># pas un titre<br>
            1. pas une liste<br>
            - pas une puce<br>
            + non<br>
            &gt; non<br>
            === non<br>
            code ?</p>

            """)
        #expect(text.contains("young_cle") && text.contains("R&D"))
    }

    @Test func linksToArticlesBecomeRelativeMarkdownLinks() {
        let others = [
            ExportText.record(3, "section", slug: "autre"),
            ExportText.record(4, title: "Dans ma valise", slug: "dans-ma-valise", parent: 3),
            ExportText.record(5, title: "Brouillon", slug: "brouillon", parent: 3, status: "DRAFT"),
            ExportText.record(6, title: "Voisine", slug: "voisine", parent: 1, position: 2),
        ]
        let (text, result) = ExportText.markdown(paragraph(#"""
            {"type": "link", "url": "/base-de-connaissance/dans-ma-valise", "children": [{"text": "la valise"}]}, {"text": " "},
            {"type": "link", "url": "https://support.snu.gouv.fr/base-de-connaissance/dans-ma-valise/#vetements", "children": [{"text": "les vêtements", "bold": true}]}, {"text": " "},
            {"type": "link", "url": "voisine", "children": [{"text": "voisine"}]}, {"text": " "},
            {"type": "link", "url": "https://support.snu.gouv.fr/base-de-connaissance/autre", "children": [{"text": "https://support.snu.gouv.fr/base-de-connaissance/autre"}]}, {"text": " "},
            {"type": "link", "url": "/base-de-connaissance", "children": [{"text": "l'accueil"}]}, {"text": " "},
            {"type": "link", "url": "/base-de-connaissance/brouillon", "children": [{"text": "/base-de-connaissance/brouillon"}]}, {"text": " "},
            {"type": "link", "url": "/base-de-connaissance/absente", "children": [{"text": "une fiche supprimée"}]}, {"text": " "},
            {"type": "link", "url": "#haut", "children": [{"text": "plus haut"}]}, {"text": " "},
            {"type": "link", "url": "https://www.snu.gouv.fr/a (b)", "children": [{"text": "le site"}]}, {"text": " "},
            {"type": "link", "url": "www.snu.gouv.fr", "children": [{"text": "www"}]}, {"text": " "},
            {"type": "link", "url": "mailto:support@snu.gouv.fr", "children": []}
            """#), others: others)
        #expect(text == "[la valise](../autre/dans-ma-valise.md) **[les vêtements](../autre/dans-ma-valise.md)** [Voisine](voisine.md) [Fiche 3](../autre/_section.md) [l'accueil](../_index.md) Brouillon une fiche supprimée plus haut [le site](<https://www.snu.gouv.fr/a (b)>) [www](https://www.snu.gouv.fr) [mailto:support@snu.gouv.fr](mailto:support@snu.gouv.fr)\n")
        let messages = result.diagnostics.map { "\($0.id) \($0.message)" }
        #expect(messages.contains("import.unknown-link record \(ExportText.id(2)) 'fiche-2': link '/base-de-connaissance/absente' (« une fiche supprimée ») names no record of the export; its text is kept without the link"))
        #expect(messages.contains("import.unknown-link record \(ExportText.id(2)) 'fiche-2': link '#haut' (« plus haut ») names no record of the export; its text is kept without the link"))
        #expect(messages.contains("import.link-to-draft record \(ExportText.id(2)) 'fiche-2': link to the draft 'brouillon' (« /base-de-connaissance/brouillon ») is kept as text"))
        #expect(result.approximations.droppedLinkSuffixes == 1)
        #expect(result.approximations.linkTextsFromTitles == 2)
        #expect(result.approximations.schemelessLinks == 1)
    }

    @Test func aDraftMayLinkToADraft() {
        let result = ExportText.run([
            ExportText.record(1, status: "DRAFT", content: paragraph(#"{"type": "link", "url": "fiche-2", "children": [{"text": "deux"}]}"#)),
            ExportText.record(2, status: "DRAFT"),
        ])
        #expect(ExportText.body(result, "fiche-1.md") == "[deux](fiche-2.md)\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func imagesAndVideos() {
        let (text, result) = ExportText.markdown(#"""
            [{"type": "image", "url": "https://s3.example/kb/capture écran.png", "alt": "L'écran [Mon identité]\navec le bouton", "children": [{"text": ""}]},
             {"type": "image", "url": "https://s3.example/kb/b.png", "children": [{"text": ""}]},
             {"type": "video", "url": "https://player.vimeo.com/video/123", "children": [{"text": ""}]},
             {"type": "video", "url": "https://www.youtube.com/embed/x", "children": [{"text": ""}]}]
            """#)
        #expect(text == """
            ![L'écran \\[Mon identité\\] avec le bouton](<https://s3.example/kb/capture écran.png>)

            ![](https://s3.example/kb/b.png)

            [Vidéo : Fiche 2 (Vimeo)](https://player.vimeo.com/video/123)

            [Vidéo 2 : Fiche 2 (YouTube)](https://www.youtube.com/embed/x)

            """)
        #expect(result.approximations.videos == 2)
    }

    @Test func unknownAndMalformedNodesAreReportedWithTheRecordAndNeverCrash() {
        let (text, result) = ExportText.markdown(#"""
            [{"type": "table", "children": [{"type": "table-row", "children": [{"type": "table-cell", "children": [{"text": "cellule"}]}]}]},
             "chaîne", 42, null, [], {"type": 3, "children": [{"text": "type numérique"}]},
             {"type": "paragraph"}, {"type": "paragraph", "children": "pas une liste"}, {"type": "paragraph", "children": [{"text": 5}, {"text": null}]},
             {"type": "image", "children": []}, {"type": "video", "url": ""}, {"type": "paragraph", "children": [{"type": "link", "children": [{"text": "sans adresse"}]}]},
             {"type": "bulleted-list", "children": ["x", {"type": "list-item"}]}, {"type": "paragraph", "children": [{"text": "a", "color": "red", "bold": false}]},
             {}, {"children": [{"text": "sans type"}]}]
            """#)
        #expect(text == "cellule\n\ntype numérique\n\nsans adresse\n\na\n\nsans type\n")
        let id = ExportText.id(2)
        let messages = result.diagnostics.filter { $0.location?.line == 2 }.map(\.message)
        #expect(messages.allSatisfy { $0.hasPrefix("record \(id) 'fiche-2'") })
        #expect(messages.contains("record \(id) 'fiche-2': unknown Slate node 'table' (1 time); its text is kept"))
        #expect(messages.contains("record \(id) 'fiche-2': a node is a string, not a Slate node; it is left out"))
        #expect(messages.contains("record \(id) 'fiche-2': an image node has no 'url'; it is left out"))
        #expect(messages.contains("record \(id) 'fiche-2': a video node has no 'url'; it is left out"))
        #expect(messages.contains("record \(id) 'fiche-2': a link has no 'url' (« sans adresse »); its text is kept"))
        #expect(messages.contains("record \(id) 'fiche-2': a text leaf's 'text' is a number, not a string; it is left out"))
        #expect(messages.contains("record \(id) 'fiche-2': a node's 'type' is a number, not a string; its text is kept"))
        #expect(result.approximations.unknownMarks == ["color": 1])
        #expect(!result.hasErrors)
    }

    @Test func contentThatIsNotAListIsReportedOrRead() {
        #expect(md(#""[{\"type\": \"paragraph\", \"children\": [{\"text\": \"dans une chaîne\"}]}]""#) == "dans une chaîne\n")
        let (text, result) = ExportText.markdown(#""du texte brut""#)
        #expect(text == "du texte brut\n")
        #expect(result.diagnostics.map(\.message).contains("record \(ExportText.id(2)) 'fiche-2': 'content' is a string, not Slate JSON; it is kept as text"))
        let (number, numberResult) = ExportText.markdown("12")
        #expect(number == "")
        #expect(numberResult.diagnostics.count == 1)
        #expect(md("[]") == "" && md("null") == "")
    }
}
