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
    /// resolving `.` and `..`; a path with no extension gets a trailing `/`, and one written with a
    /// final `/` keeps it (`/data.gouv.fr/` is a folder's address, not a file). `nil` when it does not
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
        return SitePath(rawValue: last.contains(".") && !text.hasSuffix("/") ? path : path + "/")
    }

    /// The path as it may be written in `href` and `src`: characters that would end or break
    /// an address (space, `#`, `?`, `%`, `\`, quotes, angle brackets, controls) percent-encoded.
    public var percentEncoded: String {
        let unsafe: Set<UInt8> = [0x20, 0x22, 0x23, 0x25, 0x3C, 0x3E, 0x3F, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D, 0x7F]
        guard rawValue.utf8.contains(where: { $0 < 0x20 || unsafe.contains($0) }) else { return rawValue }
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in rawValue.utf8 {
            if byte < 0x20 || unsafe.contains(byte) {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                out.append(byte)  // other bytes, UTF-8 included, are valid in an address
            }
        }
        return String(decoding: out, as: UTF8.self)
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
