import RepereContent
import RepereMarkdown

/// `sitemap.xml` and `robots.txt`.
enum Sitemap {
    /// A sitemap of `urls`, made absolute with `baseURL`.
    static func xml(urls: [SitePath], baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls {
            xml += "  <url><loc>\(HTMLEscaping.escape(absolute(url, baseURL: baseURL)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robotsTxt(baseURL: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(absolute(SitePath(rawValue: "/sitemap.xml"), baseURL: baseURL))\n"
    }

    static func absolute(_ path: SitePath, baseURL: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + path.rawValue
    }
}
