import RepereContent
import RepereDiagnostics

/// A whole site in memory, made: output path → content (what `serve` serves).
///
/// A build does not hold one: the render stage leaves an ``OutputPlan``, whose files are made
/// only as the writer writes them, or all at once by ``OutputPlan/made()``. Paths are relative
/// to the output folder; one that is absolute, climbs with `..` or is claimed twice is refused
/// with a diagnostic, so nothing can be written outside `site/` or overwritten by accident.
public struct OutputTree: Sendable {
    public enum Content: Hashable, Sendable {
        case text(String)
        case bytes([UInt8])
        /// A content file copied as it is.
        case copy(ContentPath)
    }

    public private(set) var files: [String: Content] = [:]
    private var claims = OutputPaths()
    public var diagnostics: [Diagnostic] { claims.diagnostics }

    public init() {}

    /// Adds a file; `origin` names what produced it, for collision messages.
    public mutating func add(_ path: String, _ content: Content, origin: String, at location: SourceLocation? = nil) {
        if claims.claim(path, origin: origin, at: location) { files[path] = content }
    }

    /// Whether `path` is relative and stays inside the site: no empty, `.` or `..` part.
    package static func isInsideSite(_ path: String) -> Bool { OutputPaths.isInsideSite(path) }

    /// Output paths in a stable order.
    public var paths: [String] { files.keys.sorted() }
}

/// The paths a site's files claim: each inside the site and claimed once, never both a file and
/// a folder of others (`data.gouv.fr` and `data.gouv.fr/b/index.html`), or a diagnostic.
struct OutputPaths: Sendable {
    private var origins: [String: String] = [:]
    /// Each folder holding claimed files → the origin of the first of them.
    private var folders: [Substring: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Claims `path` for `origin` (what produced it, for collision messages).
    ///
    /// - Returns: `false`, with a diagnostic, when the path leaves the site or is taken already.
    mutating func claim(_ path: String, origin: String, at location: SourceLocation?) -> Bool {
        guard Self.isInsideSite(path) else {
            diagnostics.append(Diagnostic(.pathEscapesSite, "output path '\(path)' is not inside the site folder", at: location))
            return false
        }
        if let first = origins[path] {
            diagnostics.append(
                Diagnostic(.outputCollision, "'\(path)' from \(origin) would overwrite the one from \(first)", at: location))
            return false
        }
        let parents = path.indices.filter { path[$0] == "/" }.map { path[..<$0] }
        if let first = folders[path[...]] ?? fileOrigin(amongst: parents) {
            diagnostics.append(
                Diagnostic(.outputCollision, "'\(path)' from \(origin) is a file where the one from \(first) needs a folder, or the reverse",
                    at: location, notes: ["end a folder's address with '/' (an alias such as /data.gouv.fr/)"]))
            return false
        }
        origins[path] = origin
        for parent in parents where folders[parent] == nil { folders[parent] = origin }
        return true
    }

    /// What claimed `path`, if it is claimed.
    func origin(of path: String) -> String? { origins[path] }

    /// The origin of the first of `paths` claimed as a file.
    private func fileOrigin(amongst paths: [Substring]) -> String? {
        for path in paths { if let origin = origins[String(path)] { return origin } }
        return nil
    }

    static func isInsideSite(_ path: String) -> Bool {
        var length = 0  // of the current part
        var dots = 0  // its leading dots
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if length == 0 || (dots == length && length <= 2) { return false }
                (length, dots) = (0, 0)
            } else {
                if byte == UInt8(ascii: "."), dots == length { dots += 1 }
                length += 1
            }
        }
        return length > 0 && !(dots == length && length <= 2)
    }
}
