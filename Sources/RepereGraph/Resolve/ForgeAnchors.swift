import RepereMarkdown

/// Heading anchors as GitHub (and GitLab) generate them when showing a Markdown file.
///
/// Lowercase; letters of any script, digits, `-` and `_` kept, accents included; other
/// punctuation removed; each space becomes `-` (so `Étape 2 : valider` → `étape-2--valider`);
/// repeats get `-1`, `-2`… in document order.
package enum ForgeAnchors {
    package static func make(for headings: [String]) -> [String] {
        var used: [String: Int] = [:]
        return headings.map { text in
            var slug = ""
            for scalar in text.lowercased().unicodeScalars {
                let p = scalar.properties
                if scalar == " " {
                    slug += "-"
                } else if p.isAlphabetic || p.numericType != nil || scalar == "-" || scalar == "_" || p.generalCategory == .nonspacingMark {
                    slug.unicodeScalars.append(scalar)
                }
            }
            let count = used[slug, default: 0]
            used[slug] = count + 1
            return count == 0 ? slug : "\(slug)-\(count)"
        }
    }
}

/// A page's heading anchors, to find what a link's `#fragment` designates in one lookup: an
/// anchor as Repère writes it, else as the Git forge writes it (the first heading wins).
/// Built once per page, so a page of n headings and n links to them resolves in linear time.
package struct AnchorTable: Sendable {
    private var anchors: Set<String> = []
    private var forgeAnchors: [String: String] = [:]

    package init(_ headings: [Heading]) {
        anchors = Set(headings.map(\.anchor))
        for (forge, heading) in zip(ForgeAnchors.make(for: headings.map(\.text)), headings) where forgeAnchors[forge] == nil {
            forgeAnchors[forge] = heading.anchor
        }
    }

    /// The anchor `fragment` designates, if any.
    package func anchor(_ fragment: String) -> String? {
        anchors.contains(fragment) ? fragment : forgeAnchors[fragment.lowercased()]
    }
}
