/// Where content files come from: the working tree, or a Git revision.
public protocol ContentSource: Sendable {
    /// Every file under the content folder, sorted, hidden files and folders excluded.
    ///
    /// - Throws: ``ContentSourceError`` when the folder cannot be listed at all.
    func files() throws -> [ContentPath]
    /// A file's bytes.
    func read(_ path: ContentPath) throws -> [UInt8]
}

/// Why a content source failed.
public struct ContentSourceError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
