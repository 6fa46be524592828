import RepereContent

/// A page with its Markdown parsed: the output of the parse stage.
public struct ParsedPage: Hashable, Sendable {
    public var page: Page
    public var document: MarkdownDocument
    /// Whether `document` holds only the tree's outline (``keepOutlineOnly()``).
    public private(set) var isOutline = false
    /// Whether HTML blocks of any shape were read as Markdown (safe mode): so is the tree parsed again.
    public var readsHTMLBlocks = true
    /// Whether ESM lines were read as MDX code: so are they when the tree is parsed again.
    public var readsESM = true

    public init(page: Page, document: MarkdownDocument) {
        self.page = page
        self.document = document
    }

    /// Drops the tree but its outline: the headings, links, images and raw HTML that resolving and
    /// checking read. The source stays, to parse the page again with ``withWholeTree()``.
    public mutating func keepOutlineOnly() {
        // The footnotes' anchors, which links may name (``MarkdownDocument/linkableAnchors``), outlive their blocks.
        document.htmlAnchors = document.linkableAnchors
        document.blocks = []
        isOutline = true
    }

    /// This page with its whole tree: parsed again from its source if only the outline was kept.
    public func withWholeTree() -> ParsedPage {
        guard isOutline else { return self }
        var whole = ParsedPage(page: page, document: ParseStage.document(of: page.body, readingHTMLBlocks: readsHTMLBlocks, readingESM: readsESM))
        whole.readsHTMLBlocks = readsHTMLBlocks
        whole.readsESM = readsESM
        return whole
    }

    /// Drops the page's Markdown source and tree but the tree's headings (kept for tables of
    /// contents): what a build holds most of, once the page's body is rendered and its search
    /// document made.
    public mutating func releaseDocument() {
        document = MarkdownDocument(blocks: [], headings: document.headings, references: [], rawHTML: [])
        page.body = ""
    }
}
