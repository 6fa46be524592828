@testable import RepereSearch
import Testing

@Suite struct TextAnalyzerTests {
    @Test(arguments: [
        ("affectés", "affectes"), ("séjours", "sejours"), ("référents", "referents"),
        ("téléverser", "televerser"), ("élèves", "eleves"), ("Préfecture", "prefecture"),
    ])
    func accentedAndBareWordsGiveOneToken(accented: String, bare: String) {
        #expect(TextAnalyzer.analyze(accented) == TextAnalyzer.analyze(bare))
    }

    @Test func offsetsSliceTheOriginalText() {
        let text = "Œuvres 👍 d’intérêt général : l'affectation"
        let utf16 = Array(text.utf16)
        let words = TextAnalyzer.tokenizeWithOffsets(text).map { String(decoding: utf16[$0.start..<$0.end], as: UTF16.self) }
        #expect(words == ["Œuvres", "intérêt", "général", "affectation"])
    }

    @Test func foldsWithoutStemming() {
        #expect(TextAnalyzer.fold("Élèves ŒUVRE Straße Ø ΆΣ") == "eleves oeuvre strasse o ασ")
        #expect(TextAnalyzer.fold("e\u{301}te\u{301}") == "ete")
    }

    /// Both stop lists must stay identical: every word of the JavaScript list is a stop word here.
    @Test func javaScriptStopWordsAreStopWords() throws {
        let source = try TestData.repositoryFile("Sources/RepereSearch/Runtime/analysis.mjs")
        let list = try #require(source.firstRange(of: "const STOP_WORD_LIST = [").map { source[$0.upperBound...] })
        let body = list[..<(list.firstRange(of: "];")?.lowerBound ?? list.endIndex)]
        let words = body.matches(of: /'([^']*)'/).map { String($0.output.1) }
        #expect(words.count == StopWords.words.count)
        #expect(words.filter { !TextAnalyzer.analyze($0).isEmpty } == [])
    }

    @Test func survivesUnusualText() {
        let texts = [
            String(repeating: "é", count: 5_000), String(repeating: "'", count: 100), "\u{301}\u{301}",
            "\u{0}\u{FFFF}\u{10FFFF}", "🏳️‍🌈👨‍👩‍👧", "a\u{301}\u{302}\u{303}", "ﬁnance", "ǅemal",
        ]
        for text in texts {
            let tokens = TextAnalyzer.tokenizeWithOffsets(text)
            #expect(tokens.allSatisfy { !$0.term.isEmpty && $0.start < $0.end && $0.end <= text.utf16.count })
        }
    }
}
