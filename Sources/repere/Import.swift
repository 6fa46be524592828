import ArgumentParser
import Foundation
import RepereDiagnostics
import RepereImport

extension RepereCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import content from another tool into a Repère project.",
            subcommands: [Snupport.self])
    }
}

extension RepereCommand.Import {
    struct Snupport: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import SNUpport's knowledge base (a mongoexport of knowledgebases) as content/ and the audiences of repere.yml.",
            discussion: """
                Reads JSON lines or a JSON array, with MongoDB Extended JSON. Sections become folders with _section.md, \
                articles Markdown files; each page keeps its old address as an alias. Writes import-report.md and, with \
                --feedback or --searches, imports/feedback.json and imports/searches.json without person identifiers. \
                Any error writes nothing (exit status 1); the import never commits.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The mongoexport of the knowledgebases collection.")
        var knowledgeBase: String

        @Option(help: "A mongoexport of the feedbacks collection, kept as imports/feedback.json.")
        var feedback: String?

        @Option(help: "A mongoexport of the kbsearches collection, kept as imports/searches.json.")
        var searches: String?

        @Option(help: "The old knowledge base's path, for links and aliases.")
        var basePath = "/base-de-connaissance"

        @Option(help: "A folder of the images fetched beforehand (host/path or file name); they are copied into content/assets/snupport/.")
        var downloadAssets: String?

        @Flag(help: "Replace a content folder that is not empty, and imported history files.")
        var force = false

        func run() throws {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
            var options = SnupportImport.Options(knowledgeBase: url(knowledgeBase), name: knowledgeBase)
            options.feedback = feedback.map { (url($0), $0) }
            options.searches = searches.map { (url($0), $0) }
            options.basePath = basePath
            if let downloadAssets {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url(downloadAssets).path, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw global.fail("--download-assets '\(downloadAssets)' is not a folder")
                }
                options.assetsFolder = url(downloadAssets)
            }
            let result: SnupportImport.Result
            do {
                result = try SnupportImport(options: options).run()
            } catch {
                throw global.fail("\(error)")
            }
            let report = DiagnosticReport(result.diagnostics)
            global.printDiagnostics(report)
            guard !result.hasErrors else {
                throw global.fail("\(report.errorCount) error\(report.errorCount == 1 ? "" : "s") in the export: nothing was written")
            }
            let outcome: ProjectWriter.Outcome
            do {
                outcome = try ProjectWriter(project: global.projectURL, force: force).write(result)
            } catch {
                throw global.fail("\(error)")
            }
            let sections = result.tree.placed.count { $0.record.kind == .section }
            let articles = result.tree.placed.count - sections
            global.say("Imported \(articles) articles and \(sections) sections into \(outcome.contentFolder)/ (\(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")): see \(ImportedFiles.report)")
            if case .toAdd(let missing) = outcome.configuration {
                global.say("repere.yml declares other audiences: add \(missing.map(\.id).joined(separator: ", ")) (the lines are in \(ImportedFiles.report))")
            }
            let history = result.feedback != nil || result.searches != nil ? " imports" : ""
            global.say("""
                The import does not commit. Review, then:
                  repere check
                  git add repere.yml \(outcome.contentFolder)\(history)
                  git commit -m "Import de la base de connaissance SNUpport"
                """)
        }
    }
}
