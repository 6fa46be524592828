import Foundation
import RepereTestSupport
import Testing

/// Whether `python3` is on the PATH: the 1,000-article export comes from the benchmark's generator.
private let python3Available = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }

@Suite struct ImportCommandTests {
    static let fixtures = GeneratedFile.repositoryRoot.appendingPathComponent("Tests/Fixtures/snupport").path

    /// `repere check` then `repere build` of the imported project: no error.
    func checkAndBuild(_ project: TemporaryDirectory) throws {
        let check = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        #expect(check.status == 0, "\(check.stderr.suffix(2_000))")
        #expect(check.stderr.hasSuffix("\n") && check.stderr.split(separator: "\n").last!.hasPrefix("0 errors"))
        let build = try RepereProcess.run(["build", "-q", "--base-url", "https://aide.exemple.gouv.fr/"], in: project.url)
        #expect(build.status == 0, "\(build.stderr.suffix(2_000))")
    }

    @Test func theHandWrittenExportImportsChecksAndBuilds() throws {
        let project = TemporaryDirectory()
        let f = Self.fixtures
        let result = try RepereProcess.run([
            "import", "snupport", "\(f)/knowledgebases.json", "--feedback", "\(f)/feedbacks.json", "--searches", "\(f)/kbsearches.json",
            "--download-assets", "\(f)/assets", "--color", "never",
        ], in: project.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Imported 11 articles and 4 sections into content/ (18 warnings): see import-report.md
            The import does not commit. Review, then:
              repere check
              git add repere.yml content imports
              git commit -m "Import de la base de connaissance SNUpport"

            """)
        #expect(result.stderr.hasSuffix("0 errors, 18 warnings\n"))
        #expect(result.stderr.contains("\(f)/knowledgebases.json:14:1: warning: record 65a1b2c3d4e5f6a7b8c9000d 'je-televerse-un-document' names the parent 65a1b2c3d4e5f6a7b8c90063, which is not in the export; it goes to a-classer/ [import.orphan]\n"))
        try checkAndBuild(project)
        // The old address redirects to the new page.
        let redirect = try String(contentsOf: project.url.appendingPathComponent(
            "site/base-de-connaissance/je-minscris-et-justifie-mon-identite/index.html"), encoding: .utf8)
        #expect(redirect.contains("/phase-0-les-inscriptions/je-minscris/je-minscris-et-justifie-mon-identite/"))
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site/assets/snupport/capture-inscription.png").path))
    }

    @Test(.enabled(if: python3Available)) func aGeneratedThousandArticleExportImportsChecksAndBuilds() throws {
        let work = TemporaryDirectory()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3", GeneratedFile.repositoryRoot.appendingPathComponent("bench/gen_snupport_export.py").path, "--articles", "1000",
            "--out", work.url.appendingPathComponent("kb.json").path, "--feedback", work.url.appendingPathComponent("fb.json").path,
        ]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let project = TemporaryDirectory()
        let result = try RepereProcess.run(
            ["import", "snupport", work.url.appendingPathComponent("kb.json").path, "--feedback", work.url.appendingPathComponent("fb.json").path, "-q"],
            in: project.url)
        #expect(result.status == 0, "\(result.stderr.suffix(2_000))")
        #expect(result.stderr.hasSuffix(" 0 errors, 23 warnings\n") || result.stderr.hasSuffix("\n0 errors, 23 warnings\n"))
        let pages = project.snapshot("content").keys.filter { $0.hasSuffix(".md") }
        #expect(pages.count == 1000 + 57 + 2)  // articles, sections, a-classer/_section.md and _index.md
        try checkAndBuild(project)
    }

    @Test func aBadExportExitsOneAndWritesNothing() throws {
        let project = TemporaryDirectory()
        try project.write(["kb.json": """
            {"_id": {"$oid": "65a1b2c3d4e5f6a7b8c90001"}, "type": "section", "title": "A", "slug": "a", "position": 1, "status": "PUBLISHED", "parentId": {"$oid": "65a1b2c3d4e5f6a7b8c90002"}}
            {"_id": {"$oid": "65a1b2c3d4e5f6a7b8c90002"}, "type": "section", "title": "B", "slug": "b", "position": 1, "status": "PUBLISHED", "parentId": {"$oid": "65a1b2c3d4e5f6a7b8c90001"}}
            {"_id": {"$oid": "65a1b2c3d4e5f6a7b8c90003"}, "type": "article", "title": "C", "position": 1, "status": "PUBLISHED"}
            """])
        let result = try RepereProcess.run(["import", "snupport", "kb.json", "--color", "never"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            kb.json:1:1: error: record 65a1b2c3d4e5f6a7b8c90001 'a' is its own ancestor: 65a1b2c3d4e5f6a7b8c90001 → 65a1b2c3d4e5f6a7b8c90002 → 65a1b2c3d4e5f6a7b8c90001 [import.parent-cycle]
            kb.json:1:1: note: point one 'parentId' of the cycle at a real section
            kb.json:3:1: error: record 65a1b2c3d4e5f6a7b8c90003 has no 'slug' [import.missing-field]
            2 errors, 0 warnings
            error: 2 errors in the export: nothing was written

            """)
        #expect(Set(project.snapshot().keys) == ["kb.json"])
    }

    @Test func aContentFolderWithPagesIsKeptWithoutForce() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n"])
        let args = ["import", "snupport", "\(Self.fixtures)/knowledgebases.json", "-q"]
        let refused = try RepereProcess.run(args, in: project.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasSuffix("error: 'content/' is not empty (a.md): pass --force to replace it, or import into another project with -C\n"))
        #expect(project.snapshot()["content/a.md"] != nil)
        let forced = try RepereProcess.run(args + ["--force"], in: project.url)
        #expect(forced.status == 0)
        #expect(project.snapshot()["content/a.md"] == nil && project.snapshot()["content/recherche-2.md"] != nil)
    }

    @Test func aMissingExportOrAssetsFolderIsAnError() throws {
        let project = TemporaryDirectory()
        let missing = try RepereProcess.run(["import", "snupport", "absent.json"], in: project.url)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("error: cannot read '") && missing.stderr.hasSuffix("absent.json'\n"))
        let assets = try RepereProcess.run(["import", "snupport", "\(Self.fixtures)/knowledgebases.json", "--download-assets", "nulle-part"], in: project.url)
        #expect(assets.status == 1 && assets.stderr == "error: --download-assets 'nulle-part' is not a folder\n")
    }
}
