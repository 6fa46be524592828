import RepereContent
import RepereTemplates

extension SiteModel {
    /// How many pages a level of the section navigation lists at most, around the current one,
    /// then « … » and a link to the level's section: a page of a large flat folder would
    /// otherwise carry every sibling (and a site of n such pages, n² links).
    static let sectionNavigationLimit = 12

    /// The navigation of the top-level section holding page `i`: that section's pages, each
    /// subsection on the way to `i` open with its own pages, the others closed (their link
    /// only), `i` marked current. `false` for a page outside any section.
    func sectionNavigation(of i: Int) -> TemplateValue {
        var trail: [SitePath] = []  // the sections from the top one down to `i`'s own
        var url = site.pages[i].page.kind == .section ? site.pages[i].page.url : site.pages[i].page.parent
        while let current = url, current != .root, let j = indexByURL[current] {
            trail.insert(current, at: 0)
            url = site.pages[j].page.parent
        }
        guard let top = trail.first, let topIndex = indexByURL[top] else { return false }
        let open = Set(trail)
        func level(_ section: SitePath) -> [TemplateValue] {
            let listed = navigationChildren[section] ?? []
            // A window of the level around the page, or the open subsection, on the way to it.
            let onTheWay = trail.first { indexByURL[$0].map { site.pages[$0].page.parent == section } ?? false }
            let anchor = (site.pages[i].page.parent == section ? navigationPosition[i] : nil)
                ?? onTheWay.flatMap { indexByURL[$0] }.flatMap { navigationPosition[$0] } ?? 0
            let start = max(0, min(anchor - Self.sectionNavigationLimit / 2, listed.count - Self.sectionNavigationLimit))
            let shown = Array(listed[start..<min(listed.count, start + Self.sectionNavigationLimit)])
            var items: [TemplateValue] = shown.map { j in
                let page = site.pages[j].page
                var item = menuSummary(j)
                item["isCurrent"] = .flag(j == i)
                item["children"] = page.kind == .section && open.contains(page.url) ? .list(level(page.url)) : .list([])
                return .object(item)
            }
            if listed.count > shown.count, let sectionIndex = indexByURL[section] {
                items.append([
                    "title": .text("Toutes les pages de « \(site.pages[sectionIndex].page.title) » (\(listed.count))"),
                    "url": .text(href(site.pages[sectionIndex].page.url)), "isCurrent": false, "children": .list([]), "description": false,
                ])
            }
            return items
        }
        return [
            "title": .text(site.pages[topIndex].page.navigationTitle), "url": .text(href(top)), "isCurrent": .flag(topIndex == i),
            "items": .list(level(top)),
        ]
    }
}
