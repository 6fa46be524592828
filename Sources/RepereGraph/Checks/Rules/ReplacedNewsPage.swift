import RepereContent
import RepereDiagnostics

/// `page.replaces-news` (warning): a published page at `/nouveautes/`, the address of the
/// generated « Nouveautés » page, which the build then does not write.
///
/// The other generated pages (legal notice, accessibility statement…) are made from settings,
/// and a page at their address is the author's way of writing them; the recent changes are made
/// from the pages' history, and a page there (GitBook's product news, `nouveautes.md`) hides
/// them, so the author is told, and how to get them back.
package struct ReplacedNewsPage: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.site.pages.indices.compactMap { i in
            let page = input.site.pages[i].page
            guard page.url == GeneratedPageURL.news else { return nil }
            return Diagnostic(.pageReplacesNews, "'\(page.title)' is published at \(page.url) instead of the generated Nouveautés page",
                at: .init(file: page.displayPath),
                notes: ["rename the file or set 'permalink:' to get the recent changes back there, or keep it: 'checks: page.replaces-news: off'"])
        }
    }
}
