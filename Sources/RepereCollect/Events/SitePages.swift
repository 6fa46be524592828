import Foundation

/// The pages of a built site: the only pages an event may name. Those of its `graph.json` (the
/// content's pages) and every folder of it that holds an `index.html` (the generated pages too:
/// search, site map, audiences…).
public enum SitePages {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The URL paths of the site's pages, `/` and `/aide/valider/`.
    /// - Throws: ``Failure`` when `graph.json` is missing or is not a Repère graph.
    public static func read(site: URL) throws -> Set<String> {
        let file = site.appendingPathComponent("graph.json")
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Failure(description: "\(file.path): introuvable (construisez le site avec `repere build` d’abord)")
        }
        guard let graph = try? JSONDecoder().decode(Graph.self, from: data) else {
            throw Failure(description: "\(file.path): ce n’est pas le graphe d’un site Repère")
        }
        var pages = Set(graph.pages.map(\.url))
        let files = FileManager.default.enumerator(atPath: site.path)
        while let path = files?.nextObject() as? String {
            if path == "index.html" {
                pages.insert("/")
            } else if path.hasSuffix("/index.html") {
                pages.insert("/" + path.dropLast("index.html".count))
            }
        }
        return pages
    }

    private struct Graph: Decodable {
        struct Page: Decodable { var url: String }
        var pages: [Page]
    }
}
