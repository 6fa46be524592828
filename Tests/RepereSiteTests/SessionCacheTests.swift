import Foundation
import RepereContent
@testable import RepereRender
@testable import RepereIncremental
@testable import RepereSite
@testable import RepereTemplates
import RepereTestSupport
import Testing

/// What `serve` keeps between rebuilds: only changed pages are parsed and rendered again, and
/// the site is exactly what a build without the cache gives.
@Suite struct SessionCacheTests {
    private func tree(_ project: URL, cache: SessionCache?) throws -> [String: OutputTree.Content] {
        let (config, problems) = try Project.configuration(in: project)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project, configuration: config))
            .run(.memory(session: cache), extraDiagnostics: problems)
        return try #require(outcome.tree).files
    }

    private func project() throws -> TemporaryDirectory {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\n---\nVoir [B](b.md) et https://exemple.fr, pour le SNU.\n",
            "content/b.md": "---\ntitle: B\n---\nVoir [A](a.md).\n",
            "content/c.md": "---\ntitle: C\n---\nSans lien.\n",
        ])
        return project
    }

    @Test func onlyChangedFilesAreDecodedAndParsedAgainAndTheOutputIsTheSame() throws {
        let project = try project()
        let cache = SessionCache()
        _ = try tree(project.url, cache: cache)
        #expect(cache.files.decodedCount == 3)  // a, b, c
        #expect(cache.documents.parsedCount == 4)  // the home page, a, b, c
        _ = try tree(project.url, cache: cache)
        #expect(cache.files.decodedCount == 0)
        #expect(cache.documents.parsedCount == 0)
        try project.write(["content/b.md": "---\ntitle: B\n---\nVoir [A](a.md), encore.\n"])
        var cached = try tree(project.url, cache: cache)
        #expect(cache.files.decodedCount == 1)
        #expect(cache.documents.parsedCount == 1)
        #expect(cached == (try tree(project.url, cache: nil)))

        // Another configuration decodes everything again (the home page's title comes from it).
        try project.write(["repere.yml": "title: Autre centre\n"])
        cached = try tree(project.url, cache: cache)
        #expect(cache.files.decodedCount == 3)
        #expect(cached == (try tree(project.url, cache: nil)))
    }

    @Test func onlyPagesWhoseContextChangedAreRenderedAgain() throws {
        let project = try project()
        // A page in a section of its own, which nothing of the root's pages shows.
        try project.write(["content/s/_section.md": "---\ntitle: S\n---\n", "content/s/d.md": "---\ntitle: D\n---\nAilleurs.\n"])
        let cache = SessionCache()
        _ = try tree(project.url, cache: cache)
        let all = cache.pages.renderedCount
        #expect(all >= 4)
        _ = try tree(project.url, cache: cache)
        #expect(cache.pages.renderedCount == 0)

        // c's text shows on c only.
        try project.write(["content/c.md": "---\ntitle: C\n---\nToujours sans lien.\n"])
        var cached = try tree(project.url, cache: cache)
        #expect(cache.pages.renderedCount == 1)
        #expect(cached == (try tree(project.url, cache: nil)))

        // b's title shows on b, in a's backlinks, on the home page's list…: more, not all.
        try project.write(["content/b.md": "---\ntitle: Bé\n---\nVoir [A](a.md).\n"])
        cached = try tree(project.url, cache: cache)
        #expect(cache.pages.renderedCount > 1 && cache.pages.renderedCount < all)
        #expect(cached == (try tree(project.url, cache: nil)))

        // Another theme renders everything again.
        try project.write(["templates/partials/footer.mustache": "<footer id=\"pied-de-page\">Pied</footer>\n"])
        cached = try tree(project.url, cache: cache)
        #expect(cache.pages.renderedCount == all)
        #expect(cached == (try tree(project.url, cache: nil)))

        // A glossary changes how bodies render (acronyms become <abbr>): no stale body is kept.
        try project.write(["content/glossary.yml": "terms:\n  - term: SNU\n    expansion: Service national universel\n    definition: Le programme.\n"])
        cached = try tree(project.url, cache: cache)
        #expect(String(describing: cached["a/index.html"]).contains("<abbr"))
        #expect(cached == (try tree(project.url, cache: nil)))
    }

    @Test func templateValuesHashTheSameWhateverTheOrderButNotTheValues() {
        let a: TemplateValue = ["x": "1", "y": [["z": true], ["z": false]], "n": "2"]
        let b: TemplateValue = ["n": "2", "y": [["z": true], ["z": false]], "x": "1"]
        let c: TemplateValue = ["n": "2", "y": [["z": false], ["z": true]], "x": "1"]
        #expect(a.hashValue == b.hashValue && a == b)
        #expect(a.hashValue != c.hashValue)
        // Canonically equivalent text renders to other bytes: another value.
        #expect(TemplateValue.text("é") != TemplateValue.text("e\u{301}"))
    }
}
