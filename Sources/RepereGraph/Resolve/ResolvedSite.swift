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
    /// Alias redirects, sorted by their old path.
    public var redirects: [Redirect]
    public var assets: [Asset]
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

extension ResolvedSite {
    /// Drops every page's Markdown source and tree but the tree's headings (kept for tables of
    /// contents): once bodies are rendered and search documents made, they are the largest thing
    /// a build holds.
    package mutating func releaseDocuments() {
        pages.parallelUpdate { parsed in  // freeing the trees is a large part of the work: on all cores
            parsed.document = MarkdownDocument(blocks: [], headings: parsed.document.headings, references: [], rawHTML: [])
            parsed.page.body = ""
        }
    }
}
