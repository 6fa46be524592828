import RepereDiagnostics
import RepereSupport

/// A page of the site: the home page, a section or an article, as loaded from its file.
public struct Page: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case home, section, article }

    public var kind: Kind
    /// The Markdown file (`affectations/_section.md`); for a section without `_section.md`, the
    /// path that file would have.
    public var source: ContentPath
    /// The file as named in diagnostics, relative to the project (`content/affectations/_section.md`).
    public var displayPath: String
    public var url: SitePath
    /// The section this page belongs to (`/` for top-level sections and articles; `nil` for home).
    public var parent: SitePath?
    public var frontMatter: FrontMatter
    /// The title: from front-matter, or derived for sections without one.
    public var title: String
    /// Audience ids after inheritance from the enclosing sections.
    public var audience: [String]
    /// The Markdown body and the number of file lines before it.
    public var body: String
    public var bodyLineOffset: Int
    /// Where the body's lines come from when it includes snippets (`--8<--`); `nil` when none.
    public var includedLines: IncludedLines? = nil
    /// For `<slug>/index.md` pages, the folder holding the page's own files.
    public var bundleDirectory: String?
    /// Whether the section has no `_section.md` and was made up from its folder.
    public var isSynthetic: Bool
    /// Dates and authors, when known (set by the build from Git; see ``PageHistory``).
    public var history: PageHistory? = nil
    /// The page's video (`video:`) with its files read, set by the load stage.
    public var video: PageVideo? = nil

    /// The title in the menus: `nav_title:` (`sidebar_label:`, `linkTitle:`), else the title.
    public var navigationTitle: String {
        guard let short = frontMatter.navigationTitle?.trimmingWhitespace, !short.isEmpty else { return title }
        return short
    }

    public var type: PageType { frontMatter.type }
    public var status: PageStatus { frontMatter.status }
    /// Whether menus, listings, search and the sitemap show the page: neither archived nor `hidden:`.
    public var isListed: Bool { status != .archived && !frontMatter.hidden }

    /// The file location of a position in the body (body lines are offset by the front-matter);
    /// a position in an included snippet is the start of the line that includes it.
    public func location(line: Int, column: Int) -> SourceLocation {
        guard let origin = includedLines?.origin(of: line) else {
            return SourceLocation(file: displayPath, line: line + bodyLineOffset, column: column)
        }
        return SourceLocation(file: displayPath, line: origin.line + bodyLineOffset, column: origin.included ? 1 : column)
    }

    /// The location of a front-matter key, or the top of the file.
    public func location(ofKey key: String) -> SourceLocation {
        frontMatter.keyLocations[key] ?? SourceLocation(file: displayPath)
    }
}

/// A file copied to the site as it is (an image beside an article, a file under `assets/`).
public struct Asset: Hashable, Sendable {
    public var source: ContentPath
    public var url: SitePath
}
