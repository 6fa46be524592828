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
                result.append(Diagnostic(.pageDuplicateTitle, "'\(page.title)' is also the title of \(input.site.pages[j].page.displayPath)",
                    at: page.location(ofKey: "title")))
            } else {
                first[key] = i
            }
        }
        return result
    }
}
