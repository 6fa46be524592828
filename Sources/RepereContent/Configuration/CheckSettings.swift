import RepereDiagnostics

/// `checks:` and `checks_ignore:` in `repere.yml`: how each diagnostic is reported, as users of
/// Docusaurus (`onBrokenLinks: warn`), Zola (`link_checker`) and MkDocs (`validation:`) expect.
///
/// ```yaml
/// checks:
///   page.orphan: off
///   link.vague-text: error
/// checks_ignore: ["archives/**"]
/// ```
///
/// Kinds the catalogue marks as not adjustable (a path out of the site, two files at one URL…)
/// are reported as they are, whatever the settings. `--strict` applies after the settings.
public struct CheckSettings: Hashable, Sendable {
    /// What a diagnostic ID is reported as.
    public enum Level: String, Hashable, Sendable, CaseIterable {
        case off, note, warning, error
    }

    /// The level of each ID named in `checks:`.
    public var levels: [DiagnosticID: Level] = [:]
    /// Files whose diagnostics are not reported (paths relative to the content folder).
    public var ignoredPaths: [PathGlob] = []

    public init() {}

    public var isEmpty: Bool { levels.isEmpty && ignoredPaths.isEmpty }

    /// `diagnostics` as the settings say: re-graded, or dropped when `off` or about an ignored
    /// file. `contentPrefix` (`content/`) is how diagnostics' file paths start.
    public func apply(to diagnostics: [Diagnostic], contentPrefix: String) -> [Diagnostic] {
        guard !isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard DiagnosticKind.named(diagnostic.id)?.isAdjustable == true else { return diagnostic }
            if let file = diagnostic.location?.file, isIgnored(file, contentPrefix: contentPrefix) { return nil }
            var adjusted = diagnostic
            switch levels[diagnostic.id] {
            case nil: break
            case .off: return nil
            case .note: adjusted.severity = .note
            case .warning: adjusted.severity = .warning
            case .error: adjusted.severity = .error
            }
            return adjusted
        }
    }

    private func isIgnored(_ file: String, contentPrefix: String) -> Bool {
        let relative = file.hasPrefix(contentPrefix) ? String(file.dropFirst(contentPrefix.count)) : file
        return ignoredPaths.contains { $0.matches(relative) || $0.matches(file) }
    }
}

extension SiteConfiguration {
    /// Whether `exclude:` leaves the content file at `path` out of the site; when the content
    /// folder is the project's (`content_dir: .`), so are the project's own files: `repere.yml`,
    /// the output, templates and static folders.
    public func isExcluded(_ path: ContentPath) -> Bool {
        if contentIsProject, path.rawValue == "repere.yml" || projectFolders.contains(where: { path.rawValue.hasPrefix($0) }) {
            return true
        }
        return !exclude.isEmpty && exclude.contains { $0.matches(path.rawValue) }
    }

    /// Whether `content_dir` is the project folder itself.
    public var contentIsProject: Bool { ContentPath.resolving(contentDirectory, in: "")?.rawValue.isEmpty ?? false }

    /// The static folders as paths in the project (`static`, `src/assets`), each once: those of
    /// `static_dir` that are neither the project nor the content folder, nor in Git's folder, nor
    /// inside another of them (each an error of `repere.yml`).
    public var staticFolders: [String] {
        let content = ContentPath.resolving(contentDirectory, in: "")?.rawValue
        var folders: [String] = []
        for folder in staticDirectories.compactMap({ ContentPath.resolving($0, in: "")?.rawValue })
        where !folder.isEmpty && folder != content && !folder.split(separator: "/").contains(".git") && !folders.contains(folder) {
            folders.append(folder)
        }
        return folders.filter { folder in !folders.contains { folder.hasPathPrefix($0 + "/") } }
    }

    /// The output, templates and static folders as content paths ending with `/`.
    private var projectFolders: [String] {
        ([outputDirectory, templatesDirectory] + staticDirectories).compactMap { ContentPath.resolving($0, in: "")?.rawValue }
            .filter { !$0.isEmpty }.map { $0 + "/" }
    }
}
