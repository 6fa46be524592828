import Foundation
import ArgumentParser
import RepereDiagnostics
import RepereHistory

extension RepereCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report every content problem without writing the site.",
            discussion: """
                Exit status: 0 when clean, 1 on errors (and on warnings with --strict), 2 on usage errors.
                Formats: text (path:line:col: severity: message [id]), json (stable schema, version 1), \
                github (GitHub Actions annotations), markdown (a summary for a merge-request comment).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, github, markdown }

        @OptionGroup var global: GlobalOptions

        @Option(help: "Output format: text, json, github or markdown.")
        var format: Format = .text

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Flag(help: "Check draft pages too.")
        var drafts = false

        @Option(help: "With --format markdown: also list the pages added, updated, moved and removed since this revision or date (e.g. origin/main).")
        var since: String?

        func run() throws {
            let (options, outcome) = try ProjectBuild(global: global, drafts: drafts).run(.check)
            keepUntilExit(outcome)
            let report = strict ? outcome.report.promotingWarnings() : outcome.report
            switch format {
            case .text:
                global.printDiagnostics(report)
                if report.diagnostics.isEmpty { global.say("\(outcome.pageCount) pages checked: no problems") }
            case .json: print(JSONFormatter().format(report), terminator: "")
            case .github: print(GitHubActionsFormatter(projectPath: global.pathInWorkspace).format(report), terminator: "")
            case .markdown:
                print(MarkdownFormatter().format(report, pageCount: outcome.pageCount), terminator: "")
                if let since {
                    do {
                        let changes = try ChangeReport.make(options: options, since: since, until: nil)
                        print("\n" + changes.markdownSummary(), terminator: "")
                    } catch {
                        throw global.fail("\(error)")
                    }
                }
            }
            if report.isFailure(strict: strict) { throw ExitCode(1) }
        }
    }
}
