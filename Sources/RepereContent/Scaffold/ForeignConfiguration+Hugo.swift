import Foundation
import Yams

extension ForeignConfiguration {
    /// Hugo's configuration files, in the order Hugo looks for them.
    static let hugoConfigurations = [
        "hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml",
        "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml",
    ]

    /// A Hugo project's settings from its configuration `text` (the file `source`, TOML or YAML)
    /// in `folder`: `title`, `baseURL`, the content folder (`contentDir`, or the French
    /// language's when the site has several), the description of `params`. The shortcodes the
    /// site defines (`layouts/shortcodes/`) are listed: Repère reads those of the common themes
    /// only.
    static func hugo(_ text: String, source: String, in folder: URL) -> ForeignConfiguration {
        var config = ForeignConfiguration(tool: .hugo, contentDirectory: "content", source: source)
        let yaml = source.hasSuffix(".toml") ? TOMLFrontMatter.yaml(from: text) : text
        guard let node = try? Yams.compose(yaml: yaml, .basic) else {
            config.notCarried.append("\(source) could not be read: set title and base_url by hand")
            return config
        }
        config.title = node["title"]?.string
        config.description = node["params"]?["description"]?.string ?? node["params.description"]?.string
        if let base = node["baseURL"]?.string ?? node["baseurl"]?.string, base.contains("://") { config.baseURL = base }
        // `[languages.fr]` (a TOML table, named so) or `languages: {fr: …}` (YAML).
        let french = node["languages"]?["fr"] ?? node["languages.fr"]
        let folderName = french?["contentDir"]?.string ?? french?["contentdir"]?.string ?? node["contentDir"]?.string ?? node["contentdir"]?.string
        if let folderName {
            let trimmed = folderName.trimmingPrefix("./").trimmingSuffix("/")
            config.contentDirectory = trimmed.isEmpty ? "." : trimmed
        }
        if french?["baseURL"]?.string.map({ $0.contains("://") }) == true { config.baseURL = french?["baseURL"]?.string }
        config.notCarried = [
            "the theme\(node["theme"]?.string.map { " (`\($0)`)" } ?? "") and its menus: pages are ordered by their `weight:` (read as `order:`)",
            "the static/ folder: pages' images there (`/images/…`) are reported as missing; move them beside the pages",
        ]
        let shortcodes = ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("layouts/shortcodes").path)) ?? [])
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.map { String($0.prefix { $0 != "." }) }.sorted()
        if !shortcodes.isEmpty {
            config.notCarried.append(
                "the site's own shortcodes (\(shortcodes.map { "`\($0)`" }.joined(separator: ", "))): those Repère does not read as the "
                    + "common themes write them (Documentation/Guide/migrating.md lists them) are reported at each use (`markdown.unknown-directive`)")
        }
        return config
    }
}
