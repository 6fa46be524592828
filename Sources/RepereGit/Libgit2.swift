import Foundation
import Clibgit2

/// Process-wide libgit2 set-up and error translation.
enum Libgit2 {
    private static let initialized: Bool = git_libgit2_init() > 0 && repere_git_disable_strict_hash_verification() == 0

    /// Initialises libgit2 once per process, without checking the hash of every object read
    /// (like git; on large trees that check costs ten times the read itself).
    static func initialize() {
        _ = initialized
    }

    /// Whether libgit2 was built with thread support.
    static var isThreadSafe: Bool {
        git_libgit2_features() & Int32(GIT_FEATURE_THREADS.rawValue) != 0
    }

    /// Throws a `GitError` carrying libgit2's last message when `code` is negative.
    static func check(_ code: Int32, _ kind: GitError.Kind = .other, _ context: @autoclosure () -> String) throws(GitError) {
        guard code < 0 else { return }
        throw error(code, kind, context())
    }

    /// Builds a `GitError` from a failed call's return code and libgit2's last message.
    static func error(_ code: Int32, _ kind: GitError.Kind, _ context: String) -> GitError {
        let detail = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "error \(code)"
        let resolved: GitError.Kind = switch code {
        case GIT_EAMBIGUOUS.rawValue where kind == .invalidRevision: .ambiguousRevision
        default: kind
        }
        return GitError(resolved, "\(context): \(detail)")
    }
}

extension Libgit2 {
    /// Calls `body` with `strings` as a libgit2 string array, valid only during the call.
    static func withStringArray<R>(_ strings: [String], _ body: (inout git_strarray) throws(GitError) -> R) throws(GitError) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        return try pointers.withUnsafeMutableBufferPointer { (buffer) throws(GitError) -> R in
            var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return try body(&array)
        }
    }
}
