/// Where the build puts the pages it makes from configuration rather than content: the
/// accessibility statement, the legal notice, the personal data page, the glossary, one page
/// per audience, and the recent changes. A content page at the same URL
/// (`content/mentions-legales.md`) replaces the generated one (the recent changes' with a
/// `page.replaces-news` warning: that page is made from the history, not from settings). A content
/// page at the address of the search page, the site map or a tag's listing is an error
/// (`page.reserved-address`): the build needs those addresses.
public enum GeneratedPageURL {
    /// The search page, which every page's search box submits to.
    public static let search: SitePath = "/recherche/"
    /// The list of every page (« Plan du site », RGAA 12.1).
    public static let siteMap: SitePath = "/plan-du-site/"
    public static let accessibility: SitePath = "/accessibilite/"
    public static let legal: SitePath = "/mentions-legales/"
    public static let privacy: SitePath = "/donnees-personnelles/"
    public static let glossary: SitePath = "/glossaire/"
    /// The events' listing (« Webinaires »); a content section at this address shows it instead.
    public static let events: SitePath = "/webinaires/"
    /// The recent changes (« Nouveautés »), the page `feed.xml` and the letter point to.
    public static let news: SitePath = "/nouveautes/"
    /// Every upcoming event as one calendar file.
    public static let eventsCalendar = "webinaires.ics"
    /// The pages every footer links to.
    public static let footer: Set<SitePath> = [accessibility, legal, privacy, glossary, news]

    /// The "Je suis…" page of the audience `id`.
    public static func audience(_ id: String) -> SitePath { SitePath(pageComponents: ["public", Slug.make(from: id)]) }

    /// The folders of the listings of pages by tag (`/etiquettes/<tag>/`) and by category.
    public static let tagsFolder = "etiquettes", categoriesFolder = "categories"

    /// The listing of the pages with the tag or category `value`, in `folder`.
    public static func listing(in folder: String, of value: String) -> SitePath {
        let slug = Slug.make(from: value)
        return SitePath(pageComponents: [folder, slug.isEmpty ? "autre" : slug])
    }

    /// The addresses the build writes a page of its own to, whatever the content and settings
    /// (the glossary's and the events' only when there are some): no redirect is written there.
    public static let fixed: Set<SitePath> = [accessibility, legal, privacy, news, search, siteMap]
    /// The files the build writes at the site's root whatever the content: no redirect either.
    public static let fixedFiles: Set<String> = ["404.html", "feed.xml", "graph.json", "sitemap.xml"]

    /// The tags and category `page` is listed under, each with its listing's folder: none but a
    /// listed (not archived) article's.
    public static func listed(_ page: Page) -> [(folder: String, value: String)] {
        guard page.kind == .article, page.status != .archived else { return [] }
        return page.frontMatter.tags.map { (tagsFolder, $0) } + page.frontMatter.categories.map { (categoriesFolder, $0) }
    }

    /// The listings by tag and by category `pages` make.
    public static func listings(of pages: some Sequence<Page>) -> Set<SitePath> {
        Set(pages.flatMap { listed($0).map { listing(in: $0.folder, of: $0.value) } })
    }
}
