import Foundation
import RepereContent
@testable import RepereIncremental
import RepereRender
@testable import RepereSite
import RepereTestSupport
import Testing

/// `serve`'s preview of an edited page: the same bytes as the full rebuild that follows, or no
/// preview at all when the edit reaches beyond the page.
@Suite struct PagePreviewTests {
    private static let files = [
        "repere.yml": "base_url: https://x.fr/\n",
        "content/faq/_section.md": "---\ntitle: Questions\n---\nLes questions fréquentes.\n",
        "content/faq/q1.md": "---\ntitle: Première question\ntype: faq\n---\nRéponse courte, voir [le guide](../guide.md).\n",
        "content/faq/q2.md": "---\ntitle: Seconde question\ntype: faq\n---\nAutre réponse, voir [Q1](q1.md).\n",
        "content/guide.md": "---\ntitle: Guide\n---\n## Étape 1\n\nFaire ceci.\n\n## Étape 2\n\nPuis cela, voir [Q2](faq/q2.md).\n",
    ]

    private func build(_ project: URL, session: SessionCache) throws -> BuildPipeline.Outcome {
        let (config, problems) = try Project.configuration(in: project)
        return try BuildPipeline(options: BuildOptions(projectDirectory: project, configuration: config))
            .run(.memory(session: session), extraDiagnostics: problems)
    }

    private func write(_ files: [String: String], in project: URL) throws {
        for (path, text) in files {
            let url = project.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// In a plain folder, and in a Git repository where the edit makes the page uncommitted
    /// (its date then comes from the file).
    @Test(arguments: [false, true])
    func aBodyEditIsPreviewedExactlyAsTheFullRebuildRendersIt(inGit: Bool) throws {
        let folder = TemporaryDirectory()
        let repository = inGit ? try FixtureRepository() : nil
        let project = repository.map { URL(fileURLWithPath: $0.path) } ?? folder.url
        try write(Self.files, in: project)
        try repository?.commit("Première version", at: 0)
        let session = SessionCache()
        var preview = try #require(try build(project, session: session).preview)

        try write(["content/faq/q1.md": "---\ntitle: Première question\ntype: faq\n---\n## Détail\n\nRéponse revue, voir [l'étape 2](../guide.md#etape-2).\n"], in: project)
        let first = preview.render(edited: ["faq/q1.md"])
        var files = try #require(first)
        // The page, then its section's, which shows FAQ entries in full.
        #expect(Set(files.keys) == ["faq/q1/index.html"])
        #expect(files["faq/q1/index.html"]!.contains("Réponse revue"))
        #expect(files["faq/q1/index.html"]!.contains("href=\"/guide/#etape-2\""))
        files.merge(preview.renderSections()) { $1 }
        #expect(Set(files.keys) == ["faq/q1/index.html", "faq/index.html"])
        #expect(files["faq/index.html"]!.contains("Réponse revue"))
        #expect(preview.renderSections().isEmpty, "each section page once")

        // A second edit, of another entry, previewed on top of the first: the section shows both.
        // (Backlinks are left to the full rebuild: neither edit adds a link to a page.)
        try write(["content/faq/q2.md": "---\ntitle: Seconde question\ntype: faq\n---\nAutre réponse revue, voir [Q1](q1.md).\n"], in: project)
        let next = preview.render(edited: ["faq/q2.md"])
        var second = try #require(next)
        second.merge(preview.renderSections()) { $1 }
        #expect(Set(second.keys) == ["faq/q2/index.html", "faq/index.html"])
        #expect(second["faq/index.html"]!.contains("Réponse revue") && second["faq/index.html"]!.contains("Autre réponse revue"))

        let rebuilt = try #require(try build(project, session: session).tree)
        for (path, html) in files.merging(second, uniquingKeysWith: { $1 }) { #expect(rebuilt.files[path] == .text(html), "\(path)") }
    }

    /// A section's page that only the files around it make one (a `README.md`, a page beside its
    /// folder) is previewed as the section page it is.
    @Test(arguments: ["content/outils/README.md", "content/outils.md"])
    func aSectionPageOtherFilesDecideIsPreviewedAsOne(file: String) throws {
        let project = TemporaryDirectory()
        try write(["repere.yml": "base_url: https://x.fr/\n", file: "# Outils\n\nIntro.\n", "content/outils/pad.md": "# Pad\n"], in: project.url)
        let session = SessionCache()
        var preview = try #require(try build(project.url, session: session).preview)
        try write([file: "# Outils\n\nIntro revue.\n"], in: project.url)
        let edited = String(file.dropFirst("content/".count))
        let rendered = preview.render(edited: [ContentPath(edited)])
        let files = try #require(rendered)
        #expect(Set(files.keys) == ["outils/index.html"])
        #expect(files["outils/index.html"]!.contains("Intro revue."))
    }

    /// A section of many FAQ entries, each shown in full on its page: the preview of one entry's
    /// edit renders that entry alone, and the section page it gives, like the session's rebuilds
    /// after an entry's title or order changed, is the one a build from scratch gives.
    @Test func aLargeFAQSectionIsPreviewedAndRebuiltAsABuildFromScratch() throws {
        let project = TemporaryDirectory()
        func entry(_ n: Int, title: String? = nil, order: Int? = nil, body: String? = nil) -> String {
            "---\ntitle: \(title ?? "Question \(n)")\ntype: faq\n\(order.map { "order: \($0)\n" } ?? "")---\n"
                + (body ?? "## Détail \(n)\n\nRéponse \(n), voir [la suivante](q\(n % 60 + 1).md).\n")
        }
        var files = ["repere.yml": "base_url: https://x.fr/\n", "content/faq/_section.md": "---\ntitle: Questions\n---\nToutes les questions.\n"]
        for n in 1...60 { files["content/faq/q\(n).md"] = entry(n) }
        try write(files, in: project.url)
        let session = SessionCache()
        func fromScratch() throws -> OutputTree {
            let (config, problems) = try Project.configuration(in: project.url)
            return try #require(try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config))
                .run(.memory(session: nil), extraDiagnostics: problems).tree)
        }
        var preview = try #require(try build(project.url, session: session).preview)
        #expect(session.pages.fragments.renderedCount == 60)

        try write(["content/faq/q7.md": entry(7, body: "Réponse revue, voir [Q8](q8.md).\n")], in: project.url)
        let previewed = preview.render(edited: ["faq/q7.md"])
        let shown = try #require(previewed).merging(preview.renderSections()) { $1 }
        #expect(session.pages.fragments.renderedCount == 61, "the edited entry alone rendered again")
        #expect(shown["faq/index.html"]?.contains("Réponse revue") == true)
        let scratch = try fromScratch()
        for (path, html) in shown { #expect(scratch.files[path] == .text(html), "\(path)") }

        // Front-matter edits: no preview, and the rebuild is the build from scratch.
        for (what, text) in [("title", entry(7, title: "Question sept, renommée")), ("order", entry(7, title: "Question sept, renommée", order: 1))] {
            try write(["content/faq/q7.md": text], in: project.url)
            let rendered = preview.render(edited: ["faq/q7.md"])
            #expect(rendered == nil, "\(what)")
            let rebuilt = try #require(try build(project.url, session: session).tree)
            let scratch = try fromScratch()
            #expect(rebuilt.files.keys.sorted() == scratch.files.keys.sorted(), "\(what)")
            for (path, content) in scratch.files where rebuilt.files[path] != content { Issue.record("\(what): \(path) differs") }
            // A new title renders that entry again; a new order moves the kept ones.
            #expect(session.pages.fragments.renderedCount == (what == "title" ? 1 : 0), "\(what)")
        }
        guard case .text(let section)? = try fromScratch().files["faq/index.html"] else { Issue.record("no section page"); return }
        #expect(section.range(of: "Question sept, renommée")!.lowerBound < section.range(of: "Question 1<")!.lowerBound)
    }

    @Test func anEditThatReachesBeyondThePageHasNoPreview() throws {
        let project = TemporaryDirectory()
        try write(Self.files.merging(["content/faq/q2.md": "---\ntitle: Seconde question\ntype: faq\n---\nVoir [l'étape 2](../guide.md#etape-2).\n"]) { $1 }, in: project.url)
        var preview = try #require(try build(project.url, session: SessionCache()).preview)
        var rendered: [String: String]?  // render(edited:) changes the preview: outside #expect
        rendered = preview.render(edited: ["faq/q1.md"])
        #expect(rendered != nil, "an unchanged page")
        let edits = [
            "front-matter": "---\ntitle: Nouveau titre\ntype: faq\n---\nRéponse.\n",
            "broken link": "---\ntitle: Première question\ntype: faq\n---\nVoir [rien](absent.md).\n",
            "missing anchor": "---\ntitle: Première question\ntype: faq\n---\nVoir [rien](../guide.md#nulle-part).\n",
            "missing anchor of its own": "---\ntitle: Première question\ntype: faq\n---\nVoir [plus bas](q1.md#nulle-part).\n",
            "invalid YAML": "---\ntitle: [Première\n---\nRéponse.\n",
        ]
        for (what, text) in edits {
            try write(["content/faq/q1.md": text], in: project.url)
            rendered = preview.render(edited: ["faq/q1.md"])
            #expect(rendered == nil, "\(what)")
        }
        try write(["content/faq/q1.md": Self.files["content/faq/q1.md"]!], in: project.url)
        rendered = preview.render(edited: ["faq/q1.md"])
        #expect(rendered != nil, "back as it was")

        // A heading another page links to: removed, the full build would fail.
        try write(["content/guide.md": "---\ntitle: Guide\n---\n## Étape 1\n\nFaire ceci.\n"], in: project.url)
        rendered = preview.render(edited: ["guide.md"])
        #expect(rendered == nil, "a heading linked to from elsewhere")
        rendered = preview.render(edited: ["faq/q1.md", "guide.md"])
        #expect(rendered == nil, "one edit of two needs the whole site")
        try write(["content/guide.md": "---\ntitle: Guide\n---\n## Étape 1\n\nFaire autre chose.\n\n## Étape 2\n\nPuis cela.\n"], in: project.url)
        rendered = preview.render(edited: ["guide.md"])
        #expect(rendered != nil, "the linked heading kept")

        try write(["content/faq/q3.md": "---\ntitle: Nouvelle\n---\nNouvelle page.\n"], in: project.url)
        rendered = preview.render(edited: ["faq/q3.md"])
        #expect(rendered == nil, "a new page")
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("content/faq/q2.md"))
        rendered = preview.render(edited: ["faq/q2.md"])
        #expect(rendered == nil, "a deleted page")
    }

    @Test func aBuildWithoutSessionKeepsNoPreview() throws {
        let project = TemporaryDirectory()
        try write(Self.files, in: project.url)
        let (config, problems) = try Project.configuration(in: project.url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config))
            .run(.memory(session: nil), extraDiagnostics: problems)
        #expect(outcome.preview == nil)
    }
}
