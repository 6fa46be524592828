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
