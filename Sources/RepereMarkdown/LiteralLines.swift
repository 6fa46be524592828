import RepereSupport

/// Which lines of a page are code or raw HTML whose text is no Markdown: fenced code blocks, and
/// the HTML blocks that run to their end tag whatever lines they hold (`<pre>`, `<script>`,
/// `<style>`, `<textarea>`, comments). Read line after line by the rewrites that work on a
/// page's lines (``DefinitionLists``, ``KramdownCallouts``), so that none of them touches
/// those. A line may hold several (a rewrite's `\n`): each is read.
struct LiteralLines {
    private var fence: Substring?
    /// The end of the raw HTML block open (`</pre>`, `-->`).
    private var rawEnd: String?

    /// Whether `line`, the next line of the page, is (or holds) code or raw HTML.
    mutating func isLiteral(_ line: String) -> Bool {
        // Most lines hold no `\n`: read whole, without splitting (a page's lines are read by several rewrites).
        guard line.containsByte(UInt8(ascii: "\n")) else { return isLiteral(piece: line[...]) }
        var literal = false
        for piece in line.split(separator: "\n", omittingEmptySubsequences: false) where isLiteral(piece: piece) { literal = true }
        return literal
    }

    private mutating func isLiteral(piece: Substring) -> Bool {
        let trimmed = piece.drop { $0 == " " || $0 == ">" }  // in a quote too
        if let open = fence {
            if trimmed.hasPrefix(open), trimmed.dropFirst(open.count).allSatisfy({ $0 == open.first || $0 == " " }) { fence = nil }
            return true
        }
        if let end = rawEnd {
            if Self.holds(piece, end) { rawEnd = nil }
            return true
        }
        guard piece.prefix(while: { $0 == " " }).count <= 3 else { return false }
        if let run = MarkdownFence.opening(trimmed) {
            fence = run
            return true
        }
        guard let end = Self.rawBlockEnd(opening: trimmed) else { return false }
        if !Self.holds(trimmed.dropFirst(), end) { rawEnd = end }
        return true
    }

    /// Whether `text` holds the end tag `end` (`-->`, `</pre>`), in any case: a byte search
    /// first, as most lines of a raw block hold no `>`.
    private static func holds(_ text: Substring, _ end: String) -> Bool {
        guard text.containsByte(UInt8(ascii: ">")) else { return false }
        return end == "-->" ? text.containsBytes(end) : text.lowercased().contains(end)
    }

    /// The end tag of the HTML block `line` opens when it runs to it over blank lines
    /// (CommonMark's kinds 1 and 2), else `nil`.
    private static func rawBlockEnd(opening line: Substring) -> String? {
        guard line.first == "<" else { return nil }
        let lowered = line.lowercased()
        if lowered.hasPrefix("<!--") { return "-->" }
        for name in ["pre", "script", "style", "textarea"] where lowered.hasPrefix("<" + name) {
            let next = lowered.dropFirst(name.count + 1).first
            if next == nil || next == ">" || next == " " || next == "\t" { return "</\(name)>" }
        }
        return nil
    }
}
