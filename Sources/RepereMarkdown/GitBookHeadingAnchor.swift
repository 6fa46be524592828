/// The anchor GitBook writes at the end of a heading the author gave one:
/// `## Queries <a href="#mutations-queries" id="mutations-queries"></a>`. The empty link is taken
/// out of the heading and its `id` becomes the heading's anchor (when free), so the addresses
/// GitBook published keep working and the link is not reported as raw HTML left out.
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
            let id = tag.attributes.first(where: { $0.0 == "id" })?.1, !id.isEmpty,
            tag.attributes.allSatisfy({ $0.0 == "id" || ($0.0 == "href" && ($0.1 == "#" + id || $0.1 == id)) })
        else { return nil }
        content.removeLast(2)
        trimEnd(&content)
        return (id, true)
    }

    /// `content` without the spaces ending it.
    private static func trimEnd(_ content: inout [Inline]) {
        if case .text(let text) = content.last {
            let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(trimmed) }
        }
    }
}
