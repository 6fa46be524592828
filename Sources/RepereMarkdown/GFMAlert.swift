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
            case .text(let first)? = inlines.first, let (kind, after) = marker(first)
        else { return .blockQuote(blocks) }
        // The title: what follows the marker up to the end of its line, markup included
        // (`[!NOTE] **Pourquoi ?**`, `[!TIP] Un `code``), without the spaces around it.
        var rest = Array(inlines.dropFirst())
        let lineEnd = rest.firstIndex(where: isBreak) ?? rest.endIndex
        var title = (after.isEmpty ? [] : [Inline.text(after)]) + rest[..<lineEnd]
        if case .text(let last)? = title.last {
            let trimmed = String(last.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            if trimmed.isEmpty { title.removeLast() } else { title[title.count - 1] = .text(trimmed) }
        }
        rest.removeSubrange(..<lineEnd)
        if !rest.isEmpty { rest.removeFirst() }
        let body: [Block] = (title.isEmpty ? [] : [.paragraph([.strong(title)])]) + (rest.isEmpty ? [] : [.paragraph(rest)]) + blocks.dropFirst()
        return .callout(kind, body)
    }

    private static func isBreak(_ inline: Inline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: true
        default: false
        }
    }

    /// `[!TIP] Bon à savoir` → (`.tip`, `Bon à savoir`); `[!NOTE]` → (`.note`, ``); `nil` when
    /// the text does not start with a marker followed by a space or nothing (`[!NOTE]x`).
    private static func marker(_ text: String) -> (kind: CalloutKind, after: String)? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]"),
            let kind = CalloutKind(rawValue: trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close].lowercased())
        else { return nil }
        let after = trimmed[trimmed.index(after: close)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return (kind, String(after.drop { $0 == " " || $0 == "\t" }))
    }
}
