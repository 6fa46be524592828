import RepereSupport

/// Recognises the addresses of the old knowledge base in links: `/base-de-connaissance/<slug>`,
/// `https://support.snu.gouv.fr/base-de-connaissance/<slug>` (any host of `snu.gouv.fr`) and a
/// bare `<slug>`, which the editor's link form also accepted.
struct KnowledgeLinks: Sendable {
    /// The old base path without its final slash (`/base-de-connaissance`, or `""`).
    let basePath: String
    /// Index in the tree's placed records by slug.
    let bySlug: [String: Int]

    enum Target: Equatable {
        /// Not the knowledge base: written as it is (`www.` given `https://`).
        case external(String)
        /// A record, and whether an `#anchor` or `?query` was dropped (SNUpport's headings have no
        /// anchors, and its pages no parameters a static page could read).
        case record(Int, droppedSuffix: Bool)
        /// The knowledge base's home page.
        case home
        /// The knowledge base (or the old site, or a relative address) but no record of the export.
        case unknown
    }

    func target(of url: String) -> Target {
        let u = url.trimmingWhitespace
        if u.isEmpty { return .unknown }
        if let (scheme, rest) = Self.splitScheme(u) {
            guard scheme == "http" || scheme == "https", rest.hasPrefix("//") else { return .external(u) }
            return web(rest, original: u)
        }
        if u.hasPrefix("//") { return web(u, original: "https:" + u) }
        if u.lowercased().hasPrefix("www.") { return .external("https://" + u) }
        if u.hasPrefix("/") { return knowledgeBasePath(u) ?? .unknown }
        if u.hasPrefix("#") || u.hasPrefix("?") { return .unknown }
        // A bare slug, maybe `./slug/`.
        var path = u.hasPrefix("./") ? String(u.dropFirst(2)) : u
        let suffix = Self.suffixStart(path).map { path[$0...] }
        if let suffix { path = String(path[..<suffix.startIndex]) }
        while path.hasSuffix("/") { path.removeLast() }
        guard let i = bySlug[Self.percentDecoded(path)] else { return .unknown }
        return .record(i, droppedSuffix: !(suffix ?? "").isEmpty)
    }

    /// `//host/path…` of an http(s) address.
    private func web(_ rest: String, original: String) -> Target {
        let afterSlashes = rest.dropFirst(2)
        let hostEnd = afterSlashes.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterSlashes.endIndex
        var host = afterSlashes[..<hostEnd].lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        guard host == "snu.gouv.fr" || host.hasSuffix(".snu.gouv.fr") else { return .external(original) }
        let path = String(afterSlashes[hostEnd...])
        return knowledgeBasePath(path.isEmpty ? "/" : path) ?? .external(original)
    }

    /// A site path under the base path: the home page, a record, or a slug the export lacks;
    /// `nil` when the path is not under the base path.
    private func knowledgeBasePath(_ pathAndSuffix: String) -> Target? {
        var path = pathAndSuffix
        let suffix = Self.suffixStart(path).map { String(path[$0...]) } ?? ""
        path = String(path.prefix(path.count - suffix.count))
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if path == basePath || (basePath.isEmpty && path == "/") { return .home }
        guard path.hasPathPrefix(basePath + "/") else { return nil }
        let slug = Self.percentDecoded(String(path.dropFirst(basePath.count + 1)))
        guard !slug.contains("/"), let i = bySlug[slug] else { return .unknown }
        return .record(i, droppedSuffix: !suffix.isEmpty)
    }

    /// The scheme (lowercased) and the rest, when `u` starts with `scheme:`.
    static func splitScheme(_ u: String) -> (String, String)? {
        guard let colon = u.firstIndex(of: ":") else { return nil }
        let scheme = u[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return nil }
        return (scheme.lowercased(), String(u[u.index(after: colon)...]))
    }

    private static func suffixStart(_ path: String) -> String.Index? {
        path.firstIndex { $0 == "?" || $0 == "#" }
    }

    /// `%C3%A9` → `é`; an invalid escape is kept as it is.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The path from the file `from` to the file `to`, both relative to the content folder:
    /// `phase-1/a.md` → `phase-2/b.md` is `../phase-2/b.md`.
    static func relativePath(from: String, to: String) -> String {
        let source = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < source.count, common < target.count - 1,
            source[source.startIndex + common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: source.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
