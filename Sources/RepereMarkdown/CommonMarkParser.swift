import Synchronization
import CCmarkGFM
import RepereSupport

/// Parses GitHub-flavoured Markdown with cmark-gfm into a ``MarkdownDocument``.
///
/// This file is the only one that touches cmark-gfm. The C tree is converted to value types
/// at once and freed, so nothing from C outlives a call.
///
/// > Warning: Debian's cmark-gfm 0.29 is not thread-safe: two threads parsing at once
/// > produced different output (autolinks lost): attaching and freeing a parser's extensions
/// > changes process-wide tables. Creating, running and freeing parsers is serialised by one
/// > process-wide lock; converting the finished tree (which belongs to this call alone) into
/// > value types runs outside it, on all cores.
public enum CommonMarkParser {
    private static let lock = Mutex(())
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Parses `text` (the body of a page, without front-matter). `columnShifts` are the columns
    /// a rewrite added at the start of each line (``ForeignContainers``), taken off positions so
    /// they point into the text as written (after `columnMaps`, for the lines a rewrite changed
    /// inside, by index); `writtenLines` the line each line was written at,
    /// when a rewrite added some (empty: every line kept its number). With `readingHTMLBlocks`
    /// (safe mode), an HTML block of any shape is read as the Markdown it stands for
    /// (``HTMLBlockMarkdown``), down to ``maximumHTMLDepth`` blocks read inside one another;
    /// else only those of known shapes are (``HTMLBlockShapes``).
    public static func parse(
        _ text: String, columnShifts: [Int] = [], writtenLines: [Int] = [], readingHTMLBlocks: Bool = false
    ) -> MarkdownDocument {
        parse(text, columnShifts: columnShifts, writtenLines: writtenLines, readingHTMLBlocks: readingHTMLBlocks, htmlDepth: 0)
    }

    /// How deep HTML blocks read as Markdown are read inside one another (`<div markdown>` in
    /// `<div markdown>`…); deeper ones are left to the filter.
    static let maximumHTMLDepth = 8

    static func parse(
        _ text: String, columnShifts: [Int], columnMaps: [Int: ColumnMap] = [:], writtenLines: [Int], readingHTMLBlocks: Bool, htmlDepth: Int
    ) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { bytes in
            let empty = MarkdownDocument(blocks: [], headings: [], references: [], rawHTML: [])
            let parsed = lock.withLock { _ -> ParsedTree? in
                cmark_gfm_core_extensions_ensure_registered()
                guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES) else { return nil }
                for name in extensionNames {
                    if let ext = cmark_find_syntax_extension(name) {
                        cmark_parser_attach_syntax_extension(parser, ext)
                    }
                }
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
                guard let root = cmark_parser_finish(parser) else {
                    cmark_parser_free(parser)
                    return nil
                }
                return ParsedTree(parser: parser, root: root)
            }
            guard let parsed else { return empty }
            defer {
                cmark_node_free(parsed.root)
                lock.withLock { _ in cmark_parser_free(parsed.parser) }
            }
            cmark_consolidate_text_nodes(parsed.root)
            var converter = TreeConverter(source: bytes, columnShifts: columnShifts, columnMaps: columnMaps, writtenLines: writtenLines)
            converter.readsHTMLBlocks = readingHTMLBlocks && htmlDepth < maximumHTMLDepth
            converter.htmlDepth = htmlDepth
            let blocks = converter.blocks(under: parsed.root)
            var document = MarkdownDocument(
                blocks: blocks, headings: converter.headings,
                references: converter.references, rawHTML: converter.rawHTML, tooDeep: converter.tooDeep)
            if !converter.htmlAnchors.isEmpty {
                var taken = Set(converter.headings.map(\.anchor))
                document.htmlAnchors = converter.htmlAnchors.filter { taken.insert($0).inserted }
            }
            return document
        }
    }
}

/// A finished cmark tree and its parser (freed under the lock, after the tree is converted).
private struct ParsedTree: @unchecked Sendable {
    var parser: OpaquePointer
    var root: OpaquePointer
}

/// Walks a cmark tree once, building value nodes and collecting headings and references.
///
/// The walk recurses once per level of nesting, and stops at
/// ``MarkdownDocument/maximumDepth``: what is nested deeper is left out of the value tree and
/// its position kept in `tooDeep`, so neither this walk nor any later one over the tree can
/// overflow the stack. (cmark-gfm itself parses, walks and frees its trees without recursion.)
private struct TreeConverter {
    let lineStarts: [Int]
    let source: UnsafeBufferPointer<UInt8>
    /// Columns added at the start of each line before parsing (see ``CommonMarkParser/parse(_:columnShifts:)``).
    let columnShifts: [Int]
    /// Where the columns of the lines a rewrite changed inside were written, by line index.
    let columnMaps: [Int: ColumnMap]
    /// The line of the text as written of each line (see ``CommonMarkParser/parse(_:columnShifts:writtenLines:)``).
    let writtenLines: [Int]
    /// Whether HTML blocks of any shape are read as Markdown (safe mode), and how deep in such
    /// blocks this text is.
    var readsHTMLBlocks = false
    var htmlDepth = 0
    var anchors = HeadingAnchors()
    var headings: [Heading] = []
    /// The `<details>` the HTML blocks read so far left open: headings there are folded.
    var openDetails = 0
    var references: [Reference] = []
    var rawHTML: [RawHTML] = []
    /// The anchors HTML tags mark (``Inline/anchor(_:)``), in order, repeats and headings' included.
    var htmlAnchors: [String] = []
    /// The `#id` of the attribute list ending the inlines read last (``AttributeLists``).
    var attributeID: String?
    /// The number of each note referred to, by label, in the order of their first reference.
    var footnoteNumbers: [String: Int] = [:]
    /// The notes read so far: cmark moves them to the end of the page in the order of their
    /// first reference (and leaves out those never referred to), so the next one is this plus one.
    var footnotesRead = 0
    /// The position of the innermost enclosing block, for inline nodes cmark gives none.
    var blockPosition = SourcePosition(line: 1, column: 1)
    /// The nesting level of the nodes being converted (0: the document itself).
    var level = 0
    /// The level of a table cell's own inlines while they are converted.
    var cellLevel: Int?
    /// How many links enclose the inlines being converted.
    var linkDepth = 0
    /// Where the first node nested deeper than the maximum depth starts.
    var tooDeep: SourcePosition?
    /// The last position computed (line, byte offset in the source, column), from which the
    /// next one on the same line is counted: nodes come in document order, so the positions of
    /// all the nodes of a long line cost one pass over it, not one each.
    private var cursor = (line: 0, byte: 0, column: 1)

    init(source: UnsafeBufferPointer<UInt8>, columnShifts: [Int], columnMaps: [Int: ColumnMap], writtenLines: [Int]) {
        self.source = source
        self.columnShifts = columnShifts
        self.columnMaps = columnMaps
        self.writtenLines = writtenLines
        var starts = [0]
        for (i, b) in source.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    // MARK: - Positions

    /// Converts cmark's 1-based line and UTF-8 byte column into a scalar column.
    mutating func position(of node: OpaquePointer) -> SourcePosition? {
        var line = Int(cmark_node_get_start_line(node))
        var byteColumn = Int(cmark_node_get_start_column(node))
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        // After a hard break written `\` at a line's end, cmark counts the next lines' columns from
        // the line of the break: a column past its line's end is on the lines after.
        while line < lineStarts.count, byteColumn > lineStarts[line] - lineStarts[line - 1] {
            byteColumn -= lineStarts[line] - lineStarts[line - 1]
            line += 1
        }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, source.count)
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        var (from, column) = cursor.line == line && cursor.byte <= end ? (cursor.byte, cursor.column) : (start, 1)
        for i in from..<end where source[i] & 0xC0 != 0x80 { column += 1 }
        cursor = (line, end, column)
        let shift = line <= columnShifts.count ? columnShifts[line - 1] : 0
        let written = columnMaps.isEmpty ? column : columnMaps[line - 1]?.column(column) ?? column
        return SourcePosition(line: line <= writtenLines.count ? writtenLines[line - 1] : line, column: max(1, written - shift))
    }

    // MARK: - Depth

    /// `convert` run one level down, for the children of `parent`; `empty` when they would be
    /// deeper than the maximum depth (the first such child's position is kept).
    mutating func nested<T>(under parent: OpaquePointer, _ empty: T, _ convert: (inout TreeConverter) -> T) -> T {
        guard level < MarkdownDocument.maximumDepth else {
            if tooDeep == nil, let child = cmark_node_first_child(parent) { tooDeep = position(of: child) ?? blockPosition }
            return empty
        }
        level += 1
        defer { level -= 1 }
        return convert(&self)
    }

    // MARK: - Blocks

    mutating func blocks(under parent: OpaquePointer) -> [Block] {
        nested(under: parent, []) { converter in
            var result: [Block] = []
            // cmark gives one note at a time: a run of them is one block, gathered here (joining
            // each to the block before copied the run each time, 7.6 s for 40,000 notes).
            var notes: [Footnote] = []
            var child = cmark_node_first_child(parent)
            while let node = child {
                if let known = converter.knownHTMLBlocks(node) {
                    if !notes.isEmpty { result.append(.footnotes(notes)); notes = [] }
                    result += known
                } else if let block = converter.block(node) {
                    if case .footnotes(let more) = block {
                        notes += more
                    } else {
                        if !notes.isEmpty { result.append(.footnotes(notes)); notes = [] }
                        result.append(block)
                    }
                }
                child = cmark_node_next(node)
            }
            if !notes.isEmpty { result.append(.footnotes(notes)) }
            return result
        }
    }

    /// The blocks an HTML block of a known shape stands for (``HTMLBlockShapes``), its images
    /// recorded as references; `nil` for any other node.
    mutating func knownHTMLBlocks(_ node: OpaquePointer) -> [Block]? {
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK, let start = position(of: node),
            let (pieces, leftOut) = HTMLBlockShapes.pieces(of: string(cmark_node_get_literal(node)), at: start, anyShape: readsHTMLBlocks)
        else { return nil }
        rawHTML += leftOut.map { RawHTML(html: $0, isBlock: true, position: start) }
        return pieces.flatMap { piece -> [Block] in
            switch piece {
            case .code(let language, let code):
                return [.codeBlock(language: language, code: code)]
            case .markdown(let text):
                // Its links, images and HTML are reported at the block's start; its headings
                // take their anchors among the page's.
                let inner = CommonMarkParser.parse(text, columnShifts: [], writtenLines: [], readingHTMLBlocks: readsHTMLBlocks, htmlDepth: htmlDepth + 1)
                references += inner.references.map { var reference = $0; reference.position = start; return reference }
                rawHTML += inner.rawHTML.map { var fragment = $0; fragment.position = start; return fragment }
                htmlAnchors += inner.htmlAnchors
                return inner.blocks.map { block in
                    guard case .heading(var heading) = block else { return block }
                    heading.anchor = anchors.anchor(for: heading.text)
                    heading.position = start
                    headings.append(heading)
                    return .heading(heading)
                }
            case .figure(let image, let caption):
                references.append(
                    Reference(kind: .image, destination: image.source, text: image.alt, isImageOnly: false, position: image.position))
                let paragraph = Block.paragraph([.image(image)])
                guard !caption.isEmpty else { return [paragraph] }
                return [
                    .htmlBlock(RawHTML(html: "<figure>\n", isBlock: true, position: start)), paragraph,
                    .htmlBlock(RawHTML(html: "<figcaption>\(HTMLEscaping.escape(caption))</figcaption>\n</figure>\n", isBlock: true, position: start)),
                ]
            }
        }
    }

    mutating func block(_ node: OpaquePointer) -> Block? {
        let saved = blockPosition
        if let p = position(of: node) { blockPosition = p }
        defer { blockPosition = saved }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let content = inlines(under: node)
            // A paragraph that was only an attribute list is none.
            return content.isEmpty && cmark_node_first_child(node) != nil ? nil : .paragraph(content)
        case CMARK_NODE_HEADING:
            attributeID = nil
            var content = inlines(under: node)
            let listed = attributeID
            let gitBook = GitBookHeadingAnchor.take(from: &content)
            if gitBook?.wasRawHTML == true { rawHTML.removeLast(2) }  // the `<a>` and `</a>` just read
            let custom = gitBook?.id ?? listed
            let text = content.plainText
            let anchor = custom.map { anchors.anchor(for: text, preferring: $0) } ?? anchors.anchor(for: text)
            // An `<a id>` the heading could not take (its anchor taken, or not a slug's letters) is
            // no anchor at all: it is no longer in the text.
            if let id = gitBook?.id, gitBook?.wasRawHTML == false, anchor != id, let last = htmlAnchors.lastIndex(of: id) {
                htmlAnchors.remove(at: last)
            }
            let heading = Heading(
                level: Int(cmark_node_get_heading_level(node)), anchor: anchor, text: text, content: content, position: blockPosition,
                isFolded: openDetails > 0)
            headings.append(heading)
            return .heading(heading)
        case CMARK_NODE_BLOCK_QUOTE:
            return GFMAlert.callout(from: blocks(under: node))
        case CMARK_NODE_LIST:
            return .list(list(node))
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node))
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            return .codeBlock(language: language, code: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK:
            let html = RawHTML(html: string(cmark_node_get_literal(node)), isBlock: true, position: blockPosition)
            rawHTML.append(html)
            let lowered = html.html.lowercased()
            openDetails = max(0, openDetails + lowered.components(separatedBy: "<details").count - lowered.components(separatedBy: "</details").count)
            htmlAnchors += HTMLInlines.anchors(inBlock: html.html)
            return .htmlBlock(html)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnotesRead += 1
            return .footnotes([Footnote(number: footnotesRead, blocks: blocks(under: node))])
        default:
            if typeName(node) == "table" { return .table(table(node)) }
            return nil
        }
    }

    mutating func list(_ node: OpaquePointer) -> List {
        let items = nested(under: node, [ListItem]()) { converter in
            var items: [ListItem] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                let task: Bool? =
                    converter.typeName(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
                items.append(ListItem(task: task, blocks: converter.blocks(under: item)))
                child = cmark_node_next(item)
            }
            return items
        }
        return List(
            isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
            start: Int(cmark_node_get_list_start(node)),
            isTight: cmark_node_get_list_tight(node) != 0,
            items: items)
    }

    mutating func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        let (header, rows) = nested(under: node, ([], [])) { converter -> ([[Inline]], [[[Inline]]]) in
            var header: [[Inline]] = []
            var rows: [[[Inline]]] = []
            var rowNode = cmark_node_first_child(node)
            while let row = rowNode {
                let cells = converter.nested(under: row, [[Inline]]()) { converter in
                    var cells: [[Inline]] = []
                    var cellNode = cmark_node_first_child(row)
                    while let cell = cellNode {
                        converter.cellLevel = converter.level + 1
                        cells.append(converter.inlines(under: cell))
                        converter.cellLevel = nil
                        cellNode = cmark_node_next(cell)
                    }
                    return cells
                }
                if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
                rowNode = cmark_node_next(row)
            }
            return (header, rows)
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    // MARK: - Inlines

    mutating func inlines(under parent: OpaquePointer) -> [Inline] {
        nested(under: parent, []) { converter in
            var result: [Inline] = []
            var child = cmark_node_first_child(parent)
            while let node = child {
                if let inline = converter.inline(node) { Self.append(inline, to: &result) }
                child = cmark_node_next(node)
            }
            var read = converter.readingHTMLInlines(result)
            if AttributeLists.mayHold(read) {
                let (unlinked, links) = AttributeLists.unlinkingAddresses(in: read)
                read = unlinked
                for link in links {
                    // An address's position is its paragraph's: the reference of that address there.
                    if let i = converter.references.lastIndex(where: { $0.kind == .link && $0.destination == link.destination && $0.position == link.position }) {
                        converter.references.remove(at: i)
                    }
                }
            }
            converter.attributeID = AttributeLists.take(from: &read)
            return InlineMarks.read(read) ?? read
        }
    }

    /// `inlines` with their `<a href>` … `</a>` pairs and `<img>` tags read as links and images
    /// (``HTMLInlines``), which become references and are no raw HTML any more.
    mutating func readingHTMLInlines(_ inlines: [Inline]) -> [Inline] {
        let read = HTMLInlines.read(inlines, links: linkDepth == 0)
        guard !read.found.isEmpty else { return inlines }
        // An address GFM linked inside an `<a href>` is its text now, no reference of its own.
        for link in read.unlinked {
            if let i = references.lastIndex(where: { $0.kind == .link && $0.destination == link.destination && $0.position == link.position }) {
                references.remove(at: i)
            }
        }
        for case .anchor(let id) in read.found { htmlAnchors.append(id) }
        var taken = Set(read.taken)  // among the last fragments read: searched from the end
        var i = rawHTML.count - 1
        while !taken.isEmpty, i >= 0 {
            if taken.remove(rawHTML[i]) != nil { rawHTML.remove(at: i) }
            i -= 1
        }
        let added = read.found.compactMap { inline -> Reference? in
            switch inline {
            case .image(let image): Reference(kind: .image, destination: image.source, text: image.alt, isImageOnly: false, position: image.position)
            case .link(let link):
                Reference(kind: .link, destination: link.destination, text: link.content.plainText, isImageOnly: link.isImageOnly, position: link.position)
            default: nil
            }
        }
        // In document order: merged once with the references from the first one's place on
        // (a paragraph of thousands of HTML links stays linear).
        func place(_ r: Reference) -> (Int, Int) { (r.position.line, r.position.column) }
        if let first = added.first {
            let start = (references.lastIndex { place($0) < place(first) } ?? -1) + 1
            let tail = (Array(references[start...]) + added).enumerated()
                .sorted { (place($0.element).0, place($0.element).1, $0.offset) < (place($1.element).0, place($1.element).1, $1.offset) }.map(\.element)
            references.replaceSubrange(start..., with: tail)
        }
        return read.inlines
    }

    /// `inline` added to `inlines`: a text without its MkDocs icons, its emoji shortcodes
    /// replaced, with its key combinations read.
    static func append(_ inline: Inline, to inlines: inout [Inline]) {
        guard case .text(let written) = inline else { return inlines.append(inline) }
        let withoutIcons = MaterialIcons.removing(from: written) ?? written
        let text = EmojiShortcodes.replacing(in: withoutIcons) ?? withoutIcons
        if let keys = KeyboardKeys.split(text) { inlines += keys } else if !text.isEmpty { inlines.append(.text(text)) }
    }

    mutating func inline(_ node: OpaquePointer) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // cmark numbers a reference by its note's first use: the number the note list shows.
            let literal = string(cmark_node_get_literal(node))
            return .footnoteReference(Int(literal) ?? footnoteNumber(literal))
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlines(under: node))
        case CMARK_NODE_STRONG: return .strong(inlines(under: node))
        case CMARK_NODE_HTML_INLINE:
            let html = RawHTML(
                html: string(cmark_node_get_literal(node)), isBlock: false,
                position: position(of: node) ?? blockPosition, isInTableCell: cellLevel == level)
            rawHTML.append(html)
            return .html(html)
        case CMARK_NODE_LINK:
            let position = position(of: node) ?? blockPosition
            let slot = references.count  // the link comes before the images inside it
            linkDepth += 1
            let content = inlines(under: node)
            linkDepth -= 1
            let link = Link(
                destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                content: content, position: position)
            references.insert(
                Reference(
                    kind: .link, destination: link.destination, text: content.plainText,
                    isImageOnly: link.isImageOnly, position: position), at: slot)
            return .link(link)
        case CMARK_NODE_IMAGE:
            let position = position(of: node) ?? blockPosition
            let image = Image(
                source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                alt: inlines(under: node).plainText, position: position)
            references.append(
                Reference(kind: .image, destination: image.source, text: image.alt, isImageOnly: false, position: position))
            return .image(image)
        default:
            if typeName(node) == "strikethrough" { return .strikethrough(inlines(under: node)) }
            return nil
        }
    }

    /// The number of the note `label`: the next one the first time it is met.
    mutating func footnoteNumber(_ label: String) -> Int {
        if let number = footnoteNumbers[label] { return number }
        footnoteNumbers[label] = footnoteNumbers.count + 1
        return footnoteNumbers.count
    }

    // MARK: - C strings

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }
}
