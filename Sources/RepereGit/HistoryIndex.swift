/// The Git history of every file under a folder, computed in one walk over all commits from HEAD.
public struct HistoryIndex: Sendable {
    /// Histories of the files present at HEAD, keyed by their repository-relative path.
    public let files: [String: FileHistory]
    /// Files deleted in the history that do not continue at HEAD (a file deleted and later re-added
    /// at the same path counts as one file), most recent deletion first.
    public let deletedFiles: [DeletedFile]
    /// Whether the walk stopped at the boundary of a shallow clone.
    public let isTruncated: Bool
    /// Number of commits walked.
    public let commitCount: Int
    /// Folders outside the prefix whose files were moved into it, and whose past was followed.
    public let sourceFolders: [String]

    /// No history at all.
    public static let empty = HistoryIndex(files: [:], deletedFiles: [], isTruncated: false, commitCount: 0, sourceFolders: [])

    /// Walks the history from `start` (default: HEAD) once and computes the history of every file
    /// under `pathPrefix` (a repository-relative folder such as `docs/content/`; empty for the whole
    /// repository), following files moved into it from elsewhere (``CommitChanges``). Commits in
    /// `ignoring` (reformatting, a migration) count neither as updates nor for authorship.
    /// An empty repository gives an empty index.
    public static func build(
        repository: Repository, pathPrefix: String = "", start: CommitID? = nil, ignoring: Set<CommitID> = []
    ) throws(GitError) -> HistoryIndex {
        let prefix = PathPrefix(pathPrefix)
        let graph = try repository.withHandle { (handle) throws(GitError) in
            try CommitGraph(repository: handle, prefix: prefix, start: start)
        }
        guard !graph.commits.isEmpty else { return .empty }
        let changes = try CommitChanges(graph: graph, prefix: prefix, repository: repository)
        let ignored = Set(graph.commits.indices.filter { ignoring.contains(graph.commits[$0].id.commitID) })
        let replay = HistoryReplay(graph: graph, headFiles: changes.startFiles, changes: changes.changes)
        return HistoryIndex(
            files: replay.histories(ignoring: ignored).filter { prefix.contains($0.key) },
            deletedFiles: replay.deletedFiles.filter { prefix.contains($0.path) },
            isTruncated: graph.commits.contains(where: \.isBoundary), commitCount: graph.commits.count,
            sourceFolders: changes.sourceFolders.sorted())
    }
}
