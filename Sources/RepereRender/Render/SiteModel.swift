import RepereContent
import RepereGraph
import RepereMarkdown
import RepereSupport
import RepereTemplates

/// The site's structure as templates see it: navigation, section listings, breadcrumbs and
/// taxonomies, computed once from the resolved pages.
package struct SiteModel: Sendable {
    package private(set) var site: ResolvedSite
    package let configuration: SiteConfiguration
    package let basePath: String
    package private(set) var indexByURL: [SitePath: Int] = [:]
    /// Listed children of each section (archived pages excluded), in display order.
    package private(set) var children: [SitePath: [Int]] = [:]
    /// "Voir aussi" for each page.
    package let related: [[Int]]
    /// The theme's UI strings.
    package let strings: [String: String]
    /// The glossary (`content/glossary.yml`).
    package let glossary: Glossary
    /// Listed articles of each audience, in site order.
    package let audiencePages: [String: [Int]]
    /// The onboarding paths each page is a step of.
    let pathMemberships: [Int: [(path: Int, step: Int)]]
    /// Per section, its pages as the section navigation lists them (onboarding paths aside), and
    /// each page's place there; per article, its previous and next pages (computed once: per
    /// page, they would cost a section's size each, squared over a large section).
    private(set) var navigationChildren: [SitePath: [Int]] = [:]
    private(set) var navigationPosition: [Int: Int] = [:]
    private(set) var neighbours: [Int: (previous: Int?, next: Int?, isTutorial: Bool)] = [:]
    /// The build's reference time (Unix time): which events are upcoming, the calendars' `DTSTAMP`.
    package var referenceTime: Int64 = 0
    /// `site` in every context, but its `navigation`: computed once.
    package private(set) var siteValues: TemplateContext = [:]

    package init(site: ResolvedSite, configuration: SiteConfiguration, basePath: String, strings: [String: String] = [:], glossary: Glossary = Glossary()) {
        self.site = site
        self.configuration = configuration
        self.basePath = basePath
        self.strings = strings
        self.glossary = glossary
        self.audiencePages = Self.pagesByAudience(site)
        self.pathMemberships = Self.pathMemberships(site)
        self.related = RelatedPages.compute(site)
        for (i, parsed) in site.pages.enumerated() { indexByURL[parsed.page.url] = i }
        for (i, parsed) in site.pages.enumerated() where parsed.page.isListed {
            if let parent = parsed.page.parent { children[parent, default: []].append(i) }
        }
        let orders = site.pages.map { displayOrder($0.page) }
        for (key, list) in children {
            children[key] = list.sorted { orders[$0] < orders[$1] }
        }
        for (section, list) in children {
            let listed = list.filter { site.pages[$0].page.type != .path }
            navigationChildren[section] = listed
            for (n, j) in listed.enumerated() { navigationPosition[j] = n }
            for isTutorial in [true, false] {
                let sequence = listed.filter { site.pages[$0].page.kind == .article && (site.pages[$0].page.type == .tutorial) == isTutorial }
                guard sequence.count > 1 else { continue }
                for (n, j) in sequence.enumerated() {
                    neighbours[j] = (n > 0 ? sequence[n - 1] : nil, n + 1 < sequence.count ? sequence[n + 1] : nil, isTutorial)
                }
            }
        }
        siteValues = [
            "title": .text(configuration.title), "language": .text(configuration.language), "basePath": .text(basePath),
            "homeURL": .text(href(.root)), "licence": .text(orFalse: configuration.legal.licence),
        ].merging(themeSiteValues()) { a, _ in a }
    }

    /// Replaces page `i` by a new version of itself (same URL and front-matter, so listings,
    /// related pages and taxonomies stay right).
    package mutating func replacePage(_ i: Int, with parsed: ParsedPage) {
        site.pages[i] = parsed
    }

    private func displayOrder(_ page: Page) -> DisplayOrder {
        DisplayOrder(order: page.frontMatter.order ?? .infinity, title: Slug.make(from: page.title), url: page.url.rawValue)
    }

    package func href(_ url: SitePath) -> String { basePath + url.rawValue }

    package var topSections: [Int] {
        (children[.root] ?? []).filter { site.pages[$0].page.kind == .section }
    }

    /// The listed pages' URLs, for the sitemap.
    package var sitemapPaths: [SitePath] {
        site.pages.filter(\.page.isListed).map(\.page.url)
    }

    // MARK: - Contexts

    package func baseContext(title: String, current: SitePath?) -> TemplateContext {
        let navigation: [TemplateValue] = topSections.map { i in
            let page = site.pages[i].page
            let isCurrent = current.map { $0.rawValue.hasPrefix(page.url.rawValue) } ?? false
            return ["title": .text(page.navigationTitle), "url": .text(href(page.url)), "isCurrent": .flag(isCurrent)]
        }
        let pageTitle = title == configuration.title ? title : "\(title) – \(configuration.title)"
        var values = siteValues
        values["navigation"] = .list(navigation)
        return ["site": .object(values), "pageTitle": .text(pageTitle), "csp": values["csp"] ?? false]
    }

    package func context(forPage i: Int, bodies: RenderedBodies) -> TemplateContext {
        let page = site.pages[i].page
        var title = page.title
        if page.kind == .article, let parent = page.parent, parent != .root, let section = indexByURL[parent] {
            title = "\(page.title) – \(site.pages[section].page.title)"
        }
        var context = baseContext(title: page.kind == .home ? configuration.title : title, current: page.url)
        if let description = page.frontMatter.description ?? (page.kind == .home ? configuration.description : nil),
            !description.isEmpty
        {
            context["description"] = .text(description)
        }
        context["page"] = .object(pageDictionary(i, body: bodies[i].html).merging(themePageValues(i)) { a, _ in a })
        context["breadcrumb"] = .list(breadcrumb(of: page))
        context["pathNavigation"] = pathNavigation(of: i)
        switch page.kind {
        case .home:
            // Sections named as the menus name them (`nav_title:`, a navigation label), as the header does.
            context["sections"] = .list(topSections.map { .object(menuSummary($0)) })
            // Pages at the root (a flat MkDocs or GitBook project has only those): listed too, so none
            // is out of reach; but those at the footer's addresses (an author's mentions légales).
            context["articles"] = summaries((children[.root] ?? []).filter {
                let page = site.pages[$0].page
                return page.kind == .article && [.article, .faq, .tutorial].contains(page.type) && !GeneratedPageURL.footer.contains(page.url)
            })
            context["paths"] = pathSummaries()
            context["nextEvent"] = nextEvent()
        case .section:
            let listed = children[page.url] ?? []
            // By index: copying each child's `Page` cost more than the rest for a section of thousands.
            func articles(_ type: PageType) -> [Int] {
                listed.filter { site.pages[$0].page.kind == .article && site.pages[$0].page.type == type }
            }
            context["subsections"] = .list(listed.filter { site.pages[$0].page.kind == .section }.map { .object(menuSummary($0)) })
            context["faqs"] = .list(articles(.faq).map { j in
                var item = summary(j)
                item["anchor"] = .text(Slug.make(from: site.pages[j].page.url.rawValue))
                item["content"] = .text(bodies[j].accordionHTML ?? bodies[j].html)
                return .object(item)
            })
            context["tutorials"] = summaries(articles(.tutorial))
            context["articles"] = summaries(articles(.article))
            context["paths"] = summaries(articles(.path))
            // The section at /webinaires/ lists every event of the site; another, its own.
            let events = page.url == GeneratedPageURL.events ? nil : Set(listed.filter { site.pages[$0].page.type == .event })
            if events.map({ !$0.isEmpty }) ?? !site.events.isEmpty { context["events"] = .object(eventListing(among: events)) }
        case .article:
            if let path = path(at: i) { context["path"] = .object(pathContext(path)) }
            if let event = event(at: i) { context["event"] = .object(eventContext(event)) }
            context["backlinks"] = summaries(site.graph.inbound[i].filter { site.pages[$0].page.status != .archived })
            context["related"] = summaries(related[i])
            // Previous/next: a tutorial among its section's tutorials, another article among
            // the section's other articles (onboarding paths have their own steps).
            if let pager = neighbours[i] {
                context["previous"] = pager.previous.map { .object(menuSummary($0)) } ?? false
                context["next"] = pager.next.map { .object(menuSummary($0)) } ?? false
                context["hasPager"] = true
                context["isTutorialPager"] = .flag(pager.isTutorial)
            }
        }
        if page.kind == .article { context["sectionNav"] = sectionNavigation(of: i) }
        if let video = page.video {
            context["video"] = videoContext(video, title: page.title)
            if let external = video.external {
                context["csp"] = .text(ContentSecurityPolicy.meta(allowing: configuration.feedbackAction, frames: [external.origin]))
            }
        }
        return context
    }

    /// Dates and authors as templates show them.
    package static func historyDictionary(_ history: PageHistory) -> TemplateValue {
        [
            "updated": .text(FrenchDate.long(history.updated.day)), "updatedISO": .text(history.updated.day.description),
            "created": history.created.map { .text(FrenchDate.long($0.day)) } ?? false,
            "createdISO": history.created.map { .text($0.day.description) } ?? false,
            "authors": history.authors.isEmpty ? false : .text(history.authors.joined(separator: ", ")),
            "isUncommitted": .flag(history.isUncommitted),
        ]
    }

    /// The "Nouveautés" page: recent changes grouped by month.
    package func recentChangesContext(_ changes: RecentChanges) -> TemplateContext {
        var months: [(String, [TemplateValue])] = []
        for entry in changes.entries {
            let month = FrenchDate.month(entry.updated.day)
            var item = summary(entry.page)
            item["isNew"] = .flag(entry.isNew)
            item["date"] = .text(FrenchDate.long(entry.updated.day))
            item["dateISO"] = .text(entry.updated.day.description)
            item["summary"] = entry.summary.map { .text($0) } ?? false
            if months.last?.0 == month { months[months.count - 1].1.append(.object(item)) } else { months.append((month, [.object(item)])) }
        }
        var context = baseContext(title: "Nouveautés", current: nil)
        context["months"] = .list(months.map { ["month": .text($0.0), "entries": .list($0.1)] })
        return context
    }

    /// The "Plan du site": every listed page, section by section, as a tree.
    package func siteMapContext() -> TemplateContext {
        func node(_ i: Int) -> TemplateValue {
            var item = summary(i)
            item["children"] = .list((children[site.pages[i].page.url] ?? []).map(node))
            return .object(item)
        }
        var context = baseContext(title: "Plan du site", current: nil)
        context["tree"] = .list((children[.root] ?? []).map(node))
        return context
    }

    private func pageDictionary(_ i: Int, body: String) -> TemplateContext {
        let page = site.pages[i].page
        var dict = summary(i)
        dict["content"] = .text(body)
        dict["type"] = .text(page.type.rawValue)
        for type in PageType.allCases { dict["is" + type.rawValue.capitalized] = .flag(page.type == type) }
        dict["isArchived"] = .flag(page.status == .archived)
        dict["isHidden"] = .flag(page.frontMatter.hidden)
        let labels = Dictionary(configuration.audiences.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        dict["audiences"] = .list(page.audience.map { ["id": .text($0), "label": .text(labels[$0] ?? $0)] })
        dict["tags"] = .list(page.frontMatter.tags.map { ["name": .text($0), "url": .text(href(Taxonomy.tags.url(for: $0)))] })
        dict["categories"] = .list(page.frontMatter.categories.map {
            ["name": .text($0), "url": .text(href(Taxonomy.categories.url(for: $0)))]
        })
        dict["editURL"] =
            configuration.editURL.isEmpty || page.isSynthetic
            ? false
            : .text(configuration.editURL.replacingOccurrences(of: "{path}", with: repositoryPath(of: page)))
        dict["params"] = .object(page.frontMatter.params.mapValues(\.templateValue))
        dict["history"] = page.history.map(Self.historyDictionary) ?? false
        return dict
    }

    /// The path of `page`'s file in the repository, for `edit_url`'s `{path}`: each part
    /// percent-encoded (`faq/Pourquoi ?.md` is `faq/Pourquoi%20%3F.md`, not a query).
    private func repositoryPath(of page: Page) -> String {
        let folder = ContentPath.resolving(configuration.contentDirectory, in: "")?.rawValue ?? configuration.contentDirectory
        return ((folder.isEmpty ? "" : folder + "/") + page.source.rawValue).split(separator: "/").map { Self.percentEncoded(String($0)) }.joined(separator: "/")
    }

    /// What a listing shows of a page: title, URL, description.
    package func summary(_ i: Int) -> TemplateContext {
        // Keys are always present (false when empty) so a Mustache section never picks up
        // the value of an enclosing context. (Fields read in place: a copy of the page cost more.)
        [
            "title": .text(site.pages[i].page.title), "url": .text(href(site.pages[i].page.url)),
            "description": .text(orFalse: site.pages[i].page.frontMatter.description),
        ]
    }

    /// What a menu shows of a page: its summary, titled with its navigation title (`nav_title:`).
    package func menuSummary(_ i: Int) -> TemplateContext {
        var item = summary(i)
        item["title"] = .text(site.pages[i].page.navigationTitle)
        return item
    }

    /// The summaries of `pages`, as a list.
    package func summaries(_ pages: [Int]) -> TemplateValue { .list(pages.map { .object(summary($0)) }) }

    private func breadcrumb(of page: Page) -> [TemplateValue] {
        var trail: [TemplateValue] = []
        var parent = page.parent
        while let url = parent, let i = indexByURL[url] {
            trail.insert(["title": .text(site.pages[i].page.navigationTitle), "url": .text(href(url))], at: 0)
            parent = site.pages[i].page.parent
        }
        return trail
    }

    package func context(forRedirect redirect: Redirect) -> TemplateContext {
        let title = indexByURL[redirect.to].map { site.pages[$0].page.title } ?? redirect.to.rawValue
        var context = baseContext(title: title, current: nil)
        context["target"] = ["title": .text(title), "url": .text(href(redirect.to))]
        return context
    }
}

private struct DisplayOrder: Comparable {
    var order: Double
    var title: String
    var url: String
    /// By `order:`, then by title, numbers read as numbers (« Partie 2 » before « Partie 10 »), then by address.
    static func < (a: DisplayOrder, b: DisplayOrder) -> Bool {
        if a.order != b.order { return a.order < b.order }
        if a.title != b.title { return a.title.naturallyPrecedes(b.title) }
        return a.url < b.url
    }
}

extension YAMLValue {
    /// The value as templates see it: numbers as text, `null` as empty text.
    package var templateValue: TemplateValue {
        switch self {
        case .string(let s): .text(s)
        case .int(let i): .text(String(i))
        case .double(let d): .text(String(d))
        case .bool(let b): .flag(b)
        case .null: .text("")
        case .list(let l): .list(l.map(\.templateValue))
        case .map(let m): .object(Dictionary(m.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
