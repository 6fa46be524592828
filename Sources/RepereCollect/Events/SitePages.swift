import Foundation

/// The pages of a built site, read from its `graph.json`: the only pages an event may name.
public enum SitePages {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The URL paths of the pages in `site/graph.json`.
    /// - Throws: ``Failure`` when the file is missing or is not a Repère graph.
    public static func read(site: URL) throws -> Set<String> {
        let file = site.appendingPathComponent("graph.json")
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Failure(description: "\(file.path): introuvable (construisez le site avec `repere build` d’abord)")
        }
        guard let graph = try? JSONDecoder().decode(Graph.self, from: data) else {
            throw Failure(description: "\(file.path): ce n’est pas le graphe d’un site Repère")
        }
        return Set(graph.pages.map(\.url))
    }

    private struct Graph: Decodable {
        struct Page: Decodable { var url: String }
        var pages: [Page]
    }
}
