import RepereContent
import RepereDiagnostics

/// The knowledge base as a folder tree: every record placed, sections as folders, articles as
/// files, with the audience SNUpport gave each one.
///
/// - `_id` and `slug` are unique (`import.duplicate-id`, `import.duplicate-slug`: errors).
/// - A `parentId` cycle is an error (`import.parent-cycle`); a parent missing from the export or
///   an article as parent puts the record in `a-classer/` with a warning.
/// - Roles are inherited as SNUpport inherits them: a record's roles are cut to its parent's
///   (`import.audience-widened` names both records when that cuts something); a record no role
///   can read becomes a draft (`import.no-audience`).
package struct KnowledgeTree: Sendable {
    /// Every placed record, parents before children, siblings in order.
    package var placed: [PlacedRecord]
    /// Index in ``placed`` by slug as exported.
    package var bySlug: [String: Int]
    /// The folder of records whose parent is missing or an article, if any.
    package var unfiledFolder: String?
    /// Every role some record names.
    package var roles: Set<String>

    /// The folder name of records without a place.
    package static let unfiledName = "a-classer"

    /// Places `records` (in export order), reporting against `file`. `reservedAtRoot` are names
    /// the root may not use (the old base path's first segment).
    package static func build(_ records: [KnowledgeRecord], file: String, reservedAtRoot: Set<String> = [])
        -> (KnowledgeTree, [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        let records = unique(records, file: file, diagnostics: &diagnostics)
        let byID = Dictionary(uniqueKeysWithValues: records.enumerated().map { ($1.id, $0) })
        func location(_ r: KnowledgeRecord) -> SourceLocation { SourceLocation(file: file, line: r.line) }

        // Parents, and the records that have none to go to.
        var parent: [Int?] = Array(repeating: nil, count: records.count)
        var unfiled: [Int] = []
        for (i, r) in records.enumerated() {
            guard let parentID = r.parentID else { continue }
            guard let p = byID[parentID] else {
                diagnostics.append(Diagnostic(.importOrphan,
                    "\(r.name) names the parent \(parentID), which is not in the export; it goes to \(unfiledName)/",
                    at: location(r)))
                unfiled.append(i)
                continue
            }
            guard records[p].kind == .section else {
                diagnostics.append(Diagnostic(.importParentIsArticle,
                    "\(r.name) is inside the article \(records[p].name), not a section; it goes to \(unfiledName)/",
                    at: location(r), notes: ["in SNUpport only sections hold other records"]))
                unfiled.append(i)
                continue
            }
            parent[i] = p
        }
        let inCycle = cycles(records, parent: parent, file: file, diagnostics: &diagnostics)

        var children: [[Int]] = Array(repeating: [], count: records.count)
        var roots: [Int] = []
        let unfiledSet = Set(unfiled)
        for i in records.indices where !inCycle.contains(i) {
            if let p = parent[i] { children[p].append(i) } else if !unfiledSet.contains(i) { roots.append(i) }
        }

        var tree = KnowledgeTree(placed: [], bySlug: [:], unfiledFolder: nil, roles: [])
        var placer = Placer(records: records, children: children, file: file)
        var rootNames = FileNames(isRoot: true, extraReserved: reservedAtRoot)
        placer.place(roots, in: "", parent: nil, parentRoles: nil, names: &rootNames, tree: &tree)
        if !unfiled.isEmpty {
            let folder = rootNames.name(for: unfiledName, fallback: unfiledName).name
            tree.unfiledFolder = folder
            var names = FileNames(isRoot: false)
            let first = tree.placed.count
            placer.place(unfiled, in: folder, parent: nil, parentRoles: nil, names: &names, tree: &tree)
            for i in first..<tree.placed.count where tree.placed[i].folder == folder { tree.placed[i].isUnfiled = true }
        }
        diagnostics += placer.diagnostics
        for (i, p) in tree.placed.enumerated() { tree.bySlug[p.record.slug] = i }
        tree.roles = Set(records.flatMap { $0.allowedRoles ?? [] })
        return (tree, diagnostics)
    }

    /// The records without the second of two with one `_id` or one slug (errors).
    private static func unique(_ records: [KnowledgeRecord], file: String, diagnostics: inout [Diagnostic]) -> [KnowledgeRecord] {
        var ids: [String: KnowledgeRecord] = [:]
        var slugs: [String: KnowledgeRecord] = [:]
        var kept: [KnowledgeRecord] = []
        for r in records {
            let location = SourceLocation(file: file, line: r.line)
            if let first = ids[r.id] {
                diagnostics.append(Diagnostic(.importDuplicateID, "record \(r.id) appears twice (also at line \(first.line))", at: location))
                continue
            }
            ids[r.id] = r
            if let first = slugs[r.slug] {
                diagnostics.append(Diagnostic(.importDuplicateSlug,
                    "\(r.name) has the slug of \(first.name) (line \(first.line))", at: location,
                    notes: ["SNUpport keeps slugs unique: rename one, its old URL is /base-de-connaissance/\(r.slug)"]))
                continue
            }
            slugs[r.slug] = r
            kept.append(r)
        }
        return kept
    }

    /// The records on a `parentId` cycle or below one; one error per cycle.
    private static func cycles(_ records: [KnowledgeRecord], parent: [Int?], file: String, diagnostics: inout [Diagnostic]) -> Set<Int> {
        enum State { case unvisited, walking, placed, lost }
        var state = Array(repeating: State.unvisited, count: records.count)
        for start in records.indices where state[start] == .unvisited {
            var path: [Int] = []
            var i: Int? = start
            var outcome = State.placed
            while let current = i {
                if state[current] == .walking {
                    let cycle = Array(path[path.firstIndex(of: current)!...])
                    let first = cycle.min { records[$0].line < records[$1].line }!
                    let names = (cycle + [cycle[0]]).map { records[$0].id }.joined(separator: " → ")
                    diagnostics.append(Diagnostic(.importParentCycle,
                        "\(records[first].name) is its own ancestor: \(names)",
                        at: SourceLocation(file: file, line: records[first].line),
                        notes: ["point one 'parentId' of the cycle at a real section"]))
                    outcome = .lost
                    break
                }
                if state[current] != .unvisited {
                    outcome = state[current]
                    break
                }
                state[current] = .walking
                path.append(current)
                i = parent[current]
            }
            for j in path { state[j] = outcome }
        }
        return Set(records.indices.filter { state[$0] == .lost })
    }
}
