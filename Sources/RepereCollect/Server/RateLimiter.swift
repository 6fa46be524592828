/// A per-source token bucket with a bounded table, kept in memory only.
///
/// Each source (the client's address, never written anywhere) may send `burst` events at once,
/// then `perSecond` events a second. The table holds at most `capacity` sources: when it is full,
/// sources whose bucket has refilled are forgotten (they are as if new), then, if that is not
/// enough, the least recently seen quarter of the table.
public struct RateLimiter: Sendable {
    public var burst: Double
    public var perSecond: Double
    public var capacity: Int

    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private var buckets: [String: Bucket] = [:]

    public init(burst: Double = 20, perSecond: Double = 2, capacity: Int = 10_000) {
        precondition(burst >= 1 && perSecond > 0 && capacity >= 1)
        self.burst = burst
        self.perSecond = perSecond
        self.capacity = capacity
    }

    /// How many sources the table holds now.
    public var count: Int { buckets.count }

    /// Takes one token of `source`'s bucket at `now` (seconds on any monotonic clock), or says no.
    public mutating func allow(_ source: String, now: Double) -> Bool {
        if buckets[source] == nil, buckets.count >= capacity {
            makeRoom(now: now)
        }
        var bucket = buckets[source] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + max(0, now - bucket.updated) * perSecond)
        bucket.updated = now
        let allowed = bucket.tokens >= 1
        if allowed { bucket.tokens -= 1 }
        buckets[source] = bucket
        return allowed
    }

    private mutating func makeRoom(now: Double) {
        let refill = burst / perSecond
        buckets = buckets.filter { now - $0.value.updated < refill }
        if buckets.count >= capacity {
            let oldest = buckets.sorted { $0.value.updated < $1.value.updated }.prefix(max(1, capacity / 4))
            for (source, _) in oldest { buckets.removeValue(forKey: source) }
        }
    }
}
