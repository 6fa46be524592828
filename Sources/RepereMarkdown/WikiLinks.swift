import Foundation
import RepereSupport

/// Wiki links, as GitHub's wikis, Obsidian, Foam and MkDocs' roamlinks write them: `[[Page]]`,
/// `[[Page#Section|label]]`, `![[capture.png]]`. Each becomes a Markdown link (an image for a
/// file that is one) to ``marker`` and the name, which the resolve stage finds as Obsidian does:
/// the page or file of that name anywhere in the content folder, the nearest first.
///
/// With a `|`, Obsidian writes the target first (`[[Page|label]]`) and GitHub's wikis the label
/// (`[[label|Page-Name]]`): a right side named like a wiki page (no space, a `-` or `.md`) after a
/// left side with spaces is read in GitHub's order. `[[1]](url)`, `[[1]][ref]` (links whose text
/// is `[1]`) and code are left as written; `[[toc]]` alone on its line (VitePress' table of
/// contents) is left out, as the page shows its own.
package enum WikiLinks {
    /// What a rewritten link's destination starts with, before the name it designates.
    package static let marker = "wiki-ref:"

    /// The files `![[…]]` shows as images; any other name is a link (`![[v1.2 notes]]`, a note).
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp"]

    /// What a page shows for a wiki link that reaches nothing (reported by the build): the name
    /// as a relative address, as another broken link shows its own, never the marker.
    package static func unresolved(_ destination: String) -> String {
        String(destination.dropFirst(marker.count)).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.union(["#"])) ?? "#"
    }

    /// The name a wiki link's destination was written with (`capture.png` for `![[capture.png]]`),
    /// or nil for any other destination: what a diagnostic shows.
    package static func writtenName(_ destination: String) -> String? {
        destination.hasPrefix(marker) ? String(destination.dropFirst(marker.count)).removingPercentEncoding : nil
    }

    /// `lines` with their wiki links rewritten, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var literal = LiteralLines()
        return lines.map { line in
            guard !literal.isLiteral(line), line.contains("[[") else { return line }
            // `[[toc]]` alone (VitePress', VuePress' and markdown-it's table of contents): the page shows its own.
            let quoted = line.prefix { $0 == " " || $0 == ">" }
            if line.dropFirst(quoted.count).trimmingCharacters(in: .whitespaces).lowercased() == "[[toc]]" { return String(quoted) }
            return rewrite(line: line)
        }
    }

    /// `line` with its wiki links rewritten, in one pass: a line of 50,000 `[` costs no more
    /// than its length.
    private static func rewrite(line: String) -> String {
        var out = ""
        var rest = Substring(line)
        var backticks = 0  // in the text passed: an odd count is inside a code span
        func pass(_ text: Substring) {
            backticks += text.reduce(0) { $0 + ($1 == "`" ? 1 : 0) }
            out += text
        }
        while let open = rest.range(of: "[[") {
            var before = rest[..<open.lowerBound]
            let inCode = (backticks + before.reduce(0) { $0 + ($1 == "`" ? 1 : 0) }) % 2 == 1
            // No `]]` after it: no wiki link on the rest of the line.
            guard let close = rest[open.upperBound...].range(of: "]]") else { break }
            let inside = rest[open.upperBound..<close.lowerBound]
            if let nested = inside.range(of: "[[", options: .backwards)?.lowerBound ?? inside.lastIndex(of: "[") {
                // `[[a[[b]]`: the pair that closes opens after the last `[`.
                pass(rest[..<nested])
                rest = rest[nested...]
                continue
            }
            // Not a link: in a code span, before `(`, `[` or `:` (`[[1]](url)`), right after a word
            // (`a[[0]]`), or with a space inside its brackets (a shell's `[[ -f x ]]`).
            let after = before.last.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "]" || $0 == ")" } ?? false
            guard !inCode, !after, !"([:".contains(rest[close.upperBound...].first ?? " "), let first = inside.first, let last = inside.last,
                !first.isWhitespace, !last.isWhitespace, inside.contains(where: { $0 != "|" && $0 != "\\" })
            else {
                pass(rest[..<close.upperBound])
                rest = rest[close.upperBound...]
                continue
            }
            let isEmbed = before.hasSuffix("!")
            if isEmbed { before = before.dropLast() }
            pass(before)
            var written = link(String(inside), embedded: isEmbed)
            rest = rest[close.upperBound...]
            if written.hasSuffix(" }"), rest.first == "{" {
                // `![[a.png|300]]{ loading=lazy }`: the size joins the author's attribute list.
                written.removeLast(2)
                rest = rest.dropFirst()
                if rest.first == ":" { rest = rest.dropFirst() }
                written += " "
            }
            out += written
        }
        return out + rest
    }

    /// The Markdown link for the inside of `[[…]]`.
    private static func link(_ inside: String, embedded: Bool) -> String {
        // In a table cell the `|` is written `\|` (`[[Page\|alias]]`).
        let parts = inside.replacingOccurrences(of: "\\|", with: "|").split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            .map { String($0).trimmingWhitespace }
        var (target, label) = (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        if target.isEmpty { (target, label) = (label, "") }
        guard !target.isEmpty else { return "[[" + inside + "]]" }
        if !label.isEmpty, !label.contains(" "), label.contains("-") || label.hasSuffix(".md") || label.contains("://"), target.contains(" ") || label.contains("://") {
            swap(&target, &label)
        }
        if target.contains("://") {
            // `[[le rapport|https://exemple.fr/rapport]]`: a link to that address.
            return "[" + escaped(label.isEmpty ? target : label) + "](<" + target.replacingOccurrences(of: ">", with: "%3E") + ">)"
        }
        if target.hasPrefix("#") {
            // `[[#Étape 2]]`: a heading of the page itself.
            let heading = String(target.dropFirst()).trimmingWhitespace
            return "[" + escaped(label.isEmpty ? heading : label) + "](<#" + heading.replacingOccurrences(of: ">", with: "%3E") + ">)"
        }
        let name = target.split(separator: "#", maxSplits: 1).first.map(String.init) ?? target
        let isFile = name.lastIndex(of: ".").map { imageExtensions.contains(name[name.index(after: $0)...].lowercased()) } ?? false
        let destination = "<" + marker + target.replacingOccurrences(of: ">", with: "%3E") + ">"
        if embedded, isFile {
            // `![[capture.png|300]]`, `|300x200`: a size, no text (its attribute list sets it, ``AttributeLists``).
            let size = label.split(separator: "x", omittingEmptySubsequences: false)
            if (1...2).contains(size.count), size.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
                return "![](" + destination + "){ width=\(size[0])" + (size.count == 2 ? " height=\(size[1])" : "") + " }"
            }
            return "![" + escaped(label) + "](" + destination + ")"
        }
        let text = label.isEmpty ? target.replacingOccurrences(of: "#", with: " › ") : label
        return "[" + escaped(text) + "](" + destination + ")"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }
}
