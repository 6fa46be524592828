import Testing
@testable import RepereCollect

@Suite struct RateLimiterTests {
    /// The answers of `limiter` to `requests` (source, time), in order, and the sources it held after each.
    private func answers(_ limiter: RateLimiter, _ requests: [(String, Double)]) -> (allowed: [Bool], held: [Int]) {
        var limiter = limiter
        var allowed: [Bool] = [], held: [Int] = []
        for (source, now) in requests {
            allowed.append(limiter.allow(source, now: now))
            held.append(limiter.count)
        }
        return (allowed, held)
    }

    @Test func allowsABurstThenTheSustainedRate() {
        let requests: [(String, Double)] = [("a", 0), ("a", 0), ("a", 0), ("a", 0), ("a", 0.4), ("a", 0.5), ("a", 0.5)]
            + Array(repeating: ("a", 100), count: 4)
        // Tokens refill at 2 a second, and up to the burst of 3, no further.
        #expect(answers(RateLimiter(burst: 3, perSecond: 2, capacity: 10), requests).allowed
            == [true, true, true, false, false, true, false, true, true, true, false])
    }

    @Test func countsEachSourceApart() {
        #expect(answers(RateLimiter(burst: 1, perSecond: 1, capacity: 10), [("a", 0), ("a", 0), ("b", 0)]).allowed == [true, false, true])
    }

    @Test func neverHoldsMoreSourcesThanItsCapacity() {
        let (allowed, held) = answers(RateLimiter(burst: 2, perSecond: 1, capacity: 100), (0..<10_000).map { ("source-\($0)", Double($0) / 1000) })
        #expect(allowed.allSatisfy { $0 })
        #expect(held.max() == 100)
    }

    @Test func forgetsRefilledSourcesFirstAndKeepsTheOneBeingLimited() {
        let requests: [(String, Double)] = [("busy", 10), ("busy", 10), ("quiet-1", 0), ("quiet-2", 0), ("new", 10.5), ("busy", 10.5)]
        // Full at "new": the two quiet sources have refilled (2 s) and go; "busy" stays limited.
        let (allowed, held) = answers(RateLimiter(burst: 2, perSecond: 1, capacity: 3), requests)
        #expect(allowed == [true, true, true, true, true, false])
        #expect(held == [1, 1, 2, 3, 2, 2])
    }
}
