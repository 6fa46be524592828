import RepereCollect
import RepereContent
import RepereDiagnostics
import RepereGraph
import RepereHistory

/// Puts an ``ImpactReport`` together from the resolved site and the collector's events.
public enum ReportBuilder {
    public static func make(
        site: ResolvedSite, configuration: SiteConfiguration, events: StoredEvents, today: CalendarDate, since: CalendarDate? = nil,
        staleMonths: Int = 12, diagnostics: [Diagnostic] = []
    ) -> ImpactReport {
        let health = ContentHealth(site: site, configuration: configuration, today: today, staleMonths: staleMonths, diagnostics: diagnostics)
        let titles = Dictionary(site.pages.map { ($0.page.url.rawValue, $0.page.title) }, uniquingKeysWith: { first, _ in first })
        let feedback = pageFeedback(events.feedback, titles: titles)
        let candidates = site.pages.filter { $0.page.kind == .article && $0.page.status != .archived }.map { parsed in
            let page = parsed.page
            let text = [page.title, page.frontMatter.description ?? "", page.frontMatter.keywords.joined(separator: " "), page.body]
            return SearchGroup.Candidate(url: page.url.rawValue, title: page.title, text: text.joined(separator: "\n"))
        }
        let searches = SearchGroup.group(events.searches.map { ($0.query, $0.results) }, pages: candidates)
        var report = ImpactReport(
            date: today.description, site: configuration.baseURL.hasSuffix("/") ? String(configuration.baseURL.dropLast()) : configuration.baseURL,
            since: since?.description,
            summary: .init(
                pages: site.pages.filter { $0.page.kind == .article }.count,
                answers: events.feedback.count, helpful: events.feedback.filter(\.helpful).count,
                unansweredSearches: events.searches.count, needsAttention: 0),
            health: health, feedback: feedback, searches: searches, weeks: weeks(events))
        report.summary.needsAttention = report.attention
        return report
    }

    /// `site`'s pages with their dates from Git (`check`, which resolves the site, skips the history walk).
    public static func dated(_ site: ResolvedSite, options: BuildOptions) throws -> ResolvedSite {
        var site = site
        let pages = try ProjectHistory.load(options).apply(to: site.pages.map(\.page))
        for index in site.pages.indices { site.pages[index].page = pages[index] }
        return site
    }

    /// Midnight UTC of `day`, in seconds since 1970: where `--since` starts counting.
    public static func firstHour(of day: CalendarDate) -> Int64 { ContentHealth.day(months: 0, from: day) }

    /// Feedback per page, the least helpful first (the top of the interval, then the address).
    static func pageFeedback(_ feedback: [StoredEvents.Feedback], titles: [String: String]) -> [PageFeedback] {
        Dictionary(grouping: feedback, by: \.page).map { url, answers in
            PageFeedback(
                url: url, title: titles[url] ?? url, yes: answers.filter(\.helpful).count, no: answers.filter { !$0.helpful }.count,
                comments: answers.compactMap(\.comment))
        }.sorted { $0.interval.high != $1.interval.high ? $0.interval.high < $1.interval.high : $0.url < $1.url }
    }

    /// Events per week, Monday to Sunday (UTC), from the first event's week to the last's.
    static func weeks(_ events: StoredEvents) -> [WeekCount] {
        func monday(_ hour: Int64) -> Int64 {
            let day = hour >= 0 ? hour / 86_400 : (hour - 86_399) / 86_400
            return day - ((day % 7 + 7 + 3) % 7)  // 1970-01-01 was a Thursday
        }
        let hours = events.feedback.map(\.hour) + events.searches.map(\.hour)
        guard let first = hours.min().map(monday), let last = hours.max().map(monday) else { return [] }
        return stride(from: first, through: last, by: 7).map { start in
            let inWeek = { (hour: Int64) in monday(hour) == start }
            return WeekCount(
                week: ContentHealth.dayText(start * 86_400),
                helpful: events.feedback.filter { inWeek($0.hour) && $0.helpful }.count,
                unhelpful: events.feedback.filter { inWeek($0.hour) && !$0.helpful }.count,
                unansweredSearches: events.searches.filter { inWeek($0.hour) }.count)
        }
    }
}
