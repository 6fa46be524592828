import RepereContent
import RepereDiagnostics

/// `page.duplicate-title` (warning): two live pages with the same title (RGAA 8.6: a title
/// identifies its page uniquely). Compared without case, accents or punctuation.
package struct DuplicateTitle: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var result: [Diagnostic] = []
        for i in input.livePages where input.site.pages[i].page.kind != .home {
            let page = input.site.pages[i].page
            let key = Slug.make(from: page.title)
            if let j = first[key] {
                // A section made up from a folder has no file to report at or to name.
                var (reported, other) = (page, input.site.pages[j].page)
                if reported.isSynthetic { swap(&reported, &other) }
                let what = other.isSynthetic
                    ? "the section of the folder '\(ContentPath(other.displayPath).directory)/', which has no _section.md" : other.displayPath
                // Both made up from folders (`_glossaire/` and `glossaire/`): reported at the folder.
                let location = reported.isSynthetic ? SourceLocation(file: ContentPath(reported.displayPath).directory + "/") : reported.location(ofKey: "title")
                result.append(Diagnostic(.pageDuplicateTitle, "'\(reported.title)' is also the title of \(what)", at: location))
            } else {
                first[key] = i
            }
        }
        return result
    }
}
