/// A value as templates see it: text, a flag, a list or an object of named values.
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// Converts the dictionaries, arrays, strings, numbers and booleans that the site model
    /// builds; `nil` becomes ``null``.
    init(_ value: Any) {
        switch value {
        case let value as TemplateValue: self = value
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .text(String(number))
        case let number as Double: self = .text(String(number))
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init))
        case let list as [Any]: self = .list(list.map(TemplateValue.init))
        case Optional<Any>.none: self = .null
        default: self = .text(String(describing: value))
        }
    }

    /// The value of `name` in this object, if it is one.
    subscript(name: String) -> TemplateValue? {
        if case .object(let object) = self { object[name] } else { nil }
    }
}
