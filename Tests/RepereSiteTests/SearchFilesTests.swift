import Foundation
import RepereContent
import RepereSearch
@testable import RepereSite
import RepereTestSupport
import Testing

@Suite struct SearchFilesTests {
    /// A build of `files` kept in memory.
    func build(_ files: [String: String], baseURL: String = "https://x.fr/aide/") throws -> (site: TemporaryDirectory, outcome: BuildPipeline.Outcome) {
        let project = TemporaryDirectory()
        try project.write(files.merging(["repere.yml": "base_url: \(baseURL)\n"]) { a, _ in a })
        let (config, problems) = try Project.configuration(in: project.url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config))
            .run(.memory(session: nil), extraDiagnostics: problems)
        return (project, outcome)
    }

    @Test func pagesBecomeDocumentsSplitAtTheirHeadings() throws {
        let (_, outcome) = try build([
            "content/affectations/_section.md": "---\ntitle: Affectations\n---\nIntro de section.\n",
            "content/affectations/centre.md": """
                ---
                title: Changer de centre
                type: faq
                keywords: [réaffectation]
                ---
                Avant.

                ## Étape 1

                - un *point*
                > [!NOTE]
                > Remarque.

                ### Détail

                | a | b |
                |---|---|
                | c | d |
                """,
            "content/vieux.md": "---\ntitle: Vieux\nstatus: archived\n---\nAncien.\n",
        ])
        let tree = try #require(outcome.tree)
        guard case .bytes(let manifestBytes) = try #require(tree.files["search/index.json"]) else { throw Failure() }
        let manifest = try JSONDecoder().decode(IndexFormat.Manifest.self, from: Data(manifestBytes))
        #expect(manifest.docCount == 2)  // the section and the article; not home, not archived
        #expect(manifest.sections == [SearchFacet(id: "affectations", label: "Affectations")])
        #expect(manifest.sectionPages == [0])  // the section's landing page, not the article
        #expect(tree.files["_repere/search.mjs"] != nil && tree.files["_repere/analysis.mjs"] != nil)

        let stored = try storedDocuments(outcome)
        #expect(stored.map(\.url) == ["/aide/affectations/", "/aide/affectations/centre/"])
        let article = stored[1]
        #expect(article.type == "faq" && article.section == "Affectations")
        #expect(article.sections.map { [$0.anchor, $0.heading, $0.excerpt] } == [
            ["", "", "Avant."], ["etape-1", "Étape 1", "un point Remarque."], ["detail", "Détail", "a b c d"],
        ])
        #expect(stored[0].sections.map(\.excerpt) == ["Intro de section."])
    }

    /// Found in a sweep of GitBook help centres: words on both sides of a `<br>` (in a paragraph,
    /// in a table cell, GitBook's lists `<li>` in a cell) were glued (`pcsx2pcsx2`), and the
    /// questions of `<details>` blocks (`<summary>`) were not indexed at all.
    /// A section's page that is an article of its own (a GitBook chapter's long `README.md`) is no
    /// landing page: search does not halve it (found in a sweep: « ☁️ Hébergement » came second
    /// for « hébergement cloud »).
    @Test func aLongSectionPageIsNoLandingPage() throws {
        let long = Array(repeating: "Un hébergement cloud pour chaque besoin des équipes.", count: 20).joined(separator: " ")
        let (_, outcome) = try build([
            "content/courte/_section.md": "---\ntitle: Courte\n---\nIntro de section.\n", "content/courte/a.md": "---\ntitle: A\n---\nA.\n",
            "content/longue/_section.md": "---\ntitle: Hébergement\n---\n## Quel hébergement ?\n\n\(long)\n", "content/longue/b.md": "---\ntitle: B\n---\nB.\n",
        ])
        let tree = try #require(outcome.tree)
        guard case .bytes(let manifestBytes) = try #require(tree.files["search/index.json"]) else { throw Failure() }
        let manifest = try JSONDecoder().decode(IndexFormat.Manifest.self, from: Data(manifestBytes))
        let stored = try storedDocuments(outcome)
        #expect(manifest.sectionPages.map { stored[$0].url } == ["/aide/courte/"])
    }

    /// A heading that is a link alone (a list of pages written as headings) gets no heading key;
    /// one naming its section's subject does.
    @Test func aHeadingThatIsALinkAloneNamesNoSubject() throws {
        let (_, outcome) = try build([
            "content/a.md": "---\ntitle: A\n---\n## [Signets](b.md)\n\nVoir.\n\n## Qu'est-ce que Roundcube ?\n\nUn webmail.\n",
            "content/b.md": "---\ntitle: B\n---\nB.\n",
        ])
        let tree = try #require(outcome.tree)
        let keys = try tree.files.filter { $0.key.hasPrefix("search/t/") }.flatMap { _, file -> [String] in
            guard case .bytes(let bytes) = file else { throw Failure() }
            return try JSONDecoder().decode(IndexFormat.TermShard.self, from: Data(bytes)).terms.keys.filter { $0.hasPrefix("#=") }
        }
        #expect(keys.sorted() == ["#=roundcub"])
    }

    @Test func htmlTagsSeparateWordsAndExpandableBlocksAreIndexed() throws {
        let (_, outcome) = try build([
            "content/a.md": """
                ---
                title: A
                ---
                premier<br>second

                | x |
                |---|
                | gamma<br>delta <ul><li>un</li><li>deux</li></ul> |

                <details>

                <summary>Comment réinitialiser mon mot de passe ?</summary>

                Cliquez sur le lien.

                </details>

                <details><summary>Une question</summary>Sa réponse.</details>

                <script>secret()</script>
                """,
        ])
        let text = try #require(try storedDocuments(outcome).first).sections.map(\.excerpt).joined(separator: " ")
        #expect(text.contains("premier second") && text.contains("gamma delta") && text.contains("un deux"), "\(text)")
        #expect(text.contains("Comment réinitialiser mon mot de passe ?") && text.contains("Une question Sa réponse."), "\(text)")
        #expect(!text.contains("secret"))
    }

    /// A section's menu title (`nav_title:`, a navigation label) names it in the search filters
    /// and on the home page's cards, as in the header.
    @Test func sectionsAreNamedAsTheMenusNameThem() throws {
        let (_, outcome) = try build([
            "content/discuter/_section.md": "---\ntitle: Présentation du service\nnav_title: Discuter\n---\n",
            "content/discuter/a.md": "---\ntitle: A\n---\nTexte.\n",
        ])
        let tree = try #require(outcome.tree)
        guard case .bytes(let manifestBytes) = try #require(tree.files["search/index.json"]) else { throw Failure() }
        let manifest = try JSONDecoder().decode(IndexFormat.Manifest.self, from: Data(manifestBytes))
        #expect(manifest.sections == [SearchFacet(id: "discuter", label: "Discuter")])
        guard case .text(let home) = try #require(tree.files["index.html"]) else { throw Failure() }
        #expect(home.contains(">Discuter</a>") && !home.contains(">Présentation du service</a>"))
    }

    /// The stored documents of the built index, in id order.
    func storedDocuments(_ outcome: BuildPipeline.Outcome) throws -> [IndexFormat.StoredDocument] {
        let tree = try #require(outcome.tree)
        func json<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
            guard case .bytes(let bytes) = try #require(tree.files["search/" + path]) else { throw Failure() }
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        }
        let manifest = try json(IndexFormat.Manifest.self, "index.json")
        return try (0..<manifest.docs.count).flatMap { try json(IndexFormat.DocShardFile.self, "d/\($0).json").docs }
    }

    @Test func glossaryProblemsAreReportedAndItsGroupsBecomeSynonyms() throws {
        let (_, outcome) = try build([
            "content/a.md": "---\ntitle: A\n---\n",
            "content/glossary.yml": "terms:\n  - term: MIG\n    expansion: Mission d'intérêt général\n    synonyms: [mission]\n  - definition: sans terme\n",
        ])
        let glossaryProblems = outcome.report.diagnostics.filter { $0.id.rawValue.hasPrefix("glossary.") }
        #expect(glossaryProblems.map(\.id.rawValue) == ["glossary.missing-term"])
        #expect(glossaryProblems.first?.location?.line == 5)
        let tree = try #require(outcome.tree)
        guard case .bytes(let bytes) = try #require(tree.files["search/index.json"]) else { throw Failure() }
        let manifest = try JSONDecoder().decode(IndexFormat.Manifest.self, from: Data(bytes))
        #expect(manifest.synonyms.first == [["mig"], ["mission", "interet", "general"], ["mission"]])
        #expect(manifest.synonyms.contains { $0.contains(["mdp"]) && $0.contains(["mot", "pass"]) }, "the theme's default synonyms")
    }

    /// The theme's default synonyms: a glossary entry sharing a phrase with a group replaces it,
    /// the other groups stay; a project's `templates/search/synonyms.yml` replaces the list.
    @Test func theThemesSynonymsAreExtendedAndOverriddenByTheGlossary() throws {
        func synonyms(_ files: [String: String]) throws -> [[[String]]] {
            let tree = try #require(try build(files.merging(["content/a.md": "---\ntitle: A\n---\n"]) { a, _ in a }).outcome.tree)
            guard case .bytes(let bytes) = try #require(tree.files["search/index.json"]) else { throw Failure() }
            return try JSONDecoder().decode(IndexFormat.Manifest.self, from: Data(bytes)).synonyms
        }
        let overridden = try synonyms(["content/glossary.yml": "terms:\n  - term: Courriel\n    synonyms: [message]\n"])
        #expect(overridden.first == [["courriel"], ["messag"]])
        #expect(!overridden.contains { $0.contains(["mail"]) }, "the default courriel group is replaced")
        #expect(overridden.contains { $0.contains(["mdp"]) }, "other default groups stay")
        let replaced = try synonyms(["templates/search/synonyms.yml": "terms:\n  - term: appli\n    synonyms: [application]\n"])
        #expect(replaced == [[["appli"], ["appliqu"]]])
        #expect(try synonyms(["templates/search/synonyms.yml": "terms: []\n"]).isEmpty)
    }

    @Test func everyPageHasASearchBoxAndTheSearchPageLoadsItsModule() throws {
        let (_, outcome) = try build(["content/a.md": "---\ntitle: A\n---\n"])
        let tree = try #require(outcome.tree)
        guard case .text(let page) = try #require(tree.files["a/index.html"]),
            case .text(let search) = try #require(tree.files["recherche/index.html"])
        else { throw Failure() }
        let headerForm = #"<form class="header-search" role="search" action="/aide/recherche/" method="get">"#
        #expect(page.contains(headerForm) && search.contains(headerForm))
        #expect(search.contains(#"<script type="module" src="/aide/_repere/search.js"></script>"#))
        #expect(search.contains(#"data-index="/aide/search/index.json""#))
        #expect(search.contains(#"aria-live="polite""#))
        #expect(tree.files["_repere/search.js"] != nil)
    }

    struct Failure: Error {}
}
