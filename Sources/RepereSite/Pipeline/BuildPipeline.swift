import Foundation
import RepereContent
import RepereDiagnostics
import RepereGraph
import RepereHistory
import RepereIncremental
import RepereMarkdown
import RepereRender
import RepereSupport

/// Builds a site: load → parse → resolve → check → bodies → index → model → render → write, each stage a function from the
/// previous stage's value to its own. This type alone knows every stage.
public struct BuildPipeline: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// What a build produced and found.
    public struct Outcome: Sendable {
        public var report: DiagnosticReport
        /// Every file of the site, each made when asked; `nil` when the build stopped before
        /// rendering, or when nothing changed since the last build (``isUnchanged``).
        public var files: OutputPlan?
        /// The site made in memory: only in ``Mode/memory(session:)`` (a build written to disk
        /// makes each file as it writes it, and keeps none).
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
        /// The files outside the content folder that pages include or looked for (snippets), from
        /// the project folder: `serve` watches them.
        public var filesOutsideContent: [String] = []

        init(report: DiagnosticReport, files: OutputPlan?, site: ResolvedSite?, timings: [(stage: String, seconds: Double)],
             wasWritten: Bool, uncommitted: [String] = [], filesOutsideContent: [String] = []) {
            self.report = report
            self.files = files
            self.site = site
            self.pageCount = site?.pages.count ?? 0
            self.fileCount = files?.files.count ?? 0
            self.timings = timings
            self.wasWritten = wasWritten
            self.uncommitted = uncommitted
            self.filesOutsideContent = filesOutsideContent
        }
    }

    /// How far a build goes and where its site ends up.
    public enum Mode: Sendable {
        /// Load, parse, resolve and check, without the history walk or rendering (`check`, `graph`).
        case check
        /// Every stage, the site kept in memory (`serve`). With a session, only what changed since
        /// the session's last build is parsed, analysed and rendered, and the outcome carries a
        /// ``PagePreview``.
        case memory(session: SessionCache?)
        /// Every stage, then the site written to the output folder when the report has no error
        /// (and, when `strict`, no warning); otherwise the previous site is left untouched. When
        /// every input is the same as the last written build's (``BuildFingerprint``) and the
        /// site is as it left it, nothing is redone: the outcome repeats that build's diagnostics.
        case disk(strict: Bool)
    }

    /// Runs the stages `mode` asks for: history → load → parse → resolve → check → bodies →
    /// index → model → render → write.
    ///
    /// - Parameters:
    ///   - extraDiagnostics: problems found before the build (in `repere.yml`).
    ///   - progress: told each stage's name as it starts (the command line shows it on a terminal).
    /// - Throws: when the content folder cannot be listed or the site cannot be written.
    public func run(
        _ mode: Mode = .disk(strict: false), extraDiagnostics: [Diagnostic] = [],
        progress: (@Sendable (String) -> Void)? = nil
    ) throws -> Outcome {
        var stages = StageClock(progress: progress)
        let configuration = options.configuration
        let session: SessionCache? = if case .memory(let session) = mode { session } else { nil }
        var diagnostics = extraDiagnostics
        // A repere.yml that could not be read leaves every setting at its default: another content
        // folder, other checks. What a build would find then is not the project's: only that is said.
        if Project.unreadConfiguration(extraDiagnostics) != nil {
            return Outcome(report: DiagnosticReport(diagnostics), files: nil, site: nil, timings: [], wasWritten: false)
        }

        let history = try stages.run("history") { try ProjectHistory.load(options, readHistory: !mode.isCheck) }
        diagnostics += history.notes
        let uncommitted = history.uncommitted.map { configuration.contentDirectory + "/" + $0.rawValue }

        let buildCache = BuildCache(file: options.cacheDirectory?.appendingPathComponent("build.json"))
        let key = mode.writesToDisk && buildCache.file != nil
            ? try stages.run("cache") { try BuildFingerprint.key(options: options, history: history) } : nil
        if let key, let record = buildCache.record(matching: key, site: options.outputDirectory, project: options.projectDirectory) {
            return .unchanged(record, strict: mode.isStrict, timings: stages.timings, uncommitted: uncommitted)
        }

        let loader = ContentLoader(configuration: configuration, includeDrafts: options.includeDrafts,
            displayPrefix: configuration.contentDirectory + "/", projectFolder: options.revision == nil ? options.projectDirectory : nil)
        var parser = ParseStage(filter: RawHTMLFilter(allowsRawHTML: configuration.unsafeHTML))
        parser.markdownIsMDX = configuration.addresses == .docusaurus
        var resolver = LinkResolver(basePath: SiteRenderer.basePath(of: configuration.baseURL))
        resolver.defaultTimeZone = configuration.timezone
        resolver.configuredRedirects = configuration.redirects
        resolver.staticFolders = configuration.staticFolders
        resolver.addressStyle = configuration.addresses
        resolver.relativeLinks = configuration.relativeLinks
        resolver.formerAddresses = configuration.formerAddresses
        let referenceTime = ProjectHistory.referenceTime(options)
        let (glossary, glossaryProblems) = Glossary.load(
            from: history.source, displayPrefix: configuration.contentDirectory + "/")
        var resolved: ResolvedSite
        var drafts: [Page] = []
        var filesOutsideContent: [String] = []
        do {  // The loaded and parsed pages are let go at the end of this block: `resolved` holds them.
            var loaded = try stages.run("load") { try loader.load(from: history.source, cache: session?.files) }
            drafts = loaded.drafts
            filesOutsideContent = loaded.filesOutsideContent
            resolver.leftOut = loaded.leftOut
            loaded.pages = history.apply(to: loaded.pages)
            diagnostics += loaded.diagnostics + glossaryProblems

            // The loaded pages are handed over: each keeps its source and, but in a session, only
            // its tree's outline (the bodies stage parses it again) rather than every tree at once.
            let parsed = stages.run("parse") {
                let pages = loaded.pages
                loaded.pages = []
                return parser.run(consume pages, cache: session?.documents, keepingTrees: session != nil)
            }
            diagnostics += parsed.diagnostics

            resolved = stages.run("resolve") {
                resolver.resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
            }
        }
        diagnostics += resolved.diagnostics
        if !configuration.baseURL.contains("://") {
            diagnostics.append(
                Diagnostic(.configRelativeBaseURL, "base_url '\(configuration.baseURL)' is not absolute; sitemap.xml needs full URLs",
                    notes: ["set base_url: https://… in repere.yml, or pass --base-url"]))
        }
        diagnostics += stages.run("check") { RuleRegistry.check(CheckInput(
            site: resolved, today: options.today, referenceTime: referenceTime, replayDays: configuration.eventReplayDays)) }
        if mode.isCheck {
            return Outcome(report: report(diagnostics), files: nil, site: resolved, timings: stages.timings,
                wasWritten: false, uncommitted: uncommitted)
        }

        let theme: Theme
        switch Theme.load(overrides: options.templatesDirectory, displayName: configuration.templatesDirectory) {
        case .success(let loaded): theme = loaded
        case .failure(let failure):
            return Outcome(report: report(diagnostics + failure.diagnostics), files: nil,
                site: resolved, timings: stages.timings, wasWritten: false, filesOutsideContent: filesOutsideContent)
        }
        var renderer = SiteRenderer(configuration: configuration, theme: theme)
        renderer.referenceTime = referenceTime
        renderer.glossary = glossary

        // Written to disk, the bodies and the search index wait in a temporary file to be written:
        // beside the output folder, on the disk the site goes to (the system's temporary folder
        // may be in memory), else in the system's.
        let spill = mode.writesToDisk ? SpillFile(folder: options.outputDirectory.deletingLastPathComponent().path) ?? SpillFile() : nil
        var made = stages.run("bodies") { renderer.renderBodies(&resolved, memo: session?.pages, spill: spill) }
        let bodies = made.bodies
        let search = stages.run("index") {
            let documents = made.search
            made.search = []  // handed over, so that each is let go once analysed
            return SearchFiles(
                documents: consume documents, configuration: configuration, glossary: glossary, defaultSynonyms: theme.searchSynonyms,
                memo: session?.index, spill: spill)
        }
        let model = stages.run("model") { renderer.model(of: resolved) }
        // Written to disk, each file is rendered as it is written (and let go): one stage.
        let render = mode.writesToDisk ? "render+write" : "render"
        var files = stages.run(render) { renderer.render(model, bodies: bodies, memo: session?.pages) }
        search.add(to: &files)
        diagnostics += files.diagnostics

        let report = report(diagnostics)
        var outcome = Outcome(report: report, files: files, site: resolved, timings: [], wasWritten: false,
            uncommitted: uncommitted, filesOutsideContent: filesOutsideContent)
        if case .memory = mode { outcome.tree = stages.run(render) { files.made() } }
        if session != nil {
            // The link tables get a copy of the pages of their own: a preview changes both in
            // place, which sharing one array would turn into a copy at every preview.
            let pages = resolved.pages.map { $0 }
            outcome.preview = PagePreview(
                model: model, bodies: bodies, links: LinkResolver.Index(pages: pages, drafts: drafts, assets: resolved.assets, findsByName: configuration.relativeLinks == .names),
                resolver: resolver, loader: loader, parser: parser, history: history, renderer: renderer,
                memo: session?.pages)
        }
        if mode.writesToDisk && !report.isFailure(strict: mode.isStrict) {
            outcome.writtenFileCount = try stages.run(render) { try write(files, source: history.source) }
            outcome.wasWritten = true
            if let key {
                buildCache.store(
                    key: key, pageCount: resolved.pages.count, diagnostics: report.diagnostics, site: options.outputDirectory,
                    included: filesOutsideContent, project: options.projectDirectory)
            }
        }
        outcome.timings = stages.timings
        return outcome
    }

    /// The build's report: `diagnostics` as `checks:` and `checks_ignore:` in `repere.yml` say.
    private func report(_ diagnostics: [Diagnostic]) -> DiagnosticReport {
        DiagnosticReport(options.configuration.checks.apply(
            to: diagnostics, contentPrefix: options.configuration.contentDirectory + "/"))
    }

    /// The write stage: the site made into the output folder, which may not be one of the project's own.
    private func write(_ files: OutputPlan, source: any ContentSource) throws -> Int {
        var writer = OutputWriter(destination: options.outputDirectory)
        writer.protectedFolders = [
            (options.projectDirectory, true), (options.contentDirectory, options.configuration.contentIsProject),
            (options.templatesDirectory, false),
        ] + (options.cacheDirectory.map { [($0, false)] } ?? [])
        return try writer.write(files, source: source)
    }
}

extension BuildPipeline.Mode {
    var isCheck: Bool { if case .check = self { true } else { false } }
    var writesToDisk: Bool { if case .disk = self { true } else { false } }
    var isStrict: Bool { if case .disk(let strict) = self { strict } else { false } }
}

extension BuildPipeline.Outcome {
    /// The outcome of a build whose inputs are those of the last written one: its record repeated.
    static func unchanged(_ record: BuildCache.Record, strict: Bool, timings: [(stage: String, seconds: Double)],
                          uncommitted: [String]) -> Self {
        let report = DiagnosticReport(record.diagnostics)
        var outcome = Self(
            report: report, files: nil, site: nil, timings: timings, wasWritten: !report.isFailure(strict: strict),
            uncommitted: uncommitted)
        outcome.pageCount = record.pageCount
        outcome.fileCount = record.fileCount
        outcome.isUnchanged = true
        return outcome
    }
}

/// Times the stages of one build, in order, and tells `progress` as each starts.
struct StageClock {
    let progress: (@Sendable (String) -> Void)?
    private(set) var timings: [(stage: String, seconds: Double)] = []

    init(progress: (@Sendable (String) -> Void)?) { self.progress = progress }

    /// Runs `body` as the stage `name`; a stage may run in several steps, added up.
    mutating func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let isContinued = timings.last?.stage == name
        if !isContinued { progress?(name) }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if isContinued { timings[timings.count - 1].seconds += seconds } else { timings.append((name, seconds)) }
        }
        return try body()
    }
}
