/// A file's path relative to the content folder, with `/` separators (`affectations/changer.md`).
public struct ContentPath: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// The path's components.
    public var components: [Substring] { Self.segments(rawValue) }
    /// The last component (`changer.md`).
    public var fileName: String {
        guard let slash = rawValue.utf8.lastIndex(of: UInt8(ascii: "/")) else { return rawValue }
        return String(rawValue[rawValue.utf8.index(after: slash)...])
    }

    /// The non-empty parts of `text` between `/` bytes.
    ///
    /// Splits UTF-8 bytes rather than `Character`s: the same parts for any path (a `/` carrying
    /// a combining mark aside), at a fraction of the cost (bench/PROFILE.md).
    static func segments(_ text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }
    /// The containing folder (`affectations`), empty at the root.
    public var directory: String {
        guard let slash = rawValue.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(rawValue[..<slash])
    }
    /// The file name without its extension.
    public var stem: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
    /// A page file's name as it is published, without the `.fr` of Hugo's French translations
    /// (`guide.fr.md`, `_index.fr.md`: `guide.md`, `_index.md`); any other file's name as it is,
    /// one whose `.fr` ends a domain name too (`data.gouv.fr.md`, a page named after a site).
    public var pageFileName: String {
        let name = fileName
        guard isMarkdown else { return name }
        let ext = "." + fileExtension
        let suffix = ".fr" + ext
        guard name.lowercased().hasSuffix(suffix), name.count > suffix.count else { return name }
        let page = name.dropLast(suffix.count)
        guard !page.contains(".") else { return name }
        return String(page) + ext
    }
    /// ``pageFileName`` without its extension: `guide.fr.md` is the page `guide`.
    public var pageStem: String { ContentPath(pageFileName).stem }
    /// The extension, lowercased, without the dot.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Whether the file is a page's Markdown: `.md`, the other names GitHub and Jekyll give
    /// Markdown (`.markdown`, as Jekyll's `index.markdown`, `.mkd`, `.mkdn`, `.mdown`, `.mkdown`),
    /// or `.mdx` (Docusaurus' Markdown with components, read as Markdown: the parse stage's
    /// `MDXSyntax` says what becomes of the rest).
    public var isMarkdown: Bool { Self.markdownExtensions.contains(fileExtension) }

    /// The extensions of ``isMarkdown`` files, `md` first: the order a link without one tries them.
    public static let markdownExtensions = ["md", "mdx", "markdown", "mkd", "mkdn", "mdown", "mkdown"]

    public static func < (lhs: ContentPath, rhs: ContentPath) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Joins a relative reference (`../transport/bus.md`) to the folder `directory`, resolving
    /// `.` and `..`; `nil` when the result would leave the content folder, unless `clamping`: then
    /// a `..` at the content folder stays there, as a browser resolves an address above `/`.
    public static func resolving(_ relative: String, in directory: String, clamping: Bool = false) -> ContentPath? {
        // On UTF-8 bytes, without a `Substring` per part: it runs for every link of every page.
        var path = PathBytes()
        if !relative.hasPrefix("/") {
            var directory = directory
            directory.withUTF8 { path.add($0, resolvingDots: false) }
        }
        var relative = relative
        guard relative.withUTF8({ path.add($0, resolvingDots: true, clamping: clamping) }) else { return nil }
        return ContentPath(String(decoding: path.bytes, as: UTF8.self))
    }
}

/// A path built part by part, as bytes.
private struct PathBytes {
    var bytes: [UInt8] = []
    /// Where each part of `bytes` starts.
    var starts: [Int] = []

    /// Appends the non-empty parts of `text` between `/`; with `resolvingDots`, `.` is skipped
    /// and `..` removes the last part. `false` when `..` has no part to remove, unless `clamping`.
    @discardableResult
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, resolvingDots: Bool, clamping: Bool = false) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var start = 0
        for end in 0...text.count where end == text.count || text[end] == slash {
            defer { start = end + 1 }
            let part = text[start..<end]
            if part.isEmpty || (resolvingDots && part.count == 1 && part.first == dot) { continue }
            if resolvingDots && part.count == 2 && part.allSatisfy({ $0 == dot }) {
                guard let last = starts.popLast() else {
                    if clamping { continue }
                    return false
                }
                bytes.removeSubrange(max(0, last - 1)...)
                continue
            }
            if !bytes.isEmpty { bytes.append(slash) }
            starts.append(bytes.count)
            bytes.append(contentsOf: part)
        }
        return true
    }
}
