import RepereParallel
import Testing

/// `parallelMap` (RepereParallel), which the index stage runs over thousands of small items.
@Suite struct ParallelMapTests {
    /// Many small results written from all cores: a debug build crashed here when the results
    /// were an array property of a class.
    @Test func keepsEveryResultInOrderUnderLoad() {
        for _ in 0..<30 {
            let results = Array(0..<100_000).parallelMap { i in [UInt8](repeating: UInt8(i % 50), count: i % 50) }
            #expect(results.indices.allSatisfy { results[$0] == [UInt8](repeating: UInt8($0 % 50), count: $0 % 50) })
        }
    }
}
