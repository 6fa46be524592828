import RepereContent
import RepereDiagnostics
import RepereGraph
import RepereMarkdown
import RepereSearch
import RepereSupport
import RepereTemplates

/// The render stage: turns the resolved site into HTML and machine files, planned in an
/// ``OutputPlan`` and made as they are written.
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
    /// The build's reference time (Unix time), which decides which events are upcoming.
    public var referenceTime: Int64 = 0

    public init(configuration: SiteConfiguration, theme: Theme) {
        self.configuration = configuration
        self.theme = theme
        self.basePath = Self.basePath(of: configuration.baseURL)
    }

    /// The path part of a base URL, without the final slash: `https://x.fr/aide/` → `/aide`.
    public static func basePath(of baseURL: String) -> String {
        SiteConfiguration.basePath(of: baseURL)
    }

    /// Plans every file of the site with its Markdown bodies already rendered by
    /// ``renderBodies(_:memo:)`` (the site's documents need only their headings here): each file
    /// is rendered when the plan makes it. With a `memo` (`serve`), pages whose context did not
    /// change since the last build are taken from it instead of rendered again.
    package func render(_ model: SiteModel, bodies: RenderedBodies, memo: RenderMemo?) -> OutputPlan {
        let theme = theme
        @Sendable func render(_ path: String, _ template: String, _ context: TemplateContext) -> OutputTree.Content {
            .text(memo?.html(for: path, template: template, context: context) { theme.render(template, context, fragments: memo?.fragments) }
                ?? theme.render(template, context))
        }
        let site = model.site
        let configuration = configuration
        // Files join the plan in this order, which decides what a collision names as first.
        var plan = OutputPlan()
        for i in site.pages.indices {
            let page = site.pages[i].page
            plan.add(page.url.outputFile, origin: page.displayPath) {
                render(page.url.outputFile, Self.template(of: page), model.context(forPage: i, bodies: bodies))
            }
        }
        for listing in model.taxonomyListings() where model.indexByURL[listing.url] == nil {  // else `page.reserved-address`
            plan.add(listing.url.outputFile, origin: "the \(listing.kind) '\(listing.title)'", isLong: true) {
                render(listing.url.outputFile, "taxonomy", model.context(forListing: listing))
            }
        }
        let changes = RecentChanges(site)
        if model.indexByURL[GeneratedPageURL.news] == nil {  // else the author's page replaces it (`page.replaces-news`)
            plan.add(GeneratedPageURL.news.outputFile, origin: "the Nouveautés page", isLong: true) {
                .text(theme.render("nouveautes", model.recentChangesContext(changes)))
            }
        }
        plan.add("feed.xml", origin: "the Atom feed", isLong: true) {
            .text(AtomFeed.xml(changes, site: site, configuration: configuration))
        }
        // A page at the site map's or the search page's address is an error of its own (`page.reserved-address`).
        if model.indexByURL[GeneratedPageURL.siteMap] == nil {
            plan.add(GeneratedPageURL.siteMap.outputFile, origin: "the site map page", isLong: true) {
                .text(theme.render("plan-du-site", model.siteMapContext()))
            }
        }
        for generated in model.generatedPages() {
            plan.add(generated.url.outputFile, origin: "the generated page \(generated.url)", isLong: true) {
                .text(theme.render(generated.template, model.context(forGenerated: generated)))
            }
        }
        for calendar in model.calendars() {
            plan.add(calendar.path, origin: "the calendar \(calendar.path)") { .text(calendar.text) }
        }
        plan.add("graph.json", origin: "the link graph", isLong: true) { .text(GraphExport.json(site)) }
        plan.add("404.html", origin: "the 404 page") {
            .text(theme.render("404", model.baseContext(title: "Page introuvable", current: nil)))
        }
        if model.indexByURL[GeneratedPageURL.search] == nil {
            plan.add(SiteModel.searchPagePath, origin: "the search page") {
                .text(theme.render("search", model.searchContext()))
            }
        }
        for redirect in site.redirects {
            plan.add(redirect.from.outputFile, origin: "an alias of \(redirect.to)") {
                .text(theme.render("redirect", model.context(forRedirect: redirect)))
            }
        }
        for asset in site.assets where !site.unusedUploads.contains(asset.url) && SiteSource.staticFile(asset.source) == nil {
            plan.add(String(asset.url.rawValue.dropFirst()), origin: "content/\(asset.source)") { .copy(asset.source) }
        }
        for file in theme.staticFiles {
            plan.add("_repere/" + file.path, origin: "the theme") { .bytes(file.bytes) }
        }
        plan.add("sitemap.xml", origin: "the sitemap", isLong: true) {
            .text(Sitemap.xml(urls: model.sitemapPaths, baseURL: configuration.baseURL))
        }
        // The author's own robots.txt (MkDocs copies the one of docs/) is published instead.
        if !site.assets.contains(where: { $0.url.rawValue == "/robots.txt" }) {
            plan.add("robots.txt", origin: "robots.txt") { .text(Sitemap.robotsTxt(baseURL: configuration.baseURL)) }
        }
        // Last, the static folders' files, where no other file of the site is.
        for asset in site.assets {
            guard let display = SiteSource.staticFile(asset.source) else { continue }
            plan.add(String(asset.url.rawValue.dropFirst()), origin: display, unlessTaken: { other in
                Diagnostic(.staticClash, "'\(display)' is not published: \(other) is at \(asset.url)", at: SourceLocation(file: display),
                    notes: ["rename or remove the static file"])
            }) { .copy(asset.source) }
        }
        return plan
    }

    /// Page `i` of `model` rendered again (`serve`'s preview), with the FAQ entries of a
    /// section page taken from `memo` when unchanged.
    package func renderPage(_ i: Int, of model: SiteModel, bodies: RenderedBodies, memo: RenderMemo?) -> String {
        theme.render(Self.template(of: model.site.pages[i].page), model.context(forPage: i, bodies: bodies), fragments: memo?.fragments)
    }

    /// The site's structure as templates see it.
    package func model(of site: ResolvedSite) -> SiteModel {
        var model = SiteModel(site: site, configuration: configuration, basePath: basePath, strings: theme.strings, glossary: glossary)
        model.referenceTime = referenceTime
        return model
    }

    /// The template a page is rendered with.
    package static func template(of page: Page) -> String {
        switch page.kind {
        case .home: "home"
        case .section: "section"
        case .article: page.type == .path ? "path" : page.type == .event ? "event" : "article"
        }
    }

    /// How Markdown bodies are rendered to HTML.
    package var bodyOptions: HTMLRenderer.Options {
        var options = HTMLRenderer.Options(allowsRawHTML: configuration.unsafeHTML)
        options.abbreviations = glossary.abbreviations
        return options
    }

    /// Every page's Markdown as HTML (plus the accordion version of FAQ entries) and as a search
    /// document: the last uses of the Markdown trees (a page of which the parse stage kept only
    /// the outline is parsed again), so each page's tree (but its headings) and source are let go
    /// as soon as both are made. The first
    /// step of rendering (it starts the memo's build). With a `spill` file, each body is written
    /// there as soon as it is made, and read back when the pages that show it are written.
    package func renderBodies(
        _ site: inout ResolvedSite, memo: RenderMemo?, spill: SpillFile? = nil
    ) -> (bodies: RenderedBodies, search: [SearchDocument]) {
        var bodySettings = Hasher()
        bodySettings.combine(configuration.unsafeHTML)
        bodySettings.combine(glossary.abbreviations)
        memo?.begin(theme: theme.fingerprint, bodies: bodySettings.finalize())
        let options = bodyOptions
        let rewrites = site.rewrites
        let titles = site.linkTitles
        let documents = SearchDocuments(site, basePath: basePath, searchesHidden: configuration.hiddenPagesSearchable)
        let made = site.pages.parallelUpdate { i, outlined in
            let parsed = outlined.withWholeTree()
            let body = memo?.body(for: parsed, rewrites: rewrites[i], titles: titles[i]) {
                Self.renderBody(parsed, urls: rewrites[i], titles: titles[i], options: options)
            } ?? Self.renderBody(parsed, urls: rewrites[i], titles: titles[i], options: options)
            let document = documents.document(for: parsed)
            outlined.releaseDocument()
            return (RenderedBodies.place(body, in: spill), document)
        }
        return (RenderedBodies(entries: made.map(\.0), spill: spill), made.compactMap(\.1))
    }

    /// One page's Markdown as HTML, its links and images rewritten by `urls`, the links that only
    /// name their file showing `titles`.
    package static func renderBody(
        _ parsed: ParsedPage, urls: [String: String], titles: [String: String] = [:], options: HTMLRenderer.Options
    ) -> RenderedBody {
        let html = HTMLRenderer(options: options).render(parsed.document, urls: urls, titles: titles).compacted()
        guard parsed.page.type == .faq, parsed.page.kind == .article else { return RenderedBody(html: html, accordionHTML: nil) }
        var accordion = options
        accordion.anchorPrefix = Slug.make(from: parsed.page.url.rawValue) + "-"
        accordion.headingLevelOffset = 1
        return RenderedBody(html: html, accordionHTML: HTMLRenderer(options: accordion).render(parsed.document, urls: urls, titles: titles).compacted())
    }
}
