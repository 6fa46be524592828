import Testing
@testable import RepereContent

/// `permalink:` and `slug:` values read as page addresses.
@Suite struct PermalinkTests {
    @Test(arguments: [
        ("/guide/intro/", "/guide/", "/guide/intro/", nil),
        ("/guide/intro", "/", "/guide/intro/", nil),
        ("intro", "/guide/", "/guide/intro/", nil),
        ("../autre/page/", "/guide/", "/autre/page/", nil),
        ("/guide/intro.html", "/", "/guide/intro/", "/guide/intro.html"),
        ("/guide/index.html", "/", "/guide/", "/guide/index.html"),
        ("/sécurité/pourquoi_l-owasp~2/", "/", "/sécurité/pourquoi_l-owasp~2/", nil),
        (" /", "/guide/", "/", nil),
        ("version-4.7.0", "/news/", "/news/version-4.7.0/", nil),
    ] as [(String, SitePath, SitePath, SitePath?)])
    func addressesAreAbsoluteOrWithinTheFolder(value: String, folder: SitePath, url: SitePath, writtenFile: SitePath?) throws {
        let permalink = try Permalink.make(value, folder: folder).get()
        #expect(permalink == Permalink(url: url, writtenFile: writtenFile))
    }

    @Test(arguments: [
        ("/:year/:month/:slug", "':'"), ("https://exemple.fr/a/", "another site"), ("//exemple.fr/a/", "another site"),
        ("/a b/", "' '"), ("/a/?x=1", "'?'"), ("/a/#x", "'#'"), ("/a/<script>/", "'<'"), ("/fichier.pdf", "file name"), ("/guide/page.md", "file name"),
        ("", "empty"), ("/a\\b/", "'\\\\'"),
    ])
    func otherValuesAreNotAddresses(value: String, reason: String) {
        guard case .failure(.invalid(let why)) = Permalink.make(value, folder: .root) else {
            Issue.record("'\(value)' was accepted")
            return
        }
        #expect(why.contains(reason), "\(why)")
    }

    @Test func anAddressAboveTheRootIsOutside() {
        #expect(Permalink.make("../../x/", folder: "/guide/") == .failure(.outside))
        #expect(Permalink.make("/../x/", folder: .root) == .failure(.outside))
    }
}
