/// One file-level difference between a parent commit's tree and a commit's tree (repository-relative paths).
enum PathChange: Sendable, Equatable {
    case added(String)
    case deleted(String)
    case modified(String)
    case renamed(from: String, to: String)
}

extension [PathChange] {
    /// Whether some files were deleted and others added: the only case where renames can hide.
    var hasAdditionsAndDeletions: Bool {
        contains { if case .added = $0 { true } else { false } } && contains { if case .deleted = $0 { true } else { false } }
    }
}

extension PathChange {
    /// The path the change is about: the new one of a rename.
    var path: String {
        switch self {
        case .added(let path), .deleted(let path), .modified(let path): path
        case .renamed(_, let to): to
        }
    }
}
