import Foundation
import ArgumentParser
import RepereCollect
import RepereContent
import RepereGraph
import RepereReport

extension RepereCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the animator's report: content health from the build, feedback and unanswered searches from repere collect.",
            discussion: """
                The SNUpport history that `repere import snupport` kept in imports/ counts too. \
                html (the default) writes OUTPUT/index.html, a self-contained page, and prints a one-line summary; \
                json and markdown print the report. Exit status: 0, or with --strict 1 when something needs attention \
                (pages past review_by, pages readers find unhelpful, searches left unanswered 3 times or more).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case html, json, markdown }

        @OptionGroup var global: GlobalOptions

        @Option(help: "The database of repere collect.")
        var db: String

        @Option(help: "Count only the events from this day on (YYYY-MM-DD).")
        var since: String?

        @Option(help: "With --format html: the folder the report is written to.")
        var output = "rapport"

        @Option(help: "Output format: html, json or markdown.")
        var format: Format = .html

        @Option(help: "Pages not changed for this many months are listed as old.")
        var staleMonths = 12

        @Flag(help: "Exit with status 1 when something needs attention.")
        var strict = false

        func validate() throws {
            if let since, CalendarDate(since) == nil { throw ValidationError("--since: expected a day, YYYY-MM-DD") }
            guard staleMonths > 0 else { throw ValidationError("--stale-months must be at least 1") }
        }

        func run() throws {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let database = URL(fileURLWithPath: db, relativeTo: here)
            guard FileManager.default.fileExists(atPath: database.path) else {
                throw global.fail("\(database.path): no such database (repere collect --db creates it)")
            }
            let (options, outcome) = try ProjectBuild(global: global).run(.check)
            guard let resolved = outcome.site else { throw global.fail("the project could not be read") }
            let site: ResolvedSite
            do {
                site = try ReportBuilder.dated(resolved, options: options)
            } catch {
                throw global.fail("\(error)")
            }
            let start = since.flatMap(CalendarDate.init)
            let from = start.map(ReportBuilder.firstHour)
            var events: StoredEvents
            do {
                events = try EventStore(path: database.path).events(since: from)
            } catch {
                throw global.fail("\(database.path): \(error)")
            }
            do {
                let imported = try ImportedHistory.read(project: options.projectDirectory, site: site, since: from)
                events = StoredEvents(feedback: imported.feedback + events.feedback, searches: imported.searches + events.searches)
            } catch {
                throw global.fail("\(error)")
            }
            let report = ReportBuilder.make(
                site: site, configuration: options.configuration, events: events, today: options.today, since: start, staleMonths: staleMonths,
                diagnostics: outcome.report.diagnostics)
            switch format {
            case .json: print(ReportJSON.render(report), terminator: "")
            case .markdown: print(ReportMarkdown.render(report), terminator: "")
            case .html:
                let folder = URL(fileURLWithPath: output, relativeTo: here)
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try Data(ReportHTML.render(report).utf8).write(to: folder.appendingPathComponent("index.html"), options: .atomic)
                } catch {
                    throw global.fail("\(folder.path): \(error.localizedDescription)")
                }
                global.say(report.oneLine)
            }
            if strict && report.attention > 0 { throw ExitCode(1) }
        }
    }
}
