import RepereContent
import RepereGraph
import RepereTemplates

/// Onboarding paths as templates see them: the path page's checklist, the « Parcours : … —
/// étape 3 sur 8 » navigation of the pages in a path, and the paths listed on the home and
/// audience pages.
///
/// Progress lives in the reader's browser only (`_repere/parcours.js`, `localStorage`), keyed by
/// the path's URL and each step's address; nothing is sent anywhere. Without JavaScript the
/// path is an ordered list of links.
extension SiteModel {
    /// The paths each page is a step of: (index in `site.paths`, position in the path), in path order.
    static func pathMemberships(_ site: ResolvedSite) -> [Int: [(path: Int, step: Int)]] {
        var memberships: [Int: [(path: Int, step: Int)]] = [:]
        for (p, path) in site.paths.enumerated() where site.pages[path.page].page.status != .archived {
            for (s, step) in path.steps.enumerated() where !(memberships[step.page]?.contains { $0.path == p } ?? false) {
                memberships[step.page, default: []].append((p, s))
            }
        }
        return memberships
    }

    /// The path page's values: its steps with their notes and durations, the total time, and
    /// the link that starts the path.
    func pathContext(_ path: OnboardingPath) -> TemplateContext {
        let steps: [TemplateValue] = path.steps.enumerated().map { s, step in
            var item = summary(step.page)
            if let heading = step.heading { item["title"] = .text("\(site.pages[step.page].page.title) — \(heading)") }
            item["number"] = .text(String(s + 1))
            item["href"] = .text(step.href)
            item["key"] = .text(step.href)
            item["absoluteURL"] = .text(absoluteURL(ofHref: step.href))
            item["note"] = .text(orFalse: step.note)
            item["duration"] = step.minutes.map { .text(PathStep.written(minutes: $0)) } ?? false
            return .object(item)
        }
        return [
            "key": .text(href(site.pages[path.page].page.url)),
            "steps": .list(steps),
            "stepCount": .text(String(path.steps.count)),
            "duration": path.totalMinutes.map { .text(PathStep.written(minutes: $0)) } ?? false,
            "start": path.steps.first.map { .text($0.href) } ?? false,
        ]
    }

    /// « Parcours : … — étape 3 sur 8 » for each path page `i` is a step of.
    func pathNavigation(of i: Int) -> TemplateValue {
        .list((pathMemberships[i] ?? []).map { membership in
            let path = site.paths[membership.path]
            let page = site.pages[path.page].page
            func neighbour(_ s: Int) -> TemplateValue {
                guard path.steps.indices.contains(s) else { return false }
                return ["title": .text(site.pages[path.steps[s].page].page.title), "href": .text(path.steps[s].href)]
            }
            return [
                "title": .text(page.title), "url": .text(href(page.url)), "key": .text(href(page.url)),
                "id": .text(String(membership.path + 1)),
                "position": .text(String(membership.step + 1)), "count": .text(String(path.steps.count)),
                "stepKey": .text(path.steps[membership.step].href),
                "previous": neighbour(membership.step - 1), "next": neighbour(membership.step + 1),
            ]
        })
    }

    /// The live paths for `audience` (every live path when `nil`), in site order: title, URL,
    /// description, audiences, number of steps and time.
    func pathSummaries(for audience: String? = nil) -> TemplateValue {
        let labels = Dictionary(configuration.audiences.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return .list(site.paths.compactMap { path -> TemplateValue? in
            let page = site.pages[path.page].page
            guard page.status != .archived, audience.map({ page.audience.contains($0) }) ?? true else { return nil }
            var item = summary(path.page)
            item["stepCount"] = .text(String(path.steps.count))
            item["duration"] = path.totalMinutes.map { .text(PathStep.written(minutes: $0)) } ?? false
            item["audiences"] = page.audience.isEmpty ? false : .text(page.audience.map { labels[$0] ?? $0 }.joined(separator: ", "))
            return .object(item)
        })
    }

    /// The path whose page is `i`, if it is one.
    func path(at i: Int) -> OnboardingPath? {
        site.paths.first { $0.page == i }
    }

    /// `href` (base path included) as an absolute address, for the printed checklist.
    private func absoluteURL(ofHref href: String) -> String {
        SitePath(rawValue: String(href.dropFirst(basePath.count))).absolute(baseURL: configuration.baseURL)
    }
}
