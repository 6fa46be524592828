import RepereDiagnostics
import RepereMarkdown
import RepereSupport

/// `image.missing-alt` (warning): an image without alternative text (RGAA 1.1), or whose
/// alternative is just its file name (RGAA 1.3).
package struct ImageWithoutAlt: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.livePages.flatMap { i in
            let parsed = input.site.pages[i]
            return parsed.document.references.compactMap { ref -> Diagnostic? in
                guard ref.kind == .image else { return nil }
                let alt = ref.text.trimmingWhitespace
                // `![[capture.png]]` is shown as written, never as its resolver's marker.
                let wikiName = WikiLinks.writtenName(ref.destination)
                let shown = wikiName ?? ref.destination
                let fileName = shown.split(separator: "/").last.map(String.init) ?? ""
                let location = parsed.page.location(line: ref.position.line, column: ref.position.column)
                if alt.isEmpty {
                    let example = wikiName.map { "![[\($0)|ce que montre l'image]]" } ?? "![ce que montre l'image](\(shown))"
                    return Diagnostic(.imageMissingAlt, "image '\(shown)' has no alternative text", at: location,
                        notes: ["say in a few words what the image shows: \(example)"])
                }
                if alt == fileName || alt == fileName.split(separator: ".").first.map(String.init) {
                    return Diagnostic(.imageMissingAlt, "the alternative text of '\(shown)' is its file name", at: location)
                }
                return nil
            }
        }
    }
}
