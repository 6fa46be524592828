import RepereSupport

/// A page's rendered Markdown.
package struct RenderedBody: Sendable, Equatable {
    package var html: String
    /// For FAQ entries: the body as embedded in the section's accordion (unique ids, demoted headings).
    package var accordionHTML: String?

    package init(html: String, accordionHTML: String?) {
        self.html = html
        self.accordionHTML = accordionHTML
    }
}

/// Every page's rendered Markdown, by page number. `serve` holds them in memory and changes them
/// as pages are edited; a build written to disk spills them to a ``SpillFile`` as they are made
/// and reads each back when it writes the pages that show it, so that it never holds the text of
/// every page at once (the largest thing a build held, beside the search index's analysis).
package struct RenderedBodies: Sendable {
    /// Where one body is.
    package enum Entry: Sendable {
        case held(RenderedBody)
        /// The UTF-8 bytes of the HTML, and of the accordion version if any, in the spill file.
        case spilled(html: Range<Int>, accordion: Range<Int>?)
    }

    private var entries: [Entry]
    private let spill: SpillFile?

    /// Bodies held in memory.
    package init(_ bodies: [RenderedBody]) {
        entries = bodies.map(Entry.held)
        spill = nil
    }

    /// Bodies placed by ``place(_:in:)`` into `spill`.
    package init(entries: [Entry], spill: SpillFile?) {
        self.entries = entries
        self.spill = spill
    }

    /// Writes `body` to `spill`, or keeps it when there is no spill file or it could not be
    /// written there.
    package static func place(_ body: RenderedBody, in spill: SpillFile?) -> Entry {
        guard let spill, let html = spill.append(body.html.utf8) else { return .held(body) }
        guard let accordion = body.accordionHTML else { return .spilled(html: html, accordion: nil) }
        guard let placed = spill.append(accordion.utf8) else { return .held(body) }
        return .spilled(html: html, accordion: placed)
    }

    package var count: Int { entries.count }

    /// How many bodies are held in memory (the others are in the spill file).
    package var heldCount: Int { entries.count { if case .held = $0 { true } else { false } } }

    /// The body of page `i`. A spilled body that cannot be read back stops the program, as
    /// ``SpillableBytes/bytes`` does: writing the page without it would publish a wrong site.
    package subscript(i: Int) -> RenderedBody {
        get {
            switch entries[i] {
            case .held(let body): return body
            case .spilled(let html, let accordion):
                // Placed only when there is a spill file; read back as any spilled bytes are.
                let read = { (range: Range<Int>) in String(decoding: SpillableBytes.spilled(spill!, range).bytes, as: UTF8.self) }
                return RenderedBody(html: read(html), accordionHTML: accordion.map(read))
            }
        }
        set { entries[i] = .held(newValue) }
    }
}
