import RepereContent
import RepereSupport

/// "Voir aussi": for each page, the pages most related to it.
///
/// Explicit `related:` pages come first, in their order; then other articles ranked by a
/// score — a link between the two pages (4), each page both link to (2 each), each shared tag
/// used by at most 100 pages (2 each), the same section (1) — ties broken by URL, so the result
/// is deterministic. Archived pages and home/section pages are never suggested.
public enum RelatedPages {
    public static func compute(_ site: ResolvedSite, limit: Int = 5) -> [[Int]] {
        let pages = site.pages.map(\.page)
        let graph = site.graph
        var byTag: [String: [Int]] = [:]
        var bySection: [SitePath: [Int]] = [:]
        for (i, page) in pages.enumerated() where isSuggestible(page) {
            for tag in Set(page.frontMatter.tags) { byTag[tag, default: []].append(i) }
            if let parent = page.parent { bySection[parent, default: []].append(i) }
        }
        let (tagged, inSection, suggestible) = (byTag, bySection, pages.map(isSuggestible))
        let urls = pages.map(\.url)
        return Array(pages.indices).parallelMap { a in
            guard pages[a].kind == .article else { return [] }
            // Scores from links and tags (2 at least). The section's +1 is added to those only:
            // the rest of the section scores exactly 1, below all of them, so it is read in URL
            // (index) order after them instead of being scored page by page.
            var score: [Int: Int] = [:]
            for b in graph.outbound[a] + graph.inbound[a] { score[b, default: 0] += 4 }
            for target in graph.outbound[a] where graph.inbound[target].count <= 100 {
                for b in graph.inbound[target] { score[b, default: 0] += 2 }
            }
            for tag in Set(pages[a].frontMatter.tags) {
                guard let pagesWithTag = tagged[tag], pagesWithTag.count <= 100 else { continue }
                for b in pagesWithTag { score[b, default: 0] += 2 }
            }
            let parent = pages[a].parent
            let explicit = graph.explicitRelated[a].filter { $0 != a }
            // The best `wanted` candidates, highest score first, then by URL: a bounded insertion.
            let wanted = max(0, limit - explicit.count)
            var best: [(page: Int, score: Int)] = []
            for (b, linked) in score where b != a && suggestible[b] && !explicit.contains(b) {
                let value = linked + (parent != nil && pages[b].parent == parent ? 1 : 0)
                let position = best.firstIndex { (value, urls[$0.page]) > ($0.score, urls[b]) } ?? best.count
                guard position < wanted else { continue }
                best.insert((b, value), at: position)
                if best.count > wanted { best.removeLast() }
            }
            if best.count < wanted, let parent {
                for b in inSection[parent] ?? [] where b != a && score[b] == nil && !explicit.contains(b) {
                    best.append((b, 1))
                    if best.count == wanted { break }
                }
            }
            return Array((explicit + best.map(\.page)).prefix(max(limit, explicit.count)))
        }
    }

    private static func isSuggestible(_ page: Page) -> Bool {
        page.kind == .article && page.isListed
    }
}
