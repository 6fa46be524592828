import Clibgit2

extension Repository {
    /// The newest commit on the first-parent line from `start` whose commit time is before
    /// `seconds` (Unix time); `nil` when every commit is newer. Used to turn a date into a
    /// revision (`repere changes --since 2026-11-01`).
    public func lastCommit(before seconds: Int64, from start: CommitID) throws(GitError) -> CommitID? {
        try withHandle { (repository) throws(GitError) -> CommitID? in
            var oid = git_oid()
            try Libgit2.check(git_oid_fromstr(&oid, start.hex), .invalidRevision, "Invalid commit id '\(start.hex)'")
            var commit: OpaquePointer?
            try Libgit2.check(git_commit_lookup(&commit, repository, &oid), .notFound, "Cannot read commit \(start.hex)")
            while let current = commit {
                if Int64(git_commit_time(current)) < seconds {
                    let id = ObjectKey(git_commit_id(current).pointee).commitID
                    git_commit_free(current)
                    return id
                }
                var parent: OpaquePointer?
                // No parent (a root, or the boundary of a shallow clone): nothing older is known.
                if git_commit_parentcount(current) == 0 || git_commit_parent(&parent, current, 0) != 0 { parent = nil }
                git_commit_free(current)
                commit = parent
            }
            return nil
        }
    }

    /// The commit time of `commit` (Unix time).
    public func commitTime(_ commit: CommitID) throws(GitError) -> GitDate {
        try withHandle { (repository) throws(GitError) -> GitDate in
            var oid = git_oid()
            try Libgit2.check(git_oid_fromstr(&oid, commit.hex), .invalidRevision, "Invalid commit id '\(commit.hex)'")
            var object: OpaquePointer?
            try Libgit2.check(git_commit_lookup(&object, repository, &oid), .notFound, "Cannot read commit \(commit.hex)")
            defer { git_commit_free(object) }
            return GitDate(seconds: Int64(git_commit_time(object)), offsetMinutes: Int(git_commit_time_offset(object)))
        }
    }
}
