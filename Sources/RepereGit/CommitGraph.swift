import Clibgit2

/// The commits reachable from HEAD in topological order (every commit before its parents, first
/// parents first), each with the metadata the history index needs and the id of its prefix tree.
/// In a shallow clone, a parent missing from the object database (libgit2 1.5 ignores the graft
/// list) marks the boundary and ends the walk there; elsewhere it is an error.
///
/// A walk that extends an earlier one (``HistoryIndex/build(repository:pathPrefix:start:ignoring:extending:)``)
/// expands only the new commits: the parents it reaches among the earlier walk's commits are
/// kept as hidden leaves, where the replay stops.
struct CommitGraph: Sendable {
    struct Commit: Sendable {
        let id: ObjectKey
        /// Indices of the parents present in the graph.
        var parents: [Int] = []
        /// Whether a parent is missing: the history beyond this commit is unknown.
        var isBoundary = false
        /// Whether the commit belongs to an earlier walk: its parents are not read.
        var isHidden = false
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

    /// Walks the history from `start` (default: HEAD); an unborn HEAD gives an empty graph. With
    /// `newCommits`, only those are expanded; the others reached are hidden leaves.
    init(repository: OpaquePointer, prefix: PathPrefix, start: CommitID? = nil, newCommits: Set<ObjectKey>? = nil) throws(GitError) {
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
            if let newCommits, !newCommits.contains(discovered[next].id) {
                discovered[next].isHidden = true
                next += 1
                continue
            }
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

    /// The commits reachable from `start` that are not `base` or one of its ancestors, or `nil`
    /// when `base` is not an ancestor of `start`.
    static func commits(from start: CommitID, after base: CommitID, repository: OpaquePointer) throws(GitError) -> Set<ObjectKey>? {
        var startID = git_oid(), baseID = git_oid()
        try Libgit2.check(git_oid_fromstr(&startID, start.hex), .invalidRevision, "Invalid commit id '\(start.hex)'")
        try Libgit2.check(git_oid_fromstr(&baseID, base.hex), .invalidRevision, "Invalid commit id '\(base.hex)'")
        guard start == base || git_graph_descendant_of(repository, &startID, &baseID) == 1 else { return nil }
        var walk: OpaquePointer?
        try Libgit2.check(git_revwalk_new(&walk, repository), .other, "Cannot walk the history")
        defer { git_revwalk_free(walk) }
        try Libgit2.check(git_revwalk_push(walk, &startID), .notFound, "Cannot read commit \(start.hex)")
        try Libgit2.check(git_revwalk_hide(walk, &baseID), .notFound, "Cannot read commit \(base.hex)")
        var commits: Set<ObjectKey> = []
        var oid = git_oid()
        while git_revwalk_next(&oid, walk) == 0 { commits.insert(ObjectKey(oid)) }
        return commits
    }

    /// The indices of the commits among `ids`.
    func indices(of ids: Set<CommitID>) -> Set<Int> {
        guard !ids.isEmpty else { return [] }
        return Set(commits.indices.filter { ids.contains(commits[$0].id.commitID) })
    }

    /// Whether `path` is the same blob (or equally absent) in the commits at indices `a` and `b`.
    func sameFile(_ path: String, in a: Int, as b: Int, repository: OpaquePointer) throws(GitError) -> Bool {
        try Self.blob(path, root: commits[a].root, repository) == Self.blob(path, root: commits[b].root, repository)
    }

    /// Whether the commit at `index` has no file at `path`.
    func hasNoFile(_ path: String, in index: Int, repository: OpaquePointer) throws(GitError) -> Bool {
        try Self.blob(path, root: commits[index].root, repository) == nil
    }

    private static func blob(_ path: String, root: ObjectKey?, _ repository: OpaquePointer) throws(GitError) -> ObjectKey? {
        guard var oid = root?.oid else { return nil }
        var tree: OpaquePointer?
        try Libgit2.check(git_tree_lookup(&tree, repository, &oid), .notFound, "Cannot read a commit's tree")
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, tree, path) == 0 else { return nil }
        defer { git_tree_entry_free(entry) }
        return ObjectKey(git_tree_entry_id(entry).pointee)
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
