import Foundation
import RepereContent
import RepereParallel

/// The difference between an ``OutputTree`` and the site already on disk, and how to apply it
/// in place: only the files whose bytes differ are written, and files the tree no longer has
/// are removed.
///
/// Applying is two-phase, so a failure never leaves a half-written site: every new file is
/// first written next to its destination under a hidden name; only when all of them are on
/// disk are they renamed over the old ones (a rename cannot run out of space). If a write
/// fails, the hidden files are removed and the site is as it was.
struct SiteUpdate {
    /// Output paths to write (new or changed), sorted.
    var changed: [String]
    /// Files on disk the tree no longer has, sorted.
    var stale: [String]

    var isEmpty: Bool { changed.isEmpty && stale.isEmpty }

    /// Compares `tree` with the files under `folder` byte for byte (nothing on disk is trusted).
    ///
    /// - Returns: `nil` when updating in place is not possible: a new file where the site has a
    ///   folder, or a new folder where it has a file. The site must then be replaced whole.
    init?(_ tree: OutputTree, in folder: URL, source: any ContentSource) {
        let root = folder.path
        let onDisk = FolderListing(root)
        let paths = tree.paths
        for path in paths {
            if onDisk.isFolder(path) == true { return nil }
            var parent = path[...]
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if onDisk.isFolder(String(parent)) == false { return nil }
            }
        }
        let differs = paths.parallelMap { path -> Bool in
            guard onDisk.isFolder(path) == false, let data = FileManager.default.contents(atPath: root + "/" + path) else { return true }
            return !tree.contentEquals(path, data, source: source)
        }
        changed = zip(paths, differs).filter(\.1).map(\.0)
        stale = onDisk.fileStamps.keys.filter { tree.files[$0] == nil }.sorted()
    }

    /// Writes the changed files and removes the stale ones under `folder`.
    ///
    /// - Throws: ``OutputError`` when a file cannot be written; the site is then unchanged.
    func apply(_ tree: OutputTree, in folder: URL, source: any ContentSource) throws {
        let root = folder.path
        let createdFolders = try OutputWriter.createFolders(for: changed, in: root)
        let failures = changed.parallelMap { path -> String? in
            do {
                try tree.withBytes(of: path, source: source) { try PlainFile.write($0, to: AtomicFile.temporaryPath(for: root + "/" + path)) }
                return nil
            } catch {
                return "cannot write '\(path)' in \(root): \(error)"
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            for path in changed { unlink(AtomicFile.temporaryPath(for: root + "/" + path)) }
            for folder in createdFolders.reversed() { rmdir(root + "/" + folder) }
            throw OutputError(failure)
        }
        for path in changed {
            try AtomicFile.rename(AtomicFile.temporaryPath(for: root + "/" + path), to: root + "/" + path)
        }
        var emptied: Set<String> = []
        for path in stale {
            unlink(root + "/" + path)
            var parent = path[...]
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                emptied.insert(String(parent))
            }
        }
        // Deepest first; `rmdir` leaves folders that still hold something.
        for folder in emptied.sorted(by: { $0.count > $1.count }) { rmdir(root + "/" + folder) }
    }
}
