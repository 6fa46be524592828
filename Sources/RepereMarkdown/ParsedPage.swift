import RepereContent

/// A page with its Markdown parsed: the output of the parse stage.
public struct ParsedPage: Hashable, Sendable {
    public var page: Page
    public var document: MarkdownDocument

    public init(page: Page, document: MarkdownDocument) {
        self.page = page
        self.document = document
    }
}
