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

    /// A Jekyll project's settings from its `_config.yml` (`yaml`): `title`, `description`,
    /// `url` and `baseurl`, its `exclude` list; the content is its `collections_dir` when it has
    /// one (its collections, `_guide/`, are published without their `_`, as Jekyll does), else
    /// the project itself, Jekyll's own folders left out.
    static func jekyll(_ yaml: String, source: String) -> ForeignConfiguration {
        var config = ForeignConfiguration(tool: .jekyll, contentDirectory: ".", source: source)
        guard let node = try? Yams.compose(yaml: yaml, .basic) else {
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
        if let collections = node["collections_dir"]?.string {
            let trimmed = collections.trimmingPrefix("./").trimmingSuffix("/")
            config.contentDirectory = trimmed.isEmpty ? "." : trimmed
            config.toLookAt.append("the pages outside `\(config.contentDirectory)/` (the home page `index.md`…) are not read: move those to keep into it")
        }
        if config.contentDirectory == "." {
            config.exclude = jekyllOwnFiles + excluded.filter { !jekyllOwnFiles.contains($0) }
        } else {
            // `exclude:` names paths from the project: those in the collections' folder, from it;
            // a bare name (`README.md`, `*.txt`) wherever it is.
            let inside = "/" + config.contentDirectory + "/"
            config.exclude = excluded.compactMap { path in
                path.hasPrefix(inside) ? "/" + path.dropFirst(inside.count) : path.dropFirst().contains("/") ? nil : String(path.dropFirst())
            }.filter { $0 != "/" && !$0.isEmpty }
        }
        for (key, value) in node.mapping ?? [:] {
            guard let name = key.string, !jekyllBuildSettings.contains(name), case .scalar(let scalar) = value, !scalar.string.isEmpty else { continue }
            config.siteVariables.append((name, scalar.string))
        }
        config.notCarried = [
            "the theme, its layouts and includes (`{% include %}` of a file of the site is reported, unless it is given its text)",
            "Liquid beyond links, addresses and `{{ site.… }}` (`{{ page.title }}`, filters, loops, conditions): it is shown as written",
            "the blog (`_posts/`), if any: its posts are pages like the others",
        ]
        return config
    }

    /// Leaves out the files of the content folder in `project` that Jekyll runs through Liquid
    /// but are no Markdown: those starting with front-matter (`feed.xml`, `sitemap.xml`,
    /// `404.html`), which would be published as written; the report names them, and the
    /// Markdown files Repère does not read as pages (`.markdown`).
    mutating func excludeJekyllTemplates(in project: URL) {
        let content = contentDirectory == "." ? project : project.appendingPathComponent(contentDirectory)
        let excluded = exclude.map(PathGlob.init)
        let files = Self.files(in: content, extensions: nil).filter { file in !excluded.contains { $0.matches(file) } }
        let otherMarkdown = files.filter { ["markdown", "mkd", "mkdn"].contains(ContentPath($0).fileExtension) }
        if !otherMarkdown.isEmpty {
            let count = otherMarkdown.count == 1 ? "1 page" : "\(otherMarkdown.count) pages"
            toLookAt.append("\(count) named `.markdown` (`\(otherMarkdown[0])`…) published as files, not pages: rename them `.md`")
        }
        var templates: [String] = []
        for file in files where !ContentPath(file).isMarkdown && !otherMarkdown.contains(file) {
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
