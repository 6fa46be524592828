/// The changes of every commit of a graph against each of its parents, for the files under the
/// prefix and for the files of the folders they were moved from, renames paired.
///
/// A help centre's pages often lived elsewhere first (`docs/` moved to `content/`, `_posts/` to
/// `content/actualites/`). Wherever a commit adds files under the prefix, the rest of its tree is
/// compared too; a deleted file outside with the same extension and similar content is a move into
/// the prefix, and the files with that extension directly in its folder are followed from then on,
/// in every commit, so the moved pages keep their creation dates and authors. Rounds repeat for
/// moves into those folders (at most ``maxRounds``).
///
/// A comparison whose blobs are missing (a partial clone: libgit2 cannot fetch them) keeps its
/// additions and deletions unpaired rather than failing the whole history.
struct CommitChanges {
    /// For each commit, its changes against each parent, or against an empty tree for a root.
    let changes: [[[PathChange]]]
    /// The files at the graph's first commit, sorted: those under the prefix and in the source folders.
    let startFiles: [String]
    /// Folders (ending with `/`, `""` for the root) whose files moved into the prefix.
    let sourceFolders: Set<String>

    static let maxRounds = 8

    init(graph: CommitGraph, prefix: PathPrefix, repository: Repository) throws(GitError) {
        guard let start = graph.commits.first else {
            (changes, startFiles, sourceFolders) = ([], [], [])
            return
        }
        // Pair 0 lists the first commit's files; the others compare a commit with each parent, or a root with nothing.
        var pairs: [(old: ObjectKey?, new: ObjectKey?)] = [(nil, start.tree)]
        var roots: [(old: ObjectKey?, new: ObjectKey?)] = [(nil, start.root)]
        var slots: [(commit: Int, parent: Int)] = [(-1, 0)]
        for (index, commit) in graph.commits.enumerated() where !commit.isHidden {
            let parents: [Int?] = commit.parents.isEmpty ? [nil] : commit.parents
            for (slot, parent) in parents.enumerated() {
                pairs.append((parent.flatMap { graph.commits[$0].tree }, commit.tree))
                roots.append((parent.flatMap { graph.commits[$0].root }, commit.root))
                slots.append((index, slot))
            }
        }
        let gitDirectory = repository.gitDirectory
        var results = try TreeComparisons.changes(pairs, prefix: prefix, gitDirectory: gitDirectory)
        var sources: Set<String> = []
        if !prefix.value.isEmpty {
            var outside: [Int: [PathChange]] = [:]
            var arrivals = results
            for _ in 0..<Self.maxRounds {
                let found = try Self.sourceFolders(
                    of: arrivals, excluding: prefix, followed: sources, roots: roots, outside: &outside, repository: repository)
                guard !found.isEmpty else { break }
                sources.formUnion(found.keys)
                let extensions = Set(found.values.joined())
                arrivals = try TreeComparisons.changes(
                    roots, prefix: PathPrefix(""), filter: .filesDirectlyIn(Set(found.keys), extensions: extensions), gitDirectory: gitDirectory)
                for task in results.indices { results[task] += arrivals[task] }
            }
        }
        for task in results.indices.dropFirst() where results[task].hasAdditionsAndDeletions {
            // The prefix's trees are smaller to compare than the root's, when they hold every change.
            if let old = pairs[task].old, let new = pairs[task].new, results[task].allSatisfy({ prefix.contains($0.path) }) {
                results[task] = Self.pairRenames(in: results[task], from: old, to: new, prefix: prefix, repository: repository)
            } else if let old = roots[task].old, let new = roots[task].new {
                results[task] = Self.pairRenames(in: results[task], from: old, to: new, repository: repository)
            }
        }
        var changes = graph.commits.map { [[PathChange]](repeating: [], count: max(1, $0.parents.count)) }
        for (slot, result) in zip(slots, results).dropFirst() {
            changes[slot.commit][slot.parent] = result
        }
        self.changes = changes
        startFiles = results[0].compactMap { if case .added(let path) = $0 { path } else { nil } }.sorted()
        sourceFolders = sources
    }

    /// `changes` with renames paired, or as they are when the blobs cannot be read.
    private static func pairRenames(
        in changes: [PathChange], from old: ObjectKey, to new: ObjectKey, prefix: PathPrefix = PathPrefix(""), repository: Repository
    ) -> [PathChange] {
        (try? repository.withHandle { (handle) throws(GitError) in
            try RenameDetector.pairRenames(in: changes, from: old, to: new, prefix: prefix, repository: handle)
        }) ?? changes
    }

    /// The folders of files deleted outside the followed paths by the commits that add files in
    /// `arrivals`, when rename detection pairs them with those additions, each with the
    /// extensions of the files that moved.
    private static func sourceFolders(
        of arrivals: [[PathChange]], excluding prefix: PathPrefix, followed: Set<String>,
        roots: [(old: ObjectKey?, new: ObjectKey?)], outside: inout [Int: [PathChange]], repository: Repository
    ) throws(GitError) -> [String: Set<String>] {
        let tasks = arrivals.indices.dropFirst().filter { task in
            roots[task].old != nil && arrivals[task].contains { if case .added = $0 { true } else { false } }
        }
        let missing = tasks.filter { outside[$0] == nil }
        let compared = try TreeComparisons.changes(
            missing.map { roots[$0] }, prefix: PathPrefix(""), filter: .everythingOutside(prefix), gitDirectory: repository.gitDirectory)
        for (task, result) in zip(missing, compared) { outside[task] = result }
        var found: [String: Set<String>] = [:]
        for task in tasks {
            let additions = arrivals[task].filter { if case .added = $0 { true } else { false } }
            let extensions = Set(additions.map { PathFilter.fileExtension(of: $0.path) })
            let deletions = (outside[task] ?? []).filter { change in
                guard case .deleted(let path) = change else { return false }
                return !followed.contains(PathFilter.folder(of: path)) && extensions.contains(PathFilter.fileExtension(of: path))
            }
            guard !deletions.isEmpty, let old = roots[task].old, let new = roots[task].new else { continue }
            for case .renamed(let from, _) in pairRenames(in: additions + deletions, from: old, to: new, repository: repository) {
                found[PathFilter.folder(of: from), default: []].insert(PathFilter.fileExtension(of: from))
            }
        }
        return found.filter { !followed.contains($0.key) }
    }
}
