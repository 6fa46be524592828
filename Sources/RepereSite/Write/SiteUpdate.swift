import Foundation
import RepereContent
import RepereRender
import RepereSupport

/// An update in place of the site already on disk to a plan's files: only the files whose
/// bytes differ are written, and files the plan no longer has are removed.
///
/// Applying never leaves a half-written site: every file is made and compared with the one on
/// disk, and when they differ written next to its destination under a hidden name; only when all
/// of them are on disk are they renamed over the old ones, each old file kept meanwhile under
/// another hidden name (a hard link). If a write or a rename fails, what was renamed is put back,
/// the hidden files are removed and the site is as it was.
struct SiteUpdate {
    /// Files on disk the plan no longer has, sorted.
    var stale: [String]
    private let onDisk: FolderListing

    /// Lists the files under `folder` to update them to a site whose files are at `paths`.
    ///
    /// - Returns: `nil` when updating in place is not possible: a new file where the site has a
    ///   folder, or a new folder where it has a file. The site must then be replaced whole.
    init?(_ paths: [String], in folder: URL) {
        onDisk = FolderListing(folder.path)
        for path in paths {
            if onDisk.isFolder(path) == true { return nil }
            var parent = path[...]
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if onDisk.isFolder(String(parent)) == false { return nil }
            }
        }
        let planned = Set(paths)
        stale = onDisk.fileStamps.keys.filter { !planned.contains($0) }.sorted()
    }

    /// Makes every file of `plan`, writes those whose bytes differ from the files under `folder`
    /// (nothing on disk is trusted) and removes the stale ones.
    ///
    /// - Parameter beforeRenaming: called with each changed path before its rename (tests use it
    ///   to make a rename fail).
    /// - Returns: the paths written (new or changed), sorted.
    /// - Throws: ``OutputError`` when a file cannot be written or renamed; the site is then as
    ///   it was.
    @discardableResult
    func apply(_ plan: OutputPlan, in folder: URL, source: any ContentSource, beforeRenaming: (String) -> Void = { _ in }) throws -> [String] {
        let root = folder.path
        let onDisk = onDisk
        // Only regular files are compared: a link or a named pipe in the site is replaced, not followed.
        let createdFolders = try OutputWriter.createFolders(for: plan.paths.filter { !onDisk.isRegularFile($0) }, in: root)
        func undo(_ renamed: [(target: String, backup: String?)], _ staged: [String], _ error: String) -> OutputError {
            for (target, backup) in renamed.reversed() {
                if let backup { Foundation.rename(backup, target) } else { unlink(target) }
            }
            for path in staged {
                unlink(AtomicFile.temporaryPath(for: root + "/" + path))
                unlink(AtomicFile.backupPath(for: root + "/" + path))
            }
            for folder in createdFolders.reversed() { rmdir(root + "/" + folder) }
            return OutputError(error + "; the site is as it was")
        }
        // 1. Every file made; a new or changed one written under a hidden name.
        let files = plan.inMakingOrder()
        let outcomes = files.parallelMap { file -> Staging in
            let target = root + "/" + file.path
            let content = file.make()
            if onDisk.isRegularFile(file.path), let data = FileManager.default.contents(atPath: target), content.equals(data, source: source) {
                return .unchanged
            }
            do {
                try OutputWriter.write(content, to: AtomicFile.temporaryPath(for: target), source: source)
                return .staged
            } catch {
                return .failed("cannot write '\(file.path)': \(error)")
            }
        }
        let changed = zip(files, outcomes).filter { $0.1 != .unchanged }.map(\.0.path).sorted()
        if let failure = outcomes.lazy.compactMap({ if case .failed(let message) = $0 { message } else { nil } }).first {
            throw undo([], changed, failure)
        }
        // 2. Renamed in, each old file kept (hard-linked) until all are in; then 3. Stale files
        // removed. Ctrl-C waits for both (``DeferredInterrupts``): the site is never half new.
        try DeferredInterrupts.whileHeld { try swapIn(changed, in: root, beforeRenaming: beforeRenaming, undo: undo) }
        return changed
    }

    /// Steps 2 and 3 of ``apply(_:in:source:beforeRenaming:)``: the staged files of `changed`
    /// renamed in, then the stale files removed.
    private func swapIn(
        _ changed: [String], in root: String, beforeRenaming: (String) -> Void,
        undo: ([(target: String, backup: String?)], [String], String) -> OutputError
    ) throws {
        var renamed: [(target: String, backup: String?)] = []
        for path in changed {
            let target = root + "/" + path
            var backup: String? = AtomicFile.backupPath(for: target)
            unlink(backup!)
            if link(target, backup!) != 0 {
                guard errno == ENOENT else { throw undo(renamed, changed, "cannot keep '\(path)' while updating \(root): \(String(cString: strerror(errno)))") }
                backup = nil  // a new file: nothing to keep
            }
            do {
                beforeRenaming(path)
                try AtomicFile.rename(AtomicFile.temporaryPath(for: target), to: target)
            } catch {
                if let backup { unlink(backup) }
                throw undo(renamed, changed, "\(error)")
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

    /// What staging one file came to.
    private enum Staging: Equatable, Sendable {
        case unchanged, staged
        case failed(String)
    }
}
