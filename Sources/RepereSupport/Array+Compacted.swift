extension Array {
    /// The same elements in storage of their own size. An array grown by appending keeps the
    /// capacity it grew to, up to twice its length; the index stage holds millions of entries.
    public func compacted() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
