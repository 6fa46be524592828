/// A file's path relative to the content folder, with `/` separators (`affectations/changer.md`).
public struct ContentPath: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// The path's components.
    public var components: [Substring] { rawValue.split(separator: "/") }
    /// The last component (`changer.md`).
    public var fileName: String {
        guard let slash = rawValue.utf8.lastIndex(of: UInt8(ascii: "/")) else { return rawValue }
        return String(rawValue[rawValue.utf8.index(after: slash)...])
    }
    /// The containing folder (`affectations`), empty at the root.
    public var directory: String {
        guard let slash = rawValue.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(rawValue[..<slash])
    }
    /// The file name without its extension.
    public var stem: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
    /// The extension, lowercased, without the dot.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    public static func < (lhs: ContentPath, rhs: ContentPath) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Joins a relative reference (`../transport/bus.md`) to the folder `directory`, resolving
    /// `.` and `..`; `nil` when the result would leave the content folder.
    public static func resolving(_ relative: String, in directory: String) -> ContentPath? {
        let slash = UInt8(ascii: "/")
        var parts: [Substring] = relative.hasPrefix("/") ? [] : directory.utf8.split(separator: slash).map { Substring($0) }
        for part in relative.utf8.split(separator: slash) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(Substring(part))
            }
        }
        return ContentPath(parts.joined(separator: "/"))
    }
}
