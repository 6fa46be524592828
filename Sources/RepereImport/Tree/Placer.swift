import RepereContent
import RepereDiagnostics

/// Walks the tree top-down: names each record's file, orders siblings, and cuts each record's
/// roles to its parent's.
struct Placer {
    let records: [KnowledgeRecord]
    let children: [[Int]]
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(records: [KnowledgeRecord], children: [[Int]], file: String) {
        self.records = records
        self.children = children
        self.file = file
    }

    /// Places `siblings` in `folder` and, below them, their children.
    mutating func place(
        _ siblings: [Int], in folder: String, parent: (placed: Int, record: Int)?, parentRoles: Set<String>?,
        names: inout FileNames, tree: inout KnowledgeTree
    ) {
        // As SNUpport lists them: sections first, then by position.
        let ordered = siblings.sorted {
            let a = records[$0], b = records[$1]
            return (a.kind == .section ? 0 : 1, a.position, a.slug) < (b.kind == .section ? 0 : 1, b.position, b.slug)
        }
        for (rank, i) in ordered.enumerated() {
            let r = records[i]
            let location = SourceLocation(file: file, line: r.line)
            let (name, reason) = names.name(for: r.slug, fallback: r.title)
            if let reason {
                diagnostics.append(Diagnostic(.importRenamed, "\(r.name) is written as '\(name)': \(reason)", at: location,
                    notes: ["its old URL stays an alias of the page"]))
            }
            let path = folder.isEmpty ? name : folder + "/" + name
            let roles = self.roles(of: r, parent: parent.map { records[$0.record] }, parentRoles: parentRoles, at: location)
            let placed = PlacedRecord(
                record: r, file: r.kind == .section ? path + "/_section.md" : path + ".md", parent: parent?.placed,
                order: rank + 1, roles: Self.sorted(roles),
                writesAudience: !roles.isEmpty && roles != parentRoles,
                status: roles.isEmpty ? .draft : r.status.pageStatus, isUnfiled: false)
            tree.placed.append(placed)
            if r.kind == .section {
                var inner = FileNames(isRoot: false)
                place(children[i], in: path, parent: (tree.placed.count - 1, i), parentRoles: roles, names: &inner, tree: &tree)
            }
        }
    }

    /// The record's roles cut to its parent's, with a warning for each cut, each unknown role,
    /// and a record left with none.
    private mutating func roles(
        of r: KnowledgeRecord, parent: KnowledgeRecord?, parentRoles: Set<String>?, at location: SourceLocation
    ) -> Set<String> {
        let own = Set(r.allowedRoles ?? [])
        for role in Self.sorted(own) where !SnupportRoles.isKnown(role) {
            let fate = parentRoles.map { $0.contains(role) } ?? true
                ? "it becomes the audience '\(SnupportRoles.audienceID(role))', labelled with its id"
                : "its parent does not have it either, so it is cut"
            diagnostics.append(Diagnostic(.importUnknownRole, "\(r.name): unknown role '\(role)'; \(fate)",
                at: location, notes: ["SNUpport's roles: " + SnupportRoles.vocabulary.map(\.role).joined(separator: ", ")]))
        }
        guard let parentRoles else {
            if own.isEmpty {
                diagnostics.append(Diagnostic(.importNoAudience,
                    "no role can read \(r.name) (its 'allowedRoles' is empty)\(r.kind == .section ? ", nor what it holds" : ""); it is imported as a draft",
                    at: location))
            }
            return own
        }
        let kept = own.intersection(parentRoles)
        let cut = own.subtracting(parentRoles)
        let parentName = parent?.name ?? "?"
        // Below a record no role can read, that one warning says it all.
        if !cut.isEmpty && !parentRoles.isEmpty {
            diagnostics.append(Diagnostic(.importAudienceWidened,
                "\(r.name) asks for '\(Self.sorted(cut).map(SnupportRoles.audienceID).joined(separator: "', '"))', which its parent \(parentName) does not have; \(cut.count == 1 ? "it is" : "they are") cut",
                at: location, notes: ["SNUpport cuts a record's roles to its parent's in the same way"]))
        }
        if kept.isEmpty && !parentRoles.isEmpty {
            let why = own.isEmpty ? "its 'allowedRoles' is empty" : "none of its roles is one of its parent \(parentName)"
            diagnostics.append(Diagnostic(.importNoAudience,
                "no role can read \(r.name) (\(why))\(r.kind == .section ? ", nor what it holds" : ""); it is imported as a draft",
                at: location))
        }
        return kept
    }

    /// Roles in the vocabulary's order, unknown ones last by name.
    static func sorted(_ roles: Set<String>) -> [String] {
        let rank = Dictionary(uniqueKeysWithValues: SnupportRoles.vocabulary.enumerated().map { ($1.role, $0) })
        return roles.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
    }
}
