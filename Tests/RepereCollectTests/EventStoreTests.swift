import Foundation
import GRDB
import RepereTestSupport
import Testing
@testable import RepereCollect

@Suite struct EventStoreTests {
    let folder = TemporaryDirectory()
    var path: String { folder.url.appendingPathComponent("retours.sqlite").path }

    @Test func keepsEachKindOfEventWithItsHourOnly() async throws {
        let store = try EventStore(path: path)
        let at = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z
        try await store.record(.feedback(page: "/a/", helpful: false, comment: "Trop court"), at: at)
        try await store.record(.search(query: "inscripton", filters: ["type=faq", "public=agent"], results: 0), at: at)
        try await store.record(.view(page: "/a/"), at: at)
        try await store.record(.view(page: "/a/"), at: at.addingTimeInterval(60))
        #expect(try store.counts() == [.feedback: 1, .search: 1, .view: 2])

        let queue = try DatabaseQueue(path: path)
        try await queue.read { db in
            let feedback = try #require(try Row.fetchOne(db, sql: "SELECT * FROM feedback"))
            #expect(feedback["hour"] as Int64 == 1_779_998_400)
            #expect(feedback["page"] as String == "/a/")
            #expect(feedback["helpful"] as Bool == false)
            #expect(feedback["comment"] as String == "Trop court")
            let search = try #require(try Row.fetchOne(db, sql: "SELECT * FROM search"))
            #expect(search["filters"] as String == "type=faq\npublic=agent")
            #expect(search["results"] as Int == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count FROM page_view WHERE page = '/a/'") == 2)
        }
    }

    @Test func truncatesTimesToTheHourInUTC() {
        #expect(EventStore.hour(of: Date(timeIntervalSince1970: 7199.9)) == 3600)
        #expect(EventStore.hour(of: Date(timeIntervalSince1970: 7200)) == 7200)
        #expect(EventStore.hour(of: Date(timeIntervalSince1970: -1)) == -3600)
    }

    @Test func usesWriteAheadLogging() throws {
        _ = try EventStore(path: path)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func bringsADatabaseOfTheFirstSchemaUpToDateKeepingItsEvents() async throws {
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: "v1-feedback-and-searches")
        try await old.write { db in
            try db.execute(sql: "INSERT INTO feedback (hour, page, helpful, comment) VALUES (3600, '/a/', 1, NULL)")
            try db.execute(sql: "INSERT INTO search (hour, query, filters, results) VALUES (3600, 'mig', '', 4)")
        }
        #expect(try await old.read { try $0.tableExists("page_view") } == false)
        try old.close()

        let store = try EventStore(path: path)
        try await store.record(.view(page: "/a/"), at: Date(timeIntervalSince1970: 3600))
        #expect(try store.counts() == [.feedback: 1, .search: 1, .view: 1])
        let applied = try await DatabaseQueue(path: path).read { try StoreSchema.migrator.appliedIdentifiers($0) }
        #expect(applied == ["v1-feedback-and-searches", "v2-page-views"])
    }

    @Test func opensTheSameDatabaseAgainWithoutMigratingTwice() async throws {
        try await EventStore(path: path).record(.feedback(page: "/", helpful: true, comment: nil), at: Date())
        #expect(try EventStore(path: path).counts()[.feedback] == 1)
    }

    @Test func reportsAFailedWriteAsAnError() async throws {
        let store = try EventStore(path: path)
        try await DatabaseQueue(path: path).write { try $0.execute(sql: "DROP TABLE search") }
        await #expect(throws: DatabaseError.self) {
            try await store.record(.search(query: "a", filters: [], results: 0), at: Date())
        }
    }
}

@Suite struct StoredEventsTests {
    @Test func readsBackTheEventsFromAnHourOn() async throws {
        let folder = TemporaryDirectory()
        let store = try EventStore(path: folder.url.appendingPathComponent("retours.sqlite").path)
        try await store.record(.feedback(page: "/a/", helpful: true, comment: nil), at: Date(timeIntervalSince1970: 3600))
        try await store.record(.feedback(page: "/b/", helpful: false, comment: "Flou"), at: Date(timeIntervalSince1970: 7300))
        try await store.record(.search(query: "mig", filters: ["type=faq", "public=agent"], results: 2), at: Date(timeIntervalSince1970: 7300))
        try await store.record(.view(page: "/a/"), at: Date(timeIntervalSince1970: 7300))
        #expect(try store.events() == StoredEvents(
            feedback: [.init(hour: 3600, page: "/a/", helpful: true, comment: nil), .init(hour: 7200, page: "/b/", helpful: false, comment: "Flou")],
            searches: [.init(hour: 7200, query: "mig", filters: ["type=faq", "public=agent"], results: 2)]))
        #expect(try store.events(since: 7200).feedback.map(\.page) == ["/b/"])
    }
}

@Suite struct SitePagesTests {
    @Test func readsTheGraphsPagesAndEveryFolderWithAnIndex() throws {
        let site = TemporaryDirectory()
        try site.write([
            "graph.json": #"{"version": 1, "pages": [{"url": "/"}, {"url": "/aide/a/"}], "links": []}"#,
            "recherche/index.html": "", "public/agent/index.html": "", "404.html": "", "_repere/repere.css": "",
        ])
        #expect(try SitePages.read(site: site.url) == ["/", "/aide/a/", "/recherche/", "/public/agent/"])
    }

    @Test func refusesAFolderWithoutGraph() {
        #expect(throws: SitePages.Failure.self) { try SitePages.read(site: TemporaryDirectory().url) }
    }
}
