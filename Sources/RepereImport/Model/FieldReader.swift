import RepereContent
import RepereDiagnostics

/// Reads the fields of one exported document, collecting a diagnostic for each missing or
/// malformed one (at the document's first line, naming the record).
struct FieldReader {
    let object: JSONObject
    let location: SourceLocation
    /// How the record is named in messages.
    var name: String
    private var problems: [Diagnostic] = []
    /// Required fields found missing, reported as one error.
    private var missing: [String] = []

    init(object: JSONObject, location: SourceLocation, name: String) {
        self.object = object
        self.location = location
        self.name = name
    }

    /// Every problem found, the missing required fields as one error.
    var diagnostics: [Diagnostic] {
        guard !missing.isEmpty else { return problems }
        let list = missing.map { "'\($0)'" }
        let names = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " or " + list.last!
        return [Diagnostic(.importMissingField, "\(name) has no \(names)", at: location)] + problems
    }

    var hasErrors: Bool { !missing.isEmpty || problems.contains { $0.severity == .error } }

    mutating func report(_ kind: DiagnosticKind, _ message: String, notes: [String] = []) {
        problems.append(Diagnostic(kind, message, at: location, notes: notes))
    }

    /// The value of `key`, `nil` when absent or `null`.
    func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    /// A required field's value, or a `import.missing-field` error.
    mutating func required(_ key: String) -> JSONValue? {
        guard let value = value(key) else {
            missing.append(key)
            return nil
        }
        return value
    }

    /// A text field, trimmed; `nil` when absent or empty.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let value = required ? self.required(key) : value(key) else { return nil }
        guard case .string(let text) = value else {
            report(.importInvalidField, "\(name): '\(key)' must be a string, found \(ExtendedJSON.describe(value))")
            return nil
        }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty && required {
            report(.importMissingField, "\(name): '\(key)' is empty")
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An ObjectId field.
    mutating func objectID(_ key: String, required: Bool = false) -> String? {
        guard let value = required ? self.required(key) : value(key) else { return nil }
        switch ExtendedJSON.objectID(value) {
        case .success(let id): return id
        case .failure(let problem):
            report(.importInvalidExtendedJSON, "\(name): '\(key)': \(problem.message)")
            return nil
        }
    }

    /// A date field, as its UTC day.
    mutating func day(_ key: String) -> CalendarDate? {
        guard let value = value(key) else { return nil }
        switch ExtendedJSON.day(value) {
        case .success(let day): return day
        case .failure(let problem):
            report(.importInvalidExtendedJSON, "\(name): '\(key)': \(problem.message)")
            return nil
        }
    }

    /// A number field.
    mutating func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = required ? self.required(key) : value(key) else { return nil }
        switch ExtendedJSON.number(value) {
        case .success(let n): return n
        case .failure(let problem):
            report(ExtendedJSON.isWrapper(value) ? .importInvalidExtendedJSON : .importInvalidField, "\(name): '\(key)': \(problem.message)")
            return nil
        }
    }

    /// A boolean field.
    mutating func flag(_ key: String, required: Bool = false) -> Bool? {
        guard let value = required ? self.required(key) : value(key) else { return nil }
        guard case .bool(let flag) = value else {
            report(.importInvalidField, "\(name): '\(key)' must be true or false, found \(ExtendedJSON.describe(value))")
            return nil
        }
        return flag
    }

    /// A field with a fixed set of values.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) -> T? where T.RawValue == String {
        guard let text = text(key, required: true) else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue)
            report(.importInvalidField,
                "\(name): '\(key)' is '\(text.prefix(40))', expected \(choices.dropLast().joined(separator: ", ")) or \(choices.last!)")
            return nil
        }
        return value
    }

    /// A list of strings; `nil` when absent.
    mutating func strings(_ key: String) -> [String]? {
        guard let value = value(key) else { return nil }
        guard case .array(let items) = value else {
            report(.importInvalidField, "\(name): '\(key)' must be a list of strings, found \(ExtendedJSON.describe(value))")
            return nil
        }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else {
                report(.importInvalidField, "\(name): '\(key)' must hold only strings, found \(ExtendedJSON.describe(item))")
                return nil
            }
            result.append(text)
        }
        return result
    }
}
