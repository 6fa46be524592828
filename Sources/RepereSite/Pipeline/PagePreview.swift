import RepereContent
import RepereDiagnostics
import RepereMarkdown

/// What a build keeps so that `serve` can show an edited page at once, before the whole site is
/// rebuilt: the site model, rendered bodies and link tables of that build.
///
/// It handles the common edit, a page's Markdown body: the page runs through every stage alone
/// (read, dates, parse, links, body, template), and so does its section's page when the page is
/// a FAQ entry (the section shows it in its accordion). What else the edit changes (backlinks,
/// search index, Nouveautés) is left to the full rebuild that follows. An edit it cannot judge
/// alone (front-matter, a new or deleted file, any error) gets no preview: `nil`.
public struct PagePreview: Sendable {
    let model: SiteModel
    let bodies: [RenderedBody]
    let links: LinkResolver.Index
    let resolver: LinkResolver
    let loader: ContentLoader
    let parser: ParseStage
    let history: ProjectHistory
    let renderer: SiteRenderer

    /// The files to replace in the last build's site after edits of the content files at `paths`,
    /// as output path → HTML; `nil` when one of the edits needs the whole pipeline.
    public func render(edited paths: [ContentPath]) -> [String: String]? {
        var pages: [Int: ParsedPage] = [:]
        var bodies = bodies
        for path in paths {
            guard case .page(let i)? = links.byContentPath[path], let (parsed, body) = reparse(path, at: i) else { return nil }
            pages[i] = parsed
            bodies[i] = body
        }
        let model = model.replacingPages(pages)
        var shown = Set(pages.keys)
        for i in pages.keys where model.site.pages[i].page.type == .faq {
            if let parent = model.site.pages[i].page.parent, let section = model.indexByURL[parent] { shown.insert(section) }
        }
        var files: [String: String] = [:]
        for i in shown {
            let page = model.site.pages[i].page
            files[page.url.outputFile] = renderer.theme.render(SiteRenderer.template(of: page), model.context(forPage: i, bodies: bodies))
        }
        return files
    }

    /// The page at `path` (index `i` in the site) read again, with its body rendered; `nil` when
    /// its front-matter changed or it has an error.
    private func reparse(_ path: ContentPath, at i: Int) -> (ParsedPage, RenderedBody)? {
        let previous = model.site.pages[i].page
        let (read, problems) = loader.reload(path, from: history.source)
        guard let read, !problems.contains(where: { $0.severity == .error }),
            read.frontMatter == previous.frontMatter, read.url == previous.url, read.kind == previous.kind
        else { return nil }
        var page = previous
        page.body = read.body
        page.bodyLineOffset = read.bodyLineOffset
        page = history.applyAfterEdit(to: page)
        guard let parsed = parser.run([page]).pages.first else { return nil }
        let resolved = resolver.resolveLinks(of: parsed, at: i, index: links)
        guard !resolved.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return (parsed, SiteRenderer.renderBody(parsed, urls: resolved.rewrites, options: renderer.bodyOptions))
    }
}
