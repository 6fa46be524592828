import Foundation
import RepereDiagnostics

/// A wall-clock date and time without a zone (`2027-01-13 14:00`), as written in front-matter.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CalendarDate
    public var hour: Int
    public var minute: Int

    public init(date: CalendarDate, hour: Int, minute: Int) {
        (self.date, self.hour, self.minute) = (date, hour, minute)
    }

    /// `2027-01-13 14:00`, `2027-01-13T14:00` or `2027-01-13T14:00:00` (seconds must be `00`);
    /// `nil` for anything else, impossible dates and times included.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let separator = trimmed.firstIndex(where: { $0 == " " || $0 == "T" }),
            let date = CalendarDate(String(trimmed[..<separator])),
            let (hour, minute) = Self.time(String(trimmed[trimmed.index(after: separator)...]).trimmingCharacters(in: .whitespaces))
        else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    /// `14:00` or `14:00:00` → (14, 0); `nil` when it is not a time of day.
    public static func time(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute),
            parts.count == 2 || parts[2] == "00"
        else { return nil }
        return (hour, minute)
    }

    public var description: String {
        "\(date) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    /// Seconds since 1970-01-01 00:00 if this wall-clock time were UTC.
    public var secondsAsIfUTC: Int64 {
        Int64(date.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)
    }

    /// The wall-clock time of `seconds` (Unix time) shifted by `offset` seconds.
    public init(unixSeconds seconds: Int64, offset: Int) {
        let local = seconds + Int64(offset)
        let days = Int((local - ((local % 86_400) + 86_400) % 86_400) / 86_400)
        let rest = Int(local - Int64(days) * 86_400)
        self.init(date: CalendarDate(daysSince1970: days), hour: rest / 3600, minute: rest % 3600 / 60)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.secondsAsIfUTC < b.secondsAsIfUTC }
}

extension CalendarDate {
    /// Days since 1970-01-01 (negative before), proleptic Gregorian calendar.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01.
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 for Sunday … 6 for Saturday.
    public var weekday: Int { ((daysSince1970 % 7) + 7 + 4) % 7 }
}

/// An IANA time zone (`Europe/Paris`), from the system's time zone data.
public struct EventZone: Hashable, Sendable {
    public let identifier: String
    private let zone: TimeZone

    /// `nil` for a name the time zone data does not know.
    public init?(_ identifier: String) {
        guard !identifier.isEmpty, identifier.contains("/") || identifier == "UTC",
            let zone = TimeZone(identifier: identifier)
        else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    /// The zone's offset from UTC at the instant `seconds` (Unix time).
    public func offset(atUnixSeconds seconds: Int64) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The instant (Unix time) of the wall-clock time `local` in this zone. A time skipped when
    /// clocks go forward is read with the offset before the change (02:30 → 03:30 in Paris); a
    /// time repeated when they go back is the first one.
    public func unixSeconds(of local: LocalDateTime) -> Int64 {
        let asUTC = local.secondsAsIfUTC
        let before = offset(atUnixSeconds: asUTC - 86_400)
        let first = asUTC - Int64(before)
        let offsetThere = offset(atUnixSeconds: first)
        if offsetThere == before { return first }
        let second = asUTC - Int64(offsetThere)
        return offset(atUnixSeconds: second) == offsetThere ? second : first
    }

    /// « heure de Paris »: how the time zone is named after a time.
    public var frenchName: String {
        Self.frenchNames[identifier] ?? "fuseau \(identifier)"
    }

    private static let frenchNames: [String: String] = [
        "Europe/Paris": "heure de Paris", "UTC": "temps universel",
        "America/Guadeloupe": "heure de la Guadeloupe", "America/Martinique": "heure de la Martinique",
        "America/Cayenne": "heure de la Guyane", "Indian/Reunion": "heure de La Réunion", "Indian/Mayotte": "heure de Mayotte",
        "Pacific/Noumea": "heure de Nouméa", "Pacific/Tahiti": "heure de Tahiti", "America/Miquelon": "heure de Saint-Pierre-et-Miquelon",
        "Pacific/Wallis": "heure de Wallis-et-Futuna", "Europe/Brussels": "heure de Bruxelles", "Europe/London": "heure de Londres",
    ]
}

/// When an event (`type: event`) takes place: its `start`, `end` and `timezone` read together.
public struct EventSchedule: Hashable, Sendable {
    public var start: LocalDateTime
    public var end: LocalDateTime?
    public var zone: EventZone
    /// `start` and `end` as instants (Unix time).
    public var startSeconds: Int64
    public var endSeconds: Int64?

    /// A schedule from wall-clock times in `zone`, their instants computed.
    public init(start: LocalDateTime, end: LocalDateTime?, zone: EventZone) {
        self.start = start
        self.end = end
        self.zone = zone
        self.startSeconds = zone.unixSeconds(of: start)
        self.endSeconds = end.map(zone.unixSeconds)
    }

    /// The schedule of `page` (a `type: event` page), its time zone defaulting to
    /// `defaultTimeZone`; every problem is a diagnostic at its key's line and column.
    public static func read(_ page: Page, defaultTimeZone: String) -> (EventSchedule?, [Diagnostic]) {
        let fm = page.frontMatter
        var problems: [Diagnostic] = []
        let zoneName = fm.timezone ?? defaultTimeZone
        let zone = EventZone(zoneName)
        if zone == nil {
            problems.append(Diagnostic(.eventUnknownTimeZone, "unknown time zone '\(zoneName)'",
                at: fm.timezone == nil ? page.location(ofKey: "type") : page.location(ofKey: "timezone"),
                notes: ["use an IANA name such as Europe/Paris, America/Cayenne or Indian/Reunion"]))
        }
        guard let startText = fm.eventStart else {
            problems.append(Diagnostic(.eventMissingStart, "the event '\(page.title)' has no start", at: page.location(ofKey: "type"),
                notes: ["add 'start: 2027-01-13 14:00' (local time)"]))
            return (nil, problems)
        }
        guard let start = LocalDateTime(startText) else {
            problems.append(Diagnostic(.eventInvalidDateTime, "'start' must be a date and time such as 2027-01-13 14:00, found '\(startText)'",
                at: page.location(ofKey: "start")))
            return (nil, problems)
        }
        var end: LocalDateTime?
        if let endText = fm.eventEnd {
            if let (hour, minute) = LocalDateTime.time(endText.trimmingCharacters(in: .whitespaces)) {
                end = LocalDateTime(date: start.date, hour: hour, minute: minute)
            } else if let full = LocalDateTime(endText) {
                end = full
            } else {
                problems.append(Diagnostic(.eventInvalidDateTime,
                    "'end' must be a date and time such as 2027-01-13 15:30, or a time such as 15:30, found '\(endText)'",
                    at: page.location(ofKey: "end")))
            }
        }
        if let e = end, e <= start {
            problems.append(Diagnostic(.eventEndBeforeStart, "the event ends (\(e)) before it starts (\(start))",
                at: page.location(ofKey: "end"), notes: ["'end' is a time after 'start', in the same time zone"]))
            end = nil
        }
        guard let zone else { return (nil, problems) }
        return (EventSchedule(start: start, end: end, zone: zone), problems)
    }

    /// When the event is over: its end, or its start when it has none.
    public var endOrStartSeconds: Int64 { endSeconds ?? startSeconds }
}
