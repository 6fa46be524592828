import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT and SIGTERM held back while a site's files are swapped in, so that Ctrl-C or a
/// cancelled CI job never leaves a site half old, half new: the process ends right after the
/// swap, as the signal would have ended it. (SIGKILL cannot be held: the next build finishes
/// the cleaning.)
public enum DeferredInterrupts {
    private static let holding = Atomic<Bool>(false)
    private static let pending = Atomic<Int32>(0)

    /// Makes SIGINT and SIGTERM wait while ``whileHeld(_:)`` runs; elsewhere they end the
    /// process as before. They are unblocked first: a process started by one that blocks them
    /// (a test runner) would receive neither.
    public static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { received in
                if DeferredInterrupts.holding.load(ordering: .sequentiallyConsistent) {
                    DeferredInterrupts.pending.store(received, ordering: .sequentiallyConsistent)
                } else {
                    signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
    }

    /// Runs `body` with SIGINT and SIGTERM held back (when ``install()`` was called), then
    /// delivers the one received meanwhile, if any.
    public static func whileHeld<T>(_ body: () throws -> T) rethrows -> T {
        holding.store(true, ordering: .sequentiallyConsistent)
        if let hold = getenv("REPERE_TEST_HOLD_MS").flatMap({ UInt32(String(cString: $0)) }) {
            // Tests: says it holds, then waits, for a signal to arrive meanwhile.
            let line = Array("repere: holding interrupts\n".utf8)
            _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            usleep(hold * 1000)
        }
        defer {
            holding.store(false, ordering: .sequentiallyConsistent)
            let received = pending.exchange(0, ordering: .sequentiallyConsistent)
            if received != 0 {
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        return try body()
    }
}
