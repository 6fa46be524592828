import Foundation

/// Values computed by one build and kept for the next (`serve`): a value is reused only when
/// the input it was computed from is equal to the new one, so a stale value is never returned.
///
/// Each build starts with ``begin(keeping:)``; values the previous build did not ask for are
/// dropped then. Safe to use from the stages' worker threads.
package final class Memo<Key: Hashable, Input: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var previous: [Key: (input: Input, value: Value)] = [:]
    private var current: [Key: (input: Input, value: Value)] = [:]
    /// How many values the current build computed (the rest were reused).
    package private(set) var computedCount = 0

    package init() {}

    /// Starts a build; `keeping: false` forgets everything (what the values depend on changed).
    package func begin(keeping: Bool = true) {
        lock.withLock {
            previous = keeping ? current : [:]
            current = [:]
            computedCount = 0
        }
    }

    /// The value for `key`: the one computed since ``begin(keeping:)`` or, else, the previous
    /// build's, if its input equals `input`; else `compute()`. (Between builds, `serve`'s previews
    /// find the last build's values.)
    package func value(for key: Key, input: Input, compute: () -> Value) -> Value {
        let (kept, last) = lock.withLock { (current[key], previous[key]) }
        if let kept, kept.input == input { return kept.value }
        if let last, last.input == input {
            lock.withLock { current[key] = last }
            return last.value
        }
        let value = compute()
        lock.withLock {
            current[key] = (input, value)
            computedCount += 1
        }
        return value
    }
}

/// Text compared byte for byte, as a ``Memo`` input: `String`'s own `==` holds canonically
/// equivalent spellings (`é`, `e` + combining accent) equal, and they give different output.
package struct ExactText: Equatable, Sendable {
    package var text: String

    package init(_ text: String) { self.text = text }

    package static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
}
