import RepereContent
import RepereDiagnostics

/// `page.orphan` (warning): a published article that no other page links to, in its text
/// or in its front-matter `related:` list.
///
/// Section listings do not count: every page is listed in its section, so they would hide
/// every orphan. Pages replacing a generated page (`/mentions-legales/`…) are linked from every
/// footer, onboarding paths from the home page and their audiences' pages, and events from `/webinaires/`, so they are never
/// orphans. What matters for référents arriving from a search or an e-mail is that
/// related pages point to each other.
package struct OrphanPage: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        let graph = input.site.graph
        let named = Set(graph.explicitRelated.enumerated().flatMap { from, targets in targets.filter { $0 != from } })
        return input.livePages.compactMap { i in
            let page = input.site.pages[i].page
            guard page.kind == .article, page.type != .path, page.type != .event, graph.inbound[i].isEmpty, !named.contains(i), !GeneratedPageURL.footer.contains(page.url)
            else { return nil }
            return Diagnostic(.pageOrphan, "no other page links to '\(page.title)'", at: .init(file: page.displayPath),
                notes: ["link to it from a related page, or archive it"])
        }
    }
}
