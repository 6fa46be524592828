import Foundation
import RepereContent
import RepereRender
@testable import RepereServer
import RepereTestSupport
import Testing

#if canImport(Glibc)
import Glibc

/// The bounded, functional version of `bench/serve_load.py`: real sockets on loopback against
/// ``PreviewServer``, with short limits so that each test takes a second or two.
@Suite(.serialized, .timeLimit(.minutes(1))) struct PreviewServerLoadTests {
    private static func limits(requestTimeout: Duration = .seconds(5)) -> ServerLimits {
        var limits = ServerLimits()
        limits.requestTimeout = requestTimeout
        limits.writeTimeout = .seconds(2)
        limits.heartbeat = .milliseconds(100)
        return limits
    }

    private static func site(_ version: Int) -> SiteSnapshot {
        var tree = OutputTree()
        tree.add("index.html", .text("<body>accueil</body>"), origin: "test")
        tree.add("a/index.html", .text("<body>version \(version)</body>"), origin: "test")
        return SiteSnapshot(tree: tree, contentDirectory: URL(fileURLWithPath: "/nonexistent"))
    }

    /// Runs `body` against a server on a free loopback port; stops it afterwards.
    private func withServer(
        limits: ServerLimits = limits(), _ body: (LiveReloadHub, UInt16) async throws -> Void
    ) async throws {
        let hub = LiveReloadHub(snapshot: Self.site(0))
        let server = PreviewServer(address: try ServeSession.address(host: "127.0.0.1", port: 0), hub: hub, limits: limits)
        let serving = Task { try await server.run() }
        let url = ServeSession.url(of: try await server.listening(), host: "127.0.0.1")
        let port = try #require(URL(string: url)?.port.map(UInt16.init))
        do {
            try await body(hub, port)
        } catch {
            serving.cancel()
            throw error
        }
        serving.cancel()
        await server.stop(timeout: 0)
    }

    @Test func everyLiveReloadClientGetsEveryReload() async throws {
        try await withServer { hub, port in
            let clients = try (0..<40).map { _ in try LoopbackClient(port: port, send: "GET /_repere/live-reload HTTP/1.1\r\nHost: localhost\r\n\r\n") }
            defer { clients.forEach { $0.close() } }
            try await LoopbackClient.read(clients, until: { $0.contains("repere live reload") })
            #expect(await hub.listenerCount == 40)
            // Published back to back: a burst larger than any one page would see.
            for version in 1...30 { await hub.publish(Self.site(version)) }
            let streams = try await LoopbackClient.read(clients, until: { $0.components(separatedBy: "event: reload").count > 30 })
            let expected = (1...30).map { "event: reload\ndata: \($0)\ndata: /a/\n" }
            for stream in streams {
                #expect(Self.events(in: stream) == expected)
            }
        }
    }

    @Test func idleAndTricklingConnectionsDoNotBlockARequestAndAreClosed() async throws {
        try await withServer(limits: Self.limits(requestTimeout: .seconds(2))) { _, port in
            let idle = try (0..<100).map { _ in try LoopbackClient(port: port) }
            let trickling = try (0..<20).map { _ in try LoopbackClient(port: port, send: "GET / HT") }
            defer { (idle + trickling).forEach { $0.close() } }
            let page = try LoopbackClient(port: port, send: "GET /a/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let response = try await LoopbackClient.read([page], untilClosed: true)[0]
            #expect(response.hasPrefix("HTTP/1.1 200") && response.contains("version 0"))
            // Answered before any of the others was cut off.
            let noneCutOff = (idle + trickling).allSatisfy { $0.isOpen }
            #expect(noneCutOff)
            // A byte every 300 ms keeps each read short, but the whole request is due within 2 s.
            for byte in ["T", "P", "/", "1"] {
                try await Task.sleep(for: .milliseconds(300))
                trickling.forEach { $0.send(byte) }
            }
            try await LoopbackClient.read(idle + trickling, untilClosed: true)
        }
    }

    @Test func connectionsOfClientsGoneAwayAreClosed() async throws {
        try await withServer { hub, port in
            // Idle connections are closed by their clients here, well before the request timeout.
            let events = try (0..<30).map { _ in try LoopbackClient(port: port, send: "GET /_repere/live-reload HTTP/1.1\r\nHost: localhost\r\n\r\n") }
            let idle = try (0..<20).map { _ in try LoopbackClient(port: port) }
            try await LoopbackClient.read(events, until: { $0.contains("repere live reload") })
            #expect(LoopbackClient.openServerSockets(port: port) == 50)
            (events + idle).forEach { $0.close() }
            // The heartbeat finds the streams' readers gone; the server closes every socket.
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline {
                if LoopbackClient.openServerSockets(port: port) == 0, await hub.listenerCount == 0 { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(LoopbackClient.openServerSockets(port: port) == 0)
            #expect(await hub.listenerCount == 0)
        }
    }

    @Test func liveReloadClientsBeyondTheCapAreToldToComeBackLater() async throws {
        var limits = Self.limits()
        limits.liveReloadClients = 3
        try await withServer(limits: limits) { hub, port in
            let clients = try (0..<3).map { _ in try LoopbackClient(port: port, send: "GET /_repere/live-reload HTTP/1.1\r\nHost: localhost\r\n\r\n") }
            defer { clients.forEach { $0.close() } }
            try await LoopbackClient.read(clients, until: { $0.contains("repere live reload") })
            let late = try LoopbackClient(port: port, send: "GET /_repere/live-reload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let answer = try await LoopbackClient.read([late], untilClosed: true)[0]
            #expect(answer.hasPrefix("HTTP/1.1 200") && answer.contains("retry: 10000"))
            #expect(await hub.listenerCount == 3)
        }
    }

    /// Found in a sweep: a `HEAD` answer carried the page, which the next response on the
    /// connection was read from; and any `Host` was answered (DNS rebinding reads drafts).
    @Test func headGetsTheHeadersAloneAndOnlyLoopbackNamesAreAnswered() async throws {
        try await withServer { _, port in
            let client = try LoopbackClient(port: port, send: "HEAD /a/ HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\nGET /a/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            let answer = try await LoopbackClient.read([client], untilClosed: true)[0]
            let responses = answer.components(separatedBy: "HTTP/1.1 200")
            #expect(responses.count == 3 && !responses[1].contains("version 0") && responses[2].contains("version 0"), "\(answer)")
            let events = try LoopbackClient(port: port, send: "HEAD /_repere/live-reload HTTP/1.1\r\nHost: [::1]\r\nConnection: close\r\n\r\n")
            #expect(try await LoopbackClient.read([events], untilClosed: true)[0].hasPrefix("HTTP/1.1 200"))
            let rebound = try LoopbackClient(port: port, send: "GET /a/ HTTP/1.1\r\nHost: attaquant.example\r\nConnection: close\r\n\r\n")
            let refused = try await LoopbackClient.read([rebound], untilClosed: true)[0]
            #expect(refused.hasPrefix("HTTP/1.1 403") && !refused.contains("version 0"))
        }
        #expect(PreviewHandler.isLoopbackName("localhost:8000") && PreviewHandler.isLoopbackName("127.0.0.1") && PreviewHandler.isLoopbackName("[::1]:8000"))
        #expect(!PreviewHandler.isLoopbackName("127.0.0.1.attaquant.example") && !PreviewHandler.isLoopbackName("localhost.attaquant.fr:80"))
    }

    /// The events of a stream with its chunked framing taken out.
    private static func events(in stream: String) -> [String] {
        let body = stream.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        let unchunked = body.replacingOccurrences(of: "\r\n[0-9a-f]+\r\n", with: "", options: .regularExpression)
        return unchunked.components(separatedBy: "\n\n").filter { $0.hasPrefix("event: reload") }.map { $0 + "\n" }
    }
}

/// A blocking TCP client on 127.0.0.1, read by `poll` off the concurrency threads.
final class LoopbackClient: @unchecked Sendable {
    let socket: Int32
    private var received: [UInt8] = []
    private var isClosedByServer = false

    init(port: UInt16, send text: String = "") throws {
        socket = try HTTPProbe.connectLoopback(port: port)
        if !text.isEmpty { send(text) }
    }

    func send(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    func close() { Glibc.close(socket) }

    /// Whether the server has neither answered nor closed this connection yet.
    var isOpen: Bool {
        var byte: UInt8 = 0
        let count = recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
    }

    /// Reads every client until `done` holds for what each received (or until the server closed
    /// each of them), at most 60 s (a guard against hanging, not a latency bound); what each received.
    @discardableResult
    static func read(_ clients: [LoopbackClient], until done: @escaping @Sendable (String) -> Bool = { _ in false }, untilClosed: Bool = false) async throws -> [String] {
        let finished = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: poll(clients, done: { untilClosed ? $0.isClosedByServer : done($0.text) }))
            }
        }
        try #require(finished, "clients still waiting after 60 s: \(clients.filter { untilClosed ? !$0.isClosedByServer : !done($0.text) }.count)")
        return clients.map(\.text)
    }

    private var text: String { String(decoding: received, as: UTF8.self) }

    private static func poll(_ clients: [LoopbackClient], done: (LoopbackClient) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while ContinuousClock.now < deadline {
            let waiting = clients.filter { !done($0) && !$0.isClosedByServer }
            if waiting.isEmpty { return clients.allSatisfy(done) }
            var fds = waiting.map { pollfd(fd: $0.socket, events: Int16(POLLIN), revents: 0) }
            guard Glibc.poll(&fds, nfds_t(fds.count), 100) >= 0 else { return false }
            for (client, fd) in zip(waiting, fds) where fd.revents != 0 {
                let count = recv(client.socket, &buffer, buffer.count, 0)
                if count > 0 { client.received += buffer[..<count] } else { client.isClosedByServer = true }
            }
        }
        return false
    }

    /// Server-side TCP sockets of `port` still open (established, or closed by the client and
    /// not yet by the server), from `/proc/net/tcp`.
    static func openServerSockets(port: UInt16) -> Int {
        // Read to the end: the kernel gives the table a page at a time.
        guard let data = try? FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/net/tcp")).readToEnd() else { return -1 }
        let table = String(decoding: data, as: UTF8.self)
        let local = String(format: ":%04X", port)
        return table.split(separator: "\n").dropFirst().filter { line in
            let fields = line.split(separator: " ")
            return fields.count > 3 && fields[1].hasSuffix(local) && (fields[3] == "01" || fields[3] == "08")
        }.count
    }
}
#endif
