import Foundation
import RepereContent
import RepereSite

/// `serve`'s rebuilds: full builds one at a time, off the server's threads, and previews of
/// edited pages in between.
///
/// A build requested while one runs is gathered with any other into one next build. A build
/// that finishes when a newer one is already due is dropped unpublished: it may predate an
/// edit whose preview is being served, and the next build will have it.
actor RebuildQueue {
    typealias Build = @Sendable () -> Result<(SiteSnapshot, BuildPipeline.Outcome), ServeSession.BuildFailure>

    private let hub: LiveReloadHub
    private let onEvent: @Sendable (ServeSession.Event) -> Void
    private let build: Build
    private var pending: (changes: Set<ChangeKind>, since: ContinuousClock.Instant)?
    private var running: Task<Void, Never>?
    /// From the last published build.
    private var preview: PagePreview?
    /// What the builds keep from one to the next (read for the summaries' counts).
    private let cache: SessionCache

    init(hub: LiveReloadHub, cache: SessionCache, onEvent: @escaping @Sendable (ServeSession.Event) -> Void, build: @escaping Build) {
        self.hub = hub
        self.cache = cache
        self.onEvent = onEvent
        self.build = build
    }

    /// Asks for a full build (started now, or after the one running).
    func request(_ changes: Set<ChangeKind>, since: ContinuousClock.Instant) {
        pending = (changes.union(pending?.changes ?? []), pending?.since ?? since)
        if running == nil { running = Task { await drain() } }
    }

    /// Returns once every build asked for so far is done.
    func settle() async {
        while let running { await running.value }
    }

    /// Stops after the build running now.
    func cancel() {
        pending = nil
        running?.cancel()
    }

    /// Shows edits of the content files at `paths` at once, when the last build's
    /// ``PagePreview`` can render them alone and no build error is being shown.
    func preview(edited paths: [ContentPath], since start: ContinuousClock.Instant) async {
        guard let preview, await hub.failure == nil, paths.allSatisfy({ $0.fileExtension == "md" }) else { return }
        guard let files = await ServeSession.offThread({ preview.render(edited: paths) }) else { return }
        await hub.patch(files)
        let pages = files.keys.map { $0.hasSuffix("index.html") ? "/" + $0.dropLast("index.html".count) : "/" + $0 }.sorted()
        onEvent(.previewed(pages: pages, seconds: Self.seconds(since: start)))
    }

    private func drain() async {
        while let next = pending, !Task.isCancelled {
            pending = nil
            let result = await ServeSession.offThread(build)
            if pending != nil { continue }
            switch result {
            case .success(let (snapshot, outcome)):
                let changedFiles = snapshot.changedFileCount(since: await hub.snapshot)
                await hub.publish(snapshot)
                preview = outcome.preview
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
