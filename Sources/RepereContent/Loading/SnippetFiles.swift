import Foundation
import RepereSupport

/// Reads the files snippets include (``Snippets``), by their path from the project folder: files
/// of the content folder from the content source (so `build --rev` reads them from the revision),
/// others from the project folder on disk, when building the working tree.
///
/// No file outside the project, no hidden file (`.git/config`, `.env`), and no file a symbolic
/// link leads out of the project is read.
final class SnippetFiles: @unchecked Sendable {
    private let source: any ContentSource
    /// The content folder, from the project folder, normalised (`.`: the project itself).
    private let contentDirectory: String
    /// The project folder, links resolved; `nil` when only the content source may be read.
    private let projectFolder: String?
    private let lock = NSLock()
    private var outside: Set<String> = []
    /// The files read so far: every page of a project with `auto_append` reads the same ones.
    private var read: [String: SnippetFile] = [:]

    init(source: any ContentSource, contentDirectory: String, projectFolder: URL?) {
        self.source = source
        self.contentDirectory = SnippetPath.normalized(contentDirectory) ?? contentDirectory
        self.projectFolder = projectFolder.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
    }

    /// The files looked up that the content folder's listing does not hold (outside it, or in
    /// `.gitbook/includes/`), found or not, sorted: a build that reuses its last site must check
    /// they did not change, and `serve` watches them.
    var filesOutsideContent: [String] { lock.withLock { outside.sorted() } }

    /// The file at `path`, a normalised path from the project folder.
    func read(_ path: String) -> SnippetFile {
        if let known = lock.withLock({ read[path] }) { return known }
        let file = readOnce(path)
        lock.withLock { read[path] = file }
        return file
    }

    private func readOnce(_ path: String) -> SnippetFile {
        guard !Self.isHidden(path) else { return .refused("a hidden file") }
        let inContent = contentDirectory == "." ? path : path.droppingPathPrefix(contentDirectory + "/")
        if let projectFolder {
            // Files read or looked for (a missing one may be created) are watched, not folders: those
            // outside the content folder, and in it GitBook's `.gitbook/includes/`, which its listing skips.
            let listed = inContent.map { !$0.split(separator: "/").contains { $0.hasPrefix(".") } } ?? false
            if !listed, !Self.isFolder(projectFolder + "/" + path) { _ = lock.withLock { outside.insert(path) } }
            return Self.readFile(projectFolder + "/" + path, inside: projectFolder)
        }
        guard let inContent else { return .refused("outside the content folder, the only folder `--rev` reads") }
        guard let bytes = try? source.read(ContentPath(inContent)) else { return .missing }
        return .text(LineEnds.text(bytes))
    }

    /// Whether a part of `path` is hidden (`.git/config`, `.env`), but GitBook's reusable content,
    /// `.gitbook/includes/`, which its pages include.
    static func isHidden(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.indices.contains { i in
            parts[i].hasPrefix(".") && !(parts[i] == ".gitbook" && i + 1 < parts.count && parts[i + 1] == "includes")
        }
    }

    /// Whether `path`, links followed, is a folder.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The regular file at `path` if, links resolved, it is still in `folder` and not hidden.
    private static func readFile(_ path: String, inside folder: String) -> SnippetFile {
        guard let resolved = realpath(path, nil) else { return .missing }
        let real = String(cString: resolved)
        free(resolved)
        guard let relative = real.droppingPathPrefix(folder + "/") else { return .refused("outside the project (a symbolic link leads there)") }
        guard !isHidden(relative) else { return .refused("a hidden file") }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: real) else { return .missing }
        return .text(LineEnds.text(data))
    }
}
