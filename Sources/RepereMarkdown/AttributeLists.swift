import RepereSupport

/// Python-Markdown's attribute lists (`attr_list`, which MkDocs Material's pages use everywhere):
/// `{: .img-center loading=lazy }`, `{ .md-button }` or `{#mon-ancre}` right after an image or a
/// link, or ending a line of a paragraph or heading. Repère's theme knows none of those classes
/// and writes no attribute from a page, so each list is taken out of the text instead of being
/// shown; a heading's `#id` becomes its anchor, so the addresses MkDocs published keep working,
/// and an image's `width` and `height` in pixels its size.
///
/// A brace anywhere else (`{x}` in a sentence, a list that is not the last thing on its line
/// nor after an element) is text, as in Python-Markdown.
enum AttributeLists {
    /// Takes the attribute lists out of `inlines` (a paragraph's, a heading's, a cell's…) and
    /// returns the `#id` of the one ending them, if any.
    static func take(from inlines: inout [Inline]) -> String? {
        guard mayHold(inlines) else { return nil }
        func isBreak(_ inline: Inline) -> Bool { inline == .softBreak || inline == .lineBreak }
        var id: String?
        var kept: [Inline] = []  // built in one pass: thousands of lists in a paragraph stay linear
        kept.reserveCapacity(inlines.count)
        var dropsBreak = false  // the text before was a line left empty: its break goes with it
        for (i, inline) in inlines.enumerated() {
            if dropsBreak {
                dropsBreak = false
                if isBreak(inline) { continue }
            }
            guard case .text(let text) = inline else {
                kept.append(inline)
                continue
            }
            let isLast = i == inlines.count - 1
            let afterElement = i > 0 && isElement(inlines[i - 1])
            let endsLine = isLast || isBreak(inlines[i + 1])
            var scalars = Array(text.unicodeScalars)
            if afterElement, let list = list(in: scalars, at: 0) {
                scalars.removeSubrange(0..<list.end)
                if case .image(var image) = kept.last {
                    // `![Capture](capture.png){ width="300" }`: the size Material gives it.
                    image.width = Image.pixels(list.values["width"]) ?? image.width
                    image.height = Image.pixels(list.values["height"]) ?? image.height
                    kept[kept.count - 1] = .image(image)
                }
                if isLast || scalars.allSatisfy({ $0 == " " }) { id = list.id ?? id }
            }
            if endsLine, let brace = scalars.lastIndex(of: "{"), let list = list(in: scalars, at: brace),
                scalars[list.end...].allSatisfy({ $0 == " " }), isMarked(scalars[(brace + 1)..<(list.end - 1)]) {
                var start = brace
                while start > 0, scalars[start - 1] == " " { start -= 1 }
                scalars.removeSubrange(start...)
                if isLast { id = list.id ?? id }
            }
            var rest = String(String.UnicodeScalarView(scalars))
            if rest == text {
                kept.append(inline)
                continue
            }
            // What ends a line loses its spaces; a line left empty goes with its break.
            if endsLine { rest = String(rest.reversed().drop { $0 == " " }.reversed()) }
            if !rest.isEmpty {
                kept.append(.text(rest))
            } else if !isLast {
                dropsBreak = true
            } else if let last = kept.last, isBreak(last) {
                kept.removeLast()
            }
        }
        inlines = kept
        return id
    }

    /// The attribute list starting at `start` in `scalars`: where it ends (after its `}`), its
    /// `#id` and its `key=value` items (unquoted); `nil` when none starts there. Its items are
    /// `.class`, `#id` and `key=value` (the value bare or quoted), or after `{:` a bare name,
    /// separated by spaces, at least one.
    static func list(in scalars: [Unicode.Scalar], at start: Int) -> (end: Int, id: String?, values: [String: String])? {
        var i = start
        guard i < scalars.count, scalars[i] == "{" else { return nil }
        i += 1
        let colon = i < scalars.count && scalars[i] == ":"
        if colon { i += 1 }
        var id: String?
        var values: [String: String] = [:]
        var items = 0
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while true {
            while i < scalars.count, scalars[i] == " " { i += 1 }
            guard i < scalars.count else { return nil }
            if scalars[i] == "}" { return items > 0 ? (i + 1, id, values) : nil }
            let isName = { (c: Unicode.Scalar) in c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":" }
            if scalars[i] == "." || scalars[i] == "#" {
                let marker = scalars[i]
                var end = i + 1
                while end < scalars.count, isName(scalars[end]) { end += 1 }
                // A lone `.` is an empty class, as Python-Markdown reads it (`{. target="_blank"}`).
                guard end > i + 1 || marker == "." else { return nil }
                if marker == "#" { id = String(String.UnicodeScalarView(scalars[(i + 1)..<end])) }
                i = end
            } else {
                var end = i
                while end < scalars.count, isName(scalars[end]) { end += 1 }
                guard end > i else { return nil }
                // A bare name (`{: data-search-exclude }`) only after `{:`, or a `data-` one: `{x}` is text.
                // `target = "_blank"`: Python-Markdown allows spaces around the `=`.
                var equals = end
                while equals < scalars.count, scalars[equals] == " " { equals += 1 }
                guard equals < scalars.count, scalars[equals] == "=" else {
                    guard colon || isDataAttribute(scalars[i..<end]) else { return nil }
                    i = end
                    items += 1
                    continue
                }
                let key = text(i..<end)
                i = equals + 1
                while i < scalars.count, scalars[i] == " " { i += 1 }
                if i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" {
                    let quote = scalars[i]
                    guard let close = scalars[(i + 1)...].firstIndex(of: quote) else { return nil }
                    values[key] = text((i + 1)..<close)
                    i = close + 1
                } else {
                    let valueStart = i
                    while i < scalars.count, scalars[i] != " ", scalars[i] != "}" { i += 1 }
                    values[key] = text(valueStart..<i)
                }
            }
            items += 1
        }
    }

    /// Whether a list's inside is an attribute list's beyond doubt: `{: …}`, or with a `.class`, a
    /// `#id` or a `data-` attribute (`{ data-search-exclude }`, Material's). A line of prose may end
    /// in `{a=b}`; a list after an element may be bare `key=value`.
    private static func isMarked(_ inside: ArraySlice<Unicode.Scalar>) -> Bool {
        let items = inside.split(separator: " ")
        return inside.first == ":" || items.contains { $0.first == "." || $0.first == "#" || isDataAttribute($0) }
    }

    /// Whether an item is a `data-` attribute (`data-search-exclude`, `data-x="1"`).
    private static func isDataAttribute(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        item.starts(with: "data-".unicodeScalars) && item.count > 5
    }

    /// Whether a text of `inlines` has a `{`, which any attribute list starts with.
    static func mayHold(_ inlines: [Inline]) -> Bool {
        inlines.contains { if case .text(let text) = $0 { text.containsByte(UInt8(ascii: "{")) } else { false } }
    }

    /// `inlines` with each address GFM made a link of inside an open attribute list
    /// (`{title="https://x.fr/a.pdf - nouvelle fenêtre"}`, `{: title="https://x.fr/b"}`) back in
    /// its text, so that ``take(from:)`` reads the list whole; and those links, which are no
    /// references.
    static func unlinkingAddresses(in inlines: [Inline]) -> (inlines: [Inline], unlinked: [Link]) {
        guard inlines.contains(where: { if case .link = $0 { true } else { false } }) else { return (inlines, []) }
        var out: [Inline] = []
        var unlinked: [Link] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .link(let link) = inline, link.content.count == 1, case .text(let shown) = link.content[0],
                [shown, "http://" + shown, "mailto:" + shown].contains(link.destination),
                case .text(let before)? = out.last, let open = before.lastIndex(of: "{"), !before[open...].contains("}")
            {
                out[out.count - 1] = .text(before + shown)
                unlinked.append(link)
                continue
            }
            if !unlinked.isEmpty, case .text(let text) = inline, case .text(let before)? = out.last {
                out[out.count - 1] = .text(before + text)  // the rest of the list, after the address
                continue
            }
            out.append(inline)
        }
        return (out, unlinked)
    }

    /// An inline an attribute list right after it would be given to.
    private static func isElement(_ inline: Inline) -> Bool {
        switch inline {
        case .image, .link, .emphasis, .strong, .code, .strikethrough, .mark, .inserted: true
        default: false
        }
    }
}
