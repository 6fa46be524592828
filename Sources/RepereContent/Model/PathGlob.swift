/// A path pattern of the kind `.gitignore` files use, matched against paths relative to the
/// content folder: `*` matches within one folder name, `?` one character, and `**` any number of
/// whole folders (`archives/**` matches everything under `archives/`, `**/brouillon-*.md` such
/// files at any depth). A pattern without `/` matches a name at any depth. As in `.gitignore`, a
/// folder that matches takes everything in it (`archives/*` matches `archives/2024/x.md`).
public struct PathGlob: Hashable, Sendable, CustomStringConvertible {
    public let description: String
    private let parts: [Substring]

    public init(_ pattern: String) {
        var pattern = pattern
        while pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasPrefix("/") { pattern.removeFirst() } else if !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        description = pattern
        parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether `path` (`archives/2024/vieille-page.md`) matches.
    public func matches(_ path: String) -> Bool {
        let names = path.split(separator: "/")[...]
        return names.indices.contains { Self.match(parts[...], names[...$0]) }
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let name = path.first, matchName(Array(first.unicodeScalars)[...], Array(name.unicodeScalars)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one name, character by character (Unicode scalars).
    private static func matchName(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            var remaining = name
            while true {
                if matchName(pattern.dropFirst(), remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case "?":
            return !name.isEmpty && matchName(pattern.dropFirst(), name.dropFirst())
        default:
            return name.first == first && matchName(pattern.dropFirst(), name.dropFirst())
        }
    }
}
