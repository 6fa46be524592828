import RepereContent

/// Events as iCalendar files (RFC 5545): one per event beside its page (`evenement.ics`) and
/// `/webinaires.ics` with every upcoming one.
///
/// The output is deterministic: `DTSTAMP` is the build's reference time, `UID` comes from the
/// page's path and the base URL's host, and `SEQUENCE` counts the event's revisions in Git
/// (plus one for uncommitted changes and one for a cancellation), so a calendar that imported
/// the event takes each new version. Times are written in the event's time zone with its
/// `VTIMEZONE` when its rules are those of the European Union (`Europe/Paris`…) or a fixed
/// offset (`Indian/Reunion`…), in UTC otherwise.
package enum ICalendar {
    package struct Event: Sendable {
        package var uid: String
        package var schedule: EventSchedule
        package var summary: String
        package var description: String?
        package var location: String?
        package var url: String
        package var isCancelled: Bool
        /// `SEQUENCE`: raised by every revision of the event, so calendars take the new version.
        package var sequence: Int

        package init(uid: String, schedule: EventSchedule, summary: String, description: String? = nil, location: String? = nil,
                     url: String, isCancelled: Bool = false, sequence: Int = 0) {
            self.uid = uid
            self.schedule = schedule
            self.summary = summary
            self.description = description
            self.location = location
            self.url = url
            self.isCancelled = isCancelled
            self.sequence = sequence
        }
    }

    /// A whole calendar: `events` in the given order, time zones sorted by name.
    package static func calendar(_ events: [Event], name: String, stamp: Int64) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Repère//Centre d'aide//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escape(name)]
        var rules: [String: ZoneRules] = [:]
        for identifier in Set(events.map(\.schedule.zone.identifier)).sorted() {
            let inZone = events.filter { $0.schedule.zone.identifier == identifier }
            let years = Set(inZone.flatMap { [$0.schedule.start.date.year] + ($0.schedule.end.map { [$0.date.year] } ?? []) })
            guard let zoneRules = ZoneRules.of(inZone[0].schedule.zone, years: years) else { continue }
            rules[identifier] = zoneRules
            lines += zoneRules.vtimezone(identifier)
        }
        for event in events {
            let schedule = event.schedule
            let hasZone = rules[schedule.zone.identifier] != nil
            func time(_ local: LocalDateTime, _ seconds: Int64) -> String {
                hasZone ? ";TZID=\(schedule.zone.identifier):\(basic(local))" : ":" + basic(LocalDateTime(unixSeconds: seconds, offset: 0)) + "Z"
            }
            lines += ["BEGIN:VEVENT", "UID:" + event.uid, "DTSTAMP:" + basic(LocalDateTime(unixSeconds: stamp, offset: 0)) + "Z",
                      "DTSTART" + time(schedule.start, schedule.startSeconds)]
            if let end = schedule.end, let seconds = schedule.endSeconds { lines.append("DTEND" + time(end, seconds)) }
            lines.append("SUMMARY:" + escape(event.summary))
            if let description = event.description, !description.isEmpty { lines.append("DESCRIPTION:" + escape(description)) }
            if let location = event.location, !location.isEmpty { lines.append("LOCATION:" + escape(location)) }
            lines += ["URL:" + event.url, "STATUS:" + (event.isCancelled ? "CANCELLED" : "CONFIRMED"),
                      "SEQUENCE:\(event.sequence)", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping: backslash, semicolon, comma and newlines.
    package static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r\n", "\n", "\r": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence:
    /// continuation lines start with one space.
    package static func fold(_ line: String) -> String {
        var result: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = result.isEmpty ? 75 : 74
            if octets + size > limit {
                result.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        result.append(current)
        return result.joined(separator: "\r\n ")
    }

    /// `20270113T140000`.
    static func basic(_ t: LocalDateTime) -> String {
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(t.date.year, 4))\(pad(t.date.month, 2))\(pad(t.date.day, 2))T\(pad(t.hour, 2))\(pad(t.minute, 2))00"
    }

    /// A time zone's rules as a `VTIMEZONE` can state them.
    enum ZoneRules: Equatable {
        /// No daylight saving time: one offset.
        case fixed(offset: Int)
        /// The European Union's: summer time from the last Sunday of March to the last Sunday
        /// of October, changing at 01:00 UTC.
        case europeanUnion(standard: Int, summer: Int)

        /// The rules `zone` follows in every one of `years`, when they are one of the two kinds.
        static func of(_ zone: EventZone, years: Set<Int>) -> ZoneRules? {
            let found = years.sorted().map { year -> ZoneRules? in
                func at(_ month: Int, _ day: Int, _ seconds: Int) -> Int {
                    zone.offset(atUnixSeconds: Int64(CalendarDate(year: year, month: month, day: day).daysSince1970) * 86_400 + Int64(seconds))
                }
                let winter = at(1, 15, 0)
                let summer = at(7, 15, 0)
                if winter == summer { return at(4, 15, 0) == winter && at(10, 15, 0) == winter ? .fixed(offset: winter) : nil }
                let march = lastSunday(year: year, month: 3)
                let october = lastSunday(year: year, month: 10)
                guard summer == winter + 3600,
                    at(3, march, 3600 - 1) == winter, at(3, march, 3600) == summer,
                    at(10, october, 3600 - 1) == summer, at(10, october, 3600) == winter
                else { return nil }
                return .europeanUnion(standard: winter, summer: summer)
            }
            guard let first = found.first, let rules = first, found.allSatisfy({ $0 == rules }) else { return nil }
            return rules
        }

        func vtimezone(_ identifier: String) -> [String] {
            switch self {
            case .fixed(let offset):
                return ["BEGIN:VTIMEZONE", "TZID:" + identifier, "BEGIN:STANDARD", "DTSTART:19700101T000000",
                        "TZOFFSETFROM:" + Self.offset(offset), "TZOFFSETTO:" + Self.offset(offset), "END:STANDARD", "END:VTIMEZONE"]
            case .europeanUnion(let standard, let summer):
                // The changes happen at 01:00 UTC: in local time, before each change.
                let springHour = (3600 + standard) / 3600
                let autumnHour = (3600 + summer) / 3600
                func hour(_ h: Int) -> String { (h < 10 ? "0" : "") + String(h) }
                return ["BEGIN:VTIMEZONE", "TZID:" + identifier,
                        "BEGIN:DAYLIGHT", "DTSTART:19810329T\(hour(springHour))0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                        "TZOFFSETFROM:" + Self.offset(standard), "TZOFFSETTO:" + Self.offset(summer), "END:DAYLIGHT",
                        "BEGIN:STANDARD", "DTSTART:19961027T\(hour(autumnHour))0000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                        "TZOFFSETFROM:" + Self.offset(summer), "TZOFFSETTO:" + Self.offset(standard), "END:STANDARD",
                        "END:VTIMEZONE"]
            }
        }

        /// `+0100`, `-0300`, `+0530`.
        static func offset(_ seconds: Int) -> String {
            let minutes = abs(seconds) / 60
            func pad(_ n: Int) -> String { (n < 10 ? "0" : "") + String(n) }
            return (seconds < 0 ? "-" : "+") + pad(minutes / 60) + pad(minutes % 60)
        }

        static func lastSunday(year: Int, month: Int) -> Int {
            let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            let last = CalendarDate(year: year, month: month, day: days).daysSince1970
            return days - CalendarDate(daysSince1970: last).weekday
        }
    }
}
