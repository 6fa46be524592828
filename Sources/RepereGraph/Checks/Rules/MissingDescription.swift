import RepereDiagnostics

/// `page.missing-description` (warning): a live article or section without `description`,
/// which search results, listings and `<meta name="description">` need.
package struct MissingDescription: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.livePages.compactMap { i in
            let page = input.site.pages[i].page
            guard page.kind != .home, !page.isSynthetic, (page.frontMatter.description ?? "").isEmpty else { return nil }
            return Diagnostic(.pageMissingDescription, "'\(page.title)' has no description", at: .init(file: page.displayPath),
                notes: ["add 'description: \"…\"', one sentence shown in search results"])
        }
    }
}
