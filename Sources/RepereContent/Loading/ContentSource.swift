/// Where content files come from: the working tree, or a Git revision.
public protocol ContentSource: Sendable {
    /// Every file under the content folder, sorted, hidden files and folders excluded.
    ///
    /// - Throws: ``ContentSourceError`` when the folder cannot be listed at all.
    func files() throws -> [ContentPath]
    /// A file's bytes.
    func read(_ path: ContentPath) throws -> [UInt8]
    /// What changes whenever a file's bytes change, cheaper to get than the bytes (size and
    /// times from `stat`); `nil` when the source has nothing cheaper than the bytes.
    func changeStamp(_ path: ContentPath) -> ContentStamp?
}

extension ContentSource {
    public func changeStamp(_ path: ContentPath) -> ContentStamp? { nil }
}

/// A file's size, inode and modification and status-change times (nanoseconds). Writing a file
/// changes its status-change time, which no tool can set back, so equal stamps mean equal bytes.
public struct ContentStamp: Hashable, Sendable {
    public var size: Int64
    public var inode: UInt64
    public var modified: Int64
    public var changed: Int64
}

/// Why a content source failed.
public struct ContentSourceError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
