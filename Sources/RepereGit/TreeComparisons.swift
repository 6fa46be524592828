import Foundation
import Synchronization

/// Compares many pairs of prefix trees at once, one folder depth at a time: all versions of a folder
/// are read together and in history order, and folders are spread over the cores.
enum TreeComparisons {
    /// The file changes from `old` to `new` for each pair (`nil` stands for an absent tree), without
    /// renames. The trees are those of the folder `prefix` (the root's for an empty one); `filter`
    /// chooses the files reported under it.
    static func changes(_ pairs: [(old: ObjectKey?, new: ObjectKey?)], prefix: PathPrefix, filter: PathFilter = .everything,
                        gitDirectory: String) throws(GitError) -> [[PathChange]] {
        var results = [[PathChange]](repeating: [], count: pairs.count)
        let differing = pairs.enumerated().compactMap { task, pair in
            pair.old == pair.new ? nil : FolderComparer.Item(task: task, old: pair.old, new: pair.new)
        }
        var level = differing.isEmpty ? [:] : [prefix.value: differing]
        while !level.isEmpty {
            let outputs = try compare(level, filter: filter, gitDirectory: gitDirectory)
            level = [:]
            for output in outputs {
                for (task, change) in output.changes { results[task].append(change) }
                level.merge(output.subfolders) { $0 + $1 }
            }
        }
        return results
    }

    /// Cuts the folders, in path order, into one contiguous run of items per core: a run splits a
    /// folder only at its ends, so each worker still reads each folder's versions in history order.
    private static func compare(_ folders: [String: [FolderComparer.Item]], filter: PathFilter, gitDirectory: String) throws(GitError) -> [FolderComparer.Output] {
        let work = folders.sorted { $0.key < $1.key }.flatMap { folder, items in items.map { (folder: folder, item: $0) } }
        let workers = Libgit2.isThreadSafe ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, work.count / 512)) : 1
        let outcomes = Mutex([Result<FolderComparer.Output, GitError>](repeating: .success(.init()), count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let run = work[work.count * worker / workers ..< work.count * (worker + 1) / workers]
            let outcome = Result { () throws(GitError) in
                let comparer = try FolderComparer(gitDirectory: gitDirectory, filter: filter)
                var output = FolderComparer.Output()
                var start = run.startIndex
                while start < run.endIndex {
                    let folder = run[start].folder
                    let end = run[start...].firstIndex { $0.folder != folder } ?? run.endIndex
                    try comparer.compare(folder: folder, items: run[start..<end].map(\.item), into: &output)
                    start = end
                }
                return output
            }
            outcomes.withLock { $0[worker] = outcome }
        }
        return try outcomes.withLock { $0 }.map { (outcome) throws(GitError) in try outcome.get() }
    }
}
