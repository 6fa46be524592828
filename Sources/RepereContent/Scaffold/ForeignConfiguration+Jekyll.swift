import Foundation
import RepereSupport
import Yams

extension ForeignConfiguration {
    /// What a Jekyll project holds besides its pages (its build, theme, data and Ruby files).
    static let jekyllOwnFiles = ["/_config.yml", "/_config.yaml", "/_site/", "/_layouts/", "/_includes/", "/_sass/", "/_data/", "/_plugins/", "/vendor/", "/node_modules/", "/Gemfile", "/Gemfile.lock"]

    /// The settings of `_config.yml` that tell Jekyll how to build, not what pages say.
    static let jekyllBuildSettings: Set<String> = [
        "baseurl", "url", "markdown", "highlighter", "permalink", "theme", "remote_theme", "source", "destination", "collections_dir",
        "layouts_dir", "includes_dir", "data_dir", "plugins_dir", "safe", "incremental", "encoding", "timezone", "lsi", "future",
        "show_drafts", "limit_posts", "paginate", "paginate_path", "excerpt_separator", "port", "host", "livereload", "strict_front_matter",
    ]

    /// The mappings of `_config.yml` that configure Jekyll, its plugins or its theme.
    static let jekyllBuildMappings: Set<String> = [
        "collections", "defaults", "kramdown", "sass", "callouts", "compress_html", "liquid", "webrick", "feed", "seo", "jekyll-archives",
        "pagination", "author", "social", "analytics", "comments", "search",
    ]

    /// A Jekyll project's settings from its `_config.yml` (`yaml`): `title`, `description`,
    /// `url` and `baseurl`, its `exclude` list; the content is its `collections_dir` when it has
    /// one (its collections, `_guide/`, are published without their `_`, as Jekyll does), else
    /// the project itself, Jekyll's own folders left out.
    static func jekyll(_ yaml: String, source: String) -> ForeignConfiguration {
        var config = ForeignConfiguration(tool: .jekyll, contentDirectory: ".", source: source)
        guard let node = config.settings(yaml) else {
            config.notCarried.append("\(source) could not be read as YAML: set title and base_url by hand")
            return config
        }
        config.title = node["title"]?.string
        config.description = node["description"]?.string?.trimmingWhitespace
        if let url = node["url"]?.string, url.contains("://") {
            config.baseURL = url.trimmingSuffix("/") + "/" + (node["baseurl"]?.string ?? "").split(separator: "/").joined(separator: "/")
            if !config.baseURL!.hasSuffix("/") { config.baseURL! += "/" }
        }
        let excluded = (node["exclude"]?.sequence ?? []).compactMap(\.string).map { $0.hasPrefix("/") ? $0 : "/" + $0 }
        // Collections Jekyll publishes (`output: true`); the others' documents are no pages.
        let collections = node["collections"]?.mapping.map { mapping in
            mapping.compactMap { key, value in value["output"]?.bool == true ? key.string : nil }
        } ?? []
        // A published collection's `title:` and `order:` (the theme's menu): its folder's, `_guide/`.
        for (key, value) in node["collections"]?.mapping ?? [:] {
            guard let name = key.string, value["output"]?.bool == true else { continue }
            let title = value["title"]?.string?.trimmingWhitespace
            let order = value["order"].flatMap { $0.int.map(Double.init) ?? $0.float }
            if title != nil || order != nil { config.sections.append(("_" + name, title, order)) }
        }
        if let folder = node["collections_dir"]?.string {
            let trimmed = folder.trimmingPrefix("./").trimmingSuffix("/")
            if collections.isEmpty {
                if !trimmed.isEmpty, !trimmed.split(separator: "/").contains("..") {
                    config.exclude.append("/" + trimmed + "/")
                    config.toLookAt.append("the collections in `\(trimmed)/` publish no page (no `output: true`), as on the Jekyll site: the pages are the project's")
                }
            } else {
                config.contentDirectory = trimmed.isEmpty ? "." : trimmed
                config.toLookAt.append("the pages outside `\(config.contentDirectory)/` (the home page `index.md`…) are not read: move those to keep into it")
            }
        }
        if config.contentDirectory == "." {
            // Jekyll's pages are files (`guide/page.html`) unless `permalink:` makes them folders.
            let permalink = node["permalink"]?.string ?? "date"
            config.publishedHTMLFiles = !permalink.hasSuffix("/") && !["pretty"].contains(permalink)
            config.exclude = jekyllOwnFiles + excluded.filter { !jekyllOwnFiles.contains($0) } + config.exclude
        } else {
            // `exclude:` names paths from the project: those in the collections' folder, from it;
            // a bare name (`README.md`, `*.txt`) wherever it is.
            let inside = "/" + config.contentDirectory + "/"
            config.exclude = excluded.compactMap { path in
                path.hasPrefix(inside) ? "/" + path.dropFirst(inside.count) : path.dropFirst().contains("/") ? nil : String(path.dropFirst())
            }.filter { $0 != "/" && !$0.isEmpty }
        }
        // `{{ site.name }}` and `{{ site.ans.api_url }}`: texts and numbers, in mappings too.
        func variables(_ node: Node, prefix: String, depth: Int) {
            for (key, value) in node.mapping ?? [:] {
                guard let name = key.string.map({ prefix + $0 }), depth > 0 || !jekyllBuildSettings.contains(name) else { continue }
                if case .scalar(let scalar) = value, !scalar.string.isEmpty {
                    config.siteVariables.append((name, scalar.string))
                } else if case .mapping = value, depth < 3, !jekyllBuildMappings.contains(name) {
                    variables(value, prefix: name + ".", depth: depth + 1)
                }
            }
        }
        variables(node, prefix: "", depth: 0)
        config.notCarried = [
            "the theme, its layouts and includes (`{% include %}` of a file of the site is reported, unless it is given its text)",
            "Liquid beyond links, addresses and `{{ site.… }}` (`{{ page.title }}`, filters, loops, conditions): it is shown as written",
            "the blog (`_posts/`), if any: its posts are pages like the others",
        ]
        return config
    }

    /// The project's folders beside the content folder that Jekyll copies to the site as they are
    /// (`img/`, `assets/`: any not starting with `_` or `.`, nor excluded), which a Repère site
    /// publishes only as its one static folder: the report says how pages' `/img/…` find them.
    private mutating func sayWhatJekyllCopiesBeside(in project: URL) {
        let top = contentDirectory.split(separator: "/").first.map(String.init) ?? contentDirectory
        let copied = ((try? FileManager.default.contentsOfDirectory(atPath: project.path)) ?? []).sorted().filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix("_") && !name.hasPrefix(".") && name != top && !["vendor", "node_modules"].contains(name)
                && !exclude.contains("/" + name) && !exclude.contains("/" + name + "/")
                && FileManager.default.fileExists(atPath: project.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
                && !Self.files(in: project.appendingPathComponent(name), extensions: ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf"]).isEmpty
        }
        guard !copied.isEmpty else { return }
        toLookAt.append("\(copied.map { "`\($0)/`" }.joined(separator: ", ")), beside `\(contentDirectory)/`, \(copied.count == 1 ? "is" : "are") copied to the Jekyll site as \(copied.count == 1 ? "it is" : "they are") (`/\(copied[0])/…`): to publish \(copied.count == 1 ? "it" : "them") at the same addresses, move \(copied.count == 1 ? "it" : "them") into one folder (`static/\(copied[0])/`) and set `static_dir: static`")
    }

    /// Leaves out the files of the content folder in `project` that Jekyll runs through Liquid
    /// but are no Markdown: those starting with front-matter (`feed.xml`, `sitemap.xml`,
    /// `404.html`), which would be published as written; the report names them. So are the
    /// files Jekyll does not read, named with a leading `_` in a folder (`guide/_fil-d-ariane.md`,
    /// a part another page includes), and the home folder's 404 page, which Repère writes itself.
    mutating func excludeJekyllTemplates(in project: URL) {
        let content = contentDirectory == "." ? project : project.appendingPathComponent(contentDirectory)
        if contentDirectory != "." { sayWhatJekyllCopiesBeside(in: project) }
        // Jekyll reads no file whose name starts with `_` (`_config_dev.yml`); its folders are its own or collections.
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []).sorted() where name.hasPrefix("_") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: content.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue,
                !exclude.contains("/" + name)
            {
                exclude.append("/" + name)
            }
        }
        var excluded = exclude.map(PathGlob.init)
        var files = Self.files(in: content, extensions: nil).filter { file in !excluded.contains { $0.matches(file) } }
        let hiddenByJekyll = files.filter { file in file.contains("/") && ContentPath(file).fileName.hasPrefix("_") }
        let notFound = files.filter { ["404.md", "404.markdown", "404.html"].contains($0) }
        if !hiddenByJekyll.isEmpty {
            exclude += hiddenByJekyll.map { "/" + $0 }
            toLookAt.append("\(hiddenByJekyll.count == 1 ? "1 file" : "\(hiddenByJekyll.count) files") named with a leading `_` in a folder (`\(hiddenByJekyll[0])`…), which Jekyll does not publish, \(hiddenByJekyll.count == 1 ? "is" : "are") left out")
        }
        if !notFound.isEmpty {
            exclude += notFound.map { "/" + $0 }
            notCarried.append("the 404 page (`\(notFound[0])`): Repère writes its own, `404.html`, in the site's look")
        }
        excluded = exclude.map(PathGlob.init)
        files = files.filter { file in !excluded.contains { $0.matches(file) } }
        var templates: [String] = []
        for file in files where !ContentPath(file).isMarkdown {
            guard let handle = try? FileHandle(forReadingFrom: content.appendingPathComponent(file)) else { continue }
            let start = (try? handle.read(upToCount: 4)) ?? Data()
            try? handle.close()
            if start == Data("---\n".utf8) || start == Data("---\r".utf8) { templates.append("/" + file) }
        }
        guard !templates.isEmpty else { return }
        exclude += templates
        toLookAt.append(
            (templates.count == 1 ? "1 Liquid template that is no Markdown page is" : "\(templates.count) Liquid templates that are no Markdown pages are") + " not published (\(templates.prefix(5).map { "`\($0.dropFirst())`" }.joined(separator: ", "))\(templates.count > 5 ? "…" : "")): "
                + "Repère writes its own feed.xml and sitemap.xml; an HTML page is to rewrite in Markdown")
    }
}
