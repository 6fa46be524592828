import RepereSupport
import Foundation
import Yams

extension ForeignConfiguration {
    /// Hugo's configuration files, in the order Hugo looks for them.
    static let hugoConfigurations = [
        "hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml",
        "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml",
    ]

    /// A Hugo project's settings from its configuration `text` (the file `source`, TOML or YAML)
    /// in `folder`: `title`, `baseURL`, the content folder (`contentDir`), the description of
    /// `params`, each the French language's (`[languages.fr]`) when it sets them; the other
    /// languages' translations (`page.en.md`) are not published. In a configuration folder
    /// (`config/_default/hugo.toml`), its files named after a key (`languages.toml`,
    /// `params.yaml`) are that key's settings, and `config/production/`'s override them, as `hugo`
    /// builds for production. A module's mounts give the content folder too (the
    /// French one's). The shortcodes the site defines
    /// (`layouts/shortcodes/`) are listed: Repère reads those of the common themes only.
    static func hugo(_ text: String, source: String, in folder: URL) -> ForeignConfiguration {
        var config = ForeignConfiguration(tool: .hugo, contentDirectory: "content", source: source)
        func parse(_ text: String, _ name: String) -> Node? {
            try? BoundedYAML.compose(name.hasSuffix(".toml") ? TOMLFrontMatter.yaml(from: text) : text, .basic)
        }
        guard let node = parse(text, source) else {
            config.notCarried.append("\(source) could not be read: set title and base_url by hand")
            return config
        }
        // Hugo's keys are case-insensitive (`baseURL`, `[Languages.fr]`); a TOML table's dotted
        // name is one key of the YAML written for it.
        var settings: [String: String] = [:]
        var lists: [String: [String]] = [:]
        func flatten(_ node: Node, _ prefix: String) {
            for (key, value) in node.mapping ?? [:] {
                let path = prefix + (key.string ?? "").lowercased()
                if let text = value.string {
                    settings[path] = text
                } else if let items = value.sequence {
                    lists[path] = items.compactMap(\.string)
                } else {
                    flatten(value, path + ".")
                }
            }
        }
        flatten(node, "")
        /// The settings of a configuration folder's files: `hugo`/`config` (all keys), `languages`, `params`.
        func flattenFolder(_ configFolder: String, mainFile: Bool) {
            for key in (mainFile ? ["hugo", "config"] : []) + ["languages", "params"] {
                for name in ["toml", "yaml", "yml"].map({ "\(configFolder)/\(key).\($0)" }) {
                    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                        let keyNode = parse(LineEnds.text(data), name)
                    else { continue }
                    flatten(keyNode, ["hugo", "config"].contains(key) ? "" : key + ".")
                    break
                }
            }
        }
        if source.hasPrefix("config/_default/") { flattenFolder("config/_default", mainFile: false) }
        // `hugo` builds in the production environment: `config/production/` overrides the rest (its `baseURL`).
        flattenFolder("config/production", mainFile: true)
        func french(_ key: String) -> String? { settings["languages.fr." + key] ?? settings[key] }
        config.title = french("title")
        config.description = french("params.description")
        if let base = french("baseurl"), base.contains("://") {
            // The French pages of a site in several languages are under `/fr/` but for the default language's.
            let isFrenchInFolder = settings.keys.contains { $0.hasPrefix("languages.fr.") }
                && (settings["defaultcontentlanguage"] ?? "en" != "fr" || settings["defaultcontentlanguageinsubdir"] == "true")
            config.baseURL = isFrenchInFolder && settings["languages.fr.baseurl"] == nil ? base.trimmingSuffix("/") + "/fr/" : base
        }
        // Hugo modules' mounts (`[[module.mounts]] source = "content/fr" target = "content" lang = "fr"`):
        // the French one's, else the one mount of the content.
        // In YAML a list under `module: mounts:`; TOML's `[[module.mounts]]` tables are read as keys
        // `module.mounts`, `module.mounts 2`… (``TOMLFrontMatter``), in `module.toml` as `mounts`….
        // A TOML mount's `[module.mounts.sites.matrix]` is a table of its own, numbered as its mount
        // (`module.mounts.sites.matrix 2` for `module.mounts 2`): it is read as the mount's.
        func mountTables(_ node: Node?, prefix: String) -> [Node] {
            let entries = node?.mapping ?? [:]
            return entries.flatMap { key, value -> [Node] in
                let name = key.string?.lowercased() ?? ""
                if name == prefix + "mounts" || name.hasPrefix(prefix + "mounts ") {
                    guard case .mapping(var mount) = value else { return value.sequence.map(Array.init) ?? [value] }
                    let matrixName = prefix + "mounts.sites.matrix" + name.dropFirst((prefix + "mounts").count)
                    if let matrix = entries.first(where: { $0.key.string?.lowercased() == matrixName })?.value {
                        mount["sites"] = Node.mapping(["matrix": matrix])
                    }
                    return [.mapping(mount)]
                }
                return name == "module" && prefix.isEmpty ? mountTables(value, prefix: "") : []
            }
        }
        var tables = mountTables(node, prefix: "module.") + mountTables(node, prefix: "")
        if tables.isEmpty, source.hasPrefix("config/_default/") {
            tables = ["toml", "yaml", "yml"].lazy.map { "config/_default/module.\($0)" }.compactMap { name in
                FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).flatMap { parse(LineEnds.text($0), name) }
            }.first.map { mountTables($0, prefix: "") } ?? []
        }
        // A mount's language: `lang = "fr"`, or in the newer form `sites: {matrix: {languages: [fr]}}` (French if it is one).
        func language(of mount: Node) -> String? {
            mount["lang"]?.string ?? (mount["sites"]?["matrix"]?["languages"] ?? mount["sites.matrix.languages"]).flatMap { languages in
                languages.sequence?.compactMap(\.string).first { $0.lowercased().hasPrefix("fr") } ?? languages.sequence?.first?.string ?? languages.string
            }
        }
        let mounts = tables.compactMap { mount in
            mount["target"]?.string?.trimmingSuffix("/") == "content" ? (source: mount["source"]?.string, lang: language(of: mount)) : nil
        }
        let mounted = mounts.first(where: { $0.lang?.lowercased().hasPrefix("fr") == true })?.source ?? (mounts.count == 1 ? mounts[0].source : nil)
        if let folderName = french("contentdir") ?? mounted {
            let trimmed = folderName.trimmingPrefix("./").trimmingSuffix("/")
            config.contentDirectory = trimmed.isEmpty ? "." : trimmed
        }
        // A site in several languages names its translations `page.fr.md`, `page.en.md`: Repère
        // publishes the French ones at the addresses without `.fr`, and leaves the others out.
        let languages = Set(settings.keys.compactMap { key -> String? in
            guard key.hasPrefix("languages.") else { return nil }
            return key.dropFirst("languages.".count).split(separator: ".").first.map(String.init)
        })
        // A folder per language in the content folder (`content/fr/`, `content/en/`), mounted by a
        // script or a template Repère does not run: the French one.
        var frenchFolder = false
        if languages.contains("fr"), french("contentdir") == nil, mounted == nil {
            let base = config.contentDirectory == "." ? "" : config.contentDirectory + "/"
            if Self.isFolder(base + "fr", in: folder), languages.subtracting(["fr"]).contains(where: { Self.isFolder(base + $0, in: folder) }) {
                config.contentDirectory = base + "fr"
                frenchFolder = true
            }
        }
        if languages.contains("fr") {
            config.exclude += languages.subtracting(["fr"]).sorted().map { "*.\($0).md" }
            let defaultLanguage = settings["defaultcontentlanguage"] ?? "en"
            // Only in a content folder the languages share (not `content/fr/`, French's own), and
            // when some page there has no language in its name.
            let isShared = !frenchFolder && settings["languages.fr.contentdir"] == nil && !mounts.contains { $0.lang?.lowercased().hasPrefix("fr") == true }
            let content = config.contentDirectory == "." ? folder : folder.appendingPathComponent(config.contentDirectory)
            let unnamed = isShared && Self.files(in: content, extensions: ["md"]).contains { page in
                let parts = ContentPath(page).fileName.split(separator: ".")
                return parts.count < 3 || !languages.contains(String(parts[parts.count - 2]))
            }
            if defaultLanguage != "fr", unnamed {
                config.toLookAt.append(
                    "pages without a language in their name (`page.md`, not `page.fr.md`) are in Hugo's default language (`\(defaultLanguage)`); "
                        + "Repère publishes them too: add those that are not French to `exclude`")
            }
        }
        // Hugo copies `staticDir` (`static/` unless set) to the site's root, as Docusaurus does.
        let statics = french("staticdir").map { [$0] } ?? lists["languages.fr.staticdir"] ?? lists["staticdir"] ?? ["static"]
        config.staticDirectories = statics.map { $0.trimmingPrefix("./").trimmingSuffix("/") }
            .filter { !$0.isEmpty && $0 != "." && Self.isFolder($0, in: folder) }
        config.notCarried = [
            "the theme\(settings["theme"].map { " (`\($0)`)" } ?? "") and its menus: pages are ordered by their `weight:` (read as `order:`)"
        ]
        let shortcodes = ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("layouts/shortcodes").path)) ?? [])
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.map { String($0.prefix { $0 != "." }) }.sorted()
        if !shortcodes.isEmpty {
            config.notCarried.append(
                "the site's own shortcodes (\(shortcodes.map { "`\($0)`" }.joined(separator: ", "))): those Repère does not read as the "
                    + "common themes write them (Documentation/Guide/migrating.md lists them) are reported once per page, with their number of uses (`markdown.unknown-directive`)")
        }
        config.leaveOutHeadlessPages(in: folder)
        return config
    }

    /// Hugo's headless pages (`headless: true`, as the Book theme keeps its menu in
    /// `menu/index.md`), which Hugo never publishes: left out (`exclude`), a bundle's folder
    /// whole, and named in the report; so are its pages written in HTML with front-matter
    /// (Docsy's home, `_index.fr.html`), which its theme's layouts render.
    mutating func leaveOutHeadlessPages(in folder: URL) {
        let content = contentDirectory == "." ? folder : folder.appendingPathComponent(contentDirectory)
        var headless: [String] = [], html: [String] = []
        for page in Self.files(in: content, extensions: ["md", "html"]) {
            guard let handle = FileHandle(forReadingAtPath: content.appendingPathComponent(page).path) else { continue }
            let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
            try? handle.close()
            if page.hasSuffix(".html") {
                if head.hasPrefix("---") || head.hasPrefix("+++") { html.append(page) }
            } else if ContentPath(page).fileName != "_index.md", Self.isHeadless(head) {  // Hugo reads it on a leaf page only
                headless.append(page)
            }
        }
        exclude += headless.map { page in
            let path = ContentPath(page)
            return path.fileName == "index.md" && !path.directory.isEmpty ? "/" + path.directory + "/" : "/" + page
        } + html.map { "/" + $0 }
        if !headless.isEmpty {
            notCarried.append("the headless pages (\(headless.map { "`\($0)`" }.joined(separator: ", "))), which Hugo does not publish: left out (`exclude`), a bundle's folder whole")
        }
        if !html.isEmpty {
            notCarried.append("the pages written in HTML (\(html.prefix(3).map { "`\($0)`" }.joined(separator: ", "))\(html.count > 3 ? "…" : "")), which the theme's layouts render: left out (`exclude`); write what they show in Markdown")
        }
    }

    /// Whether a page's text starts with front-matter saying `headless: true` (YAML) or
    /// `headless = true` (TOML) at its top level; lines may end with `\r\n`.
    static func isHeadless(_ head: String) -> Bool {
        let lines = head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) == "" ? "" : String($0) }
        guard let fence = lines.first?.trimmingCharacters(in: .whitespaces), fence == "---" || fence == "+++" else { return false }
        for line in lines.dropFirst() {
            if line.trimmingCharacters(in: .whitespaces) == fence { return false }
            guard line.hasPrefix("headless") else { continue }  // not indented: not a nested key's
            let parts = line.split(separator: fence == "---" ? ":" : "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "headless", parts[1] == "true" { return true }
        }
        return false
    }
}
