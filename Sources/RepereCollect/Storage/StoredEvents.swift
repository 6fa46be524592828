import GRDB

/// What the database holds, as read back for `repere report`.
public struct StoredEvents: Sendable, Equatable {
    public struct Feedback: Sendable, Equatable {
        /// The start of the hour it was received, in seconds since 1970 (UTC).
        public var hour: Int64
        public var page: String
        public var helpful: Bool
        public var comment: String?

        public init(hour: Int64, page: String, helpful: Bool, comment: String?) {
            (self.hour, self.page, self.helpful, self.comment) = (hour, page, helpful, comment)
        }
    }

    public struct Search: Sendable, Equatable {
        public var hour: Int64
        public var query: String
        public var filters: [String]
        public var results: Int

        public init(hour: Int64, query: String, filters: [String], results: Int) {
            (self.hour, self.query, self.filters, self.results) = (hour, query, filters, results)
        }
    }

    public var feedback: [Feedback]
    public var searches: [Search]

    public init(feedback: [Feedback] = [], searches: [Search] = []) {
        self.feedback = feedback
        self.searches = searches
    }
}

extension EventStore {
    /// The feedback and searches received from `since` (the start of an hour, seconds since
    /// 1970) on, or all of them, in the order they were stored.
    public func events(since: Int64? = nil) throws -> StoredEvents {
        let from = since ?? Int64.min
        return try pool.read { db in
            let feedback = try Row.fetchAll(
                db, sql: "SELECT hour, page, helpful, comment FROM feedback WHERE hour >= ? ORDER BY id", arguments: [from]
            ).map { StoredEvents.Feedback(hour: $0["hour"], page: $0["page"], helpful: $0["helpful"], comment: $0["comment"]) }
            let searches = try Row.fetchAll(
                db, sql: "SELECT hour, query, filters, results FROM search WHERE hour >= ? ORDER BY id", arguments: [from]
            ).map { row -> StoredEvents.Search in
                let filters: String = row["filters"]
                return StoredEvents.Search(
                    hour: row["hour"], query: row["query"], filters: filters.split(separator: "\n").map(String.init), results: row["results"])
            }
            return StoredEvents(feedback: feedback, searches: searches)
        }
    }
}
