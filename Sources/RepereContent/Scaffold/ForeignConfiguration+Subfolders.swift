import Foundation

extension ForeignConfiguration {
    /// The folders below `folder`, at most ``subprojectDepth`` levels down, that hold another
    /// tool's settings (a monorepo's `website/docusaurus.config.js`, `documentation/mkdocs.yml`),
    /// relative to it, in order: where `repere init` finds the documentation of a repository
    /// whose top holds none. Hidden folders, dependencies, build outputs, Hugo's `themes/`
    /// (whose example sites are a theme's, not the repository's) and its configuration folders
    /// (`config/_default/`) are not looked into.
    public static func subprojects(below folder: URL) -> [(path: String, tools: [Tool])] {
        var found: [(String, [Tool])] = []
        func visit(_ url: URL, path: String, depth: Int) {
            guard depth < subprojectDepth,
                let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
            else { return }
            // Hugo's configuration folder (`config/_default/hugo.toml`) is its project's, not one of its own.
            for name in names.sorted() where !name.hasPrefix(".") && !notDocumentation.contains(name.lowercased())
                && !(url.lastPathComponent == "config" && ["_default", "production", "development"].contains(name)) {
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

    /// How many Markdown pages (`.md`, `.mdx`) the folders of `folder` hold (hidden ones and
    /// dependencies aside; its own README and changelog are no documentation), and the folder
    /// holding most of them (`docs/`, beside a `webapp/` of READMEs), then nine tenths of those at
    /// least, the deepest (`apps/doc/content`; `""` for none such); `nil` when they hold none.
    public static func markdownPages(below folder: URL) -> (count: Int, folder: String)? {
        let pages = files(in: folder, extensions: ["md", "mdx"]).filter { $0.contains("/") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
        guard !pages.isEmpty else { return nil }
        var prefix: [Substring] = []
        while true {
            let below = pages.map { $0.split(separator: "/").dropLast() }.filter { $0.starts(with: prefix) && $0.count > prefix.count }
            let counts = Dictionary(grouping: below, by: { $0[prefix.count] }).mapValues(\.count)
            // At the top, a majority; below it, nine tenths: `docs/how-to/` holding most of `docs/` is not all of it.
            let under = pages.filter { $0.split(separator: "/").dropLast().starts(with: prefix) }.count
            let needed = prefix.isEmpty ? pages.count / 2 + 1 : (under * 9 + 9) / 10
            guard let (name, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= needed else { break }
            prefix.append(name)
        }
        return (pages.count, prefix.joined(separator: "/"))
    }

    /// The folder of a repository holding a Sphinx project of Markdown pages (its `conf.py` and
    /// MyST pages: `docs/`, `docs/source/`, `doc/`), when the repository's top has no `conf.py`.
    public static func sphinxFolder(below folder: URL) -> String? {
        guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent("conf.py").path) else { return nil }
        return ["docs", "doc", "docs/source", "doc/source", "source", "documentation"].first { path in
            let candidate = folder.appendingPathComponent(path)
            return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("conf.py").path)
                && files(in: candidate, extensions: ["md"]).contains { !$0.split(separator: "/").contains { $0.hasPrefix("_") } }
        }
    }

    /// How many folder levels below a repository's top its documentation is looked for.
    static let subprojectDepth = 2

    /// Folders that hold no documentation project of the repository's own.
    private static let notDocumentation: Set<String> = [
        "node_modules", "vendor", "site", "public", "dist", "build", "target", "_site", "themes", "test", "tests", "fixtures",
        "examples", "example", "testdata", "third_party",
    ]
}
