import Clibgit2

/// The commits reachable from HEAD in topological order (every commit before its parents, first
/// parents first), each with the metadata the history index needs and the id of its prefix tree.
/// In a shallow clone, a parent missing from the object database (libgit2 1.5 ignores the graft
/// list) marks the boundary and ends the walk there; elsewhere it is an error.
struct CommitGraph: Sendable {
    struct Commit: Sendable {
        let id: ObjectKey
        /// Indices of the parents present in the graph.
        var parents: [Int] = []
        /// Whether a parent is missing: the history beyond this commit is unknown.
        var isBoundary = false
        let author: String
        let authorDate: GitDate
        let committerDate: GitDate
        let summary: String
        /// Its `Nouveauté :` trailer (``ReaderNote``), or `""`.
        let readerNote: String
        /// The tree of the prefix folder, `nil` when the folder does not exist in this commit.
        let tree: ObjectKey?
        /// The commit's root tree.
        let root: ObjectKey?
        fileprivate let parentIDs: [ObjectKey]
    }

    /// Commits in topological order; HEAD is the first one.
    private(set) var commits: [Commit] = []

    /// Walks the history from `start` (default: HEAD); an unborn HEAD gives an empty graph.
    init(repository: OpaquePointer, prefix: PathPrefix, start: CommitID? = nil) throws(GitError) {
        var head = git_oid()
        if let start {
            try Libgit2.check(git_oid_fromstr(&head, start.hex), .invalidRevision, "Invalid commit id '\(start.hex)'")
        } else {
            guard git_repository_head_unborn(repository) != 1 else { return }
            try Libgit2.check(git_reference_name_to_id(&head, repository, "HEAD"), .notFound, "Cannot resolve HEAD")
        }
        var indices: [ObjectKey: Int] = [:]
        var discovered: [Commit] = []
        guard let first = try Self.load(ObjectKey(head), repository, prefix) else {
            throw GitError(.notFound, "HEAD commit \(ObjectKey(head).hex) is missing")
        }
        discovered.append(first)
        indices[first.id] = 0
        var next = 0
        while next < discovered.count {
            for key in discovered[next].parentIDs {
                if let known = indices[key] {
                    discovered[next].parents.append(known)
                } else if let parent = try Self.load(key, repository, prefix) {
                    indices[key] = discovered.count
                    discovered[next].parents.append(discovered.count)
                    discovered.append(parent)
                } else {
                    discovered[next].isBoundary = true
                }
            }
            next += 1
        }
        commits = Self.topologicallySorted(discovered)
    }

    /// Reads one commit, or returns `nil` when a shallow clone lacks it.
    private static func load(_ id: ObjectKey, _ repository: OpaquePointer, _ prefix: PathPrefix) throws(GitError) -> Commit? {
        var oid = id.oid
        var commit: OpaquePointer?
        let code = git_commit_lookup(&commit, repository, &oid)
        if code == GIT_ENOTFOUND.rawValue, git_repository_is_shallow(repository) == 1 { return nil }
        try Libgit2.check(code, .notFound, "Cannot read commit \(id.hex)")
        defer { git_commit_free(commit) }
        guard let commit, let author = git_commit_author(commit)?.pointee,
              let committer = git_commit_committer(commit)?.pointee else {
            throw GitError(.other, "Cannot read the signatures of commit \(id.hex)")
        }
        return Commit(
            id: id,
            author: author.name.map { String(cString: $0) } ?? "",
            authorDate: GitDate(seconds: author.when.time, offsetMinutes: Int(author.when.offset)),
            committerDate: GitDate(seconds: committer.when.time, offsetMinutes: Int(committer.when.offset)),
            summary: git_commit_summary(commit).map { String(cString: $0) } ?? "",
            readerNote: git_commit_message(commit).map { ReaderNote.of(message: String(cString: $0)) } ?? "",
            tree: try prefixTree(of: commit, prefix),
            root: git_commit_tree_id(commit).map { ObjectKey($0.pointee) },
            parentIDs: (0..<git_commit_parentcount(commit)).compactMap { git_commit_parent_id(commit, $0).map { ObjectKey($0.pointee) } }
        )
    }

    private static func prefixTree(of commit: OpaquePointer, _ prefix: PathPrefix) throws(GitError) -> ObjectKey? {
        guard !prefix.value.isEmpty else { return git_commit_tree_id(commit).map { ObjectKey($0.pointee) } }
        var root: OpaquePointer?
        try Libgit2.check(git_commit_tree(&root, commit), .notFound, "Cannot read a commit's tree")
        defer { git_tree_free(root) }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, root, prefix.folder)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try Libgit2.check(code, .other, "Cannot look up \(prefix.folder)")
        defer { git_tree_entry_free(entry) }
        return git_tree_entry_type(entry) == GIT_OBJECT_TREE ? ObjectKey(git_tree_entry_id(entry).pointee) : nil
    }

    /// Orders commits so that each comes after all its children, following first parents first.
    private static func topologicallySorted(_ commits: [Commit]) -> [Commit] {
        var pendingChildren = [Int](repeating: 0, count: commits.count)
        for commit in commits { for parent in commit.parents { pendingChildren[parent] += 1 } }
        var order: [Int] = []
        order.reserveCapacity(commits.count)
        var ready = [0]
        while let index = ready.popLast() {
            order.append(index)
            for parent in commits[index].parents.reversed() {
                pendingChildren[parent] -= 1
                if pendingChildren[parent] == 0 { ready.append(parent) }
            }
        }
        var position = [Int](repeating: 0, count: commits.count)
        for (newIndex, oldIndex) in order.enumerated() { position[oldIndex] = newIndex }
        return order.map { oldIndex in
            var commit = commits[oldIndex]
            commit.parents = commit.parents.map { position[$0] }
            return commit
        }
    }
}
