import Foundation
import RepereDiagnostics
import RepereTestSupport
import Testing
@testable import RepereContent

/// Configuration and front-matter keys are declared once: decoding, the unknown-key check and
/// the reference pages come from the declarations, and the generated pages are never stale.
@Suite struct DeclaredKeysTests {
    @Test func theConfigurationReferenceIsGenerated() {
        let problem = GeneratedFile.compare(KeyReferencePages.configuration(), with: "Documentation/Reference/configuration.md")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func theFrontMatterReferenceIsGenerated() {
        let problem = GeneratedFile.compare(KeyReferencePages.frontMatter(), with: "Documentation/Reference/front-matter.md")
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The demo's writers' page holds the French table as generated, under its heading.
    @Test func theDemosFormatPageHoldsTheGeneratedTable() throws {
        let page = "content/rediger-dans-repere/reference-du-format.md"
        let text = try String(contentsOf: GeneratedFile.repositoryRoot.appendingPathComponent(page), encoding: .utf8)
        let section = try #require(text.range(of: "## Les clés de l'en-tête")).upperBound
        let lines = text[section...].split(separator: "\n", omittingEmptySubsequences: false)
        let table = lines.drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.map { $0 + "\n" }.joined()
        #expect(table == KeyReference.frenchTable(FrontMatter.keyReference),
            "regenerate the table of \(page) with `repere reference front-matter --french`")
    }

    /// Every declared key is read by decoding: none falls through to "unknown".
    @Test func everyDeclaredConfigurationKeyIsKnown() {
        for key in SiteConfiguration.keyReference {
            let (_, problems) = SiteConfiguration.decode(yaml: "\(key.name): ~\n")
            #expect(!problems.contains { $0.id == "config.unknown-key" }, "\(key.name)")
        }
    }

    @Test func everyDeclaredFrontMatterKeyIsRead() {
        for key in FrontMatter.keyReference {
            let (frontMatter, _) = FrontMatter.decode(yaml: "\(key.name): x\n", file: "a.md", lineOffset: 1)
            #expect(frontMatter.params[key.name] == nil, "\(key.name) is kept as an unknown key")
        }
        let (frontMatter, problems) = FrontMatter.decode(yaml: "couleur: bleu\nweight: 3\n", file: "a.md", lineOffset: 1)
        let docusaurus = FrontMatter.decode(yaml: "sidebar_position: 2\n", file: "a.md", lineOffset: 1).0
        #expect(FrontMatter.decode(yaml: "nav_order: 4\n", file: "a.md", lineOffset: 1).0.order == 4, "Just the Docs")
        #expect(docusaurus.order == 2 && docusaurus.params["sidebar_position"] == nil)
        #expect(problems.isEmpty && frontMatter.params["couleur"] != nil && frontMatter.order == 3)
    }

    /// Starlight's `sidebar: { order, label }` give the order and the menu title, unless the page
    /// has its own; another tool's `sidebar: auto` and a wrong value are no error.
    @Test func starlightsSidebarGivesTheOrderAndTheMenuTitle() {
        let (starlight, problems) = FrontMatter.decode(yaml: "title: Installer Repère\nsidebar:\n  order: 2\n  label: Installer\n  badge: Nouveau\n", file: "a.md", lineOffset: 1)
        #expect(problems.isEmpty && starlight.order == 2 && starlight.navigationTitle == "Installer" && starlight.params["sidebar"] == nil)
        let own = FrontMatter.decode(yaml: "order: 5\nsidebar: { order: 2 }\nnav_title: Court\n", file: "a.md", lineOffset: 1).0
        #expect(own.order == 5 && own.navigationTitle == "Court")
        let (vuepress, none) = FrontMatter.decode(yaml: "sidebar: auto\n", file: "a.md", lineOffset: 1)
        #expect(none.isEmpty && vuepress.order == nil)
        let (wrong, lowered) = FrontMatter.decode(yaml: "sidebar:\n  order: premier\n", file: "a.md", lineOffset: 1)
        #expect(wrong.order == nil && lowered.map(\.id) == ["front-matter.foreign-value"] && lowered.first?.severity == .warning)
    }

    /// `order:` (`sidebar_position:`) is any number, as Docusaurus reads it: `2.5` comes between 2
    /// and 3; in quotes too, as Hugo reads `weight: '100'`.
    @Test(arguments: [("2.5", 2.5), ("-1", -1), ("07", 7), ("1e3", 1000), ("'100'", 100), ("\"2.5\"", 2.5), ("\" -3 \"", -3)])
    func anOrderIsAnyNumber(written: String, order: Double) {
        let (frontMatter, problems) = FrontMatter.decode(yaml: "sidebar_position: \(written)\n", file: "a.md", lineOffset: 1)
        #expect(problems.isEmpty && frontMatter.order == order)
    }

    @Test(arguments: ["deux", "\"2,5\"", "'1e3'", "'.'", "'1.2.3'", ".nan", ".inf", "1e300", "[1]", "-9223372036854775808", "1000000000", "'1000000000'"])
    func anOrderThatIsNoNumberIsAnError(written: String) {
        let (frontMatter, problems) = FrontMatter.decode(yaml: "order: \(written)\n", file: "a.md", lineOffset: 1)
        #expect(frontMatter.order == nil)
        #expect(problems.map(\.id) == ["front-matter.invalid-value"])
    }

    /// Found in a sweep: `site_url: "javascript:alert(1)//"`, copied by `init`, started every link.
    @Test func aBaseURLOfAnotherSchemeIsAnError() {
        for refused in ["javascript:alert(1)//", "JavaScript:x", "data:text/html,x", "file:///etc/", "http:/une-barre"] {
            let (config, problems) = SiteConfiguration.decode(yaml: "base_url: '\(refused)'\n")
            #expect(problems.map(\.id) == ["config.invalid-value"] && config.baseURL == "/", "\(refused)")
        }
        for accepted in ["https://aide.exemple.fr/", "HTTP://x.fr", "/aide/", "aide/"] {
            #expect(SiteConfiguration.decode(yaml: "base_url: '\(accepted)'\n").1.isEmpty, "\(accepted)")
        }
        var imported = ForeignConfiguration.mkdocs("site_name: S\nsite_url: \"javascript:alert(1)//\"\n", source: "mkdocs.yml")
        #expect(imported.baseURL == nil)
        imported.baseURL = "https://exemple.fr/"
        #expect(imported.baseURL == "https://exemple.fr/")
    }

    @Test func anUnknownKeySuggestsTheClosestOne() throws {
        let (_, problems) = SiteConfiguration.decode(yaml: "title: Aide\ntitel: Aide\n")
        let problem = try #require(problems.first)
        #expect(problem.id == "config.unknown-key")
        #expect(problem.location == SourceLocation(file: "repere.yml", line: 2, column: 1))
        #expect(problem.notes.first == "did you mean 'title'?")
    }

    @Test func aChoiceOutsideItsValuesIsAnError() throws {
        let (_, problems) = FrontMatter.decode(yaml: "title: T\nstatus: publie\n", file: "content/a.md", lineOffset: 1)
        let problem = try #require(problems.first)
        #expect(problem.id == "front-matter.invalid-value" && problem.severity == .error)
        #expect(problem.message == "unknown status 'publie', expected published, draft or archived")
        #expect(problem.location == SourceLocation(file: "content/a.md", line: 3, column: 9))
    }

    /// An unknown `type:` (Hugo's `type: docs`, a typo) is a warning: the page is an article.
    @Test func anUnknownTypeIsAWarningAndTheDefault() throws {
        let (frontMatter, problems) = FrontMatter.decode(yaml: "title: T\ntype: docs\n", file: "content/a.md", lineOffset: 1)
        let problem = try #require(problems.first)
        #expect(problem.id == "front-matter.unknown-type" && problem.severity == .warning)
        #expect(problem.message == "unknown type 'docs', expected faq, tutorial, article, path or event: read as 'article'")
        #expect(problem.location == SourceLocation(file: "content/a.md", line: 3, column: 7))
        #expect(frontMatter.type == .article)
    }

    /// A `repere.yml` never makes a build read, publish or overwrite files outside its project.
    @Test(arguments: ["content_dir", "templates_dir", "output_dir"])
    func projectFoldersMayNotLeaveTheProject(key: String) throws {
        for outside in ["/etc", "../voisin", "a/../../voisin", "./../x", "~/x"] {
            let (config, problems) = SiteConfiguration.decode(yaml: "\(key): '\(outside)'\n")
            let problem = try #require(problems.first, "\(key): \(outside)")
            #expect(problem.id == "config.invalid-value" && problem.severity == .error)
            #expect(problem.location == SourceLocation(file: "repere.yml", line: 1, column: key.count + 3))
            #expect([config.contentDirectory, config.templatesDirectory, config.outputDirectory] == ["content", "templates", "site"])
        }
        for inside in ["docs", "./docs", "a/../docs", "sites/public/"] {
            let (_, problems) = SiteConfiguration.decode(yaml: "\(key): '\(inside)'\n")
            #expect(problems.isEmpty, "\(key): \(inside)")
        }
    }
}

@Suite struct CheckSettingsTests {
    @Test func decodesLevelsAndIgnoredPaths() {
        let (config, problems) = SiteConfiguration.decode(yaml: """
            checks:
              page.orphan: off
              link.vague-text: error
              link.broken: Warning
            checks_ignore: ["archives/**", "**/brouillon-*.md"]
            """)
        #expect(problems.isEmpty)
        #expect(config.checks.levels == ["page.orphan": .off, "link.vague-text": .error, "link.broken": .warning])
        #expect(config.checks.ignoredPaths.map(\.description) == ["archives/**", "**/brouillon-*.md"])
    }

    @Test func anUnknownCheckIsAWarningWithTheClosestID() throws {
        let (config, problems) = SiteConfiguration.decode(yaml: "checks:\n  page.orphans: off\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && config.checks.levels.isEmpty)
        #expect(problem.id == "config.unknown-check" && problem.severity == .warning)
        #expect(problem.location == SourceLocation(file: "repere.yml", line: 2, column: 3))
        #expect(problem.notes == ["did you mean 'page.orphan'?"])
    }

    @Test func aBadLevelOrALockedCheckIsAnError() {
        let (config, problems) = SiteConfiguration.decode(yaml: "checks:\n  page.orphan: silence\n  path.escapes-site: off\n  link.broken: [off]\n")
        #expect(config.checks.levels.isEmpty)
        #expect(problems.map(\.id) == ["config.invalid-value", "config.invalid-value", "config.invalid-value"])
        #expect(problems.map(\.location?.line) == [2, 3, 4])
        #expect(problems[1].message == "'path.escapes-site' cannot be changed: the site would be wrong or unsafe")
    }

    @Test func appliesLevelsThenIgnoredPaths() {
        var settings = CheckSettings()
        settings.levels = ["page.orphan": .off, "link.vague-text": .error, "link.broken": .warning]
        settings.ignoredPaths = [PathGlob("archives/**")]
        let at = { (file: String) in SourceLocation(file: file, line: 1, column: 1) }
        let diagnostics = [
            Diagnostic(.pageOrphan, "o", at: at("content/a.md")),
            Diagnostic(.linkVagueText, "v", at: at("content/a.md")),
            Diagnostic(.linkBroken, "b", at: at("content/a.md")),
            Diagnostic(.pageMissingDescription, "d", at: at("content/archives/2024/x.md")),
            Diagnostic(.pathEscapesSite, "p", at: at("content/archives/x.md")),
            Diagnostic(.imageMissingAlt, "i", at: at("content/b.md")),
        ]
        let applied = settings.apply(to: diagnostics, contentPrefix: "content/")
        #expect(applied.map(\.id) == ["link.vague-text", "link.broken", "path.escapes-site", "image.missing-alt"])
        #expect(applied.map(\.severity) == [.error, .warning, .error, .warning])
    }
}

@Suite struct PathGlobTests {
    @Test(arguments: [
        ("archives/**", "archives/2024/x.md", true), ("archives/**", "archives/x.md", true),
        ("archives/**", "faq/archives/x.md", false), ("archives/", "archives/x.md", true),
        ("*.md", "faq/x.md", true), ("brouillon-*.md", "faq/brouillon-a.md", true),
        ("**/brouillon-*.md", "brouillon-a.md", true), ("faq/*.md", "faq/sub/x.md", false),
        ("faq/?.md", "faq/é.md", true), ("/faq/x.md", "faq/x.md", true), ("faq/x.md", "faq/y.md", false),
        // A folder that matches takes everything in it (geotribu's `exclude_docs: toc_nav_ignored/*`).
        ("toc_nav_ignored/*", "toc_nav_ignored/snippets/licenses/default.md", true), ("faq/*", "faqs/x.md", false),
        ("brouillons", "faq/brouillons/x.md", true),
    ])
    func matchesLikeGitignore(pattern: String, path: String, expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }
}
