import Foundation

/// Recognises GitHub's alert syntax in block quotes.
///
/// A block quote whose first line is exactly `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
/// or `[!CAUTION]` (any case) is a callout; the marker line is removed. Any other block quote
/// is kept as it is. Beyond GitHub, text after the marker on its line (`[!TIP] Bon à savoir`,
/// which the containers of other tools become) is the callout's own title, shown in bold first.
enum GFMAlert {
    static func callout(from blocks: [Block]) -> Block {
        guard case .paragraph(let inlines)? = blocks.first,
            case .text(let first)? = inlines.first
        else { return .blockQuote(blocks) }
        if marker(first) == nil, let titled = titledMarker(first) {
            var rest = Array(inlines.dropFirst())
            let lineEnd = rest.firstIndex(where: isBreak) ?? rest.endIndex
            let title = [Inline.text(titled.title)] + rest[..<lineEnd]
            rest.removeSubrange(..<lineEnd)
            if !rest.isEmpty { rest.removeFirst() }
            let body: [Block] = [.paragraph([.strong(title)])] + (rest.isEmpty ? [] : [.paragraph(rest)]) + blocks.dropFirst()
            return .callout(titled.kind, body)
        }
        guard let kind = marker(first) else { return .blockQuote(blocks) }
        var rest = Array(inlines.dropFirst())
        if case .softBreak? = rest.first { rest.removeFirst() }
        if case .lineBreak? = rest.first { rest.removeFirst() }
        guard rest.isEmpty || inlines.count > 1 && isBreak(inlines[1]) else { return .blockQuote(blocks) }
        let body = rest.isEmpty ? Array(blocks.dropFirst()) : [.paragraph(rest)] + blocks.dropFirst()
        return .callout(kind, body)
    }

    private static func isBreak(_ inline: Inline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: true
        default: false
        }
    }

    /// `[!TIP] Bon à savoir` → (`.tip`, `Bon à savoir`).
    private static func titledMarker(_ text: String) -> (kind: CalloutKind, title: String)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]"),
            let kind = CalloutKind(rawValue: text[text.index(text.startIndex, offsetBy: 2)..<close].lowercased())
        else { return nil }
        let title = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard text[text.index(after: close)...].first == " ", !title.isEmpty else { return nil }
        return (kind, title)
    }

    private static func marker(_ text: String) -> CalloutKind? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        return CalloutKind(rawValue: trimmed.dropFirst(2).dropLast().lowercased())
    }
}
