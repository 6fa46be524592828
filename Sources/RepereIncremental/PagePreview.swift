import RepereContent
import RepereGraph
import RepereHistory
import RepereMarkdown
import RepereRender

/// What a build keeps so that `serve` can show an edited page at once, before the whole site is
/// rebuilt: the site model, rendered bodies and link tables of that build.
///
/// It handles the common edit, a page's Markdown body: the page runs through every stage alone
/// (read, dates, parse, links, body, template); then, when the page is a FAQ entry, its
/// section's page, which shows it in its accordion (``renderSections()``: the other entries'
/// HTML comes from the session's memo, so that page costs a copy of its entries, not their
/// rendering). What else the edit changes (backlinks, search index, Nouveautés) is left to the
/// full rebuild that follows. An edit it cannot judge alone (front-matter, a new or deleted
/// file, an error, a heading removed that another page links to) gets no preview: `nil`.
public struct PagePreview: Sendable {
    var model: SiteModel
    var bodies: RenderedBodies
    var links: LinkResolver.Index
    let resolver: LinkResolver
    let loader: ContentLoader
    let parser: ParseStage
    let history: ProjectHistory
    let renderer: SiteRenderer
    /// The session's rendered pages: a FAQ entry's section page is the other entries' kept HTML
    /// around the edited one.
    let memo: RenderMemo?
    /// Sections whose page shows a FAQ entry previewed since ``renderSections()`` last ran.
    private var sectionsToRender: Set<Int> = []

    /// The preview of a build: its model, rendered bodies and link tables (a copy of the pages
    /// of their own), the stages that made them and the session's memo of rendered pages.
    package init(
        model: SiteModel, bodies: RenderedBodies, links: LinkResolver.Index, resolver: LinkResolver, loader: ContentLoader,
        parser: ParseStage, history: ProjectHistory, renderer: SiteRenderer, memo: RenderMemo?
    ) {
        self.model = model
        self.bodies = bodies
        self.links = links
        self.resolver = resolver
        self.loader = loader
        self.parser = parser
        self.history = history
        self.renderer = renderer
        self.memo = memo
    }

    /// Takes in edits of the content files at `paths` and returns their pages, the files to
    /// replace in the last build's site (output path → HTML; their sections' pages follow from
    /// ``renderSections()``); `nil`, leaving the preview as it was, when one of the edits needs
    /// the whole pipeline. The preview changes in place: its owner should hold the only copy (a
    /// site's arrays are copied otherwise: most of a preview's time at 10,000 pages, 0.3 to 0.6 s
    /// at 100,000).
    public mutating func render(edited paths: [ContentPath]) -> [String: String]? {
        var reparsed: [(i: Int, parsed: ParsedPage, body: RenderedBody)] = []
        for path in paths {
            guard case .page(let i)? = links.byContentPath[path], let (parsed, body) = reparse(path, at: i) else { return nil }
            reparsed.append((i, parsed, body))
        }
        for (i, parsed, body) in reparsed {
            model.replacePage(i, with: parsed)
            links.replacePage(i, with: parsed)
            bodies[i] = body
        }
        for (i, _, _) in reparsed where model.site.pages[i].page.type == .faq {
            if let parent = model.site.pages[i].page.parent, let section = model.indexByURL[parent] { sectionsToRender.insert(section) }
        }
        return pages(Set(reparsed.map(\.i)))
    }

    /// The section pages of the FAQ entries previewed since the last call (output path → HTML):
    /// they show those entries in full. Asked for after the edited pages, so that these do not
    /// wait for a section of thousands of entries.
    public mutating func renderSections() -> [String: String] {
        defer { sectionsToRender = [] }
        return pages(sectionsToRender)
    }

    /// Pages `indices` rendered (output path → HTML).
    private func pages(_ indices: Set<Int>) -> [String: String] {
        var files: [String: String] = [:]
        for i in indices {
            files[model.site.pages[i].page.url.outputFile] = renderer.renderPage(i, of: model, bodies: bodies, memo: memo)
        }
        return files
    }

    /// The page at `path` (index `i` in the site) read again, with its body rendered; `nil` when
    /// its front-matter changed, it has an error, or it lost a heading another page links to.
    private func reparse(_ path: ContentPath, at i: Int) -> (ParsedPage, RenderedBody)? {
        let previous = model.site.pages[i].page
        let (read, problems) = loader.reload(path, kind: previous.kind, from: history.source)
        guard let read, !problems.contains(where: { $0.severity == .error }),
            read.frontMatter == previous.frontMatter, read.url == previous.url, read.kind == previous.kind
        else { return nil }
        var page = previous
        page.body = read.body
        page.bodyLineOffset = read.bodyLineOffset
        page = history.applyAfterEdit(to: page)
        guard let parsed = parser.run([page]).pages.first else { return nil }
        let anchors = Set(parsed.document.headings.map(\.anchor))
        guard linkedAnchors(of: i).isSubset(of: anchors) else { return nil }
        let resolved = resolver.resolveLinks(of: parsed, at: i, index: links)
        guard !resolved.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return (parsed, SiteRenderer.renderBody(parsed, urls: resolved.rewrites, options: renderer.bodyOptions))
    }

    /// The anchors of page `i` that other pages link to (`#etape-2`).
    private func linkedAnchors(of i: Int) -> Set<String> {
        let prefix = renderer.basePath + model.site.pages[i].page.url.rawValue + "#"
        var anchors: Set<String> = []
        for j in model.site.graph.inbound[i] where j != i {
            for href in model.site.rewrites[j].values where href.hasPrefix(prefix) { anchors.insert(String(href.dropFirst(prefix.count))) }
        }
        return anchors
    }
}
