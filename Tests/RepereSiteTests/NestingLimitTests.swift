import Foundation
import RepereContent
import RepereDiagnostics
import RepereMarkdown
@testable import RepereSite
import RepereTestSupport
import Testing

/// Pages nested deeper than `NestingLimit.maximumDepth`, through the whole pipeline: the page
/// gets `markdown.too-deep`, the build reports everything else and publishes nothing; pages
/// nested right up to the limit build like any other.
@Suite struct NestingLimitTests {
    static let limit = NestingLimit.maximumDepth

    /// The file from the hardening issue: 50,000 `>`, then a line of `[` and one of `*`.
    static let deepPage = "---\ntitle: Profond\ndescription: D\n---\n" + String(repeating: ">", count: 50_000) + "\n"
        + String(repeating: "[", count: 50_000) + "\n" + String(repeating: "*", count: 50_000) + "\n"

    func pipeline(_ project: TemporaryDirectory) throws -> BuildPipeline {
        let (config, _) = try Project.configuration(in: project.url)
        return BuildPipeline(options: BuildOptions(
            projectDirectory: project.url, configuration: config, outputDirectory: project.url.appendingPathComponent("site")))
    }

    func deepProject() throws -> TemporaryDirectory {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://x.fr/\n",
            "content/profond.md": Self.deepPage,
            "content/yaml.md": "---\ntitle: YAML\ndescription: D\nx: " + String(repeating: "[", count: 50_000)
                + String(repeating: "]", count: 50_000) + "\n---\n",
            "content/a.md": "---\ntitle: A\ndescription: D\n---\n[Profond](profond.md) [cassé](absent.md)\n",
        ])
        return project
    }

    @Test(.timeLimit(.minutes(1)))
    func checkReportsTheTooDeepPageAndEverythingElse() throws {
        let project = try deepProject()
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try pipeline(project).run(.check)
        let elapsed = clock.now - start
        let errors = outcome.report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.location!) \($0.id)" } == [
            "content/a.md:5:23 link.broken",
            "content/profond.md:5:257 markdown.too-deep",
            // Over 1,000 levels libyaml stops before the tree is built, and says where.
            "content/yaml.md:4:5 markdown.too-deep",
        ])
        #expect(elapsed < .seconds(10), "check took \(elapsed)")
    }

    @Test(.timeLimit(.minutes(1)))
    func buildWritesNothingAndStillRendersNoCrash() throws {
        let project = try deepProject()
        let clock = ContinuousClock()
        let start = clock.now
        // In memory (as `serve` does): every stage runs, rendering and search included.
        let memory = try pipeline(project).run(.memory(session: nil))
        #expect(memory.report.diagnostics.map(\.id).contains("markdown.too-deep"))
        let disk = try pipeline(project).run(.disk(strict: false))
        #expect(!disk.wasWritten)
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site").path))
        #expect(clock.now - start < .seconds(20))
    }

    /// Pages nested right up to the limit, of every kind, several of them so that the parse,
    /// render and index stages run on worker threads: the site builds, nothing left out.
    @Test func pagesNestedUpToTheLimitBuild() throws {
        let project = TemporaryDirectory()
        let bodies = [
            "citations": String(repeating: ">", count: Self.limit - 2) + " texte\n",
            "listes": String(repeating: "- ", count: (Self.limit - 2) / 2) + "x\n",
            "emphase": "## " + String(repeating: "*a ", count: Self.limit - 3) + "b" + String(repeating: " c*", count: Self.limit - 3)
                + "\n\n" + String(repeating: "*a ", count: Self.limit - 2) + "b" + String(repeating: " c*", count: Self.limit - 2) + "\n",
            "lien": "[" + String(repeating: "*a ", count: Self.limit - 3) + "b" + String(repeating: " c*", count: Self.limit - 3)
                + "](citations.md)\n",
            "tableau": "| a |\n|---|\n| " + String(repeating: "*x ", count: Self.limit - 4) + "y"
                + String(repeating: " z*", count: Self.limit - 4) + " |\n",
        ]
        var files = ["repere.yml": "base_url: https://x.fr/\n"]
        for (name, body) in bodies {
            let params = "x: " + String(repeating: "[", count: Self.limit) + String(repeating: "]", count: Self.limit)
            files["content/\(name).md"] = "---\ntitle: \(name)\ndescription: D\n\(params)\n---\n" + body
        }
        files["content/_index.md"] = "---\ntitle: Accueil\n---\n" + bodies.keys.sorted().map { "[\($0)](\($0).md)" }.joined(separator: " ") + "\n"
        try project.write(files)
        let outcome = try pipeline(project).run(.disk(strict: false))
        #expect(outcome.report.errorCount == 0, "\(outcome.report.diagnostics)")
        #expect(outcome.wasWritten)
        let quotes = try String(contentsOf: project.url.appendingPathComponent("site/citations/index.html"), encoding: .utf8)
        #expect(quotes.components(separatedBy: "<blockquote>").count == Self.limit - 1)
    }
}
