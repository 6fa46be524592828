import Testing
@testable import RepereMarkdown

/// pymdownx's generic blocks (`/// note | Titre` … `///`), read as MkDocs Material shows them.
@Suite struct PyMdownBlockTests {
    func rewrite(_ text: String) -> ForeignContainers.Rewritten {
        let result = ForeignContainers.rewrite(text)
        #expect(result.text.split(separator: "\n", omittingEmptySubsequences: false).count
            == text.split(separator: "\n", omittingEmptySubsequences: false).count, "the line count changed")
        return result
    }

    @Test func admonitionsAndDetailsBecomeCallouts() {
        #expect(rewrite("/// note | À savoir\nTexte.\n///\nAprès.\n").text == "> [!NOTE] À savoir\n> Texte.\n\nAprès.\n")
        #expect(rewrite("/// details | Voir\n    type: warning\n    open: True\n\nLe **détail**.\n///\n").text
            == "> [!WARNING] Voir\n> \n> \n> \n> Le **détail**.\n\n")
        #expect(rewrite("/// admonition | Libre\n    type: danger\nTexte.\n///\n").text == "> [!CAUTION] Libre\n> \n> Texte.\n\n")
        #expect(rewrite("/// details\nSans titre ni type.\n///\n").text == "> [!NOTE]\n> Sans titre ni type.\n\n")
    }

    /// More `/` fence a block around another; a tab is a heading below the one before it.
    @Test func blocksNestAndTabsBecomeHeadings() {
        let result = rewrite("## Installer\n//// tip | Dehors\n/// warning\nDedans.\n///\nSuite.\n////\n/// tab | Windows\nTexte.\n///\n/// html | div.result\nRésultat.\n///\n")
        #expect(result.text == "## Installer\n> [!TIP] Dehors\n> > [!WARNING]\n> > Dedans.\n> \n> Suite.\n\n### Windows\nTexte.\n\n\nRésultat.\n\n")
        #expect(result.unknown.isEmpty)
    }

    @Test func otherBlocksStayAsWrittenAndAreReported() {
        let result = rewrite("Avant.\n/// define\nTerme\n///\n")
        #expect(result.text == "Avant.\n/// define\nTerme\n///\n")
        #expect(result.unknown == [ForeignContainers.Unknown(line: 2, column: 1, directive: "/// define")])
    }

    @Test(arguments: ["```swift\n/// Un commentaire\n```\n", "    /// indenté\n", "/// \n", "///note\n", "// commentaire\n"])
    func whatIsNoBlockStaysAsWritten(text: String) {
        let result = rewrite(text)
        #expect(!result.text.contains("[!"))
        #expect(result.unknown.isEmpty)
    }

    @Test func theBlocksOfAPageAreCallouts() {
        let document = CommonMarkParser.parse(rewrite("/// warning | Attention\nTexte.\n///\n").text)
        guard case .callout(.warning, _)? = document.blocks.first else {
            Issue.record("not a warning callout")
            return
        }
        #expect(ForeignContainers.mayHaveContainers("a\n/// note\n"))
        #expect(!ForeignContainers.mayHaveContainers("a // b\n    /// code\n"))
    }
}
