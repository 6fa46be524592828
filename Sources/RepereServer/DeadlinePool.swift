import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The socket pool of `serve`: FlyingFox's, with a deadline on every wait of a connection.
///
/// FlyingFox suspends a connection in its pool whenever a read or a write would block, and sets
/// no time limit. Here a read waits at most until the connection's request is due (see
/// ``RequestDeadlines``), and a write at most ``ServerLimits/writeTimeout``; past it the
/// connection is told it was disconnected, and FlyingFox closes it. The listening socket (it has
/// no peer) waits without limit.
///
/// It also turns Nagle's algorithm off on the listening socket, which the connections it accepts
/// inherit (Linux): FlyingFox writes a response's head and body separately, and the body then
/// waited for the client's delayed acknowledgement, 40 ms per response.
struct DeadlinePool: AsyncSocketPool {
    let inner: any AsyncSocketPool
    let deadlines: RequestDeadlines
    let writeTimeout: Duration

    func prepare() async throws { try await inner.prepare() }

    func run() async throws { try await inner.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        guard let peer = try? socket.remotePeer() else {
            var on: Int32 = 1
            _ = setsockopt(socket.file.rawValue, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            return try await inner.suspendSocket(socket, untilReadyFor: events)
        }
        let address = HTTPRequest.Address.make(from: peer)
        let deadline = events.contains(.write) ? ContinuousClock.now + writeTimeout : deadlines.due(address)
        let ready = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { [inner] in
                try await inner.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return false
            }
            defer { group.cancelAll() }
            return try await group.next() ?? false
        }
        if !ready {
            deadlines.forget(address)
            throw SocketError.disconnected
        }
    }
}

/// When each connection's next request is due, by the peer's address (unique among open
/// connections): ``ServerLimits/requestTimeout`` after the server started waiting for it.
///
/// The clock starts at the first wait for a request and is not restarted by the bytes that
/// trickle in, so a request sent a byte at a time is cut off too; ``requestArrived(from:)``
/// (called by the handler) stops it.
final class RequestDeadlines: Sendable {
    private let timeout: Duration
    private let started = Mutex(Table())

    private struct Table {
        var start: [HTTPRequest.Address: ContinuousClock.Instant] = [:]
        /// Entries of connections closed while waiting are dropped once the table reaches this size.
        var pruneAt = 64
    }

    init(timeout: Duration) { self.timeout = timeout }

    /// When the request `peer` is sending is due; its clock starts now if it was not waited for yet.
    func due(_ peer: HTTPRequest.Address) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        return started.withLock { table in
            if let start = table.start[peer] { return start + timeout }
            if table.start.count >= table.pruneAt {
                // Any connection still waiting since before `now - timeout` is cut off already.
                table.start = table.start.filter { now - $0.value <= timeout }
                table.pruneAt = max(64, 2 * table.start.count)
            }
            table.start[peer] = now
            return now + timeout
        }
    }

    /// A whole request came from `peer`: its next one gets a new clock.
    func requestArrived(from peer: HTTPRequest.Address?) {
        guard let peer else { return }
        forget(peer)
    }

    func forget(_ peer: HTTPRequest.Address) {
        _ = started.withLock { $0.start.removeValue(forKey: peer) }
    }
}
