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

    /// Found in review: the readers of this session's syntax looked ahead from each mark to the
    /// line's or the page's end (13 s for a line of 10,000 `](`, 58 s for 50,000 blank lines in
    /// a `<div>`, 54 s for 10,000 `{::comment`); each is now one pass.
    @Test(.timeLimit(.minutes(1)))
    func marksOfThisSessionsSyntaxAreReadInOnePass() throws {
        let page = { (body: String) in "---\ntitle: P\ndescription: D\n---\n" + body + "\n" }
        let outcome = try checked([
            "content/a.md": page(String(repeating: "](", count: 20_000) + " y\n\n[B](b.md) " + String(repeating: "[a](", count: 5_000)),
            "content/b.md": page("<div>\n" + String(repeating: "\n", count: 20_000) + "<p>x</p>\n\n" + String(repeating: "<div>\n\n", count: 20_000)),
            "content/c.md": page(String(repeating: "{::comment", count: 10_000) + "\n\n" + String(repeating: "{::comment}x{:/}", count: 10_000) + "\n\n[A](a.md)"),
            "content/d.md": page("import A from './a'\n\n" + String(repeating: "{a ", count: 20_000) + "\n\n[C](c.md)"),
            // 60,000 unclosed MDX comments, each looking ahead for its end (20 s for a 500 KB page, found in review).
            "content/e.md": page(String(repeating: "{/*\n\n", count: 60_000) + "[D](d.md)"),
            // 40,000 footnotes, each joined to the block of those before (7.6 s, found in a sweep).
            "content/f.md": page((0..<40_000).map { "T\($0)[^\($0)]." }.joined(separator: "\n") + "\n\n"
                + (0..<40_000).map { "[^\($0)]: Note." }.joined(separator: "\n") + "\n\n[E](e.md)"),
        ])
        #expect(outcome.site?.pages.count ?? 0 >= 4)
    }

    /// Found in a sweep of real repositories: 5,000 unclosed `{{% notice %}}` wrote every line
    /// with 5,000 `> ` (12 s), and a line of 20,000 `{{< ` looked for each one's end to the line's
    /// end (18 s); containers nest 32 deep at most, and a tag's end is looked for 4,096 characters on.
    @Test(.timeLimit(.minutes(1)))
    func unclosedContainersAndTagsAreBounded() throws {
        let page = { (body: String) in "---\ntitle: P\ndescription: D\n---\n" + body + "\n" }
        let outcome = try checked([
            "content/a.md": page(String(repeating: "{{% notice note %}}\nTexte.\n\n", count: 5_000) + "[B](b.md)"),
            "content/b.md": page(String(repeating: "x {{< ", count: 20_000) + "\n\n" + String(repeating: "{% hint %}\n", count: 5_000) + "\n[C](c.md)"),
            "content/c.md": page(String(repeating: "/// note\n", count: 5_000) + "\n" + String(repeating: "x {{ ", count: 20_000) + "\n\n[A](a.md)"),
        ])
        #expect(outcome.site?.pages.count ?? 0 >= 3)
    }

    /// Found in review: a page of 20,000 components of different names was reported in time
    /// quadratic in their count (21 s), and settings using 400 times a name imported from a
    /// file of 900 KB read that file 400 times (80 s).
    @Test(.timeLimit(.minutes(1)))
    func manyComponentsAndImportsAreReadOnce() throws {
        let outcome = try checked([
            "content/a.mdx": "---\ntitle: A\ndescription: D\n---\n" + (0..<20_000).map { "<A\($0) />" }.joined(separator: "\n") + "\n",
        ])
        #expect(outcome.report.diagnostics.filter { $0.id == "html.raw-omitted" }.count == 20_000)
        let project = TemporaryDirectory()
        try project.write([
            "astro.config.mjs": "import { a } from './big'\nexport default { integrations: [starlight({ title: 'T', x: [" + String(repeating: "{ a }, ", count: 400) + "] })] }\n",
            "big.mjs": "export const a = { x: 1 }\n" + String(repeating: "// " + String(repeating: "x", count: 97) + "\n", count: 9_000),
            "src/content/docs/index.md": "# T\n",
        ])
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try ForeignConfiguration.read(.starlight, in: project.url).title == "T")
        #expect(clock.now - start < .seconds(20))
    }
}
