import Testing
@testable import RepereContent

@Suite struct SlugTests {
    @Test(arguments: [
        ("Étape 2 : valider", "etape-2-valider"),
        ("Changer un volontaire de centre", "changer-un-volontaire-de-centre"),
        ("L’affectation d’un jeune", "l-affectation-d-un-jeune"),
        ("Cœur de l'œuvre", "coeur-de-l-oeuvre"),
        ("  --Déjà vu--  ", "deja-vu"),
        ("PDR & MIG (2024)", "pdr-mig-2024"),
        ("Привет", ""),
    ])
    func slugFoldsAccentsAndPunctuation(input: String, expected: String) {
        #expect(Slug.make(from: input) == expected)
    }

    /// Sweep: a course's `c.md`, `c++.md` and `c#.md` all published at `/c/`, two of them lost.
    @Test(arguments: [
        ("c++", "c-plus-plus"), ("c#", "c-sharp"), ("C++ avancé", "c-plus-plus-avance"),
        ("notepad++", "notepad-plus-plus"), ("f#-intro", "f-sharp-intro"), ("c", "c"),
        ("questions+reponses", "questions-reponses"), ("#1 démarrer", "1-demarrer"), ("++", ""),
    ])
    func fileNamesSpellAPlusOrSharpThatEndsAWord(name: String, expected: String) {
        #expect(Slug.make(fromFileName: name) == expected)
    }

    /// Text below U+0300 (and punctuation) is decomposed letter by letter from a table; a
    /// character from outside those ranges (here `ж`, which adds nothing) sends the same text
    /// through Foundation's decomposition of the whole string: both must agree.
    @Test func latinTableAgreesWithFoundationsDecomposition() {
        for value in Array(UInt32(0x20)..<0x300) + Array(0x2000...0x20CF) {
            let text = "a\(Unicode.Scalar(value)!)b Ǖtape"
            #expect(Slug.make(from: text) == Slug.make(from: text + "ж"), "U+\(String(value, radix: 16))")
        }
    }
}
