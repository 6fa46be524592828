import Clibgit2

/// Pairs the deleted and added files of one comparison that libgit2's similarity detection
/// (exact and inexact, 50 % by default as in git) considers renames.
enum RenameDetector {
    /// Returns `changes` with each detected delete/add pair replaced by a rename. `old` and `new`
    /// are the two commits' trees of the folder `prefix` (their root trees for an empty prefix),
    /// which holds every changed path; the paths are repository-relative.
    static func pairRenames(in changes: [PathChange], from old: ObjectKey, to new: ObjectKey, prefix: PathPrefix = PathPrefix(""),
                            repository: OpaquePointer) throws(GitError) -> [PathChange] {
        var candidates: [String] = []
        for change in changes {
            switch change {
            case .added(let path), .deleted(let path): candidates.append(String(path.dropFirst(prefix.value.count)))
            default: continue
            }
        }
        let oldTree = try tree(old, repository)
        defer { git_tree_free(oldTree) }
        let newTree = try tree(new, repository)
        defer { git_tree_free(newTree) }
        let renames = try Libgit2.withStringArray(candidates) { (pathspec) throws(GitError) in
            var options = git_diff_options()
            git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
            options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
            options.pathspec = pathspec
            var diff: OpaquePointer?
            defer { git_diff_free(diff) }
            try Libgit2.check(git_diff_tree_to_tree(&diff, repository, oldTree, newTree, &options), .other, "Cannot compare trees")
            var find = git_diff_find_options()
            git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
            find.flags = GIT_DIFF_FIND_RENAMES.rawValue
            try Libgit2.check(git_diff_find_similar(diff, &find), .other, "Cannot detect renames")
            return (0..<git_diff_num_deltas(diff)).compactMap { index -> (from: String, to: String)? in
                guard let delta = git_diff_get_delta(diff, index)?.pointee, delta.status == GIT_DELTA_RENAMED,
                      let from = delta.old_file.path, let to = delta.new_file.path else { return nil }
                return (prefix.value + String(cString: from), prefix.value + String(cString: to))
            }
        }
        guard !renames.isEmpty else { return changes }
        let renamed = Set(renames.flatMap { [$0.from, $0.to] })
        return changes.filter { change in
            switch change {
            case .added(let path), .deleted(let path): !renamed.contains(path)
            default: true
            }
        } + renames.map { PathChange.renamed(from: $0.from, to: $0.to) }
    }

    private static func tree(_ id: ObjectKey, _ repository: OpaquePointer) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        var tree: OpaquePointer?
        try Libgit2.check(git_tree_lookup(&tree, repository, &oid), .notFound, "Cannot read tree \(id.hex)")
        guard let tree else { throw GitError(.notFound, "Cannot read tree \(id.hex)") }
        return tree
    }
}
