import Foundation
import FlyingFox
import FlyingSocks

/// What the server tells open pages.
public enum LiveReloadEvent: Equatable, Sendable {
    /// A rebuild succeeded: the site's generation, and the URL paths of the pages that changed
    /// (`*`: every page). A page reloads when it is one of them.
    case reload(Int, pages: [String])
    /// A rebuild failed: the diagnostics, as printed in the terminal.
    case buildError(String)

    /// The event in Server-Sent Events framing (one `data:` line per line of text). Every line
    /// break a browser would see (`\n`, `\r\n` and a lone `\r`) starts a new `data:` line, so text
    /// from content (a diagnostic quoting a file) cannot end the event or add fields to it.
    var serverSentEvent: [UInt8] {
        let (name, text) = switch self {
        case .reload(let generation, let pages): ("reload", ([String(generation)] + pages).joined(separator: "\n"))
        case .buildError(let text): ("build-error", text)
        }
        let lines = text.last?.isNewline == true ? text.dropLast() : Substring(text)
        let data = lines.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { "data: \($0)\n" }.joined()
        return Array("event: \(name)\n\(data)\n".utf8)
    }
}

/// The site being served and the pages listening for changes.
///
/// Holds the last good ``SiteSnapshot`` (a failed build never replaces it) and the last build
/// error, which a page connecting later receives at once.
///
/// Edits are numbered (`serve` counts them). A preview patches pages for one edit; a build says
/// which edits it covers at most. Patches for later edits are put back on top of a build that
/// predates them, so a preview is never replaced by older text, and dropped once a build covers
/// them. A failed build takes the patches away: the last good build is what stays served.
public actor LiveReloadHub {
    public private(set) var snapshot: SiteSnapshot
    public private(set) var failure: String?
    /// The last good build, without patches.
    private var built: SiteSnapshot
    /// Previews not covered by a build yet, oldest first: the edit's number and its files.
    private var patches: [(edit: Int, files: [String: String])] = []
    private var generation = 0
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    public init(snapshot: SiteSnapshot, failure: String? = nil) {
        self.snapshot = snapshot
        self.built = snapshot
        self.failure = failure
    }

    /// Serves `snapshot`, a build of every edit up to number `covered`, with the previews of later
    /// edits on top, and tells the pages that changed to reload (every page after a failed build,
    /// so that its error overlay goes).
    ///
    /// - Returns: how many files changed.
    @discardableResult
    public func publish(_ snapshot: SiteSnapshot, covering covered: Int = .max) -> Int {
        built = snapshot
        patches.removeAll { $0.edit <= covered }
        return show(patched(built), reloadingAll: failure != nil)
    }

    /// Shows the preview of edit number `edit` (output path → HTML of pages the site has) and
    /// tells those pages to reload; nothing while a build error is shown.
    public func patch(_ files: [String: String], edit: Int = .max) {
        guard failure == nil else { return }
        patches.append((edit, files))
        // On top of what is shown (the build and the earlier previews): only these files change.
        announce(files.keys.sorted().filter { snapshot.preview($0, html: files[$0]!) }, reloadingAll: false)
    }

    /// Keeps the last good build (without previews) and shows `diagnostics` on every page.
    public func publishFailure(_ diagnostics: String) {
        patches = []
        snapshot = built
        failure = diagnostics
        broadcast(.buildError(diagnostics))
    }

    private func patched(_ site: SiteSnapshot) -> SiteSnapshot {
        var site = site
        for (_, files) in patches {
            for (path, html) in files { site.preview(path, html: html) }
        }
        return site
    }

    @discardableResult
    private func show(_ site: SiteSnapshot, reloadingAll: Bool) -> Int {
        let changed = site.changedFiles(since: snapshot)
        snapshot = site
        failure = nil
        announce(changed, reloadingAll: reloadingAll)
        return changed.count
    }

    /// A new generation: the pages among the `changed` files (or all) are told to reload.
    private func announce(_ changed: [String], reloadingAll: Bool) {
        generation += 1
        let pages = reloadingAll ? ["*"] : SiteSnapshot.pages(of: changed)
        if !pages.isEmpty { broadcast(.reload(generation, pages: pages)) }
    }

    /// Ends every event stream (the server is stopping).
    public func finish() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// A new listener's stream of encoded events, starting with a comment (and the pending error),
    /// or `nil` when `limit` listeners are connected already.
    func subscribe(limit: Int = .max) -> AsyncStream<[UInt8]>? {
        guard listeners.count < limit else { return nil }
        // Room for bursts of saves: a page that cannot take its events is cut off by the
        // write timeout long before 256 of them pile up.
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(256))
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.remove(id) } }
        continuation.yield(Array(": repere live reload\n\n".utf8))
        if let failure { continuation.yield(LiveReloadEvent.buildError(failure).serverSentEvent) }
        return stream
    }

    private func remove(_ id: UUID) { listeners[id] = nil }

    /// Pages listening for reloads.
    var listenerCount: Int { listeners.count }

    /// Sends every listener a comment line every `interval` until the task is cancelled: writing
    /// to a page gone away fails, which closes its connection and ends its stream.
    func beat(every interval: Duration) async {
        while (try? await Task.sleep(for: interval)) != nil {
            for continuation in listeners.values { continuation.yield(Self.heartbeat) }
        }
    }

    private static let heartbeat = Array(":\n\n".utf8)

    private func broadcast(_ event: LiveReloadEvent) {
        let bytes = event.serverSentEvent
        for continuation in listeners.values { continuation.yield(bytes) }
    }
}

/// An event stream as the byte sequence FlyingFox sends with chunked encoding, one event per chunk.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await events.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty, let event = await events.next() { pending = event }
            guard !pending.isEmpty else { return nil }
            let chunk = Array(pending.prefix(count))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}
