import Foundation
import RepereContent
import RepereRender
import RepereSupport

/// One successful build, as served: the output tree and where its copied files are read from.
public struct SiteSnapshot: Sendable {
    public var tree: OutputTree
    /// The content folder; ``OutputTree/Content/copy(_:)`` files are read from it on request.
    public var contentDirectory: URL
    /// The static folders (`static_dir`) by their paths in the project, where the files listed
    /// under ``SiteSource/staticFolder`` are read.
    public var staticDirectories: [(path: String, url: URL)]
    /// Pages of the tree shown as an edit's preview made them (output path → HTML), ahead of the
    /// build: an overlay, so that a preview never copies the whole tree.
    public private(set) var previews: [String: String] = [:]

    public init(tree: OutputTree, contentDirectory: URL, staticDirectories: [(path: String, url: URL)] = []) {
        self.tree = tree
        self.contentDirectory = contentDirectory
        self.staticDirectories = staticDirectories
    }

    /// What a request for the site-relative `key` gets.
    public enum Lookup: Equatable, Sendable {
        case file(path: String, bytes: [UInt8])
        /// A folder asked without its final slash: redirect so relative links work.
        case folder(String)
        case notFound
    }

    /// Finds `key` in the tree: a file, or a folder's `index.html`.
    public func lookup(_ key: String) -> Lookup {
        let path = key.isEmpty || key.hasSuffix("/") ? key + "index.html" : key
        if let bytes = bytes(at: path) { return .file(path: path, bytes: bytes) }
        if !key.isEmpty, !key.hasSuffix("/"), tree.files[key + "/index.html"] != nil { return .folder(key + "/") }
        return .notFound
    }

    /// A file's content: its preview, else the tree's.
    func content(at path: String) -> OutputTree.Content? {
        previews[path].map { .text($0) } ?? tree.files[path]
    }

    /// Shows `html` for the tree's file at `path` (a path the tree lacks is ignored).
    ///
    /// - Returns: whether what the file shows changed.
    @discardableResult
    mutating func preview(_ path: String, html: String) -> Bool {
        guard tree.files[path] != nil, content(at: path) != .text(html) else { return false }
        previews[path] = html
        return true
    }

    /// A file's bytes; `nil` when it is not in the tree (or a copied file has since vanished).
    public func bytes(at path: String) -> [UInt8]? {
        switch content(at: path) {
        case .text(let text): Array(text.utf8)
        case .bytes(let bytes): bytes
        case .copy(let source): copiedFile(source)
        case nil: nil
        }
    }

    /// A copied file's bytes, read now; `nil` when it has since become a link leaving the content
    /// folder or reaching a hidden file (the build refuses those, but a link can be swapped in
    /// before the next rebuild: ``FileSystemSource/read(_:)`` checks the file it opens).
    private func copiedFile(_ path: ContentPath) -> [UInt8]? {
        let statics = staticDirectories.map { SiteSource.StaticFolder(path: $0.path, source: FileSystemSource(root: $0.url)) }
        return try? SiteSource(content: FileSystemSource(root: contentDirectory), statics: statics).read(path)
    }

    /// The files that differ from `older`'s: added, removed or changed.
    func changedFiles(since older: SiteSnapshot) -> [String] {
        var changed = older.tree.files.keys.filter { tree.files[$0] == nil }
        for path in tree.files.keys where older.content(at: path) != content(at: path) { changed.append(path) }
        return changed
    }

    /// The URL paths of the pages among the output `files` (changed ones), sorted; `["*"]` (every
    /// page) when more than `limit` are, or when a file that pages load is among them (a style
    /// sheet, a script, an image). Machine files (search index, feed, sitemap) reload no page.
    static func pages(of files: [String], limit: Int = 200) -> [String] {
        var pages: [String] = []
        for path in files {
            let name = path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
            let fileExtension = name.lastIndex(of: ".").map { name[name.index(after: $0)...] } ?? ""
            switch fileExtension {
            case "html": pages.append(urlPath(of: path))
            case "json", "xml", "txt": continue
            default: return ["*"]
            }
            if pages.count > limit { return ["*"] }
        }
        return pages.sorted()
    }

    /// The URL path of an HTML output file: `a/index.html` → `/a/`, `404.html` → `/404.html`.
    static func urlPath(of file: String) -> String {
        file == "index.html" || file.hasSuffix("/index.html") ? "/" + file.dropLast("index.html".count) : "/" + file
    }
}
