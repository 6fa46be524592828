import RepereContent
import RepereSupport

/// `sitemap.xml` and `robots.txt`.
package enum Sitemap {
    /// A sitemap of `urls`, made absolute with `baseURL`.
    package static func xml(urls: [SitePath], baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls {
            xml += "  <url><loc>\(HTMLEscaping.escape(url.absolute(baseURL: baseURL)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    package static func robotsTxt(baseURL: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(SitePath(rawValue: "/sitemap.xml").absolute(baseURL: baseURL))\n"
    }
}
