import Foundation
import FlyingFox
import FlyingSocks

/// `repere collect`: receives the site's events over HTTP and stores them (``CollectHandler``).
///
/// Meant to listen on loopback behind the site's reverse proxy, which forwards `/_retours/` to
/// it, so that the site's scripts post to their own origin.
public actor CollectServer {
    public nonisolated let options: CollectOptions
    private let server: HTTPServer
    private var serving: Task<Void, any Error>?
    private let inFlight = InFlightRequests()
    /// The pages events may name, from `graph.json` when the server started.
    public nonisolated let pageCount: Int

    /// Opens the database (migrating it) and reads the site's pages.
    /// - Parameter log: where problems are reported (a write that failed).
    /// - Throws: when the database cannot be opened or `graph.json` read.
    public init(options: CollectOptions, log: @escaping @Sendable (String) -> Void, now: @escaping @Sendable () -> Date = Date.init) throws {
        self.options = options
        let pages = try SitePages.read(site: options.site)
        pageCount = pages.count
        let handler = CollectHandler(
            store: try EventStore(path: options.database.path),
            validator: EventValidator(pages: pages, siteOrigin: options.siteOrigin, basePath: options.basePath),
            options: options, limiter: SharedRateLimiter(options.rateLimiter), inFlight: inFlight, log: log, now: now)
        let address: any SocketAddress = options.host.contains(":")
            ? try sockaddr_in6.inet6(ip6: options.host, port: options.port)
            : try sockaddr_in.inet(ip4: options.host == "localhost" ? "127.0.0.1" : options.host, port: options.port)
        let configuration = HTTPServer.Configuration(
            address: address, timeout: options.clientTimeout,
            sharedRequestBufferSize: options.bodyLimit, sharedRequestReplaySize: options.bodyLimit,
            pool: IdleTimeoutPool(base: HTTPServer.defaultPool(), timeout: .seconds(options.clientTimeout)),
            logger: .disabled)
        server = HTTPServer(config: configuration, handler: handler)
    }

    /// Starts listening and returns the server's address, `http://127.0.0.1:8090`.
    public func start() async throws -> String {
        let server = server
        serving = Task { try await server.run() }
        try await server.waitUntilListening()
        switch await server.listeningAddress {
        case .ip4(let ip, let port): return "http://\(ip):\(port)"
        case .ip6(let ip, let port): return "http://[\(ip)]:\(port)"
        default: return "http://\(options.host):\(options.port)"
        }
    }

    /// Stops accepting connections and lets requests under way finish (their events committed
    /// and answered) for up to `grace` seconds.
    public func stop(grace: Double = 5) async {
        await inFlight.drain(timeout: grace)
        await server.stop(timeout: 0)
        serving = nil
    }

    /// Serves until SIGINT or SIGTERM, then stops gracefully (``stop(grace:)``).
    /// - Parameter onListening: called with the address once it listens.
    public func runUntilTerminated(grace: Double = 5, onListening: @Sendable (String) -> Void) async throws {
        let signals = AsyncStream<Int32> { continuation in
            let queue = DispatchQueue(label: "repere.collect.signals")
            let sources = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { continuation.yield(number) }
                source.resume()
                return source
            }
            let held = SignalSources(sources)
            continuation.onTermination = { _ in held.cancel() }
        }
        onListening(try await start())
        for await _ in signals { break }
        await stop(grace: grace)
    }
}

/// The signal sources of ``CollectServer/runUntilTerminated(grace:onListening:)``, cancelled when it returns.
private final class SignalSources: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    init(_ sources: [any DispatchSourceSignal]) { self.sources = sources }
    func cancel() { sources.forEach { $0.cancel() } }
}
