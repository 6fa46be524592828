import RepereContent

/// The file and folder names of one folder of the new project, handed out once each.
///
/// A record's name is its slug when that is URL-safe (SNUpport checks slugs against
/// `^[0-9a-z-]+$`), else the slug made safe with ``Slug/make(from:)``. A name already taken in
/// the folder, or reserved, gets `-2`, `-3`…, as SNUpport suffixes colliding slugs: a section's
/// folder and an article's file share one namespace, since `x/` and `x.md` are both `/x/`.
struct FileNames {
    private var taken: Set<String>
    private let reserved: Set<String>

    /// `index` in every folder (`index.md` would make a page bundle); at the root, also the
    /// addresses of the pages every site generates and the folder of copied images.
    init(isRoot: Bool, extraReserved: Set<String> = []) {
        reserved = isRoot ? Self.rootReserved.union(extraReserved).union(["index"]) : ["index"]
        taken = reserved
    }

    static let rootReserved: Set<String> = [
        "assets", "recherche", "public", "etiquettes", "categories", "plan-du-site", "nouveautes", "glossaire",
        "accessibilite", "mentions-legales", "donnees-personnelles", "404",
    ]

    /// A name for `slug` (`fallback` when it has no letter or digit), and why it differs from the
    /// slug when it does.
    mutating func name(for slug: String, fallback: String) -> (name: String, reason: String?) {
        var base = Slug.make(from: slug)
        var reason: String? = base == slug ? nil : "'\(slug)' is not a URL-safe slug"
        if base.isEmpty {
            base = Slug.make(from: fallback)
            if base.isEmpty { base = "page" }
        }
        var name = base
        var n = 2
        while taken.contains(name) {
            if reason == nil {
                reason = reserved.contains(name)
                    ? "'\(name)' is reserved in this folder" : "'\(name)' is already taken in its folder"
            }
            name = "\(base)-\(n)"
            n += 1
        }
        taken.insert(name)
        return (name, reason)
    }
}
