/// Where the build puts the pages it makes from configuration rather than content: the
/// accessibility statement, the legal notice, the personal data page, the glossary, one page
/// per audience, and the recent changes. A content page at the same URL
/// (`content/mentions-legales.md`) replaces the generated one (the recent changes' with a
/// `page.replaces-news` warning: that page is made from the history, not from settings).
public enum GeneratedPageURL {
    public static let accessibility: SitePath = "/accessibilite/"
    public static let legal: SitePath = "/mentions-legales/"
    public static let privacy: SitePath = "/donnees-personnelles/"
    public static let glossary: SitePath = "/glossaire/"
    /// The events' listing (« Webinaires »); a content section at this address shows it instead.
    public static let events: SitePath = "/webinaires/"
    /// The recent changes (« Nouveautés »), the page `feed.xml` and the letter point to.
    public static let news: SitePath = "/nouveautes/"
    /// Every upcoming event as one calendar file.
    public static let eventsCalendar = "webinaires.ics"
    /// The pages every footer links to.
    public static let footer: Set<SitePath> = [accessibility, legal, privacy, glossary, news]

    /// The "Je suis…" page of the audience `id`.
    public static func audience(_ id: String) -> SitePath { SitePath(pageComponents: ["public", Slug.make(from: id)]) }
}
