import Foundation
import RepereContent
import RepereDiagnostics
import RepereGraph
import RepereHistory
import RepereMarkdown
import RepereRender

/// Builds a site: load → parse → resolve → check → bodies → index → model → render → write, each stage a function from the
/// previous stage's value to its own. This type alone knows every stage.
public struct BuildPipeline: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// What a build produced and found.
    public struct Outcome: Sendable {
        public var report: DiagnosticReport
        /// The site in memory; `nil` when the build stopped before rendering, or when nothing
        /// changed since the last build (``isUnchanged``).
        public var tree: OutputTree?
        /// The resolved pages and link graph (once the site is rendered, each page's document keeps
        /// only its headings); `nil` when nothing changed since the last build.
        public var site: ResolvedSite?
        public var pageCount: Int
        /// How many files the site has.
        public var fileCount: Int
        /// Each stage's name and wall time, in order.
        public var timings: [(stage: String, seconds: Double)]
        /// Whether the site in the output folder is this build's (written now or unchanged).
        public var wasWritten: Bool
        /// How many files were written or removed (0 when the site on disk was already right).
        public var writtenFileCount = 0
        /// Whether every input was the same as the last build's, so nothing was redone.
        public var isUnchanged = false
        /// Content files with changes not committed yet (shown with `--verbose`).
        public var uncommitted: [String] = []
        /// For `serve` (a build with a session): what shows an edited page before the next build.
        public var preview: PagePreview?

        init(report: DiagnosticReport, tree: OutputTree?, site: ResolvedSite?, timings: [(stage: String, seconds: Double)],
             wasWritten: Bool, uncommitted: [String] = []) {
            self.report = report
            self.tree = tree
            self.site = site
            self.pageCount = site?.pages.count ?? 0
            self.fileCount = tree?.files.count ?? 0
            self.timings = timings
            self.wasWritten = wasWritten
            self.uncommitted = uncommitted
        }
    }

    /// Runs every stage. The site is written only when the report has no error (and no warning
    /// under `strict`); otherwise the previous site is left untouched. When every input is the
    /// same as the last written build's (``BuildFingerprint``) and the site is as it left it,
    /// nothing is redone: the outcome repeats that build's diagnostics.
    ///
    /// - Parameters:
    ///   - extraDiagnostics: problems found before the build (in `repere.yml`).
    ///   - session: what `serve` keeps from the previous build; only changed pages are parsed and rendered.
    ///   - progress: told each stage's name as it starts (the command line shows it on a terminal).
    /// - Throws: when the content folder cannot be listed or the site cannot be written.
    public func run(
        write: Bool = true, strict: Bool = false, checkOnly: Bool = false, extraDiagnostics: [Diagnostic] = [],
        session: SessionCache? = nil, progress: (@Sendable (String) -> Void)? = nil
    ) throws -> Outcome {
        var timings: [(String, Double)] = []
        /// Runs `body` as the stage `name`, timed; a stage may run in several steps.
        func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let isContinued = timings.last?.0 == name
            if !isContinued { progress?(name) }
            let start = DispatchTime.now().uptimeNanoseconds
            defer {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                if isContinued { timings[timings.count - 1].1 += seconds } else { timings.append((name, seconds)) }
            }
            return try body()
        }
        var diagnostics = extraDiagnostics
        let configuration = options.configuration
        // `check` needs no dates: it reads the working tree (or the revision) without the history walk.
        let history = try stage("history") { try ProjectHistory.load(options, readHistory: !checkOnly) }
        let source = history.source
        let uncommitted = history.uncommitted.map { configuration.contentDirectory + "/" + $0.rawValue }
        diagnostics += history.notes

        let buildCache = BuildCache(file: options.cacheDirectory?.appendingPathComponent("build.json"))
        let key = write && !checkOnly && buildCache.file != nil
            ? try stage("cache") { try BuildFingerprint.key(options: options, history: history) } : nil
        if let key, let record = buildCache.record(matching: key, site: options.outputDirectory) {
            let report = DiagnosticReport(record.diagnostics)
            var outcome = Outcome(
                report: report, tree: nil, site: nil, timings: timings, wasWritten: !report.isFailure(strict: strict),
                uncommitted: uncommitted)
            outcome.pageCount = record.pageCount
            outcome.fileCount = record.fileCount
            outcome.isUnchanged = true
            return outcome
        }

        let basePath = SiteRenderer.basePath(of: configuration.baseURL)
        let (glossary, glossaryProblems) = Glossary.load(from: source, displayPrefix: configuration.contentDirectory + "/")
        var resolved: ResolvedSite
        var drafts: [Page] = []
        let loader = ContentLoader(configuration: configuration, includeDrafts: options.includeDrafts,
            displayPrefix: configuration.contentDirectory + "/")
        let parser = ParseStage(filter: RawHTMLFilter(allowsRawHTML: configuration.unsafeHTML))
        let resolver = LinkResolver(basePath: basePath)
        do {  // The loaded and parsed pages are let go at the end of this block: `resolved` holds them.
            var loaded = try stage("load") { try loader.load(from: source, cache: session?.files) }
            drafts = loaded.drafts
            loaded.pages = history.apply(to: loaded.pages)
            diagnostics += loaded.diagnostics
            diagnostics += glossaryProblems

            let parsed = stage("parse") { parser.run(loaded.pages, cache: session?.documents) }
            diagnostics += parsed.diagnostics

            resolved = stage("resolve") { resolver.resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets) }
        }
        diagnostics += resolved.diagnostics
        if !configuration.baseURL.contains("://") {
            diagnostics.append(
                .warning("config.relative-base-url", "base_url '\(configuration.baseURL)' is not absolute; sitemap.xml needs full URLs",
                    notes: ["set base_url: https://… in repere.yml, or pass --base-url"]))
        }

        diagnostics += stage("check") { RuleRegistry.check(CheckInput(site: resolved, today: options.today)) }
        if checkOnly {
            return Outcome(
                report: DiagnosticReport(diagnostics), tree: nil, site: resolved, timings: timings, wasWritten: false,
                uncommitted: uncommitted)
        }

        let theme: Theme
        switch Theme.load(overrides: options.templatesDirectory, displayName: configuration.templatesDirectory) {
        case .success(let t): theme = t
        case .failure(let failure):
            return Outcome(report: DiagnosticReport(diagnostics + failure.diagnostics), tree: nil,
                site: resolved, timings: timings, wasWritten: false)
        }
        var renderer = SiteRenderer(configuration: configuration, theme: theme)
        renderer.glossary = glossary

        // The last two uses of the Markdown trees, then the trees are let go (but their
        // headings): they are the largest thing a build holds, and the index and the pages
        // need only what is taken from them here.
        let bodies = stage("bodies") { renderer.renderBodies(resolved, memo: session?.pages) }
        let search = stage("index") {
            let documents = SearchDocuments.make(resolved, basePath: basePath)
            resolved.releaseDocuments()
            return SearchFiles(documents: documents, configuration: configuration, glossary: glossary, memo: session?.index)
        }
        let model = stage("model") { renderer.model(of: resolved) }
        var tree = stage("render") { renderer.render(model, bodies: bodies, memo: session?.pages) }
        search.add(to: &tree)
        diagnostics += tree.diagnostics

        let report = DiagnosticReport(diagnostics)
        var outcome = Outcome(report: report, tree: tree, site: resolved, timings: timings, wasWritten: false, uncommitted: uncommitted)
        if session != nil {
            // The link tables get a copy of the pages of their own: a preview changes both in
            // place, which sharing one array would turn into a copy at every preview.
            let pages = resolved.pages.map { $0 }
            outcome.preview = PagePreview(
                model: model, bodies: bodies, links: LinkResolver.Index(pages: pages, drafts: drafts, assets: resolved.assets),
                resolver: resolver, loader: loader, parser: parser, history: history, renderer: renderer)
        }
        if write && !report.isFailure(strict: strict) {
            var writer = OutputWriter(destination: options.outputDirectory)
            writer.protectedFolders = [
                (options.projectDirectory, true), (options.contentDirectory, false), (options.templatesDirectory, false),
            ] + (options.cacheDirectory.map { [($0, false)] } ?? [])
            outcome.writtenFileCount = try stage("write") { try writer.write(tree, source: source) }
            outcome.wasWritten = true
            if let key {
                buildCache.store(key: key, pageCount: resolved.pages.count, diagnostics: report.diagnostics, site: options.outputDirectory)
            }
        }
        outcome.timings = timings
        return outcome
    }
}
