import Foundation

/// A ``RateLimiter`` shared by the server's connections, on the monotonic clock.
final class SharedRateLimiter: @unchecked Sendable {
    private let lock = NSLock()
    private var limiter: RateLimiter
    private let start = ContinuousClock.now

    init(_ limiter: RateLimiter) { self.limiter = limiter }

    func allow(_ source: String) -> Bool {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return lock.withLock { limiter.allow(source, now: seconds) }
    }
}
