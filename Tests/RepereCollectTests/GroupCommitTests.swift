import Foundation
import Testing
@testable import RepereCollect

@Suite struct GroupCommitTests {
    /// The batches written, and a gate that holds the first write until opened.
    final class Writes: @unchecked Sendable {
        let lock = NSLock()
        var batches: [[Int]] = []
        var started = 0
        let gate = DispatchSemaphore(value: 0)
    }

    @Test func itemsArrivingDuringAWriteShareTheNextAndEachCallerResumesAfterIt() async throws {
        let writes = Writes()
        let commit = GroupCommit<Int> { batch in
            let first = writes.lock.withLock { writes.started += 1; return writes.started == 1 }
            if first { writes.gate.wait() }
            writes.lock.withLock { writes.batches.append(batch) }
        }
        let first = Task { try await commit.write(0) }
        try await eventually { writes.lock.withLock { writes.started == 1 } }
        let others = (1...5).map { item in Task { try await commit.write(item) } }
        try await eventually { commit.waitingCount == 5 }
        let noneWritten = writes.lock.withLock { writes.batches.isEmpty }
        #expect(noneWritten, "no caller resumed before its write")
        writes.gate.signal()
        try await first.value
        for other in others { try await other.value }
        #expect(writes.batches.count == 2)
        #expect(writes.batches.first == [0])
        #expect(writes.batches.last?.sorted() == [1, 2, 3, 4, 5])
    }

    /// Waits until `condition` holds: 2 min at most, a guard against hanging, not a latency bound
    /// (on a loaded machine, other suites can hold every concurrency thread for many seconds).
    private func eventually(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while !condition() {
            try #require(ContinuousClock.now < deadline)
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test func aFailedWriteFailsEveryCallerOfItsBatch() async {
        struct Full: Error {}
        let commit = GroupCommit<Int> { _ in throw Full() }
        await #expect(throws: Full.self) { try await commit.write(1) }
        await #expect(throws: Full.self) { try await commit.write(2) }
    }
}
