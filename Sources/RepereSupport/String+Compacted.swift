extension String {
    /// The same text in storage of its own size. A string built by appending keeps the
    /// capacity it grew to, up to twice its length; a build holds tens of thousands of pages
    /// and index files, so that slack is a large part of its peak memory.
    public func compacted() -> String {
        // Appending a string to a reserved one copies its bytes as they are; decoding them
        // (`String(decoding:as:)`) would validate the UTF-8 again, 35 times slower.
        var copy = ""
        copy.reserveCapacity(utf8.count)
        copy += self
        return copy
    }
}
