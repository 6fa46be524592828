import Foundation
import RepereContent
import RepereHistory
@testable import RepereLetter
import RepereTestSupport
import Testing

/// The référents' letter, made from a fixture repository with fixed authors and dates
/// (FixtureRepository.epoch = 2023-11-14): golden files for its three formats.
@Suite struct LetterTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let day: Int64 = 86_400

    func page(_ title: String, _ extra: String = "") -> String {
        "---\ntitle: \"\(title)\"\ndescription: \"Description de \(title).\"\n\(extra)---\nTexte.\n"
    }

    /// Before the range: two sections and four pages. In the range: a new page, a new path,
    /// an update with a « Nouveauté : » trailer, an update without one, a move and a removal.
    func makeRepository() throws -> FixtureRepository {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "title: \"Centre d'aide SNU\"\nbase_url: https://aide.exemple.fr/\n")
        try repo.write("content/affectations/_section.md", page("Affectations"))
        try repo.write("content/affectations/changer-de-centre.md", page("Changer un volontaire de centre"))
        try repo.write("content/affectations/liste.md", page("La liste complémentaire"))
        try repo.write("content/transport/_section.md", page("Transport"))
        try repo.write("content/transport/bus.md", page("Retard de bus"))
        try repo.write("content/transport/ancien.md", page("Ancienne procédure"))
        try repo.commit("Premières fiches", at: 0)
        try repo.write("content/affectations/changer-de-centre.md", page("Changer un volontaire de centre") + "Nouvelle étape.\n")
        try repo.commit("Affectations : étape de confirmation\n\nNouveauté : une étape de confirmation a été ajoutée.", at: 20 * day)
        try repo.write("content/transport/bus.md", page("Retard de bus") + "Précision.\n")
        try repo.write("content/transport/annulation.md", page("Annulation d'un bus & <car>"))
        try repo.git("rm", "-q", "content/transport/ancien.md")
        try repo.git("mv", "content/affectations/liste.md", "content/affectations/liste-complementaire.md")
        try repo.write("content/parcours/_section.md", page("Parcours"))
        try repo.write("content/parcours/demarrer.md", page("Bien démarrer", "type: path\nsteps: [../transport/bus.md]\n"))
        try repo.write("content/webinaires/_section.md", page("Webinaires"))
        try repo.write("content/webinaires/lancement.md", page("Lancement de la campagne", "type: event\nstart: 2024-01-10 14:00\nend: \"15:30\"\n"))
        try repo.write("content/webinaires/annule.md", page("Webinaire annulé", "type: event\nstart: 2024-01-17 14:00\ncancelled: true\n"))
        try repo.write("content/webinaires/passe.md", page("Webinaire passé", "type: event\nstart: 2023-11-30 10:00\n"))
        try repo.commit("wip", author: "Bob Durand", at: 25 * day)
        return repo
    }

    func letter(_ repo: FixtureRepository, since: String, until: String? = nil, intro: String? = nil) throws -> Letter {
        let url = URL(fileURLWithPath: repo.path)
        let options = BuildOptions(projectDirectory: url, configuration: try Project.configuration(in: url).0)
        let report = try ChangeReport.make(options: options, since: since, until: until, upcomingEvents: true)
        return Letter(report: report, siteTitle: options.configuration.title, baseURL: options.configuration.baseURL, intro: intro)
    }

    @Test func theThreeFormatsMatchTheirGoldenFiles() throws {
        let repo = try makeRepository()
        let letter = try letter(repo, since: "2023-11-20", intro: "Bonjour à toutes et à tous,\n\nvoici les nouveautés du mois. **Bonne lecture !**\n")
        #expect(letter.paths.map(\.title) == ["Bien démarrer"])
        #expect(letter.events.map(\.title) == ["Lancement de la campagne"])
        #expect(letter.events.first?.when == "mercredi 10 janvier 2024, de 14 h à 15 h 30 (heure de Paris)")
        #expect(letter.added.map(\.section) == ["Transport", "Webinaires"])
        #expect(letter.updated.flatMap(\.items).map(\.note) == ["une étape de confirmation a été ajoutée.", nil])
        for (name, text) in [("letter.html", letter.html()), ("letter.md", letter.markdown()), ("letter.txt", letter.text())] {
            let problem = Self.compare(text, Self.golden.appendingPathComponent(name))
            #expect(problem == nil, "\(problem ?? "")")
        }
        // The same range gives the same bytes.
        #expect(try self.letter(repo, since: "2023-11-20", intro: "Bonjour à toutes et à tous,\n\nvoici les nouveautés du mois. **Bonne lecture !**\n").html() == letter.html())
    }

    /// Sections are named as the site names them: a folder's `index.md` or `README.md` (its
    /// `title:`, or its heading when other sections' pages share that title), `sections:` in
    /// repere.yml, else the folder's name made a title.
    @Test func sectionsAreNamedAsOnTheSite() throws {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "title: Guide\nbase_url: https://aide.exemple.fr/\nsections:\n  reglages:\n    title: Les réglages\n")
        try repo.write("content/guide/index.md", "---\ntitle: Objectifs\n---\n# Guide de l'utilisateur\n")
        try repo.write("content/suites/index.md", "---\ntitle: Objectifs\n---\n# Suites\n")
        try repo.write("content/lancer/index.md", "---\ntitle: Se lancer\n---\n# Commencer avec l'outil\n")
        try repo.write("content/outils/README.md", "# Les outils\n")
        try repo.commit("Sections", at: 0)
        for folder in ["guide", "outils", "reglages", "guide_pratique", "lancer"] { try repo.write("content/\(folder)/page.md", page("Page de \(folder)")) }
        try repo.commit("Pages", at: day)
        let letter = try letter(repo, since: "HEAD~1")
        #expect(letter.added.map(\.section) == ["Guide de l'utilisateur", "Guide pratique", "Se lancer", "Les outils", "Les réglages"])
    }

    @Test func anEmptyRangeSaysThereIsNothingNew() throws {
        let repo = try makeRepository()
        let letter = try letter(repo, since: "HEAD", until: "HEAD")
        #expect(letter.isEmpty)
        for text in [letter.html(), letter.markdown(), letter.text()] {
            #expect(text.contains("Aucune nouveauté sur cette période"))
        }
    }

    @Test func theEmailHTMLHasNothingAMailClientWouldStripOrFetch() throws {
        let html = try letter(try makeRepository(), since: "2023-11-20").html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        for forbidden in ["<script", "<style", "<link", "class=", "<img", "src=", "http://"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("max-width:640px"))
        #expect(html.contains("Annulation d&#39;un bus &amp; &lt;car&gt;"), "titles are escaped")
    }

    static func compare(_ actual: String, _ url: URL) -> String? {
        if Golden.isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "recorded \(url.lastPathComponent); run again without REPERE_RECORD"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else { return "\(url.path) is missing" }
        return expected == actual ? nil : "\(url.lastPathComponent) differs:\n" + Golden.firstDifference(expected, actual)
    }
}
