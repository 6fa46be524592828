import RepereSupport

/// Definition lists as PHP Markdown Extra wrote them and MkDocs' `def_list`, kramdown (Jekyll)
/// and Goldmark (Hugo) read them: a term on a line of its own, its definition on the next line
/// after `:` and spaces, more lines of it indented by four spaces.
///
/// ```markdown
/// Référent
/// :   La personne qui suit les volontaires d'un département.
///
///     Un second paragraphe.
/// :   Une autre définition.
/// ```
///
/// Rewritten as the HTML elements `<dl>`, `<dt>` and `<dd>` around Markdown (blank lines between,
/// so their text is read as Markdown: `<dt>` and `<dd>` hold paragraphs), which safe mode keeps
/// like `<details>`. A term is one line, at the start of its line, after a blank line (a
/// paragraph of several lines whose next line starts with `: ` is French prose, « les pièces
/// suivantes » then « : une pièce d'identité »); a blank line may stand between a term and its
/// definition. A fence or a heading ends a definition's lines; a fence inside it, indented with
/// them, is part of it. Nothing in code or raw HTML (``LiteralLines``), a quote or a list item is read.
enum DefinitionLists {
    /// `lines` (one page's, each rewritten line may hold several) with their definition lists
    /// rewritten, line for line; the same lines when they have none.
    static func rewrite(_ lines: [String]) -> [String] {
        var out = lines
        var literal = LiteralLines()
        var i = 0
        var isOpen = false  // a `<dl>` is open
        var lastDefinitionLine = 0
        while i < lines.count {
            let line = lines[i]
            if literal.isLiteral(line) {
                closeIfOpen()
                i += 1
                continue
            }
            // The term: one line, then maybe one blank line, then a definition.
            let definitionLine = i + 1 < lines.count && isBlank(lines[i + 1]) ? i + 2 : i + 1
            guard isTerm(line), i == 0 || isBlank(lines[i - 1]), definitionLine < lines.count, definition(lines[definitionLine]) != nil else {
                if !isBlank(line) { closeIfOpen() }
                i += 1
                continue
            }
            out[i] = (isOpen ? "" : "<dl>\n") + "<dt>\n\n" + line.trimmingWhitespace + "\n\n</dt>"
            isOpen = true
            i = definitionLine
            // The definitions, each up to the next one or to a line that is not part of it.
            while i < lines.count, let text = definition(lines[i]) {
                out[i] = "<dd>\n\n" + text
                var last = i
                var j = i + 1
                while j < lines.count {
                    if definition(lines[j]) != nil { break }
                    if isBlank(lines[j]) {
                        // Blank lines, then a line indented by four spaces: the definition goes on.
                        var k = j
                        while k < lines.count, isBlank(lines[k]) { k += 1 }
                        guard k < lines.count, indent(of: lines[k]) >= 4 else { break }
                        j = k
                        continue
                    }
                    if lines[j].contains("\n") { break }
                    let isIndented = indent(of: lines[j]) >= 4
                    let trimmed = lines[j].drop { $0 == " " || $0 == "\t" }
                    // A fence or a heading ends a paragraph's lazy lines; indented, a fence is the definition's.
                    if !isIndented, MarkdownFence.opening(trimmed) != nil || trimmed.hasPrefix("#") || trimmed.hasPrefix("<") { break }
                    out[j] = isIndented ? String(lines[j].dropFirst(4)) : lines[j]
                    (last, j) = (j, j + 1)
                    if isIndented, let run = MarkdownFence.opening(trimmed) {
                        // Its lines, blank ones too, up to its end.
                        while j < lines.count {
                            out[j] = indent(of: lines[j]) >= 4 ? String(lines[j].dropFirst(4)) : lines[j].trimmingWhitespace
                            (last, j) = (j, j + 1)
                            let line = out[last].drop { $0 == " " }
                            if line.hasPrefix(run), line.dropFirst(run.count).allSatisfy({ $0 == run.first || $0 == " " }) { break }
                        }
                    }
                }
                out[last] += "\n\n</dd>"
                lastDefinitionLine = last
                i = last + 1
                // A blank line, then another definition of the same terms.
                var k = i
                while k < lines.count, isBlank(lines[k]) { k += 1 }
                if k < lines.count, definition(lines[k]) != nil { i = k }
            }
        }
        closeIfOpen()
        return out

        func closeIfOpen() {
            guard isOpen else { return }
            out[lastDefinitionLine] += "\n</dl>\n"  // a blank line after: what follows is no part of the HTML block
            isOpen = false
        }
    }

    /// A definition's text: what follows `:` and spaces (at most three before it).
    static func definition(_ line: String) -> String? {
        guard !line.contains("\n") else { return nil }
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.first == ":", let space = trimmed.dropFirst().first, space == " " || space == "\t" else { return nil }
        let text = String(trimmed.dropFirst()).trimmingWhitespace
        return text.isEmpty ? nil : text
    }

    /// Whether `line` may be a term: text on one line, starting no other block (a heading, a
    /// quote, a list item, a table row, HTML, a definition).
    private static func isTerm(_ line: String) -> Bool {
        guard !line.contains("\n"), !isBlank(line), indent(of: line) == 0, definition(line) == nil else { return false }
        let trimmed = line.drop { $0 == " " }
        guard let first = trimmed.first, !"#>|<:".contains(first) else { return false }
        // A list item (`- `, `* `, `+ `), a break or a heading's underline (`---`, `===`).
        if "*-+".contains(first), trimmed.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { return false }
        if "=-*_".contains(first), trimmed.allSatisfy({ $0 == first || $0 == " " }) { return false }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = trimmed.dropFirst(digits.count).first, after == "." || after == ")" { return false }
        return true
    }

    private static func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }

    private static func indent(of line: String) -> Int {
        line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
    }
}
