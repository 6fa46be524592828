import Foundation

extension ForeignConfiguration {
    /// The folders below `folder`, at most ``subprojectDepth`` levels down, that hold another
    /// tool's settings (a monorepo's `website/docusaurus.config.js`, `documentation/mkdocs.yml`),
    /// relative to it, in order: where `repere init` finds the documentation of a repository
    /// whose top holds none. Hidden folders, dependencies, build outputs and Hugo's `themes/`
    /// (whose example sites are a theme's, not the repository's) are not looked into.
    public static func subprojects(below folder: URL) -> [(path: String, tools: [Tool])] {
        var found: [(String, [Tool])] = []
        func visit(_ url: URL, path: String, depth: Int) {
            guard depth < subprojectDepth,
                let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
            else { return }
            for name in names.sorted() where !name.hasPrefix(".") && !notDocumentation.contains(name.lowercased()) {
                let child = url.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isFolder), isFolder.boolValue,
                    // A symbolic link may lead out of the repository.
                    (try? child.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) != true
                else { continue }
                let childPath = path.isEmpty ? name : path + "/" + name
                let tools = tools(in: child)
                if tools.isEmpty {
                    visit(child, path: childPath, depth: depth + 1)
                } else {
                    found.append((childPath, tools))  // its own folders are its project's
                }
            }
        }
        visit(folder, path: "", depth: 0)
        return found
    }

    /// How many folder levels below a repository's top its documentation is looked for.
    static let subprojectDepth = 2

    /// Folders that hold no documentation project of the repository's own.
    private static let notDocumentation: Set<String> = [
        "node_modules", "vendor", "site", "public", "dist", "build", "target", "_site", "themes", "test", "tests", "fixtures",
        "examples", "example", "testdata", "third_party",
    ]
}
