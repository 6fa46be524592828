import RepereDiagnostics
import RepereMarkdown

/// The links between pages, by page index (the order of ``ResolvedSite/pages``).
public struct LinkGraph: Sendable {
    /// One link written in a page's Markdown to another page.
    public struct Link: Hashable, Sendable {
        public var from: Int
        public var to: Int
        /// Where the link is written.
        public var location: SourceLocation
    }

    /// Every page-to-page link, in page then document order (self-links included).
    public let links: [Link]
    /// For each page, the pages it links to (distinct, sorted, itself excluded).
    public let outbound: [[Int]]
    /// For each page, the pages that link to it (distinct, sorted, itself excluded).
    public let inbound: [[Int]]
    /// For each page, the pages named in its front-matter `related:`, in that order.
    public let explicitRelated: [[Int]]

    public init(pageCount: Int, links: [Link], explicitRelated: [[Int]]) {
        self.links = links
        var outbound = Array(repeating: Set<Int>(), count: pageCount)
        var inbound = Array(repeating: Set<Int>(), count: pageCount)
        for link in links where link.from != link.to {
            outbound[link.from].insert(link.to)
            inbound[link.to].insert(link.from)
        }
        self.outbound = outbound.map { $0.sorted() }
        self.inbound = inbound.map { $0.sorted() }
        self.explicitRelated = explicitRelated
    }
}
