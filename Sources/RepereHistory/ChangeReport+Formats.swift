import Foundation
import RepereContent
import RepereSupport

extension ChangeReport {
    /// The report as Markdown, in French, ready to paste into a newsletter for référents.
    public func markdown(siteTitle: String) -> String {
        func day(_ endpoint: Endpoint) -> String {
            endpoint.date.flatMap(CalendarDate.init).map(FrenchDate.long) ?? endpoint.label
        }
        var out = "## \(siteTitle) : les nouveautés du \(day(since)) au \(day(until))\n"
        let sections: [(String, [Page])] = [
            ("Nouvelles pages", added), ("Pages mises à jour", updated), ("Pages déplacées", moved), ("Pages supprimées", removed),
        ]
        guard sections.contains(where: { !$0.1.isEmpty }) else { return out + "\nAucune page n’a changé sur cette période.\n" }
        for (heading, pages) in sections where !pages.isEmpty {
            out += "\n### \(heading) (\(pages.count))\n\n"
            for page in pages {
                if heading == "Pages supprimées" {
                    out += "- \(escape(page.title))\n"
                    continue
                }
                out += "- [\(escape(page.title))](\(page.url))"
                if let description = page.description, !description.isEmpty { out += " — \(escape(description))" }
                if let previous = page.previousURL { out += " (ancienne adresse : \(previous))" }
                out += "\n"
            }
        }
        return out
    }

    /// A short list of the changed pages for a merge-request comment (`check --format markdown --since`).
    public func markdownSummary() -> String {
        let kinds: [(String, String, [Page])] = [
            ("nouvelle", "nouvelles", added), ("mise à jour", "mises à jour", updated), ("déplacée", "déplacées", moved),
            ("supprimée", "supprimées", removed),
        ]
        var out = "**Pages changées depuis `\(since.label)` :** "
        out += kinds.map { "\($0.2.count) \($0.2.count > 1 ? $0.1 : $0.0)" }.joined(separator: ", ") + "\n"
        for (kind, _, pages) in kinds {
            for page in pages {
                out += kind == "supprimée" ? "- \(kind) : \(escape(page.title))\n" : "- \(kind) : [\(escape(page.title))](\(page.url))\n"
            }
        }
        return out
    }

    /// The report as JSON (version 1): `since`/`until` endpoints and the four page lists.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }

    private func escape(_ text: String) -> String { text.markdownEscaped }
}
