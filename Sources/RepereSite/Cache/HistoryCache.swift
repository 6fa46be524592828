import Foundation
import RepereContent

/// The history of the committed files, kept on disk (`.repere-cache/history.json`) and keyed by
/// the commit it was read from, so a rebuild of an unchanged repository does no history work.
///
/// The file is never trusted blindly: a different format version, commit, content folder or a
/// file that does not decode means the history is read again and the file rewritten.
struct HistoryCache {
    /// Bumped whenever ``Entry`` or the way histories are computed changes.
    static let formatVersion = 1

    struct Entry: Codable {
        var version: Int
        var commit: String
        var prefix: String
        var isTruncated: Bool
        var commitCount: Int
        var histories: [String: PageHistory]
    }

    /// The cache file; `nil` disables the cache (`--no-cache`).
    let file: URL?

    /// The cached entry for `commit` and `prefix`, if the file holds exactly that.
    func entry(commit: String, prefix: String) -> Entry? {
        guard let entry = CacheFile<Entry>(url: file).read(),
            entry.version == Self.formatVersion, entry.commit == commit, entry.prefix == prefix
        else { return nil }
        return entry
    }

    /// Writes `entry`, replacing the file atomically.
    func store(_ entry: Entry) { CacheFile<Entry>(url: file).write(entry) }
}
