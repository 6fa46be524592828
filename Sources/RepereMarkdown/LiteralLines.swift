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
        var literal = false
        for piece in line.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = piece.drop { $0 == " " || $0 == ">" }  // in a quote too
            if let open = fence {
                literal = true
                if trimmed.hasPrefix(open), trimmed.dropFirst(open.count).allSatisfy({ $0 == open.first || $0 == " " }) { fence = nil }
                continue
            }
            if let end = rawEnd {
                literal = true
                if piece.lowercased().contains(end) { rawEnd = nil }
                continue
            }
            guard piece.count - piece.drop(while: { $0 == " " }).count <= 3 else { continue }
            if let run = MarkdownFence.opening(trimmed) {
                (fence, literal) = (run, true)
            } else if let end = Self.rawBlockEnd(opening: trimmed) {
                literal = true
                if !trimmed.lowercased().dropFirst().contains(end) { rawEnd = end }
            }
        }
        return literal
    }

    /// The end tag of the HTML block `line` opens when it runs to it over blank lines
    /// (CommonMark's kinds 1 and 2), else `nil`.
    private static func rawBlockEnd(opening line: Substring) -> String? {
        let lowered = line.lowercased()
        if lowered.hasPrefix("<!--") { return "-->" }
        for name in ["pre", "script", "style", "textarea"] where lowered.hasPrefix("<" + name) {
            let next = lowered.dropFirst(name.count + 1).first
            if next == nil || next == ">" || next == " " || next == "\t" { return "</\(name)>" }
        }
        return nil
    }
}
