import Foundation
import RepereContent
@testable import RepereSite
import RepereSupport
import RepereTestSupport
import Testing

/// Rebuilds of a site already written: the build cache, and in-place updates of `site/`.
@Suite struct IncrementalRebuildTests {
    private func build(_ project: URL, cache: Bool = true) throws -> BuildPipeline.Outcome {
        let (config, problems) = try Project.configuration(in: project)
        var options = BuildOptions(projectDirectory: project, configuration: config)
        if !cache { options.cacheDirectory = nil }
        return try BuildPipeline(options: options).run(extraDiagnostics: problems)
    }

    private func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    private func project() throws -> TemporaryDirectory {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\n---\nBonjour, voir [B](b.md).\n",
            "content/b.md": "---\ntitle: B\ndescription: La page B.\n---\nVoir [A](a.md).\n",
            "content/img.svg": "<svg/>",
            "repere.yml": "base_url: https://x.fr/\n",
        ])
        return project
    }

    /// An edit that changes a page and adds another (a new folder in the site).
    private func addPageC(to project: TemporaryDirectory) throws {
        try project.write([
            "content/a.md": "---\ntitle: A\n---\nBonsoir, voir [B](b.md) et [C](c.md).\n",
            "content/c.md": "---\ntitle: C\ndescription: La page C.\n---\nVoir [A](a.md).\n",
        ])
    }

    @Test func anUnchangedRebuildRedoesNothingAndRepeatsTheDiagnostics() throws {
        let project = try project()
        let first = try build(project.url)
        #expect(!first.isUnchanged && first.wasWritten)
        #expect(first.report.warningCount > 0)  // a.md has no description
        let second = try build(project.url)
        #expect(second.isUnchanged && second.wasWritten)
        #expect(second.files == nil)
        #expect(second.report == first.report)
        #expect(second.pageCount == first.pageCount && second.fileCount == first.fileCount)
        #expect(!(try build(project.url, cache: false)).isUnchanged)
    }

    /// A snippet outside the content folder (`--8<--`) is an input too: changed, added or
    /// removed, the site is built again.
    @Test func anIncludedFileOutsideTheContentFolderIsAnInput() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        try project.write([
            "content/b.md": "---\ntitle: B\ndescription: La page B.\n---\nVoir [A](a.md).\n\n--8<-- \"inc/note.md\"\n\n--8<-- \"inc/absente.md\"\n",
            "inc/note.md": "Première note.\n",
            "repere.yml": "base_url: https://x.fr/\nchecks: {snippet.missing: warning}\n",
        ])
        _ = try build(project.url)
        #expect(try build(project.url).isUnchanged)
        try project.write(["inc/note.md": "Seconde note, plus longue.\n"])
        #expect(!(try build(project.url)).isUnchanged)
        #expect(try text(site.appendingPathComponent("b/index.html")).contains("Seconde note"))
        #expect(try build(project.url).isUnchanged)
        try project.write(["inc/absente.md": "Trouvée.\n"])
        #expect(!(try build(project.url)).isUnchanged)
        #expect(try text(site.appendingPathComponent("b/index.html")).contains("Trouvée."))
    }

    /// GitBook's reusable content (`.gitbook/includes/`, which the content folder's listing skips)
    /// is an input too.
    @Test func aGitBookIncludeIsAnInput() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        try project.write([
            "content/b.md": "---\ntitle: B\ndescription: La page B.\n---\nVoir [A](a.md).\n\n{% include \".gitbook/includes/bloc.md\" %}\n",
            "content/.gitbook/includes/bloc.md": "---\ntitle: Bloc\n---\nPremier bloc.\n",
        ])
        _ = try build(project.url)
        #expect(try text(site.appendingPathComponent("b/index.html")).contains("Premier bloc."))
        #expect(try build(project.url).isUnchanged)
        try project.write(["content/.gitbook/includes/bloc.md": "Second bloc, plus long.\n"])
        #expect(!(try build(project.url)).isUnchanged)
        #expect(try text(site.appendingPathComponent("b/index.html")).contains("Second bloc"))
    }

    @Test func anEditRewritesOnlyTheFilesItChanges() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        _ = try build(project.url)
        let folder = try inode(site)
        let image = try inode(site.appendingPathComponent("img.svg"))
        try project.write(["content/a.md": "---\ntitle: A\n---\nBonsoir, voir [B](b.md).\n"])
        let outcome = try build(project.url)
        #expect(!outcome.isUnchanged)
        #expect(outcome.writtenFileCount > 0 && outcome.writtenFileCount < outcome.fileCount)
        #expect(try text(site.appendingPathComponent("a/index.html")).contains("Bonsoir"))
        #expect(try inode(site) == folder)
        #expect(try inode(site.appendingPathComponent("img.svg")) == image)

        try FileManager.default.removeItem(at: project.url.appendingPathComponent("content/img.svg"))
        _ = try build(project.url)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("img.svg").path))
    }

    @Test func aSiteEditedByHandIsRepaired() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        _ = try build(project.url)
        try project.write(["site/a/index.html": "abîmé", "site/en-trop.html": "x"])
        try FileManager.default.removeItem(at: site.appendingPathComponent("b/index.html"))
        let outcome = try build(project.url)
        #expect(!outcome.isUnchanged)
        #expect(outcome.writtenFileCount == 3)
        #expect(try text(site.appendingPathComponent("a/index.html")).contains("Bonjour"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("b/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("en-trop.html").path))
        #expect(try build(project.url).isUnchanged)
    }

    @Test func aCorruptOrOutdatedCacheIsNeverTrusted() throws {
        let project = try project()
        _ = try build(project.url)
        let file = project.url.appendingPathComponent(".repere-cache/build.json")
        let record = try String(contentsOf: file, encoding: .utf8)
        let otherVersion = record.replacingOccurrences(of: "\"version\":\(BuildCache.formatVersion)", with: "\"version\":999")
        #expect(otherVersion != record)
        for junk in ["{", otherVersion, ""] {
            try Data(junk.utf8).write(to: file)
            #expect(!(try build(project.url)).isUnchanged)
        }
        #expect(try build(project.url).isUnchanged)
        try project.write(["templates/404.mustache": "{{<page}}{{/page}}"])
        #expect(!(try build(project.url)).isUnchanged)
        try project.write(["repere.yml": "base_url: https://y.fr/\n"])
        #expect(!(try build(project.url)).isUnchanged)
    }

    @Test func aFileWhereTheSiteNeedsAFolderIsReplaced() throws {
        let project = try project()
        _ = try build(project.url)
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("site/b"))
        try project.write(["site/b": "un fichier à la place du dossier"])
        _ = try build(project.url)
        #expect(try text(project.url.appendingPathComponent("site/b/index.html")).contains("Voir"))
    }

    @Test func aFailedUpdateLeavesTheSiteAsItWas() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        _ = try build(project.url)
        let before = project.snapshot("site")
        try addPageC(to: project)
        // A folder where the new a/index.html is staged makes its write fail.
        let blocker = AtomicFile.temporaryPath(for: site.appendingPathComponent("a/index.html").path)
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
        #expect(throws: OutputError.self) { try build(project.url) }
        try FileManager.default.removeItem(atPath: blocker)
        #expect(project.snapshot("site") == before)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("c").path))
    }

    @Test func aSiteIsNeverWrittenOverTheProjectOrARepository() throws {
        let project = try project()
        let (config, _) = try Project.configuration(in: project.url)
        for output in [project.url, project.url.appendingPathComponent("content/site"), project.url.deletingLastPathComponent()] {
            let options = BuildOptions(projectDirectory: project.url, configuration: config, outputDirectory: output)
            #expect(throws: OutputError.self) { try BuildPipeline(options: options).run() }
        }
        try project.write(["ailleurs/.git/HEAD": "ref: refs/heads/main\n", "ailleurs/notes.txt": "à garder"])
        let options = BuildOptions(projectDirectory: project.url, configuration: config, outputDirectory: project.url.appendingPathComponent("ailleurs"))
        #expect(throws: OutputError.self) { try BuildPipeline(options: options).run() }
        #expect(try text(project.url.appendingPathComponent("ailleurs/notes.txt")) == "à garder")
        #expect(try text(project.url.appendingPathComponent("content/a.md")).contains("Bonjour"))
    }

    @Test func aLinkInTheSiteIsReplacedNeverWrittenThrough() throws {
        let project = try project()
        let outside = TemporaryDirectory()
        try outside.write(["cible.html": "ne pas toucher"])
        _ = try build(project.url)
        let page = project.url.appendingPathComponent("site/a/index.html")
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createSymbolicLink(at: page, withDestinationURL: outside.url.appendingPathComponent("cible.html"))
        _ = try build(project.url)
        #expect(try text(outside.url.appendingPathComponent("cible.html")) == "ne pas toucher")
        let type = try FileManager.default.attributesOfItem(atPath: page.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)  // attributesOfItem does not follow links
        #expect(try text(page).contains("Bonjour"))
    }

    /// A site replaced whole (the new site has a folder where the old one has a file): when the
    /// new site cannot be renamed into place, the old one is put back, and nothing is left over.
    @Test func aFailedSwapPutsTheOldSiteBack() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        _ = try build(project.url)
        try FileManager.default.removeItem(at: site.appendingPathComponent("b"))
        try project.write(["site/b": "un fichier à la place du dossier"])
        let before = project.snapshot("site")
        let (config, problems) = try Project.configuration(in: project.url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config))
            .run(.memory(session: nil), extraDiagnostics: problems)
        let files = try #require(outcome.files)
        let source = FileSystemSource(root: project.url.appendingPathComponent("content"))
        #expect(SiteUpdate(files.paths, in: site) == nil)  // so the writer replaces the site whole
        var writer = OutputWriter(destination: site)
        writer.beforeSwap = { staging in try? FileManager.default.removeItem(at: staging) }  // the swap's rename fails
        #expect(throws: OutputError.self) { try writer.write(files, source: source) }
        #expect(project.snapshot("site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path)
            .filter { $0.contains(".repere-new") || $0.contains(".repere-old") }
        #expect(leftovers.isEmpty)
        // Without the failure, the same write replaces it.
        try OutputWriter(destination: site).write(files, source: source)
        #expect(try text(site.appendingPathComponent("b/index.html")).contains("Voir"))
    }

    @Test func aFailedRenamePutsEveryReplacedFileBack() throws {
        let project = try project()
        let site = project.url.appendingPathComponent("site")
        _ = try build(project.url)
        let before = project.snapshot("site")
        try addPageC(to: project)
        let (config, problems) = try Project.configuration(in: project.url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config))
            .run(.memory(session: nil), extraDiagnostics: problems)
        let files = try #require(outcome.files)
        let update = try #require(SiteUpdate(files.paths, in: site))
        // The third rename fails: its new file is gone.
        var renames = 0
        #expect(throws: OutputError.self) {
            try update.apply(files, in: site, source: FileSystemSource(root: project.url.appendingPathComponent("content"))) { path in
                renames += 1
                if renames == 3 { unlink(AtomicFile.temporaryPath(for: site.path + "/" + path)) }
            }
        }
        #expect(renames == 3)
        #expect(project.snapshot("site") == before)
    }
}
