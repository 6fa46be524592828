import RepereSupport

/// Renders ``Template``s by name, with partials and inheritance resolved among them.
package struct TemplateRenderer: Sendable {
    package var templates: [String: Template] = [:]
    /// How deep partials and parents may nest: a partial may include itself inside a section
    /// (the site map does), but a template that includes itself unconditionally stops here
    /// instead of overflowing the stack.
    package static let maximumDepth = 64
    /// How deep sections, partials and parents may nest together while rendering: each template
    /// nests at most ``Template/maximumNesting`` sections, but partials multiply them, and
    /// rendering recurses once per level. Deeper content renders nothing.
    package static let maximumNesting = 1_024
    /// How many nodes one page may render: a partial used twice in itself doubles the work at
    /// each of its ``maximumDepth`` levels (found by fuzzing: 2⁶⁴ nodes). The largest page of a
    /// 100,000-article site (the site map) renders about a million; beyond this budget the rest
    /// renders nothing.
    package var maximumWork = 10_000_000
    /// How many bytes one page may grow to: within the node budget, long texts repeated that way
    /// still made gigabytes (found by fuzzing: a 4-KB text in such a partial, 13 GB). By default
    /// seven times the site map of a 100,000-article site (18 MB); beyond it the rest renders nothing.
    package var maximumOutput = 128 << 20

    package init() {}

    /// The partial and parent tags of `template` whose name is not a template here.
    package func unknownReferences(in template: Template) -> [TemplateReference] {
        func references(_ nodes: [TemplateNode]) -> [TemplateReference] {
            nodes.flatMap { node -> [TemplateReference] in
                switch node {
                case .partial(let reference): [reference]
                case .parent(let reference, let blocks): [reference] + blocks.values.flatMap(references)
                case .section(_, _, let body), .block(_, let body): references(body)
                case .text, .variable: []
                }
            }
        }
        return references(template.nodes).filter { templates[$0.name] == nil }
    }

    /// The template `name` rendered with `context`; a missing template renders nothing. With
    /// `fragments`, the items of the lists it names are taken from it when unchanged.
    package func render(_ name: String, _ context: TemplateValue, fragments: FragmentMemo? = nil) -> String {
        guard let template = templates[name] else { return "" }
        var out = ""
        out.reserveCapacity(16 * 1024)
        var stack = [context]
        var work = maximumWork
        render(template.nodes, stack: &stack, blocks: [:], depth: 0, level: 0, fragments: fragments, work: &work, into: &out)
        return out.compacted()
    }

    private func render(
        _ nodes: [TemplateNode], stack: inout [TemplateValue], blocks: [String: [TemplateNode]], depth: Int, level: Int,
        fragments: FragmentMemo?, work: inout Int, into out: inout String
    ) {
        guard level <= Self.maximumNesting else { return }
        for node in nodes {
            guard work > 0 else { return }
            work -= 1
            switch node {
            case .text(let text):
                out += text
                if out.utf8.count > maximumOutput { work = 0 }
            case .variable(let name, let escaped):
                switch lookup(name, in: stack) {
                case .text(let text): if escaped { HTMLEscaping.append(text, to: &out) } else { out += text }
                case .flag(let flag): out += flag ? "true" : "false"
                default: break
                }
                if out.utf8.count > maximumOutput { work = 0 }
            case .section(let name, let inverted, let body):
                let value = lookup(name, in: stack)
                if inverted {
                    if !value.isTruthy { render(body, stack: &stack, blocks: blocks, depth: depth, level: level + 1, fragments: fragments, work: &work, into: &out) }
                    continue
                }
                switch value {
                case .null, .flag(false): break
                case .flag(true): render(body, stack: &stack, blocks: blocks, depth: depth, level: level + 1, fragments: fragments, work: &work, into: &out)
                case .list(let items):
                    if let fragments, fragments.keepsItems(of: name), let shape = FragmentBody(body, templates: templates) {
                        renderKept(items, body: body, shape: shape, stack: &stack, depth: depth, level: level + 1, fragments: fragments, into: &out)
                        continue
                    }
                    for item in items {
                        stack.append(item)
                        render(body, stack: &stack, blocks: blocks, depth: depth, level: level + 1, fragments: fragments, work: &work, into: &out)
                        stack.removeLast()
                    }
                default:
                    stack.append(value)
                    render(body, stack: &stack, blocks: blocks, depth: depth, level: level + 1, fragments: fragments, work: &work, into: &out)
                    stack.removeLast()
                }
            case .partial(let reference):
                if let template = templates[reference.name], depth < Self.maximumDepth {
                    render(template.nodes, stack: &stack, blocks: blocks, depth: depth + 1, level: level + 1, fragments: fragments, work: &work, into: &out)
                }
            case .parent(let reference, let overrides):
                // The outermost definition of a block wins: a child's overrides beat its parent's.
                if let template = templates[reference.name], depth < Self.maximumDepth {
                    render(template.nodes, stack: &stack, blocks: overrides.merging(blocks) { _, outer in outer }, depth: depth + 1, level: level + 1, fragments: fragments, work: &work, into: &out)
                }
            case .block(let name, let defaultBody):
                render(blocks[name] ?? defaultBody, stack: &stack, blocks: blocks, depth: depth, level: level + 1, fragments: fragments, work: &work, into: &out)
            }
        }
    }

    /// The items of a list section whose body is `shape`, each from `fragments` when its key (the
    /// body, the item, what the body's names find outside the item, the nesting) is unchanged.
    private func renderKept(
        _ items: [TemplateValue], body: [TemplateNode], shape: FragmentBody, stack: inout [TemplateValue], depth: Int, level: Int,
        fragments: FragmentMemo, into out: inout String
    ) {
        var outside: [String: Int] = [:]  // the same for every item: hashed once
        var rendered: [String] = []
        rendered.reserveCapacity(items.count)
        for item in items {
            var key = Hasher()
            key.combine(shape.shape)
            key.combine(depth)
            key.combine(level)
            key.combine(item)
            for name in shape.names where item[name] == nil {
                if outside[name] == nil {
                    var hasher = Hasher()
                    hasher.combine(stack.reversed().lazy.compactMap({ $0[name] }).first)
                    outside[name] = hasher.finalize()
                }
                key.combine(name)
                key.combine(outside[name]!)
            }
            stack.append(item)
            rendered.append(fragments.fragment(for: key.finalize()) {
                var fragment = ""
                var work = maximumWork  // each item's own budget: a kept item is not rendered again
                render(body, stack: &stack, blocks: [:], depth: depth, level: level, fragments: nil, work: &work, into: &fragment)
                return fragment
            })
            stack.removeLast()
        }
        // Room for the items and what usually follows them at once: growing a page of megabytes
        // step by step copied it several times.
        out.reserveCapacity(out.utf8.count + rendered.reduce(0) { $0 + $1.utf8.count } + 64 * 1024)
        for fragment in rendered { out += fragment }
    }

    /// Mustache's name resolution: the first part of the name is looked up from the innermost
    /// context outwards, the rest inside what it found.
    private func lookup(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue {
        var value: TemplateValue
        if let first = name.path.first {
            guard let found = stack.reversed().lazy.compactMap({ $0[first] }).first else { return apply(name.function, to: .null) }
            value = found
            for part in name.path.dropFirst() {
                guard let child = value[part] else { return apply(name.function, to: .null) }
                value = child
            }
        } else {
            value = stack.last ?? .null
        }
        return apply(name.function, to: value)
    }

    private func apply(_ function: TemplateName.Function?, to value: TemplateValue) -> TemplateValue {
        switch function {
        case nil: value
        case .empty:
            switch value {
            case .list(let items): .flag(items.isEmpty)
            case .text(let text): .flag(text.isEmpty)
            case .object(let object): .flag(object.isEmpty)
            case .flag, .null: .null
            }
        }
    }
}

extension TemplateValue {
    /// Whether a section shows: anything but nothing, `false` and an empty list.
    package var isTruthy: Bool {
        switch self {
        case .null, .flag(false): false
        case .list(let items): !items.isEmpty
        default: true
        }
    }
}
