import RepereSupport

/// What a changed file is to the build, which decides how much `serve` redoes.
///
/// - `content`: a page or asset; the pipeline runs again from the ``RepereSite/SessionCache``, so
///   only changed pages are re-read into documents.
/// - `template`: the theme; every page is rendered again, nothing is parsed again.
/// - `configuration`: `repere.yml`; it is read again, and the watched folders may move.
public enum ChangeKind: String, Comparable, Sendable, CaseIterable {
    case content, template, configuration

    public static func < (a: ChangeKind, b: ChangeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The kinds of the changed absolute `paths`, given the project's folders (a file of the
    /// static folders, `statics`, and a file pages include from outside the content folder,
    /// one of `included`, are content).
    public static func classify(
        _ paths: [String], content: String, templates: String, configuration: String, statics: [String] = [], included: Set<String> = []
    ) -> Set<ChangeKind> {
        Set(paths.compactMap { path in
            if path == configuration { return .configuration }
            if path.isPath(inOrAt: templates) { return .template }
            if path.isPath(inOrAt: content) || statics.contains(where: path.isPath(inOrAt:)) || included.contains(path) { return .content }
            return nil
        })
    }
}
