import Foundation
import ArgumentParser
import RepereHistory

extension RepereCommand {
    struct Changes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the pages added, updated, moved and removed in a range of the Git history.",
            discussion: "--since and --until take a date (YYYY-MM-DD) or a revision (branch, tag, commit). The Markdown output is ready to paste into a newsletter.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

        @OptionGroup var global: GlobalOptions

        @OptionGroup var range: HistoryRange

        @Option(help: "markdown or json.")
        var format: Format = .markdown

        func run() throws {
            let options = try ProjectBuild(global: global).options()
            if let future = range.futureDate(today: options.today) { throw global.fail(future + ": the report tells what has changed") }
            do {
                let report = try ChangeReport.make(options: options, since: range.since, until: range.until)
                for note in report.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
                print(format == .json ? report.json() : report.markdown(siteTitle: options.configuration.title), terminator: "")
            } catch {
                throw global.fail("\(error)")
            }
        }
    }
}
