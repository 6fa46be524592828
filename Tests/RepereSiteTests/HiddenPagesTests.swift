import Foundation
import RepereContent
import RepereSearch
@testable import RepereSite
import RepereTestSupport
import Testing

/// `hidden: true` (GitBook, Relearn), `unlisted: true` (Docusaurus), `nav_exclude: true` (Just the
/// Docs): the page is published and reached by links, but listed nowhere.
@Suite struct HiddenPagesTests {
    @Test func hiddenPagesArePublishedButListedNowhere() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://x.fr/\n",
            "content/s/_section.md": "---\ntitle: Rubrique\n---\n",
            "content/s/a.md": "---\ntitle: Alpha\n---\nVoir [la page cachée](cachee.md).\n",
            "content/s/b.md": "---\ntitle: Bravo\n---\nTexte.\n",
            "content/s/cachee.md": "---\ntitle: Cachée\nhidden: true\n---\nLe mot zanzibar.\n",
            "content/s/docusaurus.md": "---\ntitle: Non listée\nunlisted: true\n---\nTexte.\n",
            "content/s/jtd.md": "---\ntitle: Exclue\nnav_exclude: true\n---\nTexte.\n",
        ])
        let (config, problems) = try Project.configuration(in: project.url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config))
            .run(.memory(session: nil), extraDiagnostics: problems)
        let tree = try #require(outcome.tree)
        func text(_ path: String) throws -> String {
            switch try #require(tree.files[path], "\(path)") {
            case .text(let text): return text
            case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
            default: throw SearchFilesTests.Failure()
            }
        }
        let hiddenURLs = ["/s/cachee/", "/s/docusaurus/", "/s/jtd/"]
        for url in hiddenURLs {
            let page = try text(String(url.dropFirst()) + "index.html")
            #expect(page.contains(#"<meta name="robots" content="noindex">"#), "\(url)")
        }
        #expect(try !text("s/b/index.html").contains("noindex"))
        // Reached by the link, but in no menu, listing, previous/next, sitemap or search.
        #expect(try text("s/a/index.html").contains("href=\"/s/cachee/\""))
        for listing in ["s/index.html", "index.html", "s/b/index.html", "sitemap.xml"] {
            let listed = try text(listing)
            #expect(listed.contains(listing == "index.html" ? "/s/" : "/s/b/") || listing == "s/b/index.html", "\(listing) lists the others")
            for url in hiddenURLs { #expect(!listed.contains(url), "\(listing) lists \(url)") }
        }
        let documents = try text("search/index.json")
        #expect(!documents.contains("zanzibar") && !hiddenURLs.contains { documents.contains($0) })
        #expect(!outcome.report.diagnostics.contains { $0.severity == .error })
        #expect(try searchedURLs(in: project, hiddenSearchable: false).isDisjoint(with: hiddenURLs))
        // GitBook's hidden pages and Just the Docs' are hidden from the table of contents only: with
        // `hidden_searchable: true` (which `init` writes for them), the search finds them.
        #expect(try searchedURLs(in: project, hiddenSearchable: true).isSuperset(of: hiddenURLs + ["/s/b/"]))
    }

    /// The addresses of the pages the search index of `project` holds.
    private func searchedURLs(in project: TemporaryDirectory, hiddenSearchable: Bool) throws -> Set<String> {
        try project.write(["repere.yml": "base_url: https://x.fr/\nhidden_searchable: \(hiddenSearchable)\n"])
        let (config, _) = try Project.configuration(in: project.url)
        let tree = try #require(try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config)).run(.memory(session: nil)).tree)
        var urls: Set<String> = []
        for (path, file) in tree.files where path.hasPrefix("search/d/") {
            guard case .bytes(let bytes) = file, let shard = try? JSONDecoder().decode(IndexFormat.DocShardFile.self, from: Data(bytes)) else { continue }
            urls.formUnion(shard.docs.map(\.url))
        }
        #expect(!urls.isEmpty)
        return urls
    }
}
