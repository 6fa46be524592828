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
/// like `<details>`. Several term lines in a row are several terms; a blank line may stand between
/// a term and its definition; a term after the list's last definition needs a blank line before
/// it. Nothing in a code block, a quote, a list item or an indented block is read.
enum DefinitionLists {
    /// `lines` (one page's, each rewritten line may hold several) with their definition lists
    /// rewritten, line for line; the same lines when they have none.
    static func rewrite(_ lines: [String]) -> [String] {
        var out = lines
        var fence: Substring?
        var i = 0
        var isOpen = false  // a `<dl>` is open
        var lastDefinitionLine = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open), trimmed.dropFirst(open.count).allSatisfy({ $0 == open.first || $0 == " " }) { fence = nil }
                i += 1
                continue
            }
            if line.count - trimmed.count <= 3, let run = MarkdownFence.opening(trimmed) {
                closeIfOpen()
                fence = run
                i += 1
                continue
            }
            // The terms: lines in a row, then maybe one blank line, then a definition.
            guard isTerm(line), i == 0 || isBlank(lines[i - 1]) || isOpen && i - 1 == lastDefinitionLine else {
                if !isBlank(line) { closeIfOpen() }
                i += 1
                continue
            }
            var end = i
            while end + 1 < lines.count, isTerm(lines[end + 1]) { end += 1 }
            let definitionLine = end + 1 < lines.count && isBlank(lines[end + 1]) ? end + 2 : end + 1
            guard definitionLine < lines.count, definition(lines[definitionLine]) != nil else {
                closeIfOpen()
                i = end + 1
                continue
            }
            for t in i...end {
                out[t] = (t == i && !isOpen ? "<dl>\n" : "") + "<dt>\n\n" + lines[t].trimmingWhitespace + "\n\n</dt>"
            }
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
                    out[j] = indent(of: lines[j]) >= 4 ? String(lines[j].dropFirst(4)) : lines[j]
                    last = j
                    j += 1
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
            out[lastDefinitionLine] += "\n</dl>"
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
        guard !line.contains("\n"), !isBlank(line), indent(of: line) <= 3, definition(line) == nil else { return false }
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
