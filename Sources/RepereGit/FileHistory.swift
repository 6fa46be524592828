/// The history of one file, as Git records it.
public struct FileHistory: Sendable, Hashable {
    /// Repository-relative path at HEAD (or, for a deleted file, its last path).
    public let path: String
    /// Author date of the commit that added the file, following renames.
    public let created: GitDate
    /// Committer date of the last commit that changed the file.
    public let updated: GitDate
    /// The last commit that changed the file.
    public let lastCommit: CommitID
    /// Summary line of that commit.
    public let lastSummary: String
    /// That commit's `Nouveauté :` trailer (``ReaderNote``), or `""`.
    public let lastReaderNote: String
    /// Distinct author names, most commits first, then by name.
    public let authors: [String]
    /// Number of commits that changed the file.
    public let revisionCount: Int
    /// Earlier paths of the file through renames, most recent first.
    public let previousPaths: [String]
    /// Whether the file's history reaches the boundary of a shallow clone: `created`, `authors`
    /// and `revisionCount` then only cover the commits that are present.
    public let isTruncated: Bool
}
