import RepereContent
@testable import RepereGraph
@testable import RepereMarkdown
import RepereTestSupport
import Testing

@Suite struct GraphTests {
    func resolve(_ files: [String: String]) throws -> ResolvedSite {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(files))
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        return LinkResolver(basePath: "").resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
    }

    func page(_ title: String, _ body: String = "", extra: String = "") -> String {
        "---\ntitle: \(title)\n\(extra)---\n\(body)"
    }

    @Test func forgeStyleAnchorsWithAccentsResolveToSiteAnchors() throws {
        let site = try resolve([
            "a.md": page("A", "[b](b.md#étape-2--valider) [c](b.md#%C3%A9tape-2--valider) [local](#mise-à-jour)\n\n## Mise à jour"),
            "b.md": page("B", "## Étape 2 : valider\n"),
        ])
        #expect(site.diagnostics.isEmpty)
        #expect(site.rewrites[1] == [
            "b.md#étape-2--valider": "/b/#etape-2-valider", "b.md#%C3%A9tape-2--valider": "/b/#etape-2-valider",
            "#mise-à-jour": "#mise-a-jour",
        ])
    }

    @Test func forgeAnchorsFollowGitHubRules() {
        #expect(ForgeAnchors.make(for: ["Étape 2 : valider", "Étape 2 : valider", "Qu’est-ce qu’un PDR ?", "A_b (c)"])
            == ["étape-2--valider", "étape-2--valider-1", "quest-ce-quun-pdr-", "a_b-c"])
    }

    @Test func backlinksRelatedAndExportAreDeterministic() throws {
        let site = try resolve([
            "s/_section.md": page("S"),
            "s/a.md": page("A", "[b](b.md) [c](c.md) [a](a.md)", extra: "tags: [bus]\n"),
            "s/b.md": page("B", "[c](c.md)", extra: "tags: [bus]\n"),
            "s/c.md": page("C", "", extra: "related: [d.md]\n"),
            "s/d.md": page("D"),
        ])
        let index = { (url: String) in site.pages.firstIndex { $0.page.url.rawValue == url }! }
        #expect(site.graph.inbound[index("/s/c/")] == [index("/s/a/"), index("/s/b/")])
        let related = RelatedPages.compute(site)
        #expect(related[index("/s/c/")].map { site.pages[$0].page.url.rawValue } == ["/s/d/", "/s/a/", "/s/b/"])
        #expect(related[index("/s/a/")].map { site.pages[$0].page.url.rawValue } == ["/s/b/", "/s/c/", "/s/d/"])
        let json = GraphExport.json(site)
        #expect(json.hasPrefix(#"{"links":[{"from":2,"to":3},{"from":2,"to":4},{"from":3,"to":4}],"pages":[{"kind":"home""#))
        #expect(json.contains(#"{"kind":"article","section":"/s/","source":"s/a.md","title":"A","type":"article","url":"/s/a/"}"#))
        #expect(GraphExport.dot(site).contains("\"/s/a/\" -> \"/s/b/\";"))
    }
}
