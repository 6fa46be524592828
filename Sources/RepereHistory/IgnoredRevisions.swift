import Foundation
import RepereContent
import RepereDiagnostics
import RepereGit

/// The commits listed by `history.ignore_revisions` (a migration, a reformatting): they count
/// neither as a page's update nor for its authors. The file has Git's `.git-blame-ignore-revs`
/// format: one commit per line (a full or abbreviated id, or any revision Git understands),
/// blank lines and `#` comments ignored.
struct IgnoredRevisions {
    var commits: Set<CommitID> = []
    var diagnostics: [Diagnostic] = []

    init() {}

    /// Reads the file the options name (none: nothing is ignored), resolving each line in `repository`.
    init(_ options: BuildOptions, repository: Repository) {
        let settings = options.configuration.history
        guard !settings.ignoreRevisions.isEmpty else { return }
        let url = options.projectDirectory.appendingPathComponent(settings.ignoreRevisions)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(
                .gitIgnoreRevisionsUnreadable, "cannot read \(settings.ignoreRevisions): no such file, or not UTF-8 text",
                at: settings.ignoreRevisionsLocation))
            return
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let revision = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            guard !revision.isEmpty else { continue }
            if let commit = try? repository.resolve(revision: revision) {
                commits.insert(commit)
            } else {
                diagnostics.append(Diagnostic(
                    .gitUnknownRevision, "'\(revision)' is not a commit of this repository",
                    at: SourceLocation(file: settings.ignoreRevisions, line: index + 1, column: 1)))
            }
        }
    }
}
