import Foundation
import GRDB

/// The collector's SQLite database: one row per feedback and per search, a count per page and
/// hour for views.
///
/// WAL mode, so the report can read while the collector writes. Every event is written in a
/// transaction, and ``record(_:at:)`` returns only once that transaction is committed: an event
/// that was acknowledged survives the process being killed (`synchronous = NORMAL` in WAL mode
/// keeps every commit on an application crash; a power cut may lose the last ones).
public final class EventStore: Sendable {
    let pool: DatabasePool
    private let batches: GroupCommit<(CollectEvent, Int64)>

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    /// - Throws: GRDB's `DatabaseError` when the file cannot be opened or migrated.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try StoreSchema.migrator.migrate(pool)
        self.pool = pool
        batches = GroupCommit { events in try pool.write { try Self.insert(events, into: $0) } }
    }

    /// Writes one event at `date` truncated to the hour and returns once its transaction is
    /// committed. Events that arrive while a transaction is being written share the next one
    /// (group commit: fewer, larger writes to the WAL); if it fails, none of them is stored and
    /// each call throws.
    public func record(_ event: CollectEvent, at date: Date) async throws {
        try await batches.write((event, Self.hour(of: date)))
    }

    /// Writes `events` in one transaction.
    static func insert(_ events: [(CollectEvent, Int64)], into db: Database) throws {
        for (event, hour) in events {
            switch event {
            case .feedback(let page, let helpful, let comment):
                try db.execute(
                    sql: "INSERT INTO feedback (hour, page, helpful, comment) VALUES (?, ?, ?, ?)",
                    arguments: [hour, page, helpful, comment])
            case .search(let query, let filters, let results):
                try db.execute(
                    sql: "INSERT INTO search (hour, query, filters, results) VALUES (?, ?, ?, ?)",
                    arguments: [hour, query, filters.joined(separator: "\n"), results])
            case .view(let page):
                try db.execute(
                    sql: """
                        INSERT INTO page_view (hour, page, count) VALUES (?, ?, 1)
                        ON CONFLICT (hour, page) DO UPDATE SET count = count + 1
                        """,
                    arguments: [hour, page])
            }
        }
    }

    /// How many events of each kind are stored (views: the sum of the counts).
    public func counts() throws -> [EventKind: Int] {
        try pool.read { db in
            [
                .feedback: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback") ?? 0,
                .search: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM search") ?? 0,
                .view: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(count), 0) FROM page_view") ?? 0,
            ]
        }
    }

    /// The start of `date`'s hour, in seconds since 1970 (UTC): the only time an event keeps.
    public static func hour(of date: Date) -> Int64 {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return seconds - ((seconds % 3600) + 3600) % 3600
    }
}
