import RepereContent
import RepereGraph
import RepereMarkdown
import RepereTestSupport

/// Link resolution, aliases and slugs: the input is one page (front-matter and body) of a small
/// site under `/aide`. Promises: slugs are lowercase ASCII words joined by single hyphens and
/// stable; anchors are unique; every rewritten link is harmless and stays under the base path
/// without `.` or `..` segments; every redirect (alias) goes from a normalised site path to a page
/// of the site, so no alias is an open redirect.
enum LinksTarget {
    static let site: [String: String] = [
        "_index.md": "---\ntitle: Accueil\n---\n[s](s/)\n",
        "s/_section.md": "---\ntitle: S\n---\n## Étape 2 : valider\n",
        "s/autre.md": "---\ntitle: Autre\naliases: [/ancien/]\n---\n## Haut\n",
        "s/plan/carte.svg": "<svg/>",
        "t/bus.md": "---\ntitle: Bus\n---\n",
    ]

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(fuzzInput: bytes)
        checkSlug(of: text)
        var files = site.mapValues { Array($0.utf8) }
        files["s/page.md"] = Array(bytes)
        guard let loaded = try? ContentLoader(configuration: .init()).load(from: InMemorySource(bytes: files)) else { return }
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        let resolved = LinkResolver(basePath: "/aide").resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
        for rewrites in resolved.rewrites {
            for (written, url) in rewrites {
                require(HTMLSafety.isHarmless(url: url), "'\(written)' rewritten to '\(url)'")
                if url.hasPrefix("/") {
                    let path = url.prefix { $0 != "#" && $0 != "?" }
                    require(
                        path.hasPrefix("/aide/") && !path.contains("//") && !path.contains("/../") && !path.contains("/./"),
                        "'\(written)' rewritten to '\(url)'")
                }
            }
        }
        let pageURLs = Set(parsed.pages.map(\.page.url))
        for redirect in resolved.redirects {
            let from = redirect.from.rawValue
            require(from.hasPrefix("/") && !from.contains("//") && !from.split(separator: "/").contains { $0 == ".." || $0 == "." },
                "alias from '\(from)'")
            require(pageURLs.contains(redirect.to), "alias to '\(redirect.to)', which is no page")
        }
    }

    static func checkSlug(of text: String) {
        let slug = Slug.make(from: text)
        require(slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }, "slug '\(slug)'")
        require(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "slug '\(slug)'")
        require(Slug.make(from: slug) == slug, "slug '\(slug)' is not stable")
        var anchors = HeadingAnchors()
        let first = anchors.anchor(for: text), second = anchors.anchor(for: text), third = anchors.anchor(for: first)
        require(first != second && second != third && first != third, "anchors \(first), \(second), \(third)")
    }
}
