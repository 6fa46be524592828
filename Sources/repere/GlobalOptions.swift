import Foundation
import ArgumentParser
import RepereDiagnostics

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("C"), .customLong("project")], help: "The project folder (with content/). Default: the current folder.")
    var project: String = "."

    @Flag(name: .shortAndLong, help: "Print only diagnostics.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print each stage's time and more detail.")
    var verbose = false

    @Option(help: "Colour diagnostics: auto (on a terminal), always or never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    var projectURL: URL {
        URL(fileURLWithPath: project, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// The project's folder from the CI's workspace (`GITHUB_WORKSPACE`, else the current
    /// folder), when it is inside: `website` for `repere check -C website` at the repository's top.
    var pathInWorkspace: String {
        let environment = ProcessInfo.processInfo.environment
        let workspace = (environment["GITHUB_WORKSPACE"].map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
        let project = projectURL.path
        return project.hasPrefix(workspace + "/") ? String(project.dropFirst(workspace.count + 1)) : ""
    }

    var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }

    /// Shows the running stage on one line of the terminal (`""` clears it); `nil` when standard
    /// error is not a terminal or with `--quiet`.
    var progress: (@Sendable (String) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { stage in
            let line = stage.isEmpty ? "\r\u{1B}[K" : "\r\u{1B}[Krepere: \(stage)…"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Prints `report` the way compilers do; kinds shown only with `--verbose` are left out otherwise.
    func printDiagnostics(_ report: DiagnosticReport) {
        let shown = verbose ? report : DiagnosticReport(report.diagnostics.filter { DiagnosticKind.named($0.id)?.isVerboseOnly != true })
        let text = TextFormatter(colored: useColor).format(shown)
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }

    func say(_ message: String) {
        if !quiet { print(message) }
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(1)
    }
}
