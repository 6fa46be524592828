extension TemplateRenderer {
    /// A chain of partial or parent tags, each outside any section, that comes back to the
    /// template it starts from: rendering it could never end (it stops at ``maximumDepth`` with
    /// the rest of the page left out). `tag` is the tag of `template` that starts the chain,
    /// `chain` the templates met on the way, `template` first and last.
    package struct EndlessInclusion: Hashable, Sendable {
        package var template: String
        package var tag: TemplateReference
        package var chain: [String]
    }

    /// Every template that includes itself unconditionally, directly or through others, once per
    /// cycle (reported at the template of the cycle that sorts first). A partial inside a section
    /// is a recursion that ends when the data does (the site map's nested sections), not one.
    package func endlessInclusions() -> [EndlessInclusion] {
        let edges = templates.mapValues { Self.unconditionalReferences($0.nodes) }
        var found: [EndlessInclusion] = []
        var reported = Set<Set<String>>()
        for start in templates.keys.sorted() {
            // Depth-first search from `start` back to it, over known templates only.
            var seen: Set<String> = [start]
            var stack: [(name: String, path: [String], first: TemplateReference?)] = [(start, [start], nil)]
            search: while let (name, path, first) = stack.popLast() {
                for tag in edges[name] ?? [] where templates[tag.name] != nil {
                    let firstTag = first ?? tag
                    if tag.name == start {
                        let cycle = Set(path)
                        if reported.insert(cycle).inserted {
                            found.append(EndlessInclusion(template: start, tag: firstTag, chain: path + [start]))
                        }
                        break search
                    }
                    if seen.insert(tag.name).inserted { stack.append((tag.name, path + [tag.name], firstTag)) }
                }
            }
        }
        return found
    }

    /// The partial and parent tags of `nodes` that render whatever the data: outside sections.
    private static func unconditionalReferences(_ nodes: [TemplateNode]) -> [TemplateReference] {
        nodes.flatMap { node -> [TemplateReference] in
            switch node {
            case .partial(let reference): [reference]
            case .parent(let reference, let blocks): [reference] + blocks.keys.sorted().flatMap { unconditionalReferences(blocks[$0]!) }
            case .block(_, let body): unconditionalReferences(body)
            case .section, .text, .variable: []
            }
        }
    }
}
