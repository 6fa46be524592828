import Foundation
import RepereContent

/// Every file and folder below a folder, read with `readdir` and `lstat`: symbolic links are
/// listed, never followed.
struct FolderListing {
    enum Entry {
        case folder
        case regularFile(ContentStamp)
        /// A symbolic link, a named pipe, a device…: never read, always replaced.
        case other(ContentStamp)
    }

    private(set) var entries: [String: Entry] = [:]

    init(_ root: String) { walk(root, relative: "") }

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

    private mutating func walk(_ path: String, relative: String) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[child] = .folder
                walk(path + "/" + name, relative: child)
            case S_IFREG: entries[child] = .regularFile(ContentStamp(info))
            default: entries[child] = .other(ContentStamp(info))
            }
        }
    }
}
