import RepereSupport

/// Writes a paragraph's pieces as Markdown: marks as well-nested delimiters around runs of
/// pieces (bold outside italic outside strikethrough, so `**a *b***` and never crossed runs),
/// white space moved outside the delimiters (`**a **` would not close), line breaks as `\`
/// at the end of the line, and what starts a line escaped as such.
enum InlineMarkdown {
    /// The Markdown of `pieces`; in a heading, line breaks become spaces.
    static func render(_ pieces: [InlinePiece], inHeading: Bool = false) -> String {
        var items = normalized(pieces)
        if inHeading {
            items = normalized(items.map { $0 == .lineBreak ? .text(" ", []) : $0 })
        }
        return run(ArraySlice(lineStarts(items)), marks: Marks.nesting[...], inHeading: inHeading)
    }

    /// A piece and whether it begins a line.
    private struct Item {
        var piece: InlinePiece
        var atLineStart: Bool
    }

    /// Adjacent texts with the same marks merged; line breaks at either end and spaces around
    /// line breaks removed (they show nothing, and four spaces would make code).
    private static func normalized(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var out: [InlinePiece] = []
        for piece in pieces {
            if case .text(let text, let marks) = piece {
                if text.isEmpty { continue }
                if case .text(let previous, let previousMarks)? = out.last, previousMarks == marks {
                    out[out.count - 1] = .text(previous + text, marks)
                    continue
                }
            }
            out.append(piece)
        }
        while out.first == .lineBreak { out.removeFirst() }
        while out.last == .lineBreak { out.removeLast() }
        // Spaces at the ends of lines.
        for i in out.indices {
            guard case .text(var text, let marks) = out[i] else { continue }
            if i == 0 || out[i - 1] == .lineBreak { text = String(text.drop { $0 == " " || $0 == "\t" }) }
            if i == out.count - 1 || out[i + 1] == .lineBreak {
                while text.last == " " || text.last == "\t" { text.removeLast() }
            }
            out[i] = .text(text, marks)
        }
        return out.filter { if case .text(let t, _) = $0 { return !t.isEmpty } else { return true } }
    }

    private static func lineStarts(_ pieces: [InlinePiece]) -> [Item] {
        var atStart = true
        return pieces.map { piece in
            defer { atStart = piece == .lineBreak }
            return Item(piece: piece, atLineStart: atStart)
        }
    }

    /// Runs of `items` grouped by the first of `marks`, each wrapped in its delimiter.
    private static func run(_ items: ArraySlice<Item>, marks: ArraySlice<Marks>, inHeading: Bool) -> String {
        guard let mark = marks.first else { return items.map { write($0, inHeading: inHeading) }.joined() }
        var out = ""
        var i = items.startIndex
        while i < items.endIndex {
            let has = items[i].piece.marks.contains(mark)
            var j = i
            while j < items.endIndex, items[j].piece.marks.contains(mark) == has { j += 1 }
            let inner = run(items[i..<j], marks: marks.dropFirst(), inHeading: inHeading)
            out += has ? wrap(inner, in: mark.delimiter) : inner
            i = j
        }
        return out
    }

    /// `inner` between delimiters, with its white space at either end left outside them.
    private static func wrap(_ inner: String, in delimiter: String) -> String {
        let scalars = Array(inner.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !MarkdownText.isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !MarkdownText.isWhitespace($0) })
        else { return inner }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        // A line break (`\` then a new line) stays inside: it is not white space for the delimiter.
        return text(0..<first) + delimiter + text(first..<(last + 1)) + delimiter + text((last + 1)..<scalars.count)
    }

    private static func write(_ item: Item, inHeading: Bool) -> String {
        switch item.piece {
        case .text(let text, let marks):
            if marks.contains(.code) { return text.markdownCodeSpan }
            return MarkdownText.escape(text, atLineStart: item.atLineStart && !inHeading)
        case .lineBreak:
            return "\\\n"
        case .link(let destination, let pieces):
            // The link's own marks are written around it; its text never starts a line.
            let inner = normalized(pieces.map { $0.removing(item.piece.marks) }).map { Item(piece: $0, atLineStart: false) }
            let text = run(ArraySlice(inner), marks: Marks.nesting[...], inHeading: inHeading)
            return "[" + text + "](" + MarkdownText.destination(destination) + ")"
        case .image(let alt, let destination):
            return "![" + MarkdownText.escape(alt, atLineStart: false) + "](" + MarkdownText.destination(destination) + ")"
        }
    }
}
