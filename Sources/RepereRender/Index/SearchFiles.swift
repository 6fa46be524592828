import RepereContent
import RepereGraph
import RepereSearch

/// The index stage's value: the search index (`search/…`) and the runtime modules
/// (`_repere/search.mjs`, `_repere/analysis.mjs`) to add to the site.
public struct SearchFiles: Sendable {
    public private(set) var files: [(path: String, bytes: [UInt8])] = []

    /// Indexes the resolved site; each glossary term, its expansion and its synonyms are searched
    /// as one another. With a `memo` (`serve`), unchanged documents are not analysed again.
    public init(site: ResolvedSite, configuration: SiteConfiguration, glossary: Glossary, memo: IndexMemo? = nil) {
        self.init(
            documents: SearchDocuments.make(site, basePath: SiteRenderer.basePath(of: configuration.baseURL)),
            configuration: configuration, glossary: glossary, memo: memo)
    }

    /// Indexes documents made from the site (``SearchDocuments``).
    package init(documents: [SearchDocument], configuration: SiteConfiguration, glossary: Glossary, memo: IndexMemo?) {
        let synonyms = glossary.terms.map { [$0.term] + ($0.expansion.map { [$0] } ?? []) + $0.synonyms }
        let audiences = configuration.audiences.map { SearchFacet(id: $0.id, label: $0.label) }
        files = IndexBuilder().build(documents, synonyms: synonyms, audiences: audiences, memo: memo).map { ("search/" + $0.path, $0.bytes) }
            + SearchRuntime.files.map { ("_repere/" + $0.name, $0.bytes) }
    }

    /// Adds the files to the site.
    public func add(to tree: inout OutputTree) {
        for file in files { tree.add(file.path, .bytes(file.bytes), origin: file.path.hasPrefix("search/") ? "the search index" : "the search runtime") }
    }
}
