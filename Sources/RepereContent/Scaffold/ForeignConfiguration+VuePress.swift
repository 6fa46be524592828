import RepereSupport
import Foundation

extension ForeignConfiguration {
    /// A VuePress project's settings in `folder`: its source folder is the one `vuepress build DIR`
    /// is given, `docs/` most often, or another holding a `.vuepress/`; its configuration's title
    /// and description, or its French locale's; its `.vuepress/public/`, published at the site's
    /// root; its sidebar's order.
    static func vuepress(in folder: URL) throws -> ForeignConfiguration {
        let (name, js) = try vueConfiguration(".vuepress", extensions: ["js", "ts", "mjs", "cjs"], tool: "vuepress", in: folder)
        let contentDirectory = name.hasPrefix(".vuepress/") ? "." : String(name.prefix { $0 != "/" })
        var config = ForeignConfiguration(tool: .vuepress, contentDirectory: contentDirectory, source: name)
        let publicFolder = (contentDirectory == "." ? "" : contentDirectory + "/") + ".vuepress/public"
        if Self.isFolder(publicFolder, in: folder) { config.staticDirectories = [publicFolder] }
        config.title = jsString("title", in: js)
        config.description = jsString("description", in: js)
        config.exclude = [".vuepress/"]
        config.notCarried = []
        let locale = config.readVuePressFrenchLocale(js, in: folder)
        // VuePress publishes `guide/page.md` at `/guide/page.html` (a French locale's at `/fr/guide/page.html`:
        // the site then goes under `/fr/`, see sayWhatVueSettingsLeave).
        config.publishedHTMLFiles = true
        config.readVuePressSidebar(config: js, in: folder, locale: locale)
        config.readVueNavbar(config: js, in: folder, locale: locale)
        config.sayWhatVueSettingsLeave(js, settings: folder.appendingPathComponent(name).deletingLastPathComponent(), locale: locale)
        return config
    }

    /// What a VuePress or VitePress configuration `js` (in the folder `settings`) sets that is not
    /// carried over: the sidebar's look (or the sidebar, when it names no page here), the navbar
    /// when it names no folder, a `base:` without a `hostname:` to make the site's address of.
    /// The French pages of a `locale` (`/fr/`) are published under it, where their old addresses
    /// (`/fr/guide/page.html`) redirect: the host known, `base_url` ends in it; else the user is told.
    mutating func sayWhatVueSettingsLeave(_ js: String, settings: URL, locale: String?) {
        notCarried.insert(navigationYAML == nil
            ? "the sidebar (built by code, or none of its links is a page here): pages are ordered by their `order:`"
            : "the sidebar's look (collapsed groups, icons): its pages' order, its groups' titles and its links' labels are carried over",
            at: 0)
        if sections.isEmpty { notCarried.insert("the navbar (none of its links leads into a folder of pages here)", at: 1) }
        // The site's `base:`, not a sidebar's (`'/guide/': { base: '/guide/', items }` in VitePress).
        let base = Self.jsValues("base", in: js).first { $0.owner == nil }?.text
        // The published host: theme-hope's `hostname:` (in `theme.ts` often), VitePress' `sitemap: { hostname }`.
        let themes = Self.files(in: settings, extensions: ["js", "ts", "mjs", "cjs"]).filter { $0.lowercased().hasPrefix("theme.") }
            .compactMap { FileManager.default.contents(atPath: settings.appendingPathComponent($0).path).map(LineEnds.text) }
        if let host = ([js] + themes).lazy.compactMap({ Self.jsString("hostname", in: $0) }).first(where: { $0.hasPrefix("https://") || $0.hasPrefix("http://") }) {
            let path = (base ?? "/").split(separator: "/").joined(separator: "/")
            let french = (locale ?? "/").split(separator: "/").joined(separator: "/")
            baseURL = host.trimmingSuffix("/") + "/" + [path, french].filter { !$0.isEmpty }.map { $0 + "/" }.joined()
        } else if let base, base != "/" {
            notCarried.append("`base: \(base)`: set base_url to the full published address" + (locale.map { ", with \($0) after it" } ?? ""))
        } else if let locale {
            notCarried.append("the French pages' addresses under `\(locale)`: publish the site there (base_url: https://…\(locale)) for their old addresses to redirect")
        }
    }

    /// The configuration file in `settings` (`.vuepress`, `.vitepress`), `config.` and one of
    /// `extensions`, in `docs/`, the project or another of its folders: its path and its text.
    static func vueConfiguration(_ settings: String, extensions: [String], tool: String, in folder: URL) throws -> (String, String) {
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "docs" && $0 != "node_modules" }
        let candidates = (["docs", ""] + others).flatMap { source in
            (extensions.map { "/config." + $0 } + extensions.map { "/config/index." + $0 }).map { (source.isEmpty ? "" : source + "/") + settings + $0 }
        }
        guard let name = candidates.first(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        else {
            throw ScaffoldError("no \(settings)/config.\(extensions[0]) (or .\(extensions[1])) in \(folder.path), its docs/ or another of its folders: is it a \(tool) project?")
        }
        return (name, JavaScriptModules.inlined(LineEnds.text(data), at: folder.appendingPathComponent(name), project: folder))
    }

    /// VuePress' `locales:` in its configuration `js`: when a locale other than the root one is
    /// French (`'/fr/': { lang: 'fr-CA', title: …, description: … }`) and its folder is in the
    /// content folder, that folder is the content, with its title and description; the other
    /// languages are not read. Returns the locale's path (`/fr/`), or `nil`.
    private mutating func readVuePressFrenchLocale(_ js: String, in folder: URL) -> String? {
        guard let locales = js.range(of: "locales") else { return nil }
        let text = String(js[locales.upperBound...])
        // The root locale in French (`'/': { lang: 'fr-FR', title }`): its title, the others' folders left out.
        if let root = try? NSRegularExpression(pattern: #"['"]/['"]\s*:\s*\{([^{}]*)\}"#),
            let match = root.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let bodyRange = Range(match.range(at: 1), in: text),
            Self.jsString("lang", in: String(text[bodyRange]))?.lowercased().hasPrefix("fr") == true
        {
            let body = String(text[bodyRange])
            title = Self.jsString("title", in: body) ?? title
            description = Self.jsString("description", in: body) ?? description
            let others = (try? NSRegularExpression(pattern: #"['"]/([^'"/]+)/?['"]\s*:\s*\{"#))?.matches(in: text, range: NSRange(text.startIndex..., in: text))
                .compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } } ?? []
            let folders = others.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent(contentDirectory == "." ? $0 : contentDirectory + "/" + $0).path) }
            if !folders.isEmpty {
                exclude += folders.map { "/\($0)/" }
                notCarried.append("the other languages of `locales:` (\(folders.map { "`\($0)/`" }.joined(separator: ", "))): only the French pages are read")
            }
            return nil
        }
        guard let regex = try? NSRegularExpression(pattern: #"['"](/[^'"/]+/)['"]\s*:\s*\{([^{}]*)\}"#) else { return nil }
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let pathRange = Range(match.range(at: 1), in: text), let bodyRange = Range(match.range(at: 2), in: text) else { continue }
            let body = String(text[bodyRange])
            guard let lang = Self.jsString("lang", in: body), lang.lowercased().hasPrefix("fr") else { continue }
            let path = String(text[pathRange])
            let name = path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let localeFolder = contentDirectory == "." ? name : contentDirectory + "/" + name
            var isFolder: ObjCBool = false
            guard Self.isInside(localeFolder, project: folder),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(localeFolder).path, isDirectory: &isFolder), isFolder.boolValue
            else { continue }
            // French pages showing files shared by the languages (`../../assets/schema.svg`) need
            // the whole source folder: the languages stay together, said in the report.
            if let shared = Self.fileOutside(folder.appendingPathComponent(localeFolder)) {
                toLookAt.append("the French pages (`\(localeFolder)/`) use files outside their folder (`\(shared)`): the content folder stays `\(contentDirectory)/`, every language in it; exclude the other languages' pages")
                return nil
            }
            contentDirectory = localeFolder
            title = Self.jsString("title", in: body) ?? title
            description = Self.jsString("description", in: body) ?? description
            exclude = []  // `.vuepress/` is no longer in the content folder
            notCarried.append("the other languages of `locales:`: only the French pages, `\(localeFolder)/`, are read")
            return path
        }
        return nil
    }
}
