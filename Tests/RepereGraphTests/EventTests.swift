import RepereContent
import RepereDiagnostics
@testable import RepereGraph
@testable import RepereMarkdown
import RepereTestSupport
import Testing

/// Events (`type: event`): schedule and replay resolved, each problem at its key.
@Suite struct EventTests {
    /// 2026-12-06T00:00:00Z.
    let reference: Int64 = 1_796_515_200

    func check(_ files: [String: String], replayDays: Int = 14, zone: String = "Europe/Paris") throws -> (ResolvedSite, [String]) {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(files))
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        var resolver = LinkResolver(basePath: "/aide")
        resolver.defaultTimeZone = zone
        let site = resolver.resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
        let input = CheckInput(site: site, today: CalendarDate("2026-12-06")!, referenceTime: reference, replayDays: replayDays)
        let found = DiagnosticReport(RuleRegistry.check(input) + site.diagnostics).diagnostics
            .filter { !["page.orphan", "page.missing-description", "page.duplicate-title"].contains($0.id) }
            .map { "\($0.location!.file.dropFirst(8)):\($0.location!.line):\($0.location!.column) \($0.id)" }
        return (site, found)
    }

    let base = ["w/_section.md": "---\ntitle: W\n---\n", "w/replay.md": "---\ntitle: Rediffusion\n---\nVidéo.\n"]

    func event(_ keys: String) -> String { "---\ntitle: Webinaire\ntype: event\n\(keys)---\nProgramme.\n" }

    @Test func anEventHasItsScheduleAndItsReplayResolved() throws {
        var files = base
        files["w/a.md"] = event("start: 2026-10-13 14:00\nend: 15:30\nreplay: replay.md\n")
        files["w/b.md"] = event("start: 2026-10-14 14:00\nreplay: https://video.exemple.fr/b\n")
        let (site, found) = try check(files)
        #expect(found.isEmpty, "\(found)")
        #expect(site.events.count == 2)
        let a = try #require(site.events.first { site.pages[$0.page].page.url == "/w/a/" })
        #expect(a.replayHref == "/aide/w/replay/")
        #expect(a.replayPage.map { site.pages[$0].page.title } == "Rediffusion")
        #expect(a.schedule.startSeconds == 1_791_892_800)  // 12:00 UTC (summer time)
        let b = try #require(site.events.first { site.pages[$0.page].page.url == "/w/b/" })
        #expect(b.replayHref == "https://video.exemple.fr/b")
        // The replay page is linked from the event: not an orphan.
        #expect(site.graph.inbound[a.replayPage!].contains(a.page))
    }

    @Test func everyProblemIsAtItsKey() throws {
        var files = base
        files["w/sans-debut.md"] = event("")
        files["w/illisible.md"] = event("start: le 13 janvier\n")
        files["w/a-l-envers.md"] = event("start: 2027-01-13 14:00\nend: 2027-01-13 13:00\n")
        files["w/fuseau.md"] = event("start: 2027-01-13 14:00\ntimezone: Europe/Pariss\n")
        files["w/replay-absent.md"] = event("start: 2027-01-13 14:00\nreplay: absente.md\n")
        files["w/pas-un-evenement.md"] = "---\ntitle: Article\n\nstart: 2027-01-13 14:00\n---\n"
        let (_, found) = try check(files)
        #expect(found == [
            "w/a-l-envers.md:5:1 event.end-before-start",
            "w/fuseau.md:5:1 event.unknown-time-zone",
            "w/illisible.md:4:1 event.invalid-date-time",
            "w/pas-un-evenement.md:4:1 event.not-an-event",
            "w/replay-absent.md:5:1 link.broken",
            "w/sans-debut.md:3:1 event.missing-start",
        ])
    }

    /// `registration_url`, `join_url` and an external `replay` become links as written: one a
    /// browser would run (`javascript:`…) is left out with `link.unsafe-url` at its key.
    @Test func unsafeAddressesAreLeftOutAtTheirKeys() throws {
        var files = base
        files["w/a.md"] = event(
            "start: 2027-01-13 14:00\nregistration_url: 'javascript:alert(1)'\njoin_url: ' JAVASCRIPT:x'\nreplay: 'data:text/html,x'\n")
        files["w/b.md"] = event("start: 2027-01-13 14:00\nregistration_url: https://demarches.exemple.fr/b\njoin_url: https://visio.exemple.fr/b\n")
        let (site, found) = try check(files)
        #expect(found == ["w/a.md:5:1 link.unsafe-url", "w/a.md:6:1 link.unsafe-url", "w/a.md:7:1 link.unsafe-url"])
        let a = try #require(site.events.first { site.pages[$0.page].page.url == "/w/a/" })
        #expect(a.registrationHref == nil && a.joinHref == nil && a.replayHref == nil)
        let b = try #require(site.events.first { site.pages[$0.page].page.url == "/w/b/" })
        #expect(b.registrationHref == "https://demarches.exemple.fr/b" && b.joinHref == "https://visio.exemple.fr/b")
    }

    /// A past event, not cancelled, without replay: a warning once `event_replay_days` have passed.
    @Test func aPastEventWithoutReplayIsReportedAfterSomeDays() throws {
        var files = base
        files["w/ancien.md"] = event("start: 2026-11-02 14:00\nend: 15:00\n")        // 34 days before
        files["w/recent.md"] = event("start: 2026-12-01 14:00\n")                   // 5 days before
        files["w/annule.md"] = event("start: 2026-10-01 14:00\ncancelled: true\n")
        files["w/avec.md"] = event("start: 2026-10-01 14:00\nreplay: replay.md\n")
        files["w/futur.md"] = event("start: 2027-01-13 14:00\n")
        #expect(try check(files).1 == ["w/ancien.md:4:1 event.replay-missing"])
        #expect(try check(files, replayDays: 3).1 == ["w/ancien.md:4:1 event.replay-missing", "w/recent.md:4:1 event.replay-missing"])
    }
}
