import Foundation
import RepereContent
import RepereDiagnostics
import RepereMarkdown

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

    public init(basePath: String) { self.basePath = basePath }

    public func resolve(_ pages: [ParsedPage], drafts: [Page], assets: [Asset]) -> ResolvedSite {
        let index = Index(pages: pages, drafts: drafts, assets: assets)
        var diagnostics: [Diagnostic] = []
        let rewrites = pages.map { parsed in
            var rewrites: [String: String] = [:]
            for reference in parsed.document.references {
                switch resolve(reference, in: parsed, index: index) {
                case .external: break
                case .resolved(let href): rewrites[reference.destination] = href
                case .problem(let diagnostic): diagnostics.append(diagnostic)
                }
            }
            return rewrites
        }
        let (redirects, aliasProblems) = self.redirects(pages.map(\.page), index: index)
        return ResolvedSite(
            pages: pages, rewrites: rewrites, redirects: redirects, assets: assets,
            diagnostics: diagnostics + aliasProblems)
    }

    // MARK: - Links

    enum Outcome {
        case external
        case resolved(String)
        case problem(Diagnostic)
    }

    func resolve(_ reference: Reference, in parsed: ParsedPage, index: Index) -> Outcome {
        let page = parsed.page
        let location = page.location(line: reference.position.line, column: reference.position.column)
        let destination = reference.destination
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") { return .external }

        var pathPart = Substring(destination)
        var fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...]).removingPercentEncoding
            pathPart = pathPart[..<hash]
        }
        if let query = pathPart.firstIndex(of: "?") { pathPart = pathPart[..<query] }
        let path = String(pathPart).removingPercentEncoding ?? String(pathPart)
        let isImage = reference.kind == .image

        // Same-page anchor.
        if path.isEmpty {
            guard let fragment else { return .external }
            if parsed.document.headings.contains(where: { $0.anchor == fragment }) { return .external }
            return .problem(missingAnchor(fragment, in: page.title, at: location))
        }

        let target: Index.Target?
        if path.hasPrefix("/") {
            target = SitePath.normalizing(path).flatMap { index.bySitePath[$0] }
        } else {
            guard let resolved = ContentPath.resolving(path, in: page.bundleDirectory ?? page.source.directory) else {
                return .problem(
                    .error("path.escapes-content", "'\(destination)' points outside the content folder", at: location))
            }
            if let draft = index.drafts[resolved] {
                return .problem(
                    .error("link.to-draft", "'\(destination)' links to the draft '\(draft.title)', which is not published", at: location,
                        notes: ["publish the page, or remove the link"]))
            }
            target = index.byContentPath[resolved] ?? index.byContentPath[ContentPath(resolved.rawValue + "/_section.md")]
                ?? index.byContentPath[ContentPath(resolved.rawValue + "/index.md")]
        }
        guard let target else {
            return .problem(
                isImage
                    ? .error("image.missing", "image '\(destination)' does not exist", at: location)
                    : .error("link.broken", "link target '\(destination)' does not exist", at: location))
        }
        switch target {
        case .asset(let url):
            return .resolved(basePath + url.rawValue)
        case .page(let i):
            let targetPage = index.pages[i]
            guard let fragment else { return .resolved(basePath + targetPage.page.url.rawValue) }
            guard targetPage.document.headings.contains(where: { $0.anchor == fragment }) else {
                return .problem(missingAnchor(fragment, in: targetPage.page.title, at: location))
            }
            return .resolved(basePath + targetPage.page.url.rawValue + "#" + fragment)
        }
    }

    private func missingAnchor(_ anchor: String, in title: String, at location: SourceLocation) -> Diagnostic {
        .error("link.missing-anchor", "no heading of '\(title)' has the anchor '#\(anchor)'", at: location)
    }

    static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    // MARK: - Aliases

    func redirects(_ pages: [Page], index: Index) -> ([Redirect], [Diagnostic]) {
        var redirects: [SitePath: (Redirect, Page)] = [:]
        var diagnostics: [Diagnostic] = []
        for page in pages {
            for alias in page.frontMatter.aliases {
                let location = page.location(ofKey: "aliases")
                let absolute = alias.hasPrefix("/") ? alias : (page.parent ?? .root).rawValue + alias
                guard let from = SitePath.normalizing(absolute) else {
                    diagnostics.append(.error("path.escapes-site", "alias '\(alias)' points outside the site", at: location))
                    continue
                }
                if let target = index.bySitePath[from] {
                    let what = if case .page(let i) = target { "the page '\(index.pages[i].page.title)'" } else { "a file" }
                    diagnostics.append(
                        .error("alias.collision", "alias '\(alias)' is already the URL of \(what)", at: location,
                            notes: ["the existing page wins; remove the alias"]))
                    continue
                }
                if let (_, other) = redirects[from] {
                    if other.url != page.url {
                        diagnostics.append(
                            .error("alias.collision", "alias '\(alias)' is also an alias of '\(other.title)'", at: location))
                    }
                    continue
                }
                redirects[from] = (Redirect(from: from, to: page.url), page)
            }
        }
        return (redirects.values.map(\.0).sorted { $0.from < $1.from }, diagnostics)
    }

    // MARK: - Lookup tables

    struct Index {
        enum Target { case page(Int), asset(SitePath) }
        let pages: [ParsedPage]
        var byContentPath: [ContentPath: Target] = [:]
        var bySitePath: [SitePath: Target] = [:]
        var drafts: [ContentPath: Page] = [:]

        init(pages: [ParsedPage], drafts: [Page], assets: [Asset]) {
            self.pages = pages
            for (i, parsed) in pages.enumerated() {
                byContentPath[parsed.page.source] = .page(i)
                bySitePath[parsed.page.url] = .page(i)
            }
            for asset in assets {
                byContentPath[asset.source] = .asset(asset.url)
                bySitePath[asset.url] = .asset(asset.url)
            }
            for draft in drafts { self.drafts[draft.source] = draft }
        }
    }
}
