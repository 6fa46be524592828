import RepereDiagnostics
import Testing
@testable import RepereImport

@Suite struct KnowledgeTreeTests {
    typealias R = ExportText

    @Test func siblingsAreOrderedSectionsFirstThenByPosition() {
        let result = R.run([
            R.record(1, slug: "article-3", position: 3), R.record(2, "section", slug: "rubrique-2", position: 2),
            R.record(3, slug: "article-1", position: 1), R.record(4, "section", slug: "rubrique-9", position: 9),
            R.record(5, slug: "article-2", position: 1),
        ])
        let order = result.tree.placed.map { "\($0.order) \($0.file)" }
        #expect(order == ["1 rubrique-2/_section.md", "2 rubrique-9/_section.md", "3 article-1.md", "4 article-2.md", "5 article-3.md"])
    }

    @Test func rolesAreCutToTheParentsAndWrittenOnlyWhereNarrower() {
        let result = R.run([
            R.record(1, "section", slug: "phase-1", roles: ["public", "young", "admin"]),
            R.record(2, slug: "pareille", parent: 1, roles: ["admin", "young", "public"]),
            R.record(3, slug: "etroite", parent: 1, position: 2, roles: ["young"]),
            R.record(4, slug: "trop-large", parent: 1, position: 3, roles: ["young", "referent", "head_center"]),
            R.record(5, slug: "personne", parent: 1, position: 4, roles: []),
            R.record(6, "section", slug: "fermee", position: 2, roles: []),
            R.record(7, slug: "dans-fermee", parent: 6, roles: ["young"]),
        ])
        func frontMatter(_ path: String) -> String { R.file(result, path) ?? "" }
        #expect(frontMatter("phase-1/_section.md").contains("audience: [public, young, admin]\n"))
        #expect(!frontMatter("phase-1/pareille.md").contains("audience"))
        #expect(frontMatter("phase-1/etroite.md").contains("audience: [young]\n"))
        #expect(frontMatter("phase-1/trop-large.md").contains("audience: [young]\n"))
        #expect(frontMatter("phase-1/personne.md").contains("status: draft\n"))
        #expect(frontMatter("fermee/dans-fermee.md").contains("status: draft\n"))
        #expect(result.diagnostics.map { "\($0.location!.line) \($0.id) \($0.message)" } == [
            "4 import.audience-widened record \(R.id(4)) 'trop-large' asks for 'referent', 'head-center', which its parent record \(R.id(1)) 'phase-1' does not have; they are cut",
            "5 import.no-audience no role can read record \(R.id(5)) 'personne' (its 'allowedRoles' is empty); it is imported as a draft",
            "6 import.no-audience no role can read record \(R.id(6)) 'fermee' (its 'allowedRoles' is empty), nor what it holds; it is imported as a draft",
        ])
        #expect(result.audiences.map(\.id) == ["public", "young", "admin"])
        #expect(result.audiences.map(\.label) == ["Public", "Volontaire HTS", "Modérateur"])
    }

    @Test func namesThatAreNotSlugsOrAreReservedAreRenamedWithANote() {
        let result = R.run([
            R.record(1, slug: "recherche"), R.record(2, slug: "Étape 2", position: 2), R.record(3, slug: "etape-2", position: 3),
            R.record(4, "section", slug: "index", position: 4), R.record(5, slug: "index-page", parent: 4),
            R.record(6, slug: "base-de-connaissance", position: 6), R.record(7, title: "Sans lettres", slug: "¿¿", position: 7),
        ])
        #expect(result.tree.placed.map(\.file) == [
            "index-2/_section.md", "index-2/index-page.md", "recherche-2.md", "etape-2.md", "etape-2-2.md", "base-de-connaissance-2.md",
            "sans-lettres.md",
        ])
        #expect(result.diagnostics.allSatisfy { $0.id == DiagnosticKind.importRenamed.id && $0.severity == .note })
        #expect(result.diagnostics.map(\.message).contains("record \(R.id(2)) 'Étape 2' is written as 'etape-2': 'Étape 2' is not a URL-safe slug"))
        #expect(R.file(result, "recherche-2.md")!.contains(#"aliases: ["/base-de-connaissance/recherche/"]"#))
        #expect(R.file(result, "etape-2.md")!.contains(#"aliases: ["/base-de-connaissance/%C3%89tape%202/"]"#))
    }

    @Test func frontMatterCarriesEveryFieldOfTheModel() {
        let result = R.run([
            R.record(1, "section", title: "Phase 1 : « le séjour »", slug: "phase-1", extra: #""group": "Phase 1", "icon": "holiday_village", "description": "Préparer\nson départ.""#),
            R.record(2, title: #"Dans ma \"valise\" 🧳"#, slug: "valise", parent: 1, status: "ARCHIVED", extra: """
                "keywords": "trousseau, bagages;\\nvalise", "imageSrc": "https://s3.example/carte.png", "imageAlt": "Une valise",
                "updatedAt": {"$date": "2024-05-02T16:45:12Z"}, "contentUpdatedAt": {"$date": "2024-01-10T08:00:00Z"}
                """),
            R.record(3, slug: "relue", parent: 1, position: 2, status: "DRAFT", extra: #""updatedAt": {"$date": "2020-01-01T00:00:00Z"}"#),
        ])
        #expect(R.file(result, "phase-1/_section.md") == """
            ---
            title: "Phase 1 : « le séjour »"
            description: "Préparer son départ."
            order: 1
            audience: [public, young]
            group: "Phase 1"
            icon: "holiday_village"
            created: 2023-03-14
            aliases: ["/base-de-connaissance/phase-1/"]
            snupport_id: "\(R.id(1))"
            ---

            """)
        #expect(result.diagnostics.isEmpty)
        #expect(R.file(result, "phase-1/valise.md") == """
            ---
            title: "Dans ma \\"valise\\" 🧳"
            order: 1
            status: archived
            keywords: ["trousseau", "bagages", "valise"]
            image: "https://s3.example/carte.png"
            image_alt: "Une valise"
            created: 2023-03-14
            updated: 2024-01-10
            aliases: ["/base-de-connaissance/valise/"]
            snupport_id: "\(R.id(2))"
            ---

            """)
        // An update before the creation is the creation.
        #expect(R.file(result, "phase-1/relue.md")!.contains("status: draft\ncreated: 2023-03-14\nupdated: 2023-03-14\n"))
        #expect(R.file(result, "_index.md") == "---\naliases: [\"/base-de-connaissance/\"]\n---\n")
    }

    @Test func theBasePathShapesAliasesAndLinks() {
        let content = #"[{"type": "paragraph", "children": [{"type": "link", "url": "https://support.snu.gouv.fr/aide/snu/b", "children": [{"text": "la fiche b"}]}]}]"#
        let result = R.run([R.record(1, slug: "a", content: content), R.record(2, slug: "b", position: 2)], basePath: "aide/snu/")
        #expect(R.file(result, "a.md")!.contains(#"aliases: ["/aide/snu/a/"]"#))
        #expect(R.body(result, "a.md") == "[la fiche b](b.md)\n")
        let root = R.run([R.record(1, "section", slug: "a"), R.record(2, slug: "b", parent: 1)], basePath: "/")
        // At the root, the old address of a top-level page is its new one: no alias.
        #expect(!R.file(root, "a/_section.md")!.contains("aliases"))
        #expect(R.file(root, "a/b.md")!.contains(#"aliases: ["/b/"]"#))
        #expect(R.file(root, "_index.md") == "---\n---\n")
    }
}
