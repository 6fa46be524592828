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
}
