import Foundation
import RepereContent

/// Every file and folder below a folder, read with `readdir` and `fstatat` relative to the open
/// folder (no path looked up from the root again for each file): symbolic links are listed,
/// never followed.
struct FolderListing {
    enum Entry {
        case folder
        case regularFile(ContentStamp)
        /// A symbolic link, a named pipe, a device…: never read, always replaced.
        case other(ContentStamp)
    }

    private(set) var entries: [String: Entry] = [:]

    init(_ root: String) {
        var entries: [String: Entry] = [:]
        Self.visit(root) { entries[$0] = $1 }
        self.entries = entries
    }

    /// Whether `path` is a folder (`false` for anything else, `nil` when absent).
    func isFolder(_ path: String) -> Bool? {
        entries[path].map { if case .folder = $0 { true } else { false } }
    }

    /// Whether `path` is a regular file (not a link to one).
    func isRegularFile(_ path: String) -> Bool {
        if case .regularFile = entries[path] { true } else { false }
    }

    /// Everything but folders, with their stamps.
    var fileStamps: [String: ContentStamp] {
        entries.compactMapValues { entry in
            switch entry {
            case .folder: nil
            case .regularFile(let stamp), .other(let stamp): stamp
            }
        }
    }

    /// Calls `body` with the relative path of everything below `root`, a folder before what it
    /// holds, and each folder's entries in the order of their names: the same order every time.
    static func visit(_ root: String, _ body: (String, Entry) -> Void) {
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { walk(folder, relative: "", body) }
    }

    /// Lists the open `folder` (and closes it).
    private static func walk(_ folder: Int32, relative: String, _ body: (String, Entry) -> Void) {
        guard let directory = fdopendir(folder) else {
            close(folder)
            return
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                body(child, .folder)
                let inner = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if inner >= 0 { walk(inner, relative: child, body) }
            case S_IFREG: body(child, .regularFile(ContentStamp(info)))
            default: body(child, .other(ContentStamp(info)))
            }
        }
    }
}
