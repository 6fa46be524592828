/// Dates written the French way, independent of the machine's locale: `1er mars 2026`.
package enum FrenchDate {
    package static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]

    /// `25 novembre 2026`, `1er mars 2026`.
    package static func long(_ date: CalendarDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(months[date.month - 1]) \(date.year)"
    }

    /// `Novembre 2026`, for month headings.
    package static func month(_ date: CalendarDate) -> String {
        let name = months[date.month - 1]
        return name.prefix(1).uppercased() + name.dropFirst() + " \(date.year)"
    }

    package static let weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]

    /// `mardi 13 janvier 2027`.
    package static func withWeekday(_ date: CalendarDate) -> String {
        "\(weekdays[date.weekday]) \(long(date))"
    }

    /// `14 h`, `15 h 30`, `9 h 05`.
    package static func time(_ t: LocalDateTime) -> String {
        t.minute == 0 ? "\(t.hour) h" : "\(t.hour) h \(t.minute < 10 ? "0" : "")\(t.minute)"
    }

    /// « mardi 13 janvier 2027, de 14 h à 15 h 30 (heure de Paris) »; without an end « mardi 13
    /// janvier 2027 à 14 h (heure de Paris) »; over several days « du mardi 13 janvier 2027 à
    /// 14 h au mercredi 14 janvier 2027 à 12 h (heure de Paris) ».
    package static func event(_ schedule: EventSchedule) -> String {
        let start = schedule.start
        let zone = "(\(schedule.zone.frenchName))"
        guard let end = schedule.end else { return "\(withWeekday(start.date)) à \(time(start)) \(zone)" }
        if end.date == start.date { return "\(withWeekday(start.date)), de \(time(start)) à \(time(end)) \(zone)" }
        return "du \(withWeekday(start.date)) à \(time(start)) au \(withWeekday(end.date)) à \(time(end)) \(zone)"
    }
}
