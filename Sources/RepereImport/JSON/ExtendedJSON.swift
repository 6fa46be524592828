import RepereContent

/// MongoDB Extended JSON, as `mongoexport` writes it (relaxed or canonical mode, and the
/// legacy forms of older versions): `{"$oid": "…"}`, `{"$date": "2024-01-31T08:00:00Z"}`,
/// `{"$date": {"$numberLong": "1706688000000"}}`, `{"$date": 1706688000000}`,
/// `{"$numberInt": "3"}`, `{"$numberLong": …}`, `{"$numberDouble": …}`, `{"$numberDecimal": …}`.
///
/// Each reader takes a field's value and returns the plain value or why it is not one.
package enum ExtendedJSON {
    /// An ObjectId as 24 lowercase hexadecimal digits; a plain string is taken as it is (an
    /// export whose ids were turned into strings).
    package static func objectID(_ value: JSONValue) -> Result<String, Problem> {
        switch value {
        case .string(let text) where !text.isEmpty: return .success(text)
        case .object(let object) where object.keys == ["$oid"]:
            guard let hex = object["$oid"]?.string else {
                return .failure(Problem("'$oid' must be a string of 24 hexadecimal digits, found \(object["$oid"]!.kindDescription)"))
            }
            guard hex.utf8.count == 24, hex.utf8.allSatisfy(isHexDigit) else {
                return .failure(Problem("'$oid' value '\(hex.prefix(40))' is not 24 hexadecimal digits"))
            }
            return .success(hex.lowercased())
        default:
            return .failure(Problem("expected an ObjectId ({\"$oid\": \"…\"}), found \(describe(value))"))
        }
    }

    /// The UTC day of a date.
    package static func day(_ value: JSONValue) -> Result<CalendarDate, Problem> {
        switch value {
        case .string(let text):
            return ISODate.day(of: text).map(Result.success)
                ?? .failure(Problem("'\(text.prefix(40))' is not an ISO 8601 date"))
        case .object(let object) where object.keys == ["$date"]:
            switch object["$date"]! {
            case .string(let text):
                return ISODate.day(of: text).map(Result.success)
                    ?? .failure(Problem("'$date' value '\(text.prefix(40))' is not an ISO 8601 date"))
            case .number(let milliseconds):
                return dayOfMilliseconds(milliseconds)
            case .object(let inner) where inner.keys == ["$numberLong"]:
                guard let text = inner["$numberLong"]?.string, let milliseconds = Int64(text) else {
                    return .failure(Problem("'$date.$numberLong' must be a string of digits (milliseconds since 1970)"))
                }
                return dayOfMilliseconds(Double(milliseconds))
            case let other:
                return .failure(Problem("'$date' must be an ISO 8601 string or {\"$numberLong\": \"…\"}, found \(describe(other))"))
            }
        default:
            return .failure(Problem("expected a date ({\"$date\": \"…\"}), found \(describe(value))"))
        }
    }

    /// A number, plain or wrapped.
    package static func number(_ value: JSONValue) -> Result<Double, Problem> {
        switch value {
        case .number(let n): return .success(n)
        case .object(let object) where object.members.count == 1:
            let (key, inner) = object.members[0]
            guard ["$numberInt", "$numberLong", "$numberDouble", "$numberDecimal"].contains(key) else { break }
            guard let text = inner.string, let n = Double(text), n.isFinite else {
                return .failure(Problem("'\(key)' must be a string holding a finite number, found \(describe(inner))"))
            }
            return .success(n)
        default: break
        }
        return .failure(Problem("expected a number, found \(describe(value))"))
    }

    /// Whether `value` is an Extended JSON wrapper (`{"$…": …}`) rather than a plain object.
    package static func isWrapper(_ value: JSONValue) -> Bool {
        guard case .object(let object) = value, let first = object.members.first else { return false }
        return first.key.hasPrefix("$")
    }

    /// A value for messages: its kind, or the wrapper's name.
    static func describe(_ value: JSONValue) -> String {
        if isWrapper(value), let key = value.object?.members.first?.key { return "{\"\(key)\": …}" }
        return value.kindDescription
    }

    private static func dayOfMilliseconds(_ milliseconds: Double) -> Result<CalendarDate, Problem> {
        guard milliseconds.isFinite, abs(milliseconds) < 253_402_300_800_000 else {
            return .failure(Problem("'$date' value \(milliseconds) is out of the years 0001–9999"))
        }
        let days = Int((milliseconds / 86_400_000).rounded(.down))
        return .success(ISODate.civil(fromDays: days))
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
    }

    /// Why a value is not what its field expects.
    package struct Problem: Error, Hashable, Sendable {
        package var message: String
        package init(_ message: String) { self.message = message }
    }
}
