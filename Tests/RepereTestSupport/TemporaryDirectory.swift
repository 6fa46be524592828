import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("repere-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `files` (relative path → text) under the folder, creating sub-folders.
    @discardableResult
    public func write(_ files: [String: String]) throws -> URL {
        for (path, text) in files { try write(path, bytes: Array(text.utf8)) }
        return url
    }

    /// Writes raw bytes at a relative path.
    public func write(_ path: String, bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Copies the contents of `folder` into this directory (outside any Git repository, so a
    /// build of the copy does not see the history of the repository the fixture lives in).
    public func copyContents(of folder: URL) throws {
        for (path, data) in FileTree.read(folder) { try write(path, bytes: [UInt8](data)) }
    }

    /// Every regular file below `folder` (default: the whole directory), relative path → bytes.
    public func snapshot(_ folder: String = "") -> [String: Data] {
        FileTree.read(url.appendingPathComponent(folder))
    }
}

/// Reads a folder's files into memory, for whole-output comparisons.
public enum FileTree {
    public static func read(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }
}
