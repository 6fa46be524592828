import ArgumentParser
import RepereGraph

extension RepereCommand {
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the link graph of the pages (JSON, as site/graph.json, or Graphviz DOT).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot }

        @OptionGroup var global: GlobalOptions

        @Option(help: "json or dot.")
        var format: Format = .json

        func run() throws {
            let (_, outcome) = try ProjectBuild(global: global).run(.check)
            // A check-only run always resolves the site (the build cache is for writing builds).
            guard let site = outcome.site else { throw global.fail("the content could not be resolved") }
            print(format == .json ? GraphExport.json(site) : GraphExport.dot(site), terminator: "")
        }
    }
}
