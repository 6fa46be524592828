import RepereSupport
import Foundation

extension ForeignConfiguration {
    /// GitBook 3's (and HonKit's) `book.json`, `json`, in `folder`: its `title`, `description`,
    /// `root`, `structure.summary` and `variables` (`{{ book.name }}`); with several languages (`LANGS.md`, a list of links to
    /// their folders), the French one's folder is the content, its own `book.json` read too. Its
    /// plugins are named in the report.
    mutating func readGitBookLegacy(_ json: String, in folder: URL) {
        let book = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
        apply(book, from: ".", in: folder)
        let languagesFile = ((book["structure"] as? [String: Any])?["langs"] as? String) ?? "LANGS.md"
        let languagesPath = Self.joined(contentDirectory, languagesFile)
        if Self.isInside(languagesPath, project: folder), let data = FileManager.default.contents(atPath: folder.appendingPathComponent(languagesPath).path) {
            let languages = Self.markdownLinks(LineEnds.text(data))
            let french = languages.first { Self.folderName($0.target) == "fr" }
                ?? languages.first { $0.label.lowercased().hasPrefix("fr") }
            var isFolder: ObjCBool = false
            if let french, let name = Self.folderName(french.target), case let languageFolder = Self.joined(contentDirectory, name),
                Self.isInside(languageFolder, project: folder),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(languageFolder).path, isDirectory: &isFolder), isFolder.boolValue
            {
                let book = contentDirectory
                contentDirectory = languageFolder
                let own = folder.appendingPathComponent(languageFolder).appendingPathComponent("book.json")
                if let data = FileManager.default.contents(atPath: own.path),
                    let translation = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
                {
                    apply(translation, from: languageFolder, in: folder)
                }
                notCarried.append("the other languages of \(languagesFile) (\(languages.filter { $0.target != french.target }.map { "`\($0.label)`" }.joined(separator: ", "))): only `\(name)/` is read")
                // French pages showing files the languages share (`../assets/logo.png`): their
                // folder is published as the static folder, when they are all in one.
                let outside = contentDirectory == languageFolder ? Self.filesOutside(folder.appendingPathComponent(languageFolder)) : []
                let shared = Set(outside.map { $0.fromParent.flatMap { $0.contains("/") ? $0.split(separator: "/").first.map(String.init) : nil } })
                if let first = outside.first, shared.count == 1, let top = shared.first ?? nil, top != name {
                    staticDirectories = [Self.joined(book, top)]
                    toLookAt.append("the French pages (`\(name)/`) show files of `\(top)/`, which the languages share (`\(first.written)`): `static_dir` publishes it at the site's root")
                } else if let first = outside.first {
                    toLookAt.append("the French pages (`\(name)/`) use files outside their folder (`\(first.written)`): copy them into it")
                }
            }
        }
        let plugins = (book["plugins"] as? [String] ?? []).filter { !$0.hasPrefix("-") }
        if !plugins.isEmpty {
            notCarried.append("the plugins \(plugins.map { "`\($0)`" }.joined(separator: ", ")): Repère runs none")
        }
    }

    /// The settings of the `book.json` in the folder `base` of the project `folder`; its `root`
    /// is read from `base`, and only when it stays in the project.
    private mutating func apply(_ book: [String: Any], from base: String, in folder: URL) {
        if let value = (book["title"] as? String)?.trimmingWhitespace, !value.isEmpty { title = value }
        if let value = (book["description"] as? String)?.trimmingWhitespace, !value.isEmpty { description = value }
        if let root = book["root"] as? String {
            let trimmed = Self.joined(base, root.trimmingPrefix("./").trimmingSuffix("/"))
            if Self.isInside(trimmed, project: folder) { contentDirectory = trimmed }
        }
        if let summary = (book["structure"] as? [String: Any])?["summary"] as? String, !summary.isEmpty { navigationFile = summary }
        // `variables: { "version": "2.1" }`: the pages' `{{ book.version }}`; a translation's own win.
        for (key, value) in (book["variables"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let text = (value as? String) ?? (value as? NSNumber).map { "\($0)" }
            guard let text, !text.isEmpty else { continue }
            siteVariables.removeAll { $0.name == "book." + key }
            siteVariables.append(("book." + key, text))
        }
    }

    /// `name` in the folder `base` of the project (`.` for the project itself).
    private static func joined(_ base: String, _ name: String) -> String {
        name.isEmpty || name == "." ? base : base == "." ? name : base + "/" + name
    }

    /// The links of a Markdown list (`* [Français](fr/)`): their texts and targets.
    private static func markdownLinks(_ text: String) -> [(label: String, target: String)] {
        text.split(separator: "\n").compactMap { line in
            guard let open = line.firstIndex(of: "["), let middle = line.range(of: "]("), open < middle.lowerBound,
                let close = line[middle.upperBound...].firstIndex(of: ")")
            else { return nil }
            return (String(line[line.index(after: open)..<middle.lowerBound]), String(line[middle.upperBound..<close]))
        }
    }

    /// `fr` for `fr/`, `./fr`, `fr/README.md`; `nil` for an address or nothing.
    private static func folderName(_ target: String) -> String? {
        guard !target.contains("://") else { return nil }
        let parts = target.split(separator: "/").filter { $0 != "." }
        guard let first = parts.first, !first.hasSuffix(".md"), first != ".." else { return nil }
        return String(first)
    }
}
