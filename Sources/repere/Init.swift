import ArgumentParser
import Foundation
import RepereContent

extension RepereCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a help centre: repere.yml, content/ with a home page, a section, a FAQ and a tutorial, .gitignore and CI files.",
            discussion: """
                With --from, DIR is an existing MkDocs, Docusaurus, GitBook, VuePress, VitePress, Starlight, Docsify, Hugo or Jekyll project: its configuration is read \
                into repere.yml (title, address, content folder, excluded files), no content is written, and \
                migration-report.md says what could not be carried over. Without --from, a folder holding one of \
                those tools' settings (mkdocs.yml, docusaurus.config.js…) is read as with --from that tool, and a folder of \
                Markdown files without them (a GitHub wiki, an Obsidian vault) as with --from markdown: its pages are published as they are. \
                Existing files are never overwritten.
                """)

        @Argument(help: "The folder of the help centre (created if needed). Default: the current folder.")
        var directory: String = "."

        @Option(help: "Read the configuration of this tool's project in DIR: mkdocs, docusaurus, gitbook, vuepress, vitepress, starlight, docsify, hugo or jekyll; markdown for a folder of Markdown files (a wiki, an Obsidian vault).")
        var from: ForeignConfiguration.Tool?

        func run() throws {
            var folder = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                .standardizedFileURL
            var directory = directory
            do {
                var scaffold = ProjectScaffold()
                var foreign: ForeignConfiguration?
                var tool = from
                if tool == nil {
                    // A project of another tool is migrated, not given a demo help centre beside its pages.
                    let found = ForeignConfiguration.tools(in: folder)
                    if found.count > 1 {
                        throw ScaffoldError("\(folder.path) holds the settings of \(found.map(\.rawValue).joined(separator: " and ")): choose one with --from")
                    }
                    let subprojects = found.isEmpty && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("repere.yml").path)
                        ? ForeignConfiguration.subprojects(below: folder) : []
                    /// Migrates the documentation project in `path`, a folder of the repository, read as `reader`.
                    func migrate(in path: String, project: String, as reader: ForeignConfiguration.Tool) {
                        directory = directory == "." ? path : directory + "/" + path
                        folder = folder.appendingPathComponent(path)
                        print("The documentation here is a \(project) project in \(path)/: reading it as `repere init \(directory) --from \(reader.rawValue)`.\n")
                        tool = reader
                    }
                    if let only = found.first {
                        print("This folder is a \(only.rawValue) project: reading it as `repere init --from \(only.rawValue)`.\n")
                        tool = only
                    } else if subprojects.count == 1, subprojects[0].tools.count == 1 {
                        // A repository whose documentation is one of its folders (`website/`, `docs/`): the help centre is there.
                        let (path, tools) = subprojects[0]
                        migrate(in: path, project: tools[0].rawValue, as: tools[0])
                    } else if !subprojects.isEmpty {
                        let list = subprojects.map { "\($0.path)/ (\($0.tools.map(\.rawValue).joined(separator: " and ")))" }.joined(separator: ", ")
                        throw ScaffoldError("\(folder.path) holds several documentation projects, \(list): run `repere init FOLDER` in the one to migrate, with --from if it holds the settings of two tools (a new help centre goes in a new folder: `repere init aide`)")
                    } else if subprojects.isEmpty, let sphinx = ForeignConfiguration.sphinxFolder(below: folder) {
                        // A Sphinx project of MyST pages in `docs/`: the repository's other files are no help centre.
                        migrate(in: sphinx, project: "Sphinx", as: .markdown)
                    } else if ForeignConfiguration.isMarkdownFolder(folder) {
                        print("This folder holds Markdown pages: publishing them as they are (`repere init --from markdown`).\n")
                        tool = .markdown
                    } else if let (pages, where_) = ForeignConfiguration.markdownPages(below: folder), pages >= 5 {
                        // Documentation of a kind no reader knows: no demo help centre beside it.
                        let into = directory == "." ? "" : directory + "/"
                        throw ScaffoldError(
                            "\(folder.path) holds \(pages) Markdown pages\(where_.isEmpty ? "" : ", most in \(where_)/"), of a tool Repère does not read: publish them with `repere init \(into)\(where_.isEmpty ? "." : where_) --from markdown`, or start a new help centre in a folder of its own (`repere init \(into)aide`)")
                    }
                }
                if let from = tool {
                    foreign = try ForeignConfiguration.read(from, in: folder)
                    scaffold = ProjectScaffold(configuration: foreign!.repereYAML, writesContent: false)
                }
                let (written, kept) = try scaffold.create(in: folder)
                if let foreign {
                    try Data(foreign.report.utf8).write(to: folder.appendingPathComponent("migration-report.md"))
                    print(foreign.report)
                }
                for path in written { print("created \(path)") }
                for path in kept { print("kept \(path) (it exists)") }
                let into = directory == "." ? "" : " -C \(directory)"
                print("\nNext: repere check\(into), then repere serve\(into) and open http://127.0.0.1:8000/")
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

extension ForeignConfiguration.Tool: ExpressibleByArgument {}
