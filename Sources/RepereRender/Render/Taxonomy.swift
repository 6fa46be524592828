import RepereContent
import RepereSupport
import RepereTemplates

/// A way of grouping pages across sections, each value with its own listing page.
package enum Taxonomy: String, Sendable, CaseIterable {
    /// Free keywords (`tags:`), listed under `/etiquettes/<tag>/`.
    case tags
    /// The single `category:` key, listed under `/categories/<category>/`.
    case categories

    package var folder: String {
        switch self {
        case .tags: GeneratedPageURL.tagsFolder
        case .categories: GeneratedPageURL.categoriesFolder
        }
    }

    /// The key of the listing kind's name in the UI strings (`templates/i18n/fr.yml`).
    package var labelKey: String {
        switch self {
        case .tags: "taxonomy_tag"
        case .categories: "taxonomy_category"
        }
    }

    package func url(for value: String) -> SitePath { GeneratedPageURL.listing(in: folder, of: value) }
}

/// One listing page: every page with a given tag or category.
package struct TaxonomyListing: Sendable {
    package var kind: String
    package var title: String
    package var url: SitePath
    package var pages: [Int]
}

extension SiteModel {
    /// A listing per tag and per category used by a listed (non-archived) page.
    package func taxonomyListings() -> [TaxonomyListing] {
        var listings: [TaxonomyListing] = []
        for taxonomy in Taxonomy.allCases {
            var byURL: [SitePath: TaxonomyListing] = [:]
            for (i, parsed) in site.pages.enumerated() {
                for (folder, value) in GeneratedPageURL.listed(parsed.page) where folder == taxonomy.folder {
                    let url = taxonomy.url(for: value)
                    byURL[url, default: TaxonomyListing(kind: text(taxonomy.labelKey), title: value, url: url, pages: [])].pages.append(i)
                }
            }
            listings += byURL.values.sorted { $0.url < $1.url }
        }
        return listings
    }

    package func context(forListing listing: TaxonomyListing) -> TemplateContext {
        var context = baseContext(title: "\(listing.kind) : \(listing.title)", current: nil)
        context["listing"] = [
            "kind": .text(listing.kind), "title": .text(listing.title),
            "pages": summaries(listing.pages.sorted { site.pages[$0].page.title.naturallyPrecedes(site.pages[$1].page.title) }),
        ]
        return context
    }
}
