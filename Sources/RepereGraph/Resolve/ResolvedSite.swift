import RepereContent
import RepereDiagnostics
import RepereMarkdown
import RepereSupport

/// The site with every internal link, image and alias resolved: the output of the resolve stage.
public struct ResolvedSite: Sendable {
    /// Pages in URL order.
    public var pages: [ParsedPage]
    /// For each page (same index), link and image destinations as written → URLs to emit.
    public var rewrites: [[String: String]]
    /// For each page, destinations of links whose text only names their file → their page's title.
    public var linkTitles: [[String: String]]
    /// Alias redirects, sorted by their old path.
    public var redirects: [Redirect]
    public var assets: [Asset]
    /// The files of GitBook's uploads folder (`.gitbook/assets/`) that no page shows, links to or
    /// plays: GitBook keeps every file ever uploaded, and the site publishes only those in use.
    public var unusedUploads: Set<SitePath> = []
    /// Page-to-page links, for backlinks, related pages, orphans and the graph export.
    public var graph: LinkGraph
    /// The onboarding paths (pages of `type: path`), in page order.
    public var paths: [OnboardingPath]
    /// The events (pages of `type: event` with a readable schedule), in page order.
    public var events: [SiteEvent]
    public var diagnostics: [Diagnostic]
}

/// An old URL that sends readers to a page's current one.
public struct Redirect: Hashable, Sendable {
    public var from: SitePath
    public var to: SitePath
}
