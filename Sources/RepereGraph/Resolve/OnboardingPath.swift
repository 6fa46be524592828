import RepereContent
import RepereDiagnostics
import RepereMarkdown

/// An onboarding path (« parcours », a page of `type: path`) with its steps resolved to pages.
public struct OnboardingPath: Hashable, Sendable {
    /// The path's own page.
    public var page: Int
    public var steps: [Step]

    public struct Step: Hashable, Sendable {
        /// The step's page.
        public var page: Int
        /// Its address on the site, with the base path and the anchor when the step is a heading.
        public var href: String
        /// The heading the step points to, when it is one (`page.md#anchor`).
        public var heading: String?
        public var note: String?
        public var minutes: Int?
    }

    /// The estimated time of the steps that give one, in minutes (`nil` when none does).
    public var totalMinutes: Int? {
        let known = steps.compactMap(\.minutes)
        return known.isEmpty ? nil : known.reduce(0, +)
    }
}

extension LinkResolver {
    /// The steps of `page` (the page at `from`) resolved like links; problems become the
    /// `onboarding-path.*` diagnostics at each step's line and column.
    func resolveSteps(of page: Page, at from: Int, index: Index, diagnostics: inout [Diagnostic]) -> OnboardingPath? {
        guard page.type == .path else {
            if !page.frontMatter.steps.isEmpty {
                diagnostics.append(Diagnostic(.onboardingPathNotAPath, "'\(page.title)' has steps but is not 'type: path'",
                    at: page.location(ofKey: "steps"), notes: ["add 'type: path', or remove 'steps:'"]))
            }
            return nil
        }
        if page.frontMatter.steps.isEmpty {
            diagnostics.append(Diagnostic(.onboardingPathEmpty, "the path '\(page.title)' has no step",
                at: page.location(ofKey: "type"), notes: ["list its pages under 'steps:'"]))
        }
        let parsed = ParsedPage(page: page, document: MarkdownDocument(blocks: [], headings: [], references: [], rawHTML: []))
        let audiences = Set(page.audience)
        var path = OnboardingPath(page: from, steps: [])
        var seen: [String: Int] = [:]
        for step in page.frontMatter.steps {
            let location = step.location
            switch resolve(step.target, isImage: false, in: parsed, index: index, at: location) {
            case .resolved(let href, .page(let i)):
                let target = index.pages[i].page
                if target.status == .archived {
                    diagnostics.append(Diagnostic(.onboardingPathStepUnpublished, "step '\(step.target)' is archived", at: location,
                        notes: ["point the step at the page that replaces it"]))
                    continue
                }
                if let first = seen[href] {
                    diagnostics.append(Diagnostic(.onboardingPathDuplicateStep, "step '\(step.target)' is already step \(first)", at: location))
                    continue
                }
                if !audiences.isEmpty, !target.audience.isEmpty, audiences.isDisjoint(with: target.audience) {
                    diagnostics.append(Diagnostic(.onboardingPathAudienceMismatch,
                        "step '\(step.target)' is for \(target.audience.joined(separator: ", ")), not for the path's audiences (\(page.audience.joined(separator: ", ")))",
                        at: location))
                }
                let anchor = href.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init)
                let heading = anchor.flatMap { anchor in index.pages[i].document.headings.first { $0.anchor == anchor }?.text }
                path.steps.append(OnboardingPath.Step(page: i, href: href, heading: heading, note: step.note, minutes: step.minutes))
                seen[href] = path.steps.count
            case .problem(let problem):
                diagnostics.append(Self.stepProblem(problem, step: step))
            case .resolved, .external:
                diagnostics.append(Diagnostic(.onboardingPathStepNotFound, "step '\(step.target)' is not a page of the site", at: location,
                    notes: ["a step is a page of the help centre: a path to its .md file"]))
            }
        }
        return path
    }

    /// A link problem said of a step.
    private static func stepProblem(_ problem: Diagnostic, step: PathStep) -> Diagnostic {
        switch problem.id {
        case DiagnosticKind.linkBroken.id:
            Diagnostic(.onboardingPathStepNotFound, "step '\(step.target)' does not exist", at: step.location)
        case DiagnosticKind.linkToDraft.id:
            Diagnostic(.onboardingPathStepUnpublished, "step '\(step.target)' is a draft, which is not published",
                at: step.location, notes: ["publish the page, or remove the step"])
        case DiagnosticKind.linkMissingAnchor.id:
            Diagnostic(.onboardingPathStepMissingAnchor, problem.message, at: step.location)
        default: problem
        }
    }
}
