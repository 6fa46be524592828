import Foundation
import RepereContent
import RepereRender
import RepereSupport

/// The difference between an ``OutputTree`` and the site already on disk, and how to apply it
/// in place: only the files whose bytes differ are written, and files the tree no longer has
/// are removed.
///
/// Applying never leaves a half-written site: every new file is first written next to its
/// destination under a hidden name; only when all of them are on disk are they renamed over the
/// old ones, each old file kept meanwhile under another hidden name (a hard link). If a write or
/// a rename fails, what was renamed is put back, the hidden files are removed and the site is as
/// it was.
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
        // Only regular files are read: a link or a named pipe in the site is replaced, not followed.
        let differs = paths.parallelMap { path -> Bool in
            guard onDisk.isRegularFile(path), let data = FileManager.default.contents(atPath: root + "/" + path) else { return true }
            return !tree.contentEquals(path, data, source: source)
        }
        changed = zip(paths, differs).filter(\.1).map(\.0)
        stale = onDisk.fileStamps.keys.filter { tree.files[$0] == nil }.sorted()
    }

    /// Writes the changed files and removes the stale ones under `folder`.
    ///
    /// - Parameter beforeRenaming: called with each changed path before its rename (tests use it
    ///   to make a rename fail).
    /// - Throws: ``OutputError`` when a file cannot be written or renamed; the site is then as
    ///   it was.
    func apply(_ tree: OutputTree, in folder: URL, source: any ContentSource, beforeRenaming: (String) -> Void = { _ in }) throws {
        let root = folder.path
        let createdFolders = try OutputWriter.createFolders(for: changed, in: root)
        func undo(_ renamed: [(target: String, backup: String?)], _ error: String) -> OutputError {
            for (target, backup) in renamed.reversed() {
                if let backup { Foundation.rename(backup, target) } else { unlink(target) }
            }
            for path in changed {
                unlink(AtomicFile.temporaryPath(for: root + "/" + path))
                unlink(AtomicFile.backupPath(for: root + "/" + path))
            }
            for folder in createdFolders.reversed() { rmdir(root + "/" + folder) }
            return OutputError(error + "; the site is as it was")
        }
        // 1. Every new file, under a hidden name.
        if let failure = OutputWriter.write(changed, of: tree, source: source, to: { AtomicFile.temporaryPath(for: root + "/" + $0) }) {
            throw undo([], failure)
        }
        // 2. Renamed in, each old file kept (hard-linked) until all are in.
        var renamed: [(target: String, backup: String?)] = []
        for path in changed {
            let target = root + "/" + path
            var backup: String? = AtomicFile.backupPath(for: target)
            unlink(backup!)
            if link(target, backup!) != 0 {
                guard errno == ENOENT else { throw undo(renamed, "cannot keep '\(path)' while updating \(root): \(String(cString: strerror(errno)))") }
                backup = nil  // a new file: nothing to keep
            }
            do {
                beforeRenaming(path)
                try AtomicFile.rename(AtomicFile.temporaryPath(for: target), to: target)
            } catch {
                if let backup { unlink(backup) }
                throw undo(renamed, "\(error)")
            }
            renamed.append((target, backup))
        }
        for case (_, let backup?) in renamed { unlink(backup) }
        // 3. Stale files removed, unless a name differing only in case now holds a new file
        //    (case-insensitive file systems).
        let written = Set(renamed.compactMap { ContentStamp(path: $0.target)?.inode })
        var emptied: Set<String> = []
        for path in stale {
            var info = stat()
            if lstat(root + "/" + path, &info) == 0, written.contains(UInt64(info.st_ino)) { continue }
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
