import RepereContent
import RepereDiagnostics
import RepereMarkdown
import RepereParallel

/// The render stage: turns the resolved site into HTML and machine files in an ``OutputTree``.
///
/// Markdown bodies and pages render in parallel; everything is sorted first, so the output does
/// not depend on thread timing.
public struct SiteRenderer: Sendable {
    public var configuration: SiteConfiguration
    public var theme: Theme
    /// The base URL's path without its final slash (`""` or `/aide`).
    public var basePath: String
    /// The glossary (`content/glossary.yml`), for the glossary page. Default: empty (no page).
    public var glossary = Glossary()

    public init(configuration: SiteConfiguration, theme: Theme) {
        self.configuration = configuration
        self.theme = theme
        self.basePath = Self.basePath(of: configuration.baseURL)
    }

    /// The path part of a base URL, without the final slash: `https://x.fr/aide/` → `/aide`.
    public static func basePath(of baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }

    /// Renders every file of the site with its Markdown bodies already rendered by
    /// ``renderBodies(_:memo:)`` (the site's documents need only their headings here); with a
    /// `memo` (`serve`), pages whose context did not change since the last build are taken from
    /// it instead of rendered again.
    func render(_ model: SiteModel, bodies: [RenderedBody], memo: RenderMemo?) -> OutputTree {
        @Sendable func render(_ path: String, _ template: String, _ context: TemplateContext) -> String {
            memo?.html(for: path, template: template, context: context) { theme.render(template, context) }
                ?? theme.render(template, context)
        }
        let site = model.site
        var tree = OutputTree()

        let pageFiles = Array(site.pages.indices).parallelMap { i in
            let page = site.pages[i].page
            return (page.url.outputFile, render(page.url.outputFile, Self.template(of: page), model.context(forPage: i, bodies: bodies)))
        }
        for (i, (path, html)) in pageFiles.enumerated() {
            tree.add(path, .text(html), origin: site.pages[i].page.displayPath)
        }
        for listing in model.taxonomyListings() {
            tree.add(listing.url.outputFile, .text(render(listing.url.outputFile, "taxonomy", model.context(forListing: listing))), origin: "the \(listing.kind) '\(listing.title)'")
        }
        let changes = RecentChanges(site)
        tree.add("nouveautes/index.html", .text(theme.render("nouveautes", model.recentChangesContext(changes))), origin: "the Nouveautés page")
        tree.add("feed.xml", .text(AtomFeed.xml(changes, site: site, configuration: configuration)), origin: "the Atom feed")
        tree.add("plan-du-site/index.html", .text(theme.render("plan-du-site", model.siteMapContext())), origin: "the site map page")
        for generated in model.generatedPages() {
            tree.add(generated.url.outputFile, .text(theme.render(generated.template, model.context(forGenerated: generated))), origin: "the generated page \(generated.url)")
        }
        tree.add("graph.json", .text(GraphExport.json(site)), origin: "the link graph")
        tree.add("404.html", .text(theme.render("404", model.baseContext(title: "Page introuvable", current: nil))), origin: "the 404 page")
        tree.add(SiteModel.searchPagePath, .text(theme.render("search", model.searchContext())), origin: "the search page")
        for redirect in site.redirects {
            tree.add(redirect.from.outputFile, .text(theme.render("redirect", model.context(forRedirect: redirect))), origin: "an alias of \(redirect.to)")
        }
        for asset in site.assets {
            tree.add(String(asset.url.rawValue.dropFirst()), .copy(asset.source), origin: "content/\(asset.source)")
        }
        for file in theme.staticFiles {
            tree.add("_repere/" + file.path, .bytes(file.bytes), origin: "the theme")
        }
        tree.add("sitemap.xml", .text(Sitemap.xml(urls: model.sitemapPaths, baseURL: configuration.baseURL)), origin: "the sitemap")
        tree.add("robots.txt", .text(Sitemap.robotsTxt(baseURL: configuration.baseURL)), origin: "robots.txt")
        return tree
    }

    /// The site's structure as templates see it.
    func model(of site: ResolvedSite) -> SiteModel {
        SiteModel(site: site, configuration: configuration, basePath: basePath, strings: theme.strings, glossary: glossary)
    }

    /// The template a page is rendered with.
    static func template(of page: Page) -> String {
        switch page.kind {
        case .home: "home"
        case .section: "section"
        case .article: "article"
        }
    }

    /// How Markdown bodies are rendered to HTML.
    var bodyOptions: HTMLRenderer.Options {
        var options = HTMLRenderer.Options(allowsRawHTML: configuration.unsafeHTML)
        options.abbreviations = glossary.abbreviations
        return options
    }

    /// Every page's Markdown as HTML, plus the accordion version of FAQ entries: the first step of
    /// rendering (it starts the memo's build).
    func renderBodies(_ site: ResolvedSite, memo: RenderMemo?) -> [RenderedBody] {
        var bodySettings = Hasher()
        bodySettings.combine(configuration.unsafeHTML)
        bodySettings.combine(glossary.abbreviations)
        memo?.begin(theme: theme.fingerprint, bodies: bodySettings.finalize())
        let options = bodyOptions
        return Array(site.pages.indices).parallelMap { i in
            let parsed = site.pages[i]
            guard let memo else { return Self.renderBody(parsed, urls: site.rewrites[i], options: options) }
            return memo.body(for: parsed, rewrites: site.rewrites[i]) { Self.renderBody(parsed, urls: site.rewrites[i], options: options) }
        }
    }

    /// One page's Markdown as HTML, its links and images rewritten by `urls`.
    static func renderBody(_ parsed: ParsedPage, urls: [String: String], options: HTMLRenderer.Options) -> RenderedBody {
        let html = HTMLRenderer(options: options).render(parsed.document, urls: urls).compacted()
        guard parsed.page.type == .faq, parsed.page.kind == .article else { return RenderedBody(html: html, accordionHTML: nil) }
        var accordion = options
        accordion.anchorPrefix = Slug.make(from: parsed.page.url.rawValue) + "-"
        accordion.headingLevelOffset = 1
        return RenderedBody(html: html, accordionHTML: HTMLRenderer(options: accordion).render(parsed.document, urls: urls).compacted())
    }
}

/// A page's rendered Markdown.
struct RenderedBody: Sendable {
    var html: String
    /// For FAQ entries: the body as embedded in the section's accordion (unique ids, demoted headings).
    var accordionHTML: String?
}
