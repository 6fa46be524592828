import RepereContent
import RepereGraph
import RepereSupport

/// The new and updated pages, newest first: the "Nouveautés" page and the Atom feed.
package struct RecentChanges: Sendable {
    package struct Entry: Sendable {
        package var page: Int
        package var isNew: Bool
        package var updated: Timestamp
        /// What the last commit tells readers (its `Nouveauté :` trailer, ``PageHistory/readerNote``).
        package var summary: String?
    }

    package let entries: [Entry]

    /// Published articles with a known update date, newest first (then by URL), at most `limit`.
    package init(_ site: ResolvedSite, limit: Int = 100) {
        entries = site.pages.indices.compactMap { i -> Entry? in
            let page = site.pages[i].page
            guard page.kind == .article, page.status == .published, let history = page.history else { return nil }
            return Entry(
                page: i, isNew: history.created == history.updated, updated: history.updated,
                summary: history.readerNote.isEmpty ? nil : history.readerNote)
        }
        .sorted { ($0.updated.seconds, site.pages[$1.page].page.url) > ($1.updated.seconds, site.pages[$0.page].page.url) }
        .prefix(limit).map { $0 }
    }
}
