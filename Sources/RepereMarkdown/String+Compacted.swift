extension String {
    /// The same text in storage of its own size. A string built by appending keeps the
    /// capacity it grew to, up to twice its length; a build holds tens of thousands of pages
    /// and index files, so that slack is a large part of its peak memory.
    public func compacted() -> String {
        var copy = self
        return copy.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}
