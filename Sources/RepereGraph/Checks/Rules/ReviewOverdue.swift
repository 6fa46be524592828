import RepereDiagnostics

/// `page.review-overdue` (warning): a live page whose `review_by` date has passed.
package struct ReviewOverdue: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.livePages.compactMap { i in
            let page = input.site.pages[i].page
            guard let date = page.frontMatter.reviewBy, date < input.today else { return nil }
            return Diagnostic(.pageReviewOverdue, "'\(page.title)' was to be reviewed by \(date)", at: page.location(ofKey: "review_by"),
                notes: ["check the page is still right, then move review_by forward"])
        }
    }
}
