import RepereContent
import RepereDiagnostics
import RepereSupport

/// One content lint run by `repere check` and `repere build` over the resolved site.
///
/// Rules read the model (pages, documents, link graph), never rendered HTML, so `check` can
/// skip rendering. Broken links, missing anchors and images, links to drafts and alias
/// collisions are found by the resolve stage itself, which reports them as errors.
package protocol CheckRule: Sendable {
    func check(_ input: CheckInput) -> [Diagnostic]
}

/// What rules look at.
package struct CheckInput: Sendable {
    package var site: ResolvedSite
    /// The day `review_by` dates are compared with.
    package var today: CalendarDate
    /// The build's reference time (Unix time): past and upcoming events are decided against it.
    package var referenceTime: Int64
    /// Days after an event before its missing replay is reported (`event_replay_days`).
    package var replayDays: Int

    package init(site: ResolvedSite, today: CalendarDate, referenceTime: Int64? = nil, replayDays: Int = 14) {
        self.site = site
        self.today = today
        self.referenceTime = referenceTime ?? Int64(today.daysSince1970) * 86_400
        self.replayDays = replayDays
    }

    /// Indexes of pages that are published (not archived): the live site.
    package var livePages: [Int] { site.pages.indices.filter { site.pages[$0].page.status != .archived } }
}

/// Every rule, in the order they run.
package enum RuleRegistry {
    package static let rules: [any CheckRule] = [
        OrphanPage(), ReplacedNewsPage(), ReservedAddressPage(), LinkToArchivedPage(), ImageWithoutAlt(), VagueLinkText(), HeadingLevelSkipped(),
        DuplicateTitle(), MissingDescription(), ReviewOverdue(), EventReplayMissing(),
    ]

    /// Runs every rule, on all cores.
    package static func check(_ input: CheckInput) -> [Diagnostic] {
        rules.parallelMap { $0.check(input) }.flatMap { $0 }
    }
}
