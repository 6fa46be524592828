import RepereDiagnostics
import Testing
@testable import RepereContent

/// Hugo's TOML front-matter, read as the YAML that says the same, line for line.
@Suite struct TOMLFrontMatterTests {
    func decode(_ file: String) throws -> (FrontMatter, [Diagnostic]) {
        let parts = try FrontMatterSplitter.split(file, file: "f.md").get()
        #expect(parts.hasFrontMatter)
        #expect(parts.yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            == parts.bodyLineOffset - 1, "one YAML line per TOML line")
        return FrontMatter.decode(yaml: parts.yaml, file: "f.md", lineOffset: 1)
    }

    @Test func readsHugosKeysStringsArraysAndTables() throws {
        let (fm, problems) = try decode("""
            +++
            title = "Changer de \\"centre\\""
            description = '''
            Un volontaire "déplacé"
            d'un centre à l'autre.'''
            weight = 3  # l'ordre
            draft = true
            tags = ["affectation", 'centre',
              "séjour"]
            aliases = ["/ancien/"]
            date = 2024-01-02T10:00:00+01:00
            menu = { docs = { parent = "guide", weight = 2 } }
            [params]
              niveau = 2
            [[cascade]]
              x = "a=b"
            [[cascade]]
              x = 2
            +++
            Corps
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(fm.title == "Changer de \"centre\"")
        #expect(fm.description == "Un volontaire \"déplacé\" d'un centre à l'autre.")
        #expect(fm.order == 3)
        #expect(fm.status == .draft)
        #expect(fm.tags == ["affectation", "centre", "séjour"])
        #expect(fm.aliases == ["/ancien/"])
        #expect(fm.params["params"] == .map([(key: "niveau", value: .int(2))]))
        #expect(fm.params["cascade 2"] == .map([(key: "x", value: .int(2))]))
        #expect(fm.params["cascade"] == .map([(key: "x", value: .string("a=b"))]))
        #expect(fm.keyLocations["weight"] == SourceLocation(file: "f.md", line: 6, column: 1))
    }

    @Test func aBasicMultiLineStringKeepsItsEscapes() throws {
        let (fm, problems) = try decode("+++\ndescription = \"\"\"Une \\\"phrase\\\" \\\n  suivie.\"\"\"\n+++\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(fm.description == "Une \"phrase\" suivie.")
    }

    @Test func aLineThatIsNotTOMLIsReportedAtItsLine() throws {
        let (_, problems) = try decode("+++\ntitle = \"A\"\n  : oups [\n+++\n")
        #expect(problems.map(\.id) == ["front-matter.invalid-yaml"])
        #expect(problems.first?.location?.line == 3)
    }

    @Test func anUnterminatedTOMLBlockNamesItsFence() {
        guard case .failure(let failure) = FrontMatterSplitter.split("+++\ntitle = \"A\"\n", file: "f.md") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostic.message.contains("'+++'"))
    }

    @Test func aTOMLBodyFenceIsNoFrontMatter() throws {
        let parts = try FrontMatterSplitter.split("Texte\n+++\n", file: "f.md").get()
        #expect(!parts.hasFrontMatter)
        // `+++` opens TOML, and only `+++` closes it.
        #expect(throws: DiagnosticFailure.self) { try FrontMatterSplitter.split("+++\ntitle = \"A\"\n---\n", file: "f.md").get() }
    }
}
