import RepereSupport

/// MyST's lines of their own, the Markdown of Sphinx sites, line for line:
///
/// - a target, `(hyperliens)=`, names the heading under it (that heading's anchor, as
///   `## Titre {#hyperliens}` does), else the place it marks: `[x](#hyperliens)` and
///   `[x](page.md#hyperliens)` reach it;
/// - a comment, a line starting with `%` (`% SPDX-License-Identifier: …`, a note for the
///   teacher), is not shown: at the top of any page (where Pandoc's `% Titre` lines are no text
///   either), and anywhere in a page that is MyST (one starting with a comment, or holding a
///   target, a ```` ```{note} ```` directive or a `` {ref}`…` `` role).
///
/// Code blocks are left as written.
enum MySTLines {
    /// Whether `text` may hold a target or a comment: a `)=`, or a `%` starting a line.
    static func mayHave(_ text: String) -> Bool {
        text.containsBytes(")=") || text.hasPrefix("%") || ["\n%", "\n %", "\n  %", "\n   %"].contains { text.containsBytes($0) }
    }

    /// Whether `line` is a target or may be a comment.
    static func isCandidate(_ line: String) -> Bool { line.drop { $0 == " " }.first == "%" || target(in: line) != nil }

    /// Whether the page, as written, is MyST: it starts with a comment, or holds a target, a
    /// directive (```` ```{note} ````, `:::{note}`) or a role.
    static func isMyST(_ lines: [String]) -> Bool {
        lines.first { !$0.allSatisfy(\.isWhitespace) }?.drop { $0 == " " }.first == "%"
            || lines.contains { target(in: $0) != nil || $0.contains("```{") || $0.contains(":::{") } || lines.contains(where: MySTRoles.mayHave)
    }

    /// `lines` with their targets and comments rewritten; `isMyST`, of the page as written
    /// (``isMyST(_:)``: its directives may be rewritten already).
    static func rewrite(_ lines: [String], isMyST: Bool) -> [String] {
        var lines = lines
        var literal = LiteralLines()
        var atTop = true
        var pendingTarget: (line: Int, label: String)?
        for i in lines.indices {
            let line = lines[i]
            guard !literal.isLiteral(line) else {
                // A target above code marks the code's place, not a heading further down.
                if let pending = pendingTarget { lines[pending.line] = anchor(pending.label) }
                (pendingTarget, atTop) = (nil, false)
                continue
            }
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count <= 3 else { atTop = false; continue }
            if trimmed.first == "%", atTop || isMyST {
                lines[i] = ""
                continue
            }
            if let label = target(in: line) {
                // Targets one above the other: the upper ones mark this place, the last names the heading.
                if let pending = pendingTarget { lines[pending.line] = anchor(pending.label) }
                pendingTarget = (i, label)
                lines[i] = ""
                atTop = false
                continue
            }
            if trimmed.allSatisfy(\.isWhitespace) { continue }
            atTop = false
            guard let pending = pendingTarget else { continue }
            pendingTarget = nil
            let isHeading = trimmed.hasPrefix("#") && trimmed.prefix(while: { $0 == "#" }).count <= 6
                && (trimmed.drop(while: { $0 == "#" }).first.map { $0 == " " } ?? true)
            if isHeading, pending.label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                lines[i] = line + " {#\(pending.label)}"
            } else {
                lines[pending.line] = anchor(pending.label)
            }
        }
        if let pending = pendingTarget { lines[pending.line] = anchor(pending.label) }
        return lines
    }

    /// The place a target marks where no heading follows it.
    private static func anchor(_ label: String) -> String { "<a id=\"\(HTMLEscaping.escape(label))\"></a>" }

    /// The label of a target line, `(label)=` alone (after up to three spaces), else nil.
    static func target(in line: String) -> String? {
        let trimmed = String(line.drop { $0 == " " }).trimmingWhitespace
        guard line.count - line.drop(while: { $0 == " " }).count <= 3, trimmed.hasPrefix("("), trimmed.hasSuffix(")=") else { return nil }
        let label = trimmed.dropFirst().dropLast(2)
        guard !label.isEmpty, label.count <= 100, label.allSatisfy({ $0.isLetter || $0.isNumber || "-_.:".contains($0) }) else { return nil }
        return String(label)
    }
}
