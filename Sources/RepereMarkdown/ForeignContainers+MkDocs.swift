import Foundation
import RepereSupport

/// MkDocs' indented blocks: admonitions (`!!! note "Titre"`, `??? tip`, `???+ warning`) become
/// callouts and content tabs (pymdownx.tabbed, `=== "Windows"`) a heading per tab, one level below
/// the heading before them. Each takes the lines indented by four more spaces than it; they are
/// rewritten in turn, so blocks nested in blocks (a tip in a tab, a note in a list item) are read
/// too.
extension ForeignContainers {
    /// How deep MkDocs blocks are read in one another; deeper, they are text (each level is
    /// read again by the one above it, so a page of blocks nested a thousand times deep would
    /// take a quadratic time, and as many stack frames).
    static let mkdocsNesting = 8

    /// The French titles of MkDocs Material's admonition types that say more than their callout's
    /// label (« Remarque », « Astuce », « Attention »…).
    static let admonitionTitles: [String: String] = [
        "question": "Question", "help": "Aide", "faq": "Question", "example": "Exemple", "quote": "Citation", "cite": "Citation",
        "abstract": "Résumé", "summary": "Résumé", "tldr": "En bref", "todo": "À faire", "bug": "Bogue", "failure": "Échec",
        "fail": "Échec", "missing": "Manquant", "success": "Réussite", "check": "Vérifié", "done": "Fait",
    ]

    /// An admonition's or a tab's first line.
    struct MkDocsOpener {
        /// The callout an admonition becomes; `nil` for a tab.
        var kind: CalloutKind?
        var title: String

        init?(_ line: Substring) {
            let marker = line.prefix { $0 == "!" || $0 == "?" || $0 == "=" || $0 == "+" }
            // Python-Markdown reads `!!!aide` and `???note "Titre"` too: the space is optional but for tabs.
            let next = line.dropFirst(marker.count).first
            guard ["!!!", "???", "???+", "===", "===+", "===!"].contains(marker),
                next == " " || (!marker.hasPrefix("=") && next.map { $0.isLetter || $0 == "\"" } == true)
            else { return nil }
            let rest = line.dropFirst(marker.count).drop { $0 == " " }
            // The quoted title, when there is one (`!!! note inline end "Titre"`).
            if let open = rest.firstIndex(of: "\""), let close = rest.lastIndex(of: "\""), open < close {
                title = String(rest[rest.index(after: open)..<close])
            } else {
                title = ""
            }
            if marker.hasPrefix("=") {
                guard !title.isEmpty else { return nil }
                kind = nil
            } else {
                // `??? "Titre"` has no type: a note.
                let written = rest.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
                let name = written.lowercased()
                guard !name.isEmpty || !title.isEmpty else { return nil }
                kind = admonitions[name] ?? .note
                // Without a title, Python-Markdown shows the type: a type of the author's own
                // (`!!! Conseil`) titles the note, and a type whose callout's label would say less
                // (`!!! question`, `example`) its French name.
                if title.isEmpty, !rest.contains("\"") {
                    title = ForeignContainers.admonitionTitles[name] ?? (admonitions[name] == nil ? written.prefix(1).uppercased() + written.dropFirst() : "")
                }
            }
        }
    }

    /// The lines read so far, as what an indented line is inside of: a line indented by four
    /// spaces or more more than the line it follows is indented code, unless that line is a list
    /// item or a block opener (`1. Étape` then `    !!! note` is a note in the item). A stack of the
    /// last line at each smaller indent, so each line is read once.
    struct IndentOutline {
        private var lines: [(indent: Int, container: Bool)] = []

        /// Whether the last line indented by `indent - 4` or less is a list item or an opener.
        func holdsContainer(below indent: Int) -> Bool {
            lines.last { $0.indent <= indent - 4 }?.container ?? false
        }

        /// A non-blank line read.
        mutating func add(indent: Int, container: Bool) {
            while let last = lines.last, last.indent >= indent { lines.removeLast() }
            lines.append((indent, container))
        }
    }

    /// Whether a line, its indent dropped, opens a list item: `-`, `*`, `+` or up to nine digits
    /// and `.` or `)`, then a space or the end of the line.
    static func isListItem(_ line: Substring) -> Bool {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let marker = digits.isEmpty ? line.prefix(1) : line.dropFirst(digits.count).prefix(1)
        guard digits.isEmpty ? ["-", "*", "+"].contains(marker) : (digits.count <= 9 && [".", ")"].contains(marker)) else { return false }
        let after = line.dropFirst(digits.count + 1).first
        return after == nil || after == " " || after == "\t"
    }

    /// The block opening at `index` of `lines` rewritten, one line for each of its lines (blank
    /// lines after it excluded), with the directives in it not understood; `nil` when no block
    /// opens there. `headingLevel` is the level of the heading before it, `nesting` the number
    /// of blocks it is in.
    static func mkdocsBlock(
        at index: Int, in lines: [String], headingLevel: Int, nesting: Int
    ) -> (lines: [String], unknown: [Unknown], abbreviations: [String: String])? {
        let line = lines[index]
        let indent = line.prefix { $0 == " " }.count
        guard let opener = MkDocsOpener(line.dropFirst(indent)) else { return nil }
        let inset = indent + 4
        var last = index
        // Bytes, not characters: a line's indent is read, not the whole line.
        for next in lines.indices.dropFirst(index + 1) {
            let expanded = expandingLeadingTabs(lines[next]).utf8
            let spaces = expanded.prefix { $0 == UInt8(ascii: " ") }.count
            if spaces == expanded.count { continue }
            guard spaces >= inset else { break }
            last = next
        }
        let body = lines[(index + 1)..<(last + 1)].map { String(Substring(expandingLeadingTabs($0).utf8.dropFirst(inset))) }
        let inner = rewrite(lines: body, headingLevel: opener.kind == nil ? headingLevel + 1 : 1, nesting: nesting + 1)
        let pad = String(repeating: " ", count: indent)
        var result: [String]
        if let kind = opener.kind {
            result = [pad + "> [!\(kind.rawValue.uppercased())]" + (opener.title.isEmpty ? "" : " " + opener.title)]
            result += inner.lines.map { prefixing(pad + "> ", to: $0) }
        } else {
            result = [pad + String(repeating: "#", count: min(6, headingLevel + 1)) + " " + opener.title]
            result += inner.lines.map { $0.isEmpty ? "" : prefixing(pad, to: $0) }
        }
        let unknown = inner.unknown.map { Unknown(line: $0.line + index + 1, column: $0.column + inset, directive: $0.directive) }
        return (result, unknown, inner.abbreviations)
    }

    /// The abbreviation a line defines, `*[SIG]: Système d’information géographique`, and what it
    /// stands for; `nil` for any other line.
    static func abbreviationDefinition(_ line: Substring) -> (String, String)? {
        guard line.hasPrefix("*["), let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":") else { return nil }
        let abbreviation = String(line[line.index(line.startIndex, offsetBy: 2)..<close]).trimmingWhitespace
        let expansion = String(line[line.index(close, offsetBy: 2)...]).trimmingWhitespace
        guard !abbreviation.isEmpty, !expansion.isEmpty else { return nil }
        return (abbreviation, expansion)
    }

    /// `line` with the tabs it starts with written as four spaces (Python-Markdown's width).
    private static func expandingLeadingTabs(_ line: String) -> String {
        let start = line.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard start.contains(UInt8(ascii: "\t")) else { return line }
        return String(decoding: start, as: UTF8.self).replacingOccurrences(of: "\t", with: "    ") + line.dropFirst(start.count)
    }
}
