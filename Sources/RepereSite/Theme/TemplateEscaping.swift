import Mustache
import RepereMarkdown

/// The HTML escaping of `{{value}}` in templates: the same bytes as swift-mustache's own, faster.
///
/// swift-mustache escapes by looking up every `Character` in a dictionary, which took a quarter
/// of a build's instructions (bench/PROFILE.md). This content type escapes UTF-8 bytes with
/// ``HTMLEscaping`` instead. ``Theme`` selects it with a `CONTENT_TYPE` pragma line put before
/// every template.
struct TemplateEscaping: MustacheContentType {
    /// The pragma line that selects this escaping, registered on first use.
    static let pragma: String = {
        MustacheContentTypes.register(TemplateEscaping(), named: "REPERE_HTML")
        return "{{% CONTENT_TYPE: REPERE_HTML}}\n"
    }()

    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        // swift-mustache compares whole Characters, so a `<` inside a larger one (with a
        // combining mark after it, or a prepended mark before it) is left as it is; keep that
        // (rare) behaviour exactly.
        for i in utf8.indices where HTMLEscaping.isSpecial(utf8[i]) && (i.samePosition(in: text) == nil || text[i].unicodeScalars.count > 1) {
            return text.map { c in HTMLEscaping.isSpecial(c) ? HTMLEscaping.escape(String(c)) : String(c) }.joined()
        }
        return HTMLEscaping.escape(text)
    }
}

extension HTMLEscaping {
    /// Whether `character` is exactly one of the escaped ASCII characters.
    static func isSpecial(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.isASCII && isSpecial(character.asciiValue!)
    }
}
