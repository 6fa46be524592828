/// One event the collector accepts, once every field has been validated.
///
/// Nothing in it identifies a reader: no address, no user agent, no cookie, no identifier. The
/// store adds only the hour it was received.
public enum CollectEvent: Sendable, Equatable {
    /// « Cette page vous a-t-elle aidé ? »: the page's URL path (as in `graph.json`), the answer,
    /// and the comment when there is one.
    case feedback(page: String, helpful: Bool, comment: String?)
    /// A search the reader gave up on: `results` is 0 when it found nothing, more when the reader
    /// left without opening a result. `filters` are the search page's filters, as `name=value`.
    case search(query: String, filters: [String], results: Int)
    /// One view of a page, counted per hour (only with `repere collect --views`).
    case view(page: String)

    /// The kind of event, which is also its path.
    public var kind: EventKind {
        switch self {
        case .feedback: .feedback
        case .search: .search
        case .view: .view
        }
    }
}

/// The three kinds of event, each received on its own path.
public enum EventKind: String, CaseIterable, Sendable {
    case feedback = "avis"
    case search = "recherche"
    case view = "vue"

    /// The path it is posted to, behind the reverse proxy's prefix: `/avis`, `/recherche`, `/vue`.
    public var path: String { "/" + rawValue }

    /// The kind posted to `path`, if any.
    public init?(path: String) {
        guard path.hasPrefix("/"), let kind = EventKind(rawValue: String(path.dropFirst())) else { return nil }
        self = kind
    }
}
