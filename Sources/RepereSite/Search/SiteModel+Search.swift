import RepereContent

extension SiteModel {
    /// Where the search page is, and the labels of the page types in its filter.
    static let searchPagePath = "recherche/index.html"
    static let typeLabels: [PageType: String] = [.faq: "Questions fréquentes", .tutorial: "Tutoriels", .article: "Articles"]

    /// The search page's context: the filter values (top-level sections, types, audiences).
    func searchContext() -> [String: Any] {
        var context = baseContext(title: "Rechercher", current: nil)
        context["sections"] = topSections.map { i in
            let page = site.pages[i].page
            return ["id": SearchDocuments.sectionID(page.url), "label": page.title]
        }
        context["types"] = PageType.allCases.map { ["id": $0.rawValue, "label": Self.typeLabels[$0] ?? $0.rawValue] }
        context["audiences"] = configuration.audiences.map { ["id": $0.id, "label": $0.label] }
        return context
    }
}
