import RepereContent
import RepereGit
import RepereSupport

/// Content read from a Git revision's tree, straight from the object database (`build --rev`).
package struct GitTreeSource: ContentSource {
    package let snapshot: RevisionSnapshot
    private let filesByPath: [ContentPath: RevisionSnapshot.File]

    /// `prefix` is the content folder's path in the repository, with a final `/` (empty at the root).
    package init(snapshot: RevisionSnapshot, prefix: String) {
        self.snapshot = snapshot
        var files: [ContentPath: RevisionSnapshot.File] = [:]
        for file in snapshot.files where file.mode != 0o120000 {
            guard let relative = file.path.droppingPathPrefix(prefix) else { continue }
            // Hidden files and folders are left out, as in the working tree.
            guard !ContentPath.isHidden(relative) else { continue }
            files[ContentPath(relative)] = file
        }
        filesByPath = files
    }

    package func files() throws -> [ContentPath] { filesByPath.keys.sorted() }

    package func read(_ path: ContentPath) throws -> [UInt8] {
        guard let file = filesByPath[path] else { throw ContentSourceError("no file '\(path)' in \(snapshot.commit.short)") }
        do {
            return try snapshot.contents(of: file)
        } catch {
            throw ContentSourceError("cannot read '\(path)' in \(snapshot.commit.short): \(error)")
        }
    }
}
