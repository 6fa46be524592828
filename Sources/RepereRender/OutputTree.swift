import RepereContent
import RepereDiagnostics

/// The whole site in memory, before anything touches the disk: output path → content.
///
/// Every stage adds its files here; only ``OutputWriter`` writes them. Paths are relative to the
/// output folder; one that is absolute, climbs with `..` or is claimed twice is refused with a
/// diagnostic, so nothing can be written outside `site/` or overwritten by accident.
public struct OutputTree: Sendable {
    public enum Content: Hashable, Sendable {
        case text(String)
        case bytes([UInt8])
        /// A content file copied as it is.
        case copy(ContentPath)
    }

    public private(set) var files: [String: Content] = [:]
    private var origins: [String: String] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds a file; `origin` names what produced it, for collision messages.
    public mutating func add(_ path: String, _ content: Content, origin: String, at location: SourceLocation? = nil) {
        guard Self.isInsideSite(path) else {
            diagnostics.append(Diagnostic(.pathEscapesSite, "output path '\(path)' is not inside the site folder", at: location))
            return
        }
        if let first = origins[path] {
            diagnostics.append(
                Diagnostic(.outputCollision, "'\(path)' from \(origin) would overwrite the one from \(first)", at: location))
            return
        }
        files[path] = content
        origins[path] = origin
    }

    /// Whether `path` is relative and stays inside the site: no empty, `.` or `..` part.
    package static func isInsideSite(_ path: String) -> Bool {
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

    /// Output paths in a stable order.
    public var paths: [String] { files.keys.sorted() }
}
