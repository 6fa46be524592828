import RepereDiagnostics
import RepereMarkdown
import RepereSupport

/// `link.vague-text` and `link.empty-text` (warnings): link texts that say nothing out of
/// context (RGAA 6.1: « ici », « cliquez ici », « en savoir plus », a bare URL) or nothing at all
/// (RGAA 6.2: an empty link, an image-only link whose image has no alternative).
package struct VagueLinkText: CheckRule {
    package static let vague: Set<String> = [
        "ici", "cliquez ici", "cliquer ici", "clique ici", "en savoir plus", "savoir plus", "plus", "lire la suite",
        "la suite", "suite", "voir", "voir ici", "lien", "ce lien", "cette page", "page", "here", "click here", "more",
        "read more", "link",
    ]

    package static let longestVague = vague.map(\.count).max() ?? 0

    /// Lowercased, without surrounding punctuation and spaces (« Ici ! » → `ici`).
    package static func normalized(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.drop { !$0.properties.isAlphabetic }
        let trimmed = kept.reversed().drop { !$0.properties.isAlphabetic }.reversed()
        return String(String.UnicodeScalarView(trimmed))
    }

    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.livePages.flatMap { i in
            let parsed = input.site.pages[i]
            return parsed.document.references.compactMap { ref -> Diagnostic? in
                guard ref.kind == .link else { return nil }
                let location = parsed.page.location(line: ref.position.line, column: ref.position.column)
                let text = ref.text.trimmingWhitespace
                if text.isEmpty {
                    return Diagnostic(.linkEmptyText,
                        ref.isImageOnly ? "the image of this link has no alternative text" : "link to '\(ref.destination)' has no text",
                        at: location, notes: ["say where the link goes: [Titre de la page](\(ref.destination.prefix(80)))"])
                }
                if text.count <= Self.longestVague, Self.vague.contains(Self.normalized(text)) {
                    return Diagnostic(.linkVagueText, "link text '\(text)' does not say where it goes", at: location,
                        notes: ["use the title of the target page as the link text (RGAA 6.1)"])
                }
                // A link that names its page's file shows the page's title (GitBook's page cards).
                if input.site.linkTitles[i][ref.destination] != nil,
                    Link.namesFile(text, destination: ref.destination) || Link.namesAnchor(text, destination: ref.destination)
                { return nil }
                if text == ref.destination || text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") {
                    return Diagnostic(.linkVagueText, "a bare address '\(text.prefix(60))' is used as link text", at: location,
                        notes: ["name the site or page instead: [Nom du site ou de la page](\(ref.destination.prefix(80)))"])
                }
                return nil
            }
        }
    }
}
