import RepereContent
import RepereHistory
import RepereMarkdown

/// The référents' letter: a draft of the monthly e-mail, made from the same ``ChangeReport`` as
/// `repere changes` (no second walk of the history): new and updated onboarding paths, then the
/// new, updated and moved pages grouped by section, each with its link and, for updates, what
/// the last commit tells readers (its `Nouveauté :` trailer). The animator only edits it.
///
/// Rendered as an e-mail-ready HTML file (``html()``), Markdown (``markdown()``) or plain text
/// (``text()``), all from this value, so the three say the same thing; the same range gives the
/// same bytes (nothing depends on the clock).
public struct Letter: Sendable {
    /// A page as the letter shows it.
    public struct Item: Sendable, Hashable {
        public var title: String
        /// Absolute address.
        public var url: String
        public var description: String?
        /// What changed, for readers.
        public var note: String?
        /// For a moved page, its former address.
        public var previousURL: String?
        /// For an upcoming event, when it takes place.
        public var when: String?
    }

    /// The pages of one top-level section.
    public struct Group: Sendable, Hashable {
        public var section: String
        public var items: [Item]
    }

    public var siteTitle: String
    /// The help centre's home (absolute).
    public var homeURL: String
    /// The « Nouveautés » page (absolute).
    public var newsURL: String
    /// `du 1er novembre 2026 au 30 novembre 2026`.
    public var period: String
    /// The editorial, as Markdown, and as HTML for the e-mail (`nil` without `--intro`).
    public var introMarkdown: String?
    public var introHTML: String?
    /// Events to come, soonest first.
    public var events: [Item] = []
    /// New or updated onboarding paths.
    public var paths: [Item] = []
    public var added: [Group] = []
    public var updated: [Group] = []
    public var moved: [Item] = []
    public var removed: [Item] = []

    /// Whether no page changed in the range (upcoming events are still announced).
    public var isEmpty: Bool { paths.isEmpty && added.isEmpty && updated.isEmpty && moved.isEmpty && removed.isEmpty }

    /// The letter of `report`, for the site titled `siteTitle` published at `baseURL`, with the
    /// editorial `intro` (Markdown) when there is one.
    public init(report: ChangeReport, siteTitle: String, baseURL: String, intro: String? = nil) {
        self.siteTitle = siteTitle
        homeURL = SitePath.root.absolute(baseURL: baseURL)
        newsURL = GeneratedPageURL.news.absolute(baseURL: baseURL)
        func day(_ endpoint: ChangeReport.Endpoint) -> String {
            endpoint.date.flatMap(CalendarDate.init).map(FrenchDate.long) ?? endpoint.label
        }
        period = "du \(day(report.since)) au \(day(report.until))"
        if let intro, !intro.trimmingWhitespace.isEmpty {
            introMarkdown = intro.trimmingWhitespace
            introHTML = HTMLRenderer().render(CommonMarkParser.parse(intro))
        }
        func item(_ page: ChangeReport.Page) -> Item {
            Item(title: page.title, url: page.url, description: page.description, note: page.note, previousURL: page.previousURL,
                when: page.when)
        }
        events = report.upcoming.map(item)
        paths = (report.added + report.updated).filter { $0.type == PageType.path.rawValue }.map(item)
        let events = Set(report.upcoming.map(\.url))
        added = Self.grouped(report.added.filter { $0.type != PageType.path.rawValue && !events.contains($0.url) }, item)
        updated = Self.grouped(report.updated.filter { $0.type != PageType.path.rawValue }, item)
        moved = report.moved.map(item)
        removed = report.removed.map(item)
    }

    /// `pages` by top-level section, sections and pages in the report's order (by path).
    private static func grouped(_ pages: [ChangeReport.Page], _ item: (ChangeReport.Page) -> Item) -> [Group] {
        var groups: [Group] = []
        for page in pages {
            let section = page.section ?? "Accueil"
            if let i = groups.firstIndex(where: { $0.section == section }) {
                groups[i].items.append(item(page))
            } else {
                groups.append(Group(section: section, items: [item(page)]))
            }
        }
        return groups
    }

    /// The subject line of the e-mail.
    public var subject: String { "\(siteTitle) : les nouveautés \(period)" }

    /// The letter's parts in reading order: heading, then groups of items.
    var parts: [(heading: String, groups: [Group])] {
        [
            ("Prochains webinaires", events.isEmpty ? [] : [Group(section: "", items: events)]),
            ("Nouveaux parcours", paths.isEmpty ? [] : [Group(section: "", items: paths)]),
            ("Nouvelles pages", added),
            ("Pages mises à jour", updated),
            ("Pages déplacées", moved.isEmpty ? [] : [Group(section: "", items: moved)]),
            ("Pages retirées", removed.isEmpty ? [] : [Group(section: "", items: removed)]),
        ].filter { !$0.1.isEmpty }
    }

    static let nothingNew = "Aucune nouveauté sur cette période : aucune page n’a été ajoutée, mise à jour ou déplacée."
}
