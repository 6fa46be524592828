import RepereContent
import RepereDiagnostics
import RepereTestSupport
import Testing

/// Events' dates and times: parsing, time zones (daylight saving changes included), French.
@Suite struct EventScheduleTests {
    @Test func dateTimesAreReadWithASpaceOrAT() throws {
        let a = try #require(LocalDateTime("2027-01-13 14:00"))
        let b = try #require(LocalDateTime("2027-01-13T14:00"))
        #expect(a == b)
        #expect(LocalDateTime("2027-01-13T14:00:00") == a)
        #expect(a.description == "2027-01-13 14:00")
        for bad in ["2027-01-13", "13/01/2027 14:00", "2027-02-30 10:00", "2027-01-13 24:00", "2027-01-13 14h", "2027-01-13 14:00:30", ""] {
            #expect(LocalDateTime(bad) == nil, "\(bad)")
        }
    }

    @Test func civilDaysAndWeekdays() {
        #expect(CalendarDate("1970-01-01")!.daysSince1970 == 0)
        #expect(CalendarDate(daysSince1970: 20_831) == CalendarDate("2027-01-13"))
        #expect(CalendarDate("2027-01-13")!.weekday == 3)  // a Wednesday
        #expect(CalendarDate("2027-03-28")!.weekday == 0)  // a Sunday
        #expect(CalendarDate("2000-02-29")!.daysSince1970 == 11_016)
    }

    /// Paris is UTC+1 in winter, UTC+2 in summer; the changes of 2027 fall on 28 March and 31 October.
    @Test func parisTimesBecomeTheRightUTCAcrossDaylightSavingChanges() throws {
        let paris = try #require(EventZone("Europe/Paris"))
        func utc(_ text: String) -> String {
            LocalDateTime(unixSeconds: paris.unixSeconds(of: LocalDateTime(text)!), offset: 0).description
        }
        #expect(utc("2027-01-13 14:00") == "2027-01-13 13:00")
        #expect(utc("2027-03-28 01:30") == "2027-03-28 00:30")  // before the change
        #expect(utc("2027-03-28 14:00") == "2027-03-28 12:00")  // after it
        #expect(utc("2027-03-28 02:30") == "2027-03-28 01:30")  // does not exist: read as 03:30 summer time
        #expect(utc("2027-10-31 01:30") == "2027-10-30 23:30")
        #expect(utc("2027-10-31 02:30") == "2027-10-31 00:30")  // happens twice: the first one
        #expect(utc("2027-10-31 14:00") == "2027-10-31 13:00")
        let reunion = try #require(EventZone("Indian/Reunion"))
        #expect(reunion.offset(atUnixSeconds: 1_800_000_000) == 4 * 3600)
        #expect(EventZone("Europe/Pariss") == nil)
        #expect(EventZone("") == nil)
    }

    func page(_ frontMatter: String) -> Page {
        let files = ["w/_section.md": "---\ntitle: W\n---\n", "w/e.md": "---\n\(frontMatter)---\nTexte.\n"]
        let loaded = try! ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(files))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return loaded.pages.first { $0.source == "w/e.md" }!
    }

    @Test func aScheduleIsReadInItsTimeZoneWithAnEndTheSameDay() throws {
        let (schedule, problems) = EventSchedule.read(page("title: W\ntype: event\nstart: 2027-10-31 14:00\nend: 15:30\n"),
            defaultTimeZone: "Europe/Paris")
        #expect(problems.isEmpty)
        let s = try #require(schedule)
        #expect(s.end == LocalDateTime("2027-10-31 15:30"))
        #expect(s.endSeconds! - s.startSeconds == 5400)
        #expect(FrenchDate.event(s) == "dimanche 31 octobre 2027, de 14 h à 15 h 30 (heure de Paris)")
        let noEnd = EventSchedule(start: s.start, end: nil, zone: s.zone)
        #expect(FrenchDate.event(noEnd) == "dimanche 31 octobre 2027 à 14 h (heure de Paris)")
        let twoDays = EventSchedule(start: s.start, end: LocalDateTime("2027-11-01 09:05"), zone: s.zone)
        #expect(FrenchDate.event(twoDays) == "du dimanche 31 octobre 2027 à 14 h au lundi 1er novembre 2027 à 9 h 05 (heure de Paris)")
    }

    /// Each problem at its key's line and column (the front-matter starts on line 2).
    @Test func problemsAreReportedAtTheirKeys() {
        func problems(_ yaml: String, zone: String = "Europe/Paris") -> [String] {
            EventSchedule.read(page(yaml), defaultTimeZone: zone).1.map { "\($0.location!.line):\($0.location!.column) \($0.id)" }
        }
        #expect(problems("title: W\ntype: event\n") == ["3:1 event.missing-start"])
        #expect(problems("title: W\ntype: event\nstart: 13/01/2027 14:00\n") == ["4:1 event.invalid-date-time"])
        #expect(problems("title: W\ntype: event\nstart: 2027-01-13 14:00\nend: 2027-01-13 13:00\n") == ["5:1 event.end-before-start"])
        #expect(problems("title: W\ntype: event\nstart: 2027-01-13 14:00\nend: bientôt\n") == ["5:1 event.invalid-date-time"])
        #expect(problems("title: W\ntype: event\nstart: 2027-01-13 14:00\ntimezone: Europe/Pariss\n") == ["5:1 event.unknown-time-zone"])
        #expect(problems("title: W\ntype: event\nstart: 2027-01-13 14:00\n", zone: "Mars/Olympus") == ["3:1 event.unknown-time-zone"])
    }
}
