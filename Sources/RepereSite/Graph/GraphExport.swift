import Foundation
import RepereMarkdown

/// The link graph as JSON (`site/graph.json`, `repere graph --format json`) or Graphviz DOT.
public enum GraphExport {
    /// Version 1: `{"version":1,"pages":[{"url","title","kind","type","section","source"}],
    /// "links":[{"from","to"}]}` where `from`/`to` index `pages`; sorted, byte-stable.
    public static func json(_ site: ResolvedSite) -> String {
        struct Document: Encodable {
            var version = 1
            var pages: [Node]
            var links: [Edge]
        }
        struct Node: Encodable {
            var url, title, kind, type, source: String
            var section: String?
        }
        struct Edge: Encodable, Hashable {
            var from, to: Int
        }
        let nodes = site.pages.map { parsed in
            let p = parsed.page
            return Node(
                url: p.url.rawValue, title: p.title, kind: "\(p.kind)", type: p.type.rawValue, source: p.source.rawValue,
                section: p.parent?.rawValue)
        }
        let edges = Set(site.graph.links.filter { $0.from != $0.to }.map { Edge(from: $0.from, to: $0.to) })
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(pages: nodes, links: edges))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A DOT digraph: one node per page (labelled with its title), one edge per link.
    public static func dot(_ site: ResolvedSite) -> String {
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var out = "digraph repere {\n  node [shape=box];\n"
        for parsed in site.pages {
            out += "  \(quoted(parsed.page.url.rawValue)) [label=\(quoted(parsed.page.title))];\n"
        }
        let edges = Set(site.graph.links.filter { $0.from != $0.to }.map { [$0.from, $0.to] }).sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        for edge in edges {
            out += "  \(quoted(site.pages[edge[0]].page.url.rawValue)) -> \(quoted(site.pages[edge[1]].page.url.rawValue));\n"
        }
        return out + "}\n"
    }
}
