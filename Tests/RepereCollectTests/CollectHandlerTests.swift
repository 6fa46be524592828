import FlyingFox
import Foundation
import GRDB
import RepereTestSupport
import Testing
@testable import RepereCollect

/// The handler's answers, request by request, in process (no socket).
@Suite struct CollectHandlerTests {
    let folder = TemporaryDirectory()
    let store: EventStore
    let logged = Lines()

    init() throws {
        store = try EventStore(path: folder.url.appendingPathComponent("retours.sqlite").path)
    }

    private func handler(views: Bool = false, limiter: RateLimiter = RateLimiter(), bodyLimit: Int = 4096) -> CollectHandler {
        var options = CollectOptions(database: folder.url, site: folder.url, siteOrigin: "https://aide.exemple.fr")
        options.views = views
        options.bodyLimit = bodyLimit
        let logged = logged
        return CollectHandler(
            store: store, validator: EventValidator(pages: ["/", "/a/"], siteOrigin: options.siteOrigin), options: options,
            limiter: SharedRateLimiter(limiter), inFlight: InFlightRequests(), log: { logged.append($0) }, now: { Date(timeIntervalSince1970: 3600) })
    }

    private func request(
        _ path: String, method: HTTPMethod = .POST, body: String = "", type: String? = "application/json",
        origin: String? = "https://aide.exemple.fr", from address: HTTPRequest.Address = .ip4("203.0.113.7", port: 5000),
        extra: [HTTPHeader: String] = [:]
    ) -> HTTPRequest {
        var headers = HTTPHeaders(extra)
        headers[.contentType] = type
        headers[.origin] = origin
        headers[.contentLength] = String(body.utf8.count)
        return HTTPRequest(
            method: method, version: .http11, path: path, query: [], headers: headers, body: HTTPBodySequence(data: Data(body.utf8)),
            remoteAddress: address)
    }

    private func status(_ handler: CollectHandler, _ request: HTTPRequest) async throws -> Int {
        try await handler.handleRequest(request).statusCode.code
    }

    private let feedback = #"{"page": "/a/", "helpful": "oui"}"#

    @Test func storesAValidEventAndAnswers204() async throws {
        let handler = handler()
        #expect(try await status(handler, request("/avis", body: feedback)) == 204)
        #expect(try await status(handler, request("/recherche", body: "query=mig&results=0", type: "application/x-www-form-urlencoded")) == 204)
        #expect(try await status(handler, request("/recherche", body: #"{"query": "mig", "results": 2}"#, type: "text/plain;charset=UTF-8")) == 204)
        #expect(try store.counts() == [.feedback: 1, .search: 2, .view: 0])
    }

    @Test func answers404OffTheThreePathsAndForViewsUnlessTurnedOn() async throws {
        for path in ["/", "/avis/", "/AVIS", "/avis/x", "/autre", "/_retours/avis"] {
            #expect(try await status(handler(), request(path, body: feedback)) == 404, "\(path)")
        }
        let view = #"{"page": "/a/"}"#
        #expect(try await status(handler(), request("/vue", body: view)) == 404)
        #expect(try await status(handler(views: true), request("/vue", body: view)) == 204)
        #expect(try store.counts()[.view] == 1)
    }

    @Test(arguments: [HTTPMethod.GET, .HEAD, .PUT, .DELETE, .OPTIONS, .PATCH])
    func answers405ToAnythingButPost(_ method: HTTPMethod) async throws {
        let response = try await handler().handleRequest(request("/avis", method: method, body: feedback))
        #expect(response.statusCode.code == 405)
        #expect(response.headers[.allow] == "POST")
        #expect(try store.counts()[.feedback] == 0)
    }

    @Test(arguments: [nil, "https://ailleurs.fr", "http://aide.exemple.fr", "https://aide.exemple.fr.ailleurs.fr", "null"])
    func answers403ToAnotherOrigin(_ origin: String?) async throws {
        #expect(try await status(handler(), request("/avis", body: feedback, origin: origin)) == 403)
        #expect(try store.counts()[.feedback] == 0)
    }

    @Test func answers413ToABodyOverTheLimitWhateverItsFraming() async throws {
        let long = #"{"page": "/a/", "helpful": "oui", "comment": "\#(String(repeating: "a", count: 4100))"}"#
        #expect(try await status(handler(), request("/avis", body: long)) == 413)
        // Without Content-Length (chunked): the body is read only up to the limit.
        var chunked = request("/avis", body: long)
        chunked.headers[HTTPHeader.contentLength] = nil
        #expect(try await status(handler(), chunked) == 413)
        #expect(try await status(handler(bodyLimit: 40), request("/avis", body: feedback)) == 204)
        #expect(try await status(handler(bodyLimit: 30), request("/avis", body: feedback)) == 413)
    }

    @Test(arguments: [nil, "multipart/form-data; boundary=x", "application/xml"])
    func answers415ToAnotherMediaType(_ type: String?) async throws {
        #expect(try await status(handler(), request("/avis", body: feedback, type: type)) == 415)
    }

    @Test func answers400NamingTheFieldAtFault() async throws {
        let cases: [(String, String)] = [
            ("{\"page\": ", "corps illisible : un objet JSON est attendu."),
            (#"{"page": "/b/", "helpful": "oui"}"#, "« page » : cette page n’existe pas sur le site."),
            (#"{"page": "/a/", "helpful": true}"#, "« helpful » : type invalide (un booléen)."),
            (#"{"page": "/a/", "helpful": "oui", "ua": "x"}"#, "« ua » : champ inconnu."),
        ]
        for (body, message) in cases {
            let response = try await handler().handleRequest(request("/avis", body: body))
            #expect(response.statusCode.code == 400)
            #expect(String(decoding: try await response.bodyData, as: UTF8.self) == message + "\n")
        }
        #expect(try store.counts()[.feedback] == 0)
    }

    @Test func answersSpamAsAcceptedButStoresNothing() async throws {
        let spam = "page=%2Fa%2F&helpful=oui&site_web=http%3A%2F%2Fspam.example"
        #expect(try await status(handler(), request("/avis", body: spam, type: "application/x-www-form-urlencoded")) == 204)
        #expect(try store.counts()[.feedback] == 0)
    }

    @Test func answers429PastTheRateOfOneSourceButNotOfAnother() async throws {
        let handler = handler(limiter: RateLimiter(burst: 2, perSecond: 0.001))
        let statuses = try await [0, 1, 2].asyncMap { _ in try await status(handler, request("/avis", body: feedback)) }
        #expect(statuses == [204, 204, 429])
        #expect(try await status(handler, request("/avis", body: feedback, from: .ip4("198.51.100.1", port: 1))) == 204)
        // Behind the proxy on loopback, the source is the address the proxy names.
        let proxied = { (ip: String) in request("/avis", body: feedback, from: .ip4("127.0.0.1", port: 1), extra: [.xRealIP: ip]) }
        #expect(try await status(handler, proxied("192.0.2.1")) == 204)
        #expect(try await status(handler, proxied("192.0.2.2")) == 204)
        #expect(try await status(handler, proxied("192.0.2.1")) == 204)
        #expect(try await status(handler, proxied("192.0.2.1")) == 429)
    }

    @Test func answers503AndLogsWhenTheDatabaseFails() async throws {
        try await DatabaseQueue(path: folder.url.appendingPathComponent("retours.sqlite").path).write { try $0.execute(sql: "DROP TABLE feedback") }
        #expect(try await status(handler(), request("/avis", body: feedback)) == 503)
        #expect(logged.lines.count == 1)
        #expect(logged.lines.first?.hasPrefix("repere collect: /avis non enregistré : ") == true)
    }
}

/// Lines logged by the handler.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func append(_ line: String) { lock.withLock { stored.append(line) } }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
