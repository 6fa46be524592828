import RepereContent
import RepereDiagnostics

/// `page.reserved-address` (error): a published page at an address the build writes a page of
/// its own to, which no content page can replace — the search page, the site map, the listing of
/// a tag or category in use (`/etiquettes/<tag>/`). Found here, `check` fails as the build would.
package struct ReservedAddressPage: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        let pages = input.site.pages.map(\.page)
        let listings = GeneratedPageURL.listings(of: pages)
        return pages.compactMap { page in
            let generated =
                switch page.url {
                case GeneratedPageURL.search: "the search page"
                case GeneratedPageURL.siteMap: "the site map"
                case let url where listings.contains(url): "the listing of a tag or category"
                default: String?.none
                }
            guard let generated else { return nil }
            return Diagnostic(.pageReservedAddress, "'\(page.title)' would be published at \(page.url), the address of \(generated)",
                at: .init(file: page.displayPath),
                notes: ["give the page another address: rename the file, or set 'slug:' in its front matter"])
        }
    }
}
