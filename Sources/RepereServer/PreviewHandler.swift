import Foundation
import FlyingFox
import RepereContent

/// Answers every request of `repere serve` from the hub's current ``SiteSnapshot``.
///
/// Routes: the live-reload script and event stream, then the site. HTML responses get the
/// live-reload script; nothing is cached by the browser, since the site changes under it.
struct PreviewHandler: HTTPHandler {
    let hub: LiveReloadHub
    let deadlines: RequestDeadlines
    let limits: ServerLimits

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        deadlines.requestArrived(from: request.remoteAddress)
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Seules les requêtes GET et HEAD sont acceptées.\n")
        }
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
