import Testing
@testable import RepereMarkdown

/// MkDocs Material's icon shortcodes taken out (geotribu's buttons and cards), emoji kept.
@Suite struct MaterialIconsTests {
    func html(_ markdown: String) -> String { HTMLRenderer().render(CommonMarkParser.parse(markdown)) }

    @Test func iconsAreTakenOutWithTheirAttributeList() {
        #expect(html("[Commenter :fontawesome-solid-comments:](#commentaires){: .md-button }\n")
            == "<p><a href=\"#commentaires\">Commenter </a></p>\n")
        #expect(html("- :material-clock-fast:{ .lg .middle } __Installer__\n") == "<ul>\n<li> <strong>Installer</strong></li>\n</ul>\n")
        #expect(html(":octicons-arrow-right-24: [Suite](suite.md) et :simple-qgis:\n") == "<p> <a href=\"suite.md\">Suite</a> et </p>\n")
    }

    @Test(arguments: [":inconnu: et :autre:\n", "Heure 12:30:00\n", ":material-:\n", ":materials-x:\n", "`:material-code:`\n"])
    func whatIsNoIconStays(markdown: String) {
        #expect(html(markdown).contains(":"))
    }
}
