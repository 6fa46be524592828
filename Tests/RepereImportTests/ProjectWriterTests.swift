import Foundation
import RepereTestSupport
import Testing
@testable import RepereImport

@Suite struct ProjectWriterTests {
    typealias R = ExportText

    func result() -> SnupportImport.Result {
        R.run([R.record(1, "section", slug: "phase-1", roles: ["young", "referent"]), R.record(2, slug: "valise", parent: 1)])
    }

    @Test func aFreshFolderGetsContentRepereYmlAndTheReportWithNoLeftOvers() throws {
        let dir = TemporaryDirectory()
        let outcome = try ProjectWriter(project: dir.url, force: false).write(result())
        #expect(outcome.configuration == .written)
        #expect(Set(dir.snapshot().keys) == [
            "repere.yml", "import-report.md", "content/_index.md", "content/phase-1/_section.md", "content/phase-1/valise.md",
        ])
        let yml = String(decoding: dir.snapshot()["repere.yml"]!, as: UTF8.self)
        #expect(yml.hasSuffix("audiences:\n  young: \"Volontaire HTS\"\n  referent: \"Référent\"\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["content", "import-report.md", "repere.yml"])
    }

    @Test func aContentFolderWithFilesIsReplacedOnlyWithForce() throws {
        let dir = TemporaryDirectory()
        try dir.write(["content/ancienne.md": "---\ntitle: A\n---\n", "content/.gitkeep": ""])
        #expect(throws: ImportError("'content/' is not empty (ancienne.md): pass --force to replace it, or import into another project with -C")) {
            try ProjectWriter(project: dir.url, force: false).write(result())
        }
        #expect(dir.snapshot()["content/ancienne.md"] != nil && dir.snapshot()["repere.yml"] == nil)
        _ = try ProjectWriter(project: dir.url, force: true).write(result())
        #expect(dir.snapshot()["content/ancienne.md"] == nil && dir.snapshot()["content/phase-1/valise.md"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func anEmptyContentFolderIsFine() throws {
        let dir = TemporaryDirectory()
        try dir.write(["content/.gitkeep": ""])
        _ = try ProjectWriter(project: dir.url, force: false).write(result())
        #expect(dir.snapshot()["content/phase-1/valise.md"] != nil)
    }

    @Test func anExistingRepereYmlKeepsItsKeys() throws {
        let dir = TemporaryDirectory()
        try dir.write(["repere.yml": "title: \"Aide SNU\"\n# un commentaire\ncontent_dir: pages"])
        let outcome = try ProjectWriter(project: dir.url, force: false).write(result())
        #expect(outcome.configuration == .appended && outcome.contentFolder == "pages")
        #expect(String(decoding: dir.snapshot()["repere.yml"]!, as: UTF8.self) == """
            title: "Aide SNU"
            # un commentaire
            content_dir: pages
            # Added by `repere import snupport`: SNUpport's reader roles (allowedRoles), in its order.
            audiences:
              young: "Volontaire HTS"
              referent: "Référent"

            """)
        #expect(dir.snapshot()["pages/phase-1/valise.md"] != nil)

        let declared = TemporaryDirectory()
        let yml = "title: Aide\naudiences:\n  referent: \"Référent départemental\"\n"
        try declared.write(["repere.yml": yml])
        let second = try ProjectWriter(project: declared.url, force: false).write(result())
        #expect(second.configuration == .toAdd([.init(id: "young", label: "Volontaire HTS")]))
        #expect(String(decoding: declared.snapshot()["repere.yml"]!, as: UTF8.self) == yml)
        let report = String(decoding: declared.snapshot()["import-report.md"]!, as: UTF8.self)
        #expect(report.contains("```yaml\n  young: \"Volontaire HTS\"\n```"))
    }

    @Test func historyFilesAreNotOverwrittenWithoutForce() throws {
        let dir = TemporaryDirectory()
        try dir.write(["imports/feedback.json": "{}"])
        let withFeedback = R.run([R.record(1)], feedback: "[]")
        #expect(throws: ImportError("'imports/feedback.json' exists: pass --force to replace it")) {
            try ProjectWriter(project: dir.url, force: false).write(withFeedback)
        }
        _ = try ProjectWriter(project: dir.url, force: true).write(withFeedback)
        #expect(String(decoding: dir.snapshot()["imports/feedback.json"]!, as: UTF8.self).hasPrefix("{\"source\":\"snupport\""))
    }
}
