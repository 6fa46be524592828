@testable import RepereSupport
import Testing

/// Values kept from one build to the next, and between builds (`serve`'s previews).
@Suite struct MemoTests {
    @Test func aValueIsReusedForAnEqualInputOnly() {
        let memo = Memo<String, Int, String>()
        memo.begin()
        #expect(memo.value(for: "a", input: 1) { "a1" } == "a1")
        // Between builds (a preview): the value this build computed, not a second computation.
        #expect(memo.value(for: "a", input: 1) { "autre" } == "a1")
        #expect(memo.value(for: "a", input: 2) { "a2" } == "a2")
        #expect(memo.computedCount == 2)

        memo.begin()
        #expect(memo.value(for: "a", input: 2) { "autre" } == "a2", "the last build's value")
        #expect(memo.value(for: "a", input: 1) { "a1 again" } == "a1 again", "only the last value of a key is kept")
        #expect(memo.computedCount == 1)

        memo.begin(keeping: false)
        #expect(memo.value(for: "a", input: 1) { "fresh" } == "fresh")
    }

    @Test func whatABuildDidNotAskForIsDropped() {
        let memo = Memo<String, Int, String>()
        memo.begin()
        _ = memo.value(for: "a", input: 1) { "a" }
        _ = memo.value(for: "b", input: 1) { "b" }
        memo.begin()
        _ = memo.value(for: "a", input: 1) { "not computed" }
        memo.begin()
        #expect(memo.value(for: "b", input: 1) { "b again" } == "b again")
        #expect(memo.value(for: "a", input: 1) { "not computed" } == "a")
    }
}
