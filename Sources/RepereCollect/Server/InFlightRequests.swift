import Foundation

/// The requests being handled, so that a graceful stop waits for their writes to be committed
/// and answered, while refusing requests that arrive after it began.
final class InFlightRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var draining = false

    /// Counts a request in; false once the server is stopping.
    func enter() -> Bool {
        lock.withLock {
            guard !draining else { return false }
            count += 1
            return true
        }
    }

    func leave() { lock.withLock { count -= 1 } }

    /// Refuses new requests, then waits until none is under way, or `timeout` seconds.
    func drain(timeout: Double) async {
        lock.withLock { draining = true }
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while lock.withLock({ count > 0 }), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}
