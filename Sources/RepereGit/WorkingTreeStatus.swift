import Clibgit2

/// The files under a folder whose working-tree state differs from HEAD: what a build from the
/// working tree shows that the history does not know yet. Paths are repository-relative, sorted.
public struct WorkingTreeStatus: Sendable, Equatable {
    /// Files in HEAD whose content on disk (or staged) differs.
    public let modified: [String]
    /// Files not in HEAD: untracked (including inside untracked folders) or newly staged.
    public let added: [String]
    /// Files in HEAD that are gone from disk or from the index.
    public let deleted: [String]

    public var isClean: Bool { modified.isEmpty && added.isEmpty && deleted.isEmpty }

    /// Reads the status of the files under `pathPrefix` (empty for the whole repository), ignored files excluded.
    public init(repository: Repository, pathPrefix: String = "") throws(GitError) {
        guard repository.workdir != nil else {
            throw GitError(.bareRepository, "A bare repository has no working tree: \(repository.gitDirectory)")
        }
        let prefix = PathPrefix(pathPrefix)
        let entries = try repository.withHandle { (handle) throws(GitError) in
            try Libgit2.withStringArray(prefix.value.isEmpty ? [] : [prefix.folder]) { (pathspec) throws(GitError) in
                var options = git_status_options()
                git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION))
                options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
                options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
                options.pathspec = pathspec
                var list: OpaquePointer?
                try Libgit2.check(git_status_list_new(&list, handle, &options), .other, "Cannot read the working tree status")
                defer { git_status_list_free(list) }
                return (0..<git_status_list_entrycount(list)).compactMap { index -> (path: String, flags: UInt32)? in
                    guard let entry = git_status_byindex(list, index)?.pointee,
                          let delta = (entry.index_to_workdir ?? entry.head_to_index)?.pointee,
                          let path = delta.old_file.path ?? delta.new_file.path else { return nil }
                    return (String(cString: path), entry.status.rawValue)
                }
            }
        }
        var modified: [String] = [], added: [String] = [], deleted: [String] = []
        for (path, flags) in entries where prefix.contains(path) {
            func has(_ flag: git_status_t) -> Bool { flags & flag.rawValue != 0 }
            // Staged and unstaged states combine: a file staged as new then deleted from disk is in neither.
            let inHead = !has(GIT_STATUS_INDEX_NEW) && !(has(GIT_STATUS_WT_NEW) && !has(GIT_STATUS_INDEX_DELETED))
            let onDisk = !has(GIT_STATUS_WT_DELETED) && !(has(GIT_STATUS_INDEX_DELETED) && !has(GIT_STATUS_WT_NEW))
            switch (inHead, onDisk) {
            case (true, true): modified.append(path)
            case (false, true): added.append(path)
            case (true, false): deleted.append(path)
            case (false, false): continue
            }
        }
        self.modified = modified.sorted()
        self.added = added.sorted()
        self.deleted = deleted.sorted()
    }
}
