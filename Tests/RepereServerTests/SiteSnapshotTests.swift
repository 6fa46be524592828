import Foundation
import RepereContent
import RepereRender
@testable import RepereServer
import RepereSite
import RepereTestSupport
import Testing

@Suite struct SiteSnapshotTests {
    private func snapshot(_ files: [String: OutputTree.Content], content: URL = URL(fileURLWithPath: "/nonexistent")) -> SiteSnapshot {
        var tree = OutputTree()
        for (path, file) in files { tree.add(path, file, origin: "test") }
        return SiteSnapshot(tree: tree, contentDirectory: content)
    }

    @Test func foldersServeTheirIndexAndAreRedirectedWithoutASlash() {
        let site = snapshot(["index.html": .text("accueil"), "a/index.html": .text("A"), "x.css": .bytes([1, 2])])
        #expect(site.lookup("") == .file(path: "index.html", bytes: Array("accueil".utf8)))
        #expect(site.lookup("a/") == .file(path: "a/index.html", bytes: Array("A".utf8)))
        #expect(site.lookup("a") == .folder("a/"))
        #expect(site.lookup("x.css") == .file(path: "x.css", bytes: [1, 2]))
        #expect(site.lookup("b/") == .notFound)
    }

    @Test func copiedFilesAreReadFromTheContentFolder() throws {
        let folder = TemporaryDirectory()
        try folder.write("img/a.png", bytes: [9, 8, 7])
        let site = snapshot(["img/a.png": .copy(ContentPath("img/a.png"))], content: folder.url)
        #expect(site.lookup("img/a.png") == .file(path: "img/a.png", bytes: [9, 8, 7]))
    }

    /// Found by fuzzing the request path: a name starting with a combining mark (`%e1%ae%a2`)
    /// joins the `/` before it into one character, so a character comparison took the file for
    /// one outside the content folder. Paths are compared as bytes.
    @Test func aFileNamedWithACombiningMarkFirstIsServed() throws {
        let folder = TemporaryDirectory()
        let name = "\u{1BA2}\u{1E}a.png"
        try folder.write("img/" + name, bytes: [1])
        let key = try #require(RequestPath.key(for: "/img/%e1%ae%a2%1ea.png"))
        #expect(key == "img/" + name)
        let site = snapshot([key: .copy(ContentPath(key))], content: folder.url)
        #expect(site.lookup(key) == .file(path: key, bytes: [1]))
    }

    @Test func aCopiedFileThatBecameALinkOutOfTheContentFolderIsNotServed() throws {
        let folder = TemporaryDirectory()
        try folder.write(["content/img/a.png": "image", "secret.txt": "secret"])
        let content = folder.url.appendingPathComponent("content")
        let site = snapshot(["img/a.png": .copy(ContentPath("img/a.png"))], content: content)
        try FileManager.default.removeItem(at: content.appendingPathComponent("img/a.png"))
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("img/a.png"), withDestinationURL: folder.url.appendingPathComponent("secret.txt"))
        #expect(site.lookup("img/a.png") == .notFound)
    }

    @Test func aCopiedFileThatBecameALinkToAHiddenFileIsNotServed() throws {
        let folder = TemporaryDirectory()
        try folder.write(["img/a.png": "image", ".git/config": "token=secret"])
        let site = snapshot(["img/a.png": .copy(ContentPath("img/a.png"))], content: folder.url)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("img/a.png"))
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("img/a.png").path, withDestinationPath: "../.git/config")
        #expect(site.lookup("img/a.png") == .notFound)
    }

    /// The static folder's files (listed under `.static/`) are read from it, and only from it.
    @Test func theStaticFoldersFilesAreServedFromIt() throws {
        let folder = TemporaryDirectory()
        try folder.write(["content/a.png": "contenu", "static/img/logo.png": "logo", "content/.static/img/logo.png": "caché"])
        var tree = OutputTree()
        tree.add("img/logo.png", .copy(ContentPath(".static/static/img/logo.png")), origin: "test")
        tree.add("a.png", .copy(ContentPath("a.png")), origin: "test")
        let site = SiteSnapshot(
            tree: tree, contentDirectory: folder.url.appendingPathComponent("content"),
            staticDirectories: [("static", folder.url.appendingPathComponent("static"))])
        #expect(site.lookup("img/logo.png") == .file(path: "img/logo.png", bytes: Array("logo".utf8)))
        #expect(site.lookup("a.png") == .file(path: "a.png", bytes: Array("contenu".utf8)))
    }

    @Test func changedFilesCountAddedRemovedAndModified() {
        let old = snapshot(["a": .text("1"), "b": .text("2"), "c": .text("3")])
        let new = snapshot(["a": .text("1"), "b": .text("changé"), "d": .text("4")])
        #expect(new.changedFiles(since: old).sorted() == ["b", "c", "d"])
    }

    @Test func previewsAreShownOverTheTreeAndCountAsChanges() {
        let built = snapshot(["index.html": .text("1"), "a/index.html": .text("2")])
        var shown = built
        // `preview` changes the snapshot: called outside #expect.
        let changes = [
            shown.preview("a/index.html", html: "aperçu"),
            shown.preview("a/index.html", html: "aperçu"),  // the same HTML again changes nothing
            shown.preview("b/index.html", html: "x"),  // a page the site lacks is not added
            shown.preview("index.html", html: "1"),  // the built HTML is no change
        ]
        #expect(changes == [true, false, false, false])
        #expect(shown.lookup("a/") == .file(path: "a/index.html", bytes: Array("aperçu".utf8)))
        #expect(shown.lookup("b/") == .notFound)
        #expect(shown.tree.files == built.tree.files, "the tree itself is not touched")
        #expect(shown.changedFiles(since: built) == ["a/index.html"])
        #expect(built.changedFiles(since: shown) == ["a/index.html"])
        #expect(shown.changedFiles(since: shown).isEmpty)
    }

    @Test func changedPagesAreTheURLsOfChangedHTMLFilesOrEveryPageForWhatPagesLoad() {
        let old = snapshot(["index.html": .text("1"), "a/index.html": .text("2"), "404.html": .text("3"), "search/t/1.json": .text("4")])
        let new = snapshot(["index.html": .text("1"), "a/index.html": .text("changé"), "b/index.html": .text("5"), "search/t/1.json": .text("6")])
        #expect(SiteSnapshot.pages(of: new.changedFiles(since: old)) == ["/404.html", "/a/", "/b/"])
        let styled = snapshot(["index.html": .text("1"), "_repere/repere.css": .text("a { }")])
        #expect(SiteSnapshot.pages(of: styled.changedFiles(since: snapshot(["index.html": .text("1")]))) == ["*"])
        #expect(SiteSnapshot.pages(of: new.changedFiles(since: old), limit: 2) == ["*"])
        #expect(SiteSnapshot.pages(of: new.changedFiles(since: new)).isEmpty)
    }

    @Test func mediaTypes() {
        #expect(MediaType.of("a/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("_repere/repere.css") == "text/css; charset=utf-8")
        #expect(MediaType.of("img/A.PNG") == "image/png")
        #expect(MediaType.of("LICENSE") == "application/octet-stream")
    }
}

@Suite struct LiveReloadTests {
    @Test func theScriptGoesBeforeTheLastBodyEndTagOrAtTheEnd() {
        let tag = "<script src=\"/_repere/live-reload.js\" defer></script>\n"
        #expect(String(decoding: LiveReloadScript.inject(into: Array("<p></body></body>".utf8)), as: UTF8.self) == "<p></body>\(tag)</body>")
        #expect(String(decoding: LiveReloadScript.inject(into: Array("<p>".utf8)), as: UTF8.self) == "<p>\(tag)")
    }

    @Test func eventsAreFramedOneDataLinePerLine() {
        #expect(String(decoding: LiveReloadEvent.reload(3, pages: []).serverSentEvent, as: UTF8.self) == "event: reload\ndata: 3\n\n")
        #expect(String(decoding: LiveReloadEvent.reload(4, pages: ["/", "/a/"]).serverSentEvent, as: UTF8.self) == "event: reload\ndata: 4\ndata: /\ndata: /a/\n\n")
        #expect(String(decoding: LiveReloadEvent.buildError("a\nb\n").serverSentEvent, as: UTF8.self) == "event: build-error\ndata: a\ndata: b\n\n")
    }

    /// A diagnostic quoting hostile content (a file name or a line with a carriage return) cannot
    /// end the event early nor add an `event:` field: browsers also break lines at `\r`.
    @Test func carriageReturnsInAnErrorStayInsideItsDataLines() {
        let hostile = LiveReloadEvent.buildError("a.md:1:1: x\r\nevent: reload\r\rdata: 9\revent: reload\r\n\r\n")
        let text = String(decoding: hostile.serverSentEvent, as: UTF8.self)
        #expect(text == "event: build-error\ndata: a.md:1:1: x\ndata: event: reload\ndata: \ndata: data: 9\ndata: event: reload\ndata: \n\n")
    }

    @Test func onlyChangedPagesAreToldToReloadAndEveryPageAfterAFailure() async throws {
        var tree = OutputTree()
        tree.add("index.html", .text("accueil"), origin: "test")
        tree.add("a/index.html", .text("A"), origin: "test")
        let hub = LiveReloadHub(snapshot: SiteSnapshot(tree: tree, contentDirectory: URL(fileURLWithPath: "/")))
        var events = try #require(await hub.subscribe()).makeAsyncIterator()
        _ = await events.next()

        // A preview patches files the site has, and only those.
        await hub.patch(["a/index.html": "A modifiée", "inconnue/index.html": "X"])
        #expect(await events.next() == LiveReloadEvent.reload(1, pages: ["/a/"]).serverSentEvent)
        #expect(await hub.snapshot.lookup("a/") == .file(path: "a/index.html", bytes: Array("A modifiée".utf8)))
        #expect(await hub.snapshot.lookup("inconnue/") == .notFound)

        // The rebuild that follows: its same page reloads nothing; its new home page does.
        var rebuilt = OutputTree()
        rebuilt.add("index.html", .text("accueil revu"), origin: "test")
        rebuilt.add("a/index.html", .text("A modifiée"), origin: "test")
        await hub.publish(SiteSnapshot(tree: rebuilt, contentDirectory: URL(fileURLWithPath: "/")))
        #expect(await events.next() == LiveReloadEvent.reload(2, pages: ["/"]).serverSentEvent)

        // After a failure every page reloads, to drop its error overlay.
        await hub.publishFailure("erreur\n")
        _ = await events.next()
        await hub.publish(SiteSnapshot(tree: rebuilt, contentDirectory: URL(fileURLWithPath: "/")))
        #expect(await events.next() == LiveReloadEvent.reload(3, pages: ["*"]).serverSentEvent)
    }

    @Test func aPreviewStaysOverABuildThatPredatesItAndAFailureTakesPreviewsAway() async {
        func site(_ a: String, _ b: String) -> SiteSnapshot {
            var tree = OutputTree()
            tree.add("a/index.html", .text(a), origin: "test")
            tree.add("b/index.html", .text(b), origin: "test")
            return SiteSnapshot(tree: tree, contentDirectory: URL(fileURLWithPath: "/"))
        }
        func page(_ hub: LiveReloadHub, _ path: String) async -> String? {
            if case .file(_, let bytes) = await hub.snapshot.lookup(path) { String(decoding: bytes, as: UTF8.self) } else { nil }
        }
        let hub = LiveReloadHub(snapshot: site("A1", "B1"))
        await hub.patch(["a/index.html": "A2"], edit: 2)
        // A build of edits up to 1 (started before edit 2): its B is shown, A stays the preview.
        await hub.publish(site("A1", "B2"), covering: 1)
        #expect(await page(hub, "a/") == "A2")
        #expect(await page(hub, "b/") == "B2")
        // A build covering edit 2 replaces the preview.
        await hub.publish(site("A2 complet", "B2"), covering: 2)
        #expect(await page(hub, "a/") == "A2 complet")

        // A failed build: the last good build is served again, without previews, and none is
        // taken until a build succeeds.
        await hub.patch(["a/index.html": "A3"], edit: 3)
        await hub.publishFailure("erreur\n")
        #expect(await page(hub, "a/") == "A2 complet")
        await hub.patch(["a/index.html": "A4"], edit: 4)
        #expect(await page(hub, "a/") == "A2 complet")
    }

    @Test func aFailureKeepsTheLastGoodSiteAndReachesLateListeners() async throws {
        var tree = OutputTree()
        tree.add("index.html", .text("bon"), origin: "test")
        let hub = LiveReloadHub(snapshot: SiteSnapshot(tree: tree, contentDirectory: URL(fileURLWithPath: "/")))
        await hub.publishFailure("erreur\n")
        #expect(await hub.snapshot.lookup("") == .file(path: "index.html", bytes: Array("bon".utf8)))
        var events = try #require(await hub.subscribe()).makeAsyncIterator()
        _ = await events.next()
        #expect(await events.next() == LiveReloadEvent.buildError("erreur\n").serverSentEvent)
    }
}

@Suite struct WatchingTests {
    @Test func theWatcherSeesAddedModifiedAndRemovedFilesButNotHiddenOnes() throws {
        let folder = TemporaryDirectory()
        try folder.write(["content/a.md": "a", "content/b.md": "b"])
        let watcher = FileWatcher(roots: [folder.url.appendingPathComponent("content").path, folder.url.appendingPathComponent("repere.yml").path])
        let before = watcher.scan()
        #expect(before.count == 2)
        try folder.write([
            "content/a.md": "a modifié", "content/c/d.md": "d", "content/.x.swp": "x", "repere.yml": "title: T",
            "content/.gitbook/assets/i.png": "i", "content/.gitbook/includes/j.md": "j",
        ])
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/b.md"))
        let root = folder.url.path
        #expect(FileWatcher.changes(from: before, to: watcher.scan()) == [
            "content/.gitbook/assets/i.png", "content/a.md", "content/b.md", "content/c/d.md", "repere.yml",
        ].map { root + "/" + $0 })
    }

    @Test func aRescanOfTouchedPathsFindsWhatAFullScanFinds() throws {
        let folder = TemporaryDirectory()
        try folder.write(["content/a.md": "a", "content/b.md": "b", "content/c/d.md": "d", "README.md": "r"])
        let content = folder.url.appendingPathComponent("content").path
        let watcher = FileWatcher(roots: [content])
        var (stamps, folders) = watcher.scanWithFolders()
        try folder.write([
            "content/a.md": "a modifié", "content/e/f.md": "f", "content/.a.md.swp": "x", "README.md": "r2",
            "content/.gitbook/assets/i.png": "i", "content/.gitbook/x.png": "x",
        ])
        // A folder that becomes a file, and a file that becomes a folder.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/c"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/b.md"))
        try folder.write(["content/c": "plus un dossier", "content/b.md/g.md": "g"])
        // What inotify would name: the files and folders touched, hidden and unwatched ones included.
        let touched = Set(["a.md", "b.md", "c", "e", ".a.md.swp", ".gitbook"].map { content + "/" + $0 } + [folder.url.path + "/README.md"])
        let changed = watcher.rescan(touched, stamps: &stamps, folders: &folders)
        #expect(changed == [".gitbook/assets/i.png", "a.md", "b.md", "b.md/g.md", "c", "c/d.md", "e/f.md"].map { content + "/" + $0 })
        let full = watcher.scanWithFolders()
        #expect(stamps == full.stamps)
        #expect(Set(folders) == Set(full.folders))
    }

    @Test func aContentFolderThatIsALinkIsWatchedInside() throws {
        let folder = TemporaryDirectory()
        try folder.write(["elsewhere/a.md": "a", "elsewhere/sub/b.md": "b"])
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(at: content, withDestinationURL: folder.url.appendingPathComponent("elsewhere"))
        let watcher = FileWatcher(roots: [content.path])
        let before = watcher.scan()
        #expect(before.keys.sorted() == [content.path + "/a.md", content.path + "/sub/b.md"])
        try folder.write(["elsewhere/a.md": "a modifié"])
        #expect(FileWatcher.changes(from: before, to: watcher.scan()) == [content.path + "/a.md"])
    }

    #if canImport(Glibc)
    @Test func inotifyNamesTheTouchedFiles() throws {
        let folder = TemporaryDirectory()
        try folder.write(["content/a.md": "a"])
        let signal = try #require(ChangeSignal())
        #expect(signal.watch([folder.url.appendingPathComponent("content").path]) == [folder.url.appendingPathComponent("content").path])
        #expect(signal.wait(milliseconds: 0) == nil)
        try folder.write(["content/a.md": "a modifié", "content/b.md": "b"])
        let touched = try #require(signal.wait(milliseconds: 1000))
        #expect(touched.paths == Set(["a.md", "b.md"].map { folder.url.appendingPathComponent("content/" + $0).path }))
        #expect(touched.isComplete && !touched.isWriting)
    }
    #endif

    @Test func changesAreClassifiedByFolder() {
        let kinds = ChangeKind.classify(["/p/content/a.md", "/p/templates/page.mustache", "/p/contentious"], content: "/p/content", templates: "/p/templates", configuration: "/p/repere.yml")
        #expect(kinds == [.content, .template])
        #expect(ChangeKind.classify(["/p/repere.yml"], content: "/p/content", templates: "/p/templates", configuration: "/p/repere.yml") == [.configuration])
        // A file of a static folder is content.
        #expect(ChangeKind.classify(["/p/src/assets/img/a.png"], content: "/p/docs", templates: "/p/templates", configuration: "/p/repere.yml",
            statics: ["/p/public", "/p/src/assets"]) == [.content])
        #expect(ChangeKind.classify(["/p/static/img/a.png"], content: "/p/docs", templates: "/p/templates", configuration: "/p/repere.yml").isEmpty)
        // A snippet pages include from outside the content folder is content.
        #expect(ChangeKind.classify(["/p/partage/note.md"], content: "/p/docs", templates: "/p/templates", configuration: "/p/repere.yml",
            included: ["/p/partage/note.md"]) == [.content])
    }

    /// Roots added while serving (the snippets a build found) are stamped, not reported; their
    /// later edits are; a root let go is forgotten.
    @Test func rootsAddedLaterAreStampedThenWatched() throws {
        let folder = TemporaryDirectory()
        try folder.write(["content/a.md": "a", "partage/note.md": "n", "partage/autre.md": "x"])
        let content = folder.url.appendingPathComponent("content").path, note = folder.url.appendingPathComponent("partage/note.md").path
        var watcher = FileWatcher(roots: [content])
        var (stamps, folders) = watcher.scanWithFolders()
        // Written after the build that found it began: reported, as that build may have read it before.
        let later = Int64(Date().timeIntervalSince1970 * 1_000_000_000) + 60_000_000_000
        #expect(watcher.replaceRoots(with: [content, note], stamps: &stamps, folders: &folders, changedSince: later).isEmpty)
        watcher.replaceRoots(with: [content], stamps: &stamps, folders: &folders)
        #expect(watcher.replaceRoots(with: [content, note], stamps: &stamps, folders: &folders, changedSince: 0) == [note])
        #expect(stamps.keys.sorted() == [content + "/a.md", note])
        #expect(folders.contains(folder.url.appendingPathComponent("partage").path))
        try folder.write(["partage/note.md": "n modifiée", "partage/autre.md": "x modifié"])
        #expect(watcher.rescan([note, folder.url.appendingPathComponent("partage/autre.md").path], stamps: &stamps, folders: &folders) == [note])
        watcher.replaceRoots(with: [content], stamps: &stamps, folders: &folders)
        #expect(stamps.keys.sorted() == [content + "/a.md"] && watcher.roots == [content])
    }
}
