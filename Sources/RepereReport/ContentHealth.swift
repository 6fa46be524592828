import Foundation
import RepereContent
import RepereDiagnostics
import RepereGraph

/// Facts about the content, from the build: what is stale, unreachable or thin.
///
/// Articles only (not the home page or sections), archived ones left out.
public struct ContentHealth: Encodable, Sendable, Equatable {
    /// A page and what is said of it (a date, a count).
    public struct Entry: Encodable, Sendable, Equatable {
        public var url: String
        public var title: String
        public var source: String
        public var detail: String
    }

    public struct AudienceCount: Encodable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var pages: Int
    }

    /// Pages whose `review_by` has passed (detail: that day).
    public var overdue: [Entry]
    /// Pages not changed for ``staleMonths`` months or more, per Git (detail: the last change's day).
    public var stale: [Entry]
    public var staleMonths: Int
    /// Pages no other page links to.
    public var orphans: [Entry]
    /// Pages without `description` (search results and link previews show none).
    public var withoutDescription: [Entry]
    /// The pages most and least linked to by other pages (detail: how many link to them), five each.
    public var mostLinked: [Entry]
    public var leastLinked: [Entry]
    /// Audiences with fewer than ``fewPages`` pages.
    public var smallAudiences: [AudienceCount]
    /// Onboarding paths and events the build reports a problem with (a step that is not a page, a
    /// past webinar still without its replay…); source: the file and line, detail: the problem.
    public var pathsAndEvents: [Entry]

    public static let fewPages = 3

    /// The health of `site`'s articles as of `today`; `diagnostics` are the build's, for paths and events.
    public init(
        site: ResolvedSite, configuration: SiteConfiguration, today: CalendarDate, staleMonths: Int = 12, diagnostics: [Diagnostic] = []
    ) {
        self.staleMonths = staleMonths
        let articles = site.pages.indices.filter {
            let page = site.pages[$0].page
            return page.kind == .article && !page.isSynthetic && page.status != .archived
        }
        func entry(_ index: Int, _ detail: String) -> Entry {
            let page = site.pages[index].page
            return Entry(url: page.url.rawValue, title: page.title, source: page.displayPath, detail: detail)
        }
        overdue = articles.compactMap { index in
            site.pages[index].page.frontMatter.reviewBy.flatMap { $0 < today ? entry(index, $0.description) : nil }
        }
        let limit = Self.day(months: -staleMonths, from: today)
        stale = articles.compactMap { index in
            guard let updated = site.pages[index].page.history?.updated, updated.seconds < limit else { return nil }
            return entry(index, Self.dayText(updated.seconds))
        }.sorted { $0.detail < $1.detail }
        let inbound = articles.map { index in (index, Set(site.graph.inbound[index]).subtracting([index]).count) }
        orphans = inbound.filter { $0.1 == 0 }.map { entry($0.0, "0") }
        withoutDescription = articles.filter { (site.pages[$0].page.frontMatter.description ?? "").isEmpty }.map { entry($0, "") }
        let byLinks = inbound.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : site.pages[$0.0].page.url < site.pages[$1.0].page.url }
        mostLinked = byLinks.prefix(5).filter { $0.1 > 0 }.map { entry($0.0, String($0.1)) }
        leastLinked = byLinks.reversed().prefix(5).map { entry($0.0, String($0.1)) }
        let byFile = Dictionary(site.pages.indices.map { (site.pages[$0].page.displayPath, $0) }, uniquingKeysWith: { first, _ in first })
        pathsAndEvents = diagnostics.compactMap { diagnostic in
            guard ["onboarding-path.", "event."].contains(where: { diagnostic.id.rawValue.hasPrefix($0) }),
                let location = diagnostic.location, let index = byFile[location.file]
            else { return nil }
            let page = site.pages[index].page
            return Entry(url: page.url.rawValue, title: page.title, source: location.description, detail: diagnostic.message)
        }
        smallAudiences = configuration.audiences.compactMap { audience in
            let count = articles.filter { site.pages[$0].page.audience.contains(audience.id) }.count
            return count < Self.fewPages ? AudienceCount(id: audience.id, label: audience.label, pages: count) : nil
        }
    }

    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Midnight UTC `months` months from `date`, in seconds since 1970.
    static func day(months: Int, from date: CalendarDate) -> Int64 {
        let start = utc.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        return Int64(utc.date(byAdding: .month, value: months, to: start)!.timeIntervalSince1970)
    }

    /// `YYYY-MM-DD` of a time in seconds since 1970 (UTC).
    static func dayText(_ seconds: Int64) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
