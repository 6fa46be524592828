import Foundation
import GRDB
import RepereTestSupport
import Testing

/// `repere collect` end to end: the built binary on a free loopback port, over a site built by `repere build`.
@Suite struct CollectCommandTests {
    let project = TemporaryDirectory()
    static let origin = "https://aide.exemple.fr"
    static let headers = ["Origin": origin, "Content-Type": "application/json"]

    init() throws {
        try project.write([
            "repere.yml": "base_url: \(Self.origin)/\n",
            "content/inscription.md": "---\ntitle: Inscription\ndescription: S’inscrire.\n---\nTexte.\n",
        ])
        let built = try RepereProcess.run(["build", "--quiet"], in: project.url)
        try #require(built.status == 0, "\(built.stderr)")
    }

    var database: String { project.url.appendingPathComponent("retours.sqlite").path }

    /// Starts `repere collect` on a free port; returns it and the port.
    private func start(port: UInt16 = 0, clientTimeout: Double = 10) throws -> (RunningProcess, UInt16) {
        let server = try RunningProcess(
            ["collect", "--db", database, "--site", "site", "--listen", "127.0.0.1:\(port)", "--site-origin", Self.origin,
                "--rate", "100000", "--burst", "100000", "--client-timeout", String(clientTimeout)], in: project.url,
            environment: [:])
        let started = server.wait(timeout: 30) { server.stdout.contains("Collecting /avis, /recherche on http://127.0.0.1:") }
        try #require(started, "no 'Collecting' line: \(server.stdout) \(server.stderr)")
        let address = try #require(server.stdout.split(separator: "\n").first?.split(separator: " ").first { $0.hasPrefix("http://") })
        return (server, try #require(UInt16(address.split(separator: ":").last ?? "")))
    }

    private func feedback(_ index: Int) -> String {
        #"{"page": "/inscription/", "helpful": "\#(index.isMultiple(of: 2) ? "oui" : "non")", "comment": "n° \#(index)"}"#
    }

    private func storedFeedback() throws -> [String] {
        try DatabaseQueue(path: database).read { try String.fetchAll($0, sql: "SELECT comment FROM feedback ORDER BY id") }
    }

    @Test func storesEventsAndStopsOnSigterm() throws {
        let (server, port) = try start()
        #expect(try HTTPProbe.post("/avis", port: port, headers: Self.headers, body: feedback(1)).status == 204)
        let search = try HTTPProbe.post("/recherche", port: port, headers: Self.headers, body: #"{"query": "inscripton", "results": 0}"#)
        #expect(search.status == 204)
        #expect(try HTTPProbe.post("/avis", port: port, headers: Self.headers, body: #"{"page": "/nulle-part/", "helpful": "oui"}"#).status == 400)
        #expect(try HTTPProbe.get("/avis", port: port).status == 405)
        let stopping = ContinuousClock.now
        server.process.terminate()
        #expect(server.wait(timeout: 10) { !server.process.isRunning })
        #expect(ContinuousClock.now - stopping < .seconds(3), "nothing was under way: SIGTERM stops at once")
        #expect(server.process.terminationStatus == 0)
        #expect(try storedFeedback() == ["n° 1"])
    }

    @Test func disconnectsAClientThatStopsSendingAndKeepsAnsweringOthers() throws {
        let (server, port) = try start(clientTimeout: 0.5)
        defer { server.process.terminate() }
        let slow = try HTTPProbe(port: port, request: Array("POST /avis HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n{\"page\"".utf8))
        let start = ContinuousClock.now
        slow.read(timeout: 10) { _ in false }
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(slow.text.isEmpty)
        // Idle for longer than the timeout, the server still listens and answers.
        Thread.sleep(forTimeInterval: 1)
        #expect(try HTTPProbe.post("/avis", port: port, headers: Self.headers, body: feedback(1)).status == 204)
    }

    /// Events posted from four threads; the server is killed with SIGKILL while they are still
    /// coming. Every event answered 204 before the kill is in the database once it restarts.
    @Test func losesNoAcknowledgedEventWhenKilledMidLoad() throws {
        let (server, port) = try start()
        let acknowledged = Acknowledged()
        let senders = (0..<4).map { thread in
            Thread {
                for index in stride(from: thread, to: 100_000, by: 4) {
                    guard let response = try? HTTPProbe.post("/avis", port: port, headers: Self.headers, body: feedback(index), timeout: 5),
                        response.status == 204
                    else { return }
                    acknowledged.add("n° \(index)")
                }
            }
        }
        senders.forEach { $0.start() }
        #expect(server.wait(timeout: 60) { acknowledged.count >= 300 })
        kill(server.process.processIdentifier, SIGKILL)
        #expect(server.wait(timeout: 10) { !server.process.isRunning })
        #expect(server.wait(timeout: 10) { senders.allSatisfy(\.isFinished) })
        let sent = acknowledged.all

        let (again, _) = try start()
        defer { again.process.terminate() }
        let stored = Set(try storedFeedback())
        #expect(sent.count >= 300)
        #expect(sent.subtracting(stored).isEmpty, "acknowledged but lost: \(sent.subtracting(stored).sorted().prefix(5))")
        // At most the requests under way when it was killed were stored without an answer.
        #expect(stored.count - sent.count <= 4)
    }

    /// `repere report` over what `repere collect` stored: the HTML folder and its summary line,
    /// JSON and Markdown on standard output, and `--strict` failing once something needs attention.
    @Test func reportReadsWhatTheCollectorStored() throws {
        let (server, port) = try start()
        for index in 0..<3 {
            #expect(try HTTPProbe.post("/avis", port: port, headers: Self.headers, body: feedback(index * 2 + 1)).status == 204)
            let search = #"{"query": "inscriptions", "results": 0}"#
            #expect(try HTTPProbe.post("/recherche", port: port, headers: Self.headers, body: search).status == 204)
        }
        server.process.terminate()
        #expect(server.wait(timeout: 10) { !server.process.isRunning })

        let environment = ["SOURCE_DATE_EPOCH": "1796515200"]
        let html = try RepereProcess.run(["report", "--db", database, "--output", "rapport"], in: project.url, environment: environment)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout == "Rapport du 2026-12-06 : 1 page, 3 avis (0 % utiles), 3 recherches sans réponse, 1 point à traiter\n")
        let page = try String(contentsOf: project.url.appendingPathComponent("rapport/index.html"), encoding: .utf8)
        #expect(page.contains("<td>inscriptions</td>"))
        #expect(page.contains("n° 5"))
        let json = try RepereProcess.run(["report", "--db", database, "--format", "json"], in: project.url, environment: environment)
        #expect(json.stdout.contains(#""unansweredSearches" : 3"#))
        let markdown = try RepereProcess.run(["report", "--db", database, "--format", "markdown"], in: project.url, environment: environment)
        #expect(markdown.stdout.hasPrefix("## Rapport d’impact du 2026-12-06\n"))
        let strict = try RepereProcess.run(["report", "--db", database, "--strict", "-q"], in: project.url, environment: environment)
        #expect(strict.status == 1)
        let missing = try RepereProcess.run(["report", "--db", "absente.sqlite"], in: project.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("absente.sqlite: no such database"))
    }

    @Test func refusesABadOriginOrListenAddressBeforeStarting() throws {
        let result = try RepereProcess.run(["collect", "--db", database, "--site-origin", "https://aide.exemple.fr/aide/"], in: project.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--site-origin: expected an origin such as https://aide.exemple.gouv.fr (no path)"))
        let listen = try RepereProcess.run(["collect", "--db", database, "--site-origin", Self.origin, "--listen", "8090"], in: project.url)
        #expect(listen.status == 2)
        let noSite = try RepereProcess.run(["collect", "--db", database, "--site-origin", Self.origin, "--site", "ailleurs"], in: project.url)
        #expect(noSite.status == 1)
        #expect(noSite.stderr.contains("graph.json: introuvable"))
    }
}

/// The events answered 204, from several threads.
private final class Acknowledged: @unchecked Sendable {
    private let lock = NSLock()
    private var comments: Set<String> = []
    var count: Int { lock.withLock { comments.count } }
    var all: Set<String> { lock.withLock { comments } }
    func add(_ comment: String) { lock.withLock { _ = comments.insert(comment) } }
}
