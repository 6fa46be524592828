import Foundation
import RepereTestSupport
import Testing
@testable import RepereImport

/// The hand-written export of `Tests/Fixtures/snupport/` (every node type of the editor and
/// the edge cases of the model) imported into a fresh project, compared byte for byte with
/// `Golden/handwritten/`. After an intended change:
/// `REPERE_RECORD=1 swift test --filter importMatchesItsGolden`, then review the diff.
@Suite struct GoldenImportTests {
    static let fixtures = GeneratedFile.repositoryRoot.appendingPathComponent("Tests/Fixtures/snupport")

    static func importFixture() throws -> SnupportImport.Result {
        var options = SnupportImport.Options(
            knowledgeBase: fixtures.appendingPathComponent("knowledgebases.json"), name: "knowledgebases.json")
        options.feedback = (fixtures.appendingPathComponent("feedbacks.json"), "feedbacks.json")
        options.searches = (fixtures.appendingPathComponent("kbsearches.json"), "kbsearches.json")
        options.assetsFolder = fixtures.appendingPathComponent("assets")
        return try SnupportImport(options: options).run()
    }

    @Test func importMatchesItsGolden() throws {
        let result = try Self.importFixture()
        #expect(!result.hasErrors)
        let project = TemporaryDirectory()
        _ = try ProjectWriter(project: project.url, force: false).write(result)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/handwritten")
        if let difference = Golden.compare(actual: project.snapshot(), goldenFolder: golden) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func theSameExportGivesTheSameBytes() throws {
        let first = TemporaryDirectory(), second = TemporaryDirectory()
        _ = try ProjectWriter(project: first.url, force: false).write(try Self.importFixture())
        _ = try ProjectWriter(project: second.url, force: false).write(try Self.importFixture())
        #expect(first.snapshot() == second.snapshot())
    }
}
