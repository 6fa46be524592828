import RepereContent

/// The Markdown file of one record: front-matter from its fields, then its body.
///
/// | SNUpport | front-matter |
/// |---|---|
/// | `title`, `description` | `title`, `description` |
/// | `position` | `order` (1, 2, 3… among siblings, sections first, as SNUpport lists them) |
/// | `status` | `status: draft` or `archived` (published is the default) |
/// | `allowedRoles` | `audience`, when narrower than the section's |
/// | `keywords` | `keywords` (a list) |
/// | `group`, `imageSrc`, `imageAlt` | `group`, `image`, `image_alt` (kept for templates as `page.params`) |
/// | `icon` | `icon` |
/// | `createdAt`, `contentUpdatedAt` or `updatedAt` | `created`, `updated` (UTC days) |
/// | `slug` | `aliases: ["/base-de-connaissance/<slug>/"]`, the old address |
/// | `_id` | `snupport_id` (to trace a page back, and for the impact history) |
enum PageText {
    /// `body` is the converted Markdown; `image` the card image's address as written.
    static func make(_ placed: PlacedRecord, body: String, image: String?, basePath: String) -> String {
        let r = placed.record
        var fm = FrontMatterText()
        fm.text("title", r.title)
        fm.text("description", r.description)
        fm.plain("order", String(placed.order))
        if placed.status != .published { fm.plain("status", placed.status.rawValue) }
        if placed.writesAudience { fm.list("audience", placed.roles.map(SnupportRoles.audienceID), bare: true) }
        fm.list("keywords", r.keywords)
        fm.text("group", r.group)
        fm.text("icon", r.icon)
        fm.text("image", image)
        if image != nil { fm.text("image_alt", r.imageAlt) }
        fm.plain("created", r.created?.description)
        fm.plain("updated", r.updated?.description)
        if let alias = alias(of: placed, basePath: basePath) { fm.list("aliases", [alias]) }
        fm.text("snupport_id", r.id)
        return fm.result + (body.isEmpty ? "" : "\n" + body)
    }

    /// The record's old address (`/base-de-connaissance/<slug>/`), unless it is the page's new one.
    static func alias(of placed: PlacedRecord, basePath: String) -> String? {
        let alias = basePath + "/" + percentEncoded(placed.record.slug) + "/"
        return alias == url(of: placed.file) ? nil : alias
    }

    /// The address of a file of the content folder: `a/_section.md` → `/a/`, `a/b.md` → `/a/b/`.
    static func url(of file: String) -> String {
        var path = file
        if path.hasSuffix("/_section.md") { path.removeLast("/_section.md".count) }
        else if path.hasSuffix(".md") { path.removeLast(3) }
        return "/" + path + "/"
    }

    /// A slug as a path segment: letters, digits and `-._~` as they are, the rest escaped.
    static func percentEncoded(_ slug: String) -> String {
        var out = ""
        for b in slug.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
            }
        }
        return out
    }
}
