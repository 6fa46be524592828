import Foundation
import RepereSupport

/// Links and images written in HTML among Markdown inlines (`<a href="…">texte</a>`,
/// `<img src="…" alt="…">`, as GitBook and GitHub READMEs write them, in table cells above all;
/// `<video src="…"></video>`, a link to the file)
/// read as the Markdown links and images they stand for: they are then checked, rewritten and
/// rendered like any, instead of losing their tags to ``RawHTMLFilter``. The `href`, `src`,
/// `alt`, `title` and an image's `width` and `height` in pixels are kept, other attributes
/// (`target`, `class`…) dropped. An `<a href>` with
/// nothing before its `</a>` (``GitBookHeadingAnchor``'s) or with no `</a>` after it among the
/// same inlines, and an `<img>` with no `src`, stay raw HTML, and so does an `<a href>` inside a
/// Markdown link (links do not nest).
///
/// An `<a>` with an `id` or a `name` and no `href` (`<a id="etape"></a>`, `<a name="etape">texte</a>`)
/// is an anchor: its tags become ``Inline/anchor(_:)``, its text stays. Any other tag with an
/// `id` (`<span id="etape">`) is preceded by the anchor and stays raw HTML (which loses the `id`);
/// so is an HTML block whose tags have one (`<div id="faq">`, ``anchors(inBlock:)``).
package enum HTMLInlines {
    /// The anchors the opening tags of the HTML block `html` mark, in order (`<div id="faq">`).
    static func anchors(inBlock html: String) -> [String] {
        guard let tokens = HTMLToken.split(html, droppingComments: true) else { return [] }
        return tokens.compactMap { token in
            guard case .tag(let tag, _) = token, !tag.isClosing else { return nil }
            return anchorID(of: tag)
        }
    }

    /// `inlines` with each `<a href>` … `</a>` pair replaced by a link and each `<img src>` by an
    /// image, the tags it took, the links and images in the order met, and the links GFM made of
    /// addresses inside an `<a href>` (`<a href="https://x.fr/">https://x.fr/</a>`), now its text:
    /// links do not nest.
    static func read(_ inlines: [Inline], links readsLinks: Bool) -> (inlines: [Inline], taken: [RawHTML], found: [Inline], unlinked: [Link]) {
        guard inlines.contains(where: { if case .html = $0 { true } else { false } }) else { return (inlines, [], [], []) }
        var out: [Inline] = []
        var taken: [RawHTML] = []
        var found: [Inline] = []
        var unlinked: [Link] = []
        let anchorTags = inlines.indices.filter { isAnchorTag(inlines[$0]) }
        var nextAnchor = 0  // in anchorTags, the first after i
        var i = 0
        while i < inlines.count {
            while nextAnchor < anchorTags.count, anchorTags[nextAnchor] <= i { nextAnchor += 1 }
            if case .html(let raw) = inlines[i], let tag = HTMLTag(parsing: raw.html), tag.name == "img", !tag.isClosing,
                let source = tag.imageSource
            {
                let image = Image(
                    source: HTMLEntities.decoded(Substring(source)), title: HTMLEntities.decoded(Substring(attribute("title", of: tag) ?? "")),
                    alt: HTMLEntities.decoded(Substring(attribute("alt", of: tag) ?? "")), position: raw.position,
                    width: Image.pixels(attribute("width", of: tag)), height: Image.pixels(attribute("height", of: tag)))
                out.append(.image(image))
                taken.append(raw)
                found.append(.image(image))
                i += 1
                continue
            }
            // `<video src="demo.mp4" controls></video>` in a line: a link to the file (``HTMLEmbeds``).
            if readsLinks, case .html(let raw) = inlines[i], let tag = HTMLTag(parsing: raw.html), tag.name == "video", !tag.isClosing,
                let source = attribute("src", of: tag), !source.isEmpty, i + 1 < inlines.count, case .html(let close) = inlines[i + 1],
                let end = HTMLTag(parsing: close.html), end.name == "video", end.isClosing
            {
                let address = HTMLEntities.decoded(Substring(source))
                let title = HTMLEntities.decoded(Substring(attribute("title", of: tag) ?? "")).trimmingWhitespace
                let name = address.split(separator: "/").last.map { String($0.prefix { $0 != "?" && $0 != "#" }) } ?? address
                let link = Link(destination: address, title: "", content: [.text(title.isEmpty ? "Vidéo : " + name : title + " (vidéo)")], position: raw.position)
                out.append(.link(link))
                taken += [raw, close]
                found.append(.link(link))
                i += 2
                continue
            }
            if case .html(let raw) = inlines[i], let tag = HTMLTag(parsing: raw.html), !tag.isClosing, let id = anchorID(of: tag) {
                out.append(.anchor(id))
                found.append(.anchor(id))
                // `<a id>` … `</a>`: both tags taken, the text between kept.
                if tag.name == "a", nextAnchor < anchorTags.count, case let end = anchorTags[nextAnchor],
                    case .html(let close) = inlines[end], HTMLTag(parsing: close.html)?.isClosing == true
                {
                    let inner = read(Array(inlines[(i + 1)..<end]), links: readsLinks)
                    out += inner.inlines
                    taken += [raw, close] + inner.taken
                    found += inner.found
                    unlinked += inner.unlinked
                    i = end + 1
                    continue
                }
                if tag.name != "a" { out.append(inlines[i]) } else { taken.append(raw) }
                i += 1
                continue
            }
            guard readsLinks, case .html(let open) = inlines[i], let tag = HTMLTag(parsing: open.html), tag.name == "a", !tag.isClosing,
                let href = attribute("href", of: tag),
                nextAnchor < anchorTags.count, case let end = anchorTags[nextAnchor], end > i + 1
            else {
                out.append(inlines[i])
                i += 1
                continue
            }
            guard case .html(let close) = inlines[end], HTMLTag(parsing: close.html)?.isClosing == true else {
                out.append(inlines[i])  // another `<a` opens first: this one is not closed
                i += 1
                continue
            }
            let title = attribute("title", of: tag) ?? ""
            let inner = read(Array(inlines[(i + 1)..<end]), links: false)  // its images
            let content = withoutLinks(inner.inlines)
            let link = Link(
                destination: HTMLEntities.decoded(Substring(href)), title: HTMLEntities.decoded(Substring(title)),
                content: content.inlines, position: open.position)
            out.append(.link(link))
            taken += [open, close] + inner.taken
            found += [.link(link)] + inner.found
            unlinked += content.links
            i = end + 1
        }
        return (out, taken, found, unlinked)
    }

    /// `inlines` with each link replaced by what it shows, and those links.
    static func withoutLinks(_ inlines: [Inline]) -> (inlines: [Inline], links: [Link]) {
        var links: [Link] = []
        func unlinked(_ inlines: [Inline]) -> [Inline] {
            inlines.flatMap { inline -> [Inline] in
                switch inline {
                case .link(let link):
                    links.append(link)
                    return unlinked(link.content)
                case .emphasis(let children): return [.emphasis(unlinked(children))]
                case .strong(let children): return [.strong(unlinked(children))]
                case .strikethrough(let children): return [.strikethrough(unlinked(children))]
                case .mark(let children): return [.mark(unlinked(children))]
                case .inserted(let children): return [.inserted(unlinked(children))]
                default: return [inline]
                }
            }
        }
        let out = unlinked(inlines)
        return (out, links)
    }

    /// The anchor an opening tag marks: its `id` (an `<a>`'s `name` too) when it has no `href`,
    /// as the page writes it (`String/asAnchorID`).
    static func anchorID(of tag: HTMLTag) -> String? {
        guard attribute("href", of: tag) == nil,
            let id = attribute("id", of: tag) ?? (tag.name == "a" ? attribute("name", of: tag) : nil)
        else { return nil }
        return id.asAnchorID
    }

    private static func attribute(_ name: String, of tag: HTMLTag) -> String? {
        tag.attributes.first(where: { $0.0 == name })?.1
    }

    private static func isAnchorTag(_ inline: Inline) -> Bool {
        guard case .html(let raw) = inline, let tag = HTMLTag(parsing: raw.html) else { return false }
        return tag.name == "a"
    }
}
