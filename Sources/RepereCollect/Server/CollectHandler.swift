import Foundation
import FlyingFox

/// Answers every request of `repere collect`: a `POST` of one event on `/avis`, `/recherche` or
/// (with views on) `/vue`, checked in this order:
///
/// | check | refused with |
/// |---|---|
/// | the path is one of the kinds | 404 |
/// | the method is `POST` | 405 (`Allow: POST`) |
/// | `Origin` is the site's origin | 403 |
/// | the source is within its rate | 429 (`Retry-After`) |
/// | the body is at most ``CollectOptions/bodyLimit`` bytes | 413 |
/// | it is JSON or form-encoded | 415 |
/// | every field is valid (``EventValidator``) | 400, saying which field |
/// | the database committed it | 503, logged |
///
/// An accepted event (or a filled-in honeypot, which is not stored) gets `204 No Content`, only
/// once its transaction is committed. Once the server is stopping, a request that arrives on an
/// open connection gets 503.
struct CollectHandler: HTTPHandler {
    let store: EventStore
    let validator: EventValidator
    let options: CollectOptions
    let limiter: SharedRateLimiter
    let inFlight: InFlightRequests
    let log: @Sendable (String) -> Void
    let now: @Sendable () -> Date

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard inFlight.enter() else {
            var response = Self.answer(.serviceUnavailable, "Arrêt en cours : réessayez dans un instant.")
            response.headers[.connection] = "close"
            return response
        }
        defer { inFlight.leave() }
        return try await answer(request)
    }

    private func answer(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let kind = EventKind(path: request.path), kind != .view || options.views else {
            return Self.answer(.notFound, "Adresse inconnue.")
        }
        guard request.method == .POST else {
            var response = Self.answer(.methodNotAllowed, "Seule la méthode POST est acceptée.")
            response.headers[.allow] = "POST"
            return response
        }
        guard request.headers[.origin] == options.siteOrigin else {
            return Self.answer(.forbidden, "Origine refusée.")
        }
        guard limiter.allow(source(of: request)) else {
            var response = Self.answer(.tooManyRequests, "Trop de requêtes : réessayez dans un instant.")
            response.headers[.retryAfter] = "1"
            return response
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.bodyLimit {
            return Self.answer(.payloadTooLarge, "Corps trop long (au plus \(options.bodyLimit) octets).")
        }
        guard let body = try await Self.read(request.bodySequence, limit: options.bodyLimit) else {
            return Self.answer(.payloadTooLarge, "Corps trop long (au plus \(options.bodyLimit) octets).")
        }
        guard let format = EventFields.Format(contentType: request.headers[.contentType]) else {
            return Self.answer(.unsupportedMediaType, "Types acceptés : application/json, application/x-www-form-urlencoded.")
        }
        let event: CollectEvent
        do {
            switch try validator.validate(kind, EventFields.parse(body, as: format)) {
            case .event(let valid): event = valid
            case .spam: return HTTPResponse(statusCode: .noContent)
            }
        } catch {
            return Self.answer(.badRequest, error.description + ".")
        }
        do {
            try await store.record(event, at: now())
        } catch {
            log("repere collect: \(kind.path) non enregistré : \(error)")
            return Self.answer(.serviceUnavailable, "Enregistrement impossible pour le moment.")
        }
        return HTTPResponse(statusCode: .noContent)
    }

    /// The client's address, only to count its requests: the peer's, or behind a reverse proxy on
    /// loopback, the `X-Real-IP` it sets.
    private func source(of request: HTTPRequest) -> String {
        switch request.remoteAddress {
        case .ip4(let ip, _) where ip.hasPrefix("127."), .ip6(let ip, _) where ip == "::1":
            request.headers[.xRealIP] ?? ip
        default:
            Self.text(of: request.remoteAddress)
        }
    }

    private static func text(of address: HTTPRequest.Address?) -> String {
        switch address {
        case .ip4(let ip, _), .ip6(let ip, _): ip
        case .unix(let path): path
        case nil: ""
        }
    }

    /// The whole body, or nil past `limit` bytes (a chunked body is read only up to there).
    static func read(_ body: HTTPBodySequence, limit: Int) async throws -> [UInt8]? {
        var bytes: [UInt8] = []
        for try await chunk in body {
            bytes.append(contentsOf: chunk)
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    static func answer(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status,
            headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: Data((message + "\n").utf8))
    }
}

extension HTTPHeader {
    static let origin = HTTPHeader("Origin")
    static let allow = HTTPHeader("Allow")
    static let retryAfter = HTTPHeader("Retry-After")
    static let xRealIP = HTTPHeader("X-Real-IP")
}
