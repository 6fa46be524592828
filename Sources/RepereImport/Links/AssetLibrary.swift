import Foundation
import RepereContent

/// The images of the knowledge base, when they were fetched beforehand into a folder
/// (`--download-assets DIR`); the import itself never goes on the network.
///
/// An image `https://host/a/b/photo.png` is looked for as `DIR/host/a/b/photo.png` (the layout
/// of `wget -x`), then `DIR/a/b/photo.png`, then `DIR/photo.png`. A file found is copied to
/// `assets/snupport/` in the content folder, once however many pages show it, under a
/// URL-safe name (`photo.png`, `photo-2.png` for another file of the same name). Without a
/// folder, every image keeps its address.
struct AssetLibrary {
    /// The content folder's sub-folder copies go to.
    static let folder = "assets/snupport"

    let source: URL?
    /// Image address → the copy's path in the content folder.
    private(set) var copies: [String: String] = [:]
    /// The copy's path in the content folder → the file to copy.
    private(set) var files: [String: URL] = [:]
    private var missing: Set<String> = []

    init(source: URL?) { self.source = source }

    /// The path in the content folder of the copy of `url`, or `nil` when the address stays (no
    /// folder, not an http(s) image, or not found: then `found` is false).
    mutating func copy(of url: String) -> (path: String?, found: Bool) {
        guard let source, let (scheme, rest) = KnowledgeLinks.splitScheme(url), scheme == "http" || scheme == "https",
            rest.hasPrefix("//")
        else { return (nil, true) }
        if let path = copies[url] { return (path, true) }
        if missing.contains(url) { return (nil, false) }
        let afterHost = rest.dropFirst(2)
        let cut = afterHost.firstIndex { $0 == "?" || $0 == "#" } ?? afterHost.endIndex
        let hostAndPath = KnowledgeLinks.percentDecoded(String(afterHost[..<cut]))
        let parts = hostAndPath.split(separator: "/").map(String.init)
        guard parts.count >= 2, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            missing.insert(url)
            return (nil, false)
        }
        let candidates = [parts.joined(separator: "/"), parts.dropFirst().joined(separator: "/"), parts.last!]
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard let found = candidates.map({ source.appendingPathComponent($0) })
            .first(where: { fm.fileExists(atPath: $0.path, isDirectory: &isDirectory) && !isDirectory.boolValue })
        else {
            missing.insert(url)
            return (nil, false)
        }
        let path = Self.folder + "/" + uniqueName(for: parts.last!)
        copies[url] = path
        files[path] = found
        return (path, true)
    }

    /// `Photo écran.PNG` → `photo-ecran.png`, then `-2`, `-3`… if taken.
    private func uniqueName(for fileName: String) -> String {
        let dot = fileName.lastIndex(of: ".")
        let stem = dot.map { String(fileName[..<$0]) } ?? fileName
        let ext = dot.map { Slug.make(from: String(fileName[fileName.index(after: $0)...])) } ?? ""
        var base = Slug.make(from: stem)
        if base.isEmpty { base = "image" }
        func name(_ suffix: String) -> String { base + suffix + (ext.isEmpty ? "" : "." + ext) }
        var candidate = name("")
        var n = 2
        while files[Self.folder + "/" + candidate] != nil {
            candidate = name("-\(n)")
            n += 1
        }
        return candidate
    }
}
