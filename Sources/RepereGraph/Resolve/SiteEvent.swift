import RepereContent
import RepereDiagnostics
import RepereMarkdown

/// An event (« webinaire », a page of `type: event`) with its schedule read and its replay resolved.
public struct SiteEvent: Hashable, Sendable {
    /// The event's own page.
    public var page: Int
    public var schedule: EventSchedule
    /// The replay's address (base path included for a page of the site), when there is one.
    public var replayHref: String?
    /// The replay's page, when it is a page of the site.
    public var replayPage: Int?
    public var isCancelled: Bool
    /// `registration_url` and `join_url`, when they are safe to link to (not `javascript:`…).
    public var registrationHref: String?
    public var joinHref: String?
}

extension LinkResolver {
    /// The event of `page` (at `from`): its schedule in its time zone and its replay resolved like
    /// a link; problems are `event.*` (and link) diagnostics at each key's line and column.
    func resolveEvent(of page: Page, at from: Int, index: Index, diagnostics: inout [Diagnostic]) -> SiteEvent? {
        guard page.type == .event else {
            if page.frontMatter.eventStart != nil {
                diagnostics.append(Diagnostic(.eventNotAnEvent, "'\(page.title)' has a start but is not 'type: event'",
                    at: page.location(ofKey: "start"), notes: ["add 'type: event', or remove 'start:'"]))
            }
            return nil
        }
        let (schedule, problems) = EventSchedule.read(page, defaultTimeZone: defaultTimeZone)
        diagnostics += problems
        guard let schedule else { return nil }
        var event = SiteEvent(page: from, schedule: schedule, isCancelled: page.frontMatter.cancelled)
        event.registrationHref = safeAddress(page.frontMatter.registrationURL, key: "registration_url", of: page, diagnostics: &diagnostics)
        event.joinHref = safeAddress(page.frontMatter.joinURL, key: "join_url", of: page, diagnostics: &diagnostics)
        if let replay = page.frontMatter.replay, !replay.isEmpty {
            let parsed = ParsedPage(page: page, document: MarkdownDocument(blocks: [], headings: [], references: [], rawHTML: []))
            switch resolve(replay, isImage: false, in: parsed, index: index, at: page.location(ofKey: "replay")) {
            case .external: event.replayHref = safeAddress(replay, key: "replay", of: page, diagnostics: &diagnostics)
            case .resolved(let href, let target):
                event.replayHref = href
                if case .page(let i) = target { event.replayPage = i }
            case .problem(let problem): diagnostics.append(problem)
            }
        }
        return event
    }

    /// `address` written at `key`, or nil with `link.unsafe-url` when a browser would run it
    /// (`javascript:`…): these addresses become links as they are written.
    private func safeAddress(_ address: String?, key: String, of page: Page, diagnostics: inout [Diagnostic]) -> String? {
        guard let address, !address.isEmpty else { return nil }
        guard URLSafety.isSafe(address) else {
            diagnostics.append(Diagnostic(.linkUnsafeURL, "unsafe URL '\(address.prefix(40))' in '\(key)' is left out", at: page.location(ofKey: key)))
            return nil
        }
        return address
    }
}
