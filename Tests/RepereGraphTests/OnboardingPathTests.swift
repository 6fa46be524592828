import RepereContent
import RepereDiagnostics
@testable import RepereGraph
@testable import RepereMarkdown
import RepereTestSupport
import Testing

/// Onboarding paths (`type: path`): steps resolved like links, each problem at its step.
@Suite struct OnboardingPathTests {
    func resolve(_ files: [String: String]) throws -> ResolvedSite {
        var configuration = SiteConfiguration()
        configuration.audiences = [Audience(id: "referent", label: "Référent"), Audience(id: "chef", label: "Chef de centre")]
        let loaded = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        return LinkResolver(basePath: "/aide").resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
    }

    /// The site's pages: a section, three pages (one for chefs only, one archived), a draft.
    let pages = [
        "s/_section.md": "---\ntitle: S\n---\n",
        "s/a.md": "---\ntitle: A\n---\n## Étape 2\n",
        "s/b.md": "---\ntitle: B\n---\n",
        "s/chef.md": "---\ntitle: Chef\naudience: [chef]\n---\n",
        "s/vieux.md": "---\ntitle: Vieux\nstatus: archived\n---\n",
        "s/brouillon.md": "---\ntitle: Brouillon\nstatus: draft\n---\n",
    ]

    func path(_ steps: String, extra: String = "audience: [referent]\n") -> String {
        "---\ntitle: Parcours\ntype: path\n\(extra)steps:\n\(steps)---\nIntro.\n"
    }

    @Test func stepsResolveToPagesAndAnchorsInOrder() throws {
        var files = pages
        files["p/demarrer.md"] = path("""
              - page: ../s/a.md
                note: "D'abord."
                duration: 10 min
              - ../s/b.md
              - page: ../s/a.md#etape-2
                duration: 1 h 5

            """)
        let site = try resolve(files)
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let path = try #require(site.paths.first)
        #expect(site.pages[path.page].page.url == "/p/demarrer/")
        #expect(path.steps.map(\.href) == ["/aide/s/a/", "/aide/s/b/", "/aide/s/a/#etape-2"])
        #expect(path.steps.map(\.heading) == [nil, nil, "Étape 2"])
        #expect(path.steps.map(\.note) == ["D'abord.", nil, nil])
        #expect(path.totalMinutes == 75)
        // The steps are the path's links: their pages are reached from it.
        let a = try #require(site.pages.firstIndex { $0.page.url == "/s/a/" })
        #expect(site.graph.inbound[a] == [path.page])
    }

    @Test func eachBadStepIsReportedAtItsLineAndColumn() throws {
        var files = pages
        files["p/demarrer.md"] = path("""
              - ../s/absente.md
              - ../s/vieux.md
              - ../s/brouillon.md
              - ../s/a.md#etape-9
              - ../s/b.md
              - ../s/b.md
              - ../s/chef.md
              - https://exemple.fr/

            """)
        let site = try resolve(files)
        let found = site.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.id) \($0.severity)" }
        #expect(found == [
            "6:5 onboarding-path.step-not-found error",
            "7:5 onboarding-path.step-unpublished error",
            "8:5 onboarding-path.step-unpublished error",
            "9:5 onboarding-path.step-missing-anchor error",
            "11:5 onboarding-path.duplicate-step warning",
            "12:5 onboarding-path.audience-mismatch warning",
            "13:5 onboarding-path.step-not-found error",
        ])
        #expect(site.diagnostics.allSatisfy { $0.location?.file == "content/p/demarrer.md" })
        #expect(site.paths.first?.steps.count == 2)  // b.md, then chef.md with its warning; the second b.md is dropped
    }

    @Test func aPathWithoutStepsAndStepsOutsideAPathAreWarnings() throws {
        var files = pages
        files["p/vide.md"] = "---\ntitle: Vide\ntype: path\n---\n"
        files["p/pas-un-parcours.md"] = "---\ntitle: Pas un parcours\nsteps: [../s/a.md]\n---\n"
        let site = try resolve(files)
        let found = site.diagnostics.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.id)" }.sorted()
        #expect(found == ["content/p/pas-un-parcours.md:3:1 onboarding-path.not-a-path", "content/p/vide.md:3:1 onboarding-path.empty"])
        #expect(site.paths.count == 1 && site.paths[0].steps.isEmpty)
    }
}

@Suite struct PathStepTests {
    @Test(arguments: [
        ("10", 10), ("10 min", 10), ("10min", 10), ("45 minutes", 45), ("1 h", 60), ("1h30", 90), ("1 h 30", 90),
        ("2 heures", 120), ("1 h 05 min", 65), (" 5 mn", 5),
    ])
    func readsDurationsAsWritersTypeThem(text: String, minutes: Int) {
        #expect(PathStep.minutes(in: text) == minutes)
    }

    @Test(arguments: ["", "min", "dix minutes", "10 jours", "1 h trente", "999999"])
    func refusesOtherDurations(text: String) {
        #expect(PathStep.minutes(in: text) == nil)
    }

    @Test func writesDurationsBack() {
        #expect([5, 60, 75, 125].map(PathStep.written(minutes:)) == ["5 min", "1 h", "1 h 15", "2 h 05"])
    }

    @Test func badStepEntriesAreFrontMatterErrors() {
        let yaml = "title: P\ntype: path\nsteps:\n  - page: a.md\n    duration: bientôt\n  - note: seule\n  - [a, b]\n  - page: b.md\n    couleur: bleu\n"
        let (frontMatter, problems) = FrontMatter.decode(yaml: yaml, file: "p.md", lineOffset: 1)
        #expect(frontMatter.steps.map(\.target) == ["a.md", "b.md"])
        #expect(problems.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.id)" } == [
            "6:15 front-matter.invalid-value", "7:5 front-matter.invalid-value", "8:5 front-matter.invalid-value",
            "10:5 front-matter.invalid-value",
        ])
    }
}
