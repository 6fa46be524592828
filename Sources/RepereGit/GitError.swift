/// An error reported by libgit2 or by the Git layer, with libgit2's message when there is one.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, coarsely, so callers can react without parsing messages.
    public enum Kind: Sendable, Equatable {
        /// The directory is not inside a Git repository.
        case notARepository
        /// The repository has no working directory (it is bare).
        case bareRepository
        /// A revision does not name an object, or names one that is not a commit.
        case invalidRevision
        /// A short revision matches more than one object.
        case ambiguousRevision
        /// An object or path that should exist is missing.
        case notFound
        /// Any other libgit2 failure.
        case other
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
