import Foundation

/// Recognises GitHub's alert syntax in block quotes.
///
/// A block quote whose first line is exactly `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
/// or `[!CAUTION]` (any case) is a callout; the marker line is removed. Any other block quote
/// is kept as it is.
enum GFMAlert {
    static func callout(from blocks: [Block]) -> Block {
        guard case .paragraph(let inlines)? = blocks.first,
            case .text(let first)? = inlines.first,
            let kind = marker(first)
        else { return .blockQuote(blocks) }
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

    private static func marker(_ text: String) -> CalloutKind? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        return CalloutKind(rawValue: trimmed.dropFirst(2).dropLast().lowercased())
    }
}
