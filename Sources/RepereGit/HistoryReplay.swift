/// Replays the changes of every commit from HEAD backwards, carrying per-line states from children to
/// parents, and accumulates each file's history. At a merge, a path that matches some parent is
/// followed into the first such parent only and the merge does not count as a change, as `git log`
/// does; a path that differs from every parent is a change of the merge, followed into all parents.
struct HistoryReplay {
    /// How a commit's path relates to one parent.
    private enum Touch: Equatable {
        case added, deleted, modified, renamedAway
        case renamedFrom(String)
    }

    /// A file as the replay follows it. Where two lines of history attribute one path to two files,
    /// the shared past becomes a third file, an ancestor of both.
    private struct File {
        var path: String
        var deletion: Int?
        var created: Int?
        /// Commits that changed the file, in replay order.
        var commits: [Int] = []
        var previousPaths: [String] = []
        var ancestors: [Int] = []
    }

    private let commits: [CommitGraph.Commit]
    private var files: [File]
    private let headFileCount: Int
    /// The states that reached hidden commits (an earlier walk's), by commit index.
    private var exits: [Int: LineState] = [:]

    /// - Parameters:
    ///   - headFiles: the paths under the prefix at HEAD.
    ///   - changes: for each commit, its changes relative to each parent, or to an empty tree when it has none.
    init(graph: CommitGraph, headFiles: [String], changes: [[[PathChange]]]) {
        commits = graph.commits
        files = headFiles.map { File(path: $0) }
        headFileCount = headFiles.count
        guard !commits.isEmpty else { return }
        var pending = [LineState?](repeating: nil, count: commits.count)
        // Two names differing only in how an accent is encoded are one key: the first keeps it.
        pending[0] = LineState(files: Dictionary(headFiles.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }))
        for index in commits.indices {
            guard let state = pending[index].take() else { continue }
            if commits[index].isHidden {
                exits[index] = state
                continue
            }
            let parentStates = replay(index, state, changes[index].map(Self.touches))
            for (parent, parentState) in zip(commits[index].parents, parentStates) {
                guard let existing = pending[parent].take() else {
                    pending[parent] = parentState
                    continue
                }
                pending[parent] = LineState.merged(existing, parentState) { split($1, $2, at: $0) }
            }
        }
    }

    /// Applies one commit to the state of its line and returns the state of each parent.
    private mutating func replay(_ index: Int, _ state: consuming LineState, _ diffs: [[String: Touch]]) -> [LineState] {
        let paths = Set(diffs.flatMap(\.keys)).sorted()
        let known = paths.map { (file: state.files[$0], followed: state.follows($0)) }
        var parents = [LineState](repeating: .none, count: diffs.count)
        parents[0] = consume state
        for path in diffs[0].keys { parents[0].files[path] = nil }
        for (path, (file, followed)) in zip(paths, known) {
            if let same = diffs.firstIndex(where: { $0[path] == nil }) {
                guard same != 0 else { continue }
                parents[0].stopFollowing(path)
                if let file { assign(file, to: path, in: &parents[same]) }
                if file != nil || followed { parents[same].follow(path) }
                continue
            }
            if let file {
                files[file].commits.append(index)
                if diffs.allSatisfy({ $0[path] == .added }) { create(file, at: index) }
                if diffs.allSatisfy({ $0[path] == .deleted }), let deletion = files[file].deletion,
                    commits[deletion].committerDate < commits[index].committerDate {
                    // Deleted on several lines of history: the latest deletion is the file's.
                    files[file].deletion = index
                }
                // Parents lacking the path keep it mapped too: a deletion found further back on their
                // lines (a file a merge brought back, an earlier incarnation) belongs to this file's
                // history, as in `git log -- path`.
                for (parent, diff) in diffs.enumerated() {
                    switch diff[path] {
                    case .renamedFrom(let old):
                        assign(file, to: old, in: &parents[parent])
                        files[file].previousPaths.append(old)
                    default: assign(file, to: path, in: &parents[parent])
                    }
                }
            } else if followed, diffs.allSatisfy({ $0[path] == .deleted }) {
                files.append(File(path: path, deletion: index, commits: [index]))
                for parent in parents.indices { assign(files.count - 1, to: path, in: &parents[parent]) }
            }
            if file != nil || followed {
                for parent in parents.indices { parents[parent].follow(path) }
            }
        }
        return parents
    }

    /// Maps `path` to `file` in a parent's state. If another change of the same commit already
    /// mapped it (a path both renamed away and kept by a merge), the past is shared.
    private mutating func assign(_ file: Int, to path: String, in state: inout LineState) {
        if let other = state.files[path], other != file {
            state.files[path] = split(other, file, at: path)
        } else {
            state.files[path] = file
        }
    }

    /// A new file holding the shared past of two files that one path leads back to.
    private mutating func split(_ a: Int, _ b: Int, at path: String) -> Int {
        files.append(File(path: path))
        files[a].ancestors.append(files.count - 1)
        files[b].ancestors.append(files.count - 1)
        return files.count - 1
    }

    private mutating func create(_ file: Int, at index: Int) {
        if files[file].created.map({ commits[index].authorDate <= commits[$0].authorDate }) ?? true {
            files[file].created = index
        }
    }

    /// Indexes a commit's changes against one parent by the path they have in the commit.
    private static func touches(_ changes: [PathChange]) -> [String: Touch] {
        var touches: [String: Touch] = [:]
        for change in changes {
            switch change {
            case .added(let path): touches[path] = .added
            case .deleted(let path): touches[path] = .deleted
            case .modified(let path): touches[path] = .modified
            case .renamed(let old, let new):
                touches[new] = .renamedFrom(old)
                touches[old] = .renamedAway
            }
        }
        return touches
    }

    /// The indices of a file and all its ancestors.
    private func lineageIndices(of file: Int) -> [Int] {
        var seen: Set = [file], stack = [file], lineage: [Int] = []
        while let next = stack.popLast() {
            lineage.append(next)
            for ancestor in files[next].ancestors where seen.insert(ancestor).inserted { stack.append(ancestor) }
        }
        return lineage
    }

    /// How a walk over new commits continues an earlier one (``CommitGraph``'s hidden commits).
    struct Continuation {
        /// The earlier walk's histories, at `base`.
        let histories: [String: FileHistory]
        /// The index of the earlier walk's start commit.
        let base: Int
        /// Whether a path holds the same content at a hidden commit as at `base`.
        let isSameFile: (_ commit: Int, _ path: String) -> Bool
        /// Whether a path that `histories` lacks had no file at `base` nor before it (a line of
        /// a file added since reaches `base` with the file's path).
        let hasNoPast: (_ path: String) -> Bool
    }

    /// The histories of the files present at HEAD, keyed by path. The commits in `ignored` (indices)
    /// neither update a file nor count for its authors, unless the file has no other change.
    ///
    /// With `earlier`, a line of history that reaches a hidden commit continues with the earlier
    /// history of the path it has there. `nil` when that cannot be told exactly (the lines of one
    /// file reach two paths, a path that had a past the earlier walk does not hold, or a hidden
    /// commit other than the base where the file differs from the base's): then the whole history
    /// must be walked.
    func histories(ignoring ignored: Set<Int>, continuing earlier: Continuation? = nil) -> [String: FileHistory]? {
        var reached: [Int: [(commit: Int, path: String)]] = [:]
        for (commit, state) in exits {
            for (path, file) in state.files { reached[file, default: []].append((commit, path)) }
        }
        var result: [String: FileHistory] = [:]
        for file in 0..<headFileCount {
            let indices = lineageIndices(of: file)
            let lineage = indices.map { files[$0] }
            let exits = indices.flatMap { reached[$0] ?? [] }
            var past: FileHistory?
            if let earlier, let first = exits.first {
                guard exits.allSatisfy({ $0.path == first.path }),
                    exits.allSatisfy({ $0.commit == earlier.base || earlier.isSameFile($0.commit, first.path) })
                else { return nil }
                if let known = earlier.histories[first.path] {
                    past = known
                } else if !earlier.hasNoPast(first.path) {
                    return nil
                }
            }
            let path = files[file].path
            let allChanges = Set(lineage.flatMap(\.commits))
            let counted = allChanges.subtracting(ignored)
            let changes = counted.isEmpty && past == nil ? allChanges : counted
            var previousPaths: [String] = []
            for old in lineage.flatMap({ [$0.path] + $0.previousPaths }) + (past.map { [$0.path] + $0.previousPaths } ?? [])
            where old != path && !previousPaths.contains(old) {
                previousPaths.append(old)
            }
            guard let last = changes.max(by: { (commits[$0].committerDate, $1) < (commits[$1].committerDate, $0) }) else {
                if var past {
                    past.path = path
                    past.previousPaths = previousPaths
                    result[path] = past
                }
                continue
            }
            let creation = lineage.compactMap(\.created).min { (commits[$0].authorDate, $1) < (commits[$1].authorDate, $0) }
            var authorCounts = past?.authorCommits ?? [:]
            for change in changes { authorCounts[commits[change].author, default: 0] += 1 }
            var history = FileHistory(
                path: path,
                created: past?.created ?? commits[creation ?? last].authorDate,
                updated: commits[last].committerDate,
                lastCommit: commits[last].id.commitID,
                lastSummary: commits[last].summary,
                lastReaderNote: commits[last].readerNote,
                authorCommits: authorCounts,
                revisionCount: changes.count + (past?.revisionCount ?? 0),
                previousPaths: previousPaths,
                isTruncated: past?.isTruncated ?? creation.map { commits[$0].isBoundary && commits[$0].parents.isEmpty } ?? true
            )
            if let past, past.updated > history.updated {
                (history.updated, history.lastCommit) = (past.updated, past.lastCommit)
                (history.lastSummary, history.lastReaderNote) = (past.lastSummary, past.lastReaderNote)
            }
            result[path] = history
        }
        return result
    }

    /// Deletions of files that do not continue at HEAD, most recent first.
    var deletedFiles: [DeletedFile] {
        files.compactMap { file in
            file.deletion.map { DeletedFile(path: file.path, deleted: commits[$0].committerDate, commit: commits[$0].id.commitID) }
        }
        .sorted { ($1.deleted, $0.path) < ($0.deleted, $1.path) }
    }
}
