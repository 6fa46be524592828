import RepereContent

/// A record with its place in the new project: its file, its order among its siblings, its
/// audience and status after inheritance.
package struct PlacedRecord: Sendable {
    package var record: KnowledgeRecord
    /// The Markdown file, relative to the content folder: `phase-1/_section.md` for a section,
    /// `phase-1/je-m-inscris.md` for an article.
    package var file: String
    /// The section's index in ``KnowledgeTree/placed``; `nil` at the root of the content folder.
    package var parent: Int?
    /// 1, 2, 3… among its siblings: sections first, then by `position`, as SNUpport sorts them.
    package var order: Int
    /// The roles that can read it, after its sections' (vocabulary order).
    package var roles: [String]
    /// Whether `audience:` is written: at the top of the tree, in `a-classer/`, and wherever the
    /// roles are narrower than the parent section's (else the page inherits them).
    package var writesAudience: Bool
    /// The status written: the record's, or `draft` when no role can read it.
    package var status: PageStatus
    /// Whether it was put in `a-classer/` (its parent is missing or is an article).
    package var isUnfiled: Bool

    /// The folder the record's file is in (`""` for the content folder).
    package var folder: String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }
}
