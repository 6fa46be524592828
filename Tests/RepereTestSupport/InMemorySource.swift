import RepereContent

/// A content source held in memory, so most tests never touch the disk.
public struct InMemorySource: ContentSource {
    public var contents: [String: [UInt8]]
    /// Paths whose reading fails, as an unreadable file would.
    public var unreadable: Set<String>

    public init(_ files: [String: String], unreadable: Set<String> = []) {
        contents = files.mapValues { Array($0.utf8) }
        self.unreadable = unreadable
    }

    public init(bytes: [String: [UInt8]]) {
        contents = bytes
        unreadable = []
    }

    public func files() throws -> [ContentPath] {
        (Array(contents.keys) + unreadable).map(ContentPath.init(rawValue:)).sorted()
    }

    public func read(_ path: ContentPath) throws -> [UInt8] {
        guard !unreadable.contains(path.rawValue), let bytes = contents[path.rawValue] else {
            throw ContentSourceError("permission denied")
        }
        return bytes
    }
}
