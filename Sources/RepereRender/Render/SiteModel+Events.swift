import RepereContent
import RepereGraph
import RepereTemplates

/// Events (« webinaires », pages of `type: event`) as templates see them: the event page's
/// date written out in French, its calendar and links; the listing (`/webinaires/`: upcoming
/// first, soonest first, then past ones, latest first, with their replays); the next event on
/// the home page and each audience's page; and the `.ics` calendars.
///
/// « Upcoming » is decided against ``SiteModel/referenceTime`` (`SOURCE_DATE_EPOCH`, else the
/// commit time of the built revision), never the clock of the machine that renders.
extension SiteModel {
    /// The event whose page is `i`, if it is one.
    func event(at i: Int) -> SiteEvent? {
        site.events.first { $0.page == i }
    }

    /// Whether `event` has not ended at the build's reference time.
    func isUpcoming(_ event: SiteEvent) -> Bool {
        event.schedule.endOrStartSeconds > referenceTime
    }

    /// Live events (not archived) of `audience` (all when `nil`), among `pages` when given.
    private func liveEvents(for audience: String? = nil, among pages: Set<Int>? = nil) -> [SiteEvent] {
        site.events.filter { event in
            let page = site.pages[event.page].page
            return page.status != .archived && (audience.map { page.audience.contains($0) } ?? true)
                && (pages.map { $0.contains(event.page) } ?? true)
        }
    }

    /// Upcoming events, soonest first; past ones, latest first.
    private func split(_ events: [SiteEvent]) -> (upcoming: [SiteEvent], past: [SiteEvent]) {
        let upcoming = events.filter(isUpcoming).sorted { ($0.schedule.startSeconds, $0.page) < ($1.schedule.startSeconds, $1.page) }
        let past = events.filter { !isUpcoming($0) }.sorted {
            $0.schedule.startSeconds != $1.schedule.startSeconds ? $0.schedule.startSeconds > $1.schedule.startSeconds : $0.page < $1.page
        }
        return (upcoming, past)
    }

    /// The output path of an event's calendar, beside its page: `webinaires/accueil/evenement.ics`.
    package static func calendarPath(of page: Page) -> String {
        let folder = page.url.rawValue.dropFirst()
        return folder + "evenement.ics"
    }

    /// What a listing shows of an event: its summary, the date written out, its state.
    func eventSummary(_ event: SiteEvent) -> TemplateContext {
        var item = summary(event.page)
        item["when"] = .text(FrenchDate.event(event.schedule))
        item["startISO"] = .text(isoDateTime(event.schedule.start, event.schedule))
        item["isCancelled"] = .flag(event.isCancelled)
        item["isUpcoming"] = .flag(isUpcoming(event))
        item["replay"] = event.replayHref.map { .text($0) } ?? false
        item["audiences"] = .text(orFalse: audienceLabels(site.pages[event.page].page.audience))
        return item
    }

    /// The event page's values.
    func eventContext(_ event: SiteEvent) -> TemplateContext {
        let fm = site.pages[event.page].page.frontMatter
        var context = eventSummary(event)
        context["calendar"] = .text(basePath + "/" + Self.calendarPath(of: site.pages[event.page].page))
        context["registration"] = isUpcoming(event) && !event.isCancelled ? .text(orFalse: event.registrationHref) : false
        context["join"] = isUpcoming(event) && !event.isCancelled ? .text(orFalse: event.joinHref) : false
        context["online"] = .flag(fm.online)
        context["location"] = .text(orFalse: fm.venue)
        context["replayTitle"] = event.replayPage.map { .text(site.pages[$0].page.title) } ?? false
        return context
    }

    /// The listing: upcoming and past events (among `pages` when given), and the audiences that
    /// have events, each linking to its page's « Webinaires » list.
    func eventListing(among pages: Set<Int>? = nil) -> TemplateContext {
        let (upcoming, past) = split(liveEvents(among: pages))
        let audiences: [TemplateValue] = configuration.audiences.compactMap { audience in
            guard audiencePages[audience.id] != nil, !liveEvents(for: audience.id, among: pages).isEmpty else { return nil }
            return ["label": .text(audience.label), "url": .text(href(GeneratedPageURL.audience(audience.id)) + "#webinaires")]
        }
        return [
            "upcoming": .list(upcoming.map { .object(eventSummary($0)) }),
            "past": .list(past.map { .object(eventSummary($0)) }),
            "audiences": .list(audiences),
            "calendar": .text(basePath + "/" + GeneratedPageURL.eventsCalendar),
            "hasEvents": .flag(!upcoming.isEmpty || !past.isEmpty),
        ]
    }

    /// The next event (not cancelled) of `audience` (of the site when `nil`), or `false`.
    func nextEvent(for audience: String? = nil) -> TemplateValue {
        guard let next = split(liveEvents(for: audience)).upcoming.first(where: { !$0.isCancelled }) else { return false }
        var item = eventSummary(next)
        item["listing"] = .text(href(GeneratedPageURL.events))
        return .object(item)
    }

    /// The events of one audience, for its page.
    func audienceEvents(_ audience: String) -> TemplateValue {
        let events = liveEvents(for: audience)
        guard !events.isEmpty else { return false }
        let (upcoming, past) = split(events)
        return ["upcoming": .list(upcoming.map { .object(eventSummary($0)) }), "past": .list(past.map { .object(eventSummary($0)) })]
    }

    /// The generated `/webinaires/` page, when the site has events and no content page there.
    func eventsPage() -> GeneratedPage? {
        guard !site.events.isEmpty else { return nil }
        return GeneratedPage(url: GeneratedPageURL.events, template: "webinaires", title: text("events_title"), values: eventListing())
    }

    // MARK: - Calendars

    /// Each live event's own calendar (path, text), then `webinaires.ics` with every upcoming one.
    package func calendars() -> [(path: String, text: String)] {
        let live = liveEvents()
        guard !live.isEmpty else { return [] }
        var files = live.map { event in
            (Self.calendarPath(of: site.pages[event.page].page),
             ICalendar.calendar([calendarEvent(event)], name: site.pages[event.page].page.title, stamp: referenceTime))
        }
        let upcoming = split(live).upcoming.map(calendarEvent)
        files.append((GeneratedPageURL.eventsCalendar,
                      ICalendar.calendar(upcoming, name: "\(configuration.title) — \(text("events_title"))", stamp: referenceTime)))
        return files
    }

    private func calendarEvent(_ event: SiteEvent) -> ICalendar.Event {
        let page = site.pages[event.page].page
        let fm = page.frontMatter
        let url = page.url.absolute(baseURL: configuration.baseURL)
        var description = [fm.description ?? ""]
        if let registration = event.registrationHref { description.append("Inscription : \(registration)") }
        if let join = event.joinHref { description.append("Pour rejoindre le webinaire : \(join)") }
        description.append("Présentation : \(url)")
        return ICalendar.Event(
            uid: Self.calendarUID(of: page, baseURL: configuration.baseURL), schedule: event.schedule,
            summary: (event.isCancelled ? "Annulé : " : "") + page.title,
            description: description.filter { !$0.isEmpty }.joined(separator: "\n"),
            location: fm.venue ?? (fm.online ? (event.joinHref.map { "En ligne : \($0)" } ?? "En ligne") : nil),
            url: url, isCancelled: event.isCancelled, sequence: Self.calendarSequence(of: page, isCancelled: event.isCancelled))
    }

    /// `SEQUENCE` from Git: one more for every commit after the one that created the event,
    /// for uncommitted changes, and for a cancellation (decided: any revision counts, not only a
    /// change of date, so a calendar never keeps an outdated copy).
    static func calendarSequence(of page: Page, isCancelled: Bool) -> Int {
        let history = page.history
        return max(0, (history?.revisionCount ?? 0) - 1) + (history?.isUncommitted == true ? 1 : 0) + (isCancelled ? 1 : 0)
    }

    /// `webinaires-accueil@aide.example.gouv.fr`: from the page's path and the base URL's host,
    /// so it stays the same from one build to the next.
    package static func calendarUID(of page: Page, baseURL: String) -> String {
        var host = Substring(baseURL)
        if let scheme = host.range(of: "://") { host = host[scheme.upperBound...] } else { host = "" }
        host = host.prefix { $0 != "/" && $0 != ":" }
        let path = page.url.rawValue.split(separator: "/").joined(separator: "-")
        return "\(path.isEmpty ? "accueil" : path)@\(host.isEmpty ? "repere.invalid" : String(host))"
    }

    // MARK: - Helpers

    private func audienceLabels(_ ids: [String]) -> String? {
        guard !ids.isEmpty else { return nil }
        let labels = Dictionary(configuration.audiences.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return ids.map { labels[$0] ?? $0 }.joined(separator: ", ")
    }

    /// `2027-01-13T14:00+01:00`, for `<time datetime>`.
    private func isoDateTime(_ local: LocalDateTime, _ schedule: EventSchedule) -> String {
        let offset = schedule.zone.offset(atUnixSeconds: schedule.startSeconds)
        let minutes = abs(offset) / 60
        func pad(_ n: Int) -> String { (n < 10 ? "0" : "") + String(n) }
        let zone = offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + pad(minutes / 60) + ":" + pad(minutes % 60)
        return "\(local.date)T\(pad(local.hour)):\(pad(local.minute))\(zone)"
    }
}
