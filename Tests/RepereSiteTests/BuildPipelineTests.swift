import Foundation
import RepereContent
import RepereDiagnostics
@testable import RepereRender
@testable import RepereSite
import RepereSupport
import RepereTestSupport
import Testing

@Suite struct BuildPipelineTests {
    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// 2026-12-06T00:00:00Z: the reference time of golden builds (their copies are not in Git).
    static let referenceTime: Int64 = 1_796_515_200

    func build(_ project: URL, output: URL, strict: Bool = false) throws -> BuildPipeline.Outcome {
        let (config, problems) = try Project.configuration(in: project)
        var options = BuildOptions(projectDirectory: project, configuration: config, outputDirectory: output)
        options.referenceTime = Self.referenceTime
        return try BuildPipeline(options: options).run(.disk(strict: strict), extraDiagnostics: problems)
    }

    /// Every case under Golden/: build `input/`, compare the whole site with `expected/`.
    @Test(arguments: ["basic", "theme", "paths", "events", "videos", "migration"])
    func siteMatchesItsGolden(caseName: String) throws {
        let folder = Self.goldenRoot.appendingPathComponent(caseName)
        let input = TemporaryDirectory(), out = TemporaryDirectory()
        try input.copyContents(of: folder.appendingPathComponent("input"))
        let outcome = try build(input.url, output: out.url.appendingPathComponent("site"))
        #expect(outcome.report.diagnostics.map(\.id) == ["git.no-repository"])
        var site = out.snapshot("site")
        // The theme's static files and the search runtime are copied as they are: each must equal
        // its source (the project's override, else the built-in file), and is not kept again in
        // every golden folder.
        let root = Self.goldenRoot.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var copies = 0
        for (path, bytes) in site where path.hasPrefix("_repere/") {
            let name = String(path.dropFirst("_repere/".count))
            let sources = [
                folder.appendingPathComponent("input/templates/static/\(name)"), root.appendingPathComponent("templates/static/\(name)"),
                root.appendingPathComponent("Sources/RepereSearch/Runtime/\(name)"),
            ]
            guard let source = sources.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { continue }
            #expect(bytes == FileManager.default.contents(atPath: source.path), "\(path) is not a copy of \(source.path)")
            site[path] = nil
            copies += 1
        }
        #expect(copies >= 7, "the theme's static files and the search runtime are in the site")
        let mismatch = Golden.compare(actual: site, goldenFolder: folder.appendingPathComponent("expected"))
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let input = TemporaryDirectory(), a = TemporaryDirectory(), b = TemporaryDirectory()
        try input.copyContents(of: Self.goldenRoot.appendingPathComponent("basic/input"))
        _ = try build(input.url, output: a.url.appendingPathComponent("site"))
        _ = try build(input.url, output: b.url.appendingPathComponent("site"))
        let first = a.snapshot("site")
        #expect(!first.isEmpty)
        #expect(first == b.snapshot("site"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\nBonjour\n"])
        let site = project.url.appendingPathComponent("site")
        #expect(try build(project.url, output: site).wasWritten)
        let before = project.snapshot("site")

        try project.write(["content/b.md": "---\ntitle: [B\n---\n", "content/a.md": "---\ntitle: A2\n---\n"])
        let failed = try build(project.url, output: site)
        #expect(!failed.wasWritten)
        #expect(failed.report.errorCount == 1)
        #expect(project.snapshot("site") == before)
        // No staging folder is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path)
            .filter { $0.contains(".repere-new") || $0.contains(".repere-old") }
        #expect(leftovers.isEmpty)
    }

    /// A page given its section's address (`slug:`) beside the section's `_section.md` is an
    /// error, and the build still ends (the page was its own parent: finding its top section looped).
    @Test(.timeLimit(.minutes(1))) func aPageAtItsSectionsAddressBesideItsSectionFileEnds() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/g/_section.md": "---\ntitle: G\n---\n",
            "content/g/intro.md": "---\ntitle: Intro\nslug: /g/\n---\nTexte\n",
            "content/g/b.md": "---\ntitle: B\n---\nTexte\n",
        ])
        let failed = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(!failed.wasWritten)
        #expect(failed.report.diagnostics.contains { $0.id == "content.duplicate-url" })
    }

    @Test func strictRefusesToWriteOnWarnings() throws {
        let project = TemporaryDirectory()
        try project.write(["content/s/a.md": "---\ntitle: A\n---\n"])  // folder without _section.md: a warning
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"), strict: true)
        #expect(outcome.report.warningCount > 0)
        #expect(!outcome.wasWritten)
    }

    /// A file saved with `\r\n` (Windows) or with `\r` alone (old Mac) keeps its front-matter,
    /// its title, its blocks and its snippets: the page is the one of the `\n` file, and its
    /// diagnostics point at the same line and column.
    @Test(arguments: ["\r\n", "\r"]) func lineEndsOtherThanNewlineKeepFrontMatterAndPositions(lineEnd: String) throws {
        func outcome(_ separator: String) throws -> (positions: [String], pages: [String]) {
            let files = [
                "content/a.md": "---\ntitle: A\ndescription: d\n---\n\nLigne.\n\nVoir [ici](b.md) maintenant.\n",
                "content/b.md": "# Mon titre\n\nPremier paragraphe.\n\n## Section\n\n- un\n- deux\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\nls\n```\n\n--8<-- \"extrait.md\"\n",
                "extrait.md": "Un extrait\nsur deux lignes.\n",
            ]
            let project = TemporaryDirectory()
            try project.write(files.mapValues { $0.replacingOccurrences(of: "\n", with: separator) })
            let site = project.url.appendingPathComponent("site")
            let report = try build(project.url, output: site).report
            let pages = try ["a", "b"].map { try String(contentsOf: site.appendingPathComponent("\($0)/index.html"), encoding: .utf8) }
            return (report.diagnostics.compactMap { d in d.location.map { "\(d.id) \($0)" } }.filter { $0.contains("a.md") }, pages)
        }
        let expected = try outcome("\n")
        #expect(expected.positions.contains("link.vague-text content/a.md:8:6"), "\(expected.positions)")
        #expect(expected.pages[1].contains("<h1>Mon titre</h1>") && expected.pages[1].contains("<td>2</td>") && expected.pages[1].contains("sur deux lignes"))
        let written = try outcome(lineEnd)
        #expect(written.positions == expected.positions)
        #expect(written.pages == expected.pages)
    }

    /// `checks:` in repere.yml re-grades diagnostics before the build decides to write, and
    /// `--strict` applies to what the settings leave.
    @Test func checkSettingsDecideWhatBlocksTheBuild() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/s/_section.md": "---\ntitle: S\ndescription: d\n---\n",
            "content/s/a.md": "---\ntitle: A\ndescription: d\n---\nVoir [la page](absente.md).\n",
            "content/archives/_section.md": "---\ntitle: Archives\n---\n",
            "content/archives/b.md": "---\ntitle: B\n---\n",
        ])
        let site = project.url.appendingPathComponent("site")
        let plain = try build(project.url, output: site)
        #expect(plain.report.diagnostics.contains { $0.id == "link.broken" && $0.severity == .error })
        #expect(!plain.wasWritten)

        try project.write(["repere.yml": "base_url: https://aide.exemple.fr/\nchecks:\n  link.broken: warning\n  page.orphan: off\nchecks_ignore: [\"archives/**\"]\n"])
        let lowered = try build(project.url, output: site)
        #expect(lowered.report.diagnostics.map(\.id) == ["git.no-repository", "link.broken"])
        #expect(lowered.report.diagnostics.last?.severity == .warning)
        #expect(lowered.wasWritten)
        #expect(!(try build(project.url, output: site, strict: true)).wasWritten, "--strict counts the lowered warning")

        try project.write(["content/s/a.md": "---\ntitle: A\ndescription: d\n---\nTexte.\n"])
        #expect(try build(project.url, output: site, strict: true).wasWritten, "orphans are off and archives/ ignored, even with --strict")
    }

    @Test func symbolicLinksLeavingTheContentFolderAreRefused() throws {
        let project = TemporaryDirectory()
        let outside = TemporaryDirectory()
        try outside.write(["secret.txt": "mot de passe", "dossier/page.md": "---\ntitle: Secrète\n---\n"])
        try project.write(["content/a.md": "---\ntitle: A\n---\n"])
        try FileManager.default.createSymbolicLink(
            at: project.url.appendingPathComponent("content/fuite.txt"), withDestinationURL: outside.url.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(
            at: project.url.appendingPathComponent("content/dossier"), withDestinationURL: outside.url.appendingPathComponent("dossier"))
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        let escapes = outcome.report.diagnostics.filter { $0.id == "path.escapes-content" }
        #expect(escapes.map { $0.location?.file } == ["content/dossier", "content/fuite.txt"])
        #expect(!outcome.wasWritten)
        #expect(outcome.files?.paths.contains { $0.contains("fuite") || $0.contains("dossier") } == false)
    }

    /// The static folder (`static_dir`) is read as the content folder is: a symbolic link leaving
    /// it is refused, its other files are published at the site's root, and it takes no other
    /// file's place (`static.clash`).
    @Test func theStaticFolderIsPublishedAtTheRootAndItsLinksLeavingItAreRefused() throws {
        let project = TemporaryDirectory()
        let outside = TemporaryDirectory()
        try outside.write(["secret.txt": "mot de passe"])
        try project.write([
            "repere.yml": "static_dir: static\n", "content/a.md": "---\ntitle: A\n---\n![Logo](/img/logo.png)\n",
            "static/img/logo.png": "png", "static/feed.xml": "<feed/>", "static/a/index.html": "x",
        ])
        try FileManager.default.createSymbolicLink(
            at: project.url.appendingPathComponent("static/fuite.txt"), withDestinationURL: outside.url.appendingPathComponent("secret.txt"))
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(outcome.report.diagnostics.filter { $0.id == "path.escapes-content" }.map { $0.location?.file } == ["static/fuite.txt"])
        #expect(outcome.report.diagnostics.filter { $0.id == "static.clash" }.map { $0.location?.file } == ["static/feed.xml"])
        #expect(outcome.report.diagnostics.filter { $0.id == "content.active-file" }.map { $0.location?.file } == ["static/a/index.html"])
        let paths = try #require(outcome.files?.paths)
        #expect(paths.contains("img/logo.png") && !paths.contains { $0.contains("fuite") })
        #expect(!outcome.report.diagnostics.contains { $0.id == "image.missing" })
    }

    /// With `content_dir: "."` (GitBook's layout) `.git/` is inside the content folder: a link to
    /// a hidden file there is refused like a link leaving the folder, and its target never published.
    @Test func symbolicLinksToHiddenFilesAreRefused() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "content_dir: \".\"\n", ".git/config": "token=secret",
            "a.md": "---\ntitle: A\n---\n![](.gitbook/assets/logo.png) [x](x.txt)\n",
        ])
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent(".gitbook/assets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.url.appendingPathComponent(".gitbook/assets/logo.png").path, withDestinationPath: "../../.git/config")
        try FileManager.default.createSymbolicLink(atPath: project.url.appendingPathComponent("x.txt").path, withDestinationPath: ".git/config")
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        let refused = outcome.report.diagnostics.filter { $0.id == "path.escapes-content" }
        #expect(refused.map { $0.location?.file } == ["./.gitbook/assets/logo.png", "./x.txt"])
        #expect(refused.allSatisfy { $0.message.contains("'.git/config', a hidden file") })
        #expect(outcome.files?.paths.contains { $0.contains("logo") || $0.contains("x.txt") || $0.contains("config") } == false)
    }

    /// Updating a site removes the files the new site lacks: the site is never written over the
    /// project, its content, templates or cache folders, a folder holding them, or a Git repository.
    @Test(arguments: ["", "content", "content/sous-dossier", "templates", ".repere-cache", "..", "depot"])
    func theSiteIsNeverWrittenOverTheProjectsOwnFolders(output: String) throws {
        let parent = TemporaryDirectory()
        let project = parent.url.appendingPathComponent("projet")
        try parent.write([
            "projet/content/a.md": "---\ntitle: A\n---\n", "projet/content/sous-dossier/b.png": "png",
            "projet/templates/i18n/fr.yml": "toc_title: Sommaire\n", "projet/.repere-cache/x": "cache", "projet/depot/.git/HEAD": "ref",
        ])
        let before = parent.snapshot()
        #expect(throws: OutputError.self) { try build(project, output: project.appendingPathComponent(output).standardizedFileURL) }
        #expect(parent.snapshot() == before)
    }

    /// Found in a sweep: `-o` naming a folder of other files (a home folder) deleted them. A folder
    /// that holds no site Repère built is refused; an empty one, or a site built before, is written.
    @Test func theSiteIsNeverWrittenOverAFolderOfOtherFiles() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "maison/notes.txt": "à garder", "maison/.ssh/id_rsa": "clé", "vide/.DS_Store": ""])
        let before = project.snapshot("maison")
        #expect(throws: OutputError.self) { try build(project.url, output: project.url.appendingPathComponent("maison")) }
        #expect(project.snapshot("maison") == before)
        #expect(try build(project.url, output: project.url.appendingPathComponent("vide")).wasWritten)
        try project.write(["content/b.md": "---\ntitle: B\n---\n"])
        #expect(try build(project.url, output: project.url.appendingPathComponent("vide")).wasWritten, "a site built before is updated")
    }

    /// Found in a sweep: a title's `\x13` (a real article's) made feed.xml unreadable, and a
    /// page's control characters reached its HTML; they are « � » (the vertical tab a space).
    @Test func controlCharactersReachNeitherTheFeedNorThePages() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://aide.exemple.fr/\ntitle: \"Aide \\x07\"\n",
            "content/a.md": "---\ntitle: \"Édition \\x13 Discord\"\ndescription: d\n---\nTexte\u{0B}suite\u{01} et `code\u{02}`.\n",
        ])
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(outcome.wasWritten)
        let feed = try Data(contentsOf: project.url.appendingPathComponent("site/feed.xml"))
        #expect(!feed.contains { ($0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0)) || $0 == 0x7F }, "XML allows none of them")
        #expect(String(decoding: feed, as: UTF8.self).contains("<title>Aide \u{FFFD} — Nouveautés</title>"))
        let page = try String(contentsOf: project.url.appendingPathComponent("site/a/index.html"), encoding: .utf8)
        #expect(!page.unicodeScalars.contains { ($0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0)) || $0.value == 0x7F })
        #expect(page.contains("Édition \u{FFFD} Discord") && page.contains("Texte suite\u{FFFD}"))
    }

    /// Found in a sweep: `edit_url`'s `{path}` went in as written (`Pourquoi ?.md` a query, `C#.md` cut at `#`).
    @Test func anEditLinksPathIsPercentEncoded() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "edit_url: \"https://forge.exemple.fr/aide/-/edit/main/{path}\"\n",
            "content/faq/Pourquoi ?.md": "---\ntitle: P\n---\n", "content/C#.md": "---\ntitle: C\n---\n", "content/été.md": "---\ntitle: E\n---\n",
        ])
        #expect(try build(project.url, output: project.url.appendingPathComponent("site")).wasWritten)
        func editLink(_ page: String) throws -> String? {
            let html = try String(contentsOf: project.url.appendingPathComponent("site/\(page)/index.html"), encoding: .utf8)
            return html.range(of: #"https://forge[^"]*"#, options: .regularExpression).map { String(html[$0]) }
        }
        #expect(try editLink("faq/pourquoi") == "https://forge.exemple.fr/aide/-/edit/main/content/faq/Pourquoi%20%3F.md")
        #expect(try editLink("c-sharp") == "https://forge.exemple.fr/aide/-/edit/main/content/C%23.md")
        #expect(try editLink("ete") == "https://forge.exemple.fr/aide/-/edit/main/content/%C3%A9t%C3%A9.md")
    }

    /// Found in a sweep: a plain Markdown page's `import { Component } from '@stencil/core';`
    /// lines (an article's code written without a fence) vanished, read as MDX. Only `.mdx`
    /// pages, and a Docusaurus site's `.md` ones, which Docusaurus reads as MDX, have ESM lines.
    @Test func importLinesAreCodeOnlyInMDX() throws {
        let project = TemporaryDirectory()
        let text = "---\ntitle: A\n---\nAjoutez le contenu suivant.\n\nimport { Component } from '@stencil/core';\n"
        try project.write(["content/a.md": text, "content/b.mdx": text.replacingOccurrences(of: "title: A", with: "title: B")])
        #expect(try build(project.url, output: project.url.appendingPathComponent("site")).wasWritten)
        let page = { (name: String) in try String(contentsOf: project.url.appendingPathComponent("site/\(name)/index.html"), encoding: .utf8) }
        #expect(try page("a").contains("import { Component } from &#39;@stencil/core&#39;;"))
        #expect(try !page("b").contains("@stencil/core"))
        try project.write(["repere.yml": "addresses: docusaurus\n"])
        #expect(try build(project.url, output: project.url.appendingPathComponent("site")).wasWritten)
        #expect(try !page("a").contains("@stencil/core"), "a Docusaurus site's .md page is MDX")
    }

    /// Found in a sweep: every site said its content was under the etalab-2.0 licence (a Swiss
    /// office's too). `legal.licence` names it; empty, nothing is said; `init` writes it empty.
    @Test func theFooterNamesTheLicenceTheProjectGives() throws {
        let project = TemporaryDirectory()
        let footer = { () throws -> String in
            let html = try String(contentsOf: project.url.appendingPathComponent("site/a/index.html"), encoding: .utf8)
            return html.range(of: #"<p class="licence">[^<]*</p>"#, options: .regularExpression).map { String(html[$0]) } ?? "none"
        }
        try project.write(["content/a.md": "---\ntitle: A\n---\n"])
        _ = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(try footer().hasSuffix("sous licence etalab-2.0.</p>"))
        try project.write(["repere.yml": "legal:\n  licence: CC BY 4.0\n"])
        _ = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(try footer().hasSuffix("sous licence CC BY 4.0.</p>"))
        try project.write(["repere.yml": "legal:\n  licence: \"\"\n"])
        _ = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(try footer() == "none")
        try project.write(["mkdocs.yml": "site_name: S\n"])
        #expect(try ForeignConfiguration.read(.mkdocs, in: project.url).repereYAML.contains("\nlegal:\n  licence: \"\""))
    }

    @Test func aMissingContentFolderIsAProjectError() {
        let project = TemporaryDirectory()
        #expect(throws: ProjectError.self) { try Project.configuration(in: project.url) }
    }

    /// A link to a file `exclude` leaves out says so, and how to fix it (not « does not exist »).
    @Test func aLinkToAnExcludedFileSaysItIsExcluded() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "exclude: [/CONTRIBUTING.md, \"brouillons/\", \"_static/\"]\n",
            "content/a.md": "---\ntitle: A\n---\n[Règles](CONTRIBUTING.md) [B](brouillons/b.md) [C](absent.md) [D](_static/demo.html)\n",
            "content/CONTRIBUTING.md": "# Contribuer\n", "content/brouillons/b.md": "# B\n", "content/_static/demo.html": "<p>démo</p>\n",
        ])
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        let broken = outcome.report.diagnostics.filter { $0.id == "link.broken" }
        // An HTML file is never published: taking it out of `exclude` would not help (found in a sweep).
        #expect(broken.map(\.message) == [
            "link target 'CONTRIBUTING.md' is excluded from the site ('exclude' in repere.yml)",
            "link target 'brouillons/b.md' is excluded from the site ('exclude' in repere.yml)",
            "link target 'absent.md' does not exist",
            "link target '_static/demo.html' is not published: an HTML or JavaScript file would run on the site's origin",
        ])
        #expect(broken.last?.notes == ["link to the file where it is published, or remove the link"])
        #expect(broken.first?.notes == ["take it out of 'exclude', or remove the link"])
    }

    /// `static_dir` must name a folder of the project other than the project and content folders.
    @Test func aStaticFolderThatIsNoneIsAConfigurationError() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "statique/logo.png": "png"])
        for (value, ok) in [("statique", true), ("absent", false), (".", false), ("./content/", false)] {
            try project.write(["repere.yml": "static_dir: \"\(value)\"\n"])
            let (_, problems) = try Project.configuration(in: project.url)
            #expect(problems.map(\.id) == (ok ? [] : ["config.invalid-value"]), "\(value)")
        }
        // In a list, each one that is none is reported, with the line it is on; one leaving the project is left out.
        try project.write(["repere.yml": "static_dir:\n  - statique\n  - absent\n  - ../dehors\n  - [x]\n"])
        let (configuration, problems) = try Project.configuration(in: project.url)
        #expect(configuration.staticFolders == ["statique", "absent"])
        #expect(problems.map(\.message) == [
            "'static_dir' must be a folder inside the project, not '../dehors'", "'static_dir' must be a string, found a list",
            "'static_dir' names 'absent', which is not a folder of the project",
        ])
        #expect(problems.prefix(2).map { $0.location?.line } == [4, 5])
        // Git's folder, and a folder inside another, are refused (found in a sweep and in review).
        try project.write([".git/config": "[remote]\nurl = https://oauth2:jeton@forge", "statique/img/a.png": "png"])
        try project.write(["repere.yml": "static_dir: [statique, statique/img, .git]\n"])
        let (refused, refusals) = try Project.configuration(in: project.url)
        #expect(refused.staticFolders == ["statique"])
        #expect(refusals.map(\.message) == [
            "'static_dir' names 'statique/img', inside 'statique', another of its folders", "'static_dir' may not publish Git's folder, '.git'",
        ])
    }

    /// Several static folders (Starlight's `public/` and `src/assets/`): each one's files at the
    /// site's root, reached by their addresses or by relative paths climbing out of the content
    /// folder; at one address the first folder's file wins, the other reported (`static.clash`).
    @Test func severalStaticFoldersArePublishedTheFirstWinning() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "content_dir: src/content/docs\nstatic_dir: [public, src/assets]\nchecks:\n  image.missing: warning\n",
            "src/content/docs/guide/a.md": "---\ntitle: A\n---\n![Logo](/logo.png) ![Capture](../../../assets/captures/b.png) ![Icône](/icone.svg)\n\n![Autre](../../../assets/logo.png)\n",
            "public/logo.png": "logo public", "public/icone.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "src/assets/captures/b.png": "b", "src/assets/logo.png": "logo assets",
        ])
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        #expect(outcome.report.diagnostics.filter { $0.id == "static.clash" }.map(\.message) == [
            "'src/assets/logo.png' is not published: 'public/logo.png' is at /logo.png",
        ])
        #expect(outcome.report.diagnostics.first { $0.id == "static.clash" }?.location?.file == "src/assets/logo.png")
        // A link to the file not published says why (found in review).
        #expect(outcome.report.diagnostics.filter { $0.id.rawValue.hasPrefix("image.") || $0.id.rawValue.hasPrefix("link.") }.map(\.message) == [
            "image '../../../assets/logo.png' is not published: 'public/logo.png' is at /logo.png",
        ])
        let site = project.url.appendingPathComponent("site")
        #expect(try String(contentsOf: site.appendingPathComponent("logo.png"), encoding: .utf8) == "logo public")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("captures/b.png").path))
        let page = try String(contentsOf: site.appendingPathComponent("guide/a/index.html"), encoding: .utf8)
        #expect(page.contains("src=\"/captures/b.png\"") && page.contains("src=\"/logo.png\""))
    }

    @Test func aMistypedPartialNameStopsTheBuild() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "templates/article.mustache": "<main>\n  <p>{{>partials/heder}}</p>\n"])
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        let problems = outcome.report.diagnostics.filter { $0.severity == .error }
        #expect(problems.map(\.message) == ["invalid template: 'partials/heder' is not a template"])
        #expect(problems.first?.location == SourceLocation(file: "templates/article.mustache", line: 2, column: 6))
        #expect(!outcome.wasWritten)
    }

    @Test func aPartialIncludingItselfWithoutEndStopsTheBuild() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "templates/partials/aside.mustache": "<aside>\n{{>partials/aside}}</aside>\n",
            "templates/article.mustache": "<main>{{>partials/aside}}</main>\n"])
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        let problems = outcome.report.diagnostics.filter { $0.severity == .error }
        #expect(problems.map(\.message) == ["invalid template: 'partials/aside' includes itself outside any section ('partials/aside' → 'partials/aside'): rendering would never end"])
        #expect(problems.first?.location == SourceLocation(file: "templates/partials/aside.mustache", line: 2, column: 1))
        #expect(!outcome.wasWritten)
    }

    @Test func templateSyntaxErrorsPointIntoTheProjectsTemplate() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "templates/article.mustache": "<p>\n{{#page}}\n"])
        let outcome = try build(project.url, output: project.url.appendingPathComponent("site"))
        let problems = outcome.report.diagnostics.filter { $0.severity == .error }
        #expect(problems.map(\.id) == ["template.invalid"])
        #expect(problems.first?.location?.file == "templates/article.mustache")
        #expect(!outcome.wasWritten)
    }

    @Test func aProjectTemplateOverridesTheBuiltInOneFileByFile() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\n---\n",
            "templates/partials/footer.mustache": "<footer><p>Pied de page maison</p></footer>",
        ])
        let site = project.url.appendingPathComponent("site")
        _ = try build(project.url, output: site)
        let html = try String(contentsOf: site.appendingPathComponent("a/index.html"), encoding: .utf8)
        #expect(html.contains("<footer><p>Pied de page maison</p></footer>"))
        #expect(html.contains("<h1>A</h1>"))  // the rest is still the built-in theme
    }
}

@Suite struct OutputTreeTests {
    @Test func pathsLeavingTheSiteOrClaimedTwiceAreRefused() {
        var tree = OutputTree()
        tree.add("a/index.html", .text("1"), origin: "a")
        tree.add("a/index.html", .text("2"), origin: "b")
        tree.add("../evil.html", .text("x"), origin: "c")
        tree.add("/etc/passwd", .text("x"), origin: "d")
        tree.add("a/./b", .text("x"), origin: "e")
        #expect(tree.paths == ["a/index.html"])
        #expect(tree.diagnostics.map(\.id) == ["output.collision", "path.escapes-site", "path.escapes-site", "path.escapes-site"])
    }

    /// A path cannot be a file and a folder of other files at once (an alias `/data.gouv.fr`
    /// without its final `/` beside a page at /data.gouv.fr/b/): refused before any writing.
    @Test func aPathIsNeverBothAFileAndAFolder() {
        var tree = OutputTree()
        tree.add("data.gouv.fr/b/index.html", .text("page"), origin: "b")
        tree.add("data.gouv.fr", .text("alias"), origin: "an alias")
        tree.add("x", .text("file"), origin: "x")
        tree.add("x/y/index.html", .text("page"), origin: "y")
        tree.add("data.gouv.fr/index.html", .text("alias"), origin: "a folder alias")
        #expect(tree.paths == ["data.gouv.fr/b/index.html", "data.gouv.fr/index.html", "x"])
        #expect(tree.diagnostics.map(\.id) == ["output.collision", "output.collision"])
        #expect(tree.diagnostics.first?.message.contains("'data.gouv.fr' from an alias is a file where the one from b needs a folder") == true)
    }

    @Test(arguments: [
        ("a/index.html", true), ("...", true), ("a/..b/.c", true), (".well-known/x", true), ("a.b/c..", true),
        ("", false), ("/a", false), ("a/", false), ("a//b", false), (".", false), ("..", false), ("a/..", false),
        ("../a", false), ("a/./b", false), ("a/../b", false),
    ])
    func onlyRelativePathsWithoutDotPartsStayInside(path: String, isInside: Bool) {
        #expect(OutputTree.isInsideSite(path) == isInside)
    }
}

/// The table of contents of a long page.
@Suite struct TableOfContentsTests {
    /// An empty heading (`###` alone, in a GitBook page) is no entry: before, an empty link.
    @Test func anEmptyHeadingIsNoEntry() throws {
        let project = TemporaryDirectory(), out = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://x.fr/\n",
            "content/a.md": "---\ntitle: A\ndescription: D\n---\n## Un\n\nx\n\n###\n\ny\n\n## Deux\n\nz\n\n## Trois\n\nt\n",
        ])
        let (config, _) = try Project.configuration(in: project.url)
        let options = BuildOptions(projectDirectory: project.url, configuration: config, outputDirectory: out.url.appendingPathComponent("site"))
        _ = try BuildPipeline(options: options).run(.disk(strict: false))
        let html = try String(contentsOf: out.url.appendingPathComponent("site/a/index.html"), encoding: .utf8)
        #expect(html.contains("href=\"#deux\"") && !html.contains("href=\"#section\""), "\(html)")
    }
}
