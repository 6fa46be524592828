import ArgumentParser

@main
struct RepereCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repere",
        abstract: "Builds a searchable, accessible help site from a Git repository of Markdown articles.",
        subcommands: [Build.self, Search.self])
}
