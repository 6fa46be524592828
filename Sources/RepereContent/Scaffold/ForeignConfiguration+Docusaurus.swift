import Foundation

extension ForeignConfiguration {
    /// Docusaurus' French translation of its docs, relative to the project.
    static let docusaurusFrenchDocs = "i18n/fr/docusaurus-plugin-content-docs/current"

    /// A Docusaurus project's settings from its configuration `js` (the file `source`) in `folder`.
    /// The content is `docs/` (or the docs' `path:`), or the French translation when the site's default language is
    /// another (titled then by its navbar's translated title); the address is where the docs are published: `url`, `baseUrl`, `fr/` for the
    /// translation, then the docs' `routeBasePath` (`docs` unless set), so links written with it
    /// (`/docs/guide/`, `/fr/docs/guide/`) reach their pages. Its `static/` folder is published at
    /// the site's root, and its pages' addresses are made as Docusaurus makes them.
    static func docusaurus(_ js: String, source: String, in folder: URL) -> ForeignConfiguration {
        // The docs' folder: `docs/` unless their `path:` names another of the project.
        let path = docsPath(in: js).map { $0.split(separator: "/").filter { $0 != "." }.joined(separator: "/") }
        let docs = path.map { $0.isEmpty ? "." : $0 }.flatMap { isInside($0, project: folder) ? $0 : nil } ?? "docs"
        var config = ForeignConfiguration(tool: .docusaurus, contentDirectory: docs, source: source)
        config.addresses = .docusaurus
        config.title = jsString("title", in: js)
        config.description = jsString("tagline", in: js)
        let locale = jsString("defaultLocale", in: js) ?? "en"
        let isFrenchTranslation = locale != "fr"
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent(docusaurusFrenchDocs).path)
        if isFrenchTranslation {
            config.contentDirectory = docusaurusFrenchDocs
            // The navbar's title, translated (`i18n/fr/docusaurus-theme-classic/navbar.json`).
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("i18n/fr/docusaurus-theme-classic/navbar.json").path),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let title = (json["title"] as? [String: Any])?["message"] as? String, !title.trimmingWhitespace.isEmpty
            {
                config.title = title.trimmingWhitespace
            }
        }
        if let url = jsString("url", in: js), url.contains("your-docusaurus-site") {
            // The template's placeholder (`https://your-docusaurus-site.example.com`): no address.
            config.toLookAt.append("`url: '\(url)'` is Docusaurus' template placeholder: set base_url to the site's published address")
        } else if let url = jsString("url", in: js) {
            let route = (docsRouteBasePath(in: js) ?? "docs").split(separator: "/").joined(separator: "/")
            config.baseURL = url.trimmingSuffix("/") + (jsString("baseUrl", in: js) ?? "/") + (isFrenchTranslation ? "fr/" : "")
                + (route.isEmpty ? "" : route + "/")
        }
        config.excludeDocusaurusPartials(in: folder.appendingPathComponent(config.contentDirectory))
        config.readDocusaurusSidebars(config: js, in: folder)
        config.notCarried = [
            config.navigationYAML == nil
                ? "the sidebars (none, built by code, or naming no page here): pages are ordered by their `sidebar_position:` (read as `order:`), else their number prefix (`5_guide.md`), and folders by their `_category_.json`"
                : "the sidebars' generated parts: the order of the pages they name is carried over, their categories' labels title their pages' folders and their items' labels the pages' menu titles; the others are ordered by their `sidebar_position:` (read as `order:`), else their number prefix, and folders by their `_category_.json`",
            isFrenchTranslation
                ? "the pages in \(locale) (\(docs)/), the blog and the versions: only the French translation, \(docusaurusFrenchDocs)/, is read"
                : "the blog, versions and translations, if any: only \(docs)/ is read",
        ]
        if isFrenchTranslation {
            // Docusaurus shows a page not translated yet in its default language: those are not published.
            let pages = { (path: String) in  // partials (`_fragment.md`, `_partials/`) aside
                Self.files(in: folder.appendingPathComponent(path), extensions: ["md", "mdx"]).filter { !$0.split(separator: "/").contains { $0.hasPrefix("_") } }.count
            }
            let (translated, all) = (pages(docusaurusFrenchDocs), pages(docs))
            if translated < all {
                config.toLookAt.append("the French translation holds \(translated) of the \(all) pages of \(docs)/: Docusaurus showed the \(all - translated) others in \(locale); they are not published, and links to them are reported broken")
            }
        }
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("src/pages").path) {
            config.notCarried.append("the pages of src/pages/ (`/reglements`…): links to them are reported broken until they are pages of the content folder")
        }
        // `staticDirectories: ['static']` unless set.
        config.staticDirectories = (jsStrings("staticDirectories", in: js) ?? ["static"]).map { $0.split(separator: "/").filter { $0 != "." }.joined(separator: "/") }
            .filter { !$0.isEmpty && Self.isFolder($0, in: folder) }
        return config
    }

    /// Leaves out what Docusaurus does not publish in `content`, by its default `exclude`: the
    /// Markdown files named with a leading `_` and the folders so named (partials other pages
    /// import), `_category_.json` aside.
    mutating func excludeDocusaurusPartials(in content: URL) {
        var partials: Set<String> = []
        for file in Self.files(in: content, extensions: ["md", "mdx"]) {
            let parts = file.split(separator: "/")
            guard let hidden = parts.firstIndex(where: { $0.hasPrefix("_") }) else { continue }
            partials.insert("/" + parts[...hidden].joined(separator: "/") + (hidden < parts.count - 1 ? "/" : ""))
        }
        guard !partials.isEmpty else { return }
        exclude += partials.sorted()
        toLookAt.append("\(partials.count) file\(partials.count == 1 ? "" : "s") or folder\(partials.count == 1 ? "" : "s") named with a leading `_` (`\(partials.sorted()[0].dropFirst())`…), partials Docusaurus does not publish, are left out")
    }

    /// The docs' `routeBasePath`: the first one, outside a comment, not in the blog's or the pages'
    /// options (`blog: { routeBasePath: 'nouvelles' }`, `['@docusaurus/plugin-content-blog', {
    /// routeBasePath: 'news' }]` are the blog's address, not the docs'), nor in another docs
    /// instance's (one with an `id:`).
    static func docsRouteBasePath(in js: String) -> String? {
        docsOption("routeBasePath", in: js)
    }

    /// The docs' folder, their `path:` (`docs: { path: 'documentation' }`), read as
    /// ``docsRouteBasePath(in:)`` is but only in the docs' own options: a `path:` elsewhere is
    /// another plugin's or a navbar item's.
    static func docsPath(in js: String) -> String? {
        docsOption("path", in: js, onlyInDocs: true)
    }

    private static func docsOption(_ key: String, in js: String, onlyInDocs: Bool = false) -> String? {
        jsValues(key, in: js).first { value in
            // A plugin's options follow its name in a list: `['@docusaurus/plugin-content-blog', {`.
            let before = js[..<value.position].suffix(300)
            let plugin = before.range(of: "plugin-content-", options: .backwards).map { before[$0.upperBound...] }
            // Another docs instance (`['@docusaurus/plugin-content-docs', { id: 'profils', routeBasePath: 'profils' }]`) is not the docs'.
            let otherDocs = plugin?.hasPrefix("docs") == true && plugin!.range(of: #"[{,\s]id\s*:"#, options: .regularExpression) != nil
            let inOtherPlugin = value.owner == nil && (plugin?.hasPrefix("blog") == true || plugin?.hasPrefix("pages") == true || otherDocs)
            if onlyInDocs { return value.owner == "docs" || (value.owner == nil && plugin?.hasPrefix("docs") == true && !otherDocs) }
            return value.owner != "blog" && value.owner != "pages" && !inOtherPlugin
        }?.text
    }
}
