import Foundation
import FlyingFox
import FlyingSocks
import RepereContent
import RepereDiagnostics
import RepereIncremental
import RepereRender
import RepereSite
import RepereSupport

/// `repere serve`: builds the project into memory, serves it, and rebuilds when files change.
///
/// Order: bind the socket (so the real port is known), build with the server's address as base
/// URL, publish, then wait for changes (inotify, or polling without it). A build runs off the
/// server's threads; a failed
/// build keeps the last good site and sends its diagnostics to the pages.
public struct ServeSession: Sendable {
    public var projectDirectory: URL
    public var host: String
    /// `0` picks a free port.
    public var port: UInt16
    public var includeDrafts: Bool
    /// How often the watched files are polled when inotify is not used.
    public var pollInterval: Duration = .milliseconds(100)
    /// Time limits on connections and the cap on live-reload listeners.
    public var limits = ServerLimits()

    /// What the session reports to the command line.
    public enum Event: Sendable {
        case listening(url: String)
        /// A build succeeded: pages, files rewritten, pages parsed, warnings, what changed, seconds.
        case built(Summary)
        /// A build failed: the diagnostics as text (also shown in the pages).
        case failed(String)
        /// Edited pages were shown before the full rebuild: their URL paths, seconds since the save was seen.
        case previewed(pages: [String], seconds: Double)
        /// The listener failed (too many connections at once: out of file descriptors); its
        /// connections were closed and it listens again.
        case listenerRestarted(reason: String)
    }

    public struct Summary: Sendable {
        public var pages: Int
        public var files: Int
        public var changedFiles: Int
        public var parsedPages: Int
        /// Pages and listings rendered again (the rest were unchanged).
        public var renderedPages: Int
        public var warnings: Int
        public var changes: Set<ChangeKind>
        public var seconds: Double
        /// Each pipeline stage's name and wall time, in order.
        public var timings: [(stage: String, seconds: Double)] = []
    }

    public init(projectDirectory: URL, host: String = "127.0.0.1", port: UInt16 = 8000, includeDrafts: Bool = false) {
        self.projectDirectory = projectDirectory.standardizedFileURL
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
    }

    /// Serves until the task is cancelled.
    ///
    /// An edit of a page's Markdown body is shown at once (``PagePreview``: that page, and its
    /// section's for a FAQ entry); the full rebuild follows in the background and updates the
    /// rest. Rebuilds run one at a time; edits made during one are gathered into the next.
    ///
    /// - Throws: when the address cannot be bound or the project has no content folder.
    public func run(onEvent: @escaping @Sendable (Event) -> Void) async throws {
        _ = try Project.configuration(in: projectDirectory)
        let empty = SiteSnapshot(tree: OutputTree(), contentDirectory: projectDirectory)
        let hub = LiveReloadHub(snapshot: empty)
        PreviewServer.raiseOpenFileLimit()
        let server = PreviewServer(address: try Self.address(host: host, port: port), hub: hub, limits: limits,
            isLoopback: PreviewHandler.isLoopbackName(host.contains(":") ? "[\(host)]" : host))
        let serving = Task { try await server.run { onEvent(.listenerRestarted(reason: $0)) } }
        defer { serving.cancel() }
        let url = Self.url(of: try await server.listening(), host: host)

        let cache = SessionCache()
        let included = IncludedFiles()
        let rebuilds = RebuildQueue(hub: hub, cache: cache, onEvent: onEvent) { build(url: url, cache: cache, included: included) }
        var layout = try? layout()
        var watcher = FileWatcher(roots: layout?.roots ?? [])
        // Files are stamped before the first build, so that a save made during it, or just after
        // "listening" is announced (a scan of 100,000 files takes a while), is seen as a change.
        let firstScan = ContinuousClock.now
        var (stamps, folders) = watcher.scanWithFolders()
        // How long a full scan takes: a save seen during one waits for it (seconds at 100,000 files).
        var scanTime = ContinuousClock.now - firstScan
        await rebuilds.request([], since: .now)
        await rebuilds.settle()
        onEvent(.listening(url: url))

        let signal = Self.changeSignal()
        var lastScan = ContinuousClock.now
        while !Task.isCancelled {
            // The snippets the last build's pages include from outside the content folder are watched
            // too; one changed since that build began may have been read before its change.
            let (paths, since) = included.state
            let late = watcher.replaceRoots(with: (layout?.roots ?? []) + paths, stamps: &stamps, folders: &folders, changedSince: since)
            var changed: [String] = []
            var detected = ContinuousClock.now
            // With inotify, sleep until something changes and look at what it names (a full
            // scan every few seconds all the same); otherwise poll.
            if let signal, signal.watch(folders) != nil {
                var needsFullScan = false
                if var touched = await Self.offThread({ signal.wait(milliseconds: 250) }) {
                    detected = .now
                    // A file still being written: its next events within 20 ms join this change.
                    while touched.isWriting, let more = await Self.offThread({ signal.wait(milliseconds: 20) }) {
                        touched.paths.formUnion(more.paths)
                        touched.isWriting = more.isWriting
                        touched.isComplete = touched.isComplete && more.isComplete
                    }
                    if touched.isComplete {
                        changed = watcher.rescan(touched.paths, stamps: &stamps, folders: &folders)
                        // New folders are watched from now on: what was written in them before is looked at again.
                        if let added = signal.watch(folders), !added.isEmpty {
                            changed += watcher.rescan(Set(added), stamps: &stamps, folders: &folders)
                        }
                    } else {
                        needsFullScan = true
                    }
                }
                // A full scan when inotify could not say everything, and in case an event was
                // missed: every 5 s, or every 50 times the last scan's time when that is longer
                // (so that at most one save in 50 waits for one).
                if needsFullScan || ContinuousClock.now - lastScan > max(.seconds(5), scanTime * 50) {
                    let start = ContinuousClock.now
                    changed += await settledChanges(watcher, stamps: &stamps, folders: &folders)
                    lastScan = .now
                    scanTime = lastScan - start
                }
                changed = Array(Set(changed)).sorted()
            } else {
                try? await Task.sleep(for: pollInterval)
                detected = .now
                changed = await settledChanges(watcher, stamps: &stamps, folders: &folders)
            }
            if !late.isEmpty { changed = Array(Set(changed + late)).sorted() }
            guard !changed.isEmpty else { continue }
            let kinds = ChangeKind.classify(
                changed, content: layout?.content ?? "", templates: layout?.templates ?? "", configuration: layout?.configuration ?? "",
                statics: layout?.statics ?? [], included: Set(included.state.paths))
            // The edit is numbered first (the preview shows that edit), and its rebuild started
            // after the preview, so as not to take the cores from it.
            await rebuilds.note(kinds, since: detected)
            if kinds == [.content], let content = layout?.content {
                let edited = changed.compactMap { $0.droppingPathPrefix(content + "/").map { ContentPath($0) } }
                if !edited.isEmpty { await rebuilds.preview(edited: edited, since: detected) }
            }
            await rebuilds.start()
            if kinds.contains(.configuration) {
                // A repere.yml that cannot be read keeps the folders watched: repere.yml among them, to see it fixed.
                layout = (try? self.layout()) ?? layout
                watcher.roots = layout?.roots ?? []
                (stamps, folders) = watcher.scanWithFolders()
            }
        }
        await rebuilds.cancel()
        await hub.finish()
        await server.stop(timeout: 0.5)
    }

    /// A full scan's changes since `stamps`, once they stop coming: an editor may write several
    /// files, or one file in several steps.
    private func settledChanges(_ watcher: FileWatcher, stamps: inout [String: FileWatcher.Stamp], folders: inout [String]) async -> [String] {
        var (latest, latestFolders) = watcher.scanWithFolders()
        var changed = FileWatcher.changes(from: stamps, to: latest)
        while !changed.isEmpty {
            try? await Task.sleep(for: .milliseconds(20))
            let again = watcher.scanWithFolders()
            let more = FileWatcher.changes(from: latest, to: again.stamps)
            if more.isEmpty { break }
            changed += more
            (latest, latestFolders) = again
        }
        (stamps, folders) = (latest, latestFolders)
        return Array(Set(changed)).sorted()
    }

    struct BuildFailure: Error { var text: String }

    /// One in-memory build with the server's address as base URL.
    private func build(url: String, cache: SessionCache, included: IncludedFiles) -> Result<(SiteSnapshot, BuildPipeline.Outcome), BuildFailure> {
        do {
            var (configuration, problems) = try Project.configuration(in: projectDirectory)
            configuration.baseURL = url
            var options = BuildOptions(projectDirectory: projectDirectory, configuration: configuration)
            options.includeDrafts = includeDrafts
            let start = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
            let outcome = try BuildPipeline(options: options).run(.memory(session: cache), extraDiagnostics: problems)
            included.state = (outcome.filesOutsideContent.map { projectDirectory.appendingPathComponent($0).standardizedFileURL.path }, start)
            guard let tree = outcome.tree, !outcome.report.isFailure(strict: false) else {
                let errors = DiagnosticReport(outcome.report.diagnostics.filter { $0.severity == .error })
                return .failure(BuildFailure(text: TextFormatter(colored: false).format(errors)))
            }
            return .success((SiteSnapshot(tree: tree, contentDirectory: options.contentDirectory, staticDirectories: options.staticDirectories), outcome))
        } catch {
            return .failure(BuildFailure(text: "error: \(error)\n"))
        }
    }

    /// Absolute paths of the content folder, templates folder, `repere.yml` and static folder: what is watched.
    private func layout() throws -> Layout {
        let (configuration, problems) = try Project.configuration(in: projectDirectory)
        // Unread, repere.yml names no folders: the last ones it named are watched.
        if let unread = Project.unreadConfiguration(problems) { throw ProjectError(unread.message) }
        let options = BuildOptions(projectDirectory: projectDirectory, configuration: configuration)
        return Layout(
            content: options.contentDirectory.path, templates: options.templatesDirectory.path,
            configuration: projectDirectory.appendingPathComponent("repere.yml").path, statics: options.staticDirectories.map(\.url.path))
    }

    /// The absolute paths of the files the last build's pages include from outside the content
    /// folder, and when that build began (nanoseconds since 1970), which the build sets and the
    /// watching loop reads.
    private final class IncludedFiles: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (paths: [String], since: Int64) = ([], .max)
        var state: (paths: [String], since: Int64) {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    private struct Layout {
        var content, templates, configuration: String
        var statics: [String]
        var roots: [String] { [content, templates, configuration] + statics }
    }

    /// Linux's inotify, unless `REPERE_SERVE_POLL` is set (or it is not available): then polling.
    private static func changeSignal() -> ChangeSignal? {
        #if canImport(Glibc)
        ProcessInfo.processInfo.environment["REPERE_SERVE_POLL"] == nil ? ChangeSignal() : nil
        #else
        nil
        #endif
    }

    /// Runs CPU-bound work on a Dispatch thread, keeping Swift concurrency's few threads free to serve.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        return name.contains(":") ? try sockaddr_in6.inet6(ip6: name, port: port) : try sockaddr_in.inet(ip4: name, port: port)
    }

    static func url(of address: Socket.Address?, host: String) -> String {
        switch address {
        case .ip4(let ip, let port): "http://\(ip):\(port)/"
        case .ip6(let ip, let port): "http://[\(ip)]:\(port)/"
        default: "http://\(host)/"
        }
    }
}
