import Foundation

extension ForeignConfiguration {
    /// The folders a Docsify site is in, by custom: the project or its `docs/`.
    static let docsifyFolders = [".", "docs"]

    /// The folder of `folder` holding a Docsify site: its `index.html` loads Docsify; `nil` for none.
    static func docsifyFolder(in folder: URL) -> String? {
        docsifyFolders.first { name in
            let page = folder.appendingPathComponent(name).appendingPathComponent("index.html")
            return FileManager.default.contents(atPath: page.path).map { String(decoding: $0.prefix(1 << 20), as: UTF8.self).contains("docsify") } ?? false
        }
    }

    /// A Docsify site's settings: the folder of its `index.html` holds the pages, read as a
    /// folder of Markdown files (``markdownFolder(in:)``); its title is `window.$docsify`'s
    /// `name`; its `_sidebar.md` gives the order (`nav_file`, the pages it does not list
    /// published after them); `_navbar.md` and `_coverpage.md` are no pages; links naming no file
    /// beside their page are read from the site's folder, as Docsify reads them.
    static func docsify(in folder: URL) throws -> ForeignConfiguration {
        guard let site = docsifyFolder(in: folder) else {
            throw ScaffoldError("no index.html loading Docsify in \(folder.path) or its docs/: is it a docsify project?")
        }
        let content = site == "." ? folder : folder.appendingPathComponent(site)
        var config = markdownFolder(in: content)
        config.tool = .docsify
        config.contentDirectory = site
        config.source = site == "." ? "index.html" : site + "/index.html"
        let html = FileManager.default.contents(atPath: content.appendingPathComponent("index.html").path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        config.title = jsString("name", in: html) ?? config.title
        config.description = jsString("description", in: html)
        config.addresses = .docusaurus  // `guide/page.md` from any page: the site's `guide/page.md`
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? [])
        if names.contains("_sidebar.md") {
            config.navigationFile = "_sidebar.md"
            config.publishesUnlistedPages = true
        }
        if names.contains("_media") {
            // docsify's folder of embedded files (`[x](_media/encart.md ':include')`): parts of pages, not pages.
            config.exclude.append("/_media/**/*.md")
        }
        let special = ["_navbar.md", "_coverpage.md"].filter(names.contains)
        config.exclude += special.map { "/" + $0 }
        if !special.isEmpty {
            config.notCarried.append("\(special.map { "`\($0)`" }.joined(separator: " and ")): the site has its own menus and home page")
        }
        return config
    }
}
