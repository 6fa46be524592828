import Testing
@testable import RepereMarkdown

/// Pathological nesting: the parser keeps every tree within `MarkdownDocument.maximumDepth`
/// levels and says where the first deeper node starts, so no walk over a document can
/// overflow the stack.
@Suite struct NestingTests {
    static let limit = MarkdownDocument.maximumDepth

    /// The file from the hardening issue: 50,000 `>` on the first line, then a long line of `[`
    /// and one of `*`. It used to crash (stack overflow in the tree conversion).
    static let fiftyThousandQuotes =
        String(repeating: ">", count: 50_000) + "\n" + String(repeating: "[", count: 50_000) + "\n"
        + String(repeating: "*", count: 50_000) + "\n"

    @Test(.timeLimit(.minutes(1)))
    func fiftyThousandNestedQuotesStopAtTheLimit() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let doc = CommonMarkParser.parse(Self.fiftyThousandQuotes)
        let elapsed = clock.now - start
        // The quote at level 257 starts at column 257 of line 1.
        #expect(doc.tooDeep == SourcePosition(line: 1, column: Self.limit + 1))
        #expect(Self.depth(doc.blocks) == Self.limit)
        // The line of `[` is a paragraph of text after the quotes, the line of `*` a thematic break.
        #expect(doc.blocks.count == 3)
        #expect(doc.blocks.last == .thematicBreak)
        // What downstream walks do with the tree stays within the stack too.
        #expect(HTMLRenderer().render(doc).components(separatedBy: "<blockquote>").count == Self.limit + 1)
        #expect(doc == CommonMarkParser.parse(Self.fiftyThousandQuotes))
        #expect(elapsed < .seconds(5), "parsing took \(elapsed)")
    }

    /// Each form of nesting, one level over the limit and at the limit: (Markdown, where the
    /// first too-deep node starts). Levels: a top-level block is at 1, its inlines at 2.
    static let overTheLimit: KeyValuePairs<String, (String, SourcePosition)> = [
        // 255 quotes, a paragraph at 256, its text at 257.
        "quotes": (String(repeating: ">", count: 255) + " texte\n", SourcePosition(line: 1, column: 257)),
        // list k at level 2k-1: the list at 257 is the 129th, at column 257.
        "lists": (String(repeating: "- ", count: 129) + "x\n", SourcePosition(line: 1, column: 257)),
        // emphasis k at level k+1; the text inside the 255th is at 257.
        "emphasis": (String(repeating: "*a ", count: 255) + "b" + String(repeating: " c*", count: 255) + "\n",
         SourcePosition(line: 1, column: 3 * 254 + 2)),
        // images nest inside image descriptions: image k at level k+1, the 256th at 257.
        "images": (String(repeating: "![", count: 256) + "x" + String(repeating: "](i.png)", count: 256) + "\n",
         SourcePosition(line: 1, column: 2 * 255 + 1)),
        // table at 1, row at 2, cell at 3, emphasis k at 3+k: the text inside the 253rd at 257.
        "table": ("| a |\n|---|\n| " + String(repeating: "*x ", count: 253) + "y" + String(repeating: " z*", count: 253) + " |\n",
         SourcePosition(line: 3, column: 4 + 3 * 252)),
    ]

    @Test(arguments: overTheLimit.map(\.key))
    func everyFormOfNestingIsBoundedAndLocated(name: String) throws {
        let (markdown, position) = try #require(Self.overTheLimit.first { $0.key == name }).value
        let doc = CommonMarkParser.parse(markdown)
        #expect(doc.tooDeep == position, "\(name)")
        #expect(Self.depth(doc.blocks) <= Self.limit, "\(name)")
        #expect(!HTMLRenderer().render(doc).isEmpty)
    }

    @Test func nestingAtTheLimitIsKeptWhole() {
        let markdown = [
            String(repeating: ">", count: 254) + " texte",
            String(repeating: "- ", count: 127) + "x",
            String(repeating: "*a ", count: 254) + "b" + String(repeating: " c*", count: 254),
        ].joined(separator: "\n\n") + "\n"
        let doc = CommonMarkParser.parse(markdown)
        #expect(doc.tooDeep == nil)
        #expect(Self.depth(doc.blocks) == Self.limit)
        #expect(HTMLRenderer().render(doc).contains("<em>a <em>a "))
    }

    /// A long line with many nodes: their columns are counted in one pass over the line, not
    /// one pass each (100,000 links on one line of 1.3 MB).
    @Test(.timeLimit(.minutes(1)))
    func positionsOnOneLongLineAreLinear() {
        let line = String(repeating: "é [a](b.md) ", count: 100_000)
        let clock = ContinuousClock()
        let start = clock.now
        let doc = CommonMarkParser.parse(line + "\n")
        let elapsed = clock.now - start
        #expect(doc.references.count == 100_000)
        #expect(doc.references.last?.position == SourcePosition(line: 1, column: 12 * 99_999 + 3))
        #expect(elapsed < .seconds(10), "parsing took \(elapsed)")
    }

    /// How many levels deep `blocks` nest, counted as the parser counts them.
    static func depth(_ blocks: [Block]) -> Int {
        blocks.map { block in
            switch block {
            case .paragraph(let inlines): 1 + depth(inlines)
            case .heading(let heading): 1 + depth(heading.content)
            case .blockQuote(let children), .callout(_, let children): 1 + depth(children)
            case .list(let list): 1 + (list.items.map { 1 + depth($0.blocks) }.max() ?? 0)
            case .table(let table):
                1 + ((table.rows + [table.header]).map { 1 + ($0.map { 1 + depth($0) }.max() ?? 0) }.max() ?? 0)
            case .footnotes(let notes): 1 + (notes.map { depth($0.blocks) }.max() ?? 0)
            case .codeBlock, .htmlBlock, .thematicBreak: 1
            }
        }.max() ?? 0
    }

    static func depth(_ inlines: [Inline]) -> Int {
        inlines.map { inline in
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .mark(let children), .inserted(let children):
                1 + depth(children)
            case .link(let link): 1 + depth(link.content)
            // An image keeps its description as plain text: its nested images count as levels
            // while parsing, but the value tree holds only the image.
            case .image, .text, .code, .softBreak, .lineBreak, .html, .footnoteReference, .keys, .anchor: 1
            }
        }.max() ?? 0
    }
}
