import Foundation

extension ServeSession {
    /// Runs the session on the calling thread until SIGINT (Ctrl-C) or SIGTERM, then returns.
    ///
    /// - Throws: what ``run(onEvent:)`` throws (the address cannot be bound, no project).
    public func runUntilInterrupted(onEvent: @escaping @Sendable (Event) -> Void) throws {
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureSlot()
        let task = Task {
            do { try await run(onEvent: onEvent) } catch { failure.error = error }
            finished.signal()
        }
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
        finished.wait()
        sources.forEach { $0.cancel() }
        if let error = failure.error { throw error }
    }
}

/// The error of a task, read once the task has signalled its end.
private final class FailureSlot: @unchecked Sendable {
    var error: (any Error)?
}
