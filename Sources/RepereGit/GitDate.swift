import Foundation

/// A Git timestamp: seconds since the Unix epoch and the author's or committer's UTC offset.
public struct GitDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let seconds: Int64
    /// Minutes east of UTC (`+0200` is 120).
    public let offsetMinutes: Int

    public init(seconds: Int64, offsetMinutes: Int) {
        self.seconds = seconds
        self.offsetMinutes = offsetMinutes
    }

    /// The instant, without the offset.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    /// The offset as a Foundation time zone.
    public var timeZone: TimeZone? { TimeZone(secondsFromGMT: offsetMinutes * 60) }

    public var description: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let minutes = abs(offsetMinutes)
        let hhmm = String(minutes / 60 * 100 + minutes % 60)
        return "\(seconds) \(sign)\(String(repeating: "0", count: 4 - hhmm.count))\(hhmm)"
    }

    public static func < (lhs: GitDate, rhs: GitDate) -> Bool {
        (lhs.seconds, lhs.offsetMinutes) < (rhs.seconds, rhs.offsetMinutes)
    }
}
