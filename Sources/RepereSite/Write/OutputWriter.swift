import Foundation
import RepereContent

/// The write stage: puts an ``OutputTree`` on disk atomically.
///
/// The site is written into a fresh sibling folder, then swapped with the old one by two
/// renames, so readers and a failed build never see a half-written site: on any error the
/// new folder is removed and the previous site stays as it was.
public struct OutputWriter: Sendable {
    public var destination: URL

    public init(destination: URL) { self.destination = destination.standardizedFileURL }

    /// Writes `tree`, reading copied files from `source`.
    ///
    /// - Throws: ``OutputError`` when a file cannot be read or written; the previous site is kept.
    public func write(_ tree: OutputTree, source: any ContentSource) throws {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).repere-new-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).repere-old-\(pid)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var createdDirectories: Set<String> = []
            for path in tree.paths {
                let url = staging.appendingPathComponent(path)
                let directory = url.deletingLastPathComponent().path
                if !createdDirectories.contains(directory) {
                    try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
                    createdDirectories.insert(directory)
                }
                let written: Bool
                switch tree.files[path]! {
                case .text(var text): written = text.withUTF8 { Self.writeFile(url.path, $0) }
                case .bytes(let bytes): written = bytes.withUnsafeBufferPointer { Self.writeFile(url.path, $0) }
                case .copy(let contentPath): written = try source.read(contentPath).withUnsafeBufferPointer { Self.writeFile(url.path, $0) }
                }
                guard written else { throw OutputError("cannot write '\(path)' in \(staging.path)") }
            }
            var isDirectory: ObjCBool = false
            let hadSite = fm.fileExists(atPath: destination.path, isDirectory: &isDirectory)
            if hadSite {
                guard isDirectory.boolValue else { throw OutputError("'\(destination.path)' exists and is not a folder") }
                try? fm.removeItem(at: retired)
                try fm.moveItem(at: destination, to: retired)
            }
            do {
                try fm.moveItem(at: staging, to: destination)
            } catch {
                if hadSite { try? fm.moveItem(at: retired, to: destination) }
                throw error
            }
            if hadSite { try? fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? OutputError { throw error }
            throw OutputError("cannot write the site to '\(destination.path)': \(error.localizedDescription)")
        }
    }
}

extension OutputWriter {
    /// Writes a new file with plain POSIX calls: the staging folder is fresh, so the per-file
    /// atomic write Foundation would do (a temporary file and a rename each) is not needed.
    static func writeFile(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }
}

/// Why the site could not be written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
