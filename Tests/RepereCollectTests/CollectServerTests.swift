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

    @Test func disconnectsAClientThatStopsSendingItsRequest() async throws {
        let server = try server(clientTimeout: 0.5)
        let port = try port(try await server.start())
        let slow = try HTTPProbe(port: port, request: Array("POST /avis HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n{\"page\"".utf8))
        let start = ContinuousClock.now
        slow.read(timeout: 5) { _ in false }
        #expect(ContinuousClock.now - start < .seconds(3))
        #expect(slow.text.isEmpty)
        // The server still answers others.
        let response = try HTTPProbe.post(
            "/avis", port: port, headers: ["Origin": "https://aide.exemple.fr", "Content-Type": "application/json"],
            body: #"{"page": "/a/", "helpful": "oui"}"#)
        #expect(response.status == 204)
        await server.stop()
    }

    @Test func keepsListeningWhenNoClientComesForLongerThanTheTimeout() async throws {
        let server = try server(clientTimeout: 0.2)
        let port = try port(try await server.start())
        try await Task.sleep(for: .milliseconds(600))
        #expect(try HTTPProbe.get("/avis", port: port).status == 405)
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
