import Foundation
import RepereCollect
import RepereContent
import RepereSite
import RepereTestSupport
import Testing
@testable import RepereReport

/// The report of a small project in Git (with SNUpport's imported history) and a fixture
/// database, in its three formats, against
/// `Golden/` (re-record with `REPERE_RECORD=1 swift test --filter reportMatchesItsGolden`).
@Suite struct ReportGoldenTests {
    static let day: Int64 = 86_400
    /// 2026-12-06, the report's day.
    static let today: Int64 = 1_796_515_200

    private static func page(_ title: String, _ extra: String = "", _ body: String) -> String {
        "---\ntitle: \"\(title)\"\n\(extra)---\n\(body)\n"
    }

    /// A project committed in two steps: an old page (2024), then the rest (November 2026).
    private static func project() throws -> FixtureRepository {
        let repository = try FixtureRepository()
        try repository.write("repere.yml", """
            title: Aide
            base_url: https://aide.exemple.fr/
            audiences:
              usager: Usager
              agent: Agent
              referent: Référent
            """)
        try repository.write("content/_index.md", page("Accueil", "", "Bienvenue. [S’inscrire](inscription.md)."))
        try repository.write("content/dossier/ancien.md", page("Attestation de présence", "description: L’attestation.\n", "Demander l’attestation."))
        try repository.commit("Ancienne page", at: today - 900 * day - FixtureRepository.epoch)
        try repository.write("content/inscription.md", page(
            "Inscription au séjour", "description: Les étapes.\naudience: [usager]\nreview_by: 2026-06-01\n",
            "Créer un compte pour l’inscription puis [valider le dossier](dossier/valider.md)."))
        try repository.write("content/dossier/_section.md", page("Dossier", "description: Le dossier.\n", "Tout sur le dossier."))
        try repository.write("content/dossier/valider.md", page(
            "Valider un dossier", "audience: [agent]\n", "Le référent valide. Retour à [l’inscription](../inscription.md)."))
        // A webinar of October without its replay: an event needing attention.
        try repository.write("content/webinaire.md", page(
            "Webinaire de rentrée", "description: La rentrée.\ntype: event\nstart: 2026-10-15 14:00\nend: 15:30\n", "Voir [l’inscription](inscription.md)."))
        // What `repere import snupport` kept of SNUpport's history: two answers, two searches (one found pages).
        try repository.write("imports/feedback.json", """
            {"source":"snupport","kind":"feedback","entries":[
            {"article":"valider","page":"dossier/valider.md","date":"2026-10-05","isPositive":false,"comment":"Trop long."},
            {"article":"disparu","page":"disparu.md","date":"2026-10-06","isPositive":true}
            ]}
            """)
        try repository.write("imports/searches.json", """
            {"source":"snupport","kind":"searches","entries":[
            {"search":"remboursement","resultsNumber":0,"role":"referent_department","date":"2026-10-07"},
            {"search":"valider","resultsNumber":3,"role":null,"date":"2026-10-07"}
            ]}
            """)
        try repository.commit("Pages", at: today - 30 * day - FixtureRepository.epoch)
        return repository
    }

    private static func events(in folder: TemporaryDirectory) async throws -> StoredEvents {
        let store = try EventStore(path: folder.url.appendingPathComponent("retours.sqlite").path)
        func at(_ days: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(today - days * day + 10 * 3600)) }
        let events: [(CollectEvent, Int64)] = [
            (.feedback(page: "/inscription/", helpful: false, comment: "Il manque la date limite."), 20),
            (.feedback(page: "/inscription/", helpful: false, comment: nil), 12),
            (.feedback(page: "/inscription/", helpful: false, comment: "Où est le <formulaire> ?"), 11),
            (.feedback(page: "/inscription/", helpful: false, comment: nil), 3),
            (.feedback(page: "/inscription/", helpful: true, comment: nil), 2),
            (.feedback(page: "/dossier/valider/", helpful: true, comment: nil), 10),
            (.feedback(page: "/dossier/valider/", helpful: true, comment: "Clair."), 4),
            (.feedback(page: "/dossier/valider/", helpful: false, comment: nil), 1),
            (.feedback(page: "/ancienne-page/", helpful: false, comment: nil), 9),
            (.search(query: "inscripton", filters: [], results: 0), 19),
            (.search(query: "inscriptions", filters: ["type=faq"], results: 0), 11),
            (.search(query: "inscription", filters: [], results: 2), 5),
            (.search(query: "Attestation de présence", filters: [], results: 1), 4),
            (.search(query: "remboursement transport", filters: [], results: 0), 3),
            (.search(query: "remboursements du transport", filters: [], results: 0), 2),
        ]
        for (event, days) in events { try await store.record(event, at: at(days)) }
        return try store.events()
    }

    @Test func reportMatchesItsGolden() async throws {
        let repository = try Self.project()
        let folder = TemporaryDirectory()
        let project = URL(fileURLWithPath: repository.path)
        let (configuration, _) = try Project.configuration(in: project)
        var options = BuildOptions(projectDirectory: project, configuration: configuration)
        options.cacheDirectory = nil
        options.today = CalendarDate("2026-12-06")!
        let outcome = try BuildPipeline(options: options).run(.check)
        let site = try ReportBuilder.dated(try #require(outcome.site), options: options)
        let stored = try await Self.events(in: folder)
        let imported = try ImportedHistory.read(project: project, site: site)
        #expect(imported.feedback.map(\.page) == ["/dossier/valider/"])
        #expect(imported.searches.map(\.query) == ["remboursement"])
        #expect(try ImportedHistory.read(project: project, site: site, since: ReportBuilder.firstHour(of: CalendarDate("2026-10-07")!)).feedback.isEmpty)
        let events = StoredEvents(feedback: imported.feedback + stored.feedback, searches: imported.searches + stored.searches)
        let report = ReportBuilder.make(
            site: site, configuration: configuration, events: events, today: options.today, staleMonths: 12, diagnostics: outcome.report.diagnostics)
        let files = [
            "index.html": ReportHTML.render(report), "report.json": ReportJSON.render(report), "report.md": ReportMarkdown.render(report),
        ].mapValues { Data($0.utf8) }
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let mismatch = Golden.compare(actual: files, goldenFolder: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
