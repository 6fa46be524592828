import RepereContent

/// A position in a Markdown body: 1-based line, 1-based column counted in Unicode scalars.
///
/// Lines are relative to the text given to the parser (the body after the front-matter);
/// the content stage adds the front-matter's line count to report file positions.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A parsed Markdown document: a value tree, safe to share across threads.
///
/// The parse stage fills in everything later stages need without walking the tree again:
/// headings with their anchors, and every link and image with its position.
public struct MarkdownDocument: Hashable, Sendable {
    public var blocks: [Block]
    /// Every heading in document order, with its unique anchor.
    public var headings: [Heading]
    /// Every link and image in document order (code spans and blocks excluded).
    public var references: [Reference]
    /// Every raw HTML fragment, in document order.
    public var rawHTML: [RawHTML]
    /// Where the first block or inline nested deeper than ``maximumDepth`` starts, if any: the
    /// tree stops above it (what is nested deeper is left out), and the parse stage reports it.
    public var tooDeep: SourcePosition?
    /// The abbreviations the page defines (MkDocs' `*[SIG]: …`), rendered as the glossary's are.
    public var abbreviations: [String: String] = [:]
    /// The containers of other tools the page's text has and Repère does not understand
    /// (``ForeignContainers/rewrite(_:)``), found while rewriting it for the parser.
    package var unknownDirectives: [ForeignContainers.Unknown] = []
    /// The anchors HTML tags mark in the text (``Inline/anchor(_:)``) that no heading has, each
    /// once, in order: links to them are not broken.
    public var htmlAnchors: [String] = []

    /// The anchors links may name besides the headings': those HTML tags mark, and each
    /// footnote's (`fn-1`, which GitBook links as GitHub writes it, `#user-content-fn-1`).
    public var linkableAnchors: [String] {
        htmlAnchors + blocks.flatMap { block -> [String] in
            guard case .footnotes(let notes) = block else { return [] }
            return notes.map { "fn-\($0.number)" }
        }
    }

    /// How deep blocks and inlines may nest: each block quote, list, list item, table row and
    /// cell, emphasis, link or image is one level, and a paragraph at the top of the page is at
    /// level 1. Every walk over a document (rendering, plain text, search sections, checks,
    /// equality, even freeing it) recurses once per level, so the parser keeps trees within
    /// this depth: a page nested deeper (50,000 `>` on a line) gets `markdown.too-deep`
    /// instead of overflowing the stack.
    public static let maximumDepth = NestingLimit.maximumDepth

    public init(
        blocks: [Block], headings: [Heading], references: [Reference], rawHTML: [RawHTML], tooDeep: SourcePosition? = nil
    ) {
        self.blocks = blocks
        self.headings = headings
        self.references = references
        self.rawHTML = rawHTML
        self.tooDeep = tooDeep
    }
}

/// A block-level node. Only the large cases are boxed (`indirect`): a paragraph is its array
/// of inlines, with no allocation of its own.
public enum Block: Hashable, Sendable {
    case paragraph([Inline])
    indirect case heading(Heading)
    case blockQuote([Block])
    /// A GFM alert (`> [!NOTE]`), rendered as a callout.
    case callout(CalloutKind, [Block])
    indirect case list(List)
    indirect case codeBlock(language: String, code: String)
    indirect case htmlBlock(RawHTML)
    case thematicBreak
    indirect case table(Table)
    /// The notes of the page (`[^1]: …`), in the order they are first referred to.
    indirect case footnotes([Footnote])
}

/// An inline node. Only links, images and raw HTML are boxed (`indirect`): a run of text is
/// stored in its array, with no allocation of its own beyond the text's.
public enum Inline: Hashable, Sendable {
    case text(String)
    case code(String)
    case softBreak
    case lineBreak
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    indirect case link(Link)
    indirect case image(Image)
    indirect case html(RawHTML)
    /// A reference to the page's note of this number (`[^1]`).
    case footnoteReference(Int)
    /// A key combination, each key as shown (`++ctrl+c++`: Ctrl, C).
    case keys([String])
    /// Highlighted text (`==surligné==`, MkDocs' pymdownx.mark).
    case mark([Inline])
    /// Inserted text (`^^inséré^^`, MkDocs' pymdownx.caret).
    case inserted([Inline])
    /// A place an HTML tag's `id` marks in the text (`<a id="etape"></a>`, `<a name="etape">`,
    /// `<span id="etape">`), which links reach: rendered as an empty `<span id>` unless a
    /// heading or an earlier tag has the same anchor (``MarkdownDocument/htmlAnchors``).
    case anchor(String)
}

/// A note of the page (`[^source]: …`), numbered in the order it is first referred to.
public struct Footnote: Hashable, Sendable {
    public var number: Int
    public var blocks: [Block]
}

/// A heading and the anchor that identifies it in the page.
public struct Heading: Hashable, Sendable {
    public var level: Int
    /// The unique id of the heading in its page (`etape-2-valider`).
    public var anchor: String
    /// The heading's plain text.
    public var text: String
    public var content: [Inline]
    public var position: SourcePosition
    /// Whether it is inside a `<details>` (GitBook's expandable blocks): shown when opened, not
    /// in the page's table of contents.
    public var isFolded = false
}

/// The five GFM alert kinds.
public enum CalloutKind: String, Hashable, Sendable, CaseIterable {
    case note, tip, important, warning, caution
}

public struct List: Hashable, Sendable {
    public var isOrdered: Bool
    public var start: Int
    public var isTight: Bool
    public var items: [ListItem]
}

public struct ListItem: Hashable, Sendable {
    /// `nil` for an ordinary item, `true`/`false` for a checked/unchecked task.
    public var task: Bool?
    public var blocks: [Block]
}

public struct Table: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
}

public struct Link: Hashable, Sendable {
    public var destination: String
    public var title: String
    public var content: [Inline]
    public var position: SourcePosition

    /// Whether its content is a single image (its text then comes from the image's alt).
    var isImageOnly: Bool { content.count == 1 && { if case .image = content[0] { true } else { false } }() }

    /// Whether its text is only the name of the file or folder it leads to (`[budget.md](gerer/budget.md)`,
    /// `[outils](../outils/)`), as GitBook writes the links of its page cards (`{% content-ref %}`):
    /// the page's title then says more.
    public var namesItsFile: Bool { Self.namesFile(content.plainText, destination: destination) || Self.namesAnchor(content.plainText, destination: destination) }

    /// Whether `text` is `#` and the anchor `destination` ends with (`[#creer-un-compte](faq.md#creer-un-compte)`),
    /// as GitBook writes its mentions of a heading: the heading's text then says more.
    public static func namesAnchor(_ text: String, destination: String) -> Bool {
        guard text.hasPrefix("#"), text.count > 1, let hash = destination.firstIndex(of: "#") else { return false }
        return text.dropFirst() == destination[destination.index(after: hash)...]
    }

    /// Whether `text` is the name of the file or folder `destination` leads to, with or without
    /// `.md` or `.html`, and reads as one: with a `-`, `_` or `.` (a single word, `[affectations](affectations/)`,
    /// is prose, and stays).
    public static func namesFile(_ text: String, destination: String) -> Bool {
        // Most link texts have spaces: they are ruled out before the destination is looked at.
        let name = text.trimmingWhitespace
        guard name.contains(where: { $0 == "-" || $0 == "_" || $0 == "." }), !name.contains(where: \.isWhitespace) else { return false }
        let path = destination.prefix { $0 != "#" && $0 != "?" }.split(separator: "/").last.map(String.init) ?? ""
        guard !path.isEmpty, path != "..", path != "." else { return false }
        let bare = [".md", ".html"].first { path.hasSuffix($0) }.map { String(path.dropLast($0.count)) } ?? path
        return name == path || name == bare || name == (path.removingPercentEncoding ?? path)
    }
}

public struct Image: Hashable, Sendable {
    public var source: String
    public var title: String
    /// The alternative text: the plain text of the image description.
    public var alt: String
    public var position: SourcePosition
    /// The size the page asks for, in CSS pixels (`<img width="300">`, `{ width="300" }`,
    /// `![[capture.png|300]]`), or nil.
    public var width: Int?
    public var height: Int?

    public init(source: String, title: String, alt: String, position: SourcePosition, width: Int? = nil, height: Int? = nil) {
        self.source = source
        self.title = title
        self.alt = alt
        self.position = position
        self.width = width
        self.height = height
    }

    /// A size attribute's number of pixels: `300` or `300px`, from 1 to 10,000; nil for anything
    /// else (`50%`, `auto`), which HTML's `width` does not take.
    public static func pixels(_ value: String?) -> Int? {
        guard var text = value?.filter({ $0 != " " }).lowercased() else { return nil }
        if text.hasSuffix("px") { text.removeLast(2) }
        guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }), text.count <= 5, let n = Int(text), (1...10_000).contains(n) else { return nil }
        return n
    }
}

/// A raw HTML fragment as written in the Markdown.
public struct RawHTML: Hashable, Sendable {
    public var html: String
    public var isBlock: Bool
    public var position: SourcePosition
    /// Whether it is written directly in a table cell (not inside a link or emphasis there), where
    /// GitBook writes paragraphs and lists as HTML (`<p>`, `<ul><li>`).
    public var isInTableCell = false
}

/// A link or image found in a document, for resolution and checks.
public struct Reference: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case link, image }
    public var kind: Kind
    public var destination: String
    /// The link text or the image's alternative text, as plain text.
    public var text: String
    /// Whether a link's content is a single image (its text then comes from the image's alt).
    public var isImageOnly: Bool
    public var position: SourcePosition
}
