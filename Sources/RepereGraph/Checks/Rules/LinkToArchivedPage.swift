import RepereDiagnostics

/// `link.to-archived` (warning): a live page links to an archived one.
package struct LinkToArchivedPage: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        let pages = input.site.pages
        return input.site.graph.links.compactMap { link in
            guard pages[link.from].page.status != .archived, pages[link.to].page.status == .archived else { return nil }
            return Diagnostic(.linkToArchived, "link to the archived page '\(pages[link.to].page.title)'", at: link.location,
                notes: ["link to the page that replaces it"])
        }
    }
}
