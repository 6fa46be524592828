import ArgumentParser
import RepereContent
import RepereDiagnostics

extension RepereCommand {
    struct Reference: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a reference page: every diagnostic, every repere.yml key or every front-matter key (Markdown).",
            discussion: "The pages of Documentation/Reference/ are this command's output.")

        enum Topic: String, ExpressibleByArgument, CaseIterable { case diagnostics, configuration, frontMatter = "front-matter" }

        @Argument(help: "diagnostics, configuration or front-matter.")
        var topic: Topic

        @Flag(help: "With front-matter: the French table of the writers' page « Référence du format ».")
        var french = false

        func validate() throws {
            if french && topic != .frontMatter { throw ValidationError("--french goes with front-matter") }
        }

        func run() throws {
            switch topic {
            case .diagnostics: print(DiagnosticKind.referencePage(), terminator: "")
            case .configuration: print(KeyReferencePages.configuration(), terminator: "")
            case .frontMatter:
                print(french ? KeyReference.frenchTable(FrontMatter.keyReference) : KeyReferencePages.frontMatter(), terminator: "")
            }
        }
    }
}
