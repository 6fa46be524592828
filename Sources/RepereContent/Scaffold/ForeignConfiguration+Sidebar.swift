import Foundation
import RepereSupport
import Yams

extension ForeignConfiguration {
    /// Docusaurus' sidebars (`sidebarPath` in `js`, else `sidebars.js` or `.ts`) read as the
    /// pages' order: each doc id the sidebars name, in order, as the file of the content folder
    /// whose id it is (its path without number prefixes, its last part replaced by its `id:`).
    mutating func readDocusaurusSidebars(config js: String, in folder: URL) {
        let configured = Self.firstMatch(#"sidebarPath['"]?\s*:\s*(?:require\.resolve\(\s*)?['"]([^'"]+)['"]"#, in: js)
        if configured == nil, Self.firstMatch(#"sidebarPath['"]?\s*:\s*(false)"#, in: js) != nil { return }
        let candidates = configured.map { [$0.trimmingPrefix("./")] } ?? ["sidebars.js", "sidebars.ts", "sidebars.mjs", "sidebars.cjs"]
        guard let name = candidates.first(where: { Self.isInside($0, project: folder) && FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        else { return }
        let content = folder.appendingPathComponent(contentDirectory)
        var fileOfID: [String: String] = [:]
        for file in Self.files(in: content, extensions: ["md", "mdx"]) {
            let id = Self.docusaurusID(of: file, in: content)
            if fileOfID[id] == nil { fileOfID[id] = file }
        }
        let references = JavaScriptSidebar.references(in: LineEnds.text(data))
        let translated = Self.translatedLabels(of: content)
        useSidebar(references.map {
            (fileOfID[$0.text], $0.category.map { translated["category." + $0] ?? $0 }, $0.label.map { translated["doc." + $0] ?? $0 })
        }, from: name)
    }

    /// The translations of the sidebars' labels, when `content` is a translation
    /// (`i18n/fr/docusaurus-plugin-content-docs/current`): its `current.json`'s
    /// `"sidebar.docs.category.Integrations": { "message": "Intégrations" }`, by kind and label
    /// (`category.Integrations`, `doc.Getting started`).
    private static func translatedLabels(of content: URL) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: content.path + ".json"),
            let entries = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return [:] }
        var labels: [String: String] = [:]
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: ".", maxSplits: 3)
            guard parts.count == 4, parts[0] == "sidebar", parts[2] == "category" || parts[2] == "doc",
                let message = ((value as? [String: Any])?["message"] as? String)?.trimmingWhitespace, !message.isEmpty
            else { continue }
            let label = "\(parts[2]).\(parts[3])"
            if labels[label] == nil { labels[label] = message }
        }
        return labels
    }

    /// VuePress' sidebar read as the pages' order: what its configuration `js` (the file
    /// ``source``) writes under `sidebar:`, then the `.vuepress/` files named like `sidebar`
    /// (`configs/sidebar/fr.ts`); each link (`/guide/`, `installer` in the group `'/guide/'`,
    /// `{ path: … }`, `{ link: … }`) as the Markdown file it is published from (`guide/README.md`,
    /// `guide/installer.md`).
    /// With `locale` (`/fr/`, the French pages' folder, which the content folder already is), only
    /// the links under it are read, from it.
    mutating func readVuePressSidebar(config js: String, in folder: URL, locale: String? = nil, skipping otherLocales: [String] = []) {
        let content = contentDirectory == "." ? folder : folder.appendingPathComponent(contentDirectory)
        let files = Set(Self.files(in: content, extensions: ["md", "mdx"]))
        let settings = folder.appendingPathComponent(source).deletingLastPathComponent()
        let sidebarFiles = Self.files(in: settings, extensions: ["js", "ts", "mjs", "cjs", "json"])
            .filter { $0.lowercased().contains("sidebar") && !$0.hasPrefix("dist/") }
        var references = JavaScriptSidebar.references(in: js, under: "sidebar")
        for file in sidebarFiles {
            guard let data = FileManager.default.contents(atPath: settings.appendingPathComponent(file).path) else { continue }
            references += JavaScriptSidebar.references(in: LineEnds.text(data))
        }
        useSidebar(references.map { reference -> (String?, String?, String?) in
            var link = reference.text
            guard !link.contains("://") else { return (nil, nil, nil) }
            if let end = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<end]) }
            if !link.hasPrefix("/") { link = (reference.group ?? "/") + link }
            if otherLocales.contains(where: link.hasPrefix) { return (nil, nil, nil) }  // another language's page
            if let locale {
                guard link.hasPrefix(locale) else { return (nil, nil, nil) }
                link = String(link.dropFirst(locale.count - 1))
            }
            link = String(link.drop { $0 == "/" })
            for suffix in [".html", ".md"] where link.hasSuffix(suffix) { link = String(link.dropLast(suffix.count)) }
            let candidates = link.isEmpty || link.hasSuffix("/")
                ? [link + "README.md", link + "index.md", link + "index.mdx"] + (link.isEmpty ? [] : [link.dropLast() + ".md", link.dropLast() + ".mdx"])
                : [link + ".md", link + ".mdx", link + "/README.md", link + "/index.md", link + "/index.mdx"]
            return (candidates.first(where: files.contains), reference.category, reference.label)
        }, from: source)
    }

    /// The navbar's links (`nav: [{ text: 'Analystes', link: '/fr/analyst/objective' }]`, VitePress
    /// and VuePress) as the titles and places of the folders of the content folder they lead into
    /// (`analyst/`: « Analystes », first), under `locale` only when given, not under `otherLocales`.
    mutating func readVueNavbar(config js: String, in folder: URL, locale: String? = nil, skipping otherLocales: [String] = []) {
        let content = contentDirectory == "." ? folder : folder.appendingPathComponent(contentDirectory)
        // Each link's top folder of the content folder, with its dropdown's title and its own label.
        let links = JavaScriptSidebar.references(in: js, under: "nav").compactMap { reference -> (folder: String, category: String?, label: String?)? in
            var link = reference.text
            guard link.hasPrefix("/"), !otherLocales.contains(where: link.hasPrefix) else { return nil }
            if let end = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<end]) }
            if let locale {
                guard link.hasPrefix(locale) else { return nil }
                link = String(link.dropFirst(locale.count - 1))
            }
            let path = link.split(separator: "/").joined(separator: "/")
            let target = link.hasSuffix("/") ? path : ContentPath(path).directory
            // A navbar names the top folders: a link deeper in (`/guide/scaling-up/routing`) titles none.
            var isFolder: ObjCBool = false
            guard !target.isEmpty, !target.contains("/"), target != "..",
                FileManager.default.fileExists(atPath: content.appendingPathComponent(target).path, isDirectory: &isFolder), isFolder.boolValue,
                // A section's folder, not one page's (`error-reference/index.md` alone).
                Self.files(in: content.appendingPathComponent(target), extensions: ["md"]).contains(where: { !PageURL.isFolderPage(ContentPath($0)) })
            else { return nil }
            return (target, reference.category, reference.label)
        }
        // A dropdown's title (`{ text: 'Référence', items: [ … ] }`) over its items' own, when they
        // all lead into one folder; over several (« Docs »: Guide, Tutoriel, API), each item's own.
        let foldersOf = Dictionary(grouping: links.filter { $0.category != nil }, by: { $0.category! }).mapValues { Set($0.map(\.folder)) }
        for link in links where !sections.contains(where: { $0.folder == link.folder }) {
            let spansFolders = link.category.map { (foldersOf[$0]?.count ?? 0) > 1 } ?? false
            // Of its items leading into one folder, the one named like it (« Guide » over `guide/`), else the first.
            let named = links.first { $0.folder == link.folder && $0.category == link.category && $0.label.map { Slug.make(from: $0) } == Slug.make(from: link.folder) }
            guard let title = spansFolders ? (named ?? link).label : link.category ?? link.label else { continue }
            sections.append((link.folder, title, Double(sections.count + 1)))
        }
    }

    /// The navigation set to `entries`' files (`nil` where a reference names no file), in order
    /// and without repeats, pages it does not list still published; nothing when no reference is
    /// a file. The pages of one category in a row are a group titled by its label
    /// (`- "Intégrations": [ … ]`), which titles their folder as a MkDocs nav group does; a page's
    /// own label is its entry's (`- "Installation": "guide/installer.md"`).
    private mutating func useSidebar(_ entries: [(file: String?, category: String?, label: String?)], from source: String) {
        var seen: Set<String> = []
        var lines: [String] = []
        var openCategory: String?
        for case let (file?, category, label) in entries where seen.insert(file).inserted {
            let entry = label.map { Self.quoted($0) + ": " + Self.quoted(file) } ?? Self.quoted(file)
            guard let category else {
                openCategory = nil
                lines.append("- " + entry)
                continue
            }
            if category != openCategory { lines.append("- " + Self.quoted(category) + ":") }
            openCategory = category
            lines.append("    - " + entry)
        }
        guard !seen.isEmpty else { return }
        navigationYAML = lines.joined(separator: "\n")
        navigationSource = source
    }

    /// The files ending in one of `extensions` (any file when `nil`) under `content`, relative to
    /// it, sorted; hidden files and folders and `node_modules` left out.
    static func files(in content: URL, extensions: Set<String>?) -> [String] {
        guard let walk = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        let base = content.standardizedFileURL.path + "/"
        var files: [String] = []
        for case let url as URL in walk {
            if url.lastPathComponent == "node_modules" { walk.skipDescendants() }
            let path = url.standardizedFileURL.path
            guard extensions?.contains(url.pathExtension.lowercased()) ?? true, path.hasPrefix(base) else { continue }
            files.append(String(path.dropFirst(base.count)))
        }
        return files.sorted()
    }

    /// The id Docusaurus gives the page in `file`: its path without extension and number prefixes,
    /// the last part replaced by the front-matter's `id:` if any.
    static func docusaurusID(of file: String, in content: URL) -> String {
        var parts = file.split(separator: "/").map { AddressStyle.docusaurus.withoutNumberPrefix(String($0)) }
        let name = parts.removeLast()
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        let id = frontMatterID(of: content.appendingPathComponent(file)) ?? stem
        return (parts + [id]).joined(separator: "/")
    }

    /// The `id:` of the front-matter of the file at `url`, if any, read as the build reads it.
    private static func frontMatterID(of url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path),
            case .success(let parts) = FrontMatterSplitter.split(LineEnds.text(data), file: url.path),
            parts.hasFrontMatter, let id = (try? BoundedYAML.compose(parts.yaml))??["id"]?.string, !id.isEmpty
        else { return nil }
        return id
    }

    /// The first capture of `pattern` in `text`.
    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
