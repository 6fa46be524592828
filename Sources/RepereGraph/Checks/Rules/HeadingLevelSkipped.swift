import RepereDiagnostics

/// `heading.level-skipped` (warning): a heading deeper than the one before it by more than
/// one level, or a level-1 heading in the body (the page title is the only `<h1>`; RGAA 9.1).
package struct HeadingLevelSkipped: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.livePages.flatMap { i in
            let parsed = input.site.pages[i]
            var previous = 1  // the title
            return parsed.document.headings.compactMap { heading -> Diagnostic? in
                defer { previous = heading.level }
                let location = parsed.page.location(line: heading.position.line, column: heading.position.column)
                let isEmpty = heading.text.isEmpty
                if heading.level == 1 {
                    return Diagnostic(.headingLevelSkipped, isEmpty ? "an empty level-1 heading in the body" : "level-1 heading '\(heading.text)' in the body", at: location,
                        notes: ["the title is the page's only level-1 heading: start the body at ##"])
                }
                guard heading.level > previous + 1 else { return nil }
                return Diagnostic(.headingLevelSkipped,
                    "\(isEmpty ? "an empty heading" : "heading '\(heading.text)'") jumps from level \(previous) to level \(heading.level)", at: location,
                    notes: ["use \(String(repeating: "#", count: previous + 1)) here"])
            }
        }
    }
}
