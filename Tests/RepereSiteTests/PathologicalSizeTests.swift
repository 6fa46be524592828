import Foundation
import RepereContent
@testable import RepereSite
import RepereTestSupport
import Testing

/// Large pages go through load, parse, resolve and the checks in time linear in their size.
@Suite struct PathologicalSizeTests {
    /// `repere check` of a project of `files` (besides `repere.yml`): no error, within 20 s.
    private func checked(_ files: [String: String]) throws -> BuildPipeline.Outcome {
        let project = TemporaryDirectory()
        try project.write(files.merging(["repere.yml": "base_url: https://x.fr/\n"]) { page, _ in page })
        let (config, _) = try Project.configuration(in: project.url)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config)).run(.check)
        let elapsed = clock.now - start
        #expect(outcome.report.errorCount == 0)
        #expect(elapsed < .seconds(20), "check took \(elapsed)")
        return outcome
    }

    @Test(.timeLimit(.minutes(1)))
    func hugePagesAreCheckedInLinearTime() throws {
        let headings = (0..<30_000).map { "## Titre \($0)\n\n[voir le titre \($0)](#titre-\($0))\n" }.joined(separator: "\n")
        let links = (0..<100_000).map { "[le titre \($0)](titres.md#titre-\($0 % 30_000))" }.joined(separator: " ")
        let outcome = try checked([
            "content/titres.md": "---\ntitle: Titres\ndescription: D\n---\n" + headings,
            "content/liens.md": "---\ntitle: Liens\ndescription: D\n---\n" + links + "\n",
            "content/ligne.md": "---\ntitle: Ligne\ndescription: D\n---\n[Liens](liens.md) " + String(repeating: "mot ", count: 250_000) + "\n",
        ])
        #expect(outcome.site?.rewrites[outcome.site!.pages.firstIndex { $0.page.title == "Liens" }!].count == 30_000)
    }

    /// Found in review: lines of thousands of HTML links, MkDocs icons and attribute lists took
    /// time quadratic in their count (69 s for 20,000 HTML links beside Markdown ones).
    @Test(.timeLimit(.minutes(1)))
    func linesOfThousandsOfHTMLLinksIconsAndAttributeListsAreLinear() throws {
        let outcome = try checked([
            "content/a.md": "---\ntitle: A\ndescription: D\n---\n" + String(repeating: "<a href=\"b.md\">x</a> [y](b.md) ", count: 20_000) + "\n",
            "content/b.md": "---\ntitle: B\ndescription: D\n---\n" + String(repeating: ":material-x: *a*{.c} ", count: 20_000) + "[A](a.md)\n",
        ])
        #expect(outcome.site?.pages.first { $0.page.title == "A" }?.document.references.count == 40_000)
    }
}
