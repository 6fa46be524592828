import RepereContent
import RepereGraph
import RepereMarkdown
import RepereSearch
import RepereSupport

/// Turns resolved pages into the search index's input: articles and sections that have a file,
/// archived pages left out, each split into the text before its first heading and one part per
/// heading (the first part may be empty).
package struct SearchDocuments: Sendable {
    /// What finding a page's top-level section reads of each page: not the pages themselves,
    /// whose sources the bodies stage lets go as it makes their documents.
    private struct Node: Sendable {
        var parent: SitePath?
        var kind: Page.Kind
        var title: String
    }

    private let byURL: [SitePath: Node]
    private let basePath: String
    /// Whether hidden pages (`hidden: true`, not archived) are searched (`hidden_searchable`).
    private let searchesHidden: Bool

    /// Makes the documents of `site`'s pages, their URLs under `basePath`; hidden pages too when
    /// `searchesHidden`.
    package init(_ site: ResolvedSite, basePath: String, searchesHidden: Bool = false) {
        byURL = Dictionary(site.pages.map { ($0.page.url, Node(parent: $0.page.parent, kind: $0.page.kind, title: $0.page.navigationTitle)) },
            uniquingKeysWith: { a, _ in a })
        self.basePath = basePath
        self.searchesHidden = searchesHidden
    }

    package static func make(_ site: ResolvedSite, basePath: String, searchesHidden: Bool = false) -> [SearchDocument] {
        let documents = Self(site, basePath: basePath, searchesHidden: searchesHidden)
        return site.pages.parallelMap(documents.document).compactMap { $0 }
    }

    /// The page's document; `nil` for the home page, generated pages and archived pages.
    package func document(for parsed: ParsedPage) -> SearchDocument? {
        let page = parsed.page
        guard page.kind != .home, !page.isSynthetic, page.isListed || (searchesHidden && page.status != .archived) else { return nil }
        let body = Self.sections(of: parsed.document)
        return SearchDocument(
            id: page.url.rawValue, url: basePath + page.url.rawValue, title: page.title, section: topSection(page),
            type: page.type.rawValue, audiences: page.audience,
            // The menus' title (`nav_title:`) finds the page as its keywords do.
            keywords: page.frontMatter.keywords + (page.navigationTitle == page.title ? [] : [page.navigationTitle]),
            description: page.frontMatter.description ?? "",
            sections: body + (page.video.map { Self.transcriptSections($0.transcript) } ?? []),
            isSectionPage: page.kind == .section && Self.isLanding(body))
    }

    /// Words beyond which a section's page is an article of its own (a GitBook chapter's
    /// `README.md`), not a landing page that sums up its pages (see `SECTION_PAGE_WEIGHT` in search.mjs).
    static let landingPageWords = 150

    /// Whether a section's page body is a landing page's: at most ``landingPageWords`` words.
    static func isLanding(_ body: [SearchSection]) -> Bool {
        var words = 0
        for section in body {
            words += section.heading.split(whereSeparator: \.isWhitespace).count + section.text.split(whereSeparator: \.isWhitespace).count
            if words > landingPageWords { return false }
        }
        return true
    }

    /// The top-level section holding a page (itself for a top-level section), named as the menus
    /// name it (`nav_title:`, a navigation label). A build with two
    /// pages at one address (an error) can make a page its own ancestor: each address is climbed once.
    private func topSection(_ page: Page) -> SearchFacet? {
        var (url, current) = (page.url, Node(parent: page.parent, kind: page.kind, title: page.navigationTitle))
        var climbed: Set<SitePath> = [url]
        while let parent = current.parent, parent != .root, climbed.insert(parent).inserted, let up = byURL[parent] {
            (url, current) = (parent, up)
        }
        guard current.kind == .section, current.parent == .root else { return nil }
        return SearchFacet(id: Self.sectionID(url), label: current.title)
    }

    /// A top-level section's id in the search filters: its folder name (`affectations`).
    package static func sectionID(_ url: SitePath) -> String {
        url.rawValue.trimmingCharacters(in: ["/"])
    }

    /// A video's transcript, one section per passage that starts with a time code: its anchor is
    /// the time (`t=754`), so a result opens the page at that moment of the video. Passages
    /// without a time code join the one before (the first ones, a section « Transcription »).
    package static func transcriptSections(_ passages: [PageVideo.Passage]) -> [SearchSection] {
        var sections: [SearchSection] = []
        for passage in passages {
            if let seconds = passage.seconds {
                sections.append(SearchSection(anchor: "t=\(seconds)", heading: "Transcription — " + TimeCode.written(seconds: seconds),
                    text: passage.text))
            } else if sections.isEmpty {
                sections.append(SearchSection(anchor: "transcription", heading: "Transcription", text: passage.text))
            } else {
                sections[sections.count - 1].text += "\n" + passage.text
            }
        }
        return sections
    }

    /// Whether a heading's content is a link and nothing else but spaces (`## [Signets](signets.md)`).
    static func isLinkOnly(_ content: [Inline]) -> Bool {
        var links = 0
        for inline in content {
            switch inline {
            case .link: links += 1
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            case .softBreak, .lineBreak, .anchor: continue
            default: return false
            }
        }
        return links == 1
    }

    /// The document's text, split at every heading (at any depth).
    package static func sections(of document: MarkdownDocument) -> [SearchSection] {
        var sections = [SearchSection(text: "")]
        func add(_ text: String) {
            guard !text.isEmpty else { return }
            sections[sections.count - 1].text += sections[sections.count - 1].text.isEmpty ? text : "\n" + text
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let h): sections.append(SearchSection(anchor: h.anchor, heading: h.text, text: "", headingIsLink: Self.isLinkOnly(h.content) ? true : nil))
                case .paragraph(let inlines): add(inlines.searchText)
                case .blockQuote(let inner), .callout(_, let inner): walk(inner)
                case .list(let list): for item in list.items { walk(item.blocks) }
                case .codeBlock(_, let code): add(code)
                case .table(let table): for row in [table.header] + table.rows { add(row.map(\.searchText).joined(separator: " ")) }
                case .footnotes(let notes): for note in notes { walk(note.blocks) }
                case .htmlBlock(let raw): add(raw.disclosedText)
                case .thematicBreak: break
                }
            }
        }
        walk(document.blocks)
        // Built by appending: each text is given storage of its own size.
        for i in sections.indices { sections[i].text = sections[i].text.compacted() }
        return sections
    }
}
