import Foundation
import RepereSupport

extension ForeignConfiguration {
    /// A folder of Markdown files no tool's settings describe (a GitHub wiki, an Obsidian vault, a
    /// tree of README files): the folder is the content; titled by its home page's heading, else
    /// its name; GitHub's wiki `_Sidebar.md` and `_Footer.md` left out; number prefixes (`07 -
    /// Générer des rapports`) read as Docusaurus reads them, for the order they give.
    static func markdownFolder(in folder: URL) -> ForeignConfiguration {
        var config = ForeignConfiguration(tool: .markdown, contentDirectory: ".", source: "the folder's Markdown files")
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        let home = ["index.md", "README.md", "Home.md"].first(where: names.contains)
        if let home, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(home).path),
            case .success(let parts) = FrontMatterSplitter.split(LineEnds.text(data), file: home)
        {
            config.title = InferredTitle.firstHeading(in: parts.body)?.title
        }
        config.title = config.title ?? InferredTitle.fromName(Self.namingFolder(of: folder).lastPathComponent)
        if names.contains("conf.py") { config.readSphinx(in: folder, home: home) }
        let wiki = ["_Sidebar.md", "_Footer.md", "_Header.md"].filter(names.contains)
        if !wiki.isEmpty {
            config.exclude += wiki.map { "/" + $0 }
            config.notCarried.append("the wiki's \(wiki.map { "`\($0)`" }.joined(separator: ", ")): the site has its own menus and footer")
        }
        if home == "Home.md" {
            config.toLookAt.append("`Home.md` is the wiki's home page: rename it `index.md` to make it the site's (the home page lists the sections meanwhile)")
        }
        let files = Self.files(in: folder, extensions: nil)
        let markdown = files.filter { $0.lowercased().hasSuffix(".md") }
        // Code and settings are no documentation: left out, so a repository's sources are never
        // published; but for the kinds a page links to (`[la configuration](ci.yaml)`), shown as files.
        let linkedFiles = Self.linkedFiles(of: markdown, in: folder)
        let linked = Set(linkedFiles.map { ContentPath($0).fileExtension.lowercased() })
        let code = Set(files.map { ContentPath($0).fileExtension }).intersection(codeExtensions)
        let leftOut = code.subtracting(linked).union(code.intersection(ActiveContent.scriptExtensions)).sorted()
        if !leftOut.isEmpty {
            config.exclude += leftOut.map { "*." + $0 }
            config.notCarried.append("the folder's code and settings files (\(leftOut.map { "`*.\($0)`" }.joined(separator: ", "))): not published")
        }
        let shown = code.intersection(linked).subtracting(ActiveContent.scriptExtensions)
        if !shown.isEmpty {
            // Only the files linked to: an unlinked `secrets.yaml` beside `ci.yaml` stays out.
            config.exclude += files.filter { shown.contains(ContentPath($0).fileExtension) && !linkedFiles.contains($0) }.map { "/" + $0 }
            config.toLookAt.append("pages link to files of code or settings (\(shown.sorted().map { "`*.\($0)`" }.joined(separator: ", "))): those files are published, the others of their kinds left out (`exclude:`)")
        }
        // Names numbered for their order (`03 - Installer.md`, `05-guide/`): Docusaurus' reading keeps it.
        let numbered = Set(markdown.flatMap { $0.split(separator: "/") }).filter { AddressStyle.docusaurus.numberPrefix(of: String($0)).number != nil }
        if numbered.count >= 3 {
            config.addresses = .docusaurus
            config.toLookAt.append("\(numbered.count) file and folder names start with a number (`\(numbered.sorted().first!)`): they give the pages' order and are left out of their addresses (`addresses: docusaurus`)")
        }
        let wikiLinks = markdown.filter { file in
            FileManager.default.contents(atPath: folder.appendingPathComponent(file).path).map { Self.hasWikiLink(String(decoding: $0, as: UTF8.self)) } ?? false
        }
        if !wikiLinks.isEmpty {
            config.toLookAt.append("\(wikiLinks.count) page\(wikiLinks.count == 1 ? "" : "s") (`\(wikiLinks[0])`…) link with `[[Page]]` or `![[image.png]]` (wiki and Obsidian links): the build reads them as links to the page or file of that name")
        }
        return config
    }

    /// Folder names that say where pages are, not what they are about: a language's, `content`, `docs`…
    static let placeNames: Set<String> = ["fr", "fr-fr", "fr_fr", "en", "content", "contenu", "docs", "doc", "src", "source", "pages", "wiki"]

    /// The folder whose name titles a folder of pages: itself, or its nearest parent whose name is
    /// no ``placeNames`` (`cartes.gouv.fr-documentation` for its `content/fr/`, not « Fr »).
    static func namingFolder(of folder: URL) -> URL {
        var current = folder.standardizedFileURL
        for _ in 0..<3 where placeNames.contains(current.lastPathComponent.lowercased()) && current.pathComponents.count > 2 {
            current = current.deletingLastPathComponent()
        }
        return placeNames.contains(current.lastPathComponent.lowercased()) ? folder : current
    }

    /// Whether a page's text has a wiki link, `[[Page]]`, outside code (bash's `[[ $a -ge 2 ]]`,
    /// a class `[[:space:]]` in a fence or a code span are none): a `[[` before a letter or digit
    /// and a `]]` after it on the line.
    static func hasWikiLink(_ text: String) -> Bool {
        guard text.contains("[[") else { return false }
        var fence: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if line.count - trimmed.count <= 3, let run = MarkdownFence.opening(trimmed) {
                fence = run
                continue
            }
            guard line.count - trimmed.count < 4, let open = line.range(of: "[["), line[open.upperBound...].contains("]]"),
                line[open.upperBound...].first.map({ $0.isLetter || $0.isNumber }) == true,
                line[..<open.lowerBound].filter({ $0 == "`" }).count % 2 == 0
            else { continue }
            return true
        }
        return false
    }

    /// The destinations of a page's Markdown links and images (`](a/b.png)`), without their
    /// fragment or query: what `init` reads of a page's text to choose what to publish.
    static func linkDestinations(in text: String) -> [Substring] {
        text.components(separatedBy: "](").dropFirst().compactMap { written in
            let path = written.prefix { $0 != ")" && $0 != " " && $0 != "#" && $0 != "?" }
            return path.isEmpty ? nil : Substring(path)
        }
    }

    /// The files of `folder` its pages (`markdown`) link to by a relative path
    /// (`[la configuration](scripts/ci.yaml)`), from the folder.
    static func linkedFiles(of markdown: [String], in folder: URL) -> Set<String> {
        var found: Set<String> = []
        for page in markdown {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(page).path), data.count < 1 << 20 else { continue }
            let base = (page as NSString).deletingLastPathComponent
            for path in linkDestinations(in: String(decoding: data, as: UTF8.self)) {
                guard !path.contains("://"), !path.hasPrefix("/"), let target = ContentPath.resolving(String(path), in: base),
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent(target.rawValue).path)
                else { continue }
                found.insert(target.rawValue)
            }
        }
        return found
    }

    /// Whether `folder`, which no tool's settings describe, holds Markdown pages to publish as
    /// they are: two Markdown files at least, outside a `content/` folder it does not have, and
    /// no program's source code (a software repository with a README and a changelog is given a
    /// help centre of its own, not published), unless its pages outnumber its programs four to
    /// one, ten pages at least (a wiki of 105 pages showing 12 example files of code); HTML,
    /// styles and settings files are left out.
    public static func isMarkdownFolder(_ folder: URL) -> Bool {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        guard !names.contains("repere.yml"), !names.contains("content"), tools(in: folder).isEmpty else { return false }
        let files = files(in: folder, extensions: nil)
        let pages = files.count { $0.lowercased().hasSuffix(".md") }
        // Programs make it a software repository; a page's HTML, styles or settings do not (pandoc's `index.html`).
        let programs = files.count { programExtensions.contains(ContentPath($0).fileExtension) }
        return pages >= 2 && (programs == 0 || (pages >= 10 && pages >= 4 * programs))
    }

    /// The extensions of programs' source code.
    static let programExtensions = codeExtensions.subtracting(["json", "yml", "yaml", "toml", "ini", "cfg", "conf", "env", "xml", "html", "htm", "css", "scss", "sass", "less", "properties", "lock"])

    /// The extensions of source code and settings files.
    static let codeExtensions: Set<String> = [
        "swift", "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "go", "rs", "java", "kt", "c", "h", "cpp", "hpp", "cs", "rb", "php",
        "sh", "bash", "ps1", "json", "yml", "yaml", "toml", "ini", "cfg", "conf", "env", "xml", "gradle", "lock", "sql", "html", "htm",
        "css", "scss", "sass", "less", "pl", "lua", "r", "scala", "dart", "ex", "exs", "erl", "hs", "ml", "tf", "properties",
    ]
}
