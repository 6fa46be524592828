/// The Git history of every file under a folder, computed in one walk over all commits from HEAD,
/// or extended from an earlier index by walking only the commits made since.
public struct HistoryIndex: Sendable {
    /// The commit the history was read from; `nil` for an empty repository.
    public let commit: CommitID?
    /// Histories of the files present at HEAD, keyed by their repository-relative path.
    public var files: [String: FileHistory]
    /// Files deleted in the history that do not continue at HEAD (a file deleted and later re-added
    /// at the same path counts as one file), most recent deletion first. In an extended index, the
    /// earlier index's and those of the new commits: where merges since made Git's history
    /// simplification see an older deletion on another line, a whole walk can date it differently.
    public let deletedFiles: [DeletedFile]
    /// Whether the walk stopped at the boundary of a shallow clone.
    public let isTruncated: Bool
    /// Number of commits in the history.
    public let commitCount: Int
    /// Number of commits the walk that built this index read: fewer than ``commitCount`` when it
    /// extended an earlier index.
    public let walkedCommitCount: Int
    /// Folders outside the prefix whose files were moved into it, and whose past was followed.
    public let sourceFolders: [String]

    /// No history at all.
    public static let empty = HistoryIndex(commit: nil, files: [:], deletedFiles: [], isTruncated: false, commitCount: 0, walkedCommitCount: 0, sourceFolders: [])

    /// Walks the history from `start` (default: HEAD) once and computes the history of every file
    /// under `pathPrefix` (a repository-relative folder such as `docs/content/`; empty for the whole
    /// repository), following files moved into it from elsewhere (``CommitChanges``). Commits in
    /// `ignoring` (reformatting, a migration) count neither as updates nor for authorship.
    /// An empty repository gives an empty index.
    ///
    /// With `earlier`, an index built with the same prefix and ignored commits at an ancestor of
    /// `start`, only the commits since are walked and `earlier` continues their lines. Where that
    /// cannot give exactly what the whole walk gives (``HistoryReplay/histories(ignoring:continuing:)``),
    /// or `earlier` is not an ancestor, the whole history is walked.
    public static func build(
        repository: Repository, pathPrefix: String = "", start: CommitID? = nil, ignoring: Set<CommitID> = [],
        extending earlier: HistoryIndex? = nil
    ) throws(GitError) -> HistoryIndex {
        let prefix = PathPrefix(pathPrefix)
        if let earlier, let base = earlier.commit, let head = start ?? repository.headCommit {
            if head == base { return earlier }
            if let extended = try extend(earlier, from: base, to: head, repository: repository, prefix: prefix, ignoring: ignoring) {
                return extended
            }
        }
        let graph = try repository.withHandle { (handle) throws(GitError) in
            try CommitGraph(repository: handle, prefix: prefix, start: start)
        }
        guard let first = graph.commits.first else { return .empty }
        let changes = try CommitChanges(graph: graph, prefix: prefix, repository: repository)
        let replay = HistoryReplay(graph: graph, headFiles: changes.startFiles, changes: changes.changes)
        return HistoryIndex(
            commit: first.id.commitID,
            files: (replay.histories(ignoring: graph.indices(of: ignoring)) ?? [:]).filter { prefix.contains($0.key) },
            deletedFiles: replay.deletedFiles.filter { prefix.contains($0.path) },
            isTruncated: graph.commits.contains(where: \.isBoundary), commitCount: graph.commits.count,
            walkedCommitCount: graph.commits.count,
            sourceFolders: changes.sourceFolders.sorted())
    }

    /// `earlier` (read at `base`) extended with the commits from `head` back to `base`, or `nil`.
    private static func extend(
        _ earlier: HistoryIndex, from base: CommitID, to head: CommitID, repository: Repository, prefix: PathPrefix,
        ignoring: Set<CommitID>
    ) throws(GitError) -> HistoryIndex? {
        let graph = try repository.withHandle { (handle) throws(GitError) -> CommitGraph? in
            guard let newCommits = try CommitGraph.commits(from: head, after: base, repository: handle) else { return nil }
            return try CommitGraph(repository: handle, prefix: prefix, start: head, newCommits: newCommits)
        }
        guard let graph, let baseIndex = graph.commits.firstIndex(where: { $0.id.commitID == base }),
            !graph.commits.contains(where: \.isBoundary)
        else { return nil }
        let changes = try CommitChanges(graph: graph, prefix: prefix, repository: repository)
        let replay = HistoryReplay(graph: graph, headFiles: changes.startFiles, changes: changes.changes)
        let deleted = Set(earlier.deletedFiles.map(\.path))
        let continuation = HistoryReplay.Continuation(
            histories: earlier.files, base: baseIndex,
            isSameFile: { commit, path in
                (try? repository.withHandle { (handle) throws(GitError) in
                    try graph.sameFile(path, in: commit, as: baseIndex, repository: handle)
                }) ?? false
            },
            hasNoPast: { path in
                prefix.contains(path) && !deleted.contains(path)
                    && ((try? repository.withHandle { (handle) throws(GitError) in try graph.hasNoFile(path, in: baseIndex, repository: handle) }) ?? false)
            })
        guard let files = replay.histories(ignoring: graph.indices(of: ignoring), continuing: continuation) else { return nil }
        let newCount = graph.commits.count { !$0.isHidden }
        return HistoryIndex(
            commit: head,
            files: files.filter { prefix.contains($0.key) },
            deletedFiles: (replay.deletedFiles.filter { prefix.contains($0.path) } + earlier.deletedFiles)
                .sorted { ($1.deleted, $0.path) < ($0.deleted, $1.path) },
            isTruncated: earlier.isTruncated, commitCount: earlier.commitCount + newCount, walkedCommitCount: newCount,
            sourceFolders: Set(earlier.sourceFolders).union(changes.sourceFolders).sorted())
    }
}
