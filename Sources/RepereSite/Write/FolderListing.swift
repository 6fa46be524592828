import Foundation

/// Every file and folder below a folder, read with `readdir` and `lstat`: symbolic links are
/// listed as files and never followed.
struct FolderListing {
    /// Relative path → the entry's stamp, or `nil` for a folder.
    private(set) var entries: [String: FileStamp?] = [:]

    init(_ root: String) { walk(root, relative: "") }

    /// Whether `path` is a folder (`false` for a file, `nil` when absent).
    func isFolder(_ path: String) -> Bool? { entries[path].map { $0 == nil } }

    /// The files only, with their stamps.
    var fileStamps: [String: FileStamp] { entries.compactMapValues { $0 } }

    private mutating func walk(_ path: String, relative: String) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                entries[child] = .some(nil)
                walk(path + "/" + name, relative: child)
            } else {
                entries[child] = FileStamp(info)
            }
        }
    }
}

/// A file's size and modification time (nanoseconds), as `stat` tells them.
struct FileStamp: Codable, Equatable {
    var size: Int64
    var modified: Int64

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
