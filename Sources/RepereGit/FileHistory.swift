/// The history of one file, as Git records it.
public struct FileHistory: Sendable, Hashable, Codable {
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

extension FileHistory {
    /// One JSON array per file rather than an object: the history cache holds one per page, and
    /// arrays decode about twice as fast as objects with named fields.
    public init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        path = try fields.decode(String.self)
        created = GitDate(seconds: try fields.decode(Int64.self), offsetMinutes: try fields.decode(Int.self))
        updated = GitDate(seconds: try fields.decode(Int64.self), offsetMinutes: try fields.decode(Int.self))
        lastCommit = CommitID(hex: try fields.decode(String.self))
        lastSummary = try fields.decode(String.self)
        lastReaderNote = try fields.decode(String.self)
        authorCommits = try fields.decode([String: Int].self)
        revisionCount = try fields.decode(Int.self)
        previousPaths = try fields.decode([String].self)
        isTruncated = try fields.decode(Bool.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(path)
        try fields.encode(created.seconds)
        try fields.encode(created.offsetMinutes)
        try fields.encode(updated.seconds)
        try fields.encode(updated.offsetMinutes)
        try fields.encode(lastCommit.hex)
        try fields.encode(lastSummary)
        try fields.encode(lastReaderNote)
        try fields.encode(authorCommits)
        try fields.encode(revisionCount)
        try fields.encode(previousPaths)
        try fields.encode(isTruncated)
    }
}
