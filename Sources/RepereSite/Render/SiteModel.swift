import RepereContent
import RepereMarkdown

/// The site's structure as templates see it: navigation, section listings, breadcrumbs and
/// taxonomies, computed once from the resolved pages.
struct SiteModel: Sendable {
    let site: ResolvedSite
    let configuration: SiteConfiguration
    let basePath: String
    private(set) var indexByURL: [SitePath: Int] = [:]
    /// Listed children of each section (archived pages excluded), in display order.
    private(set) var children: [SitePath: [Int]] = [:]
    /// "Voir aussi" for each page.
    let related: [[Int]]
    /// The theme's UI strings.
    let strings: [String: String]
    /// The glossary (`content/glossary.yml`).
    let glossary: Glossary
    /// Listed articles of each audience, in site order.
    let audiencePages: [String: [Int]]

    init(site: ResolvedSite, configuration: SiteConfiguration, basePath: String, strings: [String: String] = [:], glossary: Glossary = Glossary()) {
        self.site = site
        self.configuration = configuration
        self.basePath = basePath
        self.strings = strings
        self.glossary = glossary
        self.audiencePages = Self.pagesByAudience(site)
        self.related = RelatedPages.compute(site)
        for (i, parsed) in site.pages.enumerated() { indexByURL[parsed.page.url] = i }
        for (i, parsed) in site.pages.enumerated() where parsed.page.status != .archived {
            if let parent = parsed.page.parent { children[parent, default: []].append(i) }
        }
        let orders = site.pages.map { displayOrder($0.page) }
        for (key, list) in children {
            children[key] = list.sorted { orders[$0] < orders[$1] }
        }
    }

    private func displayOrder(_ page: Page) -> DisplayOrder {
        DisplayOrder(order: page.frontMatter.order ?? Int.max, title: Slug.make(from: page.title), url: page.url.rawValue)
    }

    func href(_ url: SitePath) -> String { basePath + url.rawValue }

    var topSections: [Int] {
        (children[.root] ?? []).filter { site.pages[$0].page.kind == .section }
    }

    /// Published, non-archived page URLs for the sitemap.
    var sitemapPaths: [SitePath] {
        site.pages.filter { $0.page.status != .archived }.map(\.page.url)
    }

    // MARK: - Contexts

    func baseContext(title: String, current: SitePath?) -> [String: Any] {
        let navigation: [[String: Any]] = topSections.map { i in
            let page = site.pages[i].page
            let isCurrent = current.map { $0.rawValue.hasPrefix(page.url.rawValue) } ?? false
            return ["title": page.title, "url": href(page.url), "isCurrent": isCurrent]
        }
        let pageTitle = title == configuration.title ? title : "\(title) – \(configuration.title)"
        return [
            "site": [
                "title": configuration.title, "language": configuration.language, "basePath": basePath,
                "homeURL": href(.root), "navigation": navigation,
            ].merging(themeSiteValues()) { a, _ in a } as [String: Any],
            "pageTitle": pageTitle,
        ]
    }

    func context(forPage i: Int, bodies: [RenderedBody]) -> [String: Any] {
        let page = site.pages[i].page
        var title = page.title
        if page.kind == .article, let parent = page.parent, parent != .root, let section = indexByURL[parent] {
            title = "\(page.title) – \(site.pages[section].page.title)"
        }
        var context = baseContext(title: page.kind == .home ? configuration.title : title, current: page.url)
        if let description = page.frontMatter.description ?? (page.kind == .home ? configuration.description : nil),
            !description.isEmpty
        {
            context["description"] = description
        }
        context["page"] = pageDictionary(i, body: bodies[i].html).merging(themePageValues(i)) { a, _ in a }
        context["breadcrumb"] = breadcrumb(of: page)
        switch page.kind {
        case .home:
            context["sections"] = topSections.map { summary($0) }
        case .section:
            let listed = children[page.url] ?? []
            let pages = listed.map { site.pages[$0].page }
            context["subsections"] = zip(listed, pages).filter { $0.1.kind == .section }.map { summary($0.0) }
            context["faqs"] = zip(listed, pages).filter { $0.1.kind == .article && $0.1.type == .faq }.map { j, faq in
                var item = summary(j)
                item["anchor"] = Slug.make(from: faq.url.rawValue)
                item["content"] = bodies[j].accordionHTML ?? bodies[j].html
                return item
            }
            context["tutorials"] = zip(listed, pages).filter { $0.1.kind == .article && $0.1.type == .tutorial }.map { summary($0.0) }
            context["articles"] = zip(listed, pages).filter { $0.1.kind == .article && $0.1.type == .article }.map { summary($0.0) }
        case .article:
            context["backlinks"] = site.graph.inbound[i].filter { site.pages[$0].page.status != .archived }.map { summary($0) }
            context["related"] = related[i].map { summary($0) }
            if page.type == .tutorial, let parent = page.parent {
                let tutorials = (children[parent] ?? []).filter { site.pages[$0].page.type == .tutorial }
                if let position = tutorials.firstIndex(of: i) {
                    context["previous"] = position > 0 ? summary(tutorials[position - 1]) : false
                    context["next"] = position + 1 < tutorials.count ? summary(tutorials[position + 1]) : false
                    context["hasPager"] = tutorials.count > 1
                }
            }
        }
        return context
    }

    /// Dates and authors as templates show them.
    static func historyDictionary(_ history: PageHistory) -> [String: Any] {
        [
            "updated": FrenchDate.long(history.updated.day), "updatedISO": history.updated.day.description,
            "created": history.created.map { FrenchDate.long($0.day) } ?? false,
            "createdISO": history.created.map { $0.day.description } ?? false,
            "authors": history.authors.isEmpty ? false : history.authors.joined(separator: ", "),
            "isUncommitted": history.isUncommitted,
        ]
    }

    /// The "Nouveautés" page: recent changes grouped by month.
    func recentChangesContext(_ changes: RecentChanges) -> [String: Any] {
        var months: [(String, [[String: Any]])] = []
        for entry in changes.entries {
            let month = FrenchDate.month(entry.updated.day)
            var item = summary(entry.page)
            item["isNew"] = entry.isNew
            item["date"] = FrenchDate.long(entry.updated.day)
            item["dateISO"] = entry.updated.day.description
            item["summary"] = entry.summary ?? false
            if months.last?.0 == month { months[months.count - 1].1.append(item) } else { months.append((month, [item])) }
        }
        var context = baseContext(title: "Nouveautés", current: nil)
        context["months"] = months.map { ["month": $0.0, "entries": $0.1] }
        return context
    }

    /// The "Plan du site": every listed page, section by section, as a tree.
    func siteMapContext() -> [String: Any] {
        func node(_ i: Int) -> [String: Any] {
            var item = summary(i)
            item["children"] = (children[site.pages[i].page.url] ?? []).map(node)
            return item
        }
        var context = baseContext(title: "Plan du site", current: nil)
        context["tree"] = (children[.root] ?? []).map(node)
        return context
    }

    private func pageDictionary(_ i: Int, body: String) -> [String: Any] {
        let page = site.pages[i].page
        var dict = summary(i)
        dict["content"] = body
        dict["type"] = page.type.rawValue
        for type in PageType.allCases { dict["is" + type.rawValue.capitalized] = page.type == type }
        dict["isArchived"] = page.status == .archived
        let labels = Dictionary(configuration.audiences.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        dict["audiences"] = page.audience.map { ["id": $0, "label": labels[$0] ?? $0] }
        dict["tags"] = page.frontMatter.tags.map { ["name": $0, "url": href(Taxonomy.tags.url(for: $0))] }
        if let category = page.frontMatter.category {
            dict["category"] = ["name": category, "url": href(Taxonomy.categories.url(for: category))]
        }
        dict["editURL"] =
            configuration.editURL.isEmpty || page.isSynthetic
            ? false
            : configuration.editURL.replacingOccurrences(
                of: "{path}", with: configuration.contentDirectory + "/" + page.source.rawValue)
        dict["params"] = page.frontMatter.params.mapValues(\.templateValue)
        dict["history"] = page.history.map(Self.historyDictionary) ?? false
        return dict
    }

    /// What a listing shows of a page: title, URL, description.
    func summary(_ i: Int) -> [String: Any] {
        let page = site.pages[i].page
        // Keys are always present (false when empty) so a Mustache section never picks up
        // the value of an enclosing context.
        let description = page.frontMatter.description ?? ""
        return ["title": page.title, "url": href(page.url), "description": description.isEmpty ? false : description]
    }

    private func breadcrumb(of page: Page) -> [[String: Any]] {
        var trail: [[String: Any]] = []
        var parent = page.parent
        while let url = parent, let i = indexByURL[url] {
            trail.insert(["title": site.pages[i].page.title, "url": href(url)], at: 0)
            parent = site.pages[i].page.parent
        }
        return trail
    }

    func context(forRedirect redirect: Redirect) -> [String: Any] {
        let title = indexByURL[redirect.to].map { site.pages[$0].page.title } ?? redirect.to.rawValue
        var context = baseContext(title: title, current: nil)
        context["target"] = ["title": title, "url": href(redirect.to)]
        return context
    }
}

private struct DisplayOrder: Comparable {
    var order: Int
    var title: String
    var url: String
    static func < (a: DisplayOrder, b: DisplayOrder) -> Bool { (a.order, a.title, a.url) < (b.order, b.title, b.url) }
}

extension YAMLValue {
    /// The value as templates see it: strings, numbers, booleans, arrays and dictionaries.
    var templateValue: Any {
        switch self {
        case .string(let s): s
        case .int(let i): i
        case .double(let d): d
        case .bool(let b): b
        case .null: ""
        case .list(let l): l.map(\.templateValue)
        case .map(let m): Dictionary(m.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
