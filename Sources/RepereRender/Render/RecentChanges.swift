import RepereContent
import RepereGraph
import RepereSupport

/// The new and updated pages, newest first: the "Nouveautés" page and the Atom feed.
package struct RecentChanges: Sendable {
    package struct Entry: Sendable {
        package var page: Int
        package var isNew: Bool
        package var updated: Timestamp
        /// The last commit's summary, when it says something a reader can use.
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
                summary: Self.usefulSummary(history.lastSummary, of: page))
        }
        .sorted { ($0.updated.seconds, site.pages[$1.page].page.url) > ($1.updated.seconds, site.pages[$0.page].page.url) }
        .prefix(limit).map { $0 }
    }

    /// Keeps a commit summary only when it tells readers something: not a merge, not a bare
    /// "update"/"mise à jour", not just the file's name.
    package static func usefulSummary(_ summary: String, of page: Page) -> String? {
        let s = summary.trimmingWhitespace
        let lower = s.lowercased()
        let generic = ["update", "updates", "mise à jour", "maj", "wip", "fix", "typo", "modification", "modifications"]
        guard s.count >= 12, !lower.hasPrefix("merge "), !generic.contains(lower),
            !lower.contains(page.source.fileName.lowercased())
        else { return nil }
        return s
    }
}
