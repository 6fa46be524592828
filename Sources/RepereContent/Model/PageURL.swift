/// Where a content file is published: the one rule that maps file paths to site paths.
///
/// Folders become slugged path components; `<slug>.md` and `<slug>/index.md` (or `README.md`)
/// become `/<folders>/<slug>/`; `_section.md` (or Hugo's `_index.md`) its folder's URL; `_index.md` and a root
/// `index.md` or `README.md` `/`;
/// other files keep their name under their slugged folders.
public enum PageURL {
    /// The URL of the page a Markdown file becomes, its names read in `style`; `nil` when its name
    /// gives an empty slug.
    public static func url(of path: ContentPath, style: AddressStyle = .repere) -> SitePath? {
        url(of: path, kind: kind(of: path), style: style)
    }

    /// The kind of page a Markdown file is, from its name and place.
    public static func kind(of path: ContentPath) -> Page.Kind {
        guard path.directory.isEmpty, path.pageFileName == "_index.md" || isFolderPage(path) else {
            return isSectionFile(path) ? .section : .article
        }
        return .home
    }

    /// The URL of a page of `kind` in the file at `path`, its names read in `style` and made into
    /// slugs by `slug`.
    static func url(
        of path: ContentPath, kind: Page.Kind, style: AddressStyle = .repere, slug: (String) -> String = Slug.make(fromFileName:)
    ) -> SitePath? {
        switch kind {
        case .home: return .root
        case .section: return SitePath(pageComponents: folderSlugs(sectionFolder(of: path), style: style, slug: slug))
        case .article:
            let isBundle = isFolderPage(path)
            let name = slug(style.withoutNumberPrefix(isBundle ? ContentPath(path.directory).fileName : path.pageStem))
            guard !name.isEmpty else { return nil }
            let folder = isBundle ? ContentPath(path.directory).directory : path.directory
            return SitePath(pageComponents: folderSlugs(folder, style: style, slug: slug) + [name])
        }
    }

    /// The address the file at `path` had before a `+` or `#` ending a word was spelt in it
    /// (`c++.md` at `/c/`, now `/c-plus-plus/`), when it differs: it redirects to the page.
    public static func addressBeforeSpeltSymbols(of path: ContentPath, kind: Page.Kind, style: AddressStyle) -> SitePath? {
        guard path.rawValue.contains(where: { $0 == "+" || $0 == "#" }) else { return nil }
        let before = url(of: path, kind: kind, style: style, slug: Slug.make(from:))
        return before == url(of: path, kind: kind, style: style) ? nil : before
    }

    /// The folder whose page a section's file is: its own folder for `_section.md`, `index.md` and
    /// `README.md`; for a page beside a folder of the same name (`espace-membre.md` beside
    /// `espace-membre/`, as GitBook writes a page with subpages), that folder.
    public static func sectionFolder(of path: ContentPath) -> String {
        guard !isSectionFile(path), !isFolderPage(path) else { return path.directory }
        return path.directory.isEmpty ? path.pageStem : path.directory + "/" + path.pageStem
    }

    /// Whether the file is its folder's section page by its name: `_section.md`, or `_index.md`
    /// in a folder (Hugo's name for it; at the root, `_index.md` is the home page).
    public static func isSectionFile(_ path: ContentPath) -> Bool {
        path.fileName == "_section.md" || (path.pageFileName == "_index.md" && !path.directory.isEmpty)
    }

    /// Whether the file is its folder's page: `index.md` (`index.mdx`, `index.markdown`…) or `README.md` (any
    /// case), the names static-site tools and Git forges give it. The folder's page is a section's page when the
    /// folder holds other pages, else an article with its own files beside it.
    public static func isFolderPage(_ path: ContentPath) -> Bool {
        let name = path.pageFileName
        if name.hasPrefix("index.") { return ContentPath.markdownExtensions.contains(String(name.dropFirst(6))) }
        return name.count == 9 && name.lowercased() == "readme.md"
    }

    static func folderSlugs(_ folder: String, style: AddressStyle = .repere, slug: (String) -> String = Slug.make(fromFileName:)) -> [String] {
        folder.split(separator: "/").map { slug(style.withoutNumberPrefix(String($0))) }.filter { !$0.isEmpty }
    }

    /// The page address that `path`'s folder and file names give once made into slugs, as for
    /// files (`/data.gouv.fr/` → `/data-gouv-fr/`): where another tool published a folder under
    /// its own name, Repère publishes it.
    public static func slugged(_ path: SitePath) -> SitePath {
        SitePath(pageComponents: folderSlugs(path.rawValue))
    }

    static func assetURL(of path: ContentPath) -> SitePath {
        let folders = folderSlugs(path.directory)
        let prefix = folders.isEmpty ? "/" : "/" + folders.joined(separator: "/") + "/"
        return SitePath(rawValue: prefix + path.fileName)
    }
}
