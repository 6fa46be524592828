import ArgumentParser
import Foundation
import RepereContent
import RepereHistory
import RepereLetter
import RepereSupport

extension RepereCommand {
    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft the référents' letter: what changed in the help centre over a range, as an e-mail.",
            discussion: """
                --since and --until take a date (YYYY-MM-DD) or a revision. The HTML is e-mail ready (inline styles, \
                at most 640 px wide, nothing loaded from elsewhere); --format text gives its plain-text alternative. \
                Built from the same data as `repere changes`.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case html, markdown, text }

        @OptionGroup var global: GlobalOptions

        @OptionGroup var range: HistoryRange

        @Option(help: "html, markdown or text.")
        var format: Format = .html

        @Option(name: .shortAndLong, help: "Write the letter to this file instead of standard output.")
        var output: String?

        @Option(help: "A Markdown file whose text opens the letter (the editorial).")
        var intro: String?

        func run() throws {
            let options = try ProjectBuild(global: global).options()
            if let future = range.futureDate(today: options.today) { throw global.fail(future + ": the letter tells what has changed") }
            let editorial: String?
            do {
                editorial = try intro.map { try String(contentsOfFile: $0, encoding: .utf8) }
            } catch {
                throw global.fail("cannot read the editorial '\(intro ?? "")': \(error.localizedDescription)")
            }
            let report: ChangeReport
            do {
                report = try ChangeReport.make(options: options, since: range.since, until: range.until, upcomingEvents: true)
            } catch {
                throw global.fail("\(error)")
            }
            for note in report.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
            let letter = RepereLetter.Letter(
                report: report, siteTitle: options.configuration.title, baseURL: options.configuration.baseURL, intro: editorial)
            let text = switch format {
            case .html: letter.html()
            case .markdown: letter.markdown()
            case .text: letter.text()
            }
            guard let output else {
                print(text, terminator: "")
                return
            }
            do {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output).standardizedFileURL.path)
            } catch {
                throw global.fail("cannot write '\(output)': \(error)")
            }
            if letter.isEmpty { global.say("Nothing new \(letter.period): the letter says so") }
        }
    }
}
