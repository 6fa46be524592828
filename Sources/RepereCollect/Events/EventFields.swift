import Foundation

/// The fields of a request body, JSON or form-encoded, before validation.
///
/// Only the shape is read here; ``EventValidator`` decides what each field may hold.
public struct EventFields: Sendable, Equatable {
    /// A field's value as sent: text, a number (JSON), a list of texts (a JSON array, or a
    /// form field repeated), or anything else JSON allows (kept only to be refused by type).
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        case list([String])
        case other(String)
    }

    public var values: [String: Value]

    public init(_ values: [String: Value]) { self.values = values }

    /// The body's media types the collector reads.
    public enum Format: Sendable {
        case json, form

        /// From a `Content-Type` header. `text/plain` is what `navigator.sendBeacon` sends for a
        /// string: it is read as JSON.
        public init?(contentType: String?) {
            let type = (contentType ?? "").split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            switch type {
            case "application/json", "text/plain": self = .json
            case "application/x-www-form-urlencoded": self = .form
            default: return nil
            }
        }
    }

    /// Reads a body in `format`.
    /// - Throws: ``EventRejection`` `.malformedBody` when it is not valid UTF-8, JSON or form encoding.
    public static func parse(_ body: [UInt8], as format: Format) throws(EventRejection) -> EventFields {
        switch format {
        case .json: try json(body)
        case .form: try form(body)
        }
    }

    /// A JSON object of fields. Anything but an object is refused.
    static func json(_ body: [UInt8]) throws(EventRejection) -> EventFields {
        guard let object = try? JSONDecoder().decode([String: JSONValue].self, from: Data(body)) else {
            throw EventRejection(nil, .malformedBody("un objet JSON est attendu"))
        }
        return EventFields(object.mapValues(\.fieldValue))
    }

    /// `application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte of UTF-8; a name given
    /// more than once makes a list.
    static func form(_ body: [UInt8]) throws(EventRejection) -> EventFields {
        guard let text = String(validating: body, as: UTF8.self) else {
            throw EventRejection(nil, .malformedBody("le corps n’est pas en UTF-8"))
        }
        var values: [String: Value] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decodeForm(parts[0]), let value = decodeForm(parts.count > 1 ? parts[1] : "") else {
                throw EventRejection(nil, .malformedBody("encodage de formulaire invalide"))
            }
            switch values[name] {
            case nil: values[name] = .text(value)
            case .text(let first)?: values[name] = .list([first, value])
            case .list(let list)?: values[name] = .list(list + [value])
            default: break
            }
        }
        return EventFields(values)
    }

    private static func decodeForm(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

/// Any JSON value, so that a field of the wrong type is reported as such rather than as bad JSON.
private enum JSONValue: Decodable {
    case string(String), number(Double), bool(Bool), null, array([JSONValue]), object

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else if (try? container.decode([String: JSONValue].self)) != nil { self = .object }
        else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "not JSON") }
    }

    var fieldValue: EventFields.Value {
        switch self {
        case .string(let text): return .text(text)
        case .number(let number): return .number(number)
        case .array(let items):
            let texts = items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            return texts.count == items.count ? .list(texts) : .other("une liste qui ne contient pas que du texte")
        case .bool: return .other("un booléen")
        case .null: return .other("null")
        case .object: return .other("un objet")
        }
    }
}
