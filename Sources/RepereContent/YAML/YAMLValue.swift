import Foundation
import Yams

/// A YAML value kept for templates (unknown front-matter keys become `page.params`).
public indirect enum YAMLValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([YAMLValue])
    case map([(key: String, value: YAMLValue)])

    public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.list(let a), .list(let b)): a == b
        case (.map(let a), .map(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let s): hasher.combine(s)
        case .int(let i): hasher.combine(i)
        case .double(let d): hasher.combine(d)
        case .bool(let b): hasher.combine(b)
        case .null: hasher.combine(0)
        case .list(let l): hasher.combine(l)
        case .map(let m): for (k, v) in m { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// Converts a composed YAML node, resolving scalars with YAML 1.1 core rules.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain {
                self = .string(scalar.string)
            } else if let b = Bool.construct(from: scalar) {
                self = .bool(b)
            } else if let i = YAMLInteger.construct(from: scalar) {
                self = .int(i)
            } else if let d = Double.construct(from: scalar) {
                self = .double(d)
            } else if NSNull.construct(from: scalar) != nil {
                self = .null
            } else {
                self = .string(scalar.string)
            }
        case .sequence(let seq): self = .list(seq.map(YAMLValue.init))
        case .mapping(let map): self = .map(map.map { (key: $0.key.string ?? "", value: YAMLValue($0.value)) })
        case .alias: self = .null
        }
    }
}
