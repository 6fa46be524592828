import Foundation

/// Takes the fields of an ``EventFields`` one by one, checking each, so that what is left at the
/// end is a field nobody asked for.
struct FieldReader {
    private var remaining: [String: EventFields.Value]

    init(_ fields: EventFields) { remaining = fields.values }

    /// Required text, trimmed, not empty, at most `limit` characters.
    mutating func text(_ name: String, limit: Int, multiline: Bool = false) throws(EventRejection) -> String {
        guard let text = try optionalText(name, limit: limit, multiline: multiline) else {
            throw EventRejection(name, .missing)
        }
        guard !text.isEmpty else { throw EventRejection(name, .missing) }
        return text
    }

    /// Optional text, trimmed, at most `limit` characters. Control characters are refused, but
    /// for line breaks and tabs when `multiline`.
    mutating func optionalText(_ name: String, limit: Int, multiline: Bool = false) throws(EventRejection) -> String? {
        guard let value = remaining.removeValue(forKey: name) else { return nil }
        guard case .text(let raw) = value else { throw EventRejection(name, .wrongType(Self.describe(value))) }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= limit else { throw EventRejection(name, .tooLong(limit: limit)) }
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\r", "\t"] : []
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            throw EventRejection(name, .invalidValue("caractère de contrôle"))
        }
        return text
    }

    /// Required text, one of `choices`' keys.
    mutating func choice<T>(_ name: String, _ choices: [String: T]) throws(EventRejection) -> T {
        let text = try self.text(name, limit: 20)
        guard let value = choices[text] else {
            throw EventRejection(name, .invalidValue("valeur attendue : " + choices.keys.sorted().joined(separator: " ou ")))
        }
        return value
    }

    /// Optional list of texts (a single text is a list of one), each at most `limit` characters, at most `count` of them.
    mutating func list(_ name: String, limit: Int, count: Int) throws(EventRejection) -> [String] {
        let items: [String]
        switch remaining.removeValue(forKey: name) {
        case nil: return []
        case .text(let text)?: items = text.isEmpty ? [] : [text]
        case .list(let list)?: items = list
        case let other?: throw EventRejection(name, .wrongType(Self.describe(other)))
        }
        guard items.count <= count else { throw EventRejection(name, .tooLong(limit: count)) }
        return try items.map { item throws(EventRejection) in
            var single = FieldReader(EventFields([name: .text(item)]))
            return try single.text(name, limit: limit)
        }
    }

    /// A required whole number in `range`: a JSON number, or digits in a form.
    mutating func wholeNumber(_ name: String, in range: ClosedRange<Int>) throws(EventRejection) -> Int {
        let number: Int?
        switch remaining.removeValue(forKey: name) {
        case nil: throw EventRejection(name, .missing)
        case .number(let value)?: number = value.rounded() == value && abs(value) < 1e9 ? Int(value) : nil
        case .text(let text)?: number = text.allSatisfy(\.isASCII) ? Int(text) : nil
        case let other?: throw EventRejection(name, .wrongType(Self.describe(other)))
        }
        guard let number, range.contains(number) else {
            throw EventRejection(name, .invalidValue("nombre entier attendu, de \(range.lowerBound) à \(range.upperBound)"))
        }
        return number
    }

    /// Refuses the first (by name) field that no rule took.
    func refuseTheRest() throws(EventRejection) {
        if let name = remaining.keys.min() { throw EventRejection(name, .unknownField) }
    }

    private static func describe(_ value: EventFields.Value) -> String {
        switch value {
        case .text: "du texte"
        case .number: "un nombre"
        case .list: "une liste"
        case .other(let what): what
        }
    }
}
