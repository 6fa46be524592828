/// Which paths a comparison of two root trees reports, and which subfolders it opens on the way.
enum PathFilter: Sendable {
    /// Every file.
    case everything
    /// The files directly in these folders (each ending with `/`, or `""` for the repository's
    /// root) whose names end with one of the extensions (`.md`).
    case filesDirectlyIn(Set<String>, extensions: Set<String>)
    /// Every file outside this folder.
    case everythingOutside(PathPrefix)

    /// Whether the comparison opens `folder` (a path ending with `/`).
    func opens(_ folder: String) -> Bool {
        switch self {
        case .everything: true
        case .filesDirectlyIn(let folders, _): folders.contains { $0.hasPrefix(folder) }
        case .everythingOutside(let prefix): !prefix.contains(folder)
        }
    }

    /// Whether the comparison reports a change of `file`.
    func includes(_ file: String) -> Bool {
        switch self {
        case .everything: true
        case .filesDirectlyIn(let folders, let extensions):
            folders.contains(Self.folder(of: file)) && extensions.contains(Self.fileExtension(of: file))
        case .everythingOutside(let prefix): !prefix.contains(file)
        }
    }

    /// The extension of the file at `path`, with its dot (`.md`), or `""`.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[dot...])
    }

    /// The folder holding `path`, with its final `/` (`""` at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
