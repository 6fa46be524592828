import RepereSupport

/// MyST's roles, Sphinx's inline markup in Markdown: `` {doc}`guide/installer` `` and
/// `` {doc}`Installer <guide/installer>` `` link to that page, `` {download}`le guide <guide.pdf>` ``
/// to that file; any other role (`` {ref}`…` ``, `` {term}`…` ``, `` {abbr}`…` ``) is its text,
/// the title before a `<target>`. Code spans and code blocks are left as written.
enum MySTRoles {
    /// The longest role name read (`{download}`, `{sphinx:ref}`).
    static let maximumName = 30

    /// Whether `text` may hold a role: a `` }` `` somewhere.
    static func mayHave(_ text: String) -> Bool { text.containsBytes("}`") }

    /// `lines` with their roles rewritten, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var literal = LiteralLines()
        return lines.map { line in
            guard !literal.isLiteral(line), line.contains("}`") else { return line }
            return rewrite(line: line)
        }
    }

    /// `line` with its roles rewritten, outside its code spans.
    static func rewrite(line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "`" }) {
            out += rest[..<open]
            rest = rest[open...]
            if rest.first == "`" {
                // A code span, as written (its run of backticks closes it).
                let run = rest.prefix { $0 == "`" }
                let body = rest.dropFirst(run.count)
                if let close = body.range(of: run) {
                    out += rest[..<close.upperBound]
                    rest = rest[close.upperBound...]
                } else {
                    out += run
                    rest = body
                }
                continue
            }
            guard let role = role(at: rest) else {
                out.append("{")
                rest = rest.dropFirst()
                continue
            }
            out += role.markdown
            rest = rest[role.end...]
        }
        return out + rest
    }

    /// The role starting `text` (`{name}` then a code span), its Markdown and where it ends.
    private static func role(at text: Substring) -> (markdown: String, end: Substring.Index)? {
        // A name is short: its `}` is looked for among the next few characters only (a line of
        // 40,000 `{` costs no more than its length).
        guard let close = text.prefix(maximumName + 2).firstIndex(of: "}") else { return nil }
        let name = text[text.index(after: text.startIndex)..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }) else { return nil }
        let after = text[text.index(after: close)...]
        guard after.first == "`", let end = after.dropFirst().firstIndex(of: "`") else { return nil }
        let content = String(after[after.index(after: after.startIndex)..<end])
        // `Titre <cible>`: the title, then the target.
        var title = content, target = content, titled = false
        if content.hasSuffix(">"), let lt = content.lastIndex(of: "<") {
            title = String(content[..<lt]).trimmingWhitespace
            target = String(content[content.index(after: lt)..<content.index(before: content.endIndex)])
            titled = !title.isEmpty
            if title.isEmpty { title = target }
        }
        let markdown: String
        switch name {
        case "doc":
            let file = target.hasSuffix(".md") || target.hasSuffix(".ipynb") ? target : target + ".md"
            // Untitled, Sphinx shows the page's title: the file's name is a text the render stage replaces with it.
            let text = titled ? title : String(file.split(separator: "/").last ?? Substring(file))
            markdown = ForeignContainers.markdownLink(text, to: file)
        case "download":
            markdown = ForeignContainers.markdownLink(title, to: target)
        case "math", "code", "kbd", "file", "samp", "command", "program", "envvar":
            markdown = title.markdownCodeSpan
        default:
            markdown = title.markdownEscaped
        }
        return (markdown, after.index(after: end))
    }
}
