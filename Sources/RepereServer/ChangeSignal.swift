#if canImport(Glibc)
import Glibc

/// Wakes `serve` when something changes in the watched folders, with Linux's inotify: no
/// polling, so an idle preview costs no CPU and a save is seen at once. ``FileWatcher`` still
/// tells what changed; this only says when to look.
///
/// `nil` when inotify is not available; ``watch(_:)`` returns false when the system's watch
/// limit is reached. In both cases `serve` falls back to polling.
///
/// Not thread-safe by itself: its one user calls ``watch(_:)`` and ``wait(milliseconds:)`` in
/// turn, awaiting each `wait` (run on another thread) before the next `watch`.
final class ChangeSignal: @unchecked Sendable {
    private let descriptor: Int32
    private var watched: Set<String> = []
    private static let events = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Adds the folders not watched yet (a folder that disappeared drops its watch by itself).
    func watch(_ folders: [String]) -> Bool {
        for folder in folders where !watched.contains(folder) {
            guard inotify_add_watch(descriptor, folder, Self.events) >= 0 else {
                if errno == ENOENT { continue }
                return false
            }
            watched.insert(folder)
        }
        return true
    }

    /// Waits up to `milliseconds` for a change; reads all pending events.
    ///
    /// - Returns: whether anything happened.
    func wait(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        // Folders renamed or deleted lose their watch: forget them so a new one is added.
        watched.removeAll()
        return true
    }
}
#endif
