/// The anchor GitBook writes at the end of a heading the author gave one:
/// `## Queries <a href="#mutations-queries" id="mutations-queries"></a>`. The empty link is taken
/// out of the heading and its `id` becomes the heading's anchor (when free), so the addresses
/// GitBook published keep working and the link is not reported as raw HTML left out. So is a
/// heading's own permalink without an `id` (`<a href="#licence" class="toc-anchor"></a>`, as
/// Grav's and other themes' pages hold them): its target is the heading's anchor.
enum GitBookHeadingAnchor {
    /// The `id` of an empty `<a href="#id" id="id"></a>` ending `content`, or of the anchor an
    /// `<a id="id"></a>` became (``HTMLInlines``), which `content` loses with the spaces before
    /// it, and whether it was raw HTML; `nil`, with `content` untouched, when it does not end so.
    static func take(from content: inout [Inline]) -> (id: String, wasRawHTML: Bool)? {
        if case .anchor(let id)? = content.last {
            content.removeLast()
            trimEnd(&content)
            return (id, false)
        }
        guard content.count >= 2, case .html(let open) = content[content.count - 2], case .html(let close) = content[content.count - 1],
            HTMLTag(parsing: close.html).map({ $0.name == "a" && $0.isClosing }) == true,
            let tag = HTMLTag(parsing: open.html), tag.name == "a", !tag.isClosing,
            let id = Self.id(of: tag)
        else { return nil }
        content.removeLast(2)
        trimEnd(&content)
        return (id, true)
    }

    /// The anchor of an empty `<a>` closing a heading: its `id` when its `href` is that `id` or
    /// none, else the `#…` of an `href` beside attributes that only dress it (`class`, `title`, `aria-…`).
    private static func id(of tag: HTMLTag) -> String? {
        if let id = tag.attributes.first(where: { $0.0 == "id" })?.1, !id.isEmpty {
            return tag.attributes.allSatisfy({ $0.0 == "id" || ($0.0 == "href" && ($0.1 == "#" + id || $0.1 == id)) }) ? id : nil
        }
        guard let href = tag.attributes.first(where: { $0.0 == "href" })?.1, href.hasPrefix("#"),
            tag.attributes.allSatisfy({ ["href", "class", "title", "rel"].contains($0.0) || $0.0.hasPrefix("aria-") })
        else { return nil }
        return String(href.dropFirst()).asAnchorID
    }

    /// `content` without the spaces ending it.
    private static func trimEnd(_ content: inout [Inline]) {
        if case .text(let text) = content.last {
            let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(trimmed) }
        }
    }
}
