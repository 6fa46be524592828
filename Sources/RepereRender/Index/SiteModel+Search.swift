import RepereContent
import RepereTemplates

extension SiteModel {
    /// Where the search page is, and the labels of the page types in its filter.
    package static let searchPagePath = GeneratedPageURL.search.outputFile
    package static let typeLabels: [PageType: String] = [
        .faq: "Questions fréquentes", .tutorial: "Tutoriels", .article: "Articles", .path: "Parcours", .event: "Webinaires",
    ]

    /// The search page's context: the filter values (top-level sections, types, audiences).
    package func searchContext() -> TemplateContext {
        var context = baseContext(title: "Rechercher", current: nil)
        context["sections"] = .list(topSections.map { i in
            let page = site.pages[i].page
            return ["id": .text(SearchDocuments.sectionID(page.url)), "label": .text(page.title)]
        })
        context["types"] = .list(PageType.allCases.map { ["id": .text($0.rawValue), "label": .text(Self.typeLabels[$0] ?? $0.rawValue)] })
        context["audiences"] = .list(configuration.audiences.map { ["id": .text($0.id), "label": .text($0.label)] })
        return context
    }
}
