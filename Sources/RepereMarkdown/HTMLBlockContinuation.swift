/// HTML blocks that go on over a blank line, where the author's HTML plainly does: CommonMark ends
/// an HTML block at the first blank line, so `<div>`, `<pre><code>`, a blank line in the code,
/// `</code></pre>`, `</div>` left the rest of the code as Markdown (`</code>` shown as text, an
/// indented `<div>` after it a code block), where MkDocs (Python-Markdown) and Jekyll (kramdown)
/// read the block to its closing tag. A blank line inside such a block becomes an empty HTML
/// comment, which keeps the block going and shows nothing, when an element the block opened is
/// still open and either a `<pre>` is open or the next line that is not blank starts an HTML
/// block too (a block element's tag, or a tag alone on its line). A blank line followed by Markdown (`<details>`, `<summary>…</summary>`, a
/// blank line, `**texte**`) ends the block as in CommonMark: that Markdown is read. A block
/// element's end tag alone on its line that closes the block's elements ends the block there
/// when Markdown follows right under it (`</div>`, then a fence), as kramdown and Python-Markdown read it.
enum HTMLBlockContinuation {
    /// What stands for a blank line kept inside an HTML block.
    static let blankLine = "<!---->"

    /// Whether `text` may hold such a block: a line starting with `<` and a blank line.
    static func mayHave(_ text: String) -> Bool {
        guard text.containsBytes("\n\n") else { return false }
        // One pass: a line starting with `<` after at most three spaces.
        return text.withUTF8Bytes { bytes in
            var i = 0
            while i < bytes.count {
                var j = i
                while j < bytes.count, j - i < 3, bytes[j] == UInt8(ascii: " ") { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "<") { return true }
                guard let end = bytes[j...].firstIndex(of: UInt8(ascii: "\n")) else { return false }
                i = end + 1
            }
            return false
        }
    }

    /// `lines` with the blank lines inside HTML blocks that go on replaced, line for line.
    static func rewrite(_ lines: [String]) -> [String] { read(lines).lines }

    /// The indices of the lines of `lines` inside HTML blocks, where an indent makes no code
    /// (Jekyll's `{{ site.url }}` in an indented `<li>` is read there).
    static func blockLines(_ lines: [String]) -> Set<Int> { read(lines).blockLines }

    private static func read(_ lines: [String]) -> (lines: [String], blockLines: Set<Int>) {
        var lines = lines
        var blockLines: Set<Int> = []
        // The next line that is not blank after each line, found in one pass from the end.
        var next = [Int?](repeating: nil, count: lines.count)
        var following: Int?
        for i in lines.indices.reversed() {
            next[i] = following
            if !lines[i].allSatisfy(\.isWhitespace) { following = i }
        }
        func nextStartsBlock(after i: Int) -> Bool {
            guard let n = next[i] else { return false }
            let trimmed = lines[n].drop { $0 == " " || $0 == "\t" }
            return trimmed.hasPrefix("<!--") || startsBlock(trimmed, interruptingText: false)
        }
        var literal = LiteralLines()
        var open: [String] = []  // the elements the HTML block being read opened and did not close
        var inBlock = false
        var previousIsText = false  // the line before is a paragraph's: a lone tag does not start a block there
        for i in lines.indices {
            let line = lines[i]
            // A `<pre>` in the block is read by it (LiteralLines would take it for a block of its own).
            if literal.isLiteral(line), !inBlock {
                (open, previousIsText) = ([], false)
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if trimmed.allSatisfy(\.isWhitespace) {
                if inBlock, !open.isEmpty, open.contains("pre") || nextStartsBlock(after: i) {
                    lines[i] = blankLine
                    blockLines.insert(i)
                } else {
                    (inBlock, open) = (false, [])
                }
                previousIsText = false
                continue
            }
            if !inBlock {
                guard line.count - trimmed.count <= 3, startsBlock(trimmed, interruptingText: previousIsText) else {
                    previousIsText = true
                    continue
                }
                inBlock = true
            }
            track(trimmed, open: &open)
            blockLines.insert(i)
            previousIsText = false
            if open.isEmpty, isLoneClosingTag(trimmed), i + 1 < lines.count, !lines[i + 1].allSatisfy(\.isWhitespace),
                lines[i + 1].drop(while: { $0 == " " }).first != "<"
            {
                // `</div>` with Markdown right under it (a fence, text): kramdown and Python-Markdown
                // end the element there; CommonMark's block would hold the Markdown. A blank line
                // after it ends the block (the line map keeps later lines' numbers).
                lines[i] = line + "\n"
                (inBlock, open) = (false, [])
            }
        }
        return (lines, blockLines)
    }


    /// Whether `line` starts an HTML block as CommonMark reads it (kinds 6 and 7): a block
    /// element's tag, or any tag alone on the line (which cannot interrupt a paragraph).
    private static func startsBlock(_ line: Substring, interruptingText: Bool) -> Bool {
        guard line.hasPrefix("<") else { return false }
        let name = line.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
        guard !name.isEmpty else { return false }
        let after = line.dropFirst().drop { $0 == "/" }.dropFirst(name.count).first
        if blockElements.contains(name), after == nil || after == " " || after == "\t" || after == ">" || after == "/" { return true }
        let trimmed = String(line).trimmingWhitespace
        return !interruptingText && trimmed.hasSuffix(">") && trimmed.dropFirst().firstIndex(of: "<") == nil && HTMLTag(parsing: trimmed) != nil
    }

    /// Whether `line` is a block element's end tag alone (`</div>`, `</details>`).
    private static func isLoneClosingTag(_ line: Substring) -> Bool {
        let trimmed = String(line).trimmingWhitespace
        guard trimmed.hasPrefix("</"), trimmed.hasSuffix(">") else { return false }
        return blockElements.contains(trimmed.dropFirst(2).dropLast().lowercased())
    }

    /// Updates `open` with the start and end tags of `line`.
    private static func track(_ line: Substring, open: inout [String]) {
        guard line.contains("<"), let tokens = HTMLToken.split(String(line), droppingComments: true) else { return }
        for case .tag(let tag, _) in tokens where !voidElements.contains(tag.name) && !tag.isSelfClosing {
            if tag.isClosing {
                if let last = open.lastIndex(of: tag.name) { open.removeSubrange(last...) }
            } else if open.count < maximumOpen {
                open.append(tag.name)
            }
        }
    }

    /// The most elements followed open in one block: deeper ones are not (a page of 50,000
    /// `<div>` costs no more than its length).
    static let maximumOpen = 64

    /// CommonMark's block elements, whose tag starts an HTML block even before a paragraph's end.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes",
        "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title",
        "tr", "track", "ul",
    ]

    /// Elements that have no end tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
}
