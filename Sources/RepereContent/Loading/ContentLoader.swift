import Foundation
import RepereDiagnostics
import RepereSupport

/// The load stage: reads every file of a ``ContentSource`` into pages and assets.
///
/// Each file is decoded on its own and a bad file never stops the others: every problem
/// becomes a diagnostic and the file is left out. URLs follow the folder tree: a folder is a
/// section (`_section.md` gives its title), `<slug>.md` and `<slug>/index.md` are articles,
/// and all other files are copied beside the pages.
public struct ContentLoader: Sendable {
    public var configuration: SiteConfiguration
    public var includeDrafts: Bool
    /// Prefix of paths in diagnostics, such as `content/`.
    public var displayPrefix: String
    /// The project folder, where snippets outside the content folder are read (`--8<--`);
    /// `nil`: only the content source's files may be included (a Git revision).
    public var projectFolder: URL?

    public init(configuration: SiteConfiguration, includeDrafts: Bool = false, displayPrefix: String = "content/", projectFolder: URL? = nil) {
        self.configuration = configuration
        self.includeDrafts = includeDrafts
        self.displayPrefix = displayPrefix
        self.projectFolder = projectFolder
    }

    /// `files` without the second of two names that differ only in how their accents are encoded
    /// (`é`, or `e` and U+0301: one name to Swift, to macOS and to a browser, two to Git and Linux),
    /// each reported; the shorter encoding (the composed one) is kept.
    static func withoutUnicodeTwins(_ files: [ContentPath], displayPrefix: String, diagnostics: inout [Diagnostic]) -> [ContentPath] {
        var kept: [ContentPath: Int] = [:]  // a name, as Swift compares it, and its place in `files`
        var dropped: Set<Int> = []
        for (n, path) in files.enumerated() {
            guard let other = kept[path] else {
                kept[path] = n
                continue
            }
            let (keep, drop) = path.rawValue.utf8.count < files[other].rawValue.utf8.count ? (n, other) : (other, n)
            kept[path] = keep
            dropped.insert(drop)
            diagnostics.append(
                Diagnostic(.contentUnicodeTwin,
                    "'\(files[keep].rawValue)' is written twice, once with letters and combining accents (as macOS writes names): only the other is read",
                    at: SourceLocation(file: displayPrefix + files[drop].rawValue)))
        }
        return dropped.isEmpty ? files : files.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// Loads every file of `source`; with a `cache` (`serve`), files whose bytes did not change
    /// since the last load are not decoded again.
    /// Sections whose menu name comes from a `title:` over a different heading that another
    /// section has too are named by their headings: a course whose 42 chapters each open with
    /// `title: Objectifs` over `# Suites`, `# Trigonométrie`… gets 42 sections, not 42 « Objectifs ».
    /// A `nav_title:` of its own is kept.
    static func sectionsNamedApart(_ pages: inout [Page]) {
        var named: [String: [Int]] = [:]
        for i in pages.indices where pages[i].kind == .section {
            guard let name = pages[i].frontMatter.navigationTitle, name == pages[i].frontMatter.title?.trimmingWhitespace else { continue }
            named[name, default: []].append(i)
        }
        for (_, shared) in named where shared.count > 1 {
            for i in shared { pages[i].frontMatter.navigationTitle = nil }
        }
    }

    /// `body` with VitePress' `{{ $frontmatter.title }}` replaced by the page's own value (its
    /// `title`, `description` or another text key), as VitePress shows it (`# {{ $frontmatter.title }}`
    /// is the page's heading); one naming no text key is left as written.
    static func frontMatterValuesWritten(in body: String, _ frontMatter: FrontMatter) -> String {
        guard body.contains("$frontmatter.") else { return body }
        guard let regex = try? NSRegularExpression(pattern: #"\{\{\s*\$frontmatter\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}"#) else { return body }
        var result = ""
        var last = body.startIndex
        for match in regex.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
            guard let whole = Range(match.range, in: body), let name = Range(match.range(at: 1), in: body) else { continue }
            let key = String(body[name])
            let value: String? = switch key {
            case "title": frontMatter.title
            case "description": frontMatter.description
            default: if case .string(let text)? = frontMatter.params[key] { text } else { nil }
            }
            guard let value else { continue }
            result += body[last..<whole.lowerBound] + value.markdownEscaped  // Vue writes it as text
            last = whole.upperBound
        }
        return result + body[last...]
    }

    /// Why a file `exclude` names is not published, as a link to it says.
    public static let excludedReason = "is excluded from the site ('exclude' in repere.yml)"

    public func load(from source: any ContentSource, cache: PageReadCache? = nil) throws -> LoadedContent {
        cache?.begin()
        var diagnostics: [Diagnostic] = []
        let snippets = snippetFiles(source)
        var files = Self.withoutUnicodeTwins(try source.files(), displayPrefix: displayPrefix, diagnostics: &diagnostics)
        let staticFiles = files.filter { SiteSource.staticFile($0) != nil }
        // The files `exclude` names, which links may still name (a README's `CONTRIBUTING.md`).
        let excluded = configuration.exclude.isEmpty ? [] : files.filter { file in configuration.exclude.contains { $0.matches(file.rawValue) } }
        files = files.filter { SiteSource.staticFile($0) == nil && !configuration.isExcluded($0) }
        let translations = Self.frenchTranslations(in: files)
        for (page, french) in translations.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(Diagnostic(.contentTranslated, "'\(french.fileName)' is its French translation, published at its address instead",
                at: SourceLocation(file: displayPrefix + page.rawValue)))
        }
        files.removeAll { translations[$0] != nil }
        let navigation = self.navigation(from: source, files: files, diagnostics: &diagnostics)?.translated(translations)
        // An HTML or JavaScript file is never published: a link to it says so, not that `exclude` names it.
        var leftOut = Dictionary(excluded.map { ($0, ActiveContent.reason(for: $0, bytes: { nil }).map { "is not published: \($0)" } ?? Self.excludedReason) },
            uniquingKeysWith: { a, _ in a })
        if let navigation {
            let listed = navigation.filtered(files, unlisted: configuration.unlistedPages, displayPrefix: displayPrefix, diagnostics: &diagnostics)
            let kept = Set(listed)
            for path in files where path.isMarkdown && !kept.contains(path) && path != navigation.file { leftOut[path] = "is not in \(navigation.name)" }
            files = listed
        }
        let site = source as? SiteSource
        for (folder, prefix) in [(site?.content ?? source, displayPrefix)] + (site?.statics ?? []).map({ ($0.source, $0.path + "/") }) {
            guard let fs = folder as? FileSystemSource else { continue }
            for (link, refusal) in (try? fs.refusedLinks()) ?? [] {
                let why = switch refusal {
                case .outside: "a file outside its folder"
                case .hidden(let target): "'\(target)', a hidden file (hidden files are never published)"
                }
                diagnostics.append(
                    Diagnostic(.pathEscapesContent, "'\(link)' links to \(why); it is ignored",
                        at: SourceLocation(file: prefix + link.rawValue)))
            }
        }
        // A folder's `index.md` or `README.md` is its section's page when the folder holds other
        // pages, else an article with its files beside it (a bundle).
        let folderPages = Dictionary(
            files.filter { PageURL.isFolderPage($0) && !$0.directory.isEmpty }.map { ($0.directory, [$0]) }, uniquingKeysWith: +)
        var foldersWithPages: Set<String> = []
        for path in files where path.isMarkdown && !PageURL.isSectionFile(path) && !PageURL.isFolderPage(path) {
            var dir = path.directory
            while !dir.isEmpty, foldersWithPages.insert(dir).inserted { dir = ContentPath(dir).directory }
        }
        for folder in folderPages.keys {  // a folder page makes its ancestors hold pages too
            var dir = ContentPath(folder).directory
            while !dir.isEmpty, foldersWithPages.insert(dir).inserted { dir = ContentPath(dir).directory }
        }
        // A page beside a folder of pages with the same name and no page of its own is that
        // folder's page (GitBook writes a page with subpages so: `membres.md`, `membres/…`).
        let foldersWithOwnPage = Set(files.filter(PageURL.isSectionFile).map(\.directory)).union(folderPages.keys)
        let besideFolders = files.filter { path in
            path.isMarkdown && !PageURL.isSectionFile(path) && !PageURL.isFolderPage(path)
                && foldersWithPages.contains(PageURL.sectionFolder(of: path)) && !foldersWithOwnPage.contains(PageURL.sectionFolder(of: path))
        }
        let sectionPages = Set(folderPages.filter { foldersWithPages.contains($0.key) }.values.joined()).union(besideFolders)
        let bundles = Set(folderPages.keys.filter { !foldersWithPages.contains($0) })
        func bundle(containing path: ContentPath) -> String? {
            var dir = path.directory
            while !dir.isEmpty {
                if bundles.contains(dir) { return dir }
                dir = ContentPath(dir).directory
            }
            return nil
        }

        // Pages are read and their front-matter decoded on all cores; the loop below keeps file order.
        let pageFiles = files.filter { path in
            path.isMarkdown && !PageURL.isSectionFile(path) && !sectionPages.contains(path)
                && (bundle(containing: path) == nil || PageURL.isFolderPage(path))
        }
        let readPages = Dictionary(uniqueKeysWithValues: zip(pageFiles, pageFiles.parallelMap { path in
            var problems: [Diagnostic] = []
            let page = read(
                path, kind: Self.kind(of: path), display: displayPrefix + path.rawValue, source: source, snippets: snippets, cache: cache,
                diagnostics: &problems)
            return (page: page, diagnostics: problems)
        }))

        var pages: [Page] = []
        var drafts: [Page] = []
        var assets: [Asset] = []
        var sectionFolders: Set<String> = []
        var sectionFiles: [String: ContentPath] = [:]
        var categories: [String: DocusaurusCategory] = [:]

        for path in files {
            let owner = bundle(containing: path)
            if !path.isMarkdown || (owner != nil && !PageURL.isFolderPage(path)) {
                if path.rawValue == "glossary.yml" { continue }
                if DocusaurusCategory.fileNames.contains(path.fileName) {
                    categories[path.directory] = categories[path.directory] ?? (try? source.read(path)).flatMap(DocusaurusCategory.init(bytes:))
                    continue
                }
                if let asset = publishedFile(
                    path, url: assetURL(path), display: displayPrefix + path.rawValue, source: source, leftOut: &leftOut, diagnostics: &diagnostics)
                {
                    assets.append(asset)
                }
                continue
            }
            if PageURL.isSectionFile(path) || sectionPages.contains(path) {
                let folder = PageURL.sectionFolder(of: path)
                if let other = sectionFiles[folder] {
                    diagnostics.append(
                        Diagnostic(.contentDuplicateURL, "'\(folder)' has two pages: \(other.fileName) and \(path.fileName)",
                            at: SourceLocation(file: displayPrefix + path.rawValue), notes: ["keep one of the two; _section.md wins"]))
                    if !PageURL.isSectionFile(path) { continue }
                }
                sectionFiles[folder] = path
                continue
            }
            let kind = Self.kind(of: path)
            var read = readPages[path]!
            if let navigation, let label = navigation.labels[path], let i = read.diagnostics.firstIndex(where: { $0.id == "front-matter.missing-title" }) {
                // A page titled after its file name takes the label its navigation entry gives it.
                read.page?.title = label
                if let body = read.page?.body, let rest = InferredTitle.withoutRepeatedTitle(label, in: body) { read.page?.body = rest }
                read.diagnostics[i] = Diagnostic(.contentInferredTitle, "title '\(label)' is the label \(navigation.name) gives the page",
                    at: read.diagnostics[i].location, notes: ["add 'title:' to the front-matter to choose another"])
            } else if let label = navigation?.labels[path], read.page?.title != label {
                // A page with a title of its own keeps it; its menus show the label, as GitBook's,
                // MkDocs' and Docusaurus' do (over `sidebar_label:`).
                read.page?.frontMatter.navigationTitle = label
            }
            diagnostics += read.diagnostics
            guard var page = read.page else { continue }
            // A file named like its folder is no category index beside the folder's own page
            // (`historique/index.md` and `historique/historique.md`): an article at its name.
            if kind == .article, foldersWithOwnPage.contains(path.directory), page.frontMatter.permalink == nil,
                PageURL.isCategoryIndex(path, style: configuration.addresses), let url = PageURL.url(of: path, kind: .article, style: configuration.addresses)
            {
                page.url = url
            }
            if page.status == .draft && !includeDrafts {
                drafts.append(page)
                continue
            }
            if kind == .article {
                var dir = owner.map { ContentPath($0).directory } ?? path.directory
                while !dir.isEmpty {
                    sectionFolders.insert(dir)
                    dir = ContentPath(dir).directory
                }
            }
            pages.append(page)
        }

        // Categories of one label each have their own index address, numbered as Docusaurus'
        // slugger numbers them: `/category/exercices/`, `/category/exercices-1/`…
        var addressUses: [String: Int] = [:]
        for folder in categories.keys.sorted() {
            guard let address = categories[folder]?.indexAddress else { continue }
            let uses = addressUses[address, default: 0]
            addressUses[address] = uses + 1
            if uses > 0, address.hasSuffix("/") { categories[folder]?.indexAddress = String(address.dropLast()) + "-\(uses)/" }
        }
        // Sections: every folder holding pages, with or without `_section.md`.
        for (folder, path) in sectionFiles where !sectionFolders.contains(folder) {
            // Hugo's `_index.md` is a page of its own, with or without pages under it.
            if path.pageFileName != "_index.md" {
                diagnostics.append(
                    Diagnostic(.sectionEmpty, "section '\(folder)' has no published pages",
                        at: SourceLocation(file: displayPrefix + path.rawValue)))
            }
            sectionFolders.insert(folder)
        }
        for (folder, settings) in configuration.sections.sorted(by: { $0.key < $1.key }) where !sectionFolders.contains(folder) {
            diagnostics.append(Diagnostic(.configUnknownFolder, "'sections' names '\(folder)', which is no folder of pages of the content folder",
                at: settings.location ?? SourceLocation(file: "repere.yml")))
        }
        // The articles by address, for a folder's page at the folder's address (looked up per folder).
        let articleAt = Dictionary(pages.indices.filter { pages[$0].kind == .article }.map { (pages[$0].url, $0) }, uniquingKeysWith: { first, _ in first })
        for folder in sectionFolders.sorted() {
            let path = sectionFiles[folder] ?? ContentPath(folder + "/_section.md")
            let display = displayPrefix + path.rawValue
            if sectionFiles[folder] != nil {
                if var page = read(path, kind: .section, display: display, source: source, snippets: snippets, diagnostics: &diagnostics) {
                    if !PageURL.isSectionFile(path) { Self.place(&page, as: categories[folder]) }  // `_section.md` wins
                    // Untitled (an empty README.md, or one titled by its folder's name, as GitBook writes
                    // them: `# compte-utilisateur`), it takes the title its navigation gives the folder or the page.
                    if page.frontMatter.title == nil, Slug.make(from: page.title) == Slug.make(from: ContentPath(folder).fileName),
                        let title = configuration.sections[folder]?.title ?? navigation?.groupTitles[folder] ?? navigation?.labels[path]
                    {
                        page.title = title
                    } else if let label = navigation?.labels[path] ?? navigation?.groupTitles[folder], page.title != label {
                        page.frontMatter.navigationTitle = label  // the menus show its entry's label, or its part's, as for an article
                    }
                    // `sections:` places and describes the folder when its page does not.
                    if let settings = configuration.sections[folder] {
                        if page.frontMatter.order == nil { page.frontMatter.order = settings.order }
                        if page.frontMatter.description == nil { page.frontMatter.description = settings.description }
                    }
                    pages.append(page)
                }
            } else if let article = articleAt[SitePath(pageComponents: folderSlugs(folder))] {
                // At the folder's address already: Docusaurus' `slug: /guide/` on a page of the
                // folder, or `guide.md` beside `guide/` (Docusaurus, GitBook). It is the folder's page.
                pages[article].kind = .section
                pages[article].parent = SitePath(pageComponents: folderSlugs(ContentPath(folder).directory))
                Self.place(&pages[article], as: categories[folder])
            } else if let chapter = navigation?.chapters[folder], let i = pages.firstIndex(where: { $0.source == chapter && $0.kind == .article }) {
                // A chapter's page (GitBook 3): the folder's page, at its address.
                pages[i].kind = .section
                pages[i].url = SitePath(pageComponents: folderSlugs(folder))
                pages[i].parent = SitePath(pageComponents: folderSlugs(ContentPath(folder).directory))
            } else {
                let category = categories[folder]
                let groupTitle = navigation?.groupTitles[folder]
                if category?.label == nil && groupTitle == nil && configuration.sections[folder]?.title == nil {
                    diagnostics.append(
                        Diagnostic(.sectionMissingIndex, "folder '\(folder)' has no _section.md; its title is made from its name",
                            at: SourceLocation(file: displayPrefix + folder),
                            notes: ["add \(display) with a title and a description"]))
                }
                pages.append(syntheticSection(folder: folder, path: path, display: display, category: category, groupTitle: groupTitle))
            }
        }
        if !pages.contains(where: { $0.kind == .home }) {
            if let root = pages.firstIndex(where: { $0.url == .root }) {
                // An article with `slug: /` (a Docusaurus site whose docs are its whole site): the home page.
                pages[root].kind = .home
                pages[root].parent = nil
            } else if let i = pages.firstIndex(where: { $0.kind == .section && $0.frontMatter.aliases.contains("/") }) {
                // A folder's page with `slug: /` (`docs/general/index.md`), as Docusaurus reads it:
                // the home page; its folder keeps a section of its own.
                var home = pages[i]
                let folder = PageURL.sectionFolder(of: home.source)
                let path = ContentPath(folder + "/_section.md")
                pages[i] = syntheticSection(folder: folder, path: path, display: displayPrefix + path.rawValue, category: categories[folder],
                    groupTitle: navigation?.groupTitles[folder])
                home.frontMatter.aliases.removeAll { $0 == "/" }
                (home.kind, home.url, home.parent) = (.home, .root, nil)
                pages.append(home)
            } else {
                pages.append(syntheticHome())
            }
        }

        // The static folders' files, at the site's root under their own names; an earlier
        // folder's file wins over a later one's at the same address.
        let folders = configuration.staticFolders
        let placed = staticFiles.compactMap { path in
            SiteSource.staticFile(path).flatMap { fromProject in
                SiteSource.split(fromProject, among: folders).map { (folder: folders.firstIndex(of: $0.folder) ?? 0, path: path, fromProject: fromProject, file: $0.file) }
            }
        }.sorted { ($0.folder, $0.path) < ($1.folder, $1.path) }
        var publishedStatics: [String: String] = [:]
        for (_, path, fromProject, file) in placed {
            if let earlier = publishedStatics[file] {
                diagnostics.append(Diagnostic(.staticClash, "'\(fromProject)' is not published: '\(earlier)' is at /\(file)",
                    at: SourceLocation(file: fromProject), notes: ["rename or remove the static file"]))
                leftOut[path] = "is not published: '\(earlier)' is at /\(file)"  // what a link to it says
                continue
            }
            publishedStatics[file] = fromProject
            if let asset = publishedFile(path, url: SitePath(rawValue: "/" + file), display: fromProject, source: source, leftOut: &leftOut, diagnostics: &diagnostics) {
                assets.append(asset)
            }
        }
        // A draft's own files (its bundle's images) are no more published than it is.
        let draftFolders = drafts.compactMap(\.bundleDirectory).filter { !$0.isEmpty }
        assets.removeAll { asset in
            guard draftFolders.contains(where: { asset.source.rawValue.hasPrefix($0 + "/") }) else { return false }
            leftOut[asset.source] = "is in a draft's folder: it is published with the draft"
            return true
        }
        if let navigation { pages = navigation.ordered(pages, unlisted: configuration.unlistedPages) }
        pages = inheritAudiences(pages, diagnostics: &diagnostics)
        Self.sectionsNamedApart(&pages)
        Self.keepAddressesBeforeSpeltSymbols(&pages, style: configuration.addresses)
        VideoFiles(files: Set(files), source: source, displayPrefix: displayPrefix, maxBytes: Int64(configuration.videoMaxMB) * 1_000_000)
            .attach(to: &pages, diagnostics: &diagnostics)
        pages.sort { $0.url < $1.url }
        diagnostics += duplicateURLs(pages)
        var loaded = LoadedContent(pages: pages, drafts: drafts, assets: assets, diagnostics: diagnostics)
        loaded.filesOutsideContent = snippets.filesOutsideContent
        loaded.leftOut = leftOut
        return loaded
    }

    /// The file at `path` published at `url` as it is, unless it would run code on the site's
    /// origin (`content.active-file`; then it is `leftOut`, so links to it say why).
    private func publishedFile(
        _ path: ContentPath, url: SitePath, display: String, source: any ContentSource, leftOut: inout [ContentPath: String],
        diagnostics: inout [Diagnostic]
    ) -> Asset? {
        if let reason = ActiveContent.reason(for: path, bytes: { try? source.read(path) }) {
            leftOut[path] = "is not published: \(reason)"
            diagnostics.append(Diagnostic(.contentActiveFile, "'\(path.fileName)' is not published: \(reason)",
                at: SourceLocation(file: display, line: 1, column: 1),
                notes: [path.rawValue.lowercased().hasSuffix(".svg")
                    ? "publish it elsewhere and link to it, or export the image without scripts"
                    : "publish it elsewhere and link to it, or leave it out with `exclude` in repere.yml if no page needs it"]))
            return nil
        }
        return Asset(source: path, url: url)
    }

    // MARK: - Navigation

    /// The navigation `nav:` or `nav_file:` configures, if any (the navigation file then leaves
    /// the list of files).
    /// The pages of `files` that have a French translation beside them (Hugo's and MkDocs' i18n
    /// plugin's `faq.md` and `faq.fr.md`, `_index.md` and `_index.fr.md`), and that translation.
    static func frenchTranslations(in files: [ContentPath]) -> [ContentPath: ContentPath] {
        // `.fr.` in the name, looked for in its bytes first: the other files cost nothing.
        let french = Dictionary(files.filter { $0.rawValue.containsBytes(".fr.") || $0.rawValue.containsBytes(".FR.") || $0.rawValue.containsBytes(".Fr.") }
            .filter { $0.isMarkdown && $0.pageFileName != $0.fileName }.map {
            (ContentPath($0.directory.isEmpty ? $0.pageFileName : $0.directory + "/" + $0.pageFileName), $0)
        }, uniquingKeysWith: { first, _ in first })
        guard !french.isEmpty else { return [:] }
        let present = Set(files)
        return french.filter { present.contains($0.key) }
    }

    private func navigation(from source: any ContentSource, files: [ContentPath], diagnostics: inout [Diagnostic]) -> Navigation? {
        guard !configuration.navigationFile.isEmpty else { return configuration.navigation }
        let path = ContentPath(configuration.navigationFile)
        guard files.contains(path), let bytes = try? source.read(path), let text = String(validating: LineEnds.normalized(bytes), as: UTF8.self) else {
            diagnostics.append(Diagnostic(.navMissingPage, "the navigation file '\(path)' does not exist or is not UTF-8 text",
                at: SourceLocation(file: "repere.yml"), notes: ["correct 'nav_file', or remove it"]))
            return nil
        }
        var navigation = Navigation.summary(text, file: displayPrefix + path.rawValue, folder: path.directory)
        navigation.file = path
        return navigation
    }

    // MARK: - One file

    /// The page in the file at `path` as ``load(from:cache:)`` decodes it, but without what depends
    /// on other files (audiences inherited from its section, and the `kind` other files decide: a
    /// folder's `README.md`, a page beside its folder): `serve` uses it to show an edited page at
    /// once. The page is `nil` when the file has an error (in `diagnostics`).
    public func reload(_ path: ContentPath, kind known: Page.Kind? = nil, from source: any ContentSource) -> (page: Page?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let kind = known ?? (PageURL.isSectionFile(path) ? .section : Self.kind(of: path))
        let page = read(path, kind: kind, display: displayPrefix + path.rawValue, source: source, snippets: snippetFiles(source), diagnostics: &diagnostics)
        return (page, diagnostics)
    }

    /// The reader of the files pages include from `source` and the project folder.
    private func snippetFiles(_ source: any ContentSource) -> SnippetFiles {
        SnippetFiles(source: source, contentDirectory: configuration.contentDirectory, projectFolder: projectFolder)
    }

    /// Each page whose file or folder name has a `+` or `#` ending a word keeps the address it had
    /// before they were spelt (`C#/intro.md` at `/c/intro/`, now `/c-sharp/intro/`) as an alias
    /// that redirects to it, unless another page is there.
    static func keepAddressesBeforeSpeltSymbols(_ pages: inout [Page], style: AddressStyle) {
        guard pages.contains(where: { $0.source.rawValue.contains(where: { $0 == "+" || $0 == "#" }) }) else { return }
        var taken = Set(pages.map(\.url.rawValue))
        for i in pages.indices where !pages[i].isSynthetic || pages[i].kind == .section {
            guard let before = PageURL.addressBeforeSpeltSymbols(of: pages[i].source, kind: pages[i].kind, style: style),
                taken.insert(before.rawValue).inserted
            else { continue }
            pages[i].frontMatter.aliases.append(before.rawValue)
        }
    }

    /// The home page is `_index.md`, or `index.md` or `README.md` at the root as many repositories
    /// name it; every other page file but a section's page is an article.
    private static func kind(of path: ContentPath) -> Page.Kind { PageURL.kind(of: path) == .home ? .home : .article }

    /// The page in the file at `path` (from `cache` when its file did not change), with its
    /// snippets included (they are read at every load, as they may have changed), then Jekyll's
    /// `{{ site.name }}` replaced by its value.
    private func read(
        _ path: ContentPath, kind: Page.Kind, display: String, source: any ContentSource, snippets: SnippetFiles,
        cache: PageReadCache? = nil, diagnostics: inout [Diagnostic]
    ) -> Page? {
        guard var page = readFile(path, kind: kind, display: display, source: source, cache: cache, diagnostics: &diagnostics) else { return nil }
        let folder = SnippetPath.normalized(configuration.contentDirectory) ?? configuration.contentDirectory
        let file = folder == "." ? path.rawValue : folder + "/" + path.rawValue
        if let expanded = Snippets(settings: configuration.snippets, read: snippets.read, page: file, contentFolder: folder).expand(page.body) {
            page.body = expanded.text
            page.includedLines = expanded.lines
            for problem in expanded.problems {
                diagnostics.append(Diagnostic(problem.kind, problem.message,
                    at: SourceLocation(file: display, line: problem.line + page.bodyLineOffset, column: problem.column), notes: problem.notes))
            }
        }
        if let (text, unknown) = SiteVariables(values: configuration.siteVariables, baseURL: configuration.baseURL).substitute(page.body) {
            page.body = text
            for variable in unknown {
                diagnostics.append(Diagnostic(.markdownUnknownDirective,
                    "'\(variable.written)' has no value: it is shown as written" + (variable.uses > 1 ? " (\(variable.uses) times in this page)" : ""),
                    at: page.location(line: variable.line, column: variable.column),
                    notes: ["give it one under 'site_variables:' in repere.yml (init --from jekyll copies those of _config.yml)"]))
            }
        }
        return page
    }

    private func readFile(
        _ path: ContentPath, kind: Page.Kind, display: String, source: any ContentSource, cache: PageReadCache?,
        diagnostics: inout [Diagnostic]
    ) -> Page? {
        func readAndDecode(into diagnostics: inout [Diagnostic]) -> Page? {
            do {
                return decode(try source.read(path), path: path, kind: kind, display: display, diagnostics: &diagnostics)
            } catch {
                diagnostics.append(Diagnostic(.fileUnreadable, "cannot read the file: \(error)", at: SourceLocation(file: display)))
                return nil
            }
        }
        guard let cache else { return readAndDecode(into: &diagnostics) }
        let (page, problems): (Page?, [Diagnostic])
        if let stamp = source.changeStamp(path) {
            // A file whose stamp did not change is not even read again.
            (page, problems) = cache.page(path, kind: kind, input: .stamp(stamp), configuration: configuration) {
                var problems: [Diagnostic] = []
                return (readAndDecode(into: &problems), problems)
            }
        } else {
            // No stamp to trust (a file just written, a Git revision): its bytes decide.
            guard let bytes = try? source.read(path) else { return readAndDecode(into: &diagnostics) }
            (page, problems) = cache.page(path, kind: kind, input: .bytes(bytes), configuration: configuration) {
                var problems: [Diagnostic] = []
                return (decode(bytes, path: path, kind: kind, display: display, diagnostics: &problems), problems)
            }
        }
        diagnostics += problems
        return page
    }

    /// A page from its file's bytes; every problem is added to `diagnostics`.
    private func decode(
        _ bytes: [UInt8], path: ContentPath, kind: Page.Kind, display: String, diagnostics: inout [Diagnostic]
    ) -> Page? {
        let text: String
        switch SourceText.decode(bytes, file: display) {
        case .success(let t): text = t
        case .failure(let failure):
            diagnostics.append(failure.diagnostic)
            return nil
        }
        if kind == .article && text.allSatisfy(\.isWhitespace) {
            diagnostics.append(
                Diagnostic(.fileEmpty, "file is empty: it is left out", at: SourceLocation(file: display),
                    notes: ["start the file with front-matter: ---, title: \"…\", ---"]))
            return nil
        }
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(text, file: display) {
        case .success(let p):
            parts = p
            if p.isUnclosed {
                diagnostics.append(Diagnostic(.frontMatterUnclosed, "front-matter opened with '---' is never closed: the whole file is read as front-matter",
                    at: SourceLocation(file: display, line: 1, column: 1), notes: ["add a line '---' after the last front-matter key"]))
            }
        case .failure(let failure):
            diagnostics.append(failure.diagnostic)
            return nil
        }
        var (frontMatter, problems) = FrontMatter.decode(yaml: parts.yaml, file: display, lineOffset: 1)
        diagnostics += problems
        // Not published while its front-matter has an error, unless `checks:` lowers it: the page
        // is then published without the key's value.
        let contentPrefix = configuration.contentDirectory + "/"
        if configuration.checks.apply(to: problems, contentPrefix: contentPrefix).contains(where: { $0.severity == .error }) { return nil }

        let style = configuration.addresses
        let docusaurusURL = kind == .article ? PageURL.docusaurusURL(of: path, frontMatter: frontMatter, style: style) : nil
        guard let fileURL = docusaurusURL ?? PageURL.url(of: path, kind: kind, style: style) else {
            diagnostics.append(
                Diagnostic(.contentInvalidSlug, "cannot make a URL from the file name '\(path.fileName)'",
                    at: SourceLocation(file: display), notes: ["use letters or digits in the file name"]))
            return nil
        }

        var title = frontMatter.title?.trimmingWhitespace ?? ""
        var body = Self.frontMatterValuesWritten(in: parts.body, frontMatter)
        var bodyLineOffset = parts.bodyLineOffset
        if kind == .home, let hero = VueHomePage(frontMatter.params) {
            // VitePress' and VuePress' hero: its title is the page's heading (theme-hope shows
            // `heroText` over `title:`), its tagline the description, its actions and features
            // above the text (their lines counted as the front-matter's).
            if let name = hero.title { title = name }
            if frontMatter.description == nil { frontMatter.description = hero.tagline }
            if !hero.lines.isEmpty, hero.lines.count + 1 < bodyLineOffset {
                body = (hero.lines + [""]).joined(separator: "\n") + "\n" + body
                bodyLineOffset -= hero.lines.count + 1
            } else if !hero.lines.isEmpty {
                body += "\n\n" + hero.lines.joined(separator: "\n") + "\n"  // more lines than the front-matter's: after the text
            }
        }
        if !title.isEmpty, let rest = InferredTitle.withoutRepeatedTitle(title, in: body) {
            body = rest  // `title: X` then `# X`: one title, not two
        } else if !title.isEmpty, let heading = InferredTitle.leadingTitle(in: body) {
            // `title: X` then `# Y`: the page is headed Y, as Docusaurus and MkDocs show it, and X
            // names it in the menus (unless `nav_title:` does), a folder's page its section, as
            // Docusaurus labels a category; the home page too (`title: Accueil`, `# Bienvenue sur …`:
            // one level-1 heading, not two). See ``sectionsNamedApart(_:)`` for an X many share.
            if frontMatter.navigationTitle == nil { frontMatter.navigationTitle = title }
            (title, body) = heading
        } else if title.isEmpty {
            // As MkDocs, Docusaurus and GitBook read it: the first level-1 heading, else the name.
            if let heading = InferredTitle.firstHeading(in: body) {
                (title, body) = heading
                diagnostics.append(Diagnostic(.contentInferredTitle, "title '\(title)' is the page's first heading",
                    at: SourceLocation(file: display), notes: ["add 'title:' to the front-matter to choose another"]))
            } else if kind == .home {
                title = configuration.title
            } else {
                title = InferredTitle.fromName(
                    kind == .section ? ContentPath(PageURL.sectionFolder(of: path)).fileName
                        : PageURL.isFolderPage(path) ? ContentPath(path.directory).fileName : path.pageStem)
                if kind == .article {
                    diagnostics.append(
                        Diagnostic(.frontMatterMissingTitle, "no title: the page is titled '\(title)' after its file name",
                            at: frontMatter.keyLocations["title"] ?? SourceLocation(file: display),
                            notes: [parts.hasFrontMatter ? "add a line 'title: \"…\"' to the front-matter, or a '# Titre' heading"
                                : "start the file with a '# Titre' heading, or with front-matter: ---, title: \"…\", ---"]))
                }
            }
        }
        if frontMatter.order == nil {  // `5_installer.md`, `05-guide/README.md`: 5th in its folder
            let isFolders = PageURL.isFolderPage(path) || (kind == .article && PageURL.isCategoryIndex(path, style: style))
            let name = kind == .section ? ContentPath(PageURL.sectionFolder(of: path)).fileName
                : isFolders ? ContentPath(path.directory).fileName : path.stem
            frontMatter.order = style.numberPrefix(of: name).number.map(Double.init)
        }
        let isBundle = kind == .article && PageURL.isFolderPage(path)
        let parent = kind == .home ? nil : SitePath(pageComponents: folderSlugs(PageURL.parentFolder(of: path, kind: kind)))
        if var hugo = frontMatter.hugoURL {
            // Hugo's `url: /fr/guide/` on a site published under /fr/ is the page /guide/.
            let base = SiteConfiguration.basePath(of: configuration.baseURL)
            if !base.isEmpty, hugo.hasPrefix(base + "/") { hugo.removeFirst(base.count) }
            if kind == .article && frontMatter.permalink == nil {
                frontMatter.permalink = hugo
            } else if !Self.isOwnAddress(hugo, of: fileURL) {
                frontMatter.aliases.append(hugo)
            }
        }
        if kind != .article, let value = frontMatter.permalink {
            // VuePress writes a folder's address on its README (`/guide/`, or `/data.gouv.fr/` for
            // the folder published at /data-gouv-fr/): nothing to change. Another address (Jekyll's
            // `permalink: /docs/home/` on docs/index.md) redirects to the folder's, as Hugo's `url:` does.
            if !Self.isOwnAddress(value, of: fileURL), let url = permalinkURL(value, in: parent ?? .root, frontMatter, display, &diagnostics) {
                frontMatter.aliases.append(url.rawValue)
            }
            frontMatter.permalink = nil
        }
        let url = frontMatter.permalink.flatMap { permalinkURL($0, in: parent ?? .root, frontMatter, display, &diagnostics) } ?? fileURL
        return Page(
            kind: kind, source: path, displayPath: display, url: url,
            parent: parent,
            frontMatter: frontMatter, title: title, audience: frontMatter.audience,
            body: body, bodyLineOffset: bodyLineOffset,
            bundleDirectory: isBundle ? path.directory : nil, isSynthetic: false)
    }

    /// Whether `value` is the address of the page at `url`, its folder names written as they are
    /// or as their slugs (`/data.gouv.fr/` for /data-gouv-fr/).
    private static func isOwnAddress(_ value: String, of url: SitePath) -> Bool {
        let text = value.trimmingWhitespace
        guard text.unicodeScalars.allSatisfy(Permalink.isAllowed), !text.hasPrefix("//"),
            let path = SitePath.normalizing(text)
        else { return false }
        return PageURL.slugged(path) == url
    }

    /// The URL `permalink:` gives an article in the folder published at `folder` (a section's
    /// alias), or `nil` (with a diagnostic) when it gives none.
    private func permalinkURL(
        _ value: String, in folder: SitePath, _ frontMatter: FrontMatter, _ display: String, _ diagnostics: inout [Diagnostic]
    ) -> SitePath? {
        let location = frontMatter.permalinkLocation ?? SourceLocation(file: display)
        switch Permalink.make(value, folder: folder) {
        case .success(let permalink): return permalink.url
        case .failure(.outside):
            diagnostics.append(Diagnostic(.pathEscapesSite, "permalink '\(value)' points outside the site", at: location,
                notes: ["write an address from the site's root, such as /guide/intro/"]))
        case .failure(.invalid(let why)):
            diagnostics.append(Diagnostic(.frontMatterInvalidValue, "invalid permalink: \(why)", at: location,
                notes: ["the page keeps its file's address"]))
        }
        return nil
    }

    /// A folder's own page (`guide/guide.md`, `guide/index.md`) placed as the folder's Docusaurus
    /// `category` places the folder: at its `position` among its siblings (the page's own
    /// `sidebar_position:` ordered it inside the folder), and reached at the category's
    /// generated-index address too.
    static func place(_ page: inout Page, as category: DocusaurusCategory?) {
        guard let category else { return }
        if let position = category.position { page.frontMatter.order = position }
        if let address = category.indexAddress, !page.frontMatter.aliases.contains(address) { page.frontMatter.aliases.append(address) }
    }

    /// The section of a folder without `_section.md`: titled by the navigation's group of its
    /// pages (a sidebar's category, as Docusaurus shows it), else from its Docusaurus
    /// `_category_.json`, else from its name.
    private func syntheticSection(
        folder: String, path: ContentPath, display: String, category: DocusaurusCategory?, groupTitle: String?
    ) -> Page {
        var fm = FrontMatter()
        let settings = configuration.sections[folder]  // `sections:` in repere.yml first
        fm.title = settings?.title ?? groupTitle ?? category?.label ?? InferredTitle.fromName(ContentPath(folder).fileName)
        fm.order = settings?.order ?? category?.position ?? configuration.addresses.numberPrefix(of: ContentPath(folder).fileName).number.map(Double.init)
        fm.description = settings?.description ?? category?.description
        if let address = category?.indexAddress { fm.aliases = [address] }
        return Page(
            kind: .section, source: path, displayPath: display, url: SitePath(pageComponents: folderSlugs(folder)),
            parent: SitePath(pageComponents: folderSlugs(ContentPath(folder).directory)), frontMatter: fm,
            title: fm.title ?? folder, audience: [], body: "", bodyLineOffset: 0, bundleDirectory: nil, isSynthetic: true)
    }

    private func syntheticHome() -> Page {
        var fm = FrontMatter()
        fm.title = configuration.title
        return Page(
            kind: .home, source: "_index.md", displayPath: displayPrefix + "_index.md", url: .root, parent: nil,
            frontMatter: fm, title: configuration.title, audience: [], body: "", bodyLineOffset: 0,
            bundleDirectory: nil, isSynthetic: true)
    }

    // MARK: - URLs

    private func folderSlugs(_ folder: String) -> [String] { PageURL.folderSlugs(folder, style: configuration.addresses) }

    private func assetURL(_ path: ContentPath) -> SitePath { PageURL.assetURL(of: path) }

    private func duplicateURLs(_ pages: [Page]) -> [Diagnostic] {
        var seen: [SitePath: Page] = [:]  // URL → its first page
        var result: [Diagnostic] = []
        // A section without a page of its own is named by its folder, not a `_section.md` that does not exist.
        func written(_ page: Page) -> String {
            page.isSynthetic ? "the folder '\(ContentPath(page.displayPath).directory)/'" : page.displayPath
        }
        for page in pages {
            if let first = seen[page.url] {
                let byPermalink = page.frontMatter.permalink != nil || first.frontMatter.permalink != nil
                let what = page.isSynthetic && first.isSynthetic ? "folders" : "files"
                result.append(
                    Diagnostic(.contentDuplicateURL, "'\(page.url)' is also the URL of \(written(first))",
                        at: page.frontMatter.permalinkLocation ?? SourceLocation(file: page.isSynthetic ? ContentPath(page.displayPath).directory : page.displayPath),
                        notes: [byPermalink ? "change the 'permalink' of one of the two" : "rename one of the two \(what)"]))
            } else {
                seen[page.url] = page
            }
        }
        return result
    }

    // MARK: - Audiences

    /// Gives pages without an audience their section's, and checks pages only narrow it.
    private func inheritAudiences(_ pages: [Page], diagnostics: inout [Diagnostic]) -> [Page] {
        let known = Set(configuration.audiences.map(\.id))
        // The last page of a URL wins, as duplicates are reported afterwards.
        var indexByURL: [SitePath: Int] = [:]
        for (i, page) in pages.enumerated() { indexByURL[page.url] = i }
        // Without a declared vocabulary, any audience is accepted as its own label.
        for page in pages where !known.isEmpty {
            for id in page.frontMatter.audience where !known.contains(id) {
                diagnostics.append(
                    Diagnostic(.audienceUnknown, "unknown audience '\(id)'", at: page.location(ofKey: "audience"),
                        notes: ["known audiences: \(known.sorted().joined(separator: ", "))"]))
            }
        }
        // Sections first, shallowest first, so a parent's effective audience is known: a
        // parent's URL is a prefix of its child's, so shorter.
        let depthKeys = pages.map { ($0.kind == .section ? 0 : 1, $0.url.rawValue.utf8.count) }
        let order = pages.indices.sorted { (depthKeys[$0].0, depthKeys[$0].1, $0) < (depthKeys[$1].0, depthKeys[$1].1, $1) }
        var result = pages
        for i in order {
            guard let parentURL = pages[i].parent, let p = indexByURL[parentURL], !result[p].audience.isEmpty else { continue }
            let inherited = result[p].audience
            if result[i].audience.isEmpty {
                result[i].audience = inherited
            } else {
                let outside = result[i].audience.filter { !inherited.contains($0) }
                if !outside.isEmpty {
                    diagnostics.append(
                        Diagnostic(.audienceOutsideSection,
                            "audience '\(outside.joined(separator: "', '"))' is not an audience of the section '\(pages[p].title)'",
                            at: pages[i].location(ofKey: "audience")))
                }
            }
        }
        return result
    }
}
