import RepereContent

/// A page with its Markdown parsed: the output of the parse stage.
public struct ParsedPage: Hashable, Sendable {
    public var page: Page
    public var document: MarkdownDocument

    public init(page: Page, document: MarkdownDocument) {
        self.page = page
        self.document = document
    }

    /// Drops the page's Markdown source and tree but the tree's headings (kept for tables of
    /// contents): what a build holds most of, once the page's body is rendered and its search
    /// document made.
    public mutating func releaseDocument() {
        document = MarkdownDocument(blocks: [], headings: document.headings, references: [], rawHTML: [])
        page.body = ""
    }
}
