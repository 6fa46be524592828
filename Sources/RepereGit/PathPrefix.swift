/// A repository-relative folder such as `docs/content/`, or the empty prefix for the whole repository.
struct PathPrefix: Sendable {
    /// The folder with a trailing slash, or `""`.
    let value: String

    init(_ raw: String) {
        let parts = raw.split(separator: "/").filter { $0 != "." }
        value = parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// The folder without its trailing slash, as libgit2 path lookups expect it.
    var folder: String { String(value.dropLast()) }

    func contains(_ path: String) -> Bool { path.hasPrefix(value) }
}
