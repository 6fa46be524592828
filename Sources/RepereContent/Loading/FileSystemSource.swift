import Foundation

/// Content read from a folder on disk.
///
/// Symbolic links that point outside the folder are left out (and reported by
/// ``escapingLinks``), so no content path can reach a file outside `content/`.
public struct FileSystemSource: ContentSource {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL.resolvingSymlinksInPath() }

    public func files() throws -> [ContentPath] {
        try scan().files
    }

    /// Content paths that are symbolic links resolving outside the content folder.
    public func escapingLinks() throws -> [ContentPath] {
        try scan().escaping
    }

    private func scan() throws -> (files: [ContentPath], escaping: [ContentPath]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ContentSourceError("content folder '\(root.path)' does not exist")
        }
        var files: [ContentPath] = []
        var escaping: [ContentPath] = []
        let rootPath = root.path
        guard let walker = FileManager.default.enumerator(atPath: rootPath) else {
            throw ContentSourceError("cannot list the content folder '\(rootPath)'")
        }
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let url = root.appendingPathComponent(relative)
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else {
                escaping.append(ContentPath(relative))
                walker.skipDescendants()
                continue
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDir), !isDir.boolValue {
                files.append(ContentPath(relative))
            }
        }
        return (files.sorted(), escaping.sorted())
    }

    public func read(_ path: ContentPath) throws -> [UInt8] {
        let url = root.appendingPathComponent(path.rawValue)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ContentSourceError("cannot read '\(path)'")
        }
        return [UInt8](data)
    }
}
