import RepereSupport

/// The callouts of Jekyll's Just the Docs theme: a kramdown attribute list naming a callout
/// class, alone on the line before a quote or a paragraph, makes that block a callout.
///
/// ```markdown
/// {: .warning }
/// Les inscriptions ferment le 15 mars.
///
/// {: .note-title }
/// > Bon à savoir
/// >
/// > Le texte de la remarque.
/// ```
///
/// Rewritten as the GFM alert it stands for (`> [!WARNING]`, the paragraph's lines quoted); with
/// a `-title` class, the quote's first line is the callout's title. The classes read are Just the
/// Docs' usual ones (`note`, `tip`, `info`, `warning`, `important`, `caution`, `danger`, `pin`,
/// `new`, `highlight`); any other attribute list is left to ``AttributeLists``, and so is one
/// before another block (a code block, a heading, a list), indented (in a list item), or in code.
enum KramdownCallouts {
    /// `lines` (one page's) with their callouts rewritten, line for line.
    static func rewrite(_ lines: [String]) -> [String] {
        var out = lines
        var literal = LiteralLines()
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            guard !literal.isLiteral(lines[i]), !lines[i].hasPrefix(" "), let (kind, titled) = callout(in: lines[i]), i + 1 < lines.count,
                !lines[i + 1].contains("\n"), !lines[i + 1].hasPrefix(" ")
            else { continue }
            // A quote, or a paragraph (no other block: a fence, a heading, a list, HTML, a table).
            let next = Substring(lines[i + 1])
            guard let first = next.first, !next.allSatisfy(\.isWhitespace) else { continue }
            if first != ">", MarkdownFence.opening(next) != nil || "#<|-*+:{".contains(first) || first.isNumber { continue }
            if next.hasPrefix(">") {
                var header = "> [!\(kind.rawValue.uppercased())]"
                if titled {
                    let title = next.dropFirst().drop { $0 == " " }
                    header += title.isEmpty ? "" : " " + title
                    out[i + 1] = ">"
                }
                out[i] = header
                i += 1
            } else {
                // A paragraph: its lines, up to a blank one, quoted.
                out[i] = "> [!\(kind.rawValue.uppercased())]"
                var j = i + 1
                while j < lines.count, !lines[j].allSatisfy(\.isWhitespace), !lines[j].contains("\n"),
                    MarkdownFence.opening(lines[j].drop { $0 == " " }) == nil  // a fence ends a paragraph
                {
                    out[j] = "> " + lines[j]
                    j += 1
                }
                i = j - 1
            }
        }
        return out
    }

    /// The callout an attribute list alone on `line` names (`{: .warning }`), and whether its
    /// class asks for a title (`{: .note-title }`).
    static func callout(in line: String) -> (CalloutKind, Bool)? {
        let trimmed = line.trimmingWhitespace
        guard trimmed.hasPrefix("{:"), trimmed.hasSuffix("}") else { return nil }
        let inside = String(trimmed.dropFirst(2).dropLast()).trimmingWhitespace
        guard inside.hasPrefix("."), !inside.contains(" ") else { return nil }
        var name = String(inside.dropFirst())
        let titled = name.hasSuffix("-title")
        if titled { name = String(name.dropLast("-title".count)) }
        guard let kind = classes[name] else { return nil }
        return (kind, titled)
    }

    private static let classes: [String: CalloutKind] = [
        "note": .note, "info": .note, "new": .note, "highlight": .note, "tip": .tip, "warning": .warning, "important": .important,
        "pin": .important, "caution": .caution, "danger": .caution,
    ]
}
