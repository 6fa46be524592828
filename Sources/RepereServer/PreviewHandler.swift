import Foundation
import FlyingFox
import RepereContent

/// Answers every request of `repere serve` from the hub's current ``SiteSnapshot``.
///
/// Routes: the live-reload script and event stream, then the site. HTML responses get the
/// live-reload script; nothing is cached by the browser, since the site changes under it. A
/// `HEAD` request gets the headers alone. Bound to the loopback address, only requests naming
/// it (`Host: localhost:8000`) are answered: a page of another site whose name was made to lead
/// there (DNS rebinding) reads no draft.
struct PreviewHandler: HTTPHandler {
    let hub: LiveReloadHub
    let deadlines: RequestDeadlines
    let limits: ServerLimits
    /// Whether the server listens on the loopback address only.
    var isLoopback = true

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        deadlines.requestArrived(from: request.remoteAddress)
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Seules les requêtes GET et HEAD sont acceptées.\n")
        }
        if isLoopback, let host = request.headers[.host], !Self.isLoopbackName(host) {
            return text(.forbidden, "Hôte refusé : l'aperçu ne répond qu'à localhost.\n")
        }
        guard request.method == .HEAD else { return await response(to: request) }
        // The headers alone: a body would be read as the next response on the connection.
        guard request.target.path() != LiveReloadScript.eventsPath else {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"])
        }
        let full = await response(to: request)
        return HTTPResponse(statusCode: full.statusCode, headers: full.headers)
    }

    /// Whether a `Host` header names the loopback address: `localhost`, `127.0.0.1`, `[::1]`, with or without a port.
    static func isLoopbackName(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
            name = String(name[name.index(after: name.startIndex)..<close])
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name.hasPrefix("127.")
            && name.split(separator: ".").count == 4 && name.split(separator: ".").allSatisfy { UInt8($0) != nil }
    }

    private func response(to request: HTTPRequest) async -> HTTPResponse {
        let raw = request.target.path()
        switch raw {
        case LiveReloadScript.eventsPath:
            guard let events = await hub.subscribe(limit: limits.liveReloadClients) else {
                // Too many pages listen already: the stream ends at once, and the page's
                // EventSource tries again after `retry` milliseconds.
                return HTTPResponse(
                    statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                    body: Data(": trop de pages ouvertes\nretry: 10000\n\n".utf8))
            }
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: EventStreamBody(events: events)))
        case LiveReloadScript.path:
            return HTTPResponse(statusCode: .ok, headers: headers(for: "live-reload.js"), body: Data(LiveReloadScript.source.utf8))
        default:
            break
        }
        guard let key = RequestPath.key(for: raw) else {
            return text(.forbidden, "Chemin refusé : il sort du site.\n")
        }
        let snapshot = await hub.snapshot
        switch snapshot.lookup(key) {
        case .file(let path, let bytes):
            return HTTPResponse(statusCode: .ok, headers: headers(for: path), body: Data(page(path, bytes)))
        case .folder(let folder):
            let location: HTTPHeaders = [.location: "/" + (folder.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? folder)]
            return HTTPResponse(statusCode: .movedPermanently, headers: location)
        case .notFound:
            let notFound = snapshot.bytes(at: "404.html") ?? Array(Self.fallbackNotFound.utf8)
            return HTTPResponse(statusCode: .notFound, headers: headers(for: "404.html"), body: Data(page("404.html", notFound)))
        }
    }

    private func page(_ path: String, _ bytes: [UInt8]) -> [UInt8] {
        path.hasSuffix(".html") ? LiveReloadScript.inject(into: bytes) : bytes
    }

    private func headers(for path: String) -> HTTPHeaders {
        [.contentType: MediaType.of(path), .cacheControl: "no-store"]
    }

    private func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(message.utf8))
    }

    /// Served when the site has no `404.html` yet (the first build failed).
    static let fallbackNotFound = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Page introuvable</title></head>
        <body><h1>Page introuvable</h1><p>Aucun site n'a encore été construit.</p></body></html>

        """
}
