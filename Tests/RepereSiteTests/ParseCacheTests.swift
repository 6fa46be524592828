import Foundation
import RepereContent
import RepereTestSupport
import Testing
@testable import RepereSite

@Suite struct ParseCacheTests {
    private func tree(_ project: URL, cache: ParseCache?) throws -> [String: OutputTree.Content] {
        let (config, problems) = try Project.configuration(in: project)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project, configuration: config))
            .run(write: false, extraDiagnostics: problems, parseCache: cache)
        return try #require(outcome.tree).files
    }

    @Test func onlyChangedPagesAreParsedAgainAndTheOutputIsTheSame() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\n---\nVoir [B](b.md) et https://exemple.fr.\n",
            "content/b.md": "---\ntitle: B\n---\nVoir [A](a.md).\n",
        ])
        let cache = ParseCache()
        _ = try tree(project.url, cache: cache)
        #expect(cache.parsedCount == 3)  // the home page, a, b
        _ = try tree(project.url, cache: cache)
        #expect(cache.parsedCount == 0)
        try project.write(["content/b.md": "---\ntitle: B\n---\nVoir [A](a.md), encore.\n"])
        let cached = try tree(project.url, cache: cache)
        #expect(cache.parsedCount == 1)
        #expect(cached == (try tree(project.url, cache: nil)))
    }
}
