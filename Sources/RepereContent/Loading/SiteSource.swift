import RepereSupport

/// The files a site is made of: the content folder's, and those of the static folder
/// (`static_dir`, Docusaurus' `static/`) under the reserved folder ``staticFolder``.
///
/// `.static` is a hidden name, and hidden files are never content, so no content file has a
/// path there: a path says which folder it comes from.
public struct SiteSource: ContentSource {
    /// The folder under which the static folder's files are listed (`.static/img/a.png`).
    public static let staticFolder = ".static"

    public let content: any ContentSource
    public let statics: any ContentSource

    public init(content: any ContentSource, statics: any ContentSource) {
        self.content = content
        self.statics = statics
    }

    public func files() throws -> [ContentPath] {
        (try content.files() + (try statics.files()).map { ContentPath(Self.staticFolder + "/" + $0.rawValue) }).sorted()
    }

    public func read(_ path: ContentPath) throws -> [UInt8] {
        if let file = Self.staticFile(path) {
            return try statics.read(file)
        }
        return try content.read(path)
    }

    public func changeStamp(_ path: ContentPath) -> ContentStamp? {
        if let file = Self.staticFile(path) { return statics.changeStamp(file) }
        return content.changeStamp(path)
    }

    /// The path in the static folder of a file listed as `.static/…`; `nil` for a content file.
    public static func staticFile(_ path: ContentPath) -> ContentPath? {
        path.rawValue.droppingPathPrefix(staticFolder + "/").map { ContentPath($0) }
    }
}
