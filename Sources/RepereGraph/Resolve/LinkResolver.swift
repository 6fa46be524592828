import Foundation
import RepereContent
import RepereDiagnostics
import RepereMarkdown
import RepereSupport

/// The resolve stage: turns every relative `.md` link, site path and image into the URL it
/// designates, with one hash lookup per link (no file system access).
///
/// Forms understood: `page.md`, `./page.md`, `../section/page.md#anchor`, `folder/index.md`,
/// a section's `_section.md` or its folder, URL-encoded names, absolute site paths
/// (`/section/page/`), and same-page anchors (`#etape-2`). Links with a scheme (`https:`,
/// `mailto:`) are left as they are.
public struct LinkResolver: Sendable {
    /// The path of the base URL, without its final slash (`""` or `/aide`).
    public var basePath: String

    /// The time zone of events that give none (`timezone` in repere.yml).
    public var defaultTimeZone = "Europe/Paris"

    /// The old addresses `redirects:` in repere.yml leads to pages.
    public var configuredRedirects: [ConfiguredRedirect] = []

    /// How file names became addresses: with `docusaurus`, a relative link that names no file is
    /// read as Docusaurus' pages read it, as an address from the page's folder first
    /// (`integrations` for `5_integrations.md` published at `integrations/`).
    public var addressStyle = AddressStyle.repere

    /// How a relative link that names no file is read: with `addresses`, as an address from the
    /// page's own too (``address(_:from:index:)``).
    public var relativeLinks = RelativeLinks.files
    /// The addresses the pages' former tool gave them, redirected to theirs (`former_addresses`).
    public var formerAddresses = FormerAddresses.none

    /// The files not published, and why: Markdown files the navigation leaves out, files that would run code (``RepereContent/LoadedContent/leftOut``).
    public var leftOut: [ContentPath: String] = [:]

    /// The static folders (`static_dir`) by their paths in the project
    /// (``RepereContent/SiteConfiguration/staticFolders``), whose files pages name as
    /// `@site/static/…` or `../static/…`.
    public var staticFolders: [String] = []

    public init(basePath: String) { self.basePath = basePath }

    public func resolve(_ pages: [ParsedPage], drafts: [Page], assets: [Asset]) -> ResolvedSite {
        let index = Index(pages: pages, drafts: drafts, assets: assets, findsByName: relativeLinks == .names)
        let perPage = Array(pages.indices).parallelMap { from in
            let parsed = pages[from]
            var resolved = resolveLinks(of: parsed, at: from, index: index)
            let related = explicitRelated(of: parsed.page, index: index, diagnostics: &resolved.diagnostics)
            let path = resolveSteps(of: parsed.page, at: from, index: index, diagnostics: &resolved.diagnostics)
            // A path's steps are its links: the steps' pages are reached from it.
            for step in path?.steps ?? [] {
                resolved.links.append(LinkGraph.Link(from: from, to: step.page, location: parsed.page.location(ofKey: "steps")))
            }
            let event = resolveEvent(of: parsed.page, at: from, index: index, diagnostics: &resolved.diagnostics)
            if let replay = event?.replayPage {
                resolved.links.append(LinkGraph.Link(from: from, to: replay, location: parsed.page.location(ofKey: "replay")))
            }
            return (resolved, related, path, event)
        }
        let links = perPage.flatMap(\.0.links)
        let diagnostics = perPage.flatMap(\.0.diagnostics)
        let rewrites = perPage.map(\.0.rewrites)
        let titles = perPage.map(\.0.titles)
        let related = perPage.map(\.1)
        let paths = perPage.compactMap(\.2)
        let events = perPage.compactMap(\.3)
        let (redirects, aliasProblems) = self.redirects(pages.map(\.page), index: index)
        let used = Set(perPage.flatMap(\.0.files)).union(pages.flatMap { $0.page.video?.fileURLs ?? [] })
        let uploads = assets.filter { ContentPath.isGitBookUpload($0.source.rawValue) }.map(\.url)
        return ResolvedSite(
            pages: pages, rewrites: rewrites, linkTitles: titles, redirects: redirects, assets: assets, unusedUploads: Set(uploads).subtracting(used),
            graph: LinkGraph(pageCount: pages.count, links: links, explicitRelated: related), paths: paths,
            events: events, diagnostics: diagnostics + aliasProblems)
    }

    /// One page's links and images resolved against the site's `index`.
    package struct PageLinks: Sendable {
        /// Destinations as written → URLs to emit.
        package var rewrites: [String: String] = [:]
        /// Destinations of links whose text only names their file → the title of their page.
        package var titles: [String: String] = [:]
        /// Its links to pages.
        package var links: [LinkGraph.Link] = []
        /// The files it shows or links to.
        package var files: [SitePath] = []
        package var diagnostics: [Diagnostic] = []
    }

    /// Resolves every link and image of `parsed`, the page at `from` in the site.
    package func resolveLinks(of parsed: ParsedPage, at from: Int, index: Index) -> PageLinks {
        var result = PageLinks()
        var ownAnchors: AnchorTable?  // made at the first link with a fragment
        for reference in parsed.document.references {
            if ownAnchors == nil && reference.destination.utf8.contains(UInt8(ascii: "#")) {
                ownAnchors = AnchorTable(parsed.document.headings, title: parsed.page.title, marked: parsed.document.linkableAnchors)
            }
            let location = parsed.page.location(line: reference.position.line, column: reference.position.column)
            switch resolve(
                reference.destination, isImage: reference.kind == .image, in: parsed, ownAnchors: ownAnchors, index: index, at: location)
            {
            case .external: break
            case .resolved(let href, let target):
                result.rewrites[reference.destination] = href
                if let climbing = Self.climbsAboveContent(reference.destination, from: parsed.page),
                    case let path = Self.decoded(String(reference.destination.prefix { $0 != "#" && $0 != "?" })),
                    staticFile(path, in: parsed.page.bundleDirectory ?? parsed.page.source.directory, of: parsed.page) == nil,
                    address(path, from: parsed.page, index: index) == nil
                {
                    result.diagnostics.append(
                        Diagnostic(.linkAboveContent, "'\(reference.destination)' climbs above the content folder: read as '\(climbing)'", at: location,
                            notes: ["remove the extra '../' (GitBook and browsers stop at the top folder; other tools do not)"]))
                }
                switch target {
                case .page(let to) where reference.kind == .link:
                    result.links.append(LinkGraph.Link(from: from, to: to, location: location))
                    if Link.namesFile(reference.text, destination: reference.destination) {
                        result.titles[reference.destination] = index.pages[to].page.title
                    } else if let hash = reference.destination.firstIndex(of: "#"), Link.namesAnchor(reference.text, destination: reference.destination),
                        let anchor = index.anchors[to].anchor(String(reference.destination[reference.destination.index(after: hash)...])),
                        let heading = index.pages[to].document.headings.first(where: { $0.anchor == anchor })
                    {
                        result.titles[reference.destination] = heading.text  // GitBook's mention of a heading shows its text
                    }
                case .asset(let url): result.files.append(url)
                case .page: break
                }
            case .problem(let diagnostic):
                result.diagnostics.append(diagnostic)
                // A missing anchor still leads to its page (the error lowered, the link works but for its place).
                if diagnostic.id == DiagnosticKind.linkMissingAnchor.id, let hash = reference.destination.firstIndex(of: "#"),
                    case .resolved(let href, .page) = resolve(
                        String(reference.destination[..<hash]), isImage: false, in: parsed, ownAnchors: ownAnchors, index: index, at: location)
                {
                    result.rewrites[reference.destination] = href + reference.destination[hash...]
                }
            }
        }
        return result
    }

    /// The file a relative `destination` of `page` finds once its `..` too many are left out, when
    /// it has some (`../../.gitbook/assets/a.png` one folder down).
    static func climbsAboveContent(_ destination: String, from page: Page) -> ContentPath? {
        guard destination.contains(".."), !destination.hasPrefix("/"), !hasScheme(destination) else { return nil }
        let folder = page.bundleDirectory ?? page.source.directory
        // Only more `..` than the folder is deep can climb above it (`../a.md` from `guide/` cannot);
        // a percent-encoded path is decoded first.
        let written = destination.prefix { $0 != "#" && $0 != "?" }
        let depth = folder.isEmpty ? 0 : folder.utf8.count(where: { $0 == UInt8(ascii: "/") }) + 1
        guard written.contains("%") || written.split(separator: "/").count(where: { $0 == ".." }) > depth else { return nil }
        let path = Self.decoded(String(written))
        return ContentPath.resolving(path, in: folder) == nil ? ContentPath.resolving(path, in: folder, clamping: true) : nil
    }

    /// The pages named in front-matter `related:`, resolved like links.
    private func explicitRelated(of page: Page, index: Index, diagnostics: inout [Diagnostic]) -> [Int] {
        let parsed = ParsedPage(page: page, document: MarkdownDocument(blocks: [], headings: [], references: [], rawHTML: []))
        return page.frontMatter.related.compactMap { path in
            switch resolve(path, isImage: false, in: parsed, index: index, at: page.location(ofKey: "related")) {
            case .resolved(_, .page(let i)): return i
            case .problem(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            default:
                diagnostics.append(Diagnostic(.linkBroken, "related page '\(path)' is not a page", at: page.location(ofKey: "related")))
                return nil
            }
        }
    }

    // MARK: - Links

    package enum Outcome {
        case external
        case resolved(String, Index.Target)
        case problem(Diagnostic)
    }

    /// Whether an `aliases:` entry is a name (`Nettoyage HTML`: Obsidian's other names for a note),
    /// not an address: a space, and no `/` first.
    static func isName(_ alias: String) -> Bool {
        alias.contains(" ") && !alias.hasPrefix("/") && !alias.contains("://")
    }

    /// Resolves one destination written in `parsed` at `location`; `ownAnchors` are the anchors
    /// of `parsed` (made from its headings when not given).
    package func resolve(
        _ destination: String, isImage: Bool, in parsed: ParsedPage, ownAnchors: AnchorTable? = nil, index: Index,
        at location: SourceLocation
    ) -> Outcome {
        let page = parsed.page
        if destination.hasPrefix(WikiLinks.marker) {
            // A wiki link's name (`[[Créer un compte#Étape 2]]`): the page or file so named, the nearest.
            let written = Self.decoded(String(destination.dropFirst(WikiLinks.marker.count)))
            let name = written.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            guard let file = index.file(named: name, near: page.source.directory) else {
                return .problem(isImage
                    ? Diagnostic(.imageMissing, "image '\(name)' does not exist: no file of the content folder is named so", at: location)
                    : Diagnostic(.linkBroken, "link target '\(name)' does not exist: no page or file of the content folder is named so", at: location,
                        notes: ["a wiki link `[[Page]]` names a page by its file's name, `Page.md`, in any folder"]))
            }
            // `Page#Partie#Sous-partie` (Obsidian's path of headings): the last one.
            let fragment = written.dropFirst(name.count + 1).split(separator: "#").last ?? ""
            guard let target = index.target(writtenAs: file) else { return .external }  // found among them: always one
            return outcome(of: target, fragment: fragment.isEmpty ? nil : String(fragment), in: parsed, ownAnchors: ownAnchors, index: index, at: location)
        }
        if destination.hasPrefix(ForeignContainers.hugoReference) {
            // Hugo's `ref "guide/page.md"`: beside the page, else from the content folder.
            var path = Substring(destination)
            while path.hasPrefix(ForeignContainers.hugoReference) { path = path.dropFirst(ForeignContainers.hugoReference.count) }
            let beside = resolve(String(path), isImage: isImage, in: parsed, ownAnchors: ownAnchors, index: index, at: location)
            switch beside {
            case .external:
                // As written (`#install`, an address): no marker left in the page.
                return .resolved(String(path), .asset(page.url))
            case .problem where !path.hasPrefix("/") && !path.isEmpty:
                guard case .resolved(let url, let target) = resolve("/" + path, isImage: isImage, in: parsed, ownAnchors: ownAnchors, index: index, at: location)
                else { return beside }
                return .resolved(url, target)
            default:
                return beside
            }
        }
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") { return .external }

        // Split `path?query#fragment` on bytes: '#' and '?' are ASCII, so UTF-8 indexes are safe.
        let bytes = destination.utf8
        var pathEnd = bytes.endIndex
        var fragment: String?
        if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
            // An empty fragment (`[haut](#)`, a placeholder) is the top of the page.
            fragment = Self.decoded(String(destination[bytes.index(after: hash)...]))
            if fragment?.isEmpty == true { fragment = nil }
            pathEnd = hash
        }
        var anchorInQuery = false
        if let query = bytes[..<pathEnd].firstIndex(of: UInt8(ascii: "?")) {
            // docsify's heading links, `guide?id=etape-2`, `?id=etape-2`: the anchor.
            if fragment == nil, let id = destination[bytes.index(after: query)..<pathEnd].split(separator: "&").first(where: { $0.hasPrefix("id=") }),
                id.count > 3, !destination[..<query].hasSuffix(".html") || destination[..<query].isEmpty
            {
                fragment = Self.decoded(String(id.dropFirst(3)))
                anchorInQuery = true
            }
            pathEnd = query
        }
        let path = Self.decoded(String(destination[..<pathEnd]))

        // Same-page anchor.
        if path.isEmpty {
            guard let fragment else { return .external }
            let anchors = ownAnchors ?? AnchorTable(parsed.document.headings, title: page.title, marked: parsed.document.linkableAnchors)
            guard let anchor = anchors.anchor(fragment) else {
                if anchors.designatesTitle(fragment) { return .resolved(basePath + page.url.rawValue, .asset(page.url)) }
                if anchorInQuery { return .external }  // `?id=42`, no heading's: as written, as before
                return .problem(missingAnchor(fragment, in: page.title, anchors: anchors, at: location))
            }
            return anchor == fragment && !anchorInQuery ? .external : .resolved("#" + anchor, .asset(page.url))
        }

        let target: Index.Target?
        if let file = projectFile(path, of: page) {
            target = index.target(writtenAs: file)
            if target == nil {
                return .problem(notFound(destination, resolved: file, from: page, isImage: isImage, index: index, at: location))
            }
        } else if path.hasPrefix("/") {
            // `/guide/intro.html`, as VuePress writes addresses, is the page `/guide/intro/`;
            // `/data.gouv.fr/` or `/iaas_vmware/iaas_vmware`, an address under the files' own
            // names (not a file's: its last part has no dot), the page their slugs give;
            // `/guide/intro.md`, as Docusaurus reads it, and `/guide/intro` when no page is at that
            // address (Hugo's `ref`, a page moved by its `url:`), the file from the content folder's root;
            // and `/aide/guide/` on a site published under `/aide/`, the page `/guide/`.
            // A site in French under `/fr/docs/` is linked as `/docs/…` from the other language's pages
            // too; a Docusaurus site under `/cours/` publishes its static files at `/cours/fichiers/…`.
            let base = index.bySitePath[SitePath.normalizing(path) ?? .root] != nil || basePath.isEmpty ? nil
                : sitePrefixes.first { path.hasPrefix($0 + "/") }
            let path = base.map { String(path.dropFirst($0.count)) } ?? path
            let written = SitePath.normalizing(path)
            let file = ContentPath(String(path.dropFirst()))
            let byAddress: Index.Target? = written.flatMap { index.bySitePath[$0] }
                ?? (path.hasSuffix(".html") ? (try? Permalink.make(path, folder: .root).get()).flatMap { index.bySitePath[$0.url] } : nil)
                ?? written.flatMap { $0.rawValue.hasSuffix("/") ? index.bySitePath[PageURL.slugged($0)] ?? index.byFileAddress[PageURL.slugged($0)] : nil }
                ?? written.flatMap { index.byAlias[$0] }
            target = byAddress
                // A page's file from the content folder, with or without `.md`; another file's
                // path too (`/assets/CKAN/b.png`, published at `/assets/ckan/b.png`, as GitBook,
                // MkDocs, Hugo and Jekyll publish it there), but on a Docusaurus site, which does not.
                ?? contentFile(file, index: index)
                // `/en/guide/images/a.png`, as a Hugo site in several languages publishes a
                // bundle's files under each language: the file `guide/images/a.png`.
                ?? Self.withoutLanguage(file).flatMap { contentFile($0, index: index) }
                // `/fr/`, the French home of a site in several languages (a Starlight site's French
                // pages link it): the home page. Another folder of two letters (`/ui/`) is no home.
                ?? (Self.isFrenchHome(file.rawValue) ? index.bySitePath[.root] : nil)
                // `/fr/img/logo.png`, as a Docusaurus site in several languages publishes its static
                // files under each: the file at `/img/logo.png`.
                ?? Self.withoutLanguage(file).flatMap { SitePath.normalizing("/" + $0.rawValue) }.flatMap { index.bySitePath[$0] }
                    .flatMap { if case .asset = $0 { $0 } else { nil } }
                // `/docs/guide/intro.md`, as Docusaurus reads it: from the project, whose `docs/` is the content.
                ?? (addressStyle == .docusaurus && file.isMarkdown && file.rawValue.hasPrefix("docs/")
                    ? index.target(writtenAs: ContentPath(String(file.rawValue.dropFirst(5)))) : nil)
        } else {
            let folder = page.bundleDirectory ?? page.source.directory
            if let file = staticFile(path, in: folder, of: page) {
                // `../../static/img/a.png`: a file of the static folder, published at the site's root.
                guard case .asset(let url)? = index.byContentPath[file] else {
                    return .problem(notFound(destination, resolved: file, from: page, isImage: isImage, index: index, at: location))
                }
                return .resolved(basePath + url.percentEncoded, .asset(url))
            }
            let inFolder = ContentPath.resolving(path, in: folder)
            let isInFolder = inFolder.flatMap({ index.target(writtenAs: $0) }) != nil
            if relativeLinks == .addresses, path == "." || path == "./", let own = index.bySitePath[page.url] {
                // `./#titre` on a site that published each page as a folder: the page's own address.
                target = own
            } else if !isInFolder, addressStyle == .docusaurus, ContentPath(path).isMarkdown,
                let found = ContentPath.resolving(path, in: "").flatMap({ index.target(writtenAs: $0) })
            {
                // `guide/intro.md` naming no file beside the page: Docusaurus then reads it from `docs/`.
                target = found
            } else if !isInFolder, let addressed = address(path, from: page, index: index) {
                target = addressed
            } else {
                // One `..` too many, as GitBook and browsers forgive it, finds a file from the content
                // folder (`resolveLinks` says so); nothing outside the folder is ever read.
                guard let resolved = inFolder
                    ?? ContentPath.resolving(path, in: folder, clamping: true).flatMap({ index.target(writtenAs: $0) != nil ? $0 : nil })
                else {
                    return .problem(
                        Diagnostic(.pathEscapesContent, "'\(destination)' points outside the content folder", at: location))
                }
                if let draft = index.drafts[resolved] {
                    return .problem(
                        Diagnostic(.linkToDraft, "'\(destination)' links to the draft '\(draft.title)', which is not published", at: location,
                            notes: ["publish the page, or remove the link"]))
                }
                // With `relative_links: names`, `Glossaire.md` beside no such file: the page of that
                // name in another folder, as Obsidian finds it (its vaults and their exports link so).
                target = index.target(writtenAs: resolved)
                    ?? (relativeLinks != .names || path.contains("/") || !ContentPath(path).isMarkdown ? nil
                        : index.file(named: path, near: folder).flatMap(index.target(writtenAs:)))
                if target == nil {
                    return .problem(notFound(destination, resolved: resolved, from: page, isImage: isImage, index: index, at: location))
                }
            }
        }
        guard let target else {
            // A file left out (`/script-api/a.html`, which would run code on the site): said so.
            let file = ContentPath(String(path.drop { $0 == "/" }))
            if path.hasPrefix("/"), leftOut[file] != nil || leftOut[ContentPath(file.rawValue + ".md")] != nil {
                return .problem(notFound(destination, resolved: file, from: page, isImage: isImage, index: index, at: location))
            }
            return .problem(
                isImage
                    ? Diagnostic(.imageMissing, "image '\(destination)' does not exist", at: location)
                    : Diagnostic(.linkBroken, "link target '\(destination)' does not exist", at: location,
                        notes: path.hasPrefix("/broken/pages/") ? [Self.gitBookDeletedPage] : []))
        }
        let found = outcome(of: target, fragment: fragment, in: parsed, ownAnchors: ownAnchors, index: index, at: location)
        // `page?id=42` on a site that is no docsify one: an id naming no heading is the page's query, as before.
        if anchorInQuery, case .problem = found { return outcome(of: target, fragment: nil, in: parsed, ownAnchors: ownAnchors, index: index, at: location) }
        return found
    }

    /// The address of `target`, with the anchor `fragment` designates on it, written in `parsed`.
    private func outcome(
        of target: Index.Target, fragment: String?, in parsed: ParsedPage, ownAnchors: AnchorTable?, index: Index, at location: SourceLocation
    ) -> Outcome {
        let page = parsed.page
        switch target {
        case .asset(let url):
            return .resolved(basePath + url.percentEncoded, target)
        case .page(let i):
            // A page's links to itself see its own headings (an edited page's new ones).
            let isSelf = index.pages[i].page.source == page.source
            let targetPage = isSelf ? parsed : index.pages[i]
            guard let fragment else { return .resolved(basePath + targetPage.page.url.rawValue, target) }
            let anchors = isSelf ? ownAnchors ?? AnchorTable(parsed.document.headings, title: page.title, marked: parsed.document.linkableAnchors) : index.anchors[i]
            guard let anchor = anchors.anchor(fragment) else {
                if anchors.designatesTitle(fragment) { return .resolved(basePath + targetPage.page.url.rawValue, target) }
                return .problem(missingAnchor(fragment, in: targetPage.page.title, anchors: anchors, at: location))
            }
            return .resolved(basePath + targetPage.page.url.rawValue + "#" + anchor, target)
        }
    }

    /// The page at the address a relative `path` (no Markdown file's) names from `page`'s
    /// address, as a browser reads it on the site it was written for, when it names nothing from
    /// the page's folder: Jekyll, Hugo and MkDocs publish each page as a folder, so `../b/` from
    /// `docs/a.md` (at `/docs/a/`) is `/docs/b/`; a Docusaurus page without a final `/` reads it
    /// from its folder first (`../api/rest` from `/dev/integrations`: `/api/rest/`), the folder its
    /// address names first (`./contractual/sla` from `slug: /contracts`: `/contractual/sla/`; an
    /// image `img/logo.png` there: the static folder's `/img/logo.png`, as VitePress' components
    /// name its public files). Written as is or with the files' own names (`../Entite`, `/entite/`).
    private func address(_ path: String, from page: Page, index: Index) -> Index.Target? {
        guard addressStyle == .docusaurus || relativeLinks == .addresses, !path.hasSuffix(".md"), !path.hasSuffix(".mdx") else { return nil }
        // Each part names something: `!!!`, `-` or `%20` slug to nothing, and would lead to the page's own folder.
        guard path.split(separator: "/").allSatisfy({ $0 == "." || $0 == ".." || !Slug.make(from: String($0)).isEmpty }) else { return nil }
        let addressFolder = SitePath(pageComponents: page.url.rawValue.split(separator: "/").dropLast().map(String.init))
        let bases = addressStyle == .docusaurus ? [addressFolder, page.parent ?? .root, page.url] : [page.url, page.parent ?? .root]
        if ContentPath(path).fileName.contains(".") {
            // A file: at the address as written.
            return bases.lazy.compactMap { base in
                SitePath.normalizing(base.rawValue + path).flatMap { index.bySitePath[$0] }.flatMap { if case .asset = $0 { $0 } else { nil } }
            }.first
        }
        for base in bases {
            guard let written = SitePath.normalizing(base.rawValue + path + (path.hasSuffix("/") ? "" : "/")),
                let target = index.bySitePath[written] ?? index.bySitePath[PageURL.slugged(written)], case .page = target
            else { continue }
            return target
        }
        return nil
    }

    /// The file that Docusaurus' `@site/docs/images/capture.png` (a path from the project's
    /// folder) designates when it lies in the content folder, as `page`'s file does, or in the
    /// static folder (`@site/static/img/a.png`, listed as `.static/img/a.png`).
    func projectFile(_ path: String, of page: Page) -> ContentPath? {
        guard path.hasPrefix("@site/"), let contentFolder = Self.contentFolder(of: page) else { return nil }
        let fromProject = String(path.dropFirst("@site/".count))
        return staticListing(fromProject) ?? fromProject.droppingPathPrefix(contentFolder).map { ContentPath($0) }
    }

    /// The static folder's file that a relative `path` written in `folder` of `page` names once it
    /// climbs out of the content folder (`../../static/img/a.png` from `docs/guide/`); `nil` when it
    /// stays in the content folder, leaves the project or lands elsewhere in it.
    func staticFile(_ path: String, in folder: String, of page: Page) -> ContentPath? {
        guard !staticFolders.isEmpty, path.contains(".."), ContentPath.resolving(path, in: folder) == nil,
            let contentFolder = Self.contentFolder(of: page),
            let fromProject = ContentPath.resolving(path, in: contentFolder + folder)
        else { return nil }
        return staticListing(fromProject.rawValue)
    }

    /// The listing of a static folder's file at `fromProject`, a path from the project's folder.
    private func staticListing(_ fromProject: String) -> ContentPath? {
        guard SiteSource.split(fromProject, among: staticFolders) != nil else { return nil }
        return ContentPath(SiteSource.staticFolder + "/" + fromProject)
    }

    /// The content folder's path in the project, as `page`'s displayed path shows it (`docs/`,
    /// empty when the content folder is the project).
    private static func contentFolder(of page: Page) -> String? {
        guard page.displayPath.hasSuffix(page.source.rawValue) else { return nil }
        let folder = Self.folder(String(page.displayPath.dropLast(page.source.rawValue.count)))
        return folder.isEmpty ? "" : folder + "/"
    }

    /// A folder of the project as written in `repere.yml`, without `./` and final `/`.
    private static func folder(_ written: String) -> String {
        ContentPath.resolving(written, in: "")?.rawValue ?? ""
    }

    /// What `file`, a path from the content folder, reaches: a page's file, with or without `.md`,
    /// or another file, but on a Docusaurus site, which does not publish it at that path.
    private func contentFile(_ file: ContentPath, index: Index) -> Index.Target? {
        index.target(writtenAs: file).flatMap { target in
            if case .page = target { target } else { file.isMarkdown || addressStyle != .docusaurus ? target : nil }
        }
    }

    /// The prefixes an address of the site may start with, longest first: the site's path
    /// (`/fr/docs`), without its language (`/docs`), and its folders (`/fr`); on a Docusaurus
    /// site, also without its `baseUrl` (`/docs` of `/essai/docs`: Docusaurus adds `baseUrl` to an
    /// address written `/docs/aide`).
    var sitePrefixes: [String] {
        guard !basePath.isEmpty else { return [] }
        let parts = basePath.split(separator: "/")
        let ancestors = (1..<max(1, parts.count)).reversed().map { "/" + parts.prefix($0).joined(separator: "/") }
        let withoutLanguage = Self.withoutLanguage(ContentPath(String(basePath.dropFirst()))).map { ["/" + $0.rawValue] } ?? []
        let withoutBase = addressStyle == .docusaurus ? (1..<max(1, parts.count)).map { "/" + parts.dropFirst($0).joined(separator: "/") } : []
        var seen: Set<String> = []
        return ([basePath] + withoutLanguage + withoutBase + ancestors).filter { seen.insert($0).inserted }
    }

    /// `file` without a first folder that is a language's code (`en/`, `fr/`, `pt-br/`), when it
    /// has one and more after it.
    static func withoutLanguage(_ file: ContentPath) -> ContentPath? {
        guard let slash = file.rawValue.firstIndex(of: "/"), isLanguageCode(file.rawValue[..<slash]) else { return nil }
        let rest = file.rawValue[file.rawValue.index(after: slash)...]
        return rest.isEmpty ? nil : ContentPath(String(rest))
    }

    /// Whether `path` (from the site's root, without its first `/`) is `fr/`, `fr`, `fr-ca/`: a French home.
    static func isFrenchHome(_ path: String) -> Bool {
        let code = path.hasSuffix("/") ? path.dropLast() : Substring(path)
        return code.hasPrefix("fr") && isLanguageCode(code)
    }

    /// Whether `name` is a language's code, as sites in several languages name their folders (`fr`, `pt-br`).
    static func isLanguageCode(_ name: some StringProtocol) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    /// The site anchor a fragment designates: a heading anchor as Repère writes it, as the Git
    /// forge writes it (GitHub keeps accents: `#étape-2--valider`), or as GitBook and other tools
    /// do (``AnchorTable/anchor(_:)``), so links that work elsewhere work on the site too.
    package static func anchor(_ fragment: String, in headings: [Heading]) -> String? {
        AnchorTable(headings).anchor(fragment)
    }

    /// Why `destination` (the content path `resolved`) leads nowhere: a file in a hidden folder
    /// (which is never published), or a broken link with the closest page of its folder.
    private static let gitBookDeletedPage = "GitBook writes this address for a link to a page that was deleted"

    private func notFound(
        _ destination: String, resolved: ContentPath, from page: Page, isImage: Bool, index: Index, at location: SourceLocation
    ) -> Diagnostic {
        let what = isImage ? "image" : "link target"
        let kind: DiagnosticKind = isImage ? .imageMissing : .linkBroken
        if let why = leftOut[resolved] ?? leftOut[ContentPath(resolved.rawValue + ".md")] {
            // A file that would run code on the site (`content.active-file`), one `exclude` names,
            // or a page the navigation leaves out.
            if why == ContentLoader.excludedReason {
                return Diagnostic(kind, "\(what) '\(destination)' \(why)", at: location, notes: ["take it out of 'exclude', or remove the link"])
            }
            guard !why.hasPrefix("is not published") else {
                return Diagnostic(kind, "\(what) '\(destination)' \(why)", at: location,
                    notes: ["link to the file where it is published, or remove the link"])
            }
            return Diagnostic(kind, "\(what) '\(destination)' \(why), which leaves it unpublished", at: location,
                notes: ["add the page to the navigation, or remove the link"])
        }
        let isStatic = SiteSource.staticFile(resolved) != nil
        if let upload = Self.gitBookUpload(misplacedAt: resolved), index.byContentPath[upload] != nil {
            // `../../.gitbook/assets/a.png` one folder short: the upload at the top, where GitBook keeps them.
            let folder = page.bundleDirectory ?? page.source.directory
            let ups = folder.isEmpty ? "" : String(repeating: "../", count: folder.split(separator: "/").count)
            return Diagnostic(kind, "\(what) '\(destination)' does not exist", at: location,
                notes: ["did you mean '\(ups + upload.rawValue)'? GitBook's uploads are in '\(ContentPath.gitBookAssets)/' at the top"])
        }
        if !isStatic, let hidden = ContentPath.hiddenPart(resolved.rawValue) {
            let (why, fix) =
                hidden != resolved.rawValue
                ? ("is in the hidden folder '\(hidden)'", "move the file out of '\(hidden)', and the link with it")
                : resolved.fileName.hasPrefix(".") || !ContentPath.isGitBookUpload(resolved.rawValue)
                    ? ("is a hidden file", "rename the file without its leading '.', and the link with it")
                    : ("is a page in GitBook's uploads folder", "move the page out of '\(ContentPath.gitBookAssets)', and the link with it")
            return Diagnostic(kind, "\(what) '\(destination)' \(why), which is not published", at: location, notes: [fix])
        }
        let folder = resolved.directory
        let stem = resolved.isMarkdown ? resolved.stem : resolved.fileName
        let candidates = index.byContentPath.keys.filter { $0.directory == folder && $0 != page.source }
        let byStem = Dictionary(candidates.map { ($0.isMarkdown ? $0.stem : $0.fileName, $0.fileName) }, uniquingKeysWith: min)
        var notes: [String] = []
        if resolved.fileName == "broken-reference" {
            notes.append(Self.gitBookDeletedPage)  // `[lien](broken-reference/)`, in any folder
        } else if let match = EditDistance.closest(to: stem, in: byStem.keys.sorted()), let name = byStem[match] {
            let written = isStatic || folder == (page.bundleDirectory ?? page.source.directory) ? name : ContentPath(folder + "/" + name).rawValue
            notes.append("did you mean '\(written)'?")
        }
        return Diagnostic(kind, "\(what) '\(destination)' does not exist", at: location, notes: notes)
    }

    /// The file of GitBook's uploads folder (`.gitbook/assets/a.png`) that `path`, a `.gitbook/assets/`
    /// below the top (`guide/.gitbook/assets/a.png`: a `../` too few), names; `nil` for another path.
    static func gitBookUpload(misplacedAt path: ContentPath) -> ContentPath? {
        guard let range = path.rawValue.range(of: "/" + ContentPath.gitBookAssets + "/") else { return nil }
        return ContentPath(ContentPath.gitBookAssets + "/" + path.rawValue[range.upperBound...])
    }

    private func missingAnchor(_ anchor: String, in title: String, anchors: AnchorTable, at location: SourceLocation) -> Diagnostic {
        let ambiguous = anchors.ambiguousAnchors(anchor)
        var notes = ambiguous.isEmpty ? [] : ["headings of different texts could be meant: \(ambiguous.map { "#" + $0 }.joined(separator: ", "))"]
        if ambiguous.isEmpty, let near = anchors.anchorSpelled(like: anchor) { notes.append("did you mean '#\(near)'?") }
        if anchors.titleStarts(like: anchor) { notes.append("the page's title starts like it: to link to the page, leave out '#\(anchor)'") }
        return Diagnostic(.linkMissingAnchor, "no heading of '\(title)' has the anchor '#\(anchor)'", at: location, notes: notes)
    }

    /// Percent-decodes `s` (`%C3%A9t%C3%A9.md` → `été.md`); text without `%` is returned as is.
    package static func decoded(_ s: String) -> String {
        s.utf8.contains(UInt8(ascii: "%")) ? (s.removingPercentEncoding ?? s) : s
    }

    /// Whether `s` starts with a URL scheme (`https:`, `mailto:`): a letter, then letters,
    /// digits, `+`, `-` or `.`, then `:`.
    package static func hasScheme(_ s: String) -> Bool {
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        var bytes = s.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let b = bytes.next() {
            if b == UInt8(ascii: ":") { return true }
            guard isLetter(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            else { return false }
        }
        return false
    }

    // MARK: - Aliases

    package func redirects(_ pages: [Page], index: Index) -> ([Redirect], [Diagnostic]) {
        var redirects: [SitePath: (Redirect, Page)] = [:]
        var diagnostics: [Diagnostic] = []
        // The addresses of the pages the build writes: no redirect there.
        let generatedPages = GeneratedPageURL.fixed.union(GeneratedPageURL.listings(of: pages))
        /// Whether the build writes a page or a file of its own at `path` (`/recherche/`, `/404.html`).
        func generated(_ path: SitePath) -> Bool { generatedPages.contains(path) || GeneratedPageURL.fixedFiles.contains(path.outputFile) }
        for page in pages {
            // An alias with a space and no `/` is another name of the page (Obsidian's, which wiki
            // links may use), no address.
            for alias in page.frontMatter.aliases where !LinkResolver.isName(alias) {
                let location = page.location(ofKey: "aliases")
                let absolute = alias.hasPrefix("/") ? alias : (page.parent ?? .root).rawValue + alias
                guard let from = SitePath.normalizing(absolute) else {
                    diagnostics.append(Diagnostic(.pathEscapesSite, "alias '\(alias)' points outside the site", at: location))
                    continue
                }
                // An alias naming the page's own address (Hugo sites have them) changes nothing.
                if from == page.url { continue }
                if let target = index.bySitePath[from] {
                    let what = if case .page(let i) = target { "the page '\(index.pages[i].page.title)'" } else { "a file" }
                    diagnostics.append(
                        Diagnostic(.aliasCollision, "alias '\(alias)' is already the URL of \(what)", at: location,
                            notes: ["the existing page wins; remove the alias"]))
                    continue
                }
                if generated(from) {
                    let isPage = generatedPages.contains(from)
                    let what = isPage ? "a page the build writes (\(from))" : "a file the build writes (\(from.outputFile))"
                    diagnostics.append(
                        Diagnostic(.aliasCollision, "alias '\(alias)' is the address of \(what)", at: location,
                            notes: ["the generated \(isPage ? "page" : "file") wins; remove the alias"]))
                    continue
                }
                if let (_, other) = redirects[from] {
                    if other.url != page.url {
                        diagnostics.append(
                            Diagnostic(.aliasCollision, "alias '\(alias)' is also an alias of '\(other.title)'", at: location))
                    }
                    continue
                }
                redirects[from] = (Redirect(from: from, to: page.url), page)
            }
        }
        // The redirects of repere.yml, after the pages' own aliases.
        for redirect in configuredRedirects {
            let location = redirect.location ?? SourceLocation(file: "repere.yml")
            // An old address is a folder's (`kit-accessibilite`, `beta.gouv`), unless it names an HTML file.
            let written = "/" + redirect.from.drop { $0 == "/" }
            let isFile = written.hasSuffix(".html") || written.hasSuffix(".htm")
            guard let from = SitePath.normalizing(isFile || written.hasSuffix("/") ? written : written + "/") else {
                diagnostics.append(Diagnostic(.pathEscapesSite, "redirect '\(redirect.from)' points outside the site", at: location))
                continue
            }
            guard let page = page(named: redirect.to, index: index) else {
                diagnostics.append(
                    Diagnostic(.redirectIgnored, "the redirect '\(redirect.from)' leads to '\(redirect.to)', which is no page: the old address stays unknown",
                        at: location, notes: ["name the page by its file in the content folder (guide/page.md) or its address (/guide/page/)"]))
                continue
            }
            // The page's own address, or an alias to it already: nothing to do.
            if from == page.url || redirects[from]?.0.to == page.url { continue }
            if index.bySitePath[from] != nil || redirects[from] != nil || generated(from) {
                diagnostics.append(
                    Diagnostic(.redirectIgnored, "the redirect '\(redirect.from)' is not made: '\(from)' is already a page, an alias or a page or file the build writes",
                        at: location, notes: ["the live page wins; remove the redirect"]))
                continue
            }
            redirects[from] = (Redirect(from: from, to: page.url), page)
        }
        // A page that `permalink:` moved is still found at its file's address (and at the
        // `.html` address written); explicit aliases and live pages win.
        for page in pages where page.kind == .article {
            guard let value = page.frontMatter.permalink, let parent = page.parent,
                case .success(let permalink) = Permalink.make(value, folder: parent), permalink.url == page.url
            else { continue }
            for from in [PageURL.url(of: page.source), permalink.writtenFile].compactMap(\.self)
            where from != page.url && redirects[from] == nil && index.bySitePath[from] == nil && !generated(from) {
                redirects[from] = (Redirect(from: from, to: page.url), page)
            }
        }
        // The addresses the former tool gave the pages keep working; explicit aliases, live pages
        // and the pages the build writes win (so below).
        for page in pages where formerAddresses != .none {
            // Not where a live page's address differs only by case: a case-insensitive disk holds one of them.
            guard let from = formerAddresses.address(of: page.source, kind: page.kind, url: page.url),
                redirects[from] == nil, index.bySitePath[from] == nil, index.bySitePath[SitePath(rawValue: from.rawValue.lowercased())] == nil,
                !generated(SitePath(rawValue: from.rawValue.lowercased()))
            else { continue }
            redirects[from] = (Redirect(from: from, to: page.url), page)
        }
        // Every URL a page had in Git history keeps working, the former tool's too (mdBook's
        // `/02_devenv.html` for a file renamed since); explicit aliases and live pages win.
        for page in pages {
            let olds = (page.history?.previousPaths ?? []).flatMap { old in
                [PageURL.url(of: old, style: addressStyle), formerAddresses.address(of: old, kind: page.kind, url: page.url)].compactMap { $0.map { (old, $0) } }
            }
            for (old, from) in olds {
                // `/coc/index.html` is the file `/coc/`'s redirect is written to: one of them only.
                let sameFile: SitePath? = from.rawValue.hasSuffix("/index.html") ? SitePath(rawValue: String(from.rawValue.dropLast("index.html".count)))
                    : from.rawValue.hasSuffix("/") ? SitePath(rawValue: from.rawValue + "index.html") : nil
                let lowercased = SitePath(rawValue: from.rawValue.lowercased())
                guard from != page.url, redirects[from] == nil, sameFile.map { redirects[$0] == nil } ?? true, !generated(from), !generated(lowercased),
                    // Not where a live page's address differs only by case: a case-insensitive disk holds one of them.
                    lowercased == from || index.bySitePath[lowercased] == nil
                else { continue }
                if let target = index.bySitePath[from] {
                    if case .page(let i) = target, index.pages[i].page.url != page.url {
                        diagnostics.append(
                            Diagnostic(.historyRedirectCollision,
                                "the old URL '\(from)' of this page (from '\(old)') is now the page '\(index.pages[i].page.title)'",
                                at: SourceLocation(file: page.displayPath), notes: ["the live page wins; old links lead there"]))
                    }
                    continue
                }
                redirects[from] = (Redirect(from: from, to: page.url), page)
            }
        }
        return (redirects.values.map(\.0).sorted { $0.from < $1.from }, diagnostics)
    }

    /// The live page `name` designates: a content file as links name it (`guide/page.md`,
    /// `guide/`), else a site address (`/guide/page/`).
    private func page(named name: String, index: Index) -> Page? {
        let file = ContentPath(String(name.drop { $0 == "/" }))
        let target = index.target(writtenAs: file) ?? SitePath.normalizing(name.hasPrefix("/") ? name : "/" + name).flatMap { index.bySitePath[$0] }
        guard case .page(let i) = target else { return nil }
        return index.pages[i].page
    }

    // MARK: - Lookup tables

    /// The site's pages, files and drafts by content path and URL.
    package struct Index: Sendable {
        package enum Target: Sendable { case page(Int), asset(SitePath) }
        package private(set) var pages: [ParsedPage]
        /// Each page's anchors, by index.
        package private(set) var anchors: [AnchorTable]
        package var byContentPath: [ContentPath: Target] = [:]
        package var bySitePath: [SitePath: Target] = [:]
        package var drafts: [ContentPath: Page] = [:]
        /// Pages published elsewhere than their file's name says (a Docusaurus `id:`, number
        /// prefix or category index, `permalink:`), by that address: `/iaas_vmware/iaas_vmware`,
        /// as Docusaurus' sidebars name the page of `iaas_vmware/iaas_vmware.md`, published at
        /// `/iaas-vmware/`.
        package var byFileAddress: [SitePath: Target] = [:]
        /// Pages by their aliases (`aliases:`, a Docusaurus category's `/category/<label>/`): a
        /// link to an old address reaches the page, as the redirect there would.
        package var byAlias: [SitePath: Target] = [:]
        /// The pages' and files' paths by name, as wiki links name them (``wikiName(_:)``): made
        /// when a page has wiki links; a link found by name otherwise looks through the paths.
        private var byWikiName: [String: [ContentPath]]?

        package init(pages: [ParsedPage], drafts: [Page], assets: [Asset], findsByName: Bool = false) {
            self.pages = pages
            anchors = pages.parallelMap { AnchorTable($0.document.headings, title: $0.page.title, marked: $0.document.linkableAnchors) }
            for (i, parsed) in pages.enumerated() {
                byContentPath[parsed.page.source] = .page(i)
                bySitePath[parsed.page.url] = .page(i)
                if parsed.page.kind != .home, !parsed.page.isSynthetic, let own = PageURL.url(of: parsed.page.source), own != parsed.page.url {
                    byFileAddress[own] = byFileAddress[own] ?? .page(i)
                }
                for alias in parsed.page.frontMatter.aliases {
                    guard let from = SitePath.normalizing(alias.hasPrefix("/") ? alias : (parsed.page.parent ?? .root).rawValue + alias) else { continue }
                    byAlias[from] = byAlias[from] ?? .page(i)
                }
            }
            for asset in assets {
                byContentPath[asset.source] = .asset(asset.url)
                // A content file wins over the static folder's at its address.
                if bySitePath[asset.url] == nil { bySitePath[asset.url] = .asset(asset.url) }
            }
            for draft in drafts { self.drafts[draft.source] = draft }
            if findsByName || pages.contains(where: { $0.document.references.contains { $0.destination.hasPrefix(WikiLinks.marker) } }) {
                var names = Dictionary(grouping: byContentPath.keys, by: { Self.wikiName(of: $0) })
                for parsed in pages {
                    for alias in parsed.page.frontMatter.aliases where LinkResolver.isName(alias) {
                        names[Self.wikiName(alias), default: []].append(parsed.page.source)
                    }
                }
                byWikiName = names
            }
        }

        /// A name as wiki links match it: case, `-`, `_` and repeated spaces aside (GitHub's wikis
        /// write `Créer-un-compte.md` for `[[Créer un compte]]`).
        private static func wikiName(of path: ContentPath) -> String {
            wikiName(path.isMarkdown ? path.pageStem : path.fileName)
        }

        private static func wikiName(_ name: String) -> String {
            name.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
                .split(separator: " ").joined(separator: " ")
        }

        /// The page or file a wiki link names (`Créer un compte`, `guide/Créer un compte`,
        /// `capture.png`), as Obsidian finds it: in `folder` first, else the one of the shortest path.
        package func file(named name: String, near folder: String) -> ContentPath? {
            let parts = name.split(separator: "/").map(String.init)
            guard let last = parts.last else { return nil }
            let stem = last.lowercased().hasSuffix(".md") ? String(last.dropLast(3)) : last
            let key = Self.wikiName(stem)
            let named = byWikiName.map { $0[key] ?? [] } ?? byContentPath.keys.filter { Self.wikiName(of: $0) == key }
            let candidates = named.filter { path in
                // `guide/Page`: the folders written are the path's last ones.
                let folders = path.directory.split(separator: "/").map { Self.wikiName(String($0)) }
                return parts.dropLast().map(Self.wikiName).reversed().elementsEqual(folders.reversed().prefix(parts.count - 1))
            }
            return candidates.first { $0.directory == folder }
                ?? candidates.min { ($0.rawValue.split(separator: "/").count, $0.rawValue) < ($1.rawValue.split(separator: "/").count, $1.rawValue) }
        }

        /// The page or file a link designates by `path`, written as people write links: the file
        /// itself, the file without its `.md` (`.mdx`) or Hugo's `.fr.md`, or a folder (its
        /// `_section.md`, `_index.md`, `index.md` or `README.md`, in French `_index.fr.md`…).
        package func target(writtenAs path: ContentPath) -> Target? {
            if let target = byContentPath[path] { return target }
            var raw = path.rawValue.hasSuffix("/") ? String(path.rawValue.dropLast()) : path.rawValue
            // `guide/page.html`, as GitBook 3 and Jekyll sites link, is `guide/page.md`; `index.html` its folder.
            if raw.hasSuffix(".html") { raw = raw == "index.html" ? "" : raw.hasSuffix("/index.html") ? String(raw.dropLast(11)) : String(raw.dropLast(5)) }
            // Hugo's French translations too: `guide` is `guide.fr.md`, `guide.md` it as well.
            let french = raw.hasSuffix(".md") ? String(raw.dropLast(3)) + ".fr.md" : raw + ".fr.md"
            let folder = raw.isEmpty ? "" : raw + "/"  // `./` from the root is the home page
            let named = ContentPath.markdownExtensions.map { raw + "." + $0 }
            let indexes = ContentPath.markdownExtensions.map { folder + "index." + $0 }
            for candidate in [raw] + named + [french, folder + "_section.md", folder + "_index.md"] + indexes + [
                folder + "README.md", folder + "readme.md", folder + "_index.fr.md", folder + "index.fr.md",
            ] where !candidate.isEmpty {
                if let target = byContentPath[ContentPath(candidate)] { return target }
            }
            return raw.isEmpty ? bySitePath[.root] : nil
        }

        /// Replaces page `i` by a new version of itself (same file and URL).
        package mutating func replacePage(_ i: Int, with parsed: ParsedPage) {
            pages[i] = parsed
            anchors[i] = AnchorTable(parsed.document.headings, title: parsed.page.title, marked: parsed.document.linkableAnchors)
        }
    }
}
