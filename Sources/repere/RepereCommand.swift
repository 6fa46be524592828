import Foundation
import ArgumentParser

@main
struct RepereCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repere",
        abstract: "Builds a searchable, accessible help site from a Git repository of Markdown articles.",
        subcommands: [
            Build.self, Check.self, Changes.self, Collect.self, Graph.self, Import.self, Init.self, Letter.self, New.self, Reference.self, Report.self,
            Search.self, Serve.self,
        ])

    /// Runs the command; usage errors exit with status 2 (1 is for content problems).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
