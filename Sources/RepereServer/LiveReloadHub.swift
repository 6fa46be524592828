import FlyingFox
import FlyingSocks
import Foundation

/// What the server tells open pages.
public enum LiveReloadEvent: Equatable, Sendable {
    /// A rebuild succeeded: the site's generation, and the URL paths of the pages that changed
    /// (`*`: every page). A page reloads when it is one of them.
    case reload(Int, pages: [String])
    /// A rebuild failed: the diagnostics, as printed in the terminal.
    case buildError(String)

    /// The event in Server-Sent Events framing (one `data:` line per line of text).
    var serverSentEvent: [UInt8] {
        let (name, text) = switch self {
        case .reload(let generation, let pages): ("reload", ([String(generation)] + pages).joined(separator: "\n"))
        case .buildError(let text): ("build-error", text)
        }
        let lines = text.hasSuffix("\n") ? text.dropLast() : Substring(text)
        let data = lines.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined()
        return Array("event: \(name)\n\(data)\n".utf8)
    }
}

/// The site being served and the pages listening for changes.
///
/// Holds the last good ``SiteSnapshot`` (a failed build never replaces it) and the last build
/// error, which a page connecting later receives at once.
public actor LiveReloadHub {
    public private(set) var snapshot: SiteSnapshot
    public private(set) var failure: String?
    private var generation = 0
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    public init(snapshot: SiteSnapshot, failure: String? = nil) {
        self.snapshot = snapshot
        self.failure = failure
    }

    /// Serves `snapshot` from now on and tells the pages that changed to reload (every page
    /// after a failed build, so that its error overlay goes).
    public func publish(_ snapshot: SiteSnapshot) {
        let pages = failure == nil ? snapshot.changedPages(since: self.snapshot) : ["*"]
        self.snapshot = snapshot
        failure = nil
        announce(pages)
    }

    /// Replaces some files of the current site (output path → HTML) and tells their pages to reload.
    public func patch(_ files: [String: String]) {
        var patched = snapshot
        for (path, html) in files { patched.tree.replace(path, with: .text(html)) }
        let pages = patched.changedPages(since: snapshot)
        snapshot = patched
        announce(pages)
    }

    private func announce(_ pages: [String]) {
        generation += 1
        if !pages.isEmpty { broadcast(.reload(generation, pages: pages)) }
    }

    /// Keeps the current site and shows `diagnostics` on every page.
    public func publishFailure(_ diagnostics: String) {
        failure = diagnostics
        broadcast(.buildError(diagnostics))
    }

    /// Ends every event stream (the server is stopping).
    public func finish() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// A new listener's stream of encoded events, starting with a comment (and the pending error).
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.remove(id) } }
        continuation.yield(Array(": repere live reload\n\n".utf8))
        if let failure { continuation.yield(LiveReloadEvent.buildError(failure).serverSentEvent) }
        return stream
    }

    private func remove(_ id: UUID) { listeners[id] = nil }

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
