import RepereDiagnostics
import RepereSupport
import Yams

/// The order and the set of published pages given by a navigation file, as GitBook's
/// `SUMMARY.md` and MkDocs' `nav:` give them: pages listed are published in that order (their
/// `order:` when they have none), pages not listed are left out with a warning, and entries
/// naming no file are reported.
public struct Navigation: Hashable, Sendable {
    /// Content paths in reading order.
    public var paths: [ContentPath]
    /// Where each entry is written, for diagnostics.
    var locations: [ContentPath: SourceLocation] = [:]
    /// The navigation file (`SUMMARY.md`), which is not published; `nil` for `nav:`.
    var file: ContentPath?
    /// The titles its groups give folders (GitBook's `## Gérer son produit` over pages all in
    /// `gerer-son-produit/`, MkDocs' `- Rubrique: [ … ]`): a folder without a page of its own is
    /// titled so, accents and all, rather than from its name.
    var groupTitles: [String: String] = [:]
    /// The label each entry gives its page (`* [Quotas & limites](quotas.md)`, `- Quotas: quotas.md`),
    /// which titles a page that has no title of its own, as GitBook and MkDocs title it.
    var labels: [ContentPath: String] = [:]
    /// The page of an entry with entries under it, all in its folder (GitBook 3's chapters:
    /// `* [L'administration](admin/administration.md)` over `admin/`'s pages), by folder: that
    /// folder's page, unless a page of its own is listed.
    var chapters: [String: ContentPath] = [:]

    /// The navigation as diagnostics name it: its file (`SUMMARY.md`), or `the navigation`.
    var name: String { file?.rawValue ?? "the navigation" }

    /// The position of each path.
    func positions() -> [ContentPath: Int] {
        Dictionary(paths.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }

    /// The pages linked from a `SUMMARY.md`-style Markdown list (`* [Titre](dossier/page.md)`),
    /// read from the file's `folder` in the content folder (`fr/` for `fr/SUMMARY.md`), as paths
    /// relative to the content folder; external links and anchors are ignored.
    public static func summary(_ text: String, file: String, folder: String = "") -> Navigation {
        var navigation = Navigation(paths: [])
        var group: (title: String, first: Int)?
        // The entries above the next one, outermost first: their indent, place and label. An entry
        // with entries under it names the folder they all are in (GitBook 3's
        // `* [L'administration](admin/administration.md)` over `admin/`'s pages).
        var parents: [(indent: Int, index: Int, label: String)] = []
        var chapters: [(indent: Int, index: Int, label: String, end: Int)] = []  // closed, to name outermost first
        var lone: [(index: Int, label: String)] = []  // entries with none under them
        // Chapters whose entries are all in the folder of their own page, kept once every entry is
        // read if no entry outside them is in that folder: its page, its entries, then by position.
        var candidates: [(folder: String, page: ContentPath, label: String, range: Range<Int>)] = []
        var groups: [(title: String, range: Range<Int>)] = []  // `## Partie` and the entries under it
        // Entries without a link over entries (docsify's `* Comprendre les DECP`, a GitBook 3
        // chapter without its page): each names a group, as a `## Partie` heading does.
        // A `## Partie` names its folder before them: their groups come after the parts'.
        var labels: [(indent: Int, first: Int, title: String)] = []
        var labelGroups: [(title: String, range: Range<Int>)] = []
        func closeLabels(above indent: Int) {
            while let label = labels.last, label.indent >= indent {
                labels.removeLast()
                if navigation.paths.count > label.first { labelGroups.append((label.title, label.first..<navigation.paths.count)) }
            }
        }
        func closeParents(above indent: Int) {
            while let parent = parents.last, parent.indent >= indent {
                parents.removeLast()
                if navigation.paths.count > parent.index + 1, !parent.label.isEmpty {
                    chapters.append((parent.indent, parent.index, parent.label, navigation.paths.count))
                } else if !parent.label.isEmpty {
                    lone.append((parent.index, parent.label))
                }
            }
        }
        func closeGroup() {
            closeParents(above: 0)
            closeLabels(above: 0)
            for chapter in chapters.enumerated().sorted(by: { ($0.element.indent, $0.offset) < ($1.element.indent, $1.offset) }).map(\.element) {
                let own = navigation.paths[chapter.index]
                let first = own.directory.isEmpty ? chapter.index + 1 : chapter.index  // a page beside its folder is not in it
                if let folder = navigation.folder(titled: chapter.label, of: navigation.paths[first..<chapter.end]), own.directory == folder,
                    !PageURL.isFolderPage(own)
                {
                    candidates.append((folder, own, chapter.label, chapter.index..<chapter.end))
                }
            }
            chapters = []
            if let group { groups.append((group.title, group.first..<navigation.paths.count)) }
        }
        var headings = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") {
                // `## Partie`: the pages up to the next heading are one group; the first heading,
                // of level 1, is the file's own title (`# Summary`, GitBook's `# Table of
                // contents`) and names none; a later one is a part (mdBook's `# Langage`).
                closeGroup()
                headings += 1
                let title = InferredTitle.plainText(String(line.drop { $0 == "#" }))
                group = title.isEmpty || (!line.hasPrefix("##") && headings == 1) ? nil : (title, navigation.paths.count)
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("---") {
                // A separator ends the group above it, as a heading without a title.
                closeGroup()
                group = nil
                continue
            }
            var rest = line.drop { $0 == " " || $0 == "\t" }
            // mdBook's prefix and suffix chapters, a link alone on its line before and after the
            // list (`[Introduction](introduction.md)`): entries at the top, in no part.
            let isBareLink = line.first == "[" && line.trimmingCharacters(in: .whitespaces).hasSuffix(")")
            if isBareLink {
                closeGroup()
                group = nil
            } else {
                guard let bullet = rest.first, "*-+".contains(bullet) else { continue }
                rest = rest.dropFirst().drop { $0 == " " }
            }
            let indent = isBareLink ? 0 : line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            guard rest.first == "[", let close = rest.range(of: "]("), let end = rest[close.upperBound...].firstIndex(of: ")") else {
                let title = InferredTitle.plainText(String(rest))
                guard !title.isEmpty else { continue }
                closeParents(above: indent)
                closeLabels(above: indent)
                labels.append((indent, navigation.paths.count, title))
                continue
            }
            var target = String(rest[close.upperBound..<end]).trimmingCharacters(in: .whitespaces)
            // `[OCR](guides/ocr.md "OCR")`: a link's title is no part of its path.
            if let space = target.firstIndex(of: " "), target.hasSuffix("\"") || target.hasSuffix("'") { target = String(target[..<space]) }
            if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
            if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
            target = target.removingPercentEncodingIfAny
            // `[Accueil](/)`: the home page, which every site has first (Docsify's `_sidebar.md` lists it).
            guard !target.isEmpty, !target.contains("://"), let path = ContentPath.resolving(target, in: folder), !path.rawValue.isEmpty else { continue }
            let column = line.count - line.drop { $0 == " " || $0 == "\t" }.count + 1
            closeParents(above: indent)
            closeLabels(above: indent)
            let before = navigation.paths.count
            navigation.add(path, at: SourceLocation(file: file, line: n + 1, column: column))
            let label = InferredTitle.plainText(String(rest.dropFirst()[..<close.lowerBound]))
            if !label.isEmpty, navigation.labels[path] == nil { navigation.labels[path] = label }
            if navigation.paths.count > before { parents.append((indent, before, label)) }
        }
        closeGroup()
        navigation.nameFolders(of: groups + labelGroups)
        for chapter in candidates where navigation.chapters[chapter.folder] == nil {
            // A folder whose pages are listed under other entries too is no chapter's (a GitBook
            // book listing `cadrer/a.md` under one part and `cadrer/b.md` with children under another).
            let outside = navigation.paths.indices.filter { !chapter.range.contains($0) }.map { navigation.paths[$0].directory }
            guard !outside.contains(where: { $0 == chapter.folder || $0.hasPrefix(chapter.folder + "/") }) else { continue }
            navigation.chapters[chapter.folder] = chapter.page
            if navigation.groupTitles[chapter.folder] == nil { navigation.groupTitles[chapter.folder] = chapter.label }
        }
        // An entry alone in a folder named by a number (mdBook's `- [Les expressions](chap6/expr.md)`),
        // with none under it, is that folder's page, titling it, when nothing else does and no other
        // entry lists a page there or below: « Chap6 » was the folder's title.
        // The entries in each folder, its sub-folders' included: counted once (a flat summary of
        // thousands of entries makes each one lone).
        var entriesBelow: [String: Int] = [:]
        if !lone.isEmpty {
            for path in navigation.paths {
                var folder = path.directory
                while !folder.isEmpty {
                    entriesBelow[folder, default: 0] += 1
                    folder = ContentPath(folder).directory
                }
            }
        }
        for (index, label) in lone {
            let folder = navigation.paths[index].directory
            guard !folder.isEmpty, Self.isNumbered(ContentPath(folder).fileName), navigation.groupTitles[folder] == nil, navigation.chapters[folder] == nil, !PageURL.isFolderPage(navigation.paths[index]),
                entriesBelow[folder] == 1
            else { continue }
            navigation.chapters[folder] = navigation.paths[index]
            navigation.groupTitles[folder] = label
        }
        return navigation
    }

    /// Whether a folder's name is a number, alone or after a word (`chap6`, `chapitre-20`, `07`):
    /// it orders the folder, it does not title it.
    static func isNumbered(_ name: String) -> Bool {
        let letters = name.prefix { $0.isLetter }
        let rest = name.dropFirst(letters.count).drop { $0 == "-" || $0 == "_" }
        return letters.count <= 12 && !rest.isEmpty && rest.allSatisfy(\.isNumber)
    }

    /// Gives each group's title, in order, to a folder of its entries (`range` of ``paths``) unless
    /// another group named it first: the folder named like it (« Gérer son produit » over
    /// `gerer-son-produit/`: its spelling with accents), else the folder holding all its entries,
    /// else the one holding most of them (`annexes/…` under « Annexes », with a page at the top),
    /// as long as no entry of another group is in that folder.
    mutating func nameFolders(of groups: [(title: String, range: Range<Int>)]) {
        let all = paths
        for (title, range) in groups {
            let entries = all[range]
            let owns = { (folder: String) in !all.indices.contains { !range.contains($0) && all[$0].directory.isPath(inOrAt: folder) } }
            // Each entry counts for its folder and every folder above it: most entries, then the top one.
            let ancestors = entries.flatMap { entry in
                sequence(first: entry.directory) { $0.isEmpty ? nil : ContentPath($0).directory }.filter { !$0.isEmpty }
            }
            let byCount = Dictionary(grouping: ancestors, by: { $0 })
                .sorted { ($0.value.count, -$0.key.count, $1.key) > ($1.value.count, -$1.key.count, $0.key) }.map(\.key)
            guard let folder = Self.folder(named: title, among: entries) ?? ([Self.folder(holding: entries)].compactMap(\.self) + byCount).first(where: owns)
            else { continue }
            if groupTitles[folder] == nil { groupTitles[folder] = title }
        }
    }

    /// The folder of `paths` whose name is `title`'s slug.
    private static func folder(named title: String, among paths: ArraySlice<ContentPath>) -> String? {
        let slug = Slug.make(from: title)
        for path in paths {
            var dir = path.directory
            while !dir.isEmpty, Slug.make(from: ContentPath(dir).fileName) != slug { dir = ContentPath(dir).directory }
            if !dir.isEmpty { return dir }
        }
        return nil
    }

    /// The folder holding every one of `paths`, if it is more than the root.
    private static func folder(holding paths: ArraySlice<ContentPath>) -> String? {
        guard let first = paths.first else { return nil }
        var folder = first.directory
        for path in paths.dropFirst() {
            while !folder.isEmpty, !path.directory.isPath(inOrAt: folder) { folder = ContentPath(folder).directory }
        }
        return folder.isEmpty ? nil : folder
    }

    /// The folder of `paths` named like `title`, else the one holding every one of them.
    private func folder(titled title: String, of paths: ArraySlice<ContentPath>) -> String? {
        Self.folder(named: title, among: paths) ?? Self.folder(holding: paths)
    }

    /// The pages of a MkDocs-style `nav:` list: `- page.md`, `- Titre: page.md`,
    /// `- Rubrique: [ … ]`.
    static func list(_ node: Node, reader: inout YAMLReader) -> Navigation {
        var navigation = Navigation(paths: [])
        var groups: [(title: String, range: Range<Int>)] = []
        func walk(_ node: Node) {
            switch node {
            case .scalar(let scalar):
                guard !scalar.string.contains("://") else { return }
                guard let path = ContentPath.resolving(scalar.string, in: "") else {
                    reader.report(Diagnostic(.navMissingPage, "'\(scalar.string)' is in the navigation but leaves the content folder, so it is ignored",
                        at: reader.location(of: node), notes: ["name a page by its path in the content folder"]))
                    return
                }
                navigation.add(path, at: reader.location(of: node))
            case .sequence(let items): items.forEach(walk)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let first = navigation.paths.count
                    walk(value)
                    guard let title = key.string else { continue }
                    if case .sequence = value { groups.append((title, first..<navigation.paths.count)) }
                    if case .scalar = value, navigation.paths.count == first + 1, navigation.labels[navigation.paths[first]] == nil {
                        navigation.labels[navigation.paths[first]] = title
                    }
                }
            case .alias: break
            }
        }
        guard case .sequence = node else {
            reader.report(Diagnostic(.configInvalidValue, "'nav' must be a list of pages", at: reader.location(of: node)))
            return navigation
        }
        walk(node)
        navigation.nameFolders(of: groups)
        return navigation
    }

    /// `files` without the Markdown pages the navigation does not list (each reported) unless
    /// `unlisted` is `.publish`, and without the navigation file; sections' pages and other files
    /// stay. Entries naming no file are reported too.
    func filtered(
        _ files: [ContentPath], unlisted: UnlistedPages = .leaveOut, displayPrefix: String, diagnostics: inout [Diagnostic]
    ) -> [ContentPath] {
        let listed = Set(paths), present = Set(files)
        for path in paths where !present.contains(path) && !present.contains(ContentPath(path.rawValue + "/README.md"))
            && !present.contains(ContentPath(path.rawValue + "/index.md"))
        {
            diagnostics.append(Diagnostic(.navMissingPage, "'\(path)' is in the navigation but does not exist", at: locations[path]))
        }
        // Folders holding a listed page: their own pages (README.md, index.md, _section.md) stay.
        var listedFolders: Set<String> = []
        for path in listed {
            var dir = path.directory
            while !dir.isEmpty, listedFolders.insert(dir).inserted { dir = ContentPath(dir).directory }
        }
        return files.filter { path in
            guard path.isMarkdown, path != file else { return path != file }
            if unlisted == .publish || listed.contains(path) || PageURL.isSectionFile(path) || PageURL.kind(of: path) == .home { return true }
            // …unless a chapter's page is the folder's (an unlisted README.md, often empty, in GitBook 3 books).
            if PageURL.isFolderPage(path), listedFolders.contains(path.directory), chapters[path.directory] == nil { return true }
            diagnostics.append(Diagnostic(.navUnlistedPage, "'\(path)' is not in \(name): it is not published",
                at: SourceLocation(file: displayPrefix + path.rawValue), notes: ["add it to \(name), or list it in 'exclude:'"]))
            return false
        }
    }

    /// `pages` with the navigation's order as their `order:` when they have none; a section
    /// without a place of its own takes its first listed page's. When `unlisted` is `.publish`,
    /// as a Docusaurus sidebar wins over `sidebar_position:`, the list's place wins over `order:`,
    /// and pages it does not place come after those it does, in their own order.
    func ordered(_ pages: [Page], unlisted: UnlistedPages = .leaveOut) -> [Page] {
        let position = positions()
        var folderPosition: [String: Int] = [:]
        for (path, n) in position {
            var dir = path.directory
            while !dir.isEmpty {
                folderPosition[dir] = min(folderPosition[dir] ?? .max, n)
                dir = ContentPath(dir).directory
            }
        }
        return pages.map { page in
            let listFirst = unlisted == .publish
            guard page.frontMatter.order == nil || listFirst else { return page }
            var page = page
            if let n = position[page.source] {
                page.frontMatter.order = Double(n)
            } else if page.kind == .section, let n = folderPosition[page.source.directory] {
                page.frontMatter.order = Double(n)
            } else if listFirst, let own = page.frontMatter.order {
                page.frontMatter.order = Double(paths.count) + max(own, 0)
            }
            return page
        }
    }

    /// The navigation with each page that has a French translation (`faq.md`) replaced by that
    /// translation (`faq.fr.md`), which is published instead.
    func translated(_ translations: [ContentPath: ContentPath]) -> Navigation {
        guard !translations.isEmpty else { return self }
        var navigation = self
        let french = { (path: ContentPath) in translations[path] ?? path }
        navigation.paths = paths.map(french)
        navigation.locations = Dictionary(locations.map { (french($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        navigation.labels = Dictionary(labels.map { (french($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        navigation.chapters = chapters.mapValues(french)
        return navigation
    }

    private mutating func add(_ path: ContentPath, at location: SourceLocation) {
        guard locations[path] == nil else { return }
        paths.append(path)
        locations[path] = location
    }
}

/// What becomes of the pages a navigation does not list (`nav_unlisted` in `repere.yml`).
public enum UnlistedPages: String, Hashable, Sendable, CaseIterable {
    /// Not published, each with a warning (GitBook's `SUMMARY.md`, MkDocs' `nav:`).
    case leaveOut = "leave-out"
    /// Published after the listed pages, whose places win over their `order:` (Docusaurus' and
    /// VuePress' sidebars).
    case publish
}

extension String {
    fileprivate var removingPercentEncodingIfAny: String {
        contains("%") ? (removingPercentEncoding ?? self) : self
    }
}
