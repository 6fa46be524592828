import Synchronization
import Clibgit2

/// An open Git repository. It owns the libgit2 handle and serialises access to it, so one instance
/// can be shared across tasks.
public final class Repository: Sendable {
    /// The libgit2 handle, only used while holding `lock`: libgit2 handles are not thread-safe.
    private nonisolated(unsafe) let handle: OpaquePointer
    private let lock = Mutex(())
    /// The working directory, with a trailing slash; `nil` for a bare repository.
    public let workdir: String?
    /// The `.git` directory, with a trailing slash.
    public let gitDirectory: String

    /// Opens the repository containing `path`, searching upward like `git` does.
    public init(discoveringFrom path: String) throws(GitError) {
        Libgit2.initialize()
        var repository: OpaquePointer?
        let code = git_repository_open_ext(&repository, path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw GitError(.notARepository, "Not a Git repository (or any parent up to /): \(path)")
        }
        try Libgit2.check(code, .other, "Cannot open the repository at \(path)")
        guard let repository else { throw GitError(.notARepository, "Cannot open the repository at \(path)") }
        workdir = git_repository_workdir(repository).map { String(cString: $0) }
        gitDirectory = String(cString: git_repository_path(repository))
        handle = repository
    }

    deinit {
        git_repository_free(handle)
    }

    /// Whether this is a shallow clone, whose history stops at a boundary.
    public var isShallow: Bool { withHandle { git_repository_is_shallow($0) == 1 } }

    /// Whether HEAD points to a branch with no commits yet.
    public var isEmpty: Bool { withHandle { git_repository_head_unborn($0) == 1 } }

    /// Whether HEAD points directly to a commit rather than to a branch.
    public var isHeadDetached: Bool { withHandle { git_repository_head_detached($0) == 1 } }

    /// The commit HEAD points to, or `nil` when there is none yet.
    public var headCommit: CommitID? {
        withHandle { repository in
            var oid = git_oid()
            return git_reference_name_to_id(&oid, repository, "HEAD") == 0 ? ObjectKey(oid).commitID : nil
        }
    }

    /// The commit a revision names: a branch, a tag, a full or short id, or an expression like `HEAD~2`.
    public func resolve(revision: String) throws(GitError) -> CommitID {
        try withHandle { (repository) throws(GitError) in
            var object: OpaquePointer?
            let code = git_revparse_single(&object, repository, revision)
            defer { git_object_free(object) }
            try Libgit2.check(code, .invalidRevision, "Invalid revision '\(revision)'")
            var commit: OpaquePointer?
            defer { git_object_free(commit) }
            try Libgit2.check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), .invalidRevision,
                              "Revision '\(revision)' does not name a commit")
            return ObjectKey(git_object_id(commit).pointee).commitID
        }
    }

    /// Runs `body` with exclusive use of the libgit2 handle.
    func withHandle<R: Sendable, E: Error>(_ body: (OpaquePointer) throws(E) -> R) throws(E) -> R {
        try lock.withLock { (_) throws(E) -> R in try body(handle) }
    }
}
