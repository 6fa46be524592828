import RepereSupport

/// The files a site is made of: the content folder's, and those of the static folders
/// (`static_dir`, Docusaurus' `static/`) under the reserved folder ``staticFolder``, by their
/// paths in the project (`.static/static/img/a.png`).
///
/// `.static` is a hidden name, and hidden files are never content, so no content file has a
/// path there: a path says which folder it comes from.
public struct SiteSource: ContentSource {
    /// The folder under which the static folders' files are listed.
    public static let staticFolder = ".static"

    /// One static folder: its path in the project (`static`, `src/assets`) and its files.
    public struct StaticFolder: Sendable {
        public let path: String
        public let source: any ContentSource

        public init(path: String, source: any ContentSource) {
            self.path = path
            self.source = source
        }
    }

    public let content: any ContentSource
    /// The static folders, first ones first.
    public let statics: [StaticFolder]

    public init(content: any ContentSource, statics: [StaticFolder]) {
        self.content = content
        self.statics = statics
    }

    public func files() throws -> [ContentPath] {
        var files = try content.files()
        for folder in statics {
            files += try folder.source.files().map { ContentPath(Self.staticFolder + "/" + folder.path + "/" + $0.rawValue) }
        }
        return Array(Set(files)).sorted()
    }

    public func read(_ path: ContentPath) throws -> [UInt8] {
        guard let (folder, file) = staticFolder(of: path) else { return try content.read(path) }
        return try folder.source.read(file)
    }

    public func changeStamp(_ path: ContentPath) -> ContentStamp? {
        guard let (folder, file) = staticFolder(of: path) else { return content.changeStamp(path) }
        return folder.source.changeStamp(file)
    }

    /// The static folder a file listed as `.static/…` comes from, and its path there; `nil` for a
    /// content file (or a file of no static folder).
    private func staticFolder(of path: ContentPath) -> (StaticFolder, ContentPath)? {
        guard let fromProject = Self.staticFile(path),
            let (folder, file) = Self.split(fromProject, among: statics.map(\.path)),
            let found = statics.first(where: { $0.path == folder })
        else { return nil }
        return (found, ContentPath(file))
    }

    /// The path in the project of a file listed as `.static/…` (`static/img/a.png`); `nil` for a content file.
    public static func staticFile(_ path: ContentPath) -> String? {
        path.rawValue.droppingPathPrefix(staticFolder + "/")
    }

    /// The static folder among `folders` (paths in the project) holding `fromProject`, the
    /// deepest one, and the file's path in it: its address on the site (`img/a.png`).
    public static func split(_ fromProject: String, among folders: [String]) -> (folder: String, file: String)? {
        folders.compactMap { folder in fromProject.droppingPathPrefix(folder + "/").map { (folder, $0) } }
            .filter { !$0.1.isEmpty }.min { $0.1.count < $1.1.count }
    }
}
