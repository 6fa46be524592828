import Foundation
import RepereTestSupport
import Testing
@testable import RepereCollect

/// The server on a real loopback socket.
@Suite struct CollectServerTests {
    let folder = TemporaryDirectory()

    private func server(clientTimeout: Double) throws -> CollectServer {
        try folder.write(["site/graph.json": #"{"version": 1, "pages": [{"url": "/a/"}], "links": []}"#])
        var options = CollectOptions(
            database: folder.url.appendingPathComponent("retours.sqlite"), site: folder.url.appendingPathComponent("site"), port: 0,
            siteOrigin: "https://aide.exemple.fr")
        options.clientTimeout = clientTimeout
        return try CollectServer(options: options, log: { _ in })
    }

    private func port(_ address: String) throws -> UInt16 {
        try #require(UInt16(address.split(separator: ":").last ?? ""))
    }

    /// Runs the blocking socket calls of `HTTPProbe` on a Dispatch thread: on the few threads of
    /// Swift concurrency they would starve the server under test.
    private func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    @Test func disconnectsAClientThatStopsSendingItsRequest() async throws {
        let server = try server(clientTimeout: 0.5)
        let port = try port(try await server.start())
        let start = ContinuousClock.now
        let slow = try await blocking {
            let slow = try HTTPProbe(port: port, request: Array("POST /avis HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n{\"page\"".utf8))
            slow.read(timeout: 5) { _ in false }
            return slow
        }
        #expect(ContinuousClock.now - start < .seconds(3))
        #expect(slow.text.isEmpty)
        // The server still answers others.
        let response = try await blocking {
            try HTTPProbe.post(
                "/avis", port: port, headers: ["Origin": "https://aide.exemple.fr", "Content-Type": "application/json"],
                body: #"{"page": "/a/", "helpful": "oui"}"#)
        }
        #expect(response.status == 204)
        await server.stop()
    }

    @Test func keepsListeningWhenNoClientComesForLongerThanTheTimeout() async throws {
        let server = try server(clientTimeout: 0.2)
        let port = try port(try await server.start())
        try await Task.sleep(for: .milliseconds(600))
        #expect(try await blocking { try HTTPProbe.get("/avis", port: port) }.status == 405)
        await server.stop()
    }

    @Test func stopsAtOnceWhenNothingIsUnderWay() async throws {
        let server = try server(clientTimeout: 5)
        _ = try await server.start()
        let start = ContinuousClock.now
        await server.stop(grace: 5)
        #expect(ContinuousClock.now - start < .seconds(1))
    }
}
