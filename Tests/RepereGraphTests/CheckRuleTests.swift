import RepereContent
import RepereDiagnostics
@testable import RepereGraph
@testable import RepereMarkdown
import RepereTestSupport
import Testing

@Suite struct CheckRuleTests {
    /// Loads, parses, resolves and checks an in-memory content folder; returns "file:line:col id"
    /// per finding. Orphan warnings are left out unless asked, so fixtures need no hub page.
    func findings(_ files: [String: String], today: String = "2026-11-25", keepOrphans: Bool = false) throws -> [String] {
        try diagnostics(files, today: today).filter { keepOrphans || $0.id != "page.orphan" }
            .map { "\($0.location!.file.dropFirst(8)):\($0.location!.line):\($0.location!.column) \($0.id)" }
    }

    func diagnostics(_ files: [String: String], today: String = "2026-11-25") throws -> [Diagnostic] {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(files))
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        let site = LinkResolver(basePath: "").resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
        return DiagnosticReport(RuleRegistry.check(CheckInput(site: site, today: CalendarDate(today)!)) + site.diagnostics).diagnostics
    }

    /// A published page with a description.
    func page(_ title: String, _ body: String = "", extra: String = "") -> String {
        "---\ntitle: \(title)\ndescription: D\n\(extra)---\n\(body)"
    }

    @Test func aCleanSiteHasNoFindings() throws {
        #expect(try findings([
            "hub.md": page("Hub", "[Page A](a.md) [Page B](b.md)"),
            "a.md": page("A", "## Un\n### Deux\n![Schéma du menu](s.svg)\n[Page B](b.md)"), "a.svg": "", "s.svg": "",
            "b.md": page("B", "[Page A](a.md#un)"),
        ]) == [])
    }

    @Test func orphansAreArticlesNoOtherPageLinksToOrNamesAsRelated() throws {
        #expect(try findings([
            "a.md": page("A", "[moi-même](a.md) [Page B](b.md)", extra: "related: [c.md]\n"),
            "b.md": page("B"), "c.md": page("C"),
            "archive.md": page("Archivée", extra: "status: archived\n"),
        ], keepOrphans: true) == ["a.md:1:1 page.orphan"])
    }

    /// A page at the address of the search page, the site map or a tag's listing in use is an
    /// error: the build writes those pages itself.
    @Test func pagesAtTheAddressOfAPageTheBuildWritesAreErrors() throws {
        #expect(try findings([
            "recherche.md": page("Recherche"), "Plan du site/a.md": page("A", extra: "tags: [Inscription, Départ]\n"),
            "etiquettes/inscription.md": page("I"), "etiquettes/arrivee.md": page("Arrivée"), "archive.md": page("Z", extra: "status: archived\ntags: [Arrivée]\n"),
            "categories/aide.md": page("Aide", extra: "slug: autre\n"), "mentions-legales.md": page("Mentions"),
        ]).filter { $0.hasSuffix("page.reserved-address") } == [
            "Plan du site/_section.md:1:1 page.reserved-address", "etiquettes/inscription.md:1:1 page.reserved-address",
            "recherche.md:1:1 page.reserved-address",
        ])
    }

    @Test func linksFromLivePagesToArchivedOnesAreWarnings() throws {
        #expect(try findings([
            "a.md": page("A", "[Ancienne procédure](old.md)"), "b.md": page("B", "[Page A](a.md)"),
            "old.md": page("Old", "[Page A](a.md)", extra: "status: archived\n"),
        ]) == ["a.md:5:1 link.to-archived"])
    }

    @Test func imagesNeedAMeaningfulAlternative() throws {
        #expect(try findings([
            "h.md": page("H", "[Page A](a.md)"),
            "a.md": page("A", "![](s.svg) ![s](s.svg) ![s.svg](s.svg) ![Carte des PDR](s.svg)\n[![](s.svg)](h.md)"), "s.svg": "",
        ]) == ["a.md:5:1 image.missing-alt", "a.md:5:12 image.missing-alt", "a.md:5:24 image.missing-alt",
               "a.md:6:1 link.empty-text", "a.md:6:2 image.missing-alt"])
    }

    /// An Obsidian image is named as written, and its fix written as Obsidian writes it.
    @Test func aWikiImageWithoutAlternativeIsNamedAsWritten() throws {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "h.md": page("H", "[Page A](a.md)"), "a.md": page("A", "![[capture écran.png|300]] ![[s.svg|s]]"), "capture écran.png": "", "s.svg": "",
        ]))
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        let site = LinkResolver(basePath: "").resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
        let found = ImageWithoutAlt().check(CheckInput(site: site, today: CalendarDate("2026-11-25")!))
        #expect(found.map(\.message) == ["image 'capture écran.png' has no alternative text", "the alternative text of 's.svg' is its file name"])
        #expect(found.first?.notes == ["say in a few words what the image shows: ![[capture écran.png|ce que montre l'image]]"])
    }

    @Test(arguments: ["ici", "Cliquez ici", "en savoir plus", "https://www.snu.gouv.fr", "lien"])
    func vagueLinkTextsAreWarnings(text: String) throws {
        #expect(try findings([
            "h.md": page("H", "[Page A](a.md)"), "a.md": page("A", "Voir [\(text)](https://www.snu.gouv.fr)"),
        ]) == ["a.md:5:6 link.vague-text"])
    }

    @Test func headingsMayNotSkipLevelsNorRepeatTheTitleLevel() throws {
        #expect(try findings([
            "h.md": page("H", "[Page A](a.md)"), "a.md": page("A", "Intro.\n# Titre bis\n## Un\n#### Trois\n## Deux\n### Ok\n"),
        ]) == ["a.md:6:1 heading.level-skipped", "a.md:8:1 heading.level-skipped"])
        // An empty heading is named so (found in a sweep: « level-1 heading '' »).
        #expect(try diagnostics(["a.md": page("A", "#\n\nTexte.\n\n####\n")]).filter { $0.id == "heading.level-skipped" }.map(\.message)
            == ["an empty level-1 heading in the body", "an empty heading jumps from level 1 to level 4"])
    }

    @Test func duplicateTitlesMissingDescriptionsAndOverdueReviews() throws {
        #expect(try findings([
            "h.md": page("H", "[Page A](a.md) [Page B](b.md) [Page C](c.md)"),
            "a.md": page("Même titre !"), "b.md": page("Meme Titre", extra: "review_by: 2026-11-24\n"),
            "c.md": "---\ntitle: C\nreview_by: 2026-11-25\n---\n",
        ]) == ["b.md:2:1 page.duplicate-title", "b.md:4:1 page.review-overdue", "c.md:1:1 page.missing-description"])
    }

    /// A section made up from a folder (no `_section.md`) titled as one of its pages: the page
    /// is where it is reported, and the message names the folder, not a file that does not exist.
    @Test func aDuplicateOfAMadeUpSectionIsReportedAtThePage() throws {
        let files = ["h.md": page("H", "[Aide](aide/guide.md)"), "aide/guide.md": page("Aide")]
        #expect(try findings(files) == ["aide/guide.md:2:1 page.duplicate-title"])
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(files))
        let site = LinkResolver(basePath: "").resolve(ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages).pages, drafts: [], assets: [])
        let message = DuplicateTitle().check(CheckInput(site: site, today: CalendarDate("2026-11-25")!)).first?.message
        #expect(message == "'Aide' is also the title of the section of the folder 'content/aide/', which has no _section.md")
        // Two sections made up from folders (`_aide/` and `aide/`, both « Aide »): the folder, not a `_section.md` that is not there.
        let twoFolders = ["h.md": page("H", "[A](aide/a.md) [B](_aide/b.md)"), "aide/a.md": page("A"), "_aide/b.md": page("B")]
        let found = try findings(twoFolders).filter { $0.hasSuffix("page.duplicate-title") }
        #expect(found.count == 1 && found.allSatisfy { !$0.contains("_section.md") && $0.contains("aide/:") }, "\(found)")
    }

    @Test func aLinkNamingItsPagesFileIsNotVague() throws {
        let found = try findings([
            "h.md": page("H", "[a.md](a.md) [https://x.fr](https://x.fr) [b.png](b.png)"), "a.md": page("A", "[H](h.md)"), "b.png": "png",
        ])
        #expect(found == ["h.md:5:14 link.vague-text", "h.md:5:43 link.vague-text"], "a bare address, and a file that has no title")
    }

    @Test func linksInCodeAreNotCheckedButHTMLAnchorsAre() throws {
        #expect(try findings([
            "h.md": page("H", "[Page A](a.md)"),
            "a.md": page("A", "`[x](absent.md)`\n\n```\n[y](absent.md)\n```\n\nVoir <a href=\"absent.md\">html</a>\n"),
        ]) == ["a.md:11:6 link.broken"])
    }
}
