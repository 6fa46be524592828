/// One page as the search index sees it: what the site stage hands to ``IndexBuilder``.
///
/// The index never sees the site's own `Page` type; this small value is the whole input of the
/// format contract (see `Documentation/Reference/search-index-format.md`).
public struct SearchDocument: Codable, Hashable, Sendable {
    /// A stable identifier, unique in the site (the page's path); documents are ordered by it.
    public var id: String
    /// The page's address as links in the site write it (`/aide/affectations/changer-de-centre/`).
    public var url: String
    public var title: String
    /// The top-level section the page belongs to, for the section filter; nil for pages at the root.
    public var section: SearchFacet?
    /// `faq`, `tutorial` or `article`.
    public var type: String
    /// Audience ids; empty means every audience.
    public var audiences: [String]
    public var keywords: [String]
    public var description: String
    /// The text before the first heading, then one entry per heading, in document order.
    public var sections: [SearchSection]
    /// Whether the page is a section's landing page: its text mostly sums up its children, so it
    /// ranks below an article that matches as well, unless it is titled as the query.
    public var isSectionPage: Bool

    public init(
        id: String, url: String, title: String, section: SearchFacet? = nil, type: String = "article",
        audiences: [String] = [], keywords: [String] = [], description: String = "", sections: [SearchSection] = [],
        isSectionPage: Bool = false
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.section = section
        self.type = type
        self.audiences = audiences
        self.keywords = keywords
        self.description = description
        self.sections = sections
        self.isSectionPage = isSectionPage
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), url: try c.decode(String.self, forKey: .url),
            title: try c.decode(String.self, forKey: .title), section: try c.decodeIfPresent(SearchFacet.self, forKey: .section),
            type: try c.decodeIfPresent(String.self, forKey: .type) ?? "article",
            audiences: try c.decodeIfPresent([String].self, forKey: .audiences) ?? [],
            keywords: try c.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            description: try c.decodeIfPresent(String.self, forKey: .description) ?? "",
            sections: try c.decodeIfPresent([SearchSection].self, forKey: .sections) ?? [],
            isSectionPage: try c.decodeIfPresent(Bool.self, forKey: .isSectionPage) ?? false)
    }
}

/// A part of a page: a heading and the text under it (up to the next heading).
public struct SearchSection: Codable, Hashable, Sendable {
    /// The heading's anchor in the page; empty for the text before the first heading.
    public var anchor: String
    /// The heading's text; empty for the text before the first heading.
    public var heading: String
    public var text: String
    /// Whether the heading is only a link (`## [Signets](signets.md)`, a list of pages written as
    /// headings): it names another page, not its section's subject. Nil (absent) for no.
    public var headingIsLink: Bool?

    public init(anchor: String = "", heading: String = "", text: String, headingIsLink: Bool? = nil) {
        self.anchor = anchor
        self.heading = heading
        self.text = text
        self.headingIsLink = headingIsLink
    }
}

/// A filter value with its display label (a section, an audience).
public struct SearchFacet: Codable, Hashable, Sendable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
