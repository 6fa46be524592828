/// The answers to « Cette page vous a-t-elle aidé ? » for one page.
public struct PageFeedback: Encodable, Sendable, Equatable {
    public var url: String
    /// The page's title, or its URL when the page is no longer in the site.
    public var title: String
    public var yes: Int
    public var no: Int
    public var interval: WilsonInterval
    /// The comments, oldest first.
    public var comments: [String]

    public init(url: String, title: String, yes: Int, no: Int, comments: [String]) {
        (self.url, self.title, self.yes, self.no, self.comments) = (url, title, yes, no, comments)
        interval = WilsonInterval(yes: yes, total: yes + no)
    }

    /// Readers clearly find it unhelpful: even the interval's top is under one « oui » in two.
    public var isUnhelpful: Bool { interval.high < 0.5 }

    enum CodingKeys: String, CodingKey { case url, title, yes, no, interval, comments, unhelpful }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(yes, forKey: .yes)
        try container.encode(no, forKey: .no)
        try container.encode(interval, forKey: .interval)
        try container.encode(comments, forKey: .comments)
        try container.encode(isUnhelpful, forKey: .unhelpful)
    }
}
