import RepereSupport

/// Turns the fields of a request into a ``CollectEvent``, field by field, or says which field is wrong.
///
/// The rules, per kind (every other field is refused):
/// - `avis`: `page` (a page of the site: its path, or its address on `siteOrigin`), `helpful`
///   (`oui` or `non`), optional `comment` (at most ``commentLimit`` characters).
/// - `recherche`: `query` (1 to ``queryLimit`` characters), optional `filters` (up to
///   ``filterCountLimit`` `name=value` texts), `results` (a whole number from 0 to ``resultsLimit``).
/// - `vue`: `page`, as for `avis`.
///
/// All kinds accept the honeypot field ``honeypot``, hidden from people: a form that fills it is
/// spam, and is answered as if accepted but never stored.
public struct EventValidator: Sendable {
    public static let commentLimit = 500
    public static let queryLimit = 200
    public static let filterLimit = 100
    public static let filterCountLimit = 10
    public static let resultsLimit = 10_000
    public static let pageLimit = 500
    public static let honeypot = "site_web"

    /// What validation concluded.
    public enum Outcome: Sendable, Equatable {
        case event(CollectEvent)
        /// The honeypot was filled in.
        case spam
    }

    /// The URL paths of the site's pages (``SitePages``).
    public var pages: Set<String>
    /// The site's origin (`https://aide.exemple.gouv.fr`): a `page` may be given as an address on it.
    public var siteOrigin: String
    /// The site's path on its origin when `base_url` has one (`/aide`), before the pages' paths.
    public var basePath: String

    public init(pages: Set<String>, siteOrigin: String, basePath: String = "") {
        self.pages = pages
        self.siteOrigin = siteOrigin
        self.basePath = basePath
    }

    public func validate(_ kind: EventKind, _ fields: EventFields) throws(EventRejection) -> Outcome {
        var reader = FieldReader(fields)
        if let trap = try reader.optionalText(Self.honeypot, limit: Self.commentLimit), !trap.isEmpty {
            return .spam
        }
        let event: CollectEvent
        switch kind {
        case .feedback:
            let page = try page(&reader)
            let helpful = try reader.choice("helpful", ["oui": true, "non": false])
            let comment = try reader.optionalText("comment", limit: Self.commentLimit, multiline: true)
            event = .feedback(page: page, helpful: helpful, comment: comment.flatMap { $0.isEmpty ? nil : $0 })
        case .search:
            let query = try reader.text("query", limit: Self.queryLimit)
            let filters = try reader.list("filters", limit: Self.filterLimit, count: Self.filterCountLimit)
            let results = try reader.wholeNumber("results", in: 0...Self.resultsLimit)
            event = .search(query: query, filters: filters, results: results)
        case .view:
            event = .view(page: try page(&reader))
        }
        try reader.refuseTheRest()
        return .event(event)
    }

    /// `page`: a path of the site, or an address on the site's origin (what the article form
    /// sends), with the base path when there is one.
    private func page(_ reader: inout FieldReader) throws(EventRejection) -> String {
        var path = try reader.text("page", limit: Self.pageLimit)
        if let onSite = path.droppingPathPrefix(siteOrigin + "/") {
            path = "/" + onSite
        }
        if !basePath.isEmpty {
            guard let underBase = path.droppingPathPrefix(basePath + "/") else { throw EventRejection("page", .unknownPage) }
            path = "/" + underBase
        }
        let withoutQuery = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
        guard pages.contains(withoutQuery) else { throw EventRejection("page", .unknownPage) }
        return withoutQuery
    }
}
