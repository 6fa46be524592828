import Foundation
import ArgumentParser
import RepereContent

extension RepereCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a page with a front-matter skeleton and print its path.",
            discussion: "The file name is the title's slug. An existing file is never overwritten (exit status 1).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "faq, tutorial, article, path or event.")
        var type: PageType

        @Argument(help: "The page title (the question, for a FAQ).")
        var title: String

        @Option(help: "The section's folder inside content/ (e.g. affectations). Default: content/ itself.")
        var section: String = ""

        @Flag(help: "Create the section's folder when it does not exist.")
        var createSection = false

        func run() throws {
            do {
                let (configuration, _) = try Project.configuration(in: global.projectURL)
                let content = global.projectURL.appendingPathComponent(configuration.contentDirectory)
                let path = try PageScaffold(type: type, title: title, section: section, createSection: createSection)
                    .create(in: content)
                print(configuration.contentDirectory + "/" + path)
            } catch {
                throw global.fail("\(error)")
            }
        }
    }
}

extension PageType: ExpressibleByArgument {}
