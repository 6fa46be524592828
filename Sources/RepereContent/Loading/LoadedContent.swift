import RepereDiagnostics

/// Everything the load stage read: pages with their front-matter, files to copy, problems.
public struct LoadedContent: Sendable {
    /// Pages to build, sorted by URL: home, sections and articles.
    public var pages: [Page]
    /// Draft pages left out of this build (kept so links to them get a precise diagnostic).
    public var drafts: [Page]
    /// Non-Markdown files to copy.
    public var assets: [Asset]
    public var diagnostics: [Diagnostic]
    /// The files outside the content folder that pages include or looked for (snippets), from
    /// the project folder, sorted.
    public var filesOutsideContent: [String] = []
    /// The files not published, each with the reason said: the Markdown files the navigation leaves
    /// out (`is not in SUMMARY.md`), the files that would run code on the site (`is not published:
    /// an HTML or JavaScript file…`), so that links to them say why they lead nowhere.
    public var leftOut: [ContentPath: String] = [:]

    public init(pages: [Page], drafts: [Page], assets: [Asset], diagnostics: [Diagnostic]) {
        self.pages = pages
        self.drafts = drafts
        self.assets = assets
        self.diagnostics = diagnostics
    }
}
