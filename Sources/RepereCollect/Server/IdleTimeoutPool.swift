import Foundation
import FlyingSocks
#if canImport(Glibc)
import Glibc
#endif

/// FlyingFox's socket pool, but a connection that stays silent for `timeout` while the server
/// waits on it is closed: a slow client (sending its request a byte at a time, or keeping an idle
/// connection open) cannot hold the server's connections. The listening socket waits forever.
struct IdleTimeoutPool: AsyncSocketPool {
    let base: any AsyncSocketPool
    let timeout: Duration

    struct SlowClient: Error {}

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        if Self.isListening(socket) {
            return try await base.suspendSocket(socket, untilReadyFor: events)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await base.suspendSocket(socket, untilReadyFor: events) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw SlowClient()
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    private static func isListening(_ socket: Socket) -> Bool {
        var accepting: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(socket.file.rawValue, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0 && accepting != 0
    }
}
