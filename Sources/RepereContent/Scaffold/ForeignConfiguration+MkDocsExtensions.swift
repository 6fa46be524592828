import Yams

extension ForeignConfiguration {
    /// The Python-Markdown extensions whose syntax Repère reads in every project (admonitions,
    /// tabs, attribute lists, `md_in_html`, snippets, emoji, keys…), or that change nothing a
    /// Repère page shows (highlighting, `toc`'s anchors, `meta`'s front-matter), by their name in
    /// `markdown_extensions` without `markdown.extensions.`.
    static let mkdocsExtensionsRead: Set<String> = [
        "abbr", "admonition", "attr_list", "codehilite", "def_list", "extra", "fenced_code", "footnotes", "md_in_html", "meta",
        "sane_lists", "smarty", "tables", "toc", "wikilinks", "material.extensions.emoji",
        "pymdownx.betterem", "pymdownx.blocks.admonition", "pymdownx.blocks.details", "pymdownx.blocks.html", "pymdownx.blocks.tab",
        "pymdownx.caret", "pymdownx.details", "pymdownx.emoji", "pymdownx.escapeall", "pymdownx.extra", "pymdownx.highlight",
        "pymdownx.inlinehilite", "pymdownx.keys", "pymdownx.magiclink", "pymdownx.mark", "pymdownx.saneheaders", "pymdownx.snippets",
        "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.tasklist", "pymdownx.tilde",
    ]

    /// What some extensions Repère does not read leave in a page.
    private static let mkdocsExtensionsShownAsWritten = [
        "pymdownx.arithmatex": "math stays as written", "nl2br": "a line break is a space, as CommonMark reads it",
        "pymdownx.critic": "`{++ ++}` marks stay as written", "pymdownx.smartsymbols": "`(c)` and `-->` stay as written",
    ]

    /// Names in the report the extensions of MkDocs' `markdown_extensions` (names, or mappings
    /// of a name to its settings) whose syntax Repère does not read.
    mutating func reportMkDocsExtensions(_ extensions: Node?) {
        let names = (extensions?.sequence ?? []).compactMap { $0.string ?? $0.mapping?.first?.key.string }
            + (extensions?.mapping?.keys.compactMap(\.string) ?? [])
        let unread = names.map { $0.hasPrefix("markdown.extensions.") ? String($0.dropFirst("markdown.extensions.".count)) : $0 }
            .filter { !Self.mkdocsExtensionsRead.contains($0) }
        guard !unread.isEmpty else { return }
        notCarried.append("the Markdown extensions " + unread.map { name in
            "`\(name)`" + (Self.mkdocsExtensionsShownAsWritten[name].map { " (\($0))" } ?? "")
        }.joined(separator: ", ") + ": Repère reads their syntax as plain Markdown")
    }
}
