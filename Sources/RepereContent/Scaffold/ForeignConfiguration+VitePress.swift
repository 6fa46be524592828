import Foundation
import RepereSupport

extension ForeignConfiguration {
    /// A VitePress project's settings in `folder`: its `.vitepress/config.*` (in `docs/`, the
    /// project or another of its folders), whose folder, or its `srcDir:` from there, holds the
    /// pages (its configuration may be split over files it imports, ``JavaScriptModules``); its
    /// title and description, or its French locale's; `public/` in the pages' folder, and the
    /// one beside the configuration if any, published at the site's root; its sidebar's order. With the root locale in French, the
    /// other locales' folders (`en/`) are left out; with another locale in French (`fr: { lang:
    /// 'fr', … }`), its folder is the content. Its `srcExclude` globs are excluded.
    static func vitepress(in folder: URL) throws -> ForeignConfiguration {
        let (name, js) = try vueConfiguration(".vitepress", extensions: ["mts", "ts", "js", "mjs", "cjs"], tool: "vitepress", in: folder)
        let root = name.hasPrefix(".vitepress/") ? "" : String(name.prefix { $0 != "/" })
        let source = jsString("srcDir", in: js).map { $0.split(separator: "/").filter { $0 != "." }.joined(separator: "/") } ?? ""
        let joined = [root, source].filter { !$0.isEmpty }.joined(separator: "/")
        var config = ForeignConfiguration(tool: .vitepress, contentDirectory: joined.isEmpty ? "." : joined, source: name)
        config.title = jsString("title", in: js)
        config.description = jsString("description", in: js)
        config.notCarried = []
        // The locales: the root one at `/`, the others in their folders.
        var otherLocales: [String] = []
        var frenchLocale: String?
        for (key, body) in Self.objectEntries(of: "locales", in: js) {
            let isFrench = jsString("lang", in: body)?.lowercased().hasPrefix("fr") == true
            if key == "root" {
                if isFrench {
                    config.title = jsString("title", in: body) ?? config.title
                    config.description = jsString("description", in: body) ?? config.description
                }
                continue
            }
            let localeFolder = config.contentDirectory == "." ? key : config.contentDirectory + "/" + key
            if isFrench, frenchLocale == nil, isInside(localeFolder, project: folder),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(localeFolder).path)
            {
                frenchLocale = key
                config.title = jsString("title", in: body) ?? config.title
                config.description = jsString("description", in: body) ?? config.description
            } else {
                otherLocales.append(key)
            }
        }
        if let french = frenchLocale {
            config.contentDirectory = config.contentDirectory == "." ? french : config.contentDirectory + "/" + french
            config.notCarried.append("the other languages of `locales:`: only the French pages, `\(config.contentDirectory)/`, are read")
        } else if !otherLocales.isEmpty {
            config.exclude += otherLocales.map { "/\($0)/" }
            config.notCarried.append("the other languages of `locales:` (\(otherLocales.map { "`\($0)/`" }.joined(separator: ", "))): only the French pages are read")
        }
        // `srcExclude: ['tutorial/**/description.md']`: globs from `srcDir`, which VitePress does not publish.
        // A glob without `/` is the root's only, as fast-glob reads it (Repère's would match at any depth).
        for pattern in jsStrings("srcExclude", in: js) ?? [] {
            let glob = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
            if let french = frenchLocale {
                // From the French folder now: its own patterns lose its name, other locales' and the root's go.
                if glob.hasPrefix(french + "/") { config.exclude.append(Self.rooted(String(glob.dropFirst(french.count + 1)))) }
                else if glob.hasPrefix("**/") { config.exclude.append(glob) }
            } else {
                config.exclude.append(Self.rooted(glob))
            }
        }
        let publicFolder = (joined.isEmpty ? "" : joined + "/") + "public"
        if Self.isFolder(publicFolder, in: folder) {
            config.staticDirectories = [publicFolder]
            if frenchLocale == nil { config.exclude.append("/public/") }
        }
        // A `public/` kept beside the configuration (`vite: { publicDir }` pointing there), whose
        // files pages show as `../../.vitepress/public/images/a.png`.
        let settingsPublic = (name as NSString).deletingLastPathComponent + "/public"
        if settingsPublic != publicFolder, Self.isFolder(settingsPublic, in: folder) { config.staticDirectories.append(settingsPublic) }
        config.leaveOutDynamicRoutes(in: folder)
        // VitePress publishes `guide/page.md` at `/guide/page.html` unless `cleanUrls: true`.
        config.publishedHTMLFiles = !js.contains(#/cleanUrls\s*:\s*true/#)
        config.readVuePressSidebar(config: js, in: folder, locale: frenchLocale.map { "/\($0)/" }, skipping: otherLocales.map { "/\($0)/" })
        config.readVueNavbar(config: js, in: folder, locale: frenchLocale.map { "/\($0)/" }, skipping: otherLocales.map { "/\($0)/" })
        config.sayWhatVueSettingsLeave(js, settings: folder.appendingPathComponent(name).deletingLastPathComponent(), locale: frenchLocale.map { "/\($0)/" })
        return config
    }

    /// VitePress' dynamic routes (`partners/[partnerId].md` and the `[partnerId].paths.ts` that
    /// lists its pages): pages built by code, left out (`exclude`), and named in the report.
    mutating func leaveOutDynamicRoutes(in folder: URL) {
        let content = contentDirectory == "." ? folder : folder.appendingPathComponent(contentDirectory)
        let routes = Self.files(in: content, extensions: nil).filter { file in
            let name = ContentPath(file).fileName
            return name.hasPrefix("[") && (name.hasSuffix("].md") || name.contains("].paths."))
        }
        guard !routes.isEmpty else { return }
        exclude += routes.map { "/" + $0 }
        let pages = routes.filter { $0.hasSuffix(".md") }
        notCarried.append("dynamic routes (\(pages.map { "`\($0)`" }.joined(separator: ", "))): their pages are built by code, and left out (`exclude`)")
    }

    /// The entries of the object that is the value of `key` in `js` (`locales: { root: { … },
    /// en: { … } }`), the least nested one (the site's `locales:`, not its search's): each
    /// entry's key, unquoted, and its object's text, nested objects included.
    static func objectEntries(of key: String, in js: String) -> [(key: String, body: String)] {
        let bytes = Array(js.utf8)
        guard var i = shallowestObject(of: key, in: bytes) else { return [] }
        var entries: [(String, String)] = []
        var depth = 1
        var entryKey: String?
        var bodyStart = 0
        var word = ""
        var quote: UInt8?
        while i < bytes.count, depth > 0 {
            let byte = bytes[i]
            defer { i += 1 }
            if let open = quote {
                if byte == UInt8(ascii: "\\") { i += 1 } else if byte == open { quote = nil } else if depth == 1 { word.append(Character(UnicodeScalar(byte))) }
                continue
            }
            // Comments: `// …` to the end of the line, `/* … */`.
            if byte == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "*") {
                let isLine = bytes[i + 1] == UInt8(ascii: "/")
                i += 2
                while i < bytes.count, isLine ? bytes[i] != UInt8(ascii: "\n") : !(bytes[i] == UInt8(ascii: "*") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                if !isLine { i += 1 }
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                quote = byte
                if depth == 1 { word = "" }
            case UInt8(ascii: ":") where depth == 1:
                entryKey = word.trimmingCharacters(in: .whitespaces)
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("):
                if depth == 1 { bodyStart = i + 1 }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"):
                depth -= 1
                if depth == 1, let key = entryKey, byte == UInt8(ascii: "}") {
                    entries.append((key, String(decoding: bytes[bodyStart..<i], as: UTF8.self)))
                    entryKey = nil
                }
            case UInt8(ascii: ","):
                if depth == 1 { word = "" }
            default:
                if depth == 1 {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                        if entryKey == nil, !word.isEmpty, !word.hasSuffix(" ") { word += " " }
                    } else if entryKey == nil {
                        if word.hasSuffix(" ") { word = "" }
                        word.append(Character(UnicodeScalar(byte)))
                    }
                }
            }
        }
        return entries
    }

    /// Where the object that is the value of the least nested `key:` in `bytes` starts, after its `{`.
    private static func shallowestObject(of key: String, in bytes: [UInt8]) -> Int? {
        var tokens = JavaScriptTokens(bytes)
        var depth = 0
        var best: (depth: Int, start: Int)?
        var previous: [JavaScriptToken] = []  // the two tokens before
        while let token = tokens.next() {
            if case .open(UInt8(ascii: "{")) = token, previous.count == 2, case .colon = previous[1] {
                switch previous[0] {
                case .word(key), .text(key): if best.map({ depth < $0.depth }) ?? true { best = (depth, tokens.i) }
                default: break
                }
            }
            switch token {
            case .open: depth += 1
            case .close: depth -= 1
            default: break
            }
            previous = Array((previous + [token]).suffix(2))
        }
        return best?.start
    }

    /// A glob of the content folder's root as Repère reads it: `/` first when it names no folder.
    static func rooted(_ glob: String) -> String { glob.contains("/") ? glob : "/" + glob }
}
