import FlyingFox
import FlyingSocks
import Foundation
import RepereContent
import RepereDiagnostics
import RepereSite

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

    /// What the session reports to the command line.
    public enum Event: Sendable {
        case listening(url: String)
        /// A build succeeded: pages, files rewritten, pages parsed, warnings, what changed, seconds.
        case built(Summary)
        /// A build failed: the diagnostics as text (also shown in the pages).
        case failed(String)
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
    /// - Throws: when the address cannot be bound or the project has no content folder.
    public func run(onEvent: @escaping @Sendable (Event) -> Void) async throws {
        _ = try Project.configuration(in: projectDirectory)
        let empty = SiteSnapshot(tree: OutputTree(), contentDirectory: projectDirectory)
        let hub = LiveReloadHub(snapshot: empty)
        let server = HTTPServer(address: try Self.address(host: host, port: port), logger: .disabled, handler: PreviewHandler(hub: hub))
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        try await server.waitUntilListening()
        let url = Self.url(of: await server.listeningAddress, host: host)

        let cache = SessionCache()
        var current: SiteSnapshot? = nil
        var watcher = FileWatcher(roots: [])
        let start = ContinuousClock.now
        current = await rebuild(url: url, cache: cache, previous: current, changes: [], since: start, hub: hub, watcher: &watcher, onEvent: onEvent)
        onEvent(.listening(url: url))

        var (stamps, folders) = watcher.scanWithFolders()
        let signal = Self.changeSignal()
        var lastScan = ContinuousClock.now
        while !Task.isCancelled {
            // With inotify, sleep until something changes (a full scan every few seconds all
            // the same); otherwise poll.
            if let signal, signal.watch(folders) {
                let woken = await Self.offThread { signal.wait(milliseconds: 250) }
                guard woken || ContinuousClock.now - lastScan > .seconds(5) else { continue }
            } else {
                try? await Task.sleep(for: pollInterval)
            }
            lastScan = ContinuousClock.now
            var latest: [String: FileWatcher.Stamp]
            (latest, folders) = watcher.scanWithFolders()
            var changed = FileWatcher.changes(from: stamps, to: latest)
            guard !changed.isEmpty else { continue }
            let detected = ContinuousClock.now
            // Debounce: an editor may write several files, or one file in several steps.
            while true {
                try? await Task.sleep(for: .milliseconds(20))
                let again = watcher.scan()
                let more = FileWatcher.changes(from: latest, to: again)
                if more.isEmpty { break }
                changed += more
                latest = again
            }
            stamps = latest
            let layout = try? layout()
            let kinds = ChangeKind.classify(
                changed, content: layout?.content ?? "", templates: layout?.templates ?? "", configuration: layout?.configuration ?? "")
            current = await rebuild(url: url, cache: cache, previous: current, changes: kinds, since: detected, hub: hub, watcher: &watcher, onEvent: onEvent)
            if kinds.contains(.configuration) { (stamps, folders) = watcher.scanWithFolders() }
        }
        await hub.finish()
        await server.stop(timeout: 0.5)
    }

    /// Builds, publishes the result, and points the watcher at the project's current folders.
    private func rebuild(
        url: String, cache: SessionCache, previous: SiteSnapshot?, changes: Set<ChangeKind>, since start: ContinuousClock.Instant,
        hub: LiveReloadHub, watcher: inout FileWatcher, onEvent: @Sendable (Event) -> Void
    ) async -> SiteSnapshot? {
        if let layout = try? layout() { watcher.roots = [layout.content, layout.templates, layout.configuration] }
        let result = await Self.offThread { build(url: url, cache: cache) }
        switch result {
        case .success(let (snapshot, outcome)):
            await hub.publish(snapshot)
            let elapsed = ContinuousClock.now - start
            onEvent(.built(Summary(
                pages: outcome.pageCount, files: snapshot.tree.files.count, changedFiles: snapshot.changedFileCount(since: previous),
                parsedPages: cache.documents.parsedCount, renderedPages: cache.pages.renderedCount, warnings: outcome.report.warningCount, changes: changes,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                timings: outcome.timings)))
            return snapshot
        case .failure(let failure):
            await hub.publishFailure(failure.text)
            onEvent(.failed(failure.text))
            return previous
        }
    }

    private struct BuildFailure: Error { var text: String }

    /// One in-memory build with the server's address as base URL.
    private func build(url: String, cache: SessionCache) -> Result<(SiteSnapshot, BuildPipeline.Outcome), BuildFailure> {
        do {
            var (configuration, problems) = try Project.configuration(in: projectDirectory)
            configuration.baseURL = url
            var options = BuildOptions(projectDirectory: projectDirectory, configuration: configuration)
            options.includeDrafts = includeDrafts
            let outcome = try BuildPipeline(options: options).run(write: false, extraDiagnostics: problems, session: cache)
            guard let tree = outcome.tree, !outcome.report.isFailure(strict: false) else {
                let errors = DiagnosticReport(outcome.report.diagnostics.filter { $0.severity == .error })
                return .failure(BuildFailure(text: TextFormatter(colored: false).format(errors)))
            }
            return .success((SiteSnapshot(tree: tree, contentDirectory: options.contentDirectory), outcome))
        } catch {
            return .failure(BuildFailure(text: "error: \(error)\n"))
        }
    }

    /// Absolute paths of the content folder, templates folder and `repere.yml`.
    private func layout() throws -> (content: String, templates: String, configuration: String) {
        let (configuration, _) = try Project.configuration(in: projectDirectory)
        let options = BuildOptions(projectDirectory: projectDirectory, configuration: configuration)
        return (options.contentDirectory.path, options.templatesDirectory.path, projectDirectory.appendingPathComponent("repere.yml").path)
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
    private static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
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
