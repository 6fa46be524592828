import Foundation
import RepereContent
import RepereDiagnostics
@testable import RepereSite
import RepereTestSupport
import Testing

/// Every diagnostic of the catalogue is produced by a test: one small project per ID, built
/// through the whole pipeline (in memory), must report that ID at its expected place. A new
/// kind without a fixture here fails ``everyKindOfTheCatalogueHasAFixture()``.
@Suite struct DiagnosticCoverageTests {
    /// How the project's folder is made, for the diagnostics that depend on Git or the disk.
    enum Setup: Sendable {
        case folder
        /// `content/b.md` is a named pipe, which cannot be read as a file (even by root, unlike
        /// a file without read permission).
        case unreadableFile
        case gitWithoutCommits
        /// The files committed in a new repository.
        case committed
        /// A clone of depth 1 of a history of two commits.
        case shallowClone
        /// A repository whose HEAD commit object is deleted.
        case corruptRepository
        /// `content/faq/b.md` renamed `content/a.md`, then a new `content/faq/b.md` committed.
        case pageRenamedThenReplaced
        /// The pages committed in `docs/`, then moved to `content/`.
        case movedIntoContent
    }

    struct Fixture: Sendable, CustomTestStringConvertible {
        var id: DiagnosticID
        /// Where the diagnostic is expected (`file:line:col`), `nil` for the whole project.
        var location: String?
        var files: [String: String] = [:]
        var bytes: [String: [UInt8]] = [:]
        var setup = Setup.folder

        var testDescription: String { "\(id) at \(location ?? "no location")" }
    }

    /// A page with `title`, a description, the front-matter `extra` lines, then `body` (which
    /// starts on line 5 plus the number of `extra` lines).
    static func page(_ title: String, _ body: String = "", extra: String = "") -> String {
        "---\ntitle: \(title)\ndescription: D\n\(extra)---\n\(body)"
    }

    static let base = ["repere.yml": "base_url: https://x.fr/\n"]

    /// `files` over a minimal project (an absolute base URL and one page).
    static func project(_ files: [String: String]) -> [String: String] {
        base.merging(["content/a.md": page("A")]) { $1 }.merging(files) { $1 }
    }

    static let fixtures: [Fixture] = [
        // Configuration
        Fixture(id: "config.invalid-utf8", location: "repere.yml:1:1", files: project([:]).filter { $0.key != "repere.yml" },
                bytes: ["repere.yml": Array("title: ".utf8) + [0xFF, 0x0A]]),
        Fixture(id: "config.invalid-yaml", location: "repere.yml:2:1", files: project(["repere.yml": "title: [Aide\n"])),
        Fixture(id: "config.invalid-value", location: "repere.yml:2:23",
                files: project(["repere.yml": "base_url: https://x.fr/\naccessibility_status: peut-être\n"])),
        Fixture(id: "config.unknown-key", location: "repere.yml:2:1", files: project(["repere.yml": "base_url: https://x.fr/\ntitel: Aide\n"])),
        Fixture(id: "config.unknown-check", location: "repere.yml:3:3",
                files: project(["repere.yml": "base_url: https://x.fr/\nchecks:\n  page.orphans: off\n"])),
        Fixture(id: "config.unknown-folder", location: "repere.yml:3:3",
                files: project(["repere.yml": "base_url: https://x.fr/\nsections:\n  guide/avance: { title: Avancé }\n"])),
        Fixture(id: "config.deprecated-key", location: "repere.yml:2:20",
                files: project(["repere.yml": "base_url: https://x.fr/\nfeedback_endpoint: https://retours.x.fr/avis\n"])),
        Fixture(id: "config.relative-base-url", location: nil, files: project(["repere.yml": "title: Aide\n"])),
        // Files and front-matter
        Fixture(id: "file.unreadable", location: "content/b.md:1:1", files: project([:]), setup: .unreadableFile),
        Fixture(id: "file.invalid-utf8", location: "content/b.md:4:3", files: project([:]),
                bytes: ["content/b.md": Array("---\ntitle: B\n---\nTé".utf8) + [0xFF, 0x0A]]),
        Fixture(id: "file.empty", location: "content/b.md:1:1", files: project(["content/b.md": ""])),
        Fixture(id: "front-matter.unterminated", location: "content/b.md:1:1", files: project(["content/b.md": "---\ntitle: B\nLe texte.\n"])),
        Fixture(id: "front-matter.unclosed", location: "content/b.md:1:1", files: project(["content/b.md": "---\ntitle: B\ndescription: D\n"])),
        Fixture(id: "front-matter.invalid-yaml", location: "content/b.md:3:1", files: project(["content/b.md": "---\ntitle: [B\n---\n"])),
        Fixture(id: "front-matter.foreign-value", location: "content/b.md:5:5", files: project(["content/b.md": "---\ntitle: B\ndescription: D\nsummary:\n    visible: true\n---\n"])),
        Fixture(id: "front-matter.duplicate-key", location: "content/b.md:4:3", files: project(["content/b.md": "---\ntitle: B\nsocial:\n  osgeo:\n  osm: qt\n  osgeo:\n---\n"])),
        Fixture(id: "front-matter.invalid-value", location: "content/b.md:4:9", files: project(["content/b.md": page("B", extra: "status: publie\n")])),
        Fixture(id: "front-matter.unknown-type", location: "content/b.md:4:7", files: project(["content/b.md": page("B", extra: "type: docs\n")])),
        Fixture(id: "front-matter.missing-title", location: "content/b.md:1:1", files: project(["content/b.md": "---\ndescription: D\n---\n"])),
        Fixture(id: "content.invalid-slug", location: "content/¿¿.md:1:1", files: project(["content/¿¿.md": page("B")])),
        Fixture(id: "content.duplicate-url", location: "content/étape.md:1:1",
                files: project(["content/Etape.md": page("B"), "content/étape.md": page("C")])),
        // Two keys of one dictionary cannot differ only so: one name is written as text, the other as bytes.
        Fixture(id: "content.unicode-twin", location: "content/cre\u{301}ation.png:1:1",
                files: project(["content/cr\u{E9}ation.png": "png"]), bytes: ["content/cre\u{301}ation.png": Array("png".utf8)]),
        Fixture(id: "content.active-file", location: "content/s/outil.svg:1:1",
                files: project(["content/s/outil.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"])),
        // Structure and audiences
        Fixture(id: "section.missing-index", location: "content/s:1:1", files: project(["content/s/b.md": page("B")])),
        Fixture(id: "section.empty", location: "content/vide/_section.md:1:1", files: project(["content/vide/_section.md": page("Vide")])),
        // (Without `audiences:` in repere.yml, any audience is accepted.)
        Fixture(id: "audience.unknown", location: "content/b.md:4:1", files: project([
            "repere.yml": "base_url: https://x.fr/\naudiences:\n  jeunes: Jeunes\n", "content/b.md": page("B", extra: "audience: [inconnu]\n"),
        ])),
        Fixture(id: "audience.outside-section", location: "content/s/b.md:4:1", files: project([
            "repere.yml": "base_url: https://x.fr/\naudiences:\n  jeunes: Jeunes\n  parents: Parents\n",
            "content/s/_section.md": page("S", extra: "audience: [jeunes]\n"),
            "content/s/b.md": page("B", extra: "audience: [parents]\n"),
        ])),
        // Markdown
        Fixture(id: "html.raw-omitted", location: "content/a.md:5:7", files: project(["content/a.md": page("A", "Texte <iframe src=x></iframe>\n")])),
        Fixture(id: "link.unsafe-url", location: "content/a.md:5:7", files: project(["content/a.md": page("A", "Texte [x](vbscript:y)\n")])),
        Fixture(id: "markdown.too-deep", location: "content/a.md:5:257",
                files: project(["content/a.md": page("A", String(repeating: ">", count: 300) + "\n")])),
        Fixture(id: "markdown.too-deep", location: "content/a.md:4:260",
                files: project(["content/a.md": page("A", extra: "x: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n")])),
        // Links, images and addresses
        Fixture(id: "link.broken", location: "content/a.md:5:6", files: project(["content/a.md": page("A", "Voir [x](/nope/)\n")])),
        Fixture(id: "link.broken", location: "content/a.md:4:1", files: project(["content/a.md": page("A", extra: "related: [absente.md]\n")])),
        Fixture(id: "link.missing-anchor", location: "content/a.md:5:6", files: project(["content/a.md": page("A", "Voir [x](#nulle-part)\n")])),
        Fixture(id: "link.to-draft", location: "content/a.md:5:6", files: project([
            "content/a.md": page("A", "Voir [la page B](b.md)\n"), "content/b.md": page("B", extra: "status: draft\n"),
        ])),
        Fixture(id: "link.to-archived", location: "content/a.md:5:6", files: project([
            "content/a.md": page("A", "Voir [la page B](b.md)\n"), "content/b.md": page("B", extra: "status: archived\n"),
        ])),
        Fixture(id: "image.missing", location: "content/a.md:5:6", files: project(["content/a.md": page("A", "Voir ![un schéma](absent.png)\n")])),
        Fixture(id: "alias.collision", location: "content/a.md:4:1", files: project([
            "content/a.md": page("A", extra: "aliases: [/b/]\n"), "content/b.md": page("B"),
        ])),
        Fixture(id: "history.redirect-collision", location: "content/a.md:1:1", setup: .pageRenamedThenReplaced),
        Fixture(id: "redirect.ignored", location: "repere.yml:3:3", files: project([
            "repere.yml": "title: Aide\nredirects:\n  ancien: disparue.md\n  a: b.md\n  vers-a: a.md\n",
            "content/a.md": page("A"), "content/b.md": page("B", "[A](a.md)"),
        ])),
        Fixture(id: "link.above-content", location: "content/s/a.md:5:6", files: project([
            "content/s/a.md": page("A", "Voir ![plan](../../plan.png)\n"), "content/plan.png": "png",
        ])),
        Fixture(id: "path.escapes-content", location: "content/a.md:5:6", files: project(["content/a.md": page("A", "Voir [x](../../dehors.md)\n")])),
        Fixture(id: "path.escapes-site", location: "content/a.md:4:1", files: project(["content/a.md": page("A", extra: "aliases: [/../x/]\n")])),
        Fixture(id: "static.clash", location: "static/sitemap.xml:1:1", files: project([
            "repere.yml": "base_url: https://x.fr/\nstatic_dir: static\n", "static/sitemap.xml": "<urlset/>\n", "static/img/a.png": "png",
        ])),
        Fixture(id: "output.collision", location: nil, files: project([
            "content/faq/_section.md": page("FAQ"), "content/faq/b.md": page("B"), "content/sitemap.xml": "<urlset/>\n",
        ])),
        // Check rules
        Fixture(id: "page.orphan", location: "content/b.md:1:1", files: project(["content/b.md": page("B")])),
        Fixture(id: "page.replaces-news", location: "content/nouveautes.md:1:1",
                files: project(["content/nouveautes.md": page("Nouveautés"), "content/a.md": page("A", "[N](nouveautes.md)")])),
        Fixture(id: "page.reserved-address", location: "content/recherche.md:1:1", files: project(["content/recherche.md": page("Recherche")])),
        Fixture(id: "page.duplicate-title", location: "content/b.md:2:1", files: project([
            "content/a.md": page("Même titre"), "content/b.md": page("Meme Titre"),
        ])),
        Fixture(id: "page.missing-description", location: "content/b.md:1:1", files: project(["content/b.md": "---\ntitle: B\n---\n"])),
        Fixture(id: "page.review-overdue", location: "content/a.md:4:1", files: project(["content/a.md": page("A", extra: "review_by: 2026-01-01\n")])),
        Fixture(id: "image.missing-alt", location: "content/a.md:5:6", files: project([
            "content/a.md": page("A", "Voir ![](schema.svg)\n"), "content/schema.svg": "<svg/>\n",
        ])),
        Fixture(id: "link.vague-text", location: "content/a.md:5:6", files: project([
            "content/a.md": page("A", "Voir [ici](b.md)\n"), "content/b.md": page("B"),
        ])),
        Fixture(id: "link.empty-text", location: "content/a.md:5:6", files: project([
            "content/a.md": page("A", "Voir [](b.md)\n"), "content/b.md": page("B"),
        ])),
        Fixture(id: "heading.level-skipped", location: "content/a.md:7:1", files: project(["content/a.md": page("A", "## Un\n\n#### Deux\n")])),
        // Titles, navigation, foreign containers
        Fixture(id: "content.inferred-title", location: "content/b.md:1:1", files: project([
            "content/b.md": "# Titre dans le texte\n", "content/a.md": page("A", "[B](b.md)\n"),
        ])),
        Fixture(id: "content.translated", location: "content/b.md:1:1", files: project([
            "content/b.md": page("B"), "content/b.fr.md": page("B en français"), "content/a.md": page("A", "[B](b.md)\n"),
        ])),
        Fixture(id: "nav.unlisted-page", location: "content/b.md:1:1", files: project([
            "repere.yml": "base_url: https://x.fr/\nnav: [a.md]\n", "content/b.md": page("B"),
        ])),
        Fixture(id: "nav.missing-page", location: "repere.yml:2:13", files: project(["repere.yml": "base_url: https://x.fr/\nnav: [a.md, absente.md]\n"])),
        Fixture(id: "markdown.unknown-directive", location: "content/a.md:5:1", files: project(["content/a.md": page("A", "{% swagger %}\n")])),
        Fixture(id: "snippet.missing", location: "content/a.md:6:1", files: project(["content/a.md": page("A", "Texte\n--8<-- \"absent.md\"\n")])),
        Fixture(id: "snippet.outside-project", location: "content/a.md:5:3", files: project([
            "content/a.md": page("A", "  --8<-- \"../../etc/passwd\"\n"),
        ])),
        Fixture(id: "snippet.skipped", location: "content/a.md:5:1", files: project([
            "content/a.md": page("A", "--8<-- \"inc/boucle.md\"\n"), "inc/boucle.md": "Boucle\n--8<-- \"inc/boucle.md\"\n",
        ])),
        // Onboarding paths
        Fixture(id: "onboarding-path.step-not-found", location: "content/p.md:6:5", files: project([
            "content/p.md": page("P", extra: "type: path\nsteps:\n  - absente.md\n"),
        ])),
        Fixture(id: "onboarding-path.step-unpublished", location: "content/p.md:6:5", files: project([
            "content/p.md": page("P", extra: "type: path\nsteps:\n  - b.md\n"), "content/b.md": page("B", extra: "status: draft\n"),
        ])),
        Fixture(id: "onboarding-path.step-missing-anchor", location: "content/p.md:6:5", files: project([
            "content/p.md": page("P", extra: "type: path\nsteps:\n  - a.md#absente\n"),
        ])),
        Fixture(id: "onboarding-path.empty", location: "content/p.md:4:1", files: project(["content/p.md": page("P", extra: "type: path\n")])),
        Fixture(id: "onboarding-path.duplicate-step", location: "content/p.md:7:5", files: project([
            "content/p.md": page("P", extra: "type: path\nsteps:\n  - a.md\n  - a.md\n"),
        ])),
        Fixture(id: "onboarding-path.audience-mismatch", location: "content/p.md:7:5", files: project([
            "repere.yml": "base_url: https://x.fr/\naudiences:\n  referent: Référent\n  chef: Chef de centre\n",
            "content/p.md": page("P", extra: "type: path\naudience: [referent]\nsteps:\n  - b.md\n"),
            "content/b.md": page("B", extra: "audience: [chef]\n"),
        ])),
        Fixture(id: "onboarding-path.not-a-path", location: "content/p.md:4:1", files: project([
            "content/p.md": page("P", extra: "steps:\n  - a.md\n"),
        ])),
        // Events
        Fixture(id: "event.missing-start", location: "content/e.md:4:1", files: project(["content/e.md": page("E", extra: "type: event\n")])),
        Fixture(id: "event.invalid-date-time", location: "content/e.md:5:1", files: project([
            "content/e.md": page("E", extra: "type: event\nstart: demain\n"),
        ])),
        Fixture(id: "event.end-before-start", location: "content/e.md:6:1", files: project([
            "content/e.md": page("E", extra: "type: event\nstart: 2027-01-13 14:00\nend: \"13:00\"\n"),
        ])),
        Fixture(id: "event.unknown-time-zone", location: "content/e.md:6:1", files: project([
            "content/e.md": page("E", extra: "type: event\nstart: 2027-01-13 14:00\ntimezone: Europe/Paname\n"),
        ])),
        Fixture(id: "event.replay-missing", location: "content/e.md:5:1", files: project([
            "content/e.md": page("E", extra: "type: event\nstart: 2026-09-01 14:00\n"),
        ])),
        Fixture(id: "event.not-an-event", location: "content/e.md:4:1", files: project([
            "content/e.md": page("E", extra: "start: 2027-01-13 14:00\n"),
        ])),
        // Videos
        Fixture(id: "video.missing-captions", location: "content/v.md:4:1", files: project([
            "content/v.md": page("V", extra: "video:\n  src: v.webm\n  transcript: v.txt\n"), "content/v.webm": "x", "content/v.txt": "00:00 Bonjour.\n",
        ])),
        Fixture(id: "video.missing-transcript", location: "content/v.md:4:1", files: project([
            "content/v.md": page("V", extra: "video:\n  src: v.webm\n  captions: v.vtt\n"), "content/v.webm": "x", "content/v.vtt": "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n",
        ])),
        Fixture(id: "video.invalid-webvtt", location: "content/v.vtt:1:1", files: project([
            "content/v.md": page("V", extra: "video:\n  src: v.webm\n  captions: v.vtt\n  transcript: v.txt\n"),
            "content/v.webm": "x", "content/v.vtt": "SOUS-TITRES\n", "content/v.txt": "00:00 Bonjour.\n",
        ])),
        Fixture(id: "video.cues-out-of-order", location: "content/v.vtt:6:1", files: project([
            "content/v.md": page("V", extra: "video:\n  src: v.webm\n  captions: v.vtt\n  transcript: v.txt\n"), "content/v.webm": "x",
            "content/v.vtt": "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n", "content/v.txt": "00:00 Bonjour.\n",
        ])),
        Fixture(id: "video.missing-poster-alt", location: "content/v.md:8:3", files: project([
            "content/v.md": page("V", extra: "video:\n  src: v.webm\n  captions: v.vtt\n  transcript: v.txt\n  poster: v.png\n"),
            "content/v.webm": "x", "content/v.vtt": "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n", "content/v.txt": "00:00 Bonjour.\n", "content/v.png": "png",
        ])),
        Fixture(id: "video.too-large", location: "content/v.md:5:3", files: project([
            "repere.yml": "base_url: https://x.fr/\nvideo_max_mb: 0\n",
            "content/v.md": page("V", extra: "video:\n  src: v.webm\n  captions: v.vtt\n  transcript: v.txt\n"),
            "content/v.webm": "x", "content/v.vtt": "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n", "content/v.txt": "00:00 Bonjour.\n",
        ])),
        Fixture(id: "video.missing-file", location: "content/v.md:5:3", files: project([
            "content/v.md": page("V", extra: "video:\n  src: absente.webm\n  captions: v.vtt\n  transcript: v.txt\n"),
            "content/v.vtt": "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n", "content/v.txt": "00:00 Bonjour.\n",
        ])),
        Fixture(id: "video.unsupported-source", location: "content/v.md:5:3", files: project([
            "content/v.md": page("V", extra: "video:\n  src: https://video.exemple.fr/v/123\n  captions: v.vtt\n  transcript: v.txt\n"),
            "content/v.vtt": "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n", "content/v.txt": "00:00 Bonjour.\n",
        ])),
        // Glossary, theme and Git
        Fixture(id: "glossary.invalid-yaml", location: "content/glossary.yml:2:1", files: project(["content/glossary.yml": "terms: [a\n"])),
        Fixture(id: "glossary.invalid-value", location: "content/glossary.yml:1:8", files: project(["content/glossary.yml": "terms: 3\n"])),
        Fixture(id: "glossary.unknown-key", location: "content/glossary.yml:3:5",
                files: project(["content/glossary.yml": "terms:\n  - term: PDR\n    definiton: x\n"])),
        Fixture(id: "glossary.missing-term", location: "content/glossary.yml:2:5",
                files: project(["content/glossary.yml": "terms:\n  - definition: sans terme\n"])),
        Fixture(id: "template.invalid", location: "templates/article.mustache:1:1", files: project(["templates/article.mustache": "{{#page}}\n"])),
        Fixture(id: "template.invalid-yaml", location: "templates/i18n/fr.yml:2:1", files: project(["templates/i18n/fr.yml": "toc_title: [a\n"])),
        Fixture(id: "template.invalid-value", location: "templates/i18n/fr.yml:1:12", files: project(["templates/i18n/fr.yml": "toc_title: [a, b]\n"])),
        Fixture(id: "git.no-repository", location: nil, files: project([:])),
        Fixture(id: "git.no-commits", location: nil, files: project([:]), setup: .gitWithoutCommits),
        Fixture(id: "git.shallow-history", location: nil, setup: .shallowClone),
        Fixture(id: "git.unreadable", location: nil, setup: .corruptRepository),
        Fixture(id: "git.moved-into-content", location: nil, files: project([:]), setup: .movedIntoContent),
        Fixture(id: "git.ignore-revisions-unreadable", location: "repere.yml:3:21",
                files: project(["repere.yml": "base_url: https://x.fr/\nhistory:\n  ignore_revisions: absente.txt\n"]), setup: .committed),
        Fixture(id: "git.unknown-revision", location: "revs.txt:2:1", files: project([
            "repere.yml": "base_url: https://x.fr/\nhistory:\n  ignore_revisions: revs.txt\n", "revs.txt": "# la migration\nabcdef0 # inconnue\n",
        ]), setup: .committed),
    ]

    /// IDs no test can produce, with the reason. None today: even `file.unreadable`, which a
    /// permission cannot give when the tests run as root, comes from a named pipe.
    static let impossible: [DiagnosticID: String] = [:]

    /// `import.*` kinds come from `repere import snupport`, not from a build: RepereImportTests
    /// produces each from a bad export.
    static let producedByTheImporter = Set(DiagnosticKind.all.map(\.id).filter { $0.rawValue.hasPrefix("import.") })

    @Test func everyKindOfTheCatalogueHasAFixture() {
        let covered = Set(Self.fixtures.map(\.id)).union(Self.impossible.keys).union(Self.producedByTheImporter)
        let missing = DiagnosticKind.all.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no fixture produces \(missing.map(\.rawValue)): add one to DiagnosticCoverageTests.fixtures")
        let unknown = covered.filter { DiagnosticKind.named($0) == nil }
        #expect(unknown.isEmpty, "fixtures for IDs the catalogue does not have: \(unknown.map(\.rawValue))")
    }

    @Test(arguments: fixtures)
    func theFixtureProducesItsDiagnostic(_ fixture: Fixture) throws {
        let (project, keep) = try Self.make(fixture)
        defer { withExtendedLifetime(keep) {} }
        let (config, problems) = try Project.configuration(in: project)
        var options = BuildOptions(projectDirectory: project, configuration: config)
        options.cacheDirectory = nil
        options.today = CalendarDate("2026-11-30")!
        let outcome = try BuildPipeline(options: options).run(.memory(session: nil), extraDiagnostics: problems)
        let found = outcome.report.diagnostics.filter { $0.id == fixture.id }
        #expect(found.contains { $0.location?.description == fixture.location },
                "\(fixture.id) expected at \(fixture.location ?? "no location"); reported: \(outcome.report.diagnostics.map { "\($0.location?.description ?? "-") \($0.id)" })")
        #expect(found.allSatisfy { $0.severity == DiagnosticKind.named(fixture.id)?.severity })
    }

    /// The project folder of `fixture`, and what must stay alive while it is used.
    static func make(_ fixture: Fixture) throws -> (URL, [AnyObject]) {
        switch fixture.setup {
        case .folder, .unreadableFile:
            let folder = TemporaryDirectory()
            try folder.write(fixture.files)
            for (path, bytes) in fixture.bytes { try folder.write(path, bytes: bytes) }
            if case .unreadableFile = fixture.setup {
                #expect(mkfifo(folder.url.appendingPathComponent("content/b.md").path, 0o644) == 0)
            }
            return (folder.url, [folder])
        case .gitWithoutCommits, .committed:
            let repository = try FixtureRepository()
            for (path, text) in fixture.files { try repository.write(path, text) }
            if case .committed = fixture.setup { try repository.commit("Pages", at: 100) }
            return (URL(fileURLWithPath: repository.path), [repository])
        case .shallowClone:
            let source = try FixtureRepository()
            for (path, text) in project([:]) { try source.write(path, text) }
            try source.commit("A", at: 100)
            try source.write("content/b.md", page("B", "[A](a.md)\n"))
            try source.commit("B", at: 200)
            let clone = try FixtureRepository(shallowCloneOf: source, depth: 1)
            return (URL(fileURLWithPath: clone.path), [source, clone])
        case .corruptRepository:
            let repository = try FixtureRepository()
            for (path, text) in project([:]) { try repository.write(path, text) }
            let head = try repository.commit("A", at: 100)
            try FileManager.default.removeItem(atPath: "\(repository.path)/.git/objects/\(head.prefix(2))/\(head.dropFirst(2))")
            return (URL(fileURLWithPath: repository.path), [repository])
        case .movedIntoContent:
            let repository = try FixtureRepository()
            for (path, text) in fixture.files {
                try repository.write(path.hasPrefix("content/") ? "docs/" + path.dropFirst("content/".count) : path, text)
            }
            try repository.commit("Docs", at: 100)
            try repository.git("mv", "docs", "content")
            try repository.commit("Move", at: 200)
            return (URL(fileURLWithPath: repository.path), [repository])
        case .pageRenamedThenReplaced:
            let repository = try FixtureRepository()
            let text = page("A", "Un texte assez long pour que Git reconnaisse le renommage de la page.\n")
            for (path, text) in project(["content/faq/b.md": text]).filter({ $0.key != "content/a.md" }) { try repository.write(path, text) }
            try repository.commit("B", at: 100)
            try repository.git("mv", "content/faq/b.md", "content/a.md")
            try repository.commit("B devient A", at: 200)
            try repository.write("content/faq/b.md", page("Nouvelle B"))
            try repository.commit("Nouvelle B", at: 300)
            return (URL(fileURLWithPath: repository.path), [repository])
        }
    }
}
