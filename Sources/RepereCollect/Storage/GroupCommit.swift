import Foundation

/// Writes items in batches on one thread of its own: an item that arrives while a batch is being
/// written waits for the next, which takes every item then waiting (up to ``limit``). Each
/// caller resumes when its batch's write has returned, with its error if it threw.
final class GroupCommit<Item: Sendable>: @unchecked Sendable {
    private let write: @Sendable ([Item]) throws -> Void
    private let queue = DispatchQueue(label: "repere.collect.writer")
    private let lock = NSLock()
    private var waiting: [(Item, CheckedContinuation<Void, any Error>)] = []
    private var isWriting = false
    let limit = 512

    init(write: @escaping @Sendable ([Item]) throws -> Void) { self.write = write }

    /// How many items wait for the next batch.
    var waitingCount: Int { lock.withLock { waiting.count } }

    func write(_ item: Item) async throws {
        try await withCheckedThrowingContinuation { continuation in
            let start = lock.withLock {
                waiting.append((item, continuation))
                defer { isWriting = true }
                return !isWriting
            }
            if start { queue.async { self.drain() } }
        }
    }

    /// Writes batches until nothing waits.
    private func drain() {
        while true {
            let batch: [(Item, CheckedContinuation<Void, any Error>)] = lock.withLock {
                let batch = Array(waiting.prefix(limit))
                waiting.removeFirst(batch.count)
                if batch.isEmpty { isWriting = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            do {
                try write(batch.map(\.0))
                batch.forEach { $0.1.resume() }
            } catch {
                batch.forEach { $0.1.resume(throwing: error) }
            }
        }
    }
}
