import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The HTTP server of `serve`: FlyingFox answering from a ``LiveReloadHub``, within ``ServerLimits``.
///
/// FlyingFox's accept loop ends for good when `accept` fails (out of file descriptors: too many
/// connections at once); the server would then stay up without listening. Here the listener is
/// started again on the same address, after its connections were closed.
final class PreviewServer: Sendable {
    let hub: LiveReloadHub
    let limits: ServerLimits
    private let handler: PreviewHandler
    private let pool: DeadlinePool
    private let state: Mutex<(server: HTTPServer, address: Socket.Address?)>

    /// - Parameter isLoopback: whether `address` is the loopback one: then only requests naming it are answered.
    init(address: some SocketAddress, hub: LiveReloadHub, limits: ServerLimits, isLoopback: Bool = true) {
        let deadlines = RequestDeadlines(timeout: limits.requestTimeout)
        pool = DeadlinePool(inner: HTTPServer.defaultPool(), deadlines: deadlines, writeTimeout: limits.writeTimeout)
        handler = PreviewHandler(hub: hub, deadlines: deadlines, limits: limits, isLoopback: isLoopback)
        self.hub = hub
        self.limits = limits
        state = Mutex((HTTPServer(config: .init(address: address, pool: pool, logger: .disabled), handler: handler), nil))
    }

    private var server: HTTPServer { state.withLock { $0.server } }

    /// Waits until the server listens; its address (with the port picked when `0` was asked).
    func listening() async throws -> Socket.Address? {
        let server = server
        try await server.waitUntilListening()
        let address = await server.listeningAddress
        state.withLock { $0.address = address }
        return address
    }

    /// Serves, and keeps the event streams' heartbeat, until the task is cancelled.
    ///
    /// - Parameter restarted: called with the reason when the listener failed and was started again.
    func run(restarted: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let heartbeat = Task { [hub, limits] in await hub.beat(every: limits.heartbeat) }
        defer { heartbeat.cancel() }
        while true {
            do {
                try await server.run()
                return
            } catch {
                guard !Task.isCancelled, let address = state.withLock({ $0.address }), let socket = Self.socketAddress(address) else {
                    throw error
                }
                restarted("\(error)")
                try await Task.sleep(for: .milliseconds(100))
                let next = HTTPServer(config: .init(address: socket, pool: pool, logger: .disabled), handler: handler)
                state.withLock { $0.server = next }
            }
        }
    }

    /// Stops listening, giving open connections `timeout` seconds to close.
    func stop(timeout: Double) async {
        await server.stop(timeout: timeout)
    }

    private static func socketAddress(_ address: Socket.Address) -> (any SocketAddress)? {
        switch address {
        case .ip4(let ip, let port): try? sockaddr_in.inet(ip4: ip, port: port)
        case .ip6(let ip, let port): try? sockaddr_in6.inet6(ip6: ip, port: port)
        case .unix: nil
        }
    }

    /// Raises this process's open-file limit to the hard limit (often 1,024 → 524,288), so that
    /// connections run out much later; the limit in force.
    @discardableResult
    static func raiseOpenFileLimit() -> Int {
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return 0 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return Int(clamping: limit.rlim_cur)
    }
}
