import Foundation
import RepereTestSupport
import Testing

@Suite struct CheckCommandTests {
    func project() throws -> TemporaryDirectory {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://x.fr/\n",
            "content/a.md": "---\ntitle: A\ndescription: D\n---\nVoir [ici](b.md) et [absent](absent.md#x).\n",
            "content/b.md": "---\ntitle: B\ndescription: D\n---\n[Page A](a.md)\n",
        ])
        return project
    }

    @Test func textFormatExitsOneOnErrors() throws {
        let project = try project()
        let result = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr == """
            content/a.md:5:6: warning: link text 'ici' does not say where it goes [link.vague-text]
            content/a.md:5:6: note: use the title of the target page as the link text (RGAA 6.1)
            content/a.md:5:21: error: link target 'absent.md#x' does not exist [link.broken]
            1 error, 1 warning

            """)
    }

    /// Found in a sweep: with `checks:` written twice, `check` read the default `content/`, not the
    /// `docs/` that `content_dir` named, and reported a folder of old pages.
    @Test func aRepereYMLThatIsNoYAMLStopsTheCheckAlone() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "content_dir: docs\nchecks:\n  page.orphan: off\nchecks:\n  link.broken: warning\n",
            "docs/index.md": "# Accueil\n",
            "content/old.md": "---\ntitle: Ancien\n---\n[x](absent.md)\n",
        ])
        // Without a content/ folder too: the error is the YAML's, not a missing content/ (found in a review).
        let withoutContent = TemporaryDirectory()
        try withoutContent.write(["repere.yml": "content_dir: docs\nchecks:\n  page.orphan: off\nchecks:\n  link.broken: warning\n", "docs/index.md": "# Accueil\n"])
        for (command, folder) in [("check", project), ("build", project), ("check", withoutContent)] {
            let result = try RepereProcess.run([command, "--color", "never"], in: folder.url)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("""
                repere.yml:2:1: error: invalid YAML: duplicate key 'checks' [config.invalid-yaml]
                repere.yml:2:1: note: the key is written again further down in the same mapping: YAML allows it once, so merge the two
                1 error, 0 warnings

                """), "\(result.stderr)")
            #expect(!result.stderr.contains("content/old.md"))
        }
    }

    @Test func githubFormatPrintsAnnotations() throws {
        let project = try project()
        let result = try RepereProcess.run(["check", "--format", "github"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stdout == """
            ::warning file=content/a.md,line=5,col=6,title=link.vague-text::link text 'ici' does not say where it goes%0Ause the title of the target page as the link text (RGAA 6.1)
            ::error file=content/a.md,line=5,col=21,title=link.broken::link target 'absent.md#x' does not exist

            """)
    }

    @Test func jsonFormatIsParseable() throws {
        let project = try project()
        let result = try RepereProcess.run(["check", "--format", "json"], in: project.url)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect(object?["errors"] as? Int == 1)
        #expect((object?["diagnostics"] as? [[String: Any]])?.map { $0["id"] as? String } == ["link.vague-text", "link.broken"])
    }

    @Test func markdownFormatSummarises() throws {
        let project = try project()
        let result = try RepereProcess.run(["check", "--format", "markdown"], in: project.url)
        #expect(result.stdout.hasPrefix("### ❌ Repère : 3 pages, 1 erreur, 1 avertissement\n"))
        #expect(result.stdout.contains("| `link.broken` | erreur | 1 |"))
    }

    @Test func warningsFailOnlyWithStrictAndUsageErrorsExitTwo() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n"])  // no description: a warning
        #expect(try RepereProcess.run(["check", "-q"], in: project.url).status == 0)
        #expect(try RepereProcess.run(["check", "-q", "--strict"], in: project.url).status == 1)
        #expect(try RepereProcess.run(["check", "--format", "yaml"], in: project.url).status == 2)
        #expect(try RepereProcess.run(["check", "--nope"], in: project.url).status == 2)
    }

    /// A page nested 50,000 levels deep (50,000 `>`, then a line of `[` and one of `*`) used to
    /// make `check` overflow the stack (exit 139). It is an error at its first too-deep block,
    /// and the other pages are still checked.
    @Test(.timeLimit(.minutes(1)))
    func aPageNestedFiftyThousandLevelsDeepIsAnErrorNotACrash() throws {
        let project = try project()
        let deep = String(repeating: ">", count: 50_000) + "\n" + String(repeating: "[", count: 50_000) + "\n"
            + String(repeating: "*", count: 50_000) + "\n"
        try project.write(["content/c.md": "---\ntitle: C\ndescription: D\n---\n" + deep])
        let clock = ContinuousClock()
        let start = clock.now
        let result = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        let elapsed = clock.now - start
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("""
            content/a.md:5:21: error: link target 'absent.md#x' does not exist [link.broken]
            content/c.md:1:1: warning: no other page links to 'C' [page.orphan]
            content/c.md:1:1: note: link to it from a related page, or archive it
            content/c.md:5:257: error: Markdown nested more than 256 levels deep [markdown.too-deep]
            content/c.md:5:257: note: what is nested deeper is left out, and the page is not published
            2 errors, 2 warnings

            """), "\(result.stderr)")
        #expect(elapsed < .seconds(10), "check took \(elapsed)")
    }

    @Test func graphCommandPrintsDot() throws {
        let project = try project()
        let result = try RepereProcess.run(["graph", "--format", "dot"], in: project.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"/a/\" -> \"/b/\";"))
        #expect(result.stdout.contains("\"/b/\" -> \"/a/\";"))
    }
}
