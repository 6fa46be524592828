import Clibgit2

/// Compares the versions of one folder across many commit pairs at once. Reading all versions of a
/// folder in history order keeps libgit2's delta-base cache warm; mixing folders thrashes it.
/// It owns its own object database handle: use one per thread.
final class FolderComparer {
    /// One pair of versions of a folder to compare, for the comparison `task`.
    struct Item: Sendable {
        let task: Int
        let old: ObjectKey?
        let new: ObjectKey?
    }

    /// File changes found, and the pairs of differing subfolders left to compare, by folder path.
    struct Output: Sendable {
        var changes: [(task: Int, change: PathChange)] = []
        var subfolders: [String: [Item]] = [:]
    }

    private let odb: OpaquePointer
    private let filter: PathFilter

    init(gitDirectory: String, filter: PathFilter = .everything) throws(GitError) {
        self.filter = filter
        var repository: OpaquePointer?
        try Libgit2.check(git_repository_open(&repository, gitDirectory), .other, "Cannot open \(gitDirectory)")
        defer { git_repository_free(repository) }
        var odb: OpaquePointer?
        try Libgit2.check(git_repository_odb(&odb, repository), .other, "Cannot open the object database of \(gitDirectory)")
        guard let odb else { throw GitError(.other, "Cannot open the object database of \(gitDirectory)") }
        self.odb = odb
    }

    deinit {
        git_odb_free(odb)
    }

    /// Compares every item of `folder` (a repository-relative path ending with `/`, or empty).
    func compare(folder: String, items: [Item], into output: inout Output) throws(GitError) {
        var recent: [ObjectKey: RawTree] = [:]
        func tree(_ id: ObjectKey?) throws(GitError) -> RawTree? {
            guard let id else { return nil }
            if let cached = recent[id] { return cached }
            if recent.count >= 8 { recent.removeAll(keepingCapacity: true) }
            let tree = try RawTree(id, in: odb)
            recent[id] = tree
            return tree
        }
        for item in items {
            try compare(try tree(item.old), try tree(item.new), item.task, folder, &output)
        }
    }

    /// Merges the entries of both versions in Git's order, starting at the first differing byte
    /// and stopping once the rest of both trees is a common suffix.
    private func compare(_ old: RawTree?, _ new: RawTree?, _ task: Int, _ folder: String, _ output: inout Output) throws(GitError) {
        guard let old, let new else {
            if let old { try old.forEachEntry { report(old, $0, isNew: false, task, folder, &output) } }
            if let new { try new.forEachEntry { report(new, $0, isNew: true, task, folder, &output) } }
            return
        }
        let (prefix, suffix) = old.commonEnds(with: new)
        var i = try old.entryStart(containing: prefix), j = i
        while old.count - i != new.count - j || old.count - i > suffix {
            let o = i < old.count ? try old.entry(at: i) : nil
            let n = j < new.count ? try new.entry(at: j) : nil
            let order: Int32 = if let o, let n { old.order(o, n, in: new) } else { o == nil ? 1 : -1 }
            if order == 0, let o, let n {
                i = o.end
                j = n.end
                if old.isIdentical(o, to: n, in: new) { continue }
                if o.isFile, n.isFile {
                    let path = folder + old.name(o)
                    if filter.includes(path) { output.changes.append((task, .modified(path))) }
                } else if o.isTree, n.isTree {
                    let path = folder + old.name(o) + "/"
                    if filter.opens(path) { output.subfolders[path, default: []].append(Item(task: task, old: old.id(o), new: new.id(n))) }
                } else {
                    report(old, o, isNew: false, task, folder, &output)
                    report(new, n, isNew: true, task, folder, &output)
                }
            } else if order < 0, let o {
                report(old, o, isNew: false, task, folder, &output)
                i = o.end
            } else if let n {
                report(new, n, isNew: true, task, folder, &output)
                j = n.end
            } else {
                break
            }
        }
    }

    /// Records an entry present on one side only: a file, or a whole subfolder to list.
    private func report(_ tree: RawTree, _ entry: RawTree.Entry, isNew: Bool, _ task: Int, _ folder: String, _ output: inout Output) {
        let path = folder + tree.name(entry)
        if entry.isFile {
            if filter.includes(path) { output.changes.append((task, isNew ? .added(path) : .deleted(path))) }
        } else if entry.isTree, filter.opens(path + "/") {
            let id = tree.id(entry)
            output.subfolders[path + "/", default: []].append(Item(task: task, old: isNew ? nil : id, new: isNew ? id : nil))
        }
    }
}
