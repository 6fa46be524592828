import RepereContent
import RepereGraph
import RepereSearch
import RepereSupport

/// The index stage's value: the search index (`search/…`) and the runtime modules
/// (`_repere/search.mjs`, `_repere/analysis.mjs`) to add to the site.
public struct SearchFiles: Sendable {
    /// Each file's path in the site and bytes (spilled by a build written to disk).
    private(set) var files: [(path: String, content: SpillableBytes)] = []

    /// Indexes the resolved site; each glossary term, its expansion and its synonyms are searched
    /// as one another, and so are the groups of `defaultSynonyms` (the theme's) that the glossary
    /// does not override. With a `memo` (`serve`), unchanged documents are not analysed again.
    public init(site: ResolvedSite, configuration: SiteConfiguration, glossary: Glossary, defaultSynonyms: Glossary = Glossary(), memo: IndexMemo? = nil) {
        self.init(
            documents: SearchDocuments.make(site, basePath: SiteRenderer.basePath(of: configuration.baseURL), searchesHidden: configuration.hiddenPagesSearchable),
            configuration: configuration, glossary: glossary, defaultSynonyms: defaultSynonyms, memo: memo)
    }

    /// Indexes documents made from the site (``SearchDocuments``), each let go once analysed.
    /// With a `spill` file, the index's files wait there to be written, rather than in memory.
    package init(
        documents: consuming [SearchDocument], configuration: SiteConfiguration, glossary: Glossary, defaultSynonyms: Glossary,
        memo: IndexMemo?, spill: SpillFile? = nil
    ) {
        let synonyms = Self.synonymGroups(glossary: glossary, defaults: defaultSynonyms)
        let audiences = configuration.audiences.map { SearchFacet(id: $0.id, label: $0.label) }
        files = IndexBuilder().build(documents, synonyms: synonyms, audiences: audiences, memo: memo, spill: spill)
            .map { ("search/" + $0.path, $0.content) }
            + SearchRuntime.files.map { ("_repere/" + $0.name, .held($0.bytes)) }
    }

    /// The glossary's groups (a term, its expansion, its synonyms), then each default group that
    /// shares no phrase with them (compared as the search analyses them: `E-mail` is `email`'s
    /// group only if they analyse alike): a glossary entry overrides the default group it meets.
    static func synonymGroups(glossary: Glossary, defaults: Glossary) -> [[String]] {
        let groups = { (g: Glossary) in g.terms.map { [$0.term] + ($0.expansion.map { [$0] } ?? []) + $0.synonyms } }
        let own = groups(glossary)
        let taken = Set(own.joined().map(TextAnalyzer.analyze))
        return own + groups(defaults).filter { $0.allSatisfy { !taken.contains(TextAnalyzer.analyze($0)) } }
    }

    /// Adds the files to the site.
    public func add(to plan: inout OutputPlan) {
        for file in files {
            let content = file.content
            plan.add(file.path, origin: file.path.hasPrefix("search/") ? "the search index" : "the search runtime") { .bytes(content.bytes) }
        }
    }
}
