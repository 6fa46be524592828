/// A file that existed under the prefix in some commit and was deleted, without continuing at HEAD.
public struct DeletedFile: Sendable, Hashable {
    /// Its repository-relative path when it was deleted.
    public let path: String
    /// Committer date of the deleting commit.
    public let deleted: GitDate
    /// The deleting commit.
    public let commit: CommitID
}
