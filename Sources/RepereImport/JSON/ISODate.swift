import RepereContent

/// ISO 8601 timestamps read without Foundation or the machine's time zone, so an import gives
/// the same days everywhere: `2024-01-31T23:30:00.000+01:00` is the UTC day 2024-01-31,
/// `2024-01-31T23:30:00Z` too, and `2024-02-01T00:30:00+02:00` is 2024-01-31.
enum ISODate {
    /// The UTC day of `text`: `YYYY-MM-DD`, optionally followed by `THH:MM[:SS[.fff]]` and `Z` or
    /// an offset (`+01:00`, `+0100`); without an offset the time is taken as UTC.
    static func day(of text: String) -> CalendarDate? {
        let b = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count, !range.isEmpty else { return nil }
            var n = 0
            for i in range {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return n
        }
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let date = calendarDate(year, month, day)
        else { return nil }
        if b.count == 10 { return date }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), b.count >= 16, b[13] == UInt8(ascii: ":"),
            let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
        else { return nil }
        var i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let second = number(17..<19), second <= 60 else { return nil }
            i = 19
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                let start = i
                while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
                guard i > start else { return nil }
            }
        }
        var offsetMinutes = 0
        if i < b.count {
            switch b[i] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                guard i + 1 == b.count else { return nil }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                let rest = b.count - i - 1
                let hh = number((i + 1)..<(i + 3))
                let mm = rest == 5 && b[i + 3] == UInt8(ascii: ":") ? number((i + 4)..<(i + 6))
                    : rest == 4 ? number((i + 3)..<(i + 5)) : rest == 2 ? 0 : nil
                guard let hh, let mm, hh < 24, mm < 60 else { return nil }
                offsetMinutes = sign * (hh * 60 + mm)
            default: return nil
            }
        }
        let minutes = days(from: year, month, day) * 1440 + hour * 60 + minute - offsetMinutes
        return civil(fromDays: Int((Double(minutes) / 1440).rounded(.down)))
    }

    /// The day `days` after 1970-01-01 (negative before it).
    static func civil(fromDays days: Int) -> CalendarDate {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return calendarDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d) ?? CalendarDate("1970-01-01")!
    }

    /// Days from 1970-01-01 to the given day.
    static func days(from year: Int, _ month: Int, _ day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func calendarDate(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard (1...9999).contains(year) else { return nil }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return CalendarDate("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))")
    }
}
