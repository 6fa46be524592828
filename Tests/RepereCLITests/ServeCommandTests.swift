import Foundation
import RepereTestSupport
import Testing

/// `repere serve` end to end: the built binary on a free loopback port, every wait bounded.
@Suite struct ServeCommandTests {
    private static func page(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\ndescription: Une page.\n---\n\(body)\n"
    }

    /// Whether `text`, from `start` on, has a whole `reload` event naming the page `path` (or every page).
    private static func reloads(_ text: String, _ path: String, after start: Int) -> Bool {
        text.dropFirst(start).components(separatedBy: "\n\n").dropLast().contains { event in
            // By UTF-8 lines: the chunked framing's "\r\n" is one Character.
            let lines = event.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
            return lines.contains("event: reload") && (lines.contains("data: \(path)") || lines.contains("data: *"))
        }
    }

    /// Once with inotify (the default on Linux), once polling (its fallback).
    @Test(arguments: [false, true])
    func servesRebuildsReloadsShowsErrorsRefusesTraversalAndStopsOnCtrlC(polling: Bool) throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://x.fr/\n",
            "content/a.md": Self.page("A", "Premier texte, voir [B](b.md)."),
            "content/b.md": Self.page("B", "Voir [A](a.md).\n\n--8<-- \"partage/note.md\""),
            "partage/note.md": "Note partagée.\n",
        ])
        let server = try RunningProcess(
            ["serve", "--port", "0", "--color", "never", "-C", project.url.path], in: project.url,
            environment: polling ? ["REPERE_SERVE_POLL": "1"] : [:])
        let started = server.wait(timeout: 60) { server.stdout.contains("Serving http://127.0.0.1:") }
        try #require(started, "no 'Serving' line: \(server.stdout) \(server.stderr)")
        let port = try #require(server.stdout.split(separator: ":").compactMap { UInt16($0.prefix { $0.isNumber }) }.first)

        // A page, with the live-reload script; the script itself.
        let first = try HTTPProbe.get("/a/", port: port)
        #expect(first.status == 200)
        #expect(first.head.lowercased().contains("content-type: text/html; charset=utf-8"))
        #expect(first.body.contains("Premier texte"))
        #expect(first.body.contains("<script src=\"/_repere/live-reload.js\" defer></script>\n</body>"))
        let script = try HTTPProbe.get("/_repere/live-reload.js", port: port)
        #expect(script.status == 200 && script.body.contains("EventSource"))

        let events = try HTTPProbe(port: port, rawPath: "/_repere/live-reload")
        #expect(events.read(timeout: 30) { $0.contains(": repere live reload") })

        // An edit of a page's text: a reload event naming the page, then the new text (shown
        // before the full rebuild, which follows). Within 4 s: before inotify's fallback full
        // scan (every 5 s) could have seen it.
        var mark = events.text.count
        try project.write(["content/a.md": Self.page("A", "Texte modifié, voir [B](b.md).")])
        #expect(events.read(timeout: 30) { Self.reloads($0, "/a/", after: mark) }, "\(events.text)")
        #expect(try HTTPProbe.get("/a/", port: port).body.contains("Texte modifié"))
        #expect(server.wait(timeout: 30) { server.stdout.contains("Showed the edit of /a/ in ") })

        // A page in a new folder (a folder inotify did not watch yet): the full rebuild.
        mark = events.text.count
        try project.write(["content/nouveau/c.md": Self.page("C", "Dans un nouveau dossier, voir [A](../a.md).")])
        #expect(events.read(timeout: 30) { Self.reloads($0, "/nouveau/c/", after: mark) }, "\(events.text)")
        #expect(try HTTPProbe.get("/nouveau/c/", port: port).body.contains("Dans un nouveau dossier"))

        // A bad edit: the event carries the error, the last good page is still served.
        try project.write(["content/a.md": "---\ntitle: [A\n---\nCassé.\n"])
        #expect(events.read(timeout: 30) { $0.contains("event: build-error") && $0.contains("[front-matter.invalid-yaml]") }, "\(events.text)")
        #expect(events.text.contains("data: content/a.md:3:1: error: invalid YAML"))
        #expect(try HTTPProbe.get("/a/", port: port).body.contains("Texte modifié"))
        #expect(server.wait(timeout: 30) { server.stderr.contains("content/a.md:3:1: error: invalid YAML") })

        // The fix: every page reloads (to drop the overlay), with the new page.
        mark = events.text.count
        try project.write(["content/a.md": Self.page("A", "Texte réparé, voir [B](b.md).")])
        #expect(events.read(timeout: 30) { Self.reloads($0, "*", after: mark) }, "\(events.text)")
        #expect(try HTTPProbe.get("/a/", port: port).body.contains("Texte réparé"))

        // A snippet from outside the content folder (`--8<--`): its edit rebuilds the page including it.
        #expect(try HTTPProbe.get("/b/", port: port).body.contains("Note partagée."))
        mark = events.text.count
        try project.write(["partage/note.md": "Note partagée, modifiée.\n"])
        #expect(events.read(timeout: 30) { Self.reloads($0, "/b/", after: mark) }, "\(events.text)")
        #expect(try HTTPProbe.get("/b/", port: port).body.contains("Note partagée, modifiée."))

        // Paths outside the site are refused; unknown ones get the 404 page.
        for raw in ["/../repere.yml", "/%2e%2e/repere.yml", "/a/..%2f..%2frepere.yml", "/a%2f..%2f..%2fcontent%2fa.md", "/a%00/", "//etc/passwd"] {
            #expect(try HTTPProbe.get(raw, port: port).status == 403, "\(raw)")
        }
        let missing = try HTTPProbe.get("/nulle-part/", port: port)
        #expect(missing.status == 404 && missing.body.contains("live-reload.js"))
        #expect(try HTTPProbe.get("/a", port: port).head.contains("Location: /a/"))

        // Ctrl-C: a clean exit within 2 s.
        let start = Date()
        #expect(server.interrupt(timeout: 10) == 0)
        #expect(Date().timeIntervalSince(start) < 5)
    }

    /// More connections at once than the process may open files: `accept` fails, and the
    /// server listens again (with a warning) instead of staying up deaf.
    @Test func runningOutOfFileDescriptorsRestartsTheListener() throws {
        let project = TemporaryDirectory()
        try project.write(["repere.yml": "base_url: https://x.fr/\n", "content/a.md": Self.page("A", "Texte.")])
        let server = try RunningProcess(["serve", "--port", "0", "--color", "never", "-C", project.url.path], in: project.url, openFiles: 64)
        try #require(server.wait(timeout: 60) { server.stdout.contains("Serving http://127.0.0.1:") }, "\(server.stderr)")
        let port = try #require(server.stdout.split(separator: ":").compactMap { UInt16($0.prefix { $0.isNumber }) }.first)
        #expect(try HTTPProbe.get("/a/", port: port).status == 200)

        // Connections are refused for a moment while the listener starts again.
        let sockets = (0..<100).compactMap { _ in try? HTTPProbe.connectLoopback(port: port) }
        let restarted = server.wait(timeout: 30) { server.stderr.contains("warning: the server stopped listening") }
        sockets.forEach { close($0) }
        #expect(restarted, "\(server.stderr)")
        var answered = false
        _ = server.wait(timeout: 30) {
            answered = (try? HTTPProbe.get("/a/", port: port, timeout: 2).status) == 200
            return answered
        }
        #expect(answered, "no answer after the restart: \(server.stderr)")
        #expect(server.process.isRunning)
        #expect(server.interrupt(timeout: 10) == 0)
    }

    @Test func anAddressThatCannotBeUsedIsAnError() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": Self.page("A", "Texte.")])
        let result = try RepereProcess.run(["serve", "--host", "pas-une-adresse", "--port", "0"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: "))
    }
}
