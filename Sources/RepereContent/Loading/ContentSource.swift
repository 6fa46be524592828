import Foundation

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

/// A file's size, inode and modification and status-change times (nanoseconds), as `stat` tells
/// them. Writing a file changes its status-change time, which no tool can set back, so equal
/// stamps mean equal bytes — unless the file was written again within the clock's resolution of
/// the first stamp: see ``isSettled(now:)``.
public struct ContentStamp: Hashable, Sendable, Codable {
    public var size: Int64
    public var inode: UInt64
    public var modified: Int64
    public var changed: Int64

    public init(_ info: stat) {
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// The stamp of the file at `path` (of a link's target), or `nil`.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Whether the file was last written more than two seconds before `now`: a file written again
    /// within the file system clock's resolution of a stamp can keep that very stamp ("racy"
    /// files, as Git calls them), so a recent stamp proves nothing.
    public func isSettled(now: Int64 = ContentStamp.now()) -> Bool {
        max(modified, changed) < now - 2_000_000_000
    }

    /// The current time in nanoseconds, on the same clock as the stamps.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

/// Why a content source failed.
public struct ContentSourceError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
