import Testing
@testable import RepereMarkdown

/// MkDocs' keys (`++ctrl+c++`, geotribu's QGIS tutorials) shown as `<kbd>` elements.
@Suite struct KeyboardKeysTests {
    func html(_ markdown: String) -> String { HTMLRenderer().render(CommonMarkParser.parse(markdown)) }

    @Test func combinationsBecomeKeys() {
        #expect(html("Copier avec ++ctrl+c++ puis ++shift++.\n")
            == "<p>Copier avec <kbd>Ctrl</kbd>+<kbd>C</kbd> puis <kbd>Shift</kbd>.</p>\n")
        #expect(html("++alt+0+1+8+3++ ou ++page-up++ ou ++\"Ma touche\"+a++\n")
            == "<p><kbd>Alt</kbd>+<kbd>0</kbd>+<kbd>1</kbd>+<kbd>8</kbd>+<kbd>3</kbd> ou <kbd>Page Up</kbd> ou <kbd>Ma touche</kbd>+<kbd>A</kbd></p>\n")
        #expect(CommonMarkParser.parse("## Raccourci ++ctrl+k++\n").headings.first?.text == "Raccourci Ctrl+K")
    }

    @Test(arguments: ["C++ et C++ encore.\n", "a ++ b ++ c\n", "++ctrl+ a++\n", "`++ctrl++`\n", "++++\n", "a++b++\n", "g++-12++ et i++x++\n"])
    func whatIsNoCombinationStaysAsWritten(markdown: String) {
        #expect(!html(markdown).contains("<kbd>"))
    }
}
