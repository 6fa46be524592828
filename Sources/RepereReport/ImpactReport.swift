/// `repere report`: what the help centre's content and its readers say, for the animator.
///
/// Made by ``ReportBuilder`` from the resolved site and the collector's database; written as a
/// self-contained HTML page (``ReportHTML``), JSON (this value, encoded) or Markdown (``ReportMarkdown``).
public struct ImpactReport: Encodable, Sendable, Equatable {
    /// The JSON schema's version.
    public var version = 1
    /// The day the report describes (`today`, or `SOURCE_DATE_EPOCH`'s), `YYYY-MM-DD`.
    public var date: String
    /// The site's address (`base_url` without its last `/`), before the pages' paths in links.
    public var site: String
    /// The first day of the events counted (`--since`), or nil for all of them.
    public var since: String?
    public var summary: Summary
    public var health: ContentHealth
    /// Pages with feedback, the least helpful first.
    public var feedback: [PageFeedback]
    /// Unanswered searches grouped by their analysed terms, the most frequent first.
    public var searches: [SearchGroup]
    /// Events per week (weeks starting on Monday), oldest first.
    public var weeks: [WeekCount]

    public struct Summary: Encodable, Sendable, Equatable {
        public var pages: Int
        public var answers: Int
        public var helpful: Int
        public var unansweredSearches: Int
        /// How many items the report marks as needing attention (``attention``).
        public var needsAttention: Int
    }

    /// The items that need the animator's attention: pages past `review_by`, onboarding paths and
    /// events with a problem, pages readers clearly find unhelpful (``PageFeedback/isUnhelpful``),
    /// and searches left unanswered at least ``SearchGroup/attentionCount`` times.
    public var attention: Int {
        health.overdue.count + health.pathsAndEvents.count + feedback.filter(\.isUnhelpful).count + searches.filter(\.needsAttention).count
    }

    /// The one line a scheduled job prints.
    public var oneLine: String {
        let share = summary.answers == 0 ? "" : " (\(Int((Double(summary.helpful) / Double(summary.answers) * 100).rounded())) % utiles)"
        let count = { (n: Int, one: String, many: String) in "\(n) \(n > 1 ? many : one)" }
        return "Rapport du \(date) : \(count(summary.pages, "page", "pages")), \(summary.answers) avis\(share), "
            + "\(count(summary.unansweredSearches, "recherche", "recherches")) sans réponse, "
            + "\(count(summary.needsAttention, "point", "points")) à traiter"
    }
}

/// Events of one week.
public struct WeekCount: Encodable, Sendable, Equatable {
    /// The Monday that starts it, `YYYY-MM-DD`.
    public var week: String
    public var helpful: Int
    public var unhelpful: Int
    public var unansweredSearches: Int
}
