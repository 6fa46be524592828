/// What converting one body found: problems to report against its record, and what Markdown
/// could only approximate (counted for the report).
struct ConversionNotes: Sendable {
    /// Node types the editor does not make → how many times.
    var unknownNodes: [String: Int] = [:]
    /// Nodes left out, described.
    var malformed: [String] = []
    /// Links whose target is not a record of the export (address, text).
    var unknownLinks: [(url: String, text: String)] = []
    /// Links to drafts from a live page (target slug, text).
    var draftLinks: [(slug: String, text: String)] = []
    /// Images not found in `--download-assets`.
    var missingAssets: [String] = []
    var approximations = Approximations()
}

/// Counts of what Markdown writes differently from SNUpport, summed over the export.
package struct Approximations: Sendable, Equatable {
    /// Leaves marked `underline` (text kept, no Markdown for it).
    package var underlined = 0
    /// Videos written as links.
    package var videos = 0
    /// Headings below the sixth level, written as level 6.
    package var deepHeadings = 0
    /// Empty paragraphs, headings, quotes and list items left out.
    package var emptyBlocks = 0
    /// Links whose text was their own address, given the target page's title.
    package var linkTextsFromTitles = 0
    /// `#anchor` or `?query` parts dropped from links to articles.
    package var droppedLinkSuffixes = 0
    /// Code blocks (from pasted HTML) written as fenced code.
    package var codeBlocks = 0
    /// `www.` links without a scheme given `https://`.
    package var schemelessLinks = 0
    /// Leaf properties that are not marks Repère knows → how many leaves had them.
    package var unknownMarks: [String: Int] = [:]

    package static func += (lhs: inout Approximations, rhs: Approximations) {
        lhs.underlined += rhs.underlined
        lhs.videos += rhs.videos
        lhs.deepHeadings += rhs.deepHeadings
        lhs.emptyBlocks += rhs.emptyBlocks
        lhs.linkTextsFromTitles += rhs.linkTextsFromTitles
        lhs.droppedLinkSuffixes += rhs.droppedLinkSuffixes
        lhs.codeBlocks += rhs.codeBlocks
        lhs.schemelessLinks += rhs.schemelessLinks
        lhs.unknownMarks.merge(rhs.unknownMarks, uniquingKeysWith: +)
    }
}
