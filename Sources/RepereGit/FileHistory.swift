/// The history of one file, as Git records it.
public struct FileHistory: Sendable, Hashable {
    /// Repository-relative path at HEAD (or, for a deleted file, its last path).
    public var path: String
    /// Author date of the commit that added the file, following renames.
    public var created: GitDate
    /// Committer date of the last commit that changed the file.
    public var updated: GitDate
    /// The last commit that changed the file.
    public var lastCommit: CommitID
    /// Summary line of that commit.
    public var lastSummary: String
    /// That commit's `Nouveauté :` trailer (``ReaderNote``), or `""`.
    public var lastReaderNote: String
    /// How many of the file's commits each author made.
    public var authorCommits: [String: Int]
    /// Number of commits that changed the file.
    public var revisionCount: Int
    /// Earlier paths of the file through renames, most recent first.
    public var previousPaths: [String]
    /// Whether the file's history reaches the boundary of a shallow clone: `created`, `authors`
    /// and `revisionCount` then only cover the commits that are present.
    public var isTruncated: Bool

    /// Distinct author names, most commits first, then by name.
    public var authors: [String] {
        authorCommits.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
