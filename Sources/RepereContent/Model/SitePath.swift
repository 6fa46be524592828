/// A path on the published site, from its root: `/affectations/changer-de-centre/` for a page,
/// `/transport/plan/carte.svg` for a file. It never includes the base URL's path.
public struct SitePath: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The page path for folder components (`["affectations", "changer"]` → `/affectations/changer/`).
    public init(pageComponents: [String]) {
        rawValue = pageComponents.isEmpty ? "/" : "/" + pageComponents.joined(separator: "/") + "/"
    }

    public static let root = SitePath(rawValue: "/")

    public var description: String { rawValue }

    /// The file that serves this path in the output folder (`affectations/changer/index.html`).
    public var outputFile: String {
        let trimmed = rawValue.drop { $0 == "/" }
        return rawValue.hasSuffix("/") ? trimmed + "index.html" : String(trimmed)
    }

    /// Parses an absolute site path written by an author (an alias or an absolute link),
    /// resolving `.` and `..`; a path with no extension gets a trailing `/`. `nil` when it does not
    /// start with `/` or would climb above the site root.
    public static func normalizing(_ text: String) -> SitePath? {
        guard text.hasPrefix("/") else { return nil }
        var parts: [Substring] = []
        for part in text.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        guard let last = parts.last else { return .root }
        let path = "/" + parts.joined(separator: "/")
        return SitePath(rawValue: last.contains(".") ? path : path + "/")
    }

    /// The address of this path on the site published at `baseURL` (`https://aide.exemple.fr/`
    /// and `/faq/` give `https://aide.exemple.fr/faq/`).
    public func absolute(baseURL: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + rawValue
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.rawValue < rhs.rawValue }
}
