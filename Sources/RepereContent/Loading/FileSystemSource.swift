import Foundation
import RepereSupport

/// Content read from a folder on disk.
///
/// Symbolic links that point outside the folder, or to a hidden file inside it (`.git/config`
/// when the content folder is the repository), are left out (and reported by ``refusedLinks``),
/// so no content path can reach a file that is not content; links to folders are not followed.
/// A folder holding a site Repère built (``siteMarker``) is left out too.
public struct FileSystemSource: ContentSource {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL.resolvingSymlinksInPath() }

    public func files() throws -> [ContentPath] {
        try scan().files
    }

    /// Content paths that are symbolic links resolving outside the content folder or to a hidden
    /// file in it, with why.
    public func refusedLinks() throws -> [(path: ContentPath, refusal: LinkRefusal)] {
        try scan().refused
    }

    /// Why a link's target is no content.
    public enum LinkRefusal: Equatable, Sendable {
        /// The target is outside the content folder.
        case outside
        /// The target is a hidden file or in a hidden folder (its path in the content folder).
        case hidden(String)
    }

    /// Why the file at `path`, links followed, is no content; `nil` when it is (or does not exist).
    public func refusal(of path: ContentPath) -> LinkRefusal? {
        realPath(root.path + "/" + path.rawValue).flatMap { Self.refusal(ofTarget: $0, root: root.path) }
    }

    /// `path` with every link resolved; `nil` when it does not exist.
    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why `target`, a real path (links resolved), is no content of the folder `root` (a real path).
    static func refusal(ofTarget target: String, root: String) -> LinkRefusal? {
        guard let relative = target.droppingPathPrefix(root + "/") else { return .outside }
        return ContentPath.isHidden(relative) ? .hidden(relative) : nil
    }

    private func scan() throws -> (files: [ContentPath], refused: [(path: ContentPath, refusal: LinkRefusal)]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ContentSourceError("content folder '\(root.path)' does not exist")
        }
        var files: [ContentPath] = []
        var refused: [(path: ContentPath, refusal: LinkRefusal)] = []
        let rootPath = root.path
        // readdir gives each entry's type without a stat per file, unlike FileManager's enumerator.
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            guard let folder = opendir(relativeFolder.isEmpty ? rootPath : rootPath + "/" + relativeFolder) else {
                if relativeFolder.isEmpty { throw ContentSourceError("cannot list the content folder '\(rootPath)'") }
                continue
            }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                switch Self.entry(name, in: relativeFolder, type: Int32(entry.pointee.d_type), root: rootPath) {
                case .skipped: continue
                case .folder(let relative):
                    // A site Repère built there (`repere build -o out` with `content_dir: .`) is no content.
                    if access(rootPath + "/" + relative + "/" + Self.siteMarker, F_OK) == 0 { continue }
                    pending.append(relative)
                case .file(let path): files.append(path)
                case .refused(let path, let refusal): refused.append((path, refusal))
                }
            }
        }
        return (files.sorted(), refused.sorted { $0.path < $1.path })
    }

    /// A file every site Repère builds holds, which marks a folder as one: the search runtime.
    static let siteMarker = "_repere/search.mjs"

    /// What a scan makes of an entry of a folder.
    enum Entry: Equatable {
        case skipped
        case folder(String)
        case file(ContentPath)
        case refused(ContentPath, LinkRefusal)
    }

    /// The entry `name` of `folder` (relative to the content folder `root`, a real path), of type
    /// `type`: its `d_type`, `DT_UNKNOWN` on file systems that give none (then `lstat` tells).
    static func entry(_ name: String, in folder: String, type: Int32, root: String) -> Entry {
        // Hidden files and folders, `.` and `..`, but for GitBook's `.gitbook/assets/`.
        guard !ContentPath.skipsEntry(name, in: folder) else { return .skipped }
        let relative = folder.isEmpty ? name : folder + "/" + name
        var type = type
        if type == Int32(DT_UNKNOWN) {
            var info = stat()
            guard lstat(root + "/" + relative, &info) == 0 else { return .skipped }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: type = Int32(DT_DIR)
            case S_IFLNK: type = Int32(DT_LNK)
            default: type = Int32(DT_REG)
            }
        }
        if type != Int32(DT_DIR), relative.hasPrefix("."), ContentPath.isHidden(relative) { return .skipped }  // a file `.gitbook`
        switch type {
        case Int32(DT_DIR): return .folder(relative)
        case Int32(DT_LNK):
            // Links are resolved (a system call each): they must stay inside the folder and reach
            // no hidden file.
            let resolved = URL(fileURLWithPath: root + "/" + relative).resolvingSymlinksInPath().path
            if let refusal = refusal(ofTarget: resolved, root: root) { return .refused(ContentPath(relative), refusal) }
            // A linked folder is not followed (a link to an ancestor would loop).
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else { return .skipped }
            return .file(ContentPath(relative))
        default: return .file(ContentPath(relative))  // a named pipe or a device is listed, and fails to read
        }
    }

    /// The file's bytes, with plain `open`/`read` (no `Data` to copy from). Anything but a
    /// regular file (a folder, a named pipe, a device) is an error, and never blocks; so is a link
    /// to a file that is no content (``refusal(of:)``), even one swapped in after the scan.
    public func read(_ path: ContentPath) throws -> [UInt8] {
        let descriptor = open(root.path + "/" + path.rawValue, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        var info = stat()
        guard descriptor >= 0, fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            if descriptor >= 0 { close(descriptor) }
            throw ContentSourceError("cannot read '\(path)'")
        }
        defer { close(descriptor) }
        // The file opened, not the path (a link can be swapped in between): Linux names it in /proc.
        guard (realPath("/proc/self/fd/\(descriptor)") ?? realPath(root.path + "/" + path.rawValue))
            .map({ Self.refusal(ofTarget: $0, root: root.path) == nil }) ?? false
        else { throw ContentSourceError("'\(path)' links to a file that is no content") }
        // One byte more than the size, so reaching the end costs no second allocation.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }  // the file grew
            let got = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw ContentSourceError("cannot read '\(path)': \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The stamp of the file (of a link's target: links inside the folder are followed); `nil`
    /// when it was written too recently for its stamp to prove anything (``ContentStamp/isSettled(now:)``).
    public func changeStamp(_ path: ContentPath) -> ContentStamp? {
        guard let stamp = ContentStamp(path: root.path + "/" + path.rawValue), stamp.isSettled() else { return nil }
        return stamp
    }
}
