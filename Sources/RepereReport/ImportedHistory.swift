import Foundation
import RepereCollect
import RepereContent
import RepereGraph

/// The feedback and searches that `repere import snupport` kept from SNUpport
/// (`imports/feedback.json`, `imports/searches.json`), read as events of the day they happened,
/// so that the report covers the time before `repere collect`.
///
/// A feedback entry counts for the page made from its article (by the page's file); a search
/// counts as unanswered when it found nothing (`resultsNumber: 0`). Entries without a day, or
/// whose page is no longer in the site, are left out.
public enum ImportedHistory {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The events of the files under `project/imports/` that exist (none: no events), from the
    /// hour `since` on.
    /// - Throws: ``Failure`` when a file is there but is not what the import writes.
    public static func read(project: URL, site: ResolvedSite, since: Int64? = nil) throws -> StoredEvents {
        let urls = Dictionary(site.pages.map { ($0.page.source.rawValue, $0.page.url.rawValue) }, uniquingKeysWith: { first, _ in first })
        var events = StoredEvents()
        if let file: File<Feedback> = try decode(project.appendingPathComponent("imports/feedback.json")) {
            events.feedback = file.entries.compactMap { entry in
                guard let hour = hour(entry.date), hour >= since ?? .min, let url = urls[entry.page] else { return nil }
                return .init(hour: hour, page: url, helpful: entry.isPositive, comment: entry.comment)
            }
        }
        if let file: File<Search> = try decode(project.appendingPathComponent("imports/searches.json")) {
            events.searches = file.entries.compactMap { entry in
                guard let hour = hour(entry.date), hour >= since ?? .min, entry.resultsNumber == 0 else { return nil }
                return .init(hour: hour, query: entry.search, filters: entry.role.map { ["role=\($0)"] } ?? [], results: 0)
            }
        }
        return events
    }

    private struct File<Entry: Decodable>: Decodable {
        var source: String
        var entries: [Entry]
    }

    private struct Feedback: Decodable {
        var page: String
        var date: String?
        var isPositive: Bool
        var comment: String?
    }

    private struct Search: Decodable {
        var search: String
        var resultsNumber: Int?
        var role: String?
        var date: String?
    }

    private static func decode<T: Decodable>(_ url: URL) throws -> T? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw Failure(description: "\(url.path): not a file of `repere import snupport` (\(error))")
        }
    }

    /// Midnight UTC of `YYYY-MM-DD`.
    private static func hour(_ day: String?) -> Int64? {
        day.flatMap(CalendarDate.init).map(ReportBuilder.firstHour)
    }
}
