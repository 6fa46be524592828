import RepereTestSupport
import Testing
@testable import RepereDiagnostics

@Suite struct CatalogueTests {
    @Test func everyIDIsUniqueAndWellFormed() {
        let ids = DiagnosticKind.all.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count, "an ID is declared twice")
        for id in ids {
            let parts = id.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } },
                "\(id) is not group.kebab-case")
        }
    }

    @Test func everyKindIsDocumented() {
        for kind in DiagnosticKind.all {
            #expect(!kind.meaning.isEmpty && !kind.example.isEmpty && !kind.fix.isEmpty, "\(kind.id)")
            #expect(DiagnosticKind.named(kind.id) == kind)
        }
        #expect(DiagnosticKind.named("link.brokn") == nil)
    }

    /// Found in a sweep: a diagnostic quoted a page's 2 MB title whole.
    @Test func aLongMessageIsCut() {
        let title = String(repeating: "é", count: 2_000_000)
        let diagnostic = Diagnostic(.pageMissingDescription, "'\(title)' has no description", notes: [title])
        #expect(diagnostic.message.count == 1_001 && diagnostic.message.hasSuffix("é…") && diagnostic.notes[0].count == 1_001)
        #expect(Diagnostic(.pageMissingDescription, "'Court' has no description").message == "'Court' has no description")
    }

    @Test func aDiagnosticTakesItsKindsSeverity() {
        #expect(Diagnostic(.linkBroken, "x").severity == .error)
        #expect(Diagnostic(.pageOrphan, "x").severity == .warning)
        #expect(Diagnostic(.gitNoRepository, "x").severity == .note)
    }

    /// `Documentation/Reference/diagnostics.md` is the catalogue's output, never a hand copy.
    @Test func theReferencePageIsGeneratedFromTheCatalogue() {
        let problem = GeneratedFile.compare(DiagnosticKind.referencePage(), with: "Documentation/Reference/diagnostics.md")
        #expect(problem == nil, "\(problem ?? "")")
    }
}
