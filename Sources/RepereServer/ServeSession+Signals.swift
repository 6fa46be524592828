import Foundation

extension ServeSession {
    /// Runs the session on the calling thread until SIGINT (Ctrl-C) or SIGTERM, then returns.
    ///
    /// After the signal the session gets `grace` seconds to close its connections; a rebuild
    /// still running then is abandoned (`serve` writes nothing to disk, so nothing is left half
    /// done), so Ctrl-C answers at once even on a large site.
    ///
    /// - Throws: what ``run(onEvent:)`` throws (the address cannot be bound, no project).
    public func runUntilInterrupted(grace: Double = 1.5, onEvent: @escaping @Sendable (Event) -> Void) throws {
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureSlot()
        let task = Task {
            do { try await run(onEvent: onEvent) } catch { failure.set(error) }
            finished.signal()
        }
        // Its own queue: the build keeps every thread of the global queues busy.
        let queue = DispatchQueue(label: "repere.serve.signals")
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                task.cancel()
                queue.asyncAfter(deadline: .now() + grace) { finished.signal() }
            }
            source.resume()
            return source
        }
        finished.wait()
        sources.forEach { $0.cancel() }
        if let error = failure.error { throw error }
    }
}

/// The error of the session's task, if it ended with one.
private final class FailureSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
