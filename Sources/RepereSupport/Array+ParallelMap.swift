import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input (used by the load, parse,
    /// index, render and write stages).
    package func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                results.set(i, transform(items[i]))
            }
        }
        return results.values
    }

    /// Changes every element in place on all cores (each worker touches its own elements only),
    /// given its index, and returns what each change returns, in the order of the elements.
    package mutating func parallelUpdate<Result: Sendable>(_ change: @Sendable (Int, inout Element) -> Result) -> [Result] {
        guard count > 1 else { return indices.map { change($0, &self[$0]) } }
        let results = ResultSlots<Result>(count: count)
        withUnsafeMutableBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in results.set(i, change(i, &items[i])) }
        }
        return results.values
    }

    /// Calls `body` with every element on all cores, in no particular order.
    package func parallelForEach(_ body: @Sendable (Element) -> Void) {
        withUnsafeBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in body(items[i]) }
        }
    }
}

/// Write-once slots filled concurrently, one index per worker. Raw memory, not an array
/// property: mutating a class's array from several threads races on the array itself (a debug
/// build copies it on each write, and crashes under load).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: Value) { slots[index] = value }
    var values: [Value] { slots.map { $0! } }
}
