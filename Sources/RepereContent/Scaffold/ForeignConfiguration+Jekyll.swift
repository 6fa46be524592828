import Foundation
import RepereSupport
import Yams

extension ForeignConfiguration {
    /// What a Jekyll project holds besides its pages (its build, theme, data and Ruby files).
    static let jekyllOwnFiles = ["/_site/", "/_layouts/", "/_includes/", "/_sass/", "/_data/", "/_plugins/", "/vendor/", "/node_modules/", "/Gemfile", "/Gemfile.lock"]

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
        if config.contentDirectory == "." { config.exclude = jekyllOwnFiles + excluded.filter { !jekyllOwnFiles.contains($0) } }
        config.notCarried = [
            "the theme, its layouts and includes (`{% include %}` of a file of the site is reported, unless it is given its text)",
            "Liquid beyond links and addresses (`{{ page.title }}`, loops, conditions): it is shown as written",
            "the blog (`_posts/`), if any: its posts are pages like the others",
        ]
        return config
    }
}
