import Foundation
import RepereContent
import RepereIncremental
import RepereSite

/// `serve`'s rebuilds: full builds one at a time, off the server's threads, and previews of
/// edited pages in between.
///
/// Each request is an edit, numbered. Requests made while a build runs are gathered into one
/// next build. A build that finishes is published as covering the edits made before it started;
/// the hub keeps the previews of later edits on top (``LiveReloadHub``), so none is replaced by
/// older text, and no build is dropped however fast edits come.
actor RebuildQueue {
    typealias Build = @Sendable () -> Result<(SiteSnapshot, BuildPipeline.Outcome), ServeSession.BuildFailure>

    private let hub: LiveReloadHub
    private let onEvent: @Sendable (ServeSession.Event) -> Void
    private let build: Build
    /// What the builds keep from one to the next (read for the summaries' counts).
    private let cache: SessionCache
    /// How many edits were requested.
    private var edits = 0
    private var pending: (changes: Set<ChangeKind>, since: ContinuousClock.Instant)?
    private var running: Task<Void, Never>?
    /// What renders the next preview: the last published build's, with the edits previewed
    /// since it on top.
    private var lastPreview: PagePreview?
    /// How many times a build replaced ``lastPreview``.
    private var previewBuilds = 0
    /// Whether a preview has taken ``lastPreview`` to render (it is `nil` meanwhile).
    private var isPreviewing = false

    init(hub: LiveReloadHub, cache: SessionCache, onEvent: @escaping @Sendable (ServeSession.Event) -> Void, build: @escaping Build) {
        self.hub = hub
        self.cache = cache
        self.onEvent = onEvent
        self.build = build
    }

    /// Asks for a full build of one more edit (started now, or after the one running).
    func request(_ changes: Set<ChangeKind>, since: ContinuousClock.Instant) {
        note(changes, since: since)
        start()
    }

    /// Numbers one more edit and asks for a full build of it, started by ``start()``.
    func note(_ changes: Set<ChangeKind>, since: ContinuousClock.Instant) {
        edits += 1
        pending = (changes.union(pending?.changes ?? []), pending?.since ?? since)
    }

    /// Starts the build asked for, unless one is running (it will follow that one).
    func start() {
        if pending != nil, running == nil { running = Task { await drain() } }
    }

    /// Returns once every build asked for so far is done.
    func settle() async {
        while let running { await running.value }
    }

    /// Stops after the build running now, which is not published.
    func cancel() {
        pending = nil
        running?.cancel()
    }

    /// Shows the last noted edit, of the content files at `paths`, at once when
    /// ``PagePreview`` can render it alone and no build error is being shown: the edited pages
    /// first, then the section pages that show edited FAQ entries (one can hold thousands).
    func preview(edited paths: [ContentPath], since start: ContinuousClock.Instant) async {
        guard lastPreview != nil, await hub.failure == nil, paths.allSatisfy(\.isMarkdown) else { return }
        guard let base = lastPreview.take() else { return }  // taken meanwhile by another preview
        isPreviewing = true
        let edit = edits, builds = previewBuilds
        let (pages, edited) = await Self.run(consume base) { $0.render(edited: paths) }
        await show(pages ?? [:], edit: edit, since: start)
        let (sections, next) = await Self.run(consume edited) { $0.renderSections() }
        await show(sections, edit: edit, since: start)
        isPreviewing = false
        // A build published meanwhile brought its own preview: keep that one.
        if previewBuilds == builds { lastPreview = next }
    }

    /// Runs `step` with the preview off the actor's thread, and gives it back. The preview is
    /// handed over, not copied, so that it changes in place (see PagePreview).
    private static func run<T: Sendable>(
        _ preview: consuming PagePreview, _ step: @escaping @Sendable (inout PagePreview) -> T
    ) async -> (T, PagePreview) {
        let handover = Handover(consume preview)
        return await ServeSession.offThread {
            var preview = handover.take()
            let result = step(&preview)
            return (result, preview)
        }
    }

    /// Lays the previewed `files` of edit number `edit` over the served site and reloads their pages.
    private func show(_ files: [String: String], edit: Int, since start: ContinuousClock.Instant) async {
        guard !files.isEmpty else { return }
        await hub.patch(files, edit: edit)
        onEvent(.previewed(pages: files.keys.map(SiteSnapshot.urlPath(of:)).sorted(), seconds: Self.seconds(since: start)))
    }

    private func drain() async {
        while let next = pending, !Task.isCancelled {
            pending = nil
            let covered = edits
            let result = await ServeSession.offThread(build)
            if Task.isCancelled { break }
            switch result {
            case .success(let (snapshot, outcome)):
                // Previews of edits made during the build stay on top of it: so does their model.
                // (`lastPreview` is also nil while a preview renders: that one is kept.)
                if covered == edits || (lastPreview == nil && !isPreviewing) {
                    lastPreview = outcome.preview
                    previewBuilds += 1
                }
                let changedFiles = await hub.publish(snapshot, covering: covered)
                onEvent(.built(ServeSession.Summary(
                    pages: outcome.pageCount, files: snapshot.tree.files.count, changedFiles: changedFiles,
                    parsedPages: cache.documents.parsedCount, renderedPages: cache.pages.renderedCount,
                    warnings: outcome.report.warningCount, changes: next.changes, seconds: Self.seconds(since: next.since),
                    timings: outcome.timings)))
            case .failure(let failure):
                await hub.publishFailure(failure.text)
                onEvent(.failed(failure.text))
            }
        }
        running = nil
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// A value moved to another thread: the only copy stays in the box until taken, once.
private final class Handover<Value>: @unchecked Sendable {
    private var value: Value?
    init(_ value: Value) { self.value = value }
    func take() -> Value { value.take()! }
}
