/// A template's context: named values.
package typealias TemplateContext = [String: TemplateValue]

/// A value as templates see it: text, a flag, a list or an object of named values.
package enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// `text`, or `false` when it is empty: a section then skips it instead of showing "".
    package static func text(orFalse text: String) -> TemplateValue { text.isEmpty ? .flag(false) : .text(text) }

    /// `text`, or `false` when there is none.
    package static func text(orFalse text: String?) -> TemplateValue { Self.text(orFalse: text ?? "") }

    /// The value of `name` in this object, if it is one.
    package subscript(name: String) -> TemplateValue? {
        if case .object(let object) = self { object[name] } else { nil }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    package init(stringLiteral text: String) { self = .text(text) }
    package init(booleanLiteral flag: Bool) { self = .flag(flag) }
    package init(arrayLiteral items: TemplateValue...) { self = .list(items) }
    package init(dictionaryLiteral entries: (String, TemplateValue)...) {
        self = .object(Dictionary(entries, uniquingKeysWith: { first, _ in first }))
    }
}

extension TemplateValue: Hashable {
    /// Text is compared and hashed by its UTF-8 bytes, as it is rendered: two canonically
    /// equivalent spellings (`é`, `e` + combining accent) are different values. (`String`'s own
    /// hash normalises Unicode first, several times slower.) Objects hash the same whatever
    /// their order, as dictionaries do.
    package static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): x.utf8.elementsEqual(y.utf8)
        case (.flag(let x), .flag(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.object(let x), .object(let y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    package func hash(into hasher: inout Hasher) {
        switch self {
        case .text(var text):
            hasher.combine(0)
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .flag(let flag):
            hasher.combine(1)
            hasher.combine(flag)
        case .list(let items):
            hasher.combine(2)
            hasher.combine(items)
        case .object(let object):
            hasher.combine(3)
            hasher.combine(object)
        case .null:
            hasher.combine(4)
        }
    }
}
