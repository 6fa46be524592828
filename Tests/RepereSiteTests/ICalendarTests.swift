import RepereContent
@testable import RepereRender
import Testing

/// RFC 5545 details of the calendars; whole files are in the `events` golden site.
@Suite struct ICalendarTests {
    @Test func textIsEscaped() {
        #expect(ICalendar.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
    }

    /// Lines are folded at 75 octets, never inside a UTF-8 sequence; continuations start with a space.
    @Test func longLinesAreFoldedAt75Octets() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100)
        let folded = ICalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x")
    }

    @Test func aCalendarIsCRLFWithTimeZoneRulesAndStableFields() throws {
        let paris = try #require(EventZone("Europe/Paris"))
        let start = try #require(LocalDateTime("2027-10-31 14:00"))
        let schedule = EventSchedule(start: start, end: LocalDateTime("2027-10-31 15:00"), zone: paris)
        let event = ICalendar.Event(uid: "w-a@aide.exemple.fr", schedule: schedule, summary: "Webinaire", url: "https://aide.exemple.fr/w/a/",
            isCancelled: true, sequence: 1)
        let text = ICalendar.calendar([event], name: "Aide", stamp: 1_796_515_200)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.components(separatedBy: "\r\n")
        for expected in ["VERSION:2.0", "TZID:Europe/Paris", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "DTSTART:19810329T020000",
                         "DTSTART:19961027T030000", "DTSTART;TZID=Europe/Paris:20271031T140000", "DTSTAMP:20261206T000000Z",
                         "UID:w-a@aide.exemple.fr", "STATUS:CANCELLED", "SEQUENCE:1"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(text == ICalendar.calendar([event], name: "Aide", stamp: 1_796_515_200))
    }

    /// A zone with rules of neither kind is written in UTC.
    @Test func otherZonesAreWrittenInUTC() throws {
        let newYork = try #require(EventZone("America/New_York"))
        let start = try #require(LocalDateTime("2027-01-13 09:00"))
        let schedule = EventSchedule(start: start, end: nil, zone: newYork)
        let text = ICalendar.calendar([ICalendar.Event(uid: "u@h", schedule: schedule, summary: "S", url: "https://h/")], name: "A", stamp: 0)
        #expect(text.contains("DTSTART:20270113T140000Z\r\n"))
        #expect(!text.contains("VTIMEZONE"))
    }
}
