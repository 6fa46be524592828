import Foundation
import ArgumentParser
import RepereSupport

extension RepereCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site into the output folder (site/), atomically.",
            discussion: "Diagnostics go to standard error as path:line:col: severity: message [id]. Exit status: 0 when the build succeeds, 1 on errors (and on warnings with --strict); the previous site is then left as it was.")

        @OptionGroup var global: GlobalOptions

        @Option(name: .shortAndLong, help: "Where to write the site. Default: output_dir from repere.yml (site).")
        var output: String?

        @Option(help: "The URL the site is published at (overrides base_url).")
        var baseURL: String?

        @Flag(help: "Build draft pages too.")
        var drafts = false

        @Flag(help: "Do not read or write the build cache (.repere-cache/).")
        var noCache = false

        @Option(help: "Build the content as it is at this Git revision (branch, tag or commit), without a checkout.")
        var rev: String?

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        func run() throws {
            DeferredInterrupts.install()  // Ctrl-C never leaves the site half written
            let (options, outcome) = try ProjectBuild(global: global, output: output, baseURL: baseURL, drafts: drafts, revision: rev, useCache: !noCache)
                .run(.disk(strict: strict))
            keepUntilExit(outcome)
            let projectURL = options.projectDirectory
            let report = strict ? outcome.report.promotingWarnings() : outcome.report
            global.printDiagnostics(report)
            if global.verbose {
                for path in outcome.uncommitted { print("  not committed yet: \(path)") }
                for (stage, seconds) in outcome.timings {
                    print("  \(stage.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%.3f", seconds)) s")
                }
            }
            guard outcome.wasWritten else {
                throw global.fail("build failed: the site was not written\(FileManager.default.fileExists(atPath: options.outputDirectory.path) ? "; the previous site is unchanged" : "")")
            }
            let total = outcome.timings.reduce(0) { $0 + $1.seconds }
            let folder = options.outputDirectory.relativePath(from: projectURL)
            let seconds = String(format: "%.2f", total)
            if outcome.isUnchanged {
                global.say("Nothing changed: \(folder) already holds the \(outcome.pageCount) pages (\(outcome.fileCount) files) (checked in \(seconds) s)")
            } else {
                global.say("Built \(outcome.pageCount) pages (\(outcome.fileCount) files) into \(folder) in \(seconds) s, \(outcome.writtenFileCount) files written or removed")
            }
        }
    }
}

extension URL {
    /// This path relative to `base` when inside it, else the full path.
    func relativePath(from base: URL) -> String {
        let path = standardizedFileURL.path
        let prefix = base.standardizedFileURL.path + "/"
        return path.droppingPathPrefix(prefix) ?? path
    }
}
