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

    /// No history at all.
    public static let empty = HistoryIndex(files: [:], deletedFiles: [], isTruncated: false, commitCount: 0)

    /// Walks the history from `start` (default: HEAD) once and computes the history of every file
    /// under `pathPrefix` (a repository-relative folder such as `docs/content/`; empty for the whole
    /// repository). An empty repository gives an empty index.
    public static func build(repository: Repository, pathPrefix: String = "", start: CommitID? = nil) throws(GitError) -> HistoryIndex {
        let prefix = PathPrefix(pathPrefix)
        let graph = try repository.withHandle { (handle) throws(GitError) in
            try CommitGraph(repository: handle, prefix: prefix, start: start)
        }
        guard let head = graph.commits.first else {
            return HistoryIndex(files: [:], deletedFiles: [], isTruncated: false, commitCount: 0)
        }
        // Pair 0 lists HEAD's files; the others compare a commit with each parent, or a root with nothing.
        var pairs: [(old: ObjectKey?, new: ObjectKey?)] = [(nil, head.tree)]
        var slots: [(commit: Int, parent: Int)] = [(-1, 0)]
        for (index, commit) in graph.commits.enumerated() {
            let parentTrees = commit.parents.isEmpty ? [nil] : commit.parents.map { graph.commits[$0].tree }
            for (slot, parentTree) in parentTrees.enumerated() {
                pairs.append((parentTree, commit.tree))
                slots.append((index, slot))
            }
        }
        var results = try TreeComparisons.changes(pairs, prefix: prefix, gitDirectory: repository.gitDirectory)
        for (task, (old, new)) in pairs.enumerated() where results[task].hasAdditionsAndDeletions {
            guard let old, let new else { continue }
            results[task] = try repository.withHandle { (handle) throws(GitError) in
                try RenameDetector.pairRenames(in: results[task], from: old, to: new, prefix: prefix, repository: handle)
            }
        }
        var changes = graph.commits.map { [[PathChange]](repeating: [], count: max(1, $0.parents.count)) }
        for (slot, result) in zip(slots, results).dropFirst() {
            changes[slot.commit][slot.parent] = result
        }
        let headFiles = results[0].compactMap { if case .added(let path) = $0 { path } else { nil } }.sorted()
        let replay = HistoryReplay(graph: graph, headFiles: headFiles, changes: changes)
        return HistoryIndex(files: replay.histories, deletedFiles: replay.deletedFiles,
                            isTruncated: graph.commits.contains(where: \.isBoundary), commitCount: graph.commits.count)
    }
}
