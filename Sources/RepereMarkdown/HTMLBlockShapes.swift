import RepereSupport

/// Raw HTML blocks of well-known, harmless shapes, which GitBook writes for images, code and tables,
/// read as the Markdown they stand for: they are then rendered and checked like it, instead of
/// being left out by ``RawHTMLFilter``.
///
/// - `<figure><img src="…" alt="…"><figcaption>…</figcaption></figure>`, or `<img src="…" alt="…">`
///   alone, several in a row, possibly inside a `<div>`, `<p align="center">` or `<center>`: each is the image `![alt](src "title")` gives (its file and
///   its alternative text checked as for any image), inside `<figure>` with the caption's text
///   when it has one (`<figure>`, the image, `<figcaption>` as Markdown would write them). The
///   image keeps its `width` and `height` in pixels, its other attributes (`class`…) are
///   dropped; the caption keeps its text only.
/// - `<pre class="language-bash"><code class="lang-bash">…</code></pre>`: the code block
///   `` ```bash `` gives, its text without the tags inside it (`<strong>`, `<span>`) and with
///   character references decoded.
///
/// - a `<table>`: the Markdown table, or list of cards, ``HTMLTables`` reads.
/// - an `<iframe>` (a YouTube or Vimeo player): the link ``HTMLEmbeds`` makes;
/// - in safe mode, any other shape: the Markdown ``HTMLBlockMarkdown`` reads.
///
/// Anything else, or any other tag in those shapes, is no match: in unsafe mode the filter then
/// decides, in safe mode ``HTMLBlockMarkdown`` reads it.
enum HTMLBlockShapes {
    /// What a block stands for.
    enum Piece: Equatable {
        /// An image, at its `<img>` tag, with its caption's text (empty when none).
        case figure(Image, caption: String)
        case code(language: String, code: String)
        /// Markdown to read in its place (``HTMLTables``).
        case markdown(String)
    }

    /// The pieces `html` (an HTML block starting at `position`) stands for, or `nil` when it is
    /// not of a known shape; with `anyShape` (safe mode), of any other shape too
    /// (``HTMLBlockMarkdown``), its tags left out named.
    static func pieces(of html: String, at position: SourcePosition, anyShape: Bool = false) -> (pieces: [Piece], leftOut: [String])? {
        // Comments show nothing: a block holding one is read without it.
        guard let tokens = HTMLToken.split(html, droppingComments: true) else { return nil }
        var reader = Reader(tokens: tokens, html: html, position: position)
        if let known = reader.code().map({ [$0] }) ?? reader.figures() ?? HTMLTables.markdown(tokens, html: html).map({ [.markdown($0)] })
            ?? HTMLEmbeds.link(tokens).map({ [.markdown($0)] })
        {
            return (known, [])
        }
        guard anyShape, let read = HTMLBlockMarkdown.read(tokens, html: html) else { return nil }
        return ([.markdown(read.markdown)], read.leftOut)
    }

    /// A `language-bash` or `lang-bash` class's language (letters, digits, `+-#_.`), if any.
    static func codeLanguage(of tag: HTMLTag) -> String? {
        let classes = tag.attributes.first(where: { $0.0 == "class" })?.1.split(separator: " ") ?? []
        for name in classes {
            for prefix in ["language-", "lang-"] where name.hasPrefix(prefix) {
                let language = name.dropFirst(prefix.count)
                if !language.isEmpty, language.allSatisfy({ $0.isLetter || $0.isNumber || "+-#_.".contains($0) }) { return String(language) }
            }
        }
        return nil
    }

    /// The elements around a block's images or player that only lay them out (`<p align="center">`).
    static let layoutWrappers = ["div", "p", "center"]

    /// Elements whose tags may stand inside a caption or a code block: their text is kept.
    private static let phrasing: Set<String> = [
        "a", "abbr", "b", "br", "code", "em", "i", "kbd", "mark", "p", "s", "samp", "small", "span", "strong", "sub", "sup", "u",
    ]

    /// Reads tokens from the first one on.
    private struct Reader {
        let tokens: [HTMLToken]
        let html: String
        let position: SourcePosition
        var index = 0
        /// The last place ``location(of:)`` counted to, and its position.
        private var counted: (index: String.Index, position: SourcePosition)

        init(tokens: [HTMLToken], html: String, position: SourcePosition) {
            (self.tokens, self.html, self.position) = (tokens, html, position)
            counted = (html.startIndex, position)
        }

        /// `<pre><code>…</code></pre>`, and nothing else; on no match, nothing is taken.
        mutating func code() -> Piece? { allOrNothing { $0.codeTaken() } }

        private mutating func codeTaken() -> Piece? {
            guard let pre = take("pre"), let code = take("code") else { return nil }
            var text = ""
            while index < tokens.count {
                switch tokens[index] {
                case .text(let run): text += HTMLEntities.decoded(run)
                case .tag(let tag, _) where tag.name == "code" && tag.isClosing:
                    index += 1
                    guard take("/pre") != nil, atEnd() else { return nil }
                    let language = HTMLBlockShapes.codeLanguage(of: pre) ?? HTMLBlockShapes.codeLanguage(of: code) ?? ""
                    return .code(language: language, code: text.hasSuffix("\n") ? text : text + "\n")
                case .tag(let tag, _):
                    guard HTMLBlockShapes.phrasing.contains(tag.name) else { return nil }
                    if tag.name == "br" { text += "\n" }
                }
                index += 1
            }
            return nil
        }

        /// Figures in a row, possibly inside a `<div>`, and nothing else.
        mutating func figures() -> [Piece]? {
            // Inside layout wrappers, as GitBook and READMEs center images: `<p align="center">`, `<div>`.
            var wrappers: [String] = []
            while wrappers.count < 3, let wrapper = HTMLBlockShapes.layoutWrappers.first(where: { take($0) != nil }) { wrappers.append(wrapper) }
            var pieces: [Piece] = []
            while let piece = figure() ?? image() { pieces.append(piece) }
            for wrapper in wrappers.reversed() { guard take("/" + wrapper) != nil else { return nil } }
            return pieces.isEmpty || !atEnd() ? nil : pieces
        }

        /// An `<img src>` outside a figure (a `<br>` after it taken too), as an image without a
        /// caption; on no match, nothing is taken.
        private mutating func image() -> Piece? {
            allOrNothing { reader in
                // `src={capture}` is MDX's (an imported image), no address.
                guard case .some(.tag(let img, let range)) = reader.skippingSpace(), img.name == "img", !img.isClosing,
                    let source = img.attributes.first(where: { $0.0 == "src" })?.1, !source.hasPrefix("{")
                else { return nil }
                reader.index += 1
                _ = reader.take("br")
                let alt = img.attributes.first(where: { $0.0 == "alt" })?.1 ?? ""
                let title = img.attributes.first(where: { $0.0 == "title" })?.1 ?? ""
                let image = Image(
                    source: HTMLEntities.decoded(Substring(source)), title: HTMLEntities.decoded(Substring(title)),
                    alt: HTMLEntities.decoded(Substring(alt)), position: reader.location(of: range.lowerBound),
                    width: Image.pixels(img.attributes.first(where: { $0.0 == "width" })?.1),
                    height: Image.pixels(img.attributes.first(where: { $0.0 == "height" })?.1))
                return .figure(image, caption: "")
            }
        }

        /// `<figure><img …>[<figcaption>…</figcaption>]</figure>`; on no match, nothing is taken.
        private mutating func figure() -> Piece? { allOrNothing { $0.figureTaken() } }

        /// What `read` reads; on `nil`, the reader is back where it was.
        private mutating func allOrNothing(_ read: (inout Reader) -> Piece?) -> Piece? {
            let start = index
            guard let piece = read(&self) else {
                index = start
                return nil
            }
            return piece
        }

        private mutating func figureTaken() -> Piece? {
            guard take("figure") != nil, case .some(.tag(let img, let range)) = skippingSpace(), img.name == "img", !img.isClosing
            else { return nil }
            index += 1
            let attributes = Dictionary(img.attributes, uniquingKeysWith: { first, _ in first })
            guard let source = attributes["src"] else { return nil }
            var caption = ""
            if take("figcaption") != nil {
                while index < tokens.count {
                    if case .tag(let tag, _) = tokens[index], tag.name == "figcaption", tag.isClosing { break }
                    switch tokens[index] {
                    case .text(let run): caption += HTMLEntities.decoded(run)
                    case .tag(let tag, _):
                        guard HTMLBlockShapes.phrasing.contains(tag.name) else { return nil }
                        if tag.name == "p" || tag.name == "br" { caption += " " }  // `L'<strong>écran</strong>s` is one word
                    }
                    index += 1
                }
                guard take("/figcaption") != nil else { return nil }
            }
            guard take("/figure") != nil else { return nil }
            let image = Image(
                source: HTMLEntities.decoded(Substring(source)), title: HTMLEntities.decoded(Substring(attributes["title"] ?? "")),
                alt: HTMLEntities.decoded(Substring(attributes["alt"] ?? "")), position: location(of: range.lowerBound),
                width: Image.pixels(attributes["width"]), height: Image.pixels(attributes["height"]))
            return .figure(image, caption: caption.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }

        /// The next token after white space, which is skipped.
        private mutating func skippingSpace() -> HTMLToken? {
            while index < tokens.count, case .text(let run) = tokens[index], run.allSatisfy(\.isWhitespace) { index += 1 }
            return index < tokens.count ? tokens[index] : nil
        }

        /// Takes the tag `name` (`/name` for its end) after white space.
        private mutating func take(_ name: String) -> HTMLTag? {
            let closing = name.hasPrefix("/")
            guard case .some(.tag(let tag, _)) = skippingSpace(), tag.isClosing == closing, tag.name == name.drop(while: { $0 == "/" })
            else {
                return nil
            }
            index += 1
            return tag
        }

        private mutating func atEnd() -> Bool {
            _ = skippingSpace()
            return index == tokens.count
        }

        /// `bash` from `class="language-bash"` or `class="lang-bash"`.

        /// The position in the page of `index` in `html`, counted on from the last one asked
        /// (figures come in order: a block of many costs one pass).
        private mutating func location(of index: String.Index) -> SourcePosition {
            if index < counted.index { counted = (html.startIndex, position) }
            var (line, column) = (counted.position.line, counted.position.column)
            for scalar in html.unicodeScalars[counted.index..<index] {
                if scalar == "\n" { (line, column) = (line + 1, position.column) } else { column += 1 }
            }
            counted = (index, SourcePosition(line: line, column: column))
            return counted.position
        }
    }
}
