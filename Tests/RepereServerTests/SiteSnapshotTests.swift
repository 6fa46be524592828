import Foundation
@testable import RepereServer
import RepereContent
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

    @Test func changedFilesCountAddedRemovedAndModified() {
        let old = snapshot(["a": .text("1"), "b": .text("2"), "c": .text("3")])
        let new = snapshot(["a": .text("1"), "b": .text("changé"), "d": .text("4")])
        #expect(new.changedFileCount(since: old) == 3)
        #expect(new.changedFileCount(since: nil) == 3)
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
        #expect(String(decoding: LiveReloadEvent.reload(3).serverSentEvent, as: UTF8.self) == "event: reload\ndata: 3\n\n")
        #expect(String(decoding: LiveReloadEvent.buildError("a\nb\n").serverSentEvent, as: UTF8.self) == "event: build-error\ndata: a\ndata: b\n\n")
    }

    @Test func aFailureKeepsTheLastGoodSiteAndReachesLateListeners() async {
        var tree = OutputTree()
        tree.add("index.html", .text("bon"), origin: "test")
        let hub = LiveReloadHub(snapshot: SiteSnapshot(tree: tree, contentDirectory: URL(fileURLWithPath: "/")))
        await hub.publishFailure("erreur\n")
        #expect(await hub.snapshot.lookup("") == .file(path: "index.html", bytes: Array("bon".utf8)))
        var events = await hub.subscribe().makeAsyncIterator()
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
        try folder.write(["content/a.md": "a modifié", "content/c/d.md": "d", "content/.x.swp": "x", "repere.yml": "title: T"])
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/b.md"))
        let root = folder.url.path
        #expect(FileWatcher.changes(from: before, to: watcher.scan()) == ["content/a.md", "content/b.md", "content/c/d.md", "repere.yml"].map { root + "/" + $0 })
    }

    @Test func changesAreClassifiedByFolder() {
        let kinds = ChangeKind.classify(["/p/content/a.md", "/p/templates/page.mustache", "/p/contentious"], content: "/p/content", templates: "/p/templates", configuration: "/p/repere.yml")
        #expect(kinds == [.content, .template])
        #expect(ChangeKind.classify(["/p/repere.yml"], content: "/p/content", templates: "/p/templates", configuration: "/p/repere.yml") == [.configuration])
    }
}
