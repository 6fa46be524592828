import Foundation
import RepereContent
import RepereDiagnostics
import RepereSite

/// Reads the project and runs the pipeline: shared by `build`, `check` and `graph`.
struct ProjectBuild {
    var global: GlobalOptions
    var output: String? = nil
    var baseURL: String? = nil
    var drafts = false
    var revision: String? = nil
    var useCache = true

    /// Runs the pipeline; a project that cannot be read becomes `error: …` and exit status 1.
    func run(_ mode: BuildPipeline.Mode) throws -> (BuildOptions, BuildPipeline.Outcome) {
        let (options, problems) = try optionsAndProblems()
        defer { global.progress?("") }
        do {
            let outcome = try BuildPipeline(options: options)
                .run(mode, extraDiagnostics: problems, progress: global.progress)
            return (options, outcome)
        } catch {
            throw global.fail("\(error)")
        }
    }

    /// The resolved options of the project (configuration problems are not reported).
    func options() throws -> BuildOptions { try optionsAndProblems().0 }

    private func optionsAndProblems() throws -> (BuildOptions, [Diagnostic]) {
        let projectURL = global.projectURL
        var (configuration, problems): (SiteConfiguration, [Diagnostic])
        do {
            (configuration, problems) = try Project.configuration(in: projectURL)
        } catch {
            throw global.fail("\(error)")
        }
        if let baseURL {
            guard SiteConfiguration.isPublishingAddress(baseURL) else {
                throw global.fail("--base-url must be an http or https address, or a path, not '\(baseURL)'")
            }
            configuration.baseURL = baseURL
        }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(
            projectDirectory: projectURL, configuration: configuration,
            outputDirectory: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        options.includeDrafts = drafts
        options.revision = revision
        if !useCache { options.cacheDirectory = nil }
        return (options, problems)
    }
}

/// Keeps `value` alive until the process exits: for a command that ends after its build, freeing
/// the whole site (every page, file and tree, one by one) only delays the exit, and the system
/// takes the memory back at once. Never in `serve`, which builds again and again.
func keepUntilExit(_ value: Any) {
    _ = Unmanaged.passRetained(KeptValue(value))
}

private final class KeptValue {
    let value: Any
    init(_ value: Any) { self.value = value }
}
