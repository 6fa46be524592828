import RepereSupport
import Testing

/// `parallelMap`, `parallelUpdate` and `parallelForEach` (RepereSupport), which the stages run over thousands of items.
@Suite struct ParallelMapTests {
    /// Many small results written from all cores: a debug build crashed here when the results
    /// were an array property of a class.
    @Test func keepsEveryResultInOrderUnderLoad() {
        for _ in 0..<30 {
            let results = Array(0..<100_000).parallelMap { i in [UInt8](repeating: UInt8(i % 50), count: i % 50) }
            #expect(results.indices.allSatisfy { results[$0] == [UInt8](repeating: UInt8($0 % 50), count: $0 % 50) })
        }
    }

    /// Every element changed once, in place, including ones that own heap storage, given its
    /// index; what each change returns comes back in order.
    @Test func parallelUpdateChangesEveryElementOnce() {
        var items = (0..<50_000).map { [$0] }
        let returned = items.parallelUpdate { i, item in
            item.append(i * 2)
            return item.count + i
        }
        #expect(items.indices.allSatisfy { items[$0] == [$0, $0 * 2] })
        #expect(returned == Array((0..<50_000).map { $0 + 2 }))
        var one = [[7]]
        #expect(one.parallelUpdate { _, item in item.append(8) }.count == 1)
        #expect(one == [[7, 8]])
    }

    @Test func parallelForEachVisitsEveryElementOnce() {
        let seen = UnsafeMutableBufferPointer<Int>.allocate(capacity: 20_000)
        defer { seen.deallocate() }
        seen.initialize(repeating: 0)
        nonisolated(unsafe) let slots = seen
        Array(0..<20_000).parallelForEach { slots[$0] += 1 }
        #expect(seen.allSatisfy { $0 == 1 })
    }
}
