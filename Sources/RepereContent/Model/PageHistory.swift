/// What the build knows of a page's history: from Git, from front-matter overrides, or from
/// the file system for a file not yet committed.
public struct PageHistory: Hashable, Sendable, Codable {
    /// When the page was first committed (front-matter `created` wins); `nil` when the history
    /// is cut short (a shallow clone) before the file's creation.
    public var created: Timestamp?
    /// When the page was last changed (front-matter `updated` wins).
    public var updated: Timestamp
    /// Authors, most commits first.
    public var authors: [String]
    /// What the last commit that changed the page tells readers (its `Nouveauté :` trailer),
    /// or `""`: commit summaries are for the team and never shown.
    public var readerNote: String
    /// Earlier paths of the file (renames and moves), oldest first, for redirects from old URLs.
    public var previousPaths: [ContentPath]
    /// How many commits changed the file (0 without history): a calendar's `SEQUENCE`.
    public var revisionCount = 0
    /// Whether the file has uncommitted changes or is not tracked yet (dates then come from the
    /// file system, and the page says so).
    public var isUncommitted: Bool

    public init(
        created: Timestamp?, updated: Timestamp, authors: [String], readerNote: String,
        previousPaths: [ContentPath], isUncommitted: Bool
    ) {
        self.created = created
        self.updated = updated
        self.authors = authors
        self.readerNote = readerNote
        self.previousPaths = previousPaths
        self.isUncommitted = isUncommitted
    }
}

/// A moment, as Git records it: seconds since 1970 (UTC) and the author's UTC offset.
public struct Timestamp: Hashable, Comparable, Sendable, Codable {
    public var seconds: Int64
    public var offsetMinutes: Int

    public init(seconds: Int64, offsetMinutes: Int = 0) {
        self.seconds = seconds
        self.offsetMinutes = offsetMinutes
    }

    /// Midnight UTC of a front-matter date.
    public init(_ date: CalendarDate) {
        // Days from 1970-01-01 (proleptic Gregorian), by Howard Hinnant's algorithm.
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        seconds = Int64(era * 146_097 + doe - 719_468) * 86_400
        offsetMinutes = 0
    }

    /// The moment as RFC 3339 text in the author's time zone (`2026-11-25T14:05:00+01:00`), as Atom wants.
    public var rfc3339: String {
        let local = seconds + Int64(offsetMinutes) * 60
        let secondOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let time = "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        let zone = offsetMinutes == 0
            ? "Z" : "\(offsetMinutes < 0 ? "-" : "+")\(pad(abs(offsetMinutes) / 60)):\(pad(abs(offsetMinutes) % 60))"
        return "\(day)T\(time)\(zone)"
    }

    /// The calendar day in the author's time zone.
    public var day: CalendarDate {
        let local = seconds + Int64(offsetMinutes) * 60
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
}
