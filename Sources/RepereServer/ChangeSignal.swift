import Glibc

#if canImport(Glibc)

/// Wakes `serve` when something changes in the watched folders, with Linux's inotify: no
/// polling, so an idle preview costs no CPU and a save is seen at once. It also says which
/// paths were touched, so only those are looked at again (``FileWatcher/rescan(_:in:)``).
///
/// `nil` when inotify is not available; ``watch(_:)`` returns false when the system's watch
/// limit is reached. In both cases `serve` falls back to polling.
///
/// Not thread-safe by itself: its one user calls ``watch(_:)`` and ``wait(milliseconds:)`` in
/// turn, awaiting each `wait` (run on another thread) before the next `watch`.
final class ChangeSignal: @unchecked Sendable {
    private let descriptor: Int32
    /// Watched folders by watch descriptor.
    private var folders: [Int32: String] = [:]
    private var watched: Set<String> = []
    private static let events = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// What one wait saw.
    struct Touched: Sendable {
        /// Absolute paths of the files and folders touched.
        var paths: Set<String> = []
        /// Whether a file is still being written (modified, not closed yet).
        var isWriting = false
        /// False when inotify could not say everything (its queue overflowed, a watched folder
        /// moved): look at every file.
        var isComplete = true
    }

    init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Adds the folders not watched yet (a folder that disappeared drops its watch by itself).
    ///
    /// - Returns: the folders added (what was written in them before is not signalled: look at
    ///   them again); `nil` when the system's watch limit is reached.
    func watch(_ folders: [String]) -> [String]? {
        var added: [String] = []
        for folder in folders where !watched.contains(folder) {
            let wd = inotify_add_watch(descriptor, folder, Self.events)
            guard wd >= 0 else {
                if errno == ENOENT { continue }
                return nil
            }
            self.folders[wd] = folder
            watched.insert(folder)
            added.append(folder)
        }
        return added
    }

    /// Waits up to `milliseconds` for a change and reads every pending event.
    ///
    /// - Returns: what was touched; `nil` when nothing happened.
    func wait(milliseconds: Int32) -> Touched? {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return nil }
        var touched = Touched()
        var writing: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                guard nameStart + length <= count else { break }
                let name = String(decoding: buffer[nameStart..<nameStart + length].prefix { $0 != 0 }, as: UTF8.self)
                offset = nameStart + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {  // events were lost (wd is -1)
                    touched.isComplete = false
                    continue
                }
                guard let folder = folders[wd] else { continue }
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {  // a watched folder went away
                    touched.isComplete = false
                    continue
                }
                let path = name.isEmpty ? folder : folder + "/" + name
                touched.paths.insert(path)
                if mask & UInt32(IN_MODIFY) != 0 { writing.insert(path) }
                if mask & UInt32(IN_CLOSE_WRITE) != 0 { writing.remove(path) }
            }
        }
        touched.isWriting = !writing.isEmpty
        if !touched.isComplete {
            // Folders renamed or deleted lose their watch: forget them all so new ones are added.
            watched.removeAll()
            folders.removeAll()
        }
        return touched
    }
}
#endif
