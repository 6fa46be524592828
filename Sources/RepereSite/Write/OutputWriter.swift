import Foundation
import RepereContent
import RepereParallel

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
    /// Nothing is written when the output folder already holds exactly `tree`.
    ///
    /// - Throws: ``OutputError`` when a file cannot be read or written; the previous site is kept.
    public func write(_ tree: OutputTree, source: any ContentSource) throws {
        if tree.isWritten(in: destination, source: source) { return }
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
            try Self.writeFiles(of: tree, into: staging, source: source)
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
    /// Creates every folder (parents first), then writes the files on all cores with plain
    /// `open`/`write` calls: Foundation's `FileManager.createFile` and `Data(text.utf8)` cost
    /// far more than the bytes (see bench/PROFILE.md).
    static func writeFiles(of tree: OutputTree, into folder: URL, source: any ContentSource) throws {
        let root = folder.path
        var created: Set<Substring> = [""]
        for path in tree.paths {
            var missing: [Substring] = []
            var directory = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            while !created.contains(directory) {
                missing.append(directory)
                directory = directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)]
            }
            for directory in missing.reversed() {
                guard mkdir(root + "/" + directory, 0o755) == 0 || errno == EEXIST else {
                    throw OutputError("cannot create the folder '\(directory)' in \(root): \(String(cString: strerror(errno)))")
                }
                created.insert(directory)
            }
        }
        let failures = tree.paths.parallelMap { path -> String? in
            do {
                switch tree.files[path]! {
                case .text(var text): try text.withUTF8 { try write($0, to: root + "/" + path) }
                case .bytes(let bytes): try bytes.withUnsafeBufferPointer { try write($0, to: root + "/" + path) }
                case .copy(let contentPath): try source.read(contentPath).withUnsafeBufferPointer { try write($0, to: root + "/" + path) }
                }
                return nil
            } catch {
                return "cannot write '\(path)' in \(root): \(error)"
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw OutputError(failure) }
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw OutputError(String(cString: strerror(errno))) }
            offset += written
        }
    }
}

/// Why the site could not be written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
