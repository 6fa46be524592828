import Clibgit2

/// The files under a folder as they are in one commit, read straight from the object database,
/// without a checkout. Used to build the site as it was at a given revision.
public struct RevisionSnapshot: Sendable {
    /// A file of the snapshot.
    public struct File: Sendable, Hashable {
        /// Repository-relative path.
        public let path: String
        /// Hexadecimal id of the file's blob.
        public let blobID: String
        /// Git file mode: `0o100644`, `0o100755` or `0o120000` (symbolic link).
        public let mode: UInt32
    }

    public let commit: CommitID
    /// The files under the prefix, sorted by path.
    public let files: [File]
    private let repository: Repository

    /// Lists the files under `pathPrefix` (empty for the whole repository) at `revision`.
    public init(repository: Repository, revision: String, pathPrefix: String = "") throws(GitError) {
        let commit = try repository.resolve(revision: revision)
        let prefix = PathPrefix(pathPrefix)
        self.repository = repository
        self.commit = commit
        files = try repository.withHandle { (handle) throws(GitError) in
            var oid = git_oid()
            git_oid_fromstr(&oid, commit.hex)
            var commitObject: OpaquePointer?
            try Libgit2.check(git_commit_lookup(&commitObject, handle, &oid), .notFound, "Cannot read commit \(commit.hex)")
            defer { git_commit_free(commitObject) }
            var root: OpaquePointer?
            try Libgit2.check(git_commit_tree(&root, commitObject), .notFound, "Cannot read the tree of \(commit.hex)")
            defer { git_tree_free(root) }
            guard !prefix.value.isEmpty else { return try Self.list(root, folder: "", handle) }
            var entry: OpaquePointer?
            let code = git_tree_entry_bypath(&entry, root, prefix.folder)
            if code == GIT_ENOTFOUND.rawValue { return [] }
            try Libgit2.check(code, .other, "Cannot look up \(prefix.folder)")
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return [] }
            var subtree: OpaquePointer?
            try Libgit2.check(git_tree_lookup(&subtree, handle, git_tree_entry_id(entry)), .notFound, "Cannot read \(prefix.folder)")
            defer { git_tree_free(subtree) }
            return try Self.list(subtree, folder: prefix.value, handle)
        }.sorted { $0.path < $1.path }
    }

    /// The bytes of a file of the snapshot.
    public func contents(of file: File) throws(GitError) -> [UInt8] {
        try repository.withHandle { (handle) throws(GitError) in
            var oid = git_oid()
            guard git_oid_fromstr(&oid, file.blobID) == 0 else { throw GitError(.notFound, "Invalid blob id \(file.blobID)") }
            var blob: OpaquePointer?
            try Libgit2.check(git_blob_lookup(&blob, handle, &oid), .notFound, "Cannot read \(file.path)")
            defer { git_blob_free(blob) }
            let size = Int(git_blob_rawsize(blob))
            guard size > 0, let bytes = git_blob_rawcontent(blob) else { return [] }
            return Array(UnsafeRawBufferPointer(start: bytes, count: size))
        }
    }

    /// The bytes of the file at a repository-relative path.
    public func contents(at path: String) throws(GitError) -> [UInt8] {
        guard let file = files.first(where: { $0.path == path }) else {
            throw GitError(.notFound, "No file \(path) in \(commit.short)")
        }
        return try contents(of: file)
    }

    private static func list(_ tree: OpaquePointer?, folder: String, _ repository: OpaquePointer) throws(GitError) -> [File] {
        var files: [File] = []
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index), let name = git_tree_entry_name(entry) else { continue }
            let path = folder + String(cString: name)
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_BLOB:
                files.append(File(path: path, blobID: ObjectKey(git_tree_entry_id(entry).pointee).hex,
                                  mode: git_tree_entry_filemode(entry).rawValue))
            case GIT_OBJECT_TREE:
                var subtree: OpaquePointer?
                try Libgit2.check(git_tree_lookup(&subtree, repository, git_tree_entry_id(entry)), .notFound, "Cannot read \(path)")
                defer { git_tree_free(subtree) }
                files += try list(subtree, folder: path + "/", repository)
            default:
                continue
            }
        }
        return files
    }
}
