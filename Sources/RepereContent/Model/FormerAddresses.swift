/// The addresses the tool a help centre comes from gave its pages (`former_addresses` in
/// `repere.yml`): each redirects to the page's address, so links and bookmarks to the old site
/// keep working after a migration.
public enum FormerAddresses: String, Hashable, Sendable, CaseIterable {
    /// None.
    case none
    /// The file's path as written, without `.md`, a folder's page at its folder (MkDocs:
    /// `T6_Annales/epreuve_bac.md` at `/T6_Annales/epreuve_bac/`).
    case names
    /// The same, lowercased, spaces as `-` (Hugo: `Getting_Started/Mon Guide.md` at
    /// `/getting_started/mon-guide/`).
    case lowercase
    /// The file's path as written, `.md` as `.html` (MkDocs with `use_directory_urls: false`,
    /// Jekyll's pages: `guide/Mon_Guide.md` at `/guide/Mon_Guide.html`); a folder's page at its
    /// folder's `index.html`.
    case html
    /// The file's path as Docusaurus publishes it: names as written but for their number prefix
    /// (`community/35.security_team.md` at `/community/security_team/`), a file named like its
    /// folder at its folder.
    case docusaurus

    /// The former address of the page of `kind` in the file at `path`; `nil` for none, or when it
    /// is `url` itself or differs from it only by case (a folder could not hold both).
    public func address(of path: ContentPath, kind: Page.Kind, url: SitePath) -> SitePath? {
        // The folder's own file (`_section.md`, `index.md`, `README.md`) is at its folder's
        // address; a chapter's page beside its folder (mdBook's `chapitre_1.md` over
        // `chapitre_1/`) and a home page from a named file (`introduction.md`) at their own.
        let isFolders = PageURL.isSectionFile(path) || PageURL.isFolderPage(path)
        guard self != .none, kind != .home || (!isFolders && path.pageFileName != "_index.md") else { return nil }
        var names = (isFolders ? (kind == .section ? PageURL.sectionFolder(of: path) : path.directory) : path.directory)
            .split(separator: "/").map(String.init)
        if !isFolders { names.append(path.pageStem) }
        if self == .docusaurus {
            names = names.map(AddressStyle.docusaurus.withoutNumberPrefix)
            if PageURL.isCategoryIndex(path, style: .docusaurus) { names.removeLast() }
        }
        if self == .lowercase { names = names.map { $0.lowercased().replacingOccurrences(of: " ", with: "-") } }
        guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        if self == .html {
            // The page's own file (`/guide/index.html` for `/guide/`) is written already.
            let file = SitePath(rawValue: "/" + names.joined(separator: "/") + (isFolders ? "/index.html" : ".html"))
            return file.rawValue.lowercased() == (url.rawValue + "index.html").lowercased() ? nil : file
        }
        let address = SitePath(pageComponents: names)
        return address.rawValue.lowercased() == url.rawValue.lowercased() ? nil : address
    }
}
