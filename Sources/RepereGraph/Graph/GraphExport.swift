import Foundation
import RepereSupport

/// The link graph as JSON (`site/graph.json`, `repere graph --format json`) or Graphviz DOT.
public enum GraphExport {
    /// Version 1: `{"version":1,"pages":[{"url","title","kind","type","section","source"}],
    /// "links":[{"from","to"}]}` where `from`/`to` index `pages`; sorted, byte-stable.
    public static func json(_ site: ResolvedSite) -> String {
        struct Edge: Hashable {
            var from, to: Int
        }
        let edges = Set(site.graph.links.filter { $0.from != $0.to }.map { Edge(from: $0.from, to: $0.to) })
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        // Keys in sorted order, as `JSONEncoder` with `.sortedKeys` writes them.
        var json = JSONWriter()
        json.raw(#"{"links":"#)
        json.array(edges) { json, edge in
            json.raw(#"{"from":"#)
            json.int(edge.from)
            json.raw(#","to":"#)
            json.int(edge.to)
            json.byte("}")
        }
        json.raw(#","pages":"#)
        json.array(site.pages) { json, parsed in
            let page = parsed.page
            json.raw(#"{"kind":"#)
            json.string("\(page.kind)")
            if let section = page.parent {
                json.raw(#","section":"#)
                json.string(section.rawValue)
            }
            json.raw(#","source":"#)
            json.string(page.source.rawValue)
            json.raw(#","title":"#)
            json.string(page.title)
            json.raw(#","type":"#)
            json.string(page.type.rawValue)
            json.raw(#","url":"#)
            json.string(page.url.rawValue)
            json.byte("}")
        }
        json.raw(#","version":1}"#)
        json.byte("\n")
        return String(decoding: json.bytes, as: UTF8.self)
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
