import Foundation
import PackagePlugin

/// Compiles files into the target that uses this plugin, so an installed `repere` needs no copy
/// of them: the default theme (`templates/` at the package root) into `RepereRender`, the search
/// runtime (`Sources/RepereSearch/Runtime/`) into `RepereSearch`.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (theme, variable) = target.name == "RepereSearch"
            ? (context.package.directoryURL.appending(path: "Sources/RepereSearch/Runtime"), "embeddedRuntimeFiles")
            : (context.package.directoryURL.appending(path: "templates"), "embeddedThemeFiles")
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded-\(variable).swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(theme.lastPathComponent)",
                executable: try context.tool(named: "repere-embed-theme").url,
                arguments: [theme.path, output.path, variable],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
