import Foundation
import RepereContent
import RepereSupport

/// Notices changes under some files and folders by comparing their stamps (size, inode,
/// modification and status-change times) from one scan to the next.
///
/// A scan is portable, needs no file-system notification API, and costs one `lstat` per file: a
/// few milliseconds for thousands of files (``ChangeSignal`` says when to scan). Hidden files and folders are ignored; symbolic
/// links are stamped by their target but never followed into, so a link loop cannot hang it;
/// only a root may be a link to a folder (a `content` folder kept elsewhere), which is walked.
public struct FileWatcher: Sendable {
    /// What identifies a file's content between two scans.
    public typealias Stamp = ContentStamp

    /// Absolute paths of the watched files and folders (missing ones are watched for appearing).
    public var roots: [String]

    public init(roots: [String]) { self.roots = roots }

    /// Every watched file's stamp, by absolute path.
    public func scan() -> [String: Stamp] { scanWithFolders().stamps }

    /// Every watched file's stamp, and the folders they are in (for ``ChangeSignal``): each
    /// watched folder and its sub-folders, and the folder holding each root that is not a folder
    /// (a file such as `repere.yml`, or a folder that does not exist yet).
    func scanWithFolders() -> (stamps: [String: Stamp], folders: [String]) {
        var stamps: [String: Stamp] = [:]
        var folders: [String] = []
        for root in roots {
            Self.walk(root, relative: "", into: &stamps, folders: &folders, isRoot: true)
            if !folders.contains(root) { folders.append(String(root[..<(root.lastIndex(of: "/") ?? root.endIndex)])) }
        }
        return (stamps, folders)
    }

    /// Looks again at the touched `paths` only (a folder with all it holds), updating `stamps`
    /// and `folders` as a full scan would.
    ///
    /// - Returns: the paths added, removed or modified, sorted.
    func rescan(_ paths: Set<String>, stamps: inout [String: Stamp], folders: inout [String]) -> [String] {
        var changed: [String] = []
        for path in paths.sorted() {
            guard let relative = watchedPath(path) else { continue }
            var fresh: [String: Stamp] = [:]
            var newFolders: [String] = []
            Self.walk(path, relative: relative, into: &fresh, folders: &newFolders, isRoot: roots.contains(path))
            let inside = path + "/"
            // A file that was not a folder is one entry: looked up, not sought among them all.
            let old =
                newFolders.isEmpty && !folders.contains(path)
                ? stamps[path].map { [path: $0] } ?? [:]
                : stamps.filter { $0.key == path || $0.key.hasPathPrefix(inside) }
            changed += Self.changes(from: old, to: fresh)
            for key in old.keys { stamps[key] = nil }
            stamps.merge(fresh) { $1 }
            folders.removeAll { $0 == path || $0.hasPathPrefix(inside) }
            folders += newFolders
        }
        return changed.sorted()
    }

    /// Watches `newRoots` from now on: the files of roots not watched before are stamped as they
    /// are; those of roots no longer watched are forgotten.
    ///
    /// - Returns: the files of the added roots changed after `changedSince` (nanoseconds since
    ///   1970), which a build that began then may have read before their change.
    @discardableResult
    mutating func replaceRoots(
        with newRoots: [String], stamps: inout [String: Stamp], folders: inout [String], changedSince: Int64 = .max
    ) -> [String] {
        let added = newRoots.filter { !roots.contains($0) }, removed = roots.filter { !newRoots.contains($0) }
        guard !added.isEmpty || !removed.isEmpty else { return [] }
        roots = newRoots
        for root in removed {
            stamps = stamps.filter { $0.key != root && !$0.key.hasPathPrefix(root + "/") }
        }
        let fresh = FileWatcher(roots: added).scanWithFolders()
        stamps.merge(fresh.stamps) { old, _ in old }
        folders += fresh.folders.filter { !folders.contains($0) }
        return fresh.stamps.filter { max($0.value.modified, $0.value.changed) > changedSince }.keys.sorted()
    }

    /// Where `path` is inside the root holding it (`""` for a root), when a full scan would see
    /// it; `nil` otherwise.
    private func watchedPath(_ path: String) -> String? {
        for root in roots {
            guard let rest = path.droppingPathPrefix(root), rest.isEmpty || rest.hasPrefix("/") else { continue }
            let relative = String(rest.drop { $0 == "/" })
            if !ContentPath.isSkipped(relative) { return relative }
        }
        return nil
    }

    /// Paths added, removed or modified between two scans, sorted.
    public static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed = old.keys.filter { new[$0] == nil }
        for (path, stamp) in new where old[path] != stamp { changed.append(path) }
        return changed.sorted()
    }

    /// Stamps the file at `path`, or every file under the folder at `path`; `relative` is where
    /// `path` is inside its root.
    private static func walk(
        _ path: String, relative: String, into result: inout [String: Stamp], folders: inout [String], isRoot: Bool = false
    ) {
        var info = stat()
        guard (isRoot ? stat(path, &info) : lstat(path, &info)) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            folders.append(path)
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if ContentPath.skipsEntry(name, in: relative) { continue }
                walk(path + "/" + name, relative: relative.isEmpty ? name : relative + "/" + name, into: &result, folders: &folders)
            }
            return
        }
        if info.st_mode & S_IFMT == S_IFLNK { _ = stat(path, &info) }
        result[path] = ContentStamp(info)
    }
}
