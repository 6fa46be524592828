/// A JSON value as read from an export, members in file order.
///
/// MongoDB's Extended JSON wrappers (`{"$oid": …}`, `{"$date": …}`) stay plain objects here;
/// ``ExtendedJSON`` reads them where a field expects one.
package indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    package var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    package var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    package var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    package var isNull: Bool { self == .null }

    /// What the value is, for messages: `a string`, `an object`…
    package var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// A JSON object: its members in file order, looked up by name (the last of duplicates wins,
/// as in JavaScript).
package struct JSONObject: Hashable, Sendable {
    package var members: [(key: String, value: JSONValue)]

    package init(_ members: [(key: String, value: JSONValue)]) { self.members = members }

    package subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    package var keys: [String] { members.map(\.key) }

    package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    package func hash(into hasher: inout Hasher) {
        for member in members {
            hasher.combine(member.key)
            hasher.combine(member.value)
        }
    }
}
