import Yams

/// YAML read with the expansion of its aliases bounded: ten anchors each listing ten aliases of
/// the one before (425 bytes) stand for ten billion values, which a walk over them (checking
/// depth, reading keys, serializing a navigation) would never finish. libyaml shares an anchor's
/// node between its aliases; only the walks over them multiply it.
enum BoundedYAML {
    /// The most values (mappings, lists, keys, scalars) a document may hold once its aliases are
    /// expanded: a navigation of 10,000 pages holds some 30,000, a glossary of 5,000 terms 50,000.
    static let maximumValues = 500_000

    /// `yaml` composed, as `Yams.compose`; `nil` when it holds more than ``maximumValues``.
    static func compose(_ yaml: String, _ resolver: Resolver = .default) throws -> Node? {
        guard let node = try Yams.compose(yaml: yaml, resolver, .default, .utf8) else { return nil }
        return isTooLarge(node) ? nil : node
    }

    /// Whether `node` holds more than ``maximumValues`` values, its aliases expanded; it stops
    /// counting there, so it costs no more than that.
    static func isTooLarge(_ node: Node) -> Bool {
        var count = 0
        var stack = [node]
        while let next = stack.popLast() {
            count += 1
            if count > maximumValues { return true }
            switch next {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .scalar, .alias: break
            }
        }
        return false
    }
}
