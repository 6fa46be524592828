import RepereSupport

/// A page's own address, from `permalink:` (VuePress) or `slug:` (Docusaurus), instead of the
/// one its file's place gives (``PageURL``).
///
/// Absolute from the site's root (`/guide/intro/`), or relative to the page's folder (`intro`,
/// as Docusaurus reads `slug:`). A final `.html` is dropped: VuePress' `/guide/intro.html` is
/// the page `/guide/intro/` (and `/guide/index.html` the page `/guide/`), and its `.html`
/// address redirects there.
public struct Permalink: Hashable, Sendable {
    /// The page's URL.
    public var url: SitePath
    /// The address as written when it is not the URL (`/guide/intro.html`), to redirect from.
    public var writtenFile: SitePath?

    /// Why a value is not an address.
    public enum Problem: Error, Hashable, Sendable {
        /// Not a path of this site (a pattern such as `/:year/:slug`, an address with a query…).
        case invalid(String)
        /// It climbs above the site's root.
        case outside
    }

    /// `value` as the address of a page in the folder published at `folder`.
    public static func make(_ value: String, folder: SitePath) -> Result<Permalink, Problem> {
        let text = value.trimmingWhitespace
        guard !text.isEmpty else { return .failure(.invalid("an address cannot be empty")) }
        if text.hasPrefix("//") || text.contains("://") {
            return .failure(.invalid("'\(text)' is an address on another site"))
        }
        if let bad = text.unicodeScalars.first(where: { !isAllowed($0) }) {
            return .failure(.invalid("'\(text)' holds '\(bad.escaped(asASCII: false))', which a page's address cannot; write the address itself, such as /guide/intro/"))
        }
        guard let written = SitePath.normalizing(text.hasPrefix("/") ? text : folder.rawValue + text) else {
            return .failure(.outside)
        }
        var components = written.rawValue.split(separator: "/").map(String.init)
        var writtenFile: SitePath?
        if let last = components.last, last.hasSuffix(".html") {
            components.removeLast()
            if last != "index.html" { components.append(String(last.dropLast(5))) }
            writtenFile = written
        }
        // `fichier.pdf` names a file; `version-4.7.0` (Hugo's and Docusaurus' release notes) is a page.
        if let last = components.last, let dot = last.lastIndex(of: "."), case let ext = last[last.index(after: dot)...],
            (1...4).contains(ext.count), ext.allSatisfy({ $0.isASCII && $0.isLetter })
        {
            return .failure(.invalid("'\(text)' ends like a file name; a page's address ends with '/'"))
        }
        return .success(Permalink(url: SitePath(pageComponents: components), writtenFile: writtenFile))
    }

    /// Letters and digits of any script, and `-`, `_`, `.`, `~`, `/`.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "_", ".", "~", "/": true
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
        }
    }
}

extension PageURL {
    /// The URL an article at `path` is published at, its names read in `style`: its `permalink:`
    /// (or `slug:`) when that is a valid address, else the one Docusaurus gives it
    /// (``docusaurusURL(of:frontMatter:style:)``), else its file's. The build reports invalid
    /// values; this is for readers of a revision's files, such as `repere changes`.
    public static func url(of path: ContentPath, frontMatter: FrontMatter, style: AddressStyle = .repere) -> SitePath? {
        let kind = kind(of: path)
        guard kind == .article else { return url(of: path, kind: kind, style: style) }
        if let permalink = frontMatter.permalink {
            let folder = SitePath(pageComponents: folderSlugs(parentFolder(of: path, kind: .article), style: style))
            if case .success(let link) = Permalink.make(permalink, folder: folder) { return link.url }
        }
        return docusaurusURL(of: path, frontMatter: frontMatter, style: style) ?? url(of: path, kind: kind, style: style)
    }

    /// Whether the article file at `path` is its folder's page in `style`: with `docusaurus`, a file
    /// named like its folder, prefixes and case aside (`guide/guide.md`, `02-guide/Guide.mdx`).
    public static func isCategoryIndex(_ path: ContentPath, style: AddressStyle) -> Bool {
        let folder = ContentPath(path.directory).fileName
        guard style == .docusaurus, !folder.isEmpty, !isFolderPage(path) else { return false }
        return path.stem.lowercased() == folder.lowercased()
            || style.withoutNumberPrefix(path.stem).lowercased() == style.withoutNumberPrefix(folder).lowercased()
    }

    /// The address Docusaurus gives an article (without `slug:`) where it is not its file's: a
    /// category index (``isCategoryIndex(_:style:)``) is at its folder's address (the load stage
    /// makes it the section's page); a page with `id: installer` is published under that name in
    /// its folder (`dev/5_integrations.md` with `id: external-integrations` at
    /// `/dev/external-integrations/`); `nil` in other cases and in other styles.
    static func docusaurusURL(of path: ContentPath, frontMatter: FrontMatter, style: AddressStyle) -> SitePath? {
        guard style == .docusaurus, frontMatter.permalink == nil, kind(of: path) == .article, !isFolderPage(path) else { return nil }
        let folder = folderSlugs(path.directory, style: style)
        if isCategoryIndex(path, style: style) { return SitePath(pageComponents: folder) }
        guard case .string(let id)? = frontMatter.params["id"], !id.contains("/") else { return nil }
        let slug = Slug.make(fromFileName: id)
        return slug.isEmpty ? nil : SitePath(pageComponents: folder + [slug])
    }

    /// The content folder of the section a page belongs to (`""` for the home page's).
    static func parentFolder(of path: ContentPath, kind: Page.Kind) -> String {
        switch kind {
        case .home: ""
        case .section: ContentPath(sectionFolder(of: path)).directory
        case .article: isFolderPage(path) ? ContentPath(path.directory).directory : path.directory
        }
    }
}
