import RepereSearch
import Testing

@Suite struct FrenchStemmerTests {
    @Test func matchesTheSnowballReferenceVocabulary() throws {
        let words = try TestData.snowballLines("voc.txt")
        let stems = try TestData.snowballLines("output.txt")
        try #require(words.count == stems.count && words.count > 20_000)
        let mismatches = zip(words, stems).filter { FrenchStemmer.stem(String($0)) != $1 }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }

    @Test(arguments: [
        ("affectées", "affect"), ("volontaires", "volontair"), ("jouaient", "jou"), ("aiguë", "aigu"),
        ("palais", "palais"), ("anglaise", "anglais"), ("choux", "chou"), ("l'avion", "avion"),
        ("", ""), ("a", "a"),
    ])
    func stemsWords(word: String, stem: String) {
        #expect(FrenchStemmer.stem(word) == stem)
    }

    @Test func scalarAndStringFormsAgree() {
        #expect(FrenchStemmer.stem(Array("référentes".unicodeScalars)) == Array("référent".unicodeScalars))
    }
}
