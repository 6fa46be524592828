import Foundation
import RepereSupport
import Yams

/// The settings of another documentation tool's project, read so that `repere init --from`
/// writes the `repere.yml` that builds the same content, and says what it could not carry over.
public struct ForeignConfiguration: Sendable {
    public enum Tool: String, CaseIterable, Sendable {
        case mkdocs, docusaurus, gitbook, vuepress, vitepress, starlight, docsify, hugo, jekyll
        /// A folder of Markdown files without a tool's settings: a GitHub wiki, an Obsidian vault.
        case markdown
    }

    public var tool: Tool
    /// The site's name; an empty one (a site showing its logo instead, `title: ''`) is none.
    public var title: String? {
        didSet { if title?.trimmingCharacters(in: .whitespaces).isEmpty == true { title = nil } }
    }
    public var description: String?
    /// Where the old site was published; one of another scheme than http or https
    /// (`site_url: "javascript:…"`) is none.
    public var baseURL: String? {
        didSet { if let baseURL, !SiteConfiguration.isPublishingAddress(baseURL) { self.baseURL = nil } }
    }
    /// The folder of Markdown pages, relative to the project.
    public var contentDirectory: String
    /// Files of that folder not to publish.
    public var exclude: [String] = []
    /// A navigation file in the content folder (GitBook's `SUMMARY.md`).
    public var navigationFile: String?
    /// Whether the pages the navigation file does not list are published too (Docsify's `_sidebar.md`).
    public var publishesUnlistedPages = false
    /// How file names become addresses (Docusaurus' number prefixes, `id:`, `guide/guide.md`).
    public var addresses = AddressStyle.repere
    /// Whether relative links are read as addresses from the page's own too (`relative_links:
    /// addresses`), as on sites that publish each page as a folder (Jekyll, Hugo, MkDocs).
    public var readsLinksAsAddresses: Bool { [.jekyll, .hugo, .mkdocs, .vitepress, .starlight].contains(tool) }
    /// The addresses the tool gave the pages, when Repère's differ from them (its names slugged).
    var formerAddresses: FormerAddresses {
        publishedHTMLFiles ? .html : tool == .mkdocs ? .names : tool == .hugo ? .lowercase : tool == .docusaurus ? .docusaurus : .none
    }
    /// Whether the old site published each page as a file, `guide/page.html` (MkDocs with
    /// `use_directory_urls: false`, Jekyll's pages without `permalink: pretty`).
    var publishedHTMLFiles = false
    /// The folders published at the site's root as they are (Docusaurus' `static/`), first ones first.
    public var staticDirectories: [String] = []
    /// MkDocs' `nav:` list, or the pages a sidebar lists, as YAML.
    public var navigationYAML: String?
    /// The sidebar file the navigation was read from (Docusaurus' `sidebars.js`, VuePress'
    /// configuration), if it was: its list gives the order only, and pages it does not list are
    /// published too (`nav_unlisted: publish`), as Docusaurus and VuePress publish them.
    public var navigationSource: String?
    /// Old addresses and the page files they lead to (GitBook's `redirects:`, MkDocs' redirects plugin).
    public var redirects: [(from: String, to: String)] = []
    /// The values of `{{ site.name }}` in pages (Jekyll's `_config.yml` texts and numbers), in order.
    public var siteVariables: [(name: String, value: String)] = []
    /// Whether the tool's hidden pages are hidden from its table of contents only, its search
    /// finding them (GitBook's `hidden: true`, Just the Docs' `nav_exclude: true`).
    var searchesHiddenPages: Bool { tool == .gitbook || tool == .jekyll }

    /// The titles and places the settings give folders (`sections:`), by folder of the content folder.
    public var sections: [(folder: String, title: String?, order: Double?)] = []
    /// MkDocs' snippets settings (pymdownx.snippets' `base_path`, `auto_append`), when not the defaults.
    public var snippets: SnippetSettings?
    /// The configuration file read (`mkdocs.yml`), relative to the project.
    public var source: String
    /// What was not carried over, one sentence each, for the report.
    public var notCarried: [String] = []
    /// What the first build will say about pages as they are, one sentence each, for the report.
    public var toLookAt: [String] = []

    /// MkDocs' configuration files, in the order they are looked for: ProperDocs' (its fork) and
    /// Zensical's (its successor) too, and a French one beside those of other languages
    /// (`mkdocs-fr.yml`, one site per language, as Statistics Canada's guides are built).
    static let mkdocsConfigurations = [
        "mkdocs.yml", "mkdocs.yaml", "properdocs.yml", "properdocs.yaml", "zensical.toml", "mkdocs-fr.yml", "mkdocs_fr.yml", "mkdocs.fr.yml",
    ]

    /// Files of a repository that are no help content: its settings, licence, and the files
    /// written for its contributors (GitHub's community files, coding assistants' instructions).
    static let repositoryFiles: Set<String> = [
        "book.json", "LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENCE.md", "COPYING", "package.json", "package-lock.json",
        "yarn.lock", "pnpm-lock.yaml", "Gemfile", "Gemfile.lock", "Makefile", "Dockerfile", "netlify.toml", "vercel.json",
        "requirements.txt", "CODEOWNERS", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "SECURITY.md", "PULL_REQUEST_TEMPLATE.md",
        "CLAUDE.md", "AGENTS.md", "GEMINI.md",
    ]

    /// Reads `tool`'s configuration in `folder`.
    ///
    /// - Throws: ``ScaffoldError`` when the tool's configuration file is missing.
    /// The tools whose project `folder` is, from the settings files at its top (`mkdocs.yml`,
    /// `docusaurus.config.js`, `.gitbook.yaml`, `book.json` or `SUMMARY.md`, `.vuepress/`, `.vitepress/`,
    /// `hugo.toml`, Jekyll's `_config.yml`), in `Tool` order; none for a Repère project (`repere.yml`).
    public static func tools(in folder: URL) -> [Tool] {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        guard !names.contains("repere.yml") else { return [] }
        func isFolder(_ path: String) -> Bool { Self.isFolder(path, in: folder) }
        func isFile(_ path: String) -> Bool {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        let markers: [(Tool, Bool)] = [
            (.mkdocs, !names.isDisjoint(with: mkdocsConfigurations)),
            (.docusaurus, ["js", "ts", "mjs", "cjs"].contains { names.contains("docusaurus.config." + $0) }),
            (.gitbook, !names.isDisjoint(with: [".gitbook.yaml", "book.json", "SUMMARY.md", "book.toml"])),
            (.vuepress, [".vuepress", "docs/.vuepress", "src/.vuepress"].contains(where: isFolder)),
            (.vitepress, [".vitepress", "docs/.vitepress"].contains(where: isFolder)),
            (.starlight, !names.isDisjoint(with: astroConfigurations) && isStarlight(folder)),
            (.docsify, (names.contains("index.html") || isFolder("docs")) && docsifyFolder(in: folder) != nil),
            (.hugo, !names.isDisjoint(with: ["hugo.toml", "hugo.yaml", "hugo.json"])
                || ((!names.isDisjoint(with: ["config.toml", "config.yaml"]) || hugoConfigurations.contains { $0.hasPrefix("config/_default/") && isFile($0) })
                    && (isFolder("archetypes") || isFolder("layouts") || isFolder("content")))),
            (.jekyll, !names.isDisjoint(with: ["_config.yml", "_config.yaml"])),
        ]
        return markers.filter(\.1).map(\.0)
    }

    public static func read(_ tool: Tool, in folder: URL) throws -> ForeignConfiguration {
        var config = try settings(of: tool, in: folder)
        // Nothing outside the project is read (`docs_dir: ../ailleurs`).
        guard isInside(config.contentDirectory, project: folder) else {
            throw ScaffoldError("the content folder '\(config.contentDirectory)' that \(config.source) names is outside \(folder.path): move it into the project")
        }
        if tool == .jekyll { config.excludeJekyllTemplates(in: folder) }
        if config.contentDirectory == "." {
            // Pages at the project's root: the report written beside repere.yml is no page, nor
            // GitHub's README.md where the site's home is index.md (MkDocs leaves it out too).
            config.exclude.append("/migration-report.md")
            let root = ["index.md", "README.md"].map { folder.appendingPathComponent($0).path }
            if root.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) { config.exclude.append("/README.md") }
        }
        // The repository's own files at the content folder's root are no content the old site
        // published (GitBook's `book.json`, the licence, a package's manifest), but the pages
        // its pages link to (a README's `[règles](CONTRIBUTING.md)`, `[licence](LICENSE)`).
        let content = config.contentDirectory == "." ? folder : folder.appendingPathComponent(config.contentDirectory)
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? [])
        let ownFiles = Self.repositoryFiles.filter(names.contains)
        let linked = ownFiles.isEmpty ? [] : Self.linkedFiles(of: Self.files(in: content, extensions: ["md", "mdx"]), in: content)
        config.exclude += ownFiles.filter { !linked.contains($0) }.sorted().map { "/" + $0 }
        if config.contentDirectory == ".", [.vitepress, .vuepress, .docusaurus].contains(tool) {
            // The JavaScript project is the content: its code (`vite.config.ts`, `components.d.ts`) is not published.
            let code = Set(files(in: folder, extensions: nil).map { ContentPath($0).fileExtension })
                .intersection(["js", "mjs", "cjs", "ts", "mts", "cts", "tsx", "jsx", "vue"]).sorted()
            config.exclude += code.map { "*." + $0 }.filter { !config.exclude.contains($0) }
        }
        if tool == .gitbook, names.contains("GLOSSARY.md") {
            config.exclude.append("/GLOSSARY.md")
            config.toLookAt.append(
                "`GLOSSARY.md` (GitBook's glossary) is no page of the site: copy its terms into `glossary.yml` in the content folder, which explains them on every page and lists them at /glossaire/")
        }
        if tool == .mkdocs || tool == .vitepress {
            // MkDocs publishes a folder's index.md and leaves out its README.md beside it; VitePress
            // publishes that README.md at `…/README`, a file for the forge, not the folder's page.
            let pages = Set(files(in: content, extensions: ["md"]))
            for page in pages.sorted() where ContentPath(page).fileName == "README.md" {
                let index = String(page.dropLast("README.md".count)) + "index.md"
                if pages.contains(index), !config.exclude.contains("/" + page) { config.exclude.append("/" + page) }
            }
        }
        config.leaveOutOtherLanguageFolders(in: content)
        if let news = topLevelPage(in: content, at: GeneratedPageURL.news) {
            config.toLookAt.append(
                "`\(news)` is published at \(GeneratedPageURL.news), the address of Repère's generated « Nouveautés » page (the recent changes, which feed.xml links to), "
                    + "which is then not written (warning `page.replaces-news`): rename the file, or set its `permalink:`, to have both")
        }
        let themePages = Self.themePages(in: content).filter { !config.exclude.contains("/" + $0) }
        for (url, name) in [(GeneratedPageURL.search, "search page"), (GeneratedPageURL.siteMap, "site map")] {
            guard let page = topLevelPage(in: content, at: url), !themePages.contains(page) else { continue }
            config.toLookAt.append(
                "`\(page)` would be published at \(url), the address of Repère's \(name) (error `page.reserved-address`): rename it, or set its `slug:`")
        }
        if !themePages.isEmpty {
            config.exclude += themePages.map { "/" + $0 }
            config.toLookAt.append(
                "\(themePages.map { "`\($0)`" }.joined(separator: ", ")) only asked the old theme for its search page or site map (`layout: search`, `{{< sitemap >}}`): left out (`exclude`), Repère writes its own at \(GeneratedPageURL.search) and \(GeneratedPageURL.siteMap)")
        }
        return config
    }

    /// Names of language folders (ISO 639-1 codes, and `en-us`, `pt_BR`…): the pages of one
    /// language each, side by side.
    static let languageCodes: Set<String> = [
        "ar", "bg", "br", "ca", "co", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "he",
        "hi", "hr", "hu", "id", "it", "ja", "ko", "lb", "lt", "lv", "nb", "nl", "nn", "no", "oc", "pl", "pt", "ro", "ru", "sk", "sl",
        "sq", "sr", "sv", "th", "tr", "uk", "vi", "zh",
    ]

    /// A content folder holding one folder of pages per language (`fr/` beside `en/`, as Jekyll
    /// and folder-of-Markdown sites keep translations): the other languages' folders are left out
    /// (`exclude`), the French pages keep their addresses under `/fr/`. Nothing changes when a
    /// tool's locales were read already (those folders are excluded, or are the content).
    mutating func leaveOutOtherLanguageFolders(in content: URL) {
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []).filter { name in
            let code = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
            return Self.languageCodes.contains(code) && name.count <= 5 && !exclude.contains("/\(name)/")
                && !Self.files(in: content.appendingPathComponent(name), extensions: ["md", "mdx"]).isEmpty
        }.sorted()
        let french = folders.filter { $0.lowercased().hasPrefix("fr") }
        let others = folders.filter { !$0.lowercased().hasPrefix("fr") }
        guard french.count == 1, !others.isEmpty else { return }
        exclude += others.map { "/\($0)/" }
        notCarried.append(
            "the other languages' folders (\(others.map { "`\($0)/`" }.joined(separator: ", "))): only the French pages, `\(french[0])/`, are published, at their addresses")
        // A language chooser at the top (`[English](en/)`) links to pages no longer published.
        let choosers = Self.files(in: content, extensions: ["md", "mdx"]).filter { page in
            !page.contains("/") && (FileManager.default.contents(atPath: content.appendingPathComponent(page).path).map { data in
                let text = String(decoding: data, as: UTF8.self)
                return others.contains { name in ["(\(name)/", "(/\(name)/", "\"\(name)/", "\"/\(name)/"].contains { text.contains($0) } }
            } ?? false)
        }
        if !choosers.isEmpty {
            toLookAt.append("\(choosers.map { "`\($0)`" }.joined(separator: ", ")) link\(choosers.count == 1 ? "s" : "") to the other languages' folders, left out: remove those links (`link.broken`)")
        }
    }

    /// The name of the Hugo shortcode `body` is, alone (`{{< sitemap >}}`, `{{% search %}}`).
    private static func loneShortcode(_ body: String) -> String? {
        for (open, close) in [("{{<", ">}}"), ("{{%", "%}}")] where body.hasPrefix(open) && body.hasSuffix(close) && body.count > 6 {
            let inner = body.dropFirst(3).dropLast(3).trimmingCharacters(in: .whitespaces)
            guard !inner.contains("{{"), let name = inner.split(separator: " ").first, !name.hasPrefix("/") else { return nil }
            return name.lowercased()
        }
        return nil
    }

    /// The pages of `content` that only ask a theme for its search page or site map: a
    /// `layout:` of `search` or `sitemap`, or a lone shortcode of that name (`{{< sitemap >}}`), and
    /// no text of their own.
    static func themePages(in content: URL) -> [String] {
        let names: Set<String> = ["search", "sitemap", "site-map", "plan-du-site", "recherche"]
        return files(in: content, extensions: ["md"]).filter { file in
            guard let data = FileManager.default.contents(atPath: content.appendingPathComponent(file).path), data.count < 4096,
                case .success(let parts) = FrontMatterSplitter.split(LineEnds.text(data), file: file)
            else { return false }
            let layout = (try? BoundedYAML.compose(parts.yaml))??["layout"]?.string?.lowercased()
            let body = parts.body.trimmingWhitespace
            if let layout, names.contains(layout) { return body.isEmpty || loneShortcode(body).map(names.contains) == true }
            return loneShortcode(body).map(names.contains) == true
        }
    }

    /// The file or folder at the top of `content` whose page would take the address `url` of a
    /// page the build writes (`nouveautes.md`, `Nouveautés/` for the Nouveautés page), if any.
    static func topLevelPage(in content: URL, at url: SitePath) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
        let slug = String(url.rawValue.dropFirst().dropLast())
        return names.sorted().first { name in
            !name.hasPrefix(".") && Slug.make(from: name.hasSuffix(".md") ? String(name.dropLast(3)) : name) == slug
        }
    }

    private static func settings(of tool: Tool, in folder: URL) throws -> ForeignConfiguration {
        func text(_ candidates: [String]) throws -> (String, String) {
            for name in candidates {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
                    return (name, LineEnds.text(data))
                }
            }
            let names = candidates.count > 1 ? candidates.dropLast().joined(separator: ", ") + " or " + candidates.last! : candidates.joined()
            throw ScaffoldError("no \(names) in \(folder.path): is it a \(tool.rawValue) project?")
        }
        switch tool {
        case .mkdocs:
            // ProperDocs, MkDocs' fork (geotribu's sites moved to it), reads the same file under its own name.
            let (name, text) = try text(mkdocsConfigurations)
            guard name == "zensical.toml" else { return mkdocs(Self.mkdocsInheriting(text, at: name, in: folder), source: name) }
            // Zensical, Material's successor, reads MkDocs' settings from its TOML's `[project]` table.
            let project = (try? BoundedYAML.compose(TOMLFrontMatter.yaml(from: text), .basic))??["project"]
            let yaml = project.flatMap { try? Yams.serialize(node: $0, allowUnicode: true) } ?? ": ["
            return mkdocs(yaml, source: name)
        case .docusaurus:
            let (name, js) = try text(["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs"])
            return docusaurus(JavaScriptModules.inlined(js, at: folder.appendingPathComponent(name), project: folder), source: name, in: folder)
        case .gitbook:
            var config = ForeignConfiguration(tool: tool, contentDirectory: ".", source: ".gitbook.yaml")
            if let (name, yaml) = try? text([".gitbook.yaml", ".gitbook.yml"]), let node = try? BoundedYAML.compose(yaml) {
                config.source = name
                if let root = node["root"]?.string {
                    let trimmed = root.trimmingPrefix("./").trimmingSuffix("/")
                    config.contentDirectory = trimmed.isEmpty ? "." : trimmed
                }
                for (old, page) in node["redirects"]?.mapping ?? [:] {
                    if let from = old.string, let to = page.string { config.redirects.append((from, to)) }
                }
            } else if let (name, json) = try? text(["book.json"]) {
                config.source = name
                config.readGitBookLegacy(json, in: folder)
                config.publishedHTMLFiles = true  // GitBook 3 and HonKit publish `page.md` at `page.html`
            } else if let (name, toml) = try? text(["book.toml"]) {
                // mdBook, read as GitBook: its `[book]`'s title, its pages in `src` (`src/` unless set).
                config.source = name
                config.title = tomlString("title", in: toml)
                config.description = tomlString("description", in: toml)
                let source = (tomlString("src", in: toml) ?? "src").split(separator: "/").filter { $0 != "." }.joined(separator: "/")
                config.contentDirectory = source.isEmpty ? "." : source
                config.publishedHTMLFiles = true  // `chapitre.md` at `chapitre.html`
                // `[preprocessor.checklist]`, `[preprocessor.extensions.cite-proc]`: syntax Repère does not read.
                let preprocessors = toml.split(separator: "\n").compactMap { line -> String? in
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard trimmed.hasPrefix("[preprocessor."), trimmed.hasSuffix("]") else { return nil }
                    let name = trimmed.dropFirst("[preprocessor.".count).dropLast().split(separator: ".").first.map(String.init) ?? ""
                    return ["links", "index"].contains(name) || name.isEmpty ? nil : name  // mdBook's own, which Repère reads
                }
                if !preprocessors.isEmpty {
                    var seen: Set<String> = []
                    let names = preprocessors.filter { seen.insert($0).inserted }.map { "`\($0)`" }.joined(separator: ", ")
                    config.notCarried.append("mdBook's preprocessors \(names): what their syntax makes is not made; it is shown as written")
                }
            } else {
                config.source = "SUMMARY.md"
            }
            if let structure = (try? text([".gitbook.yaml", ".gitbook.yml"]))?.1, let node = try? BoundedYAML.compose(structure),
                let summary = node["structure"]?["summary"]?.string {
                config.navigationFile = summary
            } else if config.navigationFile == nil {
                config.navigationFile = "SUMMARY.md"
            }
            return config
        case .markdown:
            return markdownFolder(in: folder)
        case .jekyll:
            let (name, yaml) = try text(["_config.yml", "_config.yaml"])
            return jekyll(yaml, source: name)
        case .hugo:
            let (name, text) = try text(hugoConfigurations)
            return hugo(text, source: name, in: folder)
        case .vuepress:
            return try vuepress(in: folder)
        case .vitepress:
            return try vitepress(in: folder)
        case .docsify:
            return try docsify(in: folder)
        case .starlight:
            let (name, js) = try text(astroConfigurations)
            return starlight(JavaScriptModules.inlined(js, at: folder.appendingPathComponent(name), project: folder), source: name, in: folder)
        }
    }

    /// `key = "value"` in a TOML file, the first one (mdBook's `book.toml`).
    static func tomlString(_ key: String, in toml: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: #"(?m)^\s*\#(key)\s*=\s*"((?:\\.|[^"\\])*)""#),
            let match = regex.firstMatch(in: toml, range: NSRange(toml.startIndex..., in: toml)), let value = Range(match.range(at: 1), in: toml)
        else { return nil }
        return toml[value].replacingOccurrences(of: "\\\"", with: "\"")
    }

    static func mkdocs(_ yaml: String, source: String) -> ForeignConfiguration {
        var config = ForeignConfiguration(tool: .mkdocs, contentDirectory: "docs", source: source)
        guard let node = config.settings(yaml) else {
            config.notCarried.append("\(source) could not be read as YAML: set title and base_url by hand")
            return config
        }
        config.title = mkdocsString(node["site_name"])
        config.publishedHTMLFiles = node["use_directory_urls"]?.bool == false
        config.description = mkdocsString(node["site_description"])
        config.baseURL = mkdocsString(node["site_url"])
        if let docs = mkdocsString(node["docs_dir"]) {
            let trimmed = docs.trimmingPrefix("./").trimmingSuffix("/")
            config.contentDirectory = trimmed.isEmpty ? "." : trimmed
        }
        if let excluded = node["exclude_docs"]?.string {
            config.exclude = excluded.split(separator: "\n").map { String($0).trimmingWhitespace }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("!") }
        }
        // `pages:` is `nav:`'s name before MkDocs 1.0, still in older repositories.
        if let nav = node["nav"] ?? node["pages"], case .sequence = nav, let yaml = try? Yams.serialize(node: nav, allowUnicode: true) {
            config.navigationYAML = yaml
            // MkDocs builds the pages its `nav:` leaves out too (it only says so, at INFO level).
            config.navigationSource = source
        }
        config.readSnippets(node["markdown_extensions"])
        config.reportMkDocsExtensions(node["markdown_extensions"])
        if let theme = node["theme"] {
            config.notCarried.append("the theme (`\(theme.string ?? theme["name"]?.string ?? "custom")`): Repère has its own, overridable from templates/")
        }
        let i18n = (node["plugins"]?.sequence ?? []).lazy.compactMap { $0["i18n"] }.first ?? node["plugins"]?["i18n"]
        let readsLanguages = i18n.map { config.readMkDocsLanguages($0) } ?? false
        let plugins = (node["plugins"]?.sequence ?? []).compactMap { $0.string ?? $0.mapping?.first?.key.string }
            .filter { !["search", "redirects", "tags", "offline"].contains($0) && !(readsLanguages && $0 == "i18n") }
        if !plugins.isEmpty {
            let known = ["macros": "`{{ … }}` and `{% … %}` stay as written", "awesome-pages": "the `.pages` files' titles and order are not read",
                         "i18n": "its languages name no French one: the pages are read as written"]
            config.notCarried.append("the plugins " + plugins.map { name in "`\(name)`" + (known[name].map { " (\($0))" } ?? "") }.joined(separator: ", ")
                + ": Repère runs none")
        }
        // `hooks: [hooks/redirections.py]`: Python run at build time (geotribu's loaded 932 redirects so).
        let hooks = (node["hooks"]?.sequence ?? []).compactMap(\.string)
        if !hooks.isEmpty {
            config.notCarried.append("the hooks " + hooks.map { "`\($0)`" }.joined(separator: ", ") + ": Python Repère does not run; what they make (redirects, pages, rewritten text) is not made")
        }
        for plugin in node["plugins"]?.sequence ?? [] {
            for (old, page) in plugin["redirects"]?["redirect_maps"]?.mapping ?? [:] {
                // Old pages' files (`ancien/guide.md`): their addresses (`ancien/guide/`).
                guard let file = old.string, let to = page.string else { continue }
                let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
                let from = stem == "index" || stem.hasSuffix("/index") ? String(stem.dropLast("index".count)) : stem + "/"
                config.redirects.append((from.isEmpty ? "/" : from, to))
            }
        }
        return config
    }

    /// The languages of mkdocs-static-i18n (`languages: [{locale: en, default: true}, {locale: fr}]`,
    /// or 0.x's `default_language` and a mapping): with French among them, the French pages are
    /// published, the others' files left out (`exclude`); `false` when French is not one.
    mutating func readMkDocsLanguages(_ settings: Node) -> Bool {
        var locales = settings["languages"]?.sequence?.compactMap { $0["locale"]?.string } ?? settings["languages"]?.mapping?.keys.compactMap(\.string) ?? []
        let fallback = settings["languages"]?.sequence?.first { $0["default"]?.bool == true }?["locale"]?.string ?? settings["default_language"]?.string
        if let fallback, !locales.contains(fallback) { locales.insert(fallback, at: 0) }
        guard locales.contains("fr") else { return false }
        let others = locales.filter { $0 != "fr" }.sorted()
        guard !others.isEmpty else { return true }
        if settings["docs_structure"]?.string == "folder" {
            exclude += others.map { "/\($0)/" }
            notCarried.append("the i18n plugin's languages: the French pages are published from `fr/`, at `/fr/…`; the folders of the others (\(others.map { "`\($0)/`" }.joined(separator: ", "))) are left out (`exclude`)")
        } else {
            exclude += others.map { "*.\($0).md" }
            notCarried.append("the i18n plugin's languages: each French page (`faq.fr.md`) is published at its page's address (`/faq/`) instead of it (`content.translated`, with `--verbose`), a page without one as written (the plugin's fallback); the other languages' files (\(others.map { "`*.\($0).md`" }.joined(separator: ", "))) are left out (`exclude`)")
        }
        return true
    }

    /// The settings in `yaml` (``source``'s), a key written twice read as its last one, as PyYAML
    /// and Jekyll read it, and said so; `nil` when they are no YAML.
    mutating func settings(_ yaml: String) -> Node? {
        if let node = try? BoundedYAML.compose(yaml, .basic) { return node }
        guard let (deduplicated, keys) = DuplicateKeys.lastWins(yaml), let node = try? BoundedYAML.compose(deduplicated, .basic) else { return nil }
        toLookAt.append("\(source) writes \(keys.map { "`\($0):`" }.joined(separator: ", ")) twice: the last one was read, as \(tool.rawValue) reads it; keep one")
        return node
    }

    /// pymdownx.snippets' settings in MkDocs' `markdown_extensions` list.
    private mutating func readSnippets(_ extensions: Node?) {
        guard let settings = extensions?.sequence?.lazy.compactMap({ $0["pymdownx.snippets"] }).first else { return }
        func paths(_ node: Node?) -> [String] {
            (node?.sequence?.compactMap(\.string) ?? node?.string.map { [$0] } ?? []).compactMap(SnippetPath.normalized)
        }
        var snippets = SnippetSettings()
        if settings["base_path"] != nil { snippets.basePaths = paths(settings["base_path"]) }
        snippets.autoAppend = paths(settings["auto_append"])
        if snippets != SnippetSettings() { self.snippets = snippets }
        if settings["check_paths"]?.bool != true {
            notCarried.append("snippets' `check_paths: false`: a missing snippet is still reported (`snippet.missing`; lower it under `checks:`)")
        }
        if settings["url_download"]?.bool == true {
            notCarried.append("snippets' `url_download`: addresses are not downloaded, their lines are left out (`snippet.skipped`)")
        }
    }

    /// A setting of `mkdocs.yml`: its text, or for MkDocs' environment tag, `!ENV [SITE_URL,
    /// "https://…"]`, the value it falls back on when no variable is set (the list's last item);
    /// `nil` for `!ENV SITE_URL` alone, which has none.
    static func mkdocsString(_ node: Node?) -> String? {
        guard let node else { return nil }
        guard node.tag.rawValue == "!ENV" else { return node.string }
        guard let items = node.sequence, items.count >= 2 else { return nil }
        return items[items.count - 1].string
    }

    /// The first link or image of a Markdown page under `folder` that leads out of it
    /// (`../../assets/a.png` from `fr/guide/page.md`), as written; `nil` when none does.
    static func fileOutside(_ folder: URL) -> String? { filesOutside(folder).first?.written }

    /// The links and images of the Markdown pages under `folder` that lead out of it, as written
    /// and as a path from `folder`'s parent (`assets/a.png`; `nil` when it leaves that too).
    static func filesOutside(_ folder: URL) -> [(written: String, fromParent: String?)] {
        guard let regex = try? NSRegularExpression(pattern: #"\]\(<?([^)\s>]+)"#) else { return [] }
        var found: [(String, String?)] = []
        for file in files(in: folder, extensions: ["md"]) {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { continue }
            let text = LineEnds.text(data)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let target = String(text[range].prefix { $0 != "#" && $0 != "?" })
                guard target.hasPrefix(".."), ContentPath.resolving(target, in: ContentPath(file).directory) == nil else { continue }
                let inParent = ContentPath.resolving(target, in: ContentPath(folder.lastPathComponent + "/" + file).directory)
                found.append((target, inParent?.rawValue))
            }
        }
        return found
    }

    /// Every value of `key` in `js` outside a `//` comment, in order, with the key whose object
    /// holds it (``enclosingKey(before:in:)``: `nil` at the top level) and where it is written.
    static func jsValues(_ key: String, in js: String) -> [(text: String, owner: String?, position: String.Index)] {
        var values: [(String, String?, String.Index)] = []
        var rest = Substring(js)
        while let found = rest.range(of: #"(?:^|[\s{,])['"]?\#(key)['"]?\s*:"#, options: .regularExpression) {
            rest = js[found.upperBound...]
            let lineStart = js[..<found.lowerBound].lastIndex(of: "\n").map(js.index(after:)) ?? js.startIndex
            guard !js[lineStart..<found.lowerBound].replacingOccurrences(of: "://", with: "").contains("//"),
                let text = jsString(key, in: String(js[found.lowerBound...]))
            else { continue }
            values.append((text, enclosingKey(before: found.lowerBound, in: js), found.lowerBound))
        }
        return values
    }

    /// The key whose object holds the position `end` of `js` (`docs` in `docs: { routeBasePath: … }`),
    /// read backwards over balanced brackets; `nil` at the top level.
    static func enclosingKey(before end: String.Index, in js: String) -> String? {
        var depth = 0
        var i = end
        while i > js.startIndex {
            i = js.index(before: i)
            switch js[i] {
            case "}", "]", ")": depth += 1
            case "[", "(": depth -= 1
            case "{":
                if depth == 0 {
                    let before = js[..<i].reversed().drop { $0.isWhitespace }
                    guard before.first == ":" else { return nil }
                    let key = before.dropFirst().drop { $0.isWhitespace || $0 == "'" || $0 == "\"" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                    return String(key.reversed())
                }
                depth -= 1
            default: continue
            }
        }
        return nil
    }

    /// MkDocs' `yaml` (the file `name` in `folder`) with what its `INHERIT: base.yml` gives: each
    /// top-level key of the base file (and of its own base, four deep) that `yaml` does not set,
    /// written after it (a `nav:` kept in `nav.yml`); a key both set is `yaml`'s, whole. A base
    /// outside the project is not read.
    static func mkdocsInheriting(_ yaml: String, at name: String, in folder: URL, depth: Int = 0) -> String {
        guard depth < 4, let node = try? BoundedYAML.compose(yaml, .basic), let base = node["INHERIT"]?.string,
            let path = ContentPath.resolving(base, in: ContentPath(name).directory),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path.rawValue).path), data.count < 1 << 20
        else { return yaml }
        let inherited = mkdocsInheriting(LineEnds.text(data), at: path.rawValue, in: folder, depth: depth + 1)
        let own = Set(node.mapping?.keys.compactMap(\.string) ?? [])
        // The base's top-level blocks: a key at the line's start, and the lines under it.
        var blocks: [(key: String, lines: [Substring])] = []
        for line in inherited.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " ", first != "\t", first != "#", first != "-", let colon = line.firstIndex(of: ":") {
                blocks.append((String(line[..<colon]).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'\"")), [line]))
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        let added = blocks.filter { !own.contains($0.key) && $0.key != "INHERIT" }.flatMap(\.lines)
        return added.isEmpty ? yaml : yaml + (yaml.hasSuffix("\n") ? "" : "\n") + added.joined(separator: "\n") + "\n"
    }

    /// Whether `path` names a folder in `folder`.
    static func isFolder(_ path: String, in folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The strings of `key: ['a', "b"]` in `js`, the first such list outside a `//` comment, or
    /// its one string (`key: 'a'`); `nil` when `key` has neither.
    static func jsStrings(_ key: String, in js: String) -> [String]? {
        guard let first = jsString(key, in: js, orFirstOf: true) else { return nil }
        guard let found = js.range(of: #"(?:^|[\s{,])['"]?\#(key)['"]?\s*:\s*\[[^\]]*\]"#, options: .regularExpression),
            let open = js[found].firstIndex(of: "[")
        else { return [first] }
        let list = String(js[open..<found.upperBound])
        var strings: [String] = []
        var rest = Substring(list)
        while let item = rest.range(of: #"(['"`])((?:\\.|(?!\1)[^\\\n])*)\1"#, options: .regularExpression) {
            strings.append(String(rest[item].dropFirst().dropLast()))
            rest = rest[item.upperBound...]
        }
        return strings.first == first ? strings : [first]
    }

    /// `key: "value"` (or `'value'`, or a template literal) in a JavaScript configuration, the
    /// first one outside a `//` comment, its key quoted or not, on a line of its own or not (`{ "docs": { "routeBasePath":
    /// "/" } }`): the string ends at its own closing quote (`"Les guides d'Etalab"`), and
    /// backslash escapes are read; with `list`, also the first string of `key: ["value", …]`.
    static func jsString(_ key: String, in js: String, orFirstOf list: Bool = false) -> String? {
        let pattern = "(?m)(?:^|[\\s{,])(['\"]?)\(key)\\1\\s*:\\s*\(list ? "\\[?\\s*" : "")(['\"`])((?:\\\\.|(?!\\2)[^\\\\\\n])*)\\2"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(js.startIndex..., in: js)
        // Not in a comment (`// base: './'`): no `//` before it on its line but an address's.
        let match = regex.matches(in: js, range: range).first { match in
            guard let start = Range(match.range, in: js)?.lowerBound else { return false }
            let lineStart = js[..<start].lastIndex(of: "\n").map(js.index(after:)) ?? js.startIndex
            return js[lineStart..<start].replacingOccurrences(of: "://", with: "").range(of: "//") == nil
        }
        guard let match, let value = Range(match.range(at: 3), in: js) else { return nil }
        var text = ""
        var escaped = false
        for character in js[value] {
            if escaped {
                text.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                text.append(character)
            }
        }
        return text
    }

    /// The `repere.yml` that builds the same content.
    public var repereYAML: String {
        let quoted = Self.quoted
        var lines = ["# Written by `repere init --from \(tool.rawValue)` from \(source). Every key: `repere reference configuration`."]
        lines.append("title: \(quoted(title ?? "Centre d'aide"))")
        if let description { lines.append("description: \(quoted(description))") }
        lines.append("base_url: \(quoted(baseURL ?? "/"))" + (baseURL == nil ? "  # set the published address: sitemap.xml needs it absolute" : ""))
        lines.append("language: fr")
        // Another tool's site says nothing of its content's licence: neither does Repère, unless told.
        lines.append("legal:\n  licence: \"\"  # the content's licence, named in every page's footer (etalab-2.0 for a French public service's)")
        lines.append("content_dir: \(quoted(contentDirectory))")
        if !exclude.isEmpty { lines.append("exclude: [\(exclude.map(quoted).joined(separator: ", "))]") }
        if addresses == .docusaurus {
            lines.append("addresses: docusaurus  # number prefixes (5_guide.md), id: and guide/guide.md read as Docusaurus reads them")
        }
        if staticDirectories.count == 1 {
            lines.append("static_dir: \(quoted(staticDirectories[0]))  # its files are published at the site's root")
        } else if !staticDirectories.isEmpty {
            lines.append("static_dir: [\(staticDirectories.map(quoted).joined(separator: ", "))]  # their files are published at the site's root")
        }
        if readsLinksAsAddresses { lines.append("relative_links: addresses  # ../page/ written from a page is read from its address too, as \(tool.rawValue) sites do") }
        if tool == .markdown { lines.append("relative_links: names  # [x](Glossaire.md) reaches Glossaire.md in another folder, as Obsidian finds it") }
        if formerAddresses != .none {
            lines.append("former_addresses: \(formerAddresses.rawValue)  # the addresses \(tool.rawValue) gave the pages redirect to theirs")
        }
        if searchesHiddenPages { lines.append("hidden_searchable: true  # pages hidden from the table of contents are still found by the search, as on \(tool.rawValue) sites") }
        if let navigationFile, publishesUnlistedPages {
            lines.append("nav_file: \(quoted(navigationFile))  # its order; the pages it does not list are published after them")
            lines.append("nav_unlisted: publish")
        } else if let navigationFile {
            lines.append("nav_file: \(quoted(navigationFile))  # its order and its pages are the site's")
        }
        if let navigationYAML, let navigationSource {
            lines.append("# The pages' order, from \(navigationSource); pages it does not list are published too, after them:")
            lines.append("nav_unlisted: publish")
            lines.append("nav:")
            lines += navigationYAML.split(separator: "\n").map { "  " + $0 }
        } else if let navigationYAML {
            lines.append("# The order and the set of published pages, from \(source):")
            lines.append("nav:")
            lines += navigationYAML.split(separator: "\n").map { "  " + $0 }
        }
        if let snippets {
            lines.append("# Where the files included with --8<-- are looked up, from \(source):")
            lines.append("snippets:")
            if snippets.basePaths != SnippetSettings().basePaths {
                lines.append("  base_path: [\(snippets.basePaths.map(quoted).joined(separator: ", "))]")
            }
            if !snippets.autoAppend.isEmpty { lines.append("  auto_append: [\(snippets.autoAppend.map(quoted).joined(separator: ", "))]") }
        }
        if !sections.isEmpty {
            lines.append("# The folders' titles and places, from \(source):")
            lines.append("sections:")
            lines += sections.map { section in
                let fields = [section.title.map { "title: \(quoted($0))" }, section.order.map { "order: \($0 == $0.rounded() && abs($0) < 1e9 ? String(Int($0)) : String($0))" }].compactMap(\.self)
                return "  \(quoted(section.folder)): { \(fields.joined(separator: ", ")) }"
            }
        }
        if !siteVariables.isEmpty {
            lines.append("# The values of {{ \(siteVariables.allSatisfy { $0.name.hasPrefix("book.") } ? "book" : "site").… }} in pages, from \(source):")
            lines.append("site_variables:")
            lines += siteVariables.map { "  \(quoted($0.name)): \(quoted($0.value))" }
        }
        if !redirects.isEmpty {
            lines.append("# Old addresses and the pages they lead to, from \(source):")
            lines.append("redirects:")
            lines += redirects.map { "  \(quoted($0.from)): \(quoted($0.to))" }
        }
        lines.append("# While the pages are reworked, some checks can be lowered:")
        if tool == .hugo {
            // Hugo's `type:` names a layout (Docsy's `type: docs` on every page): no problem of the page's.
            lines += ["checks:", "  front-matter.unknown-type: off  # hugo's type: names a layout; those pages are articles"]
        } else {
            lines.append("# checks:")
        }
        lines += ["#   page.orphan: off", "#   page.missing-description: off"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether `relative`, a path from `project`, stays in it once its `..` and symbolic links are followed.
    static func isInside(_ relative: String, project: URL) -> Bool {
        let root = project.standardizedFileURL.resolvingSymlinksInPath().path
        let path = project.appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath().path
        return path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// `text` as a double-quoted YAML string.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// The report of what was carried over and what was not, in Markdown.
    public var report: String {
        var text = "# Migration from \(tool.rawValue)\n\nRead from `\(source)`:\n\n"
        text += "- title: \(title ?? "none (the default is used)")\n- base_url: \(baseURL ?? "none: set it in repere.yml")\n"
        text += "- content folder: `\(contentDirectory)`\n"
        if addresses == .docusaurus {
            text += "- addresses: as Docusaurus makes them (`addresses: docusaurus`): number prefixes left out, `id:` followed, `guide/guide.md` the folder's page\n"
        }
        if !staticDirectories.isEmpty {
            text += "- static files: \(staticDirectories.map { "`\($0)/`" }.joined(separator: ", ")), published at the site's root\n"
        }
        if readsLinksAsAddresses { text += "- relative links: read from each page's address too, as the old site did (`relative_links: addresses`)\n" }
        if tool == .markdown { text += "- relative links: a page's file named beside none is found by its name in another folder, as Obsidian finds it (`relative_links: names`)\n" }
        if formerAddresses != .none { text += "- the old site's addresses: each redirects to its page's (`former_addresses: \(formerAddresses.rawValue)`)\n" }
        if searchesHiddenPages { text += "- hidden pages (`hidden: true`, `nav_exclude: true`): out of the menus, still found by the search (`hidden_searchable: true`)\n" }
        if !exclude.isEmpty { text += "- not published: \(exclude.map { "`\($0)`" }.joined(separator: ", "))\n" }
        if let navigationFile {
            text += "- navigation: `\(navigationFile)` (its order, and " + (publishesUnlistedPages ? "the pages it does not list published after them, `nav_unlisted: publish`)\n" : "only its pages are published)\n")
        }
        if let navigationYAML {
            let count = navigationYAML.split(separator: "\n").filter { !$0.hasSuffix(":") }.count  // not the groups' titles
            text += navigationSource.map { "- navigation: the order of the \(count) pages `\($0)` lists (`nav:`; the others are published too, after them)\n" }
                ?? "- navigation: the `nav:` list (its order, and only its pages are published)\n"
        }
        if !redirects.isEmpty { text += "- \(redirects.count) redirects (`redirects:`; the build says which lead to no page)\n" }
        text += "\nNot carried over:\n\n" + (notCarried.isEmpty ? "- nothing\n" : notCarried.map { "- \($0)\n" }.joined())
        if !toLookAt.isEmpty { text += "\nTo look at:\n\n" + toLookAt.map { "- \($0)\n" }.joined() }
        text += "\nThen run `repere check`: pages without `title:` take their first `# heading`, README.md and index.md are their folder's page, containers (`:::`, `{% hint %}`, `!!!`, `{{% notice %}}`) become callouts and MkDocs' tabs (`===`) headings, and its attribute lists (`{: .classe }`) are taken out (Documentation/Guide/migrating.md lists what else is read).\n"
        return text
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var s = self
        while s.hasSuffix(suffix), s.count > suffix.count { s.removeLast(suffix.count) }
        return s
    }

    func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

