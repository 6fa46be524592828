import Foundation
import FoundationXML
import RepereContent
import RepereDiagnostics
@testable import RepereHistory
@testable import RepereSite
import RepereSupport
import RepereTestSupport
import Testing

#if canImport(FoundationXML)
#endif

/// Builds of fixture Git repositories with fixed authors and dates (FixtureRepository.epoch =
/// 2023-11-14T22:13:20Z; commits are dated in seconds after it, in +01:00).
@Suite struct SiteHistoryTests {
    let day: Int64 = 86_400

    func page(_ title: String, _ body: String = "", extra: String = "") -> String {
        "---\ntitle: \(title)\ndescription: Description de \(title).\n\(extra)---\n\(body)\n"
    }

    /// A repository with a few pages: a created on day 0 by Alice, edited on day 10 by Bob;
    /// b created on day 5; c created on day 5 then renamed to d on day 20.
    func makeRepository(contentFolder: String = "content") throws -> FixtureRepository {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "base_url: https://aide.exemple.fr/\n" + (contentFolder == "content" ? "" : "content_dir: \(contentFolder)\n"))
        try repo.write("\(contentFolder)/s/_section.md", page("Section"))
        try repo.write("\(contentFolder)/s/a.md", page("A", "[B](b.md) [D](c.md)"))
        try repo.commit("Ajout de la page A", author: "Alice Martin", at: 0)
        try repo.write("\(contentFolder)/s/b.md", page("B", "[A](a.md)"))
        try repo.write("\(contentFolder)/s/c.md", page("C", "[A](a.md)"))
        try repo.commit("Pages B et C", author: "Carla Petit", at: 5 * day)
        try repo.write("\(contentFolder)/s/a.md", page("A", "[B](b.md) [D](c.md)\n\nNouveau paragraphe sur les affectations."))
        try repo.commit("Précisions sur les affectations", author: "Bob Durand", at: 10 * day)
        try repo.git("mv", "\(contentFolder)/s/c.md", "\(contentFolder)/s/d.md")
        try repo.write("\(contentFolder)/s/a.md", page("A", "[B](b.md) [D](d.md)\n\nNouveau paragraphe sur les affectations."))
        try repo.commit("Renommage de C en D\n\nNouveauté : la page C s’appelle désormais D.", author: "Alice Martin", at: 20 * day)
        return repo
    }

    func build(_ project: String, revision: String? = nil) throws -> (BuildPipeline.Outcome, TemporaryDirectory) {
        let out = TemporaryDirectory()
        let url = URL(fileURLWithPath: project)
        let (config, problems) = try Project.configuration(in: url)
        var options = BuildOptions(projectDirectory: url, configuration: config, outputDirectory: out.url.appendingPathComponent("site"))
        options.revision = revision
        return (try BuildPipeline(options: options).run(extraDiagnostics: problems), out)
    }

    func text(_ out: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOf: out.url.appendingPathComponent("site/" + path), encoding: .utf8)
    }

    /// A help centre written in `docs/`, moved to `content/` by a migration that also reworded every
    /// page's front-matter: with the migration's commits in `history.ignore_revisions`, the pages
    /// keep the dates and authors they had in `docs/`, and the old URLs redirect.
    @Test func pagesMovedIntoContentKeepTheirPastAndTheMigrationIsIgnored() throws {
        let repo = try FixtureRepository()
        let long = "\n\nUn paragraphe assez long pour que Git reconnaisse la page après son déplacement et sa reprise."
        try repo.write("docs/s/_section.md", page("Section"))
        try repo.write("docs/s/a.md", page("A", "[B](b.md)" + long))
        try repo.write("docs/s/b.md", page("B", "[A](a.md)" + long))
        try repo.commit("Première version", author: "Alice Martin", at: 0)
        try repo.write("docs/s/a.md", page("A", "[B](b.md)" + long + " Et une précision."))
        try repo.commit("Précision", author: "Bob Durand", at: 10 * day)
        try repo.git("mv", "docs", "content")
        try repo.write("repere.yml", "base_url: https://aide.exemple.fr/\nhistory:\n  ignore_revisions: .git-blame-ignore-revs\n")
        let move = try repo.commit("Migration vers Repère", author: "Migrateur", at: 30 * day)
        try repo.write("content/s/b.md", page("B", "[A](a.md)" + long, extra: "order: 1\n"))
        let script = try repo.commit("En-têtes complétés par script", author: "Migrateur", at: 31 * day)
        try repo.write(".git-blame-ignore-revs", "# la migration\n\(move)\n\(script.prefix(10)) # le script\n")
        try repo.commit("Commits de la migration ignorés", author: "Migrateur", at: 32 * day)

        let (outcome, out) = try build(repo.path)
        #expect(outcome.report.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(outcome.report.diagnostics)")
        let a = try text(out, "s/a/index.html")
        #expect(a.contains(#"Mis à jour le <time datetime="2023-11-24">24 novembre 2023</time> · créé le <time datetime="2023-11-14">14 novembre 2023</time> · par Alice Martin, Bob Durand</p>"#), "the move is ignored: one commit each")
        let b = try text(out, "s/b/index.html")
        #expect(b.contains(#"Mis à jour le <time datetime="2023-11-14">"#) && b.contains("par Alice Martin</p>"), "the script's change is ignored")
        #expect(!a.contains("Migrateur") && !b.contains("Migrateur"))
    }

    /// Two names Git holds apart but Swift, macOS and browsers read as one (`é`, or `e` and a
    /// combining accent: macOS screenshots committed twice) stopped the build with a trap; one of
    /// each is read now, the other reported.
    @Test func namesDifferingOnlyInHowAccentsAreEncodedAreReadOnce() throws {
        let repo = try makeRepository()
        for (name, text) in [("cr\u{E9}ation", "Composée"), ("cre\u{301}ation", "Décomposée")] {
            try repo.write("content/s/\(name).md", page(text, "[A](a.md) ![Capture](\(name).png)"))
            try repo.write("content/s/\(name).png", text)
        }
        try repo.commit("Captures en double", at: 30 * day)
        let (outcome, out) = try build(repo.path)
        let twins = outcome.report.diagnostics.filter { $0.id == "content.unicode-twin" }
        #expect(twins.map { $0.location?.file.unicodeScalars.count } == [22, 23], "the decomposed ones, reported at their names")
        #expect(outcome.report.errorCount == 0)
        let site = out.url.appendingPathComponent("site")
        let html = try String(contentsOf: site.appendingPathComponent("s/creation/index.html"), encoding: .utf8)
        #expect(html.contains("Composée") && !html.contains("Décomposée"), "the composed name is read")
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("s/cr\u{E9}ation.png").path) == Data("Composée".utf8))
    }

    @Test func articlesShowGitDatesAndAuthors() throws {
        let repo = try makeRepository()
        let (outcome, out) = try build(repo.path)
        #expect(outcome.report.diagnostics.isEmpty)
        let a = try text(out, "s/a/index.html")
        #expect(a.contains(#"<p class="page-meta">Mis à jour le <time datetime="2023-12-04">4 décembre 2023</time> · créé le <time datetime="2023-11-14">14 novembre 2023</time> · par Alice Martin, Bob Durand</p>"#))
        #expect(!a.contains("banner-uncommitted"))
    }

    @Test func frontMatterDatesOverrideGit() throws {
        let repo = try makeRepository()
        try repo.write("content/s/b.md", page("B", "[A](a.md)", extra: "created: 2020-01-02\nupdated: 2021-03-01\n"))
        try repo.commit("Dates explicites", at: 30 * day)
        let (_, out) = try build(repo.path)
        #expect(try text(out, "s/b/index.html").contains(#"Mis à jour le <time datetime="2021-03-01">1er mars 2021</time> · créé le <time datetime="2020-01-02">2 janvier 2020</time>"#))
    }

    @Test func aRenamedPageKeepsItsHistoryAndItsOldURLRedirects() throws {
        let repo = try makeRepository()
        let (_, out) = try build(repo.path)
        #expect(try text(out, "s/d/index.html").contains(#"créé le <time datetime="2023-11-19">19 novembre 2023</time>"#))
        let redirect = try text(out, "s/c/index.html")
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=/s/d/">"#))
    }

    @Test func anOldURLNowTakenByALivePageIsAWarningAndThePageWins() throws {
        let repo = try makeRepository()
        try repo.write("content/s/c.md", page("Nouvelle C", "[A](a.md)"))
        try repo.commit("Une nouvelle page C", at: 25 * day)
        let (outcome, out) = try build(repo.path)
        #expect(outcome.report.diagnostics.map(\.id) == ["page.orphan", "history.redirect-collision"])
        #expect(try text(out, "s/c/index.html").contains("<h1>Nouvelle C</h1>"))
    }

    /// A calendar's `SEQUENCE` counts the event's revisions, so a calendar that imported it takes
    /// the new date; uncommitted changes and a cancellation raise it too.
    @Test func anEventsSequenceFollowsItsHistory() throws {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "base_url: https://aide.exemple.fr/\n")
        try repo.write("content/w/_section.md", page("Webinaires"))
        try repo.write("content/w/e.md", page("E", extra: "type: event\nstart: 2024-03-10 14:00\n"))
        try repo.commit("Webinaire", at: 0)
        func sequence() throws -> String {
            let (_, out) = try build(repo.path)
            let ics = try text(out, "w/e/evenement.ics")
            return ics.split(separator: "\r\n").first { $0.hasPrefix("SEQUENCE:") }.map(String.init) ?? "none"
        }
        #expect(try sequence() == "SEQUENCE:0")
        try repo.write("content/w/e.md", page("E", extra: "type: event\nstart: 2024-03-12 14:00\n"))
        try repo.commit("Nouvelle date", at: day)
        #expect(try sequence() == "SEQUENCE:1")
        try repo.write("content/w/e.md", page("E", extra: "type: event\nstart: 2024-03-12 14:00\ncancelled: true\n"))
        #expect(try sequence() == "SEQUENCE:3", "one more for the uncommitted change, one for the cancellation")
    }

    @Test func nouveautesAndTheFeedListChangesNewestFirst() throws {
        let repo = try makeRepository()
        let (_, out) = try build(repo.path)
        let page = try text(out, "nouveautes/index.html")
        // a and d changed in the same commit: same date, then URL order.
        let order = ["/s/a/", "/s/d/", "/s/b/"].map { page.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!)
        #expect(page.contains("<h2>Décembre 2023</h2>"))
        #expect(page.contains("<h2>Novembre 2023</h2>"))
        #expect(page.contains(#"<a href="/s/b/">B</a> <span class="change-kind">Nouvelle page</span>, le <time datetime="2023-11-19">19 novembre 2023</time>"#))
        // Only a commit's « Nouveauté : » trailer reaches readers, never its summary line.
        #expect(page.contains(#"<p class="change-summary">la page C s’appelle désormais D.</p>"#))
        #expect(!page.contains("Renommage de C en D") && !page.contains("Pages B et C"))
        let feed = try text(out, "feed.xml")
        #expect(feed.contains("  <updated>2023-12-04T23:13:20+01:00</updated>"))
        #expect(feed.contains("<id>https://aide.exemple.fr/s/a/</id>"))
        #expect(feed.contains("<author><name>Alice Martin</name></author>\n    <author><name>Bob Durand</name></author>"))
        // Well-formed XML, with the elements RFC 4287 requires of a feed and of each entry.
        let parser = XMLParser(data: Data(feed.utf8))
        let collector = ElementCounter()
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.counts["feed"] == 1 && collector.counts["entry"] == 3)
        #expect(collector.counts["id"] == 4 && collector.counts["title"] == 4 && collector.counts["updated"] == 4)
    }

    @Test func uncommittedAndUntrackedPagesAreFlagged() throws {
        let repo = try makeRepository()
        try repo.write("content/s/b.md", page("B modifiée", "[A](a.md)"))
        try repo.write("content/s/e.md", page("E", "[A](a.md)"))
        let (outcome, out) = try build(repo.path)
        #expect(outcome.uncommitted == ["content/s/b.md", "content/s/e.md"])
        #expect(try text(out, "s/e/index.html").contains("banner-uncommitted"))
        #expect(try text(out, "s/b/index.html").contains("<h1>B modifiée</h1>"))
        #expect(!(try text(out, "s/a/index.html")).contains("banner-uncommitted"))
    }

    @Test func aRevisionIsBuiltFromTheObjectDatabase() throws {
        let repo = try makeRepository()
        try repo.write("content/s/a.md", page("A dans l'arbre de travail"))
        let (outcome, out) = try build(repo.path, revision: "HEAD~2")
        #expect(outcome.report.errorCount == 0)
        #expect(try text(out, "s/a/index.html").contains("<h1>A</h1>"))
        #expect(try text(out, "s/c/index.html").contains("<h1>C</h1>"))
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("site/s/d").path))
        #expect(throws: ProjectError.self) { try build(repo.path, revision: "nulle-part") }
    }

    /// A revision's symbolic links are never content: with `content_dir: "."`, a link to `.env`
    /// (or to `.git/config` in the working tree) publishes nothing.
    @Test func aRevisionsSymbolicLinksAreNeverContent() throws {
        let repo = try makeRepository(contentFolder: ".")
        try repo.write(".env", "token=secret")
        try repo.write("s/a.md", page("A", "![logo](../.gitbook/assets/logo.png) [x](../x.txt)"))
        try FileManager.default.createDirectory(atPath: repo.path + "/.gitbook/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/.gitbook/assets/logo.png", withDestinationPath: "../../.env")
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/x.txt", withDestinationPath: ".env")
        try repo.commit("Liens", at: 30 * day)
        let (outcome, _) = try build(repo.path, revision: "HEAD")
        let ids = outcome.report.diagnostics.map(\.id)
        #expect(ids.contains("image.missing") && ids.contains("link.broken"))
        let files = try #require(outcome.files?.paths)
        #expect(files.contains("s/a/index.html"))
        #expect(!files.contains { $0.contains("logo") || $0.contains("x.txt") || $0.contains("env") })
    }

    @Test func aShallowCloneBuildsAndSaysWhatItCannotKnow() throws {
        let repo = try makeRepository()
        let clone = try FixtureRepository(shallowCloneOf: repo, depth: 1)
        let (outcome, out) = try build(clone.path)
        #expect(outcome.report.diagnostics.map(\.id) == ["git.shallow-history"])
        #expect(outcome.wasWritten)
        let a = try text(out, "s/a/index.html")
        // Only the last commit is known: no creation date rather than a wrong one.
        #expect(a.contains(#"<p class="page-meta">Mis à jour le <time datetime="2023-12-04">4 décembre 2023</time> · par Alice Martin</p>"#))
    }

    @Test func anEmptyRepositoryBuildsFromTheFiles() throws {
        let repo = try FixtureRepository()
        try repo.write("content/a.md", page("A"))
        let (outcome, _): (BuildPipeline.Outcome, TemporaryDirectory) = try build(repo.path, revision: nil)
        #expect(outcome.report.diagnostics.map(\.id).contains("git.no-commits"))
        #expect(outcome.uncommitted == ["content/a.md"])
    }

    @Test func contentInASubFolderOfTheRepositoryHasItsHistory() throws {
        let repo = try makeRepository(contentFolder: "docs/aide")
        let (outcome, out) = try build(repo.path)
        #expect(outcome.report.diagnostics.isEmpty)
        #expect(try text(out, "s/a/index.html").contains("par Alice Martin, Bob Durand"))
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("site/s/c/index.html").path))
    }
}

/// Counts the elements of an XML document.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}

@Suite struct ChangeReportTests {
    let day: Int64 = 86_400

    @Test func listsAddedUpdatedMovedAndRemovedPages() throws {
        let repo = try SiteHistoryTests().makeRepository()
        try repo.git("rm", "-q", "content/s/b.md")
        try repo.commit("Suppression de B", at: 30 * day)
        let url = URL(fileURLWithPath: repo.path)
        let options = BuildOptions(projectDirectory: url, configuration: try Project.configuration(in: url).0)
        let report = try ChangeReport.make(options: options, since: "2023-11-20", until: nil)
        #expect(report.since.commit != nil)
        #expect(report.added.map(\.url) == [])
        #expect(report.updated.map(\.url) == ["https://aide.exemple.fr/s/a/"])
        #expect(report.moved.map(\.url) == ["https://aide.exemple.fr/s/d/"])
        #expect(report.moved.first?.previousURL == "https://aide.exemple.fr/s/c/")
        #expect(report.removed.map(\.title) == ["B"])
        #expect(report.markdown(siteTitle: "Aide") == """
            ## Aide : les nouveautés du 20 novembre 2023 au 14 décembre 2023

            ### Pages mises à jour (1)

            - [A](https://aide.exemple.fr/s/a/) — Description de A.

            ### Pages déplacées (1)

            - [C](https://aide.exemple.fr/s/d/) — Description de C. (ancienne adresse : https://aide.exemple.fr/s/c/)

            ### Pages supprimées (1)

            - B

            """)
        #expect(report.markdownSummary() == """
            **Pages changées depuis `2023-11-20` :** 0 nouvelle, 1 mise à jour, 1 déplacée, 1 supprimée
            - mise à jour : [A](https://aide.exemple.fr/s/a/)
            - déplacée : [C](https://aide.exemple.fr/s/d/)
            - supprimée : B

            """)
        let all = try ChangeReport.make(options: options, since: "2000-01-01", until: "HEAD~1")
        #expect(all.since.commit == nil)
        #expect(all.added.map(\.path) == ["s/a.md", "s/b.md", "s/d.md"])
        #expect(all.json().contains(#""label" : "HEAD~1""#))
    }
}

extension ChangeReportTests {
    /// `repere changes` lists the pages the build publishes, titled as the build titles them, in a
    /// repository shaped like a GitBook: README.md folder pages, titles in headings, a hidden
    /// folder, a navigation file left out with `exclude:`.
    @Test func changesAgreeWithTheBuildsPageSet() throws {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "base_url: https://aide.exemple.fr/\nexclude: [SUMMARY.md, \"**/brouillon-*.md\"]\n")
        try repo.write("content/README.md", "# Le guide\n")
        try repo.write("content/SUMMARY.md", "* [Gérer](gerer/README.md)\n")
        try repo.write("content/gerer/README.md", "# Gérer son produit\n")
        try repo.write("content/gerer/budget.md", "# Le budget\nTexte.\n")
        try repo.write("content/gerer/brouillon-a.md", "# Brouillon\n")
        try repo.write("content/gerer/outils/README.md", "# Les outils\n")
        try repo.write("content/.gitbook/assets/note.md", "# Cachée\n")
        try repo.write("content/sans-titre.md", "Du texte.\n")
        try repo.commit("Import", at: 0)
        let out = TemporaryDirectory()
        let url = URL(fileURLWithPath: repo.path)
        let (config, _) = try Project.configuration(in: url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: url, configuration: config, outputDirectory: out.url)).run(.check)
        let built = try #require(outcome.site).pages.map(\.page).filter { $0.kind == .article }
        let report = try ChangeReport.make(
            options: BuildOptions(projectDirectory: url, configuration: try Project.configuration(in: url).0), since: "2000-01-01", until: nil)
        #expect(report.added.map(\.url).sorted() == built.map { $0.url.absolute(baseURL: "https://aide.exemple.fr/") }.sorted())
        #expect(Set(report.added.map(\.title)) == Set(built.map(\.title)))
        #expect(Set(built.map(\.title)) == ["Le budget", "Les outils", "Sans titre"])
    }

    /// With `addresses: docusaurus`, `repere changes` gives the addresses the build gives: number
    /// prefixes left out, `id:` followed, a category index a section page (not listed).
    @Test func changesAgreeWithTheBuildsDocusaurusAddresses() throws {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "base_url: https://aide.exemple.fr/\ncontent_dir: docs\naddresses: docusaurus\n")
        try repo.write("docs/intro.md", "# Intro\n")
        try repo.write("docs/02-guide/guide.md", "# Le guide\n")
        try repo.write("docs/02-guide/5_installer.md", "# Installer\n")
        try repo.write("docs/02-guide/7_mobile.md", "---\nid: phone\n---\n# Le téléphone\n")
        try repo.commit("Import", at: 0)
        let url = URL(fileURLWithPath: repo.path)
        let options = BuildOptions(projectDirectory: url, configuration: try Project.configuration(in: url).0)
        let built = try #require(try BuildPipeline(options: options).run(.check).site).pages.map(\.page).filter { $0.kind == .article }
        let report = try ChangeReport.make(options: options, since: "2000-01-01", until: nil)
        #expect(report.added.map(\.url).sorted() == built.map { $0.url.absolute(baseURL: "https://aide.exemple.fr/") }.sorted())
        #expect(report.added.map(\.url).sorted() == [
            "https://aide.exemple.fr/guide/installer/", "https://aide.exemple.fr/guide/phone/", "https://aide.exemple.fr/intro/",
        ])
    }
}

@Suite struct HistoryCacheTests {
    func build(_ repo: FixtureRepository, cache: URL?) throws -> String {
        let out = TemporaryDirectory()
        let url = URL(fileURLWithPath: repo.path)
        var options = BuildOptions(projectDirectory: url, configuration: try Project.configuration(in: url).0, outputDirectory: out.url.appendingPathComponent("site"))
        options.cacheDirectory = cache
        _ = try BuildPipeline(options: options).run()
        return try String(contentsOf: out.url.appendingPathComponent("site/s/a/index.html"), encoding: .utf8)
    }

    @Test func theHistoryIsReadOncePerCommitAndACorruptOrStaleCacheIsRebuilt() throws {
        let repo = try SiteHistoryTests().makeRepository()
        let cacheDirectory = TemporaryDirectory()
        let cache = HistoryCache(folder: cacheDirectory.url)
        let file = try #require(cache.file)
        #expect(try build(repo, cache: cacheDirectory.url).contains("par Alice Martin, Bob Durand"))
        let entry = try #require(cache.read())
        #expect(entry.commit == (try repo.git("rev-parse", "HEAD")) && entry.pageHistories["s/a.md"]?.authors == ["Alice Martin", "Bob Durand"])

        // A cache for this very commit is used as it is (here, doctored to prove it is read).
        var doctored = entry
        doctored.index.files[doctored.prefix + "s/a.md"]?.authorCommits = ["Depuis le cache": 1]
        cache.store(doctored)
        let doctoredBytes = try Data(contentsOf: file)
        #expect(try build(repo, cache: cacheDirectory.url).contains("par Depuis le cache"))
        #expect(try build(repo, cache: nil).contains("par Alice Martin, Bob Durand"))

        // Another format version, a file cut short or damaged, the JSON of format 5, or a new
        // commit: read again, and rewritten.
        SealedCacheFile(url: file, kind: "repere-history", version: HistoryCache.formatVersion + 1).write([UInt8](doctoredBytes))
        #expect(try build(repo, cache: cacheDirectory.url).contains("par Alice Martin, Bob Durand"))
        for damaged in [doctoredBytes.prefix(doctoredBytes.count - 1), doctoredBytes.prefix(doctoredBytes.count / 2), Data("{ pas du JSON".utf8)] {
            try damaged.write(to: file)
            #expect(try build(repo, cache: cacheDirectory.url).contains("par Alice Martin, Bob Durand"))
            #expect(cache.read()?.index.files[entry.prefix + "s/a.md"] == entry.index.files[entry.prefix + "s/a.md"], "rewritten")
        }
        var flipped = doctoredBytes
        flipped[flipped.count - 3] ^= 1
        try flipped.write(to: file)
        #expect(try build(repo, cache: cacheDirectory.url).contains("par Alice Martin, Bob Durand"))
        let oldJSON = cacheDirectory.url.appendingPathComponent("history.json")
        try Data("[]".utf8).write(to: oldJSON)
        try repo.write("content/s/a.md", "---\ntitle: A\ndescription: D.\n---\n[B](b.md) [D](d.md)\n")
        try repo.commit("Nouvelle version de A", author: "Dora Blanc", at: 40 * 86_400)
        #expect(try build(repo, cache: cacheDirectory.url).contains("par Alice Martin, Bob Durand, Dora Blanc"))
        #expect(!FileManager.default.fileExists(atPath: oldJSON.path), "the cache of format 5 is removed when the new one is written")
        let extended = try #require(cache.read())
        #expect(extended.commit == (try repo.git("rev-parse", "HEAD")))
        #expect(extended.index.walkedCommitCount == 1, "only the new commit is walked; the cache continues the rest")
        #expect(extended.index.commitCount == entry.index.commitCount + 1)
    }

    /// `repere changes` reads the build's history cache instead of walking the history again.
    @Test func changesUseTheBuildsHistoryCache() throws {
        let repo = try SiteHistoryTests().makeRepository()
        let cacheDirectory = TemporaryDirectory()
        let cache = HistoryCache(folder: cacheDirectory.url)
        _ = try build(repo, cache: cacheDirectory.url)
        var entry = try #require(cache.read())
        entry.index.files[entry.prefix + "s/d.md"]?.lastReaderNote = "Note venue du cache."
        cache.store(entry)

        let url = URL(fileURLWithPath: repo.path)
        var options = BuildOptions(projectDirectory: url, configuration: try Project.configuration(in: url).0)
        options.cacheDirectory = cacheDirectory.url
        let report = try ChangeReport.make(options: options, since: "HEAD~1", until: nil)
        #expect(report.moved.map(\.note) == ["Note venue du cache."])
        options.cacheDirectory = nil
        #expect(try ChangeReport.make(options: options, since: "HEAD~1", until: nil).moved.map(\.note) == ["la page C s’appelle désormais D."])
    }
}
