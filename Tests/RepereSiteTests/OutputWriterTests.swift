import Foundation
import RepereContent
import RepereRender
@testable import RepereSite
import RepereTestSupport
import Synchronization
import Testing

/// The write stage makes each file of the render stage's plan as it writes it, so a build never
/// holds the whole site in memory, and writes what making the whole plan at once would.
@Suite struct OutputWriterTests {
    private func build(_ project: URL, _ mode: BuildPipeline.Mode = .disk(strict: false)) throws -> BuildPipeline.Outcome {
        let (config, problems) = try Project.configuration(in: project)
        var options = BuildOptions(projectDirectory: project, configuration: config)
        options.cacheDirectory = nil
        return try BuildPipeline(options: options).run(mode, extraDiagnostics: problems)
    }

    /// The site made in memory from the same input, as bytes.
    private func madeInMemory(_ project: URL) throws -> [String: Data] {
        let tree = try #require(try build(project, .memory(session: nil)).tree)
        let source = FileSystemSource(root: project.appendingPathComponent("content"))
        return try tree.files.mapValues { content in try content.withBytes(source: source) { Data($0) } }
    }

    /// Every file is made once and written before its worker makes another: when a file is made,
    /// all those made before it, but the few being made on other cores, are on disk already.
    /// Checked for a first site (written into a staging folder) and for an update in place
    /// (changed files written first under hidden names beside the old ones).
    @Test func eachFileIsWrittenAsSoonAsItIsMade() throws {
        let folder = TemporaryDirectory()
        let site = folder.url.appendingPathComponent("site")
        let pid = ProcessInfo.processInfo.processIdentifier
        let workers = 2 * ProcessInfo.processInfo.activeProcessorCount
        let count = 8 * workers
        let staged: [(version: String, written: @Sendable () -> Int)] = [
            ("1", { (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/.site.repere-new-\(pid)").count) ?? 0 }),
            ("2", { (try? FileManager.default.contentsOfDirectory(atPath: site.path).count { $0.hasSuffix(".repere-new-\(pid)") }) ?? 0 }),
        ]
        for (version, written) in staged {
            let started = Atomic<Int>(0), lagging = Atomic<Int>(0)
            var plan = OutputPlan()
            plan.add("_repere/theme.css", origin: "test") { .text("css") }  // a site Repère builds, which the update may replace
            for i in 0..<count {
                plan.add("f\(i).html", origin: "test") {
                    let before = started.add(1, ordering: .sequentiallyConsistent).oldValue
                    if written() < before - workers { lagging.add(1, ordering: .sequentiallyConsistent) }
                    return .text("fichier \(i), version \(version)")
                }
            }
            #expect(try OutputWriter(destination: site).write(plan, source: FileSystemSource(root: folder.url)) == (version == "1" ? count + 1 : count))
            #expect(started.load(ordering: .sequentiallyConsistent) == count, "each file made once")
            #expect(lagging.load(ordering: .sequentiallyConsistent) == 0, "files were made before those made earlier were written")
            #expect(folder.snapshot("site") == Dictionary(uniqueKeysWithValues: (0..<count).map {
                ("f\($0).html", Data("fichier \($0), version \(version)".utf8))
            } + [("_repere/theme.css", Data("css".utf8))]))
        }
    }

    /// A first site (written into a staging folder, then renamed) and an update in place have the
    /// bytes of the site made whole in memory (where the pages' rendered Markdown is held, not
    /// spilled to a temporary file and read back).
    @Test func theSiteWrittenFileByFileIsTheSiteMadeInMemory() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\ndescription: La page A.\n---\nBonjour, voir [B](b.md).\n\n## Étape\n\nTexte.\n",
            "content/b.md": "---\ntitle: B\ndescription: La page B.\ntags: [essai]\n---\nVoir [A](a.md).\n",
            // FAQ entries: their section page shows each body a second time, from the spill file.
            "content/faq/_index.md": "---\ntitle: Questions\n---\n",
            "content/faq/q1.md": "---\ntitle: Première question\ntype: faq\n---\n## Réponse\n\nVoir [A](../a.md), « été » 🙂.\n",
            "content/faq/q2.md": "---\ntitle: Seconde question\ntype: faq\n---\n",
            "content/img.svg": "<svg/>",
            "repere.yml": "base_url: https://x.fr/\n",
        ])
        #expect(try build(project.url).wasWritten)
        #expect(project.snapshot("site") == (try madeInMemory(project.url)))

        try project.write(["content/a.md": "---\ntitle: A\ndescription: La page A.\n---\nBonsoir, voir [B](b.md) et [C](c.md).\n",
                           "content/c.md": "---\ntitle: C\ndescription: La page C.\n---\nVoir [A](a.md).\n"])
        let update = try build(project.url)
        #expect(update.wasWritten && update.writtenFileCount < update.fileCount)
        #expect(project.snapshot("site") == (try madeInMemory(project.url)))
    }

    /// Two files at one output path are found in the plan, before a file is made: the build
    /// fails and the previous site stays as it was.
    @Test func aCollisionFoundInThePlanLeavesThePreviousSite() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\nBonjour.\n", "repere.yml": "base_url: https://x.fr/\n"])
        #expect(try build(project.url).wasWritten)
        let before = project.snapshot("site")
        try project.write(["content/a.md": "---\ntitle: A\n---\nBonsoir.\n", "content/sitemap.xml": "<urlset/>\n"])
        let outcome = try build(project.url)
        #expect(outcome.report.diagnostics.map(\.id.rawValue).contains("output.collision"))
        #expect(!outcome.wasWritten)
        #expect(project.snapshot("site") == before)
    }

    /// The author's `robots.txt` (geotribu's MkDocs sites have one in their content folder) is
    /// published instead of the generated one, with no collision.
    @Test func anAuthorsRobotsTxtReplacesTheGeneratedOne() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\n---\nBonjour.\n", "content/robots.txt": "User-agent: *\nDisallow: /brouillons/\n",
            "repere.yml": "base_url: https://x.fr/\n",
        ])
        let outcome = try build(project.url)
        #expect(outcome.wasWritten, "\(outcome.report.diagnostics)")
        #expect(try String(contentsOf: project.url.appendingPathComponent("site/robots.txt"), encoding: .utf8) == "User-agent: *\nDisallow: /brouillons/\n")
    }
}
