import Foundation
import RepereSupport

extension ForeignConfiguration {
    /// Astro's settings files, one of which holds Starlight's integration.
    static let astroConfigurations = ["astro.config.mjs", "astro.config.ts", "astro.config.mts", "astro.config.js"]

    /// Whether `folder` is a Starlight project: an Astro settings file that calls `starlight(`.
    static func isStarlight(_ folder: URL) -> Bool {
        astroConfigurations.contains { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                .map { String(decoding: $0, as: UTF8.self).contains("starlight(") } ?? false
        }
    }

    /// An Astro Starlight project's settings from its `astro.config.mjs` (`js`, the file `source`)
    /// in `folder`: its title (the French one of `title: { fr: … }`), its address (`site:` and
    /// `base:`, then the French locale's folder), its pages in `src/content/docs/` (with the root locale in French, the other
    /// locales' folders left out; with another locale in French, its folder), `public/` published
    /// at the site's root, and its sidebar's order (`slug:` and `link:` items).
    static func starlight(_ js: String, source: String, in folder: URL) -> ForeignConfiguration {
        let docs = "src/content/docs"
        var config = ForeignConfiguration(tool: .starlight, contentDirectory: docs, source: source)
        config.title = jsString("title", in: js) ?? frenchText(of: "title", in: js)
        config.description = jsString("description", in: js)
        if let site = jsString("site", in: js) {
            // Astro reads `base` from the host: `site: 'https://x.github.io/aide', base: '/aide'` is `…/aide/`.
            if let written = jsString("base", in: js) {
                let base = written.split(separator: "/").joined(separator: "/")
                let origin = URLComponents(string: site).flatMap { url in url.scheme.flatMap { scheme in url.host.map { scheme + "://" + $0 + (url.port.map { ":\($0)" } ?? "") } } }
                config.baseURL = (origin ?? site.trimmingSuffix("/")) + "/" + (base.isEmpty ? "" : base + "/")
            } else {
                config.baseURL = site.trimmingSuffix("/") + "/"
            }
        }
        var otherLocales: [String] = []
        var frenchLocale: String?
        for (key, body) in objectEntries(of: "locales", in: js) {
            let isFrench = (jsString("lang", in: body) ?? key).lowercased().hasPrefix("fr")
            if key == "root" { continue }
            if isFrench, frenchLocale == nil, FileManager.default.fileExists(atPath: folder.appendingPathComponent(docs + "/" + key).path) {
                frenchLocale = key
            } else {
                otherLocales.append(key)
            }
        }
        config.notCarried = ["the pages of `src/pages/` and the components of `src/components/`: only the Markdown and MDX pages of `\(docs)/` are read"]
        if let french = frenchLocale {
            config.contentDirectory = docs + "/" + french
            config.baseURL = config.baseURL.map { $0 + french + "/" }  // its pages' links say `/fr/guides/…`
            config.notCarried.append("the other languages of `locales:`: only the French pages, `\(config.contentDirectory)/`, are read")
        } else if !otherLocales.isEmpty {
            config.exclude += otherLocales.map { "/\($0)/" }
            config.notCarried.append("the other languages of `locales:` (\(otherLocales.map { "`\($0)/`" }.joined(separator: ", "))): only the French pages are read")
        }
        // `public/` (`/logo.png`), and `src/assets/`, Astro's folder for the images of pages
        // (`../../assets/a.png`), published at the site's root too.
        config.staticDirectories = ["public", "src/assets"].filter { Self.isFolder($0, in: folder) }
        // Its items name pages without their locale (`slug: 'guides/style'`), found in the French folder.
        config.readVuePressSidebar(config: js, in: folder)
        return config
    }

    /// The French text of `key` when its value is an object of texts by language
    /// (`title: { fr: 'Guide', en: 'Guide' }`, `'fr-FR': …`).
    private static func frenchText(of key: String, in js: String) -> String? {
        guard let range = js.range(of: #"(?:^|[\s{,])['"]?\#(key)['"]?\s*:\s*\{[^{}]*\}"#, options: .regularExpression) else { return nil }
        let object = String(js[range])
        return ["fr", "fr-FR", "fr-fr"].lazy.compactMap { jsString($0, in: object) }.first
    }
}
