/// How a relative link that names no file is read (`relative_links` in `repere.yml`).
public enum RelativeLinks: String, Hashable, Sendable, CaseIterable {
    /// As a file's path from the page's folder only, as Git forges show Markdown.
    case files
    /// Also as an address from the page's own (`../b/` from `docs/a.md`, published at
    /// `/docs/a/`, is `/docs/b/`), as Jekyll, Hugo and MkDocs sites publish each page as a folder.
    case addresses
    /// Also, for a page's file named beside none (`[x](Glossaire.md)`), the page of that file name
    /// in any folder, the nearest, as Obsidian finds it in a vault.
    case names
}
