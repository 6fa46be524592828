import Foundation
import RepereSearch

/// `Tests/Fixtures/search-documents.json`: the input of the fixture index the Node tests query.
struct IndexFixture: Decodable {
    var audiences: [SearchFacet]
    var synonyms: [[String]]
    var documents: [SearchDocument]

    static func load() throws -> IndexFixture {
        try JSONDecoder().decode(IndexFixture.self, from: Data(TestData.repositoryFile("Tests/Fixtures/search-documents.json").utf8))
    }

    /// The fixture index: small shards, so lookups cross several files.
    func build() -> [(path: String, bytes: [UInt8])] {
        IndexBuilder(shardBytes: 256).build(documents, synonyms: synonyms, audiences: audiences)
    }
}
